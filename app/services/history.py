"""Records every guided session as it plays, into the history in the user's data folder.

The player says what happens (segment changes, its state); the core's :class:`Tracker`
turns that into what each exercise has done; :class:`HistoryStore` writes it, one small
transaction each time an exercise moves on. A history that cannot be written turns into
one notice and the session goes on unrecorded: practice never waits for a disk.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from app.core.history import Feeling, Outcome, SessionRecord, Tracker
from app.core.history_db import HistoryError, HistoryStore
from app.core.timeline import Timeline
from app.player import Player, State
from app.services import i18n, paths, storage
from app.services.storage import changed_settings


def check_ins_wanted() -> bool:
    return paths.settings().value("history/check_ins", "true") == "true"


def set_check_ins(on: bool) -> None:
    with changed_settings() as settings:
        settings.setValue("history/check_ins", "true" if on else "false")


class SessionRecorder(QObject):
    """Signals: ``notice(str)`` once when the history cannot be read or written;
    ``recorded()`` after a session ended and was stored (the views refresh)."""

    notice = Signal(str)
    recorded = Signal()

    def __init__(self, player: Player, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._player = player
        self._store: HistoryStore | None = None
        self._opened = False
        self._session: int | None = None
        self._tracker: Tracker | None = None
        self._unwritten: set[int] = set()  # exercise positions changed since the last write
        self.last_session: int | None = None  # the one the after-session check-in is for
        player.segment_changed.connect(self._on_segment)
        player.state_changed.connect(self._on_state)
        storage.notices.recovered.connect(self._retry)

    @Slot()
    def _retry(self) -> None:
        """The folder can be written again: the next session opens the history anew."""
        if self._store is None:
            self._opened = False

    # -- the store ------------------------------------------------------------------------

    @property
    def store(self) -> HistoryStore | None:
        """The history, opened on first use; None when it cannot be kept (said once)."""
        if not self._opened:
            self._opened = True
            try:
                self._store = HistoryStore.open(paths.data_dir() / "history.sqlite3")
            except HistoryError as error:
                self._say(i18n.message_text(error.message))
                return None
            if self._store.problem is not None:
                self._say(i18n.message_text(self._store.problem))
        return self._store

    def sessions(self) -> list[SessionRecord]:
        store = self.store
        return store.sessions() if store is not None else []

    def _say(self, text: str) -> None:
        self.notice.emit(text)

    def _write(self, action: str, *args: object) -> bool:
        store = self.store
        if store is None:
            return False
        try:
            getattr(store, action)(*args)
        except HistoryError as error:
            self._say(i18n.message_text(error.message))
            self._store = None  # one notice; the rest of the run goes unrecorded
            return False
        return True

    # -- a session ------------------------------------------------------------------------

    def begin(self, timeline: Timeline, program: str | None) -> int | None:
        """A session is about to play ``timeline`` (call after loading, before start)."""
        self.finish(Outcome.STOPPED)  # a session still open ends here
        tracker = Tracker(timeline)
        store = self.store
        if store is None:
            return None
        try:
            session = store.begin(datetime.now(), tracker.ids, tracker.records(), program)
        except HistoryError as error:
            self._say(i18n.message_text(error.message))
            self._store = None
            return None
        self._session, self._tracker = session, tracker
        self.last_session = session
        return session

    def finish(self, outcome: Outcome) -> None:
        session, tracker = self._session, self._tracker
        if session is None or tracker is None:
            return
        self._session = self._tracker = None
        self._unwritten.clear()  # every record is written below
        if tracker.played_ms == 0:
            # Loaded but never practised (a resume not taken up, a start stopped at once):
            # not a session worth a line in the history.
            self._write("delete", session)
            self.last_session = None
            return
        for record in tracker.records():
            self._write("update", session, record, tracker.played_ms)
        self._write("end", session, datetime.now(), outcome, tracker.played_ms)
        self.recorded.emit()

    def check_in(
        self,
        session: int | None,
        before: int | None = None,
        after: int | None = None,
        feelings: dict[int, Feeling | None] | None = None,
    ) -> None:
        if session is None:
            return
        if before is not None or after is not None:
            self._write("set_pain", session, before, after)
        for position, feeling in (feelings or {}).items():
            self._write("set_feeling", session, position, feeling)
        self.recorded.emit()

    def delete(self, session: int) -> None:
        if self._write("delete", session):
            self.recorded.emit()

    @Slot(int)
    def _on_segment(self, index: int) -> None:
        tracker, session = self._tracker, self._session
        if tracker is None or session is None:
            return
        changed = tracker.moved_to(index)
        if changed and not self._unwritten:
            # The player says "segment changed" before it fires the cue: the write (a
            # transaction) waits until the tick is over, so it never delays a cue.
            QTimer.singleShot(0, self._write_changes)
        self._unwritten.update(changed)

    def _write_changes(self) -> None:
        tracker, session = self._tracker, self._session
        changed, self._unwritten = sorted(self._unwritten), set()
        if tracker is None or session is None:
            return
        for position in changed:
            self._write("update", session, tracker.record(position), tracker.played_ms)

    @Slot(str)
    def _on_state(self, state: str) -> None:
        if state == State.FINISHED:
            self.finish(Outcome.FINISHED)
        elif state == State.IDLE:
            self.finish(Outcome.STOPPED)

    def close(self) -> None:
        """At exit: a session still playing is recorded as stopped there."""
        self.finish(Outcome.STOPPED)
        if self._store is not None:
            self._store.close()
            self._store = None
            self._opened = False
