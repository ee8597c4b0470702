"""The pacer widget renders frames; it grows with the in-breath and keeps still if asked."""

from __future__ import annotations

import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage, QPainter
from pytestqt.qtbot import QtBot

from app.core.model import Catalogue
from app.core.playback import Frame, frame_at, next_change_ms
from app.core.requests import Request
from app.core.timeline import Timeline
from app.ui.pacer_widget import EMPTY_SCALE, PacerWidget


@pytest.fixture
def timeline(catalogue: Catalogue) -> Timeline:
    return Request(preset="four-seven-eight", breaths=2, prepare_s=3).build(catalogue)


@pytest.fixture
def pacer(qtbot: QtBot) -> PacerWidget:
    widget = PacerWidget("en")
    qtbot.addWidget(widget)
    widget.resize(600, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def frame(timeline: Timeline, ms: float) -> Frame:
    return frame_at(timeline, ms)


def test_the_circle_follows_the_breath(pacer: PacerWidget, timeline: Timeline) -> None:
    sizes = {}
    for name, ms in [("empty", 3_000), ("half in", 5_000), ("full", 7_000),
                     ("hold", 10_000), ("half out", 18_000)]:  # fmt: skip
        pacer.set_frame(frame(timeline, ms))
        sizes[name] = pacer._radius_scale
    assert sizes["empty"] == pytest.approx(EMPTY_SCALE)
    assert sizes["half in"] == pytest.approx((EMPTY_SCALE + 1) / 2)
    assert sizes["full"] == sizes["hold"] == pytest.approx(1.0)
    assert sizes["half out"] == pytest.approx((EMPTY_SCALE + 1) / 2)


def test_words_counts_and_time_left(pacer: PacerWidget, timeline: Timeline) -> None:
    pacer.set_frame(frame(timeline, 1_200))
    assert (pacer._word, pacer._seconds) == ("Get ready", "2")
    pacer.set_frame(frame(timeline, 8_500))
    assert (pacer._word, pacer._seconds, pacer._breath) == ("Hold the breath", "6", "1 / 2")
    assert pacer._left == "0:33 left"
    assert pacer._hold_fraction == pytest.approx(1.5 / 7)
    assert pacer.accessibleDescription() == "Hold the breath 1 / 2"


def test_countdown_counts_down(pacer: PacerWidget, catalogue: Catalogue) -> None:
    timeline = Request(preset="twenty-breath-countdown", prepare_s=0).build(catalogue)
    pacer.set_frame(frame(timeline, 0))
    assert pacer._breath == "20"
    pacer.set_frame(frame(timeline, 10_000 * 19 + 1))
    assert pacer._breath == "1"


def test_dutch(qtbot: QtBot, timeline: Timeline) -> None:
    widget = PacerWidget("nl")
    qtbot.addWidget(widget)
    widget.set_frame(frame(timeline, 4_000))
    assert widget._word == "Adem in"


def test_reduced_motion_keeps_the_circle_still(pacer: PacerWidget, timeline: Timeline) -> None:
    pacer.set_reduced_motion(True)
    scales = set()
    for ms in range(3_000, 22_000, 500):
        pacer.set_frame(frame(timeline, ms))
        scales.add(pacer._radius_scale)
    assert scales == {0.75}
    pacer.set_frame(frame(timeline, 5_000))
    assert pacer._word == "Breathe in"


def test_it_paints_every_kind_of_frame(pacer: PacerWidget, catalogue: Catalogue) -> None:
    timeline = Request(program="ch3-phase-1").build(catalogue)
    image = QImage(pacer.size(), QImage.Format.Format_ARGB32)
    for segment in timeline.segments:
        pacer.set_frame(frame(timeline, segment.start_ms + segment.duration_ms / 2))
        pacer.render(image)
    assert not image.isNull()


def test_painting_keeps_none_alive(pacer: PacerWidget, timeline: Timeline) -> None:
    """Regression guard for the PySide6 6.12.0 refcount bug (see pyproject.toml)."""
    pacer.resize(200, 180)
    image = QImage(pacer.size(), QImage.Format.Format_ARGB32)
    before = sys.getrefcount(None)
    for ms in range(0, 40_000, 200):  # 200 paints; 6.12.0 lost about 8 references a paint
        pacer.set_frame(frame(timeline, ms))
        painter = QPainter(image)
        pacer.render(painter, QPoint())
        painter.end()
    assert sys.getrefcount(None) - before > -100


def picture(pacer: PacerWidget, timeline: Timeline, ms: float) -> tuple[object, ...]:
    """What the real widget would draw at ``ms``: its own rounding, not a copy of it."""
    pacer.set_frame(frame(timeline, ms))
    return pacer._visible_state()


@pytest.mark.parametrize("reduced", [False, True], ids=["moving", "reduced-motion"])
@settings(
    max_examples=150,  # per mode: 300 in all
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],  # one widget, set per example
)
@given(where=st.floats(0, 1))
def test_nothing_visible_changes_before_the_answer_and_something_does_at_it(
    pacer: PacerWidget, catalogue: Catalogue, reduced: bool, where: float
) -> None:
    """The widget's rounding and ``core/playback.next_change_ms`` agree: the player may
    sleep until the answer for the widget's own ``resolution()`` and miss nothing."""
    pacer.set_reduced_motion(reduced)
    res = pacer.resolution()
    timeline = Request(pattern="5.5-2-5.5-1.5", breaths=4, prepare_s=3).build(catalogue)
    position = where * (timeline.total_ms - 1)
    now = frame(timeline, position)
    change = next_change_ms(now, res)
    assert position <= change <= now.segment.end_ms
    shown = picture(pacer, timeline, position)
    for k in range(1, 20):  # sample the wait: the picture must stay the same
        between = position + (change - position) * k / 20 - 1e-6
        if between > position:
            assert picture(pacer, timeline, between) == shown
    after = picture(pacer, timeline, min(change + 1e-3, timeline.total_ms))
    assert after != shown or change == now.segment.end_ms
