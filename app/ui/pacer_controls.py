"""The pacer's choices: a rhythm (a preset of the book, or a pattern of one's own) and a
length (breaths or minutes), checked as they are typed by compiling what would play.

Remembered between runs (``options``: the last rhythm, pattern and length); a rhythm that
is not in the catalogue this run is said once and kept stored until another is chosen.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from app.core.model import Catalogue
from app.core.problems import MessageError
from app.core.requests import MAX_BREATHS, MAX_MINUTES, MIN_MINUTES, MINUTES_DECIMALS, Request
from app.core.text import Lang
from app.services import i18n, labels, options

CUSTOM = ""  # the combo entry for a pattern of one's own


class _ArrowsStayHere(QObject):
    """The arrow keys move between the two length options while one has focus, instead
    of stepping through the breaths (the window's ← and → shortcuts)."""

    ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            if event.key() in self.ARROWS:
                event.accept()  # the radio button takes the key, not a shortcut
        return False


class PacerControls(QWidget):
    """Signals: ``playable_changed(bool)`` after every check (can the choice be played?);
    ``enter_pressed()`` Enter in the pattern field (starts, as a default button would)."""

    playable_changed = Signal(bool)
    enter_pressed = Signal()

    def __init__(self, catalogue: Catalogue, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._lang = lang
        self._missing_preset: str | None = None
        self.preset_box = QComboBox()
        self.preset_box.setObjectName("preset")
        for preset in self._catalogue.presets.values():
            self.preset_box.addItem(preset.name.get(self._lang), preset.id)
            self.preset_box.setItemData(
                self.preset_box.count() - 1,
                preset.description.get(self._lang),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.preset_box.addItem(self.tr("Your own pattern…"), CUSTOM)
        self.preset_box.setAccessibleName(self.tr("Breathing rhythm"))
        self.preset_box.currentIndexChanged.connect(self._on_preset)

        self.pattern_edit = QLineEdit()
        self.pattern_edit.setObjectName("pattern")
        self.pattern_edit.setPlaceholderText(self.tr("in-hold-out-hold, e.g. 4-7-8"))
        self.pattern_edit.setAccessibleName(self.tr("Breath pattern in seconds"))
        self.pattern_edit.setToolTip(
            self.tr(
                "Seconds to breathe in, hold, breathe out and (optionally) hold again, "
                "e.g. 4-7-8 or 5-0-7-3. Decimals are fine: 5.5-0-5.5."
            )
        )
        self.pattern_edit.textChanged.connect(self.validate)
        self.pattern_edit.returnPressed.connect(self.enter_pressed)
        self.pattern_error = QLabel()
        self.pattern_error.setObjectName("patternError")
        self.pattern_error.setWordWrap(True)
        self.pattern_error.setStyleSheet("color: #b3261e;")

        self.by_breaths = QRadioButton(self.tr("Breaths"))
        self.by_minutes = QRadioButton(self.tr("Minutes"))
        self.breaths_spin = QSpinBox()
        self.breaths_spin.setRange(1, MAX_BREATHS)
        self.breaths_spin.setAccessibleName(self.tr("Number of breaths"))
        self.minutes_spin = QDoubleSpinBox()
        # The one rule for minutes (core/pattern.py, parse_minutes): the box holds every
        # length the command line and a second start may ask for, exactly, so the pacer
        # plays what ``breathing-room timeline`` prints for the same arguments.
        self.minutes_spin.setDecimals(MINUTES_DECIMALS)  # first: the range is rounded to it
        self.minutes_spin.setRange(MIN_MINUTES, MAX_MINUTES)
        self.minutes_spin.setSingleStep(0.5)
        self.minutes_spin.setAccessibleName(self.tr("Length in minutes"))
        self.by_breaths.toggled.connect(self.validate)
        self._arrows = _ArrowsStayHere(self)
        self.by_breaths.installEventFilter(self._arrows)
        self.by_minutes.installEventFilter(self._arrows)
        self.breaths_spin.valueChanged.connect(self.validate)
        self.minutes_spin.valueChanged.connect(self.validate)
        length = QHBoxLayout()
        for widget in (self.by_breaths, self.breaths_spin, self.by_minutes, self.minutes_spin):
            length.addWidget(widget)
        length.addStretch(1)
        self.length_hint = QLabel()
        self.length_hint.setObjectName("lengthHint")

        self.setObjectName("pacerControls")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Rhythm:"), self.preset_box)
        form.addRow(self.tr("&Pattern:"), self.pattern_edit)
        form.addRow("", self.pattern_error)
        form.addRow(self.tr("Length:"), length)
        form.addRow("", self.length_hint)

    def set_editable(self, editable: bool) -> None:
        """Choices are made before a session, not while it plays."""
        for widget in (self.preset_box, self.pattern_edit, self.breaths_spin, self.minutes_spin,
                       self.by_breaths, self.by_minutes):  # fmt: skip
            widget.setEnabled(editable)
        if editable:
            self.validate()

    # -- choosing ---------------------------------------------------------------------

    def _on_preset(self) -> None:
        ident = self.preset_box.currentData()
        custom = ident == CUSTOM
        self.pattern_edit.setReadOnly(not custom)
        if not custom:
            preset = self._catalogue.presets[ident]
            self.pattern_edit.setText(str(preset.pattern))
            self.breaths_spin.setValue(preset.breaths)
            self.by_breaths.setChecked(True)
        self.validate()

    def asked(self) -> Request:
        ident = self.preset_box.currentData()
        breaths = self.breaths_spin.value() if self.by_breaths.isChecked() else None
        minutes = None if breaths is not None else self.minutes_spin.value()
        if ident != CUSTOM:
            return Request(preset=ident, breaths=breaths, minutes=minutes)
        return Request(pattern=self.pattern_edit.text(), breaths=breaths, minutes=minutes)

    def request(self) -> Request | None:
        """What the controls ask for, or None while it cannot be played."""
        try:
            self.asked().build(self._catalogue)
        except MessageError:
            return None
        return self.asked()

    @Slot()
    def validate(self) -> None:
        self.breaths_spin.setEnabled(self.by_breaths.isChecked())
        self.minutes_spin.setEnabled(not self.by_breaths.isChecked())
        # Tab lands on the chosen option of the pair, the arrow keys switch (the usual
        # radio-group habit); left alone, Qt's Tab stops at "Breaths" even when
        # "Minutes" is chosen and never reaches it.
        for radio in (self.by_breaths, self.by_minutes):
            radio.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if radio.isChecked() else Qt.FocusPolicy.ClickFocus
            )
        text = self.pattern_edit.text()
        try:
            # The core compiles what would play; the hint shows its length, not a guess.
            timeline = replace(self.asked(), prepare_s=0).build(self._catalogue)
        except MessageError as error:
            self.pattern_error.setText(i18n.message_text(error.message) if text else "")
            self.pattern_error.setVisible(bool(text))
            self.length_hint.clear()
            self.playable_changed.emit(False)
            return
        self.pattern_error.hide()
        self.length_hint.setText(
            self.tr("%1 breaths · %2")
            .replace("%1", str(timeline.segments[0].breaths))
            .replace("%2", labels.duration(timeline.total_ms))
        )
        self.playable_changed.emit(True)

    def restore_choice(self) -> None:
        """The last choice; a damaged setting is its default, said once (``options``), and
        so is a rhythm not in the catalogue now (kept stored: :meth:`save_choice`)."""
        ident = options.PACER_PRESET.read()
        index = self.preset_box.findData(ident)
        self.preset_box.setCurrentIndex(max(0, index))
        self._on_preset()
        # A rhythm of the person's own file, left out this run (a typo in it): the default
        # for now, said, and kept in the settings until another rhythm is chosen.
        self._missing_preset = None if index >= 0 else ident
        self.preset_box.activated.connect(self._forget_missing_preset)  # the person's pick
        if index < 0:
            options.PACER_PRESET.refuse(
                ident,
                self.tr(
                    "the rhythm you chose last time is not in the catalogue now (your own "
                    "exercises were left out?)"
                ),
            )
        if ident == CUSTOM and index >= 0:
            self.pattern_edit.setText(options.PACER_PATTERN.read())
        # Check the chosen one, never uncheck the other: an auto-exclusive radio button
        # cannot be unchecked, so after a preset (which checks "Breaths") "Minutes" was
        # never restored.
        by_minutes = options.PACER_BY.read() == "minutes"
        (self.by_minutes if by_minutes else self.by_breaths).setChecked(True)
        breaths = options.PACER_BREATHS.stored()  # none saved: the preset's own number
        if breaths is not None:
            self.breaths_spin.setValue(breaths)
        self.minutes_spin.setValue(options.PACER_MINUTES.read())

    @Slot()
    def _forget_missing_preset(self) -> None:
        self._missing_preset = None

    def choice(self) -> list[options.Change]:
        """The settings that remember this choice (written with the window's own)."""
        changes = [
            options.PACER_BY.set("breaths" if self.by_breaths.isChecked() else "minutes"),
            options.PACER_BREATHS.set(self.breaths_spin.value()),
            options.PACER_MINUTES.set(self.minutes_spin.value()),
        ]
        if self._missing_preset is None:  # else the stand-in: the remembered one stays
            changes.append(options.PACER_PRESET.set(self.preset_box.currentData()))
        pattern = self.pattern_edit.text()
        try:
            options.PACER_PATTERN.parse(pattern)
        except options.UnusableError:
            pass  # typed halfway: the last pattern that could be played stays
        else:
            changes.append(options.PACER_PATTERN.set(pattern))
        return changes

    def choose(self, request: Request) -> None:
        """Set the controls from a request (the command line's ``--preset``/``--pattern``)."""
        if request.preset is not None or request.pattern is not None:
            self._forget_missing_preset()  # chosen: this one is remembered
        if request.preset is not None:
            self.preset_box.setCurrentIndex(max(0, self.preset_box.findData(request.preset)))
        elif request.pattern is not None:
            self.preset_box.setCurrentIndex(self.preset_box.findData(CUSTOM))
            self.pattern_edit.setText(request.pattern)
        if request.breaths is not None:
            self.by_breaths.setChecked(True)
            self.breaths_spin.setValue(request.breaths)
        elif request.minutes is not None:
            self.by_minutes.setChecked(True)
            self.minutes_spin.setValue(request.minutes)
        self.validate()
