"""What the main window makes on demand: the pacer and the history windows (one each, kept
while the app runs), Preferences and About, and the practice record and the reminders
(made after the first paint or at first use: none of them is needed for the first paint).

Signals: ``language_changed(str)`` and ``practice_changed()`` from Preferences;
``load_program(str)`` (a suggestion taken up), ``told(str)`` (a history problem to say
once), and the reminder's ``start_today()``, ``show_window()`` and ``quit_app()``.
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
    from app.ui.browse_page import BrowsePage
    from app.ui.help_window import HowToWindow, ShortcutsWindow
    from app.ui.history_window import HistoryWindow
    from app.ui.pacer_window import PacerWindow
    from app.ui.practice_record import PracticeRecord
    from app.ui.preferences import PreferencesDialog
    from app.ui.reminder import Reminders


def bring_forward(window: QWidget) -> None:
    window.show()
    window.raise_()
    window.activateWindow()


class Companions(QObject):
    language_changed = Signal(str)
    practice_changed = Signal()
    load_program = Signal(str)
    told = Signal(str)
    start_today = Signal()
    show_window = Signal()
    quit_app = Signal()

    def __init__(self, window: QWidget, host: SessionHost, catalogue: Catalogue,
                 lang: Lang, browse: BrowsePage) -> None:  # fmt: skip
        super().__init__(window)
        self._window = window
        self._browse = browse
        self._practice: PracticeRecord | None = None
        self.made_reminders: Reminders | None = None
        self._host = host
        self._catalogue = catalogue
        self._lang: Lang = lang
        self.pacer: PacerWindow | None = None
        self.history: HistoryWindow | None = None

    @property
    def practice(self) -> PracticeRecord:
        """The practice record around a session: check-ins, history, the suggestion."""
        if self._practice is None:
            from app.ui.practice_record import PracticeRecord

            practice = PracticeRecord(
                self._window, self._host, self._catalogue, self._lang, self._browse.browser.flag
            )
            self._browse.add_banner(practice.banner)
            practice.load_program.connect(self.load_program)
            practice.recorder.notice.connect(self.told)
            self._practice = practice
        return self._practice

    @property
    def made_practice(self) -> PracticeRecord | None:
        return self._practice

    @property
    def reminders(self) -> Reminders:
        """The tray icon and the daily reminder (QtDBus)."""
        if self.made_reminders is None:
            from app.ui.icons import icon
            from app.ui.reminder import Reminders

            reminders = Reminders(self._window, icon("breath"), self, busy=self.in_session)
            reminders.start_today.connect(self.start_today)
            reminders.show_window.connect(self.show_window)
            reminders.quit_app.connect(self.quit_app)
            self.made_reminders = reminders
        return self.made_reminders

    def in_session(self) -> bool:
        """A session is loaded here or in the pacer (playing, counting down or paused):
        no reminder then."""
        return self._host.in_session or (self.pacer is not None and self.pacer.host.in_session)

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

    def show_help(self) -> HowToWindow:
        """F1: how to use the app (``help_window``)."""
        from app.ui.help_window import show_how_to

        return show_how_to(self._window, self._lang)

    def show_shortcuts(self) -> ShortcutsWindow:
        from app.ui.help_window import show_shortcuts

        return show_shortcuts(self._window)

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
