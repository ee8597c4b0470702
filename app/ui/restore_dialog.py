"""Restoring a backup from the window: check (in a worker, with progress and Cancel), ask,
then put in place (in a worker, with progress) — see :mod:`app.services.backup` for the
transaction itself.

Why this order: the check is the long part (a big history is read row by row) and may be
cancelled at any moment with nothing changed; the question comes when the answer is
known ("this backup holds 3 650 sessions; these settings will use their defaults"); the
swap itself is a handful of renames and cannot be cancelled half-way, so its dialog has
no Cancel button. The history is closed, and its lock taken for this process alone, only
for the swap: a second Breathing Room with the history open makes the restore refuse
before anything changes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app.core.text import visible
from app.services import backup, history_lock, paths
from app.services.history import SessionRecorder
from app.services.jobs import Job, Work

SHOW_AFTER_MS = 300  # a quick check of a small backup shows no dialog at all


def _shown(path: object) -> str:
    """A path (or a name) as a message shows it: whole, with bidi controls and invisible
    characters as escapes (a file name cannot reorder the question it is asked in)."""
    return visible(str(path), None)


class RestoreFlow(QObject):
    """One restore of ``source``. Signals: ``done(bool, str)`` once at the end: whether
    the backup is in place, and the sentence for the person (what changed, and where the
    previous data is)."""

    done = Signal(bool, str)

    def __init__(
        self,
        window: QWidget,
        recorder: SessionRecorder,
        source: Path,
        confirm: bool = True,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._recorder = recorder
        self.source = source
        self._confirm = confirm
        self.job: Job[Any] | None = None
        self.progress: QProgressDialog | None = None
        self.question: QMessageBox | None = None
        self.staged: backup.Staged | None = None
        self.finished = False
        self._updating = False
        self._cancellable = False
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    # -- the steps ------------------------------------------------------------------------

    def start(self) -> None:
        if self._recorder.recording:
            self._end(False, self._refused(self.tr("a session is being recorded; stop it first")))
            return
        source = self.source
        self._run(
            lambda progress, cancelled: backup.stage(source, progress, cancelled),
            self.tr("Checking the backup…"),
            self._checked,
            cancellable=True,
        )

    def _checked(self, job: Job[Any]) -> None:
        if job.error is not None:
            self._end(False, self._why_not(job.error))
            return
        staged = job.result
        assert isinstance(staged, backup.Staged)
        self.staged = staged
        if not self._confirm:
            self._swap()
            return
        box = QMessageBox(self._window)
        box.setObjectName("restoreQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restore a backup"))
        box.setText(self.question_text(staged))
        if staged.warnings:
            box.setInformativeText(
                self.tr("Checked, with these remarks:") + "\n\n" + "\n\n".join(staged.warnings)
            )
        yes = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(yes)

        def answered() -> None:
            self.question = None
            if box.clickedButton() is yes:
                self._swap()
            else:
                self._drop(staged, self.tr("The restore was cancelled. Nothing was changed."))

        box.finished.connect(answered)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.question = box
        box.open()

    def _swap(self) -> None:
        staged = self.staged
        assert staged is not None
        if self._recorder.recording:
            self._drop(staged, self._refused(self.tr("a session is being recorded; stop it first")))
            return
        self._recorder.close()  # the history file is about to be replaced
        try:
            history_lock.take_exclusive()
        except history_lock.HeldElsewhereError as error:
            holder = _shown(error.holder) if error.holder else self.tr("this window")
            self._drop(
                staged,
                self._refused(
                    self.tr("Breathing Room has the practice history open in another window "
                            "(%1); close it and try again").replace("%1", holder)
                ),
            )  # fmt: skip
            return
        except OSError as error:
            self._drop(staged, self._refused(error.strerror or str(error)))
            return
        self._run(
            lambda _progress, _cancelled: backup.swap(staged),
            self.tr("Putting the backup in place…"),
            self._swapped,
            cancellable=False,
        )

    def _swapped(self, job: Job[Any]) -> None:
        history_lock.drop_exclusive()
        error = job.error
        if isinstance(error, backup.SwapError):
            self._end(False, str(error))
        elif error is not None:  # refused before any move (swap() removed the copies)
            self._end(False, self._why_not(error))
        else:
            restored = job.result
            assert isinstance(restored, backup.Restored)
            self._end(True, self.success_text(restored))

    def _drop(self, staged: backup.Staged, text: str) -> None:
        """The staged copies go (in the worker: a thousand files take a moment)."""
        self._run(
            lambda _progress, _cancelled: backup.discard(staged),
            "",
            lambda _job: self._end(False, text),
            cancellable=False,
            shown=False,
        )

    # -- running a step -------------------------------------------------------------------

    def _run(
        self,
        work: Work[Any],
        label: str,
        then: Callable[[Job[Any]], None],
        cancellable: bool,
        shown: bool = True,
    ) -> None:
        job: Job[Any] = Job(work, self)
        self.job = job
        if shown:
            self._dialog(label, cancellable)
            job.progressed.connect(self._progressed)

        def ended() -> None:
            if self._updating:
                # WORKAROUND: a modal QProgressDialog calls processEvents() inside
                # setValue() (documented in QProgressDialog::setValue; the same reentrancy
                # crashed IJHack/QtPass#1697): the job's end, queued right behind its last
                # progress report, must not be handled under the dialog's own call.
                QTimer.singleShot(0, ended)
                return
            job.wait()
            if self.progress is not None:
                self.progress.reset()
                self.progress.hide()
            self.job = None
            job.deleteLater()
            then(job)

        job.finished.connect(ended)
        job.start()

    def _dialog(self, label: str, cancellable: bool) -> QProgressDialog:
        """One progress dialog for the whole restore (checking, then putting in place)."""
        dialog = self.progress
        if dialog is None:
            dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self._window)
            dialog.setObjectName("restoreProgress")
            dialog.setWindowTitle(self.tr("Restore a backup"))
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(SHOW_AFTER_MS)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(self._cancel)
            self.progress = dialog
        else:
            dialog.setLabelText(label)
            dialog.setRange(0, 0)
            dialog.setValue(0)
        self._cancellable = cancellable
        if not cancellable:
            dialog.setCancelButton(None)
        return dialog

    def _cancel(self) -> None:
        """Cancel pressed: the check stops at its next chunk or row, nothing changed."""
        if self.job is None or not self._cancellable:
            return  # the swap: a handful of renames, not to be cut half-way
        self.job.cancel()
        if self.progress is not None:
            self.progress.setLabelText(self.tr("Cancelling… (nothing has been changed)"))

    def _progressed(self, what: str, done: int, total: int) -> None:
        dialog = self.progress
        if dialog is None or dialog.wasCanceled():
            return
        self._updating = True
        try:
            if what and dialog.labelText() != what:
                dialog.setLabelText(what)
            if dialog.maximum() != total:
                dialog.setRange(0, total)
            dialog.setValue(done)
        finally:
            self._updating = False

    def shutdown(self) -> None:
        """The app quits: a check is cancelled, a swap is waited for (a second at most),
        so no thread outlives its window."""
        job = self.job
        if job is not None:
            job.cancel()
            job.wait()

    def _end(self, ok: bool, text: str) -> None:
        if self.finished:
            return
        self.finished = True
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.disconnect(self.shutdown)
        if self.progress is not None:
            self.progress.hide()
        self.done.emit(ok, text)

    # -- the words ------------------------------------------------------------------------

    def _refused(self, reason: str) -> str:
        return (
            self.tr("%1 cannot be restored: %2. Nothing was changed.")
            .replace("%1", _shown(self.source))
            .replace("%2", reason)
        )

    def _why_not(self, error: BaseException) -> str:
        if isinstance(error, backup.CancelledError):
            return self.tr("The restore was cancelled. Nothing was changed.")
        if isinstance(error, backup.BackupError):
            return self._refused(str(error))
        if isinstance(error, OSError):
            return self._refused(error.strerror or str(error))
        # Not foreseen; still said in words, and nothing was changed (the swap's own
        # failures are SwapErrors, which say what they did).
        return self._refused(f"{type(error).__name__}: {error}")

    def _made(self, staged_or_restored: backup.Staged | backup.Restored) -> str:
        made = (
            staged_or_restored.manifest.made
            if isinstance(staged_or_restored, backup.Staged)
            else staged_or_restored.made
        )
        return made.strftime("%d-%m-%Y %H:%M") if made else self.tr("an unknown date")

    def holds(self, staged: backup.Staged) -> str:
        """What the backup holds, in one line."""
        parts = []
        facts = staged.history
        if facts is not None:
            text = self.tr("%n session(s) in the practice history", "", facts.sessions)
            if facts.first and facts.last:
                text += " (" + self.tr("%1 to %2").replace(
                    "%1", facts.first.strftime("%d-%m-%Y")
                ).replace("%2", facts.last.strftime("%d-%m-%Y")) + ")"  # fmt: skip
            parts.append(text)
        else:
            parts.append(self.tr("no practice history"))
        parts.append(self.tr("%n saved session(s)", "", staged.sessions))
        if staged.rhythms:
            parts.append(self.tr("%n saved rhythm(s)", "", staged.rhythms))
        if backup.USER_CATALOGUE in staged.files:
            parts.append(self.tr("your own exercises"))
        if backup.SETTINGS in staged.files:
            parts.append(self.tr("settings"))
        return ", ".join(parts)

    def question_text(self, staged: backup.Staged) -> str:
        return (
            self.tr("Restore the backup of %1 (%2)?\n\nIt holds %3.\n\nIt replaces your "
                    "practice history, saved sessions, saved rhythms, own exercises and "
                    "settings. What you have now is not deleted: it is moved to a folder named "
                    "“before-restore-…” in %4.")
            .replace("%1", self._made(staged)).replace("%2", _shown(staged.source))
            .replace("%3", self.holds(staged)).replace("%4", _shown(paths.data_dir()))
        )  # fmt: skip

    def success_text(self, restored: backup.Restored) -> str:
        staged = self.staged
        holds = self.holds(staged) if staged is not None else ""
        return (
            self.tr("The backup of %1 is in place (%2). Your previous data was moved to %3. "
                    "Restart Breathing Room for the restored settings and your own "
                    "exercises to apply.")
            .replace("%1", self._made(restored)).replace("%2", holds)
            .replace("%3", self.tr(" and ").join(_shown(p) for p in restored.asides)
                     or self.tr("(there was none)"))
        )  # fmt: skip
