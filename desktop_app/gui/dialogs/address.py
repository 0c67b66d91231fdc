"""File ▸ Open Address…: the address of a readout on the web, and the side to open it on."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop_app.workspace.session import SIDES, Side


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
