"""How the app looks: light or dark (following the system or chosen), high contrast, and
the text size, from Preferences, applied to the whole application at once: every open
window changes with it, no restart (see :func:`apply` for the two kinds of widget Qt's
own propagation leaves behind).

The palettes are our own rather than ``QStyleHints.setColorScheme``: on a desktop
without a platform theme (a bare X session, Xvfb) Qt cannot switch the scheme, and a
person who asked for dark must get dark everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import (
    QAccessibilityHints,
    QColor,
    QFont,
    QGuiApplication,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from app.services import options

SCHEMES = ("system", "light", "dark")
_LOW, _HIGH = options.TEXT_PERCENT.bounds or (100, 200)
TEXT_PERCENT = (int(_LOW), int(_HIGH))  # the dialog's range: the setting's


@dataclass
class Appearance:
    scheme: str = "system"
    high_contrast: bool = False
    text_percent: int = 100

    @classmethod
    def load(cls) -> Appearance:
        """The saved choices; a damaged value is the default (see ``options``)."""
        return cls(
            scheme=options.SCHEME.read(),
            high_contrast=options.HIGH_CONTRAST.read(),
            text_percent=options.TEXT_PERCENT.read(),
        )

    def save(self) -> None:
        options.save(
            options.SCHEME.set(self.scheme),
            options.HIGH_CONTRAST.set(self.high_contrast),
            options.TEXT_PERCENT.set(self.text_percent),
        )

    def dark(self) -> bool:
        if self.scheme == "system":
            hints = QGuiApplication.styleHints()
            return hints.colorScheme() is Qt.ColorScheme.Dark
        return self.scheme == "dark"


_base_font: QFont | None = None


def follow_system() -> None:
    """Re-apply when the desktop turns dark or light (for 'as the system'), or asks for
    more contrast."""
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _: apply(Appearance.load()))
    _accessibility_hints().contrastPreferenceChanged.connect(lambda _: apply(Appearance.load()))


_kept: list[QObject] = []


def _accessibility_hints() -> QAccessibilityHints:
    # WORKAROUND: PySide6 6.11.3 — ``QGuiApplication.styleHints().accessibility()`` in one
    # expression gives a wrapper that is dead at once ("Internal C++ object
    # (QAccessibilityHints) already deleted"): it dies with the temporary QStyleHints
    # wrapper it was returned from. Both wrappers are kept for the application's life.
    if not _kept:
        hints = QGuiApplication.styleHints()
        _kept.extend([hints, hints.accessibility()])
    accessibility = _kept[1]
    assert isinstance(accessibility, QAccessibilityHints)
    return accessibility


def system_wants_high_contrast() -> bool:
    """The desktop's own high-contrast setting, where Qt reads it (Qt 6.10+: Windows,
    macOS, GNOME and KDE through their portals). Reduced motion has no such hint in Qt
    6.11, so that stays the pacer's own switch."""
    preference = _accessibility_hints().contrastPreference()
    return preference == Qt.ContrastPreference.HighContrast


def apply(appearance: Appearance) -> None:
    """Palette and font for every window; widgets hear it as Palette/FontChange.

    Two kinds of widget do not follow Qt's own propagation, and are brought along here:

    - one with a style sheet of its own keeps the font and palette it had when the sheet
      was set (the exercise details stayed white and at 100 % until a restart):
      ``QApplication::setFont`` sends its change to windows only, and the style sheet
      style resolves such a widget once, when it is polished;
    - one given a font of its own size (a heading at 1.15 × the text) keeps that size:
      it is scaled with the text size, so it stays the same multiple of it.
    """
    global _base_font
    # QApplication's setters, not QGuiApplication's: only they reach existing widgets.
    if not isinstance(QApplication.instance(), QApplication):
        return
    if _base_font is None:
        _base_font = QFont(QApplication.font())
    if appearance.high_contrast or system_wants_high_contrast():
        palette = high_contrast_palette(appearance.dark())
    elif appearance.dark():
        palette = dark_palette()
    else:
        palette = light_palette()
    before = QApplication.font().pointSizeF()
    _keep_indicators_visible()
    QApplication.setPalette(palette)
    font = QFont(_base_font)
    font.setPointSizeF(_base_font.pointSizeF() * appearance.text_percent / 100)
    QApplication.setFont(font)
    _bring_along(font.pointSizeF() / before if before > 0 else 1.0)


_SIZE_RESOLVED = 0x0002  # QFont::SizeResolved: PySide6 6.11 does not expose the enum


def _bring_along(ratio: float) -> None:
    """The widgets Qt's propagation leaves behind (see :func:`apply`), every one open."""
    for widget in QApplication.allWidgets():
        own = widget.font()
        if (
            abs(ratio - 1.0) > 1e-6
            and widget.testAttribute(Qt.WidgetAttribute.WA_SetFont)
            and own.resolveMask() & _SIZE_RESOLVED
            and own.pointSizeF() > 0
        ):
            scaled = QFont(own)
            scaled.setPointSizeF(own.pointSizeF() * ratio)
            widget.setFont(scaled)
        sheet = widget.styleSheet()
        if sheet:
            # WORKAROUND: a widget with its own style sheet keeps the font and palette the
            # style sheet style resolved when it was polished: QApplication::setFont sends
            # ApplicationFontChange to windows only (qapplication.cpp), and such a widget
            # does not take its parent's (the same fault: HEXRD/hexrdgui#1582,
            # Chatterino/chatterino2#5960). Setting the sheet again re-polishes it with
            # the application's font and palette of now (Qt 6.8-6.11).
            widget.setStyleSheet(sheet)


# -- check boxes and radio buttons that can be seen -------------------------------------

INDICATOR_CONTRAST = 3.0  # WCAG 2.1 SC 1.4.11, non-text contrast of a UI component
_INDICATOR_INK = 0.62  # of the text colour over the window's, for the indicator's edge


def luminance(color: QColor) -> float:
    """WCAG 2.1 relative luminance."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    """WCAG 2.1 contrast ratio, 1 to 21."""
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def indicator_edge(palette: QPalette) -> QColor:
    """The edge of a check box or radio button: the text colour laid over the window's,
    enough to stand out from both the window and the box's own fill by 3:1."""
    ink = palette.color(QPalette.ColorRole.WindowText)
    paper = palette.color(QPalette.ColorRole.Window)
    share = _INDICATOR_INK
    return QColor.fromRgbF(
        ink.redF() * share + paper.redF() * (1 - share),
        ink.greenF() * share + paper.greenF() * (1 - share),
        ink.blueF() * share + paper.blueF() * (1 - share),
    )


_INDICATORS = (
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_IndicatorRadioButton,
    QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
)


class VisibleIndicators(QProxyStyle):
    """The desktop's own style, with an edge drawn round every check box and radio
    button in the palette's :func:`indicator_edge` colour. Fusion (Qt's default where the
    desktop has no Qt theme) draws the box's edge as the window colour made darker: on a
    dark window it is black on near-black, and the box all but vanishes."""

    def drawPrimitive(  # noqa: N802 - Qt's name
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in _INDICATORS:
            return
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if rect.width() < 4 or rect.height() < 4:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(indicator_edge(option.palette), 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if element is QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, 2, 2)
        painter.restore()


def _keep_indicators_visible() -> None:
    """Once: the application's style becomes the desktop's, wrapped (QProxyStyle() with
    no base takes the platform's default style, and owns it)."""
    if not isinstance(QApplication.style(), VisibleIndicators):
        QApplication.setStyle(VisibleIndicators())


def _palette(colors: dict[QPalette.ColorRole, str], disabled_text: str) -> QPalette:
    palette = QPalette()
    for role, value in colors.items():
        palette.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):  # fmt: skip
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled_text))
    return palette


R = QPalette.ColorRole


def light_palette() -> QPalette:
    return _palette({
        R.Window: "#f4f3f0", R.WindowText: "#1d1d1b", R.Base: "#ffffff", R.AlternateBase: "#f0efeb",
        R.Text: "#1d1d1b", R.Button: "#ebeae6", R.ButtonText: "#1d1d1b", R.Highlight: "#2f6f8f",
        R.HighlightedText: "#ffffff", R.ToolTipBase: "#ffffe8", R.ToolTipText: "#1d1d1b",
        R.PlaceholderText: "#6b6b66", R.Link: "#1f5f9f", R.Mid: "#c8c6c0", R.Dark: "#9a988f",
        R.Light: "#ffffff", R.Midlight: "#f7f6f3", R.Shadow: "#5a5953", R.BrightText: "#ffffff",
    }, "#8d8c86")  # fmt: skip


def dark_palette() -> QPalette:
    return _palette({
        R.Window: "#202326", R.WindowText: "#e8e6e1", R.Base: "#17191b", R.AlternateBase: "#25282b",
        R.Text: "#e8e6e1", R.Button: "#2c3034", R.ButtonText: "#e8e6e1", R.Highlight: "#5aa0c0",
        R.HighlightedText: "#0d1114", R.ToolTipBase: "#2c3034", R.ToolTipText: "#e8e6e1",
        R.PlaceholderText: "#9a9892", R.Link: "#8cc4e8", R.Mid: "#3a3e42", R.Dark: "#111315",
        R.Light: "#4a4f54", R.Midlight: "#363a3e", R.Shadow: "#000000", R.BrightText: "#ffffff",
    }, "#6f6d68")  # fmt: skip


def high_contrast_palette(dark: bool) -> QPalette:
    """Black and white with a yellow (dark) or deep blue (light) highlight: WCAG AAA."""
    ink, paper, mark = (
        ("#ffffff", "#000000", "#ffd700") if dark else ("#000000", "#ffffff", "#0000c0")
    )
    return _palette({
        R.Window: paper, R.WindowText: ink, R.Base: paper, R.AlternateBase: paper, R.Text: ink,
        R.Button: paper, R.ButtonText: ink, R.Highlight: mark,
        R.HighlightedText: "#000000" if dark else "#ffffff", R.ToolTipBase: paper,
        R.ToolTipText: ink, R.PlaceholderText: ink, R.Link: mark, R.Mid: ink, R.Dark: ink,
        R.Light: ink, R.Midlight: ink, R.Shadow: ink, R.BrightText: mark,
    }, "#a0a0a0" if dark else "#5a5a5a")  # fmt: skip
