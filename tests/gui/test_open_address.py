"""File → Open Address…: a readout fetched from a local server into one side, off the GUI thread."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from web_server import ENGLISH_PAGE, KOREAN_PAGE, page, serving, slow

from desktop_app.gui.dialogs.address import AddressDialog
from desktop_app.gui.main_window import MainWindow
from gui.gui_support import WAIT_MS, wait_idle


def answer_address(monkeypatch: pytest.MonkeyPatch, address: str, side: str) -> list[AddressDialog]:
    """The dialog answers as a user would: the address typed (set directly), the side chosen, Open."""
    shown: list[AddressDialog] = []

    def exec_(dialog: AddressDialog) -> int:
        shown.append(dialog)
        assert not dialog.open_button.isEnabled()  # nothing to open yet
        dialog.address_edit.setText(address)
        dialog.side_combo.setCurrentIndex(dialog.side_combo.findData(side))
        assert dialog.open_button.isEnabled()
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(AddressDialog, "exec", exec_)
    return shown


def test_open_address_is_in_the_file_menu(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    action = window.actions_by_id["open_address"]
    assert action in window.menus["&File"].actions()
    assert action.shortcut().toString() == "Ctrl+Shift+A"


def test_a_page_opened_by_address_replaces_the_right_readout(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    routes = {"/cn": page(KOREAN_PAGE.encode("cp949"), "text/html; charset=euc-kr")}
    with serving(routes) as base:
        shown = answer_address(monkeypatch, f"  {base}/cn ", "right")
        with qtbot.waitSignal(window.reading.comparison_shown, timeout=WAIT_MS):
            window.actions_by_id["open_address"].trigger()
    assert len(shown) == 1
    document = window.session.documents["right"]
    assert document.metadata.address == f"{base}/cn" and document.encoding == "cp949"
    assert "윤서진 장관은" in document.text
    assert window.panes["right"].view.toPlainText().count("양측은") >= 2
    from desktop_app.gui.widgets.pane_header import document_tooltip

    assert document_tooltip(document).startswith(f"{base}/cn\nFetched from the web on 20")
    assert "not changed" not in window.message_bar.text.text(), window.message_bar.text.text()
    assert not window.address.cancel_button.isVisible()


def test_a_page_that_cannot_be_fetched_leaves_the_side_and_says_why(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    before = window.session.documents["left"]
    with serving({}) as base:
        with qtbot.waitSignal(window.reading.document_failed, timeout=WAIT_MS):
            window.address.fetch_address("left", f"{base}/gone")
    assert window.session.documents["left"] is before
    assert window.message_bar.text.text() == (f"The left readout was not changed: {base}/gone: the server "
                                              "answered 404 Not Found")
    with qtbot.waitSignal(window.reading.document_failed, timeout=WAIT_MS):
        window.address.fetch_address("left", "ftp://127.0.0.1/readout.txt")
    assert "only http:// and https:// addresses can be opened, not ftp://" in window.message_bar.text.text()
    assert window.session.documents["left"] is before


def test_a_slow_fetch_can_be_cancelled(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    before = window.session.documents["right"]
    failures: list[object] = []
    window.reading.document_failed.connect(lambda side, message: failures.append(message))
    with serving({"/slow": slow(1.0, ENGLISH_PAGE)}) as base:
        window.address.fetch_address("right", f"{base}/slow")
        assert window.address.cancel_button.isVisible() and "Fetching" in window.busy_label.text()
        qtbot.mouseClick(window.address.cancel_button, Qt.MouseButton.LeftButton)
        assert not window.address.cancel_button.isVisible()
        assert "cancelled" in window.message_bar.text.text()
        window.worker.wait_for_done(WAIT_MS)
        qtbot.wait(50)  # let a result that was on its way arrive, to be dropped
    wait_idle(qtbot, window)
    assert window.session.documents["right"] is before and failures == []
