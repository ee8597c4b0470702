"""Test discipline (after qutebrowser and napari).

- Qt runs offscreen, set here, so no test needs a display.
- Every user-data path points into the test's own temporary folder.
- A test that leaves a QTimer running fails (``_dangling_qtimers``).
- Qt warnings fail a test (``qt_log_level_fail`` in pyproject.toml, with its allow-list).
- No test reaches the user's desktop: no session bus, no sound server, a mock voice.
"""

from __future__ import annotations

import os
import subprocess
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

# A 1920×1080 screen: the default offscreen screen is 800×600, smaller than the smallest
# laptop the window has to fit (1280×720), and Qt clamps windows to it. (The harness tests
# copy this file elsewhere, where the screen file is missing: plain offscreen there.)
os.environ["QT_QPA_PLATFORM"] = (
    f"offscreen:configfile={Path(__file__).parent / 'data' / 'offscreen-screen.json'}"
    if (Path(__file__).parent / "data" / "offscreen-screen.json").exists()
    else "offscreen"
)
os.environ.setdefault("QT_QPA_FONTDIR", "/usr/share/fonts/truetype/dejavu")
# Never the user's desktop: no session bus (the D-Bus tests start a private one), Qt's
# mock speech engine, and no sound server unless a test starts its own.
os.environ["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent/breathing-room-test-bus"
# Nor the system bus (logind's sleep signal: tests/test_sleep.py sends its own).
os.environ["DBUS_SYSTEM_BUS_ADDRESS"] = "unix:path=/nonexistent/breathing-room-test-system-bus"
os.environ["BREATHING_ROOM_TTS_ENGINE"] = "mock"
os.environ["PULSE_SERVER"] = "unix:/nonexistent/breathing-room-test-pulse"

import pytest

from app.bundle import catalogue_path
from app.core.files import load_bundled
from app.core.model import Catalogue
from tests.helpers.stubs import FakeClock

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from app.player import Player
    from app.ui.pacer_window import PacerWindow

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """Point every place the app writes at this test's temporary folder."""
    dirs = {}
    for kind in ("DATA", "CONFIG", "CACHE"):
        folder = tmp_path / "user" / kind.lower()
        folder.mkdir(parents=True)
        monkeypatch.setenv(f"BREATHING_ROOM_{kind}_DIR", str(folder))
        dirs[kind.lower()] = folder
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    # Sessions start at once in tests; the check-in dialogs have tests of their own
    # (tests/test_practice_record.py), which turn them on.
    from app.services import storage
    from app.services.history import set_check_ins

    storage.notices.clear()  # what an earlier test's folders could not do is not news here
    set_check_ins(False)
    from app.services import options

    options.notices.clear()  # nor what an earlier test's settings file held
    # Guided sessions play straight through in tests; "wait for me" (on in the app) has
    # tests of its own (tests/test_wait_for_me.py), which turn it on.
    options.WAIT_FOR_ME.write(False)
    return dirs


@pytest.fixture(scope="session", autouse=True)
def _qt_test_mode(qapp: object) -> None:
    """One QApplication for the whole run, made before any test can make a bare
    QCoreApplication (the CLI does, in-process); and test locations for anything that asks
    QStandardPaths directly."""
    from PySide6.QtCore import QStandardPaths

    from app.services import i18n

    del qapp
    QStandardPaths.setTestModeEnabled(True)
    i18n.install("en")  # as the app does: English plurals come from its catalogue


@pytest.fixture(autouse=True)
def _dangling_qtimers(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail a test that leaves a timer running: it would fire into the next test."""
    from PySide6.QtCore import QTimer

    started: weakref.WeakSet[QTimer] = weakref.WeakSet()
    original = QTimer.start

    def start(self: QTimer, *args: object) -> None:
        started.add(self)
        original(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(QTimer, "start", start)
    yield
    running = [t for t in started if _alive(t) and t.isActive()]
    for timer in running:
        timer.stop()
    if running:
        names = ", ".join(t.objectName() or repr(t) for t in running)
        pytest.fail(f"the test left {len(running)} QTimer(s) running: {names}")


def _alive(timer: object) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(timer))


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    result = load_bundled(catalogue_path())
    assert not result.problems, "\n".join(map(str, result.problems))
    assert result.catalogue is not None
    return result.catalogue


@pytest.fixture(scope="session")
def bundled_text() -> str:
    return catalogue_path().read_text(encoding="utf-8")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def player(clock: FakeClock) -> Iterator[Player]:
    """A player on the fake clock, stopped after the test (its timer with it)."""
    from app.player import Player

    player = Player(clock)
    yield player
    player.stop()


@pytest.fixture
def pacer_window(qtbot: QtBot, catalogue: Catalogue, clock: FakeClock) -> Iterator[PacerWindow]:
    """The standalone pacer, shown, on the fake clock; its player stopped after the test."""
    from tests.helpers.windows import shown_pacer_window

    window = shown_pacer_window(qtbot, catalogue, clock)
    yield window
    window.player.stop()


@pytest.fixture
def bus_address() -> Iterator[str]:
    """A private D-Bus session bus (never the user's): its own ``dbus-daemon``, stopped
    after the test. The tests that take it are skipped where there is no dbus-daemon."""
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--print-address=1", "--nofork", "--nopidfile"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    yield address
    daemon.terminate()
    daemon.wait(timeout=5)
    daemon.stdout.close()
