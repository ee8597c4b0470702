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
from tests.helpers.stubs import FakeClock
from tests.test_guided_session import play_for


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


# -- a resume bookmark that no longer fits (review: bookmark_too_long) ---------------------


def _too_long_for_a_session(monkeypatch: pytest.MonkeyPatch, catalogue: Catalogue) -> list[str]:
    """Twenty of the longest exercise, over a cap lowered to ten of them (a bookmark holds
    at most 500 exercises, and the bundled ones would need 618 to pass the real cap: an
    own exercise that grew longer since, or a smaller cap in a later version)."""
    from app.core import timeline

    longest = max(catalogue.exercises.values(), key=lambda e: planned_segments([e]))
    monkeypatch.setattr(timeline, "MAX_SEGMENTS", 10 * planned_segments([longest]))
    return [longest.id] * 20


def test_a_bookmark_that_no_longer_fits_is_said_and_forgotten(
    qtbot: QtBot, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.core.guide import Bookmark
    from app.services import options

    ids = _too_long_for_a_session(monkeypatch, catalogue)
    options.BOOKMARK.write(Bookmark(tuple(ids), 5))
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text, *a: said.append((title, text))
    )
    window = MainWindow(catalogue, "en")
    qtbot.addWidget(window)
    window.queue.add(["cobra"])
    box = window.offer_resume()
    assert box is not None
    next(b for b in box.buttons() if b.text() == "Go on").click()  # no crash (was an assert)
    qtbot.waitUntil(lambda: bool(said))
    [(title, text)] = said
    assert title == "Session cannot be resumed"
    assert text.startswith("The unfinished session cannot be resumed: this would play")
    assert text.endswith("It was forgotten.")
    assert window.player.state is State.IDLE
    assert window.pages.currentWidget() is not window.session_view
    assert window.queue.ids() == ["cobra"]  # the queue is as it was
    assert window.settings_bookmark() is None
    assert window.offer_resume() is None  # the next start does not offer it again


def test_a_bookmark_of_exercises_that_are_gone_is_forgotten_when_resumed(
    qtbot: QtBot, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.core.guide import Bookmark
    from app.services import options

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said.append(text))
    window = MainWindow(catalogue, "en")
    qtbot.addWidget(window)
    options.BOOKMARK.write(Bookmark(("cobra", "gone-since"), 1))
    assert window.resume(Bookmark(("cobra", "gone-since"), 1)) is False
    assert "some of its exercises are no longer there" in said[0]
    assert window.settings_bookmark() is None and window.player.state is State.IDLE


def test_no_caller_goes_on_as_if_a_refused_session_played(
    qtbot: QtBot, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch, clock: FakeClock
) -> None:
    """The pain noted before a session that could not be played is not given to the next
    one that starts without asking (a resumed one)."""
    from PySide6.QtCore import Qt

    from app.core.guide import Bookmark
    from app.core.history_db import HistoryStore
    from app.services import paths
    from app.services.history import set_check_ins
    from app.ui.checkin import PainCheckIn

    ids = _too_long_for_a_session(monkeypatch, catalogue)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Ok)
    window = MainWindow(catalogue, "en", clock=clock)
    qtbot.addWidget(window)
    assert window.play(ids) is False and window.play(["no-such-exercise"]) is False
    set_check_ins(True)
    window.queue.add(ids)
    window.start_session()
    before = window.practice.dialog
    assert isinstance(before, PainCheckIn)
    qtbot.keyClick(before, Qt.Key.Key_6)
    assert window.player.state is State.IDLE  # refused, said in a box
    assert window.resume(Bookmark(("cobra",), 0)) is True
    window.player.resume()
    play_for(window, clock, 20_000)
    assert window.player.playing
    window.player.stop()
    assert window.practice.recorder.flush(5)
    (session,) = HistoryStore.open(paths.data_dir() / "history.sqlite3").sessions()
    assert session.pain_before is None
    window.practice.close()
