"""Invisible characters (issue 16, item 16): ids refuse them, names refuse bidi controls,
and every message that quotes what a person typed shows them as escapes (``\\u202e``), so
a "did you mean" hint never looks like what was typed.

The rule lives in one place, ``app.core.text.visible``, which ``Message.of`` applies to
every value a message quotes; these tests try it with generated strings full of format
(Cf) and other invisible characters.
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.cli import main
from app.core import routines
from app.core.loader import load_text
from app.core.problems import Message, Problem
from app.core.requests import Request, RequestError
from app.core.spelling import suggestion
from app.core.text import BIDI_CONTROLS, escape, is_invisible, visible
from tests.helpers.catalogues import real_catalogue as catalogue

FORMAT = st.characters(categories=["Cf"])  # bidi controls, zero-width, soft hyphen, BOM …
INVISIBLE = st.one_of(
    FORMAT,
    st.characters(categories=["Cc", "Zl", "Zp", "Co"]),
    st.sampled_from(["\u00a0", "\u2007", "\u3000", "\u3164", "\u2800", "\u115f"]),
)
ANY_TEXT = st.text(st.one_of(st.characters(), INVISIBLE), max_size=60)


def shows_nothing_hidden(text: str) -> bool:
    return not any(is_invisible(ch) for ch in text)


# -- the one helper --------------------------------------------------------------------------


@settings(max_examples=300, derandomize=True)
@given(ANY_TEXT)
def test_visible_shows_every_invisible_character_as_an_escape(text: str) -> None:
    shown = visible(text, None)
    assert shows_nothing_hidden(shown)
    for ch in text:
        assert (escape(ch) if is_invisible(ch) else ch) in shown
    assert visible(shown, None) == shown  # applying it again changes nothing
    if shows_nothing_hidden(text):
        assert shown == text  # visible text is quoted as it is


@settings(max_examples=200, derandomize=True)
@given(ANY_TEXT, st.integers(2, 80))
def test_visible_cuts_long_text_and_says_so(text: str, limit: int) -> None:
    shown = visible(text, limit)
    assert len(shown) <= limit
    assert shows_nothing_hidden(shown)
    assert visible(shown, limit) == shown
    whole = visible(text, None)
    assert shown == whole or (shown.endswith("…") and whole.startswith(shown[:-1]))


def test_visible_examples() -> None:
    assert visible("cobra\u200b") == "cobra\\u200b"
    assert visible("abc\u202edef") == "abc\\u202edef"
    assert visible("tab\there\n") == "tab\\u0009here\\u000a"
    assert visible("no\u00a0break") == "no\\u00a0break"
    assert visible("c\u043ebra", ascii_only=True) == "c\\u043ebra"
    assert visible("Ontspan\u00ading") == "Ontspan\\u00ading"  # a soft hyphen, in a message
    assert visible("\U000e0041") == "\\U000e0041"  # a tag character, beyond the BMP
    assert visible("x" * 500) == "x" * 299 + "…"


@settings(max_examples=200, derandomize=True)
@given(st.dictionaries(st.sampled_from(["value", "where", "key"]), ANY_TEXT, min_size=1))
def test_every_message_quotes_values_visibly(args: dict[str, str]) -> None:
    template = " ".join("{" + key + "}" for key in args)
    message = Message.of(template, **args)
    assert shows_nothing_hidden(message.render().replace(" ", ""))
    problem = Problem("my\u202eexercises.yaml", 1, 1, message)
    assert "my\\u202eexercises.yaml:1:1: " in str(problem)
    assert shows_nothing_hidden(str(problem).replace(" ", ""))


# -- ids -------------------------------------------------------------------------------------

GOOD = """\
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


def yaml_escape(text: str) -> str:
    """A double-quoted YAML scalar holding ``text`` exactly (YAML refuses some raw)."""
    return '"' + "".join(escape(c) if is_invisible(c) else c for c in text) + '"'


def problems(text: str) -> list[str]:
    result = load_text(text, "my.yaml", catalogue(), guarded=True)
    if result.problems:
        assert result.catalogue is catalogue()
    return [str(p) for p in result.problems]


@settings(max_examples=150, deadline=None, derandomize=True)
@given(hidden=FORMAT, at=st.integers(1, len("my-stretch") - 1))
def test_an_id_with_a_format_character_is_refused_and_shown(hidden: str, at: int) -> None:
    ident = "my-stretch"[:at] + hidden + "my-stretch"[at:]
    text = GOOD.replace("id: my-stretch", f"id: {yaml_escape(ident)}").replace(", my-stretch]", "]")
    found = problems(text)
    assert len(found) == 1
    assert found[0].startswith(f"my.yaml:3:9: exercises[1] ({visible(ident)}).id: ")
    # A bidi control is refused in every text (see below), any other one in an id.
    which = "bidirectional control" if hidden in BIDI_CONTROLS else "character"
    name = f"U+{ord(hidden):04X} {unicodedata.name(hidden, '')}".rstrip()
    assert f"'{visible(ident)}' holds the invisible {which} {name}" in found[0]
    assert shows_nothing_hidden(found[0].replace(" ", ""))


@settings(max_examples=150, deadline=None, derandomize=True)
@given(hidden=INVISIBLE, at=st.integers(0, len("cobra")))
def test_a_hint_never_looks_like_what_was_typed(hidden: str, at: int) -> None:
    typed = "cobra"[:at] + hidden + "cobra"[at:]
    text = GOOD.replace("[bridge-breathing, my-stretch]", f"[{yaml_escape(typed)}, my-stretch]")
    found = problems(text)
    if typed.strip() == "cobra":  # spaces around a name are not part of it
        assert found == []
        return
    assert len(found) == 1
    if hidden in BIDI_CONTROLS:  # refused as text already, and shown escaped
        assert f"the text '{visible(typed)}' holds the invisible bidirectional" in found[0]
        return
    quoted = found[0].split("unknown exercise '")[1].split("'")[0]
    assert quoted != "cobra" and shows_nothing_hidden(quoted)
    assert quoted == visible(typed.strip(), ascii_only=True)
    assert found[0].endswith("(did you mean 'cobra'?)")


def test_look_alike_letters_are_shown_as_escapes_too() -> None:
    text = GOOD.replace("[bridge-breathing, my-stretch]", "[c\u043ebra, my-stretch]")
    assert problems(text) == [
        "my.yaml:20:13: programs[1] (my-morning).items[1]: unknown exercise 'c\\u043ebra' "
        "(did you mean 'cobra'?)"
    ]


def test_look_alike_letters_typed_on_the_command_line_are_shown_as_escapes() -> None:
    with pytest.raises(RequestError) as raised:
        Request(exercise="c\u043ebra").build(catalogue())
    assert str(raised.value) == "unknown exercise 'c\\u043ebra' (did you mean 'cobra'?)"


def test_a_key_with_a_zero_width_space_is_shown_with_it() -> None:
    text = GOOD.replace("    position: standing", "    position: standing\n    ste\u200bps: x")
    assert (
        "my.yaml:11:5: exercises[1] (my-stretch): unknown key 'ste\\u200bps' "
        "(did you mean 'steps'?)"
    ) in problems(text)


# -- names -----------------------------------------------------------------------------------


@settings(max_examples=100, deadline=None, derandomize=True)
@given(bidi=st.sampled_from(sorted(BIDI_CONTROLS)), field=st.sampled_from(["name", "tip", "why"]))
def test_bidi_controls_in_a_text_are_refused(bidi: str, field: str) -> None:
    line = next(line for line in GOOD.splitlines() if line.startswith(f"    {field}: "))
    english = line.split("en: ")[1].rstrip("}")
    spoofed = line.replace(f"en: {english}", f"en: {yaml_escape(english[:3] + bidi + english[3:])}")
    found = problems(GOOD.replace(line, spoofed))
    assert len(found) == 1
    assert f"exercises[1] (my-stretch).{field}.en: the text '" in found[0]
    assert f"holds the invisible bidirectional control U+{ord(bidi):04X}" in found[0]
    assert shows_nothing_hidden(found[0].replace(" ", ""))


@pytest.mark.parametrize(
    "name",
    [
        "Rug\u00adstrek\u00adking",  # soft hyphens: where a long Dutch word may break
        "Familie \U0001f468\u200d\U0001f469\u200d\U0001f467",  # ZWJ: one emoji
        "Ademen\u2060(rustig)",  # word joiner
    ],
)
def test_names_keep_legitimate_format_characters(name: str) -> None:
    text = GOOD.replace("en: My stretch}", f"en: {yaml_escape(name)}}}")
    result = load_text(text, "my.yaml", catalogue())
    assert result.problems == []
    assert result.catalogue is not None
    assert result.catalogue.exercises["my-stretch"].name.en == name


# -- everywhere a name is typed ------------------------------------------------------------


@settings(max_examples=100, deadline=None, derandomize=True)
@given(hidden=FORMAT, kind=st.sampled_from(["exercise", "program", "preset"]))
def test_command_line_ids_are_shown_escaped(hidden: str, kind: str) -> None:
    known = {"exercise": "cobra", "program": "ch3-phase-1", "preset": "long-deep"}[kind]
    typed = known[:2] + hidden + known[2:]
    with pytest.raises(RequestError) as raised:
        Request(**{kind: typed}).build(catalogue())  # type: ignore[arg-type]
    shown = str(raised.value.message)
    assert escape(hidden) in shown and shows_nothing_hidden(shown.replace(" ", ""))


def test_the_timeline_command_shows_the_escape(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["timeline", "--exercise", "cob\u200bra"]) == 2
    err = capsys.readouterr().err
    assert "unknown exercise 'cob\\u200bra' (did you mean 'cobra'?)" in err


@settings(max_examples=100, deadline=None, derandomize=True)
@given(hidden=FORMAT)
def test_saved_session_ids_are_shown_escaped(hidden: str) -> None:
    text = f"schema: 1\nname: Ochtend\nexercises: [{yaml_escape('cob' + hidden + 'ra')}]\n"
    session, found = routines.parse(text, "s.yaml", set(catalogue().exercises))
    assert session is None
    assert str(found[0]).startswith("s.yaml:3:13: exercises[1]: ")
    if hidden in BIDI_CONTROLS:
        assert f"the text 'cob{escape(hidden)}ra' holds the invisible bidi" in str(found[0])
    else:
        assert f"unknown exercise 'cob{escape(hidden)}ra' (did you mean 'cobra'?)" in str(found[0])


def test_suggestions_ignore_invisible_characters_and_long_words() -> None:
    assert suggestion("cob\u200bra", ["cobra", "bridge"]) == "cobra"
    assert suggestion("\u202estpes", ["steps"]) == "steps"
    assert suggestion("x" * 10_000, ["x"]) is None
