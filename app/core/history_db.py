"""The practice history in SQLite: one file, versioned, migrated forward, never half-written.

Why SQLite and these settings: every write is its own transaction in WAL mode, so a
crash or a ``kill -9`` loses at most the write in flight — the recorder writes at every
segment change, so that is one segment of practice. ``synchronous=NORMAL`` keeps a write
well under a millisecond (it happens right after a cue); WAL still never corrupts on a
process crash, only the last commits may be lost on a power cut.

A file that is not a readable history (damaged, or another program's) is moved aside
with a date in its name, a fresh one is made, and :attr:`HistoryStore.problem` says where
the old file went: nothing is deleted.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import TextIO

from app.core.history import Done, ExerciseRecord, Feeling, Outcome, SessionRecord
from app.core.problems import QT_TRANSLATE_NOOP, Message

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
)
VERSION = len(MIGRATIONS)


class HistoryError(Exception):
    """A write failed (disk full, read-only folder); ``message`` says what for the person."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


class HistoryStore:
    def __init__(self, connection: sqlite3.Connection, path: Path | None) -> None:
        self._db = connection
        self.path = path
        self.problem: Message | None = None  # set when a damaged file was moved aside

    # -- opening --------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, now: datetime | None = None) -> HistoryStore:
        """Open (or make) the history at ``path``; a damaged file is moved aside first.
        Raises :class:`HistoryError` only when no history can be kept at all there."""
        moved: Path | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            store = cls(cls._connect(path), path)
        except sqlite3.OperationalError as error:  # locked, unreadable folder: not damage
            raise HistoryError(_cannot(path, error)) from error
        except (sqlite3.DatabaseError, _NotOursError) as error:
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
                store = cls(cls._connect(path), path)
            except sqlite3.Error as again:
                raise HistoryError(_cannot(path, again)) from again
        except (OSError, sqlite3.Error) as error:
            raise HistoryError(_cannot(path, error)) from error
        if moved is not None:
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
        return cls(cls._connect(":memory:"), None)

    @staticmethod
    def _connect(target: Path | str) -> sqlite3.Connection:
        db = sqlite3.connect(str(target), isolation_level=None, timeout=5)
        try:
            db.execute("PRAGMA foreign_keys = ON")
            application_id = db.execute("PRAGMA application_id").fetchone()[0]
            version = db.execute("PRAGMA user_version").fetchone()[0]
            tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if application_id not in (0, APPLICATION_ID) or (application_id == 0 and tables):
                raise _NotOursError("not a Breathing Room history")
            if version > VERSION:
                raise _NotOursError(f"made by a newer Breathing Room (schema {version})")
            if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("the file is damaged")
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
            raise HistoryError(_cannot(self.path, error)) from error

    def begin(
        self,
        started: datetime,
        queued: Iterable[str],
        records: Iterable[ExerciseRecord],
        program: str | None = None,
    ) -> int:
        """A session starts: its row and one row per exercise, in one transaction."""
        try:
            with self._db:
                self._db.execute("BEGIN IMMEDIATE")
                cursor = self._db.execute(
                    "INSERT INTO sessions (started, program, queued) VALUES (?, ?, ?)",
                    (_stamp(started), program, json.dumps(list(queued))),
                )
                session = int(cursor.lastrowid or 0)
                self._db.executemany(
                    "INSERT INTO exercises (session_id, position, exercise, segments, rounds)"
                    " VALUES (?, ?, ?, ?, ?)",
                    [(session, r.position, r.exercise, r.segments, r.rounds) for r in records],
                )
        except sqlite3.Error as error:
            raise HistoryError(_cannot(self.path, error)) from error
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
            raise HistoryError(_cannot(self.path, error)) from error

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

    # -- reading --------------------------------------------------------------------------

    def sessions(self) -> list[SessionRecord]:
        """Every session, oldest first, with its exercises."""
        rows = self._db.execute(
            "SELECT id, started, ended, program, queued, outcome, played_ms, pain_before, "
            "pain_after FROM sessions ORDER BY started, id"
        ).fetchall()
        exercises: dict[int, list[ExerciseRecord]] = {}
        for row in self._db.execute(
            "SELECT session_id, position, exercise, done, segments_done, segments, sides_done,"
            " rounds_done, rounds, feeling FROM exercises ORDER BY session_id, position"
        ):
            exercises.setdefault(row[0], []).append(
                ExerciseRecord(
                    position=row[1],
                    exercise=row[2],
                    done=Done(row[3]) if row[3] in Done._value2member_map_ else Done.SKIPPED,
                    segments_done=row[4],
                    segments=row[5],
                    sides_done=tuple(s for s in row[6].split(",") if s),
                    rounds_done=row[7],
                    rounds=row[8],
                    feeling=Feeling(row[9]) if row[9] in Feeling._value2member_map_ else None,
                )
            )
        out = []
        for row in rows:
            try:
                queued = tuple(str(i) for i in json.loads(row[4]))
            except (ValueError, TypeError):
                queued = ()
            out.append(
                SessionRecord(
                    id=row[0],
                    started=datetime.fromisoformat(row[1]),
                    ended=datetime.fromisoformat(row[2]) if row[2] else None,
                    program=row[3],
                    queued=queued,
                    outcome=Outcome(row[5]) if row[5] in Outcome._value2member_map_ else None,
                    played_ms=row[6],
                    pain_before=row[7],
                    pain_after=row[8],
                    exercises=tuple(exercises.get(row[0], [])),
                )
            )
        return out

    def version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def export_csv(self, out: TextIO, names: dict[str, str] | None = None) -> int:
        """One row per exercise of every session (a spreadsheet's natural shape);
        returns the number of rows written."""
        names = names or {}
        writer = csv.writer(out)
        writer.writerow(
            ["session", "started", "ended", "outcome", "program", "minutes", "pain_before",
             "pain_after", "position", "exercise", "name", "done", "rounds_done", "rounds",
             "sides_done", "feeling"]
        )  # fmt: skip
        count = 0
        for s in self.sessions():
            base = [s.id, _stamp(s.started), _stamp(s.ended) if s.ended else "",
                    s.outcome.value if s.outcome else "interrupted", s.program or "",
                    f"{s.minutes:.1f}", _blank(s.pain_before), _blank(s.pain_after)]  # fmt: skip
            for r in s.exercises or (None,):
                if r is None:
                    writer.writerow([*base, "", "", "", "", "", "", "", ""])
                else:
                    writer.writerow(
                        [*base, r.position + 1, r.exercise, names.get(r.exercise, ""),
                         r.done.value, r.rounds_done, r.rounds, " ".join(r.sides_done),
                         r.feeling.value if r.feeling else ""]
                    )  # fmt: skip
                count += 1
        return count

    def backup_to(self, target: Path) -> None:
        """A consistent copy of the whole history (SQLite's online backup)."""
        copy = sqlite3.connect(str(target))
        try:
            self._db.backup(copy)
        finally:
            copy.close()


class _NotOursError(Exception):
    pass


def _blank(value: int | None) -> str:
    return "" if value is None else str(value)


def _cannot(path: Path | None, error: Exception) -> Message:
    return Message.of(
        QT_TRANSLATE_NOOP("Problem", "The practice history {path} cannot be saved ({reason})."),
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
