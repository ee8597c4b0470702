"""What checking and restoring a backup costs: time and peak memory (the process's maximum
resident set, so SQLite's and zlib's memory count too), each measurement in a fresh
process, for histories of growing size up to the largest a backup may hold; and how long
the 4 GiB zip bomb takes to be refused.

    .venv/bin/python -m tests.bench.restore_costs
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent

ONE = r"""
import json, os, resource, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from app.services import backup
from tests.helpers.backups import put_set
mode, source = sys.argv[1], Path(sys.argv[2])
data = Path(os.environ["BREATHING_ROOM_DATA_DIR"])
config = Path(os.environ["BREATHING_ROOM_CONFIG_DIR"])
put_set(data, config, "a")
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
try:
    staged = backup.stage(source)
    checked = time.perf_counter() - started
    if mode == "restore":
        backup.swap(staged)
    else:
        backup.discard(staged)
    outcome = "ok"
except backup.BackupError as error:
    checked, outcome = time.perf_counter() - started, str(error)[:80]
took = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"check_s": checked, "total_s": took, "peak_mb": peak / 1024,
                  "added_mb": (peak - base) / 1024, "outcome": outcome}))
"""


def measure(mode: str, source: Path, folder: Path) -> dict[str, object]:
    env = dict(os.environ, PYTHONPATH=str(REPO), HOME=str(folder))
    for kind in ("DATA", "CONFIG", "CACHE"):
        env[f"BREATHING_ROOM_{kind}_DIR"] = str(folder / kind.lower())
    out = subprocess.run([sys.executable, "-c", ONE, mode, str(source)], env=env, cwd=REPO,
                         capture_output=True, text=True, check=True).stdout  # fmt: skip
    return dict(json.loads(out.splitlines()[-1]))


def main() -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from tests.helpers.backups import (
        CRC_4GIB_ZEROS,
        MANIFEST_OK,
        RawEntry,
        stored,
        write_zip,
        zeros_deflated,
    )
    from tests.test_restore import _big_backup

    with tempfile.TemporaryDirectory() as name:
        root = Path(name)
        for years in (10, 50, 110):
            archive = _big_backup(root / f"y{years}", 365 * years)
            history_mb = (archive.parent / "data" / "history.sqlite3").stat().st_size / 2**20
            for mode in ("check", "restore"):
                figures = measure(mode, archive, root / f"run-{years}-{mode}")
                print(f"{years:4} years ({history_mb:5.1f} MB history, zip "
                      f"{archive.stat().st_size / 2**20:5.1f} MB) {mode:8}: "
                      f"check {figures['check_s']:.2f} s, all {figures['total_s']:.2f} s, "
                      f"peak RSS {figures['peak_mb']:.0f} MB "
                      f"(+{figures['added_mb']:.0f}) {figures['outcome']}", flush=True)  # fmt: skip
        bomb = write_zip(root / "bomb.zip", [
            stored("breathing-room-backup.json", MANIFEST_OK),
            RawEntry("history.sqlite3", zeros_deflated(4 << 30), 4 << 30, CRC_4GIB_ZEROS, 8),
        ])  # fmt: skip
        figures = measure("check", bomb, root / "run-bomb")
        print(f"zip bomb ({bomb.stat().st_size / 2**20:.1f} MB zip, 4 GiB history): refused "
              f"in {figures['total_s'] * 1000:.1f} ms, peak RSS {figures['peak_mb']:.0f} MB "
              f"(+{figures['added_mb']:.0f}): {figures['outcome']}")  # fmt: skip


if __name__ == "__main__":
    main()
