"""A private PulseAudio server with one null sink: sounds really play, into nothing.

Used by the audio proof (tests/test_audio_proof.py), the pacer benchmark and the bundle's
smoke test (packaging/build_bundle.py), so that all three start and stop it one way.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def null_sink(
    folder: Path, sink: str = "null", rate: int | None = None
) -> Iterator[dict[str, str]]:
    """Run the server in ``folder``; yields what points a client at it (``PULSE_SERVER``,
    ``XDG_RUNTIME_DIR``). ``--daemonize`` returns once the server is ready, so there is no
    polling; at the end it is stopped by the PID in its PID file and waited for (it may
    still write into ``folder`` while it exits). Raises ``RuntimeError`` with the
    server's own words when it does not start."""
    folder.mkdir(parents=True, exist_ok=True)
    socket = folder / "native"
    found = {"PULSE_SERVER": f"unix:{socket}", "XDG_RUNTIME_DIR": str(folder)}
    options = f" rate={rate}" if rate else ""
    started = subprocess.run(
        ["pulseaudio", "--daemonize=yes", "--use-pid-file=yes", "--exit-idle-time=-1",
         "--disable-shm", "-n", "--log-target=stderr",
         f"--load=module-null-sink sink_name={sink}{options}",
         f"--load=module-native-protocol-unix auth-anonymous=1 socket={socket}",
         "--load=module-always-sink"],
        env=dict(os.environ, HOME=str(folder), XDG_RUNTIME_DIR=str(folder)),
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    if started.returncode != 0 or not socket.exists():
        raise RuntimeError(f"pulseaudio did not start: {started.stderr}")
    pid = int((folder / "pulse" / "pid").read_text())
    try:
        yield found
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
        gone = threading.Event()  # another process's exit: nothing here can set it
        deadline = time.monotonic() + 5
        while Path(f"/proc/{pid}").exists() and time.monotonic() < deadline:
            gone.wait(0.05)
