"""What the voice says, without a speech engine."""

from __future__ import annotations

from app.core.model import Catalogue
from app.core.requests import Request
from app.core.spoken import SpeechOptions, spoken_at
from app.core.timeline import Kind, compile_exercises


def test_prepare_names_the_exercise_and_its_caution(catalogue: Catalogue) -> None:
    cobra = catalogue.exercises["cobra"]
    timeline = compile_exercises([cobra], catalogue.prompts)
    said = spoken_at(timeline, 0, catalogue.exercises, SpeechOptions("nl"))
    assert said == f"Neem de houding aan: {cobra.name.nl}. {cobra.caution.nl}"


def test_each_instruction_into_the_pose_is_said_then_how_to_come_out(
    catalogue: Catalogue,
) -> None:
    """Eyes closed, the person hears every step that gets into the pose at its moment, in
    order, and how to come out once, after the last side; a "wait for me" hold says
    nothing itself (the player cues its waiting)."""
    twist = catalogue.exercises["lying-figure-four-twist"]  # both sides, 3 steps into it
    assert twist.come_out is not None
    for lang in ("nl", "en"):
        options = SpeechOptions(lang)  # type: ignore[arg-type]
        timeline = compile_exercises([twist], catalogue.prompts, wait_for_me=True)
        said = [
            (s.kind, spoken_at(timeline, n, catalogue.exercises, options))
            for n, s in enumerate(timeline.segments)
        ]
        setup = [words for kind, words in said if kind is Kind.SETUP]
        assert setup == [step.get(lang) for step in twist.steps[:3]]
        assert [words for kind, words in said if kind is Kind.WAIT] == [None, None]  # each side
        assert [words for kind, words in said if kind is Kind.COME_OUT] == [
            twist.come_out.get(lang)
        ]
        kinds = [kind for kind, _ in said]
        assert kinds.index(Kind.COME_OUT) == len(kinds) - 2  # last, before the end


def test_breaths_only_when_asked_and_countdowns_always(catalogue: Catalogue) -> None:
    box = Request(preset="box", breaths=1, prepare_s=0).build(catalogue)
    quiet = SpeechOptions("en")
    assert [spoken_at(box, n, catalogue.exercises, quiet) for n in range(len(box))] == [
        None, None, None, None, "Done, well done",
    ]  # fmt: skip
    chatty = SpeechOptions("en", breaths=True)
    assert spoken_at(box, 0, catalogue.exercises, chatty) == "Breathe in"
    countdown = Request(preset="twenty-breath-countdown", prepare_s=0).build(catalogue)
    inhales = [n for n, s in enumerate(countdown.segments) if s.kind is Kind.INHALE]
    spoken = [spoken_at(countdown, n, catalogue.exercises, quiet) for n in inhales]
    assert spoken[:3] == ["20", "19", "18"] and spoken[-1] == "1"


def test_switch_sides_and_rest(catalogue: Catalogue) -> None:
    ids = ["childs-pose", "lying-twist-both-knees"]
    timeline = compile_exercises([catalogue.exercises[i] for i in ids], catalogue.prompts)
    words = {
        s.kind: spoken_at(timeline, n, catalogue.exercises, SpeechOptions("en"))
        for n, s in enumerate(timeline.segments)
    }
    assert words[Kind.SWITCH_SIDE] == "Switch sides"
    assert words[Kind.REST] == "Rest for a moment"
