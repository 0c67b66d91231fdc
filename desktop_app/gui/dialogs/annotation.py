"""The dialog of one annotation: what it is on, its tag and its note (the codebook's dialog is
gui/dialogs/codebook.py).

It hands back what the user chose; the window turns that into an undoable command.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.annotations import Tag
from desktop_app.gui.widgets.annotation_panel import one_line, swatch

QUOTE_CHARS = 420  # of the quote shown in the dialog


@dataclass(frozen=True)
class TargetChoice:
    """Something that can be annotated: "Statement KR 3", "Link KR 3 ↔ CN 4", "Selected text in KR"."""

    key: str  # "statement" / "text" / "link": what the window makes of it
    label: str
    quote: str


class AnnotationDialog(QDialog):
    """Tag and note of one annotation; for a new one, also what it is on."""

    def __init__(self, codebook: list[Tag], targets: list[TargetChoice], tag: str | None = None,
                 note: str = "", editing: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationDialog")
        self.setWindowTitle(self.tr("Edit Annotation") if editing else self.tr("Annotate"))
        self.targets = targets
        self.target = QComboBox()
        self.target.setObjectName("annotationTarget")
        for choice in targets:
            self.target.addItem(choice.label, choice.key)
        self.target.currentIndexChanged.connect(self._show_quote)
        # One possible target is said, not offered: a combo with one entry reads as a choice withheld.
        self.target_label = QLabel(targets[0].label if targets else "")
        self.target_label.setObjectName("annotationTargetLabel")
        self.target_label.setTextFormat(Qt.TextFormat.PlainText)
        single = len(targets) <= 1 or editing
        self.target.setVisible(not single)
        self.target_label.setVisible(single)
        target_row = QHBoxLayout()
        target_row.setContentsMargins(0, 0, 0, 0)
        target_row.addWidget(self.target, 1)
        target_row.addWidget(self.target_label, 1)
        self.quote = QLabel()
        self.quote.setObjectName("annotationQuote")
        self.quote.setWordWrap(True)
        self.quote.setTextFormat(Qt.TextFormat.PlainText)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.quote.setFrameShape(QFrame.Shape.StyledPanel)
        self.quote.setMargin(6)
        self.quote.setBackgroundRole(QPalette.ColorRole.Base)  # a quote, set off from the form
        self.quote.setAutoFillBackground(True)
        self.tag = QComboBox()
        self.tag.setObjectName("annotationTag")
        for item in codebook:
            self.tag.addItem(swatch(item.colour, 14), item.name, item.id)
        self.select_tag(tag if tag is not None else (codebook[0].id if codebook else ""))
        self.note = QPlainTextEdit()
        self.note.setObjectName("annotationNote")
        self.note.setPlaceholderText(self.tr("What differs, and why it matters (optional)"))
        self.note.setPlainText(note)
        self.note.setTabChangesFocus(True)
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok | cancel)
        buttons.button(ok).setText(self.tr("Save") if editing else self.tr("Annotate"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("On:"), target_row)
        form.addRow(self.tr("Quote:"), self.quote)
        form.addRow(self.tr("Tag:"), self.tag)
        form.addRow(self.tr("Note:"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._show_quote()
        self.resize(540, 400)
        self.note.setFocus()

    def _show_quote(self, *_: object) -> None:
        row = self.target.currentIndex()
        quote = self.targets[row].quote if 0 <= row < len(self.targets) else ""
        self.quote.setText(f"“{one_line(quote, QUOTE_CHARS)}”" if quote else "")

    def select_tag(self, tag_id: str) -> None:
        self.tag.setCurrentIndex(max(0, self.tag.findData(tag_id)))

    def chosen_target(self) -> str:
        return str(self.target.currentData())

    def tag_id(self) -> str:
        return str(self.tag.currentData())

    def note_text(self) -> str:
        return self.note.toPlainText().strip()
