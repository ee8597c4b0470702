"""The session queue panel: the list, its total time, and the buttons for its actions."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QListView,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services import labels
from app.ui.flow_layout import FlowLayout
from app.ui.queue_model import DURATION_ROLE, AnyIndex, RoutineQueue


class DurationDelegate(QStyledItemDelegate):
    """Each row's time right-aligned after its name (a list view has one column)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        text, duration = opt.text, str(index.data(DURATION_ROLE) or "")
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        rect = rect.adjusted(4, 0, -6, 0)
        metrics = opt.fontMetrics
        room = rect.width() - metrics.horizontalAdvance(duration) - 12
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(opt.palette.color(role))
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        name = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        painter.drawText(rect, int(left), name)
        painter.drawText(rect, int(right), duration)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802
        """As narrow as the time and a few letters: a list view widens a row to the
        viewport, but a hint wider than the viewport scrolls sideways (at large text the
        times fell off the right edge); the name is elided in ``paint`` instead."""
        hint = super().sizeHint(option, index)
        metrics = option.fontMetrics
        duration = str(index.data(DURATION_ROLE) or "")
        return QSize(metrics.horizontalAdvance(duration + " 0. Name…") + 22, hint.height())


class QueuePanel(QWidget):
    def __init__(self, queue: RoutineQueue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queuePanel")
        self._queue = queue
        heading = QLabel(self.tr("Session"))
        heading.setObjectName("queueHeading")
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        self.name = QLabel()
        self.name.setObjectName("queueName")
        self.name.setWordWrap(True)

        self.view = QListView()
        self.view.setObjectName("queueView")
        self.view.setModel(queue.model)
        self.view.setAccessibleName(self.tr("Session queue"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.CopyAction)  # see QueueModel
        self.view.setUniformItemSizes(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setItemDelegate(DurationDelegate(self.view))

        self.placeholder = QLabel(
            self.tr(
                "Empty. Load a programme from the book, or add exercises from the list "
                "(drag them here, or press Ctrl+D)."
            )
        )
        self.placeholder.setObjectName("queuePlaceholder")
        self.placeholder.setWordWrap(True)
        self.total = QLabel()
        self.total.setObjectName("queueTotal")

        # Wrapping rows: at large text the buttons take more than the pane's width.
        self.top_buttons = FlowLayout()
        self.bottom_buttons = FlowLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The heading on a line of its own: beside buttons that wrap at large text it
        # stood halfway down their two rows, apart from the list it names.
        layout.addWidget(heading)
        layout.addLayout(self.top_buttons)
        layout.addWidget(self.name)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.total)
        layout.addLayout(self.bottom_buttons)
        queue.changed.connect(self.refresh)
        self.refresh()

    @staticmethod
    def _button(action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        if action.menu() is not None:
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        return button

    def add_buttons(self, top: list[QAction], bottom: list[QAction]) -> None:
        above = [self._button(action) for action in top]
        below = [self._button(action) for action in bottom]
        for button in above:
            self.top_buttons.addWidget(button)
        for button in below:
            self.bottom_buttons.addWidget(button)
        # Tab goes the way the panel reads: the buttons above the list, the list, the
        # buttons below (made after the list, they would otherwise all come after it).
        order: list[QWidget] = [*above, self.view, *below]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def selected_rows(self) -> list[int]:
        return sorted(i.row() for i in self.view.selectionModel().selectedRows())

    def set_name(self, name: str) -> None:
        self.name.setText(name)
        self.name.setVisible(bool(name))

    def refresh(self) -> None:
        count = len(self._queue)
        self.placeholder.setVisible(count == 0)
        self.view.setVisible(count > 0)
        if count:
            self.total.setText(
                self.tr("Exercises: %1 · time in all: %2")
                .replace("%1", str(count))
                .replace("%2", labels.duration(self._queue.model.total_ms()))
            )
        else:
            self.total.setText("")
