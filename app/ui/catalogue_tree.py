"""The catalogue as a Chapter → Section → Exercise tree model, in the book's order."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from app.core.model import Catalogue
from app.core.text import Lang
from app.core.timeline import exercise_ms
from app.services import labels

EXERCISE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _row(*texts: str) -> list[QStandardItem]:
    items = []
    for text in texts:
        item = QStandardItem(text)
        item.setEditable(False)
        items.append(item)
    return items


def build_model(catalogue: Catalogue, lang: Lang) -> QStandardItemModel:
    """A read-only tree; each exercise row carries its id in ``EXERCISE_ID_ROLE``."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("CatalogueTree", text)

    model = QStandardItemModel(0, 4)
    model.setHorizontalHeaderLabels([tr("Exercise"), tr("Page"), tr("Position"), tr("Time")])
    chapters: dict[int, QStandardItem] = {}
    sections: dict[tuple[int, str], QStandardItem] = {}
    for place in catalogue.places():
        number = place.chapter.number
        if number not in chapters:
            title = f"{labels.chapter(number)} · {place.chapter.title.get(lang)}"
            row = _row(title, str(place.chapter.page), "", "")
            model.appendRow(row)
            chapters[number] = row[0]
        key = (number, place.section.value)
        if key not in sections:
            row = _row(labels.section(place.section), "", "", "")
            chapters[number].appendRow(row)
            sections[key] = row[0]
        exercise = place.exercise
        row = _row(
            exercise.name.get(lang),
            str(place.page) if place.page is not None else "",
            labels.position(exercise.position),
            labels.duration(exercise_ms(exercise, catalogue.prompts)),
        )
        for item in row:
            item.setData(exercise.id, EXERCISE_ID_ROLE)
        row[1].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row[3].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        sections[key].appendRow(row)
    return model
