"""Every way a pattern enters, with patterns that round to nothing (issue 16, item 5): the
command line and the pacer's field and remembered choice give a clear problem, never a
crash (exit 70) and never a window that cannot open."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from app.cli import main
from app.core.model import Catalogue
from app.core.pattern import MAX_PHASE_MS, MIN_PHASE_MS
from app.core.timeline import MAX_SEGMENTS
from app.player import Player
from app.services import paths
from app.ui.pacer_controls import CUSTOM
from app.ui.pacer_window import PacerWindow
from tests.helpers.stubs import FakeClock
from tests.helpers.windows import shown_pacer_window

ROUNDING_TO_NOTHING = [
    "0.0004-0-0.0004",
    "4-0-0.0004",
    "0.01-0-0.01",
    "4-0.0004-4",
    "0-0-0",
    "1e999-0-1",
    "nan-0-4",
    "inf-0-4",
    "-1-0-4",
    "4-\u202e7-8",
    "9" * 10_000,
    "",
]

# -- the command line ---------------------------------------------------------------------


@pytest.mark.slow  # many examples or subprocesses: CI runs them, the fast loop skips them
@pytest.mark.parametrize("pattern", ROUNDING_TO_NOTHING)
@pytest.mark.parametrize("length", [["--minutes", "1"], ["--minutes", "180"], ["--breaths", "3"]])
def test_timeline_refuses_with_one_clear_line(
    capsys: pytest.CaptureFixture[str], pattern: str, length: list[str]
) -> None:
    assert main(["--lang", "en", "timeline", f"--pattern={pattern}", *length]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("breathing-room timeline: pattern"), lines
    assert len(lines[0]) < 300


_part = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.floats(min_value=0, max_value=2).map(lambda f: f"{f:.4f}"),
    st.integers(min_value=0, max_value=70).map(str),
    st.sampled_from(["0.0004", "0", "1", "1e999", "60.000", "\u0661"]),
)


@pytest.mark.slow  # 40 generated patterns, each a timeline: about 3 s here
@settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    parts=st.lists(_part, min_size=3, max_size=4),
    length=st.one_of(
        st.tuples(st.just("--minutes"), st.sampled_from(["0.001", "1", "180", "1e999", "nan"])),
        st.tuples(st.just("--breaths"), st.sampled_from(["1", "500", "501"])),
    ),
)
def test_timeline_never_crashes_on_generated_patterns(
    capsys: pytest.CaptureFixture[str], parts: list[str], length: tuple[str, str]
) -> None:
    code = main(["--lang", "en", "timeline", "--json", f"--pattern={'-'.join(parts)}", *length])
    out, err = capsys.readouterr()
    assert code in (0, 2), err  # never 70, the crash code
    if code == 2:
        assert len(err.strip().splitlines()) == 1, err
        return
    segments = json.loads(out)["segments"]
    assert len(segments) <= MAX_SEGMENTS
    for segment in segments[1:-1]:  # between the countdown and the end
        assert MIN_PHASE_MS <= segment["duration_ms"] <= MAX_PHASE_MS


# -- the pacer window ---------------------------------------------------------------------


def _remember(pattern: str, by: str) -> None:
    settings = paths.settings()
    settings.setValue("pacer/preset", CUSTOM)
    settings.setValue("pacer/pattern", pattern)
    settings.setValue("pacer/by", by)
    settings.sync()


@pytest.mark.parametrize("pattern", ["0.0004-0-0.0004", "1e999-0-1", "4-\u202e7-8", "9" * 10_000])
def test_the_pacer_opens_with_a_bad_remembered_pattern(
    qtbot: QtBot, catalogue: Catalogue, clock: FakeClock, pattern: str
) -> None:
    """Once remembered, ``0.0004-0-0.0004`` stopped the pacer from opening at all. Now the
    window opens; the settings reader (``services/options``, with :func:`parse_pattern`)
    puts the default in its place with a notice, or the field shows the problem."""
    _remember(pattern, "minutes")
    window = shown_pacer_window(qtbot, catalogue, clock)
    if window.request() is None:
        assert window.pattern_error.text().startswith("pattern '")
    else:
        assert window.pattern_edit.text() != pattern
    # A good pattern typed in plays.
    window.pattern_edit.setText("4-0-6")
    assert window.request() is not None and window.start_button.isEnabled()
    window.player.stop()


def test_the_pacer_field_says_what_rounds_to_nothing(
    qtbot: QtBot, catalogue: Catalogue, clock: FakeClock
) -> None:
    window = PacerWindow(catalogue, "en", Player(clock))
    qtbot.addWidget(window)
    window.preset_box.setCurrentIndex(window.preset_box.findData(CUSTOM))
    window.by_minutes.setChecked(True)
    window.pattern_edit.setText("0.0004-0-0.0004")
    assert window.pattern_error.text() == (
        "pattern '0.0004-0-0.0004': the in-breath, 0.0004 s, is shorter than 1 s"
    )
    assert window.request() is None
    window.player.stop()


@pytest.fixture(autouse=True)
def _no_crash_report(user_dirs: dict[str, Path]) -> Iterator[None]:
    """The last line of defence (crash.write_report) must not have been reached."""
    yield
    assert not list(user_dirs["cache"].rglob("crash-*.txt"))


# -- the catalogue: the book's file and the person's own ------------------------------------

OWN_PRESET = """\
schema: 1
presets:
  - id: my-rhythm
    name: {nl: Mijn ritme, en: My rhythm}
    pattern: PATTERN
    breaths: 5
"""


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("0.0004-0-0.0004", "the in-breath, 0.0004 s, is shorter than 1 s"),
        ("4-0-4-0.5", "the hold after breathing out, 0.5 s, is shorter than 1 s"),
        ("4-0-99", "the out-breath, 99 s, is longer than 60 s"),
        ("4-0-4.0001", "4.0001 s has more than 3 decimals"),
    ],
)
def test_an_own_preset_that_rounds_to_nothing_is_left_out_with_its_place(
    tmp_path: Path, pattern: str, message: str
) -> None:
    from app.bundle import catalogue_path
    from app.core.files import load_catalogues

    own = tmp_path / "my-exercises.yaml"
    own.write_text(OWN_PRESET.replace("PATTERN", pattern), encoding="utf-8")
    loaded = load_catalogues(catalogue_path(), own)
    assert loaded.catalogue is not None and "bridge" in loaded.catalogue.presets
    assert "my-rhythm" not in loaded.catalogue.presets
    texts = [str(p) for p in loaded.user_problems]
    assert any(
        t.startswith(f"{own}:5:14: presets[1]") and f".pattern '{pattern}': {message}" in t
        for t in texts
    ), texts
