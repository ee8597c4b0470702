"""A session longer than a timeline may be (a saved session of a thousand long exercises)
is said on Start, never a crash; the queue still shows a time."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.core.model import Catalogue
from app.core.timeline import MAX_SEGMENTS, planned_segments
from app.player import State
from app.ui.main_window import MainWindow


def test_a_session_over_the_cap_is_refused_with_a_message(
    qtbot: QtBot, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    longest = max(catalogue.exercises.values(), key=lambda e: planned_segments([e]))
    count = MAX_SEGMENTS // (planned_segments([longest]) - 1) + 1  # each adds its own, less the end
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: said.append(text))
    window = MainWindow(catalogue, "en")
    qtbot.addWidget(window)
    window.queue.add([longest.id] * count)
    assert window.queue.model.total_ms() > 0  # an estimate, not a crash
    window.start_session_action.trigger()
    assert window.player.state is State.IDLE
    assert len(said) == 1 and "at most" in said[0]
