"""An exercise as rich text for a read-only text view (the detail pane and the player)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from app.core.model import Exercise
from app.core.text import Lang
from app.services import labels
from app.services.i18n import translate

# The caution box keeps its own colours in light and dark themes: it must stand out.
CAUTION_STYLE = "background-color:#fff1d6; color:#4a3000; border:2px solid #d08a00;"


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


def caution_html(exercise: Exercise, lang: Lang) -> str:
    heading = translate("ExerciseText", "Take care")
    return (
        f"<table width='100%' cellpadding='10' style='{CAUTION_STYLE}'><tr><td>"
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
) -> str:
    """The details as HTML; ``title_pt`` sets the title's point size (0: the default)."""
    steps = translate("ExerciseText", "Steps")
    mind_body = translate("ExerciseText", "Mind and body")
    size = f' style="font-size:{title_pt:.1f}pt"' if title_pt > 0 else ""
    return (
        f"<h2{size}>{escape(exercise.name.get(lang))}</h2>"
        f"<p><i>{escape(' · '.join(facts(exercise, duration_ms, pages)))}</i></p>"
        f"{caution_html(exercise, lang)}"
        f"<p>{escape(exercise.why.get(lang))}</p>"
        f"<h3>{escape(steps)}</h3>{steps_html(exercise, lang)}"
        f"<h3>{escape(mind_body)}</h3><p>{escape(exercise.tip.get(lang))}</p>"
    )
