"""Pause a session when the computer goes to sleep: logind's ``PrepareForSleep``.

On Linux the player's clock (``CLOCK_MONOTONIC``) stands still while the computer is
suspended, so without help a session would go on after waking as if no time had passed.
The player already compares that clock with ``CLOCK_BOOTTIME`` at every look
(``app/player.py``), but a look can be a whole segment away (a hidden window wakes only at
boundaries). systemd-logind says it at once: ``org.freedesktop.login1.Manager``
emits ``PrepareForSleep(true)`` before a suspend or hibernation and ``PrepareForSleep(false)``
after waking, on the system bus. This object hands both to ``Player.system_sleeping``,
which decides (pausing is the player's business, listening is this one's).

It takes no inhibitor lock: logind does not wait for us, so both signals may arrive only
after waking; the player copes (it looks at its clocks first). Without a system bus or
without logind (macOS, Windows, a container) it listens to nothing, quietly: the clock pair
still catches a suspend at the next look. Only signals sent by the owner of
``org.freedesktop.login1`` count (QtDBus matches the sender), so another program on the
bus cannot pause a session.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

from app.player import Player

SERVICE = "org.freedesktop.login1"
PATH = "/org/freedesktop/login1"
INTERFACE = "org.freedesktop.login1.Manager"
SIGNAL = "PrepareForSleep"


class SleepWatch(QObject):
    """A child of the player it tells. Signals: ``sleeping(bool)``: True just before the
    system suspends, False after it woke."""

    sleeping = Signal(bool)

    def __init__(self, player: Player, bus: QDBusConnection | None = None) -> None:
        """``bus``: a private bus for tests; the system bus otherwise."""
        super().__init__(player)
        self.setObjectName("sleepWatch")
        self._bus = bus if bus is not None else QDBusConnection.systemBus()
        # WORKAROUND: PySide6 6.11's stubs type the slot as bytes, but at run time only a
        # str (as SLOT() returns) is accepted; bytes raise "wrong argument values".
        slot: Any = SLOT("_on_prepare(bool)")
        self.listening = self._bus.isConnected() and self._bus.connect(
            SERVICE, PATH, INTERFACE, SIGNAL, self, slot
        )
        self.sleeping.connect(player.system_sleeping)

    @Slot(bool)
    def _on_prepare(self, start: bool) -> None:
        self.sleeping.emit(start)
