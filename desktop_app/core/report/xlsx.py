"""The report as an Excel workbook (`.xlsx`, written with openpyxl), for analysts who continue in a
spreadsheet. One sheet per part of the report, each with a bold, frozen header row and a filter:

- `Summary`: the title, the two readouts, the summary figures, and what wrote the file;
- `Links`: one row per link in the report's order (topic by topic): its number, topic, status, match
  probability, whether it was made by hand, each side's statement ids and text, the reasons as
  sentences (one per line) and the topics both sides share;
- `One-sided`: one row per statement only one side made: side, id, text, topics, speaker, stance;
- `Annotations`: tag, note, what it is on (statement, text, link), whether it is orphaned, the sides,
  each side's statement ids and the annotated text (the quote of a stretch of text, else the whole
  statements), the topics;
- `Codebook`: every tag (its colour as the cell's fill), and how many annotations use it;
- `Coverage`: per topic, how many of each side's statements speak of it and what share.

Every text cell goes through `report.csv.spreadsheet_safe` — the one neutraliser of formula starts
(= + - @, tab, CR and their fullwidth forms) — so a readout's text is never run as a formula, and
through `xmltext.xml_safe`, as the workbook is XML inside. Figures are numbers, so they sort and sum.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app import __version__
from desktop_app.core.annotations import DEFAULT_CODEBOOK, Tag
from desktop_app.core.compare.comparison import SIDES
from desktop_app.core.report.csv import annotated, annotation_topics, spreadsheet_safe
from desktop_app.core.report.model import Passage, Report
from desktop_app.core.report.xmltext import xml_safe

Cell = str | int | float | None
CELL_LIMIT = 32_767  # characters Excel keeps in one cell; a longer one makes it "repair" the file
_HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
_WIDE, _NARROW = 60, 14  # column widths, in characters, of text and of short columns
SHEETS = ("Summary", "Links", "One-sided", "Annotations", "Codebook", "Coverage")


def report_to_xlsx(report: Report, codebook: Sequence[Tag] = DEFAULT_CODEBOOK) -> bytes:
    """The workbook's bytes. `codebook` is the project's (the report itself names only the tags used)."""
    book = Workbook()
    book.remove(book.active)
    book.properties.title = cell_text(report.cover.title)
    book.properties.creator = f"Parallax {__version__}"
    book.properties.created = book.properties.modified = report.cover.generated.replace(tzinfo=None)
    _summary(book.create_sheet(SHEETS[0]), report)
    _links(book.create_sheet(SHEETS[1]), report)
    _one_sided(book.create_sheet(SHEETS[2]), report)
    _annotations(book.create_sheet(SHEETS[3]), report)
    _codebook(book.create_sheet(SHEETS[4]), report, codebook)
    _coverage(book.create_sheet(SHEETS[5]), report)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def cell_text(text: str) -> str:
    """Text as a cell may hold it: no formula start, no character XML forbids, within Excel's limit."""
    text = spreadsheet_safe(xml_safe(text))
    return text if len(text) <= CELL_LIMIT else text[:CELL_LIMIT - 1] + "…"


# ---------------------------------------------------------------------------------------------- sheets


def _summary(sheet: Worksheet, report: Report) -> None:
    cover, figures = report.cover, report.figures
    rows: list[tuple[Cell, Cell]] = [("Title", cover.title)]
    if cover.warning:
        rows.append(("Warning", cover.warning))
    for side in SIDES:
        source = report.sources[side]
        rows += [(f"{source.heading}: file", source.name), (f"{source.heading}: title", source.title),
                 (f"{source.heading}: publisher", source.publisher),
                 (f"{source.heading}: date", source.date),
                 (f"{source.heading}: statements", figures.statements[side])]
    rows += [("Links", figures.links), ("Agree", figures.agree), ("Differ", figures.differ)]
    rows += [(f"Only the {report.sources[side].label}", figures.one_sided[side]) for side in SIDES]
    rows += [("Generated", cover.generated_text), ("By", f"Parallax {cover.version}")]
    _table(sheet, ("Item", "Value"), rows, widths=(30, 90))


def _links(sheet: Worksheet, report: Report) -> None:
    heads = {side: report.sources[side].heading for side in SIDES}
    head = ("No.", "Topic", "Status", "Match", "By hand", f"{heads['left']} ids", f"{heads['left']} text",
            f"{heads['right']} ids", f"{heads['right']} text", "Reasons", "Shared topics")
    rows = [(link.number, section.label, link.status, round(link.score, 4), "yes" if link.manual else "",
             _ids(link.left), _texts(link.left), _ids(link.right), _texts(link.right),
             "\n".join(r.text for r in link.reasons), ", ".join(link.topics))
            for section in report.sections for link in section.links]
    _table(sheet, head, rows, widths=(6, 24, 9, 8, 8, 10, _WIDE, 10, _WIDE, 48, 30), percent=(3,))


def _one_sided(sheet: Worksheet, report: Report) -> None:
    rows = [(report.sources[side].heading, p.id, p.text, ", ".join(p.topics), p.speaker, p.stance)
            for side in SIDES for p in report.one_sided[side].passages]
    _table(sheet, ("Side", "Id", "Text", "Topics", "Speaker", "Stance"), rows,
           widths=(16, 8, _WIDE + 20, 30, 20, 14))


def _annotations(sheet: Worksheet, report: Report) -> None:
    heads = {side: report.sources[side].heading for side in SIDES}
    rows = []
    for a in report.annotations:
        on = {side: annotated(a, side) for side in SIDES}
        sides = ", ".join(heads[side] for side in SIDES if any(on[side]))
        rows.append((a.tag, a.note, a.target, "yes" if a.orphaned else "", sides, *on["left"], *on["right"],
                     ", ".join(annotation_topics(a))))
    head = ("Tag", "Note", "On", "Orphaned", "Sides", f"{heads['left']} ids", f"{heads['left']} quote",
            f"{heads['right']} ids", f"{heads['right']} quote", "Topics")
    _table(sheet, head, rows, widths=(20, 40, 10, 9, 24, 10, _WIDE, 10, _WIDE, 30))


def _codebook(sheet: Worksheet, report: Report, codebook: Sequence[Tag]) -> None:
    used: dict[str, int] = {}
    for a in report.annotations:
        used[a.tag] = used.get(a.tag, 0) + 1
    rows = [(tag.name, tag.colour, tag.id, used.get(tag.name, 0)) for tag in codebook]
    _table(sheet, ("Tag", "Colour", "Id", "Annotations"), rows, widths=(30, 10, 24, 12))
    for number, tag in enumerate(codebook, start=2):
        if _HEX_COLOUR.fullmatch(tag.colour):
            sheet.cell(number, 2).fill = PatternFill("solid", fgColor=tag.colour[1:].upper())


def _coverage(sheet: Worksheet, report: Report) -> None:
    heads = {side: report.sources[side].heading for side in SIDES}
    rows = [(t.label, t.topic, t.counts["left"], round(t.shares["left"], 4), t.counts["right"],
             round(t.shares["right"], 4)) for t in report.coverage]
    head = ("Topic", "Topic id", f"{heads['left']} statements", f"{heads['left']} share",
            f"{heads['right']} statements", f"{heads['right']} share")
    _table(sheet, head, rows, widths=(40, 30, 12, 10, 12, 10), percent=(3, 5))


# ---------------------------------------------------------------------------------------------- cells


def _table(sheet: Worksheet, head: Sequence[str], rows: Iterable[Sequence[Cell]], widths: Sequence[int],
           percent: Sequence[int] = ()) -> None:
    """A header row (bold, frozen, filtered) and the rows; text wraps in wide columns. `percent` are
    the (0-based) columns of shares, shown as percentages."""
    sheet.append([cell_text(h) for h in head])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    rows = list(rows)
    for row in rows:
        sheet.append([cell_text(v) if isinstance(v, str) else v for v in row])
    for column, width in enumerate(widths, start=1):
        letter = get_column_letter(column)
        sheet.column_dimensions[letter].width = width
        if width >= 24:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    for column in percent:
        for (cell,) in sheet.iter_rows(min_row=2, min_col=column + 1, max_col=column + 1):
            cell.number_format = "0.0%"
    sheet.freeze_panes = "A2"
    if rows:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(head))}{len(rows) + 1}"


def _ids(passages: list[Passage]) -> str:
    return " ".join(p.id for p in passages)


def _texts(passages: list[Passage]) -> str:
    return "\n".join(p.text for p in passages)
