"""A read-only or full data location, for real: a small tmpfs mounted read-only or filled
to the last byte under the app's data and settings folders.

What must hold: the window says so at once (what and where), in a banner that stays; the
app goes on working (browsing, sessions, the pacer); nothing already kept is changed; and
once there is room again, "Try again" clears the banner and the next session is recorded.

Mounting needs root (CI runs as root); as another user the read-only case takes away
write permission instead, and the full disk is skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app.core.history import ExerciseRecord, Outcome
from app.core.history_db import HistoryStore
from app.core.model import Catalogue
from app.core.routines import SavedRoutine
from app.player import State
from app.services import paths, routine_store, storage
from app.services.history import set_check_ins
from app.ui.appearance import Appearance
from app.ui.pacer_window import PacerWindow
from tests.helpers.stubs import FakeClock
from tests.helpers.windows import shown_main_window
from tests.test_practice_record import play_to_the_end

TWO = ["childs-pose", "cobra"]


def _mount(folder: Path, options: str) -> bool:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
                          capture_output=True, timeout=20)  # fmt: skip
    return done.returncode == 0


def _umount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], capture_output=True, timeout=20)


def _fill(folder: Path) -> Path:
    """Write until the disk refuses: the last byte taken, as on a really full disk."""
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as out:  # unbuffered: nothing left to fail on close
        for size in (65536, 4096, 1):  # the last partial block too
            try:
                while out.write(b"\0" * size):
                    pass
            except OSError:
                pass
    return filler


def _keep_some(user: Path, catalogue: Catalogue) -> dict[Path, bytes]:
    """What a person has before the trouble: a saved session, preferences, one session of
    history. Returns every file's bytes, to show afterwards that none of it changed."""
    data = user / "data"  # where the fixtures point the app
    routine_store.save(SavedRoutine("Mine", tuple(TWO)))
    appearance = Appearance.load()
    appearance.text_percent = 125
    appearance.save()
    set_check_ins(False)
    store = HistoryStore.open(data / "history.sqlite3")
    started = datetime(2026, 11, 1, 9, 0)
    session = store.begin(started, ["cobra"], [ExerciseRecord(0, "cobra")], program=None)
    store.end(session, started + timedelta(minutes=2), Outcome.FINISHED, 95_000)
    store.close()
    return {p: p.read_bytes() for p in user.rglob("*") if p.is_file()}


def _folders_mode(folder: Path, mode: int) -> None:
    for path in [folder, *folder.rglob("*")]:
        if path.is_dir():
            path.chmod(mode)


@contextmanager
def _small_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, bool]]:
    """A 1 MiB tmpfs (root only; else a plain folder) as the user's data and settings
    location: (folder, mounted)."""
    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = _mount(folder, "size=1m,mode=0755")
    monkeypatch.setenv("BREATHING_ROOM_DATA_DIR", str(folder / "data"))
    monkeypatch.setenv("BREATHING_ROOM_CONFIG_DIR", str(folder / "config"))
    try:
        yield folder, mounted
    finally:
        if mounted:
            _umount(folder)
        else:
            _folders_mode(folder, 0o755)  # what _make_read_only took away, for clean-up


@pytest.fixture
def disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    with _small_disk(tmp_path, monkeypatch) as (folder, mounted):
        if not mounted:
            pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
        yield folder


def _make_read_only(folder: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True, timeout=20)
    else:
        _folders_mode(folder, 0o555)


@pytest.fixture
def read_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    with _small_disk(tmp_path, monkeypatch) as (folder, _mounted):
        yield folder


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The boxes a person would have seen (instead of opening them in a test)."""
    said: list[str] = []

    def warning(_parent: object, title: str, text: str, *_args: object) -> None:
        said.append(f"{title}: {text}")

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return said


def _no_history_box() -> bool:
    return not any(
        w.objectName() == "historyProblem" and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def test_a_read_only_location_is_said_at_once_and_nothing_is_lost(
    qtbot: QtBot, catalogue: Catalogue, clock: FakeClock, read_only: Path, warnings: list[str]
) -> None:
    kept = _keep_some(read_only, catalogue)
    _make_read_only(read_only)

    window = shown_main_window(qtbot, catalogue, clock=clock)
    qtbot.waitUntil(window.storage_banner.isVisible)
    text = window.storage_text.text()
    assert str(read_only / "data") in text and str(read_only / "config") in text
    assert "read-only" in text or "no permission" in text
    assert "history" in text and "preferences" in text

    # Saving says why, once, and keeps working; the preferences change for this run.
    window.queue.add(TWO)
    assert not window.save_session_as("Evening")
    assert len(warnings) == 1 and "Not saved" in warnings[0]
    appearance = Appearance.load()
    appearance.text_percent = 150
    appearance.save()  # already said by the banner: no second notice
    assert len(storage.notices.current) == 2

    # A whole session plays; the history's own box is not shown on top of the banner.
    window.start_session()
    play_to_the_end(window, clock)
    assert _no_history_box()
    assert [e.name for e in routine_store.entries(catalogue.exercises)] == ["Mine"]

    window.player.stop()
    window.practice.close()
    window.close()
    assert {p: p.read_bytes() for p in kept} == kept  # every byte as it was


def test_a_full_disk_is_said_loses_nothing_and_recovers_with_try_again(
    qtbot: QtBot, catalogue: Catalogue, clock: FakeClock, disk: Path, warnings: list[str]
) -> None:
    kept = _keep_some(disk, catalogue)
    filler = _fill(disk)

    window = shown_main_window(qtbot, catalogue, clock=clock)
    qtbot.waitUntil(window.storage_banner.isVisible)
    assert "the disk is full" in window.storage_text.text()

    # Replacing a saved session on a full disk fails whole: the old file stays.
    window.queue.add(TWO)
    assert not window.save_session_as("Mine")
    assert "No space left on device" in warnings[-1]
    set_check_ins(True)  # a preference: not kept, and not a second notice
    set_check_ins(False)
    window.start_session()
    play_to_the_end(window, clock)
    assert _no_history_box()
    window.player.stop()
    assert {p: p.read_bytes() for p in kept} == kept

    # Room again: Try again clears the banner, and the next session is recorded.
    filler.unlink()
    again = window.findChild(QPushButton, "storageTryAgain")
    assert isinstance(again, QPushButton)
    qtbot.mouseClick(again, Qt.MouseButton.LeftButton)
    assert not window.storage_banner.isVisible()
    assert window.statusBar().currentMessage() == "Files can be written again"
    assert window.save_session_as("Evening")
    window.start_session()
    play_to_the_end(window, clock)
    window.player.stop()
    # Three: the one kept before, the one played while the disk was full (its writes
    # waited in the recorder's queue and landed once there was room), and this one.
    qtbot.waitUntil(lambda: len(HistoryStore.open(paths.data_dir() / "history.sqlite3")
                                .sessions()) == 3)  # fmt: skip
    window.practice.close()
    window.close()


def test_the_pacer_says_its_choices_cannot_be_kept(
    qtbot: QtBot, catalogue: Catalogue, read_only: Path
) -> None:
    (read_only / "config").mkdir()
    _make_read_only(read_only)
    pacer = PacerWindow(catalogue, "en")
    qtbot.addWidget(pacer)
    pacer.show()
    pacer.start()
    assert pacer.player.state is not State.IDLE  # it plays all the same
    assert pacer.notice.isVisible()
    assert str(read_only / "config") in pacer.notice.text()
    pacer.player.stop()
    pacer.close()


def test_a_settings_write_that_fails_is_said_once(qtbot: QtBot, read_only: Path) -> None:
    (read_only / "config").mkdir()
    _make_read_only(read_only)
    with qtbot.waitSignal(storage.notices.problem) as said:
        set_check_ins(True)
    assert "Your preferences are not kept" in said.args[0]
    with qtbot.assertNotEmitted(storage.notices.problem):
        set_check_ins(False)
