"""The last line of defence: an unexpected error becomes a short message and a report file.

No traceback ever reaches a user; it goes to a file under the cache folder whose path the
message names, so it can be attached to a bug report.
"""

from __future__ import annotations

import datetime
import os
import traceback
from pathlib import Path
from types import TracebackType


def write_report(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> Path | None:
    from app.services.paths import PRIVATE_FILE, cache_dir, private_folder

    try:
        folder = private_folder(cache_dir())
        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
        path = folder / f"crash-{stamp}.txt"
        # The user's alone (0600): a report names their files and what they were doing.
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0)
        with os.fdopen(os.open(path, flags, PRIVATE_FILE), "w", encoding="utf-8") as out:
            out.write("".join(traceback.format_exception(kind, error, tb)))
        return path
    except OSError:
        return None
