"""Restoring a backup is a transaction, and a backup is checked before it is used.

Issue 16, items 2, 3, the manifest half of 11 and "refuse a restore while another
instance holds the history" of 7:

- staged on the target filesystem, checked with the app's own readers, then swapped with
  renames; a failure at any step rolls back; every message says what changed and where
  the previous data is (settings on another filesystem, a full disk, a failure injected
  at every step, ``kill -9`` at every step and at random moments);
- bounded: declared sizes are judged before a byte is read (a 4 MB zip holding a 4 GiB
  history is refused at once), what is read is read in chunks and never beyond what was
  declared; a history with rows of the wrong type, settings the app never writes and
  manifests of any shape are refused with words, never an exception;
- off the GUI thread, with progress and Cancel: the event loop keeps turning;
- refused while another process has the history open (``history_lock``).
"""

from __future__ import annotations

import errno
import itertools
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import tracemalloc
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from app.core.history_db import HistoryStore
from app.core.model import Catalogue
from app.player import Player
from app.services import backup, history_lock
from app.services.history import SessionRecorder
from app.ui.history_window import HistoryWindow
from tests.helpers.backups import (
    CRC_4GIB_ZEROS,
    MANIFEST_OK,
    RawEntry,
    big_history,
    deflated,
    make_backup,
    put_set,
    stored,
    which_set,
    write_zip,
    zeros_deflated,
)
from tests.test_storage_faults import _fill, _mount, _umount

REPO = Path(__file__).resolve().parent.parent
GiB = 1 << 30


def _leftovers(*folders: Path) -> list[str]:
    """Staging folders and journals a restore must never leave behind."""
    return [
        p.name
        for folder in folders
        if folder.is_dir()
        for p in folder.iterdir()
        if p.name.startswith(backup.STAGING) or p.name.startswith(backup.JOURNAL)
    ]


def _asides(*folders: Path) -> list[Path]:
    return sorted(
        p for folder in folders if folder.is_dir() for p in folder.iterdir()
        if p.name.startswith(backup.ASIDE)
    )  # fmt: skip


def _files(*folders: Path) -> dict[str, bytes]:
    """Every file the person has (not what a restore keeps aside, not the lock)."""
    found = {}
    for folder in folders:
        for path in folder.rglob("*"):
            rel = path.relative_to(folder)
            if rel.parts[0].startswith((backup.ASIDE, backup.STAGING, "history.lock")):
                continue
            if path.is_file():
                found[f"{folder.name}/{rel}"] = path.read_bytes()
    return found


@pytest.fixture
def dirs(user_dirs: dict[str, Path]) -> tuple[Path, Path]:
    return user_dirs["data"], user_dirs["config"]


@pytest.fixture
def backups(dirs: tuple[Path, Path], tmp_path: Path) -> dict[str, Path]:
    """Backups of set a and set b; the folders then hold set a."""
    data, config = dirs
    made = {name: make_backup(data, config, name, tmp_path / f"{name}.zip") for name in "ba"}
    assert which_set(data, config) == "a"
    return made


# -- a restore, whole ---------------------------------------------------------------------


def test_a_restore_replaces_everything_and_keeps_the_old_aside(
    dirs: tuple[Path, Path], backups: dict[str, Path]
) -> None:
    data, config = dirs
    staged = backup.stage(backups["b"])
    assert staged.history is not None and staged.history.sessions == 3
    assert staged.sessions == 1 and staged.warnings == []
    assert which_set(data, config) == "a"  # checking changes nothing
    restored = backup.swap(staged)
    assert which_set(data, config) == "b"
    # Settings in their own folder: their own aside folder (no rename across folders).
    assert [p.parent for p in restored.asides] == [data, config]
    assert sorted(p.name for p in restored.asides[0].iterdir()) == [
        "history.sqlite3", "rhythms", "sessions"]  # fmt: skip
    assert (restored.asides[1] / "settings.ini").read_text().startswith("[test]\nset=a")
    assert _leftovers(data, config) == []
    # And back: set b's own exercises go aside, set a has none.
    backup.swap(backup.stage(backups["a"]))
    assert which_set(data, config) == "a"
    assert len(_asides(data)) == 2
    assert any((p / "my-exercises.yaml").exists() for p in _asides(data))


def test_the_history_restored_is_read_by_the_app(
    dirs: tuple[Path, Path], backups: dict[str, Path], player: Player
) -> None:
    backup.swap(backup.stage(backups["b"]))
    recorder = SessionRecorder(player)
    try:
        assert {s.program for s in recorder.sessions()} == {"set-b"}
    finally:
        recorder.close()


def test_a_backup_made_where_data_and_settings_share_a_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, backups: dict[str, Path]
) -> None:
    both = tmp_path / "portable"
    monkeypatch.setenv("BREATHING_ROOM_DATA_DIR", str(both))
    monkeypatch.setenv("BREATHING_ROOM_CONFIG_DIR", str(both))
    put_set(both, both, "a")
    restored = backup.swap(backup.stage(backups["b"]))
    assert which_set(both, both) == "b"
    assert len(restored.asides) == 1
    assert (restored.asides[0] / "settings.ini").exists()


# -- the settings on another filesystem (the first example) ------------------------


@pytest.fixture
def config_elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The settings folder on a tmpfs of its own: a rename from the data folder fails
    there with "Invalid cross-device link" (root only: CI runs as root)."""
    folder = tmp_path / "other-fs"
    folder.mkdir()
    if not _mount(folder, "size=4m,mode=0700"):
        pytest.skip("mounting a tmpfs needs root (CI runs as root)")
    try:
        monkeypatch.setenv("BREATHING_ROOM_CONFIG_DIR", str(folder))
        yield folder
    finally:
        _umount(folder)


def test_settings_on_another_filesystem(
    dirs: tuple[Path, Path], config_elsewhere: Path, tmp_path: Path
) -> None:
    data, _ = dirs
    config = config_elsewhere
    assert os.stat(data).st_dev != os.stat(config).st_dev
    archive = make_backup(data, config, "b", tmp_path / "b.zip")
    put_set(data, config, "a")
    staged = backup.stage(archive)
    # Each staged file is on the filesystem it will live on.
    assert os.stat(staged.files["settings.ini"]).st_dev == os.stat(config).st_dev
    assert os.stat(staged.files["history.sqlite3"]).st_dev == os.stat(data).st_dev
    restored = backup.swap(staged)
    assert which_set(data, config) == "b"
    assert {p.parent for p in restored.asides} == {data, config}
    assert _leftovers(data, config) == []


# -- a full disk (the second example) ----------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "disk"
    folder.mkdir()
    if not _mount(folder, "size=2m,mode=0755"):
        pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
    try:
        monkeypatch.setenv("BREATHING_ROOM_DATA_DIR", str(folder / "data"))
        monkeypatch.setenv("BREATHING_ROOM_CONFIG_DIR", str(folder / "config"))
        yield folder
    finally:
        _umount(folder)


def _big_backup(tmp_path: Path, days: int) -> Path:
    """A backup (made by the app) whose history is ``days`` daily sessions."""
    folder = tmp_path / f"big-{days}"
    data, config = folder / "data", folder / "config"
    put_set(data, config, "b")
    (data / "history.sqlite3").unlink()
    big_history(data / "history.sqlite3", days)
    old = {k: os.environ.get(k) for k in ("BREATHING_ROOM_DATA_DIR", "BREATHING_ROOM_CONFIG_DIR")}
    os.environ["BREATHING_ROOM_DATA_DIR"], os.environ["BREATHING_ROOM_CONFIG_DIR"] = (
        str(data), str(config))  # fmt: skip
    try:
        store = HistoryStore.open(data / "history.sqlite3")
        backup.make(folder / "backup.zip", store)
        store.close()
    finally:
        for key, value in old.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return folder / "backup.zip"


def test_a_full_disk_is_said_before_writing_and_nothing_changes(
    small_disk: Path, tmp_path: Path
) -> None:
    data, config = small_disk / "data", small_disk / "config"
    put_set(data, config, "a")
    archive = _big_backup(tmp_path, 3650)  # a 2.8 MB history: larger than the disk
    before = _files(data, config)
    with pytest.raises(backup.BackupError, match="not enough room on the disk"):
        backup.stage(archive)
    assert _files(data, config) == before
    assert _leftovers(data, config) == []


def test_a_disk_that_fills_while_staging_refuses_and_changes_nothing(
    small_disk: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The free space looked enough (another program took it meanwhile): every write is
    checked, so the restore stops at the first short write, never reports a truncated
    history as restored."""
    data, config = small_disk / "data", small_disk / "config"
    put_set(data, config, "a")
    archive = _big_backup(tmp_path, 3650)
    monkeypatch.setattr(backup, "_check_room", lambda *_args: None)
    before = _files(data, config)
    with pytest.raises(backup.BackupError, match="the disk is full"):
        backup.stage(archive)
    assert _files(data, config) == before
    assert _leftovers(data, config) == []


def test_a_full_disk_refuses_the_journal_and_changes_nothing(
    small_disk: Path, backups: dict[str, Path]
) -> None:
    data, config = small_disk / "data", small_disk / "config"
    put_set(data, config, "a")
    staged = backup.stage(backups["b"])
    filler = _fill(small_disk)
    before = _files(data, config)
    try:
        with pytest.raises(backup.BackupError, match=r"the disk is full|no space"):
            backup.swap(staged)
        assert _files(data, config) == before
        assert which_set(data, config) == "a"
    finally:
        filler.unlink()
        backup.discard(staged)
    assert _leftovers(data, config) == []
    assert _asides(data, config) == []


# -- a failure at every step rolls back ---------------------------------------------------


def _steps_of_a_swap(backups: dict[str, Path]) -> list[str]:
    staged = backup.stage(backups["b"])
    seen: list[str] = []
    with backup.steps(seen.append):
        backup.swap(staged)
    return seen


@pytest.mark.slow  # a failure at every step: about 8 s here
def test_a_failure_at_any_step_of_the_swap_puts_everything_back(
    dirs: tuple[Path, Path], backups: dict[str, Path]
) -> None:
    """Before the last move is flushed, a failure means nothing changed (and the message
    says so); after it, the restore stands (a journal left behind is cleared and said at
    the next start)."""
    data, config = dirs
    steps = _steps_of_a_swap(backups)
    assert steps.count("rename") >= 5 and "journal" in steps and "fsync" in steps
    for aside in _asides(data, config):
        shutil.rmtree(aside)
    for stop_at in range(len(steps)):
        put_set(data, config, "a")
        before = _files(data, config)
        staged = backup.stage(backups["b"])
        count = 0

        def fail(name: str, stop_at: int = stop_at) -> None:
            nonlocal count
            count += 1
            if count == stop_at + 1:
                raise OSError(errno.EIO, f"injected at {name} {stop_at}")

        with backup.steps(fail):
            try:
                backup.swap(staged)
            except backup.SwapError as error:
                assert "nothing was changed" in str(error), (stop_at, str(error))
                outcome = "a"
            except backup.BackupError:  # refused before the first move: a plain refusal
                outcome = "a"
            else:
                outcome = "b"
        assert which_set(data, config) == outcome, (stop_at, steps[stop_at])
        if outcome == "a":
            assert _files(data, config) == before, stop_at
            assert _asides(data, config) == [], stop_at
        else:
            assert stop_at >= len(steps) - 3, (stop_at, steps[stop_at])  # only at the end
            backup.finish_interrupted()
            backup.take_notices()
        assert _leftovers(data, config) == [], stop_at
        for aside in _asides(data, config):
            shutil.rmtree(aside)


def test_a_rollback_that_fails_too_says_where_everything_is_and_the_next_start_finishes(
    dirs: tuple[Path, Path], backups: dict[str, Path]
) -> None:
    data, config = dirs
    staged = backup.stage(backups["b"])
    count = 0

    def fail_from_the_third_rename(name: str) -> None:
        nonlocal count
        if name == "rename":
            count += 1
            if count >= 3:
                raise OSError(errno.EIO, "the disk went away")

    with backup.steps(fail_from_the_third_rename), pytest.raises(backup.SwapError) as half:
        backup.swap(staged)
    text = str(half.value)
    (aside,) = [p for p in _asides(data) if p.parent == data]
    assert str(aside) in text and str(staged.folders[0]) in text
    assert "next start" in text
    assert (data / backup.JOURNAL).exists()
    # The next start finishes it, and says where the previous data is.
    notice = backup.finish_interrupted()
    assert notice is not None and str(aside) in notice and "finished" in notice
    assert backup.take_notices() == [notice]
    assert which_set(data, config) == "b"
    assert _leftovers(data, config) == []


@pytest.mark.parametrize(
    "record",
    [b"{", b"[]", b'{"stamp": 1}', b'{"stamp": "x", "source": "s", "staging": [], "asides": [],'
     b' "moves": [{"target": "/etc/passwd", "staged": null, "aside": "/tmp/x"}]}'],
)  # fmt: skip
def test_a_damaged_or_foreign_journal_moves_nothing_and_is_said(
    dirs: tuple[Path, Path], backups: dict[str, Path], tmp_path: Path, record: bytes
) -> None:
    data, config = dirs
    victim = tmp_path / "victim.txt"
    victim.write_text("mine")
    before = _files(data, config)
    (data / backup.JOURNAL).write_bytes(record.replace(b"/etc/passwd", str(victim).encode()))
    notice = backup.finish_interrupted()
    assert notice is not None and "cannot be read" in notice and "before-restore-" in notice
    assert victim.read_text() == "mine"
    kept = {f"data/{p.name}": p.read_bytes() for p in data.glob(backup.JOURNAL + ".damaged*")}
    assert len(kept) == 1 and _files(data, config) == {**before, **kept}
    assert backup.finish_interrupted() is None  # said once
    backup.take_notices()


# -- kill -9 during a restore -------------------------------------------------------------

RESTORER = """
import os, signal, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from app.services import backup
source, kill_at = Path(sys.argv[1]), int(sys.argv[2])
count = 0

def step(name):
    global count
    count += 1
    print("step", count, name, flush=True)
    if count == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)

backup.STEP_HOOK = step
print("ready", flush=True)
staged = backup.stage(source, lambda what, done, total: print("progress", flush=True))
backup.swap(staged)
print("done", count, flush=True)
"""


def _restorer(source: Path, kill_at: int) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k.startswith("BREATHING_ROOM_")}
    env.update({"PATH": "/usr/bin:/bin", "HOME": os.environ["HOME"], "PYTHONPATH": str(REPO)})
    return subprocess.Popen([sys.executable, "-c", RESTORER, str(source), str(kill_at)],
                            stdout=subprocess.PIPE, text=True, env=env)  # fmt: skip


def _after_a_kill(
    data: Path, config: Path, target: str, previous: str, seen: list[str] | None = None
) -> str:
    """What the next start finds, after it recovered: the old set or the new, whole.
    ``seen`` collects where the kill landed: "checking", "swapping" or "done"."""
    journal = (data / backup.JOURNAL).exists()
    if seen is not None:
        landed = (
            "swapping" if journal else "checking" if which_set(data, config) == previous else "done"
        )
        seen.append(landed)
    notice = backup.finish_interrupted()
    backup.take_notices()
    state = which_set(data, config)
    assert state in (target, previous), state
    assert _leftovers(data, config) == []
    if journal:  # the swap had begun: the person is told where the previous data is
        assert notice is not None
        if state == target:
            newest = max(_asides(data), key=lambda p: p.name)
            assert str(newest) in notice
            assert which_set(newest, config / newest.name) == previous
    return state


@pytest.mark.slow
def test_kill_9_at_every_step_of_a_restore(
    dirs: tuple[Path, Path], backups: dict[str, Path]
) -> None:
    data, config = dirs
    with _restorer(backups["b"], 0) as full:
        assert full.stdout is not None
        lines = full.stdout.read().splitlines()
    assert full.returncode == 0 and lines[-1].startswith("done")
    steps = int(lines[-1].split()[1])
    assert which_set(data, config) == "b"
    current = "b"
    for kill_at in range(1, steps + 1):
        target = "a" if current == "b" else "b"
        with _restorer(backups[target], kill_at) as child:
            child.wait(timeout=60)
        assert child.returncode == -signal.SIGKILL
        current = _after_a_kill(data, config, target, current)


@pytest.mark.slow  # a restorer killed with -9: about 2 s here
def test_the_next_start_finishes_a_restore_killed_half_way_and_says_where(
    dirs: tuple[Path, Path], backups: dict[str, Path], player: Player
) -> None:
    data, config = dirs
    steps: list[str] = []
    with backup.steps(steps.append):
        staged = backup.stage(backups["b"])
        staging = len(steps)
        backup.swap(staged)
    third_rename = [i for i, name in enumerate(steps) if name == "rename"][2]
    put_set(data, config, "a")
    for aside in _asides(data, config):
        shutil.rmtree(aside)
    with _restorer(backups["b"], third_rename + 1) as child:
        child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL and staging < third_rename
    assert (data / backup.JOURNAL).exists()
    assert which_set(data, config).startswith("mixed")  # half-way, as the kill left it
    recorder = SessionRecorder(player)  # the next start: the first use of the history
    said: list[str] = []
    recorder.notice.connect(said.append)
    try:
        assert {s.program for s in recorder.sessions()} == {"set-b"}
    finally:
        recorder.close()
    (aside,) = [p for p in _asides(data) if p.parent == data]
    assert len(said) == 1 and "interrupted" in said[0] and str(aside) in said[0]
    assert which_set(data, config) == "b" and which_set(aside, config / aside.name) == "a"
    assert _leftovers(data, config) == []


@pytest.mark.slow
def test_kill_9_at_random_moments_of_a_restore(
    dirs: tuple[Path, Path], backups: dict[str, Path]
) -> None:
    data, config = dirs
    chance = random.Random(16)
    current = "a"
    seen: list[str] = []
    for _round in range(12):
        target = "a" if current == "b" else "b"
        with _restorer(backups[target], 0) as child:
            assert child.stdout is not None
            # Kill after a random number of the child's lines (progress and steps): the
            # kill lands wherever the child has got to by then.
            for _ in range(chance.randrange(1, 40)):
                if not child.stdout.readline():
                    break
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=60)
        current = _after_a_kill(data, config, target, current, seen)
    assert {"checking", "swapping"} <= set(seen), seen  # kills landed in both phases


# -- what a backup holds: checked, bounded ------------------------------------------------


def _zip(path: Path, manifest: bytes = MANIFEST_OK, **entries: bytes) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr(backup.MANIFEST, manifest)
        for name, content in entries.items():
            out.writestr(name.replace("__", "/"), content)
    return path


def test_a_4_mb_zip_holding_a_4_gib_history_is_refused_at_once(
    tmp_path: Path, dirs: tuple[Path, Path]
) -> None:
    bomb = write_zip(tmp_path / "bomb.zip", [
        stored(backup.MANIFEST, MANIFEST_OK),
        RawEntry("history.sqlite3", zeros_deflated(4 * GiB), 4 * GiB, CRC_4GIB_ZEROS, 8),
    ])  # fmt: skip
    assert bomb.stat().st_size < 5_000_000
    with zipfile.ZipFile(bomb) as archive:  # a real zip: any tool sees 4 GiB in it
        assert archive.getinfo("history.sqlite3").file_size == 4 * GiB
    before = _files(*dirs)
    tracemalloc.start()
    started = time.perf_counter()
    with pytest.raises(backup.BackupError, match=r"history.sqlite3.*4096.0 MB unpacked"):
        backup.stage(bomb)
    took = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert took < 0.5, took
    assert peak < 8 * (1 << 20), peak
    assert _files(*dirs) == before and _leftovers(*dirs) == []


def test_an_entry_that_says_it_is_small_is_read_no_further(
    tmp_path: Path, dirs: tuple[Path, Path]
) -> None:
    """The declared size is a bound, not a hint: 16 MiB behind a header saying 1 000
    bytes is read as 1 000 bytes, and then the CRC says the entry is damaged."""
    liar = write_zip(tmp_path / "liar.zip", [
        stored(backup.MANIFEST, MANIFEST_OK),
        RawEntry("history.sqlite3", zeros_deflated(1 << 24), 1000, 0, 8),
    ])  # fmt: skip
    tracemalloc.start()
    with pytest.raises(backup.BackupError, match="damaged"):
        backup.stage(liar)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 8 * (1 << 20), peak
    assert _leftovers(*dirs) == []


@pytest.mark.parametrize(
    ("name", "size", "what"),
    [
        ("sessions/big.yaml", (1 << 20) + 1, "sessions/big.yaml"),  # 1 GiB: the same rule
        ("settings.ini", 300 * 1024, "settings.ini"),
        ("my-exercises.yaml", (1 << 20) + 1, "my-exercises.yaml"),
        ("history.sqlite3", 33 * (1 << 20), "history.sqlite3"),
    ],
)
def test_each_kind_of_entry_has_a_size_limit(
    tmp_path: Path, name: str, size: int, what: str
) -> None:
    archive = write_zip(tmp_path / "big.zip", [stored(backup.MANIFEST, MANIFEST_OK),
                                               deflated(name, bytes(size))])  # fmt: skip
    with pytest.raises(backup.BackupError, match=f"{what}.*unpacked.*at most"):
        backup.stage(archive)


def test_a_1_gib_saved_session_is_refused(tmp_path: Path) -> None:
    archive = write_zip(tmp_path / "session.zip", [
        stored(backup.MANIFEST, MANIFEST_OK),
        RawEntry("sessions/huge.yaml", zeros_deflated(GiB), GiB, 0, 8),
    ])  # fmt: skip
    started = time.perf_counter()
    with pytest.raises(backup.BackupError, match=r"huge.yaml.*1024.0 MB unpacked"):
        backup.stage(archive)
    assert time.perf_counter() - started < 0.5


def test_too_many_saved_sessions_are_refused(tmp_path: Path) -> None:
    many = {f"sessions__s{i}.yaml": b"x" for i in range(backup.LIMITS.sessions + 1)}
    with pytest.raises(backup.BackupError, match="more saved sessions"):
        backup.stage(_zip(tmp_path / "many.zip", **many))


@pytest.mark.parametrize(
    "name",
    ["sessions/../../../.bashrc", "../history.sqlite3", "/etc/passwd", "sessions/a/b.yaml",
     "sessions/.hidden.yaml", "sessions/a\u202eexe.yaml", "sessions/a\nb.yaml", "other.txt",
     "sessions/x.yml"],
)  # fmt: skip
def test_an_entry_the_app_does_not_make_is_refused(tmp_path: Path, name: str) -> None:
    archive = tmp_path / "odd.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr(backup.MANIFEST, MANIFEST_OK)
        out.writestr(name, b"schema: 1\n")
    with pytest.raises(backup.BackupError, match="unexpected entry") as refused:
        backup.stage(archive)
    assert "\u202e" not in str(refused.value) and "\n" not in str(refused.value)


def test_encrypted_twice_named_and_foreign_compression_are_refused(tmp_path: Path) -> None:
    twice = write_zip(tmp_path / "twice.zip", [stored(backup.MANIFEST, MANIFEST_OK),
                                               stored("settings.ini", b""),
                                               stored("settings.ini", b"")])  # fmt: skip
    with pytest.raises(backup.BackupError, match="appears twice"):
        backup.stage(twice)
    bz = tmp_path / "bz.zip"
    with zipfile.ZipFile(bz, "w") as out:
        out.writestr(backup.MANIFEST, MANIFEST_OK)
        out.writestr("settings.ini", b"[a]\nb=1\n", compress_type=zipfile.ZIP_BZIP2)
    with pytest.raises(backup.BackupError, match="compressed in a way"):
        backup.stage(bz)
    plain = write_zip(tmp_path / "secret.zip", [stored(backup.MANIFEST, MANIFEST_OK),
                                                stored("settings.ini", b"")])  # fmt: skip
    secret = bytearray(plain.read_bytes())
    for at in (6, secret.find(b"PK\x01\x02", 40) + 8):  # the flag bits, local and central
        secret[at] |= 1
    (tmp_path / "secret.zip").write_bytes(bytes(secret))
    with pytest.raises(backup.BackupError, match="encrypted"):
        backup.stage(tmp_path / "secret.zip")


def test_a_history_whose_rows_have_wrong_types_is_refused(
    tmp_path: Path, dirs: tuple[Path, Path]
) -> None:
    """It passes PRAGMA integrity_check; the app's reader is what refuses it."""
    data, config = dirs
    put_set(data, config, "a")
    history = tmp_path / "history.sqlite3"
    HistoryStore.open(history).close()
    db = sqlite3.connect(history)
    db.execute("INSERT INTO sessions (id, started, queued) VALUES (1, 12345, '[]')")
    db.commit()
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    archive = _zip(tmp_path / "typed.zip", **{"history.sqlite3": history.read_bytes()})
    before = _files(data, config)
    with pytest.raises(backup.BackupError, match=r"row 1 of sessions.*started.*12345"):
        backup.stage(archive)
    assert _files(data, config) == before and _leftovers(data, config) == []


@pytest.mark.parametrize(
    ("sql", "match"),
    [
        ("CREATE TRIGGER t AFTER INSERT ON sessions BEGIN DELETE FROM sessions; END",
         "tables are not the ones"),
        ("PRAGMA application_id = 7", "not a Breathing Room history"),
        ("PRAGMA user_version = 99", "schema 99"),
    ],
)  # fmt: skip
def test_a_history_that_is_not_ours_is_refused(tmp_path: Path, sql: str, match: str) -> None:
    history = tmp_path / "history.sqlite3"
    HistoryStore.open(history).close()
    db = sqlite3.connect(history)
    db.execute(sql)
    db.commit()
    db.close()
    with pytest.raises(backup.BackupError, match=match):
        backup.stage(_zip(tmp_path / "x.zip", **{"history.sqlite3": history.read_bytes()}))


def test_a_damaged_history_is_refused(tmp_path: Path) -> None:
    with pytest.raises(backup.BackupError, match="history"):
        backup.stage(_zip(tmp_path / "x.zip", **{"history.sqlite3": b"SQLite format 3\0" * 64}))


def test_settings_the_app_cannot_use_are_said_and_settings_it_never_writes_refused(
    tmp_path: Path,
) -> None:
    odd = b"[pacer]\nbreaths=1e999\nminutes=inf\n[sound]\nvolume=abc\n"
    staged = backup.stage(_zip(tmp_path / "odd.zip", **{"settings.ini": odd}))
    try:
        (said,) = staged.warnings
        assert "will use their defaults" in said
        assert "breaths" in said and "minutes" in said and "volume" in said
    finally:
        backup.discard(staged)
    variant = b"[pacer]\nbreaths=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x1)\n"
    with pytest.raises(backup.BackupError, match=r"settings.ini line 2.*never writes"):
        backup.stage(_zip(tmp_path / "variant.zip", **{"settings.ini": variant}))
    with pytest.raises(backup.BackupError, match=r"settings.ini line 3: not UTF-8"):
        backup.stage(_zip(tmp_path / "latin.zip", **{"settings.ini": b"[a]\nb=1\nc=\xe9\n"}))


def test_own_exercises_and_saved_sessions_with_problems_are_said(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "own.zip", **{
        "my-exercises.yaml": b"schema: 1\nexercises:\n  - id: x\n",
        "sessions__broken.yaml": b"name: [\n",
    })  # fmt: skip
    staged = backup.stage(archive)
    try:
        own, saved = staged.warnings
        assert "own.zip:my-exercises.yaml:3:5" in own and "missing required key 'name'" in own
        assert "own.zip:sessions/broken.yaml:" in saved
        assert str(staged.folders[0]) not in own + saved  # the backup's names, not staging's
    finally:
        backup.discard(staged)


# -- the manifest (item 11): any shape, a message ------------------------------------------


@pytest.mark.parametrize(
    "manifest",
    [b"[" * 100_000 + b"]" * 100_000, b'{"app": "Breathing Room", "format": "1"}',
     b'{"app": "Breathing Room", "format": 1e999}', b'{"app": "Breathing Room", "made": 5}',
     b'{"app": "Breathing Room", "format": ' + b"9" * 5000 + b"}", b"\xff\xfe", b"null",
     b'{"app": ["Breathing Room"]}', b" " * (70 * 1024)],
)  # fmt: skip
def test_a_damaged_manifest_is_a_message(tmp_path: Path, manifest: bytes) -> None:
    with pytest.raises(backup.BackupError, match="not a Breathing Room backup"):
        backup.stage(_zip(tmp_path / "m.zip", manifest))


def test_a_newer_backup_format_says_so(tmp_path: Path) -> None:
    with pytest.raises(backup.BackupError, match="newer Breathing Room"):
        backup.stage(_zip(tmp_path / "m.zip", b'{"app": "Breathing Room", "format": 2}'))


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                  max_size=4),
    max_leaves=20,
)  # fmt: skip


@pytest.mark.slow  # 150 generated zips: about 10 s here
@settings(max_examples=150, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(
    extra=st.dictionaries(st.sampled_from(["app", "format", "version", "made", "x"]), _json),
    app=st.sampled_from(["Breathing Room", None, 1, ["Breathing Room"]]),
)
def test_any_manifest_is_a_backup_or_a_message(
    tmp_path: Path, dirs: tuple[Path, Path], extra: dict[str, object], app: object
) -> None:
    manifest = {"app": app, **{k: v for k, v in extra.items() if k != "app"}}
    archive = _zip(tmp_path / "m.zip", json.dumps(manifest).encode())
    try:
        backup.discard(backup.stage(archive))
    except backup.BackupError as error:
        assert str(error)
    assert _leftovers(*dirs) == []


@pytest.fixture(scope="module")
def good_zip(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("good")
    history = folder / "history.sqlite3"
    big_history(history, 20, 2)
    path = _zip(folder / "good.zip", **{
        "history.sqlite3": history.read_bytes(), "settings.ini": b"[pacer]\nbreaths=7\n",
        "sessions__s.yaml": b"schema: 1\nname: S\nexercises: [cobra]\n",
        "my-exercises.yaml": b"schema: 1\n"})  # fmt: skip
    return path.read_bytes()


@pytest.mark.slow  # 150 damaged zips: about 4 s here
@settings(max_examples=150, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(data=st.data())
def test_a_damaged_zip_is_a_message_and_changes_nothing(
    tmp_path: Path, dirs: tuple[Path, Path], good_zip: bytes, data: st.DataObject
) -> None:
    damaged = bytearray(good_zip)
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(damaged) - 1))
        damaged[at] = data.draw(st.integers(0, 255))
    if data.draw(st.booleans()):
        damaged = damaged[: data.draw(st.integers(0, len(damaged)))]
    archive = tmp_path / "damaged.zip"
    archive.write_bytes(bytes(damaged))
    before = _files(*dirs)
    try:
        backup.discard(backup.stage(archive))
    except backup.BackupError as error:
        assert str(error)
    assert _files(*dirs) == before
    assert _leftovers(*dirs) == []


def test_make_refuses_what_a_restore_would_refuse(dirs: tuple[Path, Path], tmp_path: Path) -> None:
    data, config = dirs
    put_set(data, config, "a")
    (data / "sessions" / "huge.yaml").write_bytes(b"#" * (backup.LIMITS.session_bytes + 1))
    with pytest.raises(backup.BackupError, match=r"huge.yaml.*larger than a backup can hold"):
        backup.make(tmp_path / "x.zip", None)
    assert not (tmp_path / "x.zip").exists()


# -- another Breathing Room has the history -----------------------------------------------

HOLDER = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from app.services import history_lock
assert history_lock.acquire()
print("held", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def other_instance(dirs: tuple[Path, Path]) -> Iterator[subprocess.Popen[str]]:
    env = {k: v for k, v in os.environ.items() if k.startswith("BREATHING_ROOM_")}
    env.update({"PATH": "/usr/bin:/bin", "HOME": os.environ["HOME"], "PYTHONPATH": str(REPO)})
    with subprocess.Popen([sys.executable, "-c", HOLDER], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True, env=env) as holder:  # fmt: skip
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "held"
        yield holder
        holder.stdin.close()
        holder.wait(timeout=30)


def test_a_restore_is_refused_while_another_instance_has_the_history(
    dirs: tuple[Path, Path], backups: dict[str, Path], other_instance: subprocess.Popen[str]
) -> None:
    data, config = dirs
    before = _files(data, config)
    with pytest.raises(backup.BackupError, match=f"open in another window.*{other_instance.pid}"):
        backup.stage(backups["b"])
    assert _files(data, config) == before and _leftovers(data, config) == []


def test_a_swap_is_refused_when_another_instance_took_the_history_meanwhile(
    dirs: tuple[Path, Path], backups: dict[str, Path]
) -> None:
    data, config = dirs
    staged = backup.stage(backups["b"])
    env = {k: v for k, v in os.environ.items() if k.startswith("BREATHING_ROOM_")}
    env.update({"PATH": "/usr/bin:/bin", "HOME": os.environ["HOME"], "PYTHONPATH": str(REPO)})
    with subprocess.Popen([sys.executable, "-c", HOLDER], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True, env=env) as holder:  # fmt: skip
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(backup.BackupError, match="open in another window"):
            backup.swap(staged)
        holder.stdin.close()
    assert which_set(data, config) == "a"
    backup.discard(staged)


def test_a_second_instance_records_nothing_and_says_so(
    dirs: tuple[Path, Path], player: Player, other_instance: subprocess.Popen[str]
) -> None:
    recorder = SessionRecorder(player)
    said: list[str] = []
    recorder.notice.connect(said.append)
    try:
        recorder.sessions()
        recorder.sessions()
        assert len(said) == 1 and "open in another Breathing Room" in said[0]
        assert str(other_instance.pid) in said[0]
    finally:
        recorder.close()


def test_the_recorder_holds_the_history_lock_while_it_has_the_history(
    dirs: tuple[Path, Path], player: Player
) -> None:
    recorder = SessionRecorder(player)
    recorder.sessions()
    assert history_lock.held_here()
    with pytest.raises(history_lock.HeldElsewhereError):
        history_lock.take_exclusive()
    recorder.close()
    assert not history_lock.held_here()
    assert history_lock.take_exclusive()
    recorder.sessions()  # a restore has it: the recorder waits, silently
    assert not history_lock.held_here()
    history_lock.drop_exclusive()


# -- in the window: a worker, progress, Cancel, and the words ---------------------------


@pytest.fixture
def window(
    qtbot: QtBot, player: Player, catalogue: Catalogue, backups: dict[str, Path]
) -> Iterator[HistoryWindow]:
    """The history window on set a (the backups are made first)."""
    recorder = SessionRecorder(player)
    shown = HistoryWindow(recorder, catalogue, "en")
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    recorder.close()


def _restore(qtbot: QtBot, window: HistoryWindow, source: Path, confirm: bool = False) -> bool:
    with qtbot.waitSignal(window.restore_finished, timeout=60_000) as ended:
        assert window.restore(source, confirm)
    return bool(ended.args[0])


def test_the_window_restores_and_says_where_the_previous_data_is(
    qtbot: QtBot, window: HistoryWindow, dirs: tuple[Path, Path], backups: dict[str, Path]
) -> None:
    data, config = dirs
    assert window.model.rowCount() == 3
    with qtbot.waitSignal(window.restored):
        assert _restore(qtbot, window, backups["b"])
    assert which_set(data, config) == "b"
    for aside in _asides(data, config):
        assert str(aside) in window.last_message
    assert "3 session" in window.last_message and "Restart" in window.last_message
    assert {s.program for s in window._recorder.sessions()} == {"set-b"}


def test_the_window_asks_first_and_no_changes_nothing(
    qtbot: QtBot, window: HistoryWindow, dirs: tuple[Path, Path], backups: dict[str, Path]
) -> None:
    data, config = dirs
    before = _files(data, config)
    with qtbot.waitSignal(window.restore_finished, timeout=60_000) as ended:
        window.restore(backups["b"])
        qtbot.waitUntil(lambda: window.restoring is not None
                        and window.restoring.question is not None, timeout=60_000)  # fmt: skip
        flow = window.restoring
        assert flow is not None and flow.question is not None
        question = flow.question.text()
        assert "3 sessions" in question or "3 session(s)" in question
        assert str(data) in question and "before-restore-" in question
        flow.question.button(QMessageBox.StandardButton.Cancel).click()
    assert ended.args == [False]
    assert "Nothing was changed" in window.last_message
    assert _files(data, config) == before and _leftovers(data, config) == []


def test_a_refusal_in_the_window_says_nothing_changed(
    qtbot: QtBot, window: HistoryWindow, dirs: tuple[Path, Path], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"PK\x03\x04 not really")
    assert not _restore(qtbot, window, bad)
    assert str(bad) in window.last_message and "Nothing was changed" in window.last_message


def test_no_restore_while_a_session_is_recorded(
    qtbot: QtBot, window: HistoryWindow, backups: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(SessionRecorder, "recording", property(lambda _self: True))
    assert not _restore(qtbot, window, backups["b"])
    assert "a session is being recorded" in window.last_message


@pytest.fixture(scope="module")
def ten_years(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _big_backup(tmp_path_factory.mktemp("ten-years"), 3650)


@pytest.mark.slow
def test_the_event_loop_turns_while_a_big_backup_is_checked(
    qtbot: QtBot, window: HistoryWindow, dirs: tuple[Path, Path], ten_years: Path
) -> None:
    """Ten years of daily sessions: checked in a worker; a timer on the GUI thread keeps
    firing, and no gap between its ticks reaches a second."""
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    try:
        started = time.perf_counter()
        assert _restore(qtbot, window, ten_years)
        took = time.perf_counter() - started
    finally:
        timer.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) > 10 and max(gaps) < 1.0, (took, max(gaps))
    assert which_set(*dirs).startswith("mixed")  # the big history, not set a
    # A big history is read by the recorder's own thread (app/services/history.py).
    qtbot.waitUntil(lambda: len(window._recorder.sessions()) == 3650, timeout=60_000)


@pytest.mark.slow
def test_cancel_while_checking_changes_nothing(
    qtbot: QtBot, window: HistoryWindow, dirs: tuple[Path, Path], ten_years: Path
) -> None:
    data, config = dirs
    before = _files(data, config)
    with qtbot.waitSignal(window.restore_finished, timeout=60_000) as ended:
        window.restore(ten_years)
        qtbot.waitUntil(lambda: window.restoring is not None
                        and window.restoring.progress is not None, timeout=10_000)  # fmt: skip
        flow = window.restoring
        assert flow is not None and isinstance(flow.progress, QProgressDialog)
        (cancel,) = flow.progress.findChildren(QPushButton)
        cancel.click()
    assert ended.args == [False]
    assert "cancelled" in window.last_message and "Nothing was changed" in window.last_message
    assert _files(data, config) == before and _leftovers(data, config) == []
