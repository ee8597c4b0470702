"""How the app looks: light or dark (following the system or chosen), high contrast, and
the text size, from Preferences, applied to the whole application at once.

The palettes are our own rather than ``QStyleHints.setColorScheme``: on a desktop
without a platform theme (a bare X session, Xvfb) Qt cannot switch the scheme, and a
person who asked for dark must get dark everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessibilityHints, QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

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
    """Palette and font for every window; widgets hear it as Palette/FontChange."""
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
    QApplication.setPalette(palette)
    font = QFont(_base_font)
    font.setPointSizeF(_base_font.pointSizeF() * appearance.text_percent / 100)
    QApplication.setFont(font)


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
