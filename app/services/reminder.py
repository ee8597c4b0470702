"""The daily reminder's settings and its clock: *when* to remind, not how.

How a reminder is shown (a tray icon with a menu and a notification, or a window where
there is no tray) is the UI's: ``app/ui/reminder.py``.

Checked once a minute against the wall clock (a coarse timer, one wake-up a minute) rather
than one long timer: a laptop that slept through the time, or a clock that changed, still
gets its reminder on waking.
"""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from app.core import history
from app.services import options

DEFAULT_TIME = options.REMINDER_TIME.default
CHECK_MS = 60_000


class ReminderSettings:
    """The remembered choices (declared in ``options``: a damaged value is the default)."""

    def __init__(self) -> None:
        self.enabled = options.REMINDER_ENABLED.read()
        self.in_tray = options.REMINDER_IN_TRAY.read()
        self.at = options.REMINDER_TIME.read()

    def save(self) -> None:
        options.save(
            options.REMINDER_ENABLED.set(self.enabled),
            options.REMINDER_IN_TRAY.set(self.in_tray),
            options.REMINDER_TIME.set(self.at),
        )


class ReminderClock(QObject):
    """Signals: ``due()`` once when the reminder's time has come (see :meth:`check`)."""

    due = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._at = DEFAULT_TIME
        self._due: datetime | None = None
        self._timer = QTimer(self)
        self._timer.setObjectName("reminderCheck")
        self._timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)

    def arm(self, at: time, now: datetime) -> None:
        """Remind at ``at`` every day, from the next such moment after ``now``."""
        self._at = at
        self._due = history.next_reminder(now, at)
        self._timer.start()

    def stop(self) -> None:
        """No more checks by the timer (the plan is kept: :meth:`check` still works)."""
        self._timer.stop()

    def disarm(self) -> None:
        """The reminder is off: no more checks, and no plan."""
        self._timer.stop()
        self._due = None

    @Slot()
    def check(self, now: datetime | None = None) -> None:
        now = now or datetime.now()
        if self._due is None:
            return
        # A clock put back re-plans (history.reminder_due): the old plan could be a month off.
        due, self._due = history.reminder_due(self._due, now, self._at)
        if due:
            self.due.emit()
