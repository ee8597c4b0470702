"""Make ``tests/data/speech_lengths.json`` again: espeak-ng's real length of every
utterance of the catalogue, as a session says it (respelled, the default voices), at 110,
140 and 175 words a minute. Run after the catalogue's words or the pronunciation list
change: ``.venv/bin/python -m tests.helpers.speech_lengths`` (about 20 s).

The utterances are those of every timeline ``tests/test_speech_time.py`` checks: the
programmes, every exercise alone and waiting, every preset, with the breaths said.
"""

from __future__ import annotations

import json
from pathlib import Path

from app import bundle
from app.bundle import catalogue_path
from app.core import pronounce
from app.core.files import load_bundled
from app.core.speech_time import utterances
from app.core.spoken import SpeechOptions
from app.core.text import Lang
from app.core.timeline import compile_exercises, compile_pattern, compile_program
from app.services.espeak import engine
from app.services.voice_cache import DEFAULT_VOICES

TABLE = Path(__file__).parent.parent / "data" / "speech_lengths.json"
RATES = (110, 140, 175)


def texts() -> dict[Lang, set[str]]:
    catalogue = load_bundled(catalogue_path()).catalogue
    assert catalogue is not None
    timelines = [compile_program(p, catalogue) for p in catalogue.programs.values()]
    for exercise in catalogue.exercises.values():
        timelines.append(compile_exercises([exercise], catalogue.prompts))
        timelines.append(compile_exercises([exercise], catalogue.prompts, wait_for_me=True))
    for preset in catalogue.presets.values():
        timelines.append(
            compile_pattern(
                preset.pattern, preset.breaths, catalogue.prompts, 3.0, preset.count_down
            )
        )
    found: dict[Lang, set[str]] = {"nl": set(), "en": set()}
    for lang in found:
        for timeline in timelines:
            said = utterances(timeline, catalogue.exercises, SpeechOptions(lang, breaths=True))
            found[lang].update(words for words in said if words)
    return found


def main() -> None:
    voice = engine()
    table, problems = pronounce.load(bundle.pronunciation_path())
    assert not problems, problems
    lengths = {
        lang: {
            text: [
                voice.synthesize(
                    pronounce.respell(text, lang, table), DEFAULT_VOICES[lang], rate
                ).duration_ms
                for rate in RATES
            ]
            for text in sorted(found)
        }
        for lang, found in sorted(texts().items())
    }
    # One utterance a line, so that a change to the catalogue is a readable diff.
    lines = [
        "{",
        f' "engine": {json.dumps(voice.version())},',
        f' "voices": {json.dumps(dict(sorted(DEFAULT_VOICES.items())))},',
        f' "rates": {json.dumps(list(RATES))},',
        ' "lengths": {',
    ]
    for number, (lang, rows) in enumerate(lengths.items()):
        lines.append(f'  "{lang}": {{')
        items = [
            f"   {json.dumps(t, ensure_ascii=False)}: {json.dumps(v)}" for t, v in rows.items()
        ]
        lines.append(",\n".join(items))
        lines.append("  }" + ("," if number < len(lengths) - 1 else ""))
    lines += [" }", "}"]
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{TABLE}: {sum(len(r) for r in lengths.values())} utterances")


if __name__ == "__main__":
    main()
