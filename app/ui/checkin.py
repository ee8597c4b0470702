"""Check-ins: pain 0–10 before and after a session, and how each exercise felt.

One keypress answers the pain question (0–9, and T for ten: "ten" and "tien" both start
with it); Esc skips. The answers are the person's own record, so nothing here is
required and nothing is asked twice.

``large``: after a session in focus mode the person is on the mat, two metres away. The
check-in then covers the screen as the session did, in the session's large type (twice the
chosen text size, less where the screen is too small), with large buttons; the keys are
the same.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
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

# Large check-ins: the type of focus mode (twice the chosen size) and, where that is too
# wide or too tall for the screen, smaller in these steps down to the chosen size.
LARGE_SCALE = 2.0
_SCALE_STEP = 0.1
LARGE_BUTTON = 64  # px: a pain button hit from a mat (the session's buttons are 56)


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
            button.setAutoDefault(False)  # Enter is Save, not "this number again"
            button.setMinimumSize(40, 40)  # LARGE_BUTTON when large (set_large)
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

    def set_large(self, large: bool) -> None:
        side = LARGE_BUTTON if large else 40
        for button in self.group.buttons():
            button.setMinimumSize(side, side)
            across = QSizePolicy.Policy.Expanding if large else QSizePolicy.Policy.Minimum
            button.setSizePolicy(across, QSizePolicy.Policy.Fixed)

    def choose(self, score: int) -> None:
        button = self.group.button(score)
        button.setChecked(True)
        button.setFocus()
        self.value = score


def _question(text: str) -> QLabel:
    """The question in larger type: read from a mat, before putting the glasses on."""
    label = QLabel(text)
    label.setObjectName("question")
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.2)
    label.setFont(font)
    return label


def _wrapped(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def _apply_scale(dialog: QDialog, scale: float) -> None:
    """The dialog's type at ``scale`` × the application's (the chosen text size); the
    question and the closing words larger still."""
    base = QApplication.font().pointSizeF()
    font = QFont(QApplication.font())
    font.setPointSizeF(base * scale)
    dialog.setFont(font)
    for name, factor in (("question", 1.2), ("closing", 1.3), ("heading", 1.6)):
        for label in dialog.findChildren(QLabel, name):
            big = QFont(font)
            big.setPointSizeF(base * scale * factor)
            big.setWeight(QFont.Weight.DemiBold if name == "heading" else QFont.Weight.Normal)
            label.setFont(big)


def _lay_out(
    dialog: QDialog, content: QVBoxLayout, buttons: QDialogButtonBox, large: bool = False
) -> None:
    """``content`` scrolls when the screen is too small for it, ``buttons`` stay in view
    below it: a 25-exercise check-in was 855 px tall on a 768 px laptop, Save and Skip
    off the screen. The dialog opens as large as its content, at most the screen's room;
    ``large``: the whole screen, in the largest type up to focus mode's that fits it."""
    holder = QWidget()
    holder.setLayout(content)
    content.setContentsMargins(0, 0, 0, 0)
    area = FitArea(holder)
    layout = QVBoxLayout(dialog)
    layout.addWidget(area, 1)
    layout.addWidget(buttons)
    if large:
        _fit_large(dialog, holder, buttons)
        return
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


def _fit_large(dialog: QDialog, holder: QWidget, buttons: QDialogButtonBox) -> None:
    """The largest scale (2× down to 1× the chosen size) at which the check-in is no wider
    than the screen and its question, pain buttons, Save and Skip no taller (a long list
    of exercises below them scrolls); then full screen, like the session it follows."""
    for button in buttons.buttons():
        button.setMinimumHeight(56)
    screen = dialog.screen().geometry()
    outer = dialog.layout()
    assert outer is not None, "laid out by _lay_out"
    margins = outer.contentsMargins()
    bar = dialog.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, dialog)
    room = QSize(screen.width() - margins.left() - margins.right() - bar,
                 screen.height() - margins.top() - margins.bottom())  # fmt: skip
    scale = LARGE_SCALE
    while True:
        _apply_scale(dialog, scale)
        if _fits(holder, buttons, room) or scale <= 1.0:
            break
        scale = max(1.0, round(scale - _SCALE_STEP, 2))
    dialog.setProperty("scale", scale)
    dialog.setGeometry(screen)
    dialog.setWindowState(Qt.WindowState.WindowFullScreen)


def _fits(holder: QWidget, buttons: QDialogButtonBox, room: QSize) -> bool:
    layout = holder.layout()
    assert isinstance(layout, QVBoxLayout)
    if holder.minimumSizeHint().width() > room.width():
        return False
    top = 0  # what must show without scrolling: all but the list of exercises
    for index in range(layout.count()):
        item = layout.itemAt(index)
        widget = item.widget() if item is not None else None
        if widget is None or widget.objectName() == "feelings":
            continue
        hint = widget.heightForWidth(room.width()) if widget.hasHeightForWidth() else -1
        top += max(hint, widget.sizeHint().height()) + layout.spacing()
    return top + buttons.sizeHint().height() + 24 <= room.height()


def _score_for(event: QKeyEvent) -> int | None:
    if event.key() == Qt.Key.Key_T:
        return 10
    if Qt.Key.Key_0 <= event.key() <= Qt.Key.Key_9:
        return int(event.key() - Qt.Key.Key_0)
    return None


class PainCheckIn(QDialog):
    """Before a session: one question, answered with one key."""

    def __init__(self, parent: QWidget | None = None, large: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("painBefore")
        self.setWindowTitle(self.tr("Before you start"))
        question = _question(self.tr("How much pain do you feel in your back right now?"))
        hint = _wrapped(
            self.tr("0 is no pain, 10 the worst pain you can imagine. Press a number (T for "
                    "10), or Esc to skip."), "hint"
        )  # fmt: skip
        self.scale = PainScale()
        self.scale.set_large(large)
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
        _lay_out(self, layout, buttons, large)

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

    def __init__(
        self,
        exercises: list[tuple[int, str]],
        parent: QWidget | None = None,
        large: bool = False,
        closing: str = "",
    ) -> None:
        """``closing``: the session's last words, said first when ``large`` (the check-in
        then covers the session's end screen)."""
        super().__init__(parent)
        self.setObjectName("painAfter")
        self.setWindowTitle(self.tr("How did it go?"))
        question = _question(self.tr("How much pain do you feel in your back now?"))
        hint = _wrapped(
            self.tr("0 is no pain, 10 the worst pain you can imagine (keys 0–9, T)."), "hint"
        )
        self.scale = PainScale()
        self.scale.set_large(large)
        layout = QVBoxLayout()
        if large and closing:
            layout.addWidget(_wrapped(self.tr("Session complete"), "heading"))
            layout.addWidget(_wrapped(closing, "closing"))
        layout.addWidget(question)
        layout.addWidget(hint)
        layout.addWidget(self.scale)
        self._groups: dict[int, QButtonGroup] = {}
        if exercises:
            layout.addWidget(_wrapped(self.tr("How did each exercise feel? (optional)"), "ask"))
            feelings = QWidget()
            feelings.setObjectName("feelings")
            grid = QGridLayout(feelings)
            grid.setContentsMargins(0, 0, 0, 0)
            labels = {
                Feeling.GOOD: self.tr("Felt good"),
                Feeling.TOO_HARD: self.tr("Too hard"),
                Feeling.HURT: self.tr("It hurt"),
            }
            for row, (position, name) in enumerate(exercises):
                name_label = QLabel(name)
                name_label.setWordWrap(large)  # 2× a long name is wider than a laptop
                grid.addWidget(name_label, row, 0)
                group = QButtonGroup(self)
                group.setExclusive(False)  # one or none: see _one_only
                for column, feeling in enumerate(FEELINGS, start=1):
                    button = QToolButton()
                    button.setText(labels[feeling])
                    button.setCheckable(True)
                    button.setObjectName(f"feel-{position}-{feeling.value}")
                    if large:
                        button.setMinimumHeight(56)
                    button.setAccessibleName(f"{name}: {labels[feeling]}")
                    group.addButton(button, column)
                    grid.addWidget(button, row, column)
                group.buttonToggled.connect(lambda b, on, g=group: self._one_only(g, b, on))
                self._groups[position] = group
            grid.setColumnStretch(0, 1)
            layout.addWidget(feelings)
        buttons = QDialogButtonBox()
        save = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setObjectName("save")
        skip = buttons.addButton(self.tr("Skip"), QDialogButtonBox.ButtonRole.RejectRole)
        skip.setObjectName("skip")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addStretch(1)
        _lay_out(self, layout, buttons, large)

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
