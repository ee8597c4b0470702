"""The Qt Linguist catalogues: extract, check and build.

    python packaging/translations.py update   # lupdate: app/ -> resources/translations/*.ts
    python packaging/translations.py build    # lrelease: *.ts -> *.qm (shipped with the app)
    python packaging/translations.py check    # exit 1 on an untranslated or stale string

Translators edit the ``.ts`` files with Qt Linguist (``pyside6-linguist``); ``update``
keeps their work and adds what is new; the ``.qm`` files are built from them and
committed, so an installed app needs no Qt tools.
"""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("nl", "en")
NAME = "breathing_room"


def tool(name: str) -> str:
    """``pyside6-lupdate`` next to this Python first (a virtual environment's scripts)."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install pyside6)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py"))


def ts_path(lang: str) -> Path:
    return FOLDER / f"{NAME}_{lang}.ts"


def lupdate(targets: list[Path]) -> None:
    subprocess.run(
        [tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
         "-ts", *map(str, targets)],
        cwd=ROOT, check=True, capture_output=True, text=True,
    )  # fmt: skip


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> the <message> element."""
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message
    return out


def unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished"):
        return True
    forms = translation.findall("numerusform")
    texts = [f.text for f in forms] if forms else [translation.text]
    return not all(t and t.strip() for t in texts)


def problems() -> list[str]:
    """What stops the catalogues from being complete: strings in the code that a
    catalogue lacks, and Dutch strings without a finished translation."""
    out = []
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "fresh.ts"
        lupdate([fresh])
        wanted = set(messages(fresh))
    for lang in LANGUAGES:
        have = messages(ts_path(lang)) if ts_path(lang).exists() else {}
        for context, source in sorted(wanted - set(have)):
            out.append(f"{ts_path(lang).name}: missing [{context}] {source!r}: run update")
        for context, source in sorted(set(have) - wanted):
            out.append(f"{ts_path(lang).name}: stale [{context}] {source!r}: run update")
    for (context, source), message in sorted(messages(ts_path("nl")).items()):
        if unfinished(message):
            out.append(f"{ts_path('nl').name}: no Dutch for [{context}] {source!r}")
    return out


def carry_moved(ts: Path, old: dict[tuple[str, str], ET.Element]) -> int:
    """Code moved to another class (another context) keeps its translations: a new,
    untranslated message takes the finished translation of the same source text from a
    context where that text is gone. Returns how many were carried."""
    tree = ET.parse(ts)
    now = {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    }
    gone: dict[str, ET.Element] = {}
    for key, message in old.items():
        if key not in now and not unfinished(message):
            gone.setdefault(key[1], message)
    carried = 0
    for (_context, source), message in now.items():
        donor = gone.get(source)
        if donor is None or not unfinished(message):
            continue
        translation = message.find("translation")
        if translation is not None:
            message.remove(translation)
        message.append(copy.deepcopy(donor.find("translation")))
        carried += 1
    if carried:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return carried


def build() -> None:
    for lang in LANGUAGES:
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts_path(lang)), "-qm", str(qm_path(lang))],
            check=True, capture_output=True,
        )  # fmt: skip


def qm_path(lang: str) -> Path:
    return FOLDER / f"{NAME}_{lang}.qm"


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        FOLDER.mkdir(parents=True, exist_ok=True)
        before = {lang: messages(ts_path(lang)) for lang in LANGUAGES if ts_path(lang).exists()}
        lupdate([ts_path(lang) for lang in LANGUAGES])
        carried = {lang: carry_moved(ts_path(lang), old) for lang, old in before.items()}
        if any(carried.values()):
            lupdate([ts_path(lang) for lang in LANGUAGES])  # lupdate's own layout again
        for lang, count in carried.items():
            print(f"{ts_path(lang).name}: {count} translations carried over to moved code")
    elif command == "build":
        build()
    elif command == "check":
        found = problems()
        print("\n".join(found) or "translations complete")
        return 1 if found else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
