"""Regenerate docs/screenshots/*.png from the real windows.

Run under a virtual display:  xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python docs/make_screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "screenshots"


def main() -> int:
    import os

    with tempfile.TemporaryDirectory() as home:
        for kind in ("DATA", "CONFIG", "CACHE"):
            os.environ[f"BREATHING_ROOM_{kind}_DIR"] = str(Path(home) / kind.lower())
        from PySide6.QtWidgets import QApplication

        from app.bundle import catalogue_path
        from app.core.files import load_bundled
        from app.services import i18n, paths
        from app.ui.main_window import MainWindow

        app = QApplication(sys.argv)
        paths.set_identity()
        catalogue = load_bundled(catalogue_path()).catalogue
        assert catalogue is not None
        OUT.mkdir(exist_ok=True)
        for lang in ("en", "nl"):
            i18n.install(lang)
            window = MainWindow(catalogue, lang)
            window.resize(1100, 700)
            window.show()
            app.processEvents()
            model = window.tree.model()
            bridge = model.index(0, 0, model.index(0, 0, model.index(1, 0)))
            window.tree.setCurrentIndex(bridge)
            app.processEvents()
            window.grab().save(str(OUT / f"main-window-{lang}.png"))
            window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
