"""Practice → History: the days practised, minutes per week, pain before and after, and
every session in a list (details, delete, export as CSV, back up and restore)."""

from __future__ import annotations

import contextlib
import io
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core import history
from app.core.history import Done, Feeling, Outcome, SessionRecord
from app.core.history_csv import write_csv
from app.core.model import Catalogue
from app.core.text import Lang, visible
from app.services import backup, labels, routine_store
from app.services.history import SessionRecorder
from app.ui.charts import PainChart, PracticeStrip, WeeklyMinutes
from app.ui.fit_area import FitArea, size_for_screen
from app.ui.flow_layout import FlowLayout

if TYPE_CHECKING:
    from app.ui.restore_dialog import RestoreFlow

AnyIndex = QModelIndex | QPersistentModelIndex


class HistoryModel(QAbstractTableModel):
    """Sessions, the last recorded first (not by date: a date can be wrong, see
    ``history.suspect``; a suspect one is marked ⚠ with a tooltip that says why)."""

    def __init__(self, catalogue: Catalogue, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._lang: Lang = lang
        self.sessions: list[SessionRecord] = []
        self.suspect: set[int] = set()
        self._headers = [self.tr("Date"), self.tr("What"), self.tr("Minutes"),
                         self.tr("How it ended"), self.tr("Pain")]  # fmt: skip

    def set_sessions(self, sessions: list[SessionRecord], suspect: set[int] | None = None) -> None:
        self.beginResetModel()
        self.sessions = sorted(sessions, key=lambda s: s.id, reverse=True)
        self.suspect = suspect or set()
        self.endResetModel()

    def suspect_note(self) -> str:
        return self.tr(
            "This date cannot be right: it lies after the sessions recorded later, or in the "
            "future (the computer's clock was probably wrong then). The session is kept, but "
            "not counted in the days in a row, the minutes per week, the pain chart or the "
            "suggestion to move on."
        )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.sessions)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def what(self, session: SessionRecord) -> str:
        if session.program and session.program in self._catalogue.programs:
            name = self._catalogue.programs[session.program].name.get(self._lang)
            if session.skipped:  # "Skip what hurt?": which ones, in the details below
                left_out = self.tr("%n exercise(s) left out", "", len(session.skipped))
                return f"{name} ({left_out})"
            return name
        if len(session.exercises) == 1:
            eid = session.exercises[0].exercise
            exercise = self._catalogue.exercises.get(eid)
            return exercise.name.get(self._lang) if exercise else eid
        return self.tr("%1 exercises").replace("%1", str(len(session.exercises)))

    def outcome(self, session: SessionRecord) -> str:
        if session.outcome is Outcome.FINISHED:
            return self.tr("Finished")
        if session.outcome is Outcome.STOPPED:
            return self.tr("Stopped early")
        return self.tr("Interrupted (the app closed)")

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.TextAlignmentRole,
                                               Qt.ItemDataRole.ToolTipRole):  # fmt: skip
            return None
        s = self.sessions[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.suspect_note() if column == 0 and s.id in self.suspect else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == 2:
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            return None
        if column == 0:
            shown = s.started.strftime("%d-%m-%Y %H:%M")
            return f"⚠ {shown}" if s.id in self.suspect else shown
        if column == 1:
            return self.what(s)
        if column == 2:
            return labels.duration(s.played_ms)
        if column == 3:
            return self.outcome(s)
        before = "–" if s.pain_before is None else str(s.pain_before)
        after = "–" if s.pain_after is None else str(s.pain_after)
        return "" if s.pain_before is None and s.pain_after is None else f"{before} → {after}"


class _Exported(QObject):
    """Carries an export's result from its worker thread to the window (queued)."""

    done = Signal(int, str, str)  # rows written (or -1), why not, and where


class HistoryWindow(QDialog):
    """Signals: ``restored()`` after a backup was put in place; ``restore_finished(bool)``
    at the end of every restore, put in place or not (the message is shown then);
    ``exported(bool)`` when a CSV export ended (the message is shown then)."""

    restored = Signal()
    restore_finished = Signal(bool)
    exported = Signal(bool)

    def __init__(
        self,
        recorder: SessionRecorder,
        catalogue: Catalogue,
        lang: Lang,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyWindow")
        self.setWindowTitle(self.tr("Practice history"))
        self._recorder = recorder
        self.restoring: RestoreFlow | None = None  # a restore under way
        self.last_message = ""
        self._catalogue = catalogue
        self._lang: Lang = lang
        self.summary = QLabel()
        self.summary.setObjectName("historySummary")
        self.summary.setWordWrap(True)
        self.strip = PracticeStrip()
        self.minutes = WeeklyMinutes()
        self.pain = PainChart()
        charts = QHBoxLayout()
        for title, chart in ((self.tr("Days practised"), self.strip),
                             (self.tr("Minutes per week"), self.minutes),
                             (self.tr("Pain before and after (0–10)"), self.pain)):  # fmt: skip
            column = QVBoxLayout()
            heading = QLabel(title)
            heading.setBuddy(chart)
            column.addWidget(heading)
            column.addWidget(chart, 1)
            charts.addLayout(column, 0 if chart is self.strip else 1)

        self.model = HistoryModel(catalogue, lang, self)
        self.table = QTableView()
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(self.tr("Sessions"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAlternatingRowColors(True)
        self.details = QTextBrowser()
        self.details.setObjectName("historyDetails")
        self.details.setAccessibleName(self.tr("Session details"))
        self._fit_details()

        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteSession")
        self.delete_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_button.setToolTip(self.tr("Delete the selected session (Del)"))
        self.delete_button.clicked.connect(self.delete_selected)
        export = QPushButton(self.tr("Export CSV…"))
        export.setObjectName("exportCsv")
        export.setToolTip(self.tr("Every session and exercise as a spreadsheet file"))
        export.clicked.connect(self._ask_export)
        save = QPushButton(self.tr("Back up…"))
        save.setObjectName("backUp")
        save.setToolTip(self.tr("History, saved sessions, your exercises and settings in one file"))
        save.clicked.connect(self._ask_backup)
        load = QPushButton(self.tr("Restore…"))
        load.setObjectName("restore")
        load.setToolTip(self.tr("Put a backup in place (the current data is kept aside)"))
        load.clicked.connect(self._ask_restore)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons = FlowLayout()  # wraps at large text
        for button in (self.delete_button, export, save, load, close):
            buttons.addWidget(button)

        page = QWidget()  # scrolls on a small screen; the buttons stay in view
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.summary)
        page_layout.addLayout(charts)
        page_layout.addWidget(self.table, 1)
        page_layout.addWidget(self.details)
        layout = QVBoxLayout(self)
        layout.addWidget(FitArea(page), 1)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        recorder.recorded.connect(self.refresh)
        size_for_screen(self, 900, 640)
        self.refresh()

    # -- showing --------------------------------------------------------------------------

    DETAILS_LINES = 7  # a session's details show this many lines before they scroll

    def _fit_details(self) -> None:
        """The details' height in lines of the text size of now (160 px held four lines
        at 200 %)."""
        frame = 2 * self.details.frameWidth() + 2 * int(self.details.document().documentMargin())
        lines = self.details.fontMetrics().lineSpacing() * self.DETAILS_LINES
        self.details.setMaximumHeight(lines + frame)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_details()

    def refresh(self, today: date | None = None) -> None:
        sessions = self._recorder.sessions()
        today = today or date.today()
        self.model.set_sessions(sessions, history.suspect(sessions, history.end_of(today)))
        self.strip.set_days(history.days_practised(sessions, today), today)
        weeks = history.minutes_per_week(sessions, today)
        self.minutes.set_weeks(weeks)
        self.pain.set_rows(history.pain_trend(sessions, today))
        streak = history.streak(sessions, today)
        summary = (
            self.tr("Days in a row: %1 · this week: %2 min · sessions in all: %3")
            .replace("%1", str(streak)).replace("%2", str(round(weeks[-1][1])))
            .replace("%3", str(len(sessions)))
        )  # fmt: skip
        if self._recorder.busy:
            summary = self.tr(
                "The practice history is in use by another program; it is shown here as "
                "soon as it is free."
            ) + " " + summary  # fmt: skip
        elif self._recorder.loading:
            summary = self.tr("Reading the practice history…")
        self.summary.setText(summary)
        self.delete_button.setEnabled(bool(sessions))
        if sessions:
            self.table.selectRow(0)
        else:
            self.details.setPlainText(
                self.tr("No sessions yet. Every guided session you do is listed here.")
            )

    def _show_details(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        session = self.model.sessions[current.row()]
        done = {Done.COMPLETED: self.tr("done"), Done.PARTLY: self.tr("partly done"),
                Done.SKIPPED: self.tr("skipped")}  # fmt: skip
        feelings = {Feeling.GOOD: self.tr("felt good"), Feeling.TOO_HARD: self.tr("too hard"),
                    Feeling.HURT: self.tr("it hurt")}  # fmt: skip
        lines = [f"⚠ {self.model.suspect_note()}"] if session.id in self.model.suspect else []
        for record in session.exercises:
            name = self.exercise_name(record.exercise)
            parts = [done[record.done]]
            if record.rounds > 1:
                parts.append(self.tr("%1 of %2 rounds").replace("%1", str(record.rounds_done))
                             .replace("%2", str(record.rounds)))  # fmt: skip
            if record.feeling is not None:
                parts.append(feelings[record.feeling])
            lines.append(f"{record.position + 1}. {name}: {', '.join(parts)}")
        if session.skipped:
            lines.append(self.skipped_text(session))
        self.details.setPlainText("\n".join(lines))

    def exercise_name(self, exercise_id: str) -> str:
        """The name in the window's language; an exercise no longer in the catalogue (an
        own exercise since removed, a backup from elsewhere) by its id, shown safely."""
        exercise = self._catalogue.exercises.get(exercise_id)
        return exercise.name.get(self._lang) if exercise else visible(exercise_id, None)

    def skipped_text(self, session: SessionRecord) -> str:
        """What "Skip what hurt?" left out of the session's programme, by name."""
        names = ", ".join(self.exercise_name(eid) for eid in session.skipped)
        return self.tr(
            "Left out because it hurt last time (%n exercise(s)): %1", "", len(session.skipped)
        ).replace("%1", names)

    # -- changing -------------------------------------------------------------------------

    def selected(self) -> SessionRecord | None:
        index = self.table.currentIndex()
        return self.model.sessions[index.row()] if index.isValid() else None

    def delete_selected(self, confirm: bool = True) -> None:
        session = self.selected()
        if session is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Delete session"),
                self.tr("Delete the session of %1 from the history? This cannot be undone.")
                .replace("%1", session.started.strftime("%d-%m-%Y %H:%M")),
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._recorder.delete(session.id)
        self.refresh()

    def _ask_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export history"), str(Path.home() / "breathing-room-history.csv"),
            self.tr("CSV files (*.csv)"),
        )  # fmt: skip
        if name:
            self.export_csv(Path(name))

    def export_csv(self, target: Path) -> bool:
        """Write the history as the window shows it (the recorder's copy: nothing waits for
        the file) to ``target``, every text cell neutralised for spreadsheets
        (``core/history_csv``). On a worker thread: ten years of daily sessions are 29,000
        rows and take a few tenths of a second. False when it cannot start (said at once);
        else the end is ``exported(bool)``, with its message."""
        if self._recorder.busy or self._recorder.loading:
            self._fail(self.tr("The practice history is in use by another program or still "
                               "being read; export it in a moment."))  # fmt: skip
            return False
        sessions = self._recorder.sessions()  # immutable records: safe to hand over
        names = {eid: e.name.get(self._lang) for eid, e in self._catalogue.exercises.items()}
        # A bound slot of a GUI-thread object, so the result arrives queued on the GUI
        # thread (a lambda would run on the worker's thread).
        relay = _Exported(self)
        relay.done.connect(self._exported)
        relay.done.connect(relay.deleteLater)

        def work() -> None:
            try:
                out = io.StringIO()
                rows = write_csv(sessions, out, names)
                routine_store.write_text(target, out.getvalue())
            except routine_store.StoreError as error:
                rows, why = -1, str(error.problem)
            except Exception as error:  # noqa: BLE001 - said in the window, never a traceback
                rows, why = -1, f"{type(error).__name__}: {error}"
            else:
                why = ""
            with contextlib.suppress(RuntimeError):  # the window is gone: nobody to tell
                relay.done.emit(rows, why, str(target))

        QThreadPool.globalInstance().start(work)
        return True

    @Slot(int, str, str)
    def _exported(self, rows: int, why: str, target: str) -> None:
        if rows < 0:
            self._fail(self.tr("The history could not be exported: %1").replace("%1", why))
        else:
            self._say(self.tr("%n row(s) written to %1", "", rows).replace("%1", target))
        self.exported.emit(rows >= 0)

    def _ask_backup(self) -> None:
        stamp = datetime.now().strftime("%Y-%m-%d")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up all data"),
            str(Path.home() / f"breathing-room-backup-{stamp}.zip"),
            self.tr("Backups (*.zip)"),
        )  # fmt: skip
        if name:
            self.back_up(Path(name))

    def back_up(self, target: Path) -> bool:
        try:
            count = backup.make(target, self._recorder.store)
        except (backup.BackupError, OSError) as error:
            self._fail(self.tr("The backup could not be written to %1: %2")
                       .replace("%1", str(target)).replace("%2", str(error)))  # fmt: skip
            return False
        self._say(self.tr("%n file(s) backed up to %1", "", count).replace("%1", str(target)))
        return True

    def _ask_restore(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore a backup"), str(Path.home()), self.tr("Backups (*.zip)")
        )
        if name:
            self.restore(Path(name))

    def restore(self, source: Path, confirm: bool = True) -> bool:
        """Check ``source`` and, once the person agrees (``confirm``), put it in place —
        all in a worker, with progress (:class:`~app.ui.restore_dialog.RestoreFlow`).
        Returns at once: False when a restore is already under way. ``restore_finished``
        says how it ended; the message says what changed and where the previous data is."""
        if self.restoring is not None:
            return False
        from app.ui.restore_dialog import RestoreFlow  # not needed until a restore

        flow = RestoreFlow(self, self._recorder, source, confirm)
        flow.done.connect(self._restore_done)
        self.restoring = flow
        flow.start()
        return True

    def _restore_done(self, ok: bool, text: str) -> None:
        flow, self.restoring = self.restoring, None
        if flow is not None:
            flow.deleteLater()
        self.refresh()
        if ok:
            self.restored.emit()
            self._say(text)
        else:
            self._fail(text)
        self.restore_finished.emit(ok)

    def _say(self, text: str) -> None:
        self._tell(QMessageBox.Icon.Information, text)

    def _fail(self, text: str) -> None:
        self._tell(QMessageBox.Icon.Warning, text)

    def _tell(self, kind: QMessageBox.Icon, text: str) -> None:
        self.last_message = text
        box = QMessageBox(kind, self.windowTitle(), text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
