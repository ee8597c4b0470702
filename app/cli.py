"""The ``breathing-room`` command: the window by default, and sub-commands for the catalogue.

Qt is imported only as far as a command needs it: ``list`` and ``validate`` use QtCore
(for translations and paths) but never create a window, so they work without a display.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from app import __version__
from app.core.text import LANGUAGES, Lang, language_from_environment, visible

if TYPE_CHECKING:
    from app.core.model import Catalogue
    from app.core.requests import Request
    from app.core.timeline import Timeline

COMMANDS = ("list", "validate", "timeline", "pacer", "render")
WINDOW_COMMANDS = (None, "pacer")


def _pre_scan(argv: Sequence[str]) -> tuple[Lang | None, str | None]:
    """The ``--lang`` and the sub-command, before translators exist to build the parser."""
    lang: str | None = None
    command: str | None = None
    for index, word in enumerate(argv):
        if word == "--lang" and index + 1 < len(argv):
            lang = argv[index + 1]
        elif word.startswith("--lang="):
            lang = word.split("=", 1)[1]
        elif word in ("-h", "--help", "--version"):
            command = command or word
        elif word in COMMANDS and command is None:
            command = word
    return (lang if lang in LANGUAGES else None), command


def translate(context: str, text: str) -> str:
    """Qt Linguist's lookup, imported late: ``--help`` and usage errors need no Qt."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


class Cli:
    """The command line's counted texts: ``Cli.tr("%n problem(s)", "", n)`` takes the form
    the count needs from the catalogue's numerus forms ("1 problem", "2 problemen").

    WORKAROUND: pyside6-lupdate (6.11, lupdate's python.cpp) marks a plural only in a
    ``tr()`` call or in a ``translate()`` whose fourth argument is a literal number: in
    ``translate(context, text, "", n)`` it reads the name ``n`` as a Qt 4 encoding argument,
    and with a call such as ``len(rows)`` there it drops the string altogether. A
    ``Name.tr(...)`` call takes its context from ``Name``, as ``Name::tr`` does in C++.
    """

    @staticmethod
    def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("Cli", text, disambiguation, n)


def fill(template: str, *values: str) -> str:
    """``%1``, ``%2``… of a translated ``template`` replaced in one pass, as ``QString::arg``
    does: a value that itself holds ``%2`` (a file named ``%2.yaml``) stays as it is."""
    return re.sub(
        r"%([1-9])",
        lambda m: values[int(m[1]) - 1] if int(m[1]) <= len(values) else m[0],
        template,
    )


class _Parser(argparse.ArgumentParser):
    """Usage errors as one line (``prog: message``) and exit 2, like every other error."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} ({translate('Cli', 'see --help')})\n")


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=argparse.SUPPRESS,
        help=translate("Cli", "language of texts: nl or en (default: from the system locale)"),
    )
    parser = _Parser(
        prog="breathing-room",
        description=translate(
            "Cli",
            "Breathing Room (Ademruimte): guided back-pain exercises with a breath pacer. "
            "Without a command, opens the window.",
        ),
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(
        dest="command", metavar=translate("Cli", "COMMAND"), parser_class=_Parser
    )

    listing = commands.add_parser(
        "list", parents=[common], help=translate("Cli", "print every exercise in the book's order")
    )
    listing.add_argument(
        "--json", action="store_true", help=translate("Cli", "print one JSON array")
    )
    other = listing.add_mutually_exclusive_group()
    other.add_argument(
        "--presets",
        action="store_true",
        help=translate("Cli", "print the breathing presets instead (for pacer --preset)"),
    )
    other.add_argument(
        "--programs",
        "--programmes",
        action="store_true",
        help=translate("Cli", "print the programmes instead (for timeline --program)"),
    )

    validate = commands.add_parser(
        "validate",
        parents=[common],
        help=translate("Cli", "check catalogue files and report every problem with its place"),
    )
    validate.add_argument(
        "files",
        nargs="*",
        type=Path,
        metavar=translate("Cli", "FILE"),
        help=translate(
            "Cli", "files to check (default: the bundled catalogue and your own, if present)"
        ),
    )
    timeline = commands.add_parser(
        "timeline",
        parents=[common],
        help=translate(
            "Cli", "print the timeline of a pattern, exercise or programme without playing it"
        ),
    )
    _what_to_play(timeline, required=True)
    timeline.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    _speech_arguments(timeline)

    _render_parser(commands, common)

    pacer = commands.add_parser(
        "pacer", parents=[common], help=translate("Cli", "open the breathing pacer window")
    )
    _what_to_play(pacer, required=False, sessions=False)
    pacer.add_argument(
        "--cues-to",
        metavar=translate("Cli", "FILE"),
        help=translate("Cli", "write one JSON line per cue as it fires (- for standard output)"),
    )
    pacer.add_argument(
        "--close-when-done",
        action="store_true",
        help=translate("Cli", "close the window when finished"),
    )
    return parser


def _what_to_play(parser: argparse.ArgumentParser, required: bool, sessions: bool = True) -> None:
    what = parser.add_mutually_exclusive_group(required=required)
    what.add_argument(
        "--pattern",
        metavar="IN-HOLD-OUT[-HOLD]",
        help=translate("Cli", "breath pattern in seconds, e.g. 4-7-8"),
    )
    what.add_argument(
        "--preset",
        metavar=translate("Cli", "NAME"),
        help=translate("Cli", "a breathing preset, e.g. bridge"),
    )
    if sessions:
        what.add_argument("--exercise", metavar="ID", help=translate("Cli", "one exercise, by id"))
        what.add_argument(
            "--program", metavar="ID", help=translate("Cli", "a programme, e.g. ch4-phase-1")
        )
    length = parser.add_mutually_exclusive_group()
    length.add_argument(
        "--breaths", type=_int, metavar="N", help=translate("Cli", "how many breaths")
    )
    # Read as text: the one rule for minutes (core/pattern.py, parse_minutes) says what is
    # wrong with it, in request_from.
    length.add_argument(
        "--minutes",
        metavar="M",
        help=translate("Cli", "how long, rounded to the nearest whole breath"),
    )
    parser.add_argument(
        "--prepare",
        type=_float,
        default=3.0,
        metavar="S",
        help=translate("Cli", "seconds of countdown before the first breath (default 3)"),
    )


# Numbers as people type them: ASCII digits (with one decimal mark for seconds, '.' or ',':
# "1,5" as Dutch writes it, whatever --lang; no value here reaches a thousand, so neither
# mark is a group separator), an optional sign so that the range check can say what is
# allowed. int() and float() would also take '1_0', ' 5', other scripts' digits and (float)
# 'nan' or '1e1'. --pattern and --minutes are read by core/pattern, with the same marks.
_WHOLE = re.compile(r"[+-]?[0-9]{1,18}", re.ASCII)
_DECIMAL = re.compile(r"[+-]?[0-9]{1,18}(?:[.,][0-9]{1,18})?", re.ASCII)


def _int(text: str) -> int:
    if not _WHOLE.fullmatch(text):
        raise ValueError(text)
    return int(text)


def _float(text: str) -> float:
    if not _DECIMAL.fullmatch(text):
        raise ValueError(text)
    return float(text.replace(",", "."))


# argparse names the type in its message: "invalid int value: 'x'".
_int.__name__ = "int"
_float.__name__ = "float"


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang, command = _pre_scan(argv)
    try:
        return _run(argv, lang or _remembered_language() or language_from_environment(), command)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # ``breathing-room list | head``
        sys.stderr.close()
        return 0
    except Exception as error:  # noqa: BLE001 - the last line of defence, see crash.py
        from app.services.crash import write_report

        report = write_report(type(error), error, error.__traceback__)
        where = f" (details: {report})" if report else ""
        print(f"breathing-room: internal error: {error}{where}", file=sys.stderr)
        return 70


def _remembered_language() -> Lang | None:
    from app.services import options, paths

    paths.set_identity()
    return options.saved_language()


def _run(argv: list[str], lang: Lang, command: str | None) -> int:
    from PySide6.QtCore import QCoreApplication

    from app.services import i18n, paths

    paths.set_identity()
    if command in WINDOW_COMMANDS:
        # A window. Arguments are checked before any application object exists, because
        # the first one must be a QApplication and that needs a display.
        args = build_parser().parse_args(argv)
        from app.ui.application import run
        from app.ui.startup import PacerStart

        if args.command != "pacer":
            return run(lang)
        from app.core.problems import MessageError

        # What to play is the CLI's to read; the window only checks and plays the Request.
        try:
            request = request_from(args)
        except MessageError as error:
            # No window follows, so a QCoreApplication can carry the translators.
            app = QCoreApplication.instance() or QCoreApplication(["breathing-room"])
            i18n.install(lang)
            print(f"breathing-room pacer: {i18n.message_text(error.message)}", file=sys.stderr)
            del app
            return 2
        return run(lang, PacerStart(request, args.cues_to, args.close_when_done))
    app = QCoreApplication.instance() or QCoreApplication(["breathing-room"])
    i18n.install(lang)
    args = build_parser().parse_args(argv)
    del app
    if args.command == "list":
        if args.presets:
            return _list_presets(lang, args.json)
        if args.programs:
            return _list_programs(lang, args.json)
        return _list(lang, args.json)
    if args.command == "validate":
        return _validate(args.files)
    if args.command == "timeline":
        return _timeline(args, lang)
    if args.command == "render":
        return _render(args, lang)
    return 0  # pragma: no cover - argparse handles the rest


def _load_or_report(lang: Lang) -> Catalogue | None:
    from app.bundle import catalogue_path
    from app.core.files import load_catalogues
    from app.services import i18n, paths

    loaded = load_catalogues(catalogue_path(), paths.user_catalogue())
    for problem in loaded.bundled_problems + loaded.user_problems:
        print(i18n.problem_text(problem), file=sys.stderr)
    if loaded.user_problems:
        print(
            translate("Cli", "Your own exercises were left out; run 'breathing-room validate'."),
            file=sys.stderr,
        )
    return loaded.catalogue


def _list(lang: Lang, as_json: bool) -> int:
    from app.core.timeline import exercise_ms
    from app.services import labels

    catalogue = _load_or_report(lang)
    if catalogue is None:
        return 1
    rows = []
    for place in catalogue.places():
        exercise = place.exercise
        rows.append(
            {
                "id": exercise.id,
                "chapter": place.chapter.number,
                "section": place.section.value,
                "page": place.page,
                "name": exercise.name.get(lang),
                "position": exercise.position.value,
                "sides": exercise.sides.value,
                "estimated_ms": exercise_ms(exercise, catalogue.prompts),
                "source": exercise.source.value,
            }
        )
    if as_json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    from app.core.model import Position, Section, Sides

    table = [
        [
            translate("Cli", "PAGE"),
            translate("Cli", "CH"),
            translate("Cli", "SECTION"),
            translate("Cli", "ID"),
            translate("Cli", "TIME"),
            translate("Cli", "SIDES"),
            translate("Cli", "POSITION"),
            translate("Cli", "NAME"),
        ]
    ]
    for row in rows:
        table.append(
            [
                str(row["page"]),
                str(row["chapter"]),
                labels.section(Section(str(row["section"]))),
                str(row["id"]),
                labels.duration(int(row["estimated_ms"])),  # type: ignore[call-overload]
                labels.sides(Sides(str(row["sides"]))),
                labels.position(Position(str(row["position"]))),
                str(row["name"]),
            ]
        )
    _print_table(table)
    exercises = len({row["id"] for row in rows})
    print(
        Cli.tr("%n place(s) in the book", "", len(rows))
        + ", "
        + Cli.tr("%n different exercise(s)", "", exercises),
        file=sys.stderr,
    )
    return 0


def _print_table(table: list[list[str]]) -> None:
    """Columns padded to their widest cell; the last one (a name) is not padded."""
    widths = [max(len(line[i]) for line in table) for i in range(len(table[0]) - 1)]
    for line in table:
        cells = [cell.ljust(width) for cell, width in zip(line, widths, strict=False)]
        print("  ".join([*cells, line[-1]]))


def _decimal_mark() -> str:
    """The language's decimal mark for a table that is read ("5,5-0-5,5" in Dutch, as the
    pacer shows a pattern); JSON keeps the ``.`` of files and settings."""
    from PySide6.QtCore import QLocale

    mark = QLocale().decimalPoint()
    return mark if mark in ".," else "."


def _list_presets(lang: Lang, as_json: bool) -> int:
    """The breathing presets ``pacer --preset`` and ``timeline --preset`` take: the
    bundled ones and those of the person's own file, with what each plays."""
    from app.core.requests import Request
    from app.services import labels

    catalogue = _load_or_report(lang)
    if catalogue is None:
        return 1
    rows = [
        {
            "id": preset.id,
            "name": preset.name.get(lang),
            "pattern": str(preset.pattern),
            "breaths": preset.breaths,
            # What ``pacer --preset ID`` plays, from the same compiler: the count-in too.
            "estimated_ms": Request(preset=preset.id).build(catalogue).total_ms,
            "description": preset.description.get(lang),
        }
        for preset in catalogue.presets.values()
    ]
    if as_json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    mark = _decimal_mark()
    table = [
        [
            translate("Cli", "ID"),
            translate("Cli", "PATTERN"),
            translate("Cli", "BREATHS"),
            translate("Cli", "TIME"),
            translate("Cli", "NAME"),
        ]
    ]
    for row in rows:
        table.append(
            [
                str(row["id"]),
                str(row["pattern"]).replace(".", mark),
                str(row["breaths"]),
                labels.duration(int(str(row["estimated_ms"]))),
                str(row["name"]),
            ]
        )
    _print_table(table)
    print(
        Cli.tr(
            "%n breathing preset(s); play one with: breathing-room pacer --preset ID",
            "",
            len(rows),
        ),
        file=sys.stderr,
    )
    return 0


def _list_programs(lang: Lang, as_json: bool) -> int:
    """The programmes ``timeline --program`` takes, in the catalogue's order."""
    from app.core.model import Section
    from app.core.timeline import compile_program
    from app.services import labels

    catalogue = _load_or_report(lang)
    if catalogue is None:
        return 1
    rows = [
        {
            "id": program.id,
            "chapter": program.chapter,
            "section": program.section.value if program.section else None,
            "exercises": len(program.items),
            "estimated_ms": compile_program(program, catalogue).total_ms,
            "name": program.name.get(lang),
        }
        for program in catalogue.programs.values()
    ]
    if as_json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    table = [
        [
            translate("Cli", "ID"),
            translate("Cli", "CH"),
            translate("Cli", "SECTION"),
            translate("Cli", "EXERCISES"),
            translate("Cli", "TIME"),
            translate("Cli", "NAME"),
        ]
    ]
    for row in rows:
        table.append(
            [
                str(row["id"]),
                str(row["chapter"] or ""),
                labels.section(Section(str(row["section"]))) if row["section"] else "",
                str(row["exercises"]),
                labels.duration(int(str(row["estimated_ms"]))),
                str(row["name"]),
            ]
        )
    _print_table(table)
    print(
        Cli.tr(
            "%n programme(s); see one with: breathing-room timeline --program ID",
            "",
            len(rows),
        ),
        file=sys.stderr,
    )
    return 0


def _validate(files: list[Path]) -> int:
    from app.bundle import catalogue_path
    from app.core.files import load_bundled, validate_file
    from app.services import i18n, paths

    bundled = load_bundled(catalogue_path())
    if not files:
        files = [catalogue_path()]
        if paths.user_catalogue().exists():
            files.append(paths.user_catalogue())
    failed = 0
    for path in files:
        result = validate_file(path, bundled.catalogue)
        if result.problems:
            failed += 1
            for problem in result.problems:
                print(i18n.problem_text(problem))
            print(
                fill(
                    Cli.tr("%1: %n problem(s)", "", len(result.problems)),
                    visible(str(path), None),  # as the problems above quote it
                ),
                file=sys.stderr,
            )
        else:
            catalogue = result.catalogue
            assert catalogue is not None
            counts = [
                Cli.tr("%n exercise(s)", "", len(catalogue.exercises)),
                Cli.tr("%n programme(s)", "", len(catalogue.programs)),
                Cli.tr("%n breathing preset(s)", "", len(catalogue.presets)),
            ]
            print(
                fill(
                    translate("Cli", "%1: valid (%2)"), visible(str(path), None), ", ".join(counts)
                )
            )
    return 1 if failed else 0


def request_from(args: argparse.Namespace) -> Request:
    """The request the arguments make; raises a ``MessageError`` for ``--minutes`` that do
    not follow the one rule for minutes (``core/pattern.py``, ``parse_minutes``)."""
    from app.core.pattern import parse_minutes
    from app.core.requests import Request

    return Request(
        pattern=args.pattern,
        preset=args.preset,
        exercise=getattr(args, "exercise", None),
        program=getattr(args, "program", None),
        breaths=args.breaths,
        minutes=None if args.minutes is None else parse_minutes(args.minutes, "--minutes"),
        prepare_s=args.prepare,
    )


def _built(args: argparse.Namespace, lang: Lang, command: str) -> tuple[Catalogue, Timeline] | int:
    """The catalogue and the timeline the arguments ask for, or the exit status after one
    line on standard error: 1 for a catalogue that cannot be read, 2 for a bad request."""
    from app.core.problems import MessageError
    from app.services import i18n

    catalogue = _load_or_report(lang)
    if catalogue is None:
        return 1
    try:
        return catalogue, request_from(args).build(catalogue)
    except MessageError as error:
        print(f"breathing-room {command}: {i18n.message_text(error.message)}", file=sys.stderr)
        return 2


def _timeline(args: argparse.Namespace, lang: Lang) -> int:
    from app.services import labels

    built = _built(args, lang, "timeline")
    if isinstance(built, int):
        return built
    catalogue, timeline = built
    timeline, spoken = _plan_speech(args, timeline, catalogue, lang)
    if args.json:
        data = timeline.to_json(lang)
        for row, (words, length) in zip(data["segments"], spoken, strict=True):  # type: ignore[call-overload]
            row["spoken"], row["spoken_ms"] = words, length
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0

    from PySide6.QtCore import QLocale

    # The table is for reading: seconds with the language's decimal mark ("0:03,000" in
    # Dutch), as the pacer shows them; --json keeps numbers as numbers.
    mark = QLocale().decimalPoint() if QLocale().decimalPoint() in ".," else "."

    def clock(ms: int) -> str:
        return f"{ms // 60_000}:{ms % 60_000 / 1000:06.3f}".replace(".", mark)

    header = [
        translate("Cli", "START"),
        translate("Cli", "LENGTH"),
        translate("Cli", "KIND"),
        translate("Cli", "EXERCISE"),
        translate("Cli", "SIDE"),
        translate("Cli", "ROUND"),
        translate("Cli", "BREATH"),
        translate("Cli", "STEP"),  # the instruction highlighted, numbered from 1
        translate("Cli", "TEXT"),
    ]
    voice = args.guidance == "voice"
    if voice:  # how long the words said at its start take
        header.insert(-1, translate("Cli", "SPEECH"))
    rows = [header]
    for segment, (_words, length) in zip(timeline.segments, spoken, strict=True):
        row = [
            clock(segment.start_ms),
            f"{segment.duration_ms / 1000:.3f}".replace(".", mark),
            labels.kind(segment.kind),  # --json keeps the machine values
            segment.exercise or "",
            labels.side(segment.side) if segment.side else "",
            str(segment.rep or ""),
            str(segment.breath or ""),
            "" if segment.step is None else str(segment.step + 1),
            segment.text.get(lang),
        ]
        if voice:
            row.insert(-1, "" if length is None else f"{length / 1000:.3f}".replace(".", mark))
        rows.append(row)
    widths = [max(len(row[i]) for row in rows) for i in range(len(header) - 1)]
    for row in rows:
        print("  ".join([*(c.ljust(w) for c, w in zip(row, widths, strict=False)), row[-1]]))
    print(
        fill(
            Cli.tr("%n segment(s), %1 in all (%2 ms)", "", len(timeline)),
            labels.duration(timeline.total_ms),
            str(timeline.total_ms),
        ),
        file=sys.stderr,
    )
    return 0


# -- timeline --guidance voice: speech is data (issue 20) -----------------------------------


def _speech_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--guidance",
        choices=("sounds", "voice"),
        default="sounds",
        help=translate(
            "Cli",
            "plan for the built-in voice: room for every utterance, and how long each "
            "takes (default: sounds only)",
        ),
    )
    parser.add_argument(
        "--say-breaths",
        action="store_true",
        help=translate("Cli", "with the voice: also say 'breathe in' and 'breathe out'"),
    )


def _plan_speech(
    args: argparse.Namespace, timeline: Timeline, catalogue: Catalogue, lang: Lang
) -> tuple[Timeline, list[tuple[str | None, int | None]]]:
    """With ``--guidance voice``: the timeline fitted to the voice's words and, per
    segment, the words said as it begins and their length; else the timeline as it is and
    no words. The lengths are the built-in voice's own where it works (its default voice
    and rate), else the core's estimate, which errs long; standard error says which."""
    from app.core.speech_time import fit_speech, spoken_lengths
    from app.core.spoken import SpeechOptions

    if args.guidance != "voice":
        return timeline, [(None, None)] * len(timeline)
    options = SpeechOptions(lang, breaths=args.say_breaths)
    length_ms = _speech_length()
    fitted = fit_speech(timeline, catalogue.exercises, options, length_ms)
    return fitted, spoken_lengths(fitted, catalogue.exercises, options, length_ms)


def _speech_length() -> Callable[[str, Lang], int]:
    """How long the words take, in ms, remembered per text: synthesised by the built-in
    voice as a session would say them (respelled, the default voice and rate), or, where
    the voice cannot work, estimated (and standard error says why)."""
    from app.core.speech_time import estimate_ms
    from app.services.espeak import EspeakError, engine
    from app.services.voice_cache import VoiceSettings, speak

    settings = VoiceSettings()
    known: dict[tuple[str, Lang], int] = {}
    try:
        voice = engine()
    except EspeakError as error:
        print(
            fill(translate("Cli", "Estimated lengths of speech: %1"), error.reason),
            file=sys.stderr,
        )
        return lambda text, lang: estimate_ms(text, lang, settings.rate_wpm)

    def length(text: str, lang: Lang) -> int:
        if (text, lang) not in known:
            try:
                known[text, lang] = speak(voice, text, lang, settings).duration_ms
            except EspeakError:
                known[text, lang] = estimate_ms(text, lang, settings.rate_wpm)
        return known[text, lang]

    return length


# -- render: a session to a sound file (issue 20, "Take a session along") ------------------


def _render_parser(commands: argparse._SubParsersAction[_Parser], common: _Parser) -> None:
    render = commands.add_parser(
        "render",
        parents=[common],
        help=translate("Cli", "write a guided session (sounds and voice) to a WAV file"),
    )
    _what_to_play(render, required=True)
    render.add_argument(
        "--guidance",
        choices=("sounds", "voice"),
        default="voice",
        help=translate("Cli", "sounds only, or the built-in voice with the sounds (default)"),
    )
    render.add_argument(
        "-o",
        "--output",
        required=True,
        type=Path,
        metavar=translate("Cli", "FILE"),
        help=translate("Cli", "the WAV file to write"),
    )


def _render(args: argparse.Namespace, lang: Lang) -> int:
    """Progress on standard error; every failure one line and exit 2, and no file left."""
    from app.core.spoken import GuidanceMode
    from app.services import export_audio, labels

    built = _built(args, lang, "render")
    if isinstance(built, int):
        return built
    catalogue, timeline = built
    request = export_audio.ExportRequest(
        timeline,
        catalogue.exercises,
        lang,
        args.output,
        GuidanceMode.VOICE if args.guidance == "voice" else GuidanceMode.CUES,
    )
    shown: list[tuple[str, int]] = []

    def progress(what: str, done: int, total: int) -> None:
        tenth = done * 10 // total if total > 0 else 0
        if not shown or shown[-1] != (what, tenth):
            shown.append((what, tenth))
            print(f"{what} {tenth * 10} %", file=sys.stderr)

    try:
        done = export_audio.write(request, progress, lambda: False)
    except export_audio.ExportError as error:
        print(f"breathing-room render: {error.reason}", file=sys.stderr)
        return 2
    print(
        fill(
            translate("Cli", "Wrote %1: %2, %3 MB"),
            str(done.path),
            labels.duration(done.duration_ms),
            f"{done.size / 1_000_000:.1f}",
        ),
        file=sys.stderr,
    )
    return 0
