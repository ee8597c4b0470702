"""The practice history: what a session records, the SQLite store (migrations, damage,
kills), and the rules on made-up histories (streak, minutes, pain, moving on)."""

from __future__ import annotations

import io
import signal
import sqlite3
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from app.bundle import catalogue_path
from app.core import history
from app.core.files import load_bundled
from app.core.history import (
    Done,
    ExerciseRecord,
    Feeling,
    Outcome,
    Rule,
    SessionRecord,
    Tracker,
)
from app.core.history_db import APPLICATION_ID, MIGRATIONS, VERSION, HistoryStore
from app.core.model import Catalogue
from app.core.timeline import Kind, Timeline, compile_exercises

NOW = datetime(2026, 11, 26, 19, 0)


def _book_path() -> tuple[str, ...]:
    loaded = load_bundled(catalogue_path())
    assert loaded.catalogue is not None
    return loaded.catalogue.path


BOOK_PATH = _book_path()  # exercises.yaml's ``path``: the rules are given the book's own


def timeline_of(catalogue: Catalogue, *ids: str) -> Timeline:
    return compile_exercises([catalogue.exercises[i] for i in ids], catalogue.prompts)


def walk(tracker: Tracker, indices: range | list[int]) -> None:
    for index in indices:
        tracker.moved_to(index)


# -- the tracker -----------------------------------------------------------------------


def test_a_session_played_through_completes_every_exercise(catalogue: Catalogue) -> None:
    timeline = timeline_of(catalogue, "childs-pose", "cobra")
    tracker = Tracker(timeline)
    walk(tracker, range(len(timeline)))
    records = tracker.records()
    assert [r.exercise for r in records] == ["childs-pose", "cobra"]
    assert all(r.done is Done.COMPLETED for r in records)
    assert all(r.segments_done == r.segments > 0 for r in records)
    assert all(r.rounds_done == r.rounds for r in records)


def test_a_jump_leaves_the_rest_undone(catalogue: Catalogue) -> None:
    timeline = timeline_of(catalogue, "childs-pose", "cobra")
    tracker = Tracker(timeline)
    cobra_starts = next(i for i, s in enumerate(timeline.segments) if s.exercise_index == 1)
    work = [i for i, s in enumerate(timeline.segments)
            if s.exercise_index == 0 and s.kind in history.WORK]  # fmt: skip
    walk(tracker, range(work[2] + 1))  # two work segments done, the third begun
    tracker.moved_to(cobra_starts)  # "next exercise"
    first = tracker.record(0)
    assert (first.done, first.segments_done) == (Done.PARTLY, 2)
    assert tracker.record(1).done is Done.SKIPPED  # not one of its own segments done yet


def test_sides_are_recorded_when_each_side_is_through(catalogue: Catalogue) -> None:
    sided = next(e for e in catalogue.exercises.values() if e.sides.value == "both")
    timeline = timeline_of(catalogue, sided.id)
    tracker = Tracker(timeline)
    switch = next(i for i, s in enumerate(timeline.segments) if s.kind is Kind.SWITCH_SIDE)
    walk(tracker, range(switch + 1))
    first_side = timeline.segments[switch - 1].side
    assert first_side is not None
    assert tracker.record(0).sides_done == (first_side.value,)
    walk(tracker, range(switch + 1, len(timeline)))
    assert len(tracker.record(0).sides_done) == 2


# -- the store -------------------------------------------------------------------------


def test_a_session_is_stored_and_read_back(tmp_path: Path) -> None:
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    records = [ExerciseRecord(0, "cobra", segments=10, rounds=2)]
    sid = store.begin(NOW, ["cobra"], records, program=None)
    store.set_pain(sid, before=6)
    store.update(sid, ExerciseRecord(0, "cobra", Done.COMPLETED, 10, 10, (), 2, 2), 90_000)
    store.end(sid, NOW + timedelta(minutes=2), Outcome.FINISHED, 95_000)
    store.set_pain(sid, after=4)
    store.set_feeling(sid, 0, Feeling.TOO_HARD)
    store.close()
    (session,) = HistoryStore.open(tmp_path / "history.sqlite3").sessions()
    assert (session.started, session.outcome, session.played_ms) == (NOW, Outcome.FINISHED, 95_000)
    assert (session.pain_before, session.pain_after) == (6, 4)
    assert session.exercises[0].done is Done.COMPLETED
    assert session.exercises[0].feeling is Feeling.TOO_HARD


def test_deleting_a_session_deletes_its_exercises(tmp_path: Path) -> None:
    store = HistoryStore.open(tmp_path / "h.sqlite3")
    sid = store.begin(NOW, ["cobra"], [ExerciseRecord(0, "cobra")])
    store.delete(sid)
    assert store.sessions() == []
    assert store._db.execute("SELECT count(*) FROM exercises").fetchone()[0] == 0


@pytest.mark.parametrize("version", range(VERSION))
def test_every_earlier_schema_is_migrated_with_its_data(tmp_path: Path, version: int) -> None:
    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path)
    for step in range(version):
        db.executescript(MIGRATIONS[step])
    db.execute(f"PRAGMA user_version = {version}")
    if version >= 1:  # as every version has marked its files
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # data as that version wrote it
        db.execute("INSERT INTO sessions (started, queued, outcome, played_ms) VALUES "
                   "('2026-10-01T08:00:00', '[\"cobra\"]', 'finished', 60000)")  # fmt: skip
        db.execute("INSERT INTO exercises (session_id, position, exercise, done) "
                   "VALUES (1, 0, 'cobra', 'completed')")  # fmt: skip
    db.commit()
    db.close()
    store = HistoryStore.open(path)
    assert store.version() == VERSION
    assert store.problem is None
    sessions = store.sessions()
    if version >= 1:
        assert sessions[0].exercises[0].done is Done.COMPLETED
        assert sessions[0].pain_before is None
        store.set_pain(sessions[0].id, before=3)  # the new columns work
    else:
        assert sessions == []


@pytest.mark.parametrize(
    "content", [b"this is not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 4000]
)
def test_a_damaged_file_is_moved_aside_and_a_fresh_one_made(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(content)
    store = HistoryStore.open(path, now=NOW)
    aside = tmp_path / "history.damaged-20261126-190000.sqlite3"
    assert aside.read_bytes() == content  # nothing deleted
    assert store.problem is not None and str(aside) in store.problem.render()
    assert store.sessions() == []
    store.begin(NOW, [], [])
    assert len(store.sessions()) == 1


def test_another_programs_database_is_not_touched_but_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE notes (text TEXT)")
    other.commit()
    other.close()
    store = HistoryStore.open(path, now=NOW)
    assert store.problem is not None
    assert (tmp_path / "history.damaged-20261126-190000.sqlite3").exists()


KILLED_WRITER = """
import sys
from datetime import datetime
from app.core.history import Done, ExerciseRecord, Outcome
from app.core.history_db import HistoryStore
store = HistoryStore.open(__import__("pathlib").Path(sys.argv[1]))
print("ready", flush=True)
n = 0
while True:
    sid = store.begin(datetime.now(), ["a", "b"], [ExerciseRecord(0, "a", segments=4),
                                                   ExerciseRecord(1, "b", segments=4)])
    for step in range(4):
        store.update(sid, ExerciseRecord(0, "a", Done.PARTLY, step, 4), step * 1000)
    store.end(sid, datetime.now(), Outcome.FINISHED, 5000)
    n += 1
    print(n, flush=True)
"""


@pytest.mark.slow  # twenty kill -9 rounds: about 4 s here
def test_kill_9_during_writes_never_leaves_an_unreadable_history(tmp_path: Path) -> None:
    """A writer that records sessions as fast as it can is killed with SIGKILL after a
    varying number of them, twenty times: it is nearly always inside a transaction."""
    path = tmp_path / "history.sqlite3"
    seen = 0
    for round_ in range(20):
        with subprocess.Popen(
            [sys.executable, "-c", KILLED_WRITER, str(path)],
            stdout=subprocess.PIPE, text=True, cwd=Path(__file__).parent.parent,
        ) as writer:  # fmt: skip
            assert writer.stdout is not None
            assert writer.stdout.readline().strip() == "ready"
            for _ in range(round_ % 4 + 1):
                writer.stdout.readline()
            writer.send_signal(signal.SIGKILL)
            writer.wait()
        store = HistoryStore.open(path)
        assert store.problem is None, store.problem
        sessions = store.sessions()
        assert len(sessions) >= seen + round_ % 4 + 1  # nothing committed was lost
        seen = len(sessions)
        assert store._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        store.close()


def test_csv_export_has_a_row_per_exercise(tmp_path: Path) -> None:
    store = HistoryStore.in_memory()
    sid = store.begin(NOW, ["cobra", "childs-pose"],
                      [ExerciseRecord(0, "cobra"), ExerciseRecord(1, "childs-pose")])  # fmt: skip
    store.end(sid, NOW, Outcome.STOPPED, 30_000)
    out = io.StringIO()
    assert store.export_csv(out, {"cobra": "Cobra"}) == 2
    lines = out.getvalue().splitlines()
    assert lines[0].startswith('"session","started","ended","outcome"')
    assert ',"Cobra",' in lines[1] and '"stopped"' in lines[1]


# -- the rules on made-up histories ----------------------------------------------------


def session(
    days_ago: float,
    program: str | None = "ch3-phase-1",
    minutes: float = 15,
    outcome: Outcome | None = Outcome.FINISHED,
    pain: tuple[int | None, int | None] = (None, None),
    feelings: dict[str, Feeling] | None = None,
) -> SessionRecord:
    started = NOW - timedelta(days=days_ago)
    # Recorded in the order of their dates (ids are the recording order).
    recorded = 1_000_000 - int(days_ago * 100)
    exercises = tuple(
        ExerciseRecord(i, eid, feeling=f) for i, (eid, f) in enumerate((feelings or {}).items())
    )
    return SessionRecord(
        id=recorded, started=started, program=program, outcome=outcome,
        played_ms=int(minutes * 60_000), pain_before=pain[0], pain_after=pain[1],
        exercises=exercises,
    )  # fmt: skip


def test_five_comfortable_sessions_in_fourteen_days_suggest_the_next_phase() -> None:
    done = [session(d, pain=(5, 4)) for d in (1, 3, 5, 8, 12)]
    suggestion = history.suggest(done, BOOK_PATH, NOW)
    assert suggestion is not None
    assert (suggestion.current, suggestion.next) == ("ch3-phase-1", "ch3-phase-2")
    assert "5 times" in suggestion.reason.render()


@pytest.mark.parametrize(
    "made_up",
    [
        [session(d) for d in (1, 3, 5, 8)],  # four are not enough
        [session(d) for d in (1, 3, 5, 8, 20)],  # one too long ago
        [session(d, pain=(4, 6) if d == 3 else (5, 4)) for d in (1, 3, 5, 8, 12)],  # worse once
        [session(d, outcome=Outcome.STOPPED) for d in (1, 3, 5, 8, 12)],  # never finished
        [session(d, program="ch5-maintenance") for d in (1, 3, 5, 8, 12)],  # the end of the path
        [session(d, program=None) for d in (1, 3, 5, 8, 12)],  # own sessions only
    ],
)
def test_no_suggestion_without_a_comfortable_run(made_up: list[SessionRecord]) -> None:
    assert history.suggest(made_up, BOOK_PATH, NOW) is None


def test_the_furthest_program_on_the_path_is_the_current_one() -> None:
    made_up = [session(1, "ch3-phase-1"), session(2, "ch4-phase-1"), session(3, "ch3-mind-body")]
    assert history.current_program(made_up, BOOK_PATH) == "ch4-phase-1"
    assert BOOK_PATH.index("ch4-phase-1") == 2


def test_a_stricter_rule_is_honoured() -> None:
    done = [session(d) for d in (1, 3, 5, 8, 12)]
    assert history.suggest(done, BOOK_PATH, NOW, Rule(sessions=6, days=14)) is None
    assert "6" in Rule(sessions=6).describe().render()


def test_streak_minutes_per_week_and_pain_trend() -> None:
    made_up = [session(0.1), session(1), session(2), session(4), session(9, minutes=30)]
    today = NOW.date()
    assert history.streak(made_up, today) == 3
    assert history.streak(made_up[1:], today) == 2  # today not practised yet: from yesterday
    weeks = history.minutes_per_week(made_up, today, weeks=3)
    assert [monday.weekday() for monday, _ in weeks] == [0, 0, 0]
    assert weeks[-1][0] == date(2026, 11, 23)
    assert sum(m for _, m in weeks) == pytest.approx(15 * 4 + 30)
    trend = history.pain_trend(
        [session(2, pain=(6, 4)), session(1, pain=(5, None)), session(0.5)], today
    )
    assert [(b, a) for _, b, a in trend] == [(6, 4), (5, None)]


def test_hurt_is_flagged_until_a_later_session_says_otherwise() -> None:
    older = session(3, feelings={"cobra": Feeling.HURT, "childs-pose": Feeling.HURT})
    newer = session(1, feelings={"childs-pose": Feeling.GOOD})
    assert set(history.hurt([newer, older])) == {"cobra"}


def test_a_queue_is_a_program_only_when_it_is_that_program_exactly() -> None:
    programs = {"p": ["a", "b"], "q": ["c"]}
    assert history.program_of(["a", "b"], programs) == "p"
    assert history.program_of(["a"], programs) is None


def test_the_reminder_is_due_today_or_tomorrow_and_missed_only_without_practice() -> None:
    from datetime import time

    assert history.next_reminder(NOW, time(20, 0)) == datetime(2026, 11, 26, 20, 0)
    assert history.next_reminder(NOW, time(8, 0)) == datetime(2026, 11, 27, 8, 0)
    assert history.reminder_missed(NOW, time(8, 0), [])
    assert not history.reminder_missed(NOW, time(20, 0), [])
    assert not history.reminder_missed(NOW, time(8, 0), [session(0.1)])  # practised today
    assert history.program_for_today([], BOOK_PATH) == BOOK_PATH[0]
    assert history.program_for_today([session(1, "ch4-phase-2")], BOOK_PATH) == "ch4-phase-2"
