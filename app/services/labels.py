"""Display names for the catalogue's enumerations, through Qt Linguist.

The YAML stores machine values (``lying_on_back``); what a person reads is a UI string and
belongs to the translation catalogue, not to the data.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from app.core.model import Equipment, Kind, Position, Section, Sides
from app.core.timeline import Side
from app.player import Away
from app.services.i18n import translate


def position(value: Position) -> str:
    return {
        Position.LYING_ON_BACK: translate("Labels", "Lying on your back"),
        Position.LYING_ON_FRONT: translate("Labels", "Lying on your front"),
        Position.LYING_ON_SIDE: translate("Labels", "Lying on your side"),
        Position.SEATED_ON_FLOOR: translate("Labels", "Seated on the floor"),
        Position.SEATED_ON_CHAIR: translate("Labels", "Seated on a chair"),
        Position.KNEELING: translate("Labels", "Kneeling"),
        Position.HANDS_AND_KNEES: translate("Labels", "On hands and knees"),
        Position.STANDING: translate("Labels", "Standing"),
        Position.WALKING: translate("Labels", "Walking"),
    }[value]


def equipment(value: Equipment) -> str:
    return {
        Equipment.MAT: translate("Labels", "Mat"),
        Equipment.BLOCK: translate("Labels", "Block"),
        Equipment.CUSHION: translate("Labels", "Cushion"),
        Equipment.CHAIR: translate("Labels", "Chair"),
        Equipment.WALL: translate("Labels", "Wall"),
        Equipment.TOWEL: translate("Labels", "Towel"),
    }[value]


def section(value: Section) -> str:
    return {
        Section.PHASE_1: translate("Labels", "Phase 1"),
        Section.PHASE_2: translate("Labels", "Phase 2"),
        Section.MAINTENANCE: translate("Labels", "Daily maintenance"),
        Section.MIND_BODY: translate("Labels", "Mind and body"),
    }[value]


def sides(value: Sides) -> str:
    return {
        Sides.BOTH: translate("Labels", "Each side"),
        Sides.NONE: translate("Labels", "Symmetrical"),
    }[value]


def kind(value: Kind) -> str:
    """A segment's kind as a reader sees it (the ``timeline`` table): the machine value
    (``prepare``) stays in ``--json``; a kind added later reads as its value, not a crash."""
    names = {
        Kind.PREPARE: translate("Labels", "get into position"),
        Kind.SETUP: translate("Labels", "into the pose", "an instruction before the breaths"),
        Kind.WAIT: translate("Labels", "wait for me"),
        Kind.INHALE: translate("Labels", "breathe in"),
        Kind.HOLD_IN: translate("Labels", "hold (full)"),
        Kind.EXHALE: translate("Labels", "breathe out"),
        Kind.HOLD_OUT: translate("Labels", "wait (empty)"),
        Kind.SWITCH_SIDE: translate("Labels", "switch sides"),
        Kind.REST: translate("Labels", "rest"),
        Kind.STEP: translate("Labels", "step"),
        Kind.COME_OUT: translate("Labels", "come out", "of the pose, after its breaths"),
        Kind.DONE: translate("Labels", "done"),
    }
    return names.get(value, value.value)


def side(value: Side) -> str:
    """Which side a segment is on, as a reader sees it (``right`` is the JSON's value)."""
    if value is Side.RIGHT:
        return translate("Labels", "right", "the side of the body")
    return translate("Labels", "left", "the side of the body")


def chapter(number: int) -> str:
    return translate("Labels", "Chapter %1").replace("%1", str(number))


def duration(ms: int) -> str:
    """``1:05`` style: minutes and seconds, the way timers show them."""
    seconds = round(ms / 1000)
    return f"{seconds // 60}:{seconds % 60:02d}"


def seconds(ms: float) -> str:
    """A pause's length in seconds: one decimal below 10 s ("3.5", not a rounded "3" for a
    3.5 s stall; "3,5" in Dutch), whole seconds from there on and for a whole number."""
    tenths = round(ms / 100) / 10
    if tenths < 10 and tenths != int(tenths):  # "5 s", not "5.0 s"
        return QLocale().toString(tenths, "f", 1)
    return str(round(ms / 1000))


def paused(away: Away, ms: float) -> str:
    """Why a session paused by itself (``Player.slept``), for the main window and the
    pacer alike: the computer slept, the app was held up, or a suspend was called off."""
    if away is Away.ABOUT_TO_SLEEP:
        return translate("Labels", "Paused: the computer was about to sleep. Press Space to go on.")
    if away is Away.STALLED:  # the clocks show the computer was awake
        text = translate(
            "Labels",
            "Paused where you were: the app was held up for %1 s (the computer was busy). "
            "Press Space to go on.",
        )
    else:
        text = translate(
            "Labels",
            "Paused where you were: the computer was asleep for %1 s. Press Space to go on.",
        )
    return text.replace("%1", seconds(ms))
