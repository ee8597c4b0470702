"""Saved sessions: the file format, located problems, and atomic, lossless storage.

Never lost: a file that cannot be read is never replaced, a readable one only after a Yes,
new files are created exclusively (another window's save in between moves this one to the
next free file name), and names with invisible characters are refused, shown escaped.
(Two processes saving at once: tests/test_concurrent_saves.py.)"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.core import routines
from app.core.model import Catalogue
from app.core.routines import SavedRoutine
from app.core.text import visible
from app.services import routine_store
from app.services.routine_store import StoreError
from app.ui.saved_routines import ask_name


def test_dump_and_parse_round_trip(catalogue: Catalogue) -> None:
    session = SavedRoutine("Ochtend — rug", ("childs-pose", "cobra", "childs-pose"))
    text = routines.dump(session)
    assert routines.parse(text, "s.yaml", catalogue.exercises) == (session, [])


@pytest.mark.parametrize(
    ("text", "where", "words"),
    [
        ("schema: 1\nname: x\nexercises: [cobra, cobar]\n", "3:", "did you mean 'cobra'"),
        ("schema: 1\nname: x\nexercises: []\n", "3:12", "at least 1"),
        ("schema: 2\nname: x\nexercises: [cobra]\n", "1:9", "from 1 to 1"),
        ("schema: 1\nexercises: [cobra]\n", "1:1", "missing required key 'name'"),
        ("schema: 1\nname: x\nexercises: [cobra\n", "4:1", "YAML syntax"),
        ("schema: 1\nname: !!python/object:os.system x\nexercises: [cobra]\n", "2:7", "tag"),
        ("- just\n- a list\n", "1:1", "expected a mapping"),
    ],
)
def test_damaged_files_say_what_and_where(
    catalogue: Catalogue, text: str, where: str, words: str
) -> None:
    session, problems = routines.parse(text, "s.yaml", catalogue.exercises)
    assert session is None
    assert problems and f"s.yaml:{where}" in str(problems[0]) and words in str(problems[0])


def test_slug() -> None:
    assert routines.slug("Ochtend — rug & heup!") == "ochtend-rug-heup"
    assert routines.slug("???") == "session"


def test_store_saves_lists_renames_and_deletes(
    catalogue: Catalogue, user_dirs: dict[str, Path]
) -> None:
    known = catalogue.exercises
    first = routine_store.save(SavedRoutine("Morning", ("cobra",)))
    second = routine_store.save(SavedRoutine("morning", ("childs-pose",)))  # same slug
    assert first.name == "morning.yaml" and second.name == "morning-2.yaml"
    assert [e.name for e in routine_store.entries(known)] == ["Morning", "morning"]
    renamed = routine_store.save(SavedRoutine("Evening", ("cobra",)), first, known=known)
    assert not first.exists() and renamed.name == "evening.yaml"
    routine_store.remove(renamed)
    assert not renamed.exists()
    assert [e.name for e in routine_store.entries(known)] == ["morning"]
    # Nothing but the session files themselves (QSaveFile leaves no temporary behind).
    assert sorted(p.name for p in routine_store.folder().iterdir()) == ["morning-2.yaml"]


def test_a_damaged_file_is_listed_reported_and_left_alone(
    catalogue: Catalogue, user_dirs: dict[str, Path]
) -> None:
    folder = routine_store.folder()
    folder.mkdir(parents=True)
    broken = folder / "broken.yaml"
    broken.write_bytes(b"schema: 1\nname: [unclosed\n\xff")
    before = broken.read_bytes()
    routine_store.save(SavedRoutine("Fine", ("cobra",)))
    entries = routine_store.entries(catalogue.exercises)
    damaged = next(e for e in entries if e.session is None)
    assert damaged.path == broken and "broken.yaml:3:1" in str(damaged.problems[0])
    assert broken.read_bytes() == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_a_failed_write_raises_a_located_error_and_keeps_the_old_file(
    catalogue: Catalogue, user_dirs: dict[str, Path]
) -> None:
    path = routine_store.save(SavedRoutine("Keep", ("cobra",)))
    before = path.read_text()
    routine_store.folder().chmod(0o500)
    try:
        with pytest.raises(StoreError) as error:
            routine_store.save(
                SavedRoutine("Keep", ("childs-pose",)), path, known=catalogue.exercises
            )
    finally:
        routine_store.folder().chmod(0o700)
    assert str(path) in str(error.value) and "cannot save" in str(error.value)
    assert path.read_text() == before


def test_write_into_a_file_where_a_folder_should_be(user_dirs: dict[str, Path]) -> None:
    """Works as root too: no permission bits involved."""
    (user_dirs["data"] / "sessions").write_text("not a folder")
    with pytest.raises(StoreError) as error:
        routine_store.save(SavedRoutine("x", ("cobra",)))
    assert "cannot save" in str(error.value)


# -- a file that cannot be read is never replaced -----------------------------------------

UNREADABLE = {
    "syntax": b"schema: 1\nname: [unclosed\n",
    "unknown exercise": b"schema: 1\nname: broken\nexercises: [no-such-exercise]\n",
    "not UTF-8": b"schema: 1\nname: broken\nexercises: [cobra]\n\xff\n",
    "hidden name": "schema: 1\nname: bro\u202eken\nexercises: [cobra]\n".encode(),
    "empty": b"",
}


@pytest.mark.parametrize("content", UNREADABLE.values(), ids=UNREADABLE.keys())
def test_a_file_that_cannot_be_read_is_never_replaced(
    catalogue: Catalogue, user_dirs: dict[str, Path], content: bytes
) -> None:
    known = catalogue.exercises
    broken = routine_store.folder() / "broken.yaml"
    broken.parent.mkdir(parents=True)
    broken.write_bytes(content)
    listed = routine_store.entries(known)
    assert [e.session for e in listed] == [None]  # listed as "cannot be read"
    # Saving under its name finds it, and the store refuses to write over it ...
    assert routine_store.replaced_by("broken", known) == broken
    assert routine_store.replaced_by("Broken", known) == broken  # its file name
    with pytest.raises(StoreError) as error:
        routine_store.save(SavedRoutine("broken", ("cobra",)), broken, known=known)
    assert str(broken) in str(error.value) and "cannot be read" in str(error.value)
    # ... as it refuses to rename a session onto it or to replace it without the ids.
    with pytest.raises(StoreError):
        routine_store.save(SavedRoutine("broken", ("cobra",)), broken)
    assert broken.read_bytes() == content
    # A new name lands beside it.
    other = routine_store.save(SavedRoutine("broken", ("cobra",)))
    assert other.name == "broken-2.yaml" and broken.read_bytes() == content


def test_a_file_too_large_is_listed_without_being_read(
    catalogue: Catalogue, user_dirs: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = routine_store.folder()
    folder.mkdir(parents=True)
    huge = folder / "huge.yaml"
    with huge.open("wb") as out:  # sparse: 1 GiB on paper, nothing on the disk
        out.truncate(1 << 30)

    def no_read(path: Path) -> None:
        raise AssertionError(f"{path} was read")

    monkeypatch.setattr(routine_store, "read_text", no_read)
    [entry] = routine_store.entries(catalogue.exercises)
    assert entry.session is None
    assert f"{huge}:1:1:" in str(entry.problems[0]) and "1073741824 bytes" in str(entry.problems[0])


# -- new files are created exclusively -------------------------------------------------


def _leftovers() -> list[str]:
    return sorted(p.name for p in routine_store.folder().iterdir() if not p.name.endswith(".yaml"))


def test_a_name_taken_while_writing_moves_on_to_the_next_free_file(
    catalogue: Catalogue, user_dirs: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another window creates morning.yaml after this save looked and before it placed
    its file: the other file is kept, this one lands as morning-2.yaml."""
    original = routine_store._Staged.write
    other = b"schema: 1\nname: Morning\nexercises: [cobra]\n"

    def write_then_be_overtaken(self: routine_store._Staged, data: bytes) -> None:
        original(self, data)
        (routine_store.folder() / "morning.yaml").write_bytes(other)

    monkeypatch.setattr(routine_store._Staged, "write", write_then_be_overtaken)
    path = routine_store.save(SavedRoutine("Morning", ("childs-pose",)))
    assert path.name == "morning-2.yaml"
    assert (routine_store.folder() / "morning.yaml").read_bytes() == other
    assert routine_store.load(path, catalogue.exercises).session == SavedRoutine(
        "Morning", ("childs-pose",)
    )
    assert _leftovers() == []


WAYS = ["unnamed file", "named file", "named file, no hard links", "unnamed, no hard links"]


@pytest.mark.parametrize("way", WAYS)
def test_every_way_of_creating_is_exclusive_and_leaves_nothing_behind(
    catalogue: Catalogue, user_dirs: dict[str, Path], monkeypatch: pytest.MonkeyPatch, way: str
) -> None:
    """Linux's unnamed file (O_TMPFILE) linked into place; a hidden named file linked; and
    where a file system has no hard links, a name reserved with O_EXCL and renamed over."""
    import errno

    if way.startswith("named"):
        monkeypatch.setattr(routine_store._Staged, "_open_unnamed", lambda self: None)
    elif not sys.platform.startswith("linux"):
        pytest.skip("O_TMPFILE is Linux's")
    elif way == "unnamed file":  # it really is used: no named temporary file may be made
        monkeypatch.setattr(routine_store.tempfile, "mkstemp", None)
    if way.endswith("no hard links"):

        def no_link(*args: object, **kwargs: object) -> None:
            raise OSError(errno.EPERM, "Operation not permitted")

        monkeypatch.setattr(routine_store.os, "link", no_link)
    folder = routine_store.folder()
    folder.mkdir(parents=True)
    theirs = b"schema: 1\nname: Evening\nexercises: [cobra]\n"
    (folder / "evening.yaml").write_bytes(theirs)  # another window's, already there
    saved = [routine_store.save(SavedRoutine("Evening", ("cobra",) * n)) for n in (1, 2, 3)]
    assert [p.name for p in saved] == ["evening-2.yaml", "evening-3.yaml", "evening-4.yaml"]
    assert (folder / "evening.yaml").read_bytes() == theirs
    sessions_ = [routine_store.load(p, catalogue.exercises).session for p in saved]
    assert [len(s.exercises) for s in sessions_ if s is not None] == [1, 2, 3]
    assert _leftovers() == []
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in saved)  # the person's alone


@pytest.mark.parametrize("unnamed", [True, False], ids=["unnamed file", "named file"])
def test_a_full_disk_while_creating_says_why_and_leaves_nothing(
    user_dirs: dict[str, Path], monkeypatch: pytest.MonkeyPatch, unnamed: bool
) -> None:
    import errno

    if not unnamed:
        monkeypatch.setattr(routine_store._Staged, "_open_unnamed", lambda self: None)

    def full(fd: int, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(routine_store, "_write_all", full)
    with pytest.raises(StoreError) as error:
        routine_store.save(SavedRoutine("Evening", ("cobra",)))
    assert "evening.yaml" in str(error.value) and "No space left" in str(error.value)
    assert list(routine_store.folder().iterdir()) == []


def test_stale_temporary_files_are_swept_young_ones_kept(user_dirs: dict[str, Path]) -> None:
    folder = routine_store.folder()
    folder.mkdir(parents=True)
    old, young = folder / ".saving-old.tmp", folder / ".saving-young.tmp"
    old.write_text("half")
    young.write_text("being written by another window")
    past = old.stat().st_mtime - routine_store.STALE_TEMP_S - 60
    os.utime(old, (past, past))
    routine_store.save(SavedRoutine("x", ("cobra",)))
    assert not old.exists() and young.exists()


def test_replacing_keeps_the_file_and_a_rename_moves_it(
    catalogue: Catalogue, user_dirs: dict[str, Path]
) -> None:
    known = catalogue.exercises
    first = routine_store.save(SavedRoutine("Morning", ("cobra",)))
    second = routine_store.save(SavedRoutine("morning", ("cobra",)))  # morning-2.yaml
    again = routine_store.save(SavedRoutine("morning", ("childs-pose",)), second, known=known)
    assert again == second and first.exists()
    moved = routine_store.save(SavedRoutine("Evening", ("cobra",)), second, known=known)
    assert moved.name == "evening.yaml" and not second.exists() and first.exists()


# -- names ---------------------------------------------------------------------------------

HIDDEN = st.sampled_from(
    ["\u202e", "\u202d", "\u2066", "\u200b", "\u200d", "\ufeff", "\u00ad", "\x07", "\u2028"]
)
VISIBLE = st.characters(
    blacklist_categories=("Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp"),
    blacklist_characters="\\\u115f\u1160\u3164\uffa0\u2800",
)


@settings(max_examples=150, deadline=None, derandomize=True)
@given(
    before=st.text(VISIBLE, min_size=1, max_size=20),
    hidden=HIDDEN,
    after=st.text(VISIBLE, min_size=1, max_size=20),  # inside: ends are stripped
)
def test_names_with_invisible_characters_are_refused_and_shown_escaped(
    before: str, hidden: str, after: str
) -> None:
    name = before + hidden + after
    message = routines.name_message(name)
    assert message is not None
    text = str(message)
    assert hidden not in text  # the message shows an escape, never the character itself
    assert f"\\u{ord(hidden):04x}" in text and f"U+{ord(hidden):04X}" in text
    # The file a hand (or a restore) brings in with such a name is located and left alone.
    # (written as YAML escapes: YAML itself refuses some of them raw, with a message of its own)
    quoted = '"' + visible(name, None).replace('"', '\\"') + '"'
    file_text = routines.dump(SavedRoutine("x", ("cobra",))).replace("name: x", f"name: {quoted}")
    session, problems = routines.parse(file_text, "s.yaml", {"cobra"})
    assert session is None and problems[0].line == 3 and "invisible" in str(problems[0])


@settings(max_examples=150, deadline=None, derandomize=True)
@given(name=st.text(VISIBLE, min_size=1, max_size=routines.MAX_NAME))
def test_visible_names_round_trip_exactly(name: str) -> None:
    assert routines.name_message(name) is None
    session = SavedRoutine(name, ("cobra",))
    assert routines.parse(routines.dump(session), "s.yaml", {"cobra"}) == (session, [])


def test_the_store_refuses_invisible_and_overlong_names(user_dirs: dict[str, Path]) -> None:
    for name in ("Ochtend\u202e", "a" * (routines.MAX_NAME + 1), "  "):
        with pytest.raises(StoreError):
            routine_store.save(SavedRoutine(name, ("cobra",)))
    assert not routine_store.folder().exists() or _leftovers() == []


# -- asking for a name ---------------------------------------------------------------------


class Dialogs:
    """The questions ``ask_name`` puts, answered from a script."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, names: list[str], yes: bool) -> None:
        self.names = list(names)
        self.offered: list[str] = []
        self.warnings: list[str] = []
        self.questions: list[str] = []
        self.yes = yes
        monkeypatch.setattr(QInputDialog, "getText", staticmethod(self._get_text))
        monkeypatch.setattr(QMessageBox, "warning", staticmethod(self._warning))
        monkeypatch.setattr(QMessageBox, "question", staticmethod(self._question))

    def _get_text(self, *args: object, text: str = "", **kwargs: object) -> tuple[str, bool]:
        self.offered.append(text)
        return (self.names.pop(0), True) if self.names else ("", False)

    def _warning(self, parent: object, title: str, text: str) -> object:
        self.warnings.append(text)
        return QMessageBox.StandardButton.Ok

    def _question(self, parent: object, title: str, text: str) -> object:
        self.questions.append(text)
        return QMessageBox.StandardButton.Yes if self.yes else QMessageBox.StandardButton.No


def test_asking_refuses_an_unreadable_files_name_and_offers_another(
    qtbot: QtBot, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = routine_store.folder() / "broken.yaml"
    broken.parent.mkdir(parents=True)
    broken.write_bytes(b"name: [")
    parent = QWidget()
    qtbot.addWidget(parent)
    dialogs = Dialogs(monkeypatch, ["Broken", "Broken 2"], yes=True)
    assert ask_name(parent, catalogue.exercises, "") == "Broken 2"
    assert len(dialogs.warnings) == 1 and str(broken) in dialogs.warnings[0]
    assert dialogs.offered == ["", "Broken 2"] and dialogs.questions == []


def test_asking_before_replacing_a_readable_session(
    qtbot: QtBot, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    routine_store.save(SavedRoutine("Morning", ("cobra",)))
    parent = QWidget()
    qtbot.addWidget(parent)
    no = Dialogs(monkeypatch, ["Morning"], yes=False)
    assert ask_name(parent, catalogue.exercises, "Morning") is None  # No, then Cancel
    assert len(no.questions) == 1 and "Morning" in no.questions[0]
    assert no.offered == ["Morning", "Morning 2"]
    yes = Dialogs(monkeypatch, ["Morning"], yes=True)
    assert ask_name(parent, catalogue.exercises, "") == "Morning"
    assert len(yes.questions) == 1
    renaming = Dialogs(monkeypatch, ["Morning"], yes=True)
    other = routine_store.save(SavedRoutine("Evening", ("cobra",)))
    assert ask_name(parent, catalogue.exercises, "Evening", renaming=other) is None
    assert renaming.questions == [] and "already exists" in renaming.warnings[0]


def test_asking_refuses_invisible_characters_and_offers_the_name_without_them(
    qtbot: QtBot, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialogs = Dialogs(monkeypatch, ["Och\u202etend", "Ochtend"], yes=True)
    assert ask_name(parent, catalogue.exercises, "") == "Ochtend"
    assert "Och\\u202etend" in dialogs.warnings[0] and "\u202e" not in dialogs.warnings[0]
    assert dialogs.offered == ["", "Ochtend"]


def test_the_main_window_asks_before_replacing_and_never_replaces_an_unreadable_file(
    qtbot: QtBot, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.helpers.windows import shown_main_window

    window = shown_main_window(qtbot, catalogue)
    window.queue.add(["cobra"])
    kept = routine_store.save(SavedRoutine("Morning", ("childs-pose",)))
    no = Dialogs(monkeypatch, ["Morning"], yes=False)
    window.save_session()
    assert no.questions and routine_store.load(kept, catalogue.exercises).session == (
        SavedRoutine("Morning", ("childs-pose",))
    )
    Dialogs(monkeypatch, ["Morning"], yes=True)
    window.save_session()
    assert routine_store.load(kept, catalogue.exercises).session == SavedRoutine(
        "Morning", ("cobra",)
    )
    broken = routine_store.folder() / "broken.yaml"
    broken.write_bytes(b"name: [")
    dialogs = Dialogs(monkeypatch, [], yes=True)
    assert not window.save_session_as("broken")  # the programmatic way is refused too
    assert str(broken) in dialogs.warnings[0] and broken.read_bytes() == b"name: ["
    window.close()


# -- names that look the same are the same name (review item 7) ---------------------------

NFC, NFD = "Caf\u00e9 ochtend", "Cafe\u0301 ochtend"


def test_a_name_in_nfc_and_in_nfd_is_one_session(
    catalogue: Catalogue, user_dirs: dict[str, Path]
) -> None:
    known = catalogue.exercises
    first = routine_store.save(
        SavedRoutine(NFC, ("cobra",)), routine_store.replaced_by(NFC, known), known=known
    )
    replacing = routine_store.replaced_by(NFD, known)
    assert replacing == first  # compared in NFC: the same name
    again = routine_store.save(SavedRoutine(NFD, ("childs-pose",)), replacing, known=known)
    assert again == first
    [entry] = routine_store.entries(known)
    assert entry.session == SavedRoutine(NFC, ("childs-pose",))
    assert f"name: {NFC}\n" in first.read_text(encoding="utf-8")  # saved in NFC


def test_a_file_whose_name_is_not_nfc_is_read_and_shown_normalised(
    catalogue: Catalogue, user_dirs: dict[str, Path]
) -> None:
    known = catalogue.exercises
    folder = routine_store.folder()
    folder.mkdir(parents=True)
    written = folder / "cafe-ochtend.yaml"  # written by another system, or restored
    written.write_text(f"schema: 1\nname: {NFD}\nexercises: [cobra]\n", encoding="utf-8")
    [entry] = routine_store.entries(known)
    assert entry.name == NFC and entry.session == SavedRoutine(NFC, ("cobra",))
    assert SavedRoutine(NFD, ("cobra",)).name == NFC
    assert routine_store.replaced_by(NFC, known) == written
    routine_store.save(SavedRoutine(NFC, ("childs-pose",)), written, known=known)
    [entry] = routine_store.entries(known)
    assert entry.session == SavedRoutine(NFC, ("childs-pose",))


def test_asking_for_a_name_compares_in_nfc_and_renaming_keeps_nfc(
    qtbot: QtBot, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    known = catalogue.exercises
    routine_store.save(SavedRoutine(NFC, ("cobra",)))
    parent = QWidget()
    qtbot.addWidget(parent)
    dialogs = Dialogs(monkeypatch, [NFD], yes=True)
    assert ask_name(parent, known, "") == NFC  # asked before replacing: it exists
    assert len(dialogs.questions) == 1 and NFC in dialogs.questions[0]
    other = routine_store.save(SavedRoutine("Avond", ("cobra",)))
    renaming = Dialogs(monkeypatch, [NFD], yes=True)
    assert ask_name(parent, known, "Avond", renaming=other) is None  # taken: refused
    assert "already exists" in renaming.warnings[0]


def test_the_main_window_saves_a_look_alike_name_over_the_same_session(
    qtbot: QtBot, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.helpers.windows import shown_main_window

    window = shown_main_window(qtbot, catalogue)
    window.queue.add(["cobra"])
    assert window.save_session_as(NFC)
    window.queue.add(["childs-pose"])
    assert window.save_session_as(NFD)
    [entry] = routine_store.entries(catalogue.exercises)
    assert entry.session == SavedRoutine(NFC, ("cobra", "childs-pose"))
    assert window.queue_panel.name.text() == NFC
