"""The pacer's held states, large enough to read from the mat: "Paused" and "Ready?".

A person lying on the floor two metres away cannot read a button's label; whether the
session stands still (paused), waits for them (wait for me), or asks before it stops (Esc
once) must show over the circle itself. The circle is dimmed, and a large word and a
smaller line of what to do are drawn over it, fitted to the widget at any text size.

Laid out when the size, the font or the held state changes; ``paint`` only draws.
"""

from __future__ import annotations

import math
from enum import StrEnum

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontInfo, QFontMetricsF, QPainter, QPen

from app.services.i18n import translate

FLAGS = int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap)
MARGIN = 16.0  # between the card and the widget's edge
PAD = 0.5  # the card's padding, in lines of the hint


class Hold(StrEnum):
    """Why the session stands still, as the pacer shows it."""

    PAUSED = "paused"
    WAITING = "waiting"  # "wait for me": until the person says ready
    STOP_ASKED = "stop_asked"  # Esc once: paused, and one more Esc stops


def words(hold: Hold) -> tuple[str, str]:
    """The large word and the line of what to do, in the UI language."""
    if hold is Hold.WAITING:
        return (
            translate("PacerOverlay", "Ready?"),
            translate(
                "PacerOverlay", "Press Space, click or the play key when you are in position"
            ),
        )
    if hold is Hold.STOP_ASKED:
        return (
            translate("PacerOverlay", "Paused"),
            translate("PacerOverlay", "Press Esc again to stop, Space to go on"),
        )
    return translate("PacerOverlay", "Paused"), translate("PacerOverlay", "Space to go on")


class HoldOverlay:
    """The held state's words, laid out inside a widget's rectangle."""

    def __init__(self) -> None:
        self.hold: Hold | None = None
        self.title = ""
        self.hint = ""
        self.title_font = QFont()
        self.hint_font = QFont()
        self.title_rect = QRectF()  # where the words' ink goes, in the widget
        self.hint_rect = QRectF()
        self.card = QRectF()  # the plate behind them
        self._wrap = 1.0  # the width the lines wrap at (the ink may be narrower)

    def set(self, hold: Hold | None) -> bool:
        """Show ``hold`` (None: nothing); True when that changes what is drawn."""
        title, hint = words(hold) if hold is not None else ("", "")
        changed = (hold, title, hint) != (self.hold, self.title, self.hint)
        self.hold, self.title, self.hint = hold, title, hint
        return changed

    def layout(self, area: QRectF, center: QPointF, radius: float, font: QFont) -> None:
        """Fit both lines into ``area`` (the widget), centred on the circle's ``center``:
        the word a third of the circle high (more where the pacer is wide and low), the
        hint at least the body text's size (larger at a larger text setting) and 0.42 of the
        word, both smaller until the two of them, wrapped at word boundaries, lie inside
        ``area``."""
        if self.hold is None:
            return
        room = area.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        body = QFontInfo(font).pixelSize()
        # A third of the circle, or more where the pacer is wide and the circle small
        # (focus mode at a large text size leaves it little height).
        title_px = max(20.0, radius * 0.36, min(room.width() / 7, room.height() / 4.5))
        hint_px = max(body * 1.25, title_px * 0.42, 14.0)
        for _ in range(40):
            self.title_font = _font(font, title_px, QFont.Weight.DemiBold)
            self.hint_font = _font(font, hint_px, QFont.Weight.Normal)
            pad = QFontMetricsF(self.hint_font).height() * PAD
            width = room.width() - 2 * pad
            title = _measure(self.title_font, self.title, width)
            hint = _measure(self.hint_font, self.hint, width)
            gap = pad
            height = title.height() + gap + hint.height() + 2 * pad
            wide = max(title.width(), hint.width()) + 2 * pad
            if (height <= room.height() and wide <= room.width()) or title_px <= 10:
                break
            title_px = max(10.0, title_px * 0.9)
            hint_px = max(10.0, hint_px * 0.9)
        self._wrap = width
        top = min(max(room.top(), center.y() - height / 2), room.bottom() - height)
        self.card = QRectF(center.x() - wide / 2, top, wide, height)
        if self.card.left() < room.left() or self.card.right() > room.right():
            self.card.moveLeft(room.left() + (room.width() - wide) / 2)
        self.title_rect = QRectF(self.card.center().x() - title.width() / 2,
                                 top + pad, title.width(), title.height())  # fmt: skip
        self.hint_rect = QRectF(self.card.center().x() - hint.width() / 2,
                                self.title_rect.bottom() + gap, hint.width(),
                                hint.height())  # fmt: skip

    def paint(self, painter: QPainter, whole: QRectF, text: QColor, background: QColor,
              edge: QColor) -> None:  # fmt: skip
        """Dim everything under it, then the card and its words (the state is still: one
        paint, not one a frame, so translucency costs nothing here)."""
        if self.hold is None:
            return
        wash = QColor(background)
        wash.setAlphaF(0.84)
        painter.fillRect(whole, wash)
        painter.setPen(QPen(edge, 2))
        painter.setBrush(background)
        radius = min(24.0, self.card.height() / 4)
        painter.drawRoundedRect(self.card, radius, radius)
        painter.setPen(text)
        for font, ink, line in ((self.title_font, self.title_rect, self.title),
                                (self.hint_font, self.hint_rect, self.hint)):  # fmt: skip
            painter.setFont(font)
            at = QRectF(ink.center().x() - self._wrap / 2, ink.top(), self._wrap, ink.height())
            painter.drawText(at, FLAGS, line)

    def bounds(self) -> QRectF:
        """Everything it draws besides the wash (the geometry tests)."""
        return self.card.united(self.title_rect).united(self.hint_rect)


def _font(base: QFont, pixels: float, weight: QFont.Weight) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(10, math.floor(pixels)))
    font.setWeight(weight)
    return font


def _measure(font: QFont, text: str, width: float) -> QRectF:
    """The ink's box of ``text`` wrapped at ``width`` (wider when one word is wider)."""
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, max(1.0, width), 1e6), FLAGS, text)
