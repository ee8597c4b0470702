"""Where the main window's start-up goes, phase by phase, in one process (run it under
xvfb-run): what ``tests.bench.app`` measures as a whole, split up for the work on it.

    xvfb-run -a .venv/bin/python -m tests.bench.startup_phases
"""

# ruff: noqa: E402, N802
import time

t0 = time.perf_counter()


def mark(label: str) -> None:
    print(f"{(time.perf_counter() - t0) * 1000:7.1f} ms  {label}", flush=True)


from PySide6.QtWidgets import QApplication

mark("PySide6.QtWidgets imported")
app = QApplication(["breathing-room"])
mark("QApplication")
from app.services import i18n, paths
from app.ui import appearance

mark("i18n, appearance, paths imported")
paths.set_identity()
i18n.install("en")
appearance.apply(appearance.Appearance.load())
mark("translations + appearance applied")
from app.bundle import catalogue_path
from app.core.files import load_catalogues

mark("catalogue code imported")
# As the app does: from the cache folder when the files have not changed (run it twice to
# see a warm start; the first run reads the YAML and keeps the result).
loaded = load_catalogues(catalogue_path(), paths.user_catalogue(), paths.catalogue_cache())
mark("catalogue loaded")
from app.ui.main_window import MainWindow

mark("main_window imported")
w = MainWindow(loaded.catalogue, "en", loaded.user_problems)
mark("window built")
from PySide6.QtCore import QEvent, QObject, QTimer


class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            mark("first paint")
            QTimer.singleShot(0, app.quit)
        return False


w.installEventFilter(F(w))
w.show()
app.exec()
