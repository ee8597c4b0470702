"""What one catalogue file may hold: the loader's bounds and its rules for ids and texts.

The loader (``loader.py``, on PyYAML's node tree) applies them as it reads a file; the
catalogue cache (``catalogue_cache.py``) applies them again to what it kept, so that a kept
catalogue holds nothing the loader would have refused. The cache must not import the
loader (a start that finds its catalogues in the cache imports no YAML), so the rules live
here, in plain constants and pure functions, and neither side repeats them.
"""

from __future__ import annotations

import re

from app.core.text import BIDI_CONTROLS
from app.core.timeline import MAX_SEGMENTS

SCHEMA_VERSION = 1  # what a loaded catalogue says; a file with a newer one is refused
SCHEMA = (1, 1_000)  # what a file's ``schema`` may say at all

# How much one file may ask for. Each is far above what the book needs (its figure in
# brackets) and keeps what a file can cost bounded: the app compiles every exercise's
# timeline at start-up (for its duration), so the exercises of one file together play at
# most MAX_SEGMENTS segments, which compile in about a tenth of a second.
MAX_ENTRIES = 500  # presets, exercises or programs in one file (7, 40, 8); any other list
MAX_STEPS = 50  # an exercise's steps (9); guidance.step can point at step 50 at most
MAX_BLOCKS = 20  # blocks of one exercise's guidance (2)
MAX_TIMED_STEPS = 100  # steps of one step block (19)
MAX_PROMPTS = 100  # prompts of one timed block (0)
MAX_PROGRAM_ITEMS = 100  # exercises of one program (10)
# The items of one file's programs together (55): each is a row of the browser's tree,
# built at start-up; 54 000 of them took ten seconds to the first paint.
MAX_FILE_PROGRAM_ITEMS = 1_000
MAX_SEE_ALSO = 50  # (3)
MAX_EXERCISE_SEGMENTS = 10_000  # one exercise played alone (41); 10 000 is hours of breaths
MAX_FILE_SEGMENTS = MAX_SEGMENTS  # a file's exercises together (756)
# (A program, as one session, plays at most MAX_SEGMENTS: timeline.planned_segments.)

# The ranges of single values, lowest and highest, both allowed.
CHAPTER = (1, 99)  # a chapter's number, and a program's chapter
PAGE = (1, 9_999)  # a chapter's page, and a program item's
PRESET_BREATHS = (1, 500)
BLOCK_BREATHS = (1, 200)  # breaths of a breath block
ROUNDS = (1, 20)  # guidance.rounds
REST_S = (0, 600)  # guidance.rest, seconds between rounds
# guidance.switch_s, seconds to set up the other side (6 unless given; the book's longest
# change, pigeon, 15); guidance.setup_s, seconds to set up an exercise in its own position
# (5 unless given; legs up the wall after lying on the back, 20). Never 0: the person is
# always told to change, and getting ready shows the caution.
SWITCH_S = (2, 60)
SETUP_S = (2, 120)
STEP = (1, MAX_STEPS)  # guidance.step (each side's), switch_step, a block's step
# guidance.setup_steps: how many of the first steps get into the pose (0: none of them).
SETUP_STEPS = (0, MAX_STEPS - 1)
# guidance.step_s and come_out_s: seconds one instruction of getting into or out of the
# pose takes in all (the default is reading it and 4 s; the book's longest, the legs swung
# up a wall, 15). Never less than reading it: the compiler takes the longer.
STEP_S = (1, 300)
REPEAT = (1, 100)  # a step block's repeat
SECONDS = (1, 600)  # a timed step's seconds
MINUTES = (0.5, 120)  # a timed block's minutes

_ID = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*", re.ASCII)
BIDI = re.compile("[" + "".join(sorted(BIDI_CONTROLS)) + "]")


def is_id(value: str) -> bool:
    """Whether ``value`` is an id: lower-case letters, digits and single dashes, starting
    with a letter (``childs-pose``). Being ASCII, an id holds nothing invisible."""
    return _ID.fullmatch(value) is not None


def squeezed(value: str) -> str:
    """``value`` as a text keeps it: no space at either end, and every run of white space
    (line breaks, tabs, no-break spaces) one plain space."""
    return " ".join(value.split())


def is_text(value: str) -> bool:
    """Whether ``value`` is one language of a text as the loader makes it: not empty,
    :func:`squeezed`, and without a bidi control (which the loader refuses)."""
    if not value:
        return False
    if value.isprintable():
        # Then the plain space is its only white space, and it holds no bidi control: both
        # are Unicode's Other or Separator, which str.isprintable refuses but for the
        # space (tests/test_catalogue_cache.py checks every code point). The same answer
        # as below, without making a string: most texts are read here.
        return value[0] != " " and value[-1] != " " and "  " not in value
    return squeezed(value) == value and BIDI.search(value) is None
