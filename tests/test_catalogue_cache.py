"""The catalogues kept between starts: taken while nothing changed, read again when a file
(or the code) changed, and never trusted when damaged — a miss, not a failure."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.bundle import catalogue_path
from app.core import catalogue_cache, files
from app.core.files import Catalogues, load_catalogues
from tests.test_loader import GOOD_EXERCISE

REPO = Path(__file__).resolve().parent.parent
ADDITION = GOOD_EXERCISE  # a valid addition of one exercise and one program


@pytest.fixture
def user_file(tmp_path: Path) -> Path:
    path = tmp_path / "my-exercises.yaml"
    path.write_text(ADDITION, encoding="utf-8")
    return path


def _not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_args: object) -> Catalogues:
        raise AssertionError("the files were read although the cache holds them")

    monkeypatch.setattr(files, "_load_catalogues", fail)


def test_a_second_start_takes_the_kept_catalogues(
    tmp_path: Path, user_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache" / "catalogues.pickle"
    first = load_catalogues(catalogue_path(), user_file, cache)
    assert cache.exists() and first.catalogue is not None
    assert "my-stretch" in first.catalogue.exercises
    _not_read(monkeypatch)
    assert load_catalogues(catalogue_path(), user_file, cache) == first


def test_a_changed_or_removed_file_is_read_again(
    tmp_path: Path, user_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "catalogues.pickle"
    load_catalogues(catalogue_path(), user_file, cache)
    user_file.write_text(ADDITION.replace("My stretch", "My long stretch"), encoding="utf-8")
    again = load_catalogues(catalogue_path(), user_file, cache)
    assert again.catalogue is not None
    assert again.catalogue.exercises["my-stretch"].name.en == "My long stretch"
    user_file.write_text("exercises: [", encoding="utf-8")  # broken: said, not kept hidden
    broken = load_catalogues(catalogue_path(), user_file, cache)
    assert broken.user_problems and broken.catalogue is not None
    user_file.unlink()
    gone = load_catalogues(catalogue_path(), user_file, cache)
    assert gone.catalogue is not None and "my-stretch" not in gone.catalogue.exercises
    assert not gone.user_problems


def test_changed_code_is_a_miss(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    module = tmp_path / "model.py"
    module.write_text("x = 1\n")
    monkeypatch.setattr(catalogue_cache, "_code", lambda: [module])
    before = catalogue_cache.key_for([catalogue_path()])
    module.write_text("x = 2  # a field more\n")
    assert catalogue_cache.key_for([catalogue_path()]) != before


@pytest.mark.parametrize(
    "damage",
    [b"", b"not a pickle at all", b"\x80\x05\x95", "truncate", "foreign"],
    ids=["empty", "text", "cut-off header", "truncated", "another object"],
)
def test_a_damaged_cache_is_a_miss_and_is_replaced(tmp_path: Path, damage: object) -> None:
    cache = tmp_path / "catalogues.pickle"
    good = load_catalogues(catalogue_path(), None, cache)
    if damage == "truncate":
        cache.write_bytes(cache.read_bytes()[: cache.stat().st_size // 2])
    elif damage == "foreign":
        catalogue_cache.write(cache, catalogue_cache.key_for([catalogue_path(), None]), [1, 2])
    else:
        assert isinstance(damage, bytes)
        cache.write_bytes(damage)
    assert load_catalogues(catalogue_path(), None, cache) == good
    assert catalogue_cache.read(cache, catalogue_cache.key_for([catalogue_path(), None])) == good


def test_a_cache_that_cannot_be_written_costs_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    loaded = load_catalogues(catalogue_path(), None, blocker / "catalogues.pickle")
    assert loaded.catalogue is not None  # read from the file; simply not kept


def test_a_warm_start_imports_no_yaml(tmp_path: Path) -> None:
    """The point of the cache: the loader and PyYAML stay out of a start that has it."""
    code = (
        "import sys; from pathlib import Path; from app.bundle import catalogue_path; "
        "from app.core.files import load_catalogues; "
        f"c = load_catalogues(catalogue_path(), None, Path({str(tmp_path / 'c.pickle')!r})); "
        "print(c.catalogue is not None, 'yaml' in sys.modules)"
    )
    env = dict(os.environ, PYTHONPATH=str(REPO))
    runs = [
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       env=env, cwd=tmp_path, timeout=60, check=True).stdout.split()
        for _ in range(2)
    ]  # fmt: skip
    assert runs == [["True", "True"], ["True", "False"]]
