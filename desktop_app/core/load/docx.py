"""A Word file to text, paragraphs and table cells in reading order; archives too large or with too many
elements (zip bombs) are refused before they are unpacked."""

from __future__ import annotations

import io
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

from desktop_app.core.load.raw import RawText, clean_text, error_reason, format_size, refuse

if TYPE_CHECKING:  # the format libraries are imported when first needed: they cost ~0.4 s at start-up
    from docx.document import Document as DocxDocument
    from docx.table import Table
    from docx.types import ProvidesStoryPart
    from lxml.etree import _Element



# --------------------------------------------------------------------------- DOCX


# A readout's Word file unpacks to a few hundred kilobytes; an archive that claims more is a zip bomb
# (a 1 MB file whose document.xml is 300 MB took gigabytes), refused before anything is unpacked.
MAX_DOCX_UNPACKED_BYTES = 50 * 1024 * 1024


# Within that size, millions of tiny elements (50 MB of "<w:p/>" is 8 million paragraphs) take python-docx
# minutes: every paragraph, cell and run becomes a Python object. A readout has a few hundred of each,
# a 300-page report tens of thousands; at these limits a file still reads in a few seconds.
MAX_DOCX_ELEMENTS = 1_000_000
MAX_DOCX_PARTS = {b"p": ("paragraphs", 100_000), b"tc": ("table cells", 100_000), b"r": ("runs", 200_000)}
_DOCX_CHUNK = 1024 * 1024


def _check_docx_size(data: bytes, name: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
            if unpacked > MAX_DOCX_UNPACKED_BYTES:
                raise refuse(name, f"this Word document unpacks to {format_size(unpacked)}, more than a "
                                   f"readout can be (the limit is {format_size(MAX_DOCX_UNPACKED_BYTES)})")
            _check_docx_elements(archive, name)
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, RuntimeError, NotImplementedError):
        return  # a damaged or encrypted archive: python-docx will say what is wrong with it


def _check_docx_elements(archive: zipfile.ZipFile, name: str) -> None:
    """Count the XML elements of every part python-docx parses, in the compressed stream, before it does.

    Counting bytes ("<" opens an element unless "</", "<?" or "<!" follow) needs no parser and stops as
    soon as a limit is passed, so a bomb is refused in a fraction of a second.
    """
    kinds = {kind: [b"<w:" + kind + end for end in (b">", b" ", b"/>")] for kind in MAX_DOCX_PARTS}
    counts = Counter[bytes]()
    elements = 0
    for info in archive.infolist():
        if not info.filename.lower().endswith((".xml", ".rels")):
            continue
        tail = b""  # the end of the previous chunk, so that a tag cut in two is still counted once
        with archive.open(info) as member:
            while chunk := member.read(_DOCX_CHUNK):
                window = tail + chunk

                def new(pattern: bytes, window: bytes = window, tail: bytes = tail) -> int:
                    # "<" starts every pattern, so matches never overlap and the tail's were counted
                    return window.count(pattern) - tail.count(pattern)

                elements += new(b"<") - new(b"</") - new(b"<?") - new(b"<!")
                for kind, patterns in kinds.items():
                    counts[kind] += sum(new(pattern) for pattern in patterns)
                _refuse_docx_elements(name, elements, counts)
                tail = window[-6:]


def _refuse_docx_elements(name: str, elements: int, counts: Counter[bytes]) -> None:
    for kind, (label, limit) in MAX_DOCX_PARTS.items():
        if counts[kind] > limit:
            raise refuse(name, f"this Word document has more than {limit:,} {label}, far more than a "
                               f"readout can have; it is refused rather than read for minutes")
    if elements > MAX_DOCX_ELEMENTS:
        raise refuse(name, f"this Word document has more than {MAX_DOCX_ELEMENTS:,} XML elements, far "
                           f"more than a readout can have; it is refused rather than read for minutes")


def read_docx(data: bytes, name: str) -> RawText:
    _check_docx_size(data, name)
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        paragraphs = list(_docx_paragraphs(document))
        title = (document.core_properties.title or "").strip() or None
    except Exception as exc:  # python-docx raises many kinds (KeyError, XML errors …) on a damaged file
        raise refuse(name, f"this Word document is damaged and can't be read{error_reason(exc)}") from None
    text = clean_text("\n\n".join(paragraphs))
    if not text:
        raise refuse(name, "this Word document contains no text")
    return RawText(text, "docx", None, True, title, [])


def _docx_paragraphs(document: DocxDocument) -> Iterator[str]:
    """Body paragraphs and table-cell paragraphs in document order; headers and footers are not body."""
    yield from _docx_block_texts(document.element.body, document)


def _docx_block_texts(container: _Element, parent: ProvidesStoryPart) -> Iterator[str]:
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in container.iterchildren():
        if child.tag == qn("w:p"):
            text = "\n".join(" ".join(line.split()) for line in Paragraph(child, parent).text.split("\n"))
            if text.strip():
                yield text.strip()
        elif child.tag == qn("w:tbl"):
            yield from _docx_table_texts(Table(child, parent))
        elif child.tag == qn("w:sdt"):  # content controls wrap ordinary paragraphs and tables
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _docx_block_texts(content, parent)


def _docx_table_texts(table: Table) -> Iterator[str]:
    # A merged cell is returned once per grid column it spans. The set keeps the lxml elements alive:
    # lxml proxies are recreated on access, so their id() could be reused and wrongly match.
    seen: set[object] = set()
    for row in table.rows:
        for cell in row.cells:
            if cell._tc in seen:
                continue
            seen.add(cell._tc)
            yield from _docx_block_texts(cell._tc, cell)
