"""The one table of actions: every row complete, shortcuts unique, icons real, handlers present."""

from __future__ import annotations

import ast
from pathlib import Path

import qtawesome
from PySide6.QtGui import QKeySequence

from desktop_app.gui.actions import ACTIONS, MENUS, handler_of
from desktop_app.gui.main_window import MainWindow


def test_ids_and_shortcuts_are_unique() -> None:
    ids = [row.id for row in ACTIONS]
    assert len(ids) == len(set(ids))
    shortcuts = [QKeySequence(row.shortcut).toString() for row in ACTIONS if row.shortcut]
    assert len(shortcuts) == len(set(shortcuts))
    assert all(not QKeySequence(row.shortcut).isEmpty() for row in ACTIONS if row.shortcut)


def test_the_diff_tool_shortcuts(qtbot) -> None:  # type: ignore[no-untyped-def]
    table = {row.id: row.shortcut for row in ACTIONS}
    assert table["next_difference"] == "Alt+Down" and table["previous_difference"] == "Alt+Up"
    assert table["open_left"] == "Ctrl+O" and table["open_right"] == "Ctrl+Shift+O"
    assert table["link_selected"] == "Ctrl+L" and table["unlink_selected"] == "Ctrl+U"
    assert table["realign"] == "F5"


def test_every_row_has_a_handler_a_menu_and_a_real_icon(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    for row in ACTIONS:
        handler = handler_of(window, row)  # the window's own, or one of its controllers'
        owner = getattr(handler, "__self__", None)
        assert owner is window or getattr(window, row.handler.split(".")[0]) is owner, row.handler
        assert row.menu in MENUS
        assert row.tooltip
        if row.icon:
            assert not qtawesome.icon(row.icon).isNull(), row.icon


def test_window_builds_menus_and_toolbar_from_the_table(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    assert set(window.actions_by_id) == {row.id for row in ACTIONS}
    menu_actions = {a.objectName() for menu in window.menus.values() for a in menu.actions()}
    assert {row.id for row in ACTIONS} <= menu_actions
    toolbar = {a.objectName() for a in window.toolbar.actions()}
    assert {row.id for row in ACTIONS if row.toolbar} <= toolbar
    assert window.actions_by_id["next_difference"].shortcut().toString() == "Alt+Down"


def test_the_controllers_know_the_window_only_by_its_protocol() -> None:
    """No controller imports the window's module (the circle the old mixins made): each reaches the
    window through `controllers.window.Window`, so the window can be assembled in any order."""
    from desktop_app.gui import controllers

    for path in Path(controllers.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert "desktop_app.gui.main_window" not in imported, path.name
