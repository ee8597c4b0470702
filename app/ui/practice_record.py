"""The practice record around a session: what hurt last time, pain before and after, and
the suggestion to move on in the book.

Kept apart from the main window, which only says "a session is wanted", "it began" and
"it ended"; the rules are the core's (``app.core.history``), the storing the recorder's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from app.core import history
from app.core.history import Done
from app.core.model import Catalogue
from app.core.text import Lang
from app.services import i18n, options, paths, storage
from app.services.history import SessionRecorder, check_ins_wanted
from app.session_host import IN_SESSION, SessionHost
from app.ui.checkin import AfterSession, PainCheckIn
from app.ui.session_view import SessionView


class PracticeRecord(QObject):
    """Signals: ``load_program(str)`` when the person takes up a suggested program."""

    load_program = Signal(str)

    def __init__(
        self,
        window: QWidget,
        host: SessionHost,
        catalogue: Catalogue,
        lang: Lang,
        flag: Callable[[dict[str, str]], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._catalogue = catalogue
        self._lang: Lang = lang
        self._flag = flag
        self._player = host.player
        assert host.recorder is not None, "the main window's host keeps a history"
        self.recorder: SessionRecorder = host.recorder
        self.recorder.recorded.connect(self.refresh)
        self.recorder.notice.connect(self._warn)
        self.recorder.cleared.connect(self._unwarn)
        self._pain_before: int | None = None
        # The list the person started from and what "Skip what hurt?" left out of it, for
        # the host to record the session as that list's programme (take_skipped).
        self._skipped: tuple[list[str], list[str]] | None = None
        self._programs = {
            pid: [item.exercise for item in program.items]
            for pid, program in catalogue.programs.items()
        }
        self.dialog: QDialog | QMessageBox | None = None  # the open question, for tests
        self.problem_box: QMessageBox | None = None
        self._held: str | None = None  # said during a session: boxed when it is over
        # Not connected to the host: the window calls on_state first, in its own order
        # (a held history problem is boxed before the after-session check-in opens).
        self._host = host
        self._waiting: Callable[[], None] | None = None  # a start waiting for the history
        self._asked: set[int] = set()  # sessions already asked about afterwards
        self.banner = self._build_banner()

    def _view(self) -> SessionView | None:
        view: SessionView | None = self._window.findChild(SessionView)
        return view

    def _warn(self, text: str) -> None:
        """The history could not be read or written: said in a box that stays until read
        (the status bar's line would be gone before anyone looks up from the mat). During
        a session it is said in the session's notice line instead, and the box waits for
        the session to end: a box would take the keyboard, and the next Space (pause)
        would go to it."""
        if storage.notices.covers(paths.data_dir()):
            return  # the window's banner already says that nothing is kept there
        if self._player.state in IN_SESSION:
            view = self._view()
            if view is not None:
                view.set_notice(text)
            self._held = text
            return
        self._box(text)

    def on_state(self, state: str) -> None:
        """The window passes the host's state on, before its own handling."""
        if state not in IN_SESSION and self._held is not None:
            QTimer.singleShot(0, self._show_held)  # after the window has taken the change

    def _show_held(self) -> None:
        text, self._held = self._held, None
        if text is not None and self._player.state not in IN_SESSION:
            self._box(text)

    def _box(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Practice history"), text,
                          QMessageBox.StandardButton.Ok, self._window)  # fmt: skip
        box.setObjectName("historyProblem")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.problem_box = box
        box.open()

    def _unwarn(self) -> None:
        """The history can be written again (another program let go of it): the box, or
        the session's notice line, that said it could not is no longer true."""
        said = self.recorder.blocked_text
        if self._held == said:
            self._held = None
        view = self._view()
        if view is not None and said and view.notice.text() == said:
            view.set_notice("")
        box, self.problem_box = self.problem_box, None
        if box is not None and shiboken6.isValid(box) and box.isVisible():
            box.close()

    # -- before ---------------------------------------------------------------------------

    def start(self, ids: list[str], play: Callable[[list[str]], bool]) -> None:
        """Ask what needs asking, then ``play`` the (possibly shortened) list; ``play``
        answers False when the session could not be played (and said why)."""
        sessions = self.recorder.sessions()
        if self.recorder.loading and not self.recorder.busy:
            # A long history is still being read (on the writer thread, a moment): what
            # hurt last time is not known yet, so the start waits for it. A locked one
            # does not hold up practice: that was said, and the start goes ahead.
            def read() -> None:
                self.recorder.ready.disconnect(read)
                self._waiting = None
                self.start(ids, play)

            if self._waiting is not None:  # asked twice: the last request is the one
                self.recorder.ready.disconnect(self._waiting)
            self._waiting = read
            self.recorder.ready.connect(read)
            return
        self._skipped = None
        hurt = history.hurt(sessions)
        sore = [i for i in dict.fromkeys(ids) if i in hurt]
        if sore:
            self._offer_skip(ids, sore, play)
        else:
            self._ask_pain(ids, play)

    def _offer_skip(
        self, ids: list[str], sore: list[str], play: Callable[[list[str]], bool]
    ) -> None:
        names = ", ".join(self._catalogue.exercises[i].name.get(self._lang) for i in sore)
        box = QMessageBox(self._window)
        box.setObjectName("skipHurt")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Skip what hurt?"))
        box.setText(
            self.tr("Last time you noted that this hurt: %1. Skip it in this session?").replace(
                "%1", names
            )
        )
        box.setInformativeText(
            self.tr("If an exercise hurts again, leave it out and ask your physiotherapist.")
        )
        skip = box.addButton(self.tr("Skip it"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(skip)

        def answered() -> None:
            kept = [i for i in ids if i not in sore] if box.clickedButton() is skip else ids
            self.dialog = None
            if kept != ids:  # the session stays the programme it was, with what was left out
                self._skipped = (list(ids), list(sore))
            if kept:
                self._ask_pain(kept, play)

        box.finished.connect(answered)
        self.dialog = box
        box.open()

    def _ask_pain(self, ids: list[str], play: Callable[[list[str]], bool]) -> None:
        self._pain_before = None
        if not check_ins_wanted():
            self._play(ids, play)
            return
        # Large when the session will open in focus mode: the person is going to the mat.
        dialog = PainCheckIn(self._window, large=options.FOCUS_MODE.read())

        def answered() -> None:
            dialog.finished.disconnect(answered)  # finished can come twice (accept + Esc)
            self._pain_before = dialog.value
            self.dialog = None
            self._play(ids, play)

        dialog.finished.connect(answered)
        self.dialog = dialog
        dialog.open()

    def _play(self, ids: list[str], play: Callable[[list[str]], bool]) -> None:
        if not play(ids):  # not played (said by the window): the pain noted belongs to none
            self._pain_before = None
        self._skipped = None  # taken by the host's load, or belonging to no session

    def take_skipped(self) -> tuple[list[str] | None, list[str]]:
        """The list the person started from and what "Skip what hurt?" left out of it, once
        ((None, []) when nothing was skipped): ``SessionHost.load`` records the shortened
        session as that list's programme, so following the app's advice costs no progress."""
        taken, self._skipped = self._skipped, None
        return taken if taken is not None else (None, [])

    def take_pain_before(self) -> int | None:
        """The pain noted at the check-in before this session, once (the host records it
        with the session it begins: ``SessionHost.load``)."""
        pain, self._pain_before = self._pain_before, None
        return pain

    # -- after ----------------------------------------------------------------------------

    def ended(self) -> None:
        """A session finished or was stopped: ask how it went (if anything was done)."""
        QTimer.singleShot(0, self._ask_after)  # after the recorder has written the end

    def _ask_after(self) -> None:
        session = self.recorder.last_session
        record = next((s for s in self.recorder.sessions() if s.id == session), None)
        if record is None or record.played_ms <= 0 or not check_ins_wanted():
            return
        if record.id in self._asked or self.dialog is not None:
            return  # asked already
        self._asked.add(record.id)
        done = [
            (r.position, self._catalogue.exercises[r.exercise].name.get(self._lang))
            for r in record.exercises
            if r.done is not Done.SKIPPED and r.exercise in self._catalogue.exercises
        ]
        # At focus mode's size after a session followed in focus mode: read from the mat.
        view = self._view()
        large = view is not None and view.focus_mode
        closing = view.closing_words() if view is not None else ""
        dialog = AfterSession(done, self._window, large=large, closing=closing)

        def answered(result: int) -> None:
            self.dialog = None
            if result == QDialog.DialogCode.Accepted:
                self.recorder.check_in(session, after=dialog.pain, feelings=dialog.feelings())

        dialog.finished.connect(answered)
        self.dialog = dialog
        dialog.open()

    # -- what the history says -------------------------------------------------------------

    def refresh(self) -> None:
        sessions = self.recorder.sessions()
        flags = {
            eid: self.tr(
                "It hurt on %1: consider skipping it, or ask your physiotherapist."
            ).replace("%1", when.strftime("%d-%m-%Y"))
            for eid, when in history.hurt(sessions).items()
        }
        self._flag(flags)
        self._show_suggestion(history.suggest(sessions, self._catalogue.path, datetime.now()))

    def _build_banner(self) -> QFrame:
        banner = QFrame()
        banner.setObjectName("suggestionBanner")
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        row = QHBoxLayout(banner)
        self._suggestion_text = QLabel()
        self._suggestion_text.setObjectName("suggestionText")
        self._suggestion_text.setWordWrap(True)
        self._take = QPushButton()
        self._take.setObjectName("takeSuggestion")
        later = QPushButton(self.tr("Not now"))
        later.setObjectName("snoozeSuggestion")
        later.setToolTip(self.tr("Ask again in a week"))
        row.addWidget(self._suggestion_text, 1)
        row.addWidget(self._take)
        row.addWidget(later)
        self._take.clicked.connect(self._take_suggestion)
        later.clicked.connect(self._snooze)
        self._suggested: str | None = None
        banner.hide()
        return banner

    def _show_suggestion(self, suggestion: history.Suggestion | None) -> None:
        snoozed = options.SUGGESTION_SNOOZED.read()
        if suggestion is not None and snoozed.startswith(f"{suggestion.next}@"):
            until = snoozed.split("@", 1)[1]
            try:  # a snooze further ahead than a snooze can be was made by a wrong clock
                holds = history.snooze_holds(
                    datetime.fromisoformat(until).date(), datetime.now().date()
                )
            except ValueError:
                holds = False
            if holds:
                suggestion = None
        programs = self._catalogue.programs
        if suggestion is None or suggestion.next not in programs:
            self._suggested = None
            self.banner.hide()
            return
        self._suggested = suggestion.next
        name = programs[suggestion.next].name.get(self._lang)
        self._suggestion_text.setText(
            self.tr("Ready for the next step: %1? %2").replace("%1", name)
            .replace("%2", i18n.message_text(suggestion.reason))
        )  # fmt: skip
        self._take.setText(self.tr("Load %1").replace("%1", name))
        self.banner.show()

    def _take_suggestion(self) -> None:
        if self._suggested:
            self.load_program.emit(self._suggested)
            self._snooze()

    def _snooze(self) -> None:
        if self._suggested:
            until = datetime.now().date().toordinal() + 7
            day = datetime.fromordinal(until).date().isoformat()
            options.SUGGESTION_SNOOZED.write(f"{self._suggested}@{day}")
        self._suggested = None
        self.banner.hide()

    def close(self) -> None:
        self.recorder.close()
