"""The ``journeymapper`` command: open the program, or work on files headless.

    journeymapper [FILE.jmap ...]             open the program (on a sample map, or the files)
    journeymapper templates                   list the built-in templates
    journeymapper new --template NAME -o F    write a new map from a template
    journeymapper check FILE [--report|--json] validate a map, summarise or analyse it
    journeymapper export FILE -o OUT.pdf      the leadership PDF
    journeymapper export FILE -o OUT.png|.svg the map as a picture (as File › Export Image)
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import __version__
from .io import JourneyFileError, load, save
from .io.reading import printable
from .io.targets import export_refusal
from .io.templates import find_template, list_templates
from .look.kinds import kind_spec
from .model import NodeKind

COMMANDS = ("templates", "new", "check", "export")


def _summary(path: str, document) -> str:
    counts = {kind: 0 for kind in NodeKind}
    for node in document.nodes():
        counts[node.kind] += 1
    title = printable(document.info.title or Path(path).stem)  # never a terminal escape
    lines = [
        f"{printable(path)}: OK — {title}",
        f"  stages:          {len(document.stages)}",
        f"  micro-journeys:  {len(document.journeys)}",
        *(f"  {kind_spec(kind).plural + ':':<17}{counts[kind]}" for kind in NodeKind),
        f"  arrows:          {document.edge_count()}",
        f"  owners:          {len(document.owners)}",
    ]
    if document.info.journey_owner_id:
        owner = document.owner(document.info.journey_owner_id).name
        lines.append(f"  journey owner:   {printable(owner)}")
    return "\n".join(lines)


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
        print(f"{out} already exists; use --force to replace it.", file=sys.stderr)
        return 1
    try:
        document = template.open()
        save(document, out, keep_backup=False)
    except OSError as exc:
        print(f"Cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"Wrote {out} from the template “{template.name}”.")
    return 0


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
            print("The analysis report is not available in this version.", file=sys.stderr)
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

        return run_image_export(args.file, args.output, args.scale, args.large_print)
    # over a map (whatever its name) the PDF side says why not there, naming the map
    if suffix not in ("", ".pdf") and export_refusal(args.output, args.file) is None:
        print(f"Cannot export to “{args.output}”: JourneyMapper writes a .pdf (the leadership "
              f"PDF), a .png or an .svg (the map as a picture). Name one of those.",
              file=sys.stderr)
        return 1
    if args.scale is not None or args.large_print:
        print("--scale and --large-print are for pictures (.png, .svg); the PDF has its own "
              "layout. Leave them out, or name a .png or .svg after -o.", file=sys.stderr)
        return 1
    if args.paper is not None and args.poster:
        print("--poster chooses the sheet itself (the smallest of A3 to A0 that prints the "
              "whole map readably): leave out --paper, or --poster.", file=sys.stderr)
        return 1
    try:
        from .export.cli import run_export
    except ImportError:
        print("PDF export is not available in this version.", file=sys.stderr)
        return 2
    return run_export(args)


USAGE = """\
journeymapper [FILE.jmap ...] [Qt options]
       journeymapper templates
       journeymapper new --template NAME -o MAP.jmap [--force]
       journeymapper check MAP.jmap [--report | --json]
       journeymapper export MAP.jmap -o MAP.pdf [--paper A4|A3|A2|A1|A0|letter | --poster]
                                                [--orientation auto]
       journeymapper export MAP.jmap -o MAP.png|MAP.svg [--large-print] [--scale PERCENT]
       journeymapper --version | --help"""

EPILOG = """\
Without a command, the program opens its window on the files given, or on a sample
map. `journeymapper COMMAND --help` tells more about a command."""


PAPER_SIZES = ("A4", "A3", "A2", "A1", "A0", "letter")  # export.paper.PAPERS


def _paper(text: str) -> str:
    """``--paper``'s value as the export spells it (``a3`` is A3), or a clear refusal."""
    for name in PAPER_SIZES:
        if name.lower() == text.strip().lower():
            return name
    raise argparse.ArgumentTypeError(
        f"unknown paper size “{text}”: choose one of {', '.join(PAPER_SIZES)}, or leave it "
        f"out and give --poster for the whole map on one sheet")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="journeymapper", usage=USAGE, epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Design customer-journey maps: micro-journeys, crossroads and their owners.")
    parser.add_argument("--version", action="version", version=f"JourneyMapper {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("templates", help="list the built-in templates, one a line, name first")
    p.set_defaults(func=_cmd_templates)

    p = sub.add_parser("new", help="write a new map from a template")
    p.add_argument("--template", "-t", required=True, help="template name (see 'templates')")
    p.add_argument("--output", "-o", required=True, help="the .jmap file to write")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")
    p.set_defaults(func=_cmd_new)

    p = sub.add_parser("check", help="validate a map and print a summary")
    p.add_argument("file")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--report", action="store_true", help="print the analysis findings")
    group.add_argument("--json", action="store_true", help="the findings as JSON")
    p.set_defaults(func=_cmd_check)

    p = sub.add_parser("export", help="export the leadership PDF, or the map as a PNG or SVG")
    p.add_argument("file")
    p.add_argument("--output", "-o", required=True,
                   help="the file to write: .pdf (the default), .png or .svg")
    p.add_argument("--paper", type=_paper, metavar="SIZE",
                   help="the PDF's paper: A4 (the default), A3, A2, A1, A0 or letter")
    p.add_argument("--poster", action="store_true",
                   help="the map alone on one sheet for the wall: the smallest of A3, A2, A1 "
                        "and A0 on which all its words print at 6 pt or larger")
    p.add_argument("--orientation", choices=["landscape", "portrait", "auto"], default="auto",
                   help="auto (the default): the one that prints the map on fewer pages")
    p.add_argument("--large-print", action="store_true",
                   help="a picture in large print, as View › Large Print shows it")
    p.add_argument("--scale", type=int, metavar="PERCENT",
                   help="a PNG's resolution in per cent, 100 to 400 (default 100: the size on screen)")
    p.set_defaults(func=_cmd_export)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and (argv[0] in COMMANDS or argv[0] in ("-h", "--help", "--version")):
        args = _parser().parse_args(argv)
        try:
            return args.func(args)
        except BrokenPipeError:  # `journeymapper check --report | head` closed the pipe
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
    gui = argparse.ArgumentParser(prog="journeymapper", add_help=False)
    gui.add_argument("files", nargs="*")
    known, qt_args = gui.parse_known_args(argv)
    from .app.launch import run

    return run(known.files, qt_args)


if __name__ == "__main__":
    sys.exit(main())
