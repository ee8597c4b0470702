"""Dutch decimals (issue 19): "4,5-0-6" was refused in Dutch although the Dutch presets
read "5,5-0-5,5" and the minutes box "1,0". Every place a number is typed takes either
mark (the pacer's pattern field and minutes box, ``--pattern``, ``--minutes`` and
``--prepare``), and numbers are shown with the language's mark (the pattern field, the
minutes box, the rhythm hints, the ``timeline`` table); files, settings and JSON keep '.'."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale
from PySide6.QtGui import QValidator
from pytestqt.qtbot import QtBot

from app.cli import build_parser, main, request_from
from app.core.model import Catalogue
from app.core.pattern import MAX_MINUTES, MIN_MINUTES, parse_pattern
from app.core.requests import Request
from app.core.rhythms import SavedRhythm
from app.player import Player
from app.services import i18n, options, paths, rhythm_store
from app.ui.number_entry import MinutesBox, decimal_mark
from app.ui.pacer_controls import CUSTOM
from app.ui.pacer_window import PacerWindow
from tests.helpers.stubs import FakeClock


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    """``main(["--lang", "nl", ...])`` installs Dutch for the process: not for the next test."""
    yield
    i18n.install("en")


@pytest.fixture
def dutch() -> Iterator[None]:
    """The app in Dutch, as ``--lang nl`` or the Preferences set it (the default locale
    with the language, ``i18n.install``); English again afterwards."""
    i18n.install("nl")
    try:
        yield
    finally:
        i18n.install("en")


@pytest.fixture
def dutch_pacer(
    dutch: None, qtbot: QtBot, catalogue: Catalogue, clock: FakeClock
) -> Iterator[PacerWindow]:
    window = PacerWindow(catalogue, "nl", Player(clock))
    qtbot.addWidget(window)
    yield window
    window.player.stop()


# -- the pacer in Dutch --------------------------------------------------------------------


def test_the_issues_example_plays_in_dutch(qtbot: QtBot, dutch_pacer: PacerWindow) -> None:
    window = dutch_pacer
    window.preset_box.setCurrentIndex(window.preset_box.findData("resonance"))
    assert window.pattern_edit.text() == "5,5-0-5,5"  # as the preset's Dutch name has it
    assert window.pattern_edit.text() in window.preset_box.currentText()
    window.pattern_edit.setFocus()
    window.pattern_edit.selectAll()
    qtbot.keyClicks(window.pattern_edit, "4,5-0-6")
    assert window.preset_box.currentData() == CUSTOM
    assert not window.pattern_error.isVisible(), window.pattern_error.text()
    assert window.start_button.isEnabled()
    assert window.start(prepare_s=0)
    assert window.player.timeline is not None
    assert [s.duration_ms for s in window.player.timeline.segments[:2]] == [4500, 6000]


def test_a_refusal_in_dutch_quotes_what_was_typed(dutch_pacer: PacerWindow) -> None:
    dutch_pacer.preset_box.setCurrentIndex(dutch_pacer.preset_box.findData(CUSTOM))
    dutch_pacer.pattern_edit.setText("0,5-0-4")
    assert "0,5" in dutch_pacer.pattern_error.text()
    assert dutch_pacer.request() is None


def test_the_minutes_box_shows_and_takes_dutch_decimals(
    qtbot: QtBot, dutch_pacer: PacerWindow
) -> None:
    box = dutch_pacer.minutes_spin
    dutch_pacer.by_minutes.setChecked(True)
    box.setValue(1.0)
    assert box.text() == "1"  # not "1,0" or "1,00"
    box.setValue(2.5)
    assert box.text() == "2,5"
    for typed, value in (("4,25", 4.25), ("3.5", 3.5), ("0,1", 0.1), ("180", 180.0)):
        box.lineEdit().selectAll()
        qtbot.keyClicks(box, typed)
        box.interpretText()
        assert box.value() == value, typed
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "1,234")  # a third decimal is not taken
    assert box.lineEdit().text() == "1,23"


def test_what_is_remembered_keeps_the_point_and_is_shown_with_the_comma(
    qtbot: QtBot, dutch: None, catalogue: Catalogue, clock: FakeClock
) -> None:
    stored = paths.settings()
    stored.setValue("pacer/preset", CUSTOM)
    stored.setValue("pacer/pattern", "4.5-0-6")
    stored.sync()
    window = PacerWindow(catalogue, "nl", Player(clock))
    qtbot.addWidget(window)
    assert window.pattern_edit.text() == "4,5-0-6"
    window.pattern_edit.setText("5,25 - 0 - 6")
    window.close()
    assert options.PACER_PATTERN.read() == "5.25 - 0 - 6"  # the file keeps '.', any language
    i18n.install("en")
    english = PacerWindow(catalogue, "en", Player(clock))
    qtbot.addWidget(english)
    assert english.pattern_edit.text() == "5.25 - 0 - 6"


def test_a_saved_rhythm_is_shown_with_the_comma(
    qtbot: QtBot, dutch: None, catalogue: Catalogue, clock: FakeClock
) -> None:
    rhythm_store.save(SavedRhythm("Avondrust", parse_pattern("4.5-0-6"), minutes=2.5))
    window = PacerWindow(catalogue, "nl", Player(clock))
    qtbot.addWidget(window)
    box = window.preset_box
    box.setCurrentIndex(box.findText("Avondrust"))
    assert window.pattern_edit.text() == "4,5-0-6" and window.minutes_spin.text() == "2,5"
    assert str(box.itemData(box.currentIndex(), 3)).startswith("4,5-0-6 · 2,5 ")  # tooltip


_LOCALES = st.sampled_from(
    [
        QLocale.Language.Dutch,
        QLocale.Language.English,
        QLocale.Language.German,
        QLocale.Language.French,
        QLocale.Language.Italian,
        QLocale.Language.Japanese,
        QLocale.Language.Arabic,  # '٫': shown with '.', which the parsers read back
    ]
)


@settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    language=_LOCALES, hundredths=st.integers(round(MIN_MINUTES * 100), round(MAX_MINUTES * 100))
)
def test_any_length_shown_by_the_minutes_box_is_read_back_in_any_locale(
    qtbot: QtBot, language: QLocale.Language, hundredths: int
) -> None:
    box = MinutesBox()
    qtbot.addWidget(box)
    locale = QLocale(language)
    box.setLocale(locale)
    box.setValue(hundredths / 100)
    text = box.text()
    assert box.value() == hundredths / 100  # held exactly
    assert box.validate(text, 0)[0] == QValidator.State.Acceptable
    assert box.valueFromText(text) == hundredths / 100
    other = text.translate({ord("."): ",", ord(","): "."})  # the other mark typed
    assert box.valueFromText(other) == hundredths / 100
    assert decimal_mark(locale) in ".,"
    assert text.strip("0123456789") in ("", decimal_mark(locale))


# -- the command line ----------------------------------------------------------------------


def _total_ms(capsys: pytest.CaptureFixture[str], *args: str) -> int:
    assert main(["timeline", "--json", *args]) == 0
    return int(json.loads(capsys.readouterr().out)["total_ms"])


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_command_line_takes_either_mark_in_either_language(
    capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    """The command line takes both marks whatever ``--lang``: the person types what their
    keyboard and language write, and a number here is never a group of thousands."""
    point = _total_ms(capsys, "--lang", lang, "--pattern", "4.5-0-6", "--minutes", "2.5",
                      "--prepare", "1.5")  # fmt: skip
    comma = _total_ms(capsys, "--lang", lang, "--pattern", "4,5-0-6", "--minutes", "2,5",
                      "--prepare", "1,5")  # fmt: skip
    assert point == comma
    args = build_parser().parse_args(["pacer", "--pattern", "4,5-0-6", "--minutes", "2,5",
                                      "--prepare", "0,5"])  # fmt: skip
    assert request_from(args) == Request(pattern="4,5-0-6", minutes=2.5, prepare_s=0.5)


@pytest.mark.parametrize("bad", ["1,5,0", "1.5,0", ",5", "5,", "2,555", "1 000"])
def test_a_number_with_more_than_one_mark_is_still_refused(
    capsys: pytest.CaptureFixture[str], bad: str
) -> None:
    assert main(["--lang", "en", "timeline", "--pattern", "4-7-8", f"--minutes={bad}"]) == 2
    assert "give a number of minutes" in capsys.readouterr().err
    if bad != "2,555":  # 2.555 s of countdown is fine
        with pytest.raises(SystemExit) as usage:
            main(["--lang", "en", "timeline", "--pattern", "4-7-8", f"--prepare={bad}"])
        assert usage.value.code == 2
        assert "--prepare: invalid float value" in capsys.readouterr().err


def test_the_dutch_timeline_table_writes_the_comma(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "nl", "timeline", "--pattern", "4,5-0-6", "--breaths", "1"]) == 0
    out = capsys.readouterr().out
    rows = out.splitlines()[1:]
    assert rows[0].split()[:2] == ["0:00,000", "3,000"]
    assert rows[1].split()[:2] == ["0:03,000", "4,500"]
    assert "." not in "".join(row.split()[0] + row.split()[1] for row in rows)
    assert main(["--lang", "en", "timeline", "--pattern", "4,5-0-6", "--breaths", "1"]) == 0
    english = capsys.readouterr().out.splitlines()[2]
    assert english.split()[:2] == ["0:03.000", "4.500"]
    assert (
        main(["--lang", "nl", "timeline", "--json", "--pattern", "4,5-0-6", "--breaths", "1"]) == 0
    )
    data = json.loads(capsys.readouterr().out)  # JSON keeps numbers as numbers
    assert data["segments"][1]["duration_ms"] == 4500
