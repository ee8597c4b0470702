"""Starting a window: the application object, translations, the catalogue, error hooks.

The command line (``app/cli.py``) reads the arguments and calls :func:`run`; this module
never looks at them (the CLI sits above the UI: see docs/architecture.md, "Layers").
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from app import APP_ID
from app.bundle import catalogue_path
from app.core.files import load_catalogues
from app.core.text import Lang
from app.services import paths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from app.core.model import Catalogue
    from app.core.problems import Problem
    from app.core.requests import Request
    from app.services.single_instance import Answer, Ask, Claim
    from app.ui.pacer_window import PacerWindow


@dataclass(frozen=True, slots=True)
class PacerStart:
    """``breathing-room pacer``: the pacer window on its own, as the command line asked.

    ``request`` holds what the command line said to play (its ``pattern`` or ``preset``,
    ``breaths`` or ``minutes``, ``prepare_s``); it is played only when it names a pattern or
    a preset. ``cues_to``: write each cue there (a file, ``-`` for standard output).
    ``close_when_done``: close the window once the session has ended."""

    request: Request
    cues_to: str | None = None
    close_when_done: bool = False

    @property
    def scripted(self) -> bool:
        """Run for a caller (cues written, or closed when done): see :func:`_claim`."""
        return bool(self.cues_to or self.close_when_done)

    @property
    def plays(self) -> Request | None:
        """The request to play at once, if it names something to play."""
        return self.request if self.request.pattern or self.request.preset else None


def has_display(environ: dict[str, str] | None = None) -> bool:
    """Whether Qt can open a window here (on X11/Wayland; other systems always can).

    Without this check Qt aborts the process with a core dump when no display is found.
    """
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return True
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """An error in a slot must not vanish or kill the app with a traceback on screen."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.services import crash

    report = crash.write_report(kind, error, tb)
    parent = QApplication.activeWindow()
    text = QApplication.translate("Application", "Something went wrong: %1").replace(
        "%1", str(error)
    )
    if report:
        text += "\n\n" + QApplication.translate("Application", "A report was saved to %1.").replace(
            "%1", str(report)
        )
    QMessageBox.critical(parent, QApplication.translate("Application", "Breathing Room"), text)


def run(lang: Lang, pacer: PacerStart | None = None) -> int:
    """Open the main window, or with ``pacer`` the pacer on its own; or, when this data
    folder's app already runs, ask it to do so and end (see
    :mod:`app.services.single_instance` and :func:`_claim`)."""
    claim, status = _claim(lang, pacer)
    if status is not None:
        return status
    try:
        return _open(lang, pacer, claim)
    finally:
        if claim is not None:
            claim.release()


def _finish_interrupted_restore() -> None:
    """Before the main window reads the folders a crash-cut restore was changing; the
    restore code is imported only when something was left (one listing otherwise)."""
    from app.services import restore_marks

    if restore_marks.pending():
        from app.services import backup

        backup.finish_interrupted()


def _open(lang: Lang, pacer: PacerStart | None, claim: Claim | None) -> int:
    from app.core.problems import MessageError

    # A restore a crash cut short is finished (or undone) before anything is read from the
    # folders it was changing; the main window's recorder says so (the pacer alone has no
    # place to say it, and leaves it to the next start of the main window).
    if pacer is None:
        _finish_interrupted_restore()
    # Kept in the cache folder between starts: a start with unchanged files reads no YAML.
    loaded = load_catalogues(catalogue_path(), paths.user_catalogue(), paths.catalogue_cache())
    request = None
    if pacer is not None and loaded.catalogue is not None and pacer.plays is not None:
        request = pacer.plays
        try:
            request.build(loaded.catalogue)  # check it before opening anything
        except MessageError as error:
            print(f"breathing-room pacer: {error.message.render()}", file=sys.stderr)
            return 2
    if not has_display():
        print(
            "breathing-room: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set); "
            "windows need a desktop session. The commands 'list', 'validate' and 'timeline' "
            "work without one.",
            file=sys.stderr,
        )
        return 1

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.services import appearance, i18n

    _quiet_known_qt_noise()
    app = QApplication.instance() or QApplication(["breathing-room"])
    assert isinstance(app, QApplication)
    paths.set_identity()
    app.setApplicationDisplayName(QApplication.translate("Application", "Breathing Room"))
    app.setDesktopFileName(APP_ID)
    from app.ui.icons import icon

    app.setWindowIcon(icon("breathing-room"))  # the same drawing as the desktop's icon
    i18n.install(lang)
    appearance.apply(appearance.Appearance.load())
    appearance.follow_system()
    sys.excepthook = _excepthook

    if loaded.catalogue is None:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            app.translate("Application", "Breathing Room"),
            app.translate(
                "Application",
                "The exercise catalogue that comes with Breathing Room cannot be read. "
                "Please reinstall the app.",
            ),
        )
        box.setDetailedText("\n".join(i18n.problem_text(p) for p in loaded.bundled_problems))
        box.exec()
        return 1

    if claim is not None:  # once the event loop runs, when the window is there to answer
        front = _Front(loaded.catalogue, lang, loaded.user_problems)
        QTimer.singleShot(0, lambda: _listen(claim, front))

    if pacer is not None:
        return _run_pacer(app, loaded.catalogue, lang, pacer, request)

    from app.ui.main_window import MainWindow

    window = MainWindow(loaded.catalogue, lang, loaded.user_problems)
    if os.environ.get("BREATHING_ROOM_QUIT_AFTER_PAINT") == "1":
        _quit_after_first_paint(window)
    window.show()
    QTimer.singleShot(0, window.offer_resume)  # after the first paint: the window is there
    _settle_garbage_collector()
    return app.exec()


def _quit_after_first_paint(window: QWidget) -> None:
    """For the bundle's smoke test and the start-up benchmark: say when the window has
    first been painted, then quit (``BREATHING_ROOM_QUIT_AFTER_PAINT=1``). Any widget of
    the window counts: a window whose content fills it whole (the pacer's scroll area)
    never paints itself."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    app: QApplication = instance

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if (
                event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and watched.window() is window
            ):
                app.removeEventFilter(self)
                print(f"first paint: {window.objectName()}", flush=True)  # the smoke test reads it
                QTimer.singleShot(0, QApplication.quit)
            return False

    app.installEventFilter(FirstPaint(window))


# Qt's own messages that say, in Qt's words, what the app already tells the person in its
# own (a notice, Preferences) or that only concern a platform without a window manager.
KNOWN_QT_NOISE = (
    "Couldn't load pipewire-0.3 library",
    "Couldn't resolve pipewire-0.3 symbols",
    "pa_context_connect() failed",
    "Using Qt multimedia with FFmpeg",
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",  # offscreen: a second start raises the window
)


def _quiet_known_qt_noise() -> None:
    """Qt messages go to stderr as before, except the known noise above."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if kind is not QtMsgType.QtDebugMsg and not any(n in message for n in KNOWN_QT_NOISE):
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


# The longest earcon (the session-end chord) is 2 s; closing sooner would cut it off.
CLOSE_AFTER_MS = 2_200


def _settle_garbage_collector() -> None:
    """Keep full collections out of the pacer's way.

    After start-up nearly every object (Qt's bindings, the catalogue, the windows) lives as
    long as the app. ``gc.freeze()`` moves them out of the collector's sight, so a full
    collection no longer walks them all, which could delay a cue by several milliseconds.
    """
    import gc

    gc.collect()
    gc.freeze()


def _run_pacer(
    app: QApplication,
    catalogue: Catalogue,
    lang: Lang,
    pacer: PacerStart,
    request: Request | None,
) -> int:
    from PySide6.QtCore import QTimer

    from app.core.text import visible
    from app.services.cue_log import CueLog, CueTargetError, open_target
    from app.ui.pacer_window import PacerWindow

    # The target first, before any window: refused with its reason, never waited for.
    cue_target = None
    if pacer.cues_to is not None:
        try:
            cue_target = open_target(pacer.cues_to)
        except CueTargetError as error:
            shown = visible(pacer.cues_to, None)  # bidi controls and the like as escapes
            print(f"breathing-room pacer: --cues-to {shown}: {error}", file=sys.stderr)
            return 2
    window = PacerWindow(catalogue, lang)
    log = None
    if cue_target is not None and pacer.cues_to is not None:
        log = CueLog(window.player, cue_target, window, pacer.cues_to)
        log.problem.connect(window.guidance.notice)  # said once, in the notice line
    if pacer.close_when_done:
        # After the session-end chord has sounded, not on top of it.
        window.finished.connect(lambda: QTimer.singleShot(CLOSE_AFTER_MS, window.close))

        # A stall or a sleep pauses the session (the cue log writes a "paused" line). No
        # one is there to press Space in a run that closes itself: it says so on standard
        # error and goes on at once (a "resumed" line), instead of waiting until killed.
        def go_on(_away_ms: float) -> None:
            going_on = app.translate(
                "Application",
                "With --close-when-done no one is there to press Space: the session goes on "
                "at once.",
            )
            for line in (window.sleep_notice, going_on):
                print(f"breathing-room pacer: {line}", file=sys.stderr)
            QTimer.singleShot(0, window.player.resume)  # after every listener heard it

        window.player.slept.connect(go_on)
    if os.environ.get("BREATHING_ROOM_QUIT_AFTER_PAINT") == "1":
        _quit_after_first_paint(window)
    stats = None
    if os.environ.get("BREATHING_ROOM_FRAME_STATS"):  # the pacer bench's dropped frames
        from app.ui.frame_stats import FrameStats

        stats = FrameStats(window.player, window.pacer, window)
    window.show()
    _settle_garbage_collector()
    if request is not None:
        window.choose(request)
        window.start(prepare_s=request.prepare_s)
    status = app.exec()
    if log is not None and not log.close() and status == 0:
        status = 1  # played, but not every cue was written (said on standard error)
    if stats is not None:
        stats.write(Path(os.environ["BREATHING_ROOM_FRAME_STATS"]))
    return status


# -- one instance per data folder ---------------------------------------------------------


def _claim(lang: Lang, pacer: PacerStart | None) -> tuple[Claim | None, int | None]:
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

    _quiet_known_qt_noise()
    app = QApplication.instance() or QApplication(["breathing-room"])
    del app
    i18n.install(lang)
    QMessageBox.warning(
        None,
        QApplication.translate("Application", "Breathing Room"),
        QApplication.translate(
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


def _listen(claim: Claim, front: _Front) -> None:
    if claim.listen(front.answer):
        _log("ready")


def _log(what: str) -> None:
    """For the tests of the single instance: what a second start made this one do."""
    if os.environ.get("BREATHING_ROOM_INSTANCE_LOG") == "1":
        print(f"instance: {what}", flush=True)


class _Front:
    """What a second start reaches in this process: its main window and its pacer."""

    def __init__(self, catalogue: Catalogue, lang: Lang, user_problems: list[Problem]) -> None:
        self._catalogue = catalogue
        self._lang: Lang = lang
        self._user_problems = user_problems

    def answer(self, ask: Ask) -> Answer:
        from app.services.single_instance import Answer

        if ask.command == "show":
            _bring_forward(self._main_window())
            _log("show")
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
            note = QApplication.translate(
                "Application",
                "A session is under way in the main window of the running Breathing Room; "
                "the pacer was not started. Stop the session first to use the pacer.",
            )
            _bring_forward(session)
            session.say(note)
            _log("pacer refused: a session is under way")
            return Answer(True, note)
        pacer = self._pacer_window()
        _bring_forward(pacer)
        note = ""
        if request is not None:
            if pacer.player.state in (State.IDLE, State.FINISHED):
                pacer.choose(request)
                pacer.start(prepare_s=request.prepare_s)
            else:
                note = QApplication.translate(
                    "Application",
                    "The pacer of the running Breathing Room is playing; it was brought "
                    "forward and goes on as it was.",
                )
        _log("pacer")
        return Answer(True, note)

    def _main_window(self) -> QWidget:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        from app.ui.main_window import MainWindow

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                return widget
        # This process was started as the pacer: the main window opens here, after what a
        # start of the main window does first (see _open).
        _finish_interrupted_restore()
        window = MainWindow(self._catalogue, self._lang, self._user_problems)
        window.show()
        QTimer.singleShot(0, window.offer_resume)
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


def _bring_forward(window: QWidget) -> None:
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
