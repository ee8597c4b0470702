"""Small charts for the practice history, painted with QPainter (no chart library: three
simple pictures do not earn QtCharts' size in the bundle).

Each takes ready numbers from ``app.core.history`` and only draws them; each also says
what it shows in its accessible description, for those who do not see it.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


def _accent(widget: QWidget) -> QColor:
    return widget.palette().color(QPalette.ColorRole.Highlight)


def _muted(widget: QWidget) -> QColor:
    color = QColor(widget.palette().color(QPalette.ColorRole.WindowText))
    color.setAlphaF(0.25)
    return color


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
        self.setMinimumSize(240, 120)

    def set_weeks(self, weeks: list[tuple[date, float]]) -> None:
        self._weeks = weeks
        self.setAccessibleDescription(
            ", ".join(
                self.tr("week of %1: %2 min").replace("%1", monday.strftime("%d-%m"))
                .replace("%2", str(round(minutes)))
                for monday, minutes in weeks
            )
        )  # fmt: skip
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        if not self._weeks:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        label_h = metrics.height() + 2
        area = QRectF(self.rect()).adjusted(2, label_h, -2, -label_h)
        top = max(10.0, max(m for _, m in self._weeks))
        slot = area.width() / len(self._weeks)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        for i, (monday, minutes) in enumerate(self._weeks):
            height = area.height() * minutes / top
            bar = QRectF(area.left() + i * slot + slot * 0.15, area.bottom() - height,
                         slot * 0.7, height)  # fmt: skip
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_accent(self) if i == len(self._weeks) - 1 else _muted(self))
            painter.drawRoundedRect(bar, 2, 2)
            painter.setPen(text)
            if minutes:
                painter.drawText(QRectF(bar.left() - 6, bar.top() - label_h, bar.width() + 12,
                                        label_h), Qt.AlignmentFlag.AlignCenter,
                                 str(round(minutes)))  # fmt: skip
            painter.drawText(QRectF(area.left() + i * slot, area.bottom() + 2, slot, label_h),
                             Qt.AlignmentFlag.AlignCenter, monday.strftime("%d-%m"))  # fmt: skip
        painter.end()


class PainChart(QWidget):
    """Pain before and after each session (0–10), oldest left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("painChart")
        self.setAccessibleName(self.tr("Pain before and after"))
        self._rows: list[tuple[datetime, int | None, int | None]] = []
        self.setMinimumSize(240, 120)

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

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        text = self.palette().color(QPalette.ColorRole.WindowText)
        area = QRectF(self.rect()).adjusted(metrics.horizontalAdvance("10") + 6, 6, -6,
                                            -metrics.height() - 4)  # fmt: skip
        painter.setPen(QPen(_muted(self), 1))
        for level in (0, 5, 10):
            y = area.bottom() - area.height() * level / 10
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(text)
            painter.drawText(QRectF(0, y - metrics.height() / 2, area.left() - 4,
                                    metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(level))  # fmt: skip
            painter.setPen(QPen(_muted(self), 1))
        if not self._rows:
            painter.setPen(text)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No check-ins yet"))
            painter.end()
            return
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
        painter.setPen(text)
        legend = self.tr("- - before   —— after")
        painter.drawText(QRectF(area.left(), area.bottom() + 2, area.width(), metrics.height()),
                         Qt.AlignmentFlag.AlignRight, legend)  # fmt: skip
        painter.end()
