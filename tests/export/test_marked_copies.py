"""Marked-up copies (.docx, one per readout): read back with python-docx, the full text kept, statements
shaded by status, the differing words marked, annotations as Word comments; a hostile readout; the CLI."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import uuid
import zipfile
from pathlib import Path

import docx
import pytest
from conftest import SAMPLES
from docx.oxml.ns import qn

from desktop_app import cli
from desktop_app.core.annotations import (
    DEFAULT_CODEBOOK,
    Anchor,
    Annotation,
    Tag,
    annotate_link,
    annotate_statement,
    annotate_text,
)
from desktop_app.core.compare.comparison import SIDES, Comparison, compare
from desktop_app.core.documents import document_from_text, load_document
from desktop_app.core.report.build import build_report
from desktop_app.core.report.docx import HEADING_PARAGRAPHS, SHADES, marked_copy, marked_paths
from desktop_app.export import files

DEMO = [str(SAMPLES / "demo-kr.txt"), str(SAMPLES / "demo-cn.txt")]
LABELS = {"left": "Korean side", "right": "Chinese side"}
FILL_STATUS = {fill: status for status, fill in SHADES.items()}


def open_docx(payload: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(payload))


def body_text(document: docx.document.Document) -> str:
    """The readout's text as the copy holds it: every paragraph after the heading, one per line."""
    return "\n".join(p.text for p in document.paragraphs[HEADING_PARAGRAPHS:])


def characters(document: docx.document.Document) -> list[tuple[str, str | None, bool]]:
    """Each character of the body with its run's status (from the shading) and whether it is marked."""
    found = []
    for number, paragraph in enumerate(document.paragraphs[HEADING_PARAGRAPHS:]):
        if number:
            found.append(("\n", None, False))
        for run in paragraph.runs:
            rpr = run._r.rPr
            shd = rpr.find(qn("w:shd")) if rpr is not None else None
            status = FILL_STATUS[shd.get(qn("w:fill"))] if shd is not None else None
            found.extend((c, status, bool(run.bold and run.underline)) for c in run.text)
    return found


def commented(document: docx.document.Document) -> dict[str, str]:
    """Each comment's text → the text its range covers in the document."""
    texts = {c.comment_id: c.text for c in document.comments}
    covered: dict[int, list[str]] = {}
    open_ids: set[int] = set()
    for element in document.element.body.iter():
        if element.tag == qn("w:commentRangeStart"):
            open_ids.add(int(element.get(qn("w:id"))))
            covered.setdefault(int(element.get(qn("w:id"))), [])
        elif element.tag == qn("w:commentRangeEnd"):
            open_ids.discard(int(element.get(qn("w:id"))))
        elif element.tag == qn("w:t"):
            for number in open_ids:
                covered[number].append(element.text or "")
    return {texts[number]: "".join(parts) for number, parts in covered.items()}


def copy_of(comparison: Comparison, side: str, annotations: list[Annotation] = (),  # type: ignore[assignment]
            codebook: list[Tag] | tuple[Tag, ...] = DEFAULT_CODEBOOK) -> docx.document.Document:
    return open_docx(marked_copy(comparison, side, title="A meeting", labels=LABELS,  # type: ignore[arg-type]
                                 codebook=codebook, annotations=annotations))


@pytest.mark.parametrize("side", SIDES)
def test_the_copy_holds_the_full_text_with_each_statement_shaded_by_status(demo: Comparison, side: str) -> None:
    document = demo.document(side)  # type: ignore[arg-type]
    copy = copy_of(demo, side)
    assert body_text(copy) == document.text
    shown = characters(copy)
    assert "".join(c for c, _, _ in shown) == document.text
    linked = {i: link.status for link in demo.links for i in getattr(link, side)}
    one_sided = set(demo.one_sided(side))  # type: ignore[arg-type]
    for statement in document.statements:
        want = linked.get(statement.index) or ("one-sided" if statement.index in one_sided else None)
        assert {status for _, status, _ in shown[statement.start:statement.end]} == {want}
    inside = {i for s in document.statements for i in range(s.start, s.end)}
    assert all(shown[i][1] is None for i in range(len(shown)) if i not in inside)
    assert {"agree", "differ", "one-sided"} <= {status for _, status, _ in shown}


@pytest.mark.parametrize("side", SIDES)
def test_the_differing_words_are_bold_and_underlined(demo: Comparison, side: str) -> None:
    shown = characters(copy_of(demo, side))
    spans = [span for link in demo.links for span in link.differences[side]]  # type: ignore[index]
    assert spans
    for start, end in spans:
        assert all(marked for _, _, marked in shown[start:end])
    marked_words = {i for i, (_, _, marked) in enumerate(shown) if marked}
    assert len(marked_words) < len(shown) / 2  # words, not the whole text


def test_annotations_are_word_comments_on_their_passages(demo: Comparison) -> None:
    documents = {"left": demo.left, "right": demo.right}
    link = next(link for link in demo.links if len(link.left) == 1)  # one commented passage on the left
    statement = demo.left.statements[2]
    notes = [annotate_statement(demo.left, "left", 0, "omission", "Missing on the other side"),
             annotate_text(demo.left, "left", statement.start + 3, statement.start + 15, "softened", ""),
             annotate_link(documents, list(link.left), list(link.right), "attribution-shift", "Who said it"),
             Annotation("text", [Anchor("left", 0, 0, "a passage long gone")], "translation", "Gone",
                        orphaned=True)]
    comments = commented(copy_of(demo, "left", notes))
    assert comments["Omission: Missing on the other side"] == demo.left.statements[0].text
    assert comments["Softened wording"] == demo.left.text[statement.start + 3:statement.start + 15]
    assert comments["Attribution shift: Who said it"] == demo.left.statements[link.left[0]].text.replace("\n", "")
    orphan = next(text for text in comments if text.startswith("Orphaned annotation"))
    assert "Number" not in orphan and "Translation issue: Gone" in orphan and "a passage long gone" in orphan
    right = commented(copy_of(demo, "right", notes))
    assert set(right) == {"Attribution shift: Who said it"}  # each copy has its own side's annotations


HOSTILE = ("<w:t>x</w:t> the two sides agreed to <b>expand</b> trade &amp; =cmd|' /C calc'!A0 ministers.\r\n\n"
           "]]><!-- both ministers agreed to meet again in the coming year. \x01\x0b\ufffe\n")


def test_a_hostile_readout_stays_text(tmp_path: Path) -> None:
    left = document_from_text(HOSTILE, "kr.txt")
    right = document_from_text(HOSTILE.replace("expand", "widen"), "cn.txt")
    comparison = compare(left, right)
    evil = [Tag("evil", "<w:b/>=EVIL()", "#000000"), *DEFAULT_CODEBOOK]
    notes = [annotate_statement(left, "left", 0, "evil", "</w:t><script>&")]
    copy = copy_of(comparison, "left", notes, evil)
    text = body_text(copy)
    assert len(text) == len(left.text)  # one for one: what XML cannot carry became U+FFFD
    assert "<w:t>x</w:t>" in text and "<b>expand</b>" in text and "&amp;" in text and "]]><!--" in text
    assert all(c == o or c == "\ufffd" for c, o in zip(text, left.text, strict=True))
    assert "<w:b/>=EVIL(): </w:t><script>&" in commented(copy)


def test_marked_paths_name_each_readout_by_its_side() -> None:
    path = Path("out/marked.docx")
    assert marked_paths(path, {"left": "KR", "right": "CN"}) == {
        "left": Path("out/marked.kr.docx"), "right": Path("out/marked.cn.docx")}
    assert marked_paths(path, {"left": "CN", "right": "KR"})["left"] == Path("out/marked.cn.docx")
    assert marked_paths(Path("marked"), {"left": "KR", "right": "unknown"}) == {
        "left": Path("marked.left.docx"), "right": Path("marked.right.docx")}
    assert marked_paths(path, {"left": "KR", "right": "KR"})["right"] == Path("out/marked.right.docx")


def test_render_refuses_the_per_readout_format(demo: Comparison) -> None:
    with pytest.raises(ValueError, match="one file per readout"):
        files.render(build_report(demo), "docx")


# ---------------------------------------------------------------------------------------- command line


def test_compare_writes_a_copy_of_each_readout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["compare", *DEMO, "-o", str(tmp_path / "marked.docx")]) == 0
    assert str(tmp_path / "marked.kr.docx") in capsys.readouterr().err
    for code, name in (("kr", "demo-kr.txt"), ("cn", "demo-cn.txt")):
        copy = docx.Document(str(tmp_path / f"marked.{code}.docx"))
        assert body_text(copy) == load_document(SAMPLES / name).text
    assert not (tmp_path / "marked.docx").exists()
    assert cli.main(["compare", *DEMO, "--format", "docx", "-q", "-o", str(tmp_path / "plain")]) == 0
    assert (tmp_path / "plain.kr.docx").is_file() and capsys.readouterr().err == ""
    assert cli.main(["compare", *DEMO, "--format", "docx"]) == 2  # never to the terminal
    assert "needs an output file" in capsys.readouterr().err
    assert cli.main(["compare", *DEMO, "-o", str(tmp_path / "missing" / "x.docx")]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_report_writes_a_projects_annotations_as_comments(tmp_path: Path, demo: Comparison) -> None:
    from desktop_app.core.project.file import Project, save_project

    project = Project(demo, codebook=[*DEFAULT_CODEBOOK, Tag("tone", "Tone", "#123456")],
                      annotations=[annotate_statement(demo.left, "left", 1, "tone", "Warmer here")])
    save_project(project, tmp_path / "work.parallax")
    assert cli.main(["report", str(tmp_path / "work.parallax"), "-o", str(tmp_path / "work.docx")]) == 0
    comments = commented(docx.Document(str(tmp_path / "work.kr.docx")))
    assert comments == {"Tone: Warmer here": demo.left.statements[1].text.replace("\n", "")}
    assert not list(docx.Document(str(tmp_path / "work.cn.docx")).comments)


def test_batch_writes_marked_copies(tmp_path: Path) -> None:
    pair = tmp_path / "pairs" / "demo"
    pair.mkdir(parents=True)
    for source, name in ((SAMPLES / "demo-kr.txt", "kr.txt"), (SAMPLES / "demo-cn.txt", "cn.txt")):
        (pair / name).write_bytes(source.read_bytes())
    assert cli.main(["batch", str(tmp_path / "pairs"), "-o", str(tmp_path / "out"), "--format", "docx"]) == 0
    assert {p.name for p in (tmp_path / "out" / "demo").iterdir()} == {"report.kr.docx", "report.cn.docx"}


@pytest.mark.parametrize("side", SIDES)
def test_across_languages_the_words_a_verdict_cites_are_marked(ko_zh: Comparison, side: str) -> None:
    document = ko_zh.document(side)  # type: ignore[arg-type]
    shown = characters(copy_of(ko_zh, side))
    assert "".join(c for c, _, _ in shown) == document.text
    marked = [i for i, (_, _, mark) in enumerate(shown) if mark]
    assert marked  # the other language's words never match, but figures and one side's topics do
    linked = {i for link in ko_zh.links for s in getattr(link, side)
              for i in range(document.statements[s].start, document.statements[s].end)}
    assert set(marked) <= linked


# ------------------------------------------------------------------------------------------------ PDF


def test_the_pdf_copies_hold_the_text_and_the_notes_in_the_margin(tmp_path: Path, demo: Comparison,
                                                                  qapp: object) -> None:
    import pypdf

    from desktop_app.core.project.file import Project, save_project

    project = Project(demo, annotations=[annotate_statement(demo.left, "left", 1, "omission", "Not said there")])
    save_project(project, tmp_path / "work.parallax")
    assert cli.main(["report", str(tmp_path / "work.parallax"), "--format", "marked-pdf", "-q",
                     "-o", str(tmp_path / "work.pdf")]) == 0
    assert sorted(p.name for p in tmp_path.glob("work.*.pdf")) == ["work.cn.pdf", "work.kr.pdf"]
    pages = pypdf.PdfReader(tmp_path / "work.kr.pdf").pages
    left = " ".join(" ".join(page.extract_text().split()) for page in pages)
    assert "[1] Omission: Not said there" in left and "Seo Ha-neul" in left
    right = " ".join(page.extract_text() for page in pypdf.PdfReader(tmp_path / "work.cn.pdf").pages)
    assert "Omission" not in right


def test_the_pdf_copy_of_a_hostile_readout_shows_its_markup_as_text(qapp: object) -> None:
    import pypdf

    from desktop_app.core.report.docx import marked_html
    from desktop_app.export.marked_pdf import html_to_pdf

    comparison = compare(document_from_text(HOSTILE, "kr.txt"), document_from_text(HOSTILE, "cn.txt"))
    html = marked_html(comparison, "left", title="<i>t</i>", labels=LABELS)
    assert "<b>expand</b>" not in html and "&lt;b&gt;expand&lt;/b&gt;" in html
    pdf = html_to_pdf(html, "t")
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert "<b>expand</b>" in "".join(text.split())


def test_the_pdf_copy_has_the_reports_running_header_and_page_numbers(demo: Comparison, qapp: object) -> None:
    import pypdf

    from desktop_app.export.marked_pdf import marked_pdf

    pdf = marked_pdf(demo, "left", title="Busan talks", labels=LABELS, names={"left": "kr.txt", "right": "cn.txt"})
    pages = [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]
    assert len(pages) >= 2
    for number, text in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in text
    # Above every page after the first (whose heading says the same): the meeting and which readout.
    assert all("Busan talks" in text and "Korean side's readout (kr.txt) · Parallax" in text for text in pages[1:])


# ------------------------------------------------------------------------------------- the CJK font

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _font_part(payload: bytes) -> tuple[bytes, str, bytes, bytes]:
    """The embedded font part, its key in the font table, the font table and the settings."""
    with zipfile.ZipFile(io.BytesIO(payload)) as package:
        fonts = [name for name in package.namelist() if name.startswith("word/fonts/")]
        assert len(fonts) == 1
        table = package.read("word/fontTable.xml")
        key = re.search(rb'w:fontKey="(\{[0-9A-F-]{36}\})"', table)
        assert key is not None
        return package.read(fonts[0]), key[1].decode(), table, package.read("word/settings.xml")


def test_a_korean_or_chinese_copy_embeds_the_cjk_font_word_style(ko_zh: Comparison) -> None:
    from fontTools.ttLib import TTFont

    from desktop_app.core.report.docx_font import FONT_NAME, obfuscate

    payload = marked_copy(ko_zh, "right", title="会谈", labels=LABELS)
    part, key, table, settings = _font_part(payload)
    assert b"<w:embedTrueTypeFonts/>" in settings
    assert f'w:name="{FONT_NAME}"'.encode() in table and b"w:embedRegular" in table
    assert part[:4] != b"\x00\x01\x00\x00"  # obfuscated: not a TrueType header as it stands
    font = TTFont(io.BytesIO(obfuscate(part, uuid.UUID(key))))  # the key undoes it
    assert font["name"].getDebugName(1) == FONT_NAME
    cmap = font.getBestCmap()
    text = ko_zh.right.text
    assert all(ord(c) in cmap for c in set(text) if "\u4e00" <= c <= "\u9fff")  # every Han character …
    assert len(cmap) < 2 * len(set(text + "会谈")) + 100 and len(part) < 400_000  # … and little else
    styles = open_docx(payload).styles.element
    defaults = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:rFonts"))
    assert defaults.get(qn("w:eastAsia")) == FONT_NAME
    heading = open_docx(payload).styles["Heading 1"].element.rPr.rFonts
    assert heading.get(qn("w:eastAsia")) == FONT_NAME and heading.get(qn("w:eastAsiaTheme")) is None


def test_an_english_copy_carries_no_font(demo: Comparison) -> None:
    with zipfile.ZipFile(io.BytesIO(marked_copy(demo, "left", title="t", labels=LABELS))) as package:
        assert not any(name.startswith("word/fonts/") for name in package.namelist())


@pytest.mark.skipif(SOFFICE is None or shutil.which("pdffonts") is None,
                    reason="needs LibreOffice (soffice) and poppler's pdffonts to open the copy as a reader would")
def test_libreoffice_sets_the_korean_copy_in_the_embedded_font(ko_zh: Comparison, tmp_path: Path) -> None:
    copy = tmp_path / "copy.docx"
    copy.write_bytes(marked_copy(ko_zh, "left", title="회담", labels=LABELS))
    profile = (tmp_path / "profile").as_uri()  # its own profile: no clash with a running LibreOffice
    subprocess.run([str(SOFFICE), f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(copy)], check=True, capture_output=True, timeout=180)
    fonts = subprocess.run(["pdffonts", str(tmp_path / "copy.pdf")], check=True, capture_output=True,
                           text=True).stdout
    assert "WenQuanYiMicroHei" in fonts
    text = subprocess.run(["pdftotext", str(tmp_path / "copy.pdf"), "-"], capture_output=True, text=True).stdout
    assert "윤서진" in text
