"""One Breathing Room per person and data folder (``app/services/single_instance.py``).

In this process: the messages (every byte string is a request or an ``AskError``, never
another exception), the server against junk, silence, floods and a failing handler, and
where the lock and socket live. In real processes (offscreen): a second start hands over
and exits 0, the first comes forward; ``pacer`` opens the first's pacer; ``list``,
``timeline`` and ``validate`` run beside it; a kill -9 leaves nothing that stops the next
start; junk on the real socket does not stop the app.
"""

from __future__ import annotations

import json
import os
import selectors
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from app.core.model import Catalogue
from app.services import single_instance
from app.services.single_instance import Answer, Ask, AskError, Claim
from tests.helpers.stubs import FakeClock

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def runtime(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private, short runtime folder (a socket path has at most ~100 bytes)."""
    folder = Path(tempfile.mkdtemp(prefix="br-run-"))  # mode 0700
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


# -- the messages --------------------------------------------------------------------------


def test_requests_round_trip() -> None:
    for ask in (
        Ask("show"),
        Ask("pacer"),
        Ask("pacer", pattern="4-7-8", breaths=5, prepare_s=0.0),
        Ask("pacer", preset="bridge", minutes=2.5),
    ):
        assert Ask.parse(ask.to_line().rstrip(b"\n")) == ask
    assert Answer.parse(Answer(False, "x").to_line().rstrip(b"\n")) == Answer(False, "x")


@pytest.mark.parametrize(
    "line",
    [
        b"",
        b"\xff\xfe",
        b"[" * 5000,
        b'{"v": 1, "command": "show"' + b" " * 5000 + b"}",
        b'{"v": true, "command": "show"}',
        b'{"v": 2, "command": "show"}',
        b'{"v": 1, "command": "quit"}',
        b'{"v": 1, "command": "show", "pattern": "4-7-8"}',
        b'{"v": 1, "command": "pacer", "breaths": 1e400}',
        b'{"v": 1, "command": "pacer", "minutes": NaN}',
        b'{"v": 1, "command": "pacer", "minutes": Infinity}',
        b'{"v": 1, "command": "pacer", "breaths": true}',
        b'{"v": 1, "command": "pacer", "breaths": 10000000}',
        b'{"v": 1, "command": "pacer", "pattern": ["4"]}',
        b'{"v": 1, "command": "pacer", "pattern": "4-7-8", "preset": "bridge"}',
        b'{"v": 1, "command": "pacer", "pattern": "' + b"4" * 300 + b'"}',
        b'{"v": 1, "command": "pacer", "cues_to": "/etc/passwd"}',
        b'"show"',
        b"9" * 4000,
    ],
)
def test_what_is_not_a_request_is_refused_by_name(line: bytes) -> None:
    with pytest.raises(AskError):
        Ask.parse(line)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)
KEYS = st.sampled_from(["v", "command", "pattern", "preset", "breaths", "minutes", "prepare"])


@pytest.mark.slow  # 200 generated requests: about 7 s here
@settings(max_examples=200, deadline=None, derandomize=True)
@given(
    data=st.binary(max_size=600)
    | JSON.map(lambda v: json.dumps(v).encode())
    | st.dictionaries(KEYS, JSON, max_size=7).map(lambda v: json.dumps(v).encode())
)
def test_any_bytes_are_a_request_or_a_refusal(data: bytes) -> None:
    try:
        ask = Ask.parse(data)
    except AskError:
        return
    assert ask.command in single_instance.COMMANDS
    assert Ask.parse(ask.to_line().rstrip(b"\n")) == ask


# -- where the lock and the socket live --------------------------------------------------


def test_each_data_folder_has_its_own_instance_and_a_link_finds_the_same(
    runtime: Path, tmp_path: Path
) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    (tmp_path / "link").symlink_to(one)
    first, second = single_instance.place(one), single_instance.place(two)
    assert first is not None and second is not None
    assert first.server != second.server and first.lock != second.lock
    assert single_instance.place(tmp_path / "link") == first
    assert Path(first.server).parent == runtime


def test_a_runtime_folder_others_can_enter_or_a_planted_link_is_not_used(
    monkeypatch: pytest.MonkeyPatch, runtime: Path, tmp_path: Path
) -> None:
    runtime.chmod(0o755)  # not the user's alone: not used (nor changed: it is theirs)
    shared = runtime / "tmp"  # stands for /tmp, with a short path
    shared.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(shared))
    monkeypatch.setattr(single_instance, "SHARED_TMP", shared)
    # Someone planted a link where our folder in the shared temporary folder would be.
    planted = tmp_path / "elsewhere"
    planted.mkdir(mode=0o700)
    ours = shared / f"breathing-room-{os.getuid()}"
    ours.symlink_to(planted)
    assert single_instance.place(tmp_path) is None
    assert runtime.stat().st_mode & 0o777 == 0o755
    # Without the link, our own folder is made, private.
    ours.unlink()
    where = single_instance.place(tmp_path)
    assert where is not None and Path(where.server).parent == ours
    assert ours.stat().st_mode & 0o777 == 0o700
    # Made by us but opened up since: closed again.
    ours.chmod(0o755)
    assert single_instance.place(tmp_path) == where
    assert ours.stat().st_mode & 0o777 == 0o700


def test_a_holder_that_does_not_answer_is_named_and_no_place_means_no_claim(
    runtime: Path, user_dirs: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    held = single_instance.claim_or_hand_over(Ask("show"), user_dirs["data"])
    assert isinstance(held, Claim)  # holds the lock, never listens (a hung first window)
    try:
        outcome = single_instance.claim_or_hand_over(
            Ask("show"), user_dirs["data"], deadline_ms=300
        )
        assert outcome == single_instance.NoAnswer(os.getpid())
    finally:
        held.release()
    monkeypatch.setattr(single_instance, "_candidate_folders", lambda: [])
    outcome = single_instance.claim_or_hand_over(Ask("show"), user_dirs["data"])
    assert isinstance(outcome, single_instance.Unavailable)


# -- the server against junk ---------------------------------------------------------------


class Front:
    """A stand-in for the app's windows: what it was asked, and what it answers."""

    def __init__(self) -> None:
        self.asked: list[Ask] = []
        self.fail = False

    def answer(self, ask: Ask) -> Answer:
        if self.fail:
            raise RuntimeError("the window is gone")
        self.asked.append(ask)
        return Answer(True, "came forward")


@pytest.fixture
def served(runtime: Path, user_dirs: dict[str, Path]) -> Iterator[tuple[Claim, Front]]:
    outcome = single_instance.claim_or_hand_over(Ask("show"), user_dirs["data"])
    assert isinstance(outcome, Claim)
    front = Front()
    assert outcome.listen(front.answer, read_timeout_ms=300)
    yield outcome, front
    outcome.release()
    assert not Path(outcome.place.server).exists() and not outcome.place.lock.exists()


def exchange(qtbot: QtBot, server: str, payload: bytes, timeout: int = 5_000) -> bytes:
    """Connect, send ``payload``, and collect what comes back until the server closes."""
    client = QLocalSocket()
    received = bytearray()
    client.readyRead.connect(lambda: received.extend(client.readAll().data()))
    # (Unconnected, the socket is closed, and what had come was handed over already.)
    client.connectToServer(server)
    assert client.waitForConnected(2_000)
    if payload:
        client.write(payload)
    unconnected = QLocalSocket.LocalSocketState.UnconnectedState
    qtbot.waitUntil(lambda: client.state() == unconnected, timeout=timeout)
    return bytes(received)


def test_a_request_is_answered(qtbot: QtBot, served: tuple[Claim, Front]) -> None:
    claim, front = served
    reply = exchange(qtbot, claim.place.server, Ask("pacer", preset="bridge").to_line())
    assert Answer.parse(reply.rstrip(b"\n")) == Answer(True, "came forward")
    assert front.asked == [Ask("pacer", preset="bridge")]


@pytest.mark.parametrize(
    "payload",
    [
        b"\xff\xfe\x00junk\n",
        b'{"v": 1, "command": "quit"}\n',
        b"[" * 3000 + b"\n",
        b"x" * (1 << 20),  # a megabyte without a newline: read no further than the limit
        b'{"v": 1, "command": "show"}' + b" " * 5000 + b"\n",
    ],
    ids=["binary", "unknown command", "deep", "a megabyte", "too long"],
)
def test_junk_is_refused_and_the_server_goes_on(
    qtbot: QtBot, served: tuple[Claim, Front], payload: bytes
) -> None:
    claim, front = served
    reply = exchange(qtbot, claim.place.server, payload)
    answer = Answer.parse(reply.rstrip(b"\n"))
    assert not answer.ok and "not a request" in answer.text
    assert front.asked == []
    assert exchange(qtbot, claim.place.server, Ask("show").to_line()).startswith(b'{"ok": true')
    assert claim.server is not None
    qtbot.waitUntil(lambda: claim.server is not None and claim.server.connections == 0)


@pytest.mark.slow  # 60 exchanges over the socket: about 1.4 s here
@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(payload=st.binary(min_size=1, max_size=5000).map(lambda b: b.replace(b"\n", b" ") + b"\n"))
def test_generated_junk_always_gets_a_refusal(
    qtbot: QtBot, served: tuple[Claim, Front], payload: bytes
) -> None:
    claim, front = served
    reply = exchange(qtbot, claim.place.server, payload)
    assert Answer.parse(reply.rstrip(b"\n")).ok is False
    assert front.asked == []


def test_silence_and_half_lines_are_cut_off(qtbot: QtBot, served: tuple[Claim, Front]) -> None:
    claim, front = served
    assert exchange(qtbot, claim.place.server, b"") == b""  # closed after the read timeout
    assert exchange(qtbot, claim.place.server, b'{"v": 1, "comm') == b""
    assert front.asked == []


def test_a_flood_of_connections_is_bounded(qtbot: QtBot, served: tuple[Claim, Front]) -> None:
    claim, _front = served
    assert claim.server is not None
    refused: list[str] = []
    claim.server.refused.connect(refused.append)
    idle = []
    for _ in range(single_instance.MAX_CLIENTS + 3):
        client = QLocalSocket()
        client.connectToServer(claim.place.server)
        assert client.waitForConnected(2_000)
        idle.append(client)
    qtbot.waitUntil(lambda: refused.count("too many connections") == 3)
    assert claim.server.connections <= single_instance.MAX_CLIENTS
    qtbot.waitUntil(lambda: claim.server is not None and claim.server.connections == 0)
    for client in idle:
        client.abort()
    assert exchange(qtbot, claim.place.server, Ask("show").to_line()).startswith(b'{"ok": true')


def test_a_failing_handler_is_reported_not_fatal(
    qtbot: QtBot, served: tuple[Claim, Front], user_dirs: dict[str, Path]
) -> None:
    claim, front = served
    front.fail = True
    reply = exchange(qtbot, claim.place.server, Ask("show").to_line())
    assert Answer.parse(reply.rstrip(b"\n")) == Answer(False, "the window is gone")
    assert list(user_dirs["cache"].glob("crash-*.txt"))  # a report to attach to a bug
    front.fail = False
    assert exchange(qtbot, claim.place.server, Ask("show").to_line()).startswith(b'{"ok": true')


# -- what the running app does with a pacer request ----------------------------------------


def test_a_second_starts_pacer_never_plays_over_a_session(
    qtbot: QtBot, catalogue: Catalogue, clock: FakeClock
) -> None:
    """``breathing-room pacer --preset box`` while a guided session plays or is paused in
    the main window: the session comes forward and says why; no pacer breathes over it."""
    from PySide6.QtWidgets import QApplication

    from app.player import State
    from app.ui.pacer_window import PacerWindow
    from app.ui.second_start import Front as _Front
    from tests.helpers.windows import shown_main_window

    def pacers() -> list[PacerWindow]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, PacerWindow)]

    window = shown_main_window(qtbot, catalogue, clock=clock)
    front = _Front(catalogue, "en", [])
    window.play(["cobra"])
    for pause in (False, True):
        if pause:
            window.player.pause()
        for ask in (Ask("pacer", preset="box", prepare_s=3.0), Ask("pacer")):
            answer = front.answer(ask)
            assert answer.ok and "the pacer was not started" in answer.text  # the terminal
            assert answer.text in window.session_view.notice.text()  # and the window
            assert answer.text == window.statusBar().currentMessage()
            assert window.player.state is (State.PAUSED if pause else State.PREPARING)
            assert not pacers()
    window.stop_session()
    answer = front.answer(Ask("pacer", preset="box", prepare_s=3.0))
    assert answer == Answer(True, "")
    [pacer] = pacers()
    try:
        assert pacer.player.playing
    finally:
        pacer.player.stop()


# -- real processes ------------------------------------------------------------------------


class App:
    """``python -m app`` in its own data folders, offscreen, with the instance log on."""

    def __init__(self, home: Path, runtime: Path) -> None:
        self.home = home
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(home),
            "PYTHONPATH": str(REPO),
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_RUNTIME_DIR": str(runtime),
            "BREATHING_ROOM_INSTANCE_LOG": "1",
            "BREATHING_ROOM_TTS_ENGINE": "mock",
            "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent/breathing-room-test-bus",
            "PULSE_SERVER": "unix:/nonexistent/breathing-room-test-pulse",
        }
        for kind in ("DATA", "CONFIG", "CACHE"):
            folder = home / kind.lower()
            folder.mkdir(parents=True, exist_ok=True)
            self.env[f"BREATHING_ROOM_{kind}_DIR"] = str(folder)

    def start(self, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-m", "app", "--lang", "en", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=self.env,
            cwd=self.home,
        )

    def run(self, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "app", "--lang", "en", *args],
            capture_output=True,
            text=True,
            env={**self.env, **env},
            cwd=self.home,
            timeout=60,
        )


def wait_for_line(process: subprocess.Popen[str], wanted: str, timeout: float = 60) -> list[str]:
    """Lines of ``process``'s output up to and including ``wanted`` (fails on its end)."""
    assert process.stdout is not None
    lines: list[str] = []
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not selector.select(deadline - time.monotonic()):
                break
            line = process.stdout.readline()
            assert line, f"the first instance ended: {lines}, {process.stderr}"
            lines.append(line.strip())
            if line.strip() == wanted:
                return lines
    pytest.fail(f"no '{wanted}' within {timeout} s: {lines}")


@pytest.fixture
def app_dirs(tmp_path: Path, runtime: Path) -> App:
    return App(tmp_path / "home", runtime)


@pytest.mark.slow  # a few window starts and a scripted pacer: about 17 s here
def test_a_second_start_hands_over_and_commands_run_beside(app_dirs: App) -> None:
    first = app_dirs.start()
    try:
        wait_for_line(first, "instance: ready")
        started = time.monotonic()
        second = app_dirs.run()
        took = time.monotonic() - started
        assert second.returncode == 0, second.stderr
        assert took < single_instance.DEADLINE_MS / 1000  # it was answered, not timed out
        wait_for_line(first, "instance: show")

        pacer = app_dirs.run("pacer", "--preset", "bridge", "--breaths", "3")
        assert pacer.returncode == 0, pacer.stderr
        wait_for_line(first, "instance: pacer")
        again = app_dirs.run("pacer", "--pattern", "4-0-6")
        assert again.returncode == 0  # the pacer plays: brought forward, not interrupted
        assert "is playing" in again.stderr
        wait_for_line(first, "instance: pacer")
        wrong = app_dirs.run("pacer", "--pattern", "4-x-8")
        assert wrong.returncode == 2 and "'x'" in wrong.stderr and "Traceback" not in wrong.stderr

        # A scripted pacer runs on its own beside it: its cues are this caller's.
        scripted = app_dirs.run(
            "pacer", "--pattern", "1-0-1", "--breaths", "1", "--prepare", "0",
            "--cues-to", "-", "--close-when-done",
        )  # fmt: skip
        assert scripted.returncode == 0, scripted.stderr
        assert '"kind": "inhale"' in scripted.stdout

        # The commands that only read run beside it.
        assert app_dirs.run("list").returncode == 0
        assert app_dirs.run("validate").returncode == 0
        assert app_dirs.run("timeline", "--pattern", "4-7-8", "--breaths", "2").returncode == 0

        # Junk on the real socket: the app answers the next start all the same.
        where = single_instance.place(Path(app_dirs.env["BREATHING_ROOM_DATA_DIR"]))
        assert where is not None
        for junk in (b"\x00\xff" * 100 + b"\n", b"[" * 4000 + b"\n", b"x" * 100_000, b""):
            reply = _send_raw(where.server, junk)
            assert reply == b"" or reply.startswith(b'{"ok": false')
        assert app_dirs.run().returncode == 0
        wait_for_line(first, "instance: show")
    finally:
        first.kill()
        _, errors = first.communicate()
    assert "Traceback" not in errors


def _send_raw(server: str, junk: bytes) -> bytes:
    """What a hostile client of the same user could send, and what it gets back."""
    data = b""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(10)
        client.connect(server)
        try:
            client.sendall(junk)  # the server stops reading at its limit and closes
            while chunk := client.recv(4096):
                data += chunk
        except (BrokenPipeError, ConnectionResetError):
            pass
    return data


@pytest.mark.slow  # two window starts: about 8 s here
def test_after_a_kill_9_the_next_start_claims_again(app_dirs: App) -> None:
    first = app_dirs.start()
    wait_for_line(first, "instance: ready")
    where = single_instance.place(Path(app_dirs.env["BREATHING_ROOM_DATA_DIR"]))
    assert where is not None and where.lock.exists() and Path(where.server).exists()
    first.send_signal(signal.SIGKILL)
    first.communicate()
    assert where.lock.exists() and Path(where.server).exists()  # left behind, stale
    again = app_dirs.run(BREATHING_ROOM_QUIT_AFTER_PAINT="1")
    assert again.returncode == 0, again.stderr
    assert "instance: ready" in again.stdout and "first paint: MainWindow" in again.stdout
    assert not where.lock.exists() and not Path(where.server).exists()  # gone on quit


@pytest.mark.slow  # two window starts: about 6 s here
def test_two_starts_at_once_make_one_instance(app_dirs: App) -> None:
    """The classic race: both find no instance. The lock lets one claim; the other waits
    for it to listen and hands over."""
    starts = [app_dirs.start(), app_dirs.start()]
    lines: dict[int, list[str]] = {0: [], 1: []}
    ended: set[int] = set()
    try:
        with selectors.DefaultSelector() as selector:
            for number, process in enumerate(starts):
                assert process.stdout is not None
                selector.register(process.stdout, selectors.EVENT_READ, number)
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and not (
                ended and any("instance: show" in lines[n] for n in lines)
            ):
                for key, _ in selector.select(deadline - time.monotonic()):
                    line = key.fileobj.readline()  # type: ignore[union-attr]
                    if line:
                        lines[key.data].append(line.strip())
                    else:
                        selector.unregister(key.fileobj)
                        ended.add(key.data)
        assert len(ended) == 1, lines
        [loser] = ended
        winner = 1 - loser
        assert starts[loser].wait() == 0
        assert lines[winner][:1] == ["instance: ready"] and "instance: show" in lines[winner]
    finally:
        for process in starts:
            process.kill()
            process.communicate()


@pytest.mark.slow  # a pacer start and the main window opened in it: about 6 s here
def test_a_pacer_started_first_opens_the_main_window_when_asked(app_dirs: App) -> None:
    first = app_dirs.start("pacer")
    try:
        wait_for_line(first, "instance: ready")
        assert app_dirs.run().returncode == 0
        wait_for_line(first, "instance: show")  # the main window, opened in the pacer's process
        pacer = app_dirs.run("pacer", "--pattern", "4-0-6", "--breaths", "2")
        assert pacer.returncode == 0 and pacer.stderr == ""
        wait_for_line(first, "instance: pacer")
    finally:
        first.kill()
        _, errors = first.communicate()
    assert "Traceback" not in errors
