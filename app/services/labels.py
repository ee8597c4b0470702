"""Display names for the catalogue's enumerations, through Qt Linguist.

The YAML stores machine values (``lying_on_back``); what a person reads is a UI string and
belongs to the translation catalogue, not to the data.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.model import Equipment, Position, Section, Sides


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def position(value: Position) -> str:
    return {
        Position.LYING_ON_BACK: _t("Lying on your back"),
        Position.LYING_ON_FRONT: _t("Lying on your front"),
        Position.LYING_ON_SIDE: _t("Lying on your side"),
        Position.SEATED_ON_FLOOR: _t("Seated on the floor"),
        Position.SEATED_ON_CHAIR: _t("Seated on a chair"),
        Position.KNEELING: _t("Kneeling"),
        Position.HANDS_AND_KNEES: _t("On hands and knees"),
        Position.STANDING: _t("Standing"),
        Position.WALKING: _t("Walking"),
    }[value]


def equipment(value: Equipment) -> str:
    return {
        Equipment.MAT: _t("Mat"),
        Equipment.BLOCK: _t("Block"),
        Equipment.CUSHION: _t("Cushion"),
        Equipment.CHAIR: _t("Chair"),
        Equipment.WALL: _t("Wall"),
        Equipment.TOWEL: _t("Towel"),
    }[value]


def section(value: Section) -> str:
    return {
        Section.PHASE_1: _t("Phase 1"),
        Section.PHASE_2: _t("Phase 2"),
        Section.MAINTENANCE: _t("Daily maintenance"),
        Section.MIND_BODY: _t("Mind and body"),
    }[value]


def sides(value: Sides) -> str:
    return {Sides.BOTH: _t("Each side"), Sides.NONE: _t("Symmetrical")}[value]


def chapter(number: int) -> str:
    return _t("Chapter %1").replace("%1", str(number))


def duration(ms: int) -> str:
    """``1:05`` style: minutes and seconds, the way timers show them."""
    seconds = round(ms / 1000)
    return f"{seconds // 60}:{seconds % 60:02d}"
