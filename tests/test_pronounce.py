"""Respellings for the built-in voice: whole words, case kept, read with located checks."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from app import bundle
from app.core import pronounce
from app.core.pronounce import parse, respell

TABLE = {"nl": {"squat": "skwot", "hamstrings": "hemstrings", "90/90": "negentig-negentig"}}


def test_whole_words_are_respelled_keeping_their_case() -> None:
    text = "Squat, squat en SQUAT; squatting. 90/90 zittende draai. Hamstrings"
    assert respell(text, "nl", TABLE) == (
        "Skwot, skwot en SKWOT; squatting. negentig-negentig zittende draai. Hemstrings"
    )


def test_other_languages_and_parts_of_words_stay() -> None:
    assert respell("squat", "en", TABLE) == "squat"
    assert respell("stoel-squat squats 190/90", "nl", TABLE) == "stoel-squat squats 190/90"


@settings(max_examples=200, derandomize=True)
@given(st.text(alphabet=st.characters(blacklist_characters="sSqQ"), max_size=60))
def test_a_text_without_listed_words_is_untouched(text: str) -> None:
    assert respell(text, "nl", {"nl": {"squat": "skwot"}}) == text


def test_the_bundled_list_is_clean_and_covers_the_loanwords() -> None:
    table, problems = pronounce.load(bundle.pronunciation_path())
    assert problems == []
    for word in ("squat", "lunge", "hamstrings", "stoelsquat", "90/90"):
        assert word in table["nl"]


def test_a_bad_file_is_a_located_problem_and_no_respellings() -> None:
    text = "nl:\n  squat: skwot\n  Squat: x\n  two words: x\n  lunge: <speak>\nen: 3\n"
    table, problems = parse(text, "pron.yaml")
    assert table == {}
    where = [(p.line, p.column) for p in problems]
    assert where == [(3, 3), (4, 3), (5, 10), (6, 5)]
    assert "appears twice" in str(problems[0])
    assert str(problems[0]).startswith("pron.yaml:3:3:")


def test_broken_yaml_and_code_tags_are_refused(tmp_path: Path) -> None:
    _, problems = parse("nl: [squat\n", "a.yaml")
    assert problems and problems[0].file == "a.yaml"
    _, problems = parse("nl: !!python/object/apply:os.system ['true']\n", "b.yaml")
    assert problems and problems[0].line == 1
    table, problems = pronounce.load(tmp_path / "none.yaml")
    assert table == {} and "no such file" in str(problems[0])
