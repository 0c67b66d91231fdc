"""The window's project file and the never-lose-work machinery: open, save, save as, the dirty marker,
the prompt before unsaved work would go, the minute autosave, and recovery after a crash.

Unsaved = the undo stack is away from its clean state, or a change outside it (a side label, a replaced
readout, a recovered project) happened since the last save.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from shiboken6 import isValid

from desktop_app.core.project import autosave
from desktop_app.core.project.file import PROJECT_SUFFIX, Project, ProjectError, load_project, save_project

if TYPE_CHECKING:
    from desktop_app.gui.controllers.window import Window

AUTOSAVE_MS = 60_000  # "every minute while there are unsaved changes"
# The worker's channels whose work belongs to the readouts open: new work cancels them.
WORK_CHANNELS = ("pair", "left", "right", "align", "project")
Answer = QMessageBox.StandardButton


def is_project_file(path: Path) -> bool:
    return path.suffix.casefold() == PROJECT_SUFFIX


class ProjectController(QObject):
    """Project files, unsaved changes and autosaves."""

    project_failed = Signal(str)  # the one-line message of a project that could not be opened

    # =============================================================================== state

    def __init__(self, window: Window, parent: QWidget, autosave_ms: int = AUTOSAVE_MS) -> None:
        super().__init__(parent)
        self.window = window
        self.dialog_parent = parent
        self.project_path: str | None = None
        self.autosave_session = autosave.new_session_id()
        self._unsaved_outside = False  # a change the undo stack does not hold
        # The sides whose readout was replaced since the project file was opened or saved: with both
        # replaced the work is another pair, no longer that project (Save must not overwrite it).
        self._replaced_sides: set[str] = set()
        self._changes = 0  # counts every change, so an autosave is written once per state
        self._autosaved_changes = 0
        stack = window.undo_stack
        # The stack signals while it is destroyed with the window: then there is nothing to update.
        def clean_changed(_clean: bool) -> None:
            if isValid(stack):
                self.dirty_state_changed()

        stack.cleanChanged.connect(clean_changed)
        stack.indexChanged.connect(lambda _index: self._count_change())
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setObjectName("autosaveTimer")
        self.autosave_timer.setInterval(autosave_ms)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.autosave_timer.start()

    @property
    def is_dirty(self) -> bool:
        return self._unsaved_outside or not self.window.undo_stack.isClean()

    def mark_changed(self) -> None:
        """A change of the project that the undo stack does not hold."""
        self._unsaved_outside = True
        self._count_change()
        self.dirty_state_changed()

    def touch_work(self) -> None:
        """The readouts or the alignment changed: unsaved only if there is work to keep (a project, an
        annotation, a correction); two readouts just opened are not yet anything to lose."""
        if self.project_path is not None or self.window.session.has_work():
            self.mark_changed()

    def forget_file(self) -> None:
        """Other readouts: a new, untitled project, with nothing unsaved yet."""
        self.project_path = None
        self._replaced_sides.clear()
        self._unsaved_outside = False

    def readout_replaced(self, side: str) -> None:
        self._replaced_sides.add(side)
        if self.project_path is not None and self._replaced_sides >= {"left", "right"}:
            # Both readouts replaced: another pair, so no longer that project (Save asks for a name).
            self.project_path = None
            self._unsaved_outside = True

    def close_cleanly(self) -> None:
        """The window closes with nothing to keep (saved, or discarded): no autosave is to be offered."""
        self.autosave_timer.stop()
        self._discard_own_autosave()

    def _count_change(self) -> None:
        self._changes += 1

    def _set_clean(self) -> None:
        self._unsaved_outside = False
        self.window.undo_stack.setClean()
        self.dirty_state_changed()

    def dirty_state_changed(self) -> None:
        if not self.is_dirty:
            # Back to what is saved (a save, or undone to it): an autosave would only offer it again.
            self._discard_own_autosave()
        self.update_title()

    def update_title(self) -> None:
        if self.project_path is not None:
            name = Path(self.project_path).name
        else:
            names = [d.name for d in self.window.session.documents.values() if d is not None]
            name = " ↔ ".join(names) if names else "Parallax"
        # "[*]" is where Qt shows the "*" of unsaved changes (and nothing on macOS, which uses the dot).
        self.dialog_parent.setWindowTitle(f"{name}[*] — Parallax" if name != "Parallax" else "Parallax[*]")
        self.dialog_parent.setWindowModified(self.is_dirty)

    # =============================================================================== unsaved work

    def may_discard_changes(self, doing: str) -> bool:
        """Before unsaved work would go: Save (then go on if saved), Discard, or Cancel."""
        if not self.is_dirty:
            return True
        name = (Path(self.project_path).name if self.project_path
                else self.tr("this comparison"))
        answer = QMessageBox.question(
            self.dialog_parent, self.tr("Unsaved Changes — Parallax"),
            self.tr("Save the changes to {name} before {doing}?\n\nYour annotations, links and corrections "
                    "since the last save are lost if you don't save.").format(name=name, doing=doing),
            Answer.Save | Answer.Discard | Answer.Cancel, Answer.Save)
        if answer == Answer.Save:
            return self.save_project()
        return answer == Answer.Discard

    # =============================================================================== opening

    def open_project(self) -> None:
        start = str(Path(self.project_path).parent) if self.project_path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self.dialog_parent,
                                              self.tr("Open Project"), start,
                                              self._project_filter())
        if path:
            self.open_project_file(Path(path))

    def open_project_file(self, path: Path) -> None:
        """Read a project on the worker; it replaces the current work only once it has been read whole
        (and the user let unsaved work go), so a damaged file changes nothing."""
        self.window.working(self.tr("Opening {name}…").format(name=path.name))
        self.window.worker.submit("project", lambda: load_project(path),
                           lambda project: self._project_read(project, path), self._project_failed)

    def _project_read(self, project: Project, path: Path) -> None:
        if not self.may_discard_changes(self.tr("opening {name}").format(name=path.name)):
            return
        self.apply_project(project, str(path), dirty=False)
        self.window.recent.remember_project(path)
        self.window.statusBar().showMessage(self.tr("Opened {path}").format(path=path), 4000)

    def _project_failed(self, error: object) -> None:
        message = str(error) if isinstance(error, ProjectError) else f"{error.__class__.__name__}: {error}"
        self.window.message_bar.show_message(self.tr(
            "The project was not opened: {message}. Your current work is unchanged.").format(
            message=message))
        self.project_failed.emit(message)

    def apply_project(self, project: Project, path: str | None, dirty: bool) -> None:
        """Show a project exactly as it is: its readouts and saved links, no re-alignment."""
        for channel in WORK_CHANNELS:
            self.window.worker.cancel(channel)  # a reading or alignment under way belongs to the old work
        self.window.session.restore(project)
        self.window.undo_stack.clear()
        self.project_path = path
        self._replaced_sides.clear()
        self._unsaved_outside = dirty
        self._count_change()  # a new state: the next autosave writes it
        self.window.message_bar.hide()
        if project.warnings:
            self.window.message_bar.show_message("; ".join(project.warnings).capitalize() + ".", "info")
        self.window.reading.apply_project_view()
        self.dirty_state_changed()

    # =============================================================================== saving

    def save_project(self) -> bool:
        if self.project_path is None:
            return self.save_project_as()
        return self.write_project(Path(self.project_path))

    def save_project_as(self) -> bool:
        start = self.project_path or str(Path.home() / self._suggested_name())
        path, _ = QFileDialog.getSaveFileName(self.dialog_parent,
                                              self.tr("Save Project As"),
                                              start,
                                              self._project_filter())
        if not path:
            return False
        target = Path(path)
        if target.suffix.casefold() != PROJECT_SUFFIX:
            target = target.with_name(target.name + PROJECT_SUFFIX)
        return self.write_project(target)

    def _project_filter(self) -> str:
        return self.tr("Parallax projects (*{suffix});;All files (*)").format(suffix=PROJECT_SUFFIX)

    def _suggested_name(self) -> str:
        left = self.window.session.documents["left"]
        return (Path(left.name).stem if left is not None else "comparison") + PROJECT_SUFFIX

    def write_project(self, path: Path) -> bool:
        """Save atomically (the previous file kept as NAME.parallax.bak); on failure say why and keep
        everything as it is, unsaved."""
        project = self._project_now()
        if project is None:
            self.window.message_bar.show_message(
                self.tr("There is nothing to save yet: open two readouts first."), "info")
            return False
        try:
            save_project(project, path)
        except OSError as error:
            reason = error.strerror or str(error)
            self.window.message_bar.show_message(self.tr(
                "The project was not saved to {path}: {reason}. Your work is still here, "
                "unsaved: use Save Project As to choose another place.").format(path=path, reason=reason))
            return False
        self.project_path = str(path)
        self._replaced_sides.clear()
        self._set_clean()
        self.window.recent.remember_project(path)
        self.window.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 4000)
        return True

    def _project_now(self) -> Project | None:
        """The project as it is now, aligning at once if an alignment is still under way (a save must not
        wait on the worker, and a typical pair aligns in milliseconds)."""
        if self.window.session.comparison is None:
            if not self.window.session.complete:
                return None
            QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
            try:
                self.window.session.align_now()
            finally:
                QApplication.restoreOverrideCursor()
            self.window.reading.comparison_ready()
        return self.window.session.to_project()

    # =============================================================================== autosave

    def autosave_now(self) -> bool:
        """Write the unsaved work to the user state folder (not while there is nothing new to keep)."""
        if not self.is_dirty or self.window.session.comparison is None:
            return False
        if self._changes == self._autosaved_changes:
            # Nothing new, but this window is alive: say so, or another Parallax would take the autosave
            # for a crashed session's after a few minutes and offer (or discard) it.
            autosave.keep_alive(self.autosave_session)
            return False
        try:
            project = self.window.session.to_project()
            autosave.write_autosave(project, self.autosave_session, self.project_path)
        except OSError as error:
            self.window.statusBar().showMessage(
                self.tr("Autosave failed: {reason}").format(reason=error.strerror or error),
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
        choice, chosen = recovery.ask_recovery(found, self.dialog_parent)
        if chosen is None or choice == "later":
            return False
        if choice == "discard":
            answer = QMessageBox.question(
                self.dialog_parent, self.tr("Discard Unsaved Work — Parallax"),
                self.tr("Delete the unsaved work for good? This cannot be undone."),
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
            self.window.message_bar.show_message(
                self.tr("The unsaved work could not be recovered: {error}").format(error=error))
            return False
        if not self.may_discard_changes(self.tr("recovering unsaved work")):
            return False
        self.apply_project(project, found.project_path, dirty=True)
        if self.autosave_now():
            autosave.discard_autosave(found.session)
        where = (Path(found.project_path).name if found.project_path
                 else self.tr("a new project"))
        self.window.message_bar.show_message(self.tr(
            "Recovered unsaved work of {where}. Save it to keep it.").format(where=where),
            "info")
        return True
