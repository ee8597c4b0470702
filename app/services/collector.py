"""Garbage collection between cues, not during them.

A full collection of Python's cyclic garbage collector can take tens of milliseconds; the
10-minute pacer benchmark caught cues 17-22 ms late at the same moments run after run, and
none with the collector off (p99 17.4 → 6.6 ms). So while any player plays, automatic
collection is off, and the youngest generations are collected right after a cue, when the
next boundary is far; a full collection runs when nothing plays.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer, Slot

from app.player import Player, State

# After a cue, collect only when the next boundary is at least this far away.
QUIET_MS = 400

_playing: set[int] = set()  # ids of the players now playing


class CollectBetweenCues(QObject):
    """Attach to a player (as its child): it owns the collector's timing while it plays.

    ``listen=False``: a session host calls :meth:`on_state` and :meth:`on_cue` in its own
    order (``app/session_host.py``) instead of this object listening to the player."""

    def __init__(self, player: Player, *, listen: bool = True) -> None:
        super().__init__(player)
        self._player = player
        if listen:
            player.state_changed.connect(self.on_state)
            player.cue.connect(self.on_cue)
        key = id(player)
        player.destroyed.connect(lambda: self._forget(key))

    @Slot(str)
    def on_state(self, state: str) -> None:
        key = id(self._player)
        if state in (State.PREPARING, State.RUNNING):
            _playing.add(key)
            gc.disable()
        else:
            self._forget(key)

    @staticmethod
    def _forget(key: int) -> None:
        was_playing = key in _playing
        _playing.discard(key)
        if was_playing and not _playing:
            gc.enable()
            QTimer.singleShot(0, gc.collect)  # after this event: never inside a cue

    @Slot(int)
    def on_cue(self, _index: int) -> None:
        frame = self._player.current_frame()
        if frame is not None and frame.segment_left_ms >= QUIET_MS:
            QTimer.singleShot(0, lambda: gc.collect(1))
