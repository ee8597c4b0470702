"""Work that the first paint does not need runs right after it (issue 17: a light first
paint). The history, the practice suggestion, the reminder and the session page read files
and import code the browser does not show; started from the constructor, they delayed the
window by the time they took."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# A window shown but not painted by then (covered, on a desktop that maps it late) gets
# its deferred work anyway: a reminder or a tray icon must not wait for a paint.
LATEST_MS = 1_000


class AfterFirstPaint(QObject):
    """Calls ``callback`` once, just after ``window`` was first painted; or when the event
    loop first comes round and the window is hidden or minimised (a test, a start to the
    tray, a window manager that maps it iconic); or :data:`LATEST_MS` after that."""

    def __init__(self, window: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(window)
        self._window = window
        self._callback = callback
        self._done = False
        self._scheduled = False
        self._latest = QTimer(self)
        self._latest.setSingleShot(True)
        self._latest.timeout.connect(self._run)
        window.installEventFilter(self)  # the top-level window's own events only
        QTimer.singleShot(0, self._first_turn)

    @property
    def done(self) -> bool:
        return self._done

    def _first_turn(self) -> None:
        if self._done:
            return
        if not self._window.isVisible() or self._window.isMinimized():
            self._run()
        else:
            self._latest.start(LATEST_MS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # The repaint of a whole window is one UpdateRequest to its top level: the work is
        # queued behind it, so it runs once the window is on screen.
        if (
            not self._scheduled
            and watched is self._window
            and event.type() in (QEvent.Type.UpdateRequest, QEvent.Type.Paint)
        ):
            self._scheduled = True
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        if self._done:
            return
        self._done = True
        self._latest.stop()
        self._window.removeEventFilter(self)
        self._callback()
