"""A read-only or full data location: found out early, said once, and nothing lost.

Every write the app makes is already safe on its own (``QSaveFile`` for sessions and
settings, one SQLite transaction per history write): a failed write leaves the old content
in place. What a failed write must not be is *silent*. ``QSettings`` reports nothing unless
asked after a ``sync()``, so preferences go through :func:`changed_settings`; the folders
are tried once after the first paint (:func:`check_folders`), so a person learns that the
history will not be kept before a session, not after it.

Every problem goes to :data:`notices` as one translated sentence per folder; the windows
show it in a banner that stays. The app keeps working in memory.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

from app.services import paths
from app.services.i18n import translate

PROBE = ".breathing-room-write-test"


class StorageNotices(QObject):
    """Signals: ``problem(str)`` once per folder that cannot be written this run;
    ``recovered()`` when a later check finds every folder writable again."""

    problem = Signal(str)
    recovered = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._said: dict[Path, str] = {}

    @property
    def current(self) -> list[str]:
        """What is wrong now, for a window that opens after it was said."""
        return list(self._said.values())

    def covers(self, folder: Path) -> bool:
        """Whether a problem with ``folder`` has been said (a later failure in it is no news)."""
        return folder in self._said

    def report(self, folder: Path, reason: str) -> None:
        if folder in self._said:
            return
        data, config = folder == paths.data_dir(), folder == paths.config_dir()
        if data and config:
            lost = translate("Storage", "Your practice history, saved sessions and preferences")
        elif config:
            lost = translate("Storage", "Your preferences")
        else:
            lost = translate("Storage", "Your practice history and saved sessions")
        text = translate(
            "Storage",
            "Breathing Room cannot write to %1 (%2). %3 are not kept until it can; "
            "everything else works as usual.",
        )
        text = text.replace("%1", str(folder)).replace("%2", reason).replace("%3", lost)
        self._said[folder] = text
        self.problem.emit(text)

    def clear(self) -> None:
        if self._said:
            self._said.clear()
            self.recovered.emit()


notices = StorageNotices()


def _reason(error: OSError) -> str:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return translate("Storage", "the disk is full")
    if error.errno == errno.EROFS:
        return translate("Storage", "the disk is read-only")
    if error.errno in (errno.EACCES, errno.EPERM):
        return translate("Storage", "no permission")
    return error.strerror or str(error)


def _try_folder(folder: Path) -> OSError | None:
    """Make the folder and write (and remove) a small file in it: a full disk refuses the
    bytes, not always the name, so a name alone would not tell."""
    probe = folder / PROBE
    try:
        paths.private_folder(folder)
        with probe.open("wb") as out:
            out.write(b"breathing room\n" * 64)  # 1 KiB: more than one block's worth of
            out.flush()  # the history's smallest write; flush so the error comes here
            os.fsync(out.fileno())
    except OSError as error:
        return error
    finally:
        with suppress(OSError):  # a read-only folder cannot have it anyway
            probe.unlink(missing_ok=True)
    return None


def check_folders() -> bool:
    """Try every folder the app writes in; say what fails. True when all can be written."""
    ok = True
    for folder in dict.fromkeys((paths.data_dir(), paths.config_dir())):
        error = _try_folder(folder)
        if error is not None:
            notices.report(folder, _reason(error))
            ok = False
    if ok:
        notices.clear()
    return ok


@contextmanager
def changed_settings() -> Iterator[QSettings]:
    """Preferences to change; written when the block ends, and a failure is said."""
    settings = paths.settings()
    yield settings
    settings.sync()
    folder = paths.config_dir()
    if settings.status() is not QSettings.Status.NoError and not notices.covers(folder):
        error = _try_folder(folder)
        reason = _reason(error) if error is not None else translate("Storage", "write error")
        notices.report(folder, reason)
