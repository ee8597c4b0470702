"""Numbers as a person types and reads them: either decimal mark in, the language's out.

"4,5-0-6" was refused in Dutch while the Dutch presets read "5,5-0-5,5" and the minutes
box "1,0". The parsers (``core/pattern``) now read ``.`` and ``,`` alike; what is shown
uses the mark of the UI language (:func:`decimal_mark`), so anything shown can be typed
back as it is.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QWidget

from app.core.pattern import (
    DECIMAL_MARKS,
    MAX_MINUTES,
    MIN_MINUTES,
    MINUTES_DECIMALS,
    MinutesError,
    number_text,
    parse_minutes,
)

# What can still become a length in minutes as it is typed: up to three digits and two
# decimals, with either mark ("2," on the way to "2,5"; "0" on the way to "0,5").
_PARTIAL_MINUTES = re.compile(r"[0-9]{0,3}(?:[.,][0-9]{0,2})?", re.ASCII)


def decimal_mark(locale: QLocale | None = None) -> str:
    """The decimal mark numbers are shown with: the locale's (``,`` in Dutch; the app sets
    the default locale with the language, ``services/i18n.install``). A locale whose mark
    the parsers would not read back (none the app sets) gets ``.``."""
    mark = (locale or QLocale()).decimalPoint()
    return mark if mark in DECIMAL_MARKS else "."


class MinutesBox(QDoubleSpinBox):
    """A length in minutes by the one rule for minutes (``core/pattern.parse_minutes``):
    every length the command line and a second start may ask for is held exactly (so the
    pacer plays what ``breathing-room timeline`` prints), typed with either decimal mark
    and shown with the language's in its shortest form ("2,5", not "2,50"; "5", not
    "5,00"), the way the presets and hints show numbers. Qt's own box reads only the
    locale's mark (in Dutch "2.5" is taken as a group separator) and shows every decimal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(MINUTES_DECIMALS)  # first: the range is rounded to it
        self.setRange(MIN_MINUTES, MAX_MINUTES)

    def textFromValue(self, value: float) -> str:  # noqa: N802
        return number_text(round(value, MINUTES_DECIMALS), decimal_mark(self.locale()))

    def valueFromText(self, text: str) -> float:  # noqa: N802
        try:
            return parse_minutes(text)
        except MinutesError:  # validate() lets no such text through; the value stays
            return self.value()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        try:
            parse_minutes(text)
        except MinutesError:
            partial = _PARTIAL_MINUTES.fullmatch(text.strip()) is not None
            state = QValidator.State.Intermediate if partial else QValidator.State.Invalid
            return state, text, pos
        return QValidator.State.Acceptable, text, pos
