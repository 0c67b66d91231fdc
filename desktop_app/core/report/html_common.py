"""What every page of the HTML reports (the pair report's and the batch report's) is made of: text
made safe HTML, the sides' colours, text tagged with its language, quoted statements, and tables laid
out a row to a table.

Every piece of text that comes from a readout, a file name or the user goes through `esc`
(`html.escape`), so a readout containing `<script>` shows those characters and loads nothing.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from desktop_app.core.compare.comparison import Side
from desktop_app.core.report.model import Source

SIDE_COLOURS = {"KR": "#1f5fa8", "CN": "#b8322a"}
POSITION_COLOURS: dict[Side, str] = {"left": "#2f6f6f", "right": "#7a4f9a"}  # sides unknown


def esc(text: object) -> str:
    """Any text as HTML that shows exactly that text."""
    return html.escape(str(text), quote=True)


def side_colour(source: Source) -> str:
    return SIDE_COLOURS.get(source.code, POSITION_COLOURS[source.side])


def row_tables(head: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int]) -> list[str]:
    """A table as a table of its header row, then one table per row with the same column widths: the
    PDF's pagination (export/pdf.py) moves a whole table to the next page rather than split it, and
    keeps a table of header rows with what follows; a browser prints each `keep` table whole. Cells
    are HTML; every row has as many cells as `widths` (percent)."""
    def cells(tag: str, row: Sequence[str]) -> str:
        return "".join(f'<{tag} width="{width}%">{cell}</{tag}>'
                       for width, cell in zip(widths, row, strict=True))
    table = '<table class="grid {}" width="100%" cellspacing="0" cellpadding="4">'
    return [f"{table.format('head')}<thead><tr>{cells('th', head)}</tr></thead></table>",
            *(f"{table.format('keep')}<tr>{cells('td', row)}</tr></table>" for row in rows)]


def quoted_statement(text: str, language: str, limit: int = 260) -> str:
    """A statement quoted on the findings page, cut at a word when long (it is in full below)."""
    if len(text) > limit:
        cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
        text = cut.rstrip(" ,;:") + " …"
    lang = language if language in ("ko", "zh", "ja") else None
    return f"“<span lang=\"{lang}\">{esc(text)}</span>”" if lang else f"“{esc(text)}”"


def lang_text(text: str) -> str:
    """Escaped text; the browser is told when it is Korean or Chinese, so it picks fitting glyphs."""
    language = _script_language(text)
    return f'<span lang="{language}">{esc(text)}</span>' if language else esc(text)


def _script_language(text: str) -> str | None:
    if any("\uac00" <= ch <= "\ud7a3" for ch in text):
        return "ko"
    if any("\u4e00" <= ch <= "\u9fff" for ch in text):
        return "zh"
    return None


def is_colour(value: str) -> bool:
    return len(value) == 7 and value.startswith("#") and all(c in "0123456789abcdefABCDEF" for c in value[1:])
