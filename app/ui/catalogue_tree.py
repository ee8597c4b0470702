"""The catalogue as a Chapter → Section → Exercise tree model, in the book's order (then the
person's own exercises under their own heading), and the proxy that searches and filters it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel

from app.core.model import Catalogue, Exercise
from app.core.search import OWN_EXERCISES, ExerciseFilter, SearchIndex, matches, own_exercises
from app.core.text import Lang, visible
from app.core.timeline import exercise_durations
from app.services import labels
from app.services.i18n import translate
from app.ui.queue_model import EXERCISE_ID_ROLE, EXERCISE_IDS_MIME, ids_mime

__all__ = [
    "EXERCISE_ID_ROLE",
    "CatalogueModel",
    "ExerciseFilterProxy",
    "build_model",
    "flag_exercises",
    "own_heading",
]

CHAPTER_ROLE = Qt.ItemDataRole.UserRole + 3
NAME_ROLE = Qt.ItemDataRole.UserRole + 4  # the plain name, without a flag


def _row(*texts: str) -> list[QStandardItem]:
    items = []
    for text in texts:
        item = QStandardItem(text)
        item.setEditable(False)
        item.setDragEnabled(False)
        items.append(item)
    return items


class CatalogueModel(QStandardItemModel):
    """A read-only tree; exercise rows carry their id and chapter, and drag as ids."""

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [EXERCISE_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        ids: list[str] = []
        for index in indexes:
            eid = index.data(EXERCISE_ID_ROLE)
            if eid and index.column() == 0:
                ids.append(eid)
        return ids_mime(ids)

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction


def flag_exercises(model: QStandardItemModel, flags: dict[str, str]) -> None:
    """Mark exercises (a warning sign and why, as tooltip and accessible text) — those
    that hurt last time; every other exercise row loses its mark."""

    def visit(parent: QStandardItem) -> None:
        for row in range(parent.rowCount()):
            item = parent.child(row, 0)
            eid = item.data(EXERCISE_ID_ROLE)
            if eid:
                name = item.data(NAME_ROLE)
                why = flags.get(eid)
                item.setText(f"⚠ {name}" if why else name)
                item.setToolTip(why or "")
                item.setData(f"{name}. {why}" if why else None,
                             Qt.ItemDataRole.AccessibleTextRole)  # fmt: skip
            visit(item)

    visit(model.invisibleRootItem())


def own_heading() -> str:
    """The heading of the person's own exercises, also offered by the chapter filter."""
    return translate("CatalogueTree", "Your own exercises")


def build_model(catalogue: Catalogue, lang: Lang, parent: QObject | None = None) -> CatalogueModel:
    """The book's chapters in the book's order, then the person's own exercises under a
    heading of their own (they are in no chapter; a program of theirs that names a chapter
    puts them in it too, as it does the book's exercises)."""
    model = CatalogueModel(0, 4, parent)
    model.setHorizontalHeaderLabels(
        [
            translate("CatalogueTree", "Exercise"),
            translate("CatalogueTree", "Page"),
            translate("CatalogueTree", "Position"),
            translate("CatalogueTree", "Time"),
        ]
    )
    durations = exercise_durations(catalogue)
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
        row = _exercise_row(place.exercise, lang, durations, number, place.page)
        sections[key].appendRow(row)
    own = own_exercises(catalogue)
    if own:
        heading = _row(own_heading(), "", "", "")
        # The file's path as messages quote it: a bidi control in a folder name is shown.
        files = ", ".join(visible(f, None) for f in sorted({e.origin for e in own}))
        heading[0].setToolTip(translate("CatalogueTree", "From %1").replace("%1", files))
        model.appendRow(heading)
        for exercise in own:
            heading[0].appendRow(_exercise_row(exercise, lang, durations, OWN_EXERCISES))
    return model


def _exercise_row(
    exercise: Exercise, lang: Lang, durations: dict[str, int], chapter: int,
    page: int | None = None,
) -> list[QStandardItem]:  # fmt: skip
    """One appearance of an exercise: name, book page, position and time; every cell
    carries its id and the chapter it is listed in (the chapter filter's question)."""
    row = _row(
        exercise.name.get(lang),
        str(page) if page is not None else "",
        labels.position(exercise.position),
        labels.duration(durations[exercise.id]),
    )
    row[0].setData(exercise.name.get(lang), NAME_ROLE)
    for item in row:
        item.setData(exercise.id, EXERCISE_ID_ROLE)
        item.setData(chapter, CHAPTER_ROLE)
        item.setDragEnabled(True)
    if page is not None:
        text = translate("CatalogueTree", "book page %1").replace("%1", str(page))
        row[1].setData(text, Qt.ItemDataRole.AccessibleTextRole)
    row[1].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    row[3].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return row


class ExerciseFilterProxy(QSortFilterProxyModel):
    """Shows the exercises that pass an :class:`ExerciseFilter`, with their headings.

    The rule itself is ``app.core.search.matches``; this class only asks it. Headings stay
    visible when any exercise under them does (recursive filtering).
    """

    def __init__(self, catalogue: Catalogue, lang: Lang, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._index = SearchIndex(catalogue.exercises.values(), lang)
        self._filter = ExerciseFilter()
        self.setRecursiveFilteringEnabled(True)

    @property
    def current_filter(self) -> ExerciseFilter:
        return self._filter

    def set_filter(self, wanted: ExerciseFilter) -> None:
        if wanted == self._filter:
            return
        # Qt 6.10 deprecates invalidateFilter() for a begin/end pair around the change;
        # 6.8 and 6.9 (which this app supports) only have the old call.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self._filter = wanted
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - Qt < 6.10
            self._filter = wanted
            self.invalidateRowsFilter()

    def filterAcceptsRow(  # noqa: N802
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        # Called for every row (4 000+ at 100× the catalogue): as little Python as can be.
        wanted = self._filter
        if wanted.empty:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        eid = index.data(EXERCISE_ID_ROLE)
        if not eid:  # a heading: shown through its children (recursive filtering)
            return False
        exercise = self._catalogue.exercises.get(eid)
        if exercise is None:
            return False
        chapter = index.data(CHAPTER_ROLE) if wanted.chapter is not None else None
        return matches(exercise, self._index, wanted, chapter)
