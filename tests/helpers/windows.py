"""The main window and the pacer as most Qt tests want them: shown (offscreen), owned by
qtbot."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from app.core.model import Catalogue
    from app.player import Clock
    from app.ui.main_window import MainWindow
    from app.ui.pacer_window import PacerWindow


def shown_main_window(
    qtbot: QtBot, catalogue: Catalogue, lang: str = "en", clock: Clock | None = None
) -> MainWindow:
    from app.ui.main_window import MainWindow

    window = MainWindow(catalogue, lang, clock=clock)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def shown_pacer_window(qtbot: QtBot, catalogue: Catalogue, clock: Clock) -> PacerWindow:
    """The standalone pacer in English, its player on ``clock``; stopping the player is
    the caller's."""
    from app.player import Player
    from app.ui.pacer_window import PacerWindow

    window = PacerWindow(catalogue, "en", Player(clock))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
