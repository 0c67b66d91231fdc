"""The report across all pairs of a batch: OUTDIR/batch-report.html (.md, .pdf), and its model."""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
from datetime import UTC, datetime
from html import unescape as html_unescape
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURES, SAMPLES
from html_support import HtmlTags

from desktop_app import batch, cli
from desktop_app.core.compare.comparison import SIDES, compare
from desktop_app.core.documents import document_from_text, load_document
from desktop_app.core.report.batch import build_batch_report, render_batch_html, render_batch_markdown
from desktop_app.core.report.build import build_report

CORPUS = FIXTURES / "corpus"
WHEN = datetime(2029, 1, 2, 3, 4, tzinfo=UTC)


def _manifest(tmp_path: Path) -> Path:
    """Two pairs from the fixtures and one that fails to read (an empty readout)."""
    shutil.copytree(CORPUS / "ko-zh-trade-2029", tmp_path / "pairs" / "trade")
    (tmp_path / "pairs" / "empty.txt").write_text("", encoding="utf-8")
    manifest = tmp_path / "pairs" / "manifest.yaml"
    manifest.write_text(
        "pairs:\n"
        "  - {left: trade/kr.txt, right: trade/cn.txt, name: trade}\n"
        f"  - {{left: {SAMPLES / 'demo-kr.txt'}, right: {SAMPLES / 'demo-cn.txt'}, name: demo}}\n"
        "  - {left: trade/kr.txt, right: empty.txt, name: broken}\n", encoding="utf-8")
    return manifest


def _summary(outdir: Path) -> dict[str, dict[str, str]]:
    text = (outdir / "summary.csv").read_bytes().decode("utf-8-sig")
    return {row["pair"]: row for row in csv.DictReader(io.StringIO(text))}


def test_a_batch_writes_one_report_across_its_pairs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    code = cli.main(["batch", str(_manifest(tmp_path)), "-o", str(out), "--format", "html,md"])
    capsys.readouterr()
    assert code == 1  # one pair failed, and the rest were still reported
    page = (out / "batch-report.html").read_text(encoding="utf-8")
    markdown = (out / "batch-report.md").read_text(encoding="utf-8")
    assert not (out / "batch-report.pdf").exists()  # only when pdf is among the formats
    # Every pair is listed, the failed one as failed with why; the others link to their own reports.
    for name in ("trade", "demo", "broken"):
        assert name in page and name in markdown
    assert "failed: " in page and "empty.txt" in page
    assert 'href="trade/report.html"' in page and 'href="demo/report.md"' in page
    assert "(<trade/report.html>)" in markdown
    # Per topic, each side alone: the sensitive topics first.
    assert "Topics only one side raises" in page and "(sensitive)" in page
    assert page.index("Key findings by meeting") > page.index("Topics only one side raises")


def test_the_batch_model_counts_as_the_summary_does(tmp_path: Path) -> None:
    pairs = batch.find_pairs(_manifest(tmp_path).resolve())
    out = tmp_path / "out"

    def make(left: Path, right: Path) -> Any:
        return build_report(compare(load_document(left), load_document(right)), generated=WHEN)

    results = batch.run_batch(pairs, out, ["md"], make)
    written = batch.write_batch_report(results, out, ["md", "csv"])
    assert [p.name for p in written] == ["batch-report.html", "batch-report.md"]
    (out / "summary.csv").write_text(batch.summary_csv(results), encoding="utf-8")
    rows = _summary(out)
    model = build_batch_report([(r.pair.name, r.report, r.error, []) for r in results], generated=WHEN)
    assert [m.pair for m in model.meetings] == ["trade", "demo", "broken"]
    for meeting in model.meetings:
        row = rows[meeting.pair]
        assert meeting.status == row["status"]
        if meeting.figures is None:
            assert meeting.error == row["error"] and "empty.txt" in row["error"]
            continue
        f = meeting.figures
        assert (str(f.links), str(f.agree), str(f.differ)) == (row["links"], row["agree"], row["differ"])
        assert [str(f.one_sided[s]) for s in SIDES] == [row["one_sided_left"], row["one_sided_right"]]
        assert meeting.sides == {"left": "KR", "right": "CN"}
        assert meeting.findings  # both fixture pairs have key findings
    assert model.side_keys == ["KR", "CN"]
    # Per topic and side: the meetings in which only that side raises it, and the statements.
    ok = [r.report for r in results if r.report is not None]
    for tally in model.topics:
        for key, side in (("KR", "left"), ("CN", "right")):
            statements = [sum(1 for p in report.one_sided[side].passages
                              if tally.topic in report.comparison.statement_topics(side, p.index))
                          for report in ok if report.comparison is not None]
            assert tally.statements[key] == sum(statements)
            assert tally.meetings[key] == sum(1 for n in statements if n)
    ranks = [t.sensitivity for t in model.topics]
    sensitive = [r for r in ranks if r is not None]
    assert sensitive and ranks[:len(sensitive)] == sensitive == sorted(sensitive)  # sensitive first, by rank
    totals = model.totals()
    assert totals["links"] == sum(int(rows[n]["links"]) for n in ("trade", "demo"))
    assert totals["one_sided:CN"] == sum(int(rows[n]["one_sided_right"]) for n in ("trade", "demo"))


HOSTILE_KR = ("The two sides agreed to expand trade <script>alert('x')</script> in Seoul.\n\n"
              'Minister Park raised fine dust <img src="file:///etc/passwd"> and <iframe src=//evil>.\n')
HOSTILE_CN = ("The two sides agreed to expand trade with the ROK.\n\n"
              "Wang Yi said the Taiwan question <script>alert(2)</script> concerns China's core interests.\n")


def test_hostile_text_is_shown_as_text() -> None:
    comparison = compare(document_from_text(HOSTILE_KR, "kr.txt"), document_from_text(HOSTILE_CN, "cn.txt"))
    report = build_report(comparison, title="<script>alert(1)</script>", generated=WHEN)
    model = build_batch_report([("a", report, None, ["a/report.html"]),
                                ("b", None, '<img src="file:///x"> unreadable', [])], generated=WHEN)
    page = render_batch_html(model)
    parsed = HtmlTags()
    parsed.feed(page)
    names = {tag for tag, _ in parsed.tags}
    assert not names & {"script", "iframe", "img", "object", "embed", "link"}, names
    assert [tag for tag, _ in parsed.tags].count("style") == 1
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # the pair's title
    assert "&lt;img src=&quot;file:///x&quot;&gt; unreadable" in page  # the failed pair's error
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page  # a one-sided sensitive statement, quoted
    markdown = render_batch_markdown(model)
    assert not re.search(r"(?<!\\)<(script|img|/script)", markdown)  # every < of the text escaped
    assert r"\<script\>alert(1)\<" in markdown


def test_a_batch_report_as_pdf(tmp_path: Path, qapp: Any, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    code = cli.main(["batch", str(_manifest(tmp_path)), "-o", str(out), "--format", "pdf"])
    capsys.readouterr()
    assert code == 1
    data = (out / "batch-report.pdf").read_bytes()
    assert data.startswith(b"%PDF")
    assert (out / "batch-report.html").is_file() and not (out / "batch-report.md").exists()
    pdftotext = shutil.which("pdftotext")
    if pdftotext:
        import subprocess

        text = subprocess.run([pdftotext, "-layout", str(out / "batch-report.pdf"), "-"], check=True,
                              capture_output=True, text=True).stdout
        assert "Batch report: 3 meetings" in text and "broken" in text and "Key findings by meeting" in text


def _korean_pairs(tmp_path: Path, names: tuple[str, ...] = ("hangzhou", "seoul", "xian")) -> Path:
    """Korean–Chinese pairs (the fixture pair under several names): many topics only one side raises."""
    pairs = tmp_path / "pairs"
    shutil.copytree(CORPUS / "ko-zh-trade-2029", pairs / "trade")
    manifest = pairs / "manifest.yaml"
    manifest.write_text("pairs:\n" + "".join(f"  - {{left: trade/kr.txt, right: trade/cn.txt, name: {name}}}\n"
                                             for name in names), encoding="utf-8")
    return manifest


ENGLISH_WORDING = ("Batch report", "Meetings", "Topics only one side raises", "Key findings by meeting",
                   "pairs of readouts compared", "Only the", "Generated", "sensitive", "meeting")


@pytest.mark.parametrize("language", ["ko", "zh"])
def test_the_batch_report_is_written_in_the_report_language(tmp_path: Path, language: str,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert cli.main(["batch", str(_korean_pairs(tmp_path)), "-o", str(out), "--format", "html,md",
                     "--report-language", language]) == 0
    capsys.readouterr()
    page = (out / "batch-report.html").read_text(encoding="utf-8")
    markdown = (out / "batch-report.md").read_text(encoding="utf-8")
    assert f'<html lang="{language}">' in page
    title = {"ko": "일괄 보고서: 회담 3건", "zh": "批量报告：3场会谈"}[language]
    assert f"<h1>{title}</h1>" in page and markdown.startswith(f"# {title}\n")
    sides = {"ko": ("한국 측", "중국 측"), "zh": ("韩方", "中方")}[language]
    assert all(side in page and side in markdown for side in sides)
    # The report's own words are translated; what stays as it is: the lexicon's topic labels and the
    # pairs' names (bold), the report files' links, and the readouts' text.
    visible = re.sub(r"<b>.*?</b>|<a [^>]*>.*?</a>|<[^>]+>", " ", page.split("<body>")[1])
    for english in ENGLISH_WORDING:
        assert english not in visible, (language, english)
    headings = [line for line in markdown.splitlines() if line.startswith("#")]
    assert len(headings) == 1 + 3 + 3 and not any(re.search("[A-Za-z]{3}", line.split(". ")[0])
                                                  for line in headings[:4]), headings


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_the_batch_pdf_keeps_each_table_row_on_one_page_and_speaks_the_language(
        tmp_path: Path, qapp: Any, capsys: pytest.CaptureFixture[str]) -> None:
    import subprocess

    import pypdf

    out = tmp_path / "out"
    # Enough meetings that the tables run over a page break.
    names = ("hangzhou", "seoul", "xian", "busan", "qingdao", "jeju", "dalian", "incheon")
    assert cli.main(["batch", str(_korean_pairs(tmp_path, names)), "-o", str(out), "--format", "pdf",
                     "--report-language", "ko"]) == 0
    capsys.readouterr()
    pdf = out / "batch-report.pdf"
    # Each page's text in drawing order (a table cell's lines together), without the spaces that wrapping
    # puts in; pdftotext, not pypdf, which reads synthetic bold (drawn twice) twice.
    pages = ["".join(subprocess.run(["pdftotext", "-raw", "-f", str(n), "-l", str(n), str(pdf), "-"],
                                    check=True, capture_output=True, text=True).stdout.split())
             for n in range(1, len(pypdf.PdfReader(pdf).pages) + 1)]
    assert len(pages) >= 3
    assert all(f"{number}/{len(pages)}쪽" in text for number, text in enumerate(pages, 1))
    assert all("Parallax일괄보고서" in text for text in pages[1:])  # the running header, after page 1
    # The tables come before the findings' chapter; each topic's row stands whole on one page, so its
    # label (which wraps over two lines when long) reads unbroken on one of those pages.
    tables = pages[:next(i for i, text in enumerate(pages) if "회담별주요발견사항" in text) + 1]
    assert len(tables) >= 2
    html = (out / "batch-report.html").read_text(encoding="utf-8")
    topics_table = html[html.index("<h2>한쪽만 제기한 주제</h2>"):html.index("회담별 주요 발견 사항")]
    labels = re.findall(r'<td width="\d+%"><b>([^<]+)</b>', topics_table)
    assert len(labels) > 20
    for label in labels:
        assert any("".join(html_unescape(label).split()) in text for text in tables), label


def test_a_batch_whose_pairs_all_failed_still_writes_its_pdf(tmp_path: Path) -> None:
    """In a fresh process (no Qt application yet, as no pair made a PDF): this once crashed Qt."""
    import subprocess
    import sys

    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    manifest = tmp_path / "manifest.yaml"
    manifest.write_text("pairs:\n  - {left: empty.txt, right: empty.txt, name: broken}\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "desktop_app", "batch", str(manifest), "-o", str(tmp_path / "out"),
                          "--format", "pdf"], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 1, run.stderr  # one pair failed: reported, not a crash
    assert (tmp_path / "out" / "batch-report.pdf").read_bytes().startswith(b"%PDF")
