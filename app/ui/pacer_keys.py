"""The pacer window's keys, declared once: the window makes its shortcuts from this table,
and Help › Keyboard shortcuts lists the same table, so the list cannot go stale and needs
no pacer window to exist (one is made on first use; making one only to read its keys
would start its session host and, when closed, save its settings).

The names are marked with ``QT_TRANSLATE_NOOP`` so that ``lupdate`` finds them; they are
translated where they are shown (:func:`PacerKey.name`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from app.core.playback import Level
from app.core.problems import QT_TRANSLATE_NOOP  # lupdate's name; typed, unlike PySide6's
from app.player import Player
from app.services.i18n import translate


class PacerCommands(Protocol):
    """What a key can ask of the pacer window."""

    @property
    def player(self) -> Player: ...
    def toggle(self) -> None: ...
    def stop(self) -> None: ...
    def escape(self) -> None: ...
    def toggle_full_screen(self) -> None: ...
    def show_help(self) -> None: ...


@dataclass(frozen=True, slots=True)
class PacerKey:
    """One shortcut: its key (a key, or a standard key that may be several), what it is
    called (context and source text for ``translate``) and what it does."""

    key: Qt.Key | QKeySequence.StandardKey
    context: str
    text: str
    call: Callable[[PacerCommands], object]

    def name(self) -> str:
        return translate(self.context, self.text)

    def sequences(self) -> list[QKeySequence]:
        if isinstance(self.key, QKeySequence.StandardKey):
            return list(QKeySequence.keyBindings(self.key))
        return [QKeySequence(self.key)]


PACER_KEYS: tuple[PacerKey, ...] = (
    PacerKey(Qt.Key.Key_Space, "PacerWindow",
             QT_TRANSLATE_NOOP("PacerWindow", "Start, pause or go on"), lambda w: w.toggle()),
    PacerKey(Qt.Key.Key_Left, "PacerWindow", QT_TRANSLATE_NOOP("PacerWindow", "Previous breath"),
             lambda w: w.player.previous(Level.BREATH)),
    PacerKey(Qt.Key.Key_Right, "PacerWindow", QT_TRANSLATE_NOOP("PacerWindow", "Next breath"),
             lambda w: w.player.next(Level.BREATH)),
    PacerKey(Qt.Key.Key_Escape, "PacerWindow",
             QT_TRANSLATE_NOOP("PacerWindow", "Stop (asks first: press twice)"),
             lambda w: w.escape()),
    PacerKey(Qt.Key.Key_F, "PacerWindow", QT_TRANSLATE_NOOP("PacerWindow", "Full screen"),
             lambda w: w.toggle_full_screen()),
    PacerKey(QKeySequence.StandardKey.HelpContents, "HowToWindow",
             QT_TRANSLATE_NOOP("HowToWindow", "How to use Breathing Room"),
             lambda w: w.show_help()),
)  # fmt: skip
