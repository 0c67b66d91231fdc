"""Writing files so that a crash or a full disk never leaves a half-written file behind."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

BACKUP_SUFFIX = ".bak"


def write_atomic(path: str | Path, data: str | bytes, keep_backup: bool = False) -> None:
    """Write to a temporary file beside `path`, flush it to disk, then rename it over `path`.

    With `keep_backup`, the file being replaced is first copied to `path` + ".bak", so the previous
    save survives even a new one the user regrets.
    """
    path = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        # mkstemp makes the file private (0600); give it the permissions a plain write would.
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.is_file() else 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        if keep_backup and path.is_file():
            shutil.copy2(path, backup_path(path))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + BACKUP_SUFFIX)
