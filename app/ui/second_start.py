"""One app per data folder: a second start hands over to the first and ends.

A window start claims the data folder (``services/single_instance.py``) or asks the app
that holds it to come forward; this module is both sides of that: the claim and what the
running app does when asked.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from app.core.model import Catalogue
from app.core.problems import Problem
from app.core.text import Lang
from app.services.i18n import translate
from app.ui.startup import (
    PacerStart,
    WindowKeeper,
    finish_interrupted_restore,
    has_display,
    quiet_known_qt_noise,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.services.single_instance import Answer, Ask, Claim
    from app.ui.pacer_window import PacerWindow


def claim(lang: Lang, pacer: PacerStart | None) -> tuple[Claim | None, int | None]:
    """This start's claim on the data folder, or the exit status after handing over.

    A window start claims the data folder, or asks the app that holds it to come forward:
    ``breathing-room`` to show its main window, ``breathing-room pacer`` to open its pacer
    (and play the pattern or preset asked for, unless the pacer is playing already). One
    process then owns the history, the saved sessions, the preferences, the sound output
    and the screen inhibitor, and a person never has two pacers breathing over each other.

    A scripted pacer (``--cues-to`` or ``--close-when-done``) neither claims nor asks: its
    cues belong to the caller's file or standard output and its window to the caller's
    run, which the app's own pacer cannot give. It records no history and only writes the
    pacer's last choice to the preferences, which ``QSettings`` merges under its own lock.
    """
    from app.services import single_instance

    if pacer is not None and pacer.scripted:
        return None, None
    ask = single_instance.Ask("show")
    if pacer is not None:
        wanted = pacer.request
        ask = single_instance.Ask(
            "pacer", wanted.pattern, wanted.preset, wanted.breaths, wanted.minutes, wanted.prepare_s
        )
    try:
        single_instance.Ask.parse(ask.to_line())
    except single_instance.AskError:
        return None, None  # a request no one could play: the checks below say why
    outcome = single_instance.claim_or_hand_over(ask)
    if isinstance(outcome, single_instance.Claim):
        return outcome, None
    command = "breathing-room pacer" if pacer is not None else "breathing-room"
    if isinstance(outcome, single_instance.Unavailable):
        print(
            f"{command}: cannot make sure this is the only Breathing Room window "
            f"({outcome.reason}); starting anyway.",
            file=sys.stderr,
        )
        return None, None
    if isinstance(outcome, single_instance.HandedOver):
        if outcome.answer.text:
            print(f"{command}: {outcome.answer.text}", file=sys.stderr)
        return None, 0 if outcome.answer.ok else 2
    _say_no_answer(lang, command, outcome.pid)
    return None, 1


def _say_no_answer(lang: Lang, command: str, pid: int) -> None:
    """The running app did not answer: said on the terminal, and in a box when started from
    the desktop, where nobody reads the terminal."""
    text = (
        f"Breathing Room is already running (process {pid}) but did not answer within "
        f"{single_instance_deadline_s()} s. Close it, or end process {pid}, and start again."
    )
    print(f"{command}: {text}", file=sys.stderr)
    if not has_display():
        return
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.services import i18n

    quiet_known_qt_noise()
    app = QApplication.instance() or QApplication(["breathing-room"])
    del app
    i18n.install(lang)
    QMessageBox.warning(
        None,
        translate("Application", "Breathing Room"),
        translate(
            "Application",
            "Breathing Room is already running (process %1) but did not answer within %2 s. "
            "Close it, or end process %1, and start again.",
        )
        .replace("%1", str(pid))
        .replace("%2", str(single_instance_deadline_s())),
    )


def single_instance_deadline_s() -> int:
    from app.services.single_instance import DEADLINE_MS

    return DEADLINE_MS // 1000


def listen(claim: Claim, front: Front) -> None:
    if claim.listen(front.answer):
        log("ready")


def log(what: str) -> None:
    """For the tests of the single instance: what a second start made this one do."""
    if os.environ.get("BREATHING_ROOM_INSTANCE_LOG") == "1":
        print(f"instance: {what}", flush=True)


class Front:
    """What a second start reaches in this process: its main window and its pacer."""

    def __init__(self, catalogue: Catalogue, lang: Lang, user_problems: list[Problem]) -> None:
        self._catalogue = catalogue
        self._lang: Lang = lang
        self._user_problems = user_problems
        self._keeper = WindowKeeper()  # a main window opened here, and its successors

    def answer(self, ask: Ask) -> Answer:
        from app.services.single_instance import Answer

        if ask.command == "show":
            bring_forward(self._main_window())
            log("show")
            return Answer(True)
        return self._pacer(ask)

    def _pacer(self, ask: Ask) -> Answer:
        from PySide6.QtWidgets import QApplication

        from app.core.problems import MessageError
        from app.core.requests import Request
        from app.player import State
        from app.services import i18n
        from app.services.single_instance import Answer
        from app.ui.main_window import MainWindow

        request = None
        if ask.pattern or ask.preset:
            request = Request(
                pattern=ask.pattern,
                preset=ask.preset,
                breaths=ask.breaths,
                minutes=ask.minutes,
                prepare_s=ask.prepare_s,
            )
            try:
                request.build(self._catalogue)  # checked before anything changes
            except MessageError as error:
                return Answer(False, i18n.message_text(error.message))
        session = next(
            (w for w in QApplication.topLevelWidgets()
             if isinstance(w, MainWindow) and w.in_session),
            None,
        )  # fmt: skip
        if session is not None:
            # A guided session is playing (or paused) in the main window: a pacer breathing
            # over it would give two rhythms at once. The session comes forward instead.
            note = translate(
                "Application",
                "A session is under way in the main window of the running Breathing Room; "
                "the pacer was not started. Stop the session first to use the pacer.",
            )
            bring_forward(session)
            session.say(note)
            log("pacer refused: a session is under way")
            return Answer(True, note)
        pacer = self._pacer_window()
        bring_forward(pacer)
        note = ""
        if request is not None:
            if pacer.player.state in (State.IDLE, State.FINISHED):
                pacer.choose(request)
                pacer.start(prepare_s=request.prepare_s)
            else:
                note = translate(
                    "Application",
                    "The pacer of the running Breathing Room is playing; it was brought "
                    "forward and goes on as it was.",
                )
        log("pacer")
        return Answer(True, note)

    def _main_window(self) -> QWidget:
        from PySide6.QtWidgets import QApplication

        from app.ui.main_window import MainWindow

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                return widget
        # This process was started as the pacer: the main window opens here, after what a
        # start of the main window does first (see _open).
        finish_interrupted_restore()
        window = MainWindow(self._catalogue, self._lang, self._user_problems)
        self._keeper.keep(window)
        window.show()
        window.after_first_paint(window.offer_resume)
        return window

    def _pacer_window(self) -> PacerWindow:
        from PySide6.QtWidgets import QApplication

        from app.ui.main_window import MainWindow
        from app.ui.pacer_window import PacerWindow

        windows = QApplication.topLevelWidgets()
        for widget in windows:
            if isinstance(widget, PacerWindow) and widget.parent() is None:
                return widget  # this process was started as the pacer
        main = next(w for w in windows if isinstance(w, MainWindow))
        return main.open_pacer()


def bring_forward(window: QWidget) -> None:
    """Shown, not minimised, raised and asked to be active. (A desktop may still only mark
    it as wanting attention: focus-stealing prevention is the desktop's to decide.)"""
    from PySide6.QtCore import Qt

    if window.isHidden():
        window.show()
    if window.isMinimized():
        window.setWindowState(
            (window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
        )
    window.raise_()
    window.activateWindow()
