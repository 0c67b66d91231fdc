"""Unsaved work survives a crash: autosaves are written, found after the writer died, and recovered."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SAMPLES

from desktop_app.core.annotations import annotate_statement
from desktop_app.core.compare.comparison import compare
from desktop_app.core.documents import load_document
from desktop_app.core.project import autosave
from desktop_app.core.project.file import Project, load_project, project_to_dict


@pytest.fixture(autouse=True)
def state_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "state"
    monkeypatch.setattr(autosave, "autosave_dir", lambda: folder)
    return folder


def project() -> Project:
    left, right = load_document(SAMPLES / "demo-kr.txt"), load_document(SAMPLES / "demo-cn.txt")
    work = Project(compare(left, right))
    work.annotations.append(annotate_statement(left, "left", 3, "omission", "unsaved note"))
    return work


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_work_of_a_crashed_session_is_offered_and_complete(state_dir: Path) -> None:
    work = project()
    autosave.write_autosave(work, "crashed", "/home/analyst/busan.parallax")
    info = state_dir / "crashed.json"
    info.write_text(json.dumps({**json.loads(info.read_text()), "pid": dead_pid()}))
    found = autosave.recoverable_autosaves(own_session="current")
    assert [a.session for a in found] == ["crashed"]
    assert found[0].project_path == "/home/analyst/busan.parallax"
    assert project_to_dict(load_project(found[0].path)) == project_to_dict(work)


def test_a_running_session_and_our_own_are_not_offered() -> None:
    autosave.write_autosave(project(), "mine", None)  # written by this (live) process
    assert autosave.recoverable_autosaves(own_session="mine") == []
    assert autosave.recoverable_autosaves(own_session="other") == []


def test_discarding_removes_the_autosave(state_dir: Path) -> None:
    autosave.write_autosave(project(), "s1", None)
    autosave.discard_autosave("s1")
    assert list(state_dir.iterdir()) == []


def test_a_live_session_keeps_its_autosave_fresh_and_so_its_own(state_dir: Path) -> None:
    import os
    import time

    autosave.write_autosave(project(), "alive", None)
    old = time.time() - 10 * autosave.STALE_AFTER_SECONDS
    os.utime(state_dir / "alive.parallax", (old, old))  # unsaved work that has not changed for long
    autosave.keep_alive("alive")  # what the window does every minute meanwhile
    assert autosave.recoverable_autosaves(own_session="other") == []


@pytest.mark.parametrize("record", ['{"pid": [1, 2]}', '{"pid": "twelve"}', '[1, 2]', '{"pid": 1e400}',
                                    '{"pid": 100000000000000000000000}', "not json", '{"project": 5}'])
def test_a_damaged_autosave_record_is_still_offered(state_dir: Path, record: str) -> None:
    autosave.write_autosave(project(), "damaged", None)
    (state_dir / "damaged.json").write_text(record, encoding="utf-8")
    found = autosave.recoverable_autosaves(own_session="current")
    assert [a.session for a in found] == ["damaged"] and found[0].project_path is None
