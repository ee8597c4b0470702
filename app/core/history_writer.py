"""The one writer of the practice history: a thread with a queue, so that no write ever
waits on the GUI thread.

Why a thread and not a zero busy timeout on the GUI thread: another program holding the
history's lock is one way a write can wait; a checkpoint's ``fsync`` on a slow disk is
another, and the GUI thread must not wait for either (a cue is due every few hundred
milliseconds). So the GUI thread only puts a change (``history_db.Op``) in the queue — a
few microseconds — and this thread writes the changes one by one, in order, each in its
own transaction on its own connection.

When a write fails (locked, disk full, read-only), the change stays first in the queue and
is tried again after a pause that doubles from ``first_delay`` (50 ms) up to ``max_delay``
(2 s); the changes behind it wait their turn, so they land in
the order they were made, and nothing is dropped. ``retry_now`` cuts a pause short (the
folder can be written again). What the thread has to say goes to ``emit`` — from this
thread, so the Qt side passes it on through a queued signal:

- :class:`Blocked` once when writing stops working, :class:`Recovered` once when it works
  again (the notice can go);
- :class:`Given` when the file gave a session its id (the recorder named it provisionally);
- :class:`Loaded` with a reading asked for by :meth:`HistoryWriter.load`;
- :class:`Opened` when opening set a damaged file aside; :class:`Dropped` when a change
  failed in a way no retry can mend (a constraint of the file, or a bug): it is not tried
  again — a lock passes, a constraint does not — but handed back in the event (with the
  changes of a session whose start was dropped), so that it is said and kept;
- :class:`Reached` when the changes queued before :meth:`HistoryWriter.mark` are done.

Pure Python (``threading``), no Qt: the core stays Qt-free and the tests drive it directly.
"""

from __future__ import annotations

import contextlib
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from app.core.history_db import (
    Begin,
    HistoryError,
    HistoryStore,
    Op,
    Reading,
    Update,
)
from app.core.problems import QT_TRANSLATE_NOOP, Message

# The writer's own connection waits this long for a lock before its attempt counts as
# failed (then the backoff pauses). Short, so that closing never waits long for it.
WRITER_TIMEOUT_S = 0.1


@dataclass(frozen=True, slots=True)
class Blocked:
    message: Message
    busy: bool  # another program holds the lock (not a full or read-only disk)


@dataclass(frozen=True, slots=True)
class Recovered:
    pass


@dataclass(frozen=True, slots=True)
class Given:
    provisional: int
    actual: int


@dataclass(frozen=True, slots=True)
class Loaded:
    reading: Reading


@dataclass(frozen=True, slots=True)
class Opened:
    problem: Message


@dataclass(frozen=True, slots=True)
class Dropped:
    message: Message
    ops: tuple[Op, ...] = ()  # what was not written (file ids where the file gave them)


@dataclass(frozen=True, slots=True)
class Reached:
    token: object


Event = Blocked | Recovered | Given | Loaded | Opened | Dropped | Reached


@dataclass(frozen=True, slots=True)
class _Load:
    """Read the whole history (after the changes queued before it)."""


@dataclass(frozen=True, slots=True)
class _Mark:
    """Say :class:`Reached` once the changes queued before it are done."""

    token: object


_Job = Op | _Load | _Mark


def _open(path: Path) -> HistoryStore:
    return HistoryStore.open(path, timeout=WRITER_TIMEOUT_S)


class HistoryWriter:
    """Writes changes to the history at ``path`` on a thread of its own, in order."""

    def __init__(
        self,
        path: Path,
        emit: Callable[[Event], None],
        opener: Callable[[Path], HistoryStore] = _open,
        first_delay: float = 0.05,
        max_delay: float = 2.0,
    ) -> None:
        self.first_delay = first_delay  # the pause after a failed write, doubling...
        self.max_delay = max_delay  # ...up to this
        self._path = path
        self._emit = emit
        self._opener = opener
        self._queue: deque[_Job] = deque()
        self._current: _Job | None = None  # being written now
        self._cond = threading.Condition()
        self._stopping = False  # write what is queued, then end
        self._give_up = False  # end now
        self._nudged = False
        self._ids: dict[int, int] = {}  # provisional id → the file's id
        self.attempts = 0  # writes tried, failed ones included (for tests and figures)
        self._thread = threading.Thread(target=self._run, name="history-writer", daemon=True)
        self._thread.start()

    # -- the GUI thread's side ------------------------------------------------------------

    def submit(self, op: Op) -> None:
        """Queue ``op``. An :class:`Update` of an exercise replaces one of the same exercise
        still waiting (it says everything the older one did, and more)."""
        with self._cond:
            if isinstance(op, Update):
                key = (op.session, op.record.position)
                for waiting in list(self._queue):
                    if (
                        isinstance(waiting, Update)
                        and (waiting.session, waiting.record.position) == key
                    ):
                        self._queue.remove(waiting)
                        op = replace(op, played_ms=max(op.played_ms, waiting.played_ms))
            self._queue.append(op)
            self._cond.notify_all()

    def load(self) -> None:
        """Read the history on this thread (after what is queued) and emit :class:`Loaded`:
        for when the GUI thread could not read it without waiting."""
        with self._cond:
            self._queue.append(_Load())
            self._cond.notify_all()

    def mark(self, token: object) -> None:
        """Emit :class:`Reached` with ``token`` once what is queued now is written (or
        dropped, which is said on its own)."""
        with self._cond:
            self._queue.append(_Mark(token))
            self._cond.notify_all()

    def retry_now(self) -> None:
        """Cut the current pause short: the reason for the failure may have gone."""
        with self._cond:
            self._nudged = True
            self._cond.notify_all()

    @property
    def pending(self) -> int:
        """Changes not yet written."""
        with self._cond:
            return len(self._queue) + (self._current is not None)

    def flush(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for every queued change to be written. Never
        called on the GUI thread while the app runs (tests, and a backup's worker, do)."""
        with self._cond:
            return self._cond.wait_for(
                lambda: not self._queue and self._current is None, timeout=timeout
            )

    def close(self, timeout: float) -> list[Op]:
        """Write what is queued, waiting up to ``timeout`` seconds, then end the thread.
        Returns the changes that could not be written in that time (with the file's ids
        where it gave them), so the caller can say so."""
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        self.flush(timeout)
        with self._cond:
            self._give_up = True
            self._cond.notify_all()
        # An attempt in progress ends within the connection's busy timeout.
        self._thread.join(timeout=WRITER_TIMEOUT_S * 5)
        with self._cond:
            left = [job for job in (self._current, *self._queue) if job is not None]
            self._queue.clear()
        ops: list[Op] = []
        for job in left:
            if isinstance(job, _Load | _Mark):
                continue
            ops.append(self._named(job))
        return ops

    def _named(self, op: Op) -> Op:
        """``op`` with the file's id for its session, where the file gave one."""
        if isinstance(op, Begin):
            return op
        return replace(op, session=self._ids.get(op.session, op.session))

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    # -- the writer thread ----------------------------------------------------------------

    def _say(self, event: Event) -> None:
        # RuntimeError: the receiver is gone (the app is closing): nobody to tell.
        with contextlib.suppress(RuntimeError):
            self._emit(event)

    def _next(self) -> _Job | None:
        with self._cond:
            while not self._queue and not (self._stopping or self._give_up):
                self._cond.wait()
            if self._give_up or not self._queue:
                return None
            job = self._queue.popleft()
            self._current = job
            return job

    def _done(self) -> None:
        with self._cond:
            self._current = None
            self._cond.notify_all()

    def _pause(self, job: _Job, delay: float) -> bool:
        """Put ``job`` back first in line and wait ``delay`` (or a nudge); False: give up."""
        with self._cond:
            self._queue.appendleft(job)
            self._current = None
            self._cond.notify_all()
            if not self._nudged:
                self._cond.wait_for(lambda: self._nudged or self._give_up, timeout=delay)
            self._nudged = False
            return not self._give_up

    def _run(self) -> None:
        store: HistoryStore | None = None
        blocked = False
        delay = self.first_delay
        dropped: set[int] = set()  # sessions whose start could not be written
        try:
            while (job := self._next()) is not None:
                if isinstance(job, _Mark):
                    self._say(Reached(job.token))
                    self._done()
                    continue
                if not isinstance(job, _Load | Begin) and job.session in dropped:
                    # Its session never made it into the file: kept with it, not written
                    # where it would change nothing.
                    self._say(Dropped(_dropped_with_session(), (job,)))
                    self._done()
                    continue
                self.attempts += 1
                try:
                    if store is None:
                        store = self._opener(self._path)
                        if store.problem is not None:
                            self._say(Opened(store.problem))
                    if isinstance(job, _Load):
                        self._say(Loaded(store.read()))
                    else:
                        store.apply(job, self._ids)
                except HistoryError as error:
                    if error.never and not isinstance(job, _Load):
                        # Written and refused (a constraint): the next try is refused too.
                        if isinstance(job, Begin):
                            dropped.add(job.session)
                        self._say(Dropped(error.message, (self._named(job),)))
                        if blocked:  # the file could be reached: a lock is gone
                            blocked = False
                            self._say(Recovered())
                        delay = self.first_delay
                        self._done()
                        continue
                    if not blocked:
                        blocked = True
                        self._say(Blocked(error.message, error.busy))
                    if store is not None and not error.busy:
                        store.close()  # opened afresh next time (the disk may be another)
                        store = None
                    if not self._pause(job, delay):
                        return
                    delay = min(delay * 2, self.max_delay)
                    continue
                except Exception as error:  # noqa: BLE001 - a bug must not stop every later write
                    if isinstance(job, Begin):
                        dropped.add(job.session)
                    ops = () if isinstance(job, _Load) else (self._named(job),)
                    self._say(Dropped(_dropped(error), ops))
                else:
                    if isinstance(job, Begin):
                        self._say(Given(job.session, self._ids[job.session]))
                    if blocked:
                        blocked = False
                        self._say(Recovered())
                    delay = self.first_delay
                self._done()
        finally:
            if store is not None:
                store.close()
            with self._cond:
                self._cond.notify_all()


def _dropped_with_session() -> Message:
    return Message.of(
        QT_TRANSLATE_NOOP(
            "Problem", "A change to the practice history was not saved: its session was not."
        )
    )


def _dropped(error: Exception) -> Message:
    return Message.of(
        QT_TRANSLATE_NOOP(
            "Problem", "A change to the practice history could not be saved ({reason})."
        ),
        reason=f"{type(error).__name__}: {error}",
    )
