"""Check-ins: pain 0–10 before and after a session, and how each exercise felt.

One keypress answers the pain question (0–9, and T for ten: "ten" and "tien" both start
with it); Esc skips. The answers are the person's own record, so nothing here is
required and nothing is asked twice.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.history import PAIN_SCALE, Feeling
from app.ui.fit_area import FitArea, size_for_screen


class PainScale(QWidget):
    """Eleven buttons, 0 to 10; ``value`` is None until one is chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value: int | None = None
        self.group = QButtonGroup(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        for score in PAIN_SCALE:
            button = QPushButton(str(score))
            button.setObjectName(f"pain{score}")
            button.setCheckable(True)
            button.setMinimumSize(40, 40)
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            key = "T" if score == 10 else str(score)
            button.setAccessibleName(self.tr("Pain %1 of 10").replace("%1", str(score)))
            button.setToolTip(self.tr("Pain %1 of 10 (key %2)").replace("%1", str(score))
                              .replace("%2", key))  # fmt: skip
            self.group.addButton(button, score)
            row.addWidget(button)
        # Toggled, not clicked: a screen reader's "toggle" action checks the button
        # without a click, and must answer just the same.
        self.group.idToggled.connect(self._chosen)

    def _chosen(self, score: int, checked: bool) -> None:
        if checked:
            self.value = score

    def choose(self, score: int) -> None:
        button = self.group.button(score)
        button.setChecked(True)
        button.setFocus()
        self.value = score


def _question(text: str) -> QLabel:
    """The question in larger type: read from a mat, before putting the glasses on."""
    label = QLabel(text)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.2)
    label.setFont(font)
    return label


def _lay_out(dialog: QDialog, content: QVBoxLayout, buttons: QDialogButtonBox) -> None:
    """``content`` scrolls when the screen is too small for it, ``buttons`` stay in view
    below it: a 25-exercise check-in was 855 px tall on a 768 px laptop, Save and Skip
    off the screen. The dialog opens as large as its content, at most the screen's room."""
    holder = QWidget()
    holder.setLayout(content)
    content.setContentsMargins(0, 0, 0, 0)
    area = FitArea(holder)
    layout = QVBoxLayout(dialog)
    layout.addWidget(area, 1)
    layout.addWidget(buttons)
    bar = dialog.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, dialog)
    margins = layout.contentsMargins()
    width = holder.sizeHint().width() + bar
    height = content.heightForWidth(width - bar) if content.hasHeightForWidth() else -1
    height = max(height, holder.minimumSizeHint().height())
    size_for_screen(
        dialog,
        width + margins.left() + margins.right(),
        height + buttons.sizeHint().height() + layout.spacing() + margins.top()
        + margins.bottom(),
    )  # fmt: skip


def _score_for(event: QKeyEvent) -> int | None:
    if event.key() == Qt.Key.Key_T:
        return 10
    if Qt.Key.Key_0 <= event.key() <= Qt.Key.Key_9:
        return int(event.key() - Qt.Key.Key_0)
    return None


class PainCheckIn(QDialog):
    """Before a session: one question, answered with one key."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("painBefore")
        self.setWindowTitle(self.tr("Before you start"))
        question = _question(self.tr("How much pain do you feel in your back right now?"))
        hint = QLabel(
            self.tr("0 is no pain, 10 the worst pain you can imagine. Press a number (T for "
                    "10), or Esc to skip.")
        )  # fmt: skip
        hint.setWordWrap(True)
        self.scale = PainScale()
        self.scale.group.idToggled.connect(self._answered)
        buttons = QDialogButtonBox()
        skip = buttons.addButton(self.tr("Skip"), QDialogButtonBox.ButtonRole.RejectRole)
        skip.setObjectName("skip")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout()
        layout.addWidget(question)
        layout.addWidget(hint)
        layout.addWidget(self.scale)
        layout.addStretch(1)
        _lay_out(self, layout, buttons)

    def _answered(self, _score: int, checked: bool) -> None:
        if checked:
            self.accept()

    @property
    def value(self) -> int | None:
        return self.scale.value if self.result() == QDialog.DialogCode.Accepted else None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        score = _score_for(event)
        if score is None:
            super().keyPressEvent(event)
            return
        self.scale.choose(score)  # checking the button answers (see __init__)


FEELINGS = (Feeling.GOOD, Feeling.TOO_HARD, Feeling.HURT)


class AfterSession(QDialog):
    """After a session: pain now, and for each exercise done how it felt (optional)."""

    def __init__(self, exercises: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("painAfter")
        self.setWindowTitle(self.tr("How did it go?"))
        question = _question(self.tr("How much pain do you feel in your back now?"))
        hint = QLabel(self.tr("0 is no pain, 10 the worst pain you can imagine (keys 0–9, T)."))
        hint.setWordWrap(True)
        self.scale = PainScale()
        layout = QVBoxLayout()
        layout.addWidget(question)
        layout.addWidget(hint)
        layout.addWidget(self.scale)
        self._groups: dict[int, QButtonGroup] = {}
        if exercises:
            layout.addWidget(QLabel(self.tr("How did each exercise feel? (optional)")))
            grid = QGridLayout()
            labels = {
                Feeling.GOOD: self.tr("Felt good"),
                Feeling.TOO_HARD: self.tr("Too hard"),
                Feeling.HURT: self.tr("It hurt"),
            }
            for row, (position, name) in enumerate(exercises):
                grid.addWidget(QLabel(name), row, 0)
                group = QButtonGroup(self)
                group.setExclusive(False)  # one or none: see _one_only
                for column, feeling in enumerate(FEELINGS, start=1):
                    button = QToolButton()
                    button.setText(labels[feeling])
                    button.setCheckable(True)
                    button.setObjectName(f"feel-{position}-{feeling.value}")
                    button.setAccessibleName(f"{name}: {labels[feeling]}")
                    group.addButton(button, column)
                    grid.addWidget(button, row, column)
                group.buttonToggled.connect(lambda b, on, g=group: self._one_only(g, b, on))
                self._groups[position] = group
            layout.addLayout(grid)
        buttons = QDialogButtonBox()
        save = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setObjectName("save")
        skip = buttons.addButton(self.tr("Skip"), QDialogButtonBox.ButtonRole.RejectRole)
        skip.setObjectName("skip")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addStretch(1)
        _lay_out(self, layout, buttons)

    @staticmethod
    def _one_only(group: QButtonGroup, button: object, on: bool) -> None:
        if on:
            for other in group.buttons():
                if other is not button and other.isChecked():
                    other.setChecked(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        score = _score_for(event)
        if score is None:
            super().keyPressEvent(event)
            return
        self.scale.choose(score)

    @property
    def pain(self) -> int | None:
        return self.scale.value

    def feelings(self) -> dict[int, Feeling | None]:
        out: dict[int, Feeling | None] = {}
        for position, group in self._groups.items():
            checked = group.checkedId()
            if checked > 0:
                out[position] = FEELINGS[checked - 1]
        return out

    def choose_feeling(self, position: int, feeling: Feeling) -> None:
        self._groups[position].button(FEELINGS.index(feeling) + 1).setChecked(True)
