"""``--cues-to``: a target that cannot take the cues is refused before any window opens,
with its reason; one that fails while writing is said once; nothing ever waits on it or
ends in a crash (exit 70)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.requests import Request
from app.player import State
from app.services import cue_log
from app.services.cue_log import CueLog, CueTargetError, open_target
from app.ui.pacer_window import PacerWindow
from tests.helpers.stubs import FakeClock

REPO = Path(__file__).resolve().parent.parent
FIFO_REFUSED = "this is a FIFO that no program is reading; start the reader first"


def pacer(*args: str, quit_after_paint: bool = True) -> subprocess.CompletedProcess[str]:
    """``breathing-room pacer`` offscreen, as a script runs it; says when it first paints
    (and then ends, unless ``quit_after_paint`` is false)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if quit_after_paint:
        env["BREATHING_ROOM_QUIT_AFTER_PAINT"] = "1"
    return subprocess.run(
        [sys.executable, "-m", "app", "pacer", "--lang", "en", *args],
        capture_output=True, text=True, env=env, cwd=REPO, timeout=60,
    )  # fmt: skip


def refused(result: subprocess.CompletedProcess[str], target: object, reason: str) -> None:
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip() == f"breathing-room pacer: --cues-to {target}: {reason}"
    assert "first paint" not in result.stdout  # no window was shown


# -- refused up front ---------------------------------------------------------------------------


def test_a_fifo_with_no_reader_is_refused_at_once(tmp_path: Path) -> None:
    """A plain open() would wait for a reader for ever, before any window appears."""
    fifo = tmp_path / "lamp"
    os.mkfifo(fifo)
    refused(pacer("--cues-to", str(fifo)), fifo, FIFO_REFUSED)
    with pytest.raises(CueTargetError, match="no program is reading"):
        open_target(str(fifo))


def test_a_folder_is_refused(tmp_path: Path) -> None:
    refused(pacer("--cues-to", str(tmp_path)), tmp_path, "this is a folder, not a file")


def test_a_path_in_a_missing_folder_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "cues.jsonl"
    refused(pacer("--cues-to", str(target)), target, f"the folder {target.parent} does not exist")
    assert not target.parent.exists()


def test_a_path_through_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    with pytest.raises(CueTargetError, match="a part of the path is a file"):
        open_target(str(tmp_path / "file" / "cues.jsonl"))


def test_an_empty_name_is_refused() -> None:
    with pytest.raises(CueTargetError, match="no file given"):
        open_target("")


def _other_user() -> list[str]:
    """As root, permissions do not stop a write: the check runs as nobody then."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: a read-only file can be written")
    return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]


@pytest.fixture
def shared_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder another user can reach (the test's own sits in root's private one)."""
    folder = Path(tempfile.mkdtemp(prefix="breathing-room-test-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder)


def test_a_read_only_file_is_refused_and_kept(shared_folder: Path) -> None:
    target = shared_folder / "cues.jsonl"
    target.write_text("what was there\n")
    target.chmod(0o444)
    user = _other_user()
    code = (
        "import sys; from app.services.cue_log import open_target, CueTargetError\n"
        "try: open_target(sys.argv[1])\n"
        "except CueTargetError as e: print(e)\n"
    )
    done = subprocess.run([*user, sys.executable, "-c", code, str(target)], capture_output=True,
                          text=True, cwd=REPO, timeout=60)  # fmt: skip
    assert done.stdout.strip() == "no permission to write there", done.stderr
    assert target.read_text() == "what was there\n"


def test_a_socket_is_refused(tmp_path: Path) -> None:
    import socket

    path = tmp_path / "s"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        with pytest.raises(CueTargetError, match="socket"):
            open_target(str(path))
    finally:
        server.close()


# -- failing while writing: said once, never a crash ---------------------------------------------


@pytest.mark.slow
def test_dev_full_is_said_once_and_the_pacer_ends_cleanly() -> None:
    """The issue's example: every line was dropped silently and the command exited 70."""
    result = pacer("--pattern", "1-0-1", "--breaths", "2", "--prepare", "0",
                   "--cues-to", "/dev/full", "--close-when-done",
                   quit_after_paint=False)  # fmt: skip
    assert result.returncode == 1, result.stderr
    said = [line for line in result.stderr.splitlines() if "Cues could not be written" in line]
    assert said == [
        "breathing-room pacer: Cues could not be written to /dev/full (the disk is full); "
        "the session goes on without them."
    ]
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr


@pytest.fixture
def window(pacer_window: PacerWindow) -> PacerWindow:
    return pacer_window  # conftest.py's, by the name these tests use


def start(window: PacerWindow) -> None:
    window.choose(Request(pattern="1-0-1", breaths=2))
    window.start(prepare_s=0)


def play(window: PacerWindow, clock: FakeClock, ms: float) -> None:
    while ms > 0:
        clock.advance(100)
        ms -= 100
        window.player.poll()


def test_a_failed_write_is_one_notice_in_the_window(
    qtbot: QtBot, window: PacerWindow, clock: FakeClock, capfd: pytest.CaptureFixture[str]
) -> None:
    log = CueLog(window.player, open_target("/dev/full"), window, "/dev/full")
    log.problem.connect(window.guidance.notice)
    start(window)
    with qtbot.waitSignal(log.problem):
        play(window, clock, 500)  # the first failure is said at the next cue
        qtbot.waitUntil(lambda: log.failed)
        play(window, clock, 1_000)
    play(window, clock, 3_000)
    assert window.player.state is State.FINISHED  # the session went on
    assert not log.close()
    assert window.notice.isVisible()
    assert window.notice.text().count("Cues could not be written to /dev/full") == 1
    assert capfd.readouterr().err.count("Cues could not be written") == 1


def test_a_reader_that_stops_holds_nothing_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A FIFO whose reader stops reading: the pipe fills, the writer's thread waits, the
    caller never does; at the end the rest is given up, and that is said."""
    monkeypatch.setattr(cue_log, "CLOSE_WAIT_S", 0.2)
    fifo = tmp_path / "lamp"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        writer = cue_log._Writer(open_target(str(fifo)))
        line = json.dumps({"kind": "inhale", "pad": "x" * 100}) + "\n"
        for _ in range(5_000):  # ~0.6 MB: ten times what a pipe holds
            writer.put(line)
        assert not writer.finish(0.2)
    finally:
        os.close(reader)  # the stuck write fails (EPIPE) and the thread ends


def test_a_fifo_with_a_reader_gets_every_line(tmp_path: Path) -> None:
    fifo = tmp_path / "lamp"
    os.mkfifo(fifo)
    lines: list[str] = []

    def read() -> None:
        with fifo.open(encoding="utf-8") as source:
            lines.extend(source)

    reading = threading.Thread(target=read)
    reading.start()
    stream = None
    for _ in range(1_000):  # the reader's open() may come a moment later
        try:
            stream = open_target(str(fifo))
            break
        except CueTargetError:
            threading.Event().wait(0.005)
    assert stream is not None
    writer = cue_log._Writer(stream)
    for n in range(2_000):  # more than the pipe holds: the thread waits for the reader
        writer.put(f'{{"n": {n}}}\n')
    assert writer.finish(30)
    stream.close()
    reading.join(30)
    assert [json.loads(line)["n"] for line in lines] == list(range(2_000))


def test_standard_output_is_written_and_left_open(
    window: PacerWindow, clock: FakeClock, capfd: pytest.CaptureFixture[str]
) -> None:
    log = CueLog.open(window.player, "-", window)
    start(window)
    play(window, clock, 5_000)
    assert log.close()
    kinds = [json.loads(line)["kind"] for line in capfd.readouterr().out.splitlines()]
    assert kinds == ["inhale", "exhale", "inhale", "exhale", "done"]
    os.fstat(sys.stdout.fileno())  # still open: only the log's own copy was closed


# -- paths that hold invisible characters are shown as escapes (review item 5) -------------


def test_a_refused_path_with_bidi_controls_is_shown_as_escapes(tmp_path: Path) -> None:
    from app.core.text import visible

    folder = tmp_path / "new \u202eelif\u200b"
    target = folder / "cues.jsonl"
    result = pacer("--cues-to", str(target))
    refused(
        result,
        visible(str(target), None),
        f"the folder {visible(str(folder), None)} does not exist",
    )
    assert "\u202e" not in result.stderr and "\u200b" not in result.stderr


def test_a_failed_write_names_a_path_with_bidi_controls_as_escapes(
    qtbot: QtBot,
    window: PacerWindow,
    clock: FakeClock,
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
) -> None:
    from app.core.text import visible

    full = tmp_path / "cues \u202elnosj.\u2066"
    full.symlink_to("/dev/full")
    log = CueLog(window.player, open_target(str(full)), window, str(full))
    log.problem.connect(window.guidance.notice)
    start(window)
    with qtbot.waitSignal(log.problem):
        play(window, clock, 500)
        qtbot.waitUntil(lambda: log.failed)
        play(window, clock, 1_000)
    play(window, clock, 3_000)
    assert not log.close()
    said = f"Cues could not be written to {visible(str(full), None)} ("
    assert said in window.notice.text()
    err = capfd.readouterr().err
    assert said in err
    assert not any(c in window.notice.text() + err for c in "\u202e\u2066")
