"""File → Export report… as a user meets it: the action, the dialog (format, paper, title, what to
include, where), the export on the worker with its progress, what each format writes, annotations made
in the window reaching the report, and paths that cannot be written."""

from __future__ import annotations

import html
import io
import json
import re
import threading
from dataclasses import replace
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop_app.core.report.build import passage_text
from desktop_app.core.report.csv import COLUMNS
from desktop_app.gui.controllers import export as export_controller
from desktop_app.gui.dialogs.annotation import AnnotationDialog
from desktop_app.gui.dialogs.export import ExportChoice, ExportDialog, with_format_suffix
from desktop_app.gui.main_window import MainWindow
from gui.gui_support import DEMO, WAIT_MS

CONTRACT_KEYS = {"format", "version", "generator", "documents", "links", "one_sided", "summary", "topics",
                 "settings"}


def export(qtbot, window: MainWindow, choice: ExportChoice) -> str:  # type: ignore[no-untyped-def]
    """Export as the dialog would have asked; the reason it failed, or "" when the file was written."""
    with qtbot.waitSignal(window.export.finished, timeout=WAIT_MS) as finished:
        window.export.start_export(choice)
    return finished.args[1]


def one_sided_texts(window: MainWindow, side: str) -> list[str]:
    """The statements only one side makes, as the report prints them (no differing words marked)."""
    comparison = window.session.comparison
    assert comparison is not None
    statements = comparison.document(side).statements  # type: ignore[arg-type]
    return [passage_text(statements[i])[0] for i in comparison.one_sided(side)]  # type: ignore[arg-type]


def words(text: str) -> str:
    return " ".join(text.split())


def answer_export(monkeypatch: pytest.MonkeyPatch, **fields: object) -> list[ExportDialog]:
    """The export dialog answers as a user would: set what is given, then press Export."""
    shown: list[ExportDialog] = []

    def exec_(dialog: ExportDialog) -> int:
        shown.append(dialog)
        if "format" in fields:
            dialog.set_format(str(fields["format"]))
        if "title" in fields:
            dialog.title_edit.setText(str(fields["title"]))
        if "path" in fields:
            dialog.path_edit.setText(str(fields["path"]))
            dialog.path_edit.editingFinished.emit()
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ExportDialog, "exec", exec_)
    return shown


# ------------------------------------------------------------------------------------------- the action


def test_ctrl_e_is_in_the_file_menu_and_toolbar_and_needs_a_comparison(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    action = window.actions_by_id["export_report"]
    assert action.shortcut().toString() == "Ctrl+E" and not action.icon().isNull()
    assert action in window.menus["&File"].actions() and action in window.toolbar.actions()
    assert not action.isEnabled()  # no comparison shown yet
    window.export.export_report()  # even called directly: a hint, no dialog, no crash
    assert "Open two readouts" in window.statusBar().currentMessage()


def test_the_dialog_opens_from_ctrl_e_and_exports(qtbot, window: MainWindow, monkeypatch,  # type: ignore[no-untyped-def]
                                                  tmp_path: Path) -> None:
    shown = answer_export(monkeypatch, format="html", title="Busan & after", path=tmp_path / "busan")
    assert window.actions_by_id["export_report"].isEnabled()
    window.activateWindow()
    with qtbot.waitSignal(window.export.finished, timeout=WAIT_MS) as finished:
        qtbot.keyClick(window.panes["left"].view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    (dialog,) = shown
    written = tmp_path / "busan.html"  # the suffix of the format chosen
    assert finished.args == [str(written), ""]
    page = written.read_text(encoding="utf-8")
    assert "<title>Busan &amp; after</title>" in page
    assert window.message_bar.isVisible() and window.message_bar.text.text() == f"Report saved to {written}"
    # The dialog offered the report's own title, and the next export starts in the same folder and format.
    assert dialog.default_title == "Korea–China foreign ministers' meeting, Busan, 18 June 2029"
    start = window.export.export_start()
    assert start.format == "html" and start.path.parent == tmp_path


# ------------------------------------------------------------------------------------------ each format


# Qt says so when something is used off the GUI thread that must not be (pixmaps, widgets, parents):
# any warning fails this test, but the offscreen platform's own note about size hints.
@pytest.mark.qt_log_level_fail("WARNING")
@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_pdf_with_page_progress_off_the_gui_thread(qtbot, window: MainWindow, monkeypatch,  # type: ignore[no-untyped-def]
                                                   tmp_path: Path) -> None:
    threads: list[threading.Thread] = []
    write = export_controller._write

    def spying_write(*args: object) -> list[Path]:
        threads.append(threading.current_thread())
        return write(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(export_controller, "_write", spying_write)
    pages: list[tuple[int, int]] = []
    window.export._page_relay.advanced.connect(lambda _n, done, total: pages.append((done, total)),
                                        Qt.ConnectionType.QueuedConnection)
    path = tmp_path / "demo.pdf"
    assert export(qtbot, window, ExportChoice("pdf", "Letter", path=path)) == ""
    assert threads and threads[0] is not threading.main_thread()  # the window kept its thread free
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = words(" ".join(page.extract_text() for page in reader.pages))
    # A short statement: a long one may break across pages, with the running header in between.
    assert words(min(one_sided_texts(window, "left"), key=len)) in text
    assert round(float(reader.pages[0].mediabox.width)) == 612  # Letter, as chosen
    qtbot.waitUntil(lambda: bool(pages) and pages[-1][0] == pages[-1][1] == len(reader.pages))
    assert [done for done, _ in pages] == list(range(1, len(reader.pages) + 1))
    assert window.busy.maximum() == 0  # the bar back to "busy" for the next work


def test_html_holds_the_statements_escaped(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "demo.html"
    assert export(qtbot, window, ExportChoice("html", path=path)) == ""
    page = path.read_text(encoding="utf-8")
    statements = one_sided_texts(window, "right")
    assert any("'" in statement for statement in statements)  # a quote mark to escape
    assert all(html.escape(statement, quote=True) in page for statement in statements)


def test_hostile_readout_text_is_escaped(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    hostile = tmp_path / "kr.txt"
    hostile.write_text(DEMO[0].read_text(encoding="utf-8") + "\n\n7. Minister Seo raised fine dust "
                       "<script>alert('x')</script> and <img src=\"file:///etc/passwd\"> with Minister Guo.\n",
                       encoding="utf-8")
    window = make_window(hostile, DEMO[1])
    path = tmp_path / "hostile.html"
    assert export(qtbot, window, ExportChoice("html", path=path)) == ""
    page = path.read_text(encoding="utf-8")
    assert "<script" not in page and "<img" not in page
    # The statement is linked, so its differing words are wrapped in marks: read it without them.
    text = re.sub(r"<[^>]+>", "", page)
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in text
    assert "&lt;img src=&quot;file:///etc/passwd&quot;&gt;" in text


def test_csv_has_the_header_row(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "demo.csv"
    assert export(qtbot, window, ExportChoice("csv", path=path)) == ""
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == ",".join(COLUMNS)
    comparison = window.session.comparison
    assert comparison is not None
    assert sum(line.startswith("link,") for line in lines) == len(comparison.links)


def test_json_has_the_contract_and_the_users_side_labels(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                         tmp_path: Path) -> None:
    window.reading.set_side_code("right", "unknown")  # the user's label, not the guessed one
    path = tmp_path / "demo.json"
    assert export(qtbot, window, ExportChoice("json", title="Typed title", path=path)) == ""
    data = json.loads(path.read_text(encoding="utf-8"))
    assert CONTRACT_KEYS | {"report"} <= set(data)
    assert data["report"]["title"] == "Typed title"
    assert data["report"]["sides"]["right"] == {"code": "unknown", "label": "right readout"}
    assert len(data["links"]) == len(window.session.comparison.links)  # type: ignore[union-attr]


def test_markdown_with_both_texts(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "demo.md"
    assert export(qtbot, window, ExportChoice("md", texts=True, path=path)) == ""
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Korea–China foreign ministers' meeting")
    assert "Minister of Foreign Affairs Seo Ha-neul held a Korea-China" in text
    assert re.search(r"^#+ .*(full text|Full text|appendix|Appendix)", text, re.MULTILINE)


# ------------------------------------------------------------------------------------------ annotations


def test_an_annotation_made_in_the_window_is_in_the_report(qtbot, window: MainWindow, monkeypatch,  # type: ignore[no-untyped-def]
                                                           tmp_path: Path) -> None:
    def annotate(dialog: AnnotationDialog) -> QDialog.DialogCode:
        dialog.select_tag("omission")
        dialog.note.setPlainText("The CN readout leaves out the luncheon")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AnnotationDialog, "exec", annotate)
    window.view.select_statement("left", 1)
    window.annotating.annotate()
    assert len(window.session.annotations) == 1
    shown = answer_export(monkeypatch, format="json", path=tmp_path / "annotated.json")
    with qtbot.waitSignal(window.export.finished, timeout=WAIT_MS):
        window.export.export_report()
    assert shown[0].annotations_box.isChecked() and shown[0].annotations_box.isEnabled()
    (note,) = json.loads((tmp_path / "annotated.json").read_text(encoding="utf-8"))["report"]["annotations"]
    assert note["note"] == "The CN readout leaves out the luncheon" and note["statements"] == ["L2"]
    assert export(qtbot, window, ExportChoice("html", path=tmp_path / "annotated.html")) == ""
    assert "The CN readout leaves out the luncheon" in (tmp_path / "annotated.html").read_text(encoding="utf-8")
    # Left out when the user says so.
    assert export(qtbot, window, ExportChoice("json", annotations=False, path=tmp_path / "bare.json")) == ""
    assert json.loads((tmp_path / "bare.json").read_text(encoding="utf-8"))["report"]["annotations"] == []


def test_without_annotations_the_box_says_so(window: MainWindow) -> None:
    dialog = ExportDialog(window.export.export_start(), "Title", 0, window)
    assert not dialog.annotations_box.isEnabled() and not dialog.annotations_box.isChecked()
    assert "none yet" in dialog.annotations_box.text()


# ------------------------------------------------------------------------------------- unwritable paths


def test_an_unwritable_path_gives_a_message_and_keeps_the_work(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                               tmp_path: Path) -> None:
    window.project.mark_changed()
    missing = tmp_path / "no-such-folder" / "report.pdf"
    reason = export(qtbot, window, ExportChoice("pdf", path=missing))
    assert reason and not missing.exists()
    message = window.message_bar.text.text()
    assert window.message_bar.isVisible() and f"not saved to {missing}" in message and reason in message
    assert window.session.comparison is not None and window.project.is_dirty  # nothing else changed
    reason = export(qtbot, window, ExportChoice("html", path=tmp_path))  # a folder
    assert "folder" in reason


def test_a_write_that_fails_on_the_worker_gives_a_message(qtbot, window: MainWindow, monkeypatch,  # type: ignore[no-untyped-def]
                                                          tmp_path: Path) -> None:
    # The folder was there when checked and is gone when written: the worker's OSError reaches the bar.
    monkeypatch.setattr("desktop_app.export.files.check_writable", lambda _path: None)
    missing = tmp_path / "gone" / "report.csv"
    reason = export(qtbot, window, ExportChoice("csv", path=missing))
    assert reason and "not saved" in window.message_bar.text.text()
    assert not window.worker.busy


def test_the_dialog_stays_open_on_a_path_it_cannot_write(window: MainWindow, tmp_path: Path) -> None:
    dialog = ExportDialog(window.export.export_start(), "Title", 0, window)
    dialog.path_edit.setText(str(tmp_path / "missing" / "report.pdf"))
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert not dialog.problem.isHidden() and "no such folder" in dialog.problem.text()
    dialog.path_edit.setText("")
    dialog.accept()
    assert "Choose where" in dialog.problem.text()
    dialog.path_edit.setText(str(tmp_path / "report"))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.choice().path == tmp_path / "report.pdf"


# --------------------------------------------------------------------------------------- the dialog


def test_the_suffix_follows_the_format(window: MainWindow, tmp_path: Path) -> None:
    dialog = ExportDialog(ExportChoice(path=tmp_path / "talks.pdf"), "Title", 2, window)
    for fmt, suffix in (("html", ".html"), ("md", ".md"), ("csv", ".csv"), ("json", ".json"),
                        ("pdf", ".pdf")):
        dialog.set_format(fmt)
        assert dialog.path_edit.text() == str(tmp_path / f"talks{suffix}")
        assert dialog.paper_combo.isEnabled() == (fmt == "pdf")  # paper only for a PDF
    # A report suffix typed by hand chooses its format; any other suffix stays part of the name.
    dialog.path_edit.setText(str(tmp_path / "talks.md"))
    dialog.path_edit.editingFinished.emit()
    assert dialog.format() == "md"
    dialog.set_format("pdf")
    assert dialog.path_edit.text() == str(tmp_path / "talks.pdf")


def test_suffix_rules() -> None:
    assert with_format_suffix("/tmp/minutes.v2", "pdf") == "/tmp/minutes.v2.pdf"
    assert with_format_suffix("/tmp/minutes.htm", "html") == "/tmp/minutes.htm"  # its own kept
    assert with_format_suffix("/tmp/minutes.HTML", "csv") == "/tmp/minutes.csv"
    assert with_format_suffix("", "pdf") == "" and with_format_suffix("/tmp/", "pdf") == "/tmp/"


def test_options_a_format_cannot_show_are_greyed(window: MainWindow) -> None:
    dialog = ExportDialog(window.export.export_start(), "Title", 3, window)
    dialog.set_format("csv")
    assert not any(w.isEnabled() for w in (dialog.title_edit, dialog.texts_box))
    assert dialog.annotations_box.isEnabled()  # one row per annotation
    dialog.set_format("json")
    assert dialog.title_edit.isEnabled() and dialog.annotations_box.isEnabled()
    assert not dialog.texts_box.isEnabled() and "always" in dialog.texts_box.toolTip()
    dialog.set_format("html")
    assert all(w.isEnabled() for w in (dialog.title_edit, dialog.annotations_box, dialog.texts_box))
    assert dialog.choice().title == ""  # the default title kept: the report uses its own


def test_a_relative_path_is_taken_in_the_offered_folder(window: MainWindow, tmp_path: Path) -> None:
    dialog = ExportDialog(ExportChoice(path=tmp_path / "talks.pdf"), "Title", 0, window)
    dialog.path_edit.setText("other")
    assert dialog.choice().path == tmp_path / "other"
    dialog.accept()
    assert dialog.choice().path == tmp_path / "other.pdf"


def test_the_cover_meeting_is_guessed_and_editable(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                    tmp_path: Path) -> None:
    from desktop_app.core.report.build import guess_meeting

    assert window.session.comparison is not None
    guessed = guess_meeting(window.session.comparison)
    dialog = ExportDialog(ExportChoice(path=tmp_path / "talks.html"), "Title", 0, window, guessed_meeting=guessed)
    assert dialog.place_edit.text() == "Busan" and "Guo Yanqing" in dialog.participants_edit.text()
    assert dialog.choice().meeting is None  # unchanged: the guess stands
    dialog.place_edit.setText("Nurimaru APEC House, Busan")
    dialog.participants_edit.setText("Seo Ha-neul, Guo Yanqing, 서하늘")
    choice = dialog.choice()
    assert choice.meeting is not None and choice.meeting.participants == ["Seo Ha-neul", "Guo Yanqing", "서하늘"]
    assert export(qtbot, window, replace(choice, format="html", path=tmp_path / "talks.html")) == ""
    html = (tmp_path / "talks.html").read_text(encoding="utf-8")
    assert "Nurimaru APEC House, Busan" in html and "서하늘" in html
