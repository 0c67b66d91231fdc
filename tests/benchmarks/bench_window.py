"""How fast the window is: start-up to the demo pair drawn, and the frame time of scrolling a long pair.

    .venv/bin/python tests/benchmarks/bench_window.py

Prints figures; asserts nothing. Runs offscreen (QT_QPA_PLATFORM=offscreen) unless told otherwise.
Targets (issue 12): start-up ≤ 0.8 s; a scroll frame under 16.7 ms (60 frames/s) at the 95th percentile.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"
RUNS = 5

# The child process: open the window as `parallax` does, and report when the aligned pair is painted.
STARTUP_CHILD = r"""
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from desktop_app.gui.app import application, create_window

app = application()
window = create_window(deferred_icons=True)

class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and window.view.index is not None:
            QTimer.singleShot(0, done)
        return False

def done():
    print(f"painted {time.time():.6f}", flush=True)
    app.quit()

watcher = Painted()
window.panes["right"].view.viewport().installEventFilter(watcher)
window.show()
app.exec()
"""


def startup_seconds() -> float:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    with tempfile.TemporaryDirectory() as home:  # no user preferences or caches of the developer's
        env.update(HOME=home, XDG_CONFIG_HOME=f"{home}/.config", XDG_STATE_HOME=f"{home}/.state")
        start = time.time()
        run = subprocess.run([sys.executable, "-c", STARTUP_CHILD], capture_output=True, text=True, env=env,
                             cwd=ROOT, timeout=60, check=True)
    match = re.search(r"painted ([0-9.]+)", run.stdout)
    if match is None:
        raise RuntimeError(f"the window did not report: {run.stderr[-500:]}")
    return float(match.group(1)) - start


def long_readout(source: Path, copies: int) -> str:
    """A long readout made from a short one: its paragraphs repeated, each copy's figures changed, so
    that every copy is a different meeting round rather than the same sentences again."""
    text = source.read_text(encoding="utf-8")
    title, _, body = text.partition("\n\n")
    rounds = []
    for copy in range(copies):
        rounds.append(re.sub(r"\d+(\.\d+)?", lambda m, c=copy: str(int(float(m.group()) * 10) + c), body))
        rounds[-1] = f"Round {copy + 1}.\n\n" + rounds[-1]
    return title + "\n\n" + "\n\n".join(rounds)


def scroll_frames(statements_wanted: int = 500) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop_app.core.documents import load_document
    from desktop_app.gui.app import application, wait_until_shown
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.workspace.preferences import Preferences

    app = application()
    per_copy = len(load_document(SAMPLES / "demo-kr.txt").statements)
    copies = -(-statements_wanted // per_copy)
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for name in ("demo-kr.txt", "demo-cn.txt"):
            path = Path(folder) / f"long-{name}"
            path.write_text(long_readout(SAMPLES / name, copies), encoding="utf-8")
            paths.append(path)
        window = MainWindow(Preferences())
        window.scroll_sync.animate = False  # every frame moves both panes at once: the worst case
        window.resize(1400, 860)
        window.show()
        started = time.perf_counter()
        window.reading.open_pair(*paths)
        assert wait_until_shown(app, window, 120_000)
        aligned = time.perf_counter() - started
        left = window.panes["left"].view
        bar = left.verticalScrollBar()
        step = max(1, bar.maximum() // 300)
        times = []
        for value in range(0, bar.maximum(), step):
            tick = time.perf_counter()
            bar.setValue(value)  # the right pane follows through the scroll synchronisation
            for widget in (left.viewport(), window.panes["right"].view.viewport(), window.gutter):
                widget.repaint()
            times.append((time.perf_counter() - tick) * 1000)
        counts = {side: len(window.session.documents[side].statements) for side in ("left", "right")}
        window.close()
    times.sort()
    return {"statements_left": counts["left"], "statements_right": counts["right"],
            "links": len(window.view.index.links) if window.view.index else 0, "open_and_align_s": aligned,
            "frames": len(times), "median_ms": statistics.median(times),
            "p95_ms": times[int(len(times) * 0.95)], "max_ms": times[-1]}


def main() -> None:
    startups = [startup_seconds() for _ in range(RUNS)]
    print(f"start-up to the demo pair painted: median {statistics.median(startups):.2f} s, "
          f"best {min(startups):.2f} s, worst {max(startups):.2f} s ({RUNS} runs; target ≤ 0.8 s)")
    frames = scroll_frames()
    print(f"long pair: {frames['statements_left']} + {frames['statements_right']} statements, "
          f"{frames['links']} links, opened and aligned in {frames['open_and_align_s']:.2f} s")
    print(f"scroll frame (both panes and the gutter repainted): median {frames['median_ms']:.1f} ms, "
          f"95th percentile {frames['p95_ms']:.1f} ms, worst {frames['max_ms']:.1f} ms "
          f"over {frames['frames']} frames (target: 95th percentile ≤ 16.7 ms)")


if __name__ == "__main__":
    main()
