"""One Breathing Room per person and data folder: a second start hands over to the first.

Why: the practice history, the saved sessions and the preferences are one person's files,
written by one process. Two windows saving at once lost saved sessions, and a backup
restored in one window would swap the history out from under the other. So the first
window start *claims* the data folder; a later start asks it to come forward (or to open
its pacer) and ends. The commands that only read (``list``, ``timeline``, ``validate``)
claim nothing and run beside it.

How (after qutebrowser's ``misc/ipc.py``, with a lock where it retries after a sleep):

- The claim is a ``QLockFile`` held for the app's whole life (stale time 0, as Qt's
  documentation asks for long-lived locks). A lock left by a killed process is found stale
  by its process id (and an ``flock`` Qt holds on it) and taken over at once.
- Only the holder of the lock listens, on a ``QLocalServer`` socket beside it, after
  removing any socket file a killed holder left: nobody else can be listening, since they
  would hold the lock. (Without the lock there is no safe way to tell a stale socket from a
  live one: with ``UserAccessOption`` a second ``listen`` even takes over a live socket, see
  the WORKAROUND in :meth:`InstanceServer.start`.)
- A start that finds the lock held connects and sends one JSON line; it retries until
  :data:`DEADLINE_MS` (the first may still be starting) and takes the lock itself if the
  first quits in the meantime.
- Both files live in a folder of the user's alone: ``$XDG_RUNTIME_DIR`` (0700 by the
  specification), else ``<tmp>/breathing-room-<uid>`` made 0700 and checked to be the
  user's own folder, not a link. Their names carry a hash of the data folder's real path,
  so each data folder (each test's temporary one too) has an instance of its own.
- What arrives on the socket is bounded and checked: one line of at most
  :data:`MAX_MESSAGE` bytes, UTF-8 JSON with known keys and types only, within
  :data:`READ_TIMEOUT_MS`, and at most :data:`MAX_CLIENTS` connections at a time. Anything
  else gets an error answer and the connection is closed; the app carries on.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import math
import os
import stat
import sys
import tempfile
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QElapsedTimer, QLockFile, QObject, Qt, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from app.services import paths

PROTOCOL = 1
MAX_MESSAGE = 4096  # bytes in one line, each way
MAX_TEXT = 200  # characters in a pattern or preset name
MAX_NUMBER = 1_000_000  # breaths, minutes and seconds beyond this are not a request
READ_TIMEOUT_MS = 3_000  # a connection that sends no whole line in this time is closed
MAX_CLIENTS = 8  # connections served at once; more are closed at once
DEADLINE_MS = 10_000  # how long a second start tries to reach the first
RETRY_MS = 100
KEEP_ALIVE_MS = 60 * 60 * 1000  # the runtime folder's files are touched this often
MAX_SOCKET_PATH = 100  # bytes: sockaddr_un holds 108 on Linux, 104 on macOS
SHARED_TMP = Path("/tmp")  # the last resort on POSIX, in our own 0700 folder

Command = Literal["show", "pacer"]
COMMANDS: tuple[Command, ...] = ("show", "pacer")


class AskError(ValueError):
    """A message that is not a request this version understands."""


@dataclass(frozen=True, slots=True)
class Ask:
    """What a second start asks of the first: to ``show`` its main window, or to open its
    ``pacer`` (playing ``pattern`` or ``preset`` when one is given)."""

    command: Command
    pattern: str | None = None
    preset: str | None = None
    breaths: int | None = None
    minutes: float | None = None
    prepare_s: float = 3.0

    def to_line(self) -> bytes:
        data: dict[str, object] = {"v": PROTOCOL, "command": self.command}
        if self.command == "pacer":
            data.update(
                pattern=self.pattern,
                preset=self.preset,
                breaths=self.breaths,
                minutes=self.minutes,
                prepare=self.prepare_s,
            )
        return json.dumps(data, ensure_ascii=True).encode("ascii") + b"\n"

    @classmethod
    def parse(cls, line: bytes) -> Ask:
        """The request in ``line``, or :class:`AskError` saying what is wrong with it."""
        data = _json_object(line)
        if data.get("v") != PROTOCOL or type(data.get("v")) is not int:
            raise AskError(f"not protocol version {PROTOCOL}")
        command = data.get("command")
        if command not in COMMANDS:
            raise AskError("unknown command")
        allowed = {"v", "command"}
        if command == "pacer":
            allowed |= {"pattern", "preset", "breaths", "minutes", "prepare"}
        if set(data) - allowed:
            raise AskError("unknown keys")
        if command == "show":
            return cls("show")
        pattern = _text(data.get("pattern"), "pattern")
        preset = _text(data.get("preset"), "preset")
        if pattern is not None and preset is not None:
            raise AskError("both a pattern and a preset")
        breaths = data.get("breaths")
        if breaths is not None and (type(breaths) is not int or abs(breaths) > MAX_NUMBER):
            raise AskError("breaths: not a whole number in range")
        minutes = _number(data.get("minutes"), "minutes")
        if breaths is not None and minutes is not None:
            raise AskError("both breaths and minutes")
        prepare = _number(data.get("prepare", 3.0), "prepare")
        return cls("pacer", pattern, preset, breaths, minutes, 3.0 if prepare is None else prepare)


@dataclass(frozen=True, slots=True)
class Answer:
    """The first start's reply: done (``ok``), with a ``text`` to pass on, or why not."""

    ok: bool
    text: str = ""

    def to_line(self) -> bytes:
        line = json.dumps({"ok": self.ok, "text": self.text[:1000]}, ensure_ascii=True)
        return line.encode("ascii") + b"\n"

    @classmethod
    def parse(cls, line: bytes) -> Answer:
        data = _json_object(line)
        ok, text = data.get("ok"), data.get("text", "")
        if type(ok) is not bool or not isinstance(text, str):
            raise AskError("not an answer")
        return cls(ok, text)


def _json_object(line: bytes) -> dict[str, object]:
    if len(line) > MAX_MESSAGE:
        raise AskError("too long")
    try:
        data = json.loads(line.decode("utf-8"), parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise AskError(f"not JSON: {type(error).__name__}") from None
    if not isinstance(data, dict):
        raise AskError("not a JSON object")
    return data


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not a number")


def _text(value: object, key: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not 0 < len(value) <= MAX_TEXT:
        raise AskError(f"{key}: not a short text")
    return value


def _number(value: object, key: str) -> float | None:
    if value is None:
        return None
    if type(value) not in (int, float):
        raise AskError(f"{key}: not a number")
    number = float(value)  # type: ignore[arg-type]
    if not math.isfinite(number) or abs(number) > MAX_NUMBER:
        raise AskError(f"{key}: not a number in range")
    return number


# -- where ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Place:
    """The lock file and the server's name (a socket path, or a pipe name on Windows)."""

    lock: Path
    server: str


def place(data_dir: Path | None = None) -> Place | None:
    """Where the instance for ``data_dir`` (default: the app's) keeps its lock and socket,
    or None when no folder of the user's alone can be found for them."""
    real = os.path.realpath(data_dir if data_dir is not None else paths.data_dir())
    digest = hashlib.sha256(os.fsencode(real)).hexdigest()[:16]
    stem = f"breathing-room-{digest}"
    for folder in _candidate_folders():
        if not _is_private(folder):
            continue
        lock = folder / f"{stem}.lock"
        if os.name == "nt":  # a named pipe, per user by its name; QLocalServer limits access
            return Place(lock, f"{stem}-{_user()}")
        socket = folder / f"{stem}.socket"
        if len(os.fsencode(str(socket))) <= MAX_SOCKET_PATH:
            return Place(lock, str(socket))
    return None


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError, ImportError):
        return "user"


def _candidate_folders() -> list[Path]:
    found = []
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and Path(runtime).is_absolute():
        found.append(Path(runtime))
    owner = str(os.getuid()) if hasattr(os, "getuid") else _user()
    found.append(Path(tempfile.gettempdir()) / f"breathing-room-{owner}")
    if os.name != "nt" and Path(tempfile.gettempdir()) != SHARED_TMP:
        # macOS's per-user temporary folder is too deep for a socket's path.
        found.append(SHARED_TMP / f"breathing-room-{owner}")
    return found


def _is_private(folder: Path) -> bool:
    """Whether ``folder`` is a real folder (not a link) of this user's that no one else can
    enter; our own folder in the shared temporary folder is made so if it is missing."""
    own = folder.name.startswith("breathing-room-")
    if own:
        with suppress(OSError):
            paths.private_folder(folder)
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    if not stat.S_ISDIR(info.st_mode):
        return False  # a link someone planted in /tmp, or a file: not ours to use
    if not hasattr(os, "getuid"):
        return True
    if info.st_uid != os.getuid():
        return False
    if info.st_mode & 0o077:
        if not own:
            return False  # the user's runtime folder is theirs to set; ours we fix
        try:
            folder.chmod(0o700)
        except OSError:
            return False
    return True


# -- claiming ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HandedOver:
    """The running instance took the request and answered."""

    answer: Answer


@dataclass(frozen=True, slots=True)
class NoAnswer:
    """Another process holds the claim but did not answer in time."""

    pid: int


@dataclass(frozen=True, slots=True)
class Unavailable:
    """No claim can be made here (no private folder, a lock that cannot be written): the
    app runs without one, and says why."""

    reason: str


def claim_or_hand_over(
    ask: Ask, data_dir: Path | None = None, deadline_ms: int = DEADLINE_MS
) -> Claim | HandedOver | NoAnswer | Unavailable:
    """Claim the data folder, or hand ``ask`` to the process that holds it.

    Needs no application object: it runs before the first one is made."""
    where = place(data_dir)
    if where is None:
        return Unavailable("no private folder for the instance lock")
    lock = QLockFile(str(where.lock))
    lock.setStaleLockTime(0)  # held for the app's life: only a dead holder makes it stale
    clock = QElapsedTimer()
    clock.start()
    while True:
        if lock.tryLock(0):
            return Claim(lock, where)
        if lock.error() != QLockFile.LockError.LockFailedError:
            return Unavailable(f"{where.lock}: cannot write the lock ({lock.error().name})")
        left = deadline_ms - clock.elapsed()
        # One exchange may take what is left: a first instance busy for a moment (making
        # its window) answers late, not never.
        answer = _send(where.server, ask, max(1, left))
        if answer is not None:
            return HandedOver(answer)
        left = deadline_ms - clock.elapsed()
        if left <= 0:
            info = lock.getLockInfo()
            pid = info[0] if isinstance(info, tuple) and info else 0
            return NoAnswer(int(pid) if isinstance(pid, int) else 0)
        # Wait for the holder to listen or to go, in Qt's lock wait rather than a sleep.
        if lock.tryLock(int(min(RETRY_MS, left))):
            return Claim(lock, where)


def _send(server: str, ask: Ask, timeout_ms: int) -> Answer | None:
    """One request, one answer; None when nobody listens or no whole answer came."""
    socket = QLocalSocket()
    socket.setReadBufferSize(MAX_MESSAGE + 1)
    clock = QElapsedTimer()
    clock.start()
    socket.connectToServer(server)
    if not socket.waitForConnected(timeout_ms):
        return None
    try:
        socket.write(ask.to_line())
        if not socket.waitForBytesWritten(max(1, timeout_ms - clock.elapsed())):
            return None
        data = b""
        while b"\n" not in data and len(data) <= MAX_MESSAGE:
            if socket.bytesAvailable() == 0 and not socket.waitForReadyRead(
                max(1, timeout_ms - clock.elapsed())
            ):
                break
            data += bytes(socket.read(MAX_MESSAGE + 1 - len(data)).data())
        line, newline, _ = data.partition(b"\n")
        if not newline:
            return None
        try:
            return Answer.parse(line)
        except AskError:
            return None
    finally:
        socket.abort()


# -- the claim and its server --------------------------------------------------------------


class Claim:
    """This process holds the data folder. :meth:`listen` once the app can answer;
    :meth:`release` at the end (the lock and the socket go with it).

    A plain object, not a ``QObject``: it is made before any application object exists."""

    def __init__(self, lock: QLockFile, where: Place) -> None:
        self._lock = lock
        self.place = where
        self.server: InstanceServer | None = None

    def listen(
        self, handler: Callable[[Ask], Answer], read_timeout_ms: int = READ_TIMEOUT_MS
    ) -> bool:
        """Answer requests with ``handler`` (on the GUI thread); False if the socket cannot
        be made (the app then runs on, and a second start reports that it got no answer)."""
        server = InstanceServer(self.place.server, handler, read_timeout_ms)
        if not server.start():
            server.deleteLater()
            return False
        self.server = server
        return True

    def release(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server.deleteLater()
            self.server = None
        self._lock.unlock()


class InstanceServer(QObject):
    """The socket a second start talks to.

    Signals: ``asked(object)`` with each valid :class:`Ask`, after the handler answered it;
    ``refused(str)`` with why a connection's message was not a request."""

    asked = Signal(object)
    refused = Signal(str)

    def __init__(self, name: str, handler: Callable[[Ask], Answer], read_timeout_ms: int) -> None:
        super().__init__()
        self._name = name
        self._handler = handler
        self._read_timeout_ms = read_timeout_ms
        self._server: QLocalServer | None = None
        self._connections: set[_Connection] = set()
        self._keep_alive = QTimer(self)
        self._keep_alive.setObjectName("instanceKeepAlive")
        self._keep_alive.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._keep_alive.setInterval(KEEP_ALIVE_MS)
        self._keep_alive.timeout.connect(self._touch)

    @property
    def connections(self) -> int:
        return len(self._connections)

    def start(self) -> bool:
        # Any socket file here was left by a holder that died: we hold the lock now.
        QLocalServer.removeServer(self._name)
        server = QLocalServer(self)
        # WORKAROUND: QTBUG-48635 - with UserAccessOption, listen() succeeds even when
        # another server is listening on the name (it is made elsewhere and renamed into
        # place), so listen() cannot detect a live instance. The lock is what does.
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._accept)
        if not server.listen(self._name):
            print(
                f"breathing-room: {self._name}: cannot listen for a second start "
                f"({server.errorString()})",
                file=sys.stderr,
            )
            server.deleteLater()
            return False
        if os.name != "nt":
            with suppress(OSError):
                Path(self._name).chmod(0o600)  # belt and braces: the folder is 0700
        self._server = server
        self._keep_alive.start()
        return True

    def stop(self) -> None:
        self._keep_alive.stop()
        for connection in list(self._connections):
            connection.close()
        if self._server is not None:
            self._server.close()  # removes the socket file
            self._server.deleteLater()
            self._server = None

    def _accept(self) -> None:
        server = self._server
        if server is None:
            return
        while server.hasPendingConnections():
            socket = server.nextPendingConnection()
            if len(self._connections) >= MAX_CLIENTS:
                socket.abort()
                socket.deleteLater()
                self.refused.emit("too many connections")
                continue
            connection = _Connection(socket, self._answer, self._read_timeout_ms, self)
            self._connections.add(connection)
            connection.done.connect(lambda c=connection: self._connections.discard(c))
            connection.refused.connect(self.refused)
            connection.start()

    def _answer(self, ask: Ask) -> Answer:
        try:
            answer = self._handler(ask)
        except Exception as error:  # noqa: BLE001 - a request must never take the app down
            from app.services.crash import write_report

            report = write_report(type(error), error, error.__traceback__)
            print(f"breathing-room: a second start's request failed ({report})", file=sys.stderr)
            return Answer(False, str(error))
        self.asked.emit(ask)
        return answer

    def _touch(self) -> None:
        """Keep the files from a cleaner of old temporary files, and come back if the socket
        went all the same (the XDG specification allows removing files untouched for 6 h)."""
        with suppress(OSError):
            os.utime(self._name)
        if os.name != "nt" and self._server is not None and not Path(self._name).exists():
            self._server.close()
            self._server.deleteLater()
            self._server = None
            self._keep_alive.stop()
            self.start()


class _Connection(QObject):
    """One client: at most one line read (bounded), one answer written, then closed.

    Signals: ``done()`` when closed, whatever the reason; ``refused(str)`` with why the
    message was not a request."""

    done = Signal()
    refused = Signal(str)

    def __init__(
        self,
        socket: QLocalSocket,
        answer: Callable[[Ask], Answer],
        timeout_ms: int,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._socket = socket
        socket.setParent(self)
        # Qt reads no more from the peer than this, however much it sends.
        socket.setReadBufferSize(MAX_MESSAGE + 1)
        self._answer = answer
        self._buffer = b""
        self._replied = False
        self._closed = False
        self._timer = QTimer(self)
        self._timer.setObjectName("instanceReadTimeout")
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self.close)
        socket.readyRead.connect(self._read)
        socket.disconnected.connect(self.close)

    def start(self) -> None:
        self._timer.start()
        self._read()  # what arrived with the connection
        if self._socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
            self.close()

    def _read(self) -> None:
        if self._replied or self._closed:
            return
        if not self._socket.isOpen():  # the peer went before a word was read
            self.close()
            return
        room = MAX_MESSAGE + 1 - len(self._buffer)
        self._buffer += bytes(self._socket.read(room).data())
        line, newline, _ = self._buffer.partition(b"\n")
        if not newline:
            if len(self._buffer) > MAX_MESSAGE:
                self._refuse("request too long")
            return
        try:
            ask = Ask.parse(line)
        except AskError as error:
            self._refuse(str(error))
            return
        self._reply(self._answer(ask))

    def _refuse(self, why: str) -> None:
        self.refused.emit(why)
        self._reply(Answer(False, f"not a request: {why}"))

    def _reply(self, answer: Answer) -> None:
        self._replied = True
        self._socket.write(answer.to_line())
        # Closes once the answer is out; a peer that never reads is cut off by the timer.
        self._socket.disconnectFromServer()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._timer.stop()
        self._socket.abort()
        self.done.emit()
        self.deleteLater()
