"""Practice → History: the days practised, minutes per week, pain before and after, and
every session in a list (details, delete, export as CSV, back up and restore)."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
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
from app.core.model import Catalogue
from app.core.text import Lang
from app.services import backup, labels, session_store
from app.services.history import SessionRecorder
from app.ui.charts import PainChart, PracticeStrip, WeeklyMinutes

AnyIndex = QModelIndex | QPersistentModelIndex


class HistoryModel(QAbstractTableModel):
    """Sessions, newest first."""

    def __init__(self, catalogue: Catalogue, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._lang: Lang = lang
        self.sessions: list[SessionRecord] = []
        self._headers = [self.tr("Date"), self.tr("What"), self.tr("Minutes"),
                         self.tr("How it ended"), self.tr("Pain")]  # fmt: skip

    def set_sessions(self, sessions: list[SessionRecord]) -> None:
        self.beginResetModel()
        self.sessions = sorted(sessions, key=lambda s: s.started, reverse=True)
        self.endResetModel()

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
            return self._catalogue.programs[session.program].name.get(self._lang)
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
                                               Qt.ItemDataRole.TextAlignmentRole):  # fmt: skip
            return None
        s = self.sessions[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == 2:
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            return None
        if column == 0:
            return s.started.strftime("%d-%m-%Y %H:%M")
        if column == 1:
            return self.what(s)
        if column == 2:
            return labels.duration(s.played_ms)
        if column == 3:
            return self.outcome(s)
        before = "–" if s.pain_before is None else str(s.pain_before)
        after = "–" if s.pain_after is None else str(s.pain_after)
        return "" if s.pain_before is None and s.pain_after is None else f"{before} → {after}"


class HistoryWindow(QDialog):
    """Signals: ``restored()`` after a backup was put in place."""

    restored = Signal()

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
        self.details.setMaximumHeight(160)

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
        buttons = QHBoxLayout()
        for button in (self.delete_button, export, save, load):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(charts)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        recorder.recorded.connect(self.refresh)
        self.resize(900, 640)
        self.refresh()

    # -- showing --------------------------------------------------------------------------

    def refresh(self, today: date | None = None) -> None:
        sessions = self._recorder.sessions()
        today = today or date.today()
        self.model.set_sessions(sessions)
        self.strip.set_days(history.days_practised(sessions), today)
        weeks = history.minutes_per_week(sessions, today)
        self.minutes.set_weeks(weeks)
        self.pain.set_rows(history.pain_trend(sessions))
        streak = history.streak(sessions, today)
        self.summary.setText(
            self.tr("Days in a row: %1 · this week: %2 min · sessions in all: %3")
            .replace("%1", str(streak)).replace("%2", str(round(weeks[-1][1])))
            .replace("%3", str(len(sessions)))
        )  # fmt: skip
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
        lines = []
        for record in session.exercises:
            exercise = self._catalogue.exercises.get(record.exercise)
            name = exercise.name.get(self._lang) if exercise else record.exercise
            parts = [done[record.done]]
            if record.rounds > 1:
                parts.append(self.tr("%1 of %2 rounds").replace("%1", str(record.rounds_done))
                             .replace("%2", str(record.rounds)))  # fmt: skip
            if record.feeling is not None:
                parts.append(feelings[record.feeling])
            lines.append(f"{record.position + 1}. {name}: {', '.join(parts)}")
        self.details.setPlainText("\n".join(lines))

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
        store = self._recorder.store
        if store is None:
            return False
        out = io.StringIO()
        names = {eid: e.name.get(self._lang) for eid, e in self._catalogue.exercises.items()}
        rows = store.export_csv(out, names)
        try:
            session_store.write_text(target, out.getvalue())
        except session_store.StoreError as error:
            self._fail(self.tr("The history could not be exported: %1")
                       .replace("%1", str(error.problem)))  # fmt: skip
            return False
        self._say(self.tr("%1 rows written to %2").replace("%1", str(rows))
                  .replace("%2", str(target)))  # fmt: skip
        return True

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
        self._say(self.tr("%1 files backed up to %2").replace("%1", str(count))
                  .replace("%2", str(target)))  # fmt: skip
        return True

    def _ask_restore(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore a backup"), str(Path.home()), self.tr("Backups (*.zip)")
        )
        if name:
            self.restore(Path(name))

    def restore(self, source: Path) -> bool:
        try:
            backup.check(source)
            self._recorder.close()  # the history file is about to be replaced
            aside = backup.restore(source)
        except (backup.BackupError, OSError) as error:
            self._fail(self.tr("%1 cannot be restored: %2").replace("%1", str(source))
                       .replace("%2", str(error)))  # fmt: skip
            return False
        self.refresh()
        self.restored.emit()
        self._say(
            self.tr("The backup is in place; your previous data was moved to %1. Restart "
                    "Breathing Room for the restored settings to apply.").replace("%1", str(aside))
        )  # fmt: skip
        return True

    def _say(self, text: str) -> None:
        self._tell(QMessageBox.Icon.Information, text)

    def _fail(self, text: str) -> None:
        self._tell(QMessageBox.Icon.Warning, text)

    def _tell(self, kind: QMessageBox.Icon, text: str) -> None:
        self.last_message = text
        box = QMessageBox(kind, self.windowTitle(), text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
