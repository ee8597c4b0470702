"""The main window end to end, on a fake clock: pick, queue, play to the end, resume.

"Done when a new user can pick "Chapter 4 · Phase 1", start it and be guided through every
exercise to the end, and pick one stretch and do only that."
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.core.model import Catalogue
from app.core.timeline import Kind, Side
from app.player import State
from app.services import paths, routine_store
from app.services.bookmarks import KEY as BOOKMARK_KEY
from app.ui.main_window import MainWindow
from tests.helpers.stubs import FakeClock

THREE = ["childs-pose", "lying-twist-both-knees", "cobra"]  # rounds, sides, plain


@pytest.fixture
def window(qtbot: QtBot, catalogue: Catalogue, clock: FakeClock) -> Iterator[MainWindow]:
    window = MainWindow(catalogue, "en", clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.player.stop()


def play_for(window: MainWindow, clock: FakeClock, ms: float, step: float = 250) -> None:
    """Time passes in small steps, the player looks at each (as its timer would)."""
    while ms > 0:
        clock.advance(min(step, ms))
        ms -= step
        window.player.poll()


def test_pick_a_book_program_and_be_guided_to_the_end(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, catalogue: Catalogue
) -> None:
    program = catalogue.programs["ch4-phase-1"]
    window.findChild(type(window.start_session_action), "program:ch4-phase-1").trigger()
    assert window.queue.ids() == [item.exercise for item in program.items]
    assert window.queue_panel.name.text() == "Chapter 4 · Phase 1"
    window.start_session_action.trigger()
    assert window.pages.currentWidget() is window.session_view
    titles: list[str] = []
    statuses: set[str] = set()
    while window.player.state is not State.FINISHED:
        play_for(window, clock, 1_000)
        title = window.session_view.title.text()
        if not titles or titles[-1] != title:
            titles.append(title)
        statuses.add(window.session_view.status.text().split(" · ")[0])
    names = [catalogue.exercises[item.exercise].name.en for item in program.items]
    assert titles == [*names, "Session complete"]
    assert {f"Exercise {n} of {len(names)}" for n in range(1, len(names) + 1)} <= statuses
    assert window.settings_bookmark() is None  # finished: nothing to resume
    window.stop_action.trigger()
    assert window.pages.currentIndex() == 0


def test_three_exercises_with_rounds_and_a_side_switch(
    window: MainWindow, clock: FakeClock
) -> None:
    window.queue.add(THREE)
    view = window.session_view
    seen: list[tuple[str, str, str]] = []
    cues: list[str] = []
    window.player.cue.connect(
        lambda i: cues.append(window.player.timeline.segments[i].kind.value)  # type: ignore[union-attr]
    )
    window.start_session()
    while window.player.state is not State.FINISHED:
        play_for(window, clock, 500)
        now = (view.title.text(), view.where.text(), view.next_label.text())
        if not seen or seen[-1] != now:
            seen.append(now)
    wheres = [w for t, w, _n in seen if t == "Lying twist with both knees bent"]
    assert "Get into position" in wheres
    assert "Right side" in wheres and "Switch sides · Left side" in wheres
    assert "Left side" in wheres
    assert any(w == "round 2 of 2" for t, w, _n in seen if t == "Child's pose")
    assert ("Child's pose", "Get into position", "Next: Lying twist with both knees bent") in seen
    assert seen[-1][0] == "Session complete"
    assert cues.count("switch_side") == 1 and cues.count("prepare") == 3
    assert cues[-1] == "done"


def test_one_stretch_only(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    window.browser.select("cobra")
    assert "book p. 89" in window.details.toPlainText()
    assert "Take care" in window.details.toPlainText()
    qtbot.mouseClick(window.start_button, Qt.MouseButton.LeftButton)
    assert window.session_view.title.text() == "Cobra"
    assert window.queue.ids() == []  # the session queue is untouched
    play_for(window, clock, window.player.timeline.total_ms + 500)  # type: ignore[union-attr]
    assert window.player.state is State.FINISHED


def test_keys_pause_skip_stop_and_focus(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    window.queue.add(THREE)
    window.start_session()
    play_for(window, clock, 2_000)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.player.state is State.PAUSED
    assert window.pause_action.text() == "&Resume"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.player.playing
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.player.current_frame().segment.exercise == "lying-twist-both-knees"  # type: ignore[union-attr]
    qtbot.keyClick(window, Qt.Key.Key_Left)  # just began: back to the one before
    assert window.player.current_frame().segment.exercise == "childs-pose"  # type: ignore[union-attr]
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.session_view.focus_mode and window.isFullScreen()
    assert window.menuBar().isHidden()
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # one stray key never ends everything
    assert window.player.state is State.PAUSED and window.commands.stop_asked
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.player.state is State.IDLE
    assert not window.session_view.focus_mode and not window.isFullScreen()
    assert window.pages.currentIndex() == 0
    assert window.settings_bookmark() is None  # stopped on purpose: no resume offer


def test_closing_mid_session_offers_to_resume_at_the_same_side_and_round(
    qtbot: QtBot, catalogue: Catalogue, window: MainWindow, clock: FakeClock
) -> None:
    window.queue.add(THREE)
    window.start_session()
    timeline = window.player.timeline
    assert timeline is not None
    left = next(s for s in timeline.segments if s.side is Side.LEFT and s.kind is Kind.INHALE)
    play_for(window, clock, left.start_ms + 3_000)
    window.close()

    again = MainWindow(catalogue, "en", clock=clock)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    box = again.offer_resume()
    assert box is not None
    assert "exercise 2 of 3" in box.text() and "left side" in box.text()
    go_on = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    go_on.click()
    assert again.player.state is State.PAUSED
    frame = again.player.current_frame()
    assert frame is not None
    assert frame.segment.exercise == "lying-twist-both-knees"
    assert frame.segment.side is Side.LEFT and frame.segment.kind is Kind.SWITCH_SIDE
    assert "press Space" in again.session_view.notice.text()
    assert again.queue.ids() == THREE
    again.activateWindow()
    qtbot.waitUntil(lambda: again.isActiveWindow())
    qtbot.keyClick(again, Qt.Key.Key_Space)
    assert again.player.playing
    again.player.stop()


def test_declining_the_offer_forgets_it(
    qtbot: QtBot, catalogue: Catalogue, window: MainWindow, clock: FakeClock
) -> None:
    window.queue.add(THREE)
    window.start_session()
    play_for(window, clock, 30_000)
    window.close()
    again = MainWindow(catalogue, "en", clock=clock)
    qtbot.addWidget(again)
    box = again.offer_resume()
    assert box is not None
    box.reject()
    assert again.saved_bookmark() is None
    assert again.offer_resume() is None


def test_a_damaged_bookmark_is_ignored(qtbot: QtBot, catalogue: Catalogue) -> None:
    paths.settings().setValue(BOOKMARK_KEY, "{not json")
    window = MainWindow(catalogue, "en")
    qtbot.addWidget(window)
    assert window.offer_resume() is None


def test_save_and_load_a_named_session(
    qtbot: QtBot, window: MainWindow, user_dirs: dict[str, Path]
) -> None:
    window.queue.add(THREE)
    assert window.save_session_as("My mornings")
    window.queue.clear()
    dialog = window.show_saved_sessions()
    assert dialog.list.count() == 1
    dialog.load()
    assert window.queue.ids() == THREE
    assert window.queue_panel.name.text() == "My mornings"
    window.queue.undo_stack.undo()  # loading is undoable too
    assert window.queue.ids() == []
    assert [e.name for e in routine_store.entries(THREE)] == ["My mornings"]


def test_a_damaged_saved_session_is_shown_not_loaded(
    qtbot: QtBot, window: MainWindow, user_dirs: dict[str, Path]
) -> None:
    folder = routine_store.folder()
    folder.mkdir(parents=True)
    (folder / "bad.yaml").write_text("schema: 1\nname: Bad\nexercises: [cobar]\n")
    dialog = window.show_saved_sessions()
    assert "cannot be read" in dialog.list.item(0).text()
    assert not dialog.load_button.isEnabled()
    assert (
        "bad.yaml:3:" in dialog.problem.text() and "did you mean 'cobra'" in dialog.problem.text()
    )
    assert dialog.delete_button.isEnabled()
    dialog.close()


def test_usable_at_1280_by_720(qtbot: QtBot, window: MainWindow) -> None:
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 720
    window.resize(1280, 720)
    assert window.size().width() == 1280 and window.size().height() == 720
