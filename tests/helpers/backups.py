"""Backups for the restore tests: two whole sets of a person's data ("a" and "b") that can
be told apart file by file, zips written by hand (any declared size, any compression
stream: the zip bomb), and a big realistic history (ten years of daily sessions)."""

from __future__ import annotations

import json
import sqlite3
import struct
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from app.core.history import ExerciseRecord, Outcome
from app.core.history_db import HistoryStore, read_only
from app.core.pattern import parse_pattern
from app.core.rhythms import SavedRhythm
from app.core.rhythms import dump as dump_rhythm
from app.core.routines import SavedRoutine, dump
from app.services import backup

OWN_CATALOGUE = "schema: 1\n# set {name}\n"


def put_set(data: Path, config: Path, name: str) -> None:
    """Replace whatever is in ``data``/``config`` with set ``name`` (set "b" has own
    exercises, set "a" none: a restore must also take away what the backup lacks; each
    has a saved session and a saved rhythm of its own)."""
    for path in (data / "history.sqlite3", data / "my-exercises.yaml", config / "settings.ini"):
        path.unlink(missing_ok=True)
    for sub in ("sessions", "rhythms"):
        if (data / sub).is_dir():
            for path in (data / sub).iterdir():
                path.unlink()
        (data / sub).mkdir(parents=True, exist_ok=True)
    folder = data / "sessions"
    config.mkdir(parents=True, exist_ok=True)
    store = HistoryStore.open(data / "history.sqlite3")
    started = datetime(2026, 3, 1, 9, 0)
    for day in range(3):
        session = store.begin(started + timedelta(days=day), ["cobra"],
                              [ExerciseRecord(0, "cobra")], program=f"set-{name}")  # fmt: skip
        store.end(session, started + timedelta(days=day, minutes=5), Outcome.FINISHED, 60_000)
    store.close()
    (folder / f"set-{name}.yaml").write_text(dump(SavedRoutine(f"Set {name}", ("cobra",))))
    rhythm = SavedRhythm(f"Rhythm {name}", parse_pattern("4-0-6"), breaths=7)
    (data / "rhythms" / f"rhythm-{name}.yaml").write_text(dump_rhythm(rhythm))
    (config / "settings.ini").write_text(f"[test]\nset={name}\n[pacer]\nbreaths=7\n")
    if name == "b":
        (data / "my-exercises.yaml").write_text(OWN_CATALOGUE.format(name=name))


def which_set(data: Path, config: Path) -> str:
    """ "a" or "b" when every file is that set's; otherwise what is mixed (a failure)."""
    found: dict[str, str] = {}
    history = data / "history.sqlite3"
    if history.exists():
        programs = {s.program for s in read_only(history).sessions}
        found["history"] = ",".join(sorted(str(p) for p in programs))
    else:
        found["history"] = "none"
    folder = data / "sessions"
    found["sessions"] = (
        ",".join(sorted(p.name for p in folder.iterdir())) if folder.is_dir() else ""
    )
    rhythms = data / "rhythms"
    found["rhythms"] = (
        ",".join(sorted(p.name for p in rhythms.iterdir())) if rhythms.is_dir() else ""
    )
    settings = config / "settings.ini"
    found["settings"] = settings.read_text() if settings.exists() else "none"
    own = data / "my-exercises.yaml"
    found["catalogue"] = own.read_text() if own.exists() else "none"
    for name, catalogue in (("a", False), ("b", True)):
        if found == {
            "history": f"set-{name}",
            "sessions": f"set-{name}.yaml",
            "rhythms": f"rhythm-{name}.yaml",
            "settings": f"[test]\nset={name}\n[pacer]\nbreaths=7\n",
            "catalogue": OWN_CATALOGUE.format(name=name) if catalogue else "none",
        }:
            return name
    return f"mixed: {found}"


def make_backup(data: Path, config: Path, name: str, target: Path) -> Path:
    """A backup of set ``name`` (made by the app), the folders left holding that set."""
    put_set(data, config, name)
    store = HistoryStore.open(data / "history.sqlite3")
    try:
        backup.make(target, store)
    finally:
        store.close()
    return target


# -- zips written by hand -----------------------------------------------------------------


@dataclass(frozen=True)
class RawEntry:
    """An entry as it will be in the zip: ``data`` is what is stored (already compressed
    for method 8), ``size`` and ``crc`` what the zip *says* the unpacked file is."""

    name: str
    data: bytes
    size: int
    crc: int
    method: int = 0  # 0 stored, 8 deflated


def stored(name: str, content: bytes) -> RawEntry:
    return RawEntry(name, content, len(content), zlib.crc32(content), 0)


def deflated(name: str, content: bytes) -> RawEntry:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return RawEntry(name, packer.compress(content) + packer.flush(), len(content),
                    zlib.crc32(content), 8)  # fmt: skip


def write_zip(path: Path, entries: Iterable[RawEntry]) -> Path:
    """A zip with Zip64 sizes where they are needed (a 4 GiB entry), nothing else fancy."""
    out = bytearray()
    central = bytearray()
    for entry in entries:
        name = entry.name.encode("utf-8")
        big = entry.size >= 0xFFFFFFFF or len(entry.data) >= 0xFFFFFFFF
        sizes = (0xFFFFFFFF, 0xFFFFFFFF) if big else (len(entry.data), entry.size)
        extra = struct.pack("<HHQQ", 1, 16, entry.size, len(entry.data)) if big else b""
        offset = len(out)
        version = 45 if big else 20
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, version, 0x800, entry.method, 0, 0x21,
                           entry.crc, sizes[0], sizes[1], len(name), len(extra))  # fmt: skip
        out += name + extra + entry.data
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, version, version, 0x800,
                               entry.method, 0, 0x21, entry.crc, sizes[0], sizes[1],
                               len(name), len(extra), 0, 0, 0, 0o644 << 16, offset)  # fmt: skip
        central += name + extra
    count = central.count(struct.pack("<I", 0x02014B50))
    out_start = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(central), out_start, 0)
    path.write_bytes(bytes(out))
    return path


MANIFEST_OK = (
    b'{"app": "Breathing Room", "format": 1, "version": "1", "made": "2026-03-04T10:00:00"}'
)

# zlib.crc32 of 4 GiB of zero bytes (computed once: 5 s; the refusal must not need it).
CRC_4GIB_ZEROS = 0xD202EF8D


def zeros_deflated(size: int, block: int = 1 << 24) -> bytes:
    """A raw deflate stream of ``size`` zero bytes, built from one compressed block
    repeated (each ends in a full flush, so each is the same bytes): 4 GiB in 4 MB."""
    assert size % block == 0
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    one = packer.compress(bytes(block)) + packer.flush(zlib.Z_FULL_FLUSH)
    return one * (size // block) + packer.flush(zlib.Z_FINISH)


# -- a big, realistic history -------------------------------------------------------------


def big_history(path: Path, days: int = 3650, per_day: int = 8) -> Path:
    """``days`` daily sessions of ``per_day`` exercises each, as the app records them."""
    HistoryStore.open(path).close()  # the schema, as the app makes it
    db = sqlite3.connect(path, isolation_level=None)
    start = datetime(2016, 1, 1, 8, 0)
    queued = json.dumps(["childs-pose", "cobra", "cat-cow", "bridge", "bird-dog", "dead-bug",
                         "side-plank", "pelvic-tilt"])  # fmt: skip
    db.execute("BEGIN")
    for day in range(days):
        started = start + timedelta(days=day)
        db.execute(
            "INSERT INTO sessions (id, started, ended, program, queued, outcome, played_ms, "
            "pain_before, pain_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (day + 1, started.isoformat(timespec="seconds"),
             (started + timedelta(minutes=20)).isoformat(timespec="seconds"),
             "ch3-phase-1", queued, "finished", 1_200_000, 5, 3),
        )  # fmt: skip
        db.executemany(
            "INSERT INTO exercises (session_id, position, exercise, done, segments_done, "
            "segments, sides_done, rounds_done, rounds, feeling) VALUES (?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?)",
            [(day + 1, k, "childs-pose", "completed", 12, 12, "left,right", 2, 2, "good")
             for k in range(per_day)],
        )  # fmt: skip
    db.execute("COMMIT")
    db.close()
    return path
