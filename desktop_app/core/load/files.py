"""The entry points: a file, bytes or pasted text to `RawText`. The suffix picks the reader, but the
content is sniffed too: a PDF, image or ZIP saved as .txt is recognised, and an HTML page saved as .txt
is read as HTML."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from desktop_app.core.fileio import FileTooLarge, NotRegularFile, read_regular_file
from desktop_app.core.load.docx import read_docx
from desktop_app.core.load.encoding import bom_codec, codec_name, decode_bytes, decodes_as, is_utf8
from desktop_app.core.load.html import read_html
from desktop_app.core.load.pdf import read_pdf
from desktop_app.core.load.raw import (
    HTML_SUFFIXES,
    MAX_FILE_BYTES,
    MAX_TEXT_CHARS,
    TEXT_SUFFIXES,
    RawText,
    clean_text,
    error_reason,
    format_size,
    is_visible,
    refuse,
)

# --------------------------------------------------------------------------- sniffing

_IMAGE_MAGIC: list[tuple[bytes, str]] = [
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"BM", "a BMP image"),  # two-byte magic numbers count only with NUL bytes: "BMW …" is text
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
]
_BINARY_MAGIC: list[tuple[bytes, str]] = [
    (b"\x7fELF", "a program (executable)"),
    (b"MZ", "a Windows program (executable)"),
    (b"\xcf\xfa\xed\xfe", "a program (executable)"),
    (b"\xca\xfe\xba\xbe", "a program (executable)"),
    (b"\x1f\x8b", "a compressed (gzip) file"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old or password-protected Office file; save it as .docx"),
]

_HTML_START = re.compile(r"\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>])", re.I | re.S)


def _binary_kind(data: bytes) -> str | None:
    """What a binary file is, from its magic number (images, programs, archives), or None."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "a WEBP image"
    has_nul = b"\x00" in data[:512]
    for magic, kind in _IMAGE_MAGIC + _BINARY_MAGIC:
        if data.startswith(magic) and (len(magic) > 2 or has_nul):
            return kind
    return None


def _is_pdf(data: bytes, suffix: str) -> bool:
    """A PDF header at the start; a .pdf may have up to 1 KB of junk before it, as readers allow."""
    return data.lstrip().startswith(b"%PDF-") or (suffix == ".pdf" and b"%PDF-" in data[:1024])


def _is_zip(data: bytes) -> bool:
    return data.startswith(b"PK\x03\x04")


def _is_docx_zip(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def _looks_like_html(text: str) -> bool:
    return _HTML_START.match(text[:4096]) is not None


# --------------------------------------------------------------------------- files


def _read_bytes(path: Path, name: str) -> bytes:
    too_large = f"the file is too large (the limit is {format_size(MAX_FILE_BYTES)})"
    try:
        data = read_regular_file(path, MAX_FILE_BYTES)
    except NotRegularFile:  # a device or pipe could block or never end
        raise refuse(name, "this is not a regular file") from None
    except FileTooLarge as big:
        raise refuse(name, too_large if big.size is None
                     else f"{too_large[:-1]}; it has {format_size(big.size)})") from None
    except FileNotFoundError:
        raise refuse(name, "file not found") from None
    except IsADirectoryError:
        raise refuse(name, "this is a folder, not a file") from None
    except PermissionError:
        raise refuse(name, "permission denied; Parallax may not read this file") from None
    except OSError as exc:
        raise refuse(name, f"the file could not be read{error_reason(exc.strerror or exc)}") from None
    if not data.strip():
        raise refuse(name, "the file is empty (it holds no text)")
    return data


def read_file(path: str | Path, encoding: str | None = None) -> RawText:
    """Read a readout file into text; `encoding` forces the codec of text and HTML files.

    Files over MAX_FILE_BYTES (20 MB) are refused. Raises DocumentError with a one-line message.
    """
    path = Path(path)
    name = path.name or str(path)
    return read_bytes(_read_bytes(path, name), name, path.suffix.lower(), encoding)


def read_bytes(data: bytes, name: str, suffix: str, encoding: str | None = None,
               declared_encoding: str | None = None) -> RawText:
    """Read a readout's bytes as `read_file` reads a file's: `suffix` (".html", ".txt" …) says what it
    claims to be, `name` names it in messages. `declared_encoding` is the charset the bytes came with (a
    web server's Content-Type): a page's own declaration wins over it, and bytes it cannot decode are
    detected instead."""
    if len(data) > MAX_FILE_BYTES:
        raise refuse(name, f"it is too large (the limit is {format_size(MAX_FILE_BYTES)})")
    if not data.strip():
        raise refuse(name, "it is empty (it holds no text)")
    kind = _sniff_kind(data, suffix, name)
    warnings: list[str] = []
    if kind in ("pdf", "docx") and suffix != f".{kind}":
        warnings.append(f"{name} is really a {kind.upper()} file and was read as one")
    if kind == "pdf":
        raw = read_pdf(data, name)
    elif kind == "docx":
        raw = read_docx(data, name)
    else:
        raw = _read_text_or_html(data, suffix, encoding, name, declared_encoding)
    raw.warnings[:0] = warnings
    _check_text_length(raw.text, name)
    return raw


def _check_text_length(text: str, name: str) -> None:
    if len(text) > MAX_TEXT_CHARS:
        raise refuse(name, f"the text is too long for a readout ({len(text):,} characters; Parallax reads "
                           f"up to {MAX_TEXT_CHARS:,}, about 5,000 statements)")


def _sniff_kind(data: bytes, suffix: str, name: str) -> str:
    """ "pdf", "docx" or "text" from the content, checked against the suffix; raises for other binaries."""
    if _is_pdf(data, suffix):
        return "pdf"
    if _is_zip(data):
        if _is_docx_zip(data):
            return "docx"
        what = "a damaged Word document" if suffix == ".docx" else "a ZIP archive"
        raise refuse(name, f"this is {what}, not a readable readout (a .docx must contain word/document.xml)")
    kind = _binary_kind(data)
    if kind is not None:
        raise refuse(name, f"this is {kind}, not a text document")
    if suffix == ".pdf":
        raise refuse(name, "this is not a valid PDF file (no PDF header); it may be damaged")
    if suffix == ".docx":
        raise refuse(name, "this is not a valid Word document (.docx); it may be damaged")
    return "text"


def _read_text_or_html(data: bytes, suffix: str, encoding: str | None, name: str,
                       declared: str | None = None) -> RawText:
    if suffix in HTML_SUFFIXES:
        return read_html(data, encoding, name, declared)
    if (declared and not encoding and bom_codec(data) is None and decodes_as(data, declared)
            and (data.isascii() or not is_utf8(data) or codec_name(declared) == "utf-8")):
        encoding = declared  # text that says its charset, and decodes with it: nothing to guess
    text, codec, detected = decode_bytes(data, encoding, name)
    if encoding == declared and declared:
        detected = True  # declared by its source, not forced by the user
    if _looks_like_html(text):
        return read_html(data, None if detected else encoding, name, declared)
    text = clean_text(text)
    if not is_visible(text):
        raise refuse(name, "the file is empty (it holds no visible text)")
    warnings = []
    if detected and codec == "utf-8" and not is_utf8(data):
        warnings.append("a few bytes of this UTF-8 file were not UTF-8; they were read as Windows-1252")
    return RawText(text, TEXT_SUFFIXES.get(suffix, "txt"), codec, detected, warnings=warnings)



def read_pasted(text: str) -> RawText:
    """Pasted text: newlines normalised, BOMs and NULs (and other stray control characters) removed."""
    if len(text) > MAX_FILE_BYTES:
        raise refuse("pasted text", f"the text is too long (the limit is {format_size(MAX_FILE_BYTES)})")
    cleaned = clean_text(text)
    if not is_visible(cleaned):
        raise refuse("pasted text", "there is no text to read")
    _check_text_length(cleaned, "pasted text")
    return RawText(cleaned, "text", None, True)
