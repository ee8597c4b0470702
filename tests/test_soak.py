"""A soak on a fake clock: one program after another in the main window, as on a long day;
nothing may pile up — no Qt objects, no running timers, no timelines or frames kept alive.
(The benchmark ``tests.bench.app`` measures the resident memory over 8 such hours.)"""

from __future__ import annotations

import gc
from collections import Counter

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.model import Catalogue
from app.ui.main_window import MainWindow
from tests.helpers.stubs import FakeClock


def census(window: MainWindow) -> Counter[str]:
    gc.collect()
    QApplication.processEvents()
    counts: Counter[str] = Counter(type(o).__name__ for o in window.findChildren(QObject))
    counts["running QTimers"] = sum(t.isActive() for t in window.findChildren(QTimer))
    for obj in gc.get_objects():
        name = type(obj).__name__
        if name in ("Timeline", "Frame", "Tracker", "SessionRecord"):
            counts[f"live {name}"] += 1
    return counts


def test_a_day_of_sessions_leaves_nothing_behind(
    qtbot: QtBot, catalogue: Catalogue, clock: FakeClock
) -> None:
    window = MainWindow(catalogue, "en", clock=clock)
    qtbot.addWidget(window)
    window.show()
    programs = list(catalogue.programs)

    def one_session(program: str) -> None:
        window.load_program(program)
        window.start_session()
        while window.player.playing:
            clock.advance(1000)
            window.player.poll()
        window.stop_session()
        QApplication.processEvents()

    one_session(programs[0])  # what every session uses is made by the first
    one_session(programs[1])
    before = census(window)
    for n in range(8):
        one_session(programs[n % len(programs)])
    after = census(window)
    grown = {name: (before[name], after[name]) for name in after if after[name] > before[name]}
    assert grown == {}, grown
    window.progress.close()
