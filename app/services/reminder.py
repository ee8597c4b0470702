"""The daily reminder: a tray icon and a notification at the chosen time, a click starts
the day's program; where there is no tray, a plain reminder window at start-up instead.

Checked once a minute against the wall clock (a coarse timer, one wake-up a minute) rather
than one long timer: a laptop that slept through the time, or a clock that changed, still
gets its reminder on waking.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QMessageBox, QSystemTrayIcon, QWidget

from app.core import history
from app.core.history import SessionRecord
from app.services import paths
from app.services.storage import changed_settings

DEFAULT_TIME = time(8, 0)


class ReminderSettings:
    def __init__(self) -> None:
        s = paths.settings()
        self.enabled = s.value("reminder/enabled", "false") == "true"
        self.in_tray = s.value("reminder/in_tray", "true") == "true"
        try:
            self.at = time.fromisoformat(str(s.value("reminder/time", "08:00")))
        except ValueError:  # a damaged value: the default, not a failure
            self.at = DEFAULT_TIME

    def save(self) -> None:
        with changed_settings() as s:
            s.setValue("reminder/enabled", "true" if self.enabled else "false")
            s.setValue("reminder/in_tray", "true" if self.in_tray else "false")
            s.setValue("reminder/time", self.at.strftime("%H:%M"))


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class Reminders(QObject):
    """Signals: ``start_today()`` when the person answers a reminder (start practising),
    ``show_window()`` from the tray's menu."""

    start_today = Signal()
    show_window = Signal()
    quit_app = Signal()

    def __init__(self, window: QWidget, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._icon = icon
        self.settings = ReminderSettings()
        self.tray: QSystemTrayIcon | None = None
        self.box: QMessageBox | None = None
        self._due: datetime | None = None
        self._timer = QTimer(self)
        self._timer.setObjectName("reminderCheck")
        self._timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._timer.setInterval(60_000)
        self._timer.timeout.connect(self.check)

    def apply(
        self, sessions: Callable[[], list[SessionRecord]], now: datetime | None = None
    ) -> None:
        """Take the settings: show or hide the tray icon, arm or stop the check; without a
        tray, say a missed reminder now. ``sessions`` is asked only then: reading the
        history is not worth a start-up with the reminder off."""
        self.settings = ReminderSettings()
        now = now or datetime.now()
        if not self.settings.enabled:
            self._timer.stop()
            self._due = None
            self._hide_tray()
            return
        self._due = history.next_reminder(now, self.settings.at)
        self._timer.start()
        if tray_available():
            self._show_tray()
        elif history.reminder_missed(now, self.settings.at, sessions()):
            self.remind()

    def check(self, now: datetime | None = None) -> None:
        now = now or datetime.now()
        if self._due is not None and now >= self._due:
            self._due = history.next_reminder(now, self.settings.at)
            self.remind()

    def remind(self) -> None:
        title = self.tr("Time to practise")
        text = self.tr("A few minutes of your exercises keep your back moving. Click to start.")
        if self.tray is not None and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(title, text, self._icon, 30_000)
            return
        box = QMessageBox(QMessageBox.Icon.Information, title,
                          self.tr("A few minutes of your exercises keep your back moving."),
                          QMessageBox.StandardButton.NoButton, self._window)  # fmt: skip
        box.setObjectName("reminderBox")
        start = box.addButton(self.tr("Start now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered() -> None:
            if box.clickedButton() is start:
                self.start_today.emit()

        box.finished.connect(answered)
        self.box = box
        box.open()

    @property
    def keeps_running(self) -> bool:
        """Closing the window hides it to the tray instead of quitting."""
        return self.tray is not None and self.settings.enabled and self.settings.in_tray

    def _show_tray(self) -> None:
        if self.tray is not None:
            return
        tray = QSystemTrayIcon(self._icon, self)
        tray.setToolTip(self.tr("Breathing Room"))
        menu = QMenu(self._window)
        for text, signal in ((self.tr("Start today's program"), self.start_today),
                             (self.tr("Show Breathing Room"), self.show_window),
                             (self.tr("Quit"), self.quit_app)):  # fmt: skip
            action = QAction(text, menu)
            action.triggered.connect(signal)
            menu.addAction(action)
        tray.setContextMenu(menu)
        tray.messageClicked.connect(self.start_today)
        tray.activated.connect(self._on_tray)
        tray.show()
        self.tray = tray

    def _on_tray(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_window.emit()

    def _hide_tray(self) -> None:
        if self.tray is not None:
            self.tray.hide()
            self.tray.deleteLater()
            self.tray = None

    def stop(self) -> None:
        self._timer.stop()
        self._hide_tray()
