"""The window's Excel and REFI-QDA exports, as a user meets them: the formats in the export dialog, the
files they write with the annotations made in the window, and the codebook dialog's import (merged by
name, reported, undoable) and export of REFI-QDA codebooks, with a damaged file told in one line."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import openpyxl
import pytest
from PySide6.QtWidgets import QDialog, QFileDialog

from desktop_app.core.annotations import DEFAULT_CODEBOOK, Tag
from desktop_app.core.report.refiqda import PROJECT_NS, QDE_NAME, codebook_to_qdc, load_qdc
from desktop_app.export.formats import FORMATS
from desktop_app.gui.dialogs.annotation import AnnotationDialog
from desktop_app.gui.dialogs.codebook import CodebookDialog
from desktop_app.gui.dialogs.export import (
    FILE_FILTERS,
    FORMAT_NAMES,
    FORMAT_OPTIONS,
    ExportChoice,
    ExportDialog,
)
from desktop_app.gui.main_window import MainWindow
from gui.gui_support import WAIT_MS

P = f"{{{PROJECT_NS}}}"


def annotate(window: MainWindow, monkeypatch: pytest.MonkeyPatch, index: int, tag: str, note: str) -> None:
    def exec_(dialog: AnnotationDialog) -> QDialog.DialogCode:
        dialog.select_tag(tag)
        dialog.note.setPlainText(note)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AnnotationDialog, "exec", exec_)
    window.view.select_statement("left", index)
    window.annotating.annotate()


def export(qtbot, window: MainWindow, choice: ExportChoice) -> str:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.export.finished, timeout=WAIT_MS) as finished:
        window.export.start_export(choice)
    return finished.args[1]


def test_every_format_is_offered_with_a_name_a_filter_and_its_options(window: MainWindow) -> None:
    assert set(FORMAT_NAMES) == set(FILE_FILTERS) == set(FORMAT_OPTIONS) == set(FORMATS)
    dialog = ExportDialog(window.export.export_start(), "Title", 2, window)
    offered = [dialog.format_combo.itemData(i) for i in range(dialog.format_combo.count())]
    assert offered == list(FORMATS) and {"xlsx", "qdpx"} <= set(offered)
    for fmt in ("xlsx", "qdpx"):
        dialog.set_format(fmt)
        assert dialog.path_edit.text().endswith(f".{fmt}")
        assert dialog.title_edit.isEnabled() and dialog.annotations_box.isEnabled()
        assert not dialog.texts_box.isEnabled() and not dialog.paper_combo.isEnabled()
    assert "sources" in dialog.texts_box.toolTip()  # the project always holds both texts
    dialog.path_edit.setText(str(Path.home() / "talks.xlsx"))
    dialog.path_edit.editingFinished.emit()
    assert dialog.format() == "xlsx"


def test_the_workbook_carries_the_windows_annotations_and_codebook(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                                  monkeypatch: pytest.MonkeyPatch,
                                                                  tmp_path: Path) -> None:
    annotate(window, monkeypatch, 1, "omission", "=left out")
    path = tmp_path / "demo.xlsx"
    assert export(qtbot, window, ExportChoice("xlsx", title="Typed title", path=path)) == ""
    book = openpyxl.load_workbook(path)
    assert book.properties.title == "Typed title"
    notes = list(book["Annotations"].iter_rows(min_row=2, values_only=True))
    assert [(n[0], n[1]) for n in notes] == [("Omission", "'=left out")]
    assert [r[0] for r in book["Codebook"].iter_rows(min_row=2, values_only=True)] == \
        [t.name for t in window.session.codebook]
    assert export(qtbot, window, ExportChoice("xlsx", annotations=False, path=path)) == ""
    assert openpyxl.load_workbook(path)["Annotations"].max_row == 1  # the header alone


def test_the_refiqda_project_carries_the_windows_annotations(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                            monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    annotate(window, monkeypatch, 1, "omission", "Missing in CN")
    annotate(window, monkeypatch, 4, "softened", "")
    path = tmp_path / "demo.qdpx"
    assert export(qtbot, window, ExportChoice("qdpx", path=path)) == ""
    with zipfile.ZipFile(path) as archive:
        root = ET.fromstring(archive.read(QDE_NAME))
        source = root.find(f"{P}Sources/{P}TextSource")
        assert source is not None
        text = archive.read(f"sources/{source.get('guid')}.txt").decode("utf-8")
    selections = source.findall(f"{P}PlainTextSelection")
    statements = window.session.documents["left"].statements  # type: ignore[union-attr]
    assert [(int(s.get("startPosition", -1)), int(s.get("endPosition", -1))) for s in selections] == \
        [(statements[1].start, statements[1].end), (statements[4].start, statements[4].end)]
    assert text[statements[1].start:statements[1].end] == statements[1].text
    assert [n.findtext(f"{P}PlainTextContent") for n in root.iter(f"{P}Note")] == ["Missing in CN"]


def team_codebook(tmp_path: Path) -> Path:
    path = tmp_path / "team.qdc"
    path.write_bytes(codebook_to_qdc([Tag("a", "omission", "#000000"), Tag("b", "Tone", "#123456"),
                                      Tag("c", "Hedging", "#654321")]))
    return path


def test_the_codebook_dialog_imports_a_codebook_by_name(window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                                                        tmp_path: Path) -> None:
    team = team_codebook(tmp_path)
    said: list[str] = []

    def exec_(dialog: CodebookDialog) -> QDialog.DialogCode:
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(team), "")))
        dialog.buttons["import"].click()
        said.append(dialog.info.text())
        assert dialog.problem.text() == ""
        assert dialog.list.count() == len(DEFAULT_CODEBOOK) + 2
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CodebookDialog, "exec", exec_)
    window.annotating.edit_codebook()
    assert said[0].startswith("Added 2 tags from team.qdc: “Tone”, “Hedging”.")
    assert "1 tag was already in the codebook" in said[0]
    session = window.session
    assert [(t.name, t.colour) for t in session.codebook][-2:] == [("Tone", "#123456"), ("Hedging", "#654321")]
    assert window.annotating.panel.tag_filter.findData("tone") > 0
    window.undo()  # an import is one undoable step
    assert session.codebook == list(DEFAULT_CODEBOOK)


def test_a_damaged_codebook_is_one_line_in_the_dialog(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = CodebookDialog(list(DEFAULT_CODEBOOK), {})
    qtbot.addWidget(dialog)
    broken = tmp_path / "broken.qdc"
    broken.write_bytes(codebook_to_qdc(DEFAULT_CODEBOOK)[:150])
    assert dialog.import_codebook(broken) is None
    message = dialog.problem.text()
    assert message.startswith("Nothing imported: broken.qdc: ") and "\n" not in message
    assert dialog.tags == list(DEFAULT_CODEBOOK) and dialog.info.text() == ""
    entities = tmp_path / "entities.qdc"
    entities.write_bytes(b'<!DOCTYPE x [<!ENTITY a "b">]><CodeBook xmlns="urn:QDA-XML:codebook:1.0"/>')
    assert dialog.import_codebook(entities) is None and "refused" in dialog.problem.text()


def test_the_codebook_dialog_exports_what_it_shows(qtbot, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                                   tmp_path: Path) -> None:
    dialog = CodebookDialog(list(DEFAULT_CODEBOOK), {})
    qtbot.addWidget(dialog)
    dialog.add_tag("Tone shift", "#117733")
    target = tmp_path / "ours"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    dialog.buttons["export"].click()
    written = tmp_path / "ours.qdc"
    assert dialog.info.text().startswith(f"Codebook saved to {written}")
    assert [c.name for c in load_qdc(written)] == [*(t.name for t in DEFAULT_CODEBOOK), "Tone shift"]
    assert not dialog.export_codebook(tmp_path / "no-such-folder" / "x.qdc")
    assert dialog.problem.text().startswith("The codebook was not saved")


def test_an_xlsx_export_is_a_workbook_even_from_the_dialogs_choice(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                                   monkeypatch: pytest.MonkeyPatch,
                                                                   tmp_path: Path) -> None:
    def exec_(dialog: ExportDialog) -> int:
        dialog.set_format("xlsx")
        dialog.path_edit.setText(str(tmp_path / "chosen"))
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", exec_)
    with qtbot.waitSignal(window.export.finished, timeout=WAIT_MS):
        window.export.export_report()
    book = openpyxl.load_workbook(io.BytesIO((tmp_path / "chosen.xlsx").read_bytes()))
    assert "Links" in book.sheetnames
