"""Saved rhythms in backups (issue 19): a backup carries ``data/rhythms`` as it carries the
saved sessions; a restore brings them back inside the same transaction (the swap, its
rollback and the recovery after a kill move the folder with the rest: the sets of
``tests/helpers/backups.py`` hold a rhythm each, so every test of ``test_restore.py`` that
checks ``which_set`` checks the rhythms too); a rhythm the pacer's list would not read —
damaged, too large, one too many, a name the app does not make — is refused with what and
where, before anything of the person's is touched. ``make`` refuses the same, so a backup
the app makes can always be restored."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.pattern import parse_pattern
from app.core.rhythms import SavedRhythm, dump
from app.services import backup, rhythm_store
from tests.helpers.backups import MANIFEST_OK, make_backup, put_set, which_set


@pytest.fixture
def dirs(user_dirs: dict[str, Path]) -> tuple[Path, Path]:
    return user_dirs["data"], user_dirs["config"]


def _zip(path: Path, **entries: bytes) -> Path:
    """A backup holding ``entries`` (``__`` in a name stands for ``/``)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr(backup.MANIFEST, MANIFEST_OK)
        for name, content in entries.items():
            out.writestr(name.replace("__", "/"), content)
    return path


def _untouched(data: Path, config: Path) -> None:
    """Set "a" as it was, and no staging folder left behind."""
    assert which_set(data, config) == "a"
    left = [p.name for root in (data, config) for p in root.iterdir()]
    assert not [n for n in left if n.startswith((backup.STAGING, backup.ASIDE))], left


GOOD = dump(SavedRhythm("Calm", parse_pattern("4-0-6"), minutes=5.0)).encode()


# -- a backup holds them, a restore brings them back ---------------------------------------


def test_a_backup_holds_the_saved_rhythms(dirs: tuple[Path, Path], tmp_path: Path) -> None:
    data, config = dirs
    archive = make_backup(data, config, "b", tmp_path / "b.zip")
    with zipfile.ZipFile(archive) as made:
        assert "rhythms/rhythm-b.yaml" in made.namelist()
        assert made.read("rhythms/rhythm-b.yaml") == (data / "rhythms/rhythm-b.yaml").read_bytes()
    assert "rhythms/rhythm-b.yaml" in backup.check(archive)


def test_a_restore_brings_the_rhythms_back_and_keeps_the_old_ones_aside(
    dirs: tuple[Path, Path], tmp_path: Path
) -> None:
    data, config = dirs
    archive = make_backup(data, config, "b", tmp_path / "b.zip")
    put_set(data, config, "a")
    (data / "rhythms" / "calm.yaml").write_bytes(GOOD)  # one of "a"'s own, made since
    staged = backup.stage(archive)
    assert staged.rhythms == 1 and staged.warnings == []
    assert (data / "rhythms" / "calm.yaml").exists()  # checking changes nothing
    restored = backup.swap(staged)
    assert which_set(data, config) == "b"
    assert [r.name for r in rhythm_store.listing().readable] == ["Rhythm b"]
    [aside] = [p for p in restored.asides if p.parent == data]
    assert sorted(p.name for p in (aside / "rhythms").iterdir()) == ["calm.yaml", "rhythm-a.yaml"]
    # The restored folder is private, as the app makes it.
    assert (data / "rhythms").stat().st_mode & 0o777 == 0o700


def test_a_backup_without_rhythms_puts_the_current_ones_aside(
    dirs: tuple[Path, Path], tmp_path: Path
) -> None:
    """A backup made before rhythms were backed up replaces them too, as it replaces saved
    sessions it does not hold: nothing is lost, they are in the "before-restore" folder."""
    data, config = dirs
    put_set(data, config, "a")
    restored = backup.swap(backup.stage(_zip(tmp_path / "old.zip", **{"settings.ini": b""})))
    assert not (data / "rhythms").exists()
    [aside] = [p for p in restored.asides if p.parent == data]
    assert (aside / "rhythms" / "rhythm-a.yaml").exists()


# -- what a restore refuses, with what and where, nothing changed ---------------------------

DAMAGED = [
    (b"schema: 1\nname: x\npattern: 4-0-0\n", r"rhythms/bad.yaml:3:10"),
    (b"name: [\n", r"rhythms/bad.yaml:2:1"),
    (b"schema: 1\nname: x\npattern: !!python/object:os.system echo\n", r"rhythms/bad.yaml:3:"),
    (b"schema: 1\nname: x\npattern: 4-0-6\nbreaths: 3\nminutes: 2\n", r"rhythms/bad.yaml:5:"),
    (b"\xff\xfe not text", r"rhythms/bad.yaml"),
]


@pytest.mark.parametrize(("content", "where"), DAMAGED)
def test_a_damaged_rhythm_in_a_backup_is_refused_with_where_and_nothing_changes(
    dirs: tuple[Path, Path], tmp_path: Path, content: bytes, where: str
) -> None:
    data, config = dirs
    put_set(data, config, "a")
    archive = _zip(
        tmp_path / "bad.zip", **{"rhythms__good.yaml": GOOD, "rhythms__bad.yaml": content}
    )
    with pytest.raises(backup.BackupError, match=r"saved rhythm .*cannot be read") as refused:
        backup.stage(archive)
    said = str(refused.value)
    assert re.search("bad\\.zip:" + where, said), said
    assert backup.STAGING not in said  # the backup's names, not the staging folder's
    _untouched(data, config)


def test_an_oversized_rhythm_in_a_backup_is_refused_before_it_is_read(
    dirs: tuple[Path, Path], tmp_path: Path
) -> None:
    data, config = dirs
    put_set(data, config, "a")
    big = GOOD + b"#" * (rhythm_store.MAX_FILE_BYTES + 1 - len(GOOD))
    with pytest.raises(backup.BackupError, match=r"rhythms/big.yaml.*unpacked.*at most 1 kB"):
        backup.stage(_zip(tmp_path / "big.zip", **{"rhythms__big.yaml": big}))
    _untouched(data, config)
    # One byte less is a rhythm file the list reads: accepted.
    exactly = big[:-1]
    staged = backup.stage(_zip(tmp_path / "fits.zip", **{"rhythms__fits.yaml": exactly}))
    backup.discard(staged)
    assert staged.rhythms == 1


def test_more_rhythms_than_the_list_reads_are_refused(
    dirs: tuple[Path, Path], tmp_path: Path
) -> None:
    data, config = dirs
    put_set(data, config, "a")
    many = {f"rhythms__r{i}.yaml": GOOD for i in range(rhythm_store.MAX_RHYTHMS + 1)}
    with pytest.raises(backup.BackupError, match=r"more saved rhythms.*at most 100"):
        backup.stage(_zip(tmp_path / "many.zip", **many))
    _untouched(data, config)
    del many[f"rhythms__r{rhythm_store.MAX_RHYTHMS}.yaml"]
    staged = backup.stage(_zip(tmp_path / "enough.zip", **many))
    backup.discard(staged)
    assert staged.rhythms == rhythm_store.MAX_RHYTHMS


@pytest.mark.parametrize(
    "name",
    ["rhythms/.hidden.yaml", "rhythms/a/b.yaml", "rhythms/a\u202eexe.yaml", "rhythms/x.yml",
     "rhythms/../history.sqlite3"],
)  # fmt: skip
def test_a_rhythm_name_the_app_does_not_make_is_refused(tmp_path: Path, name: str) -> None:
    archive = tmp_path / "odd.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr(backup.MANIFEST, MANIFEST_OK)
        out.writestr(name, GOOD)
    with pytest.raises(backup.BackupError, match="unexpected entry") as refused:
        backup.stage(archive)
    assert "\u202e" not in str(refused.value)


@settings(max_examples=60, derandomize=True, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(cut=st.integers(0, len(GOOD)), noise=st.binary(max_size=40))
def test_a_restore_accepts_a_rhythm_exactly_when_the_pacer_list_reads_it(
    dirs: tuple[Path, Path], tmp_path: Path, cut: int, noise: bytes
) -> None:
    """Any damaged rhythm: the restore's verdict is the list's (``rhythm_store.load``)."""
    content = GOOD[:cut] + noise + GOOD[cut:]
    probe = tmp_path / "probe.yaml"
    probe.write_bytes(content)
    readable = rhythm_store.load(probe).rhythm is not None
    archive = _zip(tmp_path / "gen.zip", **{"rhythms__gen.yaml": content})
    try:
        staged = backup.stage(archive)
    except backup.BackupError as refused:
        assert not readable, refused
        assert "gen.zip:rhythms/gen.yaml" in str(refused)
    else:
        backup.discard(staged)
        assert readable


# -- make refuses what a restore would refuse ---------------------------------------------


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"schema: 1\nname: x\npattern: 4-0-0\n", r"broken.yaml:3:10"),
        (b"#" * (rhythm_store.MAX_FILE_BYTES + 1), r"broken.yaml.*larger than a backup can hold"),
    ],
)
def test_make_refuses_a_rhythm_a_restore_would_refuse(
    dirs: tuple[Path, Path], tmp_path: Path, content: bytes, said: str
) -> None:
    data, config = dirs
    put_set(data, config, "a")
    (data / "rhythms" / "broken.yaml").write_bytes(content)
    with pytest.raises(backup.BackupError, match=said):
        backup.make(tmp_path / "x.zip", None)
    assert not (tmp_path / "x.zip").exists()
    assert (data / "rhythms" / "broken.yaml").read_bytes() == content  # left as it was


def test_make_refuses_more_rhythms_than_a_backup_holds(
    dirs: tuple[Path, Path], tmp_path: Path
) -> None:
    data, config = dirs
    put_set(data, config, "a")
    for i in range(rhythm_store.MAX_RHYTHMS):  # with rhythm-a.yaml: one too many
        (data / "rhythms" / f"r{i:03}.yaml").write_bytes(GOOD)
    with pytest.raises(backup.BackupError, match=r"more saved rhythms in .*rhythms"):
        backup.make(tmp_path / "x.zip", None)
    assert not (tmp_path / "x.zip").exists()
