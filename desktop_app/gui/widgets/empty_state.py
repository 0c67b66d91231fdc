"""What an empty pane shows over its text area: a sentence, buttons to open or paste a readout, and the
recent projects."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.gui.widgets.layouts import clear_layout


class EmptyState(QFrame):
    """What an empty pane offers: a sentence, and buttons to open or paste a readout (files may also be
    dropped on the pane)."""

    open_requested = Signal()
    paste_requested = Signal()
    project_requested = Signal(str)  # the path of a recent project

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.message = QLabel("")
        self.message.setObjectName("emptyMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.open_button = QPushButton(self.tr("Open Readout…"))
        self.open_button.setObjectName("emptyOpen")
        self.open_button.clicked.connect(lambda _checked=False: self.open_requested.emit())
        self.paste_button = QPushButton(self.tr("Paste Readout"))
        self.paste_button.setObjectName("emptyPaste")
        self.paste_button.setToolTip(self.tr("Use the text on the clipboard as this readout"))
        self.paste_button.clicked.connect(lambda _checked=False: self.paste_requested.emit())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.paste_button)
        buttons.addStretch(1)
        self.recent_title = QLabel(self.tr("Recent projects:"))
        self.recent_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.recent = QVBoxLayout()  # one flat button per recent project: reachable with Tab
        self.recent.setSpacing(0)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addSpacing(12)
        layout.addWidget(self.recent_title)
        layout.addLayout(self.recent)
        layout.addStretch(1)
        self.show_recent([])

    def show_recent(self, paths: list[str]) -> None:
        """Offer these recent projects (none: the list is hidden)."""
        clear_layout(self.recent)
        for path in paths:
            button = QPushButton(Path(path).name)
            button.setObjectName("emptyRecentProject")
            button.setFlat(True)
            button.setToolTip(path)
            button.clicked.connect(lambda _checked=False, path=path: self.project_requested.emit(path))
            self.recent.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.recent_title.setVisible(bool(paths))
