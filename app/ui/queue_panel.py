"""The session queue panel: the list, its total time, and the buttons for its actions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services import labels
from app.ui.queue_model import SessionQueue


class QueuePanel(QWidget):
    def __init__(self, queue: SessionQueue, parent: QWidget | None = None) -> None:
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
        self.view.setWordWrap(True)

        self.placeholder = QLabel(
            self.tr(
                "Empty. Load a program from the book, or add exercises from the list "
                "(drag them here, or press Ctrl+D)."
            )
        )
        self.placeholder.setObjectName("queuePlaceholder")
        self.placeholder.setWordWrap(True)
        self.total = QLabel()
        self.total.setObjectName("queueTotal")

        self.top_buttons = QHBoxLayout()
        self.bottom_buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(heading)
        title_row.addStretch(1)
        title_row.addLayout(self.top_buttons)
        layout.addLayout(title_row)
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
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        if action.menu() is not None:
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        return button

    def add_buttons(self, top: list[QAction], bottom: list[QAction]) -> None:
        for action in top:
            self.top_buttons.addWidget(self._button(action))
        for action in bottom:
            self.bottom_buttons.addWidget(self._button(action))
        self.bottom_buttons.addStretch(1)

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
