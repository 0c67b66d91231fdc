"""The find bar under the readouts: a field, the match count, previous/next and close.

It only collects what the user asks and shows what it is told: the matching is in core/find.py and the
window (controllers/finding.py) highlights and scrolls. Enter goes to the next match, Shift+Enter to the
previous one, Escape closes the bar.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from desktop_app.gui import actions as action_table

NOT_FOUND_STYLE = "QLineEdit#findField { background: #fbe3e4; color: #8a1f11; }"


class FindBar(QFrame):
    query_changed = Signal(str)
    next_requested = Signal()
    previous_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.setAccessibleName(self.tr("Find in both readouts"))
        self.setAccessibleDescription(self.tr("Type to find text in both readouts; Enter and Shift+Enter go "
                                              "to the next and previous match, Esc closes the bar"))
        self.field = QLineEdit()
        self.field.setObjectName("findField")
        self.field.setPlaceholderText(self.tr("Find in both readouts"))
        self.field.setAccessibleName(self.tr("Text to find"))
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(260)
        self.field.textChanged.connect(self.query_changed)
        self.field.installEventFilter(self)
        self.count = QLabel("")
        self.count.setObjectName("findCount")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setMinimumWidth(self.count.fontMetrics().horizontalAdvance("999 of 999, KR 999 · CN 999"))
        self.previous = self._button("mdi6.chevron-up", "▲", self.tr("Previous match"),
                                     self._keys("find_previous", "Shift+Enter"), self.previous_requested.emit)
        self.next = self._button("mdi6.chevron-down", "▼", self.tr("Next match"),
                                 self._keys("find_next", "Enter"),
                                 self.next_requested.emit)
        close = self._button("", "✕", self.tr("Close the find bar"), "Esc", self.close_bar)
        label = QLabel(self.tr("Find:"))
        label.setBuddy(self.field)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(6)
        layout.addWidget(label)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.previous)
        layout.addWidget(self.next)
        layout.addWidget(self.count)
        layout.addStretch(1)
        layout.addWidget(close)
        self.hide()

    @staticmethod
    def _keys(action_id: str, extra: str) -> str:
        keys = action_table.shortcut_text(action_table.spec(action_id))
        return f"{keys}, {extra}" if keys else extra

    def _button(self, icon_name: str, text: str, name: str, keys: str,
                act: Callable[[], object]) -> QToolButton:
        button = QToolButton()
        button.setAutoRaise(True)
        button.setText(text)
        button.setToolTip(f"{name} ({keys})")
        button.setAccessibleName(name)
        if icon_name:
            button.setIcon(action_table.icon(icon_name))
        button.clicked.connect(lambda _checked=False: act())
        return button

    @property
    def query(self) -> str:
        return self.field.text()

    def open_bar(self, text: str = "") -> None:
        """Show the bar with the field focused and its text selected (replaced by `text` if given)."""
        if text:
            self.field.setText(text)
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close_bar(self) -> None:
        if self.isVisible():
            self.hide()
            self.closed.emit()

    def show_count(self, text: str, found: bool) -> None:
        self.count.setText(text)
        self.field.setStyleSheet("" if found or not self.query.strip() else NOT_FOUND_STYLE)
        for button in (self.previous, self.next):
            button.setEnabled(found)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.field and isinstance(event, QKeyEvent):
            key = event.key()
            if event.type() == QEvent.Type.ShortcutOverride and key == Qt.Key.Key_Escape:
                event.accept()  # Escape here closes the bar, before the window's Esc clears the selection
                return True
            if event.type() == QEvent.Type.KeyPress:
                if key == Qt.Key.Key_Escape:
                    self.close_bar()
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    shifted = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                    (self.previous_requested if shifted else self.next_requested).emit()
                    return True
        return super().eventFilter(watched, event)
