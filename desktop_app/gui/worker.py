"""Slow work (reading files, aligning readouts) off the GUI thread, so the window never freezes.

Work is submitted on a named channel ("left", "right", "align"); a newer submission on a channel
supersedes the older one: the older one still runs to its end (Python code cannot be interrupted
safely), but its result is dropped. Results come back on the GUI thread through queued signals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Carries a job's outcome from the pool thread to the GUI thread (a queued connection)."""

    done = Signal(object, object)  # ticket, result
    failed = Signal(object, object)  # ticket, exception


class _Job(QRunnable):
    def __init__(self, ticket: tuple[str, int], work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.ticket = ticket
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # noqa: BLE001 - every failure goes back to the window as a message
            self.relay.failed.emit(self.ticket, error)
        else:
            self.relay.done.emit(self.ticket, result)


Callback = Callable[[Any], None]


class Worker(QObject):
    """Runs jobs on a small thread pool and calls back on the GUI thread."""

    busy_changed = Signal(bool)
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._relay = _Relay(self)
        self._relay.done.connect(self._finished)
        self._relay.failed.connect(self._failed)
        self._latest: dict[str, int] = {}
        self._callbacks: dict[tuple[str, int], tuple[Callback, Callback]] = {}
        self._busy = False

    @property
    def busy(self) -> bool:
        return self._busy

    def submit(self, channel: str, work: Callable[[], Any], on_done: Callback, on_error: Callback) -> None:
        """Run `work()` on a pool thread; then `on_done(result)` or `on_error(exception)` on this thread,
        unless a newer job on the same channel was submitted in the meantime."""
        ticket = (channel, self._latest.get(channel, 0) + 1)
        self._latest[channel] = ticket[1]
        # A superseded job's callbacks are dropped now, so the busy indicator tracks live work only.
        for stale in [t for t in self._callbacks if t[0] == channel]:
            del self._callbacks[stale]
        self._callbacks[ticket] = (on_done, on_error)
        self._pool.start(_Job(ticket, work, self._relay))
        if not self._busy:
            self._busy = True
            self.busy_changed.emit(True)

    def cancel(self, channel: str) -> None:
        """Forget a channel's pending job: its result will be dropped."""
        self._latest[channel] = self._latest.get(channel, 0) + 1
        for stale in [t for t in self._callbacks if t[0] == channel]:
            del self._callbacks[stale]
        self._settle()

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        """Block until the pool threads finish (tests, shutdown); queued results still need the event loop."""
        return self._pool.waitForDone(msecs)

    @Slot(object, object)
    def _finished(self, ticket: tuple[str, int], result: object) -> None:
        callbacks = self._callbacks.pop(ticket, None)
        if callbacks is not None:
            callbacks[0](result)
        self._settle()

    @Slot(object, object)
    def _failed(self, ticket: tuple[str, int], error: object) -> None:
        callbacks = self._callbacks.pop(ticket, None)
        if callbacks is not None:
            callbacks[1](error)
        self._settle()

    def _settle(self) -> None:
        if self._busy and not self._callbacks:
            self._busy = False
            self.busy_changed.emit(False)
            self.idle.emit()
