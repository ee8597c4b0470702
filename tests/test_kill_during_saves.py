"""Kill -9 during every kind of save: a saved session (``QSaveFile``) and the settings
(``QSettings``) are written in a loop by a process that is killed hard at varying
moments; the next start must find the old or the new content, never a broken file.
(The history's own kill loop is in tests/test_history.py.)"""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent


def child_env(tmp_path: Path) -> dict[str, str]:
    """A bare environment whose app folders are in ``tmp_path``."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHONPATH": str(REPO)}
    for kind in ("DATA", "CONFIG", "CACHE"):
        env[f"BREATHING_ROOM_{kind}_DIR"] = str(tmp_path / kind.lower())
    return env


def killed_after(script: str, arg: str, writes: int, env: dict[str, str], cwd: Path) -> int:
    """Runs ``script`` (which says "ready", then the number of each write it finished),
    kills it with SIGKILL after ``writes`` writes, and gives the last number it said."""
    last = 0
    with subprocess.Popen(
        [sys.executable, "-c", script, arg],
        stdout=subprocess.PIPE, text=True, env=env, cwd=cwd,
    ) as child:  # fmt: skip
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        for _ in range(writes):
            last = int(child.stdout.readline())
        child.send_signal(signal.SIGKILL)
        child.wait()
    return last


WRITER = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from app.services import paths, routine_store
folder = Path(sys.argv[1])
print("ready", flush=True)
n = 0
while True:
    n += 1
    # A long file, so that a kill lands inside the write more often than not.
    exercises = "".join(f"  - cobra  # {n} {i}\\n" for i in range(2000))
    routine_store.write_text(folder / "session.yaml", f"name: run {n}\\nexercises:\\n{exercises}")
    settings = paths.settings()
    settings.setValue("test/round", n)
    settings.setValue("test/padding", "x" * 20000)
    settings.sync()
    print(n, flush=True)
"""


@pytest.mark.slow  # fifteen kill -9 rounds: about 8 s here
def test_kill_9_while_saving_sessions_and_settings(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    env = child_env(tmp_path)
    for round_ in range(15):
        last = killed_after(WRITER, str(folder), round_ % 3 + 1, env, tmp_path)
        session = yaml.safe_load((folder / "session.yaml").read_text())
        assert session["name"].startswith("run ")  # whole, old or new
        assert len(session["exercises"]) == 2000
        settings = (tmp_path / "config" / "settings.ini").read_text()
        assert "round=" in settings and "x" * 20000 in settings
        # Nothing half-written is left beside them for the next start to trip over.
        assert {p.name for p in folder.iterdir()} == {"session.yaml"}
    assert last > 0


CREATOR = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from app.core.routines import SavedRoutine
from app.services import routine_store
print("ready", flush=True)
n = int(sys.argv[1])
while True:
    n += 1
    # A long file, so that a kill lands inside the write more often than not.
    routine_store.save(SavedRoutine(f"run {n}", ("cobra",) * 2000))
    print(n, flush=True)
"""


@pytest.mark.slow  # six process starts: about 12 s on a busy two-core host
def test_kill_9_while_creating_new_sessions(tmp_path: Path) -> None:
    """New sessions are written unnamed (or hidden) and linked into place whole: a kill at
    any moment leaves complete sessions only, and nothing beside them on Linux."""
    env = child_env(tmp_path)
    for round_ in range(6):
        last = killed_after(CREATOR, str(round_ * 1000), round_ % 3 + 1, env, tmp_path)
        folder = tmp_path / "data" / "sessions"
        for path in folder.glob("*.yaml"):
            session = yaml.safe_load(path.read_text())
            assert session["name"].startswith("run ") and len(session["exercises"]) == 2000
        others = [p.name for p in folder.iterdir() if p.suffix != ".yaml"]
        if sys.platform.startswith("linux"):
            assert others == []  # the unnamed file vanished with the process
        else:
            assert all(name.startswith(".saving-") for name in others)
    assert last > 0
