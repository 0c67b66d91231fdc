"""File → Open Address…: a readout fetched from its web address, on the worker, with a Cancel button.

The fetch (desktop_app/core/load/fetch.py, via `documents.load_address`) runs off the GUI thread; while it
runs the status bar says what is being fetched and offers Cancel, which stops the fetch at its next read
and drops its result. A page that cannot be fetched or read leaves the side as it was and says why in
the message bar, naming the address.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from desktop_app.gui.dialogs.address import AddressDialog
from desktop_app.workspace.session import Side

if TYPE_CHECKING:
    from desktop_app.core.model import Document
    from desktop_app.gui.controllers.window import Window


def fetch_job(address: str, cancelled: threading.Event) -> Document:
    """The worker's job (no Qt): fetch and read the page."""
    from desktop_app.core.documents import load_address

    return load_address(address, cancelled=cancelled)


class AddressController(QObject):
    """Opening a readout from a web address, with a Cancel button in the status bar while it is fetched."""

    def __init__(self, window: Window, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = window
        self.dialog_parent = parent
        self._fetches: dict[Side, threading.Event] = {}
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelFetch")
        self.cancel_button.setToolTip(self.tr("Stop fetching the page; the readout stays as it was"))
        self.cancel_button.setFlat(True)
        self.cancel_button.clicked.connect(self.cancel_fetch)
        self.cancel_button.hide()

    def open_address(self) -> None:
        dialog = AddressDialog(self.window.view.state.reading_side, self.dialog_parent)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.address:
            self.fetch_address(dialog.side, dialog.address)

    def fetch_address(self, side: Side, address: str) -> None:
        """Fetch and read a readout on the worker; on success it replaces that side."""
        self.window.worker.cancel("pair")
        previous = self._fetches.pop(side, None)
        if previous is not None:
            previous.set()  # a newer fetch on the same side supersedes it
        cancelled = threading.Event()
        self._fetches[side] = cancelled
        self.window.working(self.tr("Fetching {address}…").format(address=address))
        self.cancel_button.show()
        self.window.worker.submit(side, lambda: fetch_job(address, cancelled),
                                  lambda document: self._fetched(side, cancelled, document),
                                  lambda error: self._fetch_failed(side, cancelled, error))

    def cancel_fetch(self) -> None:
        """Stop every fetch under way: the sides stay as they were."""
        for side, cancelled in list(self._fetches.items()):
            cancelled.set()
            self.window.worker.cancel(side)
        self._fetches.clear()
        self.cancel_button.hide()
        self.window.message_bar.show_message(
            self.tr("Fetching was cancelled; the readouts are as they were."), "info")

    def _fetch_done(self, side: Side, cancelled: threading.Event) -> None:
        if self._fetches.get(side) is cancelled:
            del self._fetches[side]
        if not self._fetches:
            self.cancel_button.hide()

    def _fetched(self, side: Side, cancelled: threading.Event, document: Document) -> None:
        self._fetch_done(side, cancelled)
        self.window.reading.document_read(side, document, None)

    def _fetch_failed(self, side: Side, cancelled: threading.Event, error: object) -> None:
        self._fetch_done(side, cancelled)
        if not cancelled.is_set():
            self.window.reading.report_failure(side, error)
