"""Small charts for the practice history, painted with QPainter (no chart library: three
simple pictures do not earn QtCharts' size in the bundle).

Each takes ready numbers from ``app.core.history`` and only draws them; each also says
what it shows in its accessible description, for those who do not see it.

Sizes follow the text size (a chart asks for room in lines and letters, not pixels), and
no two pieces of text are drawn over each other: at 150 % the weeks' dates ran into one
another ("12-1019-1026-10"). Where the dates do not fit side by side every second (or
third...) is shown, always this week's; a number that would cover another is left out
(it is in the accessible description). ``texts()`` says what is drawn where, for the
geometry tests.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget


def _accent(widget: QWidget) -> QColor:
    return widget.palette().color(QPalette.ColorRole.Highlight)


def _muted(widget: QWidget) -> QColor:
    color = QColor(widget.palette().color(QPalette.ColorRole.WindowText))
    color.setAlphaF(0.25)
    return color


GAP = 6  # px between two texts side by side

Placed = list[tuple[QRectF, str, int]]  # where, what, and its alignment flags


def _free(taken: Placed, rect: QRectF) -> bool:
    return not any(rect.intersects(other) for other, _, _ in taken)


def _draw(painter: QPainter, texts: Placed) -> None:
    for rect, text, flags in texts:
        painter.drawText(rect, flags, text)


def _inside(rect: QRectF, bounds: QRectF) -> QRectF:
    """``rect`` moved sideways into ``bounds`` (the last date, centred under its bar,
    ran past the right edge)."""
    left = min(max(rect.left(), bounds.left()), bounds.right() - rect.width())
    return QRectF(left, rect.top(), rect.width(), rect.height())


def _centre() -> int:
    return int(Qt.AlignmentFlag.AlignCenter)


class PracticeStrip(QWidget):
    """The last weeks as a calendar: one square a day, filled when practised."""

    WEEKS = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceStrip")
        self.setAccessibleName(self.tr("Days practised"))
        self._days: set[date] = set()
        self._today = date.today()
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_days(self, days: set[date], today: date) -> None:
        self._days, self._today = days, today
        first = self._first_day()
        count = sum(1 for d in days if first <= d <= today)
        self.setAccessibleDescription(
            self.tr("Practised on %1 of the last %2 days").replace("%1", str(count))
            .replace("%2", str((today - first).days + 1))
        )  # fmt: skip
        self.update()

    def _first_day(self) -> date:
        monday = self._today - timedelta(days=self._today.weekday())
        return monday - timedelta(weeks=self.WEEKS - 1)

    def sizeHint(self) -> QSize:  # noqa: N802
        cell = self.fontMetrics().height()
        return QSize(self.WEEKS * (cell + 3) + 2, 7 * (cell + 3) + 2)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        cell = self.fontMetrics().height()
        first = self._first_day()
        for week in range(self.WEEKS):
            for weekday in range(7):
                day = first + timedelta(weeks=week, days=weekday)
                if day > self._today:
                    continue
                rect = QRectF(1 + week * (cell + 3), 1 + weekday * (cell + 3), cell, cell)
                filled = day in self._days
                painter.setPen(QPen(_accent(self) if day == self._today else _muted(self), 1))
                painter.setBrush(_accent(self) if filled else Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect, 3, 3)
        painter.end()


class WeeklyMinutes(QWidget):
    """Minutes practised per week, as bars, this week last."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weeklyMinutes")
        self.setAccessibleName(self.tr("Minutes per week"))
        self._weeks: list[tuple[date, float]] = []

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Room for every second week's date side by side, and five lines of bars."""
        metrics = self.fontMetrics()
        weeks = max(2, len(self._weeks) or 8)
        date_w = metrics.horizontalAdvance("00-00") + GAP
        return QSize(date_w * ((weeks + 1) // 2) + 4, metrics.height() * 6)

    def sizeHint(self) -> QSize:  # noqa: N802
        """Room for every week's date."""
        least = self.minimumSizeHint()
        weeks = max(2, len(self._weeks) or 8)
        return QSize(
            (self.fontMetrics().horizontalAdvance("00-00") + GAP) * weeks + 4, least.height()
        )

    def set_weeks(self, weeks: list[tuple[date, float]]) -> None:
        self._weeks = weeks
        self.setAccessibleDescription(
            ", ".join(
                self.tr("week of %1: %2 min").replace("%1", monday.strftime("%d-%m"))
                .replace("%2", str(round(minutes)))
                for monday, minutes in weeks
            )
        )  # fmt: skip
        self.updateGeometry()
        self.update()

    def _area(self) -> QRectF:
        label_h = self.fontMetrics().height() + 2
        return QRectF(self.rect()).adjusted(2, label_h, -2, -label_h)

    def _bars(self) -> list[QRectF]:
        area = self._area()
        top = max(10.0, max((m for _, m in self._weeks), default=0.0))
        slot = area.width() / max(1, len(self._weeks))
        return [
            QRectF(area.left() + i * slot + slot * 0.15, area.bottom() - area.height() * m / top,
                   slot * 0.7, area.height() * m / top)
            for i, (_, m) in enumerate(self._weeks)
        ]  # fmt: skip

    def texts(self) -> Placed:
        """The dates under the bars and the minutes over them, none over another: this
        week's first, then back in time, each where it does not touch one placed."""
        if not self._weeks:
            return []
        metrics = QFontMetrics(self.font())
        label_h = metrics.height() + 2
        area = self._area()
        slot = area.width() / len(self._weeks)
        date_w = metrics.horizontalAdvance("00-00") + GAP
        bounds = QRectF(self.rect())
        every = 1
        while every * slot < date_w and every < len(self._weeks):
            every += 1
        placed: Placed = []
        last = len(self._weeks) - 1
        for i in range(last, -1, -1):
            monday, _ = self._weeks[i]
            if (last - i) % every:
                continue
            text = monday.strftime("%d-%m")
            width = metrics.horizontalAdvance(text) + 2
            centre = area.left() + (i + 0.5) * slot
            rect = _inside(QRectF(centre - width / 2, area.bottom(), width, label_h), bounds)
            if _free(placed, rect):
                placed.append((rect, text, _centre()))
        for i in range(last, -1, -1):
            minutes = self._weeks[i][1]
            if not minutes:
                continue
            bar = self._bars()[i]
            text = str(round(minutes))
            width = metrics.horizontalAdvance(text) + 2
            rect = QRectF(bar.center().x() - width / 2, bar.top() - label_h, width, label_h)
            rect = _inside(rect, bounds)
            if _free(placed, rect.adjusted(-GAP / 2, 0, GAP / 2, 0)):
                placed.append((rect, text, _centre()))
        return placed

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        if not self._weeks:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        for i, bar in enumerate(self._bars()):
            painter.setBrush(_accent(self) if i == len(self._weeks) - 1 else _muted(self))
            painter.drawRoundedRect(bar, 2, 2)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        _draw(painter, self.texts())
        painter.end()


class PainChart(QWidget):
    """Pain before and after each session (0–10), oldest left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("painChart")
        self.setAccessibleName(self.tr("Pain before and after"))
        self._rows: list[tuple[datetime, int | None, int | None]] = []

    def legend(self) -> str:
        return self.tr("- - before   —— after")

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Room for the scale and the legend on one line, and six lines of chart."""
        metrics = self.fontMetrics()
        axis = metrics.horizontalAdvance("10") + 6
        wide = max(metrics.horizontalAdvance(self.legend()), metrics.horizontalAdvance("0" * 16))
        return QSize(axis + wide + 12, metrics.height() * 6)

    def sizeHint(self) -> QSize:  # noqa: N802
        least = self.minimumSizeHint()
        return QSize(least.width() + self.fontMetrics().horizontalAdvance("0" * 8), least.height())

    def set_rows(self, rows: list[tuple[datetime, int | None, int | None]]) -> None:
        self._rows = rows[-30:]
        last = [r for r in self._rows if r[1] is not None and r[2] is not None]
        if last:
            _, before, after = last[-1]
            self.setAccessibleDescription(
                self.tr("Last session: pain %1 before, %2 after").replace("%1", str(before))
                .replace("%2", str(after))
            )  # fmt: skip
        else:
            self.setAccessibleDescription(self.tr("No pain check-ins yet"))
        self.update()

    def _area(self) -> QRectF:
        metrics = QFontMetrics(self.font())
        return QRectF(self.rect()).adjusted(
            metrics.horizontalAdvance("10") + 6, metrics.height() / 2 + 2, -6,
            -metrics.height() - 4,
        )  # fmt: skip

    def texts(self) -> Placed:
        """The scale (0, 5, 10) at the left, and the legend (or "no check-ins") below."""
        metrics = QFontMetrics(self.font())
        area = self._area()
        right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        placed: Placed = []
        for level in (0, 5, 10):
            y = area.bottom() - area.height() * level / 10
            rect = QRectF(0, y - metrics.height() / 2, area.left() - 4, metrics.height())
            if _free(placed, rect):
                placed.append((rect, str(level), right))
        if not self._rows:
            text = self.tr("No check-ins yet")
            width = metrics.horizontalAdvance(text) + 2
            rect = QRectF(area.center().x() - width / 2, area.center().y() - metrics.height(),
                          width, metrics.height())  # fmt: skip
            placed.append((rect, text, _centre()))
            return placed
        legend = self.legend()
        wide = min(area.width(), metrics.horizontalAdvance(legend) + 2.0)
        rect = QRectF(area.right() - wide, area.bottom() + 2, wide, metrics.height())
        placed.append((rect, legend, int(Qt.AlignmentFlag.AlignRight)))
        return placed

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        area = self._area()
        painter.setPen(QPen(_muted(self), 1))
        for level in (0, 5, 10):
            y = area.bottom() - area.height() * level / 10
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        if self._rows:
            self._draw_lines(painter, area)
        painter.setPen(text)
        _draw(painter, self.texts())
        painter.end()

    def _draw_lines(self, painter: QPainter, area: QRectF) -> None:
        step = area.width() / max(1, len(self._rows) - 1)
        before_color, after_color = _muted(self), _accent(self)
        before_color.setAlphaF(0.7)
        for column, color, style in ((1, before_color, Qt.PenStyle.DashLine),
                                     (2, after_color, Qt.PenStyle.SolidLine)):  # fmt: skip
            path = QPainterPath()
            points = []
            for i, row in enumerate(self._rows):
                value = row[1] if column == 1 else row[2]
                if value is None:
                    continue
                point = QPointF(area.left() + i * step, area.bottom() - area.height() * value / 10)
                points.append(point)
                if path.elementCount() == 0:
                    path.moveTo(point)
                else:
                    path.lineTo(point)
            painter.setPen(QPen(color, 2, style))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.setBrush(color)
            for point in points:
                painter.drawEllipse(point, 3, 3)
