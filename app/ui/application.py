"""Starting a window: the application object, translations, the catalogue, error hooks.

The command line (``app/cli.py``) reads the arguments and calls :func:`run`; this module
never looks at them (the CLI sits above the UI: see docs/architecture.md, "Layers").
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from app import APP_ID
from app.bundle import catalogue_path
from app.core.files import load_catalogues
from app.core.text import Lang
from app.services import paths
from app.services.i18n import translate
from app.ui import second_start, startup
from app.ui.startup import PacerStart

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from app.core.model import Catalogue
    from app.core.requests import Request
    from app.services.single_instance import Claim


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """An error in a slot must not vanish or kill the app with a traceback on screen."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.services import crash

    report = crash.write_report(kind, error, tb)
    parent = QApplication.activeWindow()
    text = translate("Application", "Something went wrong: %1").replace("%1", str(error))
    if report:
        text += "\n\n" + translate("Application", "A report was saved to %1.").replace(
            "%1", str(report)
        )
    QMessageBox.critical(parent, translate("Application", "Breathing Room"), text)


def run(lang: Lang, pacer: PacerStart | None = None) -> int:
    """Open the main window, or with ``pacer`` the pacer on its own; or, when this data
    folder's app already runs, ask it to do so and end (see
    :mod:`app.services.single_instance` and :func:`second_start.claim`)."""
    claim, status = second_start.claim(lang, pacer)
    if status is not None:
        return status
    try:
        return _open(lang, pacer, claim)
    finally:
        if claim is not None:
            claim.release()


def _open(lang: Lang, pacer: PacerStart | None, claim: Claim | None) -> int:
    from app.core.problems import MessageError

    # A restore a crash cut short is finished (or undone) before anything is read from the
    # folders it was changing; the main window's recorder says so (the pacer alone has no
    # place to say it, and leaves it to the next start of the main window).
    if pacer is None:
        startup.finish_interrupted_restore()
    # Kept in the cache folder between starts: a start with unchanged files reads no YAML.
    loaded = load_catalogues(catalogue_path(), paths.user_catalogue(), paths.catalogue_cache())
    request = None
    if pacer is not None and loaded.catalogue is not None and pacer.plays is not None:
        request = pacer.plays
        try:
            request.build(loaded.catalogue)  # check it before opening anything
        except MessageError as error:
            # Said in the person's language: translators need an application object, and
            # no window follows, so a QCoreApplication does (a QApplication needs a display).
            from PySide6.QtCore import QCoreApplication

            from app.services import i18n

            keep = QCoreApplication.instance() or QCoreApplication(["breathing-room"])
            i18n.install(lang)
            print(f"breathing-room pacer: {i18n.message_text(error.message)}", file=sys.stderr)
            del keep
            return 2
    if not startup.has_display():
        print(
            "breathing-room: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set); "
            "windows need a desktop session. The commands 'list', 'validate' and 'timeline' "
            "work without one.",
            file=sys.stderr,
        )
        return 1

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.services import i18n
    from app.ui import appearance

    startup.quiet_known_qt_noise()
    app = QApplication.instance() or QApplication(["breathing-room"])
    assert isinstance(app, QApplication)
    paths.set_identity()
    app.setApplicationDisplayName(translate("Application", "Breathing Room"))
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
            translate("Application", "Breathing Room"),
            translate(
                "Application",
                "The exercise catalogue that comes with Breathing Room cannot be read. "
                "Please reinstall the app.",
            ),
        )
        box.setDetailedText("\n".join(i18n.problem_text(p) for p in loaded.bundled_problems))
        box.exec()
        return 1

    if claim is not None:  # once the event loop runs, when the window is there to answer
        front = second_start.Front(loaded.catalogue, lang, loaded.user_problems)
        QTimer.singleShot(0, lambda: second_start.listen(claim, front))

    if pacer is not None:
        return _run_pacer(app, loaded.catalogue, lang, pacer, request)

    from app.ui.main_window import MainWindow

    window = MainWindow(loaded.catalogue, lang, loaded.user_problems)
    keeper = startup.WindowKeeper()  # and the window a language switch puts in its place
    keeper.keep(window)
    if os.environ.get("BREATHING_ROOM_QUIT_AFTER_PAINT") == "1":
        _quit_after_first_paint(window)
    window.show()
    window.after_first_paint(window.offer_resume)  # after a reminder, over a painted window
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
        log = CueLog(window.player, cue_target, window, pacer.cues_to, listen=False)
        window.host.add_cue_log(log)
        log.problem.connect(window.host.notice)  # said once, in the notice line
    if pacer.close_when_done:
        # After the session-end chord has sounded, not on top of it.
        window.finished.connect(lambda: QTimer.singleShot(CLOSE_AFTER_MS, window.close))

        # A stall or a sleep pauses the session (the cue log writes a "paused" line). No
        # one is there to press Space in a run that closes itself: it says so on standard
        # error and goes on at once (a "resumed" line), instead of waiting until killed.
        def go_on(_why: str) -> None:
            going_on = translate(
                "Application",
                "With --close-when-done no one is there to press Space: the session goes on "
                "at once.",
            )
            for line in (window.sleep_notice, going_on):
                print(f"breathing-room pacer: {line}", file=sys.stderr)
            QTimer.singleShot(0, window.player.resume)  # after every listener heard it

        window.host.away.connect(go_on)
    if os.environ.get("BREATHING_ROOM_QUIT_AFTER_PAINT") == "1":
        _quit_after_first_paint(window)
    stats = None
    if os.environ.get("BREATHING_ROOM_FRAME_STATS"):  # the pacer bench's dropped frames
        from app.ui.frame_stats import FrameStats

        stats = FrameStats(window.host, window.pacer, window)
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
