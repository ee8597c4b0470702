"""The practice history as CSV, safe to open in a spreadsheet.

Why every text cell is neutralised: a spreadsheet reads a cell that begins with ``=``,
``+``, ``-`` or ``@`` as a formula, and one that begins with a tab or a line break may be
read as one after the spreadsheet trims it ("CSV injection", OWASP). Text in the history
comes from outside the app's control: the ids and names of a person's own exercises
(``my-exercises.yaml``), a restored backup from another machine. As OWASP's CSV Injection
page advises, such a cell is written with a single quote before it (the spreadsheet shows
the text, and runs nothing) and inside double quotes, with every double quote in it doubled.

Why numbers are not: a number the app computed (an id, minutes, a pain score, a count) is
written from a Python ``int`` or ``float`` in plain digits, so ``-3`` stays the number
minus three and sums in the spreadsheet; the type decides, never how a text looks. A text
that only looks like a number (an exercise named ``-5``) is text, and is neutralised.
"""

from __future__ import annotations

import csv
import math
import unicodedata
from collections.abc import Iterable
from datetime import datetime
from typing import TextIO

from app.core.history import SessionRecord

# OWASP's list (=, +, -, @, tab, carriage return, and since 2025 line feed), with NUL as
# the ASVS (1.2.10) adds, and the full-width forms of the four signs, which spreadsheets
# in East Asian locales take for the plain ones.
FORMULA_STARTS = frozenset("=+-@\t\r\n\0\uff1d\uff0b\uff0d\uff20")

# ``left_out`` (last, so a sheet or script that reads the columns by place still reads the
# others where they were): the ids "Skip what hurt?" left out of the session's programme,
# separated by spaces, on every row of the session; empty when nothing was left out. Not
# "skipped": that is a ``done`` value already (an exercise passed over with Next).
HEADER = ("session", "started", "ended", "outcome", "program", "minutes", "pain_before",
          "pain_after", "position", "exercise", "name", "done", "rounds_done", "rounds",
          "sides_done", "feeling", "left_out")  # fmt: skip


def _leading(text: str) -> str:
    """The first character a spreadsheet could act on: after spaces, and after characters
    that show as nothing (a zero-width space or a byte-order mark before ``=``)."""
    for ch in text:
        if ch in FORMULA_STARTS:
            return ch
        if ch.isspace() or unicodedata.category(ch) == "Cf":
            continue
        return ch
    return ""


def neutralise(text: str) -> str:
    """``text`` as a spreadsheet may read it: with a ``'`` before it when it could start a
    formula, unchanged otherwise (the quoting is the CSV writer's)."""
    return "'" + text if _leading(text) in FORMULA_STARTS else text


def cell(value: object) -> str | int | float:
    """One cell: a whole or finite number stays a number; everything else is text,
    neutralised. (``bool`` is not a number here; ``None`` is an empty cell.)"""
    if value is None:
        return ""
    if type(value) is int:
        return value
    if type(value) is float and math.isfinite(value):
        return value
    return neutralise(str(value))


def _stamp(moment: datetime | None) -> str:
    return "" if moment is None else moment.isoformat(timespec="seconds")


def rows(
    sessions: Iterable[SessionRecord], names: dict[str, str] | None = None
) -> list[list[object]]:
    """One row per exercise of every session (a spreadsheet's natural shape), in recording
    order; a session without exercises is one row. Values as they are, not yet cells."""
    names = names or {}
    out: list[list[object]] = []
    for s in sorted(sessions, key=lambda s: s.id):
        base: list[object] = [s.id, _stamp(s.started), _stamp(s.ended),
                              s.outcome.value if s.outcome else "interrupted", s.program,
                              round(s.minutes, 1), s.pain_before, s.pain_after]  # fmt: skip
        skipped = " ".join(s.skipped)
        if not s.exercises:
            out.append([*base, None, None, None, None, None, None, None, None, skipped])
        for r in s.exercises:
            out.append(
                [*base, r.position + 1, r.exercise, names.get(r.exercise), r.done.value,
                 r.rounds_done, r.rounds, " ".join(r.sides_done),
                 r.feeling.value if r.feeling else None, skipped]
            )  # fmt: skip
    return out


def write_csv(
    sessions: Iterable[SessionRecord], out: TextIO, names: dict[str, str] | None = None
) -> int:
    """Write the history to ``out``; returns the number of rows written (not the header).

    ``QUOTE_NONNUMERIC`` puts every text cell in double quotes and leaves numbers bare, so
    a spreadsheet takes numbers as numbers and text as text. Every value goes through
    :func:`cell`; a text seen before (ids, names, words) is not looked at again. (Ten
    years of daily sessions, 29,000 rows: 0.3–0.5 s on a busy two-core host, so the window
    runs this on a worker thread.)"""
    writer = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")
    writer.writerow([cell(h) for h in HEADER])
    seen: dict[str, str | int | float] = {}

    def text(value: str | None) -> str | int | float:
        if value is None:
            return ""
        done = seen.get(value)
        if done is None:
            done = seen[value] = cell(value)
        return done

    count = 0
    for row in rows(sessions, names):
        writer.writerow([cell(v) if type(v) is not str and v is not None else text(v) for v in row])
        count += 1
    return count
