"""Fuzzing the catalogue loader: whatever a person's file holds, the loader answers with
located problems (file, line, column, a message) or a catalogue — never an exception,
never a hang.

Two sources of bad input: text that hypothesis makes up (YAML-ish fragments, any
characters), and the real ``exercises.yaml`` with random damage — lines dropped,
duplicated or swapped, characters deleted or inserted, numbers changed, indentation
shifted — which reaches deep into the validator with text that is almost right.
"""

from __future__ import annotations

import functools
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.bundle import catalogue_path
from app.core.files import load_bundled
from app.core.loader import LoadResult, load_text
from app.core.model import Catalogue

YAML_BITS = st.sampled_from(
    ["schema: 1\n", "exercises:\n", "- id: x\n", "  name: {nl: a, en: b}\n", "  - ", ": ",
     "{", "}", "[", "]", "&a ", "*a", "!!python/object ", "---\n", "\t", "'", '"', "#",
     "presets:\n", "  breaths: 4-7-8\n", "programs: []\n", "- \n", "? ", "|\n", "\ufeff",
     "1e309", "-1", "0x1F", ".nan", "~", "\x00", "é", "  " * 20]
)  # fmt: skip


def check(result: LoadResult, text: str) -> None:
    if result.catalogue is None or result.problems:
        assert result.problems, "rejected without saying why"
    for problem in result.problems:
        assert problem.file == "fuzz.yaml"
        assert problem.line >= 1 and problem.column >= 1
        # YAML breaks lines at \r and \u2028 too; splitlines() counts at least as many.
        assert problem.line <= len(text.splitlines()) + 2, (problem, text)
        assert problem.message.render().strip()


@settings(
    max_examples=1500, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)  # the same cases every run: CI never flakes
@given(st.lists(st.one_of(YAML_BITS, st.text(max_size=12)), max_size=40).map("".join))
def test_made_up_text_gives_located_problems(text: str) -> None:
    check(load_text(text, "fuzz.yaml"), text)


@functools.cache
def real_catalogue() -> Catalogue:
    # Not the session fixture: hypothesis puts a test's arguments into its reports, and
    # the whole catalogue's repr is 120 kB (a HypothesisWarning, an error here).
    catalogue = load_bundled(catalogue_path()).catalogue
    assert catalogue is not None
    return catalogue


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


def test_random_damage_to_the_real_catalogue_gives_located_problems(bundled_text: str) -> None:
    rng = random.Random(20261126)  # fixed: a failure can be replayed
    rejected = 0
    for _ in range(1500):
        damaged = mutate(bundled_text, rng)
        result = load_text(damaged, "fuzz.yaml")
        check(result, damaged)
        rejected += bool(result.problems)
    assert rejected > 750  # most damage is caught, and said where
