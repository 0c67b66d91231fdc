"""What the desktop hands the app: its icon, and files opened from Finder (macOS `QFileOpenEvent`).

On Linux and Windows a file opened from the file manager arrives on the command line (the `.desktop`
file's `%F`); macOS instead sends the running app one `QFileOpenEvent` per file, also at start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent, QIcon

APP_ID = "io.github.parallax_readouts.Parallax"  # the .desktop file, the icon and the MIME package
GATHER_MS = 150  # files selected together arrive as separate events: they are opened together


def app_icon() -> QIcon:
    """The app's icon (resources/icons/parallax.png, the render of packaging/linux/APP_ID.svg), or, on a
    desktop that has the icon installed under the app's id, that one."""
    from desktop_app.core.resources import resource_path

    icon = QIcon(str(resource_path("icons", "parallax.png")))
    return QIcon.fromTheme(APP_ID, icon)


class OpensPaths(Protocol):
    def open_paths(self, paths: list[Path]) -> None: ...


class OpensFiles(Protocol):
    """What the handler needs of the window: its reading, to open files, and to come to the front."""

    @property
    def reading(self) -> OpensPaths: ...
    def raise_(self) -> None: ...
    def activateWindow(self) -> None: ...  # noqa: N802 - Qt's name


class FileOpenHandler(QObject):
    """Catches the application's file-open events and passes the files to the window, gathered, once
    there is a window (events that come before it wait)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window: OpensFiles | None = None
        self.pending: list[Path] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(GATHER_MS)
        self._timer.timeout.connect(self.flush)

    def attach(self, window: OpensFiles) -> None:
        self.window = window
        if self.pending:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            name = event.file() or event.url().toLocalFile()
            if name:
                self.pending.append(Path(name))
                if self.window is not None:
                    self._timer.start()
                return True
        return super().eventFilter(watched, event)

    def flush(self) -> None:
        window, paths = self.window, self.pending
        if window is None or not paths:
            return
        self.pending = []
        window.reading.open_paths(paths)
        window.raise_()
        window.activateWindow()
