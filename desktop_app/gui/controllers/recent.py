"""The recent readouts and projects: remembered in the preferences as they are opened or saved, offered
in File ▸ Open Recent as Left / Right and File ▸ Recent Projects, and in the empty window's left pane."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from desktop_app.workspace.session import SIDES, Side

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from desktop_app.gui.controllers.window import Window

EMPTY_PANE_PROJECTS = 5  # recent projects the empty window offers


class RecentFiles(QObject):
    def __init__(self, window: Window, parent: QObject) -> None:
        super().__init__(parent)
        self.window = window
        self.menus: dict[Side, QMenu] = {}
        self.projects_menu: QMenu | None = None

    def add_menus(self, file_menu: QMenu, before_readouts: QAction, before_projects: QAction) -> None:
        """Put the recent menus into File: the readouts' before `before_readouts`, the projects' (apart:
        a project reopens the whole work) before `before_projects`."""
        titles = {"left": self.tr("Open Recent as &Left"), "right": self.tr("Open Recent as Ri&ght")}
        for side in SIDES:
            menu = QMenu(titles[side], file_menu)
            menu.setObjectName(f"recent_{side}")
            menu.aboutToShow.connect(lambda side=side: self._fill_readouts(side))
            file_menu.insertMenu(before_readouts, menu)
            self.menus[side] = menu
        file_menu.insertSeparator(before_readouts)
        self.projects_menu = QMenu(self.tr("Recent Pro&jects"), file_menu)
        self.projects_menu.setObjectName("recent_projects")
        self.projects_menu.aboutToShow.connect(self._fill_projects)
        file_menu.insertMenu(before_projects, self.projects_menu)

    # =============================================================================== remembering

    def remember(self, path: Path) -> None:
        """Put a readout at the top of the recent files, and store the preferences."""
        self.window.prefs.add_recent(str(path.resolve()))
        self._save()

    def remember_project(self, path: Path) -> None:
        """Put a project file at the top of the recent projects, and store the preferences."""
        self.window.prefs.add_recent_project(str(Path(path).resolve()))
        self._save()
        self.show_in_empty_pane()

    def _save(self) -> None:
        save = self.window.save_preferences
        if save is None:
            return
        try:
            save(self.window.prefs)
        except OSError:
            pass  # a recent-files list not saved is no reason to interrupt the reader

    # =============================================================================== offering

    def show_in_empty_pane(self) -> None:
        """The empty window offers the recent projects (in the left pane, under Open and Paste)."""
        window = self.window
        empty = all(d is None for d in window.session.documents.values())
        projects = window.prefs.recent_projects[:EMPTY_PANE_PROJECTS] if empty else []
        window.panes["left"].empty.show_recent(projects)
        window.panes["right"].empty.show_recent([])

    def _fill_readouts(self, side: Side) -> None:
        _fill(self.menus[side], self.window.prefs.recent_files, self.tr("No recent files"),
              lambda path: self.window.reading.open_file(side, path))

    def _fill_projects(self) -> None:
        assert self.projects_menu is not None
        _fill(self.projects_menu, self.window.prefs.recent_projects, self.tr("No recent projects"),
              self.window.project.open_project_file)


def _fill(menu: QMenu, entries: list[str], empty: str, open_path: Callable[[Path], None]) -> None:
    """A recent-files menu: each entry numbered for the keyboard, its full path as the tooltip."""
    menu.clear()
    if not entries:
        menu.addAction(empty).setEnabled(False)
        return
    for number, entry in enumerate(entries, start=1):
        action = menu.addAction(f"&{number % 10}  {Path(entry).name}")
        action.setToolTip(entry)
        action.triggered.connect(lambda _=False, entry=entry: open_path(Path(entry)))
