"""Spoken prompts through QtTextToSpeech (speech-dispatcher on Linux).

Imported and started only when a session with a voice starts. No engine, no voice for the
language, or an engine error: one ``problem`` message, and the earcons carry on alone.
``BREATHING_ROOM_TTS_ENGINE`` picks an engine by name (the tests use Qt's ``mock``).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Signal

from app.core.text import Lang
from app.services.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech


class Voice(QObject):
    """Signals: ``problem(str)`` once, when speech cannot work; ``spoken(str)`` per text."""

    problem = Signal(str)
    spoken = Signal(str)

    def __init__(self, lang: Lang, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lang: Lang = lang
        self._engine: QTextToSpeech | None = None
        self._reason = ""
        self._started = False

    @property
    def reason(self) -> str:
        return self._reason

    @property
    def engine_name(self) -> str:
        return self._engine.engine() if self._engine is not None else ""

    def start(self) -> bool:
        if self._started:
            return self._engine is not None
        self._started = True
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as error:
            return self._fail(
                translate("Speech", "Spoken prompts are not available: %1").replace(
                    "%1", str(error)
                )
            )
        wanted = os.environ.get("BREATHING_ROOM_TTS_ENGINE", "")
        engines = QTextToSpeech.availableEngines()
        if (wanted and wanted not in engines) or not engines:
            return self._fail(
                translate("Speech", "No speech engine was found, so prompts are not spoken; "
                          "the sounds still play. On Linux, install speech-dispatcher and a "
                          "voice (e.g. espeak-ng).")
            )  # fmt: skip
        engine = QTextToSpeech(wanted, self) if wanted else QTextToSpeech(self)
        if engine.state() is QTextToSpeech.State.Error:
            return self._fail(
                translate("Speech", "The speech engine reports an error: %1").replace(
                    "%1", engine.errorString()
                )
            )
        locale = QLocale(QLocale.Language.Dutch if self._lang == "nl" else QLocale.Language.English)
        if any(loc.language() == locale.language() for loc in engine.availableLocales()):
            engine.setLocale(locale)
        engine.errorOccurred.connect(
            lambda _reason, text: self._fail(
                translate("Speech", "The speech engine stopped: %1").replace("%1", text)
            )
        )
        self._engine = engine
        return True

    def say(self, text: str) -> bool:
        """Speak ``text`` now, cutting off what was still being said (never blocks)."""
        if not self._started:
            self.start()
        if self._engine is None or self._reason:
            return False
        self._engine.stop()
        self._engine.say(text)
        self.spoken.emit(text)
        return True

    def stop(self) -> None:
        if self._engine is not None:
            self._engine.stop()

    def _fail(self, reason: str) -> bool:
        if not self._reason:
            self._reason = reason
            self.problem.emit(reason)
        self._engine = None
        return False
