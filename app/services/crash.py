"""The last line of defence: an unexpected error becomes a short message and a report file.

No traceback ever reaches a user; it goes to a file under the cache folder whose path the
message names, so it can be attached to a bug report.
"""

from __future__ import annotations

import datetime
import traceback
from pathlib import Path
from types import TracebackType


def write_report(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> Path | None:
    from app.services.paths import cache_dir

    try:
        folder = cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
        path = folder / f"crash-{stamp}.txt"
        path.write_text("".join(traceback.format_exception(kind, error, tb)), encoding="utf-8")
        return path
    except OSError:
        return None
