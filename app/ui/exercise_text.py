"""An exercise as rich text for a read-only text view (the detail pane)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from app.core.model import Exercise
from app.core.text import Lang
from app.services import labels


def to_html(exercise: Exercise, lang: Lang, duration_ms: int) -> str:
    def tr(text: str) -> str:
        return QCoreApplication.translate("ExerciseText", text)

    facts = [
        labels.position(exercise.position),
        labels.sides(exercise.sides),
        labels.duration(duration_ms),
    ]
    if exercise.equipment:
        facts.append(", ".join(labels.equipment(e) for e in exercise.equipment))
    steps = "".join(f"<li>{escape(step.get(lang))}</li>" for step in exercise.steps)
    return (
        f"<h2>{escape(exercise.name.get(lang))}</h2>"
        f"<p><i>{escape(' · '.join(facts))}</i></p>"
        f"<p>{escape(exercise.why.get(lang))}</p>"
        f"<h3>{escape(tr('Steps'))}</h3><ol>{steps}</ol>"
        f"<h3>{escape(tr('Mind and body'))}</h3><p>{escape(exercise.tip.get(lang))}</p>"
        f"<table width='100%' cellpadding='8' style='background-color:#fff4e0;'>"
        f"<tr><td><b>{escape(tr('Take care'))}</b><br>{escape(exercise.caution.get(lang))}"
        f"</td></tr></table>"
    )
