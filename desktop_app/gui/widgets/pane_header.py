"""The header over a readout's text: file name, language, date and place, and its side label (a combo
the user may change); its tooltip tells where the text came from and how its side was guessed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from desktop_app.core.model import LANGUAGE_NAMES, Document
from desktop_app.core.wording import place_name
from desktop_app.gui.i18n import translate
from desktop_app.workspace.names import language_name, side_name
from desktop_app.workspace.session import SIDE_LABELS
from desktop_app.workspace.text import engine_language


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when it does not fit, with the whole text as its tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = ""
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, self.width()))


class PaneHeader(QFrame):
    """File name, language, date and place of a readout, and its side label (a combo the user may change)."""

    side_changed = Signal(str)  # "KR" / "CN" / "unknown"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paneHeader")
        self.name = QLabel(self.tr("No readout"))
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.name.font()
        bold.setBold(True)
        self.name.setFont(bold)
        self.details = ElidedLabel("")
        self.details.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # secondary text
        self.side = QComboBox()
        self.side.setToolTip(self.tr("Whose readout this is (guessed from the text; change it if the guess "
                                     "is wrong)"))
        self.side.setAccessibleName(self.tr("Side of this readout"))
        for code, label in SIDE_LABELS.items():
            self.side.addItem(side_name(label), code)
        self.side.currentIndexChanged.connect(lambda _: self.side_changed.emit(self.side.currentData()))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 6, 4)
        layout.setSpacing(8)
        layout.addWidget(self.name)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.side)

    def show_document(self, document: Document | None, side_code: str) -> None:
        if document is None:
            self.name.setText(self.tr("No readout"))
            self.details.set_full_text("")
            self.setToolTip("")
        else:
            self.name.setText(document.name)
            self.details.set_full_text(describe_document(document))
            self.setToolTip(document_tooltip(document))
        self.set_side(side_code)

    def set_side(self, side_code: str) -> None:
        self.side.blockSignals(True)  # a programmatic change is not the user's correction
        self.side.setCurrentIndex(max(0, self.side.findData(side_code)))
        self.side.blockSignals(False)


def describe_document(document: Document) -> str:
    meta = document.metadata
    languages = meta.languages or [meta.language]
    parts = [" + ".join(language_name(LANGUAGE_NAMES.get(code, code)) for code in languages)]
    if meta.date is not None:
        parts.append(meta.date.text)
    if meta.place:
        parts.append(place_name(meta.place, engine_language()) or meta.place)  # Busan → 부산 in Korean
    parts.append(translate("DocumentPane", "{count} statements").format(count=len(document.statements)))
    return " · ".join(parts)


def document_tooltip(document: Document) -> str:
    meta = document.metadata
    lines = [document.source or document.name]
    if meta.address and meta.fetched:
        lines.append(translate("DocumentPane", "Fetched from the web on {moment} UTC").format(
            moment=meta.fetched.replace("T", " ").removesuffix("Z")))
    if meta.title:
        lines.append(translate("DocumentPane", "Title: {title}").format(title=meta.title))
    if document.encoding:
        lines.append(translate("DocumentPane", "Read as {format}, {encoding}").format(
            format=document.format, encoding=document.encoding))
    if meta.participants:
        lines.append(translate("DocumentPane", "Participants: ") + ", ".join(meta.participants))
    if meta.side_evidence:
        lines.append(translate("DocumentPane", "Side guessed as {side} because it {evidence}").format(
            side=side_name(SIDE_LABELS[meta.side]), evidence="; ".join(meta.side_evidence)))
    lines.extend(translate("DocumentPane", "Note: {warning}").format(warning=warning)
                 for warning in document.warnings)
    return "\n".join(lines)
