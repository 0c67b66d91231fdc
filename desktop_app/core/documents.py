"""From a file or pasted text to a fully read `Document`: text, statements, speakers, metadata.

This is the first half of the pipeline (load → segment → analyse); every caller, the command line and
the window alike, reads readouts through these two functions.
"""

from __future__ import annotations

import threading
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from desktop_app.core.load.files import read_bytes, read_file, read_pasted
from desktop_app.core.load.raw import RawText
from desktop_app.core.metadata import guess_metadata
from desktop_app.core.model import Document, DocumentError
from desktop_app.core.segmentation import segment
from desktop_app.core.speakers import attribute

PASTED_NAME = "pasted text"
# Two readouts of this many statements align in under a minute and 1 GB; a readout has dozens.
MAX_STATEMENTS = 6_000


def load_document(path: str | Path, encoding: str | None = None) -> Document:
    """Read a readout file (.txt, .md, .html, .docx, .pdf). Raises DocumentError with a one-line message."""
    path = Path(path)
    raw = read_file(path, encoding=encoding)
    return _build(raw, name=_shown(path.name), source=_shown(str(path)))


def load_address(address: str, encoding: str | None = None, timeout: float | None = None,
                 cancelled: threading.Event | None = None) -> Document:
    """Fetch a readout from its web address (http or https) and read it as the file it is: a page, text,
    PDF or Word. The address and the time of the fetch go into its metadata. Raises DocumentError with
    one line naming the address; FetchCancelled when `cancelled` was set."""
    from desktop_app.core.load import fetch

    page = fetch.fetch(address, fetch.TIMEOUT if timeout is None else timeout, cancelled=cancelled)
    name = address_name(page.url)
    suffix = _SUFFIXES.get(page.kind or "", PurePosixPath(urlsplit(page.url).path).suffix.lower())
    try:
        raw = read_bytes(page.data, name, suffix, encoding, declared_encoding=page.charset)
    except DocumentError as error:  # "example.org/x: …" says the address; the whole one is clearer
        raise DocumentError(f"{page.address}: {str(error).removeprefix(name + ': ')}") from None
    if page.url != page.address:
        raw.warnings.append(f"the address led to {page.url}")
    document = _build(raw, name=name, source=page.address)
    document.metadata.address = page.address
    document.metadata.fetched = page.fetched
    return document


_SUFFIXES = {"html": ".html", "text": ".txt", "pdf": ".pdf", "docx": ".docx"}


def address_name(url: str, limit: int = 80) -> str:
    """A readout's name from its address: host and path, without the scheme ("example.org/press/12")."""
    parts = urlsplit(url)
    name = (parts.netloc + parts.path).rstrip("/") + (f"?{parts.query}" if parts.query else "")
    return name if len(name) <= limit else name[:limit - 1] + "…"


def _shown(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 (kept by Python as lone surrogates, which no
    output can encode) shown as U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def load_stream(data: bytes, name: str, encoding: str | None = None) -> Document:
    """A readout read from a stream (standard input): its kind and encoding told from its bytes."""
    return _build(read_bytes(data, name, "", encoding), name=name, source=None)


def document_from_text(text: str, name: str = PASTED_NAME) -> Document:
    """A readout pasted as text."""
    return _build(read_pasted(text), name=name, source=None)


def _build(raw: RawText, name: str, source: str | None) -> Document:
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
