"""A PDF to text: page by page, running headers, footers and page numbers dropped, lines joined into
paragraphs, characters that extract wrongly (Kangxi radicals, ligatures) put right."""

from __future__ import annotations

import io
import itertools
import logging
import re
import unicodedata
from collections import Counter
from typing import TYPE_CHECKING, Any

from desktop_app.core.load.raw import (
    MAX_TEXT_CHARS,
    RawText,
    clean_text,
    error_reason,
    normalise_newlines,
    refuse,
)
from desktop_app.core.model import DocumentError

if TYPE_CHECKING:  # the format libraries are imported when first needed: they cost ~0.4 s at start-up
    from pypdf import PdfReader



# --------------------------------------------------------------------------- PDF

_PAGE_NUMBER = re.compile(
    r"""^\s*(?:
        [-–—]?\s*\d{1,3}\s*[-–—]?                                  # 3, - 3 - (not a year such as 2024)
      | (?:page|p\.|seite|페이지)?\s*\d{1,4}\s*(?:of|/|von)\s*\d{1,4}   # Page 3 of 5, 3/5, Seite 3 von 5
      | (?:page|p\.|seite)\s*\d{1,4}                                # Page 3, p. 3
      | 第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?           # 第3页 共5页
    )\s*$""",
    re.I | re.X,
)
_EDGE_LINES = 3  # running headers and footers live in a page's first and last few lines


def _furniture_keys(line: str, page_number: int) -> set[str]:
    """Keys under which a page-edge line may repeat: the line itself, and with its numbers masked
    ("Press release | 3" → "press release | #") when the number is this page's own."""
    line = " ".join(line.split()).lower()
    keys = {line}
    if str(page_number) in re.findall(r"\d+", line):
        keys.add(re.sub(r"\d+", "#", line))
    return keys


_EdgeKey = tuple[int, str]  # (position: 0, 1, 2 from the top or -1, -2, -3 from the bottom, line key)


def _edge_keys(lines: list[str], page_number: int) -> dict[int, set[_EdgeKey]]:
    """For each of a page's first and last few non-blank lines (by index in `lines`): its edge keys."""
    content = [i for i, line in enumerate(lines) if line.strip()]
    positions = list(enumerate(content[:_EDGE_LINES])) + [
        (-1 - k, i) for k, i in enumerate(content[::-1][:_EDGE_LINES])
    ]
    keys: dict[int, set[_EdgeKey]] = {}
    for position, index in positions:
        keys.setdefault(index, set()).update(
            (position, key) for key in _furniture_keys(lines[index], page_number)
        )
    return keys


def _repeated_lines(pages: list[list[str]]) -> set[_EdgeKey]:
    """Lines at the same page-edge position on most pages (and on at least 3): running furniture."""
    if len(pages) < 3:
        return set()
    counts: Counter[_EdgeKey] = Counter()
    for number, lines in enumerate(pages, start=1):
        counts.update(set().union(*_edge_keys(lines, number).values()))
    return {key for key, n in counts.items() if key[1] and n >= 3 and n > len(pages) / 2}


def _strip_page_edges(lines: list[str], repeated: set[_EdgeKey], page_number: int) -> list[str]:
    """Drop page numbers and running headers/footers from the top and bottom few lines of a page."""
    edges = _edge_keys(lines, page_number)

    def droppable(index: int) -> bool:
        line = lines[index]
        if not line.strip():
            return True
        at_edge = edges.get(index)
        return at_edge is not None and (bool(_PAGE_NUMBER.match(line)) or not at_edge.isdisjoint(repeated))

    start, end = 0, len(lines)
    while start < end and droppable(start):
        start += 1
    while end > start and droppable(end - 1):
        end -= 1
    return lines[start:end]


def _drop_straddling_lines(pages: list[list[str]]) -> list[list[str]]:
    """Drop a page's last line when the next page starts with it: Qt draws a line that straddles
    the page break on both pages (clipped), so its text layer holds the line twice."""
    result = [list(lines) for lines in pages]
    for page, following in itertools.pairwise(result):
        if page and following and len(page[-1].strip()) > 3 and page[-1].strip() == following[0].strip():
            page.pop()
    return result


_SENTENCE_END = re.compile(r"[.!?。！？:：][\"'”’)）」]*$")


def _join_pages(pages: list[str]) -> str:
    """Pages joined by a paragraph break, except where a sentence runs on over the page break."""
    text = ""
    for page in pages:
        if text:
            text += "\n\n" if _SENTENCE_END.search(text.rstrip()) else "\n"
        text += page
    return text


def _fix_pdf_characters(text: str) -> str:
    """Map Kangxi radicals (Qt's PDFs extract 人 as U+2F08) and Latin ligatures to ordinary letters."""
    return re.sub(r"[\u2f00-\u2fdf\ufb00-\ufb06]", lambda m: unicodedata.normalize("NFKC", m.group()), text)


class _LogCollector(logging.Handler):
    """Collects pypdf's warnings so they become one user note instead of stderr noise."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def _open_pdf(data: bytes, name: str) -> PdfReader:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise refuse(name, "this PDF is password-protected; remove the password and open it again")
        _ = len(reader.pages)  # forces the page tree to load: a damaged file fails here
    except DocumentError:
        raise
    except Exception as exc:
        if "cryptography" in str(exc).lower() or "AES" in str(exc):
            message = "this PDF is encrypted with AES, which Parallax can't open; save an unlocked copy"
            raise refuse(name, message) from None
        raise refuse(name, f"this PDF is damaged and can't be read{error_reason(exc)}") from None
    return reader


# pypdf extracts about 100,000 characters a second: a 5 MB PDF of text took 42 s to be refused as too
# long. Extraction stops once the pages hold far more than the limit (running headers and page numbers,
# stripped later, never make up a third of a page).
_PDF_TEXT_CEILING = MAX_TEXT_CHARS * 3 // 2


def _pdf_page_texts(reader: PdfReader, name: str) -> tuple[list[str], int]:
    """Text of every page, and how many pages failed to extract."""
    texts: list[str] = []
    failed = 0
    length = 0
    for number, page in enumerate(reader.pages, start=1):
        try:
            texts.append(_page_text(page))
        except Exception:  # one bad page should not lose the others
            failed += 1
            texts.append("")
        length += len(texts[-1])
        if length > _PDF_TEXT_CEILING:
            raise refuse(name, f"the text is too long for a readout (over {length:,} characters in the first "
                               f"{number:,} of {len(reader.pages):,} pages; Parallax reads up to "
                               f"{MAX_TEXT_CHARS:,}, about 5,000 statements)")
    return texts, failed


_HORIZONTAL_SPACE = re.compile(r"[ \t]+")
_VERTICAL_GAP = re.compile(r"\n(?:[ \t]*\n)+")


def _page_text(page: Any) -> str:
    """A page's text with paragraph gaps kept as blank lines.

    pypdf's layout mode reproduces vertical gaps (the plain mode drops them, and a heading then runs
    into the paragraph below it); its column padding is collapsed back to single spaces.
    """
    try:
        text = page.extract_text(extraction_mode="layout") or ""
    except Exception:  # layout analysis is pickier than plain extraction
        return page.extract_text() or ""
    lines = [_HORIZONTAL_SPACE.sub(" ", line).strip() for line in text.split("\n")]
    return _VERTICAL_GAP.sub("\n\n", "\n".join(lines))


def _pdf_title(reader: PdfReader) -> str | None:
    try:
        title = reader.metadata.title if reader.metadata else None
    except Exception:  # broken metadata is not worth failing over
        return None
    return " ".join(str(title or "").split()) or None


def read_pdf(data: bytes, name: str) -> RawText:
    collector = _LogCollector()
    logger = logging.getLogger("pypdf")
    logger.addHandler(collector)
    try:
        reader = _open_pdf(data, name)
        texts, failed = _pdf_page_texts(reader, name)
        title = _pdf_title(reader)
    finally:
        logger.removeHandler(collector)
    pages = [normalise_newlines(_fix_pdf_characters(t)).split("\n") for t in texts]
    # pypdf separates words with tabs where the PDF positions them apart (Qt's PDFs do)
    pages = [[line.replace("\t", " ").rstrip() for line in lines] for lines in pages]
    repeated = _repeated_lines(pages)
    stripped = [_strip_page_edges(lines, repeated, n) for n, lines in enumerate(pages, start=1)]
    kept = ["\n".join(lines) for lines in _drop_straddling_lines(stripped)]
    text = clean_text(_join_pages([page for page in kept if page.strip()]))
    if not text:
        if failed == len(texts):
            raise refuse(name, "this PDF is damaged and no page could be read")
        raise refuse(name, "this PDF has no text layer (a scanned image?); Parallax needs selectable text")
    warnings = []
    if failed:
        warnings.append(f"{failed} of {len(texts)} PDF pages could not be read and were skipped")
    if collector.count:
        warnings.append("the PDF has structural errors; the text was recovered but check it")
    return RawText(text, "pdf", None, True, title, warnings)
