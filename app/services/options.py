"""Every setting Breathing Room keeps, declared once: key, type, default, what is allowed.

After MusicBrainz Picard's ``picard/options.py``: a setting is an :class:`Option` made
here, and code reads ``options.PACER_BREATHS.read()`` and writes
``options.save(options.PACER_BREATHS.set(12))``; nothing else touches ``QSettings``
(``tests/test_options.py`` reads every module of ``app`` to keep it so). A key added
later gets the same rules by being declared here.

The rules, for any value of any key (the file is the person's, and anything can edit it):

- reading never raises: empty, not a number, a fraction where a whole number belongs,
  out of range, non-finite (``inf``, ``nan``, ``1e999``), a list, bytes, a rectangle,
  a value too long — each gives the default;
- each unusable value is said once, in one notice that names the file, the line, the
  key, the value and what is allowed (:data:`notices`, shown by the windows);
- the file is left as it is (a later save of that setting replaces the value), with two
  exceptions that say so: the resume bookmark, which is forgotten ("unreadable means
  forgotten"), and an entry ``QSettings`` would decode with ``QDataStream``
  (``@Variant(...)``), which Breathing Room never writes and which can crash Qt before
  any of this runs; such lines are cut out before Qt reads the file, and the original is
  kept beside it (:func:`guard`, with the INI reading of ``app/core/qt_ini.py``). A file
  over 256 KiB, or one that is not a regular file (a FIFO would hang the start), is moved
  aside whole.
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QIODevice, QObject, QSaveFile, Signal

from app.core import qt_ini, rhythms
from app.core.guide import Bookmark
from app.core.pattern import (
    MAX_MINUTES,
    MIN_MINUTES,
    MINUTES_DECIMALS,
    MinutesError,
    PatternError,
    parse_minutes,
    parse_pattern,
)
from app.core.problems import QT_TRANSLATE_NOOP
from app.core.requests import MAX_BREATHS
from app.core.spoken import GuidanceMode
from app.core.text import Lang, visible
from app.player import Player
from app.services import paths
from app.services.i18n import Context, message_text, translate
from app.services.storage import changed_settings

T = TypeVar("T")

FILE_NAME = "settings.ini"
MAX_FILE_BYTES = 256 * 1024  # a real file is about 2 kB; Qt reads the whole file at once
MAX_TEXT = 200  # characters in a text setting (ids, patterns, times)
MAX_BLOB = 4096  # bytes of a saved window geometry or splitter state (they are ~70)
MAX_BOOKMARK = 64 * 1024  # characters of the resume bookmark's JSON
MAX_NOTICE_LINES = 6
Settings = Context("Settings")  # counted texts: Settings.tr("%n byte(s)", "", n)


class UnusableError(Exception):
    """A stored value an option cannot use; ``reason`` says why, in the UI language."""

    def __init__(self, reason: str, *, whole_line: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.whole_line = whole_line  # the reason already names key and value


@dataclass(frozen=True, slots=True)
class Change:
    """One key to write (``value``) or remove (``value is None``); see :func:`save`."""

    key: str
    value: object


class _Missing:
    pass


_MISSING = _Missing()
REGISTRY: dict[str, Option[Any]] = {}


class Option(Generic[T]):
    """One setting. ``parse`` turns what ``QSettings`` returns into a ``T`` or raises
    :class:`UnusableError`; ``encode`` gives what to store. ``forget_unusable``: an unusable
    value is removed from the file (said in the notice)."""

    def __init__(
        self,
        key: str,
        default: T,
        parse: Callable[[object], T],
        encode: Callable[[T], object],
        allowed: Callable[[], str],
        *,
        forget_unusable: bool = False,
        bounds: tuple[float, float] | None = None,
    ) -> None:
        if key in REGISTRY:
            raise ValueError(f"setting {key!r} is declared twice")
        self.key = key
        self.default = default
        self._parse = parse
        self._encode = encode
        self.allowed = allowed
        self.forget_unusable = forget_unusable
        self.bounds = bounds  # a number's range, for the widget that edits it
        REGISTRY[key] = self

    def __repr__(self) -> str:
        return f"Option({self.key!r}, default={self.default!r})"

    def parse(self, raw: object) -> T:
        """``raw`` (as ``QSettings.value`` gives it) as a ``T``; raises :class:`UnusableError`."""
        return self._parse(raw)

    def read(self) -> T:
        """The stored value, or the default when it is missing or cannot be used."""
        value = self._lookup()
        return self.default if isinstance(value, _Missing) else value

    def stored(self) -> T | None:
        """The stored value, or None when it is missing or cannot be used."""
        value = self._lookup()
        return None if isinstance(value, _Missing) else value

    def set(self, value: T) -> Change:
        return Change(self.key, self._encode(value))

    def forget(self) -> Change:
        return Change(self.key, None)

    def write(self, value: T) -> None:
        save(self.set(value))

    def refuse(self, raw: object, reason: str) -> None:
        """Say that a value read here turned out unusable where it was applied (window
        geometry that Qt would not restore)."""
        notices.report(self, raw, UnusableError(reason))

    def _lookup(self) -> T | _Missing:
        if not guard():
            return _MISSING
        settings = paths.settings()
        if not settings.contains(self.key):
            return _MISSING
        raw: object = None
        try:
            raw = settings.value(self.key)
            return self._parse(raw)
        except UnusableError as error:
            problem = error
        except Exception as error:  # noqa: BLE001 - a setting must never stop a start
            problem = UnusableError(visible(str(error) or type(error).__name__, 80))
        notices.report(self, raw, problem)
        if self.forget_unusable:
            save(self.forget())
        return _MISSING


# -- the kinds of values --------------------------------------------------------------


def _words(text: str) -> Callable[[], str]:
    """A description of what is allowed, translated when it is shown."""
    return lambda: translate("Settings", text)


def _text(raw: object, limit: int = MAX_TEXT) -> str:
    if not isinstance(raw, str):
        raise UnusableError(translate("Settings", "not a single text"))
    if len(raw) > limit:
        raise UnusableError(
            translate("Settings", "longer than %1 characters").replace("%1", str(limit))
        )
    return raw


def flag(key: str, default: bool) -> Option[bool]:
    """``true`` or ``false`` (as Qt writes a bool)."""
    allowed = _words(QT_TRANSLATE_NOOP("Settings", "true or false"))

    def parse(raw: object) -> bool:
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, str) and raw.strip().lower() in ("true", "false"):
            return raw.strip().lower() == "true"
        raise UnusableError(translate("Settings", "not %1").replace("%1", allowed()))

    return Option(key, default, parse, lambda on: "true" if on else "false", allowed)


_WHOLE = re.compile(r"[+-]?[0-9]{1,18}", re.ASCII)
_DECIMAL = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?", re.ASCII)


def whole(key: str, default: int, low: int, high: int) -> Option[int]:
    """A whole number from ``low`` to ``high``; no fraction, no exponent, ASCII digits."""

    def allowed() -> str:
        return (
            translate("Settings", "a whole number from %1 to %2")
            .replace("%1", str(low))
            .replace("%2", str(high))
        )

    def parse(raw: object) -> int:
        value: int | None = None
        if isinstance(raw, int) and not isinstance(raw, bool):
            value = raw
        elif isinstance(raw, str) and _WHOLE.fullmatch(raw.strip()):
            value = int(raw.strip())
        if value is None or not low <= value <= high:
            raise UnusableError(translate("Settings", "not %1").replace("%1", allowed()))
        return value

    return Option(key, default, parse, int, allowed, bounds=(low, high))


def number(key: str, default: float, low: float, high: float) -> Option[float]:
    """A finite decimal number from ``low`` to ``high``."""

    def allowed() -> str:
        return (
            translate("Settings", "a number from %1 to %2")
            .replace("%1", f"{low:g}")
            .replace("%2", f"{high:g}")
        )

    def parse(raw: object) -> float:
        value: float | None = None
        if isinstance(raw, int | float) and not isinstance(raw, bool):
            value = float(raw)
        elif isinstance(raw, str) and len(raw) <= 40 and _DECIMAL.fullmatch(raw.strip()):
            value = float(raw.strip())
        if value is None or not math.isfinite(value) or not low <= value <= high:
            raise UnusableError(translate("Settings", "not %1").replace("%1", allowed()))
        return value

    return Option(key, default, parse, float, allowed, bounds=(low, high))


def minutes(key: str, default: float) -> Option[float]:
    """A length in minutes by the one rule for minutes (``core/pattern.parse_minutes``):
    from MIN_MINUTES to MAX_MINUTES with at most MINUTES_DECIMALS decimals, ASCII digits."""

    def allowed() -> str:
        return (
            translate("Settings", "a number from %1 to %2 with at most %3 decimals")
            .replace("%1", f"{MIN_MINUTES:g}")
            .replace("%2", f"{MAX_MINUTES:g}")
            .replace("%3", str(MINUTES_DECIMALS))
        )

    def parse(raw: object) -> float:
        try:
            return parse_minutes(raw, key)
        except MinutesError:
            raise UnusableError(translate("Settings", "not %1").replace("%1", allowed())) from None

    return Option(key, default, parse, float, allowed, bounds=(MIN_MINUTES, MAX_MINUTES))


def choice(key: str, default: str, choices: tuple[str, ...]) -> Option[str]:
    """One of ``choices``, exactly."""

    def allowed() -> str:
        return translate("Settings", "one of %1").replace("%1", ", ".join(repr(c) for c in choices))

    def parse(raw: object) -> str:
        if isinstance(raw, str) and raw in choices:
            return raw
        raise UnusableError(translate("Settings", "not %1").replace("%1", allowed()))

    return Option(key, default, parse, str, allowed)


def text(
    key: str, default: str, check: Callable[[str], str], allowed: Callable[[], str]
) -> Option[str]:
    """A text of at most :data:`MAX_TEXT` characters that ``check`` accepts (it returns
    the text to use, or raises :class:`UnusableError`)."""
    return Option(key, default, lambda raw: check(_text(raw)), str, allowed)


GEOMETRY_MAGIC = 0x1D9D0CB  # what QWidget.saveGeometry writes first


def is_geometry(data: QByteArray) -> bool:
    """Whether ``data`` is a window geometry Qt wrote (its magic number first), restorable
    or not: one Qt declines for this screen (made on a wider one before undocking) is no
    damage, the window just opens at its default size."""
    raw = bytes(data.data())
    return len(raw) >= 4 and int.from_bytes(raw[:4], "big") == GEOMETRY_MAGIC


def blob(key: str) -> Option[QByteArray]:
    """Bytes Qt made (``saveGeometry``, ``saveState``); empty when there are none."""

    def parse(raw: object) -> QByteArray:
        if isinstance(raw, QByteArray) and raw.size() <= MAX_BLOB:
            return QByteArray(raw)
        if isinstance(raw, bytes) and len(raw) <= MAX_BLOB:
            return QByteArray(raw)
        raise UnusableError(translate("Settings", "not a window layout saved by Breathing Room"))

    return Option(
        key,
        QByteArray(),
        parse,
        QByteArray,
        _words(QT_TRANSLATE_NOOP("Settings", "a window layout")),
    )


# -- checks for text settings ---------------------------------------------------------

_ID = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*", re.ASCII)  # the catalogue's ids
_CLOCK = re.compile(r"([01][0-9]|2[0-3]):([0-5][0-9])", re.ASCII)


def _id_or_own(value: str) -> str:
    if value == "" or (len(value) <= 100 and _ID.fullmatch(value)):
        return value
    raise UnusableError(translate("Settings", "not the id of a breathing rhythm"))


def _pattern(value: str) -> str:
    try:
        parse_pattern(value, where="[pacer] pattern")
    except PatternError as error:  # the parser names the phase, its value and the bound
        raise UnusableError(message_text(error.message), whole_line=True) from None
    return value


def _rhythm_name(value: str) -> str:
    if value == "" or rhythms.name_message(value) is None:
        return rhythms.normal_name(value)
    raise UnusableError(translate("Settings", "not the name of a rhythm of your own"))


def _snooze(value: str) -> str:
    if value == "":
        return value
    program, _, day = value.partition("@")
    if _ID.fullmatch(program) and len(program) <= 100 and re.fullmatch(r"\d{4}-\d\d-\d\d", day):
        try:
            date.fromisoformat(day)
        except ValueError:
            pass
        else:
            return value
    raise UnusableError(
        translate("Settings", "not a programme and a date such as %1").replace(
            "%1", "ch3-phase-2@2026-01-31"
        )
    )


def clock_time(key: str, default: time) -> Option[time]:
    """A time of day as ``HH:MM`` (24 hours)."""
    allowed = _words(QT_TRANSLATE_NOOP("Settings", "a time such as 08:00"))

    def parse(raw: object) -> time:
        found = _CLOCK.fullmatch(_text(raw).strip())
        if found is None:
            raise UnusableError(translate("Settings", "not %1").replace("%1", allowed()))
        return time(int(found[1]), int(found[2]))

    return Option(key, default, parse, lambda at: at.strftime("%H:%M"), allowed)


def bookmark(key: str) -> Option[Bookmark | None]:
    """Where a session was left: JSON written by :meth:`Bookmark.to_dict`. Anything else
    (wrong types, deep nesting, huge numbers) is forgotten, with the notice."""
    allowed = _words(QT_TRANSLATE_NOOP("Settings", "a session bookmark written by Breathing Room"))

    def parse(raw: object) -> Bookmark | None:
        forgotten = translate(
            "Settings", "not a session bookmark written by Breathing Room; it was forgotten"
        )
        if not isinstance(raw, str) or len(raw) > MAX_BOOKMARK:
            raise UnusableError(forgotten)
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):  # RecursionError: nesting; ValueError: 10**5000
            raise UnusableError(forgotten) from None
        found = Bookmark.from_dict(data)
        if found is None:
            raise UnusableError(forgotten)
        return found

    def encode(value: Bookmark | None) -> object:
        return None if value is None else json.dumps(value.to_dict())

    return Option(key, None, parse, encode, allowed, forget_unusable=True)


# -- every setting --------------------------------------------------------------------
# Keep this list in the order of the Preferences dialog, then the windows' own memory.

LANGUAGE = choice("ui/language", "", ("", "nl", "en"))  # "": follow the system
SCHEME = choice("display/scheme", "system", ("system", "light", "dark"))
HIGH_CONTRAST = flag("display/high_contrast", False)
TEXT_PERCENT = whole("display/text_percent", 100, 100, 200)
GUIDANCE_MODE = choice(
    "guidance/mode", GuidanceMode.CUES.value, tuple(g.value for g in GuidanceMode)
)
SAY_BREATHS = flag("guidance/say_breaths", False)
# "Wait for me": a guided session holds before each exercise's breaths until the person
# says ready (Space, a click, the headset's play key). On by default: a person in pain needs
# as long as it takes to get into position, a key press per exercise is cheap, and a media
# key works from the mat. The standalone breathing pacer never waits.
WAIT_FOR_ME = flag("guidance/wait_for_me", True)
VOLUME = whole("sound/volume", 80, 0, 100)
MUTED = flag("sound/muted", False)
LEAD_MS = whole("sound/lead_ms", 0, 0, Player.MAX_LEAD_MS)
CHECK_INS = flag("history/check_ins", True)
SUGGESTION_SNOOZED = text(
    "history/suggestion_snoozed",
    "",
    _snooze,
    _words(QT_TRANSLATE_NOOP("Settings", "a programme and a date")),
)  # "<program>@<ISO date>": the suggestion to move on is not shown again before the date
REMINDER_ENABLED = flag("reminder/enabled", False)
REMINDER_IN_TRAY = flag("reminder/in_tray", True)
REMINDER_TIME = clock_time("reminder/time", time(8, 0))

PACER_PRESET = text(
    "pacer/preset",
    "bridge",
    _id_or_own,
    _words(QT_TRANSLATE_NOOP("Settings", "the id of a breathing rhythm")),
)  # "": the person's own pattern. An id not in this run's catalogue (the person's own file
# left out) is the pacer's to say, and stays stored until another rhythm is chosen.
PACER_PATTERN = text(
    "pacer/pattern", "4-0-6-0", _pattern, _words(QT_TRANSLATE_NOOP("Settings", "a breath pattern"))
)
PACER_RHYTHM = text(
    "pacer/rhythm",
    "",
    _rhythm_name,
    _words(QT_TRANSLATE_NOOP("Settings", "the name of a rhythm of your own")),
)  # "": none. With pacer/preset "": the saved rhythm chosen (its pattern is pacer/pattern,
# the stand-in while its file is missing or cannot be read: the pacer keeps the name).
PACER_BY = choice("pacer/by", "breaths", ("breaths", "minutes"))
PACER_BREATHS = whole("pacer/breaths", 10, 1, MAX_BREATHS)
PACER_MINUTES = minutes("pacer/minutes", 5.0)
REDUCE_MOTION = flag("pacer/reduce_motion", False)  # the pacer's and the session's
PACER_GEOMETRY = blob("pacer/geometry")

MAIN_GEOMETRY = blob("main_window/geometry")
MAIN_SPLITTER = blob("main_window/splitter")
SESSION_SPLITTER = blob("main_window/session_splitter")
FOCUS_MODE = flag("session/focus_mode", False)  # a session opens in focus mode (from the mat)
BOOKMARK = bookmark("session/bookmark")


# -- reading and writing --------------------------------------------------------------


def save(*changes: Change) -> None:
    """Write (or remove) keys in one go; a failed write is said by ``storage``."""
    if not changes or not guard():
        return
    with changed_settings() as settings:
        for change in changes:
            if change.value is None:
                settings.remove(change.key)
            else:
                settings.setValue(change.key, change.value)


def saved_language() -> Lang | None:
    """The language chosen in Preferences; None: follow the system."""
    value = LANGUAGE.read()
    return "nl" if value == "nl" else "en" if value == "en" else None


def save_language(lang: Lang | None) -> None:
    LANGUAGE.write(lang or "")


def check_all() -> None:
    """Read every declared setting once, so that whatever cannot be used is said in one
    notice when a window opens, not piecemeal later."""
    with notices.batch():
        for option in list(REGISTRY.values()):
            option.stored()


# -- the notice -----------------------------------------------------------------------


def settings_file() -> Path:
    return paths.config_dir() / FILE_NAME


def _shown(raw: object) -> str:
    if isinstance(raw, QByteArray):
        return Settings.tr("(%n byte(s))", "", raw.size())
    if isinstance(raw, str):
        return visible(raw, 40)
    if isinstance(raw, list):
        return visible(", ".join(str(item) for item in raw), 40)
    if raw is None:
        return translate("Settings", "(nothing)")
    return f"({type(raw).__name__})"


def _line_of(data: bytes, entry: qt_ini.Entry) -> int:
    return data.count(b"\n", 0, entry.start) + 1


def _where(key: str) -> tuple[str, int | None]:
    """``FILE:LINE`` of ``key`` in the settings file and the line, as far as it can be
    found (else ``FILE`` and None)."""
    path = settings_file()
    section, _, name = key.rpartition("/")
    try:
        with path.open("rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except OSError:
        return str(path), None
    if len(data) <= MAX_FILE_BYTES:
        for entry in qt_ini.entries(data):
            if entry.section == section and entry.key == name:
                line = _line_of(data, entry)
                return f"{path}:{line}", line
    return str(path), None


class SettingsNotices(QObject):
    """What could not be used in the settings file, said as one notice.

    Signals: ``problem(str)`` with the whole notice each time something new is found
    (once for everything found by :func:`check_all`).

    The lines are in the order of the file, as a person reads it: what concerns the whole
    file first, then by line number, then what could not be placed on a line; not in the
    order the code happened to read the settings. The notice has several lines; for a
    place that shows one (a status bar), :meth:`headline`."""

    problem = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._lines: dict[str, str] = {}
        self._places: dict[str, tuple[tuple[int, int], str]] = {}  # key -> (order, where)
        self._said: dict[str, str] = {}  # key -> what was said, without the line number
        self._batch = 0
        self._news = False

    @property
    def current(self) -> list[str]:
        """The notice (none or one), for a window that opens after it was said."""
        return [self.text()] if self._lines else []

    @property
    def keys(self) -> list[str]:
        """The keys said, in the order of the file."""
        return sorted(self._lines, key=lambda key: self._places[key][0])

    def text(self) -> str:
        lines = [self._lines[key] for key in self.keys]
        if len(lines) > MAX_NOTICE_LINES:
            more = translate("Settings", "… and %1 more").replace(
                "%1", str(len(lines) - MAX_NOTICE_LINES + 1)
            )
            lines = [*lines[: MAX_NOTICE_LINES - 1], more]
        head = translate(
            "Settings", "Some preferences could not be used; the defaults are used instead:"
        )
        return "\n".join([head, *lines])

    def headline(self) -> str:
        """The notice in one line: what happened and where to look first (the first place
        in the file); "" when there is none."""
        if not self._lines:
            return ""
        first = self._places[self.keys[0]][1]
        return translate(
            "Settings", "Some preferences could not be used; the defaults are used instead (see %1)"
        ).replace("%1", first)

    def report(self, option: Option[Any], raw: object, problem: UnusableError) -> None:
        if problem.whole_line:
            what = problem.reason
        else:
            section, _, name = option.key.rpartition("/")
            what = f"[{section}] {name} = {_shown(raw)}: {problem.reason}"
        if self._said.get(option.key) == what:
            return  # said already (the file may have been rewritten since: other lines)
        where, line = _where(option.key)
        self.say(option.key, f"{where}: {what}", where, line)
        self._said[option.key] = what

    def say(self, key: str, text: str, where: str = "", line: int | None = None) -> None:
        """Add (or replace) the notice's line for ``key``: ``text``, about ``where`` in the
        file (``FILE:LINE``), at ``line``; without a line it concerns the whole file."""
        if self._lines.get(key) == text:
            return  # said already
        self._lines[key] = text
        if line is not None:
            order = (1, line)
        elif key.startswith("file:"):  # the whole file (moved aside, cleaned)
            order = (0, len(self._places))
        else:  # a key that was not found on a line
            order = (2, len(self._places))
        self._places[key] = (order, where or str(settings_file()))
        self._news = True
        if not self._batch:
            self._emit()

    @contextmanager
    def batch(self) -> Iterator[None]:
        self._batch += 1
        try:
            yield
        finally:
            self._batch -= 1
            if not self._batch:
                self._emit()

    def _emit(self) -> None:
        if self._news:
            self._news = False
            self.problem.emit(self.text())

    def clear(self) -> None:
        """Forget what was said (a new test, or a settings file replaced by a restore)."""
        self._lines.clear()
        self._places.clear()
        self._said.clear()
        self._news = False


notices = SettingsNotices()


# -- the file, before Qt reads it -----------------------------------------------------

_guarded: dict[str, tuple[int, int, int]] = {}  # path -> (size, mtime, inode) found safe
_blocked: set[str] = set()  # unsafe and could not be cleaned: Qt must not read it


def guard() -> bool:
    """Make sure ``QSettings`` can read the settings file without harm; False when it
    cannot be made so this run (then defaults are used and nothing is written).

    Cheap when the file has not changed since it was last found safe (one ``stat``).
    Otherwise the file is read as Qt would read it (:mod:`app.core.qt_ini`); lines Qt would
    decode with ``QDataStream`` are cut out. A file over :data:`MAX_FILE_BYTES`, or one
    that is not a regular file (a FIFO would hang the reading, a device never end), is
    moved aside whole and an empty one takes its place. The original is always kept
    beside it, and the notice says where.
    """
    path = settings_file()
    name = str(path)
    try:
        status = path.stat()
    except OSError:  # missing or unreadable: Qt reads it as empty
        _guarded.pop(name, None)
        _blocked.discard(name)
        return True
    signature = (status.st_size, status.st_mtime_ns, status.st_ino)
    if _guarded.get(name) == signature:
        return True
    unsafe: list[qt_ini.Entry] = []
    whole = ""  # why the whole file goes aside, if it does
    data = b""
    if not stat.S_ISREG(status.st_mode):
        whole = translate("Settings", "not a regular file")
    else:
        try:
            with path.open("rb") as file:
                data = file.read(MAX_FILE_BYTES + 1)
        except OSError:
            return True  # Qt cannot read it either: it sees no settings
        if len(data) > MAX_FILE_BYTES:
            whole = translate("Settings", "larger than %1 KiB").replace(
                "%1", str(MAX_FILE_BYTES // 1024)
            )
        else:
            unsafe = [entry for entry in qt_ini.entries(data) if entry.decoded_by_qt]
            if not unsafe:
                _guarded[name] = signature
                _blocked.discard(name)
                return True
    if whole:  # moved aside whole; an empty file takes its place
        kept = _set_aside(path, None)
        done = kept is not None and _make_empty(path)
    else:  # copied aside; the file loses the unsafe lines, every other byte stays
        kept = _set_aside(path, data)
        done = kept is not None and _replace(path, qt_ini.without(data, unsafe))
    if not done:
        if name not in _blocked:
            _blocked.add(name)
            notices.say(
                f"file:{name}",
                f"{path}: "
                + translate(
                    "Settings",
                    "cannot be read safely and could not be set aside (the folder cannot "
                    "be written): no preference is read or kept this time.",
                ),
                str(path),
            )
        return False
    _blocked.discard(name)
    if whole:
        line = translate("Settings", "%1, so none of it was used; the file was kept as %2").replace(
            "%1", whole
        )
    else:
        keys = ", ".join(visible(f"[{e.section}] {e.key}", 60) for e in unsafe[:5])
        line = translate(
            "Settings",
            "%1 held values of a kind Breathing Room never writes (@Variant); they were "
            "left out, and the original file was kept as %2",
        ).replace("%1", keys)
    notices.say(f"file:{kept}", f"{path}: {line.replace('%2', str(kept))}", str(path))
    try:
        status = path.stat()
        _guarded[name] = (status.st_size, status.st_mtime_ns, status.st_ino)
    except OSError:
        _guarded.pop(name, None)
    return True


def _set_aside(path: Path, data: bytes | None) -> Path | None:
    """Keep the original next to it under a new name: a copy of ``data``, or (None) the
    file itself, moved; None when that fails."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    for attempt in range(100):
        suffix = f"-{attempt}" if attempt else ""
        target = path.with_name(f"{path.stem}-set-aside-{stamp}{suffix}{path.suffix}")
        try:
            if data is None:
                if target.exists():
                    continue
                path.rename(target)
                return target
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
            handle = os.open(target, flags, paths.PRIVATE_FILE)
        except FileExistsError:
            continue
        except OSError:
            return None
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
        except OSError:
            target.unlink(missing_ok=True)
            return None
        return target
    return None


def _make_empty(path: Path) -> bool:
    try:
        paths.private_file(path)
    except OSError:
        return False
    return True


def _replace(path: Path, data: bytes) -> bool:
    out = QSaveFile(str(path))
    if not out.open(QIODevice.OpenModeFlag.WriteOnly):
        return False
    if out.write(data) != len(data):
        out.cancelWriting()
        return False
    return out.commit()


def problems_in(data: bytes) -> list[str]:
    """What in a settings file (its bytes) Breathing Room would not use — for checking
    a file before it becomes the settings file (a restore), without ``QSettings``
    reading it. Empty when every entry is safe and every declared key usable."""
    if len(data) > MAX_FILE_BYTES:
        return [
            translate("Settings", "larger than %1 KiB").replace("%1", str(MAX_FILE_BYTES // 1024))
        ]
    found: list[str] = []
    for entry in qt_ini.entries(data):
        line = _line_of(data, entry)
        key = f"{entry.section}/{entry.key}" if entry.section else entry.key
        if entry.decoded_by_qt:
            found.append(f"{line}: [{entry.section}] {entry.key}: @Variant")
            continue
        option = REGISTRY.get(key)
        if option is None:
            continue
        try:
            option.parse(_as_qt_gives(entry.value))
        except UnusableError as error:
            found.append(f"{line}: [{entry.section}] {entry.key}: {error.reason}")
    return found


def _as_qt_gives(value: str | list[str]) -> object:
    """What ``QSettings.value`` returns for an entry that is not decoded by QDataStream
    (``stringToVariant``: ``@ByteArray``, ``@@``; the geometry types are left as text,
    which no declared option accepts either)."""
    if isinstance(value, list):
        return value
    if value.startswith("@ByteArray(") and value.endswith(")"):
        return QByteArray(value[11:-1].encode("latin-1", "replace"))
    if value == "@Invalid()":
        return None
    if value.startswith("@@"):
        return value[1:]
    return value
