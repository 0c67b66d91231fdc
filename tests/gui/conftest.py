"""Shared set-up for the window's tests: the user's real settings are never touched, and a window on
the demo pair is one fixture away."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.gui_support import DEMO, WAIT_MS


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Config, state and home inside tmp_path: preferences and recent files written by a test stay there."""
    home = tmp_path / "user-home"
    home.mkdir(exist_ok=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("APPDATA", str(home / "AppData" / "Roaming"))
    monkeypatch.setenv("WIN_PD_OVERRIDE_APPDATA", str(home / "AppData" / "Roaming"))
    return home


@pytest.fixture(scope="session", autouse=True)
def embedding_loaded() -> None:
    """The sentence embedding loaded before any window opens, so a window's first alignment is its
    final one (tests/gui/test_window.py checks the refinement that follows a late model on its own)."""
    from desktop_app.core import embedding

    embedding.preload()


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """A window left with unsaved work asks before it closes; offscreen nobody answers, so every test
    answers "Discard" unless it patches its own answer."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *args, **kwargs: QMessageBox.StandardButton.Discard))


@pytest.fixture
def make_window(qtbot):  # type: ignore[no-untyped-def]
    """A factory of main windows (on a pair, aligned), closed at the end of the test."""
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.workspace.preferences import Preferences

    windows: list[MainWindow] = []

    def make(left: Path = DEMO[0], right: Path = DEMO[1], prefs: object = None, save: object = None,
             size: tuple[int, int] = (1400, 860)) -> MainWindow:
        window = MainWindow(prefs if prefs is not None else Preferences(), save)  # type: ignore[arg-type]
        window.scroll_sync.animate = False  # scroll positions are checked at once
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        with qtbot.waitSignal(window.reading.comparison_shown, timeout=WAIT_MS):
            window.reading.open_pair(left, right)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.worker.wait_for_done(5000)


@pytest.fixture
def window(make_window):  # type: ignore[no-untyped-def]
    return make_window()
