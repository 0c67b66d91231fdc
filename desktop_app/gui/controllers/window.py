"""The window as its controllers see it: the state and widgets they share, and each other. `MainWindow`
is the one implementation; the controllers are typed against this, not against the window's class.

Each controller is seen here only through the members the others call (one protocol each), so this
file imports no controller and the controllers form no import circle; mypy checks each controller
against its protocol where `MainWindow` passes itself as a `Window`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtGui import QAction, QUndoStack
    from PySide6.QtWidgets import QStatusBar

    from desktop_app.core.compare.comparison import Comparison
    from desktop_app.core.model import Document
    from desktop_app.gui.widgets.document_pane import DocumentPane
    from desktop_app.gui.widgets.message_bar import MessageBar
    from desktop_app.gui.widgets.scrollsync import ScrollSync
    from desktop_app.gui.worker import Worker
    from desktop_app.workspace.navigation import ComparisonIndex
    from desktop_app.workspace.preferences import Preferences
    from desktop_app.workspace.selection import Selection
    from desktop_app.workspace.session import Session, Side
    from desktop_app.workspace.view import ViewState


class ReadingPort(Protocol):
    """`ReadingController` (reading.py), as the other controllers call it."""

    def open_file(self, side: Side, path: Path) -> None: ...
    def document_read(self, side: Side, document: Document, path: Path | None) -> None: ...
    def report_failure(self, side: Side, error: object) -> None: ...
    def request_alignment(self) -> None: ...
    def comparison_ready(self) -> None: ...
    def apply_project_view(self) -> None: ...


class ViewPort(Protocol):
    """`ViewController` (view.py), as the other controllers call it."""

    @property
    def index(self) -> ComparisonIndex | None: ...  # None until the readouts are aligned
    @property
    def selection(self) -> Selection: ...
    @property
    def state(self) -> ViewState: ...

    def show_comparison(self, comparison: Comparison) -> None: ...
    def forget_comparison(self) -> None: ...
    def start_afresh(self) -> None: ...
    def render(self) -> None: ...
    def render_selection(self) -> None: ...
    def selected_links(self) -> set[int]: ...
    def select_statement(self, side: Side, index: int, additive: bool = False,
                         reveal_counterpart: bool = True) -> None: ...
    def reveal(self, side: Side, index: int) -> None: ...
    def unfold(self) -> None: ...


class ProjectPort(Protocol):
    """`ProjectController` (project.py), as the other controllers call it."""

    @property
    def project_path(self) -> str | None: ...  # None: an untitled project

    def open_project_file(self, path: Path) -> None: ...
    def may_discard_changes(self, doing: str) -> bool: ...
    def mark_changed(self) -> None: ...
    def touch_work(self) -> None: ...
    def forget_file(self) -> None: ...
    def readout_replaced(self, side: str) -> None: ...
    def dirty_state_changed(self) -> None: ...
    def update_title(self) -> None: ...


class AnnotatingPort(Protocol):
    """`AnnotatingController` (annotating.py), as the other controllers call it."""

    def annotations_changed(self) -> None: ...
    def show_marks(self) -> None: ...
    def annotation_lines(self, side: Side, index: int) -> list[str]: ...


class FindingPort(Protocol):
    """`FindController` (finding.py), as the other controllers call it."""

    def refresh(self) -> None: ...


class RecentPort(Protocol):
    """`RecentFiles` (recent.py), as the other controllers call it."""

    def remember(self, path: Path) -> None: ...
    def remember_project(self, path: Path) -> None: ...
    def show_in_empty_pane(self) -> None: ...


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

    # Read-only, so that the window's controllers (their classes) may stand for these protocols.
    @property
    def reading(self) -> ReadingPort: ...
    @property
    def view(self) -> ViewPort: ...
    @property
    def project(self) -> ProjectPort: ...
    @property
    def annotating(self) -> AnnotatingPort: ...
    @property
    def finding(self) -> FindingPort: ...
    @property
    def recent(self) -> RecentPort: ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name

    def working(self, text: str) -> None:
        """Say in the status bar what the worker is doing."""

    def update_actions(self) -> None:
        """Enable the actions that can act on what is open and selected now."""

    def reveal_annotations(self) -> None:
        """Bring the annotation panel to the front."""
