"""The exercise browser: a search field, three filters and the catalogue tree (the book's
chapters and the person's own exercises).

The widget wires what the person types and picks into an ``ExerciseFilter`` for the proxy;
the matching itself is ``app.core.search``.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.core.model import Catalogue, Equipment, Position
from app.core.search import OWN_EXERCISES, ExerciseFilter, own_exercises
from app.core.text import Lang
from app.services import labels
from app.ui.catalogue_tree import (
    EXERCISE_ID_ROLE,
    ExerciseFilterProxy,
    build_model,
    flag_exercises,
    own_heading,
)
from app.ui.flow_layout import FlowLayout


class WrappingNames(QStyledItemDelegate):
    """Row heights that hold a name wrapped at the width it has. At 150 % a name was cut
    to "Midde…": the tree now shows every name whole, wrapped between words (as a
    libadwaita list row or a Finder list at large text does), because the people who set
    large text are the ones a tooltip or a wider pane serves worst. Qt's own size hint
    wraps only to a width it is given, and a tree gives none (it asks for one line)."""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self._tree = tree

    def room(self, index: QModelIndex | QPersistentModelIndex) -> int:
        """The width the text of ``index`` has: its column (the whole row for a
        heading that spans it), less the indentation of its depth."""
        tree = self._tree
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        spanned = tree.isFirstColumnSpanned(index.row(), index.parent())
        width = tree.viewport().width() if spanned else tree.columnWidth(index.column())
        if index.column() == 0:
            width -= tree.indentation() * (depth + int(tree.rootIsDecorated()))
        return max(1, width)

    def sizeHint(  # noqa: N802 - Qt's name
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        if index.column() != 0:
            return super().sizeHint(option, index)
        fitted = QStyleOptionViewItem(option)
        fitted.rect = QRect(0, 0, self.room(index), 1 << 16)
        return super().sizeHint(fitted, index)


class ExerciseBrowser(QWidget):
    """Signals: ``current_changed(str)`` with the id shown ('' for none);
    ``activated(str)`` when an exercise is double-clicked or Enter is pressed on it."""

    current_changed = Signal(str)
    activated = Signal(str)

    def __init__(self, catalogue: Catalogue, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exerciseBrowser")
        self._catalogue = catalogue
        self.source_model = build_model(catalogue, lang, self)
        self.proxy = ExerciseFilterProxy(catalogue, lang, self)
        self.proxy.setSourceModel(self.source_model)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search names and steps (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search exercises"))
        self.search.textChanged.connect(self._apply)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_search)
        self.addAction(find)

        self.chapter = QComboBox()
        self.chapter.setObjectName("chapterFilter")
        self.chapter.setAccessibleName(self.tr("Chapter"))
        self.chapter.addItem(self.tr("All chapters"), None)
        for chapter in catalogue.chapters:
            self.chapter.addItem(labels.chapter(chapter.number), chapter.number)
        if own_exercises(catalogue):  # their heading is filtered by like a chapter
            self.chapter.addItem(own_heading(), OWN_EXERCISES)
        self.position = QComboBox()
        self.position.setObjectName("positionFilter")
        self.position.setAccessibleName(self.tr("Position"))
        self.position.addItem(self.tr("Any position"), None)
        used = {e.position for e in catalogue.exercises.values()}
        for position in Position:
            if position in used:
                self.position.addItem(labels.position(position), position.value)
        self.equipment = QComboBox()
        self.equipment.setObjectName("equipmentFilter")
        self.equipment.setAccessibleName(self.tr("Equipment"))
        self.equipment.addItem(self.tr("Any equipment"), None)
        for item in Equipment:
            self.equipment.addItem(self.tr("Uses: %1").replace("%1", labels.equipment(item)),
                                   item.value)  # fmt: skip
        for combo in (self.chapter, self.position, self.equipment):
            combo.currentIndexChanged.connect(self._apply)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.tree = QTreeView()
        self.tree.setObjectName("catalogueTree")
        self.tree.setModel(self.proxy)
        # A name is shown whole: it wraps between words, the row growing to hold it.
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.names = WrappingNames(self.tree)
        self.tree.setItemDelegateForColumn(0, self.names)
        self.tree.setAlternatingRowColors(True)
        self.tree.setDragEnabled(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.tree.setAccessibleName(self.tr("Exercises"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # WORKAROUND: QTreeView measures the rows' heights when it lays out its items and
        # not again when a column changes width (qtreeview.cpp, columnResized only
        # repaints): a wrapped name would keep the height of its first width.
        header.sectionResized.connect(self._name_resized)
        self.tree.selectionModel().currentChanged.connect(self._on_current)
        # The room for the names changes with the view's scroll bar too, not only with
        # this widget's size: the columns are fitted again whenever the viewport resizes.
        self.tree.viewport().installEventFilter(self)
        self.tree.activated.connect(self._on_activated)

        self.empty = QLabel(self.tr("No exercise matches. Clear the search or the filters."))
        self.empty.setObjectName("noMatches")
        self.empty.setWordWrap(True)
        self.empty.hide()

        filters = FlowLayout()  # one row, or more when the pane is narrow (large text)
        for combo in (self.chapter, self.position, self.equipment):
            filters.addWidget(combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        self._show_all()

    # -- reading ------------------------------------------------------------------------

    def flag(self, flags: dict[str, str]) -> None:
        """Mark exercises with a reason (those that hurt last time)."""
        flag_exercises(self.source_model, flags)

    def current_id(self) -> str:
        return self.tree.currentIndex().data(EXERCISE_ID_ROLE) or ""

    def visible_ids(self) -> list[str]:
        """The exercises the tree shows now, in order (one per appearance)."""
        out: list[str] = []

        def walk(parent: QModelIndex) -> None:
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                eid = index.data(EXERCISE_ID_ROLE)
                if eid:
                    out.append(eid)
                walk(index)

        walk(QModelIndex())
        return out

    # -- behaviour ----------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def select(self, exercise_id: str) -> bool:
        """Make the first appearance of ``exercise_id`` current."""
        matches = self.proxy.match(
            self.proxy.index(0, 0), EXERCISE_ID_ROLE, exercise_id, 1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )  # fmt: skip
        if matches:
            self.tree.setCurrentIndex(matches[0])
            self.tree.scrollTo(matches[0])
            return True
        return False

    def select_first(self) -> None:
        ids = self.visible_ids()
        if ids:
            self.select(ids[0])

    def _apply(self) -> None:
        position = self.position.currentData()
        equipment = self.equipment.currentData()
        wanted = ExerciseFilter(
            query=self.search.text(),
            position=Position(position) if position else None,
            equipment=Equipment(equipment) if equipment else None,
            chapter=self.chapter.currentData(),
        )
        self.proxy.set_filter(wanted)
        self._show_all()
        nothing = self.proxy.rowCount() == 0
        self.empty.setVisible(nothing)
        if not nothing and not self.current_id():
            self.select_first()

    def _show_all(self) -> None:
        """Expand everything and let headings use the whole width (a chapter, a section,
        the own exercises' heading: every row that is not an exercise)."""
        self.tree.expandAll()

        def span(parent: QModelIndex) -> None:
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                if not index.data(EXERCISE_ID_ROLE):
                    self.tree.setFirstColumnSpanned(row, parent, True)
                    span(index)

        span(QModelIndex())
        self._fit_columns()  # the widest page or time may have changed

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()  # the pane's width changed, or a scroll bar came or went
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """The name comes first. At large text in a narrow pane the fitted columns left
        the names two letters ("Mi…"); the Position column (the details say it too) gives
        way until a name of about two dozen letters fits beside the page and the time."""
        header = self.tree.header()
        metrics = self.tree.fontMetrics()

        def width(column: int) -> int:
            return max(header.sectionSizeHint(column), self.tree.sizeHintForColumn(column))

        # At scale 2 on a 1 366 × 768 laptop the names went altogether: Page, then Time
        # give way too, one by one, until the name has its two dozen letters (or stands
        # alone).
        name = metrics.horizontalAdvance("x" * 24) + 3 * self.tree.indentation()
        room = self.tree.viewport().width()
        shown = [2, 1, 3]  # the order they give way in: Position, Page, Time
        while shown and room < name + sum(width(column) for column in shown):
            shown.pop(0)
        for column in (1, 2, 3):
            hide = column not in shown
            if header.isSectionHidden(column) != hide:
                header.setSectionHidden(column, hide)

    def _name_resized(self, column: int, _old: int, _new: int) -> None:
        if column == 0:
            self.tree.scheduleDelayedItemsLayout()  # once, after the resizes settle

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(current.data(EXERCISE_ID_ROLE) or "")

    def _on_activated(self, index: QModelIndex) -> None:
        eid = index.data(EXERCISE_ID_ROLE)
        if eid:
            self.activated.emit(eid)
