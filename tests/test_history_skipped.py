"""Following the app's own safety advice never costs progress (issue 19): a session that
"Skip what hurt?" shortened is recorded as the programme it was started from, with what was
skipped, and counts toward the suggestion to move on; the rule in Preferences says so.

What was skipped is a column of its own (migration 2 → 3): a history from before it opens
and reads as "nothing skipped", in the app and in a backup; an unusable value is read as
empty and said with table, row and column, as every other value; the file of unsaved
changes carries it too, and one written before it still reads."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.core import history_db
from app.core.history import ExerciseRecord, Feeling, Outcome, Rule, SessionRecord, suggest
from app.core.history_db import (
    Begin,
    HistoryStore,
    apply_to,
    ops_from_json,
    ops_to_json,
    read_only,
    validate,
)
from app.core.model import Catalogue
from app.services import i18n
from app.ui.main_window import MainWindow
from tests.helpers.stubs import FakeClock
from tests.test_guided_session import play_for

PATH = ("ch3-phase-1", "ch3-phase-2")
NOW = datetime(2026, 5, 20, 9, 0)


# -- the rule ---------------------------------------------------------------------------


def _finished(sid: int, days_ago: int, skipped: tuple[str, ...]) -> SessionRecord:
    started = NOW - timedelta(days=days_ago)
    return SessionRecord(sid, started, started + timedelta(minutes=15), "ch3-phase-1",
                         (), Outcome.FINISHED, 900_000, 5, 3, (), skipped)  # fmt: skip


def test_sessions_shortened_by_skip_what_hurt_count_toward_moving_on() -> None:
    sessions = [_finished(i + 1, 9 - i, ("childs-pose",) if i % 2 else ()) for i in range(5)]
    suggestion = suggest(sessions, PATH, NOW)
    assert suggestion is not None and suggestion.next == "ch3-phase-2"
    assert "5 times" in i18n.message_text(suggestion.reason)


def test_the_rule_says_that_a_skipped_exercise_still_counts() -> None:
    text = i18n.message_text(Rule().describe())
    assert "skipping what hurt still counts" in text


# -- the store --------------------------------------------------------------------------


def test_what_was_skipped_is_stored_and_read_back(tmp_path: Path) -> None:
    store = HistoryStore.open(tmp_path / "h.sqlite3")
    sid = store.begin(NOW, ["childs-pose"], [ExerciseRecord(0, "childs-pose")], "ch3-phase-1",
                      ["cobra", "legs-up-the-wall"])  # fmt: skip
    store.end(sid, NOW + timedelta(minutes=5), Outcome.FINISHED, 60_000)
    (session,) = store.sessions()
    assert store.version() == history_db.VERSION == 3
    store.close()
    assert session.program == "ch3-phase-1"
    assert session.skipped == ("cobra", "legs-up-the-wall")
    assert read_only(tmp_path / "h.sqlite3").sessions == [session]


def _version_2(path: Path) -> Path:
    """A history as the app made it before migration 3, with a session in it."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute(f"PRAGMA application_id = {history_db.APPLICATION_ID}")
    for step in range(2):
        for statement in history_db.MIGRATIONS[step].split(";"):
            if statement.strip():
                db.execute(statement)
    db.execute("PRAGMA user_version = 2")
    db.execute(
        "INSERT INTO sessions (id, started, program, queued, outcome, played_ms) "
        "VALUES (1, '2026-05-01T09:00:00', 'ch3-phase-1', '[\"childs-pose\"]', 'finished', 60000)"
    )
    db.close()
    return path


def test_a_history_from_before_the_column_opens_migrates_and_reads_nothing_skipped(
    tmp_path: Path,
) -> None:
    path = _version_2(tmp_path / "old.sqlite3")
    assert validate(path) == []  # as a backup holding it is checked
    assert [s.skipped for s in read_only(path).sessions] == [()]  # read, not migrated
    store = HistoryStore.open(path)
    try:
        assert store.problem is None and store.version() == 3
        (session,) = store.sessions()
        assert session.program == "ch3-phase-1" and session.skipped == ()
    finally:
        store.close()
    assert validate(path) == []


@pytest.mark.parametrize(
    "value", ["{}", "[1]", "not json", 7, '["' + "x" * 300 + '"]', "[" * 10_000]
)
def test_an_unusable_skipped_value_is_read_as_empty_and_said(tmp_path: Path, value: object) -> None:
    store = HistoryStore.open(tmp_path / "h.sqlite3")
    store.begin(NOW, ["cobra"], [ExerciseRecord(0, "cobra")], "ch4-phase-1", ["locust"])
    store.close()
    db = sqlite3.connect(tmp_path / "h.sqlite3", isolation_level=None)
    db.execute("UPDATE sessions SET skipped = ?", (value,))
    db.close()
    reading = read_only(tmp_path / "h.sqlite3")
    (session,) = reading.sessions
    assert session.skipped == () and session.program == "ch4-phase-1"
    assert reading.emptied == 1
    said = i18n.message_text(reading.problems[0])
    assert "row 1 of sessions" in said and "skipped" in said


# -- the changes: in memory, in the file, and in the file of unsaved changes -------------

IDS = st.lists(st.sampled_from(["cobra", "locust", "pigeon", "childs-pose"]), max_size=3)


@settings(max_examples=40, derandomize=True, deadline=None)
@given(skipped=IDS, program=st.sampled_from([None, "ch4-phase-1"]))
def test_memory_file_and_unsaved_changes_agree_on_what_was_skipped(
    skipped: list[str], program: str | None
) -> None:
    op = Begin(history_db.PROVISIONAL, NOW, ("cobra",), (ExerciseRecord(0, "cobra"),), program,
               tuple(skipped))  # fmt: skip
    (again,), _history, problems = ops_from_json(ops_to_json([op]), "unsaved")
    assert problems == [] and again == op
    memory: list[SessionRecord] = []
    apply_to(memory, op)
    store = HistoryStore.in_memory()
    try:
        store.apply(op)
        (stored,) = store.sessions()
    finally:
        store.close()
    assert memory[0].skipped == stored.skipped == tuple(skipped)
    assert memory[0].program == stored.program == program


def test_unsaved_changes_from_before_the_column_still_read() -> None:
    text = ops_to_json([Begin(5, NOW, ("cobra",), (), "ch4-phase-1")])
    data = json.loads(text)
    del data["unsaved"][0]["skipped"]
    (op,), _history, problems = ops_from_json(json.dumps(data), "unsaved")
    assert problems == [] and isinstance(op, Begin) and op.skipped == ()
    data["unsaved"][0]["skipped"] = "cobra"  # not a list: that change is left out, said
    ops, _history, problems = ops_from_json(json.dumps(data), "unsaved")
    assert ops == [] and "skipped" in i18n.message_text(problems[0])


# -- the window: "Skip it" keeps the programme --------------------------------------------


@pytest.fixture
def hurt_last_time(user_dirs: dict[str, Path], catalogue: Catalogue) -> list[str]:
    """Phase 1 of chapter 3, whose child's pose hurt yesterday."""
    program = [i.exercise for i in catalogue.programs["ch3-phase-1"].items]
    store = HistoryStore.open(user_dirs["data"] / "history.sqlite3")
    records = [ExerciseRecord(n, e) for n, e in enumerate(program)]
    sid = store.begin(datetime.now() - timedelta(days=1), program, records, "ch3-phase-1")
    store.set_feeling(sid, program.index("childs-pose"), Feeling.HURT)
    store.close()
    return program


@pytest.fixture
def window(qtbot: QtBot, catalogue: Catalogue, clock: FakeClock) -> Iterator[MainWindow]:
    window = MainWindow(catalogue, "en", clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.player.stop()
    window.practice.close()


@pytest.mark.parametrize(("answer", "skipped"), [(0, ("childs-pose",)), (1, ())])
def test_a_session_shortened_by_skip_what_hurt_is_stored_with_its_programme(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, user_dirs: dict[str, Path],
    hurt_last_time: list[str], answer: int, skipped: tuple[str, ...],
) -> None:  # fmt: skip
    qtbot.waitUntil(lambda: not window.practice.recorder.loading)
    window.queue.add(hurt_last_time)
    window.start_session()
    box = window.practice.dialog
    assert isinstance(box, QMessageBox) and box.objectName() == "skipHurt"
    box.buttons()[answer].click()  # "Skip it", "Keep it"
    assert window.player.playing
    assert window.host.order == [e for e in hurt_last_time if e not in skipped]
    play_for(window, clock, 20_000)
    window.player.stop()
    window.practice.close()
    (_yesterday, session) = HistoryStore.open(user_dirs["data"] / "history.sqlite3").sessions()
    assert session.program == "ch3-phase-1"
    assert session.skipped == skipped
    assert [r.exercise for r in session.exercises] == window.host.order
    assert window.practice.take_skipped() == (None, [])  # taken once, by the host


def test_a_queue_that_is_no_programme_stays_none_and_records_what_was_skipped(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, user_dirs: dict[str, Path],
    hurt_last_time: list[str],
) -> None:  # fmt: skip
    qtbot.waitUntil(lambda: not window.practice.recorder.loading)
    window.queue.add(["childs-pose", "cobra"])
    window.start_session()
    window.practice.dialog.buttons()[0].click()  # type: ignore[union-attr]
    play_for(window, clock, 20_000)
    window.player.stop()
    window.practice.close()
    (_yesterday, session) = HistoryStore.open(user_dirs["data"] / "history.sqlite3").sessions()
    assert session.program is None and session.skipped == ("childs-pose",)


def test_the_host_records_no_programme_from_a_list_it_was_not_made_from(
    window: MainWindow, user_dirs: dict[str, Path], catalogue: Catalogue
) -> None:
    """A stale or wrong ``started_from`` (the list played is not it minus what was
    skipped) is not believed: the session is what was played."""
    program = [i.exercise for i in catalogue.programs["ch3-phase-1"].items]
    compiled = window.host.compile(["cobra"])
    assert not isinstance(compiled, str)
    window.host.load(compiled, False, started_from=program, skipped=["childs-pose"])
    recorder = window.practice.recorder
    (session,) = [s for s in recorder.sessions() if s.id == recorder.last_session]
    assert session.program is None and session.skipped == ()
