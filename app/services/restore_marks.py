"""What an unfinished restore leaves in the data and settings folders, named once.

Every start of the main window must finish a restore a crash cut short, but almost every
start finds nothing to finish: one listing of each folder tells, so the restore code
(``backup``, 18 ms to import and run) is only loaded when something is there.
"""

from __future__ import annotations

from pathlib import Path

from app.services import paths

JOURNAL = "restore-journal.json"  # the swap's record; ``.new`` while it is written
STAGING = ".restore-staging-"  # + the pid: a checked copy of a backup, never the person's
ASIDE = "before-restore-"  # + a date: what a restore replaced (empty if killed at once)


def left_behind(*roots: Path) -> bool:
    """Whether ``roots`` hold a journal, a staging folder or an empty aside folder: what
    ``backup.finish_interrupted`` finishes or clears."""
    for root in dict.fromkeys(roots):
        try:
            found = list(root.iterdir())
        except OSError:
            continue
        for path in found:
            if path.name.startswith((JOURNAL, STAGING)):
                return True
            if path.name.startswith(ASIDE):
                try:
                    if next(path.iterdir(), None) is None:
                        return True
                except OSError:
                    continue
    return False


notices: list[str] = []  # what a finished or undone restore must tell the first window


def pending() -> bool:
    """Whether this person's folders hold what ``backup.finish_interrupted`` finishes or
    clears: the caller imports the restore code only then."""
    return left_behind(paths.data_dir(), paths.config_dir())


def take_notices() -> list[str]:
    """What ``backup.finish_interrupted`` found, once, for the first window to say."""
    taken = list(notices)
    notices.clear()
    return taken
