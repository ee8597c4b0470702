"""Text size and colours apply at once, everywhere (issue 19): every open window follows a
change made in Preferences without a restart; at 150 % on a 1366 × 768 laptop the names
in the catalogue are whole, the details' title fits, the History window's texts never
overlap, and check boxes can be seen in the dark theme."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QStyle, QStyleOptionButton, QWidget
from pytestqt.qtbot import QtBot

from app.core.history import Done, ExerciseRecord, Outcome, SessionRecord
from app.core.history_csv import HEADER, write_csv
from app.core.model import Catalogue
from app.services import backup
from app.ui import appearance
from app.ui.appearance import Appearance, contrast
from app.ui.catalogue_tree import EXERCISE_ID_ROLE
from app.ui.charts import PainChart, WeeklyMinutes
from app.ui.exercise_text import caution_style
from app.ui.history_window import HistoryWindow
from app.ui.main_window import MainWindow
from tests.helpers.backups import make_backup

LAPTOP = (1366, 768)


@pytest.fixture(autouse=True)
def restore_look() -> Iterator[None]:
    palette, font = QGuiApplication.palette(), QGuiApplication.font()
    yield
    QApplication.setPalette(palette)
    QApplication.setFont(font)
    appearance._base_font = None


def settle(qtbot: QtBot) -> None:
    """Qt tells widgets of a new font and palette with posted events."""
    for _ in range(3):
        QApplication.processEvents()
    qtbot.waitUntil(lambda: True)


def _main(qtbot: QtBot, catalogue: Catalogue, lang: str = "en") -> MainWindow:
    window = MainWindow(catalogue, lang)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.resize(*LAPTOP)
    window.show()
    qtbot.waitExposed(window)
    window.browser.select("diaphragmatic-breathing-legs-raised")
    return window


def _looks(window: QWidget) -> dict[str, tuple[float, str, str]]:
    """Each named widget's font size against the text size, and its window and base
    colours: what a change must carry to every widget."""
    text = QApplication.font().pointSizeF()
    out = {}
    for widget in [window, *window.findChildren(QWidget)]:
        name = widget.objectName()
        if not name or name.startswith("qt_") or name == "sessionTitle":  # fitted to width
            continue
        palette = widget.palette()
        out[name] = (
            round(widget.font().pointSizeF() / text, 2),
            palette.color(QPalette.ColorRole.Window).name(),
            palette.color(QPalette.ColorRole.Base).name(),
        )
    return out


# -- at once, everywhere ------------------------------------------------------------------


def test_a_change_reaches_every_open_widget_as_a_fresh_start_would(
    qtbot: QtBot, catalogue: Catalogue
) -> None:
    """The exercise details stayed white and at 100 % (a style sheet of their own froze
    them); a heading with a size of its own stayed at its first size. Every named widget
    of a window open through the change looks as in a window made after it."""
    appearance.apply(Appearance("light", False, 100))
    lived = _main(qtbot, catalogue)
    dialog = lived.show_preferences()  # the way Preferences applies it
    dialog.scheme.setCurrentIndex(dialog.scheme.findData("dark"))
    dialog.text_size.setValue(150)
    dialog.accept()
    settle(qtbot)
    fresh = _main(qtbot, catalogue)
    settle(qtbot)
    before, after = _looks(lived), _looks(fresh)
    differ = {n: (before[n], after[n]) for n in after if n in before and before[n] != after[n]}
    assert not differ


def test_the_details_follow_the_text_size_and_the_theme(qtbot: QtBot, catalogue: Catalogue) -> None:
    appearance.apply(Appearance("light", False, 100))
    window = _main(qtbot, catalogue)
    details = window.browse.details
    body = details.document().defaultFont().pointSizeF()
    assert "#fff1d6" in details.toHtml()  # the light caution
    appearance.apply(Appearance("dark", False, 150))
    settle(qtbot)
    assert details.document().defaultFont().pointSizeF() == pytest.approx(body * 1.5)
    base = details.viewport().palette().color(QPalette.ColorRole.Base)
    assert base.lightnessF() < 0.2 and details.dark()
    html = details.toHtml()
    assert "#3d2c00" in html and "#fff1d6" not in html  # the caution in the dark
    # The title has its fitted size (an <h2> ignored it and ran out of the pane).
    assert details.document().idealWidth() <= details.viewport().width() + 1
    assert not details.horizontalScrollBar().isVisible()
    # And another widget too: the catalogue tree.
    tree = window.browser.tree
    assert tree.font().pointSizeF() == pytest.approx(QApplication.font().pointSizeF())
    assert tree.palette().color(QPalette.ColorRole.Base) == base


@pytest.mark.parametrize("dark", [False, True])
def test_the_caution_reads_in_both_themes(dark: bool) -> None:
    style = dict(part.split(":") for part in caution_style(dark).rstrip(";").split("; "))
    ratio = contrast(QColor(style["color"]), QColor(style["background-color"]))
    assert ratio >= 7.0  # WCAG AAA


# -- check boxes that can be seen ----------------------------------------------------------


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("checked", [False, True])
def test_a_check_box_stands_out_from_the_window(qtbot: QtBot, scheme: str, checked: bool) -> None:
    """Fusion drew the dark theme's box edge as the window colour made darker: 1.2:1.
    The drawn pixels round the indicator reach 3:1 against the window (WCAG 1.4.11)."""
    appearance.apply(Appearance(scheme, False, 100))
    box = QCheckBox("Mute")
    qtbot.addWidget(box)
    box.setChecked(checked)
    box.resize(box.sizeHint())
    settle(qtbot)
    image = box.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    option = QStyleOptionButton()
    option.initFrom(box)
    rect: QRect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    window = box.palette().color(QPalette.ColorRole.Window)
    edge = [
        QColor(image.pixel(x, y))
        for x in range(rect.left(), rect.right() + 1)
        for y in (rect.top(), rect.bottom())
    ] + [
        QColor(image.pixel(x, y))
        for y in range(rect.top(), rect.bottom() + 1)
        for x in (rect.left(), rect.right())
    ]
    best = max(contrast(c, window) for c in edge)
    assert best >= appearance.INDICATOR_CONTRAST, (scheme, best)


@pytest.mark.parametrize("dark", [False, True])
@pytest.mark.parametrize("high", [False, True])
def test_the_indicator_edge_contrasts_in_every_palette(dark: bool, high: bool) -> None:
    palette = (
        appearance.high_contrast_palette(dark) if high
        else appearance.dark_palette() if dark else appearance.light_palette()
    )  # fmt: skip
    edge = appearance.indicator_edge(palette)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        assert contrast(edge, palette.color(role)) >= appearance.INDICATOR_CONTRAST


# -- names whole at 150 % ------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("percent", [150, 200])
def test_every_name_in_the_tree_is_shown_whole(
    qtbot: QtBot, catalogue: Catalogue, lang: str, percent: int
) -> None:
    """ "Midde…" at 150 %: each exercise row is tall enough for its name wrapped at its
    width, and its longest word fits that width (nothing elided, nothing broken)."""
    appearance.apply(Appearance("light", False, percent))
    window = _main(qtbot, catalogue, lang)
    settle(qtbot)
    tree = window.browser.tree
    tree.doItemsLayout()
    metrics = QFontMetrics(tree.font())
    model = tree.model()
    checked = 0

    def walk(parent: QModelIndex) -> None:
        nonlocal checked
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            walk(index)
            if not index.data(EXERCISE_ID_ROLE):
                continue
            name = str(index.data())
            room = window.browser.names.room(index) - 8  # the item's text margins
            widest = max(metrics.horizontalAdvance(w) for w in name.split())
            assert widest <= room, (name, widest, room)
            needed = metrics.boundingRect(
                QRect(0, 0, room, 10_000), int(Qt.TextFlag.TextWordWrap), name
            ).height()
            assert tree.visualRect(index).height() >= needed, name
            checked += 1

    walk(QModelIndex())
    assert checked >= len(catalogue.exercises)


# -- the History window --------------------------------------------------------------------


def _sessions() -> list[SessionRecord]:
    start = datetime(2026, 5, 20, 9, 0)
    out = []
    for n in range(40):
        day = start - timedelta(days=40 - n)
        records = (ExerciseRecord(0, "childs-pose", Done.COMPLETED, 3, 3, (), 1, 1),)
        skipped = ("cobra", "legs-up-the-wall") if n % 5 == 0 else ()
        out.append(SessionRecord(n + 1, day, day + timedelta(minutes=20 + n * 3), "ch3-phase-1",
                                 (), Outcome.FINISHED, (20 + n * 3) * 60_000, 5, 3, records,
                                 skipped))  # fmt: skip
    return out


class _Recorder:
    """The recorder's reading side, as the window uses it."""

    busy = False
    loading = False
    recording = False

    def __init__(self, sessions: list[SessionRecord]) -> None:
        self._sessions = sessions
        from PySide6.QtCore import QObject, Signal

        class Relay(QObject):
            recorded = Signal()

        self._relay = Relay()
        self.recorded = self._relay.recorded

    def sessions(self) -> list[SessionRecord]:
        return self._sessions


def _texts(window: QWidget) -> list[tuple[str, QRectF]]:
    """Every visible label's text rect and every chart text, in window coordinates."""
    out = []
    for label in window.findChildren(QLabel):
        if label.isVisibleTo(window) and label.text():
            flags = int(label.alignment()) | (
                int(Qt.TextFlag.TextWordWrap) if label.wordWrap() else 0
            )
            inner = label.contentsRect()
            drawn = label.fontMetrics().boundingRect(inner, flags, label.text())
            top_left = label.mapTo(window, drawn.topLeft())
            out.append((label.text(), QRectF(QRect(top_left, drawn.size()))))
    for chart in (*window.findChildren(WeeklyMinutes), *window.findChildren(PainChart)):
        for rect, text, _ in chart.texts():
            shift = chart.mapTo(window, QPoint(0, 0))
            out.append((text, rect.translated(shift.x(), shift.y())))
    return out


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("percent", [100, 150, 200])
def test_no_two_texts_of_the_history_window_overlap(
    qtbot: QtBot, catalogue: Catalogue, lang: str, percent: int
) -> None:
    """At 150 % the weeks' dates ran into one another; at 1366 × 768 (the window's size
    there: 900 × 640) no two texts drawn in it intersect, and each is inside its widget."""
    from app.services import i18n

    i18n.install(lang)
    try:
        appearance.apply(Appearance("light", False, percent))
        window = HistoryWindow(_Recorder(_sessions()), catalogue, lang)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.resize(900, 640)
        window.show()
        qtbot.waitExposed(window)
        settle(qtbot)
        window.refresh(datetime(2026, 5, 20).date())
        settle(qtbot)
        texts = _texts(window)
        assert len(texts) > 10
        for i, (one, rect) in enumerate(texts):
            for other, second in texts[i + 1 :]:
                assert not rect.intersects(second), f"{one!r} {rect} over {other!r} {second}"
        for chart in (*window.findChildren(WeeklyMinutes), *window.findChildren(PainChart)):
            for rect, text, _ in chart.texts():
                assert QRectF(chart.rect()).adjusted(-1, -1, 1, 1).contains(rect), text
    finally:
        i18n.install("en")


def test_the_history_window_names_what_was_skipped(qtbot: QtBot, catalogue: Catalogue) -> None:
    window = HistoryWindow(_Recorder(_sessions()), catalogue, "en")  # type: ignore[arg-type]
    qtbot.addWidget(window)
    row = next(i for i, s in enumerate(window.model.sessions) if s.skipped)
    window.table.selectRow(row)
    text = window.details.toPlainText()
    assert "Left out because it hurt last time" in text
    assert catalogue.exercises["cobra"].name.en in text
    assert catalogue.exercises["legs-up-the-wall"].name.en in text
    assert "left out" in str(window.model.index(row, 1).data())


def test_the_csv_has_a_left_out_column_last(tmp_path: Path) -> None:
    out = io.StringIO()
    write_csv(_sessions()[:2], out)
    header, first, *_ = list(csv.reader(io.StringIO(out.getvalue())))
    assert header == list(HEADER) and header[-1] == "left_out"
    assert first[-1] == "cobra legs-up-the-wall"  # session 1 left two out
    out = io.StringIO()
    write_csv(_sessions()[1:2], out)
    assert list(csv.reader(io.StringIO(out.getvalue())))[1][-1] == ""


# -- restore: the progress names the saved rhythms --------------------------------------------


def test_the_restore_progress_names_the_saved_rhythms(
    user_dirs: dict[str, Path], tmp_path: Path
) -> None:
    data, config = user_dirs["data"], user_dirs["config"]
    archive = make_backup(data, config, "b", tmp_path / "b.zip")
    said: list[str] = []
    staged = backup.stage(archive, lambda what, _done, _total: said.append(what))
    backup.discard(staged)
    assert any(text.startswith("Checking 1 saved rhythm") for text in said), said
    assert any(text.startswith("Checking 1 saved session") for text in said), said
    assert not any("%n" in text for text in said)


def test_text_sizes_keep_their_multiple(qtbot: QtBot) -> None:
    """A heading with a size of its own (1.15 × the text) stays 1.15 × it."""
    appearance.apply(Appearance("light", False, 100))
    label = QLabel("Session")
    qtbot.addWidget(label)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    appearance.apply(Appearance("light", False, 200))
    assert label.font().pointSizeF() == pytest.approx(QApplication.font().pointSizeF() * 1.15)
