"""The tray that comes after the app (issue 16, item 14).

At login the panel often starts after the autostarted apps. Before, the tray was asked
for once: missing then, the icon never appeared and closing the window quit the app. Now
a missing tray is watched for — on D-Bus (the StatusNotifierWatcher name) and by looking
again after 1, 2, 4 … 60 s — and when it comes, the icon shows and closing keeps the app.

Offscreen Qt has no tray: the availability check is replaced (as in test_practice_record.py);
the icon and the D-Bus watching are real.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from app.core.model import Catalogue
from app.services import options
from app.ui import reminder
from app.ui.main_window import MainWindow
from app.ui.reminder import (
    FIRST_LOOK_MS,
    LAST_LOOK_MS,
    WATCHER,
    TrayWatch,
    status_notifier_watcher,
)


class Tray:
    """The desktop's tray, as far as the app can ask: there or not."""

    def __init__(self) -> None:
        self.there = False
        self.asked = 0

    def __call__(self) -> bool:
        self.asked += 1
        return self.there


@pytest.fixture
def tray(monkeypatch: pytest.MonkeyPatch) -> Tray:
    fake = Tray()
    monkeypatch.setattr(reminder, "tray_available", fake)
    return fake


@pytest.fixture
def window(qtbot: QtBot, catalogue: Catalogue) -> Iterator[MainWindow]:
    options.save(options.REMINDER_ENABLED.set(True), options.REMINDER_IN_TRAY.set(True))
    window = MainWindow(catalogue, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.reminders.stop()


def test_a_tray_that_comes_later_gets_the_icon_and_keeps_the_app(
    qtbot: QtBot, window: MainWindow, tray: Tray
) -> None:
    window.apply_reminders()
    assert window.reminders.tray is None
    assert not window.reminders.keeps_running
    assert window.reminders.watch.watching  # waiting for the panel
    tray.there = True  # the panel has started
    assert window.reminders.watch.check()
    assert window.reminders.tray is not None and window.reminders.tray.isVisible()
    assert not window.reminders.watch.watching  # found: no more looking
    window.close()
    assert window.isHidden() and window.reminders.keeps_running  # lives on in the tray
    window.reminders.show_window.emit()
    assert window.isVisible()


def test_without_a_tray_closing_still_quits(qtbot: QtBot, window: MainWindow, tray: Tray) -> None:
    window.apply_reminders()
    window.close()
    assert not window.reminders.keeps_running  # nowhere to live: it closed for real
    assert window.reminders.tray is None


def test_a_tray_that_came_between_looks_is_seen_at_close(
    qtbot: QtBot, window: MainWindow, tray: Tray
) -> None:
    """Review B, item 11: an XEmbed tray has no D-Bus name; it came 5 s after the app,
    the next look was seconds away, and closing quit. Closing looks once more."""
    window.apply_reminders()
    assert window.reminders.watch.watching and window.reminders.tray is None
    tray.there = True  # the panel is up; the timer has not looked yet
    window.close()
    assert window.isHidden() and window.reminders.keeps_running  # lives on in the tray
    assert window.reminders.tray is not None and window.reminders.tray.isVisible()
    assert not window.reminders.watch.watching


def test_a_tray_that_went_away_lets_closing_quit(
    qtbot: QtBot, window: MainWindow, tray: Tray
) -> None:
    """The panel died: hiding the window would leave the app running with no way back."""
    tray.there = True
    window.apply_reminders()
    assert window.reminders.tray is not None
    tray.there = False
    window.close()
    assert window.reminders.tray is None and not window.reminders.keeps_running
    assert not window.reminders.watch.watching  # closed for real: stopped everything


def test_the_looks_space_out_to_once_a_minute(window: MainWindow, tray: Tray) -> None:
    window.apply_reminders()
    watch = window.reminders.watch
    waits = [watch.next_look_ms]
    asked = tray.asked
    for _ in range(8):
        assert not watch.check()
        waits.append(watch.next_look_ms)
    assert waits == [FIRST_LOOK_MS, 2_000, 4_000, 8_000, 16_000, 32_000, LAST_LOOK_MS,
                     LAST_LOOK_MS, LAST_LOOK_MS]  # fmt: skip
    assert tray.asked - asked == 8  # one look per check


def test_turning_the_reminder_off_stops_the_watch(window: MainWindow, tray: Tray) -> None:
    window.apply_reminders()
    assert window.reminders.watch.watching
    options.REMINDER_ENABLED.write(False)
    window.apply_reminders()
    assert not window.reminders.watch.watching
    tray.there = True
    assert not window.reminders.watch.check()  # stopped: no icon for a reminder that is off
    assert window.reminders.tray is None


def test_a_tray_there_at_start_needs_no_watch(window: MainWindow, tray: Tray) -> None:
    tray.there = True
    window.apply_reminders()
    assert window.reminders.tray is not None
    assert not window.reminders.watch.watching


def test_offscreen_and_without_a_bus_there_is_no_tray_and_qt_is_not_asked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Qt remembers its first answer about the D-Bus tray for the whole run, so it must not
    be asked before the watcher is there (see reminder.tray_available)."""
    from PySide6.QtWidgets import QSystemTrayIcon

    def never() -> bool:
        raise AssertionError("Qt was asked before a tray could be there")

    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(never))
    assert not reminder.tray_available()
    assert not status_notifier_watcher()


# -- against a real (private) session bus -----------------------------------------------

needs_bus = pytest.mark.skipif(
    not shutil.which("dbus-daemon"),
    reason="needs dbus-daemon (tests/run.sh installs it)",
)


@needs_bus
def test_the_watcher_name_on_the_bus_is_seen_at_once(
    qtbot: QtBot, bus_address: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    app_bus = QDBusConnection.connectToBus(bus_address, "tray-test-app")
    panel_bus = QDBusConnection.connectToBus(bus_address, "tray-test-panel")
    try:
        # Qt's own answer stays "no" offscreen; the tray is there once the name is.
        monkeypatch.setattr(reminder, "tray_available", lambda: status_notifier_watcher(app_bus))
        monkeypatch.setattr(reminder, "FIRST_LOOK_MS", 3_600_000)  # only the bus can tell
        watch = TrayWatch(bus=app_bus)
        watch.start()
        assert not status_notifier_watcher(app_bus)
        assert not watch.check()
        with qtbot.waitSignal(watch.appeared, timeout=5_000):
            assert panel_bus.registerService(WATCHER)  # the panel starts
        assert status_notifier_watcher(app_bus)
        assert not watch.watching
    finally:
        watch.stop()
        panel_bus.unregisterService(WATCHER)
        QDBusConnection.disconnectFromBus("tray-test-panel")
        QDBusConnection.disconnectFromBus("tray-test-app")
