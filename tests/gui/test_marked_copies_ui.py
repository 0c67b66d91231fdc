"""The marked-up Word copies from the window: chosen in the export dialog, one .docx per readout, with
the annotations made in the window as Word comments."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtWidgets import QDialog

from desktop_app.gui.dialogs.annotation import AnnotationDialog
from desktop_app.gui.dialogs.export import ExportDialog
from desktop_app.gui.main_window import MainWindow
from gui.gui_support import WAIT_MS


def test_the_dialog_offers_marked_copies_and_the_window_writes_one_per_readout(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def annotate(dialog: AnnotationDialog) -> QDialog.DialogCode:
        dialog.select_tag("omission")
        dialog.note.setPlainText("Only here")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AnnotationDialog, "exec", annotate)
    window.view.select_statement("left", 1)
    window.annotating.annotate()

    def export(dialog: ExportDialog) -> int:
        dialog.set_format("docx")
        assert dialog.path_edit.text().endswith(".docx")
        assert dialog.annotations_box.isEnabled() and not dialog.texts_box.isEnabled()
        dialog.path_edit.setText(str(tmp_path / "marked"))
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", export)
    with qtbot.waitSignal(window.export.finished, timeout=WAIT_MS) as finished:
        window.export.export_report()
    assert finished.args[1] == ""
    written = sorted(p.name for p in tmp_path.glob("marked*"))
    assert written == ["marked.cn.docx", "marked.kr.docx"]
    assert "marked.kr.docx" in window.message_bar.text.text()
    comments = [c.text for c in docx.Document(str(tmp_path / "marked.kr.docx")).comments]
    assert comments == ["Omission: Only here"]


def test_the_dialog_asks_before_replacing_a_readouts_copy(window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                                                          tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    (tmp_path / "marked.cn.docx").write_bytes(b"earlier")
    asked: list[str] = []

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = ExportDialog(window.export.export_start(), "Title", 0, window)
    dialog.set_format("docx")
    dialog.path_edit.setText(str(tmp_path / "marked.docx"))
    dialog.accept()
    assert asked and "marked.cn.docx already exists" in asked[0]
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_a_pdf_suffix_keeps_the_marked_up_pdf_copies_chosen(window: MainWindow, tmp_path: Path) -> None:
    dialog = ExportDialog(window.export.export_start(), "Title", 0, window)
    dialog.set_format("marked-pdf")
    assert dialog.path_edit.text().endswith(".pdf") and dialog.paper_combo.isEnabled()
    dialog.path_edit.setText(str(tmp_path / "copy.pdf"))
    dialog._path_edited()
    assert dialog.format() == "marked-pdf"
    dialog.path_edit.setText(str(tmp_path / "copy.docx"))
    dialog._path_edited()
    assert dialog.format() == "docx"
