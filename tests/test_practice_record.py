"""The practice record in the main window: sessions recorded as they play, check-ins
with one key, what hurt flagged and offered to skip, the suggestion to move on, and a
damaged or unwritable history that costs nothing but the record."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.core.history import Done, ExerciseRecord, Feeling, Outcome
from app.core.history_db import HistoryStore
from app.core.model import Catalogue
from app.player import State
from app.services.history import set_check_ins
from app.ui.checkin import AfterSession, PainCheckIn
from app.ui.main_window import MainWindow
from tests.helpers.stubs import FakeClock
from tests.test_guided_session import play_for

TWO = ["childs-pose", "cobra"]


@pytest.fixture
def window(qtbot: QtBot, catalogue: Catalogue, clock: FakeClock) -> Iterator[MainWindow]:
    window = MainWindow(catalogue, "en", clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.player.stop()
    window.practice.close()


def history(user_dirs: dict[str, Path]) -> HistoryStore:
    return HistoryStore.open(user_dirs["data"] / "history.sqlite3")


def play_to_the_end(window: MainWindow, clock: FakeClock) -> None:
    """Play on, saying "ready" whenever the session waits for the person (a settings
    folder of a test's own has "wait for me" at its default, on)."""
    timeline = window.player.timeline
    assert timeline is not None
    for _ in range(len(timeline) + 1):
        play_for(window, clock, timeline.total_ms + 500, step=1000)
        if window.player.state is not State.WAITING:
            break
        window.player.ready()
    assert window.player.state is State.FINISHED


def test_a_finished_session_is_recorded_with_both_check_ins(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, user_dirs: dict[str, Path]
) -> None:
    set_check_ins(True)
    window.queue.add(TWO)
    window.start_session()
    before = window.practice.dialog
    assert isinstance(before, PainCheckIn)
    qtbot.keyClick(before, Qt.Key.Key_6)  # one key answers
    assert window.player.playing
    play_to_the_end(window, clock)
    qtbot.waitUntil(lambda: isinstance(window.practice.dialog, AfterSession))
    after = window.practice.dialog
    assert isinstance(after, AfterSession)
    qtbot.keyClick(after, Qt.Key.Key_4)
    after.choose_feeling(1, Feeling.HURT)
    after.accept()

    assert window.practice.recorder.flush(5)  # the writer thread's queue
    (session,) = history(user_dirs).sessions()
    assert session.outcome is Outcome.FINISHED
    assert (session.pain_before, session.pain_after) == (6, 4)
    assert [r.exercise for r in session.exercises] == TWO
    assert all(r.done is Done.COMPLETED for r in session.exercises)
    assert session.exercises[1].feeling is Feeling.HURT
    assert session.played_ms == pytest.approx(window.player.timeline.total_ms, abs=1)  # type: ignore[union-attr]


def test_skipping_the_check_in_still_plays_and_records(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, user_dirs: dict[str, Path]
) -> None:
    set_check_ins(True)
    window.queue.add(TWO)
    window.start_session()
    qtbot.keyClick(window.practice.dialog, Qt.Key.Key_Escape)  # type: ignore[arg-type]
    assert window.player.playing
    play_for(window, clock, 90_000)  # past child's pose's instructions, into its breaths
    window.stop_session()
    qtbot.waitUntil(lambda: isinstance(window.practice.dialog, AfterSession))
    window.practice.dialog.reject()  # type: ignore[union-attr]
    assert window.practice.recorder.flush(5)  # the writer thread's queue
    (session,) = history(user_dirs).sessions()
    assert session.outcome is Outcome.STOPPED
    assert session.pain_before is None and session.pain_after is None
    assert session.exercises[0].done is Done.PARTLY
    assert session.exercises[1].done is Done.SKIPPED
    assert 0 < session.played_ms <= 90_000


def test_what_hurt_is_flagged_and_offered_to_skip(
    qtbot: QtBot, catalogue: Catalogue, clock: FakeClock, user_dirs: dict[str, Path]
) -> None:
    store = history(user_dirs)
    sid = store.begin(datetime.now() - timedelta(days=1), TWO,
                      [ExerciseRecord(0, "childs-pose"), ExerciseRecord(1, "cobra")])  # fmt: skip
    store.set_feeling(sid, 1, Feeling.HURT)
    store.close()
    window = MainWindow(catalogue, "en", clock=clock)
    qtbot.addWidget(window)
    window.show()
    window.browser.select("cobra")
    index = window.tree.currentIndex()
    qtbot.waitUntil(lambda: str(index.data()).startswith("⚠"))
    assert "hurt" in str(index.data(Qt.ItemDataRole.ToolTipRole))
    window.queue.add(TWO)
    window.start_session()
    box = window.practice.dialog
    assert isinstance(box, QMessageBox)
    assert "Cobra" in box.text()
    box.buttons()[0].click()  # "Skip it"
    assert window.player.playing
    assert window.player.timeline is not None
    assert {s.exercise for s in window.player.timeline.segments} - {None} == {"childs-pose"}
    window.player.stop()
    window.practice.close()


def test_comfortable_sessions_suggest_the_next_phase(
    qtbot: QtBot, catalogue: Catalogue, clock: FakeClock, user_dirs: dict[str, Path]
) -> None:
    program = [item.exercise for item in catalogue.programs["ch3-phase-1"].items]
    store = history(user_dirs)
    for days in (9, 6, 4, 2, 1):  # recorded in the order they happened
        sid = store.begin(datetime.now() - timedelta(days=days), program, [], "ch3-phase-1")
        store.end(sid, datetime.now(), Outcome.FINISHED, 900_000)
        store.set_pain(sid, 5, 3)
    store.close()
    window = MainWindow(catalogue, "en", clock=clock)
    qtbot.addWidget(window)
    window.show()
    banner = window.practice.banner
    qtbot.waitUntil(banner.isVisible)
    assert (
        "Chapter 3 · Phase 2"
        in window.findChild(type(banner), "suggestionBanner")
        .findChild(type(window.practice._suggestion_text), "suggestionText")
        .text()
    )
    window.practice._take.click()
    assert window.queue.ids() == [i.exercise for i in catalogue.programs["ch3-phase-2"].items]
    assert not banner.isVisible()
    window.practice.refresh()  # snoozed for a week: not shown again now
    assert not banner.isVisible()
    window.practice.close()


def test_a_damaged_history_is_set_aside_and_said(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, user_dirs: dict[str, Path]
) -> None:
    window.practice.close()
    (user_dirs["data"] / "history.sqlite3").write_bytes(b"garbage" * 500)
    window.queue.add(["cobra"])
    window.start_session()
    assert window.player.playing
    assert window.practice.problem_box is not None
    notice = window.practice.problem_box.text()
    assert "set aside" in notice
    aside = [p.name for p in user_dirs["data"].iterdir() if ".damaged-" in p.name]
    assert len(aside) == 1 and aside[0] in notice


def test_an_unwritable_data_folder_costs_only_the_record(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, user_dirs: dict[str, Path]
) -> None:
    window.practice.close()
    folder = user_dirs["data"]
    for leftover in folder.glob("history.sqlite3*"):
        leftover.unlink()
    (folder / "history.sqlite3").mkdir()  # a folder where the file should be: never opens
    window.queue.add(["cobra"])
    window.start_session()
    assert window.player.playing
    assert window.practice.problem_box is not None
    assert "practice history" in window.practice.problem_box.text()
    play_for(window, clock, 5_000)
    assert window.player.playing


# -- the history window ----------------------------------------------------------------


def made_up_history(user_dirs: dict[str, Path]) -> None:
    store = history(user_dirs)
    for days, pain in ((9, (6, 5)), (4, (5, 3)), (1, (4, 2))):
        sid = store.begin(datetime.now() - timedelta(days=days), TWO,
                          [ExerciseRecord(0, "childs-pose", rounds=2),
                           ExerciseRecord(1, "cobra")], "ch3-phase-1")  # fmt: skip
        store.update(sid, ExerciseRecord(0, "childs-pose", Done.COMPLETED, 8, 8, (), 2, 2), 1)
        store.end(sid, datetime.now(), Outcome.FINISHED, 600_000)
        store.set_pain(sid, *pain)
    store.close()


def test_the_history_window_shows_charts_list_and_details(
    qtbot: QtBot, window: MainWindow, user_dirs: dict[str, Path]
) -> None:
    window.practice.close()
    made_up_history(user_dirs)
    shown = window.show_history()
    qtbot.waitExposed(shown)
    assert shown.model.rowCount() == 3
    assert "sessions in all: 3" in shown.summary.text()
    assert shown.pain.accessibleDescription() == "Last session: pain 4 before, 2 after"
    assert "childs-pose" not in shown.details.toPlainText()  # names, not ids
    assert "Child's pose: done, 2 of 2 rounds" in shown.details.toPlainText()
    # The charts paint offscreen, and paint something.
    for chart in (shown.strip, shown.minutes, shown.pain):
        image = chart.grab().toImage()
        assert image.width() > 0 and len({image.pixel(x, image.height() // 2)
                                          for x in range(image.width())}) > 1  # fmt: skip
    shown.delete_selected(confirm=False)
    assert shown.model.rowCount() == 2
    assert window.practice.recorder.flush(5)  # the writer thread's queue
    assert len(history(user_dirs).sessions()) == 2


def test_csv_export_and_a_backup_restored(
    qtbot: QtBot, window: MainWindow, user_dirs: dict[str, Path], tmp_path: Path
) -> None:
    window.practice.close()
    made_up_history(user_dirs)
    shown = window.show_history()
    csv_file = tmp_path / "out" / "history.csv"
    with qtbot.waitSignal(shown.exported) as exported:  # written on a worker thread
        assert shown.export_csv(csv_file)
    assert exported.args == [True]
    assert csv_file.read_text().count("\n") == 1 + 3 * 2
    saved = user_dirs["data"] / "sessions"
    saved.mkdir()
    (saved / "morning.yaml").write_text("name: Morning\nexercises: [cobra]\n")
    archive = tmp_path / "backup.zip"
    assert shown.back_up(archive)

    shown.delete_selected(confirm=False)  # then things change...
    (saved / "morning.yaml").unlink()
    with qtbot.waitSignal(shown.restore_finished, timeout=20_000) as ended:
        assert shown.restore(archive, confirm=False)  # ...and the backup brings them back
    assert ended.args == [True], shown.last_message
    assert shown.model.rowCount() == 3
    assert (saved / "morning.yaml").exists()
    aside = [p for p in user_dirs["data"].iterdir() if p.name.startswith("before-restore-")]
    assert len(aside) == 1 and (aside[0] / "history.sqlite3").exists()  # the old data kept


@pytest.mark.parametrize(
    "content",
    [b"not a zip", b"PK\x03\x04 damaged"],
)
def test_a_bad_backup_is_refused_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, user_dirs: dict[str, Path], tmp_path: Path, content: bytes
) -> None:
    window.practice.close()
    made_up_history(user_dirs)
    shown = window.show_history()
    bad = tmp_path / "bad.zip"
    bad.write_bytes(content)
    with qtbot.waitSignal(shown.restore_finished, timeout=20_000) as ended:
        shown.restore(bad, confirm=False)
    assert ended.args == [False]
    assert str(bad) in shown.last_message
    assert shown.model.rowCount() == 3
    assert not any(p.name.startswith("before-restore-") for p in user_dirs["data"].iterdir())


def test_a_backup_that_reaches_outside_its_folders_is_refused(tmp_path: Path) -> None:
    import zipfile

    from app.services import backup

    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr(backup.MANIFEST, '{"app": "Breathing Room"}')
        out.writestr("sessions/../../../.bashrc", "oops")
    with pytest.raises(backup.BackupError, match="unexpected entry"):
        backup.check(archive)


# -- the reminder ----------------------------------------------------------------------


def test_a_missed_reminder_shows_at_start_and_starts_todays_program(
    qtbot: QtBot, window: MainWindow, catalogue: Catalogue
) -> None:
    from app.services.reminder import ReminderSettings
    from app.ui.reminder import tray_available

    assert not tray_available()  # offscreen: the fallback window is what is tested here
    reminder = ReminderSettings()
    reminder.enabled = True
    reminder.at = (datetime.now() - timedelta(minutes=1)).time().replace(second=0, microsecond=0)
    if reminder.at > datetime.now().time():  # just after midnight: nothing is missed yet
        pytest.skip("the minute before now is yesterday")
    reminder.save()
    window.apply_reminders()
    box = window.reminders.box
    assert box is not None and box.isVisible()
    assert not window.reminders.keeps_running  # no tray: closing quits as usual
    box.buttons()[0].click()  # "Start now"
    assert window.queue.ids() == [i.exercise for i in catalogue.programs["ch3-phase-1"].items]
    assert window.player.playing
    window.reminders.stop()


def test_the_reminder_fires_once_when_its_time_comes(qtbot: QtBot, window: MainWindow) -> None:
    from app.services.reminder import ReminderSettings

    reminder = ReminderSettings()
    reminder.enabled = True
    reminder.at = (datetime.now() + timedelta(hours=1)).time().replace(second=0, microsecond=0)
    reminder.save()
    window.apply_reminders()
    assert window.reminders.box is None  # not yet
    due = datetime.combine(datetime.now().date(), reminder.at)
    if due < datetime.now():
        due += timedelta(days=1)
    window.reminders.check(due - timedelta(seconds=1))
    assert window.reminders.box is None
    window.reminders.check(due + timedelta(seconds=5))
    first = window.reminders.box
    assert first is not None
    first.reject()
    window.reminders.check(due + timedelta(seconds=65))  # a minute later: not again
    assert window.reminders.box is first
    window.reminders.stop()


def test_preferences_keep_check_ins_rule_and_reminder(qtbot: QtBot, window: MainWindow) -> None:
    from app.services.history import check_ins_wanted
    from app.services.reminder import ReminderSettings

    dialog = window.show_preferences()
    assert "5 finished sessions" in dialog.rule.text()
    # Offscreen has no tray: the page says what that changes, not only a tooltip.
    assert dialog.no_tray.isVisible() and "no system tray" in dialog.no_tray.text()
    assert not dialog.in_tray.isEnabled()
    dialog.check_ins.setChecked(True)
    dialog.remind.setChecked(True)
    dialog.remind_at.setTime(dialog.remind_at.time().fromString("07:30", "HH:mm"))
    dialog.accept()
    assert check_ins_wanted()
    saved = ReminderSettings()
    assert saved.enabled and saved.at.strftime("%H:%M") == "07:30"
    window.reminders.stop()


def test_with_a_tray_the_window_closes_into_it_and_quit_ends_it(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services.reminder import ReminderSettings
    from app.ui import reminder

    # Offscreen Qt has no tray: the check is replaced, the icon itself is real.
    monkeypatch.setattr(reminder, "tray_available", lambda: True)
    settings = ReminderSettings()
    settings.enabled = True
    settings.save()
    window.apply_reminders()
    assert window.reminders.tray is not None
    menu = window.reminders.tray.contextMenu()
    assert [a.text() for a in menu.actions()] == [
        "Start today's programme",
        "Show Breathing Room",
        "Quit",
    ]
    window.close()
    assert window.isHidden() and window.reminders.keeps_running  # lives on in the tray
    window.reminders.show_window.emit()
    assert window.isVisible()
    window.reminders.quit_app.emit()  # File → Quit and the tray's Quit end it for real
    assert window.isHidden() and window.reminders.tray is None


def test_a_session_stopped_before_anything_was_done_leaves_no_entry(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, user_dirs: dict[str, Path]
) -> None:
    window.queue.add(TWO)
    window.start_session()
    play_for(window, clock, 500)  # still in the first countdown
    window.stop_session()
    assert window.practice.recorder.flush(5)  # the writer thread's queue
    assert history(user_dirs).sessions() == []
    QApplication.processEvents()  # the after-session question would come now
    assert window.practice.dialog is None  # nothing to ask about either
