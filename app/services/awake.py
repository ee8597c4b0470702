"""Keep the screen on while a session plays: the freedesktop ScreenSaver inhibitor.

``org.freedesktop.ScreenSaver.Inhibit`` on the session bus (GNOME, KDE, Xfce and most
other desktops answer it) returns a cookie; ``UnInhibit(cookie)`` releases it. Calls are
asynchronous: a desktop without the service, or a slow one, never stalls the session.
Released on pause, stop, finish and exit. Elsewhere (no session bus) it does nothing and
says why once.

Each hold has its own bus connection, closed on release: desktops drop an inhibitor
whose connection goes away, so even a crash cannot leave the screen held.
"""

from __future__ import annotations

import itertools
import shutil

from PySide6.QtCore import QObject, QProcess, Signal
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher

from app import APP_NAME
from app.services.i18n import translate

SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"
INTERFACE = "org.freedesktop.ScreenSaver"


_numbers = itertools.count(1)


class ScreenAwake(QObject):
    """Signals: ``held_changed(bool)``; ``problem(str)`` once, when the screen may blank."""

    held_changed = Signal(bool)
    problem = Signal(str)

    def __init__(self, address: str | None = None, parent: QObject | None = None):
        """``address``: a bus address for tests; the desktop's session bus otherwise."""
        super().__init__(parent)
        self._address = address
        self._bus: QDBusConnection | None = None
        self._cookie: int | None = None
        self._asking = False  # an Inhibit call is on its way
        self._wanted = False  # what the session wants now (it may change while asking)
        self._reason = ""

    @property
    def held(self) -> bool:
        return self._cookie is not None

    @property
    def reason(self) -> str:
        return self._reason

    def hold(self, why: str) -> None:
        """Ask the desktop not to blank the screen (no-op when already held)."""
        self._wanted = True
        if self._cookie is not None or self._asking:
            return
        name = f"{APP_NAME}-awake-{next(_numbers)}"
        if self._address is not None:
            bus = QDBusConnection.connectToBus(self._address, name)
        else:
            bus = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, name)
        if not bus.isConnected():
            QDBusConnection.disconnectFromBus(name)
            self._fail(
                translate("Awake", "No desktop session bus: the screen may blank during a session.")
            )
            return
        self._bus = bus
        call = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, "Inhibit")
        call.setArguments([APP_NAME, why])
        self._asking = True
        watcher = QDBusPendingCallWatcher(bus.asyncCall(call, 2_000), self)
        watcher.finished.connect(self._inhibited)

    def release(self) -> None:
        self._wanted = False
        if self._cookie is None:
            if not self._asking:
                self._close()
            return  # an answer still on its way is released when it comes
        cookie, self._cookie = self._cookie, None
        # WORKAROUND: PySide6 marshals a Python int as a D-Bus int32 ('i') and cannot
        # write the uint32 ('u') that UnInhibit takes, so strict desktops would refuse
        # the call; dbus-send can. Closing the hold's own connection (below) releases it
        # on desktops that watch their callers, which covers a missing dbus-send too.
        dbus_send = shutil.which("dbus-send")
        if dbus_send and self._bus is not None:
            address = ["--bus=" + self._address] if self._address else ["--session"]
            QProcess.startDetached(
                dbus_send,
                [*address, "--type=method_call", f"--dest={SERVICE}", PATH,
                 f"{INTERFACE}.UnInhibit", f"uint32:{cookie}"],
            )  # fmt: skip
        self._close()
        self.held_changed.emit(False)

    def _close(self) -> None:
        if self._bus is not None:
            QDBusConnection.disconnectFromBus(self._bus.name())
            self._bus = None

    def _inhibited(self, watcher: QDBusPendingCallWatcher) -> None:
        self._asking = False
        watcher.deleteLater()
        reply = watcher.reply()
        if watcher.isError() or not reply.arguments():
            self._close()
            self._fail(
                translate("Awake", "The desktop did not agree to keep the screen on (%1); it "
                          "may blank during a session.")
                .replace("%1", watcher.error().name() or "no answer")
            )  # fmt: skip
            return
        self._cookie = int(reply.arguments()[0])
        self.held_changed.emit(True)
        if not self._wanted:  # the session paused while we were asking
            self.release()

    def _fail(self, reason: str) -> None:
        if not self._reason:
            self._reason = reason
            self.problem.emit(reason)
