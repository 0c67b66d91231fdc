"""File → Export report…: the report of the comparison on screen, with the user's side labels and
annotations, in any format, written on the worker so the window never waits for it.

The PDF is laid out and painted off the GUI thread as well: `QTextDocument` and `QPdfWriter` are not
widgets, and Qt allows them in any thread once the application exists and the bundled font has been
registered on the GUI thread (done here before the job starts). What the job reads is a snapshot taken
on the GUI thread, so links made or annotations added while it runs do not reach it half-way.
A mixin of `MainWindow`.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QProgressBar, QStatusBar

from desktop_app.gui.dialogs.export import ExportChoice, ExportDialog, remembered, suffix_for
from desktop_app.gui.i18n import translate

if TYPE_CHECKING:
    from desktop_app.core.annotations import Annotation, Tag
    from desktop_app.core.compare.comparison import Comparison
    from desktop_app.core.report.build import Report
    from desktop_app.gui.widgets.message_bar import MessageBar
    from desktop_app.gui.worker import Worker
    from desktop_app.workspace.navigation import ComparisonIndex
    from desktop_app.workspace.session import Session

EXPORT_CHANNEL = "export"


class _PageRelay(QObject):
    """Carries the PDF writer's "page n of m" from the worker thread to the window (queued)."""

    advanced = Signal(int, int, int)  # export number, pages done, pages in all


def _nothing_to_export() -> str:
    return translate("ExportMixin", "Open two readouts first: the report is of their comparison")


class ExportMixin:
    """Exporting the report (mixed into `MainWindow`)."""

    if TYPE_CHECKING:  # what the mixin uses of the window
        session: Session
        index: ComparisonIndex | None
        worker: Worker
        message_bar: MessageBar
        actions_by_id: dict[str, QAction]
        project_path: str | None
        busy: QProgressBar

        export_finished: SignalInstance

        def statusBar(self) -> QStatusBar: ...  # noqa: N802, E704
        def _working(self, text: str) -> None: ...  # noqa: E704

    # =============================================================================== state

    def _build_export(self) -> None:
        self._last_export: ExportChoice | None = None
        self._export_number = 0  # tells the progress of the current export from a superseded one's
        self._page_relay = _PageRelay(self)  # type: ignore[arg-type]
        # Explicitly queued: the signal is emitted on the worker thread, the bar lives on this one.
        self._page_relay.advanced.connect(self._export_progressed, Qt.ConnectionType.QueuedConnection)

    # =============================================================================== asking

    def export_report(self) -> None:
        comparison = self.session.comparison
        if comparison is None or self.index is None:
            self.statusBar().showMessage(_nothing_to_export(), 4000)
            return
        from desktop_app.core.report.build import guess_meeting

        dialog = ExportDialog(self._export_start(), self._default_report_title(comparison),
                              len(self.session.annotations), self,  # type: ignore[arg-type]
                              guessed_meeting=guess_meeting(comparison, dict(self.session.side_codes)))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.start_export(dialog.choice())

    def _export_start(self) -> ExportChoice:
        """Where the dialog starts: the last export's format and folder, else a PDF in the project's
        folder or the home folder, named after the project or the two readouts."""
        last = self._last_export or ExportChoice()
        folder = last.path.parent if self._last_export is not None else (
            Path(self.project_path).parent if self.project_path else Path.home())
        return ExportChoice(last.format, last.paper, "", True, last.texts,
                            folder / f"{self._report_stem()}{suffix_for(last.format)}",
                            language=last.language)

    def _report_stem(self) -> str:
        if self.project_path:
            stem = Path(self.project_path).stem
        else:
            stem = "-".join(Path(d.name).stem for d in self.session.documents.values() if d is not None)
        return (re.sub(r"[^\w.\-]+", "-", stem).strip("-.") or "comparison") + "-report"

    def _default_report_title(self, comparison: Comparison) -> str:
        """The title the report gets when the user keeps it: the report's own (a few milliseconds)."""
        from desktop_app.core.report.build import build_report

        return build_report(comparison, side_codes=dict(self.session.side_codes)).cover.title

    # =============================================================================== exporting

    def start_export(self, choice: ExportChoice) -> None:
        """Write the report on the worker; the message bar says where it went, or why it could not."""
        from desktop_app.export.files import check_writable

        if self.session.comparison is None:
            self.statusBar().showMessage(_nothing_to_export(), 4000)
            return
        reason = check_writable(choice.path)
        if reason is not None:
            self._export_failed(choice.path, reason)
            return
        self._last_export = remembered(choice)
        self._export_number += 1
        job = self._export_job(choice, self._export_number)
        self._working(translate("ExportMixin", "Exporting the report ({format})…").format(
            format=choice.format.upper()))
        self.worker.submit(EXPORT_CHANNEL, job, lambda written: self._export_done(choice.path, written),
                           lambda error: self._export_error(choice.path, error))

    def _export_job(self, choice: ExportChoice, number: int) -> Callable[[], list[Path]]:
        """A self-contained job over a snapshot of the session, safe to run on the worker."""
        from desktop_app.core.report.build import build_report, report_annotations
        from desktop_app.export.fonts import bundled_family

        assert self.session.comparison is not None
        # Links are replaced (never edited) by corrections: a copy with its own list stays as it is now.
        comparison = copy.copy(self.session.comparison)
        comparison.links = list(comparison.links)
        annotations = list(self.session.annotations) if choice.annotations else []
        codebook, side_codes = list(self.session.codebook), dict(self.session.side_codes)
        relay = self._page_relay
        if choice.format in ("pdf", "marked-pdf"):
            bundled_family()  # fonts are registered on the GUI thread; the worker only uses them

        def job() -> list[Path]:
            report = build_report(comparison, title=choice.title or None, meeting=choice.meeting,
                                  side_codes=side_codes, language=choice.language,
                                  include_texts=choice.texts,
                                  annotations=report_annotations(comparison, annotations, codebook))
            return _write(report, choice, lambda done, total: relay.advanced.emit(number, done, total),
                          codebook, annotations)

        return job

    def _export_progressed(self, number: int, done: int, total: int) -> None:
        if number != self._export_number:
            return  # a superseded export's pages
        self.busy.setRange(0, total)
        self.busy.setValue(done)
        self._working(translate("ExportMixin", "Exporting the report: page {done} of {total}").format(
            done=done, total=total))

    def _export_done(self, path: Path, written: list[Path]) -> None:
        self.busy.setRange(0, 0)  # back to the indeterminate bar other work shows
        if written != [path]:
            self.message_bar.show_message(
                translate("ExportMixin", "Marked-up copies saved to {paths}").format(
                    paths=translate("ExportMixin", " and ").join(str(p) for p in written)), "info")
        else:
            self.message_bar.show_message(
                translate("ExportMixin", "Report saved to {path}").format(path=path), "info")
        self.export_finished.emit(str(path), "")

    def _export_error(self, path: Path, error: object) -> None:
        self.busy.setRange(0, 0)
        if isinstance(error, OSError):
            self._export_failed(path, error.strerror or str(error))
        else:
            self._export_failed(path, f"{error.__class__.__name__}: {error}", made=False)

    def _export_failed(self, path: Path, reason: str, made: bool = True) -> None:
        what = (translate("ExportMixin", "The report was not saved to {path}: {reason}.") if made else
                translate("ExportMixin", "The report could not be made: {reason}.")).format(
            path=path, reason=reason)
        self.message_bar.show_message(
            what + " " + translate("ExportMixin", "Your work is unchanged; export again to another place."))
        self.export_finished.emit(str(path), reason)


def _write(report: Report, choice: ExportChoice, progress: Callable[[int, int], None],
           codebook: list[Tag] | None = None, annotations: list[Annotation] | None = None) -> list[Path]:
    """Render and write atomically (a failed write leaves any earlier file as it was); the files written.
    The workbook lists the `codebook`; the REFI-QDA project carries it and the `annotations` with their
    offsets."""
    if choice.format == "pdf":
        from desktop_app.export.pdf import write_pdf

        write_pdf(report, choice.path, choice.paper, progress=progress)  # type: ignore[arg-type]
        return [choice.path]
    from desktop_app.export.files import write_report

    return write_report(report, choice.path, choice.format, choice.paper, codebook=codebook,
                        annotations=annotations or [])
