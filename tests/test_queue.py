"""The session queue: a model that passes the model tester, edits that undo, and drops."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from app.core.model import Catalogue
from app.ui.catalogue_tree import build_model
from app.ui.queue_model import QUEUE_ROWS_MIME, RoutineQueue

A, B, C, D = "childs-pose", "cobra", "locust", "pigeon"


@pytest.fixture
def queue(catalogue: Catalogue) -> RoutineQueue:
    return RoutineQueue(catalogue, "en")


def test_model_passes_the_model_tester(qtmodeltester: ModelTester, queue: RoutineQueue) -> None:
    queue.add([A, B, C])
    qtmodeltester.check(queue.model)


def test_edits_and_their_undo(queue: RoutineQueue) -> None:
    stack = queue.undo_stack
    assert queue.add([A, B])
    assert queue.add([C], row=1)
    assert queue.ids() == [A, C, B]
    assert queue.remove([0, 2])
    assert queue.ids() == [C]
    stack.undo()
    assert queue.ids() == [A, C, B]
    assert queue.move([2], 0)
    assert queue.ids() == [B, A, C]
    assert queue.clear()
    assert queue.ids() == []
    assert stack.undoText() == "Clear the session"
    stack.undo()
    stack.undo()
    assert queue.ids() == [A, C, B]
    stack.redo()
    assert queue.ids() == [B, A, C]
    assert not queue.add(["no-such-exercise"])
    assert not queue.move([0], 0)  # a move to where it is is no edit
    assert stack.count() == 4  # add, add, move (the undone remove was dropped), clear


def test_moves_keep_order_in_both_directions(queue: RoutineQueue) -> None:
    queue.add([A, B, C, D])
    queue.move([0, 1], 3)  # A and B to before D
    assert queue.ids() == [C, A, B, D]
    queue.move([3], 0)
    assert queue.ids() == [D, C, A, B]
    queue.undo_stack.undo()
    queue.undo_stack.undo()
    assert queue.ids() == [A, B, C, D]


def test_rows_show_their_number_and_time(queue: RoutineQueue) -> None:
    queue.add([A, B])
    assert queue.model.index(1).data() == "2. Cobra"
    queue.remove([0])
    assert queue.model.index(0).data() == "1. Cobra"
    # 45 s of breaths, then 11 s of coming out of the pose
    assert queue.model.index(0).data(Qt.ItemDataRole.ToolTipRole).endswith("0:56")
    assert queue.model.total_ms() > 45_000  # with the time to get into position


def test_dragging_rows_within_the_queue_is_one_undoable_move(queue: RoutineQueue) -> None:
    queue.add([A, B, C])
    model = queue.model
    mime = model.mimeData([model.index(0)])
    assert mime.hasFormat(QUEUE_ROWS_MIME)
    # The drag is offered as a copy so the view never deletes the source rows itself.
    assert model.supportedDragActions() == Qt.DropAction.CopyAction
    assert model.dropMimeData(mime, Qt.DropAction.CopyAction, 3, 0, QModelIndex())
    assert queue.ids() == [B, C, A]
    queue.undo_stack.undo()
    assert queue.ids() == [A, B, C]


def test_dropping_exercises_from_the_browser_adds_them(
    queue: RoutineQueue, catalogue: Catalogue
) -> None:
    tree = build_model(catalogue, "en")
    chapter = tree.index(0, 0)
    phase = tree.index(0, 0, chapter)
    rows = [tree.index(0, 0, phase), tree.index(2, 0, phase)]
    mime = tree.mimeData(rows)
    queue.add([B])
    assert queue.model.dropMimeData(mime, Qt.DropAction.CopyAction, 0, 0, QModelIndex())
    assert queue.ids() == ["diaphragmatic-breathing-legs-raised", A, B]
    assert queue.undo_stack.undoText() == "Add 2 exercises"
