"""A person's own catalogue (``my-exercises.yaml``) can hold anything: whatever it holds,
it is left out with located problems, the bundled catalogue keeps working, ``validate``
says so with exit code 1 (never the crash code 70), and reading it costs bounded time and
memory (issue 16, item 6). Generated inputs: tests/test_loader_fuzz.py.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from app.bundle import catalogue_path
from app.cli import main
from app.core import loader, routines, yamlsource
from app.core.files import MAX_BYTES, load_addition, load_catalogues, read_text
from app.core.loader import (
    MAX_BLOCKS,
    MAX_ENTRIES,
    MAX_EXERCISE_SEGMENTS,
    MAX_FILE_SEGMENTS,
    MAX_PROGRAM_ITEMS,
    MAX_STEPS,
    check_text,
    load_text,
)
from app.core.timeline import MAX_SEGMENTS, planned_segments
from app.core.yamlsource import MAX_DEPTH, MAX_NODES, YamlSourceError, compose
from app.services import routine_store
from tests.helpers.catalogues import real_catalogue as base

EXERCISE = """\
  - id: {id}
    name: &t {{nl: Rek, en: Stretch}}
    why: *t
    steps: [*t]
    tip: *t
    caution: *t
    position: standing
    sides: both
    source: general
    guidance:
      rounds: {rounds}
      blocks:
{blocks}
"""


def exercise(ident: str = "mine", rounds: int = 1, blocks: list[str] | None = None) -> str:
    blocks = blocks or ["{breaths: 3, pattern: long-deep}"]
    body = "".join(f"        - {b}\n" for b in blocks)
    return (
        EXERCISE.format(id=ident, rounds=rounds, blocks=body.rstrip("\n"))
        .replace("&t", f"&t{ident.replace('-', '')}")
        .replace("*t", f"*t{ident.replace('-', '')}")
    )


def own_file(*exercises: str, programs: str = "") -> str:
    return "schema: 1\nexercises:\n" + "".join(exercises) + programs


LAUGHS = 'schema: 1\nx0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"x{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]\n" for i in range(1, 10)
)
# The issue's 1 kB file that played 400 000 segments: 20 rounds, both sides, 20 blocks of
# 200 four-phase breaths, written with one alias.
SEGMENT_BOMB = own_file(
    exercise(
        "bomb",
        rounds=20,
        blocks=["&x {breaths: 200, pattern: 4-4-4-4}"] + ["*x"] * 19,
    )
)

ISSUE_EXAMPLES = [
    pytest.param(
        "schema: " + "9" * 5000 + "\n",
        "1:9: schema: expected a whole number from 1 to 1000, found '999",
        id="an integer of 5000 digits",
    ),
    pytest.param(
        own_file(exercise(blocks=["{[a, b]: 1, breaths: 3, pattern: long-deep}"])),
        "15:12: exercises[1] (mine).guidance.blocks[1]: a key must be a plain word",
        id="a key that is a list, in a block",
    ),
    pytest.param(
        "schema: 1\n{a: 1}: 2\n",
        "2:1: file: a key must be a plain word",
        id="a key that is a mapping",
    ),
    pytest.param(
        LAUGHS,
        "6:30: the file holds more than 50 000 values",
        id="billion laughs",
    ),
    pytest.param(
        SEGMENT_BOMB,
        "13:7: exercises[1] (bomb).guidance: this exercise would play 640082 breath phases",
        id="aliases that play 640 000 segments",
    ),
]


@pytest.mark.slow  # many examples or subprocesses: CI runs them, the fast loop skips them
@pytest.mark.parametrize(("text", "expected"), ISSUE_EXAMPLES)
def test_the_issues_examples_are_left_out_and_said_where(
    text: str,
    expected: str,
    user_dirs: dict[str, Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    own = user_dirs["data"] / "my-exercises.yaml"
    own.write_text(text, encoding="utf-8")
    started = time.monotonic()
    assert main(["validate"]) == 1
    out = capsys.readouterr().out
    assert "exercises.yaml: valid" in out
    assert f"{own}:{expected}" in out, out
    assert main(["list", "--json"]) == 0  # the bundled catalogue still works
    listed = capsys.readouterr()
    assert len(json.loads(listed.out)) == 45
    assert f"{own}:{expected}" in listed.err
    assert "Your own exercises were left out" in listed.err
    assert time.monotonic() - started < 20  # a generous guard: each is refused at once


def test_validate_names_the_file_it_checks_and_never_crashes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = []
    for number, param in enumerate(ISSUE_EXAMPLES):
        path = tmp_path / f"example-{number}.yaml"
        path.write_text(str(param.values[0]), encoding="utf-8")
        files.append(str(path))
    assert main(["validate", *files]) == 1
    out = capsys.readouterr().out
    for path in files:
        assert f"{path}:" in out


# -- size ------------------------------------------------------------------------------------


def test_a_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    huge = tmp_path / "my-exercises.yaml"
    with huge.open("wb") as file:
        file.truncate(50 * 1024 * 1024)  # sparse: 50 MiB that cost nothing to make
    started = time.monotonic()
    result = load_addition(huge, base())
    assert time.monotonic() - started < 5
    assert result.catalogue is base()
    assert [str(p) for p in result.problems] == [
        f"{huge}:1:1: the file is 50 MiB large; files of at most 1 MiB are read"
    ]


def test_a_file_of_the_largest_size_is_read_and_one_byte_more_is_not(tmp_path: Path) -> None:
    text = own_file(exercise())
    padding = MAX_BYTES - len(text.encode()) - 1
    path = tmp_path / "my-exercises.yaml"
    path.write_text(text + "#" * padding + "\n", encoding="utf-8")
    assert path.stat().st_size == MAX_BYTES
    accepted = load_addition(path, base())
    assert accepted.problems == []
    assert accepted.catalogue is not None and "mine" in accepted.catalogue.exercises
    path.write_text(text + "#" * (padding + 1) + "\n", encoding="utf-8")
    refused = load_addition(path, base())
    assert refused.catalogue is base()
    assert "files of at most 1 MiB are read" in str(refused.problems[0])


@pytest.mark.skipif(sys.platform == "win32", reason="no FIFOs")
def test_a_fifo_or_a_device_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "my-exercises.yaml"
    os.mkfifo(fifo)  # nobody writes: reading it would block forever
    result = load_addition(fifo, base())
    assert result.catalogue is base()
    assert "is not a plain file" in str(result.problems[0])
    device = tmp_path / "device.yaml"
    device.symlink_to("/dev/zero")  # endless: reading it would never end
    assert "is not a plain file" in str(read_text(device)[1][0])


# -- shape -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: &x [1, *x]\n", "1:11: the alias '*x' is inside its own anchor '&x'"),
        ("a: *y\n", "1:4: the alias '*y' has no anchor '&y' before it"),
        ("a: &x 1\nb: &x 2\n", "2:4: the anchor '&x' is used twice (first at line 1)"),
        ("a: " + "[" * 60 + "]" * 60, f"1:{3 + MAX_DEPTH}: lists and mappings are nested more"),
        ("a: b\x00c\n", "1:5: the character U+0000 is not allowed in a YAML file"),
        ("a: \u2028b\x01\n", "2:2: the character U+0001 is not allowed"),
    ],
)
def test_the_shape_of_the_yaml_is_bounded_and_located(text: str, expected: str) -> None:
    with pytest.raises(YamlSourceError) as raised:
        compose(text, "f.yaml")
    assert str(raised.value).startswith("f.yaml:" + expected), str(raised.value)


def test_the_composer_builds_what_pyyaml_builds(bundled_text: str) -> None:
    import yaml

    def tree(node: yaml.Node) -> object:
        where = (node.start_mark.line, node.start_mark.column, node.end_mark.line, node.tag)
        if isinstance(node, yaml.MappingNode):
            return (where, [(tree(k), tree(v)) for k, v in node.value])
        if isinstance(node, yaml.SequenceNode):
            return (where, [tree(v) for v in node.value])
        return (where, node.value, node.style)

    expected = yaml.compose(bundled_text, Loader=yamlsource.SafeLoader)
    assert tree(compose(bundled_text, "exercises.yaml")) == tree(expected)
    shared = compose("a: &x {b: 1}\nc: *x\n", "f.yaml")
    assert shared.value[0][1] is shared.value[1][1]  # an alias is its anchor's node


def too_many(template: str, count: int) -> str:
    return "[" + ", ".join([template] * count) + "]"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            own_file(
                exercise("mine", blocks=["{breaths: 1, pattern: long-deep}"] * (MAX_BLOCKS + 1))
            ),
            f"exercises[1] (mine).guidance.blocks: {MAX_BLOCKS + 1} items; at most {MAX_BLOCKS}",
        ),
        (
            own_file(exercise()).replace("steps: [*tmine]", f"steps: {too_many('*tmine', 51)}"),
            f"exercises[1] (mine).steps: {MAX_STEPS + 1} items; at most {MAX_STEPS}",
        ),
        (
            own_file(
                exercise(),
                programs="programs:\n  - id: p\n    name: {nl: P, en: P}\n"
                f"    items: {too_many('mine', MAX_PROGRAM_ITEMS + 1)}\n",
            ),
            f"programs[1] (p).items: {MAX_PROGRAM_ITEMS + 1} items; at most {MAX_PROGRAM_ITEMS}",
        ),
        (
            own_file(exercise("mine", rounds=20, blocks=["{breaths: 200, pattern: 4-4-4-4}"])),
            f"one exercise may play at most {MAX_EXERCISE_SEGMENTS}",
        ),
    ],
)
def test_counts_are_bounded(text: str, expected: str) -> None:
    result = load_text(text, "my.yaml", base(), guarded=True)
    assert result.catalogue is base()
    assert any(expected in str(p) for p in result.problems), result.problems


def test_too_many_exercises_in_one_file() -> None:
    many = "".join(exercise(f"e{n}") for n in range(MAX_ENTRIES + 1))
    result = load_text(own_file(many), "my.yaml", base(), guarded=True)
    assert [str(p).split(": ", 1)[1] for p in result.problems] == [
        f"exercises: {MAX_ENTRIES + 1} items; at most {MAX_ENTRIES} are allowed here"
    ]


def test_a_files_exercises_together_are_bounded() -> None:
    # 8 003 segments each: under the bound for one exercise, over it for the file at the 7th.
    big = ["{breaths: 200, pattern: 4-4-4-4}"] * 5
    text = own_file(*(exercise(f"e{n}", blocks=big) for n in range(7)))
    result = load_text(text, "my.yaml", base(), guarded=True)
    assert len(result.problems) == 1
    assert "exercises[7] (e6).guidance: with this exercise the file's exercises" in str(
        result.problems[0]
    )
    assert f"at most {MAX_FILE_SEGMENTS}" in str(result.problems[0])


def test_a_program_that_would_play_too_long_is_refused() -> None:
    long = exercise("long", blocks=["{breaths: 200, pattern: 4-4-4-4}"] * 5)
    programs = (
        "programs:\n  - id: p\n    name: {nl: P, en: P}\n"
        f"    items: {too_many('long', MAX_PROGRAM_ITEMS)}\n"
    )
    result = load_text(own_file(long, programs=programs), "my.yaml", base(), guarded=True)
    assert len(result.problems) == 1
    assert f"one session plays at most {MAX_SEGMENTS}" in str(result.problems[0])


# -- the boundary ----------------------------------------------------------------------------


def test_an_unforeseen_error_in_a_persons_file_is_a_located_problem(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = loader._Builder._program_item

    def broken(self: loader._Builder, node: Any, where: str) -> object:
        if self.filename.endswith("my-exercises.yaml"):  # the bundled catalogue still loads
            raise RuntimeError("a bug nobody foresaw")
        return original(self, node, where)

    text = own_file(exercise(), programs="programs:\n  - id: p\n    name: {nl: P, en: P}\n"
                    "    items: [mine]\n")  # fmt: skip
    path = tmp_path / "my-exercises.yaml"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setattr(loader._Builder, "_program_item", broken)
    result = load_addition(path, base())
    assert result.catalogue is base()
    assert [str(p) for p in result.problems] == [
        f"{path}:19:12: an unexpected error stopped the check here (RuntimeError: a bug "
        "nobody foresaw), so nothing of this file is used; please report it"
    ]
    assert main(["validate", str(path)]) == 1
    assert "RuntimeError: a bug nobody foresaw" in capsys.readouterr().out
    # The bundled catalogue is read without the boundary: a bug there is loud in the tests.
    with pytest.raises(RuntimeError):
        load_text(text, "my-exercises.yaml", base())


def test_an_error_before_any_node_is_read_is_at_the_files_start(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def out_of_memory(text: str, filename: str) -> None:
        raise MemoryError

    monkeypatch.setattr(loader, "compose", out_of_memory)
    result = check_text("schema: 1\n", "my.yaml", base())
    assert [str(p) for p in result.problems] == [
        "my.yaml:1:1: an unexpected error stopped the check here (MemoryError: ), so nothing "
        "of this file is used; please report it"
    ]


def test_a_broken_own_file_is_said_at_every_start(user_dirs: dict[str, Path]) -> None:
    own = user_dirs["data"] / "my-exercises.yaml"
    own.write_text(LAUGHS, encoding="utf-8")
    cache = user_dirs["cache"] / "catalogues.json"
    for _ in range(2):
        loaded = load_catalogues(catalogue_path(), own, cache)
        assert loaded.catalogue is not None and len(loaded.catalogue.exercises) == 40
        assert "once every alias" in str(loaded.user_problems[0])


# -- the same bounds everywhere ----------------------------------------------------------------


def test_the_bundled_catalogue_passes_the_bounds_comfortably(bundled_text: str) -> None:
    assert len(bundled_text.encode()) < MAX_BYTES / 5
    composer = yamlsource._Composer(yamlsource.SafeLoader(bundled_text), "exercises.yaml")
    composer.document()
    assert composer.total < MAX_NODES / 5
    catalogue = base()
    assert len(catalogue.exercises) < MAX_ENTRIES / 5
    for item in catalogue.exercises.values():
        assert len(item.steps) <= MAX_STEPS / 5
        assert len(item.guidance.blocks) <= MAX_BLOCKS / 5
        assert planned_segments([item]) < MAX_EXERCISE_SEGMENTS / 100
    assert planned_segments(catalogue.exercises.values()) < MAX_FILE_SEGMENTS / 20
    for program in catalogue.programs.values():
        assert len(program.items) <= MAX_PROGRAM_ITEMS / 5


def test_saved_sessions_are_read_within_the_same_bounds(tmp_path: Path) -> None:
    known = set(base().exercises)
    session, problems = routines.parse(LAUGHS, "s.yaml", known)
    assert session is None and "once every alias" in str(problems[0])
    big = tmp_path / "big.yaml"
    big.write_text("schema: 1\nname: x\nexercises: [cobra]\n" + "#" * MAX_BYTES, encoding="utf-8")
    entry = routine_store.load(big, known)
    assert entry.session is None  # (the store reads sessions with a tighter bound of its own)
    assert str(entry.problems[0]).startswith(f"{big}:1:1: the file is")


def test_the_programs_of_one_file_hold_a_bounded_number_of_exercises(tmp_path: Path) -> None:
    """Each program item is a row of the browser built at every start: 54 000 of them took
    ten seconds to the first paint. One file's programs together hold at most 1 000."""
    from app.core.bounds import MAX_FILE_PROGRAM_ITEMS, MAX_PROGRAM_ITEMS

    count = MAX_FILE_PROGRAM_ITEMS // MAX_PROGRAM_ITEMS + 1
    items = "\n".join("      - exercise: cobra" for _ in range(MAX_PROGRAM_ITEMS))
    programs = "\n".join(
        f"  - id: mine-{n}\n    name: {{nl: Mijn {n}, en: Mine {n}}}\n    items:\n{items}"
        for n in range(count)
    )
    own = tmp_path / "my-exercises.yaml"
    own.write_text(f"schema: 1\nprograms:\n{programs}\n", encoding="utf-8")
    result = load_addition(own, base())
    messages = [str(p) for p in result.problems]
    assert any("at most 1000" in m and ":3:3:" in m for m in messages), messages
    assert result.catalogue is base()  # the bundled catalogue, unchanged
