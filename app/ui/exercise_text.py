"""An exercise as rich text for a read-only text view (the detail pane and the player)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from app.core.model import Exercise
from app.core.text import Lang
from app.services import labels
from app.services.i18n import translate

# The caution box has colours of its own, amber, to stand out from the rest of the text:
# light amber with dark ink in a light theme, dark amber with light ink in a dark one (a
# light box in a dark pane glared, and stayed light after the theme changed). Both have
# a contrast of more than 7:1 (WCAG AAA), tests/test_appearance_live.py.
CAUTION_STYLE = "background-color:#fff1d6; color:#4a3000; border:2px solid #d08a00;"
CAUTION_STYLE_DARK = "background-color:#3d2c00; color:#ffe3a3; border:2px solid #e0a030;"


def caution_style(dark: bool) -> str:
    """The caution box's colours for a dark or a light window."""
    return CAUTION_STYLE_DARK if dark else CAUTION_STYLE


def facts(exercise: Exercise, duration_ms: int, pages: Sequence[int] = ()) -> list[str]:
    """Position, sides and rounds, time, equipment and book pages, each as a short phrase."""
    out = [labels.position(exercise.position), labels.sides(exercise.sides)]
    rounds = exercise.guidance.rounds
    if rounds > 1:
        out.append(translate("ExerciseText", "%1 rounds").replace("%1", str(rounds)))
    out.append(translate("ExerciseText", "about %1").replace("%1", labels.duration(duration_ms)))
    if exercise.equipment:
        out.append(", ".join(labels.equipment(e) for e in exercise.equipment))
    if pages:
        out.append(
            translate("ExerciseText", "book p. %1").replace(
                "%1", ", ".join(str(p) for p in sorted(pages))
            )
        )
    return out


def caution_html(exercise: Exercise, lang: Lang, dark: bool = False) -> str:
    heading = translate("ExerciseText", "Take care")
    return (
        f"<table width='100%' cellpadding='10' style='{caution_style(dark)}'><tr><td>"
        f"<b>⚠ {escape(heading)}</b><br>{escape(exercise.caution.get(lang))}"
        f"</td></tr></table>"
    )


def steps_html(exercise: Exercise, lang: Lang, current: int | None = None) -> str:
    items = []
    for number, step in enumerate(exercise.steps):
        text = escape(step.get(lang))
        if number == current:
            text = f"<b>{text}</b>"
        items.append(f"<li>{text}</li>")
    return f"<ol>{''.join(items)}</ol>"


def to_html(
    exercise: Exercise,
    lang: Lang,
    duration_ms: int,
    pages: Sequence[int] = (),
    title_pt: float = 0.0,
    dark: bool = False,
) -> str:
    """The details as HTML; ``title_pt`` sets the title's point size (0: the default);
    ``dark`` picks the caution's colours. Every other colour and size is the view's
    (its palette and font), so the text follows the theme and the text size."""
    steps = translate("ExerciseText", "Steps")
    come_out = ""
    if exercise.come_out is not None:  # played after the last breath: read here too
        heading = translate("ExerciseText", "Coming out")
        come_out = f"<h3>{escape(heading)}</h3><p>{escape(exercise.come_out.get(lang))}</p>"
    mind_body = translate("ExerciseText", "Mind and body")
    name = escape(exercise.name.get(lang))
    if title_pt > 0:
        # Not <h2 style="font-size:…">: Qt's rich text lets an <h2>'s own size step
        # (x-large, 1.5 × the body) win over a point size given to it or to a <span> in
        # it (QTextCharFormat::font, Qt 6.11), so the fitted size never showed and the
        # title ran out of the pane at 150 %.
        title = (
            f'<p style="font-size:{title_pt:.1f}pt; font-weight:700; margin-top:16px; '
            f'margin-bottom:12px">{name}</p>'
        )
    else:
        title = f"<h2>{name}</h2>"
    return (
        f"{title}"
        f"<p><i>{escape(' · '.join(facts(exercise, duration_ms, pages)))}</i></p>"
        f"{caution_html(exercise, lang, dark)}"
        f"<p>{escape(exercise.why.get(lang))}</p>"
        f"<h3>{escape(steps)}</h3>{steps_html(exercise, lang)}"
        f"{come_out}"
        f"<h3>{escape(mind_body)}</h3><p>{escape(exercise.tip.get(lang))}</p>"
    )
