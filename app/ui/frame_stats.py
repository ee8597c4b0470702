"""Dropped frames, for the pacer bench: was every visible change painted, and in time?

The player wakes for the next *visible* change (``next_change_ms``), not at a fixed rate,
so "frames per second" says little. What a person sees is whether each change reached the
screen when it was due: a change painted more than one display refresh after its moment,
or replaced by a newer one before it was painted at all, is a dropped frame.

Measured from the player's own clock: the tick's due time (``Player.tick_due_ms``) to the
widget's paint event. Enabled by ``BREATHING_ROOM_FRAME_STATS=<file>``: a summary in JSON
is written there when the window closes. Not for users; it costs one event filter.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Slot

from app.session_host import SessionHost
from app.ui.pacer_widget import PacerWidget

REFRESH_MS = 1000 / 60  # one refresh of a 60 Hz display: later than this is a dropped frame


class FrameStats(QObject):
    def __init__(
        self, host: SessionHost, widget: PacerWidget, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._player = host.player
        self._widget = widget
        self._seen_changes = widget.changes
        self._owed: float | None = None  # due time of a change not painted yet
        self.lateness_ms: list[float] = []
        self.never_painted = 0
        self.worst: list[tuple[float, float]] = []  # (ms late, session position s), top 5
        # After the widget's own slot (connected first), so its change count is current.
        host.frame.connect(self._on_frame)
        widget.installEventFilter(self)

    @Slot(object)
    def _on_frame(self, _frame: object) -> None:
        if self._widget.changes == self._seen_changes:
            return
        self._seen_changes = self._widget.changes
        if self._owed is not None:
            self.never_painted += 1  # a newer change came before this one was painted
        self._owed = self._player.tick_due_ms

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and self._owed is not None:
            late = self._player.clock.now_ms() - self._owed
            self.lateness_ms.append(late)
            self._owed = None
            if late > REFRESH_MS:  # where in the session: a pattern points at a cause
                self.worst = sorted([*self.worst, (late, self._player.position_ms / 1000)])[-5:]
        return False

    def summary(self) -> dict[str, object]:
        painted = sorted(self.lateness_ms)

        def at(p: float) -> float:
            return painted[min(len(painted) - 1, int(p / 100 * len(painted)))] if painted else 0.0

        late = sum(1 for ms in painted if ms > REFRESH_MS)
        return {
            "changes": len(painted) + self.never_painted,
            "painted": len(painted),
            "late": late,
            "never_painted": self.never_painted,
            "dropped": late + self.never_painted,
            "p50_ms": at(50),
            "p99_ms": at(99),
            "max_ms": painted[-1] if painted else 0.0,
            "worst": [[round(ms, 1), round(at, 1)] for ms, at in reversed(self.worst)],
        }

    def write(self, path: Path) -> None:
        path.write_text(json.dumps(self.summary()) + "\n", encoding="utf-8")
