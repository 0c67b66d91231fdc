"""REFI-QDA: codebooks (.qdc) written, read back and merged; projects (.qdpx) read back with zipfile and
ElementTree against the standard's structure, and with pyrefiqda (models generated from the standard's
schemas) as an independent reader; damaged and hostile codebooks refused in one line."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from xml.etree import ElementTree as ET

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
from desktop_app.core.project.file import Project, load_project, save_project
from desktop_app.core.report.build import build_report, report_annotations
from desktop_app.core.report.model import Report
from desktop_app.core.report.refiqda import (
    CODEBOOK_NS,
    MAX_CODES,
    PROJECT_NS,
    QDE_NAME,
    ImportedCode,
    QdaError,
    codebook_to_qdc,
    load_qdc,
    merge_codebook,
    project_to_qdpx,
    read_qdc,
)

GUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
DATETIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
P, C = f"{{{PROJECT_NS}}}", f"{{{CODEBOOK_NS}}}"
# The order of the Project element's children in the REFI-QDA project schema (Project-mexml 1.0).
PROJECT_ORDER = ["Users", "CodeBook", "Variables", "Cases", "Sources", "Notes", "Links", "Sets", "Graphs",
                 "Description", "NoteRef"]
WHEN = datetime(2029, 6, 18, 9, 30, tzinfo=UTC)
DEMO = [str(SAMPLES / "demo-kr.txt"), str(SAMPLES / "demo-cn.txt")]


def annotations_on(comparison: Comparison) -> list[Annotation]:
    documents = {"left": comparison.left, "right": comparison.right}
    link = next(link for link in comparison.links if len(link.left) == len(link.right) == 1)  # a passage a side
    start = comparison.right.statements[1].start
    return [annotate_statement(comparison.left, "left", 0, "omission", "Missing on the other side"),
            annotate_text(comparison.right, "right", start + 4, start + 20, "softened", ""),
            annotate_link(documents, list(link.left), list(link.right), "attribution-shift", "Who said it")]


def report_of(comparison: Comparison, annotations: list[Annotation],
              codebook: list[Tag] | tuple[Tag, ...] = DEFAULT_CODEBOOK) -> Report:
    return build_report(comparison, generated=WHEN,
                        annotations=report_annotations(comparison, annotations, codebook))


def unzip(payload: bytes) -> tuple[ET.Element, dict[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(payload)) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    return ET.fromstring(files[QDE_NAME]), files


# ============================================================================================ codebook


def test_a_codebook_round_trips_through_qdc() -> None:
    mine = [*DEFAULT_CODEBOOK, Tag("tone", "Tone & <register>", "#123abc")]
    payload = codebook_to_qdc(mine)
    root = ET.fromstring(payload)
    assert root.tag == f"{C}CodeBook" and root.get("origin", "").startswith("Parallax")
    codes = root.findall(f"{C}Codes/{C}Code")
    assert [c.get("name") for c in codes] == [t.name for t in mine]
    for code in codes:
        assert GUID.fullmatch(code.get("guid", "")) and code.get("isCodable") == "true"
        assert re.fullmatch(r"#[0-9A-F]{6}", code.get("color", ""))
    assert len({c.get("guid") for c in codes}) == len(codes)
    read = read_qdc(payload)
    assert [(c.name, c.colour) for c in read] == [(t.name, t.colour.upper()) for t in mine]
    merged = merge_codebook(DEFAULT_CODEBOOK, read)
    assert [t.name for t in merged.added] == ["Tone & <register>"] and merged.added[0].colour == "#123ABC"
    assert len(merged.present) == len(DEFAULT_CODEBOOK)
    assert codebook_to_qdc(mine) == payload  # stable GUIDs: the same codebook gives the same file


def test_importing_merges_by_name_and_says_what_it_added() -> None:
    # As other tools write codebooks: a declaration, descriptions, nested and grouping codes, sets.
    other = b"""<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Another QDA tool">
  <Codes>
    <Code guid="11111111-1111-1111-1111-111111111111" name="OMISSION" isCodable="true" color="#FF0000">
      <Description>Something left out</Description>
    </Code>
    <Code guid="22222222-2222-2222-2222-222222222222" name="Framing" isCodable="false">
      <Code guid="33333333-3333-3333-3333-333333333333" name="Security  frame" isCodable="true" color="#0f0"/>
      <Code guid="44444444-4444-4444-4444-444444444444" name="Economic frame" isCodable="true" color="bad"/>
    </Code>
    <Code guid="55555555-5555-5555-5555-555555555555" name="Hedging" isCodable="true"/>
    <Code guid="66666666-6666-6666-6666-666666666666" name="hedging" isCodable="true"/>
    <Code guid="77777777-7777-7777-7777-777777777777" name=" " isCodable="true"/>
  </Codes>
  <Sets><Set guid="88888888-8888-8888-8888-888888888888" name="A set">
    <MemberCode guid="55555555-5555-5555-5555-555555555555"/></Set></Sets>
</CodeBook>"""
    codes = read_qdc(other, "team.qdc")
    assert [c.name for c in codes] == ["OMISSION", "Framing / Security frame", "Framing / Economic frame",
                                       "Hedging", "hedging", ""]
    merged = merge_codebook(DEFAULT_CODEBOOK, codes)
    assert [(t.id, t.name) for t in merged.added] == [("framing-security-frame", "Framing / Security frame"),
                                                      ("framing-economic-frame", "Framing / Economic frame"),
                                                      ("hedging", "Hedging")]
    assert merged.added[0].colour == "#00FF00"
    assert merged.added[1].colour != merged.added[2].colour  # spare colours, not the broken "bad"
    assert merged.present == ["OMISSION"]
    assert merged.codebook[:len(DEFAULT_CODEBOOK)] == list(DEFAULT_CODEBOOK)  # kept as they were
    summary = merged.summary("team.qdc")
    assert summary.startswith("Added 3 tags from team.qdc: “Framing / Security frame”")
    assert "1 tag was already in the codebook" in summary and "1 code without a name" in summary
    assert "\n" not in summary
    nothing = merge_codebook(merged.codebook, codes)
    assert not nothing.added and nothing.summary("team.qdc").startswith("No new tags in team.qdc.")


def test_new_ids_avoid_reserved_ones() -> None:
    merged = merge_codebook([Tag("a", "A", "#000000")], [ImportedCode("Tone", None)], reserved={"tone"})
    assert merged.added[0].id == "tone-2"


def test_a_project_qde_gives_its_codebook() -> None:
    comparison = compare(document_from_text("The two sides agreed to expand trade.\n", "kr.txt"),
                         document_from_text("Both sides agreed to expand trade.\n", "cn.txt"))
    _, files = unzip(project_to_qdpx(build_report(comparison), DEFAULT_CODEBOOK))
    assert [c.name for c in read_qdc(files[QDE_NAME])] == [t.name for t in DEFAULT_CODEBOOK]


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE CodeBook [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="x" name="&c;" isCodable="true"/></Codes></CodeBook>"""
EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE CodeBook [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="x" name="&secret;" isCodable="true"/></Codes></CodeBook>"""
DAMAGED = {
    "empty": (b"", "empty"),
    "cut short": (codebook_to_qdc(DEFAULT_CODEBOOK)[:180], "XML is broken"),
    "a web page": (b"<html><body><p>not a codebook</p></body></html>", "root element is <html>"),
    "a project of another standard": (b'<CodeBook xmlns="urn:other"><Codes/></CodeBook>', "not a REFI-QDA codebook"),
    "no codes": (b'<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/>', "no <Codes>"),
    "entities": (BILLION_LAUGHS, "refused"),
    "an external entity": (EXTERNAL, "refused"),
    "binary": (bytes(range(256)) * 4, "XML is broken"),
    "too many codes": (b'<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>'
                       + b'<Code guid="g" name="c" isCodable="true"/>' * (MAX_CODES + 1) + b"</Codes></CodeBook>",
                       "more than"),
    "too deep": (b'<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>' + b'<Code name="c">' * 80
                 + b"</Code>" * 80 + b"</Codes></CodeBook>", "nested"),
}


@pytest.mark.parametrize("case", sorted(DAMAGED))
def test_a_damaged_codebook_is_refused_in_one_line(case: str, tmp_path: Path) -> None:
    payload, words = DAMAGED[case]
    path = tmp_path / "team.qdc"
    path.write_bytes(payload)
    with pytest.raises(QdaError) as refused:
        load_qdc(path)
    message = str(refused.value)
    assert message.startswith("team.qdc: ") and words in message and "\n" not in message
    assert "/etc/passwd" not in message and "root:" not in message


def test_unreadable_codebook_files_are_refused_in_one_line(tmp_path: Path) -> None:
    for path, words in ((tmp_path / "missing.qdc", "cannot read it"), (tmp_path, "cannot read it")):
        with pytest.raises(QdaError, match=words):
            load_qdc(path)
    big = tmp_path / "big.qdc"
    big.write_bytes(b" " * 5_000_001)
    with pytest.raises(QdaError, match="too large"):
        load_qdc(big)


# ============================================================================================= project


def test_the_qdpx_has_the_standards_structure(demo: Comparison) -> None:
    annotations = annotations_on(demo)
    report = report_of(demo, annotations)
    names = [f"{report.sources[side].heading} – {report.sources[side].name}" for side in ("left", "right")]
    root, files = unzip(project_to_qdpx(report, DEFAULT_CODEBOOK, annotations))
    assert root.tag == f"{P}Project" and root.get("name") == report.cover.title
    assert root.get("origin", "").startswith("Parallax")
    children = [child.tag.removeprefix(P) for child in root]
    assert children == [name for name in PROJECT_ORDER if name in children]  # the schema's order
    assert {"Users", "CodeBook", "Sources", "Notes"} <= set(children)
    guids = [e.get("guid") for e in root.iter() if "guid" in e.attrib]
    assert all(GUID.fullmatch(g or "") for g in guids) and len(set(guids)) == len(guids)
    users = {u.get("guid") for u in root.iter(f"{P}User")}
    for element in root.iter():
        if "creatingUser" in element.attrib:
            assert element.get("creatingUser") in users
        for attribute in ("creationDateTime", "modifiedDateTime"):
            if attribute in element.attrib:
                assert DATETIME.fullmatch(element.get(attribute, ""))
    codes = {c.get("guid"): c.get("name") for c in root.iter(f"{P}Code")}
    assert list(codes.values()) == [t.name for t in DEFAULT_CODEBOOK]
    assert all(c.get("isCodable") == "true" for c in root.iter(f"{P}Code"))
    notes = {n.get("guid"): n.findtext(f"{P}PlainTextContent") for n in root.iter(f"{P}Note")}

    sources = root.findall(f"{P}Sources/{P}TextSource")
    assert [s.get("name") for s in sources] == names  # "Korean side – demo-kr.txt", …
    found = []
    for source, document in zip(sources, (demo.left, demo.right), strict=True):
        path = source.get("plainTextPath", "")
        assert path == f"internal://{source.get('guid')}.txt"
        text = files[f"sources/{source.get('guid')}.txt"].decode("utf-8")
        assert text == document.text and not text.startswith("\ufeff")
        assert [c.tag.removeprefix(P) for c in source][:1] == ["Description"]
        for selection in source.findall(f"{P}PlainTextSelection"):
            start, end = int(selection.get("startPosition", -1)), int(selection.get("endPosition", -1))
            code = selection.find(f"{P}Coding/{P}CodeRef").get("targetGUID")  # type: ignore[union-attr]
            note = selection.find(f"{P}NoteRef")
            order = [c.tag.removeprefix(P) for c in selection]
            assert order == sorted(order, key=["Description", "Coding", "NoteRef"].index)
            found.append((text[start:end], codes[code], notes[note.get("targetGUID")] if note is not None else None,
                          selection.findtext(f"{P}Description")))
    expected = [(anchor.quote, {t.id: t.name for t in DEFAULT_CODEBOOK}[a.tag], a.note or None, a.note or None)
                for a in annotations for anchor in a.anchors]
    assert sorted(found) == sorted(expected)
    assert len(files) == 3  # the .qde and the two texts


def test_an_independent_reader_reads_the_project(demo: Comparison, tmp_path: Path) -> None:
    pyrefiqda = pytest.importorskip("pyrefiqda")
    annotations = annotations_on(demo)
    path = tmp_path / "work.qdpx"
    report = report_of(demo, annotations)
    names = [f"{report.sources[side].heading} – {report.sources[side].name}" for side in ("left", "right")]
    path.write_bytes(project_to_qdpx(report, DEFAULT_CODEBOOK, annotations))
    project = pyrefiqda.RefiProject.load(path, extract_dir=str(tmp_path / "unpacked"))
    assert [c.name for c in project.code_book.codes.code] == [t.name for t in DEFAULT_CODEBOOK]
    texts = {}
    for source in project.sources.text_source:
        local = pyrefiqda.RefiProject.resolve_source_path(source.plain_text_path, tmp_path / "unpacked")
        texts[source.name] = local.read_text(encoding="utf-8")
    assert texts == {names[0]: demo.left.text, names[1]: demo.right.text}
    selections = [(source.name, s) for source in project.sources.text_source for s in source.plain_text_selection]
    assert len(selections) == sum(len(a.anchors) for a in annotations)
    quotes = sorted(texts[name][s.start_position:s.end_position] for name, s in selections)
    assert quotes == sorted(anchor.quote for a in annotations for anchor in a.anchors)
    assert {n.plain_text_content for n in project.notes.note} == {"Missing on the other side", "Who said it"}


def test_an_independent_reader_reads_the_codebook(tmp_path: Path) -> None:
    pyrefiqda = pytest.importorskip("pyrefiqda")
    path = tmp_path / "codes.qdc"
    path.write_bytes(codebook_to_qdc([*DEFAULT_CODEBOOK, Tag("tone", "Tone", "#123456")]))
    codebook = pyrefiqda.RefiCodebook.load(path)
    assert [(c.name, c.color, c.is_codable) for c in codebook.codes.code][-1] == ("Tone", "#123456", True)


def test_orphaned_annotations_become_project_notes(demo: Comparison) -> None:
    orphan = annotate_statement(demo.left, "left", 3, "omission", "was here")
    orphan.orphaned = True
    root, _ = unzip(project_to_qdpx(report_of(demo, [orphan]), DEFAULT_CODEBOOK, [orphan]))
    assert not list(root.iter(f"{P}PlainTextSelection"))
    (note,) = root.iter(f"{P}Note")
    content = note.findtext(f"{P}PlainTextContent") or ""
    assert content.startswith("Orphaned annotation") and orphan.anchors[0].quote in content and "was here" in content


def test_hostile_text_stays_text_in_the_project() -> None:
    left = "=HYPERLINK(\"x\") the two sides agreed </Project><x> to expand trade.\x01\x0b And more.\n"
    right = "Both sides agreed ]]> &amp; to expand trade in Seoul.\n"
    comparison = compare(document_from_text(left, "kr.txt"), document_from_text(right, "cn.txt"))
    codebook = [Tag("evil", "</Code><Code name=\"x\">", "#000000")]
    note = annotate_text(comparison.left, "left", 0, 40, "evil", "<script>alert(1)</script> & \x00 done")
    root, files = unzip(project_to_qdpx(report_of(comparison, [note], codebook), codebook, [note]))
    assert [c.get("name") for c in root.iter(f"{P}Code")] == ["</Code><Code name=\"x\">"]
    (selection,) = root.iter(f"{P}PlainTextSelection")
    assert selection.findtext(f"{P}Description") == "<script>alert(1)</script> & \ufffd done"
    source = root.find(f"{P}Sources/{P}TextSource")
    assert source is not None
    text = files[f"sources/{source.get('guid')}.txt"].decode("utf-8")
    assert text == comparison.left.text  # the text file keeps every character, so offsets hold
    assert text[int(selection.get("startPosition", 0)):int(selection.get("endPosition", 0))] == left[:40]


def test_the_same_work_gives_the_same_bytes(demo: Comparison) -> None:
    annotations = annotations_on(demo)
    first = project_to_qdpx(report_of(demo, annotations), DEFAULT_CODEBOOK, annotations)
    assert project_to_qdpx(report_of(demo, annotations), DEFAULT_CODEBOOK, annotations) == first


# ======================================================================================== command line


def saved_project(tmp_path: Path, demo: Comparison) -> Path:
    path = tmp_path / "work.parallax"
    save_project(Project(demo, annotations=annotations_on(demo)), path)
    return path


def test_the_codebook_command_lists_exports_and_imports(tmp_path: Path, demo: Comparison,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    project = saved_project(tmp_path, demo)
    assert cli.main(["codebook", str(project)]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == len(DEFAULT_CODEBOOK) and "Omission  (id omission; 1 annotation)" in listed[0]
    assert cli.main(["codebook", str(project), "--export", str(tmp_path / "ours.qdc")]) == 0
    assert [c.name for c in load_qdc(tmp_path / "ours.qdc")] == [t.name for t in DEFAULT_CODEBOOK]
    team = tmp_path / "team.qdc"
    team.write_bytes(codebook_to_qdc([Tag("x", "Omission", "#000000"), Tag("y", "Tone", "#123456")]))
    assert cli.main(["codebook", str(project), "--import", str(team)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Added 1 tag from team.qdc: “Tone”.") and "1 tag was already" in out
    reopened = load_project(project)
    assert [t.name for t in reopened.codebook][-1] == "Tone" and len(reopened.annotations) == 3
    assert (tmp_path / "work.parallax.bak").is_file()


@pytest.mark.parametrize("case", ["cut short", "entities", "a web page"])
def test_the_codebook_command_refuses_a_damaged_file_in_one_line(case: str, tmp_path: Path, demo: Comparison,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    project = saved_project(tmp_path, demo)
    before = project.read_bytes()
    team = tmp_path / "team.qdc"
    team.write_bytes(DAMAGED[case][0])
    assert cli.main(["codebook", str(project), "--import", str(team)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("parallax: team.qdc: ") and err.count("\n") == 1 and "Traceback" not in err
    assert project.read_bytes() == before


def test_compare_and_report_write_qdpx(tmp_path: Path, demo: Comparison, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["compare", *DEMO, "-o", str(tmp_path / "plain.qdpx")]) == 0
    root, _ = unzip((tmp_path / "plain.qdpx").read_bytes())
    assert len(root.findall(f"{P}Sources/{P}TextSource")) == 2 and not list(root.iter(f"{P}PlainTextSelection"))
    project = saved_project(tmp_path, demo)
    assert cli.main(["report", str(project), "--format", "qdpx", "-o", str(tmp_path / "work.zip")]) == 0
    root, _ = unzip((tmp_path / "work.zip").read_bytes())
    assert len(list(root.iter(f"{P}PlainTextSelection"))) == 4  # a link annotation: one on each side
    assert cli.main(["report", str(project), "--format", "qdpx"]) == 2
    assert "needs an output file" in capsys.readouterr().err


def test_a_readout_from_a_web_address_gets_a_name_a_tool_can_store_it_under() -> None:
    """QDA tools store an imported text under its source's name (QualCoder as documents/NAME.txt)."""
    left = document_from_text("The two sides agreed to expand trade.\n", "example.org/press/12?id=3")
    right = document_from_text("The two sides agreed to expand trade and investment.\n", 'cn "final".txt')
    root, files = unzip(project_to_qdpx(build_report(compare(left, right))))
    names = [s.get("name", "") for s in root.iter(f"{P}TextSource")]
    assert len(names) == 2 and all(names)
    assert not any(set(name) & set('/\\:*?"<>|') for name in names), names
    assert "example.org_press_12_id=3" in names[0] and "cn _final_.txt" in names[1]


def test_positions_hold_when_a_tool_reads_the_text_as_qualcoder_does() -> None:
    """QualCoder reads a source as UTF-8 text with Python's universal newlines (a carriage return would
    become a line end and shift what follows); a readout pasted with Windows line ends still lines up."""
    left = document_from_text("Trade grew.\r\nThe two sides agreed to expand trade.\r\n\r\nMinister Park spoke.\r\n", "kr.txt")
    right = document_from_text("Trade grew.\nThe two sides agreed to expand trade and investment.\n", "cn.txt")
    comparison = compare(left, right)
    annotations = [annotate_statement(left, "left", index, "omission", "note") for index in range(len(left.statements))]
    root, files = unzip(project_to_qdpx(build_report(comparison), DEFAULT_CODEBOOK, annotations))
    source = root.find(f"{P}Sources/{P}TextSource")
    assert source is not None
    data = files[f"sources/{source.get('guid')}.txt"]
    assert b"\r" not in data and not data.startswith(b"\xef\xbb\xbf")
    text = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8").read()  # as open(path, encoding="utf-8")
    quotes = [text[int(s.get("startPosition", -1)):int(s.get("endPosition", -1))]
              for s in source.iter(f"{P}PlainTextSelection")]
    assert quotes == [statement.text for statement in left.statements] and len(quotes) == 3
