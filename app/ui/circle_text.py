"""Words that fit inside a circle: the pacer's phase word, a greeting or a long title.

A block of centred lines is widest where the circle is narrowest (its top line, furthest
from the centre), so a rectangle the width of the circle's middle crosses its edge: "Ready
when you are" and "Get into position: Seated posture practice with a ten-breath pause" ran
over the ring. :func:`fit_in_circle` chooses the font size and the wrap width together so
that every corner of the text's bounding box lies inside the circle.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

# Word wrap, each line centred: the same layout QStaticText draws with a WordWrap option.
FLAGS = int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap)


@dataclass(frozen=True)
class Fitted:
    """A text laid out to fit: draw ``text`` in ``font`` wrapped at ``wrap_width``, with
    its box's top-left at ``box.topLeft()`` (relative to the circle's centre)."""

    text: str
    font: QFont
    wrap_width: float
    box: QRectF  # the ink's bounding box, centred horizontally on the circle's centre


def half_chord(radius: float, dy: float) -> float:
    """Half the circle's width at ``dy`` from its centre (0 beyond the circle)."""
    return math.sqrt(max(0.0, radius * radius - dy * dy))


def fit_in_circle(text: str, font: QFont, radius: float, lift: float, smallest: int) -> Fitted:
    """``text`` at the largest pixel size from ``font``'s down to ``smallest`` whose block,
    centred and with its bottom ``lift`` above the centre, lies inside ``radius``; at
    ``smallest`` a text that still does not fit is cut to one line with "…" (the whole text
    stays the widget's accessible description)."""
    font = QFont(font)
    while True:
        metrics = QFontMetricsF(font)
        width = 2 * half_chord(radius, lift)  # as wide as the circle where the block sits
        for _ in range(8):  # narrower wraps make more lines, a higher top, a narrower room
            box = metrics.boundingRect(QRectF(0, 0, max(1.0, width), 1e6), FLAGS, text)
            top = lift + box.height()
            room = 2 * half_chord(radius, top)
            if box.width() <= room:
                return Fitted(text, font, width, QRectF(-box.width() / 2, -top,
                                                       box.width(), box.height()))  # fmt: skip
            if room < 1:
                break
            width = room
        if font.pixelSize() <= smallest:
            break
        font.setPixelSize(max(smallest, math.floor(font.pixelSize() * 0.9)))
    top = lift + metrics.height()
    room = 2 * half_chord(radius, top)
    line = metrics.elidedText(" ".join(text.split()), Qt.TextElideMode.ElideRight, room)
    if metrics.horizontalAdvance(line) > room:  # not even "…" fits: show nothing
        line = ""
    width = metrics.horizontalAdvance(line)
    return Fitted(line, font, max(1.0, room), QRectF(-width / 2, -top, width, metrics.height()))
