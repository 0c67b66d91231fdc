"""Starting the window: `parallax` (the demo pair), `parallax LEFT RIGHT`, `parallax ONE` (one readout,
the window asking for the other), `parallax PROJECT.parallax`, `parallax --screenshot OUT.png`.

Imports are kept inside the functions, and the engine is first imported on the worker thread, so the
window is on screen as early as possible.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from desktop_app.gui.main_window import MainWindow
    from desktop_app.workspace.preferences import Preferences

EXIT_BAD_INPUT = 2
SCREENSHOT_SIZE = (1400, 860)
SCREENSHOT_TIMEOUT_MS = 30_000


def demo_pair() -> tuple[Path, Path]:
    from desktop_app.core.resources import resource_path

    return resource_path("samples", "demo-kr.txt"), resource_path("samples", "demo-cn.txt")


def application() -> QApplication:
    """The QApplication (created once), with the bundled CJK font as every widget's fallback."""
    from PySide6.QtWidgets import QApplication

    from desktop_app.export.fonts import bundled_family, latin_family

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("Parallax")
        app.setOrganizationName("Parallax")
        app.setApplicationDisplayName("Parallax")
        app.setDesktopFileName("io.github.parallax_readouts.Parallax")  # matches packaging/linux/
        from desktop_app.gui.desktop import FileOpenHandler, app_icon

        app.setWindowIcon(app_icon())
        handler = FileOpenHandler(app)  # files opened from Finder on macOS
        handler.setObjectName("fileOpenHandler")
        app.installEventFilter(handler)
    assert isinstance(app, QApplication)
    font = app.font()
    cjk = bundled_family()
    if cjk not in font.families():
        latin = latin_family()
        # File names and topic labels may be Korean or Chinese: the bundled font fills in for those.
        font.setFamilies([latin, cjk] if latin else [*font.families(), cjk])
        app.setFont(font)
    return app


def user_preferences() -> tuple[Preferences, Callable[[Preferences], None]]:
    """The stored preferences and the function that saves them."""
    from desktop_app.workspace.preferences import load_preferences, save_preferences

    return load_preferences(), save_preferences


def create_window(left: Path | None = None, right: Path | None = None,
                  prefs: Preferences | None = None, save: Callable[[Preferences], None] | None = None,
                  deferred_icons: bool = False,
                  project_path: Path | None = None, autosave_ms: int | None = None,
                  readout: Path | None = None) -> MainWindow:
    """The main window, already opening the given project, or reading (and aligning) the given pair, or
    one readout (the window then asks for the other), or the demo pair (kept out of the recent files)."""
    from desktop_app.gui.controllers.project import AUTOSAVE_MS
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.palette import apply_theme

    if prefs is None:
        prefs, save = user_preferences()
    apply_theme(prefs.theme)
    from desktop_app.gui.i18n import install_translators

    install_translators(prefs.language)  # before any widget: texts are read as made
    window = MainWindow(prefs, save, deferred_icons=deferred_icons,
                        autosave_ms=AUTOSAVE_MS if autosave_ms is None else autosave_ms)
    if project_path is not None:
        window.project.open_project_file(Path(project_path))
    elif readout is not None:
        window.reading.open_readout(Path(readout))
    elif left is None or right is None:
        window.reading.open_pair(*demo_pair(), remember=False)
    else:
        window.reading.open_pair(left, right)
    warning = prefs.load_warning
    if warning:
        window.message_bar.show_message(warning, "info")
    return window


def run_window(left: Path | None = None, right: Path | None = None, project: Path | None = None,
               readout: Path | None = None) -> int:
    """Open the window on a project, a pair, one readout or the demo pair, and run until it is closed.
    Work left unsaved by a session that crashed is offered for recovery once the window is up."""
    from PySide6.QtCore import QTimer

    from desktop_app.gui.desktop import FileOpenHandler

    app = application()
    window = create_window(left, right, deferred_icons=True, project_path=project, readout=readout)
    handler = app.findChild(FileOpenHandler, "fileOpenHandler")
    if handler is not None:
        handler.attach(window)
    _follow_system_theme(app, window)
    window.show()
    QTimer.singleShot(0, window.project.offer_recovery)
    return app.exec()


def _follow_system_theme(app: QApplication, window: MainWindow) -> None:
    from desktop_app.gui.palette import apply_theme

    hints = app.styleHints()

    def changed(*_: object) -> None:
        if window.prefs.theme == "system":
            apply_theme("system")

    hints.colorSchemeChanged.connect(changed)


def save_screenshot(out: Path, left: Path | None = None, right: Path | None = None,
                    project: Path | None = None) -> int:
    """Render the window offscreen with the comparison (of the pair, or of the project) drawn, and save it
    as a PNG.

    Returns 0, or 2 with one line on stderr for a file that cannot be read or an output that cannot
    be written.
    """
    out = Path(out)
    if not out.parent.is_dir():
        print(f"parallax: cannot write {out}: {out.parent} is not a folder", file=sys.stderr)
        return EXIT_BAD_INPUT
    if (left is None) != (right is None):
        print("parallax: give both readouts, or none for the demo pair", file=sys.stderr)
        return EXIT_BAD_INPUT
    from desktop_app.core.model import DocumentError
    from desktop_app.core.project.file import ProjectError, load_project
    from desktop_app.gui.loading import read_file

    try:  # fail early, with the engine's one-line message, rather than in a window nobody sees
        if project is not None:
            load_project(project)
        for path in (left, right):
            if path is not None:
                read_file(path)
    except (ProjectError, DocumentError) as error:
        print(f"parallax: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    from desktop_app.core import embedding

    embedding.preload()  # the picture shows the final alignment, not the one made while the model loads
    app = application()
    window = create_window(left, right, project_path=project)
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    if not wait_until_shown(app, window):
        print("parallax: the comparison did not finish in time", file=sys.stderr)
        return EXIT_BAD_INPUT
    if not window.grab().save(str(out), "PNG"):
        print(f"parallax: cannot write {out}", file=sys.stderr)
        return EXIT_BAD_INPUT
    window.close()
    return 0


def wait_until_shown(app: QApplication, window: MainWindow, timeout_ms: int = SCREENSHOT_TIMEOUT_MS) -> bool:
    """Run the event loop until the window has drawn its comparison (True) or time is up (False)."""
    from PySide6.QtCore import QEventLoop, QTimer

    if window.view.index is None:
        loop = QEventLoop()
        window.reading.comparison_shown.connect(loop.quit)
        window.reading.document_failed.connect(lambda *_: loop.quit())
        window.project.project_failed.connect(lambda *_: loop.quit())
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
    app.processEvents()
    return window.view.index is not None
