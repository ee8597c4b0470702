"""Every kind of bad catalogue input gives a located message, never an exception."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from app.core.loader import load_text
from app.core.model import Catalogue, Sides

GOOD_EXERCISE = """\
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
      blocks:
        - breaths: 3
          pattern: long-deep
programs:
  - id: my-morning
    name: {nl: Mijn ochtend, en: My morning}
    items: [bridge-breathing, my-stretch]
"""


def problems(text: str, base: Catalogue | None) -> list[str]:
    result = load_text(textwrap.dedent(text), "my.yaml", base)
    return [str(p) for p in result.problems]


def test_a_good_user_file_adds_to_the_bundled_catalogue(catalogue: Catalogue) -> None:
    result = load_text(GOOD_EXERCISE, "my.yaml", catalogue)
    assert result.problems == []
    merged = result.catalogue
    assert merged is not None
    assert len(merged.exercises) == 41
    assert merged.exercises["my-stretch"].sides is Sides.BOTH
    assert merged.exercises["my-stretch"].origin == "my.yaml"
    assert [i.exercise for i in merged.programs["my-morning"].items] == [
        "bridge-breathing",
        "my-stretch",
    ]
    assert len(catalogue.exercises) == 40  # the base is untouched


def test_yaml_syntax_error_is_located(catalogue: Catalogue) -> None:
    assert problems("schema: 1\nexercises: [\n  - id: x\n", catalogue) == [
        "my.yaml:3:3: YAML syntax: did not find expected node content"
    ]


def test_tabs_are_reported_on_every_line(catalogue: Catalogue) -> None:
    assert problems("schema: 1\nexercises:\n\t- id: a\n  \t- id: b\n", catalogue) == [
        "my.yaml:3:1: a tab in the indentation; YAML indents with spaces only",
        "my.yaml:4:3: a tab in the indentation; YAML indents with spaces only",
    ]


def test_unknown_key_suggests_the_right_one(catalogue: Catalogue) -> None:
    """A misspelled required key is one problem, one line, at the key: not also "missing
    required key 'steps'" at the exercise."""
    text = GOOD_EXERCISE.replace("    steps:", "    stpes:")
    assert problems(text, catalogue) == [
        "my.yaml:6:5: exercises[1] (my-stretch): unknown key 'stpes' (did you mean 'steps'?)",
    ]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        # every required key of an exercise, misspelled
        *[
            (f"    {key}:", f"    {typo}:", f"exercises[1]{name}: unknown key '{typo}' "
             f"(did you mean '{key}'?)")
            for key, typo, name in [
                ("name", "nmae", " (my-stretch)"),
                ("why", "whyy", " (my-stretch)"), ("steps", "stpes", " (my-stretch)"),
                ("tip", "tpi", " (my-stretch)"), ("caution", "cuation", " (my-stretch)"),
                ("position", "postion", " (my-stretch)"), ("sides", "sieds", " (my-stretch)"),
                ("source", "sorce", " (my-stretch)"), ("guidance", "guidence", " (my-stretch)"),
            ]
        ],
        ("  - id: my-stretch", "  - idd: my-stretch",
         "exercises[1]: unknown key 'idd' (did you mean 'id'?)"),
        ("      blocks:", "      blokcs:",
         "exercises[1] (my-stretch).guidance: unknown key 'blokcs' (did you mean 'blocks'?)"),
        ("        - breaths: 3", "        - breathes: 3",
         "exercises[1] (my-stretch).guidance.blocks[1]: unknown key 'breathes' "
         "(did you mean 'breaths'?)"),
        ("          pattern:", "          patern:",
         "exercises[1] (my-stretch).guidance.blocks[1]: unknown key 'patern' "
         "(did you mean 'pattern'?)"),
        ("en: Breathe calmly.}", "enn: Breathe calmly.}",
         "exercises[1] (my-stretch).tip: unknown key 'enn' (did you mean 'en'?)"),
        ("schema: 1", "shcema: 1", "file: unknown key 'shcema' (did you mean 'schema'?)"),
        ("  - id: my-morning", "  - idd: my-morning",
         "programs[1]: unknown key 'idd' (did you mean 'id'?)"),
        ("    items:", "    itmes:",
         "programs[1] (my-morning): unknown key 'itmes' (did you mean 'items'?)"),
    ],
)  # fmt: skip
def test_a_misspelled_required_key_is_one_problem_at_the_key(
    catalogue: Catalogue, old: str, new: str, expected: str
) -> None:
    text = GOOD_EXERCISE.replace(old, new, 1)
    assert text != GOOD_EXERCISE
    # One problem in all: a misspelled 'id' still names its exercise, so the program that
    # uses it is not also told "unknown exercise 'my-stretch'".
    found = problems(text, catalogue)
    assert len(found) == 1, found
    line = next(n for n, row in enumerate(text.splitlines(), start=1) if new in row)
    assert found[0].startswith(f"my.yaml:{line}:"), found
    assert found[0].endswith(expected), found


def test_unknown_key_without_a_close_match_lists_the_allowed(catalogue: Catalogue) -> None:
    text = GOOD_EXERCISE.replace("schema: 1\n", "schema: 1\nwhatever: 3\n")
    assert problems(text, catalogue) == [
        "my.yaml:2:1: file: unknown key 'whatever' (expected one of: schema, presets, "
        "exercises, programs)"
    ]


def test_missing_required_key(catalogue: Catalogue) -> None:
    text = GOOD_EXERCISE.replace("    position: standing\n", "")
    assert problems(text, catalogue) == [
        "my.yaml:3:5: exercises[1] (my-stretch): missing required key 'position'"
    ]


def test_text_missing_a_language(catalogue: Catalogue) -> None:
    text = GOOD_EXERCISE.replace(
        "tip: {nl: Adem rustig., en: Breathe calmly.}", "tip: {nl: Adem rustig.}"
    )
    assert problems(text, catalogue) == [
        "my.yaml:8:10: exercises[1] (my-stretch).tip: the text has no 'en' version "
        "(every text needs nl and en)"
    ]


def test_empty_text_and_wrong_type(catalogue: Catalogue) -> None:
    text = GOOD_EXERCISE.replace(
        "why: {nl: Omdat het helpt., en: Because it helps.}", "why: {nl: '', en: 7}"
    )
    assert problems(text, catalogue) == [
        "my.yaml:5:15: exercises[1] (my-stretch).why.nl: expected text, found ''",
        "my.yaml:5:23: exercises[1] (my-stretch).why.en: expected text, found '7'",
    ]


def test_duplicate_ids_in_one_file(catalogue: Catalogue) -> None:
    second = GOOD_EXERCISE.split("exercises:\n")[1].split("programs:")[0]
    text = GOOD_EXERCISE.replace("programs:", second + "programs:", 1)
    assert problems(text, catalogue) == [
        "my.yaml:18:5: exercises[2] (my-stretch): duplicate exercise id 'my-stretch' "
        "(first defined at line 3)"
    ]


def test_an_id_taken_by_the_bundled_catalogue(catalogue: Catalogue) -> None:
    text = GOOD_EXERCISE.replace("id: my-stretch", "id: cobra").replace(", my-stretch]", "]")
    assert problems(text, catalogue) == [
        "my.yaml:3:5: exercises[1] (cobra): exercise id 'cobra' is already used by the "
        "bundled catalogue; choose another id"
    ]


def test_duplicate_key_in_a_mapping(catalogue: Catalogue) -> None:
    text = GOOD_EXERCISE.replace("    sides: both\n", "    sides: both\n    sides: none\n")
    assert problems(text, catalogue) == [
        "my.yaml:13:5: exercises[1] (my-stretch): key 'sides' appears twice (first at line 12)"
    ]


def test_program_naming_an_unknown_exercise(catalogue: Catalogue) -> None:
    text = GOOD_EXERCISE.replace("[bridge-breathing, my-stretch]", "[bridge-breathin, nope]")
    assert problems(text, catalogue) == [
        "my.yaml:21:13: programs[1] (my-morning).items[1]: unknown exercise 'bridge-breathin' "
        "(did you mean 'bridge-breathing'?)",
        "my.yaml:21:30: programs[1] (my-morning).items[2]: unknown exercise 'nope'",
    ]


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("-4-7-8", " '-4-7-8': a phase cannot last a negative time"),
        ("0-0-0", " '0-0-0': the in-breath, 0 s, is shorter than 1 s"),
        ("0.0004-0-0.0004", " '0.0004-0-0.0004': the in-breath, 0.0004 s, is shorter than 1 s"),
        ("4-0-0.9", " '4-0-0.9': the out-breath, 0.9 s, is shorter than 1 s"),
        (
            "4-4-4-4-4",
            " '4-4-4-4-4' has 5 part(s); expected IN-HOLD-OUT or "
            "IN-HOLD-OUT-HOLD in seconds, e.g. 4-7-8",
        ),
        (
            "4-seven-8",
            " '4-seven-8': 'seven' is not a number of seconds (0 or more, e.g. 4 or 5.5)",
        ),
        ("4-7-99", " '4-7-99': the out-breath, 99 s, is longer than 60 s"),
        ("long-deeep", ": unknown breathing preset 'long-deeep' (did you mean 'long-deep'?)"),
    ],
)
def test_bad_breath_patterns(catalogue: Catalogue, pattern: str, message: str) -> None:
    text = GOOD_EXERCISE.replace("pattern: long-deep", f"pattern: {pattern}")
    where = "my.yaml:17:20: exercises[1] (my-stretch).guidance.blocks[1].pattern"
    assert problems(text, catalogue) == [where + message]


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "breaths: 3",
            "breaths: 0",
            "my.yaml:16:20: exercises[1] (my-stretch).guidance.blocks[1]"
            ".breaths: expected a whole number from 1 to 200, found '0'",
        ),
        (
            "breaths: 3",
            "breaths: 2.5",
            "my.yaml:16:20: exercises[1] (my-stretch).guidance.blocks[1]"
            ".breaths: expected a whole number from 1 to 200, found '2.5'",
        ),
        (
            "      blocks:",
            "      rounds: 50\n      blocks:",
            "my.yaml:15:15: exercises[1] (my-stretch)"
            ".guidance.rounds: expected a whole number from 1 to 20, found '50'",
        ),
    ],
)
def test_counts_out_of_range(catalogue: Catalogue, old: str, new: str, message: str) -> None:
    assert problems(GOOD_EXERCISE.replace(old, new), catalogue) == [message]


def test_python_tags_are_rejected_not_executed(catalogue: Catalogue, tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    text = GOOD_EXERCISE.replace(
        "position: standing",
        f"position: !!python/object/apply:os.system ['touch {marker}']",
    )
    assert problems(text, catalogue) == [
        "my.yaml:10:15: tag '!!python/object/apply:os.system' is not allowed: the catalogue "
        "holds plain data only (text, numbers, lists and mappings)"
    ]
    assert not marker.exists()


def test_a_wrong_enumeration_value_suggests(catalogue: Catalogue) -> None:
    text = GOOD_EXERCISE.replace("position: standing", "position: standng").replace(
        "equipment: [wall]", "equipment: [wall, trampoline]"
    )
    assert problems(text, catalogue) == [
        "my.yaml:10:15: exercises[1] (my-stretch).position: unknown value 'standng' "
        "(did you mean 'standing'?)",
        "my.yaml:11:23: exercises[1] (my-stretch).equipment[2]: expected one of mat, block, "
        "cushion, chair, wall, towel, found 'trampoline'",
    ]


def test_every_problem_of_a_file_in_one_run(catalogue: Catalogue) -> None:
    text = (
        GOOD_EXERCISE.replace("    steps:", "    stpes:")
        .replace("position: standing", "position: upside_down")
        .replace("pattern: long-deep", "pattern: 4-7")
        .replace("[bridge-breathing, my-stretch]", "[nope]")
        .replace("tip: {nl: Adem rustig., en: Breathe calmly.}", "tip: {en: Breathe calmly.}")
    )
    found = problems(text, catalogue)
    # (the misspelled 'stpes' is one problem at line 6, not also "missing 'steps'" at 3)
    assert len(found) == 5, found
    assert [line.split(":")[1] for line in found] == ["6", "8", "10", "17", "21"]


def test_a_newer_schema_is_refused_politely(catalogue: Catalogue) -> None:
    assert problems(GOOD_EXERCISE.replace("schema: 1", "schema: 7"), catalogue) == [
        "my.yaml:1:9: schema: version 7 is newer than this app understands (1); "
        "update Breathing Room"
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "my.yaml:1:1: the file is empty"),
        (
            "- just\n- a list\n",
            "my.yaml:1:1: file: expected a mapping (key: value lines), found a list",
        ),
        (
            "schema: 1\n---\nschema: 1\n",
            "my.yaml:3:1: a second YAML document ('---'); a catalogue is one document",
        ),
        ("exercises: []\n", "my.yaml:1:1: file: missing required key 'schema'"),
    ],
)
def test_odd_files(catalogue: Catalogue, text: str, message: str) -> None:
    assert problems(text, catalogue) == [message]


def test_a_complete_catalogue_needs_its_parts() -> None:
    assert problems("schema: 1\n", None) == [
        f"my.yaml:1:1: file: missing required key '{key}'"
        for key in ("prompts", "chapters", "presets", "exercises", "programs")
    ]


def test_the_bundled_catalogue_is_valid(bundled_text: str) -> None:
    assert problems(bundled_text, None) == []


def test_aliases_and_anchors_are_fine(catalogue: Catalogue) -> None:
    text = GOOD_EXERCISE.replace(
        "tip: {nl: Adem rustig., en: Breathe calmly.}",
        "tip: &calm {nl: Adem rustig., en: Breathe calmly.}",
    ).replace("caution: {nl: Stop bij pijn., en: Stop if it hurts.}", "caution: *calm")
    assert problems(text, catalogue) == []


# -- the book's path (``path``: the programs in the order a person moves on) -------------


def test_the_bundled_catalogue_holds_the_books_path(catalogue: Catalogue) -> None:
    assert catalogue.path == (
        "ch3-phase-1",
        "ch3-phase-2",
        "ch4-phase-1",
        "ch4-phase-2",
        "ch5-maintenance",
    )


def _with_path(bundled_text: str, path: str | None) -> tuple[str, int]:
    """The bundled catalogue with another last line ``path: ...`` (none: no path), and the
    number of that line."""
    head, found, _ = bundled_text.rpartition("\npath: ")
    assert found
    text = head + "\n" if path is None else f"{head}\npath: {path}\n"
    return text, head.count("\n") + 2


@pytest.mark.parametrize(
    ("path", "message"),
    [
        (
            "[ch3-phase-1, ch4-phaes-1]",
            ":21: path[2]: unknown program 'ch4-phaes-1' (did you mean 'ch4-phase-1'?)",
        ),
        (
            "[ch3-phase-1, ch3-phase-1]",
            ":21: path[2]: program 'ch3-phase-1' is already on the path (line {line})",
        ),
        ("[]", ":7: path: expected at least 1 item(s), found 0"),
        ("[ch3-phase-1, [ch3-phase-2]]", ":21: path[2]: expected text, found a list"),
    ],
)
def test_a_bad_path_is_located(bundled_text: str, path: str, message: str) -> None:
    text, line = _with_path(bundled_text, path)
    assert problems(text, None) == [f"my.yaml:{line}" + message.format(line=line)]


def test_a_catalogue_without_a_path_suggests_no_next_program(bundled_text: str) -> None:
    text, _ = _with_path(bundled_text, None)
    result = load_text(text, "my.yaml")
    assert result.problems == []
    assert result.catalogue is not None and result.catalogue.path == ()


def test_a_users_file_cannot_change_the_path(catalogue: Catalogue) -> None:
    text = GOOD_EXERCISE.replace("schema: 1\n", "schema: 1\npath: [my-morning]\n")
    assert problems(text, catalogue) == [
        "my.yaml:2:1: file: unknown key 'path' (expected one of: schema, presets, "
        "exercises, programs)"
    ]
