"""Offering unsaved work back after a crash: which autosaves there are, when they were written and which
project each belongs to; the user recovers one, discards it, or decides later."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.project.autosave import Autosave
from desktop_app.gui.i18n import translate
from desktop_app.workspace.text import QT_TRANSLATE_NOOP

Choice = Literal["recover", "discard", "later"]
UNTITLED = QT_TRANSLATE_NOOP("RecoveryDialog", "Untitled (never saved)")  # shown through self.tr


def saved_when(saved: str, now: datetime | None = None) -> str:
    """"today 14:32 (5 minutes ago)" from an autosave's ISO time, in local time."""
    try:
        moment = datetime.fromisoformat(saved).astimezone()
    except ValueError:
        return saved or translate("RecoveryDialog", "unknown time")
    now = now or datetime.now().astimezone()
    minutes = int((now - moment).total_seconds() // 60)
    day = translate("RecoveryDialog", "today") if moment.date() == now.date() else moment.strftime("%Y-%m-%d")
    if minutes < 1:
        ago = translate("RecoveryDialog", "just now")
    elif minutes < 120:
        ago = (translate("RecoveryDialog", "1 minute ago") if minutes == 1 else
               translate("RecoveryDialog", "{count} minutes ago").format(count=minutes))
    elif minutes < 48 * 60:
        ago = translate("RecoveryDialog", "{count} hours ago").format(count=minutes // 60)
    else:
        ago = translate("RecoveryDialog", "{count} days ago").format(count=minutes // 1440)
    return f"{day} {moment:%H:%M} ({ago})"


class RecoveryDialog(QDialog):
    """Autosaves left by sessions that ended without saving, newest first."""

    def __init__(self, autosaves: list[Autosave], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Recover Unsaved Work — Parallax"))
        self.autosaves = autosaves
        self.choice: Choice = "later"
        many = len(autosaves) > 1
        intro = QLabel(
            "<b>" + self.tr("Parallax was not closed properly.") + "</b><br>"
            + (self.tr("Unsaved work of earlier sessions was kept. Choose one to recover it as an unsaved "
                       "project.") if many else
               self.tr("The unsaved work of the last session was kept. Recover it as an unsaved project, and "
                       "save it when you are ready.")))
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("recoveryList")
        self.list.setHeaderLabels([self.tr("Saved"), self.tr("Project")])
        self.list.setRootIsDecorated(False)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for autosave in autosaves:
            project = Path(autosave.project_path).name if autosave.project_path else self.tr(UNTITLED)
            item = QTreeWidgetItem([saved_when(autosave.saved), project])
            never = self.tr("This work was never saved to a project file")
            item.setToolTip(1, autosave.project_path or never)
            self.list.addTopLevelItem(item)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        note = QLabel(self.tr("Discard deletes the work for good. Later keeps it, and asks again at the next "
                              "start."))
        note.setWordWrap(True)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # secondary text
        buttons = QDialogButtonBox()
        recover = buttons.addButton(self.tr("&Recover"), QDialogButtonBox.ButtonRole.AcceptRole)
        discard = buttons.addButton(self.tr("&Discard"), QDialogButtonBox.ButtonRole.DestructiveRole)
        later = buttons.addButton(self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole)
        recover.setDefault(True)
        recover.clicked.connect(lambda: self._choose("recover"))
        discard.clicked.connect(lambda: self._choose("discard"))
        later.clicked.connect(lambda: self._choose("later"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.list.setMaximumHeight(60 + 26 * min(len(autosaves), 6))
        self.resize(520, 260)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        if choice == "later":
            self.reject()
        else:
            self.accept()

    def selected(self) -> Autosave | None:
        current = self.list.currentItem()
        row = self.list.indexOfTopLevelItem(current) if current is not None else 0
        return self.autosaves[row] if 0 <= row < len(self.autosaves) else None


def ask_recovery(autosaves: list[Autosave], parent: QWidget | None = None) -> tuple[Choice, Autosave | None]:
    """Ask what to do with the autosaves (tests replace this function to answer)."""
    dialog = RecoveryDialog(autosaves, parent)
    dialog.exec()
    return dialog.choice, dialog.selected()
