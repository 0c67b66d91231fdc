"""The PDF report: pages, header and page numbers, paper sizes, embedded fonts, and text that extracts as
exactly the readouts' characters (English, Korean, Chinese), checked with pypdf and, where installed,
poppler's pdftotext and pdffonts."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pypdf
import pytest
from conftest import FIXTURES

from desktop_app.core.compare.comparison import SIDES, Comparison
from desktop_app.core.report.build import build_report
from desktop_app.core.report.model import Report

KO_ZH = FIXTURES / "corpus" / "ko-zh-trade-2029"
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftotext, pdffonts) is not installed",
)
KANGXI = re.compile(r"[\u2e80-\u2eff\u2f00-\u2fdf]")  # radicals Qt + Noto CJK extract instead of ideographs




@pytest.fixture
def write(qapp: Any, tmp_path: Path):  # type: ignore[no-untyped-def]
    from desktop_app.export.pdf import write_pdf

    def _write(report: Report, name: str = "report.pdf", **options: Any) -> Path:
        path = tmp_path / name
        write_pdf(report, path, **options)
        return path

    return _write


def pypdf_text(path: Path) -> list[str]:
    """Each page's text in drawing order, without what is drawn off the page (nothing a reader sees)."""
    pages = []
    for page in pypdf.PdfReader(path).pages:
        height = float(page.mediabox.height)
        parts: list[str] = []

        def keep(text: str, cm: list[float], tm: list[float], *_: Any, parts: list[str] = parts,
                 height: float = height) -> None:
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            if 0 <= y <= height:
                parts.append(text)

        page.extract_text(visitor_text=keep)
        pages.append("".join(parts))
    return pages


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def assert_quoted(statement: str, extracted: str) -> None:
    """The statement's characters appear in order in the extraction: whole, or split once where a table
    row runs on to the next page (the other column's lines come between)."""
    target = squeeze(statement)
    if target in extracted:
        return
    splits = [k for k in range(1, len(target)) if target[:k] in extracted and target[k:] in extracted]
    assert splits, f"not in the PDF's text: {statement}"


def test_a_pdf_of_the_demo_pair_with_header_and_page_numbers(demo: Comparison, write: Any) -> None:
    report = build_report(demo)
    path = write(report)
    reader = pypdf.PdfReader(path)
    pages = pypdf_text(path)
    assert len(reader.pages) >= 4
    assert reader.metadata.title == report.cover.title
    assert reader.metadata.creator.startswith("Parallax")
    total = len(pages)
    for number, text in enumerate(pages, 1):
        assert squeeze(f"Page {number} of {total}") in squeeze(text)
        if number > 1:  # the running header, on every page but the cover
            assert squeeze("Korea–China foreign ministers' meeting, Busan, 18 June 2029") in squeeze(text)
    first = squeeze(pages[0])
    for words in ("Sources", "Korean side", "Chinese side", "18 June 2029", "Seo Ha-neul"):
        assert squeeze(words) in first
    assert "demo-kr.txt" not in first  # file names and paths only in the appendix
    assert squeeze("Key findings") in squeeze(pages[1])  # the page after the cover
    everything = "".join(squeeze(p) for p in pages)
    for words in ("Topic coverage", "Linked statements by topic", "What only one side said"):
        assert squeeze(words) in everything


def test_english_statements_extract_exactly(demo: Comparison, write: Any) -> None:
    report = build_report(demo)
    extracted = "".join(squeeze(p) for p in pypdf_text(write(report)))
    for side in SIDES:
        for statement in demo.document(side).statements:
            assert_quoted(statement.clean_text.removeprefix("o "), extracted)
    assert "\ufb01" not in extracted and "\ufb00" not in extracted  # "fi", "ff" as letters, not ligatures


def test_korean_and_chinese_extract_exactly(ko_zh: Comparison, write: Any) -> None:
    path = write(build_report(ko_zh))
    extracted = "".join(squeeze(p) for p in pypdf_text(path))
    for side in SIDES:
        for statement in ko_zh.document(side).statements:
            assert_quoted(statement.text, extracted)
    assert "人" in extracted  # 人工智能: U+4EBA, not the Kangxi radical U+2F08
    assert not KANGXI.search(extracted)


@needs_poppler
def test_pdftotext_gives_back_the_source_characters(ko_zh: Comparison, write: Any) -> None:
    path = write(build_report(ko_zh, include_texts=True))
    run = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    text = run.stdout.decode("utf-8")
    assert "\u4eba" in text and not KANGXI.search(text)
    extracted = squeeze(text)
    for side in SIDES:
        for statement in ko_zh.document(side).statements:
            assert_quoted(statement.text, extracted)
    # The appendix: every line of both readouts, in full.
    for name in ("kr.txt", "cn.txt"):
        for line in (KO_ZH / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                assert squeeze(line) in extracted, line


@needs_poppler
def test_no_text_is_extracted_twice_at_a_page_break(ko_zh: Comparison, write: Any) -> None:
    """Qt draws the last line above each page's clip as well; it must land off the sheet, unseen."""
    report = build_report(ko_zh, include_texts=True)
    path = write(report)
    run = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    pages = run.stdout.decode("utf-8").split("\f")
    for before, after in zip(pages, pages[1:], strict=False):
        tail = [line for line in before.splitlines() if line.strip()][:-3]  # less header, footer
        head = [line for line in after.splitlines() if line.strip()]
        if tail and head:
            assert tail[-1] not in head[:2], (tail[-1], head[:2])


def test_fonts_are_embedded(ko_zh: Comparison, write: Any) -> None:
    reader = pypdf.PdfReader(write(build_report(ko_zh)))
    fonts: dict[str, Any] = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[str(font["/BaseFont"])] = font
    assert any("WenQuanYi" in name for name in fonts), list(fonts)
    for name, font in fonts.items():
        descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        descriptor = descendant["/FontDescriptor"].get_object()
        assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")), name
        assert "/ToUnicode" in font, name  # what makes text extract as characters


@needs_poppler
def test_pdffonts_lists_every_font_embedded_with_unicode(ko_zh: Comparison, write: Any) -> None:
    path = write(build_report(ko_zh))
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()
    rows = [line.split() for line in lines[2:] if line.strip()]
    assert any(row[0].startswith("WenQuanYi") for row in rows)
    for row in rows:
        emb, _sub, uni = row[-5], row[-4], row[-3]
        assert (emb, uni) == ("yes", "yes"), row


def test_paper_sizes_and_appendix(demo: Comparison, write: Any) -> None:
    report = build_report(demo)
    a4 = pypdf.PdfReader(write(report, "a4.pdf"))
    letter = pypdf.PdfReader(write(report, "letter.pdf", paper="Letter"))
    with_texts = pypdf.PdfReader(write(report, "texts.pdf", include_texts=True))
    assert [round(float(v)) for v in a4.pages[0].mediabox[2:]] == [595, 842]
    assert [round(float(v)) for v in letter.pages[0].mediabox[2:]] == [612, 792]
    assert len(with_texts.pages) > len(a4.pages)
    assert "Appendix" in "".join(page.extract_text() for page in with_texts.pages)


def test_progress_and_errors(demo: Comparison, write: Any, tmp_path: Path) -> None:
    from desktop_app.export.pdf import write_pdf

    report = build_report(demo)
    seen: list[tuple[int, int]] = []
    pages = write_pdf(report, tmp_path / "p.pdf", progress=lambda done, total: seen.append((done, total)))
    assert seen == [(n, pages) for n in range(1, pages + 1)]
    with pytest.raises(ValueError, match="paper"):
        write_pdf(report, tmp_path / "x.pdf", paper="A3")  # type: ignore[arg-type]
    with pytest.raises(OSError):
        write_pdf(report, tmp_path / "no" / "such" / "folder" / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("pair", ["demo", "ko_zh"])
def test_no_statement_is_cut_across_pages(pair: str, request: pytest.FixtureRequest, write: Any) -> None:
    """Each link and each one-sided statement is a table kept whole on one page: every statement's text
    extracts whole from a single page (the key findings quote some, cut short, on another)."""
    comparison: Comparison = request.getfixturevalue(pair)
    pages = [squeeze(text) for text in pypdf_text(write(build_report(comparison)))]
    for side in SIDES:
        for statement in comparison.document(side).statements:
            text = squeeze(statement.clean_text.removeprefix("o "))
            assert any(text in page for page in pages), f"cut across pages: {statement.clean_text}"


def test_no_page_is_a_scrap(demo: Comparison, ko_zh: Comparison, write: Any) -> None:
    """No page holds only a line or a row: every page but the last carries a fair share of text."""
    for comparison in (demo, ko_zh):
        pages = pypdf_text(write(build_report(comparison)))
        for number, text in enumerate(pages[:-1], 1):
            body = squeeze(text)
            assert len(body) > 400, f"page {number} is nearly empty: {text[:200]}"
