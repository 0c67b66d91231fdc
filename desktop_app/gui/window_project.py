"""The window's project file and the never-lose-work machinery: open, save, save as, the dirty marker,
the prompt before unsaved work would go, the minute autosave, and recovery after a crash.

Unsaved = the undo stack is away from its clean state, or a change outside it (a side label, a replaced
readout, a recovered project) happened since the last save. A mixin of `MainWindow`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, SignalInstance
from PySide6.QtGui import QAction, QCursor, QUndoStack
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QStatusBar
from shiboken6 import isValid

from desktop_app.core.project import autosave
from desktop_app.core.project.file import PROJECT_SUFFIX, Project, ProjectError, load_project, save_project
from desktop_app.gui.i18n import translate
from desktop_app.workspace.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop_app.gui.widgets.message_bar import MessageBar
    from desktop_app.gui.worker import Worker
    from desktop_app.workspace.session import Session

PROJECT_FILTER = QT_TRANSLATE_NOOP("ProjectMixin", "Parallax projects (*{suffix});;All files (*)")
AUTOSAVE_MS = 60_000  # "every minute while there are unsaved changes"
Answer = QMessageBox.StandardButton


def is_project_file(path: Path) -> bool:
    return path.suffix.casefold() == PROJECT_SUFFIX


class ProjectMixin:
    """Project files, unsaved changes and autosaves (mixed into `MainWindow`)."""

    if TYPE_CHECKING:  # what the mixin uses of the window
        session: Session
        worker: Worker
        message_bar: MessageBar
        undo_stack: QUndoStack
        actions_by_id: dict[str, QAction]

        project_failed: SignalInstance

        def statusBar(self) -> QStatusBar: ...  # noqa: N802, E704
        def setWindowTitle(self, title: str) -> None: ...  # noqa: N802, E704
        def setWindowModified(self, modified: bool) -> None: ...  # noqa: N802, E704
        def _apply_project_view(self) -> None: ...  # noqa: E704
        def _comparison_ready(self) -> None: ...  # noqa: E704
        def _working(self, text: str) -> None: ...  # noqa: E704
        def remember_project(self, path: Path) -> None: ...  # noqa: E704

    # =============================================================================== state

    def _build_project_keeping(self, autosave_ms: int) -> None:
        self.project_path: str | None = None
        self.autosave_session = autosave.new_session_id()
        self._unsaved_outside = False  # a change the undo stack does not hold
        # The sides whose readout was replaced since the project file was opened or saved: with both
        # replaced the work is another pair, no longer that project (Save must not overwrite it).
        self._replaced_sides: set[str] = set()
        self._changes = 0  # counts every change, so an autosave is written once per state
        self._autosaved_changes = 0
        stack = self.undo_stack
        # The stack signals while it is destroyed with the window: then there is nothing to update.
        def clean_changed(_clean: bool) -> None:
            if isValid(stack):
                self._dirty_state_changed()

        stack.cleanChanged.connect(clean_changed)
        stack.indexChanged.connect(lambda _index: self._count_change())
        self.autosave_timer = QTimer(self)  # type: ignore[arg-type]
        self.autosave_timer.setObjectName("autosaveTimer")
        self.autosave_timer.setInterval(autosave_ms)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.autosave_timer.start()

    @property
    def is_dirty(self) -> bool:
        return self._unsaved_outside or not self.undo_stack.isClean()

    def mark_changed(self) -> None:
        """A change of the project that the undo stack does not hold."""
        self._unsaved_outside = True
        self._count_change()
        self._dirty_state_changed()

    def touch_work(self) -> None:
        """The readouts or the alignment changed: unsaved only if there is work to keep (a project, an
        annotation, a correction); two readouts just opened are not yet anything to lose."""
        if self.project_path is not None or self.session.has_work():
            self.mark_changed()

    def _count_change(self) -> None:
        self._changes += 1

    def _set_clean(self) -> None:
        self._unsaved_outside = False
        self.undo_stack.setClean()
        self._dirty_state_changed()

    def _dirty_state_changed(self) -> None:
        if not self.is_dirty:
            # Back to what is saved (a save, or undone to it): an autosave would only offer it again.
            self._discard_own_autosave()
        self.update_title()

    def update_title(self) -> None:
        if self.project_path is not None:
            name = Path(self.project_path).name
        else:
            names = [d.name for d in self.session.documents.values() if d is not None]
            name = " ↔ ".join(names) if names else "Parallax"
        # "[*]" is where Qt shows the "*" of unsaved changes (and nothing on macOS, which uses the dot).
        self.setWindowTitle(f"{name}[*] — Parallax" if name != "Parallax" else "Parallax[*]")
        self.setWindowModified(self.is_dirty)

    # =============================================================================== unsaved work

    def may_discard_changes(self, doing: str) -> bool:
        """Before unsaved work would go: Save (then go on if saved), Discard, or Cancel."""
        if not self.is_dirty:
            return True
        name = (Path(self.project_path).name if self.project_path
                else translate("ProjectMixin", "this comparison"))
        answer = QMessageBox.question(
            self, translate("ProjectMixin", "Unsaved Changes — Parallax"),  # type: ignore[arg-type]
            translate("ProjectMixin", "Save the changes to {name} before {doing}?\n\nYour annotations, links "
                                      "and corrections "
                    "since the last save are lost if you don't save.").format(name=name, doing=doing),
            Answer.Save | Answer.Discard | Answer.Cancel, Answer.Save)
        if answer == Answer.Save:
            return self.save_project()
        return answer == Answer.Discard

    # =============================================================================== opening

    def open_project(self) -> None:
        start = str(Path(self.project_path).parent) if self.project_path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self,  # type: ignore[arg-type]
                                              translate("ProjectMixin", "Open Project"), start,
                                              self._project_filter())
        if path:
            self.open_project_file(Path(path))

    def open_project_file(self, path: Path) -> None:
        """Read a project on the worker; it replaces the current work only once it has been read whole
        (and the user let unsaved work go), so a damaged file changes nothing."""
        self._working(translate("ProjectMixin", "Opening {name}…").format(name=path.name))
        self.worker.submit("project", lambda: load_project(path),
                           lambda project: self._project_read(project, path), self._project_failed)

    def _project_read(self, project: Project, path: Path) -> None:
        if not self.may_discard_changes(translate("ProjectMixin", "opening {name}").format(name=path.name)):
            return
        self.apply_project(project, str(path), dirty=False)
        self.remember_project(path)
        self.statusBar().showMessage(translate("ProjectMixin", "Opened {path}").format(path=path), 4000)

    def _project_failed(self, error: object) -> None:
        message = str(error) if isinstance(error, ProjectError) else f"{error.__class__.__name__}: {error}"
        self.message_bar.show_message(translate(
            "ProjectMixin", "The project was not opened: {message}. Your current work is unchanged.").format(
            message=message))
        self.project_failed.emit(message)

    def apply_project(self, project: Project, path: str | None, dirty: bool) -> None:
        """Show a project exactly as it is: its readouts and saved links, no re-alignment."""
        for channel in ("pair", "left", "right", "align", "project"):
            self.worker.cancel(channel)  # a reading or alignment under way belongs to the old work
        self.session.restore(project)
        self.undo_stack.clear()
        self.project_path = path
        self._replaced_sides.clear()
        self._unsaved_outside = dirty
        self._count_change()  # a new state: the next autosave writes it
        self.message_bar.hide()
        if project.warnings:
            self.message_bar.show_message("; ".join(project.warnings).capitalize() + ".", "info")
        self._apply_project_view()
        self._dirty_state_changed()

    # =============================================================================== saving

    def save_project(self) -> bool:
        if self.project_path is None:
            return self.save_project_as()
        return self.write_project(Path(self.project_path))

    def save_project_as(self) -> bool:
        start = self.project_path or str(Path.home() / self._suggested_name())
        path, _ = QFileDialog.getSaveFileName(self,  # type: ignore[arg-type]
                                              translate("ProjectMixin", "Save Project As"),
                                              start,
                                              self._project_filter())
        if not path:
            return False
        target = Path(path)
        if target.suffix.casefold() != PROJECT_SUFFIX:
            target = target.with_name(target.name + PROJECT_SUFFIX)
        return self.write_project(target)

    def _project_filter(self) -> str:
        return translate("ProjectMixin", PROJECT_FILTER).format(suffix=PROJECT_SUFFIX)

    def _suggested_name(self) -> str:
        left = self.session.documents["left"]
        return (Path(left.name).stem if left is not None else "comparison") + PROJECT_SUFFIX

    def write_project(self, path: Path) -> bool:
        """Save atomically (the previous file kept as NAME.parallax.bak); on failure say why and keep
        everything as it is, unsaved."""
        project = self._project_now()
        if project is None:
            self.message_bar.show_message(
                translate("ProjectMixin", "There is nothing to save yet: open two readouts first."), "info")
            return False
        try:
            save_project(project, path)
        except OSError as error:
            reason = error.strerror or str(error)
            self.message_bar.show_message(translate(
                "ProjectMixin", "The project was not saved to {path}: {reason}. Your work is still here, "
                "unsaved: use Save Project As to choose another place.").format(path=path, reason=reason))
            return False
        self.project_path = str(path)
        self._replaced_sides.clear()
        self._set_clean()
        self.remember_project(path)
        self.statusBar().showMessage(translate("ProjectMixin", "Saved {path}").format(path=path), 4000)
        return True

    def _project_now(self) -> Project | None:
        """The project as it is now, aligning at once if an alignment is still under way (a save must not
        wait on the worker, and a typical pair aligns in milliseconds)."""
        if self.session.comparison is None:
            if not self.session.complete:
                return None
            QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
            try:
                self.session.comparison = self.session.alignment_job()()
            finally:
                QApplication.restoreOverrideCursor()
            self._comparison_ready()
        return self.session.to_project()

    # =============================================================================== autosave

    def autosave_now(self) -> bool:
        """Write the unsaved work to the user state folder (not while there is nothing new to keep)."""
        if not self.is_dirty or self.session.comparison is None:
            return False
        if self._changes == self._autosaved_changes:
            # Nothing new, but this window is alive: say so, or another Parallax would take the autosave
            # for a crashed session's after a few minutes and offer (or discard) it.
            autosave.keep_alive(self.autosave_session)
            return False
        try:
            autosave.write_autosave(self.session.to_project(), self.autosave_session, self.project_path)
        except OSError as error:
            self.statusBar().showMessage(
                translate("ProjectMixin", "Autosave failed: {reason}").format(reason=error.strerror or error),
                8000)
            return False
        self._autosaved_changes = self._changes
        return True

    def _discard_own_autosave(self) -> None:
        try:
            autosave.discard_autosave(self.autosave_session)
        except OSError:
            pass  # a stale autosave of a clean state is harmless; it is offered once and can be discarded
        self._autosaved_changes = self._changes

    def offer_recovery(self) -> bool:
        """At start: work left by a session that ended without saving is offered back. True if recovered."""
        from desktop_app.gui.dialogs import recovery

        found = autosave.recoverable_autosaves(own_session=self.autosave_session)
        if not found:
            return False
        choice, chosen = recovery.ask_recovery(found, self)  # type: ignore[arg-type]
        if chosen is None or choice == "later":
            return False
        if choice == "discard":
            answer = QMessageBox.question(
                self, translate("ProjectMixin", "Discard Unsaved Work — Parallax"),  # type: ignore[arg-type]
                translate("ProjectMixin", "Delete the unsaved work for good? This cannot be undone."),
                Answer.Discard | Answer.Cancel, Answer.Cancel)
            if answer == Answer.Discard:
                autosave.discard_autosave(chosen.session)
            return False
        return self.recover(chosen)

    def recover(self, found: autosave.Autosave) -> bool:
        """Open an autosave as unsaved work belonging to its project file; the old autosave goes only once
        this session has written its own."""
        try:
            project = load_project(found.path)
        except ProjectError as error:
            self.message_bar.show_message(translate("ProjectMixin", "The unsaved work could not be "
                                                                    "recovered: {error}").format(
                error=error))
            return False
        if not self.may_discard_changes(translate("ProjectMixin", "recovering unsaved work")):
            return False
        self.apply_project(project, found.project_path, dirty=True)
        if self.autosave_now():
            autosave.discard_autosave(found.session)
        where = (Path(found.project_path).name if found.project_path
                 else translate("ProjectMixin", "a new project"))
        self.message_bar.show_message(translate(
            "ProjectMixin", "Recovered unsaved work of {where}. Save it to keep it.").format(where=where),
            "info")
        return True
