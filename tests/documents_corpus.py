"""Real documents made on the spot for the documents tests and benchmark, and a labelled
question set: each question's answer sits in one known passage (found by a phrase in it).

Half the questions share rare words with their passage (keyword search is good at those);
half are paraphrases that share almost none (only meaning links them).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# (file stem, heading, passage). Each passage is one chunk (well under 256 tokens).
PASSAGES: tuple[tuple[str, str, str], ...] = (
    ("kitchen", "Bread", "Knead the dough for ten minutes until it springs back, then let it "
     "rise in a warm place for an hour before shaping the loaf."),
    ("kitchen", "Stock", "A chicken stock simmers for three hours with onion, carrot and celery; "
     "skim the foam often and never let it boil hard."),
    ("kitchen", "Knives", "Hone the chef's knife on a steel before each use and sharpen it on a "
     "whetstone twice a year."),
    ("kitchen", "Coffee", "Grind the beans just before brewing; an espresso shot takes about "
     "twenty-five seconds at nine bars of pressure."),
    ("kitchen", "Rice", "Rinse the rice until the water runs clear, use one and a half cups of "
     "water per cup, and rest it covered for ten minutes."),
    ("kitchen", "Freezer", "Label every bag with the date: cooked meals keep for three months in "
     "the freezer, raw poultry for nine."),
    ("garden", "Tomatoes", "Tomato seedlings go outside after the last frost, staked, with the "
     "lowest leaves removed to keep blight away."),
    ("garden", "Compost", "Turn the compost heap every fortnight; a mix of green clippings and "
     "brown cardboard keeps it from smelling."),
    ("garden", "Lawn", "Mow the lawn no shorter than five centimetres in summer so the grass "
     "survives dry spells."),
    ("garden", "Bees", "Lavender, borage and foxglove attract bumblebees and other pollinators "
     "to the vegetable beds."),
    ("garden", "Watering", "Water the beds early in the morning at the roots; wet leaves in the "
     "evening invite mildew."),
    ("garden", "Pruning", "Prune apple trees in late winter while they are dormant, cutting "
     "crossing branches back to an outward bud."),
    ("office", "Backups", "The backup server copies the shared drive every night at 02:00 and "
     "keeps thirty daily snapshots on the QNAP-TS453 unit."),
    ("office", "VPN", "Remote staff connect through the WireGuard gateway; the configuration "
     "file is issued by the helpdesk on request."),
    ("office", "Printers", "The colour printer on the third floor is named ZEBRA-7 and needs a "
     "badge tap to release queued jobs."),
    ("office", "Holidays", "Employees receive twenty-eight days of annual leave, and up to five "
     "unused days may be carried into the next year."),
    ("office", "Expenses", "Travel receipts must be submitted within thirty days; taxi fares "
     "over forty euros need a manager's approval."),
    ("office", "Security", "Passwords are rotated every ninety days and must contain at least "
     "fourteen characters."),
    ("science", "Mercury", "Mercury is the only metal that is liquid at room temperature; it "
     "boils at 356.7 degrees Celsius."),
    ("science", "Photosynthesis", "Plants turn sunlight, water and carbon dioxide into glucose, "
     "releasing oxygen as a by-product in their chloroplasts."),
    ("science", "Tides", "The pull of the Moon's gravity on the oceans raises two bulges of "
     "water, giving most coasts two high tides a day."),
    ("science", "Light", "Light travels through a vacuum at about 299,792 kilometres per "
     "second, the fastest speed in the universe."),
    ("science", "Volcanoes", "Magma that reaches the surface is called lava; shield volcanoes "
     "such as Mauna Loa have gentle slopes."),
    ("science", "Sleep", "Adults need seven to nine hours of sleep; deep sleep is when the body "
     "repairs muscle and consolidates memory."),
)  # fmt: skip

# (question, phrase found only in the answering passage)
LEXICAL = (
    ("Which unit stores the thirty daily snapshots?", "QNAP-TS453"),
    ("What is the name of the colour printer?", "ZEBRA-7"),
    ("Which gateway do remote staff use, WireGuard?", "WireGuard"),
    ("What temperature does mercury boil at?", "356.7"),
    ("How long does an espresso shot take at nine bars?", "twenty-five seconds"),
    ("What is Mauna Loa?", "Mauna Loa"),
    ("Which flowers like borage attract bumblebees?", "borage"),
    ("How often should the whetstone be used?", "whetstone"),
)
SEMANTIC = (
    ("How do I keep my cutting blade keen?", "Hone the chef's knife"),
    ("When should fruit trees be trimmed?", "Prune apple trees"),
    ("How many vacation days do workers get?", "twenty-eight days"),
    ("How fast does light go?", "299,792"),
    ("Why does the sea rise and fall twice daily?", "two high tides"),
    ("How do plants make their food?", "glucose"),
    ("How much rest does a grown-up need at night?", "seven to nine hours"),
    ("How long can leftovers stay frozen?", "three months"),
)
QUESTIONS = LEXICAL + SEMANTIC


@dataclass(frozen=True)
class Corpus:
    folder: Path
    files: list[Path]


def write_markdown(folder: Path, stem: str) -> Path:
    parts = [f"# {stem.title()}\n\n"]
    for file_stem, heading, passage in PASSAGES:
        if file_stem == stem:
            parts.append(f"## {heading}\n\n{passage}\n\n")
    path = folder / f"{stem}.md"
    path.write_text("".join(parts), encoding="utf-8")
    return path


def write_pdf(path: Path, pages: list[str], *, image_only: bool = False) -> Path:
    """A real PDF with one page per text (fpdf2); ``image_only`` draws no text at all."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    for text in pages:
        pdf.add_page()
        if image_only:
            pdf.rect(20, 20, 100, 60, style="F")  # a drawing, but no text layer
        else:
            pdf.multi_cell(0, 8, text)
    pdf.output(str(path))
    return path


def write_docx(path: Path, blocks: list[tuple[int | None, str]]) -> Path:
    """A real DOCX: ``(level, text)`` pairs, a level making the paragraph a heading."""
    import docx

    document = docx.Document()
    for level, text in blocks:
        if level is None:
            document.add_paragraph(text)
        else:
            document.add_heading(text, level=level)
    document.save(str(path))
    return path


def write_corpus(folder: Path) -> Corpus:
    """The labelled passages as Markdown (kitchen, garden), PDF (office) and DOCX (science)."""
    folder.mkdir(parents=True, exist_ok=True)
    files = [write_markdown(folder, "kitchen"), write_markdown(folder, "garden")]
    office = [p for s, _, p in PASSAGES if s == "office"]
    files.append(write_pdf(folder / "office.pdf", office))
    science: list[tuple[int | None, str]] = [(1, "Science notes")]
    for stem, heading, passage in PASSAGES:
        if stem == "science":
            science += [(2, heading), (None, passage)]
    files.append(write_docx(folder / "science.docx", science))
    return Corpus(folder, files)


def recall_at(ranked_texts: list[list[str]], k: int = 5) -> float:
    """Share of questions whose answer phrase is in one of their top ``k`` passages."""
    hits = 0
    for (_, phrase), texts in zip(QUESTIONS, ranked_texts, strict=True):
        hits += any(phrase in " ".join(t.split()) for t in texts[:k])
    return hits / len(QUESTIONS)
