"""What every start needs before its first window, shared by a first start
(``application.py``) and a second start's hand-over (``second_start.py``)."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core.requests import Request

if TYPE_CHECKING:
    from PySide6.QtCore import QObject


def has_display(environ: dict[str, str] | None = None) -> bool:
    """Whether Qt can open a window here (on X11/Wayland; other systems always can).

    Without this check Qt aborts the process with a core dump when no display is found.
    """
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return True
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def finish_interrupted_restore() -> None:
    """Before the main window reads the folders a crash-cut restore was changing; the
    restore code is imported only when something was left (one listing otherwise)."""
    from app.services import restore_marks

    if restore_marks.pending():
        from app.services import backup

        backup.finish_interrupted()


# Qt's own messages that say, in Qt's words, what the app already tells the person in its
# own (a notice, Preferences) or that only concern a platform without a window manager.
KNOWN_QT_NOISE = (
    "Couldn't load pipewire-0.3 library",
    "Couldn't resolve pipewire-0.3 symbols",
    "pa_context_connect() failed",
    "Using Qt multimedia with FFmpeg",
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",  # offscreen: a second start raises the window
)


def quiet_known_qt_noise() -> None:
    """Qt messages go to stderr as before, except the known noise above."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if kind is not QtMsgType.QtDebugMsg and not any(n in message for n in KNOWN_QT_NOISE):
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


class WindowKeeper:
    """Holds the main window of this run, and the one a language switch puts in its place
    (``MainWindow.replaced``): a top-level window lives as long as something holds it."""

    def __init__(self) -> None:
        self.window: QObject | None = None

    def keep(self, window: QObject) -> None:
        self.window = window
        window.replaced.connect(self.keep)  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class PacerStart:
    """``breathing-room pacer``: the pacer window on its own, as the command line asked.

    ``request`` holds what the command line said to play (its ``pattern`` or ``preset``,
    ``breaths`` or ``minutes``, ``prepare_s``); it is played only when it names a pattern or
    a preset. ``cues_to``: write each cue there (a file, ``-`` for standard output).
    ``close_when_done``: close the window once the session has ended."""

    request: Request
    cues_to: str | None = None
    close_when_done: bool = False

    @property
    def scripted(self) -> bool:
        """Run for a caller (cues written, or closed when done): see :func:`second_start.claim`."""
        return bool(self.cues_to or self.close_when_done)

    @property
    def plays(self) -> Request | None:
        """The request to play at once, if it names something to play."""
        return self.request if self.request.pattern or self.request.preset else None
