"""Earcons through QtMultimedia: preloaded ``QSoundEffect``s, one per earcon.

QtMultimedia is imported only when the first session starts (it costs start-up time the
first window does not need). Nothing here may stop or stall a session: a missing device,
a missing backend or a broken file turns into one ``problem`` message and silence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal

from app.bundle import resources_path
from app.core.earcons import Earcon

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect


def _tr(text: str) -> str:
    return QCoreApplication.translate("Sound", text)


class SoundCues(QObject):
    """Signals: ``problem(str)``, once, when sound cannot play (the session goes on)."""

    problem = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effects: dict[Earcon, QSoundEffect] = {}
        self._volume = 0.8
        self._muted = False
        self._reason = ""
        self._loaded = False

    # -- state --------------------------------------------------------------------------

    @property
    def reason(self) -> str:
        """Why there is no sound ('' when there is, or when not yet tried)."""
        return self._reason

    @property
    def volume(self) -> float:
        return self._volume

    def set_volume(self, volume: float) -> None:
        self._volume = min(1.0, max(0.0, volume))
        for effect in self._effects.values():
            effect.setVolume(self._volume)

    @property
    def muted(self) -> bool:
        return self._muted

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        for effect in self._effects.values():
            effect.setMuted(muted)

    # -- playing ------------------------------------------------------------------------

    def load(self) -> bool:
        """Preload every earcon; False (with :attr:`reason`) when sound is unavailable."""
        if self._loaded:
            return not self._reason
        self._loaded = True
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as error:  # a bundle without QtMultimedia
            return self._fail(_tr("Sound is not available: %1").replace("%1", str(error)))
        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            return self._fail(
                _tr("No sound output was found. Sessions go on silently; check that a "
                    "speaker or headphones are connected and that the sound server runs.")
            )  # fmt: skip
        folder = resources_path() / "sounds"
        for earcon in Earcon:
            path = folder / f"{earcon.value}.wav"
            if not path.exists():
                return self._fail(_tr("A sound file is missing: %1").replace("%1", str(path)))
            effect = QSoundEffect(device, self)
            effect.setObjectName(f"earcon:{earcon.value}")
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(self._volume)
            effect.setMuted(self._muted)
            effect.statusChanged.connect(self._check)
            self._effects[earcon] = effect
        return True

    def play(self, earcon: Earcon) -> bool:
        """Start ``earcon`` now; False when it cannot (never raises, never blocks)."""
        if not self._loaded:
            self.load()
        effect = self._effects.get(earcon)
        if effect is None or self._reason:
            return False
        effect.stop()  # a new breath cuts the tail of the last one of its kind
        effect.play()
        return True

    def _check(self) -> None:
        from PySide6.QtMultimedia import QSoundEffect

        for earcon, effect in self._effects.items():
            if effect.status() is QSoundEffect.Status.Error:
                self._fail(
                    _tr("The sound “%1” cannot be played; sessions go on silently.").replace(
                        "%1", earcon.value
                    )
                )
                return

    def _fail(self, reason: str) -> bool:
        if not self._reason:
            self._reason = reason
            self.problem.emit(reason)
        return False
