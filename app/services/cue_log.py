"""``--cues-to``: one JSON line per cue, as it fires, for external devices and for timing.

Each line: ``{"t_ms": …, "scheduled_ms": …, "kind": …, "breath": …, "exercise": …,
"side": …}``. ``t_ms`` is the player's position when the cue fired, by the monotonic clock
(milliseconds since the first segment began); ``scheduled_ms`` is when the timeline says
the segment begins, so ``t_ms - scheduled_ms`` is the cue's timing error. A late cue
also says ``"late": true``: more than ``Player.LATE_MS`` after its boundary, or fired after
its segment was already over (the process was held up and one look crossed several
boundaries: every crossed cue is still written, in order, never dropped).

A pause the person did not ask for — the process was held up for more than
``Player.SLEEP_JUMP_MS``, or the computer slept — is a line of its own, so a scripted run
never waits without a trace: ``{"event": "paused", "reason": …, "t_ms": …, "away_ms": …}``
with ``reason`` ``"stalled"`` (the computer was awake, this process did not run),
``"asleep"`` (the computer was suspended), ``"about_to_sleep"`` (a suspend was announced
and called off within a second) or ``"unknown"`` (no clock here tells a stall from a
sleep); ``t_ms`` is where the session stands (as for a cue), ``away_ms`` how long went by
unseen. When the session goes on from there: ``{"event": "resumed", "t_ms": …}``. Cue lines
have no ``"event"`` key. The person's own pauses (Space) are not written.

The target is whatever the caller names: a file, standard output (``-``), a FIFO a lamp's
driver reads, a serial device. So it is checked before any window opens
(:func:`open_target`): a folder, a missing folder, a file that cannot be written, and a
FIFO that no program reads are refused with a message saying which and why — the last
without waiting, as a plain ``open()`` would, for a reader that may never come. What can
only fail on writing (a full disk, ``/dev/full``, a reader that went away) fails on a
thread of its own, so neither a slow reader nor a stalled disk ever holds up a cue or the
window: the first failure is said once, as a notice (:attr:`CueLog.problem`, which the
pacer shows) and on standard error, and later cues are not written.
"""

from __future__ import annotations

import errno
import json
import os
import queue
import stat
import sys
import threading
from contextlib import suppress
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal, Slot

from app.core.text import visible
from app.player import Away, Player, State
from app.services.i18n import translate

# At the end of a run, how long the lines still queued may take to reach a slow reader
# before they are given up (and that is said).
CLOSE_WAIT_S = 2.0


class CueTargetError(Exception):
    """``--cues-to`` names something that cannot take the cues; the message says why."""


class CueStream(Protocol):
    def write(self, text: str, /) -> object: ...

    def flush(self) -> object: ...


class FdStream:
    """Unbuffered writes to a file descriptor: each line goes out whole or fails there and
    then, and closing never has anything left to flush (a buffered file that cannot be
    written fails again when it is closed)."""

    def __init__(self, fd: int, owned: bool = True) -> None:
        self.fd = fd
        self._owned = owned

    def write(self, text: str) -> int:
        data = text.encode("utf-8")
        view = memoryview(data)
        while view:
            written = os.write(self.fd, view)
            if written <= 0:  # pragma: no cover - write(2) reports an error instead
                raise OSError(errno.EIO, os.strerror(errno.EIO))
            view = view[written:]
        return len(data)

    def flush(self) -> None:
        """Nothing is buffered here."""

    def close(self) -> None:
        if self._owned:
            with suppress(OSError):  # what was written was written; nothing is left to lose
                os.close(self.fd)


def _reason(error: OSError) -> str:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return translate("CueLog", "the disk is full")
    if error.errno == errno.EROFS:
        return translate("CueLog", "the disk is read-only")
    if error.errno in (errno.EACCES, errno.EPERM):
        return translate("CueLog", "no permission to write there")
    if error.errno == errno.EPIPE:
        return translate("CueLog", "the program reading them has stopped")
    return error.strerror or str(error)


def open_target(target: str) -> FdStream:
    """Open ``target`` for the cues, or raise :class:`CueTargetError` saying why not.

    ``-`` is standard output. Anything else is opened for writing and truncated (a fresh
    log per run), without blocking: a FIFO that no program reads is refused at once."""
    if target == "-":
        try:
            return FdStream(os.dup(sys.stdout.fileno()))
        except (OSError, ValueError, AttributeError) as error:
            raise CueTargetError(translate("CueLog", "standard output is closed")) from error
    if not target:
        raise CueTargetError(translate("CueLog", "no file given"))
    path = Path(target)
    try:
        kind = path.stat().st_mode
    except NotADirectoryError as error:
        raise CueTargetError(
            translate("CueLog", "a part of the path is a file, not a folder")
        ) from error
    except FileNotFoundError:
        if not path.parent.is_dir():
            raise CueTargetError(
                translate("CueLog", "the folder %1 does not exist").replace(
                    "%1", visible(str(path.parent), None)
                )
            ) from None
        kind = None
    except OSError as error:
        raise CueTargetError(_reason(error)) from error
    if kind is not None and stat.S_ISDIR(kind):
        raise CueTargetError(translate("CueLog", "this is a folder, not a file"))
    if kind is not None and stat.S_ISSOCK(kind):
        raise CueTargetError(
            translate("CueLog", "this is a socket; give a file, a FIFO or a device")
        )
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags, 0o666)  # the caller's file: their umask decides
    except OSError as error:
        if error.errno == errno.ENXIO and kind is not None and stat.S_ISFIFO(kind):
            raise CueTargetError(
                translate(
                    "CueLog", "this is a FIFO that no program is reading; start the reader first"
                )
            ) from error
        if error.errno == errno.EISDIR:
            raise CueTargetError(translate("CueLog", "this is a folder, not a file")) from error
        raise CueTargetError(_reason(error)) from error
    # Writes block from here on, on the writer's thread only: a reader that is slow for a
    # moment loses nothing, and the window never waits for it.
    os.set_blocking(fd, True)
    return FdStream(fd)


class _Writer:
    """The lines, written in order on a thread of their own. After the first failure the
    rest are not written; ``error`` says what it was."""

    def __init__(self, stream: CueStream) -> None:
        self.stream = stream
        self.error: OSError | ValueError | None = None
        # A line, an event to set once the lines before it are written, or None to end.
        self._lines: queue.SimpleQueue[str | threading.Event | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="cue-log", daemon=True)
        self._thread.start()

    def put(self, line: str) -> None:
        self._lines.put(line)

    def _run(self) -> None:
        while (line := self._lines.get()) is not None:
            if isinstance(line, threading.Event):
                line.set()
                continue
            if self.error is not None:
                continue
            try:
                self.stream.write(line)
                self.stream.flush()  # a lamp or a haptic band reads the line now
            except (OSError, ValueError) as error:
                self.error = error  # a closed pipe must not stop the session

    def drain(self, timeout_s: float) -> bool:
        """Wait until the lines queued so far are written (or given up after a failure)."""
        written = threading.Event()
        self._lines.put(written)
        return written.wait(timeout_s)

    def finish(self, timeout_s: float) -> bool:
        """Write what is queued, for at most ``timeout_s``; False when it did not finish
        (a reader that stopped reading: the thread is left to the end of the process)."""
        self._lines.put(None)
        self._thread.join(timeout_s)
        return not self._thread.is_alive()


class CueLog(QObject):
    """Signals: ``problem(str)`` once, the first time a cue cannot be written."""

    problem = Signal(str)

    def __init__(
        self,
        player: Player,
        stream: CueStream,
        parent: QObject | None = None,
        name: str = "",
        *,
        listen: bool = True,
    ) -> None:
        super().__init__(parent)
        self._player = player
        # A path may hold bidi controls or invisible characters: shown as escapes.
        name = translate("CueLog", "standard output") if name == "-" else visible(name, None)
        self._name = name or translate("CueLog", "the cue log")
        self._writer = _Writer(stream)
        self._said = False
        self._closed = False
        self._paused = False  # a "paused" line was written, its "resumed" not yet
        if listen:  # else a session host calls on_cue, on_slept and on_state in its order
            player.cue.connect(self.on_cue)
            player.slept.connect(self.on_slept)
            player.state_changed.connect(self.on_state)

    @classmethod
    def open(cls, player: Player, target: str, parent: QObject | None = None) -> CueLog:
        """See :func:`open_target`; raises :class:`CueTargetError`."""
        return cls(player, open_target(target), parent, target)

    @property
    def failed(self) -> bool:
        return self._writer.error is not None

    @Slot(int)
    def on_cue(self, index: int) -> None:
        # Read the position first: the cue's moment is now, not after formatting.
        t_ms = self._player.position_ms
        timeline = self._player.timeline
        self._say_failure()
        if timeline is None or self.failed or self._closed:
            return
        segment = timeline.segments[index]
        record = {
            "t_ms": round(t_ms, 3),
            "scheduled_ms": segment.start_ms,
            "kind": segment.kind.value,
            "breath": segment.breath,
            "exercise": segment.exercise,
            "side": segment.side.value if segment.side else None,
        }
        if self._player.catching_up or t_ms - segment.start_ms > Player.LATE_MS:
            record["late"] = True
        self._writer.put(json.dumps(record) + "\n")

    @Slot(float)
    def on_slept(self, away_ms: float) -> None:
        away = self._player.away
        reason = {Away.SUSPENDED: "asleep", Away.STALLED: "stalled"}.get(away, away.value)
        self._event("paused", reason=reason, away_ms=round(away_ms, 3))
        self._paused = True

    @Slot(str)
    def on_state(self, state: str) -> None:
        if self._paused and state in (State.PREPARING, State.RUNNING):
            self._paused = False
            self._event("resumed")
        elif state in (State.IDLE, State.FINISHED):
            self._paused = False  # stopped, or started afresh: nothing goes on from there

    def _event(self, event: str, reason: str | None = None, away_ms: float | None = None) -> None:
        t_ms = self._player.position_ms
        self._say_failure()
        if self.failed or self._closed:
            return
        record: dict[str, object] = {"event": event}
        if reason is not None:
            record["reason"] = reason
        record["t_ms"] = round(t_ms, 3)
        if away_ms is not None:
            record["away_ms"] = away_ms
        self._writer.put(json.dumps(record) + "\n")

    def _say_failure(self, unfinished: bool = False) -> None:
        """Once: the notice for the window and the line on standard error."""
        error = self._writer.error
        if self._said or (error is None and not unfinished):
            return
        self._said = True
        if error is None:
            reason = translate("CueLog", "the program reading them did not keep up")
        elif isinstance(error, OSError):
            reason = _reason(error)
        else:
            reason = str(error)
        text = (
            translate(
                "CueLog", "Cues could not be written to %1 (%2); the session goes on without them."
            )
            .replace("%1", self._name)
            .replace("%2", reason)
        )
        print(f"breathing-room pacer: {text}", file=sys.stderr)
        self.problem.emit(text)

    def drain(self, timeout_s: float = CLOSE_WAIT_S) -> bool:
        """Wait until every cue so far is written: for tests and callers that read the
        target while the session goes on. False when the writer did not get there."""
        return self._closed or self._writer.drain(timeout_s)

    def close(self) -> bool:
        """Write what is still queued (waiting at most :data:`CLOSE_WAIT_S`), say a failure
        not yet said, and close the target. True when every cue was written; never raises
        (the failure was said: the command ends with status 1, not with a crash)."""
        if self._closed:
            return not self.failed
        self._closed = True
        finished = self._writer.finish(CLOSE_WAIT_S)
        self._say_failure(unfinished=not finished)
        if finished and isinstance(self._writer.stream, FdStream):
            self._writer.stream.close()
        return finished and not self.failed
