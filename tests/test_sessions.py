"""Saved sessions: the file format, located problems, and atomic, lossless storage."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.core import sessions
from app.core.model import Catalogue
from app.core.sessions import SavedSession
from app.services import session_store
from app.services.session_store import StoreError


def test_dump_and_parse_round_trip(catalogue: Catalogue) -> None:
    session = SavedSession("Ochtend — rug", ("childs-pose", "cobra", "childs-pose"))
    text = sessions.dump(session)
    assert sessions.parse(text, "s.yaml", catalogue.exercises) == (session, [])


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
    session, problems = sessions.parse(text, "s.yaml", catalogue.exercises)
    assert session is None
    assert problems and f"s.yaml:{where}" in str(problems[0]) and words in str(problems[0])


def test_slug() -> None:
    assert sessions.slug("Ochtend — rug & heup!") == "ochtend-rug-heup"
    assert sessions.slug("???") == "session"


def test_store_saves_lists_renames_and_deletes(
    catalogue: Catalogue, user_dirs: dict[str, Path]
) -> None:
    known = catalogue.exercises
    first = session_store.save(SavedSession("Morning", ("cobra",)))
    second = session_store.save(SavedSession("morning", ("childs-pose",)))  # same slug
    assert first.name == "morning.yaml" and second.name == "morning-2.yaml"
    assert [e.name for e in session_store.entries(known)] == ["Morning", "morning"]
    renamed = session_store.save(SavedSession("Evening", ("cobra",)), replacing=first)
    assert not first.exists() and renamed.name == "evening.yaml"
    session_store.remove(renamed)
    assert not renamed.exists()
    assert [e.name for e in session_store.entries(known)] == ["morning"]
    # Nothing but the session files themselves (QSaveFile leaves no temporary behind).
    assert sorted(p.name for p in session_store.folder().iterdir()) == ["morning-2.yaml"]


def test_a_damaged_file_is_listed_reported_and_left_alone(
    catalogue: Catalogue, user_dirs: dict[str, Path]
) -> None:
    folder = session_store.folder()
    folder.mkdir(parents=True)
    broken = folder / "broken.yaml"
    broken.write_bytes(b"schema: 1\nname: [unclosed\n\xff")
    before = broken.read_bytes()
    session_store.save(SavedSession("Fine", ("cobra",)))
    entries = session_store.entries(catalogue.exercises)
    damaged = next(e for e in entries if e.session is None)
    assert damaged.path == broken and "broken.yaml:3:1" in str(damaged.problems[0])
    assert broken.read_bytes() == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_a_failed_write_raises_a_located_error_and_keeps_the_old_file(
    catalogue: Catalogue, user_dirs: dict[str, Path]
) -> None:
    path = session_store.save(SavedSession("Keep", ("cobra",)))
    before = path.read_text()
    session_store.folder().chmod(0o500)
    try:
        with pytest.raises(StoreError) as error:
            session_store.save(SavedSession("Keep", ("childs-pose",)), replacing=path)
    finally:
        session_store.folder().chmod(0o700)
    assert str(path) in str(error.value) and "cannot save" in str(error.value)
    assert path.read_text() == before


def test_write_into_a_file_where_a_folder_should_be(user_dirs: dict[str, Path]) -> None:
    """Works as root too: no permission bits involved."""
    (user_dirs["data"] / "sessions").write_text("not a folder")
    with pytest.raises(StoreError) as error:
        session_store.save(SavedSession("x", ("cobra",)))
    assert "cannot save" in str(error.value)
