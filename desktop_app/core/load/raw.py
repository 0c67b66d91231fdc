"""What every reader gives back (`RawText`), the limits and the one list of readable suffixes, and the
one-line errors every reader raises (`DocumentError`, starting with the file name)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from desktop_app.core.model import DocumentError

MAX_FILE_BYTES = 20 * 1024 * 1024  # 20 MB: far above any readout, low enough to refuse a wrong file fast
# The text itself: a million characters are about 5,000 statements, which load in a few seconds and
# align in under a minute and 1 GB. A readout is a few thousand characters; a PDF or Word file may be
# megabytes for little text, which is why the file limit is higher.
MAX_TEXT_CHARS = 1_000_000

TEXT_SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md"}
# Every suffix a readout file may have: what file dialogs offer and a batch folder takes.
READABLE_SUFFIXES = (*TEXT_SUFFIXES, ".html", ".htm", ".docx", ".pdf")
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


@dataclass
class RawText:
    text: str  # "\n" line ends, no BOM; paragraphs separated by a blank line where the format knows them
    format: str  # "txt" | "md" | "html" | "docx" | "pdf" | "text"
    encoding: str | None  # codec actually used; None for docx/pdf/pasted text
    encoding_detected: bool  # False when the caller forced the encoding
    title: str | None = None  # HTML <title>, DOCX core title or PDF metadata title
    warnings: list[str] = field(default_factory=list)  # one-line notes for the user


# --------------------------------------------------------------------------- errors


def one_line(text: str, limit: int = 160) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def refuse(name: str, message: str) -> DocumentError:
    return DocumentError(one_line(f"{name}: {message}", 300))


def error_reason(exc: BaseException | str) -> str:
    """A short, one-line reason taken from a library exception, for the end of a user message."""
    text = one_line(str(exc), 100)
    return f" ({text})" if text else f" ({type(exc).__name__})"


def format_size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


# --------------------------------------------------------------------------- text clean-up

CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")  # C0 controls except \t \n \f \r, plus DEL


def normalise_newlines(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\f", "\n\n")


def clean_text(text: str) -> str:
    """Newlines to "\\n", BOMs and stray control characters (NUL, DOS end-of-file …) removed."""
    text = normalise_newlines(text).replace("\ufeff", "")
    return CONTROL_CHARS.sub("", text).strip()


def is_visible(text: str) -> bool:
    """Whether the text shows anything: not only spaces, zero-width and other format characters."""
    return any(not c.isspace() and unicodedata.category(c) not in ("Cf", "Cc", "Zs") for c in text)


def control_share(text: str) -> float:
    """Share of control characters: high in a binary file that happened to decode."""
    if not text:
        return 0.0
    return len(CONTROL_CHARS.findall(text)) / len(text)
