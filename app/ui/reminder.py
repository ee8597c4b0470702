"""The daily reminder, shown: a tray icon and a notification at the chosen time, a click
starts the day's program; where there is no tray, a plain reminder window at start-up
instead. When it is due, and the settings, are ``app/services/reminder.py``'s.

At login the app often starts before the panel that holds the tray, so a tray missing at
start is watched for (:class:`TrayWatch`): when it comes, the icon appears and closing the
window keeps the app in the tray, as chosen. Closing looks once more
(:meth:`Reminders.look_again`): a tray that came since the last look keeps the app, one
that went away (the panel died) lets it quit.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QIcon
from PySide6.QtWidgets import QMenu, QMessageBox, QSystemTrayIcon, QWidget

from app.core import history
from app.core.history import SessionRecord
from app.services.reminder import ReminderClock, ReminderSettings

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection, QDBusServiceWatcher

WATCHER = "org.kde.StatusNotifierWatcher"  # the D-Bus tray (StatusNotifierItem) protocol
FIRST_LOOK_MS = 1_000  # then 2, 4, 8 … seconds
LAST_LOOK_MS = 60_000  # and from then on once a minute
BUS_TIMEOUT_MS = 500  # the bus answers in microseconds; a hung one must not stall the window


def tray_available() -> bool:
    """Whether a system tray can show an icon now.

    WORKAROUND: Qt decides once per process whether the D-Bus tray exists
    (``isDBusTrayAvailable()`` in qgenericunixthemes.cpp keeps its first answer in a
    function-static), so asking Qt before the panel has put its
    ``org.kde.StatusNotifierWatcher`` on the bus would make the D-Bus tray unavailable
    for the whole run (the reports: evilsocket/opensnitch#1659, ActivityWatch/aw-qt#97).
    So on Linux Qt is asked only once that name is there, or on X11, where Qt also
    finds an XEmbed tray afresh each time; elsewhere (Wayland, offscreen) the answer is
    no until the name comes."""
    if sys.platform.startswith("linux") and not status_notifier_watcher():
        if QGuiApplication.platformName() != "xcb":
            return False
    return QSystemTrayIcon.isSystemTrayAvailable()


def _session_bus() -> QDBusConnection | None:
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        return None  # never a tray there; and no need to load QtDBus
    from PySide6.QtDBus import QDBusConnection

    bus = QDBusConnection.sessionBus()
    return bus if bus.isConnected() else None


def status_notifier_watcher(bus: QDBusConnection | None = None) -> bool:
    """Whether the D-Bus tray's watcher has an owner on the session bus (or ``bus``)."""
    bus = bus if bus is not None else _session_bus()
    if bus is None:
        return False
    from PySide6.QtDBus import QDBus, QDBusMessage

    ask = QDBusMessage.createMethodCall(
        "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "NameHasOwner"
    )
    ask.setArguments([WATCHER])
    reply = bus.call(ask, QDBus.CallMode.Block, BUS_TIMEOUT_MS)
    answer = reply.arguments()
    return (
        reply.type() == QDBusMessage.MessageType.ReplyMessage and bool(answer) and answer[0] is True
    )


class TrayWatch(QObject):
    """Waits for a system tray that is not there yet.

    Two ways, as neither sees every tray: a ``QDBusServiceWatcher`` on the D-Bus tray's
    watcher name (the usual desktop, at once), and a look with :func:`tray_available`
    after 1, 2, 4 … and then every 60 seconds (an X11 tray has no D-Bus name; a watcher
    can come before its panel is ready). Signals: ``appeared()`` once, then it stops."""

    appeared = Signal()

    def __init__(self, parent: QObject | None = None, bus: QDBusConnection | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._timer = QTimer(self)
        self._timer.setObjectName("trayWatch")
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.timeout.connect(self.check)
        self._watcher: QDBusServiceWatcher | None = None

    @property
    def watching(self) -> bool:
        return self._timer.isActive()

    @property
    def next_look_ms(self) -> int:
        return self._timer.interval()

    def start(self) -> None:
        if self.watching:
            return
        self._timer.start(FIRST_LOOK_MS)
        bus = self._bus if self._bus is not None else _session_bus()
        if bus is not None and self._watcher is None:
            from PySide6.QtDBus import QDBusServiceWatcher

            watcher = QDBusServiceWatcher(
                WATCHER, bus, QDBusServiceWatcher.WatchModeFlag.WatchForRegistration, self
            )
            watcher.serviceRegistered.connect(self._on_registered)
            self._watcher = watcher

    def stop(self) -> None:
        self._timer.stop()
        if self._watcher is not None:
            self._watcher.setWatchedServices([])
            self._watcher.deleteLater()
            self._watcher = None

    @Slot(str)
    def _on_registered(self, _name: str) -> None:
        self.check()

    @Slot()
    def check(self) -> bool:
        """Look now; True (and ``appeared``) when a tray is there."""
        if not self.watching and self._watcher is None:
            return False  # stopped
        if tray_available():
            self.stop()
            self.appeared.emit()
            return True
        self._timer.start(min(LAST_LOOK_MS, max(FIRST_LOOK_MS, 2 * self._timer.interval())))
        return False


class Reminders(QObject):
    """Signals: ``start_today()`` when the person answers a reminder (start practising),
    ``show_window()`` from the tray's menu.

    ``busy`` says whether a session is loaded (playing, counting down or paused): a
    reminder that comes due then is not shown. The person is practising; a notification
    over the session would only interrupt it, and answering one could replace it."""

    start_today = Signal()
    show_window = Signal()
    quit_app = Signal()

    def __init__(
        self,
        window: QWidget,
        icon: QIcon,
        parent: QObject | None = None,
        busy: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self.busy: Callable[[], bool] = busy if busy is not None else (lambda: False)
        self._icon = icon
        self.settings = ReminderSettings()
        self.tray: QSystemTrayIcon | None = None
        self.box: QMessageBox | None = None
        self.clock = ReminderClock(self)
        self.clock.due.connect(self.remind)
        self.watch = TrayWatch(self)
        self.watch.appeared.connect(self._on_tray_appeared)
        self._stopped = False

    def apply(
        self, sessions: Callable[[], list[SessionRecord]], now: datetime | None = None
    ) -> None:
        """Take the settings: show or hide the tray icon, arm or stop the check; without a
        tray, say a missed reminder now. ``sessions`` is asked only then: reading the
        history is not worth a start-up with the reminder off. Stopped: nothing."""
        if self._stopped:
            return
        self.settings = ReminderSettings()
        now = now or datetime.now()
        if not self.settings.enabled:
            self.clock.disarm()
            self.watch.stop()
            self._hide_tray()
            return
        self.clock.arm(self.settings.at, now)
        if self.tray is not None or tray_available():
            self.watch.stop()
            self._show_tray()
            return
        self.watch.start()  # the panel may start after the app (at login)
        if history.reminder_missed(now, self.settings.at, sessions()):
            self.remind()

    @Slot()
    def _on_tray_appeared(self) -> None:
        if self.settings.enabled:
            self._show_tray()

    def check(self, now: datetime | None = None) -> None:
        """Look at the clock now (the timer does so once a minute)."""
        self.clock.check(now)

    @Slot()
    def remind(self) -> bool:
        """Show the reminder (a notification, or a box where there is none); not while a
        session is loaded (``busy``): then it is dropped, not kept for later, as the
        person is practising. True when it was shown."""
        if self.busy():
            return False
        title = self.tr("Time to practise")
        text = self.tr("A few minutes of your exercises keep your back moving. Click to start.")
        if self.tray is not None and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(title, text, self._icon, 30_000)
            return True
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
        return True

    def look_again(self) -> None:
        """At the window's close: the tray as it is now, not as the last look found it. A
        tray that came since (an XEmbed panel is otherwise seen only at the next look)
        gets the icon; a tray that went away (the panel died) takes the icon with it, so
        closing quits instead of hiding the app where no one can reach it. Once stopped
        (quitting for real), it looks no more."""
        if not self.settings.enabled or self._stopped:
            return
        there = tray_available()
        if there and self.tray is None:
            self.watch.stop()
            self._show_tray()
        elif not there and self.tray is not None:
            self._hide_tray()
            self.watch.start()

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
        for text, signal in ((self.tr("Start today's programme"), self.start_today),
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
        """For good (the app quits, or a window in another language takes over): no tray,
        no timer; closing the window then closes it."""
        self._stopped = True
        self.clock.stop()
        self.watch.stop()
        self._hide_tray()
