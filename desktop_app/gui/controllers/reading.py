"""Reading readouts into the window and aligning them: files chosen, dropped, handed over by the desktop or
pasted, a pair at once or one readout waiting for its counterpart, swapping the sides, closing; then the
alignment on the worker (again after a link made meanwhile, and once more with the sentence embedding),
and the warning when the two readouts may not report one meeting.

Reading and aligning run on the `Worker`, never on the GUI thread; a readout that cannot be read leaves
the side as it was and says why in the message bar.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop_app.gui import actions as action_table
from desktop_app.gui.controllers.project import WORK_CHANNELS, is_project_file
from desktop_app.gui.i18n import translate
from desktop_app.gui.widgets.document_pane import EMPTY_HINT
from desktop_app.workspace.names import side_word
from desktop_app.workspace.session import SIDES, Replacement, Side, other
from desktop_app.workspace.text import engine_language

if TYPE_CHECKING:
    from desktop_app.core.compare.comparison import Comparison
    from desktop_app.core.compare.corrections import Correction
    from desktop_app.core.model import Document, SideCode
    from desktop_app.gui.controllers.window import Window
    from desktop_app.gui.loading import PairResult


class ReadingController(QObject):
    comparison_shown = Signal()  # a comparison has been drawn (tests and the screenshot wait on it)
    document_failed = Signal(str, str)  # side, message
    readout_opened = Signal(str)  # the side a readout opened on its own went to (it waits for the other)

    def __init__(self, window: Window, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = window
        self.dialog_parent = parent
        self._alignment_corrections: list[Correction] = []  # those the alignment under way applies
        self._meeting_checked: tuple[int, int] | None = None  # the readouts whose meeting was judged
        self._embedding_requested = False

    # =============================================================================== opening

    def close_comparison(self) -> bool:
        """Empty both panes: an untitled window with no readout (unsaved work is offered for saving
        first, as when the window closes). False when the user cancelled."""
        window = self.window
        if not window.project.may_discard_changes(self.tr("closing the comparison")):
            return False
        for channel in WORK_CHANNELS:
            window.worker.cancel(channel)  # a reading or alignment under way belongs to the old work
        self.start_afresh()
        window.session.clear_readouts()
        window.view.state.start_afresh()
        window.message_bar.hide()
        self.show_documents()
        window.annotating.annotations_changed()
        window.project.dirty_state_changed()
        window.statusBar().clearMessage()
        return True

    def new_comparison(self) -> None:
        """Close the comparison, then offer to open the left readout (the empty panes offer the rest)."""
        if self.close_comparison():
            self.choose_file("left")

    def open_left(self) -> None:
        self.choose_file("left")

    def open_right(self) -> None:
        self.choose_file("right")

    def choose_file(self, side: Side) -> None:
        from desktop_app.core.load.raw import READABLE_SUFFIXES  # the engine loads off the start-up path

        recent = self.window.prefs.recent_files
        start = recent[0] if recent else str(Path.home())
        readouts = " ".join("*" + suffix for suffix in READABLE_SUFFIXES)
        title = self.tr("Open the left readout") if side == "left" else self.tr("Open the right readout")
        path, _ = QFileDialog.getOpenFileName(self.dialog_parent, title, str(Path(start).parent),
                                              self.tr("Readouts ({patterns});;All files (*)").format(
                                                  patterns=readouts))
        if path:
            self.open_file(side, Path(path))

    def open_file(self, side: Side, path: Path) -> None:
        """Read a readout on the worker; on success it replaces that side, on failure a message says why.
        A project file opens as a project."""
        from desktop_app.gui.loading import read_file

        if is_project_file(path):
            self.window.project.open_project_file(path)
            return
        worker = self.window.worker
        worker.cancel("pair")
        self.window.working(self.tr("Reading {name}…").format(name=path.name))
        worker.submit(side, lambda: read_file(path),
                      lambda document: self.document_read(side, document, path),
                      lambda error: self.report_failure(side, error))

    def open_paths(self, paths: list[Path]) -> None:
        """Files handed over by the desktop (a file manager, Finder's open events): a project opens as the
        project, two readouts as a pair, one readout beside the one open or on its own."""
        projects = [path for path in paths if is_project_file(path)]
        if projects:
            self.window.project.open_project_file(projects[0])
        elif len(paths) >= 2:
            self.open_pair(paths[0], paths[1])
        elif paths:
            self.open_readout(paths[0])

    def open_readout(self, path: Path) -> None:
        """One readout: on the empty side when the other side is open; otherwise as a new comparison, on
        the side its text suggests (Korean left, Chinese right), the other pane asking for its counterpart."""
        from desktop_app.gui.loading import read_file

        window = self.window
        empty = [side for side in SIDES if window.session.documents[side] is None]
        if len(empty) == 1:
            self.open_file(empty[0], path)
            return
        if not window.project.may_discard_changes(self.tr("opening another readout")):
            return
        for job in ("pair", *SIDES):
            window.worker.cancel(job)
        window.working(self.tr("Reading {name}…").format(name=path.name))
        window.worker.submit("left", lambda: read_file(path),
                             lambda document: self._readout_alone(document, path),
                             lambda error: self.report_failure("left", error))

    def _readout_alone(self, document: Document, path: Path) -> None:
        window = self.window
        side: Side = "right" if document.metadata.side == "CN" else "left"
        self.start_afresh()
        window.session.clear_readouts()
        window.session.set_document(side, document)
        window.recent.remember(path)
        window.message_bar.hide()
        self.show_documents()
        window.annotating.annotations_changed()
        code = document.metadata.side
        if code == "KR":
            opened = self.tr("{name} is open on the {side} as the Korean side's readout").format(
                name=document.name, side=side_word(side))
        elif code == "CN":
            opened = self.tr("{name} is open on the {side} as the Chinese side's readout").format(
                name=document.name, side=side_word(side))
        else:
            opened = self.tr("{name} is open on the {side}").format(name=document.name, side=side_word(side))
        window.message_bar.show_message(self.tr("{opened}. Open or paste {wanted} on the {other} to compare "
                                                "them.").format(opened=opened, wanted=self._wanted(code),
                                                                other=side_word(other(side))), "info")
        self.readout_opened.emit(side)

    def open_pair(self, left: Path, right: Path, remember: bool = True) -> None:
        """Read two readouts and align them in one job (the fastest way to the first picture). A new pair
        is a new project: unsaved work is offered for saving first. The demo pair is not remembered among
        the recent files (`remember=False`)."""
        from desktop_app.gui.loading import read_pair

        window = self.window
        if not window.project.may_discard_changes(self.tr("opening other readouts")):
            return
        for side in SIDES:
            window.worker.cancel(side)
        window.working(self.tr("Reading and aligning…"))
        job_settings = (window.session.settings, window.session.lexicon_file)
        window.worker.submit("pair", lambda: read_pair(left, right, *job_settings),
                             lambda result: self._pair_read(result, remember),
                             lambda error: self.report_failure("left", error))

    def _pair_read(self, result: PairResult, remember: bool = True) -> None:
        session = self.window.session
        if result.documents:
            self.start_afresh()
        for side, path in result.paths.items():
            document = result.documents.get(side)
            if document is not None:
                session.set_document(side, document)
                if remember:
                    self.window.recent.remember(path)
            else:
                self.report_failure(side, result.errors[side])
        if result.errors:  # the failure stays in the message bar: no verdict on a half-replaced pair
            documents = session.documents
            self._meeting_checked = (id(documents.get("left")), id(documents.get("right")))
        self.show_documents()
        if result.comparison is not None and session.accept_comparison(result.comparison):
            self.comparison_ready()
        else:
            self.request_alignment()

    def start_afresh(self) -> None:
        """A new pair of readouts: a new, untitled project with nothing unsaved."""
        window = self.window
        window.session.new_pair()
        window.undo_stack.clear()
        window.project.forget_file()
        window.view.selection.clear()
        window.annotating.annotations_changed()
        window.project.dirty_state_changed()

    def document_read(self, side: Side, document: Document, path: Path | None) -> None:
        """A readout read for one side: it replaces what was there, and the pair is aligned again."""
        window = self.window
        window.message_bar.hide()
        report = window.session.set_document(side, document)
        # The undo history refers to the old readout's statements and offsets: it ends here.
        window.undo_stack.clear()
        if path is not None:
            window.recent.remember(path)
        window.project.readout_replaced(side)
        self.show_documents()
        self.request_alignment()
        window.annotating.annotations_changed()
        self._report_replacement(side, report)
        window.project.touch_work()
        window.project.update_title()

    def _report_replacement(self, side: Side, report: Replacement) -> None:
        """Say what became of the annotations and corrections when a readout was replaced."""
        parts = []
        if report.orphaned:
            parts.append((self.tr("1 annotation was not found in it and kept as orphaned (⚠ in the "
                                  "Annotations panel)") if report.orphaned == 1 else
                          self.tr("{count} annotations were not found in it and kept as orphaned (⚠ in the "
                                  "Annotations panel)")).format(count=report.orphaned))
        if report.found_again:
            parts.append(self.tr("{count} orphaned annotation(s) found their text again").format(
                count=report.found_again))
        if report.corrections_dropped:
            parts.append(self.tr("{count} manual link(s) or unlink(s) referred to statements no longer there "
                                 "and were dropped").format(count=report.corrections_dropped))
        if parts:
            self.window.message_bar.show_message(self.tr("The {side} readout was replaced: {what}.").format(
                side=side_word(side), what=self.tr("; ").join(parts)), "info")

    def report_failure(self, side: Side, error: object) -> None:
        """A readout could not be read: the side stays as it was, and the message bar says why."""
        message = str(error) or error.__class__.__name__
        self.window.message_bar.show_message(self.tr("The {side} readout was not changed: {message}").format(
            side=side_word(side), message=message))
        self.document_failed.emit(side, message)

    def files_dropped(self, side: Side, files: list[Path]) -> None:
        projects = [f for f in files if is_project_file(f)]
        if projects:  # a project dropped anywhere opens as the project
            self.window.project.open_project_file(projects[0])
            return
        if len(files) >= 2:  # two files dropped together: one readout per side
            self.open_file("left", files[0])
            self.open_file("right", files[1])
        elif files:
            self.open_file(side, files[0])

    def paste_left(self) -> None:
        self.paste("left")

    def paste_right(self) -> None:
        self.paste("right")

    def paste(self, side: Side) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.window.message_bar.show_message(
                self.tr("The clipboard holds no text to use as a readout."), "info")
            return
        from desktop_app.gui.loading import read_text

        worker = self.window.worker
        worker.cancel("pair")
        worker.submit(side, lambda: read_text(text),
                      lambda document: self.document_read(side, document, None),
                      lambda error: self.report_failure(side, error))

    def swap_sides(self) -> None:
        window = self.window
        window.session.swap()
        window.undo_stack.clear()  # its commands name sides and statements as they were
        window.view.selection.clear()
        window.view.state.reading_side = "left"
        self.show_documents()
        self.request_alignment()
        window.annotating.annotations_changed()
        window.project.touch_work()

    def set_side_code(self, side: Side, code: SideCode) -> None:
        if not self.window.session.set_side_code(side, code):
            return
        self.window.view.render()
        self.window.annotating.annotations_changed()  # the panel names sides by their labels
        self.window.project.mark_changed()

    # =============================================================================== aligning

    def request_alignment(self) -> None:
        session = self.window.session
        if not session.complete:
            return
        self.window.working("Aligning…")
        self._alignment_corrections = list(session.corrections)
        self.window.worker.submit("align", session.alignment_job(), self._aligned, self._alignment_failed)

    def realign(self) -> None:
        self.window.session.forget_comparison()
        self.request_alignment()

    def _aligned(self, comparison: Comparison) -> None:
        session = self.window.session
        if session.corrections != self._alignment_corrections:
            # A link was made or undone while aligning: this result lacks it, so align again.
            self.request_alignment()
            return
        if session.accept_comparison(comparison):
            self.comparison_ready()

    def _load_embedding(self) -> None:
        """Load the sentence embedding off the GUI thread, once the first comparison is on screen (so the
        readouts appear as fast as without it); that comparison is then aligned again with it."""
        from desktop_app.core import embedding

        if self._embedding_requested or embedding.ready():
            return
        self._embedding_requested = True
        self.window.worker.submit("embedding", embedding.preload, lambda _: self._embedding_loaded(),
                                  lambda error: self._embedding_loaded())

    def _embedding_loaded(self) -> None:
        from desktop_app.core import embedding

        problem = embedding.problem()
        if problem is not None:
            self.window.message_bar.show_message(
                self.tr("Aligning without the sentence embedding: {problem}.").format(problem=problem),
                "info")
            return
        comparison = self.window.session.comparison
        if comparison is not None and comparison.embedding_pending:
            self.request_alignment()

    def _alignment_failed(self, error: object) -> None:
        self.window.message_bar.show_message(
            self.tr("The readouts could not be aligned: {error}").format(error=error))

    def comparison_ready(self) -> None:
        """The session's comparison is new (aligned, corrected or restored): draw it."""
        comparison = self.window.session.comparison
        assert comparison is not None
        self.window.view.show_comparison(comparison)
        self._check_meeting(comparison)
        if comparison.embedding_pending:
            self._load_embedding()
            self.window.working(self.tr("Loading the sentence embedding for a finer alignment…"))
        self.comparison_shown.emit()

    def _check_meeting(self, comparison: Comparison) -> None:
        """Say first, in the message bar, when the two readouts may not report one meeting; once per pair
        of readouts, so that a dismissed warning stays dismissed through re-alignments."""
        from desktop_app.core.compare.meeting import check_documents
        from desktop_app.core.model import side_names
        from desktop_app.core.wording import known

        pair = (id(comparison.left), id(comparison.right))
        if pair == self._meeting_checked:
            return
        self._meeting_checked = pair
        language = engine_language()  # the engine's sentence, in the window's language
        names = side_names(self.window.session.side_codes)
        labels = {side: known(language, name) for side, name in names.items()}
        message = check_documents(comparison.left, comparison.right).message(labels, language)
        if message:
            self.window.message_bar.show_message(message, "warning")

    # =============================================================================== showing

    def show_documents(self) -> None:
        """Put the session's readouts in the panes (untinted until their comparison arrives)."""
        window = self.window
        window.view.forget_comparison()
        for side, pane in window.panes.items():
            document = window.session.documents[side]
            if pane.document is not document:
                pane.show_document(document, window.session.side_codes[side])
            pane.set_empty_message(self._empty_message(side))
        window.recent.show_in_empty_pane()
        window.annotating.show_marks()
        window.view.render()
        window.finding.refresh()

    def apply_project_view(self) -> None:
        """Draw a project just restored into the session: its readouts, saved links and annotations."""
        self.window.view.start_afresh()
        self.show_documents()
        self.comparison_ready()
        self.window.annotating.annotations_changed()

    def _empty_message(self, side: Side) -> str:
        """What an empty pane says: which readout it wants, when the other side is already there."""
        shortcut = action_table.shortcut_text(action_table.spec(f"open_{side}"))
        session = self.window.session
        present = session.documents[other(side)]
        if present is None:
            return translate("DocumentPane", EMPTY_HINT).format(shortcut=shortcut)
        return self.tr("{name} is open on the {side}. Open or paste {wanted} here to compare them "
                       "({shortcut}), or drop a file here.").format(
            name=present.name, side=side_word(other(side)), shortcut=shortcut,
            wanted=self._wanted(session.side_codes[other(side)]))

    def _wanted(self, code: str) -> str:
        """The readout that would complete a pair whose one readout is from side `code`."""
        if code == "KR":
            return self.tr("the Chinese side's readout")
        if code == "CN":
            return self.tr("the Korean side's readout")
        return self.tr("the other readout")
