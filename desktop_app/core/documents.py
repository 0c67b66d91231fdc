"""From a file or pasted text to a fully read `Document`: text, statements, speakers, metadata.

This is the first half of the pipeline (load → segment → analyse); every caller, the command line and
the window alike, reads readouts through these two functions.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.core import readers
from desktop_app.core.attribution import attribute
from desktop_app.core.metadata import guess_metadata
from desktop_app.core.model import Document, DocumentError
from desktop_app.core.segmentation import segment

PASTED_NAME = "pasted text"
# Two readouts of this many statements align in under a minute and 1 GB; a readout has dozens.
MAX_STATEMENTS = 6_000


def load_document(path: str | Path, encoding: str | None = None) -> Document:
    """Read a readout file (.txt, .md, .html, .docx, .pdf). Raises DocumentError with a one-line message."""
    path = Path(path)
    raw = readers.read_file(path, encoding=encoding)
    return _build(raw, name=_shown(path.name), source=_shown(str(path)))


def _shown(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 (kept by Python as lone surrogates, which no
    output can encode) shown as U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def document_from_text(text: str, name: str = PASTED_NAME) -> Document:
    """A readout pasted as text."""
    return _build(readers.read_pasted(text), name=name, source=None)


def _build(raw: readers.RawText, name: str, source: str | None) -> Document:
    seg = segment(raw.text)
    if not seg.statements:
        raise DocumentError(f"{name}: no statements found; the text holds only titles, menus or captions")
    if len(seg.statements) > MAX_STATEMENTS:
        raise DocumentError(f"{name}: too many statements for a readout ({len(seg.statements):,}; Parallax "
                            f"compares up to {MAX_STATEMENTS:,})")
    attribute(seg.statements)
    metadata = guess_metadata(raw.text, seg.statements, title=raw.title or seg.title)
    return Document(
        name=name,
        text=raw.text,
        source=source,
        format=raw.format,
        encoding=raw.encoding,
        encoding_detected=raw.encoding_detected,
        metadata=metadata,
        boilerplate=seg.boilerplate,
        statements=seg.statements,
        warnings=list(raw.warnings),
    )
