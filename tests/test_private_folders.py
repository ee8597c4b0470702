"""Folders the app makes are the user's alone (0700), and so are the files it makes that
hold a person's data (0600): one helper makes them all, whatever the umask."""

from __future__ import annotations

import ast
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.folders import PRIVATE_FILE, PRIVATE_FOLDER, private_file, private_folder

REPO = Path(__file__).resolve().parent.parent
APP = REPO / "app"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@pytest.fixture(params=[0o022, 0o077, 0o002, 0o277], ids=lambda m: f"umask {m:03o}")
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    before = os.umask(request.param)
    yield request.param
    os.umask(before)


def test_every_missing_level_is_made_private(tmp_path: Path, umask: int) -> None:
    del umask
    target = tmp_path / "a" / "b" / "c"
    assert private_folder(target) == target
    for folder in (tmp_path / "a", tmp_path / "a" / "b", target):
        assert mode(folder) == PRIVATE_FOLDER, folder


def test_an_existing_folder_is_left_as_it_is(tmp_path: Path) -> None:
    mine = tmp_path / "portable"
    mine.mkdir()
    mine.chmod(0o755)  # the user's own choice, e.g. a folder they share on purpose
    private_folder(mine / "data")
    assert mode(mine) == 0o755
    assert mode(mine / "data") == PRIVATE_FOLDER
    private_folder(mine / "data")  # again: nothing to do
    with pytest.raises(FileExistsError):
        private_folder(mine / "data", exist_ok=False)


def test_a_file_in_the_way_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    with pytest.raises(FileExistsError):
        private_folder(tmp_path / "file")
    with pytest.raises((FileExistsError, NotADirectoryError)):
        private_folder(tmp_path / "file" / "below")


def test_a_folder_made_meanwhile_is_fine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another window made it between the look and the mkdir."""
    target = tmp_path / "made-meanwhile"
    real_mkdir = Path.mkdir

    def racing(self: Path, mode: int = 0o777, *args: object, **kwargs: object) -> None:
        if self == target:
            real_mkdir(self, 0o700)  # the other window's
        real_mkdir(self, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "mkdir", racing)
    assert private_folder(target) == target
    with pytest.raises(FileExistsError):
        private_folder(tmp_path / "made-meanwhile", exist_ok=False)


def test_private_file_makes_a_new_file_0600_and_leaves_an_old_one(
    tmp_path: Path, umask: int
) -> None:
    del umask
    new = private_file(tmp_path / "new")
    assert mode(new) == PRIVATE_FILE and new.read_bytes() == b""
    old = tmp_path / "old"
    old.write_text("kept")
    old.chmod(0o640)
    private_file(old)
    assert mode(old) == 0o640 and old.read_text() == "kept"
    link = tmp_path / "link"
    link.symlink_to(old)
    private_file(link)  # a link the user made is theirs: not followed, not changed
    assert mode(old) == 0o640


def _calls_that_make_folders(tree: ast.AST) -> Iterator[tuple[int, str]]:
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in ("mkdir", "makedirs", "mkpath"):
            yield node.lineno, ast.unparse(node)


def test_every_folder_is_made_by_the_one_helper() -> None:
    """The class of fault, not one example: a new ``mkdir`` anywhere in the app would make a
    folder with the umask's mode. (``tempfile.mkdtemp`` is private by itself.)"""
    helper = APP / "core" / "folders.py"
    found = [
        f"{path.relative_to(REPO)}:{line}: {call}"
        for path in sorted(APP.rglob("*.py"))
        if path != helper
        for line, call in _calls_that_make_folders(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert found == [], "use paths.private_folder (app/core/folders.py):\n" + "\n".join(found)


@pytest.fixture
def fresh_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """The app's folders, not made yet, two levels below a folder that exists."""
    dirs = {}
    for kind in ("DATA", "CONFIG", "CACHE"):
        dirs[kind.lower()] = tmp_path / "fresh" / kind.lower() / "breathing-room"
        monkeypatch.setenv(f"BREATHING_ROOM_{kind}_DIR", str(dirs[kind.lower()]))
    return dirs


def _made_below(root: Path) -> dict[str, int]:
    return {str(p.relative_to(root)): mode(p) for p in sorted(root.rglob("*"))}


def test_what_the_services_make_is_private(fresh_dirs: dict[str, Path], tmp_path: Path) -> None:
    from app.core.history_db import HistoryStore
    from app.services import crash, paths, routine_store, storage

    assert storage.check_folders()
    paths.settings().setValue("probe", 1)
    try:
        raise ValueError("for the report")
    except ValueError as error:
        report = crash.write_report(ValueError, error, error.__traceback__)
    assert report is not None and mode(report) == PRIVATE_FILE
    routine_store.write_text(routine_store.folder() / "mine.yaml", "name: mine\n")
    store = HistoryStore.open(paths.data_dir() / "history.sqlite3")
    store.close()
    made = _made_below(tmp_path / "fresh")
    folders = {name: m for name, m in made.items() if (tmp_path / "fresh" / name).is_dir()}
    assert folders and set(folders.values()) == {PRIVATE_FOLDER}, folders
    history = [name for name in made if "history.sqlite3" in name]
    assert history and all(made[name] == PRIVATE_FILE for name in history), made
    assert made["config/breathing-room/settings.ini"] == PRIVATE_FILE
    assert paths.settings().value("probe") in (1, "1")  # QSettings kept it, in that file


@pytest.mark.slow
def test_a_first_start_makes_only_private_folders(
    fresh_dirs: dict[str, Path], tmp_path: Path
) -> None:
    """The real main window and pacer, started on an account that has never run the app."""
    env = dict(os.environ, PYTHONPATH=str(REPO), BREATHING_ROOM_QUIT_AFTER_PAINT="1")
    for command in ([], ["pacer"]):
        done = subprocess.run([sys.executable, "-m", "app", *command], env=env,
                              capture_output=True, text=True, timeout=120)  # fmt: skip
        assert "first paint:" in done.stdout, done.stderr
    made = _made_below(tmp_path / "fresh")
    folders = {name: m for name, m in made.items() if (tmp_path / "fresh" / name).is_dir()}
    assert "cache/breathing-room" in folders, made
    assert set(folders.values()) == {PRIVATE_FOLDER}, folders
    files = {name: m for name, m in made.items() if name not in folders}
    assert "cache/breathing-room/catalogues.json" in files, made
    assert set(files.values()) == {PRIVATE_FILE}, files  # settings, history, cache
