"""MPRIS on the session bus, so headset buttons and the desktop's media controls work.

Exposes ``org.mpris.MediaPlayer2.breathing_room`` with the two standard interfaces (the
root one and ``.Player``) as ``QDBusAbstractAdaptor``s on ``/org/mpris/MediaPlayer2``.
Play/pause, next and previous (by exercise) and stop drive the same :class:`Player` the
window's keys drive. Without a session bus it stays off, quietly: the keys still work.
"""

from __future__ import annotations

from PySide6.QtCore import ClassInfo, Property, QObject, Signal, Slot
from PySide6.QtDBus import QDBusAbstractAdaptor, QDBusConnection, QDBusMessage

from app.player import State

SERVICE = "org.mpris.MediaPlayer2.breathing_room"
PATH = "/org/mpris/MediaPlayer2"
PLAYER_INTERFACE = "org.mpris.MediaPlayer2.Player"


class MediaControls(QObject):
    """What the adaptors call into; the window connects these signals to its actions.

    Signals: ``play_pause()``, ``play()``, ``pause()``, ``stop()``, ``next()``,
    ``previous()``, ``raise_window()``.
    """

    play_pause = Signal()
    play = Signal()
    pause = Signal()
    stop = Signal()
    next = Signal()
    previous = Signal()
    raise_window = Signal()

    def __init__(self, bus: QDBusConnection | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._bus = bus if bus is not None else QDBusConnection.sessionBus()
        self.status = "Stopped"
        self.title = ""
        self._root = _RootAdaptor(self)
        self._player = _PlayerAdaptor(self)
        self.registered = False

    def register(self) -> bool:
        """Claim the bus name; False (and nothing exported) when that is not possible."""
        if not self._bus.isConnected():
            return False
        if not self._bus.registerObject(PATH, self, QDBusConnection.RegisterOption.ExportAdaptors):
            return False
        if not self._bus.registerService(SERVICE):
            self._bus.unregisterObject(PATH)
            return False
        self.registered = True
        return True

    def unregister(self) -> None:
        if self.registered:
            self._bus.unregisterService(SERVICE)
            self._bus.unregisterObject(PATH)
            self.registered = False

    def set_state(self, state: str, title: str = "") -> None:
        """Follow the player; tell listeners (the desktop's media applet) what changed."""
        status = {
            State.PREPARING: "Playing",
            State.RUNNING: "Playing",
            State.PAUSED: "Paused",
            # Waiting for the person: "Paused", so that a headset's play key sends Play
            # (some send PlayPause either way; both say ready, see SessionHost).
            State.WAITING: "Paused",
        }.get(State(state), "Stopped")
        changed: dict[str, object] = {}
        if status != self.status:
            self.status = changed["PlaybackStatus"] = status
        if title != self.title:
            self.title = title
            changed["Metadata"] = self.metadata()
        if changed and self.registered:
            signal = QDBusMessage.createSignal(
                PATH, "org.freedesktop.DBus.Properties", "PropertiesChanged"
            )
            signal.setArguments([PLAYER_INTERFACE, changed, []])
            self._bus.send(signal)

    def metadata(self) -> dict[str, object]:
        return {"xesam:title": self.title or "Breathing Room", "xesam:artist": ["Breathing Room"]}


# The stubs type ClassInfo as a class, not the decorator it is at run time.
@ClassInfo({"D-Bus Interface": "org.mpris.MediaPlayer2"})  # type: ignore[call-arg]
class _RootAdaptor(QDBusAbstractAdaptor):  # type: ignore[operator]
    def __init__(self, controls: MediaControls) -> None:
        super().__init__(controls)
        self._controls = controls

    @Slot()
    def Raise(self) -> None:  # noqa: N802 - MPRIS names
        self._controls.raise_window.emit()

    @Slot()
    def Quit(self) -> None:  # noqa: N802
        """CanQuit is false: closing is the window's business."""

    CanQuit = Property(bool, lambda self: False)
    CanRaise = Property(bool, lambda self: True)
    HasTrackList = Property(bool, lambda self: False)
    Identity = Property(str, lambda self: "Breathing Room")
    DesktopEntry = Property(str, lambda self: "nl.ademruimte.BreathingRoom")
    SupportedUriSchemes = Property(list, lambda self: [])
    SupportedMimeTypes = Property(list, lambda self: [])


@ClassInfo({"D-Bus Interface": PLAYER_INTERFACE})  # type: ignore[call-arg]
class _PlayerAdaptor(QDBusAbstractAdaptor):  # type: ignore[operator]
    def __init__(self, controls: MediaControls) -> None:
        super().__init__(controls)
        self._controls = controls

    @Slot()
    def PlayPause(self) -> None:  # noqa: N802
        self._controls.play_pause.emit()

    @Slot()
    def Play(self) -> None:  # noqa: N802
        self._controls.play.emit()

    @Slot()
    def Pause(self) -> None:  # noqa: N802
        self._controls.pause.emit()

    @Slot()
    def Stop(self) -> None:  # noqa: N802
        self._controls.stop.emit()

    @Slot()
    def Next(self) -> None:  # noqa: N802
        self._controls.next.emit()

    @Slot()
    def Previous(self) -> None:  # noqa: N802
        self._controls.previous.emit()

    def _status(self) -> str:
        return self._controls.status

    def _metadata(self) -> dict[str, object]:
        return self._controls.metadata()

    PlaybackStatus = Property(str, _status)
    Metadata = Property(dict, _metadata)
    Rate = Property(float, lambda self: 1.0)
    MinimumRate = Property(float, lambda self: 1.0)
    MaximumRate = Property(float, lambda self: 1.0)
    Volume = Property(float, lambda self: 1.0)
    CanGoNext = Property(bool, lambda self: True)
    CanGoPrevious = Property(bool, lambda self: True)
    CanPlay = Property(bool, lambda self: True)
    CanPause = Property(bool, lambda self: True)
    CanSeek = Property(bool, lambda self: False)
    CanControl = Property(bool, lambda self: True)
