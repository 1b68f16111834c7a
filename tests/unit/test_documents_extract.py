"""Text extraction from real files made here: PDF pages, DOCX and HTML headings, Markdown,
text encodings, and a plain message for every file that cannot be read."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.documents import formats
from desktop.documents.extract import extract
from desktop.documents.extract_markup import html_sections, markdown_sections
from desktop.documents.records import Cancelled, DocumentError
from tests.documents_corpus import write_docx, write_pdf

PAGES = [
    "The first page talks about apples and orchards.",
    "The second page explains how pears ripen after picking.",
    "The third page lists plum varieties: Victoria, Opal and Czar.",
]


def _check_offsets(extracted) -> None:
    for section in extracted.sections:
        assert extracted.text[section.start : section.end] == section.text


def test_pdf_pages_keep_their_numbers(tmp_path: Path):
    path = write_pdf(tmp_path / "fruit.pdf", PAGES)
    extracted = extract(path)
    assert extracted.kind == "pdf"
    assert extracted.pages == 3
    assert [s.page for s in extracted.sections] == [1, 2, 3]
    assert "Victoria, Opal and Czar" in extracted.sections[2].text
    assert "pears ripen" in extracted.sections[1].text
    assert extracted.warnings == ()
    _check_offsets(extracted)


def test_pdf_with_a_blank_page_warns_and_keeps_the_rest(tmp_path: Path):
    path = write_pdf(tmp_path / "gap.pdf", [PAGES[0], "", PAGES[2]])
    extracted = extract(path)
    assert [s.page for s in extracted.sections] == [1, 3]
    assert extracted.warnings == ("Page 2 of gap.pdf had no text (scanned pages?).",)


def test_scanned_pdf_says_to_run_ocr(tmp_path: Path):
    path = write_pdf(tmp_path / "scan.pdf", ["", ""], image_only=True)
    with pytest.raises(DocumentError) as caught:
        extract(path)
    assert caught.value.reason == "no_text_layer"
    assert str(caught.value).startswith("scan.pdf has no text layer (it looks like a scan)")
    assert "OCR" in str(caught.value)


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-256"])
def test_password_protected_pdf_is_refused_plainly(tmp_path: Path, algorithm: str):
    from pypdf import PdfWriter

    plain = write_pdf(tmp_path / "plain.pdf", PAGES)
    writer = PdfWriter(clone_from=plain)
    writer.encrypt(user_password="secret", owner_password="owner", algorithm=algorithm)
    locked = tmp_path / "locked.pdf"
    writer.write(locked)
    with pytest.raises(DocumentError) as caught:
        extract(locked)
    assert caught.value.reason == "encrypted"
    assert "locked.pdf is protected by a password" in str(caught.value)


def test_pdf_locked_only_against_editing_is_read(tmp_path: Path):
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=write_pdf(tmp_path / "plain.pdf", PAGES))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-128")
    path = tmp_path / "no-print.pdf"
    writer.write(path)
    assert "plum varieties" in extract(path).text


@pytest.mark.parametrize("keep", [0.3, 0.6, 0.99])
def test_truncated_pdf_is_refused_plainly(
    tmp_path: Path, keep: float, capsys: pytest.CaptureFixture[str]
):
    data = write_pdf(tmp_path / "whole.pdf", PAGES * 5).read_bytes()
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(DocumentError) as caught:
        extract(broken)
    assert caught.value.reason == "broken"
    assert str(caught.value).startswith("broken.pdf could not be read as a PDF (")
    assert "save a new copy" in str(caught.value)
    assert capsys.readouterr().err == ""  # pypdf's own warnings are kept quiet


def test_garbage_named_pdf_is_refused_plainly(tmp_path: Path):
    path = tmp_path / "fake.pdf"
    path.write_bytes(b"this is not a pdf at all\n" * 10)
    with pytest.raises(DocumentError, match=r"fake\.pdf could not be read as a PDF") as caught:
        extract(path)
    assert caught.value.reason == "broken"


def test_docx_headings_become_sections(tmp_path: Path):
    path = write_docx(
        tmp_path / "guide.docx",
        [
            (0, "User guide"),
            (None, "Welcome to the guide."),
            (1, "Install"),
            (None, "Run the installer."),
            (2, "Linux"),
            (None, "Use the .deb package on Debian and Ubuntu."),
            (1, "Use"),
            (None, "Open the app and pick a model."),
        ],
    )
    extracted = extract(path)
    headings = [s.heading for s in extracted.sections]
    assert headings == ["User guide", "User guide › Install", "User guide › Install › Linux",
                        "User guide › Use"]  # fmt: skip
    assert "Use the .deb package" in extracted.sections[2].text
    _check_offsets(extracted)


def test_docx_tables_are_read(tmp_path: Path):
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    for row, values in zip(table.rows, [("Part", "Price"), ("Widget", "4.20")], strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    path = tmp_path / "prices.docx"
    document.save(str(path))
    assert "Widget | 4.20" in extract(path).text


def test_broken_and_locked_docx_are_refused_plainly(tmp_path: Path):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(DocumentError, match=r"broken\.docx could not be read as a Word document"):
        extract(broken)
    locked = tmp_path / "locked.docx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(DocumentError, match=r"locked\.docx is protected by a password") as caught:
        extract(locked)
    assert caught.value.reason == "encrypted"


def test_html_drops_scripts_and_splits_at_headings(tmp_path: Path):
    path = tmp_path / "page.html"
    path.write_bytes(
        """<html><head><title>Tea</title><style>p { color: red }</style>
        <meta charset="windows-1252"></head><body>
        <script>var secret = "do not index";</script>
        <h1>Tea guide</h1><p>Green tea likes water at 80&nbsp;°C.</p>
        <h2>Black tea</h2><p>Black tea wants boiling water &amp; four minutes.</p>
        <table><tr><td>Assam</td><td>strong</td></tr></table>
        </body></html>""".encode("cp1252")
    )
    extracted = extract(path)
    assert "do not index" not in extracted.text
    assert "color: red" not in extracted.text
    assert [s.heading for s in extracted.sections] == ["Tea guide", "Tea guide › Black tea"]
    assert "80 °C" in extracted.sections[0].text  # no-break space read as a space
    assert "boiling water & four minutes" in extracted.sections[1].text
    assert "Assam | strong" in extracted.sections[1].text
    _check_offsets(extracted)


def test_html_title_is_read():
    _, _, title = html_sections("<html><head><title> My  page </title></head><body>x</body>")
    assert title == "My page"


def test_markdown_sections_are_slices_of_the_file_and_skip_code_fences():
    text = (
        "Intro line.\n\n# Setup\n\nInstall it.\n\n```bash\n# not a heading\nmake\n```\n\n"
        "## On **Linux**\n\nUse apt.\n\n# Use\n\nRun it.\n"
    )
    sections = markdown_sections(text)
    assert [s.heading for s in sections] == [None, "Setup", "Setup › On Linux", "Use"]
    assert "# not a heading" in sections[1].text
    for section in sections:
        assert text[section.start : section.end] == section.text


def test_text_encodings(tmp_path: Path):
    samples = {
        "utf8.txt": "Grüße aus Köln — 你好".encode(),
        "bom.txt": "\ufeffwith a BOM".encode("utf-8"),
        "utf16.txt": "UTF-16 text é".encode("utf-16"),
        "cp1252.txt": "Smart “quotes” and café".encode("cp1252"),
        "latin1.txt": bytes([0x81, 0x41, 0x42]) + b" tail",
    }
    for name, data in samples.items():
        (tmp_path / name).write_bytes(data)
    assert extract(tmp_path / "utf8.txt").text == "Grüße aus Köln — 你好"
    assert extract(tmp_path / "bom.txt").text == "with a BOM"
    assert extract(tmp_path / "utf16.txt").text == "UTF-16 text é"
    assert extract(tmp_path / "cp1252.txt").text == "Smart “quotes” and café"
    assert extract(tmp_path / "latin1.txt").text == "\x81AB tail"


def test_source_files_are_read_by_extension_and_name(tmp_path: Path):
    (tmp_path / "main.rs").write_text('fn main() {\r\n    println!("hi");\r\n}\r\n')
    (tmp_path / "Makefile").write_text("all:\n\techo hi\n")
    rust = extract(tmp_path / "main.rs")
    assert rust.kind == "code"
    assert rust.text == 'fn main() {\n    println!("hi");\n}\n'
    assert extract(tmp_path / "Makefile").kind == "code"


@pytest.mark.parametrize(
    ("name", "data", "reason", "message"),
    [
        ("blob.txt", b"\x00\x01\x02\x03binary", "binary", "blob.txt looks like a binary file"),
        ("empty.md", b"", "empty", "empty.md is empty; there is nothing to index."),
        ("spaces.txt", b"  \n\n \t\n", "no_text", "spaces.txt contains no text to index."),
        ("photo.jpg", b"\xff\xd8\xff", "unsupported", "photo.jpg is not a kind of file"),
    ],
)
def test_unreadable_files_get_plain_messages(
    tmp_path: Path, name: str, data: bytes, reason: str, message: str
):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(DocumentError) as caught:
        extract(path)
    assert caught.value.reason == reason
    assert str(caught.value).startswith(message)


def test_missing_file(tmp_path: Path):
    with pytest.raises(DocumentError, match=r"gone\.txt was moved or deleted") as caught:
        extract(tmp_path / "gone.txt")
    assert caught.value.reason == "missing"


@pytest.mark.parametrize("name", ["huge.txt", "huge.pdf", "huge.docx"])
def test_a_2_gb_file_is_refused_without_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
):
    path = tmp_path / name
    with path.open("wb") as handle:
        handle.truncate(2 * 1024**3)  # sparse: takes no disk space
    opened: list[object] = []
    monkeypatch.setattr(Path, "read_bytes", lambda self: opened.append(self))
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: opened.append(self))
    with pytest.raises(DocumentError) as caught:
        extract(path)
    assert caught.value.reason == "too_large"
    assert f"{name} is 2.0 GB, more than the" in str(caught.value)
    assert "Split it into smaller files" in str(caught.value)
    assert opened == []


def test_every_limit_is_below_a_gigabyte():
    assert max(formats.SIZE_LIMITS.values()) < 1024**3


def test_cancel_stops_a_pdf_between_pages(tmp_path: Path):
    import threading

    path = write_pdf(tmp_path / "long.pdf", PAGES * 3)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        extract(path, cancel)
