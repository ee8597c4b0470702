"""Speech is data: how long the voice takes to say something, and room made for it.

The timeline is compiled from the catalogue's numbers; speech is the one thing it did not
know the length of, so a long instruction ran into the next one and was cut off. Here the
compiler learns each utterance's length and makes room for it (:func:`fit_speech`). The
length comes from the synthesised audio where the engine is at hand (``services/espeak``,
``Pcm.duration_ms``), else from :func:`estimate_ms`, a pure estimate fitted to espeak-ng's
real lengths that errs long, so planning with it never cuts words the engine then says.

The rules (what :func:`fit_speech` guarantees, and why):

- **The words start on the boundary.** An utterance starts when its segment starts, the
  same moment as the segment's earcon (``earcon_at``): the earcon stays on time and the
  voice ducks under it, neither delayed nor cut: both start together and are summed (the
  live mixer and ``core/render``), the earcon's first fraction of a second over the
  first syllable. Why not follow the earcon: the earcons are short (0.09 s to 1 s, the
  bell decaying in a fraction of that) and pitched tones between 392 and 1175 Hz, clear
  over a voice, while following would move each utterance's onset by a different amount
  per earcon, and the schedule that the live session, the rendered file and the audio
  proofs share would no longer be "the segment's start".
- **A breath of silence after instructions.** Words that ask for something (getting into
  position, each instruction into the pose, coming out, switching sides, resting, "here
  we go") are followed by :data:`SILENCE_MS` of quiet within their own segment: about one
  calm out-breath, long enough that the next words are heard as a new instruction
  (espeak-ng's own pause between sentences is about 0.5 s at 150 words a minute) and that
  the person can begin the move before being told more.
- **Those segments stretch, the rhythm does not.** A segment of those kinds that is
  shorter than its words and their silence is made that long, so the instruction is
  over before what follows begins (the next words, or the first breath's earcon); every
  later segment moves on by the same amount, so the timeline stays back to back and in
  whole milliseconds.
- **The rhythm keeps its length.** Breath phases and timed steps are the exercise (a
  count of 4 is 4 s whatever is said), so they never stretch. Words on them (a countdown
  number, "breathe in", a block's cue, a timed step's prompt) must end
  :data:`RHYTHM_GAP_MS` before the next words; where they would not, they are not
  started (``Segment.hushed``: :func:`~app.core.spoken.spoken_at` says nothing there) and
  the earcon alone marks the moment: better an unsaid "breathe in" than words cut off or
  a breath made longer. Over the book's catalogue, in both languages with the breaths
  said, none is hushed (``tests/test_speech_time.py``); a fast pattern of one's own can
  hush them.
- **What the plan is made for.** Lengths depend on the language, voice and rate, so a
  fitted timeline is for one of each: build it again when they change.

How good the estimate is (espeak-ng 1.52, every utterance of the catalogue in both
languages as the app says them, voices "nl" and "en" at 140 words a minute): never short;
too long by 1.0 s at the median, 2.5 s at the 95th percentile and 4.7 s at most (on a
30 s caution); 15 to 40 % for words of 5 s or more. Over the book's 8 programmes the
voice makes a session 0.2 to 5 % longer with the real lengths (0.5 to 6.5 % with the
estimate).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import replace
from itertools import pairwise

from app.core.model import Exercise, Kind
from app.core.spoken import SpeechOptions, spoken_at
from app.core.text import Lang
from app.core.timeline import Segment, Timeline

# Quiet after an instruction before the next words start (see the module's docstring).
SILENCE_MS = 2_000
# Words on a breath or a timed step must end this long before the next words start, so
# that two utterances are never heard run together; else they are not said.
RHYTHM_GAP_MS = 300
# The segments that make room for their words.
STRETCHED = frozenset(
    {Kind.PREPARE, Kind.SETUP, Kind.WAIT, Kind.COME_OUT, Kind.SWITCH_SIDE, Kind.REST}
)
DEFAULT_RATE_WPM = 150  # espeak-ng's words a minute the estimate was fitted at

LengthOf = Callable[[str, Lang], int]


# --- the estimate -------------------------------------------------------------------------

# Fitted (least squares, weighted to relative error) to espeak-ng 1.52's lengths of every
# utterance of the book's catalogue as the app says them (respelled, voices "nl" and "en",
# 140 words a minute: the table is tests/data/speech_lengths.json): per language (base,
# per letter, per syllable, per word, per sentence end inside, per comma, colon or
# bracket), in ms at 150 words a minute.
_FIT: dict[str, tuple[float, float, float, float, float, float]] = {
    "nl": (134.2, 45.8, 29.8, 82.0, 571.9, 267.5),
    "en": (97.8, 49.4, 37.7, 39.6, 558.7, 226.5),
}
# Then raised to err long: times a factor, plus ms. The factor is the least that makes
# the estimate cover every utterance measured at 80 to 220 words a minute with the
# voices nl, nl+f3, en, en+f3 and en-us (the American English voice is the slowest).
_MARGIN = {"nl": (1.14, 150), "en": (1.16, 150)}
# The length scales with the rate as 150 / rate: espeak-ng's speech and its pauses both
# shorten in proportion (measured from 110 to 220 words a minute within 3 % on average).

_VOWELS = {"nl": "aeiouyáéíóúàèëïöüê", "en": "aeiouyéè"}
_WORD = re.compile(r"[^\W\d_]+")
_NUMBER = re.compile(r"\d+")
_INNER_END = re.compile(r"[.!?]+(?=\s)")
_PAUSE = re.compile(r"[,;:()]")

_NUMBER_WORDS = {
    "nl": (
        "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien "
        "vijftien zestien zeventien achttien negentien",
        "_ _ twintig dertig veertig vijftig zestig zeventig tachtig negentig",
        "honderd",
    ),
    "en": (
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen",
        "_ _ twenty thirty forty fifty sixty seventy eighty ninety",
        "hundred",
    ),
}
_UNITS = {lang: units.split() for lang, (units, _tens, _hundred) in _NUMBER_WORDS.items()}
_TENS = {lang: tens.split() for lang, (_units, tens, _hundred) in _NUMBER_WORDS.items()}


def number_words(digits: str, lang: Lang) -> str:
    """The number written ``digits`` as the voice says it, near enough to count its
    letters and syllables: 0 to 999 in words, longer numbers digit by digit."""
    units, tens = _UNITS[lang], _TENS[lang]
    if len(digits) > 3:
        return " ".join(units[int(d)] for d in digits)
    hundreds, rest = divmod(int(digits), 100)
    hundred = _NUMBER_WORDS[lang][2]
    words = []
    if hundreds:
        one = "" if lang == "nl" else "one "
        words.append(f"{one}{hundred}" if hundreds == 1 else f"{units[hundreds]} {hundred}")
    if rest or not hundreds:
        if rest < 20:
            words.append(units[rest])
        else:
            ten, unit = divmod(rest, 10)
            if not unit:
                words.append(tens[ten])
            elif lang == "nl":
                words.append(f"{units[unit]}en{tens[ten]}")
            else:
                words.append(f"{tens[ten]} {units[unit]}")
    return " ".join(words)


def features(text: str, lang: Lang) -> tuple[int, int, int, int, int]:
    """What the length is estimated from: letters, syllables (runs of vowels) and words,
    numbers counted as said; sentence ends inside the text and commas, colons and brackets
    (espeak-ng pauses at each)."""
    said = _NUMBER.sub(lambda m: f" {number_words(m.group(), lang)} ", text)
    words = _WORD.findall(said)
    letters = sum(len(w) for w in words)
    syllables = len(re.findall(f"[{_VOWELS[lang]}]+", said.lower()))
    inner = len(_INNER_END.findall(said.strip()))
    pauses = len(_PAUSE.findall(said))
    return letters, syllables, len(words), inner, pauses


def estimate_ms(text: str, lang: Lang, rate_wpm: int = DEFAULT_RATE_WPM) -> int:
    """How long espeak-ng takes to say ``text`` in ``lang`` at ``rate_wpm`` words a
    minute, in whole milliseconds; 0 for no words. Errs long: over the book's catalogue
    it is never shorter than the real length (the error is in ``tests/test_speech_time``
    and the module's docstring)."""
    if not text.strip():
        return 0
    letters, syllables, words, inner, pauses = features(text, lang)
    base, per_letter, per_syllable, per_word, per_end, per_pause = _FIT[lang]
    fitted = (
        base
        + per_letter * letters
        + per_syllable * syllables
        + per_word * words
        + per_end * inner
        + per_pause * pauses
    )
    factor, extra = _MARGIN[lang]
    scale = DEFAULT_RATE_WPM / max(1, rate_wpm)
    return int(fitted * factor * scale + extra + 0.999)


# --- making room -------------------------------------------------------------------------


def utterances(
    timeline: Timeline, exercises: Mapping[str, Exercise], options: SpeechOptions
) -> list[str | None]:
    """The words said as each segment begins (None: nothing): ``spoken_at``, and a wait's
    own words ("here we go"), which the live session says when the person is ready and a
    rendered file at the wait's start, the same moment on the timeline."""
    as_dict = dict(exercises)
    said = [spoken_at(timeline, i, as_dict, options) for i in range(len(timeline))]
    for index, segment in enumerate(timeline.segments):
        if said[index] is None and segment.kind is Kind.WAIT and not segment.hushed:
            said[index] = segment.text.get(options.lang)
    return said


def fit_speech(
    timeline: Timeline,
    exercises: Mapping[str, Exercise],
    options: SpeechOptions,
    length_ms: LengthOf,
) -> Timeline:
    """``timeline`` with room for its words: every utterance ends, with its silence, before
    the next one starts (the rules are the module's docstring).

    ``length_ms(text, lang)`` is how long the words take in whole milliseconds: the
    synthesised audio's length, or :func:`estimate_ms`. The result has the same segments
    in the same order (so ``planned_segments`` holds), back to back from 0; only the
    stretched kinds are longer, and words on the rhythm that would run into the next
    words are ``hushed``. Fit the compiled timeline: a fitted one is only ever stretched
    further (fitting it again with the same lengths changes nothing)."""
    if any(s.hushed for s in timeline.segments):  # fitted before: every word counts again
        timeline = Timeline(tuple(replace(s, hushed=False) for s in timeline.segments))
    said = utterances(timeline, exercises, options)
    lang = options.lang
    lengths = [0 if words is None else max(0, int(length_ms(words, lang))) for words in said]
    old = timeline.segments
    durations = [s.duration_ms for s in old]
    hushed = [False] * len(old)
    speaking = [i for i, words in enumerate(said) if words]
    # Walk the utterances in order; each one's room is what lies between its start and the
    # next one's, with the stretching done so far.
    for here, following in zip(speaking, [*speaking[1:], None], strict=True):
        if following is None:
            break  # the last words play out after the end (the zero-length ``done``)
        if lengths[here] == 0:
            continue  # nothing to hear (a blank text): nothing to make room for
        if old[here].kind in STRETCHED:
            # Within its own segment: the instruction and its silence are over before
            # what follows begins, the rhythm's first earcon included.
            short = lengths[here] + SILENCE_MS - durations[here]
            if short > 0:
                durations[here] += short
        elif lengths[here] + RHYTHM_GAP_MS > sum(durations[here:following]):
            hushed[here] = True
    segments: list[Segment] = []
    cursor = 0
    for segment, duration, hush in zip(old, durations, hushed, strict=True):
        segments.append(replace(segment, start_ms=cursor, duration_ms=duration, hushed=hush))
        cursor += duration
    return Timeline(tuple(segments))


def spoken_lengths(
    timeline: Timeline,
    exercises: Mapping[str, Exercise],
    options: SpeechOptions,
    length_ms: LengthOf,
) -> list[tuple[str | None, int | None]]:
    """Per segment: the words said as it begins and their length (None, None: silence).
    What ``timeline --json`` shows as ``spoken`` and ``spoken_ms``."""
    return [
        (words, None if words is None else int(length_ms(words, options.lang)))
        for words in utterances(timeline, exercises, options)
    ]


def room_ms(timeline: Timeline, said: list[str | None]) -> list[int | None]:
    """Per segment with words: the time from its start to the next words' start (None:
    no words, or the last words, which play out after the end)."""
    starts = [s.start_ms for s, words in zip(timeline.segments, said, strict=True) if words]
    rooms = iter([*(b - a for a, b in pairwise(starts)), None])
    return [next(rooms) if words else None for words in said]


def cut_off(
    timeline: Timeline,
    exercises: Mapping[str, Exercise],
    options: SpeechOptions,
    length_ms: LengthOf,
) -> list[int]:
    """The segments whose words are still being said when the next words start (so a
    voice that says one thing at a time cuts them off): what :func:`fit_speech` ends."""
    said = utterances(timeline, exercises, options)
    return [
        index
        for index, (words, room) in enumerate(zip(said, room_ms(timeline, said), strict=True))
        if words and room is not None and length_ms(words, options.lang) > room
    ]
