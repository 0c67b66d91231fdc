"""The Preferences dialog: font, theme, language, alignment threshold and the user's own lexicon. The
settings model and its file are workspace/preferences.py."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFontComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.analyse.lexicon import LexiconError, load_lexicon
from desktop_app.gui.i18n import translate
from desktop_app.workspace.preferences import FONT_SIZE_RANGE, LANGUAGES, THEMES, THRESHOLD_RANGE, Preferences

THEME_NAMES = {"system": lambda: translate("Preferences", "System"),
               "light": lambda: translate("Preferences", "Light"),
               "dark": lambda: translate("Preferences", "Dark")}


class PreferencesDialog(QDialog):
    """Font, theme, alignment threshold and the user's own lexicon file.

    OK is refused while the lexicon file is not usable; the lexicon's own message says why.
    """

    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._original = prefs
        self._build()
        self._show(prefs)

    # building ---------------------------------------------------------------------------------

    def _build(self) -> None:
        self.default_font_box = QCheckBox(self.tr("Use the default font"))
        self.font_box = QFontComboBox()
        self.default_font_box.toggled.connect(lambda on: self.font_box.setEnabled(not on))
        self.size_box = QDoubleSpinBox()
        self.size_box.setRange(*FONT_SIZE_RANGE)
        self.size_box.setSingleStep(0.5)
        self.size_box.setDecimals(1)
        self.size_box.setSuffix(self.tr(" pt"))
        self.theme_box = QComboBox()
        for theme in THEMES:
            self.theme_box.addItem(THEME_NAMES[theme](), theme)
        self.language_box = QComboBox()
        self.language_box.setObjectName("languageBox")
        for code, name in LANGUAGES.items():
            self.language_box.addItem(name or self.tr("System language"), code)
        self.language_note = QLabel(self.tr("A new language applies when Parallax starts again."))
        self.language_note.setWordWrap(True)
        self.threshold_box = QDoubleSpinBox()
        self.threshold_box.setRange(*THRESHOLD_RANGE)
        self.threshold_box.setSingleStep(0.01)
        self.threshold_box.setDecimals(2)
        self.threshold_box.setToolTip(self.tr("Lower links more statements; higher links only close "
                                              "matches."))

        form = QFormLayout()
        form.addRow(self.tr("Readout font:"), self._row(self.font_box, self.default_font_box))
        form.addRow(self.tr("Font size:"), self.size_box)
        form.addRow(self.tr("Theme:"), self.theme_box)
        form.addRow(self.tr("Language:"), self.language_box)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Alignment threshold:"), self.threshold_box)
        form.addRow(self.tr("Extra lexicon file:"), self._lexicon_row())
        form.addRow("", self.lexicon_error)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        restore = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(lambda: self._show(Preferences()))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _lexicon_row(self) -> QWidget:
        self.lexicon_edit = QLineEdit()
        self.lexicon_edit.setPlaceholderText(self.tr("none: the built-in lexicon only"))
        self.lexicon_edit.setClearButtonEnabled(True)
        self.lexicon_edit.textChanged.connect(self._validate_lexicon)
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.clicked.connect(self._browse)
        self.lexicon_error = QLabel()
        self.lexicon_error.setWordWrap(True)
        self.lexicon_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lexicon_error.setStyleSheet("color: #b00020;")
        self.lexicon_error.hide()
        return self._row(self.lexicon_edit, self.browse_button)

    @staticmethod
    def _row(*widgets: QWidget) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            layout.addWidget(widget)
        layout.setStretch(0, 1)
        return row

    def _show(self, prefs: Preferences) -> None:
        self.default_font_box.setChecked(prefs.font_family is None)
        self.font_box.setEnabled(prefs.font_family is not None)
        if prefs.font_family:
            self.font_box.setCurrentFont(QFont(prefs.font_family))
        self.size_box.setValue(prefs.font_size)
        self.theme_box.setCurrentIndex(max(0, self.theme_box.findData(prefs.theme)))
        self.threshold_box.setValue(prefs.threshold)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(prefs.language)))
        self.lexicon_edit.setText(prefs.lexicon_file or "")
        self._validate_lexicon()

    # the lexicon file -------------------------------------------------------------------------

    def lexicon_problem(self) -> str | None:
        """Why the lexicon file cannot be used, or None when it can (or none is given)."""
        path = self._lexicon_path()
        if path is None:
            return None
        try:
            load_lexicon(path)
        except LexiconError as error:
            return str(error)
        return None

    def _lexicon_path(self) -> str | None:
        text = self.lexicon_edit.text().strip()
        return str(Path(text).expanduser()) if text else None

    def _validate_lexicon(self) -> bool:
        problem = self.lexicon_problem()
        self.lexicon_error.setText(problem or "")
        self.lexicon_error.setVisible(problem is not None)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)
        return problem is None

    def _browse(self) -> None:
        start = self._lexicon_path() or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Extra lexicon file"), start,
            self.tr("Lexicon files (*.yaml *.yml);;All files (*)"))
        if path:
            self.lexicon_edit.setText(path)

    # the result -------------------------------------------------------------------------------

    def accept(self) -> None:
        # The button is disabled while the file is invalid, but the file may have changed since.
        if self._validate_lexicon():
            super().accept()

    def result_preferences(self) -> Preferences:
        """The preferences as edited; the recent files and projects are kept as they were."""
        family = None if self.default_font_box.isChecked() else self.font_box.currentFont().family()
        return Preferences(
            font_family=family or None,
            font_size=self.size_box.value(),
            theme=self.theme_box.currentData(),
            threshold=self.threshold_box.value(),
            lexicon_file=self._lexicon_path(),
            language=self.language_box.currentData(),
            recent_files=list(self._original.recent_files),
            recent_projects=list(self._original.recent_projects),
        )
