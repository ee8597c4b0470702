"""The screen inhibitor and MPRIS against a private D-Bus session bus with a stub desktop.

The ``bus_address`` fixture (conftest.py) starts its own ``dbus-daemon`` (never the user's
bus) and stops it by PID. The stub answers ``org.freedesktop.ScreenSaver`` as GNOME and KDE
do, with the same argument types, so a wrongly typed call fails here as it would there.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator

import pytest
from PySide6.QtCore import ClassInfo, QObject, Slot
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from app.services.awake import PATH, SERVICE, ScreenAwake
from app.services.mpris import MediaControls

pytestmark = pytest.mark.skipif(
    not (shutil.which("dbus-daemon") and shutil.which("dbus-send")),
    reason="needs dbus-daemon and dbus-send (tests/run.sh installs them)",
)


@ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class StubScreenSaver(QObject):
    """Records calls; hands out cookies as the real services do (uint32)."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[object, ...]] = []

    @Slot(str, str, result="uint")
    def Inhibit(self, app: str, reason: str) -> int:  # noqa: N802 - the D-Bus name
        self.calls.append(("Inhibit", app, reason))
        return 42

    @Slot("uint")
    def UnInhibit(self, cookie: int) -> None:  # noqa: N802
        self.calls.append(("UnInhibit", cookie))


@pytest.fixture
def stub(bus_address: str) -> Iterator[StubScreenSaver]:
    bus = QDBusConnection.connectToBus(bus_address, "stub-desktop")
    stub = StubScreenSaver()
    assert bus.registerObject(PATH, stub, QDBusConnection.RegisterOption.ExportAllSlots)
    assert bus.registerService(SERVICE)
    yield stub
    bus.unregisterService(SERVICE)
    bus.unregisterObject(PATH)
    QDBusConnection.disconnectFromBus("stub-desktop")


def test_inhibit_while_playing_and_release_with_the_cookie(
    qtbot: QtBot, bus_address: str, stub: StubScreenSaver
) -> None:
    awake = ScreenAwake(bus_address)
    with qtbot.waitSignal(awake.held_changed) as blocker:
        awake.hold("A guided session is playing")
    assert blocker.args == [True] and awake.held
    assert stub.calls == [("Inhibit", "breathing-room", "A guided session is playing")]
    awake.hold("again")  # already held: no second inhibitor
    awake.release()
    assert not awake.held
    qtbot.waitUntil(lambda: ("UnInhibit", 42) in stub.calls, timeout=5_000)
    assert awake.reason == ""


def test_pausing_before_the_answer_releases_when_it_comes(
    qtbot: QtBot, bus_address: str, stub: StubScreenSaver
) -> None:
    awake = ScreenAwake(bus_address)
    awake.hold("playing")
    awake.release()  # the Inhibit answer is still on its way
    qtbot.waitUntil(lambda: ("UnInhibit", 42) in stub.calls, timeout=5_000)
    assert not awake.held


def test_no_screensaver_service_is_one_clear_problem(qtbot: QtBot, bus_address: str) -> None:
    awake = ScreenAwake(bus_address)
    with qtbot.waitSignal(awake.problem) as blocker:
        awake.hold("playing")
    assert "may blank" in blocker.args[0]
    assert not awake.held


def test_mpris_buttons_reach_the_player(qtbot: QtBot, bus_address: str) -> None:
    bus = QDBusConnection.connectToBus(bus_address, "app-mpris")
    controls = MediaControls(bus)
    assert controls.register()
    senders: list[subprocess.Popen[bytes]] = []
    for method, signal in (("PlayPause", controls.play_pause), ("Next", controls.next),
                           ("Previous", controls.previous), ("Stop", controls.stop)):  # fmt: skip
        with qtbot.waitSignal(signal, timeout=5_000):
            senders.append(subprocess.Popen(
                ["dbus-send", f"--bus={bus_address}", "--type=method_call",
                 "--dest=org.mpris.MediaPlayer2.breathing_room", "/org/mpris/MediaPlayer2",
                 f"org.mpris.MediaPlayer2.Player.{method}"]
            ))  # fmt: skip
    for sender in senders:
        sender.wait(timeout=5)
    controls.set_state("running", "Cobra")
    assert controls.status == "Playing" and controls.metadata()["xesam:title"] == "Cobra"
    controls.unregister()
    QDBusConnection.disconnectFromBus("app-mpris")
