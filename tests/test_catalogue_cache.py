"""The catalogues kept between starts: taken while nothing changed, read again when a file
(or the code) changed, and never trusted: the cache folder is not the app's alone, so a
damaged, foreign or hostile file there is a miss — it never runs code, hangs or crashes."""

from __future__ import annotations

import copy
import hashlib
import json
import os
import pickle
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.bundle import catalogue_path
from app.core import catalogue_cache, files
from app.core.bounds import MAX_BLOCKS, MAX_TIMED_STEPS
from app.core.catalogue_cache import FILE_NAME, MAX_BYTES
from app.core.files import Catalogues, load_catalogues
from app.core.model import Catalogue, StepBlock
from app.core.timeline import compile_program, exercise_durations
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


def _key() -> list[Any]:
    return catalogue_cache.key_for([catalogue_path(), None])


def _store(cache: Path, body: bytes, key: list[Any] | None = None) -> None:
    """A file with a right first line (format, key, digest) over ``body``: what a writer
    who knows the format could put there, so that the body itself is what is tried."""
    header = {
        "format": catalogue_cache.FORMAT,
        "key": _key() if key is None else key,
        "sha256": hashlib.sha256(body).hexdigest(),
    }
    cache.write_bytes(json.dumps(header).encode() + b"\n" + body)


@pytest.fixture(scope="module")
def kept_tree() -> Any:
    """The bundled catalogue as the cache keeps it (plain JSON values)."""
    loaded = files._load_catalogues(catalogue_path(), None)
    assert loaded.catalogue is not None
    return catalogue_cache._codec(Catalogue)[0](loaded.catalogue)


# -- a cache that works -------------------------------------------------------------------------


def test_a_second_start_takes_the_kept_catalogues(
    tmp_path: Path, user_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache" / FILE_NAME
    first = load_catalogues(catalogue_path(), user_file, cache)
    assert cache.exists() and first.catalogue is not None
    assert "my-stretch" in first.catalogue.exercises
    _not_read(monkeypatch)
    assert load_catalogues(catalogue_path(), user_file, cache) == first


def test_the_kept_file_is_plain_json_and_the_users_alone(tmp_path: Path) -> None:
    cache = tmp_path / "new" / "cache" / FILE_NAME
    load_catalogues(catalogue_path(), None, cache)
    head, body = cache.read_bytes().split(b"\n", 1)
    assert json.loads(head)["sha256"] == hashlib.sha256(body).hexdigest()
    assert json.loads(body)["schema"] == 1
    assert stat.S_IMODE(cache.stat().st_mode) == 0o600
    assert stat.S_IMODE(cache.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(cache.parent.parent.stat().st_mode) == 0o700
    assert [p.name for p in cache.parent.iterdir()] == [FILE_NAME]  # no temporary left


def test_a_changed_or_removed_file_is_read_again(
    tmp_path: Path, user_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / FILE_NAME
    load_catalogues(catalogue_path(), user_file, cache)
    user_file.write_text(ADDITION.replace("My stretch", "My long stretch"), encoding="utf-8")
    again = load_catalogues(catalogue_path(), user_file, cache)
    assert again.catalogue is not None
    assert again.catalogue.exercises["my-stretch"].name.en == "My long stretch"
    user_file.write_text("exercises: [", encoding="utf-8")  # broken: said, not kept hidden
    broken = load_catalogues(catalogue_path(), user_file, cache)
    assert broken.user_problems and broken.catalogue is not None
    assert load_catalogues(catalogue_path(), user_file, cache).user_problems  # every start
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


def test_a_cache_that_cannot_be_written_costs_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    loaded = load_catalogues(catalogue_path(), None, blocker / FILE_NAME)
    assert loaded.catalogue is not None  # read from the file; simply not kept


def test_a_warm_start_imports_no_yaml(tmp_path: Path) -> None:
    """The point of the cache: the loader and PyYAML stay out of a start that has it."""
    code = (
        "import sys; from pathlib import Path; from app.bundle import catalogue_path; "
        "from app.core.files import load_catalogues; "
        f"c = load_catalogues(catalogue_path(), None, Path({str(tmp_path / FILE_NAME)!r})); "
        "print(c.catalogue is not None, 'yaml' in sys.modules)"
    )
    env = dict(os.environ, PYTHONPATH=str(REPO))
    runs = [
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       env=env, cwd=tmp_path, timeout=60, check=True).stdout.split()
        for _ in range(2)
    ]  # fmt: skip
    assert runs == [["True", "True"], ["True", "False"]]


# -- a cache that is damaged, foreign or hostile: a miss ----------------------------------------


@pytest.mark.parametrize(
    "damage",
    [b"", b"not json at all", b"\x80\x05\x95", b"{}\n{}", "truncate", "flipped"],
    ids=["empty", "text", "pickle header", "no key", "truncated", "one byte changed"],
)
def test_a_damaged_cache_is_a_miss_and_is_replaced(tmp_path: Path, damage: object) -> None:
    cache = tmp_path / FILE_NAME
    good = load_catalogues(catalogue_path(), None, cache)
    data = cache.read_bytes()
    if damage == "truncate":
        cache.write_bytes(data[: len(data) // 2])
    elif damage == "flipped":  # valid JSON still, but not what was kept: the digest says so
        at = data.index(b"Get into position")
        cache.write_bytes(data[:at] + b"G" + data[at + 1 :].replace(b"e", b"E", 1))
    else:
        assert isinstance(damage, bytes)
        cache.write_bytes(damage)
    assert catalogue_cache.read(cache, _key()) is None
    assert load_catalogues(catalogue_path(), None, cache) == good
    assert catalogue_cache.read(cache, _key()) == good.catalogue


class _Payload:
    """What an attacker pickles: unpickling it runs ``touch MARKER``."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[Any, ...]:
        return (os.system, (f"touch {self.marker}",))


def test_a_pickle_that_runs_code_runs_nothing(tmp_path: Path) -> None:
    """The issue's example: a pickle with a __reduce__ payload, put in the cache folder under
    the new name, under the old one, and behind a right first line."""
    marker = tmp_path / "marker"
    payload = pickle.dumps(_Payload(marker))
    assert pickle.loads(payload) == 0 and marker.exists()  # it really runs code
    marker.unlink()
    folder = tmp_path / "cache"
    folder.mkdir()
    cache = folder / FILE_NAME
    for place in (cache, folder / "catalogues.pickle"):
        place.write_bytes(payload)
    assert load_catalogues(catalogue_path(), None, cache).catalogue is not None
    assert not marker.exists()
    assert not (folder / "catalogues.pickle").exists()  # the old pickle is removed, unread
    _store(cache, payload)
    assert catalogue_cache.read(cache, _key()) is None
    assert not marker.exists()


@pytest.mark.slow
def test_the_windows_start_past_a_hostile_cache(tmp_path: Path) -> None:
    """The real start of the main window and of the pacer, with the payload in the cache
    folder under both names: each paints, and the payload never runs."""
    marker = tmp_path / "marker"
    payload = pickle.dumps(_Payload(marker))
    env = dict(os.environ, PYTHONPATH=str(REPO), BREATHING_ROOM_QUIT_AFTER_PAINT="1")
    cache = Path(env["BREATHING_ROOM_CACHE_DIR"])
    for command in ([], ["pacer"]):
        for name in (FILE_NAME, "catalogues.pickle"):
            (cache / name).write_bytes(payload)
        done = subprocess.run([sys.executable, "-m", "app", *command], env=env,
                              capture_output=True, text=True, timeout=120)  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert "first paint:" in done.stdout
        assert not marker.exists()
        head = json.loads((cache / FILE_NAME).read_bytes().split(b"\n")[0])
        assert head["format"] == catalogue_cache.FORMAT


def test_a_huge_file_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / FILE_NAME
    with cache.open("wb") as out:  # sparse: no disk used, but far over the limit
        out.truncate(8 * MAX_BYTES)

    def refuse(*_args: object) -> bytes:
        raise AssertionError("a file over the limit was read")

    monkeypatch.setattr(os, "read", refuse)
    assert catalogue_cache.read(cache, _key()) is None


def test_a_file_that_grows_past_the_limit_is_a_miss(tmp_path: Path) -> None:
    cache = tmp_path / FILE_NAME
    _store(cache, b" " * (MAX_BYTES + 1))
    assert catalogue_cache.read(cache, _key()) is None


def test_what_is_not_a_regular_file_is_a_miss_without_waiting(tmp_path: Path) -> None:
    """A FIFO with no writer would block a plain open; a link to a device or to a real
    catalogue elsewhere is not followed."""
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    assert catalogue_cache.read(fifo, _key()) is None
    real = tmp_path / "real"
    load_catalogues(catalogue_path(), None, real)
    for target in (Path("/dev/zero"), real, tmp_path):
        link = tmp_path / f"link-{target.name or 'root'}"
        link.symlink_to(target)
        assert catalogue_cache.read(link, _key()) is None
    assert catalogue_cache.read(tmp_path, _key()) is None  # a folder


@pytest.mark.parametrize(
    "body",
    [
        b"[" * 200_000 + b"]" * 200_000,
        b'{"a":' * 200_000 + b"1" + b"}" * 200_000,
        b"1" * 5_000,  # an integer of 5000 digits
        b'"' + b"\\ud800" + b'"',  # a lone surrogate
        b"NaN",
        b"\xff\xfe",  # not UTF-8
        b"null",
    ],
    ids=["deep list", "deep object", "long integer", "surrogate", "NaN", "not utf-8", "null"],
)
def test_hostile_json_is_a_miss(tmp_path: Path, body: bytes) -> None:
    cache = tmp_path / FILE_NAME
    _store(cache, body)
    assert catalogue_cache.read(cache, _key()) is None


def _at(tree: Any, path: list[Any]) -> Any:
    for step in path:
        tree = tree[step]
    return tree


def _exercise_path(tree: Any, *rest: Any) -> list[Any]:
    return ["exercises", next(iter(tree["exercises"])), *rest]


# Each a change a writer could make to a well-formed cache that the loader would never
# have produced: wrong types, out of range, dangling references, broken ids, empty texts.
MUTATIONS: dict[str, tuple[list[Any] | str, Any]] = {
    "bool for int": (["schema"], True),
    "float for int": (["schema"], 1.0),
    "string for int": (["schema"], "1"),
    "schema out of range": (["schema"], 10**9),
    "missing field": (["prompts"], "DELETE"),
    "extra field": (["prompts", "surprise"], {"nl": "x", "en": "x"}),
    "list for object": (["prompts"], []),
    "empty text": (["prompts", "done", "en"], "  "),
    "number for text": (["prompts", "done", "nl"], 3),
    "unknown enum": ("exercise:position", "upside_down"),
    "breaths out of range": ("exercise:breaths", 10**6),
    "negative rest": ("exercise:rest_s", -1),
    "huge rounds": ("exercise:rounds", 10**12),
    "pattern that rounds to nothing": ("exercise:inhale_s", 0.0004),
    "infinite-ish pattern": ("exercise:inhale_s", 1e308),
    "unknown block kind": ("exercise:block kind", "Exploit"),
    "no blocks": ("exercise:blocks", []),
    "no steps": ("exercise:steps", []),
    "step past the last": ("exercise:step", 50),
    "dangling see_also": ("exercise:see_also", ["no-such-exercise"]),
    "id is not its key": ("exercise:id", "something-else"),
    "bidi in an id": ("exercise:key", "cobra\u202e"),
    "newline after an id": ("exercise:key", "cobra\n"),
    "dangling program item": ("program:item", "no-such-exercise"),
    "chapter that does not exist": ("program:chapter", 98),
    "chapter without a section": ("program:section", None),
    "dangling path entry": (["path"], ["no-such-program"]),
    "a program twice on the path": (["path"], ["ch3-phase-1", "ch3-phase-1"]),
}


def _mutate(tree: Any, where: list[Any] | str, value: Any) -> Any:
    tree = copy.deepcopy(tree)
    if isinstance(where, list):
        *parent, last = where
        if value == "DELETE":
            del _at(tree, parent)[last]
        else:
            _at(tree, parent)[last] = value
        return tree
    kind, field = where.split(":")
    if kind == "exercise":
        ident = next(i for i, e in tree["exercises"].items() if e["guidance"]["blocks"][0][0]
                     == "BreathBlock")  # fmt: skip
        exercise = tree["exercises"][ident]
        block = exercise["guidance"]["blocks"][0]
        if field == "key":
            tree["exercises"][value] = tree["exercises"].pop(ident)
        elif field in ("id", "position", "steps", "see_also"):
            exercise[field] = value
        elif field in ("rest_s", "rounds", "step", "blocks"):
            exercise["guidance"][field] = value
        elif field == "breaths":
            block[1]["breaths"] = value
        elif field == "inhale_s":
            block[1]["pattern"]["inhale_s"] = value
        elif field == "block kind":
            block[0] = value
    else:
        program = next(p for p in tree["programs"].values() if p["chapter"] is not None)
        if field == "item":
            program["items"][0]["exercise"] = value
        else:
            program[field] = value
    return tree


@pytest.mark.parametrize("name", list(MUTATIONS))
def test_what_the_loader_would_refuse_is_a_miss(tmp_path: Path, kept_tree: Any, name: str) -> None:
    cache = tmp_path / FILE_NAME
    _store(cache, json.dumps(kept_tree).encode())
    assert catalogue_cache.read(cache, _key()) is not None  # the unchanged tree is a hit
    _store(cache, json.dumps(_mutate(kept_tree, *MUTATIONS[name])).encode())
    assert catalogue_cache.read(cache, _key()) is None


# -- generated garbage --------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner,
                                                                max_size=5),
    max_leaves=30,
)  # fmt: skip


_known_paths: dict[int, list[tuple[Any, ...]]] = {}


def _paths(tree: Any) -> list[tuple[Any, ...]]:
    """Every place in ``tree`` (worked out once per tree: it has some 14 000)."""
    if id(tree) not in _known_paths:
        _known_paths[id(tree)] = _walk(tree)
    return _known_paths[id(tree)]


def _walk(tree: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(tree, dict):
        for key, value in tree.items():
            out += _walk(value, (*prefix, key))
    elif isinstance(tree, list):
        for index, value in enumerate(tree):
            out += _walk(value, (*prefix, index))
    return out


def _usable(catalogue: Catalogue) -> None:
    """What the windows do with a catalogue at start: nothing of it may raise."""
    catalogue.places()
    exercise_durations(catalogue)
    for program in catalogue.programs.values():
        compile_program(program, catalogue)


_SLOW_FIXTURE = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture]


@pytest.mark.slow  # 150 generated caches: about 3.5 s here
@settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=_SLOW_FIXTURE)
@given(data=st.data())
def test_a_generated_change_is_a_miss_or_a_usable_catalogue(
    tmp_path: Path, kept_tree: Any, data: st.DataObject
) -> None:
    """Any node of a well-formed cache replaced by any JSON value, behind a right first
    line: the read never raises, and what it returns the windows can use."""
    *parent, last = data.draw(st.sampled_from(_paths(kept_tree)[1:]))
    holder = _at(kept_tree, parent)
    before = holder[last]
    holder[last] = data.draw(json_values)
    try:
        body = json.dumps(kept_tree).encode()
    finally:
        holder[last] = before  # the module's tree, unchanged for the next example
    cache = tmp_path / FILE_NAME
    _store(cache, body)
    kept = catalogue_cache.read(cache, _key())
    if kept is not None:
        _usable(kept)


@pytest.mark.slow  # 200 generated caches: about 1.5 s here
@settings(max_examples=200, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(body=st.binary(max_size=2_000) | json_values.map(lambda v: json.dumps(v).encode()))
def test_generated_garbage_is_a_miss(tmp_path: Path, body: bytes) -> None:
    cache = tmp_path / FILE_NAME
    cache.write_bytes(body)  # no first line at all
    assert catalogue_cache.read(cache, _key()) is None
    _store(cache, body)  # and behind a right one
    assert catalogue_cache.read(cache, _key()) is None


def test_a_full_size_hostile_cache_is_read_whole(tmp_path: Path, kept_tree: Any) -> None:
    """The most a writer can make the reader do: a well-formed catalogue just under the
    limit that passes every check of the loader's (app/core/bounds.py). Timed steps cost
    the reader the most per byte within them (a step and its text each; 100 a block, 20
    blocks an exercise, 50 000 segments a file, two files); program items, prompts, steps
    or equipment cost less. It is read whole, and the start carries on; the time it takes
    is in the docs (bounded by MAX_BYTES and the loader's bounds)."""
    tree = copy.deepcopy(kept_tree)
    own = tmp_path / "my-exercises.yaml"  # the person's file: theirs too, then
    own.write_text(ADDITION, encoding="utf-8")
    tree["sources"] = [*tree["sources"], str(own)]
    step = {"text": {"nl": "a", "en": "a"}, "seconds": 1, "step": None}
    block = ["StepBlock", {"steps": [step] * MAX_TIMED_STEPS, "repeat": 1, "step": None}]
    model = next(iter(tree["exercises"].values()))
    guidance = {
        "blocks": [block] * MAX_BLOCKS,
        "rounds": 1,
        "rest_s": 10,  # one round: the loader allows no other rest (it never plays)
        "step": None,
        "step_left": None,
        "switch_step": None,
        "switch_s": 6,
        "setup_s": 5,
        "setup_steps": None,
        "step_s": [],
        "come_out_s": None,
    }
    model = dict(model, guidance=guidance, sides="none", see_also=[], come_out=None)
    size = len(json.dumps(tree, separators=(",", ":")))
    widest = dict(model, id="copy-0000", origin=max(tree["sources"], key=len))
    each = len(json.dumps({widest["id"]: widest}, separators=(",", ":")))
    copies = (MAX_BYTES - size - 1_000) // each
    for n in range(copies):
        origin = tree["sources"][n % 2]  # a file's exercises play at most MAX_FILE_SEGMENTS
        tree["exercises"][f"copy-{n}"] = dict(model, id=f"copy-{n}", origin=origin)
    body = json.dumps(tree, separators=(",", ":")).encode()
    assert MAX_BYTES - 2 * each < len(body) <= MAX_BYTES - 200
    cache = tmp_path / FILE_NAME
    key = catalogue_cache.key_for([catalogue_path(), own])
    _store(cache, body, key)
    kept = catalogue_cache.read(cache, key)
    assert kept is not None
    blocks = [
        b for e in kept.exercises.values() if e.id.startswith("copy-") for b in e.guidance.blocks
    ]
    # (each timed step names its own highlighted step, null here: 34 000 fit, not 41 000)
    assert copies >= 17
    assert sum(len(b.steps) for b in blocks if isinstance(b, StepBlock)) == (
        copies * MAX_BLOCKS * MAX_TIMED_STEPS
    )


def test_a_list_longer_than_the_loader_makes_is_a_miss(tmp_path: Path, kept_tree: Any) -> None:
    tree = copy.deepcopy(kept_tree)
    next(iter(tree["exercises"].values()))["steps"] *= 1 + catalogue_cache.MAX_ITEMS
    _store(tmp_path / FILE_NAME, json.dumps(tree).encode())
    assert catalogue_cache.read(tmp_path / FILE_NAME, _key()) is None
