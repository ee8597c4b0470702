"""Breath patterns in the ``IN-HOLD-OUT[-HOLD]`` notation that breathing apps share.

``4-7-8`` is in 4 s, hold 7 s, out 8 s; the book's bridge breathing is ``5-0-7-3``
(in 5, out 7, then 3 s without breathing in). Decimals are allowed (``5.5-0-5.5-0``), and
spaces around the dashes (``4 - 7 - 8``).

**Either decimal mark**, wherever a number is typed: ``5.5`` as English writes it and
``5,5`` as Dutch does (:data:`DECIMAL_MARKS`), whatever the language, so a pattern copied
from a Dutch text or typed on a Dutch keypad plays. Neither mark can be mistaken for
anything else: the parts of a pattern are separated by dashes, never commas, and no value
reaches a thousand (60 s a phase, 180 minutes), so no number is written with a group
separator. Numbers are *shown* with the mark of the language (:meth:`BreathPattern.notation`,
:func:`number_text`); files, settings and JSON keep the ``.``.

A pattern is checked on the values that are *played*: whole milliseconds. Every way a
pattern enters the app (the command line, the pacer's field, the catalogue and the user's
own file, saved settings) goes through :func:`parse_pattern`, and a :class:`BreathPattern`
cannot even be constructed with a phase outside the bounds, so a breath of 0 ms (and a
division by a cycle of 0 ms) cannot happen anywhere downstream.

The bounds (:data:`MIN_PHASE_MS`, :data:`MAX_PHASE_MS`) and why they are what they are:

- **At least 1 s** for the in-breath and the out-breath, and for a hold that is not 0.
  The shortest phase of a method that a pacer guides is the "top-up" second inhale of the
  physiological sigh, about 1–2 s
  (https://deepbreathingexercises.com/breathe/physiological-sigh). Faster methods exist —
  Breath of Fire runs at 2–3 breaths a second
  (https://www.dahnyoga.net/kundalini/breath-of-fire.html), kapalabhati at about 80 a
  minute — but they are paced by the belly, not followed from a screen, and kapalabhati is
  advised against for people with lower-back problems
  (https://insight-timer-public.firebaseapp.com/jfelix/guided-meditations/breathwork-kapalbhati-80-breaths-per-minute-w-slash-music),
  who are who this app is for. A second also leaves room to notice a cue (a simple
  reaction takes about a quarter of a second) and for the in/out earcons (0.45 and
  0.55 s, ``core/earcons.py``) to finish before the next phase begins.
- **At most 60 s** a phase: longer than any pattern in the book (``exercises.yaml``: the
  longest phase is 8 s) or in the usual apps, and a hold of over a minute is no longer a
  breathing exercise.
- **At most 3 decimals**: what is typed is exactly what is played, to the millisecond.

So one breath lasts at least 2 s, and :data:`MAX_MINUTES` of breathing is at most
:data:`MAX_BREATHS_IN_MINUTES` breaths.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal

from app.core.problems import QT_TRANSLATE_NOOP, Message, MessageError
from app.core.text import visible

MIN_PHASE_MS = 1_000
MAX_PHASE_MS = 60_000
MAX_DECIMALS = 3  # whole milliseconds
MAX_CHARS = 40  # "60.000-60.000-60.000-60.000" is 27; anything longer is not a pattern
# A length in minutes (``--minutes``, the pacer's Minutes box, its saved setting): one rule
# everywhere, :func:`parse_minutes`. From 6 s to 3 hours, in steps of 0.01 min (0.6 s), so
# the pacer's spin box (2 decimals) holds exactly what was asked and plays what
# ``timeline`` prints.
MIN_MINUTES = 0.1
MAX_MINUTES = 180.0  # a session asked for in minutes lasts at most this long
MINUTES_DECIMALS = 2
_MINUTES_CHARS = 20  # "180.00000000000000" and the like; anything longer is not a length
MAX_BREATHS_IN_MINUTES = round(MAX_MINUTES * 60_000 / (2 * MIN_PHASE_MS))
DECIMAL_MARKS = ".,"  # the English and the Dutch decimal mark, accepted in any language
_NUMBER = re.compile(r"[0-9]+(?:[.,]([0-9]+))?", re.ASCII)
# A minus sign: a dash at the start, or right after another dash, followed by a digit. A
# lone dash, or dashes with nothing between them, are missing parts, not negative ones.
_SIGNED = re.compile(r"(?:^|-)\s*-\s*[0-9]")
_SHOWN_CHARS = 30

# One template per phase and fault, so that each can be translated whole.
_TOO_SHORT = (
    QT_TRANSLATE_NOOP(
        "Problem", "{where} '{pattern}': the in-breath, {value} s, is shorter than {min} s"
    ),
    QT_TRANSLATE_NOOP(
        "Problem",
        "{where} '{pattern}': the hold after breathing in, {value} s, is shorter than {min} s "
        "(give 0 for no hold)",
    ),
    QT_TRANSLATE_NOOP(
        "Problem", "{where} '{pattern}': the out-breath, {value} s, is shorter than {min} s"
    ),
    QT_TRANSLATE_NOOP(
        "Problem",
        "{where} '{pattern}': the hold after breathing out, {value} s, is shorter than {min} s "
        "(give 0 for no hold)",
    ),
)
_TOO_LONG = (
    QT_TRANSLATE_NOOP(
        "Problem", "{where} '{pattern}': the in-breath, {value} s, is longer than {max} s"
    ),
    QT_TRANSLATE_NOOP(
        "Problem",
        "{where} '{pattern}': the hold after breathing in, {value} s, is longer than {max} s",
    ),
    QT_TRANSLATE_NOOP(
        "Problem", "{where} '{pattern}': the out-breath, {value} s, is longer than {max} s"
    ),
    QT_TRANSLATE_NOOP(
        "Problem",
        "{where} '{pattern}': the hold after breathing out, {value} s, is longer than {max} s",
    ),
)
_NEGATIVE = QT_TRANSLATE_NOOP("Problem", "{where} '{pattern}': a phase cannot last a negative time")


class PatternError(MessageError):
    """A pattern that cannot be breathed; the message says where, which part and why."""


class MinutesError(MessageError):
    """A length in minutes outside the one rule (:func:`parse_minutes`)."""


def parse_minutes(value: object, where: str = "--minutes") -> float:
    """The one way to a length in minutes, for every place one enters.

    Text is read like a pattern's part: ASCII digits with at most one decimal mark (``.``
    or ``,``: :data:`DECIMAL_MARKS`), white space around it ignored, nothing else
    (``float()`` would take ``1_0``, ``1e1``, ``nan`` and other scripts' digits); a number
    (from settings or a second start's request) must be finite. Either way it is from
    :data:`MIN_MINUTES` to :data:`MAX_MINUTES` with at most :data:`MINUTES_DECIMALS`
    decimals. Raises :class:`MinutesError`, whose message starts
    ``{where} {value}:`` and gives the rule.
    """
    number: float | None = None
    if isinstance(value, str):
        text = value.strip()
        shown = _shown(text)
        match = _NUMBER.fullmatch(text) if len(text) <= _MINUTES_CHARS else None
        if match is not None and len((match.group(1) or "").rstrip("0")) <= MINUTES_DECIMALS:
            number = float(_point(text))
    elif isinstance(value, int) and not isinstance(value, bool):
        shown = _shown(str(value))
        if MIN_MINUTES <= value <= MAX_MINUTES:  # compared as int: 10**400 is no float
            number = float(value)
    elif isinstance(value, float):
        shown = _shown(_number_text(value))
        if math.isfinite(value) and round(value, MINUTES_DECIMALS) == value:
            number = value
    else:
        shown = _shown(str(value))
    if number is None or not MIN_MINUTES <= number <= MAX_MINUTES:
        raise MinutesError(
            QT_TRANSLATE_NOOP(
                "Problem",
                "{where} {value}: give a number of minutes from {min} to {max}, with at most "
                "{decimals} decimals (e.g. 5 or 2.5)",
            ),
            where=where,
            value=shown,
            min=f"{MIN_MINUTES:g}",
            max=f"{MAX_MINUTES:g}",
            decimals=MINUTES_DECIMALS,
        )
    return number


def _point(number: str) -> str:
    """A number matched by ``_NUMBER`` with its decimal mark as ``.``, for ``Decimal``."""
    return number.replace(",", ".")


def number_text(value: float, decimal_mark: str = ".") -> str:
    """A played value (seconds to the millisecond, minutes to the hundredth: at most five
    digits) as its shortest exact text, with ``decimal_mark`` (``5,5`` in Dutch)."""
    if decimal_mark not in DECIMAL_MARKS:
        raise ValueError(f"not a decimal mark this app reads back: {decimal_mark!r}")
    return f"{value:g}".replace(".", decimal_mark)


def with_decimal_mark(text: str, decimal_mark: str) -> str:
    """``text`` (a pattern or a length that :func:`parse_pattern` or :func:`parse_minutes`
    accepted, as typed) with every decimal mark as ``decimal_mark``: in such a text ``.``
    and ``,`` are decimal marks and nothing else, so "4.5-0-6" typed in English reads
    "4,5-0-6" in Dutch and means the same."""
    if decimal_mark not in DECIMAL_MARKS:
        raise ValueError(f"not a decimal mark this app reads back: {decimal_mark!r}")
    return text.translate({ord(mark): decimal_mark for mark in DECIMAL_MARKS})


def _number_text(value: float) -> str:
    """``2.5``, ``180``, ``inf``: the short form when it is exact, else every digit."""
    short = f"{value:g}"
    return short if float(short) == value else repr(value)


# The place a message names when no other is given (the command line, the pacer's field);
# marked so that the UI shows it in its own language (``services/i18n.message_text``).
PATTERN_WHERE = QT_TRANSLATE_NOOP("Problem", "pattern")


def parse_pattern(text: object, where: str = PATTERN_WHERE) -> BreathPattern:
    """The one way from text to a :class:`BreathPattern`, for every place a pattern enters.

    ``where`` names the place for the message: ``pattern`` (the command line, the pacer's
    field), a path such as ``exercises[3] (cobra).guidance.blocks[1].pattern`` (the
    catalogue, which adds FILE:LINE:COLUMN), or a settings key. Raises
    :class:`PatternError`, whose message starts ``{where} '{pattern}':`` and names the
    phase, its value and the bound; nothing else escapes, whatever the text. ``text`` may
    be any object (a settings value, say): it is read as its ``str``.
    """
    notation = (text if isinstance(text, str) else str(text)).strip()
    shown = _shown(notation)
    if not notation:
        raise PatternError(
            QT_TRANSLATE_NOOP(
                "Problem",
                "{where}: no pattern given; expected IN-HOLD-OUT or IN-HOLD-OUT-HOLD in "
                "seconds, e.g. 4-7-8",
            ),
            where=where,
        )
    if len(notation) > MAX_CHARS:
        raise PatternError(
            QT_TRANSLATE_NOOP(
                "Problem",
                "{where} '{pattern}': {count} characters is too long for a pattern "
                "(at most {max}), e.g. 4-7-8",
            ),
            where=where,
            pattern=shown,
            count=len(notation),
            max=MAX_CHARS,
        )
    if _SIGNED.search(notation):  # "-4-7-8", "4--7-8": a dash where a part begins
        raise PatternError(_NEGATIVE, where=where, pattern=shown)
    # Spaces around the dashes are allowed ("4 - 7 - 8"), as around the whole pattern.
    parts = [part.strip() for part in notation.split("-")]
    empty = next((number for number, part in enumerate(parts, 1) if not part), None)
    if empty is not None and len(parts) <= 4:  # "-", "4-7-", "4-7--8": not a length
        raise PatternError(
            QT_TRANSLATE_NOOP(
                "Problem",
                "{where} '{pattern}': part {number} is missing; expected IN-HOLD-OUT or "
                "IN-HOLD-OUT-HOLD in seconds, e.g. 4-7-8",
            ),
            where=where,
            pattern=shown,
            number=empty,
        )
    if len(parts) not in (3, 4):
        raise PatternError(
            Message.counted(
                QT_TRANSLATE_NOOP(
                    "Problem",
                    "{where} '{pattern}' has %n part(s); expected IN-HOLD-OUT or "
                    "IN-HOLD-OUT-HOLD in seconds, e.g. 4-7-8",
                    None,
                    1,  # a plural: lupdate's mark (core/problems.py)
                ),
                len(parts),
                where=where,
                pattern=shown,
            )
        )
    phases_ms: list[int] = []
    for index, part in enumerate(parts):
        match = _NUMBER.fullmatch(part)
        if match is None:
            raise PatternError(
                QT_TRANSLATE_NOOP(
                    "Problem",
                    "{where} '{pattern}': '{part}' is not a number of seconds "
                    "(0 or more, e.g. 4 or 5.5)",
                ),
                where=where,
                pattern=shown,
                part=_shown(part),
            )
        value = Decimal(_point(part))  # exact: no float rounding decides what is checked
        _check_phase(index, value * 1000, part, where, shown)
        if match.group(1) is not None and len(match.group(1).rstrip("0")) > MAX_DECIMALS:
            raise PatternError(
                QT_TRANSLATE_NOOP(
                    "Problem",
                    "{where} '{pattern}': {value} s has more than {decimals} decimals; phases "
                    "are played in whole milliseconds (e.g. 5.5 or 4.25)",
                ),
                where=where,
                pattern=shown,
                value=part,
                decimals=MAX_DECIMALS,
            )
        phases_ms.append(int(value * 1000))
    if len(phases_ms) == 3:
        phases_ms.append(0)
    return BreathPattern(*(ms / 1000 for ms in phases_ms))


def _check_phase(index: int, ms: Decimal | int, value: str, where: str, shown: str) -> None:
    """Refuse a phase of ``ms`` milliseconds at ``index`` (0 = in … 3 = second hold)."""
    hold = index in (1, 3)
    if ms > MAX_PHASE_MS:
        raise PatternError(
            _TOO_LONG[index], where=where, pattern=shown, value=value, max=MAX_PHASE_MS // 1000
        )
    if ms < MIN_PHASE_MS and not (hold and ms == 0):
        raise PatternError(
            _TOO_SHORT[index], where=where, pattern=shown, value=value, min=MIN_PHASE_MS // 1000
        )


def _shown(text: str) -> str:
    """``text`` as a message can quote it (``core/text.visible``): invisible characters
    such as bidi overrides as escapes, so what is shown is what was typed, and cut short."""
    return visible(text, _SHOWN_CHARS)


@dataclass(frozen=True, slots=True)
class BreathPattern:
    """One breath's phases in seconds, held as the whole milliseconds that are played.

    Constructing one checks the bounds (see the module's docstring) and rounds each phase
    to a whole millisecond, so ``cycle_ms`` is at least ``2 * MIN_PHASE_MS`` for every
    pattern that exists: nothing can divide by a breath of 0 ms.
    """

    inhale_s: float
    hold_in_s: float
    exhale_s: float
    hold_out_s: float = 0.0

    def __post_init__(self) -> None:
        names = ("inhale_s", "hold_in_s", "exhale_s", "hold_out_s")
        seconds = [getattr(self, name) for name in names]
        shown = "-".join(_shown(str(s)) for s in seconds)
        for index, (name, value) in enumerate(zip(names, seconds, strict=True)):
            number = isinstance(value, int | float) and not isinstance(value, bool)
            if not number or math.isnan(value):
                raise PatternError(
                    QT_TRANSLATE_NOOP(
                        "Problem",
                        "{where} '{pattern}': '{part}' is not a number of seconds "
                        "(0 or more, e.g. 4 or 5.5)",
                    ),
                    where="pattern",
                    pattern=shown,
                    part=_shown(str(value)),
                )
            if value < 0:
                raise PatternError(_NEGATIVE, where="pattern", pattern=shown)
            if math.isinf(value):
                raise PatternError(
                    _TOO_LONG[index],
                    where="pattern",
                    pattern=shown,
                    value=value,
                    max=MAX_PHASE_MS // 1000,
                )
            ms = round(value * 1000)
            _check_phase(index, ms, f"{value:g}", "pattern", shown)
            object.__setattr__(self, name, ms / 1000)

    @classmethod
    def parse(cls, notation: str) -> BreathPattern:
        """The same as :func:`parse_pattern` (kept for callers that name the class)."""
        return parse_pattern(notation)

    def phases_ms(self) -> tuple[int, int, int, int]:
        """Phase lengths in whole milliseconds: the unit every timeline uses."""
        return (
            round(self.inhale_s * 1000),
            round(self.hold_in_s * 1000),
            round(self.exhale_s * 1000),
            round(self.hold_out_s * 1000),
        )

    @property
    def cycle_ms(self) -> int:
        """One breath: at least ``2 * MIN_PHASE_MS`` by construction."""
        return sum(self.phases_ms())

    def breaths_in_minutes(self, minutes: float) -> int:
        """The nearest whole number of breaths, at least one: a session never ends mid-breath.

        ``minutes`` follows :func:`parse_minutes` (else :class:`MinutesError`), so the
        answer is at most :data:`MAX_BREATHS_IN_MINUTES`.
        """
        length_ms = round(parse_minutes(minutes) * 60_000)  # whole: 0.01 min is 600 ms
        return max(1, round(length_ms / self.cycle_ms))

    def notation(self, decimal_mark: str = ".") -> str:
        """The shortest notation: a zero second hold is left off (``4-7-8``); decimals
        with ``decimal_mark`` (``5,5-0-5,5`` in Dutch), which :func:`parse_pattern` reads
        back to this same pattern."""
        parts = [self.inhale_s, self.hold_in_s, self.exhale_s]
        if self.hold_out_s:
            parts.append(self.hold_out_s)
        return "-".join(number_text(p, decimal_mark) for p in parts)

    def __str__(self) -> str:
        """The notation with ``.``: what files, settings and JSON hold."""
        return self.notation()
