"""Starting a window: the application object, translations, the catalogue, error hooks."""

from __future__ import annotations

import argparse
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

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from app.core.model import Catalogue
    from app.core.requests import Request


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


def run(lang: Lang, args: argparse.Namespace | None = None) -> int:
    """Open the main window, or with ``args.command == "pacer"`` the pacer on its own."""
    from app.core.problems import MessageError

    # Kept in the cache folder between starts: a start with unchanged files reads no YAML.
    loaded = load_catalogues(
        catalogue_path(), paths.user_catalogue(), paths.cache_dir() / "catalogues.pickle"
    )
    pacer = args is not None and args.command == "pacer"
    request = None
    if (
        args is not None
        and pacer
        and loaded.catalogue is not None
        and (args.pattern or args.preset)
    ):
        from app.cli import request_from

        request = request_from(args)
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

    if pacer:
        assert args is not None
        return _run_pacer(app, loaded.catalogue, lang, args, request)

    from app.ui.main_window import MainWindow

    window = MainWindow(loaded.catalogue, lang, loaded.user_problems)
    if os.environ.get("BREATHING_ROOM_QUIT_AFTER_PAINT") == "1":
        _quit_after_first_paint(window)
    window.show()
    QTimer.singleShot(0, window.offer_resume)  # after the first paint: the window is there
    _settle_garbage_collector()
    return app.exec()


def _quit_after_first_paint(window: QWidget) -> None:
    """For the bundle's smoke test and the start-up benchmark: say when the main window
    has first been painted, then quit (``BREATHING_ROOM_QUIT_AFTER_PAINT=1``)."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                print(f"first paint: {watched.objectName()}", flush=True)  # the smoke test reads it
                QTimer.singleShot(0, QApplication.quit)
            return False

    window.installEventFilter(FirstPaint(window))


# Qt's own messages that say, in Qt's words, what the app already tells the person in its
# own (a notice, Preferences) or that only concern a platform without a window manager.
KNOWN_QT_NOISE = (
    "Couldn't load pipewire-0.3 library",
    "Couldn't resolve pipewire-0.3 symbols",
    "pa_context_connect() failed",
    "Using Qt multimedia with FFmpeg",
    "This plugin does not support propagateSizeHints()",
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
    args: argparse.Namespace,
    request: Request | None,
) -> int:
    from PySide6.QtCore import QTimer

    from app.services.cue_log import CueLog
    from app.ui.pacer_window import PacerWindow

    window = PacerWindow(catalogue, lang)
    log = None
    if args.cues_to:
        try:
            log = CueLog.open(window.player, args.cues_to, window)
        except OSError as error:
            print(f"breathing-room pacer: --cues-to {args.cues_to}: {error.strerror}",
                  file=sys.stderr)  # fmt: skip
            return 2
    if args.close_when_done:
        # After the session-end chord has sounded, not on top of it.
        window.finished.connect(lambda: QTimer.singleShot(CLOSE_AFTER_MS, window.close))
    if os.environ.get("BREATHING_ROOM_QUIT_AFTER_PAINT") == "1":
        _quit_after_first_paint(window)
    stats = None
    if os.environ.get("BREATHING_ROOM_FRAME_STATS"):  # the pacer bench's dropped frames
        from app.services.frame_stats import FrameStats

        stats = FrameStats(window.player, window.pacer, window)
    window.show()
    _settle_garbage_collector()
    if request is not None:
        window.choose(request)
        window.start(prepare_s=request.prepare_s)
    status = app.exec()
    if log is not None:
        log.close()
    if stats is not None:
        stats.write(Path(os.environ["BREATHING_ROOM_FRAME_STATS"]))
    return status
