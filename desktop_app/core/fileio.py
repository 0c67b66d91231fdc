"""Writing files so that a crash or a full disk never leaves a half-written file behind."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from pathlib import Path
from typing import BinaryIO

BACKUP_SUFFIX = ".bak"
_TEMP_SUFFIX = ".tmp"


class FileRefused(Exception):
    """A file Parallax will not read: the message says why, for the user."""


class NotRegularFile(FileRefused):
    def __init__(self) -> None:
        super().__init__("not a regular file (a device, a pipe or a socket)")


class FileTooLarge(FileRefused):
    def __init__(self, limit: int, size: int | None) -> None:
        super().__init__(f"too large (more than {limit // 1_000_000} MB)")
        self.size = size  # None when the file grew past the limit while it was read


def read_regular_file(path: str | Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes. A folder, a device (/dev/zero), a FIFO or
    a socket is refused before it is opened, so reading never blocks or runs out of memory."""
    info = os.stat(path)  # raises FileNotFoundError and the like for the caller to word
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(path)
    if not stat.S_ISREG(info.st_mode):
        raise NotRegularFile()
    if info.st_size > limit:
        raise FileTooLarge(limit, info.st_size)
    with Path(path).open("rb") as fh:
        data = fh.read(limit + 1)  # never more, even if the file grows meanwhile
    if len(data) > limit:
        raise FileTooLarge(limit, None)
    return data


def write_atomic(path: str | Path, data: str | bytes, keep_backup: bool = False) -> None:
    """Write to a temporary file beside `path`, flush it to disk, then rename it over `path`.

    With `keep_backup`, the file being replaced is first copied to `path` + ".bak" the same way (a copy
    to a temporary file, renamed), so the previous save survives even a new one the user regrets, and
    a save killed at any point leaves both files whole. Temporary files of saves killed earlier are
    removed.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        kind = os.stat(path).st_mode
    except OSError:
        kind = None
    if kind is not None and not stat.S_ISREG(kind) and not stat.S_ISDIR(kind):
        # A pipe or a device (/dev/stdout): renaming over it would replace it, so write into it.
        with open(path, "wb") as fh:
            fh.write(payload)
        return
    path = Path(os.path.realpath(path))  # a symlink is written through, not replaced by a file
    _remove_stale_temporaries(path)
    mode = path.stat().st_mode & 0o777 if path.is_file() else 0o666 & ~_umask()
    temporaries = [_write_temporary(path, payload, mode)]
    try:
        if keep_backup and path.is_file():
            with path.open("rb") as old:
                temporaries.append(_write_temporary(path, old, mode))
            os.replace(temporaries[-1], backup_path(path))
        os.replace(temporaries[0], path)
    except BaseException:
        for tmp in temporaries:
            Path(tmp).unlink(missing_ok=True)
        raise


def _write_temporary(path: Path, content: bytes | BinaryIO, mode: int) -> str:
    """A fully written, flushed temporary file beside `path` (content: bytes, or a binary file to copy)."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.{os.getpid()}.", suffix=_TEMP_SUFFIX)
    try:
        os.chmod(tmp, mode)  # mkstemp makes the file private (0600); give it what a plain write would
        with os.fdopen(fd, "wb") as fh:
            if isinstance(content, bytes):
                fh.write(content)
            else:
                shutil.copyfileobj(content, fh)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def _remove_stale_temporaries(path: Path) -> None:
    """Temporary files another save of `path` left when its process was killed."""
    try:
        candidates = list(path.parent.glob(f".{path.name}.*{_TEMP_SUFFIX}"))
    except OSError:
        return
    for candidate in candidates:
        pid = candidate.name[len(path.name) + 2:].split(".", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not process_alive(int(pid)):
            candidate.unlink(missing_ok=True)


def process_alive(pid: int) -> bool:
    """Whether a process runs under `pid`; True when this platform cannot tell, so that nothing of a
    live process is ever taken for a dead one's."""
    if os.name == "nt":  # os.kill(pid, 0) would send Ctrl+C there
        return True
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):  # gone, or a pid no process can have
        return False
    except (PermissionError, OSError, AttributeError):
        return True  # someone else's process, or a platform without the check
    return True


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + BACKUP_SUFFIX)
