"""The pacer's colours: one per breath phase, calm, opaque, from the palette."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette


def blend(color: QColor, background: QColor, amount: float) -> QColor:
    """``color`` laid over ``background`` at ``amount``, as one opaque colour.

    Opaque colours matter here: the raster engine strokes and fills a large translucent
    ellipse five times slower than an opaque one, and this is drawn 60 times a second.
    """
    return QColor.fromRgbF(
        color.redF() * amount + background.redF() * (1 - amount),
        color.greenF() * amount + background.greenF() * (1 - amount),
        color.blueF() * amount + background.blueF() * (1 - amount),
    )


@dataclass(frozen=True)
class PacerColors:
    """One colour per phase; calm, and distinct without relying on hue alone."""

    inhale: QColor
    hold: QColor
    exhale: QColor
    idle: QColor
    text: QColor
    faint: QColor
    background: QColor

    @classmethod
    def from_palette(cls, palette: QPalette) -> PacerColors:
        background = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        dark = background.lightnessF() < 0.5
        return cls(
            inhale=QColor("#4cc3b5" if dark else "#2a9d8f"),
            hold=QColor("#f2c14e" if dark else "#d9a21b"),
            exhale=QColor("#7aa7d6" if dark else "#3d6fa8"),
            idle=QColor("#8a94a6"),
            text=text,
            faint=blend(text, background, 0.18),
            background=background,
        )

    def fill(self, color: QColor) -> QColor:
        """The inside of the circle: a light tint, so the words on it stay readable."""
        return blend(color, self.background, 0.38)
