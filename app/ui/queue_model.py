"""The session queue: a list model of exercise ids, edited only through a QUndoStack.

Every edit (add, remove, move, clear, load) is a ``QUndoCommand``, so Ctrl+Z works for all
of them, drag-and-drop included. The model itself only knows how to insert, remove and
move rows; :class:`RoutineQueue` turns requests into commands.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.core.model import Catalogue
from app.core.text import Lang
from app.core.timeline import TimelineError, compile_exercises, exercise_durations
from app.services import labels

EXERCISE_IDS_MIME = "application/x-breathing-room-exercises"
QUEUE_ROWS_MIME = "application/x-breathing-room-queue-rows"
EXERCISE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
DURATION_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex


def ids_mime(ids: Sequence[str]) -> QMimeData:
    mime = QMimeData()
    mime.setData(EXERCISE_IDS_MIME, QByteArray(json.dumps(list(ids)).encode()))
    return mime


def _decode(mime: QMimeData, kind: str) -> list[object] | None:
    if not mime.hasFormat(kind):
        return None
    try:
        value = json.loads(bytes(mime.data(kind).data()).decode())
    except (ValueError, UnicodeDecodeError):
        return None
    return value if isinstance(value, list) else None


class QueueModel(QAbstractListModel):
    """Rows are exercise ids; what a row shows comes from the catalogue."""

    def __init__(self, catalogue: Catalogue, lang: Lang, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._lang: Lang = lang
        self._ids: list[str] = []
        self._durations = exercise_durations(catalogue)
        self.queue: RoutineQueue | None = None  # set by RoutineQueue: drops go through it

    # -- reading ------------------------------------------------------------------------

    def ids(self) -> list[str]:
        return list(self._ids)

    def name(self, eid: str) -> str:
        """The exercise's name in the model's language (its id if it is unknown)."""
        exercise = self._catalogue.exercises.get(eid)
        return exercise.name.get(self._lang) if exercise else eid

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        eid = self._ids[index.row()]
        exercise = self._catalogue.exercises.get(eid)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row() + 1}. {self.name(eid)}"
        if role == Qt.ItemDataRole.ToolTipRole and exercise:
            return f"{labels.position(exercise.position)} · {self.duration_text(eid)}"
        if role == EXERCISE_ID_ROLE:
            return eid
        if role == DURATION_ROLE:
            return self.duration_text(eid)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{index.row() + 1}. {self.name(eid)}, {self.duration_text(eid)}"
        return None

    def duration_text(self, eid: str) -> str:
        return labels.duration(self._durations.get(eid, 0))

    def total_ms(self) -> int:
        """With the time to get into each position, as the session will really take."""
        exercises = [self._catalogue.exercises[i] for i in self._ids]
        if not exercises:
            return 0
        try:
            return compile_exercises(exercises, self._catalogue.prompts).total_ms
        except TimelineError:  # too long to play (said on Start); the exercises' own times
            return sum(self._durations.get(e.id, 0) for e in exercises)

    # -- editing (only the undo commands call these) --------------------------------------

    def insert(self, row: int, ids: Sequence[str]) -> None:
        if not ids:
            return
        self.beginInsertRows(QModelIndex(), row, row + len(ids) - 1)
        self._ids[row:row] = list(ids)
        self.endInsertRows()
        self._renumber(row + len(ids))

    def remove(self, row: int, count: int) -> list[str]:
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        removed = self._ids[row : row + count]
        del self._ids[row : row + count]
        self.endRemoveRows()
        self._renumber(row)
        return removed

    def move(self, source: int, destination: int) -> None:
        """One row from ``source`` to before the row now at ``destination``."""
        if destination in (source, source + 1):
            return
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), destination)
        eid = self._ids.pop(source)
        self._ids.insert(destination - 1 if destination > source else destination, eid)
        self.endMoveRows()
        self._renumber(0)

    def reset(self, ids: Sequence[str]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self.endResetModel()

    def _renumber(self, first: int) -> None:
        """Rows show their number, so rows after an edit change their text."""
        if first < len(self._ids):
            self.dataChanged.emit(self.index(first), self.index(len(self._ids) - 1))

    # -- drag and drop ------------------------------------------------------------------

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [QUEUE_ROWS_MIME, EXERCISE_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        rows = sorted({i.row() for i in indexes if i.isValid()})
        mime = ids_mime([self._ids[r] for r in rows])
        mime.setData(QUEUE_ROWS_MIME, QByteArray(json.dumps(rows).encode()))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        # When a drag ends as a MoveAction, QAbstractItemView::startDrag() removes the
        # source rows itself (its clearOrRemove()), outside our undo stack. Offered as a
        # copy, the view leaves them alone and dropMimeData() turns a drop of our own rows
        # into one undoable move.
        return Qt.DropAction.CopyAction

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def canDropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return data.hasFormat(QUEUE_ROWS_MIME) or data.hasFormat(EXERCISE_IDS_MIME)

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if self.queue is None or action == Qt.DropAction.IgnoreAction:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._ids)
        rows = _decode(data, QUEUE_ROWS_MIME)
        if rows is not None:
            valid = [r for r in rows if isinstance(r, int) and 0 <= r < len(self._ids)]
            return self.queue.move(valid, row)
        ids = _decode(data, EXERCISE_IDS_MIME)
        if ids is not None:
            known = [i for i in ids if isinstance(i, str) and i in self._catalogue.exercises]
            return self.queue.add(known, row)
        return False


class _Add(QUndoCommand):
    def __init__(self, model: QueueModel, row: int, ids: Sequence[str], text: str) -> None:
        super().__init__(text)
        self._model, self._row, self._ids = model, row, list(ids)

    def redo(self) -> None:
        self._model.insert(self._row, self._ids)

    def undo(self) -> None:
        self._model.remove(self._row, len(self._ids))


class _Remove(QUndoCommand):
    def __init__(self, model: QueueModel, rows: Sequence[int], text: str) -> None:
        super().__init__(text)
        self._model = model
        self._rows = sorted(set(rows))
        self._removed: list[tuple[int, str]] = []

    def redo(self) -> None:
        self._removed = []
        for row in reversed(self._rows):
            self._removed.append((row, self._model.remove(row, 1)[0]))

    def undo(self) -> None:
        for row, eid in reversed(self._removed):
            self._model.insert(row, [eid])


class _Replace(QUndoCommand):
    def __init__(self, model: QueueModel, ids: Sequence[str], text: str) -> None:
        super().__init__(text)
        self._model = model
        self._new = list(ids)
        self._old = model.ids()

    def redo(self) -> None:
        self._model.reset(self._new)

    def undo(self) -> None:
        self._model.reset(self._old)


class _Move(QUndoCommand):
    """Rows to before ``destination`` (indexes before the move), keeping their order."""

    def __init__(self, model: QueueModel, rows: Sequence[int], destination: int, text: str):
        super().__init__(text)
        self._model = model
        self._before = model.ids()
        rows = sorted(set(rows))
        moving = [self._before[r] for r in rows]
        rest = [eid for r, eid in enumerate(self._before) if r not in rows]
        at = destination - sum(1 for r in rows if r < destination)
        self._after = rest[:at] + moving + rest[at:]

    @property
    def changes(self) -> bool:
        return self._after != self._before

    def redo(self) -> None:
        self._apply(self._before, self._after)

    def undo(self) -> None:
        self._apply(self._after, self._before)

    def _apply(self, now: list[str], wanted: list[str]) -> None:
        # Row moves, not a reset, so the view keeps its scroll position and selection.
        current = list(now)
        for target, eid in enumerate(wanted):
            source = current.index(eid, target)
            if source != target:
                self._model.move(source, target)
                current.insert(target, current.pop(source))


class RoutineQueue(QObject):
    """The queue and its undo history. Signals: ``changed()`` after every edit."""

    changed = Signal()

    def __init__(self, catalogue: Catalogue, lang: Lang, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self.model = QueueModel(catalogue, lang, self)
        self.model.queue = self
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("queueUndo")
        self.undo_stack.indexChanged.connect(self._on_index)

    def ids(self) -> list[str]:
        return self.model.ids()

    @Slot(int)
    def _on_index(self, _index: int) -> None:
        self.changed.emit()

    def __len__(self) -> int:
        return self.model.rowCount()

    def add(self, ids: Sequence[str], row: int | None = None) -> bool:
        ids = [i for i in ids if i in self._catalogue.exercises]
        if not ids:
            return False
        row = len(self) if row is None else max(0, min(row, len(self)))
        text = (
            self.tr("Add %1").replace("%1", self.model.name(ids[0]))
            if len(ids) == 1
            else self.tr("Add %n exercise(s)", "", len(ids))
        )
        self.undo_stack.push(_Add(self.model, row, ids, text))
        return True

    def remove(self, rows: Sequence[int]) -> bool:
        rows = [r for r in rows if 0 <= r < len(self)]
        if not rows:
            return False
        text = (
            self.tr("Remove %1").replace("%1", self.model.name(self.ids()[rows[0]]))
            if len(rows) == 1
            else self.tr("Remove %n exercise(s)", "", len(rows))
        )
        self.undo_stack.push(_Remove(self.model, rows, text))
        return True

    def move(self, rows: Sequence[int], destination: int) -> bool:
        if not rows:
            return False
        command = _Move(self.model, rows, destination, self.tr("Reorder the session"))
        if not command.changes:
            return False
        self.undo_stack.push(command)
        return True

    def clear(self) -> bool:
        if not len(self):
            return False
        self.undo_stack.push(_Replace(self.model, [], self.tr("Clear the session")))
        return True

    def replace(self, ids: Sequence[str], what: str) -> None:
        """Load a program or a saved session; ``what`` names it in Undo's menu text."""
        ids = [i for i in ids if i in self._catalogue.exercises]
        self.undo_stack.push(_Replace(self.model, ids, self.tr("Load %1").replace("%1", what)))
