"""The pacer's words stay inside the circle: "Ready when you are" and long titles never
cross the ring of a full breath nor the edge of the still disc (issue 19), at any size
down to the minimum and whatever the text size."""

from __future__ import annotations

import math
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRectF
from pytestqt.qtbot import QtBot

from app.core.model import Catalogue
from app.core.playback import frame_at
from app.core.requests import Request
from app.core.text import Lang
from app.services import i18n
from app.ui.pacer_widget import EMPTY_SCALE, PacerWidget


@pytest.fixture
def english_after() -> Iterator[None]:
    yield
    i18n.install("en")


def corners_and_nearest(box: QRectF, cx: float, cy: float) -> tuple[float, float]:
    """The farthest corner's and the nearest point's distance from the centre."""
    far = max(math.hypot(x - cx, y - cy) for x in (box.left(), box.right())
              for y in (box.top(), box.bottom()))  # fmt: skip
    nx = min(max(cx, box.left()), box.right())
    ny = min(max(cy, box.top()), box.bottom())
    return far, math.hypot(nx - cx, ny - cy)


def check(pacer: PacerWidget, still_disc: bool) -> None:
    box = pacer.word_bounds()
    c, r = pacer._center, pacer._max_radius
    far, near = corners_and_nearest(box, c.x(), c.y())
    assert far <= r - 1, (pacer.size(), box, far, r)  # inside the full breath's ring
    if still_disc:  # on the still disc (reduced motion) or clear of its outline
        disc = r * pacer._radius_scale
        assert far <= disc - 1 or near >= disc + 1.5, (pacer.size(), box, far, near, disc)
        assert pacer.reduced_motion or disc == r * EMPTY_SCALE
    assert box.bottom() <= c.y() - r * 0.12 + 0.5  # above the count


SIZES = [(200, 180), (260, 220), (320, 260), (480, 300), (640, 560), (900, 250), (250, 700),
         (1366, 700)]  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("percent", [100, 150, 200])
def test_idle_words_and_the_longest_title_stay_inside_the_circle(
    qtbot: QtBot, catalogue: Catalogue, english_after: None, lang: Lang, percent: int
) -> None:
    i18n.install(lang)
    longest = max(catalogue.exercises.values(), key=lambda e: len(e.name.get(lang)))
    timeline = Request(exercise=longest.id).build(catalogue)
    assert longest.name.get(lang) in frame_at(timeline, 0).segment.text.get(lang)
    pacer = PacerWidget(lang)
    qtbot.addWidget(pacer)
    font = pacer.font()
    font.setPointSizeF(font.pointSizeF() * percent / 100)  # what Preferences' text size does
    pacer.setFont(font)
    pacer.show()
    qtbot.waitExposed(pacer)
    for reduced in (False, True):
        pacer.set_reduced_motion(reduced)
        for size in SIZES:
            pacer.resize(*size)
            pacer.clear()
            assert pacer._word in ("Ready when you are", "Klaar als jij het bent")
            check(pacer, still_disc=True)
            pacer.set_frame(frame_at(timeline, 0))  # "Get into position: <title>"
            check(pacer, still_disc=True)
            pacer.set_frame(frame_at(timeline, timeline.segments[1].start_ms))
            check(pacer, still_disc=False)
        pacer.clear()
    pacer.resize(640, 560)  # at a comfortable size the whole title shows, not cut short
    pacer.set_reduced_motion(False)
    pacer.set_frame(frame_at(timeline, 0))
    assert pacer._word_fit.text == frame_at(timeline, 0).segment.text.get(lang)


@settings(max_examples=60, derandomize=True, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(
    width=st.integers(200, 1600),
    height=st.integers(180, 1000),
    text=st.sampled_from(["Ready when you are", "Klaar als jij het bent", "Adem in", "x" * 60,
                          "Neem de houding aan: Zittende houdingsoefening met pauze van 10 "
                          "ademhalingen"]),
)  # fmt: skip
def test_any_text_at_any_size_stays_inside(
    qtbot: QtBot, width: int, height: int, text: str
) -> None:
    """The class of fault: any words (one unbreakable word too) at any size are fitted,
    wrapped or cut short, never drawn across the circle."""
    pacer = PacerWidget("en")
    qtbot.addWidget(pacer)
    pacer.show()
    pacer.resize(width, height)
    pacer.clear()
    pacer._word = text
    pacer._fit_word()
    check(pacer, still_disc=True)
