"""Preferences: the language and display, how a session guides you by ear (and why
something does not work), the check-ins, the rule for moving on, and the reminder."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.history import Rule
from app.core.spoken import GuidanceMode
from app.core.text import language_from_environment
from app.player import Player
from app.services import i18n, options
from app.services.guidance import SessionGuidance
from app.services.history import check_ins_wanted, set_check_ins
from app.services.reminder import ReminderSettings
from app.ui.appearance import TEXT_PERCENT, Appearance
from app.ui.appearance import apply as apply_appearance
from app.ui.fit_area import FitArea, size_for_screen
from app.ui.reminder import tray_available


def _system_name() -> str:
    return "Nederlands" if language_from_environment() == "nl" else "English"


class PreferencesDialog(QDialog):
    """Signals: ``language_changed(str)``, 'nl' or 'en', after OK with a new choice."""

    language_changed = Signal(str)
    practice_changed = Signal()

    def __init__(self, guidance: SessionGuidance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.setWindowTitle(self.tr("Preferences"))
        self._guidance = guidance
        s = guidance.settings

        self.mode = QComboBox()
        self.mode.setObjectName("guidanceMode")
        self.mode.setAccessibleName(self.tr("Guidance"))
        for value, label in (
            (GuidanceMode.OFF, self.tr("Off: silent")),
            (GuidanceMode.CUES, self.tr("Sounds only")),
            (GuidanceMode.VOICE, self.tr("Voice and sounds")),
        ):
            self.mode.addItem(label, value.value)
        self.mode.setCurrentIndex(self.mode.findData(s.mode.value))
        self.mode.currentIndexChanged.connect(self.refresh_status)
        self.say_breaths = QCheckBox(self.tr("Also say “breathe in” and “breathe out”"))
        self.say_breaths.setObjectName("sayBreaths")
        self.say_breaths.setChecked(s.say_breaths)
        self.wait_for_me = QCheckBox(self.tr("Wait until I am ready before each exercise"))
        self.wait_for_me.setObjectName("waitForMe")
        self.wait_for_me.setChecked(s.wait_for_me)
        self.wait_for_me.setToolTip(
            self.tr("A session holds after getting into position until you press Space, "
                    "click, or press the play key of your headset")
        )  # fmt: skip

        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setObjectName("volume")
        self.volume.setAccessibleName(self.tr("Volume"))
        self.volume.setRange(0, 100)
        self.volume.setValue(s.volume)
        self.muted = QCheckBox(self.tr("Mute"))
        self.muted.setObjectName("mute")
        self.muted.setChecked(s.muted)
        volume_row = QHBoxLayout()
        volume_row.addWidget(self.volume, 1)
        volume_row.addWidget(self.muted)

        self.lead = QSpinBox()
        self.lead.setObjectName("audioLead")
        self.lead.setRange(0, Player.MAX_LEAD_MS)
        self.lead.setSingleStep(10)
        self.lead.setSuffix(self.tr(" ms early"))
        self.lead.setValue(s.lead_ms)
        self.lead.setToolTip(
            self.tr("Bluetooth headphones play sound late. Start each sound this much earlier "
                    "so that you hear it when the circle turns.")
        )  # fmt: skip
        self.check = QPushButton(self.tr("Sound check"))
        self.check.setObjectName("soundCheck")
        self.check.clicked.connect(self._sound_check)

        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("As the system (%1)").replace("%1", _system_name()), "")
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(options.saved_language() or ""))
        self.language.setToolTip(self.tr("Texts and exercises change at once"))

        shown = Appearance.load()
        self.scheme = QComboBox()
        self.scheme.setObjectName("colorScheme")
        self.scheme.setAccessibleName(self.tr("Colours"))
        for scheme, label in (("system", self.tr("As the system")), ("light", self.tr("Light")),
                              ("dark", self.tr("Dark"))):  # fmt: skip
            self.scheme.addItem(label, scheme)
        self.scheme.setCurrentIndex(self.scheme.findData(shown.scheme))
        self.high_contrast = QCheckBox(self.tr("High contrast"))
        self.high_contrast.setObjectName("highContrast")
        self.high_contrast.setChecked(shown.high_contrast)
        self.text_size = QSpinBox()
        self.text_size.setObjectName("textSize")
        self.text_size.setAccessibleName(self.tr("Text size"))
        self.text_size.setRange(*TEXT_PERCENT)
        self.text_size.setSingleStep(10)
        self.text_size.setSuffix(" %")
        self.text_size.setValue(shown.text_percent)
        self.text_size.setToolTip(self.tr("Focus mode doubles this size"))

        # Progress: the check-ins, the rule for moving on (shown, not hidden), the reminder.
        self.check_ins = QCheckBox(self.tr("Ask about pain before and after a session"))
        self.check_ins.setObjectName("checkIns")
        self.check_ins.setChecked(check_ins_wanted())
        self.rule = QLabel(i18n.message_text(Rule().describe()))
        self.rule.setObjectName("progressRule")
        self.rule.setWordWrap(True)
        reminder = ReminderSettings()
        self.remind = QCheckBox(self.tr("Remind me every day at"))
        self.remind.setObjectName("reminder")
        self.remind.setChecked(reminder.enabled)
        self.remind_at = QTimeEdit(QTime(reminder.at.hour, reminder.at.minute))
        self.remind_at.setObjectName("reminderTime")
        self.remind_at.setAccessibleName(self.tr("Reminder time"))
        self.remind_at.setDisplayFormat("HH:mm")
        self.in_tray = QCheckBox(self.tr("Keep running in the system tray when the window closes"))
        self.in_tray.setObjectName("inTray")
        self.in_tray.setChecked(reminder.in_tray)
        # Said on the page, not only in a tooltip: a disabled box with no reason is a riddle.
        self.no_tray = QLabel(
            self.tr("This desktop has no system tray: the reminder shows as a window when "
                    "Breathing Room starts after the chosen time.")
        )  # fmt: skip
        self.no_tray.setObjectName("noTray")
        self.no_tray.setWordWrap(True)
        has_tray = tray_available()
        self.no_tray.setVisible(not has_tray)
        if not has_tray:
            self.in_tray.setToolTip(self.no_tray.text())
        self.remind.toggled.connect(self.remind_at.setEnabled)
        self.remind.toggled.connect(lambda on: self.in_tray.setEnabled(on and has_tray))
        self.remind_at.setEnabled(reminder.enabled)
        self.in_tray.setEnabled(reminder.enabled and has_tray)
        remind_row = QHBoxLayout()
        remind_row.addWidget(self.remind)
        remind_row.addWidget(self.remind_at)
        remind_row.addStretch(1)

        self.status = QLabel()
        self.status.setObjectName("guidanceStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Colours:"), self.scheme)
        form.addRow("", self.high_contrast)
        form.addRow(self.tr("&Text size:"), self.text_size)
        form.addRow(self.tr("Pace:"), self.wait_for_me)
        form.addRow(self.tr("Guidance:"), self.mode)
        form.addRow("", self.say_breaths)
        form.addRow(self.tr("Volume:"), volume_row)
        lead_row = QHBoxLayout()  # one row: the dialog fits 1366 × 768 at 200 % text
        lead_row.addWidget(self.lead)
        lead_row.addWidget(self.check)
        lead_row.addStretch(1)
        lead_label = QLabel(self.tr("Audio lead:"))
        lead_label.setBuddy(self.lead)  # a row of two: the label names the spin box
        form.addRow(lead_label, lead_row)
        form.addRow(self.tr("Progress:"), self.check_ins)
        form.addRow("", self.rule)
        form.addRow(self.tr("Reminder:"), remind_row)
        form.addRow("", self.in_tray)
        form.addRow("", self.no_tray)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        page = QWidget()  # the choices scroll on a small screen; OK and Cancel stay
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(form)
        page_layout.addWidget(self.status)
        page_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(FitArea(page), 1)
        layout.addWidget(buttons)
        self.volume.valueChanged.connect(self._preview)
        self.muted.toggled.connect(self._preview)
        size_for_screen(self, max(480, page.sizeHint().width() + 40), page.sizeHint().height() + 80)
        self.refresh_status()

    def _preview(self) -> None:
        self._guidance.sound.set_volume(self.volume.value() / 100)
        self._guidance.sound.set_muted(self.muted.isChecked())

    def _sound_check(self) -> None:
        self._preview()
        self._guidance.sound_check()
        self.refresh_status()

    def refresh_status(self) -> None:
        """Say, in plain words, what does not work on this computer and what still does."""
        lines = []
        g = self._guidance
        # Try now, so the dialog can say what works before a session needs it.
        if g.sound.load():
            g.sound.close()
        if self.mode.currentData() == GuidanceMode.VOICE.value:
            g.voice.start()
        for reason in (g.sound.reason, g.voice.reason, g.awake.reason):
            if reason:
                lines.append("⚠ " + reason)
        self.status.setText("\n".join(lines))
        self.status.setVisible(bool(lines))

    def accept(self) -> None:
        s = self._guidance.settings
        s.mode = GuidanceMode(self.mode.currentData())
        s.say_breaths = self.say_breaths.isChecked()
        s.wait_for_me = self.wait_for_me.isChecked()
        s.volume = self.volume.value()
        s.muted = self.muted.isChecked()
        s.lead_ms = self.lead.value()
        s.save()
        self._guidance.apply()
        look = Appearance(
            self.scheme.currentData(), self.high_contrast.isChecked(), self.text_size.value()
        )
        look.save()
        apply_appearance(look)
        set_check_ins(self.check_ins.isChecked())
        reminder = ReminderSettings()
        reminder.enabled = self.remind.isChecked()
        reminder.in_tray = self.in_tray.isChecked()
        chosen_time = self.remind_at.time()
        reminder.at = time(chosen_time.hour(), chosen_time.minute())
        reminder.save()
        self.practice_changed.emit()
        chosen = self.language.currentData() or None
        if chosen != options.saved_language():
            options.save_language(chosen)
            self.language_changed.emit(chosen or language_from_environment())
        super().accept()

    def reject(self) -> None:
        self._guidance.apply()  # undo the volume preview
        super().reject()
