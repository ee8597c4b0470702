"""Two processes saving sessions at the same moment: every save lands or says it did not.

The fault this guards against: two windows saving at once lost 6 of 300 saves while both
reported success (each found the same free file name, and the later rename replaced the
earlier file). Here two real processes save 300 sessions each, the names of one differing
from the other's only in case, so every save of one races a save of the other for the same
file name. No sleeps: both wait for one line on standard input, written to both at once.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
SAVES = 300

WRITER = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from app.core.routines import SavedRoutine
from app.services import routine_store
from app.services.routine_store import StoreError
who, count = sys.argv[1], int(sys.argv[2])
print("ready", flush=True)
sys.stdin.readline()
for i in range(count):
    name = f"Session {i}" if who == "a" else f"SESSION {i}"
    try:
        path = routine_store.save(SavedRoutine(name, ("cobra",)))
    except StoreError as error:
        print(f"failed {i} {error}", flush=True)
    else:
        print(f"saved {i} {path.name}", flush=True)
"""


@pytest.mark.slow  # 600 saves, each flushed to the disk twice: about 12 s here
def test_two_processes_saving_at_once_lose_nothing(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHONPATH": str(REPO)}
    for kind in ("DATA", "CONFIG", "CACHE"):
        env[f"BREATHING_ROOM_{kind}_DIR"] = str(tmp_path / kind.lower())
    writers = {
        who: subprocess.Popen(
            [sys.executable, "-c", WRITER, who, str(SAVES)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=tmp_path,
        )
        for who in ("a", "b")
    }
    for writer in writers.values():
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
    for writer in writers.values():
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
    results = {}
    for who, writer in writers.items():
        out, _ = writer.communicate(timeout=120)
        assert writer.returncode == 0
        results[who] = out.splitlines()

    claimed: dict[str, str] = {}  # file name -> the session name its save reported
    failed = []
    for who, lines in results.items():
        assert len(lines) == SAVES  # every save said something
        for line in lines:
            word, number, rest = line.split(" ", 2)
            name = f"Session {number}" if who == "a" else f"SESSION {number}"
            if word == "failed":
                failed.append(line)  # said, so not lost silently
                continue
            assert word == "saved"
            assert rest not in claimed, f"{rest} reported by two saves"
            claimed[rest] = name
    folder = tmp_path / "data" / "sessions"
    on_disk = {p.name for p in folder.iterdir()}
    assert on_disk == set(claimed)  # nothing half-written or temporary beside them
    for file_name, name in claimed.items():
        assert yaml.safe_load((folder / file_name).read_text())["name"] == name
    # Not only reported: with exclusive creation every save lands.
    assert failed == []
    assert len(claimed) == 2 * SAVES
