"""The window as its controllers see it: the state and widgets they share, and each other. `MainWindow`
is the one implementation; the controllers are typed against this, not against the window's class."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QUndoStack
    from PySide6.QtWidgets import QStatusBar

    from desktop_app.gui.controllers.annotating import AnnotatingController
    from desktop_app.gui.controllers.finding import FindController
    from desktop_app.gui.controllers.project import ProjectController
    from desktop_app.gui.controllers.reading import ReadingController
    from desktop_app.gui.controllers.recent import RecentFiles
    from desktop_app.gui.controllers.view import ViewController
    from desktop_app.gui.widgets.document_pane import DocumentPane
    from desktop_app.gui.widgets.message_bar import MessageBar
    from desktop_app.gui.widgets.scrollsync import ScrollSync
    from desktop_app.gui.worker import Worker
    from desktop_app.workspace.preferences import Preferences
    from desktop_app.workspace.session import Session, Side


class Window(Protocol):
    prefs: Preferences
    save_preferences: Callable[[Preferences], None] | None  # None: the preferences are not stored
    session: Session
    worker: Worker
    undo_stack: QUndoStack
    message_bar: MessageBar
    actions_by_id: dict[str, QAction]
    panes: dict[Side, DocumentPane]
    scroll_sync: ScrollSync

    reading: ReadingController
    view: ViewController
    project: ProjectController
    annotating: AnnotatingController
    finding: FindController
    recent: RecentFiles

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name

    def working(self, text: str) -> None:
        """Say in the status bar what the worker is doing."""

    def update_actions(self) -> None:
        """Enable the actions that can act on what is open and selected now."""

    def reveal_annotations(self) -> None:
        """Bring the annotation panel to the front."""
