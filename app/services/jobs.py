"""Long work off the GUI thread: a function run in a ``QThread``, its progress and its end
delivered to the GUI thread as queued signals, and a cancel flag it looks at.

Why a thread of our own and not ``QThreadPool``: the work is one job at a time, the
window must be able to wait for it when the app quits (a ``QThread`` destroyed while it
runs aborts the process), and the result is a Python object, which ``QThread.finished``
plus an attribute carries without a custom ``QRunnable`` signal object.

The function gets ``progress(what, done, total)`` and ``cancelled()``; it runs with the
GIL released often (zlib, SQLite and file writes release it, and Python switches threads
every few milliseconds), so the event loop keeps turning.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, QThread, Signal

T = TypeVar("T")

Work = Callable[[Callable[[str, int, int], None], Callable[[], bool]], T]

EVERY_S = 0.05  # progress at most 20 times a second: the GUI thread paints, not queues


class Job(QThread, Generic[T]):
    """Signals: ``progressed(str, int, int)`` (what, per mille done, 1000 — or 0, 0 when
    the work cannot say how far it is),
    throttled; ``QThread.finished`` when the work returned or raised: then ``result`` or
    ``error`` holds what it gave."""

    progressed = Signal(str, int, int)

    def __init__(self, work: Work[T], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._last = (0.0, "")
        self.result: T | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._work(self._progress, self._cancel.is_set)
        except BaseException as error:  # noqa: BLE001 - handed to the GUI thread, said there
            self.error = error

    def _progress(self, what: str, done: int, total: int) -> None:
        now = time.monotonic()
        last, said = self._last
        if what != said or now - last >= EVERY_S or (total and done >= total):
            self._last = (now, what)
            # Per mille: byte counts can pass what a Qt int carries.
            shown = min(1000, done * 1000 // total) if total > 0 else 0
            self.progressed.emit(what, shown, 1000 if total > 0 else 0)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()
