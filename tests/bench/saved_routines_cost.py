"""What "Open saved session…" costs on the GUI thread when the saved sessions fill what a
restore may bring (``routine_store.MAX_TOTAL_BYTES``): each shape of session as many times
as fits, read by the list's own reader (:func:`app.services.routine_store.entries`), best
of three, processor time and wall time.

    .venv/bin/python -m tests.bench.saved_routines_cost
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as root:
        os.environ["BREATHING_ROOM_DATA_DIR"] = root
        from app.bundle import catalogue_path
        from app.core.files import load_bundled
        from app.core.routines import SavedRoutine, dump
        from app.services import routine_store

        catalogue = load_bundled(catalogue_path()).catalogue
        assert catalogue is not None
        known = set(catalogue.exercises)
        ids = sorted(known, key=len)
        limit = routine_store.MAX_FILE_BYTES - 32
        head = "schema: 1\nname: S\nexercises:\n"
        shapes = {
            "the app's own, 1000 x the shortest id": dump(SavedRoutine("S", (ids[0],) * 1000)),
            "the app's own, 1000 mixed ids": dump(
                SavedRoutine("S", tuple(ids[i % len(ids)] for i in range(1000)))
            ),
            "64 KiB of '  - cobra' lines": head + "  - cobra\n" * ((limit - len(head)) // 10),
            "64 KiB of flow items 'a,'": head.replace("exercises:\n", "exercises: [")
            + "a," * ((limit - len(head)) // 2)
            + "a]\n",
            "1000 x the app's own of 10 exercises": dump(
                SavedRoutine("S", tuple(ids[i % len(ids)] for i in range(10)))
            ),
        }
        folder = Path(root) / "sessions"
        print(f"saved sessions in all: {routine_store.MAX_TOTAL_BYTES // 1024} KiB")
        for label, text in shapes.items():
            for old in folder.glob("*"):
                old.unlink()
            folder.mkdir(exist_ok=True)
            size = len(text.encode())
            count = 1000 if label.startswith("1000 x") else routine_store.MAX_TOTAL_BYTES // size
            for i in range(count):
                (folder / f"s{i}.yaml").write_text(text.replace("name: S", f"name: S{i}", 1))
            cpu = wall = float("inf")
            for _ in range(3):
                started, clock = time.process_time(), time.perf_counter()
                routine_store.entries(known)
                cpu = min(cpu, time.process_time() - started)
                wall = min(wall, time.perf_counter() - clock)
            print(
                f"{label:40} {count:5} x {size / 1024:5.1f} KiB = {count * size / 1024:5.0f} KiB:"
                f" {cpu:.2f} s processor, {wall:.2f} s wall"
            )


if __name__ == "__main__":
    main()
