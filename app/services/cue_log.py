"""``--cues-to``: one JSON line per cue, as it fires, for external devices and for timing.

Each line: ``{"t_ms": …, "scheduled_ms": …, "kind": …, "breath": …, "exercise": …,
"side": …}``. ``t_ms`` is the player's position when the cue fired, by the monotonic clock
(milliseconds since the first segment began); ``scheduled_ms`` is when the timeline says
the segment begins, so ``t_ms - scheduled_ms`` is the cue's timing error.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QObject, Slot

from app.player import Player


class CueLog(QObject):
    def __init__(self, player: Player, stream: TextIO, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._player = player
        self._stream = stream
        self.failed = False
        player.cue.connect(self._write)

    @classmethod
    def open(cls, player: Player, target: str, parent: QObject | None = None) -> CueLog:
        """``-`` is standard output; anything else a file, truncated (a fresh log per run)."""
        stream = sys.stdout if target == "-" else Path(target).open("w", encoding="utf-8")  # noqa: SIM115
        return cls(player, stream, parent)

    @Slot(int)
    def _write(self, index: int) -> None:
        # Read the position first: the cue's moment is now, not after formatting.
        t_ms = self._player.position_ms
        timeline = self._player.timeline
        if timeline is None or self.failed:
            return
        segment = timeline.segments[index]
        record = {
            "t_ms": round(t_ms, 3),
            "scheduled_ms": segment.start_ms,
            "kind": segment.kind.value,
            "breath": segment.breath,
            "exercise": segment.exercise,
            "side": segment.side.value if segment.side else None,
        }
        try:
            self._stream.write(json.dumps(record) + "\n")
            self._stream.flush()  # a lamp or a haptic band reads the line now, not at exit
        except (OSError, ValueError):
            self.failed = True  # a closed pipe must not stop the session

    def close(self) -> None:
        if self._stream is not sys.stdout:
            self._stream.close()
