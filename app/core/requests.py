"""What to play, as asked for on the command line or in the pacer window, checked once.

``timeline`` and ``pacer`` share this, so a bad pattern, id or length gets the same clear
message wherever it is typed.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from app.core.model import Catalogue
from app.core.pattern import (
    MAX_MINUTES,
    MIN_MINUTES,
    MINUTES_DECIMALS,
    BreathPattern,
    parse_minutes,
    parse_pattern,
)
from app.core.problems import QT_TRANSLATE_NOOP, MessageError
from app.core.spelling import suggestion
from app.core.text import visible
from app.core.timeline import (
    MAX_PREPARE_S,
    Timeline,
    compile_exercises,
    compile_pattern,
    compile_program,
)

# ``--breaths`` at most; ``--minutes`` from MIN_MINUTES to MAX_MINUTES with at most
# MINUTES_DECIMALS decimals (core/pattern.py, parse_minutes), which with the shortest breath
# is at most MAX_BREATHS_IN_MINUTES breaths. The compiler refuses any timeline over
# MAX_SEGMENTS whatever asks for it.
MAX_BREATHS = 500
DEFAULT_BREATHS = 10
__all__ = [
    "DEFAULT_BREATHS",
    "MAX_BREATHS",
    "MAX_MINUTES",
    "MAX_PREPARE_S",
    "MINUTES_DECIMALS",
    "MIN_MINUTES",
    "Request",
    "RequestError",
]


class RequestError(MessageError):
    """A request that cannot be played; the message names what and why."""


@dataclass(frozen=True)
class Request:
    pattern: str | None = None
    preset: str | None = None
    exercise: str | None = None
    program: str | None = None
    breaths: int | None = None
    minutes: float | None = None
    prepare_s: float = 3.0

    def build(self, catalogue: Catalogue) -> Timeline:
        if not 0 <= self.prepare_s <= MAX_PREPARE_S or math.isnan(self.prepare_s):
            raise RequestError(
                QT_TRANSLATE_NOOP("Problem", "--prepare {value}: give 0 to {max} seconds"),
                value=f"{self.prepare_s:g}",
                max=f"{MAX_PREPARE_S:g}",
            )
        if self.exercise is not None or self.program is not None:
            if self.breaths is not None or self.minutes is not None:
                raise RequestError(
                    QT_TRANSLATE_NOOP(
                        "Problem",
                        "--breaths and --minutes go with a pattern or preset; an exercise or "
                        "program has its own length",
                    )
                )
            if self.exercise is not None:
                exercise = catalogue.exercises.get(self.exercise)
                if exercise is None:
                    raise _unknown("exercise", self.exercise, catalogue.exercises)
                return compile_exercises([exercise], catalogue.prompts, self.prepare_s)
            assert self.program is not None
            program = catalogue.programs.get(self.program)
            if program is None:
                raise _unknown("program", self.program, catalogue.programs)
            return compile_program(program, catalogue, self.prepare_s)
        pattern, breaths, count_down = self._pattern(catalogue)
        return compile_pattern(pattern, breaths, catalogue.prompts, self.prepare_s, count_down)

    def _pattern(self, catalogue: Catalogue) -> tuple[BreathPattern, int, bool]:
        count_down = False
        breaths = DEFAULT_BREATHS
        if self.preset is not None:
            preset = catalogue.presets.get(self.preset)
            if preset is None:
                raise _unknown("preset", self.preset, catalogue.presets)
            pattern, breaths, count_down = preset.pattern, preset.breaths, preset.count_down
        else:
            assert self.pattern is not None
            pattern = parse_pattern(self.pattern)  # PatternError is a MessageError
        if self.breaths is not None:
            if isinstance(self.breaths, bool) or not (
                isinstance(self.breaths, int) and 1 <= self.breaths <= MAX_BREATHS
            ):
                raise RequestError(
                    QT_TRANSLATE_NOOP(
                        "Problem", "--breaths {value}: give a whole number from 1 to {max}"
                    ),
                    value=self.breaths,
                    max=MAX_BREATHS,
                )
            breaths = self.breaths
        elif self.minutes is not None:
            # The one rule for minutes (MinutesError, a MessageError, names it).
            breaths = pattern.breaths_in_minutes(parse_minutes(self.minutes, "--minutes"))
        return pattern, breaths, count_down


# Per kind, so that each is a whole sentence to translate ("onbekend ademritme", not
# "onbekend(e) breathing preset"), and each names the command that lists that kind.
_UNKNOWN = {
    "exercise": (
        QT_TRANSLATE_NOOP("Problem", "unknown exercise '{value}' (did you mean '{close}'?)"),
        QT_TRANSLATE_NOOP(
            "Problem", "unknown exercise '{value}'; 'breathing-room list' shows the ids"
        ),
    ),
    "program": (
        QT_TRANSLATE_NOOP("Problem", "unknown program '{value}' (did you mean '{close}'?)"),
        QT_TRANSLATE_NOOP(
            "Problem", "unknown program '{value}'; 'breathing-room list --programs' shows the ids"
        ),
    ),
    "preset": (
        QT_TRANSLATE_NOOP(
            "Problem", "unknown breathing preset '{value}' (did you mean '{close}'?)"
        ),
        QT_TRANSLATE_NOOP(
            "Problem",
            "unknown breathing preset '{value}'; 'breathing-room list --presets' shows the ids",
        ),
    ),
}


def _unknown(kind: str, value: str, known: Mapping[str, object]) -> RequestError:
    close = suggestion(value, known)
    near, listed = _UNKNOWN[kind]
    if close:
        return RequestError(
            near,
            value=visible(value, ascii_only=True),  # ids are ASCII: a look-alike shows
            close=close,
        )
    return RequestError(listed, value=value)
