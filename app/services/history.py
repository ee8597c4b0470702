"""Records every guided session as it plays, into the history in the user's data folder.

The player says what happens (segment changes, its state); the core's :class:`Tracker`
turns that into what each exercise has done; the recorder applies each change to the
history it keeps in memory and queues it for the writer thread, which writes it, one small
transaction each time an exercise moves on. A history that cannot be written (locked by
another program, a full or read-only disk) turns into one notice, the changes wait in
order and are written when it can be again (the notice then goes): practice never waits
for a disk. What the file could not take by closing time is kept beside it
(``history.sqlite3.unsaved``, plain JSON; said on stderr too, as the window goes) and
saved at the next start, which says so once they are in. A change the file refuses for
good (a constraint: trying again cannot help) is not retried but kept beside it
(``history.sqlite3.unsaved-refused-…``, not replayed) and said once.
"""

from __future__ import annotations

import contextlib
import errno
import stat
import sys
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from app.core.history import Feeling, Outcome, SessionRecord, Tracker
from app.core.history_db import (
    MAX_UNSAVED_BYTES,
    PROVISIONAL,
    Begin,
    Delete,
    End,
    Feel,
    HistoryError,
    HistoryStore,
    Op,
    Pain,
    Reading,
    Update,
    apply_to,
    ops_from_json,
    ops_to_json,
    read_only,
)
from app.core.history_writer import (
    Blocked,
    Dropped,
    Event,
    Given,
    HistoryWriter,
    Loaded,
    Opened,
    Reached,
    Recovered,
)
from app.core.problems import Message
from app.core.timeline import Timeline
from app.player import Player, State
from app.services import i18n, options, paths, routine_store, storage

HISTORY_FILE = "history.sqlite3"
# A history up to this size is read on the GUI thread at first use, a larger one on the
# writer thread. Measured on a busy two-core host: 3,650 sessions of 8 exercises (ten
# years, daily; 2.4 MB) take 0.24–0.5 s, so 0.5 MB (about 750 sessions) about 50 ms.
SYNC_READ_BYTES = 500_000


def _size(path: Path) -> int:
    """The history file's size (0 when there is none yet). Its write-ahead log is not
    counted: SQLite keeps that file at its largest size, whatever it still holds."""
    try:
        return path.stat().st_size
    except OSError:
        return 0


def check_ins_wanted() -> bool:
    return options.CHECK_INS.read()


def set_check_ins(on: bool) -> None:
    options.CHECK_INS.write(on)


class SessionRecorder(QObject):
    """Records sessions as they play, and is the app's view of the history.

    Signals: ``notice(str)`` once when the history cannot be read or written (and once
    when rows of it cannot be used); ``cleared()`` when it can be written again after such
    a notice (the notice can go); ``recorded()`` when the history changed (views refresh);
    ``ready()`` when a history being read (:attr:`loading`) has been read, or turned out
    to be locked (:attr:`busy`).

    The history is read once, on first use, and then kept in memory: every change is
    applied to that copy at once and queued for the writer thread
    (:class:`~app.core.history_writer.HistoryWriter`), so what the windows show is never
    behind what was done, and reading never touches the file (or its lock) again until the
    history is closed. The first read is on the GUI thread, with a zero busy timeout, when
    the file is small enough to be read at once (:data:`SYNC_READ_BYTES`); a larger one,
    or one another program has locked, is read on the writer thread (:attr:`loading`) and
    handed over when it can be.

    A new session gets a provisional id (:data:`~app.core.history_db.PROVISIONAL` and up)
    until the file gives it one; an old id still works (:meth:`resolve`).
    """

    notice = Signal(str)
    cleared = Signal()
    recorded = Signal()
    ready = Signal()
    _from_writer = Signal(object)

    CLOSE_WAIT_S = 0.5  # at close, how long the GUI waits for queued writes to land

    def __init__(
        self, player: Player, parent: QObject | None = None, *, listen: bool = True
    ) -> None:
        super().__init__(parent)
        self._player = player
        self._opened = False
        self._sessions: list[SessionRecord] = []
        self._writer: HistoryWriter | None = None
        self._path: Path | None = None
        self._reader: HistoryStore | None = None  # for a backup's online copy (see store)
        self._next_id = PROVISIONAL
        self._alias: dict[int, int] = {}  # provisional id → the file's id
        self._blocked = False
        self.blocked_text = ""  # the notice that said the history cannot be read or saved
        self.loading = False  # being read on the writer thread: shown as empty until then
        self.busy = False  # ...because another program holds its lock
        self._locked = False  # this recorder holds a share of history_lock
        self._said_held = False
        self._session: int | None = None
        self._tracker: Tracker | None = None
        self._unwritten: set[int] = set()  # exercise positions changed since the last write
        self.last_session: int | None = None  # the one the after-session check-in is for
        self._aside: list[Op] = []  # changes the file refused for good (kept beside it)
        self._aside_path: Path | None = None
        self._replayed = 0  # changes kept at the last close, queued and not yet written
        self._from_writer.connect(self._on_writer, Qt.ConnectionType.QueuedConnection)
        if listen:  # else a session host calls on_segment and on_state in its order
            player.segment_changed.connect(self.on_segment)
            player.state_changed.connect(self.on_state)
        storage.notices.recovered.connect(self._retry)

    @Slot()
    def _retry(self) -> None:
        """The folder can be written again: try the waiting writes now."""
        if self._writer is not None:
            self._writer.retry_now()

    # -- the history ----------------------------------------------------------------------

    @property
    def path(self) -> Path:
        return self._path or paths.data_dir() / HISTORY_FILE

    def _open(self) -> None:
        """Read the history (first use) and start the writer thread."""
        if self._opened:
            return
        if not self._take_lock():
            return  # another Breathing Room has it (said once), or a restore: next use
        self._opened = True
        path = self._path = paths.data_dir() / HISTORY_FILE
        self._writer = HistoryWriter(path, self._from_writer.emit)
        if _size(path) > SYNC_READ_BYTES:
            # The writer thread opens it (and says what it finds); what was kept at the
            # last close is queued first, so the reading it hands over includes it.
            self._replay_unsaved()
            self._load_later()
            return
        reading: Reading | None = None
        try:
            store = HistoryStore.open(path, timeout=0)  # the GUI thread never waits
        except HistoryError as error:
            if error.busy:
                self._replay_unsaved()
                self._load_later(error.message)
                return
            self._say(i18n.message_text(error.message))
            with contextlib.suppress(HistoryError):
                reading = read_only(path)  # a read-only disk: shown, if not kept
        else:
            try:
                if store.problem is not None:
                    self._say(i18n.message_text(store.problem))
                reading = store.read()
            except HistoryError as error:  # locked between opening and reading
                self._replay_unsaved()
                self._load_later(error.message if error.busy else None)
                return
            finally:
                store.close()
        if reading is not None:
            self._take(reading)
        self._replay_unsaved()

    def _load_later(self, busy: Message | None = None) -> None:
        """Read the history on the writer thread; ``busy``: because it is locked now."""
        self.loading = True
        if busy is not None:
            self.busy = self._blocked = True
            self.blocked_text = (
                self.tr("The practice history %1 cannot be read yet: another program is "
                        "using it. It is shown as soon as it is free.")
                .replace("%1", str(self.path))
                + " "
                + self.tr("What you practise is kept, and saved as soon as it can be.")
            )  # fmt: skip
            self._say(self.blocked_text)
        assert self._writer is not None
        self._writer.load()

    # -- changes that could not be written before closing ---------------------------------

    @property
    def unsaved_path(self) -> Path:
        """Where changes the history could not take by closing time wait for the next start."""
        return self.path.with_name(self.path.name + ".unsaved")

    def _identity(self) -> list[int] | None:
        """Which history file this is (device and inode): changes kept for one are never
        applied to another, such as a restored backup put in its place."""
        try:
            status = self.path.stat()
        except OSError:
            return None
        return [status.st_dev, status.st_ino]

    def _keep_unsaved(self, ops: list[Op]) -> None:
        """Closing while the history is locked (or the disk full): the changes still
        queued go to :attr:`unsaved_path`, and are saved at the next start. (If that file
        is still there, not applied, they go beside it, dated, and are said.)"""
        target, automatic = self.unsaved_path, True
        if target.exists():
            target = target.with_name(f"{target.name}-{datetime.now():%Y%m%d-%H%M%S}")
            automatic = False
        try:
            routine_store.write_text(target, ops_to_json(ops, self._identity()))
        except routine_store.StoreError as error:
            self._say_at_close(
                self.tr("%n change(s) to the practice history could not be saved in %1 (%2).",
                        "", len(ops))
                .replace("%1", str(self.path)).replace("%2", str(error.problem))
            )  # fmt: skip
            return
        text = (
            self.tr("%n change(s) to the practice history could not be saved yet; kept in "
                    "%1, saved at the next start.", "", len(ops))
            if automatic
            else self.tr("%n change(s) to the practice history could not be saved; kept in %1.",
                         "", len(ops))
        )  # fmt: skip
        self._say_at_close(text.replace("%1", str(target)))

    def _say_at_close(self, text: str) -> None:
        """Said as the app closes: a box would go with it, so the terminal hears it too (and
        the next start says what became of the changes)."""
        print(f"Breathing Room: {text}", file=sys.stderr)
        self._say(text)

    def _replay_unsaved(self) -> None:
        """Apply the changes kept at the last close (see :meth:`_keep_unsaved`), once."""
        source = self.unsaved_path
        try:
            status = source.stat()
            if not stat.S_ISREG(status.st_mode):  # a FIFO would hang the start
                raise OSError(errno.EINVAL, "not a regular file")
            if status.st_size > MAX_UNSAVED_BYTES:
                raise OSError(errno.EFBIG, "too large")
            text = source.read_text(encoding="utf-8", errors="replace")
        except OSError as error:
            if error.errno in (errno.ENOENT, errno.ENOTDIR):
                return  # nothing was kept (or there is no folder to keep it in): not a problem
            self._say(self.tr("The practice not yet saved in %1 cannot be read (%2).")
                      .replace("%1", str(source))
                      .replace("%2", error.strerror or str(error)))  # fmt: skip
            return
        ops, belongs, problems = ops_from_json(text, str(source))
        if not ops or belongs != self._identity():
            aside = source.with_name(f"{source.name}-{datetime.now():%Y%m%d-%H%M%S}")
            with contextlib.suppress(OSError):
                source.rename(aside)  # kept as it is, for whoever wants to look
            if problems:
                self._say(i18n.message_text(problems[0]))
            else:
                self._say(
                    self.tr("Practice not saved last time belongs to another history file (a "
                            "backup was put in its place); it was kept in %1.")
                    .replace("%1", str(aside))
                )  # fmt: skip
            return
        try:
            source.unlink()  # from here on the queue has them (and the next close, if need be)
        except OSError as error:
            self._say(self.tr("The practice not yet saved in %1 cannot be read (%2).")
                      .replace("%1", str(source)).replace("%2", str(error)))  # fmt: skip
            return
        renamed: dict[int, int] = {}
        for op in ops:
            if isinstance(op, Begin):
                self._next_id += 1
                renamed[op.session] = self._next_id
            self._change(replace(op, session=renamed.get(op.session, op.session)))
        for problem in problems[:1]:
            self._say(i18n.message_text(problem))
        if ops and self._writer is not None:
            self._replayed = len(ops)
            self._writer.mark(self._replay_mark)  # said when they are in the file
        if ops:
            self.recorded.emit()

    _replay_mark = "unsaved"

    def _set_aside(self, ops: tuple[Op, ...], message: Message) -> None:
        """Changes the file refused for good (a constraint; see ``history_writer``): not
        tried again, but kept beside the history (this run's in one file), said once."""
        self._aside.extend(ops)
        first = self._aside_path is None
        if self._aside_path is None:
            self._aside_path = self.unsaved_path.with_name(
                f"{self.unsaved_path.name}-refused-{datetime.now():%Y%m%d-%H%M%S}"
            )
        kept = True
        if self._aside:
            try:
                routine_store.write_text(
                    self._aside_path, ops_to_json(self._aside, self._identity())
                )
            except routine_store.StoreError:
                kept = False
        if first:
            text = i18n.message_text(message)
            if self._aside and kept:
                text += " " + self.tr("What was not saved is kept in %1.").replace(
                    "%1", str(self._aside_path)
                )
            self._say(text)

    def _take_lock(self) -> bool:
        """The history has one owner (``history_lock``: a restore replaces the file, and a
        second Breathing Room writing into the old one would lose what it records). A
        restore a crash cut short is finished first, and said."""
        from app.services import history_lock, restore_marks

        if restore_marks.pending():
            from app.services import backup

            backup.finish_interrupted()
        for text in restore_marks.take_notices():
            self._say(text)
        try:
            self._locked = history_lock.acquire()
        except history_lock.HeldElsewhereError as error:
            if error.holder is not None and not self._said_held:
                self._said_held = True
                self._say(
                    self.tr("The practice history is open in another Breathing Room (%1); "
                            "this window does not record sessions until that one is closed.")
                    .replace("%1", str(error.holder))
                )  # fmt: skip
            return False
        return True

    @property
    def recording(self) -> bool:
        """A session is being recorded now (a restore waits for it to end)."""
        return self._session is not None

    def _take(self, reading: Reading) -> None:
        """A reading of the file becomes the history, with this run's changes kept on top
        (sessions begun before it arrived, still with provisional ids)."""
        own = [s for s in self._sessions if s.id >= PROVISIONAL]
        self._sessions = [*reading.sessions, *own]
        if reading.problems:
            first = i18n.message_text(reading.problems[0])
            self._say(
                self.tr("%n entry(s) of the practice history cannot be used and are left out "
                        "or read as empty; the file is not changed. The first: %1", "",
                        reading.left_out + reading.emptied)
                .replace("%1", first)
            )  # fmt: skip

    def sessions(self) -> list[SessionRecord]:
        """Every session the history holds, in recording order (never waits for the file)."""
        self._open()
        return list(self._sessions)

    @property
    def store(self) -> HistoryStore | None:
        """A connection of the calling (GUI) thread's own, for SQLite's online backup;
        None when the history cannot be opened now (locked: it never waits). Writes go
        through the writer thread, never through this; what is queued gets
        :attr:`CLOSE_WAIT_S` to land first, so a copy holds everything done so far."""
        self._open()
        self.flush(self.CLOSE_WAIT_S)
        if self._reader is None:
            with contextlib.suppress(HistoryError):
                self._reader = HistoryStore.open(self.path, timeout=0)
        return self._reader

    def flush(self, timeout: float) -> bool:
        """Wait up to ``timeout`` s for the queued writes to land (tests, a backup's worker:
        never the GUI thread while a session plays)."""
        return self._writer is None or self._writer.flush(timeout)

    @property
    def pending(self) -> int:
        """Changes made but not yet in the file."""
        return 0 if self._writer is None else self._writer.pending

    def resolve(self, session: int) -> int:
        """The id the history knows a session by now (a provisional one may have changed)."""
        return self._alias.get(session, session)

    def _say(self, text: str) -> None:
        self.notice.emit(text)

    def _kept(self, message: Message) -> str:
        return (
            i18n.message_text(message)
            + " "
            + self.tr("What you practise is kept, and saved as soon as it can be.")
        )

    def _change(self, op: Op) -> None:
        """Apply ``op`` to the history in memory now, and queue it for the file."""
        self._open()
        apply_to(self._sessions, op)
        if self._writer is not None:
            self._writer.submit(op)

    @Slot(object)
    def _on_writer(self, event: Event) -> None:
        """What the writer thread says, on the GUI thread (a queued connection)."""
        if isinstance(event, Blocked):
            if not self._blocked:
                self._blocked = True
                self.blocked_text = self._kept(event.message)
                self._say(self.blocked_text)
            if self.loading and not self.busy:  # a session waiting for it goes ahead
                self.busy = True
                self.ready.emit()
        elif isinstance(event, Recovered):
            if self._blocked:
                self._blocked = False
                self.cleared.emit()
        elif isinstance(event, Given):
            self._renumber(event.provisional, event.actual)
        elif isinstance(event, Loaded):
            self.busy = self.loading = False
            self._take(event.reading)
            if self._blocked:  # the lock is gone, or reading would not have worked
                self._blocked = False
                self.cleared.emit()
            self.ready.emit()
            self.recorded.emit()
        elif isinstance(event, Opened):
            self._say(i18n.message_text(event.problem))
        elif isinstance(event, Dropped):
            if self._replayed:
                self._replayed = max(0, self._replayed - len(event.ops))
            self._set_aside(event.ops, event.message)
        elif isinstance(event, Reached) and event.token == self._replay_mark and self._replayed:
            count, self._replayed = self._replayed, 0
            self._say(self.tr("%n change(s) from last time were saved now.", "", count))

    def _renumber(self, provisional: int, actual: int) -> None:
        self._alias[provisional] = actual
        self._sessions = [
            replace(s, id=actual) if s.id == provisional else s for s in self._sessions
        ]
        if self._session == provisional:
            self._session = actual
        if self.last_session == provisional:
            self.last_session = actual

    # -- a session ------------------------------------------------------------------------

    def begin(
        self, timeline: Timeline, program: str | None, skipped: Sequence[str] = ()
    ) -> int | None:
        """A session is about to play ``timeline`` (call after loading, before start);
        ``skipped``: what was left out of ``program`` because it hurt last time."""
        self.finish(Outcome.STOPPED)  # a session still open ends here
        tracker = Tracker(timeline)
        self._next_id += 1
        session = self._next_id
        self._change(Begin(session, datetime.now(), tuple(tracker.ids),
                           tuple(tracker.records()), program, tuple(skipped)))  # fmt: skip
        self._session, self._tracker = session, tracker
        self.last_session = session
        return session

    def finish(self, outcome: Outcome) -> None:
        session, tracker = self._session, self._tracker
        if session is None or tracker is None:
            return
        self._session = self._tracker = None
        self._unwritten.clear()  # every record is written below
        if tracker.played_ms == 0:
            # Loaded but never practised (a resume not taken up, a start stopped at once):
            # not a session worth a line in the history.
            self._change(Delete(session))
            self.last_session = None
            return
        for record in tracker.records():
            self._change(Update(session, record, tracker.played_ms))
        self._change(End(session, datetime.now(), outcome, tracker.played_ms))
        self.recorded.emit()

    def check_in(
        self,
        session: int | None,
        before: int | None = None,
        after: int | None = None,
        feelings: dict[int, Feeling | None] | None = None,
    ) -> None:
        if session is None:
            return
        session = self.resolve(session)
        if before is not None or after is not None:
            self._change(Pain(session, before, after))
        for position, feeling in (feelings or {}).items():
            self._change(Feel(session, position, feeling))
        self.recorded.emit()

    def delete(self, session: int) -> None:
        self._change(Delete(self.resolve(session)))
        self.recorded.emit()

    @Slot(int)
    def on_segment(self, index: int) -> None:
        tracker, session = self._tracker, self._session
        if tracker is None or session is None:
            return
        changed = tracker.moved_to(index)
        if changed and not self._unwritten:
            # The player says "segment changed" before it fires the cue: even queueing
            # (microseconds) waits until the tick is over.
            QTimer.singleShot(0, self._write_changes)
        self._unwritten.update(changed)

    def _write_changes(self) -> None:
        tracker, session = self._tracker, self._session
        changed, self._unwritten = sorted(self._unwritten), set()
        if tracker is None or session is None:
            return
        for position in changed:
            self._change(Update(session, tracker.record(position), tracker.played_ms))

    @Slot(str)
    def on_state(self, state: str) -> None:
        if state == State.FINISHED:
            self.finish(Outcome.FINISHED)
        elif state == State.IDLE:
            self.finish(Outcome.STOPPED)

    def close(self) -> None:
        """At exit (or before a restore replaces the file): a session still playing is
        recorded as stopped there; the queued writes get :attr:`CLOSE_WAIT_S` to land.
        What could not be written in that time is said (the file is locked or full)."""
        self.finish(Outcome.STOPPED)
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        writer, self._writer = self._writer, None
        if writer is not None:
            left = writer.close(self.CLOSE_WAIT_S)
            if left:
                self._keep_unsaved(left)
        self._opened = False
        self._sessions = []
        self._alias.clear()
        self._aside, self._aside_path, self._replayed = [], None, 0
        self._blocked = False
        self.busy = self.loading = False
        if self._locked:
            from app.services import history_lock

            self._locked = False
            history_lock.release()
