"""The Qt Linguist catalogues are complete, current, built, and used.

``packaging/translations.py check`` runs ``pyside6-lupdate`` over the code into a scratch
file: a string the code has and a catalogue lacks, a string the catalogue keeps that the
code no longer has, or a Dutch string without a finished translation fails here.
"""

from __future__ import annotations

import ast
import functools
import importlib.util
import re
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "packaging" / "translations.py"
spec = importlib.util.spec_from_file_location("translations", SCRIPT)
assert spec is not None and spec.loader is not None
translations = importlib.util.module_from_spec(spec)
spec.loader.exec_module(translations)


def test_every_ui_string_has_a_finished_dutch_translation() -> None:
    assert translations.problems() == []


def test_the_shipped_qm_files_are_built_from_the_ts_files() -> None:
    with tempfile.TemporaryDirectory() as folder:
        for lang in translations.LANGUAGES:
            built = Path(folder) / f"{lang}.qm"
            subprocess.run(
                [translations.tool("pyside6-lrelease"), str(translations.ts_path(lang)),
                 "-qm", str(built)],
                check=True, capture_output=True,
            )  # fmt: skip
            shipped = translations.qm_path(lang)
            assert shipped.read_bytes() == built.read_bytes(), (
                f"{shipped.name} is out of date: run python packaging/translations.py build"
            )


def test_english_plurals_read_naturally() -> None:
    from PySide6.QtCore import QCoreApplication

    from app.services import i18n

    i18n.install("en")

    def add(n: int) -> str:
        return QCoreApplication.translate("RoutineQueue", "Add %n exercise(s)", "", n)

    assert (add(1), add(3)) == ("Add 1 exercise", "Add 3 exercises")


def test_dutch_is_installed_and_english_after_it(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication

    from app.services import i18n

    try:
        i18n.install("nl")
        assert QCoreApplication.translate("Labels", "Standing") == "Staand"
        assert QCoreApplication.translate("RoutineQueue", "Add %n exercise(s)", "", 2) == (
            "2 oefeningen toevoegen"
        )
    finally:
        i18n.install("en")
    assert QCoreApplication.translate("Labels", "Standing") == "Standing"


# -- counted words (issue 19): real plural forms, never "probleem/problemen" or "1 breaths" --

# Every counted text, what its singular and plural say in both languages. Rendered through
# the shipped catalogues, for 1 and for 2.
COUNTED = {
    ("SavedRhythms", "%1 · %n breath(s)"): (
        "1 breath", "2 breaths", "1 ademhaling", "2 ademhalingen"),
    ("SavedRhythms", "%n more rhythm file(s) cannot be read; see Your rhythms…"): (
        "1 more rhythm file cannot", "2 more rhythm files cannot",
        "1 ritmebestand is niet", "2 ritmebestanden zijn niet"),
    ("SavedRhythms", "Only the first %1 rhythm files are read; %n more in %2 were not."): (
        "1 more in %2 was not", "2 more in %2 were not",
        "1 bestand in %2 is overgeslagen", "2 bestanden in %2 zijn overgeslagen"),
    ("Cli", "%1: %n problem(s)"): ("1 problem", "2 problems", "1 probleem", "2 problemen"),
    ("Cli", "%n breathing preset(s)"): (
        "1 breathing preset", "2 breathing presets", "1 ademritme", "2 ademritmes"),
    ("Cli", "%n breathing preset(s); play one with: breathing-room pacer --preset ID"): (
        "1 breathing preset;", "2 breathing presets;", "1 ademritme;", "2 ademritmes;"),
    ("Cli", "%n different exercise(s)"): (
        "1 exercise", "2 different exercises", "1 oefening", "2 verschillende oefeningen"),
    ("Cli", "%n exercise(s)"): ("1 exercise", "2 exercises", "1 oefening", "2 oefeningen"),
    ("Cli", "%n place(s) in the book"): (
        "1 place in", "2 places in", "1 plaats in", "2 plaatsen in"),
    ("Cli", "%n programme(s)"): ("1 programme", "2 programmes", "1 programma", "2 programma's"),
    ("Cli", "%n programme(s); see one with: breathing-room timeline --program ID"): (
        "1 programme;", "2 programmes;", "1 programma;", "2 programma's;"),
    ("Cli", "%n segment(s), %1 in all (%2 ms)"): (
        "1 segment,", "2 segments,", "1 stuk,", "2 stukken,"),
    ("HistoryWindow", "%n file(s) backed up to %1"): (
        "1 file backed", "2 files backed", "1 bestand bewaard", "2 bestanden bewaard"),
    ("HistoryWindow", "%n row(s) written to %1"): (
        "1 row written", "2 rows written", "1 regel geschreven", "2 regels geschreven"),
    ("PacerControls", "%n breath(s) · %1"): (
        "1 breath ·", "2 breaths ·", "1 ademhaling ·", "2 ademhalingen ·"),
    ("ProblemBanner",
     "Your own exercises file has %n problem(s) and was not loaded. Nothing in it was changed."): (
        "has 1 problem and", "has 2 problems and", "heeft 1 probleem en", "heeft 2 problemen en"),
    ("Settings", "(%n byte(s))"): ("(1 byte)", "(2 bytes)", "(1 byte)", "(2 bytes)"),
    ("Problem", "{file}: %n more value(s) like these cannot be used."): (
        "1 more value like", "2 more values like", "nog 1 waarde zoals deze is",
        "nog 2 waarden zoals deze zijn"),
    ("Problem", "{where} '{pattern}' has %n part(s); expected IN-HOLD-OUT or "
                "IN-HOLD-OUT-HOLD in seconds, e.g. 4-7-8"): (
        "has 1 part;", "has 2 parts;", "heeft 1 deel;", "heeft 2 delen;"),
    ("Problem", "{where}: expected at least %n item(s), found {count}"): (
        "at least 1 item,", "at least 2 items,", "minstens 1 item,", "minstens 2 items,"),
    ("RestoreFlow", "%n session(s) in the practice history"): (
        "1 session in", "2 sessions in", "1 sessie in", "2 sessies in"),
    ("RestoreFlow", "%n saved session(s)"): (
        "1 saved session", "2 saved sessions", "1 bewaarde sessie", "2 bewaarde sessies"),
    ("RestoreFlow", "%n saved rhythm(s)"): (
        "1 saved rhythm", "2 saved rhythms", "1 bewaard ritme", "2 bewaarde ritmes"),
    ("Backup", "Checking %n saved rhythm(s)…"): (
        "1 saved rhythm…", "2 saved rhythms…", "1 bewaard ritme wordt", "2 bewaarde ritmes worden"),
    ("Backup", "Checking %n saved session(s)…"): (
        "1 saved session…", "2 saved sessions…", "1 bewaarde sessie wordt",
        "2 bewaarde sessies worden"),
    ("HistoryModel", "%n exercise(s) left out"): (
        "1 exercise left", "2 exercises left", "1 oefening weggelaten", "2 oefeningen weggelaten"),
    ("HistoryWindow", "Left out because it hurt last time (%n exercise(s)): %1"): (
        "(1 exercise)", "(2 exercises)", "(1 oefening)", "(2 oefeningen)"),
    ("RoutineQueue", "Add %n exercise(s)"): (
        "Add 1 exercise", "Add 2 exercises", "1 oefening toevoegen", "2 oefeningen toevoegen"),
    ("SessionRecorder",
     "%n change(s) to the practice history could not be saved in %1 (%2)."): (
        "1 change to", "2 changes to", "1 wijziging in de oefengeschiedenis kon",
        "2 wijzigingen in de oefengeschiedenis konden"),
    ("SessionRecorder", "%n change(s) to the practice history could not be saved yet; "
                        "kept in %1, saved at the next start."): (
        "1 change to", "2 changes to", "1 wijziging in de oefengeschiedenis kon",
        "2 wijzigingen in de oefengeschiedenis konden"),
    ("SessionRecorder",
     "%n change(s) to the practice history could not be saved; kept in %1."): (
        "1 change to", "2 changes to", "1 wijziging in de oefengeschiedenis kon",
        "2 wijzigingen in de oefengeschiedenis konden"),
    ("SessionRecorder", "%n entry(s) of the practice history cannot be used and are left "
                        "out or read as empty; the file is not changed. The first: %1"): (
        "1 entry of the practice history cannot be used and is",
        "2 entries of the practice history cannot be used and are",
        "1 gegeven in de oefengeschiedenis is onbruikbaar",
        "2 gegevens in de oefengeschiedenis zijn onbruikbaar"),
    ("SessionRecorder", "%n change(s) from last time were saved now."): (
        "1 change from last time was", "2 changes from last time were",
        "1 wijziging van de vorige keer is", "2 wijzigingen van de vorige keer zijn"),
    ("RoutineQueue", "Remove %n exercise(s)"): (
        "Remove 1 exercise", "Remove 2 exercises", "1 oefening verwijderen",
        "2 oefeningen verwijderen"),
}  # fmt: skip

# A number put before a plural word in a text that is not a plural message: each is here
# because its count is never 1 (a bound it exceeds, a constant, a branch for more than one).
# tests/test_translations.py::test_a_count_before_a_noun_is_a_plural_message reads the code.
NEVER_ONE = {
    ("Backup", "%1 files"): "over the limit of a backup (more than 1 010 entries)",
    ("ExerciseText", "%1 rounds"): "shown only for an exercise of more than one round",
    ("HistoryModel", "%1 exercises"): "a session of one exercise shows its name instead",
    ("HistoryWindow", "%2 rounds"): "shown only for an exercise of more than one round",
    ("MainWindow", "%1 exercises"): "the whole catalogue: the bundled one alone has 40",
    ("MainWindow", "%2 places"): "the whole catalogue: the bundled one alone has 45",
    ("MainWindow", "%3 programmes"): "the whole catalogue: the bundled one alone has 8",
    ("PracticeStrip", "%2 days"): "the strip shows 8 weeks",
    ("Problem", "{count} exercises"): "over the bound of a file",
    ("Problem", "{count} items"): "over the maximum of a list (at least 1)",
    ("Problem", "{max} seconds"): "MAX_PREPARE_S, 60",
    ("Problem", "{max} values"): "the loader's bound, 50 000",
    ("Problem", "{count} words"): "over the bound of the pronunciation list",
    ("Problem", "{maximum} characters"): "the pronunciation list's bounds on a word (40 and more)",
    ("Voice", "%1 characters"): "a text over 4 000 characters, or espeak-ng's path bound (159)",
    ("Problem", "{max} levels"): "the loader's bound, 50",
    ("Problem", "{size} bytes"): "a saved session over its bound, 64 KiB",
    ("Problem", "{max} bytes"): "a saved session's bound, 64 KiB",
    ("Problem", "{count} saved rhythms"): "MAX_NUMBER, 999",
    ("Problem", "{count} saved sessions"): "MAX_NUMBER, 999",
    ("Problem", "{count} characters"): "over the bound of a pattern",
    ("Problem", "{length} characters"): "over the bound of a name",
    ("Problem", "{value} breaths"): "a refused value: negative, never 1",
    ("Problem", "{count} segments"): "over MAX_SEGMENTS",
    ("Problem", "{sessions} finished sessions"): "Rule.sessions, 5",
    ("Problem", "{days} days"): "Rule.days, 14",
    ("Problem", "{count} times"): "at least Rule.sessions, 5",
    ("Settings", "%3 decimals"): "MINUTES_DECIMALS, 2",
    ("Settings", "%1 characters"): "MAX_TEXT, 200",
}
_COUNT_BEFORE_NOUN = re.compile(
    r"(%\d|\{(?:count|n|number|sessions|days|length|size|minimum|maximum|max|value)\})"
    r"\s+(?:(?:more|different|finished|saved)\s+)?([A-Za-z]+s)\b"
)
_VERBS = {"is", "was", "does", "appears", "has", "holds", "ms"}  # verbs and units


def fresh_messages() -> dict[tuple[str, str], ET.Element]:
    """What lupdate finds in the code now."""
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "fresh.ts"
        translations.lupdate([fresh])
        return translations.messages(fresh)


@functools.cache
def app_modules() -> tuple[tuple[Path, ast.Module], ...]:
    return tuple(
        (path, ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted((ROOT / "app").rglob("*.py"))
    )


@pytest.fixture(scope="module")
def fresh() -> dict[tuple[str, str], ET.Element]:
    return fresh_messages()


def test_a_count_before_a_noun_is_a_plural_message(
    fresh: dict[tuple[str, str], ET.Element],
) -> None:
    """The class of fault: "%1 rows written" says "1 rows written". A number before a
    plural word is a plural (numerus) message, or its count is never 1 (NEVER_ONE)."""
    found = set()
    for (context, source), message in fresh.items():
        if message.get("numerus") == "yes":
            continue
        for match in _COUNT_BEFORE_NOUN.finditer(source):
            if match[2] not in _VERBS:
                found.add((context, match[0]))
    assert found - set(NEVER_ONE) == set(), "make these plural messages (%n, numerus)"
    assert set(NEVER_ONE) - found == set(), "gone from the code: take them off NEVER_ONE"


def test_every_counted_text_in_the_code_is_a_plural_message(
    fresh: dict[tuple[str, str], ET.Element],
) -> None:
    """lupdate's Python parser (6.11) makes a plural message only from ``x.tr(text, c, n)``
    or from ``translate(context, text, c, <a literal number>)``: with a name there (``n``)
    it is a Qt 4 encoding, so the message has no plural forms; with a call (``len(x)``), or
    a context in a variable, it finds no string at all. Every ``%n`` text in the code must
    arrive as a plural message."""
    numerus = {source for (_c, source), m in fresh.items() if m.get("numerus") == "yes"}
    lost = []
    for path, tree in app_modules():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            place = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}.get(name)
            if place is None or len(node.args) <= place:
                continue
            text = node.args[place]
            if (
                isinstance(text, ast.Constant)
                and "%n" in str(text.value)
                and text.value not in numerus
            ):
                lost.append(f"{path.relative_to(ROOT)}:{node.lineno}: {text.value!r}")
    assert lost == [], "not a plural message for lupdate (use self.tr or a Context)"
    plain = [s for (_c, s), m in fresh.items() if m.get("numerus") != "yes"]
    assert [s for s in plain if "%n" in s or "(s)" in s] == []


def test_every_plural_message_has_a_singular_and_a_plural_in_both_languages() -> None:
    for lang in translations.LANGUAGES:
        for (context, source), message in translations.messages(translations.ts_path(lang)).items():
            if message.get("numerus") != "yes":
                continue
            forms = [f.text or "" for f in message.iter("numerusform")]
            where = f"{lang}: [{context}] {source!r}"
            assert len(forms) == 2 and all(f.strip() for f in forms), where
            assert forms[0] != forms[1], where
            assert not any("(s)" in f for f in forms), where


def test_no_translation_makes_up_a_plural() -> None:
    """ "probleem/problemen", "deel/delen", "item(s)", "onbekend(e)": a plural message says
    what fits the count instead."""
    made_up = re.compile(r"\w\((?:s|e|en|es)\)|\b(\w{3,})/\1\w*\b")
    for lang in translations.LANGUAGES:
        for key, message in translations.messages(translations.ts_path(lang)).items():
            translation = message.find("translation")
            assert translation is not None
            texts = [translation.text or ""] + [f.text or "" for f in translation]
            assert not any(made_up.search(t) for t in texts), (lang, key, texts)


@pytest.mark.parametrize(("key", "words"), list(COUNTED.items()), ids=lambda v: str(v)[:40])
def test_counted_words_fit_the_count_in_both_languages(
    key: tuple[str, str], words: tuple[str, str, str, str]
) -> None:
    from PySide6.QtCore import QCoreApplication

    from app.services import i18n

    context, source = key
    try:
        for lang, (one, two) in (("en", words[:2]), ("nl", words[2:])):
            i18n.install(lang)
            singular = QCoreApplication.translate(context, source, "", 1)
            plural = QCoreApplication.translate(context, source, "", 2)
            assert one in singular, (lang, singular)
            assert two in plural, (lang, plural)
            assert "(s)" not in singular + plural
    finally:
        i18n.install("en")


def test_every_plural_message_is_checked_for_its_words(
    fresh: dict[tuple[str, str], ET.Element],
) -> None:
    """COUNTED above names every plural message of the code, so each is rendered."""
    numerus = {key for key, m in fresh.items() if m.get("numerus") == "yes"}
    assert numerus - set(COUNTED) == set()


def test_a_core_message_with_a_count_reads_right_in_both_languages() -> None:
    from app.core.pattern import PatternError, parse_pattern
    from app.services import i18n

    def said(text: str) -> str:
        with pytest.raises(PatternError) as raised:
            parse_pattern(text)
        return i18n.message_text(raised.value.message)

    try:
        i18n.install("en")
        assert "pattern '4' has 1 part;" in said("4")
        assert "pattern '4-4' has 2 parts;" in said("4-4")
        i18n.install("nl")
        assert "patroon '4' heeft 1 deel;" in said("4")
        assert "patroon '4-4' heeft 2 delen;" in said("4-4")
    finally:
        i18n.install("en")


def test_a_context_object_is_named_as_its_context() -> None:
    """``Settings = Context("Settings")``: lupdate takes the context of ``Settings.tr`` from
    the name, the app from the argument; they must agree."""
    for path, tree in app_modules():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Assign) or not isinstance(node.value, ast.Call):
                continue
            call = node.value
            if getattr(call.func, "id", getattr(call.func, "attr", "")) == "Context":
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
                argument = call.args[0]
                assert isinstance(argument, ast.Constant), path
                assert names == [argument.value], f"{path}:{node.lineno}"
