"""What the desktop hands the app: one readout from a file manager or `parallax one.txt` (put on the side
its text suggests, the other pane asking for its counterpart), macOS file-open events, the window icon,
and the demo pair kept out of the recent files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QFileOpenEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop_app.gui.main_window import MainWindow
from desktop_app.workspace.preferences import Preferences
from gui.gui_support import DEMO, KO_ZH, WAIT_MS, wait_idle


@pytest.fixture
def empty_window(qtbot):  # type: ignore[no-untyped-def]
    window = MainWindow(Preferences(), lambda prefs: None)
    window.scroll_sync.animate = False
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.worker.wait_for_done(5000)


def test_one_chinese_readout_goes_right_and_the_left_pane_asks_for_the_korean(empty_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = empty_window
    with qtbot.waitSignal(window.reading.readout_opened, timeout=WAIT_MS) as opened:
        window.reading.open_readout(KO_ZH[1])
    assert opened.args == ["right"]
    assert window.session.documents["left"] is None
    assert window.session.side_codes["right"] == "CN"
    assert "Chinese side's readout" in window.message_bar.text.text()
    left = window.panes["left"]
    assert left.empty.isVisible() and not window.panes["right"].empty.isVisible()
    assert "Korean side's readout" in left.empty.message.text()
    assert left.empty.open_button.isVisible() and left.empty.paste_button.isVisible()
    assert not window.actions_by_id["export_report"].isEnabled()
    # The counterpart opened next goes to the empty side, and the two are compared.
    with qtbot.waitSignal(window.reading.comparison_shown, timeout=WAIT_MS):
        window.reading.open_readout(KO_ZH[0])
    assert window.session.documents["left"].name == "kr.txt"
    assert not left.empty.isVisible()


def test_one_korean_readout_goes_left(empty_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(empty_window.reading.readout_opened, timeout=WAIT_MS) as opened:
        empty_window.reading.open_readout(KO_ZH[0])
    assert opened.args == ["left"]


def test_the_empty_pane_pastes_a_readout(empty_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = empty_window
    with qtbot.waitSignal(window.reading.readout_opened, timeout=WAIT_MS):
        window.reading.open_readout(KO_ZH[1])
    QGuiApplication.clipboard().setText(KO_ZH[0].read_text(encoding="utf-8"))
    with qtbot.waitSignal(window.reading.comparison_shown, timeout=WAIT_MS):
        window.panes["left"].empty.paste_button.click()
    assert window.session.documents["left"] is not None


def test_a_file_open_event_opens_the_file(empty_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.gui.desktop import FileOpenHandler

    app = QApplication.instance()
    handler = FileOpenHandler()
    app.installEventFilter(handler)
    try:
        QApplication.sendEvent(app, QFileOpenEvent(str(KO_ZH[0])))  # before the window: it waits
        handler.attach(empty_window)
        with qtbot.waitSignal(empty_window.reading.comparison_shown, timeout=WAIT_MS):
            QApplication.sendEvent(app, QFileOpenEvent(QUrl.fromLocalFile(str(KO_ZH[1]))))
    finally:
        app.removeEventFilter(handler)
    assert {d.name for d in empty_window.session.documents.values()} == {"kr.txt", "cn.txt"}


def test_the_window_has_the_app_icon(empty_window) -> None:  # type: ignore[no-untyped-def]
    assert not empty_window.windowIcon().isNull()


def test_the_demo_pair_never_enters_the_recent_files(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.gui.app import create_window

    prefs, saved = Preferences(), []
    window = create_window(prefs=prefs, save=saved.append, autosave_ms=0)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.view.index is not None, timeout=WAIT_MS)
    wait_idle(qtbot, window)
    assert prefs.recent_files == []
    with qtbot.waitSignal(window.reading.comparison_shown, timeout=WAIT_MS):
        window.reading.open_pair(*KO_ZH)
    assert [Path(p).name for p in prefs.recent_files] == ["cn.txt", "kr.txt"]
    assert not any(Path(p).name == DEMO[0].name for p in prefs.recent_files)
    window.worker.wait_for_done(5000)


def test_parallax_with_one_readout_opens_the_window_on_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import desktop_app.gui.app as app_module
    from desktop_app import cli

    calls = []
    monkeypatch.setattr(app_module, "run_window", lambda *args, **kwargs: calls.append((args, kwargs)) or 0)
    monkeypatch.setattr(cli, "_has_display", lambda: True)
    assert cli.main([str(KO_ZH[1])]) == 0
    assert calls == [((None, None), {"project": None, "readout": KO_ZH[1]})]
    assert cli.main([str(KO_ZH[0]), str(KO_ZH[1])]) == 0
    assert calls[-1] == ((KO_ZH[0], KO_ZH[1]), {"project": None, "readout": None})


def test_three_files_are_refused_with_one_line(capsys) -> None:  # type: ignore[no-untyped-def]
    from desktop_app import cli

    assert cli.main([str(DEMO[0]), str(DEMO[1]), str(DEMO[0])]) == 2
    assert capsys.readouterr().err.count("\n") == 1
