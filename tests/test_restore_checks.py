"""What a restore and the history let in, checked exactly (review of the backup/restore and
history code):

1. the history's schema is compared whole with what the migrations make — a trigger or a
   view named near ``sqlite_autoindex`` (``sqlitexautoindexwipe``) is no longer skipped,
   in a backup nor in the history the app opens (set aside, said, never run);
2. a zip's end records are read first: a directory of a million entries is refused
   before ``zipfile`` parses it;
3. a restore brings no saved session the store would not read, and no more of them than
   the list reads in well under a second on the GUI thread;
4. the settings file is opened through ``options.guard`` everywhere (a FIFO hangs nothing);
5. the words: a swap that fails names the path it failed on, a path with bidi controls is
   shown with escapes, and an unsaved-changes file that is not there is not a problem.
"""

from __future__ import annotations

import ast
import errno
import os
import sqlite3
import struct
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from app.core import history_db
from app.core.history import ExerciseRecord, Outcome
from app.core.history_db import HistoryError, HistoryStore, read_only, validate
from app.core.model import Catalogue
from app.core.routines import SavedRoutine, dump
from app.player import Player
from app.services import backup, routine_store
from app.services.history import SessionRecorder
from app.ui.history_window import HistoryWindow
from app.ui.restore_dialog import RestoreFlow
from tests.helpers.backups import MANIFEST_OK, make_backup, put_set, stored, which_set, write_zip
from tests.test_storage_faults import _mount, _umount

REPO = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 5, 1, 9, 0)


@pytest.fixture
def dirs(user_dirs: dict[str, Path]) -> tuple[Path, Path]:
    return user_dirs["data"], user_dirs["config"]


# -- 1. the schema, exactly ---------------------------------------------------------------


def _history(path: Path, sessions: int = 3) -> Path:
    store = HistoryStore.open(path)
    for day in range(sessions):
        sid = store.begin(NOW.replace(day=day + 1), ["cobra"], [ExerciseRecord(0, "cobra")])
        store.end(sid, NOW.replace(day=day + 1, minute=5), Outcome.FINISHED, 60_000)
    store.close()
    return path


def _add(path: Path, kind: str, name: str) -> bool:
    """An object of ``kind`` named ``name`` in the history at ``path``: made with SQL where
    SQLite allows the name, written into the schema table where it does not (names that
    begin with ``sqlite_`` are SQLite's own: only a hand-made file can hold them). True
    when the file is still one SQLite reads (a table or index written in by hand has no
    pages: SQLite then calls the whole schema malformed)."""
    quoted = '"' + name.replace('"', '""') + '"'
    sql = {
        "trigger": f"CREATE TRIGGER {quoted} AFTER INSERT ON sessions "
        "BEGIN DELETE FROM exercises WHERE session_id != NEW.id; "
        "DELETE FROM sessions WHERE id != NEW.id; END",
        "view": f"CREATE VIEW {quoted} AS SELECT 1",
        "index": f"CREATE INDEX {quoted} ON sessions(ended)",
        "table": f"CREATE TABLE {quoted} (x)",
    }[kind]
    db = sqlite3.connect(path, isolation_level=None)
    try:
        try:
            db.execute(sql)
        except sqlite3.OperationalError as error:
            assert "reserved for internal use" in str(error), error
            table = name if kind in ("table", "view") else "sessions"
            db.execute("PRAGMA writable_schema = ON")
            db.execute(
                "INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) "
                "VALUES (?, ?, ?, 0, ?)",
                (kind, name, table, sql),
            )
            version = db.execute("PRAGMA schema_version").fetchone()[0]
            db.execute(f"PRAGMA schema_version = {version + 1}")
            return kind in ("trigger", "view")
    finally:
        db.close()
    return True


def _near_autoindex(draw: st.DrawFn) -> str:
    """A name near ``sqlite_autoindex``: the word with letters changed, case changed,
    the ``_`` replaced by anything, cut, or with anything after it."""
    word = list("sqlite_autoindex")
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(word) - 1))
        word[at] = draw(st.sampled_from(["_", "x", "9", " ", "%", word[at].upper(), "é"]))
    name = "".join(word)
    if draw(st.booleans()):
        name = name[: draw(st.integers(1, len(name)))]
    return name + draw(st.sampled_from(["", "_", "_sessions_1", "wipe", " v", "_exercises_1", "%"]))


NEAR_AUTOINDEX = st.composite(_near_autoindex)()
KINDS = st.sampled_from(["trigger", "view", "index", "table"])
BOUNDED = settings(
    max_examples=40, deadline=None, derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)  # fmt: skip


@pytest.fixture(scope="module")
def good_history(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("good")
    store = HistoryStore.open(_history(folder / "h.sqlite3"))
    store.backup_to(folder / "copy.sqlite3")  # one file, as a backup holds it
    store.close()
    return folder / "copy.sqlite3"


@BOUNDED
@given(kind=KINDS, name=NEAR_AUTOINDEX)
def test_any_object_the_migrations_do_not_make_is_refused_whatever_its_name(
    tmp_path_factory: pytest.TempPathFactory, good_history: Path, kind: str, name: str
) -> None:
    """In a backup (``validate``), in the history the app opens (set aside, said, a new one
    started) and in the one it only reads (refused): the trigger never runs."""
    folder = tmp_path_factory.mktemp("schema")
    path = folder / "history.sqlite3"
    path.write_bytes(good_history.read_bytes())
    readable = _add(path, kind, name)
    problems = validate(path)
    assert problems, (kind, name)
    said = " ".join(p.render() for p in problems)
    if readable:
        assert "not the ones Breathing Room makes" in said and f"{kind} " in said, said
    with pytest.raises(HistoryError):
        read_only(path)
    store = HistoryStore.open(path, now=NOW)
    try:
        assert store.problem is not None
        text = store.problem.render()
        assert "set aside as" in text, text
        assert not readable or f"{kind} " in text, text
        store.begin(NOW, ["cobra"], [ExerciseRecord(0, "cobra")])  # the trigger's moment
        assert len(store.sessions()) == 1  # a new history: nothing of the old one in it
    finally:
        store.close()
    (aside,) = folder.glob("history.damaged-*.sqlite3")
    if readable:
        assert len(read_only_rows(aside)) == 3  # set aside as it was: its trigger never ran


def read_only_rows(path: Path) -> list[object]:
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return db.execute("SELECT id FROM sessions").fetchall()
    finally:
        db.close()


def test_the_schema_check_skips_nothing_not_even_sqlites_own_indexes() -> None:
    """The comparison holds every object of the file (the primary key's own index too):
    no rule by name can be dodged."""
    fresh = sqlite3.connect(":memory:", isolation_level=None)
    history_db.migrate(fresh)
    names = {row[1] for row in history_db._schema(fresh)}
    assert "sqlite_autoindex_exercises_1" in names
    assert history_db.schema_differences(fresh, history_db.VERSION) == ""


def test_the_reviewers_backup_is_refused(dirs: tuple[Path, Path], tmp_path: Path) -> None:
    """``sqlitexautoindexwipe`` (a trigger that wipes the history at the next write) and a
    view ``"sqlite9autoindex v"`` in a backup: refused, nothing changed."""
    data, config = dirs
    good = make_backup(data, config, "b", tmp_path / "b.zip")
    put_set(data, config, "a")
    with zipfile.ZipFile(good) as archive:
        contents = {info.filename: archive.read(info) for info in archive.infolist()}
    copy = tmp_path / "h.sqlite3"
    copy.write_bytes(contents[backup.HISTORY])
    _add(copy, "trigger", "sqlitexautoindexwipe")
    _add(copy, "view", "sqlite9autoindex v")
    contents[backup.HISTORY] = copy.read_bytes()
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w", zipfile.ZIP_DEFLATED) as out:
        for name, content in contents.items():
            out.writestr(name, content)
    with pytest.raises(backup.BackupError) as refused:
        backup.stage(evil)
    assert "trigger sqlitexautoindexwipe" in str(refused.value)
    assert "view sqlite9autoindex v" in str(refused.value)
    assert which_set(data, config) == "a"


def test_a_trigger_in_the_live_history_is_set_aside_and_said(
    qtbot: QtBot, player: Player, dirs: tuple[Path, Path]
) -> None:
    """The history the app opens at start is checked like a backup: a trigger there (put
    in by another program) is said, the file set aside whole, and never run."""
    data, _config = dirs
    path = _history(data / "history.sqlite3")
    _add(path, "trigger", "sqlitexautoindexwipe")
    recorder = SessionRecorder(player)
    said: list[str] = []
    recorder.notice.connect(said.append)
    try:
        assert recorder.sessions() == []
        assert any("trigger sqlitexautoindexwipe" in s and "set aside as" in s for s in said), said
    finally:
        recorder.close()
    (aside,) = data.glob("history.damaged-*.sqlite3")
    assert len(read_only_rows(aside)) == 3


# -- 2. the zip's end records, before zipfile ---------------------------------------------


def _ends(entries: int, directory: int, offset: int, zip64: bool) -> bytes:
    """End records declaring ``entries`` and ``directory`` bytes of central directory."""
    if not zip64:
        return struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, entries, entries, directory, offset, 0)
    record_at = offset + directory
    return (
        struct.pack(
            "<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, entries, entries, directory, offset
        )
        + struct.pack("<IIQI", 0x07064B50, 0, record_at, 1)
        + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    )


def _with_ends(tmp_path: Path, entries: int | None, directory: int | None, zip64: bool,
               comment: bytes = b"") -> Path:  # fmt: skip
    """A small good backup whose end records are replaced: declaring ``entries`` and
    ``directory`` (None: the true ones), Zip64 or not, with an archive comment."""
    good = write_zip(tmp_path / "good.zip", [stored(backup.MANIFEST, MANIFEST_OK),
                                             stored("sessions/a.yaml", b"x")])  # fmt: skip
    raw = good.read_bytes()
    end = raw.rfind(b"PK\x05\x06")
    _sig, _d, _s, count, _t, size, offset, _c = struct.unpack("<IHHHHIIH", raw[end : end + 22])
    body = raw[:end]
    tail = _ends(count if entries is None else entries, size if directory is None else directory,
                 offset, zip64)  # fmt: skip
    if comment:
        tail = tail[:-2] + struct.pack("<H", len(comment)) + comment
    path = tmp_path / "crafted.zip"
    path.write_bytes(body + tail)
    return path


@pytest.fixture
def no_zipfile_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_self: object) -> None:
        raise AssertionError("zipfile read the central directory")

    monkeypatch.setattr(zipfile.ZipFile, "_RealGetContents", refuse)


@pytest.mark.parametrize("zip64", [False, True])
@pytest.mark.parametrize("comment", [b"", b"a comment" * 100])
@pytest.mark.parametrize(
    ("entries", "directory", "said"),
    [
        (
            1_200_000,
            63_000_000,
            f"it holds 1200000 files; a backup holds at most {backup.LIMITS.entries}",
        ),
        (backup.LIMITS.entries + 1, None, f"it holds {backup.LIMITS.entries + 1} files"),
        (2, 63_000_000, "not a zip file, or a damaged one"),  # a list far longer than 2 need
        (2, backup.LIMITS.directory_bytes + 1, "not a zip file, or a damaged one"),
    ],
)
def test_a_zip_declaring_too_many_entries_is_refused_before_zipfile_reads_it(
    tmp_path: Path, dirs: tuple[Path, Path], no_zipfile_parsing: None,
    entries: int, directory: int | None, said: str, zip64: bool, comment: bytes,
) -> None:  # fmt: skip
    if not zip64 and entries > 0xFFFF:
        entries = 0xFFFF  # what a classic record can say at most
        said = "it holds 65535 files"
    crafted = _with_ends(tmp_path, entries, directory, zip64, comment)
    started = time.perf_counter()
    with pytest.raises(backup.BackupError, match=said):
        backup.stage(crafted)
    assert time.perf_counter() - started < 0.5
    assert [p.name for p in dirs[0].iterdir() if p.name.startswith(backup.STAGING)] == []


@pytest.mark.parametrize("zip64", [False, True])
@pytest.mark.parametrize("comment", [b"", b"made by hand", b"PK\x05\x06" + b"c" * 40])
def test_a_zip_whose_end_records_are_true_is_read_as_zipfile_reads_it(
    tmp_path: Path, dirs: tuple[Path, Path], zip64: bool, comment: bytes
) -> None:
    """Zip64 end records (which some tools always write) and archive comments are fine;
    the end record is found where zipfile finds it (a comment holding its signature
    makes the zip damaged to both)."""
    path = _with_ends(tmp_path, None, None, zip64, comment)
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
    except zipfile.BadZipFile:
        names = []
    if not names:
        assert b"PK\x05\x06" in comment
        with pytest.raises(backup.BackupError):  # (what it read there as counts, or damage)
            backup.stage(path)
        return
    assert names == [backup.MANIFEST, "sessions/a.yaml"]
    staged = backup.stage(path)
    assert staged.sessions == 1
    backup.discard(staged)


def test_the_zip_is_opened_without_waiting_and_closed(tmp_path: Path) -> None:
    """A FIFO is refused without being waited on; the file the check opened is closed."""
    fifo = tmp_path / "fifo.zip"
    os.mkfifo(fifo)
    with pytest.raises(backup.BackupError, match="not a file"):
        backup.stage(fifo)
    good = write_zip(tmp_path / "g.zip", [stored(backup.MANIFEST, MANIFEST_OK)])
    before = len(os.listdir("/proc/self/fd"))
    backup.discard(backup.stage(good))
    assert len(os.listdir("/proc/self/fd")) == before


# -- 3. saved sessions: the store's limits -----------------------------------------------


def test_the_restore_takes_the_stores_limits() -> None:
    assert backup.LIMITS.session_bytes == routine_store.MAX_FILE_BYTES
    assert backup.LIMITS.sessions_bytes == routine_store.MAX_TOTAL_BYTES


def _session_of(size: int, name: str = "Long one") -> bytes:
    text = f"schema: 1\nname: {name}\nexercises:\n  - cobra\n#"
    return (text + "x" * (size - len(text) - 1) + "\n").encode()


def test_a_session_the_store_would_not_read_is_refused_and_one_it_reads_restored(
    tmp_path: Path, dirs: tuple[Path, Path], catalogue: Catalogue
) -> None:
    limit = routine_store.MAX_FILE_BYTES
    over = write_zip(
        tmp_path / "over.zip",
        [
            stored(backup.MANIFEST, MANIFEST_OK),
            stored("sessions/long.yaml", _session_of(limit + 1)),
        ],
    )
    with pytest.raises(backup.BackupError, match=r"sessions/long.yaml.*65 kB unpacked.*64 kB"):
        backup.stage(over)
    fits = write_zip(
        tmp_path / "fits.zip",
        [stored(backup.MANIFEST, MANIFEST_OK), stored("sessions/long.yaml", _session_of(limit))],
    )
    staged = backup.stage(fits, bundled=catalogue)
    assert staged.warnings == []
    backup.swap(staged)
    (entry,) = routine_store.entries(catalogue.exercises)
    assert entry.session is not None and entry.session.name == "Long one"  # listed, read


def test_saved_sessions_beyond_what_the_list_reads_at_once_are_refused(tmp_path: Path) -> None:
    size = routine_store.MAX_FILE_BYTES
    count = routine_store.MAX_TOTAL_BYTES // size + 1
    many = write_zip(tmp_path / "many.zip", [stored(backup.MANIFEST, MANIFEST_OK)] + [
        stored(f"sessions/s{i}.yaml", _session_of(size, f"S{i}")) for i in range(count)
    ])  # fmt: skip
    with pytest.raises(backup.BackupError, match=r"more saved sessions.*512 kB in all"):
        backup.stage(many)


def test_make_refuses_sessions_the_store_would_not_read(
    dirs: tuple[Path, Path], tmp_path: Path
) -> None:
    data, config = dirs
    put_set(data, config, "a")
    (data / "sessions" / "big.yaml").write_bytes(_session_of(routine_store.MAX_FILE_BYTES + 1))
    with pytest.raises(backup.BackupError, match=r"big.yaml is 65 kB, larger than.*\(64 kB\)"):
        backup.make(tmp_path / "x.zip", None)


def test_the_list_reads_the_most_a_restore_brings_in(
    dirs: tuple[Path, Path], catalogue: Catalogue
) -> None:
    """The densest sessions the app writes (1 000 times the shortest exercise id, the
    reader's most), as many as fill :data:`routine_store.MAX_TOTAL_BYTES`: all read by the
    list's own reader. How long that takes is the bench's to say, not a test's (0.52 s of
    processor time measured, ``python -m tests.bench.saved_routines_cost``)."""
    shortest = min(catalogue.exercises, key=len)
    text = dump(SavedRoutine("S", (shortest,) * 1000))
    folder = dirs[0] / "sessions"
    folder.mkdir()
    count = routine_store.MAX_TOTAL_BYTES // len(text.encode())
    for i in range(count):
        (folder / f"s{i}.yaml").write_text(text.replace("name: S", f"name: S{i}", 1))
    listed = routine_store.entries(catalogue.exercises)
    assert len(listed) == count and all(e.session is not None for e in listed)


# -- 4. the settings file, opened through the guard only --------------------------------

FIFO_SETTINGS = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from app.core.history_db import HistoryStore
from app.services import backup, options
from tests.helpers.backups import make_backup, put_set
data = Path(os.environ["BREATHING_ROOM_DATA_DIR"])
config = Path(os.environ["BREATHING_ROOM_CONFIG_DIR"])
out = Path(sys.argv[1])
good = make_backup(data, config, "b", out / "b.zip")
put_set(data, config, "a")
options.PACER_BREATHS.read()  # the start's look at the file: a regular one
settings = config / "settings.ini"

def fifo():
    settings.unlink()
    os.mkfifo(settings)

fifo()
store = HistoryStore.open(data / "history.sqlite3")
print("made", backup.make(out / "again.zip", store), flush=True)
store.close()
staged = backup.stage(good)
fifo()
backup.swap(staged)
print("swapped", flush=True)
"""


def test_a_settings_file_that_became_a_fifo_hangs_neither_backup_nor_restore(
    tmp_path: Path, dirs: tuple[Path, Path]
) -> None:
    done = subprocess.run([sys.executable, "-c", FIFO_SETTINGS, str(tmp_path)], cwd=REPO,
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["made", "4", "swapped"]  # history, settings, a session, a rhythm
    assert which_set(*dirs) == "b"


def _calls_in_order(function: ast.AST) -> Iterator[ast.Call]:
    calls = [node for node in ast.walk(function) if isinstance(node, ast.Call)]
    yield from sorted(calls, key=lambda c: (c.lineno, c.col_offset))


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def test_every_opening_of_the_settings_goes_through_the_guard() -> None:
    """A function that makes the settings object (``paths.settings()``) or asks for it
    (``changed_settings()``) calls ``guard()`` first; only these two themselves do not."""
    makers = {("services/paths.py", "settings"), ("services/storage.py", "changed_settings")}
    unguarded: list[str] = []
    for path in sorted((REPO / "app").rglob("*.py")):
        module = path.relative_to(REPO / "app").as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            if (module, function.name) in makers:
                continue
            guarded = False
            for call in _calls_in_order(function):
                name = _name(call)
                if name == "guard":
                    guarded = True
                opens = (name == "settings" and not call.args and isinstance(
                    call.func, ast.Attribute) and getattr(call.func.value, "id", "") == "paths"
                ) or name == "changed_settings"  # fmt: skip
                if opens and not guarded:
                    unguarded.append(f"app/{module}:{call.lineno} {function.name}()")
    assert unguarded == []


# -- 5. the words -------------------------------------------------------------------------


def test_a_swap_that_fails_names_the_path_it_failed_on(
    dirs: tuple[Path, Path], tmp_path: Path
) -> None:
    """A rename that fails without naming a file (as an injected failure does) is said
    with the file or folder being replaced."""
    data, config = dirs
    good = make_backup(data, config, "b", tmp_path / "b.zip")
    put_set(data, config, "a")
    staged = backup.stage(good)
    seen = 0

    def busy(step: str) -> None:
        nonlocal seen
        if step == "rename":
            seen += 1
            if seen == 3:  # a few moves in
                raise OSError(errno.EBUSY, os.strerror(errno.EBUSY))

    with backup.steps(busy), pytest.raises(backup.SwapError) as failed:
        backup.swap(staged)
    text = str(failed.value)
    assert f"{data}/" in text and ": Device or resource busy" in text, text
    assert "nothing was changed" in text
    assert which_set(data, config) == "a"


@pytest.fixture
def sessions_mounted(dirs: tuple[Path, Path], tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    data, config = dirs
    good = make_backup(data, config, "b", tmp_path / "b.zip")
    put_set(data, config, "a")
    folder = data / "sessions"
    kept = {p.name: p.read_bytes() for p in folder.iterdir()}
    if not _mount(folder, "size=1m"):
        pytest.skip("needs root to mount a tmpfs")
    for name, content in kept.items():
        (folder / name).write_bytes(content)
    try:
        yield folder, good
    finally:
        _umount(folder)


def test_a_mount_point_that_cannot_be_moved_is_named(
    dirs: tuple[Path, Path], sessions_mounted: tuple[Path, Path]
) -> None:
    folder, good = sessions_mounted
    with pytest.raises(backup.SwapError) as failed:
        backup.swap(backup.stage(good))
    assert f"({folder}: Device or resource busy)" in str(failed.value), str(failed.value)
    assert which_set(*dirs) == "a"


BIDI = "backup-\u202egpj.zip"  # shown as "backup-piz.jpg" without escapes


@pytest.fixture
def flow(
    qtbot: QtBot, player: Player, catalogue: Catalogue, dirs: tuple[Path, Path], tmp_path: Path
) -> Iterator[RestoreFlow]:
    data, config = dirs
    source = make_backup(data, config, "b", tmp_path / BIDI)
    recorder = SessionRecorder(player)
    window = HistoryWindow(recorder, catalogue, "en")
    qtbot.addWidget(window)
    yield RestoreFlow(window, recorder, source)
    recorder.close()


def test_the_question_and_the_refusal_show_a_path_with_escapes(
    flow: RestoreFlow, catalogue: Catalogue
) -> None:
    staged = backup.stage(flow.source, bundled=catalogue)
    try:
        for text in (flow.question_text(staged), flow._refused("a reason")):
            assert "\u202e" not in text
            assert "backup-\\u202egpj.zip" in text
    finally:
        backup.discard(staged)


def test_a_backup_refusal_shows_a_path_with_escapes(tmp_path: Path) -> None:
    folder = tmp_path / "\u202ekoob"
    folder.mkdir()
    huge = folder / "h.yaml"
    huge.write_bytes(b"#" * (backup.LIMITS.catalogue_bytes + 1))
    with pytest.raises(backup.BackupError) as refused:
        backup._fits(huge, backup.LIMITS.catalogue_bytes)
    assert "\u202e" not in str(refused.value) and "\\u202ekoob" in str(refused.value)


def test_a_data_folder_that_is_a_file_says_nothing_about_unsaved_practice(
    qtbot: QtBot, player: Player, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing was kept unsaved: a missing (or unreachable) file of unsaved changes is no
    problem, whatever the history's own trouble is."""
    data = tmp_path / "not-a-folder"
    data.write_text("")
    monkeypatch.setenv("BREATHING_ROOM_DATA_DIR", str(data))
    recorder = SessionRecorder(player)
    said: list[str] = []
    recorder.notice.connect(said.append)
    try:
        assert recorder.sessions() == []
    finally:
        recorder.close()
    assert said  # the history's own trouble is said
    assert not any("not yet saved" in s for s in said), said


@pytest.mark.parametrize("kind", ["folder", "fifo"])
def test_unsaved_practice_that_cannot_be_read_is_said_and_waits_for_nothing(
    qtbot: QtBot, player: Player, dirs: tuple[Path, Path], kind: str
) -> None:
    data, _config = dirs
    _history(data / "history.sqlite3", 1)
    kept = data / "history.sqlite3.unsaved"
    release = threading.Event()
    if kind == "folder":
        kept.mkdir()
    else:
        os.mkfifo(kept)

        def writer() -> None:  # should the start wait on the FIFO, it ends in 10 s
            if not release.wait(10):
                os.close(os.open(kept, os.O_WRONLY))

        threading.Thread(target=writer, daemon=True).start()
    recorder = SessionRecorder(player)
    said: list[str] = []
    recorder.notice.connect(said.append)
    started = time.perf_counter()
    try:
        assert len(recorder.sessions()) == 1
    finally:
        release.set()
        recorder.close()
    assert time.perf_counter() - started < 5
    assert any("not yet saved" in s and str(kept) in s for s in said), said
