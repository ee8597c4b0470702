"""Breath patterns in the ``IN-HOLD-OUT[-HOLD]`` notation that breathing apps share.

``4-7-8`` is in 4 s, hold 7 s, out 8 s; the book's bridge breathing is ``5-0-7-3``
(in 5, out 7, then 3 s without breathing in). Decimals are allowed (``5.5-0-5.5-0``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from app.core.problems import QT_TRANSLATE_NOOP, MessageError

MAX_PHASE_S = 60.0
_NUMBER = re.compile(r"^\d+(\.\d+)?$")


class PatternError(MessageError):
    """A pattern that cannot be breathed; the message says which part and why."""


@dataclass(frozen=True, slots=True)
class BreathPattern:
    inhale_s: float
    hold_in_s: float
    exhale_s: float
    hold_out_s: float = 0.0

    @classmethod
    def parse(cls, notation: str) -> BreathPattern:
        notation = notation.strip()
        if notation.startswith("-") or "--" in notation:
            raise PatternError(
                QT_TRANSLATE_NOOP(
                    "Problem", "pattern '{pattern}': a phase cannot last a negative time"
                ),
                pattern=notation,
            )
        parts = notation.split("-")
        if len(parts) not in (3, 4):
            raise PatternError(
                QT_TRANSLATE_NOOP(
                    "Problem",
                    "pattern '{pattern}' has {count} part(s); expected IN-HOLD-OUT or "
                    "IN-HOLD-OUT-HOLD in seconds, e.g. 4-7-8",
                ),
                pattern=notation,
                count=len(parts),
            )
        names = ("in", "hold", "out", "second hold")
        values: list[float] = []
        for name, part in zip(names, parts, strict=False):
            if part.startswith("+") or not _NUMBER.match(part):
                raise PatternError(
                    QT_TRANSLATE_NOOP(
                        "Problem",
                        "pattern '{pattern}': {name} part '{part}' is not a number of "
                        "seconds (0 or more, e.g. 4 or 5.5)",
                    ),
                    pattern=notation,
                    name=name,
                    part=part,
                )
            value = float(part)
            if value > MAX_PHASE_S:
                raise PatternError(
                    QT_TRANSLATE_NOOP(
                        "Problem",
                        "pattern '{pattern}': {name} part {part} s is longer than {max} s",
                    ),
                    pattern=notation,
                    name=name,
                    part=part,
                    max=f"{MAX_PHASE_S:g}",
                )
            values.append(value)
        if len(values) == 3:
            values.append(0.0)
        pattern = cls(*values)
        if pattern.inhale_s == 0 or pattern.exhale_s == 0:
            raise PatternError(
                QT_TRANSLATE_NOOP(
                    "Problem",
                    "pattern '{pattern}': breathing in and breathing out must both last "
                    "longer than 0 s",
                ),
                pattern=notation,
            )
        return pattern

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
        return sum(self.phases_ms())

    def breaths_in_minutes(self, minutes: float) -> int:
        """The nearest whole number of breaths, at least one: a session never ends mid-breath."""
        if not math.isfinite(minutes) or minutes <= 0:
            raise PatternError(
                QT_TRANSLATE_NOOP("Problem", "a length of {minutes} min must be more than 0"),
                minutes=f"{minutes:g}",
            )
        return max(1, round(minutes * 60_000 / self.cycle_ms))

    def __str__(self) -> str:
        """The shortest notation: a zero second hold is left off (``4-7-8``)."""
        parts = [self.inhale_s, self.hold_in_s, self.exhale_s]
        if self.hold_out_s:
            parts.append(self.hold_out_s)
        return "-".join(f"{p:g}" for p in parts)
