"""The spreadsheet exports: the Excel workbook read back with openpyxl, the CSV's annotation rows, and a
hostile readout (formulas, markup, control characters) through both."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest
from conftest import SAMPLES

from desktop_app import cli
from desktop_app.core.annotations import (
    DEFAULT_CODEBOOK,
    Annotation,
    Tag,
    annotate_link,
    annotate_statement,
    annotate_text,
)
from desktop_app.core.compare.comparison import Comparison, compare
from desktop_app.core.documents import document_from_text
from desktop_app.core.report.build import build_report, report_annotations
from desktop_app.core.report.csv import COLUMNS, report_to_csv, spreadsheet_safe
from desktop_app.core.report.model import Report
from desktop_app.core.report.xlsx import CELL_LIMIT, SHEETS, cell_text, report_to_xlsx
from desktop_app.export import files

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def workbook(payload: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(payload))


def rows(book: openpyxl.Workbook, sheet: str) -> list[dict[str, object]]:
    """A sheet's rows as dicts by header."""
    head, *body = [list(r) for r in book[sheet].iter_rows(values_only=True)]
    return [dict(zip(head, r, strict=True)) for r in body]


def annotations_on(comparison: Comparison) -> list[Annotation]:
    documents = {"left": comparison.left, "right": comparison.right}
    link = comparison.links[0]
    return [annotate_statement(comparison.left, "left", 0, "omission", "Missing on the other side"),
            annotate_text(comparison.right, "right", comparison.right.statements[1].start,
                          comparison.right.statements[1].start + 12, "softened", "Softer verb"),
            annotate_link(documents, list(link.left), list(link.right), "attribution-shift", "")]


def annotated_report(comparison: Comparison, annotations: list[Annotation],
                     codebook: tuple[Tag, ...] | list[Tag] = DEFAULT_CODEBOOK) -> Report:
    return build_report(comparison, annotations=report_annotations(comparison, annotations, codebook))


# ---------------------------------------------------------------------------------------------- xlsx


def test_the_workbook_has_every_sheet_with_what_the_report_says(demo: Comparison) -> None:
    annotations = annotations_on(demo)
    report = annotated_report(demo, annotations)
    book = workbook(report_to_xlsx(report, DEFAULT_CODEBOOK))
    assert tuple(book.sheetnames) == SHEETS
    kr, cn = report.sources["left"].heading, report.sources["right"].heading  # "Korean side", …
    assert book.properties.title == report.cover.title

    links = rows(book, "Links")
    assert len(links) == len(demo.links) == report.figures.links
    assert {r["Status"] for r in links} <= {"agree", "differ"}
    assert all(isinstance(r["Match"], float) and 0 < r["Match"] <= 1 for r in links)
    by_number = {r["No."]: r for r in links}
    for entry in report.links():
        row = by_number[entry.number]
        assert row[f"{kr} ids"] == " ".join(p.id for p in entry.left)
        assert row[f"{cn} text"] == "\n".join(p.text for p in entry.right)
        assert (row["Reasons"] or "") == "\n".join(r.text for r in entry.reasons)
    differ = next(r for r in links if r["Status"] == "differ")
    assert differ["Reasons"].endswith(".")  # reasons as sentences

    one_sided = rows(book, "One-sided")
    assert len(one_sided) == sum(report.figures.one_sided.values())
    assert {r["Side"] for r in one_sided} == {kr, cn}

    noted = rows(book, "Annotations")
    assert [r["Tag"] for r in noted] == ["Omission", "Softened wording", "Attribution shift"]
    assert noted[0]["Note"] == "Missing on the other side" and noted[0][f"{kr} ids"] == "L1"
    assert noted[0]["Sides"] == kr and noted[0]["On"] == "statement"
    quote = demo.right.text[demo.right.statements[1].start:demo.right.statements[1].start + 12]
    assert noted[1][f"{cn} quote"] == quote and noted[1][f"{kr} quote"] is None
    assert noted[2]["Sides"] == f"{kr}, {cn}"

    codebook = rows(book, "Codebook")
    assert [r["Tag"] for r in codebook] == [t.name for t in DEFAULT_CODEBOOK]
    assert {r["Tag"]: r["Annotations"] for r in codebook}["Omission"] == 1
    fill = book["Codebook"]["B2"].fill.fgColor.rgb
    assert str(fill).endswith(DEFAULT_CODEBOOK[0].colour[1:].upper())

    coverage = rows(book, "Coverage")
    assert len(coverage) == len(report.coverage)
    first = report.coverage[0]
    assert coverage[0]["Topic"] == first.label and coverage[0][f"{kr} statements"] == first.counts["left"]
    assert coverage[0][f"{kr} share"] == pytest.approx(first.shares["left"], abs=1e-4)

    summary = {r["Item"]: r["Value"] for r in rows(book, "Summary")}
    assert summary["Links"] == report.figures.links and summary[f"{kr}: file"] == "demo-kr.txt"


def test_the_workbook_lists_the_projects_own_codebook(demo: Comparison) -> None:
    mine = [Tag("tone", "Tone", "#123456"), Tag("omission", "Omission", "#E69F00")]
    book = workbook(files.render(build_report(demo), "xlsx", codebook=mine))  # type: ignore[arg-type]
    assert [(r["Tag"], r["Colour"], r["Id"]) for r in rows(book, "Codebook")] == \
        [("Tone", "#123456", "tone"), ("Omission", "#E69F00", "omission")]
    assert rows(book, "Annotations") == []


HOSTILE_LEFT = ("=HYPERLINK(\"http://evil.example\",\"click\") the two sides agreed to expand trade in Seoul.\n\n"
                "+1 Minister Seo stressed <script>alert('x')</script> cooperation on fine dust.\n\n"
                "@SUM(A1) the two ministers agreed to meet again next year.\n")
HOSTILE_RIGHT = ("－1 Wang Yi stressed the Taiwan question in Beijing.\n\n"
                 "＝cmd|' /C calc'!A0 both sides agreed to expand trade.\n\n"
                 "-2 the ministers agreed to meet again in the coming year.\x01\x0b\n")


@pytest.fixture(scope="module")
def hostile() -> tuple[Report, list[Annotation]]:
    comparison = compare(document_from_text(HOSTILE_LEFT, "kr.txt"), document_from_text(HOSTILE_RIGHT, "cn.txt"))
    evil = [Tag("evil", "=EVIL()", "#000000"), *DEFAULT_CODEBOOK]
    notes = [annotate_statement(comparison.left, "left", 0, "evil", "=1+1"),
             annotate_text(comparison.right, "right", 0, 8, "omission", "\tTabbed @note")]
    report = annotated_report(comparison, notes, evil)
    return report, notes


def test_a_hostile_readout_never_reaches_the_workbook_as_a_formula(hostile: tuple[Report, list[Annotation]]) -> None:
    report, _ = hostile
    evil = [Tag("evil", "=EVIL()", "#000000"), *DEFAULT_CODEBOOK]
    book = workbook(report_to_xlsx(report, evil))
    texts = []
    for sheet in book:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate} is a formula: {cell.value!r}"
                if isinstance(cell.value, str):
                    texts.append(cell.value)
    assert texts and not any(t.startswith(FORMULA_STARTS) for t in texts)
    assert any(t.startswith("'=HYPERLINK") for t in texts)
    assert any(t.startswith("'＝cmd") for t in texts) and any(t.startswith("'－1") for t in texts)
    assert "'=EVIL()" in texts and "'=1+1" in texts and "'\tTabbed @note" in texts
    assert any("<script>alert('x')</script>" in t for t in texts)  # markup is text, kept as written
    assert not any("\x01" in t or "\x0b" in t for t in texts)  # XML cannot carry them: U+FFFD instead


def test_a_hostile_readout_never_reaches_the_csv_as_a_formula(hostile: tuple[Report, list[Annotation]]) -> None:
    report, _ = hostile
    table = list(csv.reader(io.StringIO(report_to_csv(report).lstrip("\ufeff"))))
    assert tuple(table[0]) == COLUMNS
    cells = [cell for row in table[1:] for cell in row]
    assert not any(cell.startswith(FORMULA_STARTS) for cell in cells)
    annotations = [dict(zip(COLUMNS, row, strict=True)) for row in table[1:] if row[0] == "annotation"]
    assert [(a["tag"], a["note"]) for a in annotations] == [("'=EVIL()", "'=1+1"), ("Omission", "'\tTabbed @note")]


def test_cells_are_made_safe_by_the_one_function() -> None:
    assert cell_text("=1") == spreadsheet_safe("=1") == "'=1"
    assert cell_text("a\x00b") == "a\ufffdb"
    assert len(cell_text("x" * (CELL_LIMIT + 10))) == CELL_LIMIT


# ----------------------------------------------------------------------------------------------- CSV


def test_the_csv_has_a_row_per_annotation(demo: Comparison) -> None:
    annotations = annotations_on(demo)
    report = annotated_report(demo, annotations)
    table = [dict(zip(COLUMNS, row, strict=True))
             for row in list(csv.reader(io.StringIO(report_to_csv(report).lstrip("\ufeff"))))[1:]]
    noted = [r for r in table if r["kind"] == "annotation"]
    assert [(r["tag"], r["note"], r["on"]) for r in noted] == [
        ("Omission", "Missing on the other side", "statement"), ("Softened wording", "Softer verb", "text"),
        ("Attribution shift", "", "link")]
    assert noted[0]["left_ids"] == "L1" and noted[0]["right_ids"] == ""
    assert noted[0]["left_text"] == report.annotations[0].passages[0].text
    assert noted[1]["right_text"] == annotations[1].anchors[0].quote and noted[1]["left_text"] == ""
    assert noted[2]["left_ids"] and noted[2]["right_ids"]
    others = [r for r in table if r["kind"] != "annotation"]
    assert all(r["tag"] == r["note"] == r["on"] == "" for r in others)


def test_an_orphaned_annotation_keeps_its_quote_in_the_csv(demo: Comparison) -> None:
    annotation = annotate_statement(demo.left, "left", 2, "omission", "gone")
    annotation.orphaned = True
    report = annotated_report(demo, [annotation])
    row = list(csv.reader(io.StringIO(report_to_csv(report).lstrip("\ufeff"))))[-1]
    found = dict(zip(COLUMNS, row, strict=True))
    assert found["on"] == "statement (orphaned)" and found["left_text"] == annotation.anchors[0].quote


# ------------------------------------------------------------------------------------ command line


DEMO = [str(SAMPLES / "demo-kr.txt"), str(SAMPLES / "demo-cn.txt")]


def test_compare_writes_a_workbook_from_the_suffix_or_the_option(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["compare", *DEMO, "-o", str(tmp_path / "a.xlsx")]) == 0
    assert cli.main(["compare", *DEMO, "--format", "xlsx", "-o", str(tmp_path / "b.data")]) == 0
    for name in ("a.xlsx", "b.data"):
        assert tuple(workbook((tmp_path / name).read_bytes()).sheetnames) == SHEETS
    assert cli.main(["compare", *DEMO, "--format", "xlsx"]) == 2  # never a workbook to the terminal
    assert "needs an output file" in capsys.readouterr().err


def test_report_writes_a_projects_annotations_to_the_workbook(tmp_path: Path, demo: Comparison) -> None:
    from desktop_app.core.project.file import Project, save_project

    project = Project(demo, codebook=[*DEFAULT_CODEBOOK, Tag("tone", "Tone", "#123456")],
                      annotations=annotations_on(demo))
    save_project(project, tmp_path / "work.parallax")
    assert cli.main(["report", str(tmp_path / "work.parallax"), "-o", str(tmp_path / "work.xlsx")]) == 0
    book = openpyxl.load_workbook(tmp_path / "work.xlsx")
    assert len(rows(book, "Annotations")) == 3 and rows(book, "Codebook")[-1]["Tag"] == "Tone"


def test_batch_writes_workbooks(tmp_path: Path) -> None:
    pair = tmp_path / "pairs" / "demo"
    pair.mkdir(parents=True)
    for source, name in ((SAMPLES / "demo-kr.txt", "kr.txt"), (SAMPLES / "demo-cn.txt", "cn.txt")):
        (pair / name).write_bytes(source.read_bytes())
    assert cli.main(["batch", str(tmp_path / "pairs"), "-o", str(tmp_path / "out"), "--format", "xlsx,csv"]) == 0
    assert tuple(openpyxl.load_workbook(tmp_path / "out" / "demo" / "report.xlsx").sheetnames) == SHEETS
    assert (tmp_path / "out" / "demo" / "report.csv").is_file()
