"""A window's size and place as last closed, for both windows.

Qt restores a geometry only onto a screen that is there now; one saved on another screen
is declined quietly and the default size stays. Bytes that are not a Qt geometry at all
are said once (``options``: what and where) and forgotten.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QWidget

from app.services import options
from app.services.i18n import translate
from app.ui.fit_area import too_small


def not_ours() -> str:
    return translate("WindowMemory", "not a window layout saved by Breathing Room")


def restore_state(
    option: options.Option[QByteArray], restore: Callable[[QByteArray], bool], geometry: bool
) -> None:
    """Give ``restore`` the saved bytes of ``option``; refuse them (with a notice) when
    they are not a layout at all. ``geometry``: a window geometry, which Qt also declines
    when it was saved on a screen that is gone: that is no fault."""
    state = option.read()
    if state.isEmpty() or restore(state):
        return
    if geometry and options.is_geometry(state):
        return  # saved on another screen: Qt declines it, the default size stays
    option.refuse(state, not_ours())


def restore_geometry(
    window: QWidget, option: options.Option[QByteArray], default: Callable[[], None]
) -> None:
    """Size and place as last closed; ``default`` sizes the window when nothing usable was
    saved, or when what was saved would open a sliver of a window."""
    restore_state(option, window.restoreGeometry, geometry=True)
    if too_small(window):
        default()
