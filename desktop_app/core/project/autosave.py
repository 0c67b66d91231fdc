"""Autosaves: unsaved work written to the user state folder, so a crash loses at most a minute.

Each running window has a session id. While it has unsaved changes it writes `<session>.parallax` (an
ordinary project file) and `<session>.json` (which process wrote it, and the project file it belongs
to) into the autosave folder; saving or closing cleanly removes them. At start, autosaves left by a
process that is no longer running are offered for recovery.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import platformdirs

from desktop_app.core.fileio import process_alive, write_atomic
from desktop_app.core.project.file import Project, project_to_yaml

STALE_AFTER_SECONDS = 180  # an autosave untouched this long is recoverable even if its pid was reused


def autosave_dir() -> Path:
    return platformdirs.user_state_path("parallax") / "autosave"


def new_session_id() -> str:
    return uuid.uuid4().hex[:12]


@dataclass(frozen=True)
class Autosave:
    session: str
    path: Path  # the autosaved project
    project_path: str | None  # the project file the work belongs to, None if never saved
    saved: str  # ISO time
    pid: int


def write_autosave(project: Project, session: str, project_path: str | Path | None) -> Path:
    folder = autosave_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{session}.parallax"
    write_atomic(target, project_to_yaml(project))
    info = {"pid": os.getpid(), "project": str(project_path) if project_path else None,
            "saved": datetime.now(UTC).replace(microsecond=0).isoformat()}
    write_atomic(folder / f"{session}.json", json.dumps(info))
    return target


def keep_alive(session: str) -> None:
    """Mark a live session's autosave as fresh (its age tells a crashed session from a live one)."""
    try:
        os.utime(autosave_dir() / f"{session}.parallax")
    except OSError:
        pass  # not written yet, or the folder is gone: the next autosave writes it anew


def discard_autosave(session: str) -> None:
    for suffix in (".parallax", ".json"):
        (autosave_dir() / f"{session}{suffix}").unlink(missing_ok=True)


def recoverable_autosaves(own_session: str | None = None) -> list[Autosave]:
    """Autosaves of sessions that ended without saving (a crash, a kill), newest first."""
    folder = autosave_dir()
    found: list[Autosave] = []
    for info_path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        session = info_path.stem
        project_file = folder / f"{session}.parallax"
        if session == own_session or not project_file.is_file():
            continue
        try:
            info = json.loads(info_path.read_text(encoding="utf-8"))
            pid = int(info.get("pid", 0))
            owner = info.get("project")
        except (OSError, ValueError, TypeError, AttributeError, OverflowError):  # damaged: still offered
            pid, owner, info = 0, None, {}
        if _still_running(pid, project_file):
            continue
        found.append(Autosave(session, project_file, owner if isinstance(owner, str) else None,
                              str(info.get("saved", "")), pid))
    return sorted(found, key=lambda a: a.saved, reverse=True)


def _still_running(pid: int, autosave: Path) -> bool:
    """Whether the session that wrote an autosave is alive (then its work is not ours to recover)."""
    if pid == os.getpid() or pid <= 0:
        return pid == os.getpid()
    try:
        age = datetime.now().timestamp() - autosave.stat().st_mtime
    except OSError:
        return True  # gone meanwhile: nothing to offer
    if age > STALE_AFTER_SECONDS:  # a live window refreshes its autosave every minute
        return False
    return process_alive(pid)
