"""The windows the main window opens: the pacer and the history (one each, kept while the
app runs, made on first use: neither is needed for the first paint) and Preferences.

Signals: ``language_changed(str)`` and ``practice_changed()`` from Preferences.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app import __version__
from app.core.model import Catalogue
from app.core.text import Lang
from app.session_host import SessionHost

if TYPE_CHECKING:
    from app.ui.history_window import HistoryWindow
    from app.ui.pacer_window import PacerWindow
    from app.ui.preferences import PreferencesDialog


def bring_forward(window: QWidget) -> None:
    window.show()
    window.raise_()
    window.activateWindow()


class Companions(QObject):
    language_changed = Signal(str)
    practice_changed = Signal()

    def __init__(self, window: QWidget, host: SessionHost, catalogue: Catalogue,
                 lang: Lang) -> None:  # fmt: skip
        super().__init__(window)
        self._window = window
        self._host = host
        self._catalogue = catalogue
        self._lang: Lang = lang
        self.pacer: PacerWindow | None = None
        self.history: HistoryWindow | None = None

    def open_pacer(self) -> PacerWindow:
        if self.pacer is None:
            from app.ui.pacer_window import PacerWindow

            self.pacer = PacerWindow(self._catalogue, self._lang, parent=self._window)
        bring_forward(self.pacer)
        return self.pacer

    def show_history(self) -> HistoryWindow:
        if self.history is None:
            from app.ui.history_window import HistoryWindow

            assert self._host.recorder is not None
            self.history = HistoryWindow(
                self._host.recorder, self._catalogue, self._lang, self._window
            )
        self.history.refresh()
        bring_forward(self.history)
        return self.history

    def show_preferences(self) -> PreferencesDialog:
        from app.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self._host.guidance, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.language_changed.connect(self.language_changed, Qt.ConnectionType.QueuedConnection)
        dialog.practice_changed.connect(self.practice_changed)
        dialog.open()
        return dialog

    def about(self) -> None:
        QMessageBox.about(
            self._window,
            self.tr("About Breathing Room"),
            self.tr(
                "<h3>Breathing Room %1</h3><p>Guided exercises for back pain, following the "
                "programme of the Dutch book <i>Rugpijn</i>, with a breath pacer.</p>"
                "<p>This app does not replace advice from your doctor or physiotherapist.</p>"
            ).replace("%1", __version__),
        )

    def close(self) -> None:
        if self.pacer is not None:
            self.pacer.close()
