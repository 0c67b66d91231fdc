"""The legend under the panes: what each colour of the readouts means."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop_app.gui.palette import ReadoutPalette
from desktop_app.gui.widgets.layouts import clear_layout
from desktop_app.workspace.names import STATUS_NAMES, status_name


class Legend(QWidget):
    """What the colours mean: a swatch per status, the differing-words mark and dimmed boilerplate."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(4, 0, 4, 0)
        self._layout.setSpacing(12)

    def show_palette(self, palette: ReadoutPalette) -> None:
        clear_layout(self._layout)
        for status in STATUS_NAMES:
            swatch = self._swatch(palette.tint[status], palette.line[status])
            self._layout.addWidget(self._entry(swatch, status_name(status)))
        self._layout.addWidget(self._entry(self._word_swatch(palette), self.tr("Differing words")))
        dimmed = QLabel(self.tr("Boilerplate"))
        font = dimmed.font()
        font.setItalic(True)
        dimmed.setFont(font)
        dimmed.setStyleSheet(f"color: {palette.dim_text.name()};")
        dimmed.setToolTip(self.tr("Titles, menus and captions that are not statements"))
        self._layout.addWidget(dimmed)

    def _entry(self, pixmap: QPixmap, text: str) -> QWidget:
        entry = QWidget()
        layout = QHBoxLayout(entry)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        swatch = QLabel()
        swatch.setPixmap(pixmap)
        layout.addWidget(swatch)
        layout.addWidget(QLabel(text))
        return entry

    @staticmethod
    def _swatch(fill: QColor, border: QColor) -> QPixmap:
        pixmap = QPixmap(QSize(14, 14))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.fillRect(0, 0, 14, 14, border)
        painter.fillRect(2, 2, 10, 10, fill)
        painter.end()
        return pixmap

    @staticmethod
    def _word_swatch(palette: ReadoutPalette) -> QPixmap:
        pixmap = QPixmap(QSize(22, 14))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.fillRect(0, 1, 22, 12, palette.word_tint["differ"])
        painter.fillRect(0, 12, 22, 2, palette.word_underline)
        painter.end()
        return pixmap
