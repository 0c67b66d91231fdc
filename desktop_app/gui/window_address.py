"""File → Open Address…: a readout fetched from its web address, on the worker, with a Cancel button.

The fetch (desktop_app/core/load/fetch.py, via `documents.load_address`) runs off the GUI thread; while it
runs the status bar says what is being fetched and offers Cancel, which stops the fetch at its next read
and drops its result. A page that cannot be fetched or read leaves the side as it was and says why in
the message bar, naming the address. A mixin of `MainWindow`.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStatusBar,
    QWidget,
)

from desktop_app.gui.i18n import translate
from desktop_app.workspace.session import SIDES, Side

if TYPE_CHECKING:
    from pathlib import Path

    from desktop_app.core.model import Document
    from desktop_app.gui.widgets.message_bar import MessageBar
    from desktop_app.gui.worker import Worker


class AddressDialog(QDialog):
    """The address to open, and the side to open it on."""

    def __init__(self, side: Side, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open Address"))
        self.address_edit = QLineEdit()
        self.address_edit.setObjectName("addressEdit")
        self.address_edit.setPlaceholderText("https://…")
        self.address_edit.setMinimumWidth(460)
        self.address_edit.setClearButtonEnabled(True)
        self.side_combo = QComboBox()
        self.side_combo.addItem(self.tr("Left readout"), "left")
        self.side_combo.addItem(self.tr("Right readout"), "right")
        self.side_combo.setCurrentIndex(SIDES.index(side))
        hint = QLabel(self.tr("The page is fetched and read like a saved page: only its main text becomes "
                              "statements."))
        hint.setWordWrap(True)
        choices = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(choices.Open | choices.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.open_button = buttons.button(choices.Open)
        self.address_edit.textChanged.connect(self._update)
        form = QFormLayout(self)
        form.addRow(self.tr("&Address:"), self.address_edit)
        form.addRow(self.tr("Open as:"), self.side_combo)
        form.addRow(hint)
        form.addRow(buttons)
        self._update()

    @property
    def address(self) -> str:
        return self.address_edit.text().strip()

    @property
    def side(self) -> Side:
        return self.side_combo.currentData()

    def _update(self) -> None:
        self.open_button.setEnabled(bool(self.address))


def fetch_job(address: str, cancelled: threading.Event) -> Document:
    """The worker's job (no Qt): fetch and read the page."""
    from desktop_app.core.documents import load_address

    return load_address(address, cancelled=cancelled)


class AddressMixin:
    """Opening a readout from a web address (mixed into `MainWindow`)."""

    if TYPE_CHECKING:  # what the mixin uses of the window
        worker: Worker
        message_bar: MessageBar
        reading_side: Side

        def statusBar(self) -> QStatusBar: ...  # noqa: N802, E704
        def _working(self, text: str) -> None: ...  # noqa: E704
        def _document_read(self, side: Side, document: Document, path: Path | None) -> None: ...  # noqa: E704
        def _document_failed(self, side: Side, error: object) -> None: ...  # noqa: E704

    _fetches: dict[Side, threading.Event]
    fetch_cancel: QPushButton

    def _build_address(self) -> None:
        self._fetches = {}
        self.fetch_cancel = QPushButton(translate("AddressMixin", "Cancel"))
        self.fetch_cancel.setObjectName("cancelFetch")
        self.fetch_cancel.setToolTip(
            translate("AddressMixin", "Stop fetching the page; the readout stays as it was"))
        self.fetch_cancel.setFlat(True)
        self.fetch_cancel.clicked.connect(self.cancel_fetch)
        self.fetch_cancel.hide()
        self.statusBar().addPermanentWidget(self.fetch_cancel)

    def open_address(self) -> None:
        dialog = AddressDialog(self.reading_side if self.reading_side in SIDES else "left",
                               self)  # type: ignore[arg-type]
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.address:
            self.fetch_address(dialog.side, dialog.address)

    def fetch_address(self, side: Side, address: str) -> None:
        """Fetch and read a readout on the worker; on success it replaces that side."""
        self.worker.cancel("pair")
        previous = self._fetches.pop(side, None)
        if previous is not None:
            previous.set()  # a newer fetch on the same side supersedes it
        cancelled = threading.Event()
        self._fetches[side] = cancelled
        self._working(translate("AddressMixin", "Fetching {address}…").format(address=address))
        self.fetch_cancel.show()
        self.worker.submit(side, lambda: fetch_job(address, cancelled),
                           lambda document: self._fetched(side, cancelled, document),
                           lambda error: self._fetch_failed(side, cancelled, error))

    def cancel_fetch(self) -> None:
        """Stop every fetch under way: the sides stay as they were."""
        for side, cancelled in list(self._fetches.items()):
            cancelled.set()
            self.worker.cancel(side)
        self._fetches.clear()
        self.fetch_cancel.hide()
        self.message_bar.show_message(
            translate("AddressMixin", "Fetching was cancelled; the readouts are as they were."), "info")

    def _fetch_done(self, side: Side, cancelled: threading.Event) -> None:
        if self._fetches.get(side) is cancelled:
            del self._fetches[side]
        if not self._fetches:
            self.fetch_cancel.hide()

    def _fetched(self, side: Side, cancelled: threading.Event, document: Document) -> None:
        self._fetch_done(side, cancelled)
        self._document_read(side, document, None)

    def _fetch_failed(self, side: Side, cancelled: threading.Event, error: object) -> None:
        self._fetch_done(side, cancelled)
        if not cancelled.is_set():
            self._document_failed(side, error)
