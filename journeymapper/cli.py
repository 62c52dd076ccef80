"""The ``journeymapper`` command: open the program, or work on files headless.

    journeymapper [FILE.jmap ...]             open the program (on a sample map, or the files)
    journeymapper templates                   list the built-in templates
    journeymapper new --template NAME -o F    write a new map from a template
    journeymapper check FILE [--report|--json] validate a map, summarise or analyse it
    journeymapper export FILE -o OUT.pdf      the leadership PDF
    journeymapper export FILE -o OUT.png|.svg the map as a picture (as File › Export Image)

Every command speaks the user's language: ``--language en|nb|da|sv``, else the one
chosen in the window (View › Language), else the locale's (``journeymapper.languages``).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from contextlib import contextmanager
from pathlib import Path

from . import __version__
from .io import JourneyFileError, load, save
from .io.reading import printable, reason
from .io.targets import export_refusal
from .io.templates import find_template, list_templates
from .model import NodeKind
from .words import LANGUAGE_CODES, QT_TRANSLATE_NOOP, Words, english, translating

COMMANDS = ("templates", "new", "check", "export")
cli = Words("cli")  # the command line's words in the user's language (journeymapper.words)

# What ``check`` counts, as its summary names it (a label a line, the numbers aligned).
_KIND_LABELS = {
    NodeKind.TOUCHPOINT: QT_TRANSLATE_NOOP("cli", "touchpoints:"),
    NodeKind.CROSSROADS: QT_TRANSLATE_NOOP("cli", "crossroads:"),
    NodeKind.OUTCOME: QT_TRANSLATE_NOOP("cli", "outcomes:"),
    NodeKind.NOTE: QT_TRANSLATE_NOOP("cli", "notes:"),
}


def _summary(path: str, document) -> str:
    counts = {kind: 0 for kind in NodeKind}
    for node in document.nodes():
        counts[node.kind] += 1
    title = printable(document.info.title or Path(path).stem)  # never a terminal escape
    rows = [(cli.tr("stages:"), len(document.stages)),
            (cli.tr("micro-journeys:"), len(document.journeys)),
            *((cli.tr(_KIND_LABELS[kind]), counts[kind]) for kind in NodeKind),
            (cli.tr("arrows:"), document.edge_count()),
            (cli.tr("owners:"), len(document.owners))]
    if document.info.journey_owner_id:
        owner = document.owner(document.info.journey_owner_id).name
        rows.append((cli.tr("journey owner:"), printable(owner)))
    width = max(17, max(len(label) for label, _value in rows) + 2)
    return "\n".join([cli.tr("{file}: OK — {title}").format(file=printable(path), title=title),
                      *(f"  {label:<{width}}{value}" for label, value in rows)])


def _cmd_templates(args) -> int:
    for template in list_templates():
        print(f"{template.name}\t{template.title}")
    return 0


def _cmd_new(args) -> int:
    try:
        template = find_template(args.template)
    except KeyError as exc:
        print(exc.args[0], file=sys.stderr)
        return 2
    out = Path(args.output)
    if out.exists() and not args.force:
        print(cli.tr("{file} already exists; use --force to replace it.").format(file=out),
              file=sys.stderr)
        return 1
    try:
        document = template.open()
        save(document, out, keep_backup=False)
    except OSError as exc:
        print(cannot_write(out, exc), file=sys.stderr)
        return 1
    print(cli.tr("Wrote {file} from the template “{template}”.").format(
        file=out, template=template.name))
    return 0


def cannot_write(out, exc: OSError) -> str:
    """Why ``out`` was not written, in the user's words (shared by every export)."""
    return cli.tr("Cannot write {file}: {reason}").format(file=out, reason=reason(exc))


def _cmd_check(args) -> int:
    try:
        document = load(args.file)
    except JourneyFileError as exc:
        print(exc, file=sys.stderr)
        return 1
    if args.json or args.report:
        try:
            from .analysis.report import render_json, render_text
        except ImportError:
            print(cli.tr("The analysis report is not available in this version."),
                  file=sys.stderr)
            return 2
        print(render_json(document) if args.json
              else printable(render_text(document, args.file), keep_lines=True))
        return 0
    print(_summary(args.file, document))
    return 0


def _cmd_export(args) -> int:
    suffix = Path(args.output).suffix.lower()
    if suffix in (".png", ".svg"):
        if args.paper is not None or args.poster:
            print("--paper and --poster are for the PDF; a picture has the map's own size. "
                  "Leave them out, or name a .pdf after -o.", file=sys.stderr)
            return 1
        from .app.image_cli import run_image_export

        return run_image_export(args.file, args.output, args.scale, args.large_print,
                                language=args.language)
    # over a map (whatever its name) the PDF side says why not there, naming the map
    if suffix not in ("", ".pdf") and export_refusal(args.output, args.file) is None:
        print(cli.tr("Cannot export to “{file}”: JourneyMapper writes a .pdf (the leadership "
                     "PDF), a .png or an .svg (the map as a picture). Name one of those.")
              .format(file=args.output), file=sys.stderr)
        return 1
    if args.scale is not None or args.large_print:
        print(cli.tr("--scale and --large-print are for pictures (.png, .svg); the PDF has its "
                     "own layout. Leave them out, or name a .png or .svg after -o."),
              file=sys.stderr)
        return 1
    if args.paper is not None and args.poster:
        print("--poster chooses the sheet itself (the smallest of A3 to A0 that prints the "
              "whole map readably): leave out --paper, or --poster.", file=sys.stderr)
        return 1
    try:
        from .export.cli import run_export
    except ImportError:
        print(cli.tr("PDF export is not available in this version."), file=sys.stderr)
        return 2
    return run_export(args)


USAGE = """\
journeymapper [FILE.jmap ...] [--language LANG] [Qt options]
       journeymapper templates
       journeymapper new --template NAME -o MAP.jmap [--force]
       journeymapper check MAP.jmap [--report | --json]
       journeymapper export MAP.jmap -o MAP.pdf [--paper A4|A3|A2|A1|A0|letter | --poster]
                                                [--orientation auto]
       journeymapper export MAP.jmap -o MAP.png|MAP.svg [--large-print] [--scale PERCENT]
       journeymapper --version | --help"""

EPILOG = QT_TRANSLATE_NOOP(
    "cli", "Without a command, the program opens its window on the files given, or on a "
           "sample\nmap. `journeymapper COMMAND --help` tells more about a command. Every "
           "command takes\n--language en, nb, da or sv (the default: the language chosen in "
           "the window, else\nthe system's).")
LANGUAGE_HELP = QT_TRANSLATE_NOOP(
    "cli", "the language of the messages (and of the PDF or the picture): en, nb, da or sv; "
           "by default the language chosen in the window, else the system's")


def _language_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--language", choices=LANGUAGE_CODES, metavar="LANG",
                        help=cli.tr(LANGUAGE_HELP))


PAPER_SIZES = ("A4", "A3", "A2", "A1", "A0", "letter")  # export.paper.PAPERS


def _paper(text: str) -> str:
    """``--paper``'s value as the export spells it (``a3`` is A3), or a clear refusal."""
    for name in PAPER_SIZES:
        if name.lower() == text.strip().lower():
            return name
    raise argparse.ArgumentTypeError(cli.tr(
        "unknown paper size “{size}”: choose one of {sizes}, or leave it out and give "
        "--poster for the whole map on one sheet").format(size=text,
                                                          sizes=", ".join(PAPER_SIZES)))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="journeymapper", usage=USAGE, epilog=cli.tr(EPILOG),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description=cli.tr("Design customer-journey maps: micro-journeys, crossroads and their "
                           "owners."))
    parser.add_argument("--version", action="version", version=f"JourneyMapper {__version__}",
                        help=cli.tr("show the version number and stop"))
    _language_option(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("templates",
                       help=cli.tr("list the built-in templates, one a line, name first"))
    _language_option(p)
    p.set_defaults(func=_cmd_templates)

    p = sub.add_parser("new", help=cli.tr("write a new map from a template"))
    p.add_argument("--template", "-t", required=True,
                   help=cli.tr("template name (see 'templates')"))
    p.add_argument("--output", "-o", required=True, help=cli.tr("the .jmap file to write"))
    p.add_argument("--force", action="store_true", help=cli.tr("replace the file if it exists"))
    _language_option(p)
    p.set_defaults(func=_cmd_new)

    p = sub.add_parser("check", help=cli.tr("validate a map and print a summary"))
    p.add_argument("file")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--report", action="store_true",
                       help=cli.tr("print the analysis findings"))
    group.add_argument("--json", action="store_true", help=cli.tr("the findings as JSON"))
    _language_option(p)
    p.set_defaults(func=_cmd_check)

    p = sub.add_parser("export",
                       help=cli.tr("export the leadership PDF, or the map as a PNG or SVG"))
    p.add_argument("file")
    p.add_argument("--output", "-o", required=True,
                   help=cli.tr("the file to write: .pdf (the default), .png or .svg"))
    p.add_argument("--paper", type=_paper, metavar=cli.tr("SIZE"),
                   help=cli.tr("the PDF's paper: A4 (the default), A3, A2, A1, A0 or letter"))
    p.add_argument("--poster", action="store_true",
                   help=cli.tr("the map alone on one sheet for the wall: the smallest of A3, "
                               "A2, A1 and A0 on which all its words print at 6 pt or larger"))
    p.add_argument("--orientation", choices=["landscape", "portrait", "auto"], default="auto",
                   help=cli.tr("auto (the default): the one that prints the map on fewer "
                               "pages"))
    p.add_argument("--large-print", action="store_true",
                   help=cli.tr("a picture in large print, as View › Large Print shows it"))
    p.add_argument("--scale", type=int, metavar="PERCENT",
                   help=cli.tr("a PNG's resolution in per cent, 100 to 400 (default 100: the "
                               "size on screen)"))
    _language_option(p)
    p.set_defaults(func=_cmd_export)
    return parser


def _asked_language(argv: list[str]) -> str | None:
    """The ``--language`` given anywhere in ``argv`` (its last), checked later by argparse."""
    found = None
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--language" and i + 1 < len(argv):
            found = argv[i + 1]
        elif arg.startswith("--language="):
            found = arg.partition("=")[2]
    return found


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    asked = _asked_language(argv)
    if argv and (argv[0] in COMMANDS or argv[0] in ("-h", "--help", "--version")
                 or (argv[0] == "--language" or argv[0].startswith("--language="))
                 and any(a in COMMANDS for a in argv)):
        from . import languages

        code = languages.for_command_line(asked if asked in LANGUAGE_CODES else None)
        with translating(languages.catalogue_translator(code) or english), \
                _argparse_speaking():
            args = _parser().parse_args(argv)
            args.language = code
            try:
                return args.func(args)
            except BrokenPipeError:  # `journeymapper check --report | head` closed the pipe
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
                return 0
    gui = argparse.ArgumentParser(prog="journeymapper", add_help=False)
    gui.add_argument("files", nargs="*")
    gui.add_argument("--language", choices=LANGUAGE_CODES)
    known, qt_args = gui.parse_known_args(argv)
    from .app.launch import run

    return run(known.files, qt_args, language=known.language)


# argparse's own words ("usage:", "error:", "the following arguments are required"),
# as Python 3.11 to 3.13 write them; a wording not listed here stays English.
_ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
)
_PERCENT_FIELD = re.compile(r"%(?:\([a-z_]+\))?[sr]")


@contextmanager
def _argparse_speaking():
    """argparse's own words in the user's language for the block (it asks gettext)."""
    argparse_words = Words("argparse")
    previous = argparse._

    def words(text: str) -> str:
        translated = argparse_words.tr(text) if text in _ARGPARSE_WORDS else text
        same = sorted(_PERCENT_FIELD.findall(translated)) == sorted(_PERCENT_FIELD.findall(text))
        return translated if same else text

    argparse._ = words
    try:
        yield
    finally:
        argparse._ = previous


if __name__ == "__main__":
    sys.exit(main())
