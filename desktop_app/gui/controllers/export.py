"""File → Export report…: the report of the comparison on screen, with the user's side labels and
annotations, in any format, written on the worker so the window never waits for it.

The PDF is laid out and painted off the GUI thread as well: `QTextDocument` and `QPdfWriter` are not
widgets, and Qt allows them in any thread once the application exists and the bundled font has been
registered on the GUI thread (done here before the job starts). What the job reads is a snapshot taken
on the GUI thread, so links made or annotations added while it runs do not reach it half-way.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QProgressBar, QWidget

from desktop_app.gui.dialogs.export import ExportChoice, ExportDialog, remembered, suffix_for
from desktop_app.workspace.text import engine_language

if TYPE_CHECKING:
    from desktop_app.core.annotations import Annotation, Tag
    from desktop_app.core.compare.comparison import Comparison
    from desktop_app.core.report.model import Report
    from desktop_app.gui.controllers.window import Window

EXPORT_CHANNEL = "export"


class _PageRelay(QObject):
    """Carries the PDF writer's "page n of m" from the worker thread to the window (queued)."""

    advanced = Signal(int, int, int)  # export number, pages done, pages in all


class ExportController(QObject):
    """Exporting the report."""

    finished = Signal(str, str)  # the report's path, and why it was not saved ("" when it was)

    # =============================================================================== state

    def __init__(self, window: Window, busy: QProgressBar, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = window
        self.busy = busy  # the status bar's progress bar: pages done, while a PDF is written
        self.dialog_parent = parent
        self._last_export: ExportChoice | None = None
        self._export_number = 0  # tells the progress of the current export from a superseded one's
        self._page_relay = _PageRelay(self)
        # Explicitly queued: the signal is emitted on the worker thread, the bar lives on this one.
        self._page_relay.advanced.connect(self._export_progressed, Qt.ConnectionType.QueuedConnection)

    # =============================================================================== asking

    def export_report(self) -> None:
        comparison = self.window.session.comparison
        if comparison is None or self.window.view.index is None:
            self._nothing_to_export()
            return
        from desktop_app.core.report.build import guess_meeting

        titles: dict[str, str] = {}

        def title_in(language: str) -> str:
            if language not in titles:
                titles[language] = self._default_report_title(comparison, language)
            return titles[language]

        dialog = ExportDialog(self.export_start(), title_in,
                              len(self.window.session.annotations), self.dialog_parent,
                              guessed_meeting=guess_meeting(comparison, dict(self.window.session.side_codes)))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.start_export(dialog.choice())

    def _nothing_to_export(self) -> None:
        self.window.statusBar().showMessage(
            self.tr("Open two readouts first: the report is of their comparison"), 4000)

    def export_start(self) -> ExportChoice:
        """Where the dialog starts: the last export's format, folder and language, else a PDF in the
        project's folder or the home folder, named after the project or the two readouts, in the
        window's language."""
        last = self._last_export or ExportChoice(language=engine_language())
        project_path = self.window.project.project_path
        folder = last.path.parent if self._last_export is not None else (
            Path(project_path).parent if project_path else Path.home())
        return ExportChoice(last.format, last.paper, "", True, last.texts,
                            folder / f"{self._report_stem()}{suffix_for(last.format)}",
                            language=last.language)

    def _report_stem(self) -> str:
        if self.window.project.project_path:
            stem = Path(self.window.project.project_path).stem
        else:
            documents = self.window.session.documents.values()
            stem = "-".join(Path(d.name).stem for d in documents if d is not None)
        return (re.sub(r"[^\w.\-]+", "-", stem).strip("-.") or "comparison") + "-report"

    def _default_report_title(self, comparison: Comparison, language: str) -> str:
        """The title the report gets when the user keeps it: the report's own (a few milliseconds)."""
        from desktop_app.core.report.build import build_report

        return build_report(comparison, side_codes=dict(self.window.session.side_codes),
                            language=language).cover.title

    # =============================================================================== exporting

    def start_export(self, choice: ExportChoice) -> None:
        """Write the report on the worker; the message bar says where it went, or why it could not."""
        from desktop_app.export.files import check_writable

        if self.window.session.comparison is None:
            self._nothing_to_export()
            return
        reason = check_writable(choice.path)
        if reason is not None:
            self._export_failed(choice.path, reason)
            return
        self._last_export = remembered(choice)
        self._export_number += 1
        job = self._export_job(choice, self._export_number)
        self.window.working(self.tr("Exporting the report ({format})…").format(
            format=choice.format.upper()))
        self.window.worker.submit(EXPORT_CHANNEL, job,
                                  lambda written: self._export_done(choice.path, written),
                                  lambda error: self._export_error(choice.path, error))

    def _export_job(self, choice: ExportChoice, number: int) -> Callable[[], list[Path]]:
        """A self-contained job over a snapshot of the session, safe to run on the worker."""
        from desktop_app.core.report.build import build_report, report_annotations
        from desktop_app.export.fonts import bundled_family

        assert self.window.session.comparison is not None
        # Links are replaced (never edited) by corrections: a copy with its own list stays as it is now.
        comparison = copy.copy(self.window.session.comparison)
        comparison.links = list(comparison.links)
        annotations = list(self.window.session.annotations) if choice.annotations else []
        codebook, side_codes = list(self.window.session.codebook), dict(self.window.session.side_codes)
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
        self.window.working(self.tr("Exporting the report: page {done} of {total}").format(
            done=done, total=total))

    def _export_done(self, path: Path, written: list[Path]) -> None:
        self.busy.setRange(0, 0)  # back to the indeterminate bar other work shows
        if written != [path]:
            self.window.message_bar.show_message(
                self.tr("Marked-up copies saved to {paths}").format(
                    paths=self.tr(" and ").join(str(p) for p in written)), "info")
        else:
            self.window.message_bar.show_message(
                self.tr("Report saved to {path}").format(path=path), "info")
        self.finished.emit(str(path), "")

    def _export_error(self, path: Path, error: object) -> None:
        self.busy.setRange(0, 0)
        if isinstance(error, OSError):
            self._export_failed(path, error.strerror or str(error))
        else:
            self._export_failed(path, f"{error.__class__.__name__}: {error}", made=False)

    def _export_failed(self, path: Path, reason: str, made: bool = True) -> None:
        what = (self.tr("The report was not saved to {path}: {reason}.") if made else
                self.tr("The report could not be made: {reason}.")).format(
            path=path, reason=reason)
        self.window.message_bar.show_message(
            what + " " + self.tr("Your work is unchanged; export again to another place."))
        self.finished.emit(str(path), reason)


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
