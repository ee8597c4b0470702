"""The practice history in SQLite: one file, versioned, migrated forward, never half-written,
and read through one checked reader.

Why SQLite and these settings: every write is its own transaction in WAL mode, so a
crash or a ``kill -9`` loses at most the write in flight — the recorder writes at every
segment change, so that is one segment of practice. ``synchronous=NORMAL`` keeps a write
well under a millisecond; WAL still never corrupts on a process crash, only the last
commits may be lost on a power cut. Writes happen on the recorder's writer thread
(``history_writer``), never on the GUI thread: a history locked by another program can
make a write wait, and a cue must not.

Why a checked reader: SQLite keeps any value in any column, so a restored or damaged file
can hold text where a number belongs, NULLs, huge numbers or dates in year 9999 and still
pass ``PRAGMA quick_check``. :func:`read_rows` reads every row through checks that match
what the app writes: a row without a usable id, date or exercise is left out, an unusable
detail (a pain score of 11, a feeling it does not know) is read as empty, and each is
reported with the file, table, row and column. :func:`validate` runs the same reader (and
the schema and integrity checks) on a file without changing it, for a restore to ask first.

Why ids are the recording order: each new session gets the next id after the largest one
below :data:`MAX_ID` (not SQLite's rowid choice, which turns random once a damaged file
holds the largest possible id), so ``ORDER BY id`` is the order sessions were recorded in,
whatever the computer's calendar said at the time (see ``history.suspect``). A damaged
file holding ``MAX_ID - 1`` leaves no next id the reader accepts: then the id after the
largest one with a free one after it is taken (:func:`_next_id`), never one the reader
refuses or one a row already has.

A file that is not a readable history (damaged, another program's, or holding anything
the migrations do not make: a trigger or a view would act on every later write) is moved
aside with a date in its name, a fresh one is made, and :attr:`HistoryStore.problem` says
where the old file went and why: nothing is deleted.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Callable, Iterable
from contextlib import suppress
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TextIO, TypeVar

from app.core.folders import private_file, private_folder
from app.core.history import (
    PAIN_SCALE,
    Done,
    ExerciseRecord,
    Feeling,
    Outcome,
    SessionRecord,
)
from app.core.history_csv import write_csv
from app.core.problems import QT_TRANSLATE_NOOP, Message
from app.core.text import visible

APPLICATION_ID = 0x41444D52  # "ADMR": marks the file as ours (PRAGMA application_id)

# Each entry takes the schema from version i to i + 1. Never edit a shipped entry: add one.
MIGRATIONS: tuple[str, ...] = (
    # 0 → 1: sessions and what each exercise did
    """
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        started TEXT NOT NULL,
        ended TEXT,
        program TEXT,
        queued TEXT NOT NULL DEFAULT '[]',
        outcome TEXT,
        played_ms INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE exercises (
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        exercise TEXT NOT NULL,
        done TEXT NOT NULL DEFAULT 'skipped',
        segments_done INTEGER NOT NULL DEFAULT 0,
        segments INTEGER NOT NULL DEFAULT 0,
        sides_done TEXT NOT NULL DEFAULT '',
        rounds_done INTEGER NOT NULL DEFAULT 0,
        rounds INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY (session_id, position)
    );
    CREATE INDEX sessions_started ON sessions(started);
    """,
    # 1 → 2: check-ins (pain before and after, how each exercise felt)
    """
    ALTER TABLE sessions ADD COLUMN pain_before INTEGER;
    ALTER TABLE sessions ADD COLUMN pain_after INTEGER;
    ALTER TABLE exercises ADD COLUMN feeling TEXT;
    """,
    # 2 → 3: what "Skip what hurt?" left out of the programme (a JSON list of ids, as queued)
    """
    ALTER TABLE sessions ADD COLUMN skipped TEXT NOT NULL DEFAULT '[]';
    """,
)
VERSION = len(MIGRATIONS)

# Bounds of what a row may hold; anything beyond is damage, not practice.
MAX_ID = 2**53  # session ids given (and read) are 1 … MAX_ID - 1
PROVISIONAL = 2**62  # ids from here up are a recorder's own, until the database gives one
MAX_PLAYED_MS = 7 * 24 * 3_600_000  # a week of practice in one session
MAX_COUNT = 1_000_000  # segments, rounds
MAX_POSITION = 100_000
MAX_NAME = 200  # an exercise or program id
MAX_QUEUED = 10_000  # exercises queued in one session
MAX_QUEUED_TEXT = 1_000_000
EARLIEST = datetime(1900, 1, 1)
LATEST = datetime(9000, 1, 1)  # far enough from the end of the calendar to count days on
SIDES = frozenset(("left", "right"))
MAX_PROBLEMS = 20  # reported one by one; the rest are counted

# A connection that may wait for another program's lock (a writer thread, a command line
# tool) waits this long before it gives up; the GUI thread passes 0.
DEFAULT_TIMEOUT_S = 1.0

_BUSY_CODES = (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED: another connection has the lock


class HistoryError(Exception):
    """A write or an opening failed (disk full, read-only folder, locked); ``message`` says
    what for the person; ``busy`` when another program holds the history's lock (it passes)."""

    def __init__(self, message: Message, busy: bool = False, never: bool = False) -> None:
        super().__init__(str(message))
        self.message = message
        self.busy = busy
        self.never = never  # the same write can never succeed (a constraint): not retried


# SQLite's answers that trying again cannot change (a constraint the change breaks, a value
# it cannot hold), unlike a lock, a full disk or a read-only folder, which pass.
_NEVER = (sqlite3.IntegrityError, sqlite3.DataError, sqlite3.ProgrammingError)


def _write_error(path: Path | None, error: sqlite3.Error) -> HistoryError:
    return HistoryError(_cannot(path, error), is_busy(error), isinstance(error, _NEVER))


def _next_id(db: sqlite3.Connection) -> int:
    """The id for a new session: the next after the largest usable one (ids keep the order
    of recording). Only a damaged file holds :data:`MAX_ID` - 1, which leaves no next
    id the reader accepts: then the id after the largest one that has a free one after it
    (below that top), so the new sessions still follow one another, and no id is handed
    out that the reader refuses or that a row already has."""
    largest = db.execute("SELECT max(id) FROM sessions WHERE id < ?", (MAX_ID,)).fetchone()[0]
    if largest is None or largest < 0:
        largest = 0
    if int(largest) + 1 < MAX_ID:
        return int(largest) + 1
    row = db.execute(
        "SELECT max(id) FROM sessions AS s WHERE id >= 0 AND id < ? "
        "AND NOT EXISTS (SELECT 1 FROM sessions AS t WHERE t.id = s.id + 1)",
        (MAX_ID - 1,),
    ).fetchone()
    return int(row[0] or 0) + 1


def is_busy(error: BaseException) -> bool:
    """Whether ``error`` means "another connection holds the lock" (try again later)."""
    if isinstance(error, HistoryError):
        return error.busy
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in _BUSY_CODES
    return isinstance(error, sqlite3.OperationalError) and (
        "locked" in str(error) or "busy" in str(error)
    )


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


# -- what a write is ----------------------------------------------------------------------
#
# Each change to the history is one of these values: the recorder applies it to its copy
# in memory at once (:func:`apply_to`) and queues it for the writer thread, which applies
# it to the file (:meth:`HistoryStore.apply`). A test proves both give the same history.


@dataclass(frozen=True, slots=True)
class Begin:
    """A session starts; ``session`` is the id the recorder gave it (provisional)."""

    session: int
    started: datetime
    queued: tuple[str, ...]
    records: tuple[ExerciseRecord, ...]
    program: str | None = None
    skipped: tuple[str, ...] = ()  # left out of ``program`` because it hurt last time


@dataclass(frozen=True, slots=True)
class Update:
    """An exercise moved on: what it has done so far, and how long the session played."""

    session: int
    record: ExerciseRecord
    played_ms: int


@dataclass(frozen=True, slots=True)
class End:
    session: int
    ended: datetime
    outcome: Outcome
    played_ms: int


@dataclass(frozen=True, slots=True)
class Pain:
    session: int
    before: int | None = None
    after: int | None = None


@dataclass(frozen=True, slots=True)
class Feel:
    session: int
    position: int
    feeling: Feeling | None


@dataclass(frozen=True, slots=True)
class Delete:
    session: int


Op = Begin | Update | End | Pain | Feel | Delete


def apply_to(sessions: list[SessionRecord], op: Op) -> None:
    """Apply ``op`` to a history in memory, exactly as :meth:`HistoryStore.apply` does to the
    file (dates to the second, played time only ever growing)."""
    if isinstance(op, Begin):
        exercises = tuple(
            ExerciseRecord(r.position, r.exercise, segments=r.segments, rounds=r.rounds)
            for r in op.records
        )
        sessions.append(
            SessionRecord(
                id=op.session,
                started=op.started.replace(microsecond=0),
                program=op.program,
                queued=tuple(op.queued),
                exercises=tuple(sorted(exercises, key=lambda r: r.position)),
                skipped=tuple(op.skipped),
            )
        )
        return
    i = next((i for i, s in enumerate(sessions) if s.id == op.session), None)
    if i is None:
        return  # as an UPDATE of no row: nothing
    s = sessions[i]
    if isinstance(op, Delete):
        del sessions[i]
    elif isinstance(op, Update):
        rec = op.record
        sessions[i] = replace(
            s,
            played_ms=max(s.played_ms, int(op.played_ms)),
            exercises=tuple(
                replace(r, done=rec.done, segments_done=rec.segments_done,
                        sides_done=tuple(rec.sides_done), rounds_done=rec.rounds_done)
                if r.position == rec.position else r
                for r in s.exercises
            ),
        )  # fmt: skip
    elif isinstance(op, End):
        sessions[i] = replace(
            s,
            ended=op.ended.replace(microsecond=0),
            outcome=op.outcome,
            played_ms=max(s.played_ms, int(op.played_ms)),
        )
    elif isinstance(op, Pain):
        sessions[i] = replace(
            s,
            pain_before=s.pain_before if op.before is None else op.before,
            pain_after=s.pain_after if op.after is None else op.after,
        )
    else:  # Feel
        sessions[i] = replace(
            s,
            exercises=tuple(
                replace(r, feeling=op.feeling) if r.position == op.position else r
                for r in s.exercises
            ),
        )


# -- reading: one checked reader for every row ---------------------------------------------


@dataclass(frozen=True, slots=True)
class Reading:
    """What a history holds that the app can use, and what it could not."""

    sessions: list[SessionRecord]  # in recording order (by id)
    problems: list[Message] = field(default_factory=list)  # the first MAX_PROBLEMS, and a count
    left_out: int = 0  # rows not read at all
    emptied: int = 0  # values read as empty


_LEFT_OUT = QT_TRANSLATE_NOOP(
    "Problem", "{file}: row {row} of {table} was left out: its {column} cannot be used ({value})."
)
_EMPTIED = QT_TRANSLATE_NOOP(
    "Problem",
    "{file}: row {row} of {table}: its {column} cannot be used ({value}) and is read as empty.",
)
_ORPHAN = QT_TRANSLATE_NOOP(
    "Problem",
    "{file}: row {row} of exercises was left out: it belongs to no session ({value}).",
)
_MORE = QT_TRANSLATE_NOOP("Problem", "{file}: %n more value(s) like these cannot be used.", None, 1)

_SESSION_COLUMNS = ("id", "started", "ended", "program", "queued", "outcome", "played_ms",
                    "pain_before", "pain_after", "skipped")  # fmt: skip
_EXERCISE_COLUMNS = ("session_id", "position", "exercise", "done", "segments_done", "segments",
                     "sides_done", "rounds_done", "rounds", "feeling")  # fmt: skip
_TEXT_LIMIT = {"queued": MAX_QUEUED_TEXT, "skipped": MAX_QUEUED_TEXT}


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _select(db: sqlite3.Connection, table: str, columns: tuple[str, ...]) -> str:
    """A SELECT of ``columns`` that never brings a huge value into memory and reads a
    column a later migration adds as NULL in a file from before it.

    Text and blobs longer than their limit are cut one past it in SQL (so the check still
    sees them as too long) — but only when a look in SQL (one pass, no values brought
    into Python) found any: cutting every value costs five times the plain read."""
    present = {str(row[1]) for row in db.execute(f"PRAGMA table_info({table})")}
    limits = {c: _TEXT_LIMIT.get(c, MAX_NAME) for c in columns if c in present}
    too_long = " OR ".join(f"length({c}) > {limit}" for c, limit in limits.items())
    cut = (
        bool(too_long)
        and db.execute(
            f"SELECT EXISTS (SELECT 1 FROM {table} WHERE {too_long})"  # fixed names only
        ).fetchone()[0]
    )
    parts = ["rowid"]
    for column in columns:
        if column not in limits:
            parts.append("NULL")
        elif cut:
            parts.append(
                f"CASE WHEN typeof({column}) IN ('text', 'blob') "
                f"THEN substr({column}, 1, {limits[column] + 1}) ELSE {column} END"
            )
        else:
            parts.append(column)
    return f"SELECT {', '.join(parts)} FROM {table}"  # fixed names only


def _whole(value: object, low: int, high: int) -> int | None:
    return value if type(value) is int and low <= value <= high else None


def _name(value: object) -> str | None:
    return value if type(value) is str and 0 < len(value) <= MAX_NAME else None


def _moment(value: object) -> datetime | None:
    if type(value) is not str or len(value) > 64:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is not None or not EARLIEST <= moment < LATEST:
        return None  # an aware time cannot be compared with the rest; far dates overflow
    return moment


def _queued(value: object) -> tuple[str, ...] | None:
    if type(value) is not str or len(value) > MAX_QUEUED_TEXT:
        return None
    try:
        items = json.loads(value)
    except (ValueError, RecursionError):
        return None
    if not isinstance(items, list) or len(items) > MAX_QUEUED:
        return None
    names = tuple(i for i in items if _name(i) is not None)
    return names if len(names) == len(items) else None


def _sides(value: object) -> tuple[str, ...] | None:
    if type(value) is not str or len(value) > MAX_NAME:
        return None
    sides = tuple(s for s in value.split(",") if s)
    return sides if set(sides) <= SIDES and len(set(sides)) == len(sides) else None


class _Report:
    def __init__(self, label: str) -> None:
        self.label = label
        self.problems: list[Message] = []
        self.more = 0
        self.left_out = 0
        self.emptied = 0

    def note(self, template: str, **args: object) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Message.of(template, file=self.label, **args))
        else:
            self.more += 1

    def leave_out(self, table: str, row: object, column: str, value: object) -> None:
        self.left_out += 1
        self.note(_LEFT_OUT, row=row, table=table, column=column, value=_shown(value))

    def empty(self, table: str, row: object, column: str, value: object) -> None:
        self.emptied += 1
        self.note(_EMPTIED, row=row, table=table, column=column, value=_shown(value))

    def result(self, sessions: list[SessionRecord]) -> Reading:
        problems = list(self.problems)
        if self.more:
            problems.append(Message.counted(_MORE, self.more, file=self.label))
        return Reading(sessions, problems, self.left_out, self.emptied)


# A session's checked values but its exercises: started, ended, program, queued, outcome,
# played_ms, pain_before, pain_after, skipped.
_Head = tuple[
    datetime, datetime | None, str | None, tuple[str, ...], Outcome | None, int, int | None,
    int | None, tuple[str, ...],
]  # fmt: skip


def read_rows(db: sqlite3.Connection, label: str) -> Reading:
    """Every session the app can use, in recording order, and what it could not use.

    Never raises on a row's content (only on SQLite's own errors: a locked or unreadable
    file). A session without a usable id or start is left out with its exercises; an
    exercise row without a usable session, position or exercise id is left out; any other
    unusable value is read as empty (no end, no pain score, no feeling, 0 ms)."""
    report = _Report(label)
    outcomes: dict[object, Outcome] = {o.value: o for o in Outcome}
    dones: dict[object, Done] = {d.value: d for d in Done}
    feelings: dict[object, Feeling] = {f.value: f for f in Feeling}
    pain_low, pain_high = PAIN_SCALE.start, PAIN_SCALE.stop - 1
    # What each session holds, checked; its exercises are added below.
    heads: dict[int, _Head] = {}
    bad_sessions: set[object] = set()
    for row in db.execute(_select(db, "sessions", _SESSION_COLUMNS)).fetchall():
        rowid, sid, started_v, ended_v, program_v, queued_v, outcome_v, played_v = row[:8]
        before_v, after_v, skipped_v = row[8], row[9], row[10]
        sid_ok = _whole(sid, 1, MAX_ID - 1)
        if sid_ok is None or sid_ok in heads:  # (a file without our key can repeat one)
            bad_sessions.add(sid)
            report.leave_out("sessions", rowid, "id", sid)
            continue
        started = _moment(started_v)
        if started is None:
            bad_sessions.add(sid)
            report.leave_out("sessions", rowid, "started", started_v)
            continue
        ended = None if ended_v is None else _moment(ended_v)
        if ended_v is not None and ended is None:
            report.empty("sessions", rowid, "ended", ended_v)
        program = None if program_v is None else _name(program_v)
        if program_v is not None and program is None:
            report.empty("sessions", rowid, "program", program_v)
        queued = _queued(queued_v)
        if queued is None:
            queued = ()
            if queued_v is not None:
                report.empty("sessions", rowid, "queued", queued_v)
        outcome = outcomes.get(outcome_v)
        if outcome_v is not None and outcome is None:
            report.empty("sessions", rowid, "outcome", outcome_v)
        played = _whole(played_v, 0, MAX_PLAYED_MS)
        if played is None:
            played = 0
            report.empty("sessions", rowid, "played_ms", played_v)
        before = None if before_v is None else _whole(before_v, pain_low, pain_high)
        if before_v is not None and before is None:
            report.empty("sessions", rowid, "pain_before", before_v)
        after = None if after_v is None else _whole(after_v, pain_low, pain_high)
        if after_v is not None and after is None:
            report.empty("sessions", rowid, "pain_after", after_v)
        skipped = _queued(skipped_v)  # NULL in a file from before migration 3: none
        if skipped is None:
            skipped = ()
            if skipped_v is not None:
                report.empty("sessions", rowid, "skipped", skipped_v)
        heads[sid_ok] = (started, ended, program, queued, outcome, played, before, after,
                         skipped)  # fmt: skip
    exercises: dict[int, dict[int, ExerciseRecord]] = {}
    sides_of: dict[object, tuple[str, ...] | None] = {}  # a handful of distinct values
    for row in db.execute(_select(db, "exercises", _EXERCISE_COLUMNS)).fetchall():
        rowid, sid, position_v, exercise_v, done_v, sdone_v, segs_v, sides_v = row[:8]
        rdone_v, rounds_v, feeling_v = row[8], row[9], row[10]
        if type(sid) is not int or sid not in heads:
            report.left_out += 1
            if sid not in bad_sessions:  # (those are said with their session)
                report.note(_ORPHAN, row=rowid, value=_shown(sid))
            continue
        places = exercises.setdefault(sid, {})
        position = _whole(position_v, 0, MAX_POSITION)
        if position is None or position in places:
            report.leave_out("exercises", rowid, "position", position_v)
            continue
        exercise = _name(exercise_v)
        if exercise is None:
            report.leave_out("exercises", rowid, "exercise", exercise_v)
            continue
        done = dones.get(done_v)
        if done is None:
            report.empty("exercises", rowid, "done", done_v)
        segments_done = _whole(sdone_v, 0, MAX_COUNT)
        if segments_done is None:
            report.empty("exercises", rowid, "segments_done", sdone_v)
        segments = _whole(segs_v, 0, MAX_COUNT)
        if segments is None:
            report.empty("exercises", rowid, "segments", segs_v)
        rounds_done = _whole(rdone_v, 0, MAX_COUNT)
        if rounds_done is None:
            report.empty("exercises", rowid, "rounds_done", rdone_v)
        rounds = _whole(rounds_v, 1, MAX_COUNT)
        if rounds is None:
            report.empty("exercises", rowid, "rounds", rounds_v)
        if sides_v in sides_of:
            sides = sides_of[sides_v]
        else:
            sides = sides_of[sides_v] = _sides(sides_v)
        if sides is None:
            report.empty("exercises", rowid, "sides_done", sides_v)
        feeling = feelings.get(feeling_v)
        if feeling_v is not None and feeling is None:
            report.empty("exercises", rowid, "feeling", feeling_v)
        places[position] = ExerciseRecord(
            position, exercise, done or Done.SKIPPED, segments_done or 0,
            segments or 0, sides or (), rounds_done or 0, rounds or 1, feeling,
        )  # fmt: skip
    out = []
    for sid in sorted(heads):
        started, ended, program, queued, outcome, played, before, after, skipped = heads[sid]
        places = exercises.get(sid, {})
        out.append(
            SessionRecord(
                sid, started, ended, program, queued, outcome, played, before, after,
                tuple(places[p] for p in sorted(places)), skipped,
            )
        )  # fmt: skip
    return report.result(out)


# -- the store ----------------------------------------------------------------------------


class HistoryStore:
    """One connection to the history. Not shared between threads (SQLite's rule for a
    Python connection): the writer thread opens its own."""

    def __init__(self, connection: sqlite3.Connection, path: Path | None) -> None:
        self._db = connection
        self.path = path
        self.problem: Message | None = None  # set when a damaged file was moved aside

    # -- opening --------------------------------------------------------------------------

    @classmethod
    def open(
        cls, path: Path, now: datetime | None = None, timeout: float = DEFAULT_TIMEOUT_S
    ) -> HistoryStore:
        """Open (or make) the history at ``path``; a damaged file is moved aside first.
        Raises :class:`HistoryError` only when no history can be kept at all there (with
        ``busy`` when another program holds its lock: ``timeout`` is how long to wait)."""
        moved: Path | None = None
        odd: Exception | None = None
        try:
            private_folder(path.parent)
            store = cls(cls._connect(path, timeout), path)
        except sqlite3.OperationalError as error:  # locked, unreadable folder: not damage
            raise HistoryError(_cannot(path, error), is_busy(error)) from error
        except (sqlite3.DatabaseError, _NotOursError) as error:
            odd = error
            moved = _move_aside(path, now or datetime.now())
            if moved is None:
                raise HistoryError(
                    Message.of(
                        QT_TRANSLATE_NOOP(
                            "Problem", "The practice history {path} cannot be read ({reason})."
                        ),
                        path=str(path),
                        reason=str(error),
                    )
                ) from error
            try:
                store = cls(cls._connect(path, timeout), path)
            except sqlite3.Error as again:
                raise HistoryError(_cannot(path, again), is_busy(again)) from again
        except (OSError, sqlite3.Error) as error:
            raise HistoryError(_cannot(path, error)) from error
        if moved is not None and isinstance(odd, _OddSchemaError):
            store.problem = Message.of(
                QT_TRANSLATE_NOOP(
                    "Problem",
                    "The practice history held what Breathing Room does not make ({what}); "
                    "it was set aside as {moved}, and a new, empty history has been started.",
                ),
                what=odd.what,
                moved=str(moved),
            )
        elif moved is not None:
            store.problem = Message.of(
                QT_TRANSLATE_NOOP(
                    "Problem",
                    "The practice history could not be read and was set aside as {moved}; "
                    "a new, empty history has been started.",
                ),
                moved=str(moved),
            )
        return store

    @classmethod
    def in_memory(cls) -> HistoryStore:
        return cls(cls._connect(":memory:", 0), None)

    @staticmethod
    def _connect(target: Path | str, timeout: float) -> sqlite3.Connection:
        if target != ":memory:":  # a new history is the person's alone (0600), and SQLite
            with suppress(OSError):  # makes its journal files with the same mode; if the
                private_file(Path(target))  # file cannot be made, SQLite says why below
        db = sqlite3.connect(
            str(target), isolation_level=None, timeout=timeout, check_same_thread=True
        )
        try:
            db.execute("PRAGMA foreign_keys = ON")
            application_id = db.execute("PRAGMA application_id").fetchone()[0]
            version = db.execute("PRAGMA user_version").fetchone()[0]
            tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if application_id not in (0, APPLICATION_ID) or (application_id == 0 and tables):
                raise _NotOursError("not a Breathing Room history")
            if version > VERSION:
                raise _NotOursError(f"made by a newer Breathing Room (schema {version})")
            if version < 0:
                raise _NotOursError(f"not a schema Breathing Room makes ({version})")
            if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("the file is damaged")
            odd = schema_differences(db, version)
            if odd:  # checked before anything is written: a trigger must never fire
                raise _OddSchemaError(odd)
            if target != ":memory:":
                db.execute("PRAGMA journal_mode = WAL")
                db.execute("PRAGMA synchronous = NORMAL")
            migrate(db)
        except BaseException:
            db.close()
            raise
        return db

    def close(self) -> None:
        self._db.close()

    # -- writing (each call one transaction) ---------------------------------------------

    def _write(self, sql: str, args: Iterable[object] = ()) -> sqlite3.Cursor:
        try:
            with self._db:
                self._db.execute("BEGIN IMMEDIATE")
                return self._db.execute(sql, tuple(args))
        except sqlite3.Error as error:
            raise _write_error(self.path, error) from error

    def begin(
        self,
        started: datetime,
        queued: Iterable[str],
        records: Iterable[ExerciseRecord],
        program: str | None = None,
        skipped: Iterable[str] = (),
    ) -> int:
        """A session starts: its row and one row per exercise, in one transaction. Its id
        is the next after the largest usable one, so ids keep the order of recording
        (see :func:`_next_id`)."""
        try:
            with self._db:
                self._db.execute("BEGIN IMMEDIATE")
                session = _next_id(self._db)
                self._db.execute(
                    "INSERT INTO sessions (id, started, program, queued, skipped) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (
                        session,
                        _stamp(started),
                        program,
                        json.dumps(list(queued)),
                        json.dumps(list(skipped)),
                    ),
                )
                self._db.executemany(
                    "INSERT INTO exercises (session_id, position, exercise, segments, rounds)"
                    " VALUES (?, ?, ?, ?, ?)",
                    [(session, r.position, r.exercise, r.segments, r.rounds) for r in records],
                )
        except sqlite3.Error as error:
            raise _write_error(self.path, error) from error
        return session

    def update(self, session: int, record: ExerciseRecord, played_ms: int) -> None:
        """An exercise moved on: what it has done so far, and how long the session played."""
        try:
            with self._db:
                self._db.execute("BEGIN IMMEDIATE")
                self._db.execute(
                    "UPDATE exercises SET done = ?, segments_done = ?, sides_done = ?, "
                    "rounds_done = ? WHERE session_id = ? AND position = ?",
                    (record.done.value, record.segments_done, ",".join(record.sides_done),
                     record.rounds_done, session, record.position),
                )  # fmt: skip
                self._db.execute(
                    "UPDATE sessions SET played_ms = max(played_ms, ?) WHERE id = ?",
                    (int(played_ms), session),
                )
        except sqlite3.Error as error:
            raise _write_error(self.path, error) from error

    def end(self, session: int, ended: datetime, outcome: Outcome, played_ms: int) -> None:
        self._write(
            "UPDATE sessions SET ended = ?, outcome = ?, played_ms = max(played_ms, ?) "
            "WHERE id = ?",
            (_stamp(ended), outcome.value, int(played_ms), session),
        )

    def set_pain(self, session: int, before: int | None = None, after: int | None = None) -> None:
        if before is not None:
            self._write("UPDATE sessions SET pain_before = ? WHERE id = ?", (before, session))
        if after is not None:
            self._write("UPDATE sessions SET pain_after = ? WHERE id = ?", (after, session))

    def set_feeling(self, session: int, position: int, feeling: Feeling | None) -> None:
        self._write(
            "UPDATE exercises SET feeling = ? WHERE session_id = ? AND position = ?",
            (feeling.value if feeling else None, session, position),
        )

    def delete(self, session: int) -> None:
        self._write("DELETE FROM sessions WHERE id = ?", (session,))

    def apply(self, op: Op, ids: dict[int, int] | None = None) -> int | None:
        """Write ``op`` (one transaction, two for pain before and after). ``ids`` maps the
        recorder's provisional ids to the ones the file gave: :class:`Begin` adds to it,
        the others are looked up in it. Returns the id a :class:`Begin` was given."""
        ids = {} if ids is None else ids
        if isinstance(op, Begin):
            given = self.begin(op.started, op.queued, op.records, op.program, op.skipped)
            ids[op.session] = given
            return given
        session = ids.get(op.session, op.session)
        if isinstance(op, Update):
            self.update(session, op.record, op.played_ms)
        elif isinstance(op, End):
            self.end(session, op.ended, op.outcome, op.played_ms)
        elif isinstance(op, Pain):
            self.set_pain(session, op.before, op.after)
        elif isinstance(op, Feel):
            self.set_feeling(session, op.position, op.feeling)
        else:
            self.delete(session)
        return None

    # -- reading --------------------------------------------------------------------------

    def read(self) -> Reading:
        """Every usable session, in recording order, and what could not be used."""
        try:
            return read_rows(self._db, str(self.path or ":memory:"))
        except sqlite3.Error as error:
            raise HistoryError(_unreadable(self.path, error), is_busy(error)) from error

    def sessions(self) -> list[SessionRecord]:
        """Every usable session, in recording order (oldest recorded first)."""
        return self.read().sessions

    def version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def export_csv(self, out: TextIO, names: dict[str, str] | None = None) -> int:
        """The history as CSV (see :func:`app.core.history_csv.write_csv`)."""
        return write_csv(self.sessions(), out, names)

    def backup_to(self, target: Path) -> None:
        """A consistent copy of the whole history in ``target`` (a new file), one file
        without a journal. Raises :class:`OSError` saying why when it cannot be made.

        Why ``VACUUM INTO`` and not SQLite's online backup: Python's ``backup()`` sleeps
        and tries again for as long as another program holds the lock — for ever, on the
        GUI thread; ``VACUUM INTO`` waits this connection's busy timeout, then fails."""
        try:
            self._db.execute("VACUUM INTO ?", (str(target),))
        except sqlite3.Error as error:
            raise OSError(_unreadable(self.path, error).render()) from error


class _NotOursError(Exception):
    pass


class _OddSchemaError(_NotOursError):
    """The file holds tables, indexes, triggers or views the migrations do not make."""

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


def _cannot(path: Path | None, error: Exception) -> Message:
    return Message.of(
        QT_TRANSLATE_NOOP("Problem", "The practice history {path} cannot be saved ({reason})."),
        path=str(path or ":memory:"),
        reason=str(error),
    )


def _unreadable(path: Path | None, error: Exception) -> Message:
    return Message.of(
        QT_TRANSLATE_NOOP("Problem", "The practice history {path} cannot be read ({reason})."),
        path=str(path or ":memory:"),
        reason=str(error),
    )


def migrate(db: sqlite3.Connection) -> None:
    """Bring the schema up to :data:`VERSION`, one migration per transaction."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    for step in range(version, VERSION):
        with db:
            db.execute("BEGIN IMMEDIATE")
            for statement in MIGRATIONS[step].split(";"):
                if statement.strip():
                    db.execute(statement)
            db.execute(f"PRAGMA user_version = {step + 1}")
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def read_only(path: Path) -> Reading:
    """Read the history at ``path`` without writing anything, not even a journal (a
    read-only disk, a file another program locked for writing): what a window shows when
    the history cannot be opened for recording. Raises :class:`HistoryError`."""
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True,
                             isolation_level=None, timeout=0)  # fmt: skip
    except (sqlite3.Error, ValueError, OSError) as error:
        raise HistoryError(_unreadable(path, error), is_busy(error)) from error
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        odd = schema_differences(db, version) if 0 <= version <= VERSION else f"schema {version}"
        if odd:  # (a view named like a table would run its own query here)
            raise HistoryError(_unreadable(path, _OddSchemaError(odd)))
        return read_rows(db, str(path))
    except sqlite3.Error as error:
        raise HistoryError(_unreadable(path, error), is_busy(error)) from error
    finally:
        db.close()


def validate(path: Path, progress: Callable[[str], None] | None = None) -> list[Message]:
    """Everything in the history file at ``path`` the app could not use; empty when all of
    it can be used. Changes nothing (the file is opened read-only and immutable, so a
    staged copy stays as it was: no journal is made, no migration run).

    Checked: it is a Breathing Room history of a schema this app knows; SQLite's own
    ``integrity_check``; the tables, indexes and nothing else are exactly the ones the
    migrations make for its version (a trigger or view brought in would act on every later
    write); and every row through :func:`read_rows`, the reader the app uses. ``progress``
    hears the name of each step as it begins.
    """
    label = str(path)

    def fail(template: str, **args: object) -> list[Message]:
        return [Message.of(template, file=label, **args)]

    if not path.is_file():
        return fail(QT_TRANSLATE_NOOP("Problem", "{file}: there is no such file."))
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True,
                             isolation_level=None, timeout=0)  # fmt: skip
    except (sqlite3.Error, ValueError, OSError) as error:
        return fail(_CANNOT_READ, reason=str(error))
    try:
        if progress is not None:
            progress("header")
        application_id = db.execute("PRAGMA application_id").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if application_id != APPLICATION_ID:
            return fail(
                QT_TRANSLATE_NOOP("Problem", "{file}: this is not a Breathing Room history.")
            )
        if not isinstance(version, int) or not 1 <= version <= VERSION:
            return fail(
                QT_TRANSLATE_NOOP(
                    "Problem",
                    "{file}: the history has schema {version}; this Breathing Room reads 1 to "
                    "{known}.",
                ),
                version=version,
                known=VERSION,
            )
        if progress is not None:
            progress("integrity")
        verdict = [str(row[0]) for row in db.execute("PRAGMA integrity_check(5)").fetchall()]
        if verdict != ["ok"]:
            return fail(
                QT_TRANSLATE_NOOP("Problem", "{file}: the history is damaged ({reason})."),
                reason="; ".join(verdict),
            )
        if progress is not None:
            progress("schema")
        odd = schema_differences(db, version)
        if odd:
            return fail(
                QT_TRANSLATE_NOOP(
                    "Problem",
                    "{file}: the history's tables are not the ones Breathing Room makes ({what}).",
                ),
                what=odd,
            )
        if progress is not None:
            progress("rows")
        return read_rows(db, label).problems
    except sqlite3.Error as error:
        return fail(_CANNOT_READ, reason=str(error))
    finally:
        db.close()


_CANNOT_READ = QT_TRANSLATE_NOOP("Problem", "{file}: the history cannot be read ({reason}).")


# One object of a schema: type, name, table, SQL text (whitespace evened out; None for the
# indexes SQLite makes itself for a primary key).
_Object = tuple[object, object, object, object]


def _schema(db: sqlite3.Connection) -> frozenset[_Object]:
    """Every object in the file's schema, none left out: not even the indexes SQLite makes
    for a primary key (``sqlite_autoindex_exercises_1``), which the migrations make too.

    Why nothing is skipped by name: a filter ``name NOT LIKE 'sqlite_autoindex%'`` let a
    trigger named ``sqlitexautoindexwipe`` through (in LIKE ``_`` is any character and case
    does not count), and a trigger brought in with a backup runs at every later write.
    Values are compared as SQLite gives them (a name that is a number is not its text)."""
    return frozenset(
        (kind, name, table, " ".join(sql.split()) if isinstance(sql, str) else sql)
        for kind, name, table, sql in db.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master"
        )
    )


@functools.cache
def _schema_of(version: int) -> frozenset[_Object]:
    """The schema the migrations make up to ``version``, made in memory to compare with."""
    fresh = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for step in range(version):
            for statement in MIGRATIONS[step].split(";"):
                if statement.strip():
                    fresh.execute(statement)
        return _schema(fresh)
    finally:
        fresh.close()


def schema_differences(db: sqlite3.Connection, version: int) -> str:
    """What the schema of ``db`` holds that the migrations up to ``version`` do not make, or
    lack that they do ("trigger x, view y"); empty when it is exactly theirs."""
    odd = _schema(db) ^ _schema_of(version)
    return ", ".join(sorted({visible(f"{kind} {name}", 80) for kind, name, _table, _sql in odd}))


def _move_aside(path: Path, now: datetime) -> Path | None:
    if not path.exists():
        return None
    target = path.with_name(f"{path.stem}.damaged-{now:%Y%m%d-%H%M%S}{path.suffix}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.stem}.damaged-{now:%Y%m%d-%H%M%S}-{n}{path.suffix}")
        n += 1
    try:
        path.rename(target)
        for extra in ("-wal", "-shm"):  # the journal belongs to the damaged file
            side = path.with_name(path.name + extra)
            if side.exists():
                side.rename(target.with_name(target.name + extra))
    except OSError:
        return None
    return target


# -- changes not yet written, kept in a file until the next start --------------------------
#
# When the app closes while the history is locked (or the disk full), the changes still
# queued are written as JSON beside the history ("history.sqlite3.unsaved") and applied at
# the next start. Plain data, checked on reading like everything else: a damaged file of
# changes costs those changes (said), never the start.

MAX_UNSAVED_BYTES = 10_000_000
_OPS = {"begin": Begin, "update": Update, "end": End, "pain": Pain, "feel": Feel, "delete": Delete}


def _record_json(r: ExerciseRecord) -> dict[str, object]:
    return {"position": r.position, "exercise": r.exercise, "done": r.done.value,
            "segments_done": r.segments_done, "segments": r.segments,
            "sides_done": list(r.sides_done), "rounds_done": r.rounds_done, "rounds": r.rounds,
            "feeling": r.feeling.value if r.feeling else None}  # fmt: skip


def ops_to_json(ops: Iterable[Op], history: object = None) -> str:
    """``ops`` as JSON; ``history`` says which history file they belong to (plain data)."""
    out: list[dict[str, object]] = []
    for op in ops:
        kind = next(k for k, t in _OPS.items() if isinstance(op, t))
        item: dict[str, object] = {"op": kind, "session": op.session}
        if isinstance(op, Begin):
            item |= {"started": _stamp(op.started), "queued": list(op.queued),
                     "records": [_record_json(r) for r in op.records],
                     "program": op.program, "skipped": list(op.skipped)}  # fmt: skip
        elif isinstance(op, Update):
            item |= {"record": _record_json(op.record), "played_ms": op.played_ms}
        elif isinstance(op, End):
            item |= {"ended": _stamp(op.ended), "outcome": op.outcome.value,
                     "played_ms": op.played_ms}  # fmt: skip
        elif isinstance(op, Pain):
            item |= {"before": op.before, "after": op.after}
        elif isinstance(op, Feel):
            item |= {"position": op.position,
                     "feeling": op.feeling.value if op.feeling else None}  # fmt: skip
        out.append(item)
    return json.dumps({"app": "Breathing Room", "history": history, "unsaved": out}, indent=1)


class _BadChangeError(Exception):
    pass


_E = TypeVar("_E", Done, Feeling, Outcome)


def _int(item: dict[str, object], key: str, low: int, high: int) -> int:
    value = _whole(item.get(key), low, high)
    if value is None:
        raise _BadChangeError(key)
    return value


def _int_or_none(item: dict[str, object], key: str, low: int, high: int) -> int | None:
    return None if item.get(key) is None else _int(item, key, low, high)


def _text(item: dict[str, object], key: str) -> str:
    value = _name(item.get(key))
    if value is None:
        raise _BadChangeError(key)
    return value


def _when(item: dict[str, object], key: str) -> datetime:
    value = _moment(item.get(key))
    if value is None:
        raise _BadChangeError(key)
    return value


def _member(item: dict[str, object], key: str, kind: type[_E]) -> _E:
    for member in kind:
        if member.value == item.get(key):
            return member
    raise _BadChangeError(key)


def _member_or_none(item: dict[str, object], key: str, kind: type[_E]) -> _E | None:
    return None if item.get(key) is None else _member(item, key, kind)


def _fields(raw: object, key: str) -> dict[str, object]:
    if not isinstance(raw, dict) or not all(isinstance(k, str) for k in raw):
        raise _BadChangeError(key)
    return raw


def _record_from(raw: object) -> ExerciseRecord:
    r = _fields(raw, "record")
    sides = r.get("sides_done")
    if not isinstance(sides, list) or _sides(",".join(map(str, sides))) != tuple(sides):
        raise _BadChangeError("sides_done")
    return ExerciseRecord(
        position=_int(r, "position", 0, MAX_POSITION), exercise=_text(r, "exercise"),
        done=_member(r, "done", Done), segments_done=_int(r, "segments_done", 0, MAX_COUNT),
        segments=_int(r, "segments", 0, MAX_COUNT), sides_done=tuple(str(s) for s in sides),
        rounds_done=_int(r, "rounds_done", 0, MAX_COUNT), rounds=_int(r, "rounds", 1, MAX_COUNT),
        feeling=_member_or_none(r, "feeling", Feeling),
    )  # fmt: skip


def _op_from(raw: object) -> Op:
    item = _fields(raw, "op")
    kind = _OPS.get(str(item.get("op")))
    if kind is None:
        raise _BadChangeError("op")
    session = _int(item, "session", 1, 2**63 - 1)
    low, high = PAIN_SCALE.start, PAIN_SCALE.stop - 1
    if kind is Begin:
        queued, records = item.get("queued"), item.get("records")
        skipped = item.get("skipped", [])  # none in a file written before migration 3
        if not isinstance(queued, list) or not isinstance(records, list):
            raise _BadChangeError("records")
        if not isinstance(skipped, list):
            raise _BadChangeError("skipped")
        return Begin(
            session, _when(item, "started"),
            tuple(_text({"queued": q}, "queued") for q in queued),
            tuple(_record_from(r) for r in records),
            None if item.get("program") is None else _text(item, "program"),
            tuple(_text({"skipped": s}, "skipped") for s in skipped),
        )  # fmt: skip
    if kind is Update:
        return Update(session, _record_from(item.get("record")),
                      _int(item, "played_ms", 0, MAX_PLAYED_MS))  # fmt: skip
    if kind is End:
        return End(session, _when(item, "ended"), _member(item, "outcome", Outcome),
                   _int(item, "played_ms", 0, MAX_PLAYED_MS))  # fmt: skip
    if kind is Pain:
        return Pain(session, _int_or_none(item, "before", low, high),
                    _int_or_none(item, "after", low, high))  # fmt: skip
    if kind is Feel:
        return Feel(session, _int(item, "position", 0, MAX_POSITION),
                    _member_or_none(item, "feeling", Feeling))  # fmt: skip
    return Delete(session)


def ops_from_json(text: str, label: str) -> tuple[list[Op], object, list[Message]]:
    """The changes a file of unsaved changes holds, which history they belong to, and
    what in it could not be used (an unusable change is left out; the others are kept)."""
    problems: list[Message] = []
    try:
        if len(text) > MAX_UNSAVED_BYTES:
            raise ValueError("too large")
        data = json.loads(text)
        items = data.get("unsaved") if isinstance(data, dict) else None
        if not isinstance(items, list):
            raise ValueError("not a list of changes")
    except (ValueError, RecursionError) as error:
        return [], None, [Message.of(_UNSAVED_UNREADABLE, file=label, reason=str(error))]
    ops: list[Op] = []
    for n, item in enumerate(items, start=1):
        try:
            ops.append(_op_from(item))
        except (_BadChangeError, ValueError, TypeError, RecursionError) as error:
            problems.append(Message.of(_UNSAVED_LEFT_OUT, file=label, n=n, reason=str(error)))
    return ops, data.get("history"), problems


_UNSAVED_UNREADABLE = QT_TRANSLATE_NOOP(
    "Problem", "{file}: the practice not yet saved cannot be read ({reason}); it is left out."
)
_UNSAVED_LEFT_OUT = QT_TRANSLATE_NOOP(
    "Problem", "{file}: change {n} cannot be used ({reason}); it is left out."
)
