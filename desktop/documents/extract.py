"""Text extraction: one file in, citable sections out, or a plain message saying why not.

:func:`extract` handles PDF (pypdf, one section per page), DOCX (python-docx, split at
headings), HTML, Markdown, plain text and source files. Libraries are imported only when a
file of their kind is read. A PDF without a text layer (a scan), a password-protected or a
damaged file raises :class:`DocumentError` with a sentence for the user; pages that fail
alone become warnings and the rest of the file is kept.
"""

from __future__ import annotations

import logging
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from desktop.core.i18n import translate
from desktop.documents import formats
from desktop.documents.extract_markup import (
    HEADING_JOIN,
    html_charset,
    html_sections,
    markdown_sections,
    plain_sections,
    sections_at,
)
from desktop.documents.records import Cancelled, DocumentError, Extracted, Section

PAGE_BREAK = "\n\n"
MAX_CHARS = 40_000_000  # extracted text kept from one file; the rest is dropped with a warning
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # password-protected Office files are OLE


def extract(path: Path, cancel: threading.Event | None = None) -> Extracted:
    """Read ``path`` into sections. Raises :class:`DocumentError` (plain) or :class:`Cancelled`."""
    kind = formats.require_kind(path)
    formats.check_size(path, kind)
    if kind == formats.PDF:
        return _pdf(path, cancel)
    if kind == formats.DOCX:
        return _docx(path)
    data = formats.read_bytes(path)
    if kind == formats.HTML:
        markup = formats.decode_text(data, path.name, html_charset(data))
        text, sections, _title = html_sections(markup)
    else:
        text = formats.decode_text(data, path.name)
        sections = markdown_sections(text) if kind == formats.MARKDOWN else plain_sections(text)
    return _finish(path, kind, text, sections)


def _finish(
    path: Path, kind: str, text: str, sections: list[Section], pages: int = 0,
    warnings: tuple[str, ...] = (),
) -> Extracted:  # fmt: skip
    if not sections:
        raise DocumentError(
            translate("Documents", "{name} contains no text to index.").format(name=path.name),
            "no_text",
        )
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
        sections = [
            Section(
                s.text[: MAX_CHARS - s.start], s.start, min(s.end, MAX_CHARS), s.page, s.heading
            )
            for s in sections
            if s.start < MAX_CHARS
        ]
        warnings = (
            *warnings,
            translate(
                "Documents", "Only the first {count} characters of {name} were indexed."
            ).format(count=f"{MAX_CHARS:,}", name=path.name),
        )
    return Extracted(path, kind, text, tuple(sections), pages, warnings)


# --- PDF ------------------------------------------------------------------------------------


def _pdf_error(path: Path, detail: str) -> DocumentError:
    return DocumentError(
        translate(
            "Documents",
            "{name} could not be read as a PDF ({detail}); the file may be "
            "damaged or incomplete. Open it in a PDF reader and save a new "
            "copy, then add that.",
        ).format(name=path.name, detail=detail),
        "broken",
    )


def _open_pdf(path: Path) -> Any:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PdfReadError

    try:
        reader = PdfReader(path, strict=False)
        if reader.is_encrypted:
            try:
                opened = bool(reader.decrypt(""))  # many PDFs are locked with an empty password
            except DependencyError:
                opened = False
            if not opened:
                raise DocumentError(
                    translate(
                        "Documents",
                        "{name} is protected by a password. Open it in a PDF reader, save"
                        " a copy without the password, and add that copy.",
                    ).format(name=path.name),
                    "encrypted",
                )
        _ = len(reader.pages)  # reads the page tree: a damaged file fails here
    except DocumentError:
        raise
    except (PdfReadError, OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise _pdf_error(path, _short(exc)) from None
    except Exception as exc:  # pypdf raises many kinds on damaged files; all mean "broken"
        raise _pdf_error(path, _short(exc)) from None
    return reader


def _pdf(path: Path, cancel: threading.Event | None) -> Extracted:
    quiet = logging.getLogger("pypdf")
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)  # pypdf logs every quirk of real-world files
    try:
        return _pdf_pages(path, _open_pdf(path), cancel)
    finally:
        quiet.setLevel(level)


def _pdf_pages(path: Path, reader: Any, cancel: threading.Event | None) -> Extracted:
    parts: list[str] = []
    sections: list[Section] = []
    empty: list[int] = []
    failed: list[int] = []
    offset = 0
    for number, page in enumerate(reader.pages, start=1):
        if cancel is not None and cancel.is_set():
            raise Cancelled
        try:
            text = formats.normalise_text(page.extract_text() or "")
        except Exception:  # one bad content stream must not lose the other pages
            failed.append(number)
            continue
        if not text.strip():
            empty.append(number)
            continue
        if parts:
            parts.append(PAGE_BREAK)
            offset += len(PAGE_BREAK)
        parts.append(text)
        sections.append(Section(text, offset, offset + len(text), page=number))
        offset += len(text)
        if offset > MAX_CHARS:
            break
    pages = len(reader.pages)
    if not sections:
        if failed:
            raise _pdf_error(path, f"no page could be read, {len(failed)} failed")
        raise DocumentError(
            translate(
                "Documents",
                "{name} has no text layer (it looks like a scan). Run OCR on it "
                "first, for example with OCRmyPDF, and add the result.",
            ).format(name=path.name),
            "no_text_layer",
        )
    warnings = []
    if empty:
        text = (
            translate("Documents", "Page {pages} of {name} had no text (scanned pages?).")
            if len(empty) == 1
            else translate("Documents", "Pages {pages} of {name} had no text (scanned pages?).")
        )
        warnings.append(text.format(pages=_pages(empty), name=path.name))
    if failed:
        text = (
            translate("Documents", "Page {pages} of {name} could not be read.")
            if len(failed) == 1
            else translate("Documents", "Pages {pages} of {name} could not be read.")
        )
        warnings.append(text.format(pages=_pages(failed), name=path.name))
    return _finish(path, formats.PDF, "".join(parts), sections, pages, tuple(warnings))


def _pages(numbers: list[int]) -> str:
    return ", ".join(str(n) for n in numbers[:10]) + (" …" if len(numbers) > 10 else "")


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "…"


# --- DOCX -----------------------------------------------------------------------------------


def _docx(path: Path) -> Extracted:
    with path.open("rb") as handle:
        magic = handle.read(8)
    if magic == _OLE_MAGIC:
        raise DocumentError(
            translate(
                "Documents",
                "{name} is protected by a password or saved in the old .doc "
                "format. Open it in Word or LibreOffice, save it as an "
                "unprotected .docx, and add that.",
            ).format(name=path.name),
            "encrypted",
        )
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
        blocks = list(_docx_blocks(document))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise DocumentError(
            translate(
                "Documents",
                "{name} could not be read as a Word document ({error}); the file "
                "may be damaged. Open it in Word or LibreOffice and save a new "
                "copy, then add that.",
            ).format(name=path.name, error=_short(exc)),
            "broken",
        ) from None
    except Exception as exc:  # lxml and python-docx raise many kinds on damaged XML
        raise DocumentError(
            translate(
                "Documents",
                "{name} could not be read as a Word document ({error}); open it "
                "in Word or LibreOffice and save a new copy, then add that.",
            ).format(name=path.name, error=_short(exc)),
            "broken",
        ) from None
    parts: list[str] = []
    breaks: list[tuple[int, str | None]] = []
    stack: list[tuple[int, str]] = []
    offset = 0
    for level, text in blocks:
        if level is not None:
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, text))
            breaks.append((offset, HEADING_JOIN.join(t for _, t in stack)))
        parts.append(text + "\n")
        offset += len(text) + 1
    text = "".join(parts)
    return _finish(path, formats.DOCX, text, sections_at(text, breaks))


def _docx_blocks(document: Any) -> Iterator[tuple[int | None, str]]:
    """(heading level or None, text) for each paragraph and table row, in document order."""
    from docx.table import Table

    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                for cell in row.cells:
                    value = " ".join(cell.text.split())
                    if value and (not cells or cells[-1] != value):  # merged cells repeat
                        cells.append(value)
                if cells:
                    yield None, " | ".join(cells)
            continue
        text = formats.normalise_text(block.text).strip()
        if not text:
            continue
        yield _heading_level(block), text


def _heading_level(paragraph: Any) -> int | None:
    name = (paragraph.style.name if paragraph.style is not None else "") or ""
    if name == "Title":
        return 0
    if name.startswith("Heading"):
        digits = name.removeprefix("Heading").strip()
        return int(digits) if digits.isdigit() else 1
    return None
