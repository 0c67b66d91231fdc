"""The report model and every text format rendered from it: HTML, Markdown, CSV and JSON say the same."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import FIXTURES
from html_support import HtmlTags

from desktop_app.core.compare.comparison import SIDES, Comparison, compare
from desktop_app.core.compare.meeting import readable_date
from desktop_app.core.documents import document_from_text
from desktop_app.core.report.build import build_report, flatten, guess_meeting
from desktop_app.core.report.contract import comparison_to_json
from desktop_app.core.report.coverage_chart import coverage_svg
from desktop_app.core.report.csv import COLUMNS, report_to_csv
from desktop_app.core.report.html import render_html
from desktop_app.core.report.json import report_to_json
from desktop_app.core.report.markdown import report_to_markdown
from desktop_app.core.report.model import Meeting, Report, ReportAnnotation

KO_ZH = FIXTURES / "corpus" / "ko-zh-trade-2029"
GENERATED = datetime(2030, 1, 2, 3, 4, tzinfo=UTC)




@pytest.fixture(scope="module")
def report(demo: Comparison) -> Report:
    return build_report(demo, generated=GENERATED)


def link_keys(report: Report) -> list[tuple[str, str, str]]:
    return sorted((" ".join(p.id for p in k.left), " ".join(p.id for p in k.right), k.status)
                  for k in report.links())


def one_sided_ids(report: Report) -> dict[str, list[str]]:
    return {side: [p.id for p in report.one_sided[side].passages] for side in SIDES}


# ------------------------------------------------------------------------------------------- the model


def test_the_model_holds_every_link_and_statement_once(demo: Comparison, report: Report) -> None:
    assert len(report.links()) == len(demo.links)
    assert sorted(k.number for k in report.links()) == list(range(1, len(demo.links) + 1))
    for side in SIDES:
        linked = {p.index for k in report.links() for p in k.passages(side)}
        alone = {p.index for p in report.one_sided[side].passages}
        assert linked.isdisjoint(alone)
        assert linked | alone == set(range(len(demo.document(side).statements)))
    figures = report.figures
    assert figures.links == figures.agree + figures.differ == len(demo.links)
    assert figures.statements == {"left": 18, "right": 19}
    assert figures.agree_share + figures.differ_share == pytest.approx(1.0)


def test_cover_names_the_meeting_and_sources(report: Report) -> None:
    cover = report.cover
    assert cover.title == "Korea–China foreign ministers' meeting, Busan, 18 June 2029"
    assert cover.meeting.date == "18 June 2029"  # "June 18" without a year is the same day: said once
    assert cover.meeting.place == "Busan"
    assert cover.meeting.participants == ["Seo Ha-neul", "Guo Yanqing"]  # "Seo Haneul" is the same person
    left, right = cover.sources["left"], cover.sources["right"]
    assert (left.label, left.code, left.name) == ("Korean side", "KR", "demo-kr.txt")
    assert (right.label, right.code, right.language_names) == ("Chinese side", "CN", "English")
    assert left.location.endswith("demo-kr.txt")
    assert cover.generated_text == "2030-01-02 03:04 UTC"
    assert cover.version


def test_title_meeting_and_sides_can_be_given(demo: Comparison) -> None:
    report = build_report(demo, title="Busan talks", meeting=Meeting("18 June", "Busan", ["Seo", "Guo"]),
                          side_codes={"left": "CN", "right": "KR"})
    assert report.cover.title == "Busan talks"
    assert report.cover.meeting.participants == ["Seo", "Guo"]
    assert report.sources["left"].label == "Chinese side"


def test_sides_fall_back_to_positions_when_unclear() -> None:
    text = "The two sides agreed to expand trade.\n\nThe two sides agreed to hold talks in Seoul.\n"
    comparison = compare(document_from_text(text, "a.txt"), document_from_text(text, "b.txt"))
    report = build_report(comparison)
    assert [report.sources[s].label for s in SIDES] == ["left readout", "right readout"]
    assert report.sources["left"].heading == "Left readout"
    assert "Only the left readout (a.txt) said" in report_to_markdown(report)


def test_meeting_dates_read_as_people_write_them(ko_zh: Comparison) -> None:
    assert readable_date("2029-06-18") == "18 June 2029"
    assert readable_date("--05-12") == "12 May"
    assert readable_date("2029-13-01") == "2029-13-01"
    meeting = guess_meeting(ko_zh)
    assert meeting.date == "12 May" and meeting.place == "Hangzhou"


def test_passages_carry_the_differing_words_as_spans(report: Report, demo: Comparison) -> None:
    marked = 0
    for link in report.links():
        for side in SIDES:
            document = demo.document(side)
            for passage in link.passages(side):
                statement = document.statements[passage.index]
                assert statement.clean_text.endswith(passage.text)
                assert "".join(run for run, _ in passage.runs()) == passage.text
                for start, end in passage.marks:
                    assert 0 <= start < end <= len(passage.text)
                    marked += 1
    assert marked > 20
    # The engine's spans and the report's mark the same words.
    [link] = [k for k in demo.links if 6 in k.left]  # L7 "… agreed to wrap up …" ↔ R16 "… to speed up …"
    entry = next(k for k in report.links() if k.number == demo.links.index(link) + 1)
    words = {demo.left.text[s:e] for s, e in link.differences["left"]}
    shown = {entry.left[0].text[s:e] for s, e in entry.left[0].marks}
    assert "wrap" in words and "wrap" in shown


def test_flatten_joins_wrapped_lines_and_keeps_offsets() -> None:
    text, where = flatten("  The two sides\n   agreed to  expand\ntrade ties.  ")
    assert text == "The two sides agreed to expand trade ties."
    raw = "  The two sides\n   agreed to  expand\ntrade ties.  "
    start = raw.index("expand")
    assert text[where[start]:where[start + len("expand")]] == "expand"
    cjk, _ = flatten("双方同意加紧推进\n中韩自贸协定")
    assert cjk == "双方同意加紧推进中韩自贸协定"


def test_coverage_shares_are_of_each_sides_statements(report: Report) -> None:
    talks = next(t for t in report.coverage if t.topic == "exchanges.talks")
    assert talks.shares["left"] == pytest.approx(talks.counts["left"] / 18)
    shown, rest = report.chart_topics()
    assert shown + rest == report.coverage and len(shown) <= 18


def test_the_appendix_is_there_only_when_asked_for(demo: Comparison) -> None:
    assert build_report(demo).appendix == []
    report = build_report(demo, include_texts=True)
    assert [t.side for t in report.appendix] == ["left", "right"]
    assert report.appendix[0].paragraphs[0] == "Korea-China Foreign Ministers’ Meeting Held in Busan"
    assert "Appendix: the full texts" in render_html(report)
    assert "# Appendix: the full texts" in report_to_markdown(report)


# ------------------------------------------------------------------- every format shows the same links


class _Cells(HTMLParser):
    """The text of each HTML table row, by row id."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: dict[str, list[str]] = {}
        self._row: str | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self._row = dict(attrs).get("id")
            if self._row:
                self.rows[self._row] = []
        elif tag == "td" and self._row:
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "td" and self._row and self._cell is not None:
            self.rows[self._row].append("".join(self._cell))
            self._cell = None
        elif tag == "tr":
            self._row = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def _ids(text: str, prefix: str) -> str:
    return " ".join(re.findall(rf"\b{prefix}\d+\b", text))


def test_html_markdown_csv_and_json_show_the_same_links(report: Report) -> None:
    expected = link_keys(report)
    # JSON
    data = json.loads(report_to_json(report))
    assert sorted((" ".join(k["left"]), " ".join(k["right"]), k["status"]) for k in data["links"]) == expected
    assert data["one_sided"] == one_sided_ids(report)
    # CSV
    rows = list(csv.DictReader(io.StringIO(report_to_csv(report).lstrip("\ufeff"))))
    assert sorted((r["left_ids"], r["right_ids"], r["status"]) for r in rows if r["kind"] == "link") == expected
    assert [r["left_ids"] for r in rows if r["kind"] == "one-sided" and r["left_ids"]] == \
        one_sided_ids(report)["left"]
    # Markdown: | **L1** … | **R1** … | **agree** … |
    markdown = report_to_markdown(report)
    md_links = []
    for line in markdown.splitlines():
        cells = re.split(r"(?<!\\)\|", line)
        if line.startswith("| **L"):
            status = re.match(r"\s*\*\*(agree|differ)\*\*", cells[3])
            md_links.append((_ids(cells[1], "L"), _ids(cells[2], "R"), status.group(1) if status else ""))
    assert sorted(md_links) == expected
    for side, prefix in (("left", "L"), ("right", "R")):
        listed = re.findall(rf"^- \*\*({prefix}\d+)\*\*", markdown, flags=re.MULTILINE)
        assert listed == one_sided_ids(report)[side]
    # HTML: each link's row, and its verdict
    page = render_html(report)
    cells = _Cells()
    cells.feed(page)
    html_links = []
    for link in report.links():
        left_cell, right_cell = cells.rows[f"link-{link.number}"]
        html_links.append((_ids(left_cell, "L"), _ids(right_cell, "R"), link.status))
        verdict = page.split(f'id="link-{link.number}"')[1].split("</tr>")[1]
        assert f"badge-{link.status}" in verdict
    assert sorted(html_links) == expected


def test_every_format_quotes_the_statements_exactly(report: Report) -> None:
    markdown = report_to_markdown(report)
    page = render_html(report)
    rows = list(csv.DictReader(io.StringIO(report_to_csv(report).lstrip("\ufeff"))))
    csv_texts = {text for r in rows for text in (r["left_text"] + "\n" + r["right_text"]).split("\n") if text}
    cells = _Cells()
    cells.feed(page)
    html_text = " ".join(" ".join(c) for c in cells.rows.values())
    plain_md = re.sub(r"\\(.)", r"\1", markdown.replace("**", ""))
    passages = [p for k in report.links() for s in SIDES for p in k.passages(s)]
    passages += [p for s in SIDES for p in report.one_sided[s].passages]
    for passage in passages:
        assert passage.text in csv_texts
        assert passage.text in plain_md
        assert passage.text in html_text
    # The HTML marks exactly the passage's marks.
    first = next(p for p in passages if p.marks)
    start, end = first.marks[0]
    assert f'<span class="d">{html.escape(first.text[start:end])}</span>' in page


def test_json_keeps_the_contract_and_adds_the_report(report: Report, demo: Comparison) -> None:
    data = json.loads(report_to_json(report))
    extra = data.pop("report")
    assert data == json.loads(comparison_to_json(demo))  # the contract, unchanged
    assert extra["title"] == report.cover.title
    assert extra["sides"]["left"] == {"code": "KR", "label": "Korean side"}
    positions = sorted(i for section in extra["sections"] for i in section["links"])
    assert positions == list(range(len(demo.links)))
    assert extra["annotations"] == []
    assert "generated" not in json.dumps(extra)  # nothing time-dependent: same inputs, same bytes
    later = build_report(demo, generated=datetime(2031, 5, 5, tzinfo=UTC))
    assert report_to_json(later) == report_to_json(report)


# ----------------------------------------------------------------------------------------------- CSV


def test_csv_has_a_row_per_link_and_per_one_sided_statement(ko_zh: Comparison) -> None:
    report = build_report(ko_zh)
    payload = report_to_csv(report)
    assert payload.startswith("\ufeff")  # so Excel reads UTF-8
    assert payload.encode("utf-8").startswith(b"\xef\xbb\xbf")
    reader = csv.reader(io.StringIO(payload.lstrip("\ufeff")))
    head, *rows = list(reader)
    assert tuple(head) == COLUMNS == ("kind", "topic", "status", "left_ids", "left_text", "right_ids",
                                      "right_text", "reasons", "score", "tag", "note", "on")
    one_sided = sum(len(report.one_sided[s].passages) for s in SIDES)
    assert len(rows) == len(ko_zh.links) + one_sided
    assert [r[0] for r in rows].count("link") == len(ko_zh.links)
    assert all(len(r) == len(COLUMNS) for r in rows)
    links = [r for r in rows if r[0] == "link"]
    assert all(r[2] in ("agree", "differ") and 0 < float(r[8]) <= 1 for r in links)
    texts = "\n".join(r[4] + r[6] for r in rows)
    assert "양측은 서비스·투자 분야 한중 FTA 후속협상을 더 속도감 있게 진행하기로 했습니다." in texts
    assert "双方同意加紧推进中韩自贸协定第二阶段服务和投资谈判。" in texts
    for row in (r for r in rows if r[0] == "one-sided"):
        assert row[2] == "one-sided" and row[8] == "" and bool(row[3]) != bool(row[5])


def test_csv_never_hands_a_spreadsheet_a_formula() -> None:
    left = "=HYPERLINK(\"http://evil\") the two sides agreed to expand trade in Seoul.\n"
    right = "@SUM(1) Wang Yi stressed the Taiwan question in Beijing.\n"
    report = build_report(compare(document_from_text(left, "kr.txt"), document_from_text(right, "cn.txt")))
    rows = list(csv.reader(io.StringIO(report_to_csv(report).lstrip("\ufeff"))))[1:]
    cells = [cell for row in rows for cell in row]
    assert not any(cell.startswith(("=", "@", "+", "-")) for cell in cells)
    assert any(cell.startswith("'=HYPERLINK") for cell in cells)


def test_csv_neutralises_fullwidth_formula_starts_too() -> None:
    left = "＝HYPERLINK(\"http://evil\") the two sides agreed to expand trade in Seoul.\n"
    right = "＋1 Wang Yi stressed the Taiwan question in Beijing.\n"
    report = build_report(compare(document_from_text(left, "kr.txt"), document_from_text(right, "cn.txt")))
    cells = [cell for row in csv.reader(io.StringIO(report_to_csv(report).lstrip("\ufeff"))) for cell in row]
    assert not any(cell.startswith(("＝", "＋")) for cell in cells)
    assert any(cell.startswith("'＝HYPERLINK") for cell in cells)


# ------------------------------------------------------------------------------------------- HTML


HOSTILE_KR = ("The two sides agreed to expand trade <script>alert('x')</script> in Seoul.\n\n"
              'Minister Park raised fine dust <img src="file:///etc/passwd"> and <iframe src=//evil>.\n')
HOSTILE_CN = ('Wang Yi said China will expand trade "</td></tr></table><b>bold</b>" with the ROK.\n\n'
              "The two sides agreed on <style>body{display:none}</style> cooperation against fine dust.\n")


def test_html_shows_hostile_text_as_text_and_loads_nothing() -> None:
    comparison = compare(document_from_text(HOSTILE_KR, "<b>kr</b>.txt"),
                         document_from_text(HOSTILE_CN, "cn.txt"))
    report = build_report(comparison, title="<script>alert(1)</script>", include_texts=True)
    for page in (render_html(report), render_html(report, chart_image="parallax-chart:x.png", browser=False)):
        parsed = HtmlTags()
        parsed.feed(page)
        names = {tag for tag, _ in parsed.tags}
        assert not names & {"script", "iframe", "object", "embed", "link"}, names
        assert [tag for tag, _ in parsed.tags].count("style") == 1  # the report's own
        sources = [a.get("src") for tag, a in parsed.tags if tag == "img"]
        assert sources in ([], ["parallax-chart:x.png"])
        assert not any("file:" in (v or "") for _, attrs in parsed.tags for v in attrs.values())
        assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
        assert "&lt;img src=&quot;file:///etc/passwd&quot;&gt;" in page
        assert "&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;" in page
        assert "<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>" in page
        assert "&lt;b&gt;kr&lt;/b&gt;.txt" in page and "&lt;b&gt;bold&lt;/b&gt;" in page


def test_html_in_qt_shows_the_hostile_characters(qapp: object) -> None:
    from PySide6.QtGui import QTextDocument

    comparison = compare(document_from_text(HOSTILE_KR, "kr.txt"), document_from_text(HOSTILE_CN, "cn.txt"))
    document = QTextDocument()
    document.setHtml(render_html(build_report(comparison), browser=False))
    text = document.toPlainText()
    assert "<script>alert('x')</script>" in text
    assert '<img src="file:///etc/passwd">' in text
    assert "<style>body{display:none}</style>" in text


def test_html_is_one_standalone_document(report: Report) -> None:
    page = render_html(report)
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert '<meta charset="utf-8">' in page and "default-src 'none'" in page
    assert "<svg" in page and "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    for heading in ("Sources", "Summary", "Topic coverage", "Linked statements by topic",
                    "What only one side said"):
        assert f">{heading}</h2>" in page
    assert "Annotations" not in page  # none yet


def test_the_chart_is_svg_any_renderer_draws(report: Report) -> None:
    svg = coverage_svg(report)
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    shown, _ = report.chart_topics()
    bars = re.findall(r'<rect x="\d+" y="[\d.]+" width="[\d.]+" height="8" fill="(#[0-9a-f]{6})"', svg)
    assert len(bars) == sum(1 for t in shown for s in SIDES if t.counts[s])
    assert {"#1f5fa8", "#b8322a"} == set(bars)  # Korean side blue, Chinese side red
    assert "class=" not in svg and "style=" not in svg  # attributes only (SVG Tiny, for Qt)


def test_annotations_are_shown_when_there_are_some(report: Report) -> None:
    passage = report.links()[0].left[0]
    annotated = Report(report.cover, report.figures, report.coverage, report.sections, report.one_sided,
                       annotations=[ReportAnnotation("Softened wording", "#56B4E9", "KR <b>softens</b> it",
                                                     "statement", [passage])],
                       comparison=report.comparison, contract=report.contract)
    page = render_html(annotated)
    assert ">Annotations</h2>" in page and "KR &lt;b&gt;softens&lt;/b&gt; it" in page
    assert f'<span class="sid">{passage.id}</span>' in page.split(">Annotations</h2>")[1]
    assert f"- **Softened wording** ({passage.id}): KR \\<b\\>softens\\</b\\> it" in report_to_markdown(annotated)
    note = json.loads(report_to_json(annotated))["report"]["annotations"][0]
    assert note["statements"] == [passage.id] and note["tag"] == "Softened wording"


def test_markdown_marks_the_differing_words_in_bold(report: Report) -> None:
    markdown = report_to_markdown(report)
    assert markdown.startswith("# Korea–China foreign ministers' meeting, Busan, 18 June 2029\n")
    assert "**wrap**" in markdown
    assert all(run == run.strip() for run in re.findall(r"\*\*([^*]+)\*\*", markdown))  # emphasis hugs words
    assert "# Topic coverage" in markdown and "| Talks and meetings held |" in markdown


def test_write_report_refuses_unknown_formats(report: Report, tmp_path: Path) -> None:
    from desktop_app.export.files import render

    with pytest.raises(ValueError, match="unknown report format"):
        render(report, "odt")
