"""Atomic saves: a save killed at any moment leaves the file and its backup whole, and leaves no
temporary files behind for long."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.core.fileio import backup_path, write_atomic

ROOT = Path(__file__).resolve().parents[2]

# A process saving ever new versions of one file, each a whole block of one repeated letter.
WRITER = """
import sys
sys.path.insert(0, {root!r})
from desktop_app.core.fileio import write_atomic
n = 0
while True:
    n += 1
    letter = "ABCDEFGHIJ"[n % 10]
    write_atomic({path!r}, (letter * 2_000_000 + "END").encode(), keep_backup=True)
"""


def whole(path: Path) -> bool:
    data = path.read_bytes()
    return len(data) == 2_000_003 and data.endswith(b"END") and data[:1] * 2_000_000 == data[:-3]


@pytest.mark.skipif(os.name == "nt", reason="kills a process with SIGKILL")
def test_saves_killed_at_random_moments_leave_the_file_and_backup_whole(tmp_path: Path) -> None:
    target = tmp_path / "work.parallax"
    write_atomic(target, b"A" * 2_000_000 + b"END")
    rng = random.Random(7)
    for _ in range(12):
        writer = subprocess.Popen([sys.executable, "-c", WRITER.format(root=str(ROOT), path=str(target))])
        time.sleep(rng.uniform(0.05, 0.4))
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        assert whole(target)
        if backup_path(target).exists():
            assert whole(backup_path(target))
    write_atomic(target, b"B" * 2_000_000 + b"END", keep_backup=True)  # the next save tidies up
    assert sorted(p.name for p in tmp_path.iterdir()) == ["work.parallax", "work.parallax.bak"]


def test_a_temporary_file_of_a_live_process_is_left_alone(tmp_path: Path) -> None:
    target = tmp_path / "work.parallax"
    mine = tmp_path / f".work.parallax.{os.getpid()}.abc.tmp"
    mine.write_bytes(b"in progress")
    write_atomic(target, b"saved")
    assert mine.exists() and target.read_bytes() == b"saved"


def test_a_symlink_is_written_through_not_replaced(tmp_path: Path) -> None:
    real = tmp_path / "reports" / "report.json"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "latest.json"
    link.symlink_to(real)
    write_atomic(link, b"new", keep_backup=True)
    assert link.is_symlink() and real.read_bytes() == b"new"
    assert backup_path(real).read_bytes() == b"old"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_pipe_is_written_into_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    reader = subprocess.Popen([sys.executable, "-c", f"import sys; print(len(open({str(fifo)!r}, 'rb').read()))"],
                              stdout=subprocess.PIPE, text=True)
    write_atomic(fifo, b"x" * 1000)
    assert reader.communicate(timeout=30)[0].strip() == "1000"
    assert fifo.is_fifo()
