"""The export dialog's report language: offered, carried to the report, remembered for the next export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.gui.dialogs.export import ExportChoice, ExportDialog
from desktop_app.gui.main_window import MainWindow
from gui.gui_support import WAIT_MS


def test_the_dialog_offers_the_languages_and_starts_from_the_last(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(ExportChoice("html", path=tmp_path / "r.html", language="zh"), "Title", 0)
    qtbot.add_widget(dialog)
    combo = dialog.language_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["en", "ko", "zh", "zh_TW"]
    assert combo.currentData() == "zh" and dialog.choice().language == "zh"
    combo.setCurrentIndex(combo.findData("ko"))
    assert dialog.choice().language == "ko"
    default = ExportDialog(ExportChoice("pdf", path=tmp_path / "r.pdf"), "Title", 0)
    qtbot.add_widget(default)
    assert default.choice().language == "en"


def test_the_offered_title_follows_the_report_language_until_the_user_writes_one(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    titles = {"en": "Korea–China summit", "ko": "한중 정상회담", "zh": "中韩首脑会谈"}
    dialog = ExportDialog(ExportChoice("pdf", path=tmp_path / "r.pdf"), titles.__getitem__, 0)
    qtbot.add_widget(dialog)
    combo = dialog.language_combo
    assert dialog.title_edit.text() == "Korea–China summit"
    combo.setCurrentIndex(combo.findData("ko"))
    assert dialog.title_edit.text() == "한중 정상회담" and dialog.title_edit.placeholderText() == "한중 정상회담"
    assert dialog.choice().title == ""  # the report's own title, in Korean
    dialog.title_edit.setText("My title")
    combo.setCurrentIndex(combo.findData("zh"))
    assert dialog.title_edit.text() == "My title" and dialog.choice().title == "My title"


def test_a_korean_window_offers_a_korean_report_first(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.gui.i18n import install_translators

    assert install_translators("ko") == "ko"
    try:
        window = make_window()
        assert window.export.export_start().language == "ko"
    finally:
        install_translators("en")


def test_a_korean_report_from_the_window_and_the_choice_remembered(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                                   monkeypatch: pytest.MonkeyPatch,
                                                                   tmp_path: Path) -> None:
    shown: list[ExportDialog] = []

    def exec_(dialog: ExportDialog) -> int:
        shown.append(dialog)
        dialog.set_format("html")
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ko"))
        dialog.path_edit.setText(str(tmp_path / "korean"))
        dialog.path_edit.editingFinished.emit()
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ExportDialog, "exec", exec_)
    window.activateWindow()
    with qtbot.waitSignal(window.export.finished, timeout=WAIT_MS) as finished:
        qtbot.keyClick(window.panes["left"].view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert finished.args[1] == ""
    page = (tmp_path / "korean.html").read_text(encoding="utf-8")
    assert '<html lang="ko">' in page and "주요 분석 결과" in page and "Key findings" not in page
    assert "한중 외교장관회담(부산, 2029년 6월 18일)" in page
    assert window.export.export_start().language == "ko"  # the next export starts in Korean


def test_a_chinese_pdf_from_the_window(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import pypdf

    path = tmp_path / "chinese.pdf"
    with qtbot.waitSignal(window.export.finished, timeout=WAIT_MS * 4) as finished:
        window.export.start_export(ExportChoice("pdf", path=path, language="zh"))
    assert finished.args[1] == ""
    pages = ["".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages]
    assert "主要发现" in "".join(pages)
    assert "第2页，共" in pages[1] and "Page" not in "".join(pages)
