"""The message bar above the panes: a file that cannot be read, a meeting that looks different …, said
without a dialog, and dismissed with one click; the work stays as it was."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from desktop_app.gui import actions as action_table


class MessageBar(QFrame):
    """A non-modal message above the panes (a file that cannot be read …); the work stays as it was."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.icon = QLabel()
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(close)
        self.hide()

    def show_message(self, message: str, kind: str = "error") -> None:
        colours = {"error": ("#fbe3e4", "#8a1f11", "#d55e00"), "info": ("#e3f0fb", "#0b3a66", "#0072b2"),
                   "warning": ("#fff4e0", "#7a3100", "#c2410c")}
        background, foreground, border = colours.get(kind, colours["info"])
        self.setStyleSheet(f"#messageBar {{ background: {background}; border: 1px solid {border}; "
                           f"border-radius: 3px; }} #messageBar QLabel {{ color: {foreground}; }}")
        self.icon.setPixmap(action_table.icon(
            "fa5s.info-circle" if kind == "info" else "fa5s.exclamation-triangle").pixmap(16, 16))
        self.text.setText(message)
        self.show()
