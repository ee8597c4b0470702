"""A row of buttons that wraps onto the next line when the pane is too narrow.

A ``QHBoxLayout`` of buttons asks for the sum of their widths as its minimum, so at 200 %
text (or in Dutch, whose labels run longer) three panes side by side asked for 1 882 px on
a 1 366 px screen and pushed the window off it. Qt has no wrapping layout of its own; this
is its *Flow Layout* example (``layouts/flowlayout`` in the Qt sources), reduced to what
the app uses: the minimum is the widest single item, the height follows the width.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    """Items left to right, wrapping; ``spacing`` in px, or the style's when negative;
    each line centred when ``centred`` (the session's controls), else left-aligned."""

    def __init__(
        self, parent: QWidget | None = None, spacing: int = -1, *, centred: bool = False
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._centred = centred
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        """All in one row, as the pane would like it."""
        width = height = 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + (self._gap(item, Qt.Orientation.Horizontal) if width else 0)
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(),
                     height + margins.top() + margins.bottom())  # fmt: skip

    def minimumSize(self) -> QSize:  # noqa: N802
        """The widest single item: everything else can go onto another line."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _gap(self, item: QLayoutItem, orientation: Qt.Orientation) -> int:
        if self._spacing >= 0:
            return self._spacing
        widget = item.widget()
        if widget is None:
            return 6
        style = widget.style()
        gap = style.layoutSpacing(
            QSizePolicy.ControlType.PushButton,
            QSizePolicy.ControlType.PushButton,
            orientation,
        ) if style is not None else 6  # fmt: skip
        # Fusion answers -1 ("no preference"): the buttons overlapped by a pixel.
        return gap if gap >= 0 else 6

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in ``rect`` (or only measure); returns the height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        lines: list[list[tuple[QLayoutItem, int, int]]] = [[]]  # (item, width, height)
        x = 0
        for item in self._visible():
            hint = item.sizeHint()
            width = min(hint.width(), area.width()) if area.width() > 0 else hint.width()
            if lines[-1] and x + width > area.width():
                lines.append([])
                x = 0
            lines[-1].append((item, width, hint.height()))
            x += width + self._gap(item, Qt.Orientation.Horizontal)
        y = area.y()
        for number, line in enumerate(lines):
            if not line:
                continue
            if number:
                y += self._gap(line[0][0], Qt.Orientation.Vertical)
            used = sum(w for _, w, _ in line) + sum(
                self._gap(item, Qt.Orientation.Horizontal) for item, _, _ in line[1:]
            )
            x = area.x() + (max(0, area.width() - used) // 2 if self._centred else 0)
            height = max(h for _, _, h in line)
            for item, width, item_height in line:
                if move:
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, item_height)))
                x += width + self._gap(item, Qt.Orientation.Horizontal)
            y += height
        return y - rect.y() + margins.bottom()
