"""Fuzzing the catalogue loader: whatever a person's file holds, the loader answers with
located problems (file, line, column, a message) or a catalogue — never an exception,
never a hang.

Three sources of bad input: text that hypothesis makes up (YAML-ish fragments, any
characters); the real ``exercises.yaml`` with random damage — lines dropped, duplicated or
swapped, characters deleted or inserted, numbers changed, indentation shifted — which
reaches deep into the validator with text that is almost right; and a good own file with
hostile pieces put in by hypothesis: numbers of thousands of digits, keys that are lists
or mappings, alias bombs, deep nesting, binary junk, invalid UTF-8, byte order marks and
NUL bytes, read from disk as the app reads ``my-exercises.yaml``. For those the answer is
the bundled catalogue unchanged and located problems for the file (issue 16, item 6).
"""

from __future__ import annotations

import random
import re
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.files import load_addition
from app.core.loader import LoadResult, load_text
from app.core.model import Catalogue
from app.core.text import is_invisible
from app.core.yamlsource import MAX_DEPTH, MAX_NODES
from tests.helpers.catalogues import real_catalogue

YAML_BITS = st.sampled_from(
    ["schema: 1\n", "exercises:\n", "- id: x\n", "  name: {nl: a, en: b}\n", "  - ", ": ",
     "{", "}", "[", "]", "&a ", "*a", "!!python/object ", "---\n", "\t", "'", '"', "#",
     "presets:\n", "  breaths: 4-7-8\n", "programs: []\n", "- \n", "? ", "|\n", "\ufeff",
     "1e309", "-1", "0x1F", ".nan", "~", "\x00", "é", "  " * 20]
)  # fmt: skip


def check(result: LoadResult, text: str, file: str = "fuzz.yaml") -> None:
    if result.catalogue is None or result.problems:
        assert result.problems, "rejected without saying why"
    for problem in result.problems:
        assert problem.file == file
        assert problem.line >= 1 and problem.column >= 1
        # YAML breaks lines at \r and \u2028 too; splitlines() counts at least as many.
        assert problem.line <= len(text.splitlines()) + 2, (problem, text)
        shown = problem.message.render()
        assert shown.strip()
        # What a message quotes is shown as typed: nothing invisible, nothing unbounded.
        assert not any(is_invisible(ch) for ch in shown.replace(" ", "")), shown
        assert len(shown) < 2_000


@pytest.mark.slow  # 1 500 made-up files: about 9 s here
@settings(
    max_examples=1500, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)  # the same cases every run: CI never flakes
@given(st.lists(st.one_of(YAML_BITS, st.text(max_size=12)), max_size=40).map("".join))
def test_made_up_text_gives_located_problems(text: str) -> None:
    check(load_text(text, "fuzz.yaml"), text)


@pytest.mark.slow  # the loader fuzz: about 1 s here
@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.one_of(YAML_BITS, st.text(max_size=12)), max_size=30).map("".join))
def test_made_up_additions_to_the_real_catalogue_too(text: str) -> None:
    catalogue = real_catalogue()
    result = load_text("schema: 1\n" + text, "fuzz.yaml", base=catalogue)
    check(result, "schema: 1\n" + text)
    if result.problems:
        assert result.catalogue is catalogue  # a bad addition changes nothing


def mutate(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    for _ in range(rng.randint(1, 4)):
        kind = rng.randrange(7)
        i = rng.randrange(len(lines))
        line = lines[i]
        if kind == 0:
            del lines[i]
        elif kind == 1:
            lines.insert(i, line)
        elif kind == 2:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], line
        elif kind == 3 and line:
            k = rng.randrange(len(line))
            lines[i] = line[:k] + line[k + 1 :]
        elif kind == 4:
            k = rng.randrange(len(line) + 1)
            lines[i] = line[:k] + rng.choice(":-{}[]'\"#&*!|> \t0x9") + line[k:]
        elif kind == 5:
            lines[i] = "".join(rng.choice("0123456789") if c.isdigit() else c for c in line)
        else:
            lines[i] = " " * rng.choice([1, 2, 4]) + line if rng.random() < 0.5 else line.lstrip()
    return "\n".join(lines)


@pytest.mark.slow  # 1 500 loads of the whole catalogue
def test_random_damage_to_the_real_catalogue_gives_located_problems(bundled_text: str) -> None:
    rng = random.Random(20261126)  # fixed: a failure can be replayed
    rejected = 0
    for _ in range(1500):
        damaged = mutate(bundled_text, rng)
        result = load_text(damaged, "fuzz.yaml")
        check(result, damaged)
        rejected += bool(result.problems)
    assert rejected > 750  # most damage is caught, and said where


# -- hostile pieces in a good own file, read from disk as the app reads it -------------------

OWN = """\
schema: 1
exercises:
  - id: my-stretch
    name: {nl: Mijn rek, en: My stretch}
    why: {nl: Omdat het helpt., en: Because it helps.}
    steps:
      - {nl: Ga staan., en: Stand up.}
    tip: {nl: Adem rustig., en: Breathe calmly.}
    caution: {nl: Stop bij pijn., en: Stop if it hurts.}
    position: standing
    equipment: [wall]
    sides: both
    source: general
    guidance:
      rounds: 2
      rest: 5
      blocks:
        - breaths: 3
          pattern: long-deep
        - steps:
            - {text: {nl: Span aan., en: Tense.}, seconds: 5}
          repeat: 2
programs:
  - id: my-morning
    name: {nl: Mijn ochtend, en: My morning}
    items: [bridge-breathing, {exercise: my-stretch, page: 12}]
"""
_VALUE = re.compile(r"(?<=: )[^{}\[\]\n,]+|(?<=\[)[^\[\]{},:\n]+(?=[,\]])")
SLOTS = [m.span() for m in _VALUE.finditer(OWN)]
NUMBER_SLOTS = [(a, b) for a, b in SLOTS if OWN[a:b].isdigit()]
LINES = OWN.count("\n")

HUGE_NUMBERS = st.one_of(
    st.text("0123456789", min_size=300, max_size=6_000),
    st.text("0123456789", min_size=300, max_size=6_000).map(lambda d: "-" + d),
    st.text("0123456789abcdef", min_size=300, max_size=6_000).map(lambda d: "0x" + d),
    st.text("01", min_size=300, max_size=6_000).map(lambda d: "0b" + d),
    st.integers(300, 99_999).map(lambda e: f"1e{e}"),
    st.integers(3, 400).map(lambda n: ":".join(["59"] * n)),  # sexagesimal, > 9 999
    st.sampled_from([".nan", "-.inf", ".inf", "1_000_000_000_000", "0o777777777777", "~"]),
)
ODD_KEYS = st.sampled_from(
    [
        "[a, b]",
        "{a: 1}",
        "[[1]]",
        "[]",
        "{}",
        "[steps]",
        "{breaths: 1}",
        "? [a]\n",
        "*k",
        "1",
        "null",
    ]
)


def good_catalogue() -> Catalogue:
    return real_catalogue()


def read_as_own_file(data: bytes) -> tuple[LoadResult, str]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "my-exercises.yaml"
        path.write_bytes(data)
        return load_addition(path, good_catalogue()), str(path)


def check_left_out(data: bytes, *, seconds: float = 10.0) -> LoadResult:
    """The file is left out with located problems, or accepted; the bundled catalogue
    always works, and it never takes long."""
    started = time.monotonic()
    result, path = read_as_own_file(data)
    assert time.monotonic() - started < seconds  # a generous guard, not a benchmark
    text = data.decode("utf-8", "replace")
    check(result, text, path)
    if result.problems:
        assert result.catalogue is good_catalogue()
    else:
        assert result.catalogue is not None
        assert set(good_catalogue().exercises) <= set(result.catalogue.exercises)
    return result


def test_the_own_file_template_is_good() -> None:
    result = check_left_out(OWN.encode())
    assert result.problems == []
    assert len(SLOTS) > 25 and len(NUMBER_SLOTS) >= 6  # hostile values go to many places


@pytest.mark.slow  # the loader fuzz: about 2 s here
@settings(max_examples=150, deadline=None, derandomize=True)
@given(slot=st.sampled_from(SLOTS + NUMBER_SLOTS * 3), value=HUGE_NUMBERS)
def test_numbers_of_thousands_of_digits_anywhere(slot: tuple[int, int], value: str) -> None:
    start, end = slot
    result = check_left_out((OWN[:start] + value + OWN[end:]).encode())
    if slot in NUMBER_SLOTS:
        assert result.problems  # out of every range the schema has, or not a number


@settings(max_examples=150, deadline=None, derandomize=True)
@given(line=st.integers(1, LINES), key=ODD_KEYS, value=st.sampled_from(["1", "x", "[1]", "{}"]))
def test_keys_that_are_lists_or_mappings_anywhere(line: int, key: str, value: str) -> None:
    lines = OWN.splitlines(keepends=True)
    indent = len(lines[line]) - len(lines[line].lstrip(" -")) if line < len(lines) else 0
    lines.insert(line, " " * indent + f"{key}: {value}\n")
    check_left_out("".join(lines).encode())


@settings(max_examples=60, deadline=None, derandomize=True)
@given(width=st.integers(2, 12), depth=st.integers(1, 12), place=st.sampled_from(["top", "steps"]))
def test_alias_bombs_are_refused_at_once(width: int, depth: int, place: str) -> None:
    anchors = ["  x0: &a0 {nl: lol, en: lol}\n"]
    for level in range(1, depth + 1):
        refs = ", ".join([f"*a{level - 1}"] * width)
        anchors.append(f"  x{level}: &a{level} [{refs}]\n")
    text = "schema: 1\nbomb:\n" + "".join(anchors)
    if place == "steps":  # reached by the validator, not only by the composer
        text = OWN.replace("      - {nl: Ga staan., en: Stand up.}\n", f"      - *a{depth}\n")
        text = text.replace("schema: 1\n", "schema: 1\nbomb:\n" + "".join(anchors))
    result = check_left_out(text.encode(), seconds=5.0)
    assert result.problems
    if width**depth > 2 * MAX_NODES:
        assert any("once every alias" in str(p) for p in result.problems)


@settings(max_examples=60, deadline=None, derandomize=True)
@given(
    depth=st.integers(1, 1_500),
    style=st.sampled_from(["[", "{a: ", "- ", "a:\n"]),
    where=st.sampled_from(["top", "steps"]),
)
def test_deep_nesting_is_refused(depth: int, style: str, where: str) -> None:
    if style == "[":
        deep = "[" * depth + "]" * depth
    elif style == "{a: ":
        deep = "{a: " * depth + "1" + "}" * depth
    elif style == "- ":
        deep = "".join("  " * i + "- \n" for i in range(min(depth, 400)))
    else:
        deep = "".join("  " * i + "a:\n" for i in range(min(depth, 400)))
    if where == "top" or "\n" in deep:
        text = "schema: 1\nbomb:\n" + ("" if "\n" in deep else "  ") + deep.replace("\n", "\n  ")
    else:
        text = OWN.replace("[wall]", deep)
    result = check_left_out(text.encode())
    assert result.problems
    if style == "[" and MAX_DEPTH < depth <= 900:
        assert any("nested more than" in str(p) for p in result.problems)


@settings(max_examples=150, deadline=None, derandomize=True)
@given(junk=st.binary(max_size=3_000))
def test_binary_junk(junk: bytes) -> None:
    check_left_out(junk)


@pytest.mark.slow  # the loader fuzz: about 1 s here
@settings(max_examples=150, deadline=None, derandomize=True)
@given(
    at=st.integers(0, len(OWN.encode())),
    bad=st.sampled_from(
        [b"\x00", b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xef\xbb\xbf", b"\xfe\xff",
         b"\x1b[31m", b"\x7f", b"\xc2\x85", b"\xe2\x80\xae", b"\xe2\x80\x8b", b"\r"]
    ),
    bom=st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"]),
)  # fmt: skip
def test_nul_bytes_invalid_utf8_and_byte_order_marks(at: int, bad: bytes, bom: bytes) -> None:
    data = OWN.encode()
    result = check_left_out(bom + data[:at] + bad + data[at:])
    if bad == b"\x00" or bom in (b"\xff\xfe", b"\xfe\xff"):
        assert result.problems


@settings(max_examples=100, deadline=None, derandomize=True)
@given(
    slot=st.sampled_from(SLOTS),
    hidden=st.sampled_from(["\u202e", "\u200b", "\u2066", "\ufeff", "\u00ad", "\u2028", "\x85"]),
    quoted=st.booleans(),
)
def test_invisible_characters_anywhere_are_shown_escaped(
    slot: tuple[int, int], hidden: str, quoted: bool
) -> None:
    start, end = slot
    value = OWN[start:end]
    cut = len(value) // 2
    escaped = value[:cut] + f"\\u{ord(hidden):04x}" + value[cut:]
    piece = f'"{escaped}"' if quoted else value[:cut] + hidden + value[cut:]
    check_left_out((OWN[:start] + piece + OWN[end:]).encode())  # messages checked there
