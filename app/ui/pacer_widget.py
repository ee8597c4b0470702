"""The breath pacer: a circle that fills with the in-breath and empties with the out-breath.

It renders a :class:`Frame` and nothing else: the player decides where in the breath we
are, ``Frame.level`` says how full, and this widget turns that into pixels. ``paintEvent``
only draws; fonts, colours and sizes are prepared in ``resizeEvent`` and the setters.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QStaticText,
    QTextOption,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core.playback import Frame, Resolution
from app.core.text import Lang
from app.core.timeline import Kind, Segment
from app.services import labels
from app.ui.circle_text import Fitted, fit_in_circle
from app.ui.pacer_colors import PacerColors
from app.ui.pacer_overlay import Hold, HoldOverlay

# Fraction of the largest circle that an empty breath keeps: never a dot.
EMPTY_SCALE = 0.42


class PacerWidget(QWidget):
    """Draws one :class:`Frame`; ``set_reduced_motion`` keeps the circle still.

    Signals:
        resolution_changed(object): the :class:`Resolution` it now draws at, so a player
            can sleep until the next change this widget would show.
        clicked(): a click on it (a view goes on from a pause or a wait: see ``set_hold``).
    """

    resolution_changed = Signal(object)
    clicked = Signal()

    def __init__(self, lang: Lang = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pacer")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(self.tr("Breath pacer"))
        self._lang: Lang = lang
        self._reduced_motion = False
        self._frame: Frame | None = None
        self.changes = 0  # visible changes asked for so far (the frame statistics count)
        self._colors = PacerColors.from_palette(self.palette())
        # Prepared in _layout() from the size; read by paintEvent.
        self._center = QPointF()
        self._max_radius = 1.0
        self._word_font = QFont()
        self._word_fit = Fitted("", QFont(), 1.0, QRectF())  # the words, fitted to the circle
        self._fit_key: tuple[object, ...] | None = None
        self._show_note = True
        self._count_font = QFont()
        self._small_font = QFont()
        self._circle_rect = QRectF()
        self._bottom_area = QRectF()
        self._seconds_rect = QRectF()
        self._top_rect = QRectF()
        self._bottom_rect = QRectF()
        self._bar_rect = QRectF()
        self._static = QPixmap()  # background, guide rings and bar track
        # Text laid out once per change, not once per frame.
        self._word_text = QStaticText()
        self._seconds_text = QStaticText()
        self._breath_text = QStaticText()
        self._left_text = QStaticText()
        self._note_text = QStaticText()
        self._sizes: dict[int, QSizeF] = {}  # QStaticText.size() lays out again each call
        self._left_seconds = -2
        # Prepared in set_frame(); read by paintEvent.
        self._word = self.tr("Ready when you are")
        # The circle's words for an instruction into or out of a pose, translated once
        # here, not on every frame (``_short_word``).
        self._kind_words = {
            Kind.SETUP: self.tr("Into the pose"),
            Kind.COME_OUT: self.tr("Come out"),
        }
        self._note = ""
        self._seconds = ""
        self._breath = ""
        self._left = ""
        self._color = self._colors.idle
        self._radius_scale = EMPTY_SCALE
        self._hold_fraction: float | None = None
        self._phase_fraction = 0.0
        self._session_fraction = 0.0
        self.overlay = HoldOverlay()  # "Paused" / "Ready?" over the circle (pacer_overlay)

    # -- setters --------------------------------------------------------------------------

    def set_language(self, lang: Lang) -> None:
        self._lang = lang
        if self._frame is not None:
            self.set_frame(self._frame)

    def set_reduced_motion(self, reduced: bool) -> None:
        self._reduced_motion = reduced
        self._paint_static()
        self.resolution_changed.emit(self.resolution())
        if self._frame is not None:
            self.set_frame(self._frame)
        self.update()

    @property
    def reduced_motion(self) -> bool:
        return self._reduced_motion

    def resolution(self) -> Resolution:
        """The units :meth:`_visible_state` rounds to, as the core's :class:`Resolution`."""
        r = self._max_radius
        if self._reduced_motion:
            return Resolution(phase_span=2 * r, session_span=self._bar_rect.width())
        return Resolution(
            level_offset=r * EMPTY_SCALE,
            level_span=r * (1 - EMPTY_SCALE),
            hold_span=2 * r,
            session_span=self._bar_rect.width(),
        )

    def set_frame(self, frame: Frame) -> None:
        segment = frame.segment
        kind = segment.kind
        self._frame = frame
        before = self._visible_state()
        old_word = self._word
        self._word = self._short_word(segment)
        self._note = segment.note.get(self._lang) if segment.note and self._show_note else ""
        done = kind is Kind.DONE
        self._seconds = "" if done else str(frame.seconds_left)
        self._breath = frame.breath_label
        self._left = (
            ""
            if done
            else self.tr("%1 left").replace("%1", labels.duration(frame.total_seconds_left * 1000))
        )
        self._color = {
            Kind.INHALE: self._colors.inhale,
            Kind.HOLD_IN: self._colors.hold,
            Kind.HOLD_OUT: self._colors.hold,
            Kind.EXHALE: self._colors.exhale,
        }.get(kind, self._colors.idle)
        level = frame.level
        self._radius_scale = (
            0.75 if self._reduced_motion else EMPTY_SCALE + (1 - EMPTY_SCALE) * level
        )
        self._hold_fraction = frame.fraction if kind in (Kind.HOLD_IN, Kind.HOLD_OUT) else None
        self._phase_fraction = frame.fraction
        self._session_fraction = frame.session_fraction
        if self._word != old_word:
            self._announce()
        after = self._visible_state()
        if after != before:
            self._prepare_texts()
            self.update(self._dirty(before, after))
            self.changes += 1  # for the frame statistics: a paint is now owed

    def set_hold(self, hold: Hold | None) -> None:
        """Show why the session stands still, large over a dimmed circle (None: it plays)."""
        if self.overlay.set(hold):
            self._layout_overlay()
            self._announce()
            self.update()

    def _layout_overlay(self) -> None:
        self.overlay.layout(QRectF(self.rect()), self._center, self._max_radius, self.font())

    def _announce(self) -> None:
        """The phase (or the held state) for screen readers: as the widget's description
        (read on focus) and, when an assistive technology listens, as a polite announcement
        of the change."""
        held = self.overlay
        text = f"{held.title}. {held.hint}" if held.hold else f"{self._word} {self._breath}".strip()
        self.setAccessibleDescription(text)
        if text and QAccessible.isActive():
            event = QAccessibleAnnouncementEvent(self, text)
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
            QAccessible.updateAccessibility(event)

    def _visible_state(self) -> tuple[tuple[object, ...], tuple[object, ...], tuple[object, ...]]:
        """What a repaint would change, per part (circle, top line, bottom line)."""
        r = self._max_radius
        arc = self._hold_fraction
        if arc is None and self._reduced_motion and self._frame is not None:
            arc = self._phase_fraction
        circle = (
            self._word,
            self._seconds,
            self._color.rgb(),
            round(r * self._radius_scale),  # whole-pixel steps of the radius
            None if arc is None else round(arc * 2 * r),  # about a pixel along the ring
        )
        bottom = (self._note, self._left, round(self._session_fraction * self._bar_rect.width()))
        return circle, (self._breath,), bottom

    def _dirty(self, before: tuple[object, ...], after: tuple[object, ...]) -> QRect:
        """The parts whose pixels change (a pixel-clipped ring measured no cheaper)."""
        parts = (self._circle_rect, self._top_rect, self._bottom_area)
        dirty = QRectF()
        for old, new, rect in zip(before, after, parts, strict=True):
            if old != new:
                dirty = dirty.united(rect)
        return dirty.toAlignedRect()

    def _prepare_texts(self, relayout: bool = False) -> None:
        """Lay out the texts whose words changed (all of them when fonts changed).

        ``QStaticText.size()`` is only right once the text is prepared with the font it
        will be drawn in, and ``setText`` drops the layout: so both happen here, once per
        change, and never in ``paintEvent``.
        """
        for text, value, font in (
            (self._seconds_text, self._seconds, self._count_font),
            (self._breath_text, self._breath, self._small_font),
            (self._left_text, self._left, self._small_font),
        ):
            if relayout or text.text() != value:
                text.setText(value)
                text.prepare(QTransform(), font)
                self._sizes[id(text)] = text.size()
        self._fit_word()
        # The note shares its line with the time left: cut it short rather than overlap.
        room = self._bottom_rect.width() - self._size(self._left_text).width() - 24
        note = QFontMetricsF(self._small_font).elidedText(
            self._note, Qt.TextElideMode.ElideRight, max(0.0, room)
        )
        if relayout or self._note_text.text() != note:
            self._note_text.setText(note)
            self._note_text.prepare(QTransform(), self._small_font)
            self._sizes[id(self._note_text)] = self._note_text.size()

    def _fit_word(self) -> None:
        """The words at full size, or smaller and wrapped until every corner lies inside
        :meth:`word_region` (a long title naming the exercise, "Klaar als jij het bent")."""
        key = (self._word, *self.word_region(), self._word_font.pixelSize())
        if key == self._fit_key:
            return
        self._fit_key = key
        self._word_fit = fit_in_circle(self._word, self._word_font, *self.word_region(), 10)
        self._word_text.setText(self._word_fit.text)
        self._word_text.setTextWidth(self._word_fit.wrap_width)
        self._word_text.prepare(QTransform(), self._word_fit.font)
        self._sizes[id(self._word_text)] = self._word_text.size()

    def word_region(self) -> tuple[float, float]:
        """(radius, lift): the words lie inside that circle, their bottom ``lift`` above the
        centre. They never cross the ring of a full breath, nor the edge of a still disc:
        they sit between the empty breath and the full one, over the count (reduced motion's
        still disc: on it, above the count)."""
        r, margin = self._max_radius, max(3.0, self._max_radius * 0.03) + 1.5  # the pens
        if self._reduced_motion and self._frame is not None:
            return r * self._radius_scale - margin, r * 0.12
        return r - margin, r * EMPTY_SCALE + margin

    def word_bounds(self) -> QRectF:
        """Where the words' ink is, in the widget (for the geometry tests)."""
        return self._word_fit.box.translated(self._center)

    def _short_word(self, segment: Segment) -> str:
        """The words in the circle: the segment's, but for an instruction into or out of
        a pose (a sentence, shown large beside the pacer and spoken) a short name of what
        the person is doing; cut to fit, the sentence read "Begin op handen en knieën
        met j…"."""
        return self._kind_words.get(segment.kind) or segment.text.get(self._lang)

    def set_show_note(self, show: bool) -> None:
        """Hide the caution line where the caution is shown beside the pacer anyway."""
        self._show_note = show
        if self._frame is not None:
            self.set_frame(self._frame)

    def clear(self) -> None:
        self._frame = None
        self._word = self.tr("Ready when you are")
        self._note = self._seconds = self._breath = self._left = ""
        self._left_seconds = -2
        self._color = self._colors.idle
        self._radius_scale = EMPTY_SCALE
        self._hold_fraction = None
        self._session_fraction = 0.0
        self._prepare_texts()
        self.update()

    # -- Qt ---------------------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(640, 560)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        # Small enough for a 960 × 540 logical screen (1920 × 1080 at scale 2) to show a
        # whole session without scrolling; the words still fit a circle this size.
        return QSize(200, 180)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self._layout()
        super().resizeEvent(event)

    def changeEvent(self, event: object) -> None:  # noqa: N802
        from PySide6.QtCore import QEvent

        if isinstance(event, QEvent) and event.type() == QEvent.Type.FontChange:
            self._layout_overlay()  # the hint follows the text size
        if isinstance(event, QEvent) and event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.StyleChange,
        ):
            self._colors = PacerColors.from_palette(self.palette())
            self._paint_static()
            if self._frame is not None:
                self.set_frame(self._frame)
        super().changeEvent(event)  # type: ignore[arg-type]

    def _layout(self) -> None:
        w, h = float(self.width()), float(self.height())
        side = min(w, h)
        top_band = max(28.0, side * 0.09)
        bottom_band = max(34.0, side * 0.11)
        area = QRectF(0, top_band, w, h - top_band - bottom_band)
        self._center = area.center()
        self._max_radius = max(10.0, min(area.width(), area.height()) / 2 - 6)
        r = self._max_radius
        # Sizes follow the circle so the words stay inside it and readable from the mat.
        self._word_font = self._font(r * 0.16, QFont.Weight.DemiBold)
        self._count_font = self._font(r * 0.38, QFont.Weight.Light)
        self._small_font = self._font(max(14.0, side * 0.05), QFont.Weight.Normal)
        c = self._center
        self._seconds_rect = QRectF(c.x() - r, c.y() - r * 0.12, r * 2, r * 0.55)
        self._top_rect = QRectF(16, 0, w - 32, top_band)
        self._bottom_rect = QRectF(16, h - bottom_band, w - 32, bottom_band * 0.62)
        self._bar_rect = QRectF(16, h - bottom_band * 0.3, w - 32, max(4.0, side * 0.008))
        reach = r + 14  # the circle's outline and the hold ring around it
        self._circle_rect = QRectF(c.x() - reach, c.y() - reach, 2 * reach, 2 * reach)
        self._bottom_area = QRectF(0, h - bottom_band, w, bottom_band)
        centered = QTextOption(Qt.AlignmentFlag.AlignHCenter)
        centered.setWrapMode(QTextOption.WrapMode.WordWrap)
        self._word_text.setTextOption(centered)
        self._seconds_text.setTextOption(QTextOption(Qt.AlignmentFlag.AlignHCenter))
        self._seconds_text.setTextWidth(self._seconds_rect.width())
        for text in (self._word_text, self._seconds_text, self._breath_text, self._left_text,
                     self._note_text):  # fmt: skip
            text.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
        self._prepare_texts(relayout=True)
        self._layout_overlay()
        self._paint_static()
        self.resolution_changed.emit(self.resolution())

    def _paint_static(self) -> None:
        """What does not move, drawn once per size or palette instead of once per frame."""
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        colors = self._colors
        pixmap.fill(colors.background)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        c, r = self._center, self._max_radius
        painter.setPen(QPen(colors.faint, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(c, r, r)  # where a full breath ends
        if not self._reduced_motion:
            painter.setPen(QPen(colors.faint, 1, Qt.PenStyle.DashLine))
            painter.drawEllipse(c, r * EMPTY_SCALE, r * EMPTY_SCALE)  # and an empty one
        bar = self._bar_rect
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colors.faint)
        painter.drawRoundedRect(bar, bar.height() / 2, bar.height() / 2)
        painter.end()
        self._static = pixmap

    def _font(self, pixels: float, weight: QFont.Weight) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(10, round(pixels)))
        font.setWeight(weight)
        return font

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        exposed = event.rect()
        ratio = self._static.devicePixelRatio()
        source = QRectF(exposed.x() * ratio, exposed.y() * ratio,
                        exposed.width() * ratio, exposed.height() * ratio)  # fmt: skip
        painter.drawPixmap(QRectF(exposed), self._static, source)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colors = self._colors
        c, r = self._center, self._max_radius

        # The breath: an outline and a tint, as two fills (half the cost of a stroke).
        radius = r * self._radius_scale
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._color)
        painter.drawEllipse(c, radius + 1.5, radius + 1.5)
        # The tint's edge lies under the outline, so it needs no antialiasing.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setBrush(colors.fill(self._color))
        painter.drawEllipse(c, radius - 1.5, radius - 1.5)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

        # Holds: an arc that closes as the hold runs out. Reduced motion: the phase's arc.
        arc = self._hold_fraction
        if arc is None and self._reduced_motion and self._frame is not None:
            arc = self._phase_fraction
        if arc is not None:
            ring = QRectF(c.x() - r - 8, c.y() - r - 8, 2 * r + 16, 2 * r + 16)
            color = colors.hold if self._hold_fraction is not None else self._color
            painter.setPen(QPen(color, 7, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawArc(ring, 90 * 16, -round(360 * 16 * arc))

        # Words: the phase, the seconds left (not while held: the overlay's words are
        # there, and half-hidden words around them only blur them), the breath count, the
        # session.
        painter.setPen(colors.text)
        if self.overlay.hold is None:
            painter.setFont(self._word_fit.font)
            box = self._word_fit.box
            painter.drawStaticText(QPointF(c.x() - self._word_fit.wrap_width / 2,
                                           c.y() + box.top()), self._word_text)  # fmt: skip
            painter.setFont(self._count_font)
            seconds = self._seconds_rect
            top = seconds.center().y() - self._size(self._seconds_text).height() / 2
            painter.drawStaticText(QPointF(seconds.x(), top), self._seconds_text)
        painter.setFont(self._small_font)
        self._draw_line(painter, self._top_rect, self._breath_text, left=True)
        if self._note:
            self._draw_line(painter, self._bottom_rect, self._note_text, left=True)
        self._draw_line(painter, self._bottom_rect, self._left_text, left=False)
        if self._session_fraction > 0:
            bar = self._bar_rect
            done = QRectF(bar.x(), bar.y(), bar.width() * self._session_fraction, bar.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colors.inhale)
            painter.drawRoundedRect(done, bar.height() / 2, bar.height() / 2)
        self.overlay.paint(painter, QRectF(self.rect()), colors.text, colors.background,
                           colors.faint)  # fmt: skip
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        event.accept()  # the click is the pacer's: not its page's as well (one "go on")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        event.accept()
        if event.button() is Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()

    def _size(self, text: QStaticText) -> QSizeF:
        return self._sizes.get(id(text)) or text.size()

    def _draw_line(self, painter: QPainter, rect: QRectF, text: QStaticText, left: bool) -> None:
        size = self._size(text)
        x = rect.x() if left else rect.right() - size.width()
        painter.drawStaticText(QPointF(x, rect.center().y() - size.height() / 2), text)
