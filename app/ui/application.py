"""Starting the window: the application object, translations, the catalogue, error hooks."""

from __future__ import annotations

import os
import sys
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_ID
from app.bundle import catalogue_path
from app.core.files import load_catalogues
from app.core.text import Lang
from app.services import crash, i18n, paths


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """An error in a slot must not vanish or kill the app with a traceback on screen."""
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


def has_display(environ: dict[str, str] | None = None) -> bool:
    """Whether Qt can open a window here (on X11/Wayland; other systems always can).

    Without this check Qt aborts the process with a core dump when no display is found.
    """
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return True
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def run(lang: Lang) -> int:
    if not has_display():
        print(
            "breathing-room: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set); "
            "the window needs a desktop session. The commands 'list' and 'validate' work "
            "without one.",
            file=sys.stderr,
        )
        return 1
    app = QApplication.instance() or QApplication(["breathing-room"])
    assert isinstance(app, QApplication)
    paths.set_identity()
    app.setApplicationDisplayName(QApplication.translate("Application", "Breathing Room"))
    app.setDesktopFileName(APP_ID)
    i18n.install(lang)
    sys.excepthook = _excepthook

    loaded = load_catalogues(catalogue_path(), paths.user_catalogue())
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

    from app.ui.main_window import MainWindow

    window = MainWindow(loaded.catalogue, lang, loaded.user_problems)
    window.show()
    return app.exec()
