"""The window's language: Parallax's own translations (resources/i18n/parallax_<lang>.qm, built from the
.ts files by tests/tools/update_translations.py) and Qt's own (qtbase_<lang>.qm, for the standard
dialogs' buttons), installed on the application before any widget is made.

The language follows the system unless the preferences choose one. Strings are marked in the code with
`self.tr(...)` in classes and `translate("Context", ...)` elsewhere, so pyside6-lupdate finds them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app.core.resources import resource_path
from desktop_app.workspace.preferences import LANGUAGES
from desktop_app.workspace.text import use_translator

translate = QCoreApplication.translate

_installed: list[QTranslator] = []  # kept referenced: Qt does not own installed translators


def resolve_language(choice: str = "", locale: QLocale | None = None) -> str:
    """The language to show: the preference, else the system's among those translated, else English."""
    if choice in LANGUAGES and choice:
        return choice
    locale = locale or QLocale.system()
    for name in locale.uiLanguages():  # "ko-KR", "zh-Hant-TW", "zh-CN" …, most preferred first
        parts = name.replace("_", "-").split("-")
        if parts[0] == "ko":
            return "ko"
        if parts[0] == "zh":
            traditional = "Hant" in parts or any(p in ("TW", "HK", "MO") for p in parts)
            return "zh_TW" if traditional else "zh_CN"
        if parts[0] == "en":
            return "en"
    return "en"


def install_translators(choice: str = "") -> str:
    """Install the translations for the chosen (or the system's) language; returns the language."""
    app = QCoreApplication.instance()
    language = resolve_language(choice)
    if app is None:
        return language
    use_translator(QCoreApplication.translate, language)  # the Qt-free workspace's sentences too
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language))  # what the rest asks of QLocale() (the user guide's language)
    if language == "en":
        return language
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{language}", qt_dir), (f"parallax_{language}", str(resource_path("i18n")))]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return language
