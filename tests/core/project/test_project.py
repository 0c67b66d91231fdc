"""Project files: saved and reopened exactly, written atomically with a backup, and refused clearly when
damaged, foreign or from a newer Parallax."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import FIXTURES, SAMPLES

from desktop_app.core.annotations import Tag, annotate_link, annotate_statement, annotate_text
from desktop_app.core.compare.comparison import compare
from desktop_app.core.compare.corrections import Correction, apply_corrections
from desktop_app.core.documents import load_document
from desktop_app.core.fileio import backup_path
from desktop_app.core.project.file import (
    Project,
    ProjectError,
    load_project,
    project_to_dict,
    project_to_yaml,
    save_project,
)


def make_project(pair: str = "ko-zh-trade-2029") -> Project:
    left = load_document(FIXTURES / "corpus" / pair / "kr.txt")
    right = load_document(FIXTURES / "corpus" / pair / "cn.txt")
    comparison = compare(left, right)
    corrections = [Correction("unlink", tuple(comparison.links[0].left), tuple(comparison.links[0].right))]
    apply_corrections(comparison, corrections)
    documents = {"left": left, "right": right}
    project = Project(comparison, side_labels={"left": "KR", "right": "CN"}, corrections=corrections)
    project.codebook.append(Tag("tone", "Tone shift 어조", "#999999"))
    first = comparison.links[0]
    project.annotations = [
        annotate_statement(left, "left", 1, "omission", "한국 측만 언급"),
        annotate_link(documents, first.left, first.right, "tone", "note with: colons, 'quotes' and\nnew lines"),
        annotate_text(right, "right", right.statements[2].start, right.statements[2].start + 6, "translation"),
    ]
    return project


def test_save_and_reopen_restore_everything(tmp_path: Path) -> None:
    project = make_project()
    path = tmp_path / "work.parallax"
    save_project(project, path)
    reopened = load_project(path)
    assert project_to_dict(reopened) == project_to_dict(project)
    assert reopened.comparison.left.text == project.comparison.left.text
    assert [(k.left, k.right, k.status) for k in reopened.comparison.links] == [
        (k.left, k.right, k.status) for k in project.comparison.links]
    assert reopened.annotations[1].note == "note with: colons, 'quotes' and\nnew lines"
    assert reopened.codebook[-1].name == "Tone shift 어조"


@pytest.mark.parametrize("breaker", ["\x85", "\x85\x85", "\u2028", "\u2029", "\r", "\x85\n"])
def test_characters_yaml_reads_as_line_breaks_come_back_unchanged(tmp_path: Path, breaker: str) -> None:
    # A readout with a NEL (U+0085) in it once made its project unreadable: YAML took it for a new line.
    from desktop_app.core.documents import document_from_text

    source = tmp_path / "kr.txt"
    source.write_bytes(f"The two sides agreed to deepen trade{breaker}in Busan.\n".encode())
    left = load_document(source)  # whatever the reader keeps of it must survive the project file
    right = document_from_text("The two sides agreed to deepen trade in Busan.", "cn.txt")
    project = Project(compare(left, right))
    project.annotations.append(annotate_statement(left, "left", 0, "omission", f"a note{breaker}over lines"))
    path = tmp_path / "work.parallax"
    save_project(project, path)
    reopened = load_project(path)
    assert reopened.comparison.left.text == left.text
    assert reopened.annotations[0].note == f"a note{breaker}over lines"


# One or more code points of every Unicode general category, astral and private-use ones included.
EVERY_CATEGORY = {
    "Lu": "AÉ", "Ll": "aß", "Lt": "\u01c5", "Lm": "\u02b0\u3005", "Lo": "中한\U00020000", "Mn": "e\u0301",
    "Mc": "\u0915\u0903", "Me": "\u20dd", "Nd": "5\u0663\U0001d7d8", "Nl": "\u216b", "No": "\u00bd",
    "Pc": "_\u203f", "Pd": "-\u2014", "Ps": "(\u300c", "Pe": ")\u300d", "Pi": "\u00ab\u201c", "Pf": "\u00bb\u201d",
    "Po": "!\u3002", "Sm": "+\u2211", "Sc": "$\u20ac", "Sk": "^\u02dc", "So": "\u00a9\U0001f600\U0001f1f0\U0001f1f7",
    "Zs": " \u00a0\u3000", "Zl": "\u2028", "Zp": "\u2029", "Cc": "\t\x85\x00\x1b\x7f",
    "Cf": "\u200b\ufeff\u202e\u2066\u00ad\u200d", "Co": "\ue000\U000f0000",
    "Cn": "\ufffe\uffff\ufdd0\U0010ffff",  # noncharacters: still text a file can hold
}
EVERY_CHARACTER = "".join(EVERY_CATEGORY.values())


def test_every_kind_of_character_survives_the_project_file_and_the_autosave(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import unicodedata

    from desktop_app.core.documents import document_from_text
    from desktop_app.core.project import autosave

    for category, sample in EVERY_CATEGORY.items():
        assert category in {unicodedata.category(c) for c in sample}
    source = tmp_path / "kr.txt"
    in_file = EVERY_CHARACTER.replace("\x00", "")  # NUL marks a binary file: the reader refuses it
    source.write_text(f"The two sides agreed {in_file} to expand trade.\n\nThey met again in Seoul.",
                      encoding="utf-8")
    left = load_document(source)
    # The reader keeps all of it but ESC and DEL (stray controls), BOMs, and the line and paragraph
    # separators, which become line breaks. Notes keep everything, NUL included.
    dropped = set("\x00\x1b\x7f\ufeff\u2028\u2029")
    assert set(EVERY_CHARACTER) - dropped <= set(left.text)
    right = document_from_text("The two sides agreed to expand trade.", "cn.txt")
    project = Project(compare(left, right))
    first = left.statements[0]
    project.annotations = [
        annotate_statement(left, "left", 0, "omission", f"a note typed with {EVERY_CHARACTER} in it"),
        annotate_text(left, "left", first.start + 21, first.end, "translation", EVERY_CHARACTER),
    ]
    monkeypatch.setattr(autosave, "autosave_dir", lambda: tmp_path / "autosave")
    saved = tmp_path / "work.parallax"
    save_project(project, saved)
    for path in (saved, autosave.write_autosave(project, "session", saved)):
        reopened = load_project(path)
        assert project_to_dict(reopened) == project_to_dict(project)
        assert reopened.comparison.left.text == left.text
        assert [s.text for s in reopened.comparison.left.statements] == [s.text for s in left.statements]
        assert reopened.annotations[0].note == f"a note typed with {EVERY_CHARACTER} in it"
        assert reopened.annotations[1].note == EVERY_CHARACTER
        assert reopened.annotations[1].anchors[0].quote == left.text[first.start + 21:first.end]


def test_a_note_with_half_a_surrogate_pair_is_saved_and_reopens(tmp_path: Path) -> None:
    # A lone surrogate (from a broken clipboard) was written as "\uD800", which the loader refused:
    # the whole project would not reopen. It is saved as U+FFFD.
    project = make_project()
    project.annotations[0].note = "half a pair: \ud83d, the rest intact \U0001f600"
    save_project(project, tmp_path / "work.parallax")
    assert load_project(tmp_path / "work.parallax").annotations[0].note == "half a pair: \ufffd, the rest intact \U0001f600"


def test_the_file_is_readable_yaml_with_a_version(tmp_path: Path) -> None:
    text = project_to_yaml(make_project())
    assert text.startswith("format: parallax-project\nversion: 1\n")
    assert "양측은" in text  # Korean is stored as text, not escaped


def test_a_second_save_keeps_the_first_as_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "work.parallax"
    project = make_project()
    save_project(project, path)
    first = path.read_bytes()
    project.annotations.pop()
    save_project(project, path)
    assert backup_path(path).read_bytes() == first
    assert len(load_project(path).annotations) == 2


def test_a_save_that_fails_midway_leaves_the_previous_file_intact(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "work.parallax"
    project = make_project()
    save_project(project, path)
    before = path.read_bytes()

    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    project.annotations.clear()
    with pytest.raises(OSError):
        save_project(project, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_project_with_demo_texts_round_trips(tmp_path: Path) -> None:
    comparison = compare(load_document(SAMPLES / "demo-kr.txt"), load_document(SAMPLES / "demo-cn.txt"))
    path = tmp_path / "demo.parallax"
    save_project(Project(comparison), path)
    assert project_to_dict(load_project(path)) == project_to_dict(Project(comparison))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not a Parallax project"),
        (b"\x89PNG\r\n\x1a\n\x00\x00binary", "not a Parallax project"),
        (b"format: parallax-project\nversion: 1\ndocuments: [unclosed", "damaged project file"),
        (b"name: my shopping list\nitems: [eggs]\n", "not a Parallax project"),
        (b"format: parallax-project\nversion: 7\n", "newer Parallax"),
        (b"format: parallax-project\nversion: 1\n", "damaged project file"),
        (b"- just\n- a list\n", "not a Parallax project"),
    ],
)
def test_unusable_files_give_one_clear_message(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "broken.parallax"
    path.write_bytes(content)
    with pytest.raises(ProjectError, match=message) as caught:
        load_project(path)
    assert str(caught.value).startswith("broken.parallax: ") and "\n" not in str(caught.value)
    assert path.read_bytes() == content  # nothing overwritten


def test_a_truncated_save_is_refused(tmp_path: Path) -> None:
    full = project_to_yaml(make_project())
    for cut in (len(full) // 3, len(full) // 2, len(full) - 40):
        path = tmp_path / "cut.parallax"
        path.write_text(full[:cut], encoding="utf-8")
        with pytest.raises(ProjectError):
            load_project(path)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("      end: ", "      end: -", "outside the text"),
        ("  tag: omission", "  tag: no-such-tag", "not in the codebook"),
        ("  colour: '#999999'", "  colour: grey", "colour"),
        ("- kind: unlink", "- kind: merge", "link or unlink"),
    ],
)
def test_invalid_fields_are_named(tmp_path: Path, old: str, new: str, message: str) -> None:
    text = project_to_yaml(make_project())
    assert old in text
    path = tmp_path / "bad.parallax"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ProjectError, match=message):
        load_project(path)


def test_missing_and_folder_paths(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="no such file"):
        load_project(tmp_path / "nothing.parallax")
    with pytest.raises(ProjectError, match="folder"):
        load_project(tmp_path)


def test_a_project_whose_lexicon_is_missing_opens_with_a_warning(tmp_path: Path) -> None:
    project = make_project()
    project.lexicon_file = str(tmp_path / "moved-away.yaml")
    path = tmp_path / "work.parallax"
    save_project(project, path)
    reopened = load_project(path)
    assert reopened.lexicon_file == project.lexicon_file
    assert reopened.warnings and "lexicon" in reopened.warnings[0]
    assert [(k.left, k.right) for k in reopened.comparison.links] == [
        (k.left, k.right) for k in project.comparison.links]


def test_a_project_uses_its_own_lexicon(tmp_path: Path) -> None:
    lexicon = tmp_path / "mine.yaml"
    lexicon.write_text("topics:\n  - id: tone\n    label: Tone\n  - id: tone.warmth\n    label: Warmth\n"
                       "    terms: {ko: [양측은], zh: [双方同意]}\n", encoding="utf-8")
    project = make_project()
    project.lexicon_file = str(lexicon)
    path = tmp_path / "work.parallax"
    save_project(project, path)
    reopened = load_project(path)
    assert not reopened.warnings
    assert "tone.warmth" in {c.topic for c in reopened.comparison.coverage()}


ALIAS_BOMB = "format: parallax-project\nversion: 1\na: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + n)}: &{chr(98 + n)} [{', '.join(['*' + chr(97 + n)] * 9)}]\n" for n in range(8))


def test_a_yaml_alias_bomb_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "bomb.parallax"
    path.write_text(ALIAS_BOMB, encoding="utf-8")
    with pytest.raises(ProjectError, match="^bomb.parallax: .*aliases"):
        load_project(path)


@pytest.mark.skipif(not Path("/dev/zero").exists() or not hasattr(os, "mkfifo"), reason="needs /dev/zero and FIFOs")
def test_a_device_or_a_pipe_is_not_read_as_a_project(tmp_path: Path) -> None:
    zero = tmp_path / "zero.parallax"
    zero.symlink_to("/dev/zero")
    fifo = tmp_path / "fifo.parallax"
    os.mkfifo(fifo)
    for path in (zero, fifo):  # neither may hang nor fill the memory
        with pytest.raises(ProjectError, match="not a regular file"):
            load_project(path)
