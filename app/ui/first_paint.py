"""Work that the first paint does not need runs right after it (issue 17: a light first
paint). The history, the practice suggestion and the reminder read files and import code
the browser does not show; started from the constructor, they delayed the window by the
time they took."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class AfterFirstPaint(QObject):
    """Calls ``callback`` once, just after ``window`` was first painted; or, when the event
    loop comes round and the window is not shown (a test, a start to the tray), then."""

    def __init__(self, window: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(window)
        self._window = window
        self._callback = callback
        self._done = False
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # any widget of the window paints first
        QTimer.singleShot(0, self._if_hidden)

    def _if_hidden(self) -> None:
        if not self._window.isVisible():
            self._run()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            not self._done
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            QTimer.singleShot(0, self._run)  # after the whole of this paint
        return False

    def _run(self) -> None:
        if self._done:
            return
        self._done = True
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._callback()
