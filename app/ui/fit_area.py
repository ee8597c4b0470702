"""A window's content that scrolls instead of pushing the window off a small screen.

A window cannot be smaller than its content's minimum size, so on a small screen (a
1 366 × 768 laptop at 200 % text, or any screen with ``QT_SCALE_FACTOR=2``) the window
grew past the screen's edge and its lower buttons could not be reached. Inside this area
the content keeps its minimum size and the area scrolls; where there is room, the content
fills the area exactly and no scroll bar shows. The focused control is scrolled into view,
so the keys never work on something hidden.

The content is sized here rather than with ``setWidgetResizable``: for content whose
layout has a height-for-width part (wrapping button rows, word-wrapped labels),
``QScrollArea`` sizes it to its *preferred* height for the width, so a session page
scrolled on a 960 × 540 screen although its minimum fitted. Here the height is the
layout's *minimum* for the width (``minimumHeightForWidth``), so wrapped text is never
squeezed either (Preferences at 200 % overlapped its lines with the plain minimum).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QWidget,
)


class FitArea(QScrollArea):
    """Holds one content widget; scrolls only when the window is smaller than it."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fitArea")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys belong to the content
        self.setWidget(content)
        content.installEventFilter(self)
        if isinstance(content, QStackedWidget):  # each page has its own minimum
            content.currentChanged.connect(self._fit)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(120, 90)

    def sizeHint(self) -> QSize:  # noqa: N802
        content = self.widget()
        return content.sizeHint() if content is not None else super().sizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit()  # the content's minimum may have changed (text size, a banner)
        return super().eventFilter(watched, event)

    def _fit(self) -> None:
        content = self.widget()
        if content is None:
            return
        room = self.maximumViewportSize()  # without scroll bars
        least = content.minimumSizeHint().expandedTo(content.minimumSize())
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        width, height = room.width(), room.height()
        if least.height() > height:  # a vertical bar takes width
            width -= bar
        if least.width() > width:  # a horizontal bar takes height
            height -= bar
        width = max(width, least.width())
        tall = max(least.height(), _least_height(content, width))
        if tall > height and least.height() <= height:  # the wrapping needs a vertical bar
            width = max(room.width() - bar, least.width())
            tall = max(least.height(), _least_height(content, width))
        content.resize(width, max(height, tall))

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        content = self.widget()
        if new is not None and content is not None and content.isAncestorOf(new):
            self.ensureWidgetVisible(new)


def _least_height(widget: QWidget, width: int) -> int:
    """The least height ``widget`` needs at ``width``, wrapped lines included."""
    if isinstance(widget, QStackedWidget):
        page = widget.currentWidget()
        return _least_height(page, width) if page is not None else 0
    layout = widget.layout()
    if layout is None or not layout.hasHeightForWidth():
        return widget.minimumSizeHint().height()
    return layout.minimumHeightForWidth(width)


def size_for_screen(window: QWidget, width: int, height: int) -> None:
    """Open at ``width`` × ``height`` (px, logical), or at most 95 % × 90 % of the screen
    the window is on: the pacer opened at a fixed 760 × 720 and reached below the edge of a
    1280 × 720 logical screen (4K at 300 %)."""
    screen = window.screen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, round(room.width() * 0.95))
        height = min(height, round(room.height() * 0.9))
    window.resize(width, height)


def too_small(window: QWidget) -> bool:
    """Whether ``window`` is smaller than its content needs (its layout's minimum, at most
    the screen's room): a damaged saved geometry restored a 120 × 90 pacer. A
    :class:`FitArea` asks for little on purpose, to scroll; the window must not."""
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    layout = window.layout()
    if layout is not None:
        least = least.expandedTo(layout.totalMinimumSize())
    for area in window.findChildren(FitArea):
        content = area.widget()
        if content is not None:
            least = least.expandedTo(content.minimumSizeHint())
    screen = window.screen()
    if screen is not None:
        least = least.boundedTo(screen.availableGeometry().size())
    return window.width() < least.width() or window.height() < least.height()
