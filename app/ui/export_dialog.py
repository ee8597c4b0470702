"""Session → Export audio…: the queue as a WAV file, to follow on a phone on the mat.

Asks for a file, writes it off the GUI thread (``services/export_audio``, in a
:class:`~app.services.jobs.Job`) behind a progress dialog with Cancel, and says what was
written (its size and length) or why not. The session is compiled as the session host
compiles it for playing (``SessionHost.compile``), with the person's guidance choices, so
the file is the session they would hear.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from app.core.model import Exercise
from app.core.spoken import GuidanceMode
from app.core.text import Lang
from app.services import export_audio, labels, options
from app.services.export_audio import ExportCancelledError, Exported, ExportError, ExportRequest
from app.services.jobs import Job
from app.session_host import SessionHost

SHOW_AFTER_MS = 300  # a short session written in a blink shows no progress dialog


class AudioExport(QObject):
    """Signals: ``ended(object)``: the :class:`Exported` file, or None (cancelled, failed,
    or nothing asked), once per :meth:`run` that started an export."""

    ended = Signal(object)

    def __init__(
        self,
        window: QWidget,
        host: SessionHost,
        ids: Callable[[], list[str]],
        exercises: Mapping[str, Exercise],
        lang: Lang,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._host = host
        self._ids = ids
        self._exercises = exercises
        self._lang: Lang = lang
        self.job: Job[Exported] | None = None
        self.progress: QProgressDialog | None = None
        self.message: QMessageBox | None = None
        self._updating = False
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    @property
    def busy(self) -> bool:
        return self.job is not None

    def ask_path(self) -> Path | None:
        """The file to write, asked with the platform's dialog (None: not given)."""
        music = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.MusicLocation)
        folder = Path(music) if music else Path.home()
        name, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Export audio"), str(folder / self.tr("session.wav")),
            self.tr("WAV sound (*.wav)"),
        )  # fmt: skip
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".wav" else path.with_name(path.name + ".wav")

    def run(self, target: Path | None = None) -> bool:
        """Export the queue to ``target`` (asked when None); False when nothing started."""
        if self.job is not None:
            return False  # one at a time; the progress dialog is showing
        compiled = self._host.compile(self._ids())
        if isinstance(compiled, str):
            self._say(
                QMessageBox.Icon.Warning,
                compiled or self.tr("The session is empty: add exercises to it first."),
            )
            return False
        target = target or self.ask_path()
        if target is None:
            return False
        mode = GuidanceMode(options.GUIDANCE_MODE.read())
        request = ExportRequest(
            compiled,
            self._exercises,
            self._lang,
            target,
            # Off means nothing to hear; the file gets the sounds at least.
            GuidanceMode.VOICE if mode is GuidanceMode.VOICE else GuidanceMode.CUES,
            say_breaths=options.SAY_BREATHS.read(),
        )
        # The module's attribute, looked up now: the tests put a synthetic voice there.
        job = export_audio.start(request, self, export_audio.builtin_voice)
        self.job = job
        dialog = QProgressDialog(
            self.tr("Writing %1…").replace("%1", target.name), self.tr("Cancel"), 0, 1000,
            self._window,
        )  # fmt: skip
        dialog.setObjectName("exportAudioProgress")
        dialog.setWindowTitle(self.tr("Export audio"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        self.progress = dialog
        job.progressed.connect(self._progressed)
        job.finished.connect(self._finished)
        return True

    def cancel(self) -> None:
        """Cancel pressed: the writing stops at its next chunk and leaves no file."""
        if self.job is not None:
            self.job.cancel()
            if self.progress is not None:
                self.progress.setLabelText(self.tr("Cancelling…"))

    def shutdown(self) -> None:
        """At exit: stop the export and wait for it (a running QThread must not be
        destroyed); it removes its own unfinished file."""
        if self.job is not None:
            self.job.cancel()
            self.job.wait()

    def _progressed(self, what: str, done: int, total: int) -> None:
        dialog = self.progress
        if dialog is None or (self.job is not None and self.job.cancelled):
            return
        self._updating = True
        try:
            dialog.setLabelText(what)
            dialog.setValue(min(done, total) if total else 0)
        finally:
            self._updating = False

    def _finished(self) -> None:
        if self._updating:
            # WORKAROUND: a modal QProgressDialog calls processEvents() inside setValue()
            # (documented in QProgressDialog::setValue; restore_dialog.py has the same):
            # the job's end, queued behind its last progress, must not run inside that call.
            QTimer.singleShot(0, self._finished)
            return
        job = self.job
        if job is None:
            return
        job.wait()
        self.job = None
        job.deleteLater()
        if self.progress is not None:
            self.progress.reset()
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None
        result = job.result
        if isinstance(job.error, ExportError):
            self._say(QMessageBox.Icon.Warning, job.error.reason)
        elif isinstance(job.error, ExportCancelledError):
            pass  # asked for; nothing was written
        elif job.error is not None:
            # An unforeseen fault: said, not raised into the event loop (crash.py's hook
            # would end the app over a file that was not written).
            self._say(
                QMessageBox.Icon.Warning,
                self.tr("The sound file could not be written: %1").replace("%1", str(job.error)),
            )
        elif result is not None:
            size = QLocale().formattedDataSize(result.size)
            text = (
                self.tr("Written: %1 (%2, %3).")
                .replace("%1", str(result.path))
                .replace("%2", labels.duration(result.duration_ms))
                .replace("%3", size)
            )
            self._say(QMessageBox.Icon.Information, text)
        self.ended.emit(result if job.error is None else None)

    def _say(self, icon: QMessageBox.Icon, text: str) -> None:
        """A window-modal message that does not block (``open``, not ``exec``)."""
        if self.message is not None and shiboken6.isValid(self.message):
            self.message.close()
        box = QMessageBox(icon, self.tr("Export audio"), text, QMessageBox.StandardButton.Ok)
        box.setParent(self._window, box.windowFlags())
        box.setObjectName("exportAudioMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.message = box
