"""A history locked by another program costs nothing but time (issue 16, item 8).

Another process holds SQLite's lock on the history (for writing, or for everything) until
the test lets go — no sleeps: the holder waits on its stdin. Meanwhile:

- the writer thread tries, says so once, and writes everything, in order, once the lock
  is gone (``HistoryWriter``, without Qt);
- a session plays on a clock that also counts real time, so a GUI thread held up by the
  lock would show as a jump and a false "the computer was asleep": every cue fires, no
  look at the clock takes long, nothing is "slept", one notice is shown and goes when the
  history can be written again, and the session lands in the file;
- reading the history at start-up while it is locked does not wait either: the window
  opens, says the history is busy, and shows it (with what hurt) once it is free.
"""

from __future__ import annotations

import queue
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.history import Done, ExerciseRecord, Feeling, Outcome
from app.core.history_db import (
    MAX_ID,
    PROVISIONAL,
    Begin,
    End,
    HistoryError,
    HistoryStore,
    Pain,
    Update,
)
from app.core.history_writer import (
    Blocked,
    Dropped,
    Event,
    Given,
    HistoryWriter,
    Recovered,
)
from app.core.model import Catalogue
from app.core.problems import Message
from app.player import Player, State
from tests.helpers.stubs import FakeClock
from tests.helpers.windows import shown_main_window

NOW = datetime(2026, 11, 26, 19, 0)
TWO = ["childs-pose", "cobra"]

HOLDER = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
if sys.argv[2] == "everything":  # then even reading has to wait
    db.execute("PRAGMA locking_mode = EXCLUSIVE")
db.execute("BEGIN EXCLUSIVE")
db.execute("SELECT count(*) FROM sessions").fetchone()
print("locked", flush=True)
sys.stdin.readline()
db.execute("ROLLBACK")
db.close()
print("released", flush=True)
"""


@contextmanager
def held(path: Path, what: str = "writing") -> Iterator[subprocess.Popen[str]]:
    """Another process holds the history's lock until the block ends."""
    command = [sys.executable, "-c", HOLDER, str(path), what]
    with subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as holder:
        assert holder.stdin is not None and holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        try:
            yield holder
        finally:
            holder.stdin.write("\n")
            holder.stdin.flush()
            assert holder.stdout.readline().strip() == "released"
            holder.wait(timeout=20)


def fresh_history(path: Path) -> Path:
    HistoryStore.open(path).close()
    return path


def cobra_hurt_yesterday(path: Path) -> int:
    """A history of one session, yesterday, in which cobra hurt; its id."""
    store = HistoryStore.open(path)
    sid = store.begin(datetime.now() - timedelta(days=1), ["cobra"], [ExerciseRecord(0, "cobra")])
    store.end(sid, datetime.now(), Outcome.FINISHED, 60_000)
    store.set_feeling(sid, 0, Feeling.HURT)
    store.close()
    return sid


def count_sessions(path: Path) -> int:
    db = sqlite3.connect(path, timeout=0)
    try:
        return int(db.execute("SELECT count(*) FROM sessions").fetchone()[0])
    finally:
        db.close()


class Heard:
    """What the writer thread said, in order."""

    def __init__(self) -> None:
        self.events: queue.Queue[Event] = queue.Queue()
        self.seen: list[Event] = []

    def __call__(self, event: Event) -> None:
        self.events.put(event)

    def next(self) -> Event:
        event = self.events.get(timeout=10)
        self.seen.append(event)
        return event

    def until(self, kind: type) -> Event:
        while not isinstance(event := self.next(), kind):
            pass
        return event

    def rest(self) -> list[Event]:
        while not self.events.empty():
            self.seen.append(self.events.get_nowait())
        return self.seen


def a_session(n: int) -> list[Begin | Update | End | Pain]:
    sid = PROVISIONAL + n
    return [
        Begin(sid, NOW + timedelta(hours=n), ("cobra",), (ExerciseRecord(0, "cobra", segments=4),)),
        Update(sid, ExerciseRecord(0, "cobra", Done.PARTLY, 2, 4), 30_000),
        Update(sid, ExerciseRecord(0, "cobra", Done.COMPLETED, 4, 4), 60_000),
        End(sid, NOW + timedelta(hours=n, minutes=2), Outcome.FINISHED, 60_000),
        Pain(sid, 5, 3),
    ]


# -- the writer thread, without Qt ------------------------------------------------------------


@pytest.mark.parametrize("what", ["writing", "everything"])
def test_writes_wait_for_the_lock_and_land_in_order(tmp_path: Path, what: str) -> None:
    path = fresh_history(tmp_path / "history.sqlite3")
    heard = Heard()
    writer = HistoryWriter(path, heard)
    try:
        with held(path, what):
            for op in a_session(1) + a_session(2):
                writer.submit(op)
            blocked = heard.until(Blocked)
            assert isinstance(blocked, Blocked) and blocked.busy
            assert "database is locked" in blocked.message.render()
            assert not writer.flush(0)
            # The two updates of one exercise that waited together became one.
            assert writer.pending == 8
        writer.retry_now()  # as the storage check's "folders are writable" does
        assert writer.flush(10)
        assert isinstance(heard.until(Recovered), Recovered)
    finally:
        assert writer.close(5) == []
    events = heard.rest()
    assert sum(isinstance(e, Blocked) for e in events) == 1  # one notice...
    assert sum(isinstance(e, Recovered) for e in events) == 1  # ...and one all-clear
    given = [e for e in events if isinstance(e, Given)]
    assert [(e.provisional, e.actual) for e in given] == [
        (PROVISIONAL + 1, 1),
        (PROVISIONAL + 2, 2),
    ]
    first, second = HistoryStore.open(path).sessions()
    assert first.started < second.started
    for session in (first, second):
        assert (session.outcome, session.played_ms, session.pain_after) == (
            Outcome.FINISHED,
            60_000,
            3,
        )
        assert session.exercises[0].done is Done.COMPLETED


def test_what_cannot_be_written_by_closing_time_is_handed_back(tmp_path: Path) -> None:
    path = fresh_history(tmp_path / "history.sqlite3")
    heard = Heard()
    writer = HistoryWriter(path, heard)
    with held(path):
        for op in a_session(1):
            writer.submit(op)
        heard.until(Blocked)
        started = time.perf_counter()
        left = writer.close(0.2)
        assert time.perf_counter() - started < 2  # closing never waits for the lock
    assert [type(op).__name__ for op in left] == ["Begin", "Update", "End", "Pain"]
    assert not writer.alive
    assert count_sessions(path) == 0


def test_a_failure_no_retry_can_mend_is_said_and_the_rest_goes_on(tmp_path: Path) -> None:
    path = fresh_history(tmp_path / "history.sqlite3")
    heard = Heard()
    writer = HistoryWriter(path, heard)
    try:
        writer.submit(Begin(PROVISIONAL + 1, NOW, (), ()))
        broken = ExerciseRecord(0, "cobra", done="finished")  # type: ignore[arg-type]
        writer.submit(Update(PROVISIONAL + 1, broken, 1))  # a bug: no .value
        writer.submit(End(PROVISIONAL + 1, NOW, Outcome.STOPPED, 5))
        assert writer.flush(10)
    finally:
        writer.close(5)
    dropped = [e for e in heard.rest() if isinstance(e, Dropped)]
    assert len(dropped) == 1 and "AttributeError" in dropped[0].message.render()
    (session,) = HistoryStore.open(path).sessions()
    assert session.outcome is Outcome.STOPPED


def _refused(sid: int) -> Begin:
    """A start the file can never take: two exercises in one place (its key)."""
    twice = (ExerciseRecord(0, "cobra"), ExerciseRecord(0, "cobra"))
    return Begin(sid, NOW, ("cobra", "cobra"), twice)


def test_a_change_the_file_refuses_is_handed_back_once_not_tried_for_ever(
    tmp_path: Path,
) -> None:
    """A constraint is not a lock: trying again cannot help. The change (and what belongs
    to its session) is handed back to be kept, and the next sessions are written."""
    path = fresh_history(tmp_path / "history.sqlite3")
    heard = Heard()
    writer = HistoryWriter(path, heard, first_delay=0.01, max_delay=0.02)
    try:
        writer.submit(_refused(PROVISIONAL + 1))
        writer.submit(End(PROVISIONAL + 1, NOW, Outcome.STOPPED, 5))
        for op in a_session(2):
            writer.submit(op)
        assert writer.flush(10)  # (a writer trying again for ever keeps it queued)
        assert writer.attempts == 1 + 4  # one refused start, then the other session's four
    finally:
        assert writer.close(5) == []
    dropped = [e for e in heard.rest() if isinstance(e, Dropped)]
    assert [type(op).__name__ for e in dropped for op in e.ops] == ["Begin", "End"]
    assert "UNIQUE" in dropped[0].message.render()
    assert not any(isinstance(e, Blocked) for e in heard.seen)
    (session,) = HistoryStore.open(path).sessions()
    assert session.outcome is Outcome.FINISHED


def test_a_history_holding_the_top_id_goes_on_recording(tmp_path: Path) -> None:
    """The largest id the reader accepts (a damaged or hand-made file): the next sessions
    get ids it reads, and every one of them is written."""
    path = fresh_history(tmp_path / "history.sqlite3")
    db = sqlite3.connect(path)
    db.execute(
        "INSERT INTO sessions (id, started, queued, outcome, played_ms) "
        "VALUES (?, '2026-11-01T10:00:00', '[]', 'finished', 60000)",
        (MAX_ID - 1,),
    )
    db.commit()
    db.close()
    heard = Heard()
    writer = HistoryWriter(path, heard, first_delay=0.01, max_delay=0.02)
    try:
        for n in range(3):
            for op in a_session(n):
                writer.submit(op)
        assert writer.flush(10)
    finally:
        assert writer.close(5) == []
    given = [e.actual for e in heard.rest() if isinstance(e, Given)]
    assert given == [1, 2, 3]
    assert not any(isinstance(e, Dropped | Blocked) for e in heard.seen)
    reading = HistoryStore.open(path).read()
    assert [s.id for s in reading.sessions] == [1, 2, 3, MAX_ID - 1] and not reading.problems


def test_a_full_or_read_only_disk_is_tried_again_until_it_works(tmp_path: Path) -> None:
    """Not a lock this time: the history cannot be opened (a full disk, say) three times."""
    path = tmp_path / "history.sqlite3"
    failures = [3]

    def opener(where: Path) -> HistoryStore:
        if failures[0]:
            failures[0] -= 1
            raise HistoryError(_full(where))
        return HistoryStore.open(where)

    heard = Heard()
    writer = HistoryWriter(path, heard, opener, first_delay=0.01)
    try:
        for op in a_session(1):
            writer.submit(op)
        blocked = heard.until(Blocked)
        assert isinstance(blocked, Blocked) and not blocked.busy
        assert writer.flush(10)
    finally:
        writer.close(5)
    assert writer.attempts == 3 + 4  # three failed openings, then four writes (one update
    # of the exercise replaced the other while they waited)
    assert count_sessions(path) == 1


def _full(where: Path) -> Message:
    return Message.of("The practice history {path} cannot be saved (disk full).", path=where)


# -- the app: a session plays while another program has the history ---------------------------


class RealTimeClock(FakeClock):
    """The fake clock the test moves, plus the real time that passes: a GUI thread held up
    for seconds (by a lock, say) shows as a jump, as it does in the app."""

    def __init__(self) -> None:
        super().__init__()
        self._real = time.perf_counter()

    def now_ms(self) -> float:
        return self.now + (time.perf_counter() - self._real) * 1000


@pytest.mark.slow  # a session in real time: about 2.5 s here
def test_a_locked_history_never_holds_up_a_session(
    qtbot: QtBot, catalogue: Catalogue, user_dirs: dict[str, Path]
) -> None:
    path = fresh_history(user_dirs["data"] / "history.sqlite3")
    clock = RealTimeClock()
    window = shown_main_window(qtbot, catalogue, clock=clock)
    recorder = window.practice.recorder
    notices: list[str] = []
    recorder.notice.connect(notices.append)
    slept: list[float] = []
    cues: list[int] = []
    window.player.slept.connect(slept.append)
    window.player.cue.connect(cues.append)
    longest = 0.0
    try:
        with held(path):
            window.queue.add(TWO)
            window.start_session()
            assert window.player.playing
            assert window.player.timeline is not None
            while window.player.state is not State.FINISHED:
                clock.advance(250)
                started = time.perf_counter()
                window.player.poll()
                QApplication.processEvents()  # what the writer thread says arrives
                longest = max(longest, time.perf_counter() - started)
                assert not slept, "a false 'the computer was asleep'"
            qtbot.waitUntil(lambda: window.practice.problem_box is not None)
            box = window.practice.problem_box
            assert box is not None and box.isVisible()
            assert "kept, and saved as soon as it can be" in box.text()
            assert recorder.pending > 0 and count_sessions(path) == 0
            # The history as the app shows it already has the session.
            (shown,) = recorder.sessions()
            assert shown.outcome is Outcome.FINISHED
        qtbot.waitUntil(lambda: recorder.pending == 0, timeout=15_000)
        # The notice goes with the lock.
        qtbot.waitUntil(lambda: not (shiboken6.isValid(box) and box.isVisible()))
        assert len(notices) == 1
        assert longest < 0.5, f"a look at the clock took {longest:.3f} s"
        assert len(cues) == len(set(cues)) >= 10
        (stored,) = HistoryStore.open(path).sessions()
        assert stored.outcome is Outcome.FINISHED
        assert [r.exercise for r in stored.exercises] == TWO
        assert all(r.done is Done.COMPLETED for r in stored.exercises)
        assert stored.id == recorder.sessions()[0].id  # the file's id, known to the app
        # And the next session is recorded as usual.
        window.start_session()
        while window.player.state is not State.FINISHED:
            clock.advance(1000)
            window.player.poll()
        assert recorder.flush(10)
        assert count_sessions(path) == 2
    finally:
        window.player.stop()
        window.practice.close()


def test_a_lock_notice_in_a_session_leaves_space_to_pause_and_goes_with_the_lock(
    qtbot: QtBot, catalogue: Catalogue, user_dirs: dict[str, Path]
) -> None:
    """Said in the session's notice line, not in a box that would take the keyboard (the
    next Space, the pause key, went to the box); the line clears when the writes land."""
    from PySide6.QtCore import Qt

    path = fresh_history(user_dirs["data"] / "history.sqlite3")
    clock = RealTimeClock()
    window = shown_main_window(qtbot, catalogue, clock=clock)
    recorder = window.practice.recorder
    line = window.session_view.notice
    try:
        with held(path):
            window.queue.add(TWO)
            window.start_session()
            assert window.player.playing
            qtbot.waitUntil(lambda: bool(recorder.blocked_text), timeout=15_000)
            qtbot.waitUntil(lambda: line.text() == recorder.blocked_text)
            assert "cannot be saved" in line.text()
            assert window.practice.problem_box is None
            assert QApplication.activeModalWidget() is None
            qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Space)
            assert window.player.state is State.PAUSED
        qtbot.waitUntil(lambda: recorder.pending == 0, timeout=15_000)
        qtbot.waitUntil(lambda: line.text() == "")  # the lock is gone: so is its notice
        window.player.stop()
        QApplication.processEvents()
        assert window.practice.problem_box is None  # nothing left to say after the session
    finally:
        window.player.stop()
        window.practice.close()


def test_a_history_locked_at_start_is_shown_when_it_is_free(
    qtbot: QtBot, catalogue: Catalogue, clock: FakeClock, user_dirs: dict[str, Path]
) -> None:
    path = user_dirs["data"] / "history.sqlite3"
    sid = cobra_hurt_yesterday(path)
    with held(path, "everything"):
        started = time.perf_counter()
        window = shown_main_window(qtbot, catalogue, clock=clock)
        recorder = window.practice.recorder
        assert recorder.sessions() == [] and recorder.busy
        assert time.perf_counter() - started < 3  # nothing waited for the lock
        # Only reading was wanted: "cannot be read yet", not "cannot be saved".
        assert "cannot be read yet" in recorder.blocked_text
        assert "cannot be saved" not in recorder.blocked_text
        shown = window.show_history()
        assert "in use by another program" in shown.summary.text()
        assert not shown.export_csv(user_dirs["data"] / "out.csv")
    try:
        qtbot.waitUntil(lambda: not recorder.busy, timeout=15_000)
        assert [s.id for s in recorder.sessions()] == [sid]
        window.browser.select("cobra")
        index = window.tree.currentIndex()
        qtbot.waitUntil(lambda: str(index.data()).startswith("⚠"))
        qtbot.waitUntil(lambda: "sessions in all: 1" in shown.summary.text())
    finally:
        window.practice.close()


def test_a_long_history_is_read_off_the_gui_thread_and_a_start_waits_for_it(
    qtbot: QtBot,
    catalogue: Catalogue,
    clock: FakeClock,
    user_dirs: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Past ``SYNC_READ_BYTES`` the history is read on the writer thread; a session asked
    for meanwhile waits for it, so what hurt last time is still offered to skip."""
    from PySide6.QtWidgets import QMessageBox

    from app.services import history as recording

    monkeypatch.setattr(recording, "SYNC_READ_BYTES", 0)  # every history is "long"
    gate = threading.Event()  # the writer thread's reading waits for the test
    read = HistoryStore.read

    def held_read(self: HistoryStore) -> object:
        if threading.current_thread().name == "history-writer":
            gate.wait(10)
        return read(self)

    monkeypatch.setattr(HistoryStore, "read", held_read)
    path = user_dirs["data"] / "history.sqlite3"
    sid = cobra_hurt_yesterday(path)
    window = shown_main_window(qtbot, catalogue, clock=clock)
    recorder = window.practice.recorder
    try:
        assert recorder.sessions() == [] and recorder.loading
        window.queue.add(["cobra"])
        window.start_session()
        assert window.practice.dialog is None and not window.player.playing  # waits
        gate.set()
        qtbot.waitUntil(lambda: isinstance(window.practice.dialog, QMessageBox))
        box = window.practice.dialog
        assert isinstance(box, QMessageBox) and "Cobra" in box.text()
        assert not recorder.loading and [s.id for s in recorder.sessions()] == [sid]
        box.buttons()[1].click()  # "Keep it"
        assert window.player.playing
    finally:
        window.player.stop()
        window.practice.close()


# -- closing while the history is locked: kept, and saved at the next start -------------------


def _play_cobra(player: Player, clock: FakeClock, catalogue: Catalogue, recorder: object) -> None:
    from app.core.timeline import compile_exercises
    from tests.helpers.stubs import run_for

    timeline = compile_exercises([catalogue.exercises["cobra"]], catalogue.prompts)
    player.load(timeline)
    recorder.begin(timeline, None)  # type: ignore[attr-defined]
    player.start()
    run_for(player, clock, timeline.total_ms + 500, step=500)
    assert player.state is State.FINISHED


def test_changes_a_locked_history_could_not_take_by_closing_are_saved_next_time(
    qtbot: QtBot,
    player: Player,
    clock: FakeClock,
    catalogue: Catalogue,
    user_dirs: dict[str, Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    from app.services.history import SessionRecorder

    path = fresh_history(user_dirs["data"] / "history.sqlite3")
    recorder = SessionRecorder(player)
    said: list[str] = []
    recorder.notice.connect(said.append)
    with held(path):
        assert recorder.sessions() == []
        _play_cobra(player, clock, catalogue, recorder)
        recorder.check_in(recorder.last_session, after=2, feelings={0: Feeling.HURT})
        started = time.perf_counter()
        recorder.close()
        assert time.perf_counter() - started < 2  # the window closes; the lock is not waited out
    assert count_sessions(path) == 0
    assert recorder.unsaved_path.exists()
    assert "saved at the next start" in said[-1] and str(recorder.unsaved_path) in said[-1]
    assert said[-1] in capsys.readouterr().err  # the box goes with the app: the terminal keeps it
    from app.core.history_db import ops_from_json

    count = len(ops_from_json(recorder.unsaved_path.read_text(), "kept")[0])

    again = SessionRecorder(player)
    told: list[str] = []
    again.notice.connect(told.append)
    try:
        (shown,) = again.sessions()  # at once, from the kept changes
        assert (shown.outcome, shown.pain_after) == (Outcome.FINISHED, 2)
        assert not again.unsaved_path.exists()
        assert again.flush(10)
        qtbot.waitUntil(lambda: any("from last time were saved now" in t for t in told))
        assert told == [f"{count} changes from last time were saved now."]
        (stored,) = HistoryStore.open(path).sessions()
        assert (stored.outcome, stored.pain_after) == (Outcome.FINISHED, 2)
        assert stored.exercises[0].feeling is Feeling.HURT
    finally:
        again.close()


def test_a_change_the_history_refuses_is_kept_beside_it_and_said_once(
    qtbot: QtBot, player: Player, user_dirs: dict[str, Path]
) -> None:
    from app.core.history_db import ops_from_json
    from app.services.history import SessionRecorder

    fresh_history(user_dirs["data"] / "history.sqlite3")
    recorder = SessionRecorder(player)
    said: list[str] = []
    recorder.notice.connect(said.append)
    try:
        assert recorder.sessions() == []
        for n in (1, 2):
            recorder._change(_refused(PROVISIONAL + 100 + n))
            recorder._change(End(PROVISIONAL + 100 + n, NOW, Outcome.STOPPED, 5))
        assert recorder.flush(10)
        qtbot.waitUntil(lambda: recorder.pending == 0 and len(recorder._aside) == 4)
        QApplication.processEvents()
        (kept,) = recorder.path.parent.glob("history.sqlite3.unsaved-refused-*")
        assert len(said) == 1 and str(kept) in said[0] and "UNIQUE" in said[0]
        ops, _, problems = ops_from_json(kept.read_text(), str(kept))
        assert [type(op).__name__ for op in ops] == ["Begin", "End", "Begin", "End"]
        assert not problems
    finally:
        recorder.close()


def test_changes_kept_for_one_history_are_never_applied_to_another(
    qtbot: QtBot, player: Player, clock: FakeClock, catalogue: Catalogue, user_dirs: dict[str, Path]
) -> None:
    """A backup restored in between: the kept changes belong to the file it replaced."""
    from app.services.history import SessionRecorder

    path = fresh_history(user_dirs["data"] / "history.sqlite3")
    recorder = SessionRecorder(player)
    with held(path):
        recorder.sessions()
        _play_cobra(player, clock, catalogue, recorder)
        recorder.close()
    kept = recorder.unsaved_path.read_text()
    restored = path.with_name("restored.sqlite3")
    fresh_history(restored)
    for leftover in path.parent.glob("history.sqlite3-*"):
        leftover.unlink()
    restored.replace(path)  # another file (another inode) where the history was
    again = SessionRecorder(player)
    said: list[str] = []
    again.notice.connect(said.append)
    try:
        assert again.sessions() == []
        assert "belongs to another history file" in said[0]
        (aside,) = path.parent.glob("history.sqlite3.unsaved-*")
        assert aside.read_text() == kept  # kept, not applied, not lost
    finally:
        again.close()


@pytest.mark.parametrize(
    "text",
    ["", "not json", "[1, 2]", '{"unsaved": 5}', '{"unsaved": [{"op": "begin"}]}',
     '{"unsaved": [{"op": "pain", "session": 1, "before": 99}, {"op": "delete", "session": 1}]}',
     "[" * 100_000],
)  # fmt: skip
def test_damaged_kept_changes_cost_only_themselves(
    qtbot: QtBot, player: Player, user_dirs: dict[str, Path], text: str
) -> None:
    from app.services.history import SessionRecorder

    path = user_dirs["data"] / "history.sqlite3"
    store = HistoryStore.open(path)
    store.begin(NOW, [], [])
    store.close()
    identity = [path.stat().st_dev, path.stat().st_ino]
    if text.startswith('{"unsaved"'):
        text = text.replace('{"unsaved"', '{"history": %s, "unsaved"' % identity)  # noqa: UP031
    path.with_name("history.sqlite3.unsaved").write_text(text)
    recorder = SessionRecorder(player)
    said: list[str] = []
    recorder.notice.connect(said.append)
    try:
        sessions = recorder.sessions()
        assert recorder.flush(10)
        assert said and "cannot be" in said[0]  # what and where
        assert str(path.parent) in said[0]
        assert len(sessions) == (0 if "delete" in text else 1)  # the usable change applied
        assert not recorder.unsaved_path.exists()
    finally:
        recorder.close()


def test_a_copy_for_a_backup_is_made_while_another_program_writes(tmp_path: Path) -> None:
    """In WAL mode a reader does not wait for a writer's lock: the copy is made at once,
    as one file; a copy that cannot be made says why (no retrying for ever, as Python's
    online backup does while it meets a lock)."""
    path = fresh_history(tmp_path / "history.sqlite3")
    store = HistoryStore.open(path, timeout=0.1)
    try:
        with held(path, "writing"):
            started = time.perf_counter()
            store.backup_to(tmp_path / "copy.sqlite3")
            assert time.perf_counter() - started < 2
        assert not (tmp_path / "copy.sqlite3-wal").exists()
        assert (tmp_path / "copy.sqlite3").read_bytes()[18] == 1  # a rollback-journal file
        assert HistoryStore.open(tmp_path / "copy.sqlite3").sessions() == []
        (tmp_path / "taken.sqlite3").write_bytes(b"something")
        with pytest.raises(OSError, match="cannot be read"):
            store.backup_to(tmp_path / "taken.sqlite3")
    finally:
        store.close()
