"""Focus mode of the main window: full screen, no bars, the session view's large type.

Made for the floor: a person who practises on the mat wants it every time, so turning it
on or off during a session is remembered (``options.FOCUS_MODE``) and the next session
opens the same way. A session that starts without it offers it in a line of the session
view (never a dialog: nothing may take the keys from the session). Leaving it because the
session was stopped is not a choice and is not remembered.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QWidget

from app.services import options
from app.ui.session_view import SessionView


class FocusMode(QObject):
    def __init__(
        self,
        window: QMainWindow,
        view: SessionView,
        action: QAction,
        bars: list[QWidget],
        refresh: Callable[[], None],
    ) -> None:
        """``refresh`` shows the current frame again (in the new mode's type)."""
        super().__init__(window)
        self._window = window
        self._view = view
        self._action = action
        self._bars = bars
        self._refresh = refresh
        view.focus_offer_button.clicked.connect(action.trigger)

    @property
    def on(self) -> bool:
        return self._action.isChecked()

    def toggled(self) -> None:
        """The person turned it on or off (F11, the button, the menu): remembered."""
        on = self._action.isChecked()
        if on and not self._session_shown():
            self._action.setChecked(False)  # only a session has a focus mode
            return
        if on != options.FOCUS_MODE.read():
            options.FOCUS_MODE.write(on)
        self._apply(on)

    def session_started(self) -> None:
        """A session was loaded (Start, a resume): in focus mode when the person chose it
        last time; else offered."""
        if options.FOCUS_MODE.read():
            if not self.on:
                self._action.setChecked(True)
                self._apply(True)
        else:
            self._view.offer_focus_mode(True)

    def leave(self) -> None:
        """The session is over (stopped): back to the window, the choice kept as it was."""
        self._view.offer_focus_mode(False)
        if self.on:
            self._action.setChecked(False)
            self._apply(False)

    def _session_shown(self) -> bool:
        return not self._view.isHidden()  # the stack's current page (hidden or not)

    def _apply(self, on: bool) -> None:
        self._view.set_focus_mode(on)
        for bar in self._bars:
            bar.setVisible(not on)
        if on:
            self._window.showFullScreen()
        else:
            self._window.showNormal()
        self._refresh()
