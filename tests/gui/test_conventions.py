"""The desktop's conventions: the platform's standard keys and no clash between shortcuts, accessible
names, a keyboard-only path through the main work, Help and About, and recent projects."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from desktop_app.gui import actions as table
from desktop_app.gui.main_window import MainWindow
from gui.gui_support import DEMO, WAIT_MS, wait_idle

# Keys the platforms keep for themselves: Minimize and Hide (macOS, where Ctrl is ⌘), the window
# switcher; no action may take them.
PLATFORM_KEYS = {"Ctrl+M", "Ctrl+H", "Ctrl+Alt+H", "Ctrl+Alt+M", "Ctrl+Tab", "Ctrl+`", "Alt+Tab", "Alt+F4"}


def test_no_two_actions_share_a_key_sequence(qapp) -> None:  # type: ignore[no-untyped-def]
    owners: dict[str, str] = {}
    for row in table.ACTIONS:
        for key in table.key_sequences(row):
            text = key.toString(QKeySequence.SequenceFormat.PortableText)
            assert text not in owners, f"{text} is both {owners[text]} and {row.id}"
            owners[text] = row.id
    assert not PLATFORM_KEYS & set(owners), PLATFORM_KEYS & set(owners)
    assert table.shortcut_text(table.spec("annotate")) == "Ctrl+T"


def test_the_platform_standard_keys_are_used_wherever_one_exists(qapp) -> None:  # type: ignore[no-untyped-def]
    expected = {"new_comparison": "New", "close_comparison": "Close", "open_left": "Open", "save_project": "Save",
                "save_project_as": "SaveAs", "quit": "Quit", "undo": "Undo", "redo": "Redo", "find": "Find",
                "find_next": "FindNext", "find_previous": "FindPrevious", "zoom_in": "ZoomIn",
                "zoom_out": "ZoomOut", "preferences": "Preferences", "user_guide": "HelpContents",
                "delete_annotation": "Delete", "realign": "Refresh", "clear_selection": "Cancel"}
    for action_id, key in expected.items():
        row = table.spec(action_id)
        assert row.standard_key == key, action_id
        platform = QKeySequence.keyBindings(getattr(QKeySequence.StandardKey, key))
        if platform:  # the platform's own keys, e.g. Ctrl+Y as well as Ctrl+Shift+Z for Redo on Windows
            assert table.key_sequences(row) == list(platform), action_id


def test_every_main_widget_has_an_accessible_name(window: MainWindow) -> None:
    widgets: dict[str, QWidget] = {
        "left readout": window.panes["left"].view, "right readout": window.panes["right"].view,
        "gutter": window.gutter, "outline": window.outline.tree,
        "left ruler": window.panes["left"].ruler, "right ruler": window.panes["right"].ruler,
        "annotation list": window.annotating.panel.tree, "find bar": window.finding.bar,
        "find field": window.finding.bar.field,
    }
    for what, widget in widgets.items():
        assert widget.accessibleName().strip(), what
    # the custom-painted ones also say what they show
    for widget in (window.gutter, window.panes["left"].ruler, window.outline.tree, window.panes["left"].view):
        assert len(widget.accessibleDescription()) > 40
    assert "green" in window.gutter.accessibleDescription()
    assert window.panes["left"].view.accessibleName() != window.panes["right"].view.accessibleName()


def when_modal(answer: Callable[[], None]) -> None:
    """Run `answer` once a modal dialog is up; a dialog left open by a failed answer is closed, so that
    the test fails rather than waits."""
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        if dialog is None or not dialog.isVisible() or focus is None or focus.window() is not dialog:
            return  # not up yet, or its first field not yet focused
        timer.stop()
        try:
            answer()
        finally:
            if dialog.isVisible():
                dialog.close()

    timer.timeout.connect(poll)
    timer.start()
    _timers.append(timer)


_timers: list[QTimer] = []


def test_a_keyboard_only_path_opens_navigates_links_annotates_and_exports(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch) -> None:
    from desktop_app.workspace.preferences import Preferences

    window = MainWindow(Preferences())
    window.scroll_sync.animate = False
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts act in the active window
    ctrl, shift, alt = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                        Qt.KeyboardModifier.AltModifier)

    def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        """A key press where the keyboard's focus is (the window while nothing in it has the focus)."""
        focus = QApplication.focusWidget()
        qtbot.keyClick(focus if focus is not None and focus.window() is window else window, key, modifiers)

    # Open: Ctrl+O and Ctrl+Shift+O (the file dialog answers with the demo readouts)
    chosen = iter([str(DEMO[0]), str(DEMO[1])])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (next(chosen), "")))
    press(Qt.Key.Key_O, ctrl)
    wait_idle(qtbot, window)
    with qtbot.waitSignal(window.reading.comparison_shown, timeout=WAIT_MS):
        press(Qt.Key.Key_O, ctrl | shift)
    index = window.view.index
    assert index is not None
    # Navigate: Alt+Down to a differing link on the left, Ctrl+J to its counterpart on the right
    for _ in range(40):
        press(Qt.Key.Key_Down, alt)
        primary = window.view.selection.primary
        if primary and primary[0] == "left" and index.counterparts("left", primary[1]):
            break
    left_statement = window.view.selection.primary[1]  # type: ignore[index]
    press(Qt.Key.Key_J, ctrl)
    right_view = window.panes["right"].view
    assert QApplication.focusWidget() is right_view
    assert window.view.selection.primary is not None and window.view.selection.primary[0] == "right"
    # Link: the caret moved down to a one-sided statement, Ctrl+Enter adds it, Ctrl+L links
    one_sided = [i for i, status in enumerate(index.status["right"]) if status == "one_sided"]
    target = None
    for _ in range(400):
        press(Qt.Key.Key_Down)
        position = right_view.textCursor().position()
        target = next((i for i in one_sided if right_view.starts[i] <= position < right_view.ends[i]), None)
        if target is not None:
            break
    assert target is not None
    press(Qt.Key.Key_Return, ctrl)
    assert target in window.view.selection.statements["right"] and left_statement in window.view.selection.statements["left"]
    with qtbot.waitSignal(window.reading.comparison_shown, timeout=WAIT_MS):
        press(Qt.Key.Key_L, ctrl)
    linked = [link for link in window.view.index.links if link.manual and target in link.right]  # type: ignore[union-attr]
    assert linked and left_statement in linked[0].left
    # Annotate: Ctrl+T, type a note, Tab to the buttons, Enter
    def answer_annotation() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None and dialog.objectName() == "annotationDialog"
        qtbot.keyClicks(QApplication.focusWidget(), "typed without a mouse")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    when_modal(answer_annotation)
    press(Qt.Key.Key_T, ctrl)
    assert [a.note for a in window.session.annotations] == ["typed without a mouse"]
    window.activateWindow()  # as the window manager does when a dialog closes (offscreen does not)
    qtbot.waitUntil(window.isActiveWindow)
    # Export: Ctrl+E, Alt+F and "M" for Markdown, Alt+S to the path, type it, Enter
    out = tmp_path / "keyboard-report.md"

    def answer_export() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None and dialog.objectName() == "exportDialog"
        qtbot.keyClick(dialog, Qt.Key.Key_F, alt)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_M)
        qtbot.keyClick(dialog, Qt.Key.Key_S, alt)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, ctrl)
        qtbot.keyClicks(QApplication.focusWidget(), str(out))
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    when_modal(answer_export)
    with qtbot.waitSignal(window.export.finished, timeout=WAIT_MS) as finished:
        press(Qt.Key.Key_E, ctrl)
    assert finished.args == [str(out), ""]
    assert "typed without a mouse" in out.read_text(encoding="utf-8")


def test_help_opens_the_user_guide_shipped_with_the_app(window: MainWindow) -> None:
    from desktop_app.gui.dialogs.help import guide_dialog, guide_path

    assert window.actions_by_id["user_guide"].shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    dialog = guide_dialog(window)
    text = dialog.browser.toPlainText()
    assert "Parallax user guide" in text and "Annotate" in text and "Ctrl+T" in text
    assert dialog.browser.source().isLocalFile() and guide_path().is_file()
    assert not dialog.browser.openExternalLinks()
    dialog.deleteLater()


def test_about_lists_versions_and_licences_of_everything_shipped(qapp) -> None:  # type: ignore[no-untyped-def]
    import tomllib

    from PySide6 import __version__ as pyside_version

    from desktop_app import __version__
    from desktop_app.gui.dialogs.help import LICENCES, about_html

    html = about_html()
    for needed in (__version__, pyside_version, "MIT", "LGPL-3.0", "Apache-2.0", "WenQuanYi", "Font Awesome",
                   "Material Design Icons"):
        assert needed in html, needed
    pyproject = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text("utf-8"))
    names = {name.casefold() for name, _ in LICENCES}
    for requirement in pyproject["project"]["dependencies"]:
        package = requirement.split(";")[0].split(">")[0].split("<")[0].split("=")[0].strip().casefold()
        package = {"pyside6-essentials": "qt 6, pyside6, shiboken6"}.get(package, package)
        assert package in names, f"{package} is shipped but About does not list its licence"


def test_recent_projects_are_listed_apart_and_offered_by_the_empty_window(  # type: ignore[no-untyped-def]
        qtbot, make_window, tmp_path: Path) -> None:
    from desktop_app.workspace.preferences import Preferences

    saved: list[Preferences] = []
    prefs = Preferences()
    window = make_window(prefs=prefs, save=saved.append)  # the demo pair: no recent project, no recent file
    assert prefs.recent_projects == []
    project = tmp_path / "talks.parallax"
    assert window.project.write_project(project)
    assert prefs.recent_projects == [str(project.resolve())] and saved
    window.recent.projects_menu.aboutToShow.emit()
    entries = [a.text() for a in window.recent.projects_menu.actions()]
    assert entries == ["&1  talks.parallax"]
    assert window.reading.close_comparison()
    qtbot.wait(50)  # the buttons replaced are deleted, the new ones shown, by the event loop
    buttons = [b for b in window.panes["left"].empty.findChildren(QWidget, "emptyRecentProject")
               if b.isVisible()]
    assert [b.text() for b in buttons] == ["talks.parallax"]
    with qtbot.waitSignal(window.reading.comparison_shown, timeout=WAIT_MS):
        buttons[0].click()
    assert window.project.project_path == str(project)


@pytest.mark.parametrize("action_id", ["user_guide", "about", "show_shortcuts"])
def test_help_actions_are_in_the_help_menu(window: MainWindow, action_id: str) -> None:
    assert window.actions_by_id[action_id] in window.menus["&Help"].actions()
