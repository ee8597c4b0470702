"""The pacer's choices: a rhythm (a preset of the book, one of the person's own saved
rhythms, or a pattern typed in) and a length (breaths or minutes), checked as they are
typed by compiling what would play.

Remembered between runs (``options``: the last rhythm, pattern and length); a rhythm that
is not in the catalogue this run is said once and kept stored until another is chosen, and
so is a saved rhythm of one's own whose file is missing or cannot be read this run.

Numbers are typed with either decimal mark and shown with the language's ("5,5-0-5,5" and
"2,5" minutes in Dutch): ``core/pattern`` reads both, so what is shown can be typed back.

The pattern field is always editable: typing in it while a preset is chosen makes it the
person's own pattern (the rhythm box says "Your own pattern…"), as an equaliser or a
photo editor turns a preset into "Custom" the moment a value is changed. A field that
looked editable but ignored the keys, as before, read as broken; a greyed one would hide
where the numbers of a preset can be changed.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from app.core.model import Catalogue
from app.core.pattern import PatternError, parse_pattern, with_decimal_mark
from app.core.problems import MessageError
from app.core.requests import MAX_BREATHS, Request
from app.core.rhythms import SavedRhythm
from app.core.text import Lang
from app.services import i18n, labels, options, rhythm_store
from app.ui import saved_rhythms
from app.ui.number_entry import MinutesBox, decimal_mark
from app.ui.saved_rhythms import CUSTOM, OWN

__all__ = ["CUSTOM", "OWN", "PacerControls"]


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
    ``enter_pressed()`` Enter in the pattern field (starts, as a default button would);
    ``told(str)`` a line for the window's notices (a rhythm file that cannot be read)."""

    playable_changed = Signal(bool)
    enter_pressed = Signal()
    told = Signal(str)

    def __init__(self, catalogue: Catalogue, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._lang = lang
        self._mark = decimal_mark(self.locale())
        self._missing_preset: str | None = None
        self._missing_rhythm: str | None = None
        self._own: dict[str, SavedRhythm] = {}  # OWN + file name → the saved rhythm
        self._said: list[str] = []  # what the rhythm files said, for told
        self.preset_box = QComboBox()
        self.preset_box.setObjectName("preset")
        self.preset_box.setAccessibleName(self.tr("Breathing rhythm"))
        # Narrow when the window is (large text on a small screen): the longest name no
        # longer sets the row's width now that a button shares it; the list that opens
        # is as wide as its names.
        self.preset_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.preset_box.setMinimumContentsLength(16)
        self._fill_rhythms()
        self.preset_box.currentIndexChanged.connect(self._on_preset)
        self.preset_box.activated.connect(self._forget_missing)  # the person's pick
        self.rhythms_button = QPushButton(self.tr("Your rh&ythms…"))
        self.rhythms_button.setObjectName("manageRhythms")
        self.rhythms_button.setToolTip(self.tr("Use, rename or delete the rhythms you saved"))
        self.rhythms_button.clicked.connect(self.show_rhythms)

        self.pattern_edit = QLineEdit()
        self.pattern_edit.setObjectName("pattern")
        self.pattern_edit.setPlaceholderText(self.tr("in-hold-out-hold, e.g. 4-7-8"))
        self.pattern_edit.setAccessibleName(self.tr("Breath pattern in seconds"))
        self.pattern_edit.setToolTip(
            self.tr(
                "Seconds to breathe in, hold, breathe out and (optionally) hold again, "
                "e.g. 4-7-8 or 5-0-7-3. Decimals are fine: 5.5-0-5.5. Typing here makes "
                "the rhythm your own pattern; Save… keeps it under a name."
            )
        )
        self.pattern_edit.textChanged.connect(self.validate)
        self.pattern_edit.textEdited.connect(self._on_typed)
        self.pattern_edit.returnPressed.connect(self.enter_pressed)
        self.save_button = QPushButton(self.tr("&Save…"))
        self.save_button.setObjectName("saveRhythm")
        self.save_button.setToolTip(
            self.tr("Save this pattern and length as a rhythm of your own, under a name")
        )
        self.save_button.setAccessibleName(self.tr("Save rhythm"))
        self.save_button.clicked.connect(self.save_rhythm)
        self.pattern_error = QLabel()
        self.pattern_error.setObjectName("patternError")
        self.pattern_error.setWordWrap(True)
        self.pattern_error.setStyleSheet("color: #b3261e;")

        self.by_breaths = QRadioButton(self.tr("Breaths"))
        self.by_minutes = QRadioButton(self.tr("Minutes"))
        self.breaths_spin = QSpinBox()
        self.breaths_spin.setRange(1, MAX_BREATHS)
        self.breaths_spin.setAccessibleName(self.tr("Number of breaths"))
        self.minutes_spin = MinutesBox()
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
        form.addRow(self.tr("&Rhythm:"), _row(self.preset_box, self.rhythms_button))
        form.addRow(self.tr("&Pattern:"), _row(self.pattern_edit, self.save_button))
        form.addRow("", self.pattern_error)
        form.addRow(self.tr("Length:"), length)
        form.addRow("", self.length_hint)
        for label, buddy in ((0, self.preset_box), (1, self.pattern_edit)):
            item = form.itemAt(label, QFormLayout.ItemRole.LabelRole)
            shown = item.widget() if item is not None else None
            if isinstance(shown, QLabel):
                shown.setBuddy(buddy)  # the row is a layout: its label needs its field

    def set_editable(self, editable: bool) -> None:
        """Choices are made before a session, not while it plays."""
        for widget in (self.preset_box, self.pattern_edit, self.breaths_spin, self.minutes_spin,
                       self.by_breaths, self.by_minutes, self.rhythms_button,
                       self.save_button):  # fmt: skip
            widget.setEnabled(editable)
        if editable:
            self.validate()

    # -- the rhythm box -------------------------------------------------------------------

    def _fill_rhythms(self) -> None:
        """(Re)list the rhythm box (``saved_rhythms.fill_box``) and tell what the person's
        rhythm files that cannot be read say."""
        self._own, self._said = saved_rhythms.fill_box(
            self.preset_box,
            self._catalogue.presets.values(),
            self._lang,
            self._mark,
            self.tr("Your own pattern…"),
        )
        for line in self._said:
            self.told.emit(line)

    def told_so_far(self) -> list[str]:
        """What the rhythm files said when they were last listed (for a window that
        connects to ``told`` after the controls were made)."""
        return list(self._said)

    # -- choosing ---------------------------------------------------------------------

    def _on_preset(self) -> None:
        ident = self.preset_box.currentData()
        if ident is None:  # a heading or a separator (set in code): the first preset
            self.preset_box.setCurrentIndex(0)
            return
        own = self._own.get(ident)
        if own is not None:
            self.pattern_edit.setText(own.pattern.notation(self._mark))
            if own.breaths is not None:
                self.breaths_spin.setValue(own.breaths)
                self.by_breaths.setChecked(True)
            elif own.minutes is not None:
                self.minutes_spin.setValue(own.minutes)
                self.by_minutes.setChecked(True)
        elif ident != CUSTOM:
            preset = self._catalogue.presets[ident]
            self.pattern_edit.setText(preset.pattern.notation(self._mark))
            self.breaths_spin.setValue(preset.breaths)
            self.by_breaths.setChecked(True)
        self.validate()

    @Slot(str)
    def _on_typed(self, _text: str) -> None:
        """Typing in the pattern field makes it the person's own pattern."""
        if self.preset_box.currentData() != CUSTOM:
            self._forget_missing()
            self.preset_box.setCurrentIndex(self.preset_box.findData(CUSTOM))

    def _shown(self, pattern: str) -> str:
        """A pattern as typed (a setting, the command line), with the language's decimal
        mark when it is one the parser accepts; else as it is, for the field to refuse."""
        try:
            parse_pattern(pattern)
        except PatternError:
            return pattern
        return with_decimal_mark(pattern, self._mark)

    def asked(self) -> Request:
        ident = self.preset_box.currentData()
        breaths = self.breaths_spin.value() if self.by_breaths.isChecked() else None
        minutes = None if breaths is not None else self.minutes_spin.value()
        if ident not in (CUSTOM, None) and ident not in self._own:
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
            self.save_button.setEnabled(False)
            self.playable_changed.emit(False)
            return
        self.pattern_error.hide()
        self.save_button.setEnabled(self.preset_box.isEnabled())
        self.length_hint.setText(
            self.tr("%n breath(s) · %1", "", timeline.segments[0].breaths or 0).replace(
                "%1", labels.duration(timeline.total_ms)
            )
        )
        self.playable_changed.emit(True)

    def restore_choice(self) -> None:
        """The last choice; a damaged setting is its default, said once (``options``), and
        so is a rhythm not in the catalogue now (kept stored: :meth:`save_choice`)."""
        ident = options.PACER_PRESET.read()
        own_name = options.PACER_RHYTHM.read() if ident == CUSTOM else ""
        own_key = self._own_key(own_name)
        index = self.preset_box.findData(own_key if own_key is not None else ident)
        self.preset_box.setCurrentIndex(max(0, index))
        self._on_preset()
        # A rhythm of the person's own file, left out this run (a typo in it): the default
        # for now, said, and kept in the settings until another rhythm is chosen.
        self._missing_preset = None if index >= 0 else ident
        # A saved rhythm whose file is gone or cannot be read this run: its pattern (kept
        # in the settings as the last pattern) as one's own, the name kept until another
        # rhythm is chosen; an unreadable file is said by the listing.
        self._missing_rhythm = own_name if own_name and own_key is None else None
        if index < 0:
            options.PACER_PRESET.refuse(
                ident,
                self.tr(
                    "the rhythm you chose last time is not in the catalogue now (your own "
                    "exercises were left out?)"
                ),
            )
        if ident == CUSTOM and index >= 0 and own_key is None:
            self.pattern_edit.setText(self._shown(options.PACER_PATTERN.read()))
        # Check the chosen one, never uncheck the other: an auto-exclusive radio button
        # cannot be unchecked, so after a preset (which checks "Breaths") "Minutes" was
        # never restored.
        by_minutes = options.PACER_BY.read() == "minutes"
        (self.by_minutes if by_minutes else self.by_breaths).setChecked(True)
        breaths = options.PACER_BREATHS.stored()  # none saved: the preset's own number
        if breaths is not None:
            self.breaths_spin.setValue(breaths)
        self.minutes_spin.setValue(options.PACER_MINUTES.read())

    def _own_key(self, name: str) -> str | None:
        return next((key for key, own in self._own.items() if name and own.name == name), None)

    @Slot()
    def _forget_missing(self) -> None:
        self._missing_preset = None
        self._missing_rhythm = None

    def choice(self) -> list[options.Change]:
        """The settings that remember this choice (written with the window's own)."""
        changes = [
            options.PACER_BY.set("breaths" if self.by_breaths.isChecked() else "minutes"),
            options.PACER_BREATHS.set(self.breaths_spin.value()),
            options.PACER_MINUTES.set(self.minutes_spin.value()),
        ]
        # Else a stand-in: the remembered rhythm stays.
        if self._missing_preset is None and self._missing_rhythm is None:
            own = self._own.get(self.preset_box.currentData())
            changes.append(
                options.PACER_PRESET.set(CUSTOM if own else self.preset_box.currentData())
            )
            changes.append(options.PACER_RHYTHM.set(own.name if own else ""))
        pattern = with_decimal_mark(self.pattern_edit.text(), ".")  # as files keep numbers
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
            self._forget_missing()  # chosen: this one is remembered
        if request.preset is not None:
            self.preset_box.setCurrentIndex(max(0, self.preset_box.findData(request.preset)))
        elif request.pattern is not None:
            self.preset_box.setCurrentIndex(self.preset_box.findData(CUSTOM))
            self.pattern_edit.setText(self._shown(request.pattern))
        if request.breaths is not None:
            self.by_breaths.setChecked(True)
            self.breaths_spin.setValue(request.breaths)
        elif request.minutes is not None:
            self.by_minutes.setChecked(True)
            self.minutes_spin.setValue(request.minutes)
        self.validate()

    # -- rhythms of one's own -------------------------------------------------------------

    @Slot()
    def save_rhythm(self) -> bool:
        """Ask for a name and save the pattern and length as they are now; True once saved
        (it is then the chosen rhythm)."""
        if self.request() is None:
            return False
        own = self._own.get(self.preset_box.currentData())
        name = saved_rhythms.ask_name(self, own.name if own else "")
        return name is not None and self.save_rhythm_as(name)

    def save_rhythm_as(self, name: str) -> bool:
        """Save the pattern in the field and the length under ``name``, replacing a
        readable rhythm of that name (the store never replaces a file it cannot read)."""
        try:
            pattern = parse_pattern(self.pattern_edit.text())
        except PatternError:
            return False
        by_breaths = self.by_breaths.isChecked()
        rhythm = SavedRhythm(
            name,
            pattern,
            self.breaths_spin.value() if by_breaths else None,
            None if by_breaths else self.minutes_spin.value(),
        )
        try:
            rhythm_store.save(rhythm, rhythm_store.replaced_by(rhythm.name))
        except rhythm_store.StoreError as error:
            QMessageBox.warning(self, self.tr("Not saved"), i18n.problem_text(error.problem))
            return False
        self._fill_rhythms()
        self.choose_rhythm(rhythm.name)
        return True

    @Slot(str)
    def rhythms_changed(self, renamed_to: str = "") -> None:
        """List the rhythms again (one was renamed or deleted in the dialog). The choice is
        kept, with the length the person set; a chosen rhythm renamed stays chosen under
        its new name, one that went leaves its pattern in the field as one's own."""
        chosen = self.preset_box.currentData()
        self._fill_rhythms()
        if chosen in self._own:
            return
        if str(chosen).startswith(OWN) and renamed_to:
            self.choose_rhythm(renamed_to)
        self.validate()

    @Slot(str)
    def choose_rhythm(self, name: str) -> None:
        """Choose the rhythm of one's own called ``name`` (just saved, or picked in the
        dialog), as the person's pick."""
        key = self._own_key(name)
        if key is None:
            self._fill_rhythms()  # saved a moment ago: list it
            key = self._own_key(name)
        if key is not None:
            self._forget_missing()
            self.preset_box.setCurrentIndex(self.preset_box.findData(key))
        self.validate()

    @Slot()
    def show_rhythms(self) -> saved_rhythms.SavedRhythmsDialog:
        dialog = saved_rhythms.SavedRhythmsDialog(self._mark, self)
        dialog.changed.connect(self.rhythms_changed)
        dialog.chosen.connect(self.choose_rhythm)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


def _row(field: QWidget, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(field, 1)
    row.addWidget(button)
    return row
