"""The report as CSV, for people who continue in a spreadsheet: one row per link and one per statement
only one side made, in the report's order (links topic by topic, then each side's one-sided statements),
then one row per annotation.

Columns (`COLUMNS`):

- `kind`: `link` or `one-sided`
- `topic`: the link's topic (the section it is shown under); for a one-sided statement, its topics
- `status`: `agree` or `differ` for a link, `one-sided` otherwise
- `left_ids`, `right_ids`: the statements' ids ("L3", "R12 R13": the JSON contract's ids), space-separated
- `left_text`, `right_text`: their text, one statement per line
- `reasons`: why a link differs, or what one side adds; "; "-separated
- `score`: the link's similarity (0–1), empty for one-sided statements
- `tag`, `note`, `on`: an annotation's tag (by name), its note, and what it is on (`statement`, `text` or
  `link`; `… (orphaned)` when its quote is no longer in the readout); empty on the other rows

An annotation's row (`kind` `annotation`) has the topics of the statements it is on, their ids, and on
each side the annotated text: the exact quote for a stretch of text, else the whole statements.

UTF-8 with a byte-order mark, so that Excel shows Korean and Chinese; fields quoted by the csv module.
A cell that would start with = + - @, a tab or a carriage return (or the fullwidth forms of the four)
gets a leading apostrophe, so a spreadsheet never runs a readout's text as a formula; the Excel export
uses the same function (`spreadsheet_safe`).
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterator

from desktop_app.core.compare.comparison import SIDES, Side
from desktop_app.core.report.model import Passage, Report, ReportAnnotation

COLUMNS = ("kind", "topic", "status", "left_ids", "left_text", "right_ids", "right_text", "reasons", "score",
           "tag", "note", "on")
BOM = "\ufeff"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def report_to_csv(report: Report) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows([spreadsheet_safe(cell) for cell in row] for row in report_rows(report))
    return BOM + out.getvalue()


def report_rows(report: Report) -> Iterator[tuple[str, ...]]:
    """The rows, as plain strings in COLUMNS order."""
    for section in report.sections:
        for link in section.links:
            yield ("link", section.label, link.status, _ids(link.left), _texts(link.left),
                   _ids(link.right), _texts(link.right), " ".join(r.text for r in link.reasons),
                   f"{link.score:.4f}", "", "", "")
    for side in SIDES:
        for p in report.one_sided[side].passages:
            texts = {"left": ("", ""), "right": ("", "")}
            texts[side] = (p.id, p.text)
            yield ("one-sided", ", ".join(p.topics), "one-sided", *texts["left"], *texts["right"], "", "",
                   "", "", "")
    for a in report.annotations:
        on = f"{a.target} (orphaned)" if a.orphaned else a.target
        yield ("annotation", ", ".join(annotation_topics(a)), "", *annotated(a, "left"),
               *annotated(a, "right"), "", "", a.tag, a.note, on)


def annotation_topics(annotation: ReportAnnotation) -> list[str]:
    """The topics of the statements an annotation is on, each once."""
    return list(dict.fromkeys(t for p in annotation.passages for t in p.topics))


def annotated(annotation: ReportAnnotation, side: Side) -> tuple[str, str]:
    """The ids of the statements an annotation is on in one readout, and the text annotated there: the
    exact quote of a stretch of text (or of an orphaned annotation), else the whole statements."""
    passages = [p for p in annotation.passages if p.side == side]
    if not annotation.quotes:
        return _ids(passages), _texts(passages)
    quotes = [q for q, s in zip(annotation.quotes, annotation.quote_sides, strict=False) if s == side]
    return _ids(passages), "\n".join(quotes)


def _ids(passages: list[Passage]) -> str:
    return " ".join(p.id for p in passages)


def _texts(passages: list[Passage]) -> str:
    return "\n".join(p.text for p in passages)


def spreadsheet_safe(cell: str) -> str:
    """The cell as text a spreadsheet will not run as a formula (OWASP's advice on CSV injection)."""
    # Spreadsheets also take the fullwidth forms (＝, ＋, －, ＠) as the start of a formula.
    return "'" + cell if unicodedata.normalize("NFKC", cell[:1]).startswith(_FORMULA_START) else cell
