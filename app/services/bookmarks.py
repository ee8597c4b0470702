"""The resume bookmark: where a session was when the app closed halfway.

Kept off the player's tick: the tick only notes the position (a float), and the bookmark is
worked out and written after the tick, as the history's writes are (``history.py``). A
settings write takes a lock file and a disk sync (``QSettings``); inside the tick it would
delay the cue that follows the segment change by that much.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence

from PySide6.QtCore import QObject, QTimer

from app.core.guide import Bookmark, bookmark_at
from app.core.timeline import Timeline
from app.services import options

KEY = options.BOOKMARK.key  # where in the settings file (tests look there)


class BookmarkStore(QObject):
    """One per session host. Reads and forgets through ``options.BOOKMARK`` (a damaged one is
    forgotten there, with a notice); :meth:`flush` writes what is waiting at once."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeline: Timeline | None = None
        self._order: tuple[str, ...] = ()
        self._position_ms: float | None = None  # noted on the tick, not yet looked at
        self._last: Bookmark | None = None  # the one written last (or held at a resume)
        self._scheduled = False

    def follow(self, timeline: Timeline, order: Sequence[str]) -> None:
        """A new session: its bookmarks are computed over ``timeline``'s exercises."""
        self._timeline = timeline
        self._order = tuple(order)
        self._position_ms = None
        self._last = None

    def held_at(self, bookmark: Bookmark) -> None:
        """A resumed session waits at ``bookmark``: it is stored already, not again."""
        self._last = bookmark

    def note(self, position_ms: float) -> None:
        """On the tick (a segment began): only remember where; the rest after the tick."""
        self._position_ms = position_ms
        if not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self.flush)

    def flush(self) -> None:
        """Work out and write the bookmark noted last, if it changed (also at close)."""
        self._scheduled = False
        position, timeline = self._position_ms, self._timeline
        self._position_ms = None
        if position is None or timeline is None:
            return
        bookmark = bookmark_at(timeline, self._order, position)
        if bookmark is not None and bookmark != self._last:
            self._last = bookmark
            options.BOOKMARK.write(bookmark)

    def forget(self) -> None:
        """Stopped on purpose or finished: no resume offer next time."""
        self._position_ms = None
        self._last = None
        options.save(options.BOOKMARK.forget())

    @property
    def current(self) -> Bookmark | None:
        """The bookmark of the session playing now (after the last segment change)."""
        self.flush()
        return self._last

    def saved(self, known: Collection[str]) -> Bookmark | None:
        """The stored bookmark when every one of its exercises is in ``known``; else None.
        A bookmark that cannot be read is forgotten, with a notice (``options.BOOKMARK``)."""
        self.flush()
        bookmark = options.BOOKMARK.read()
        if bookmark is None or not all(i in known for i in bookmark.exercises):
            return None
        return bookmark

    def as_json(self) -> str | None:
        """The stored bookmark as JSON (tests and diagnostics), after what is waiting."""
        self.flush()
        bookmark = options.BOOKMARK.read()
        return json.dumps(bookmark.to_dict()) if bookmark is not None else None
