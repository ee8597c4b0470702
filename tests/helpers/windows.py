"""The main window as most Qt tests want it: shown (offscreen), owned by qtbot."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from app.core.model import Catalogue
    from app.player import Clock
    from app.ui.main_window import MainWindow


def shown_main_window(
    qtbot: QtBot, catalogue: Catalogue, lang: str = "en", clock: Clock | None = None
) -> MainWindow:
    from app.ui.main_window import MainWindow

    window = MainWindow(catalogue, lang, clock=clock)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
