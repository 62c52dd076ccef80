"""``journeymapper export FILE -o OUT.pdf``: the same export the window runs."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ..io import JourneyFileError, load
from ..io.reading import reason
from ..io.targets import SAME_FILE, export_refusal
from ..words import Words, installed
from .fonts import register_fonts
from .paper import POSTER
from .pdf import poster_note, unprintable_message, write_pdf

cli = Words("cli")  # the command line's words (journeymapper.words)


def output_path(output: str, source: str) -> tuple[Path | None, str | None]:
    """The PDF to write for ``-o output``, or None and why not (in words naming the file).

    A name without an extension gets ``.pdf``, as the window's export does: ``-o
    rapport`` can only mean a PDF, and a file without one would not open with a
    double-click. The map itself, any ``.jmap`` and a folder are refused: the
    PDF would destroy the map (an export keeps no backup) or has nowhere to go.
    """
    if not output.strip():
        return None, cli.tr("No output file given: name the PDF after -o, for example "
                            "-o map.pdf.")
    if output.endswith(("/", os.sep)) or Path(output).is_dir():
        return None, cli.tr("“{folder}” is a folder: name the PDF file in it, for example "
                            "{example}.").format(folder=output, example=Path(output) / "map.pdf")
    out = Path(output)
    if not out.suffix:
        out = out.with_name(out.name + ".pdf")
    refusal = export_refusal(out, source)
    if refusal == SAME_FILE:
        return None, cli.tr("“{file}” is the map being exported: writing the PDF there would "
                            "destroy it. Name a .pdf file instead.").format(file=out)
    if refusal is not None:
        return None, cli.tr("“{file}” is a journey map: writing the PDF there would destroy "
                            "it. Name a .pdf file instead.").format(file=out)
    return out, None


def run_export(args) -> int:
    """Export ``args.file`` to ``args.output``; 0 on success, 1 with a message on failure.

    A bad input file prints its :class:`JourneyFileError` message and writes no PDF;
    the PDF itself is written atomically, so a failed export leaves no half file.
    An output that is a map (the one exported or another) is refused before anything
    is read. The PDF is written in the command's language (``--language``), as its
    messages are.
    """
    out, problem = output_path(str(args.output), str(args.file))
    if out is None:
        print(problem, file=sys.stderr)
        return 1
    try:
        document = load(args.file)
    except JourneyFileError as exc:
        print(exc, file=sys.stderr)
        return 1
    cannot_export = cli.tr("Cannot export {file}: {reason}")
    try:
        register_fonts()
    except OSError as exc:
        print(cannot_export.format(file=args.file, reason=reason(exc)), file=sys.stderr)
        return 1

    def unprintable(characters: str) -> None:  # the PDF is written; say what it lacks
        print(cli.tr("Warning: {message}").format(message=unprintable_message(characters)),
              file=sys.stderr)

    paper = POSTER if getattr(args, "poster", False) else getattr(args, "paper", None) or "A4"
    try:
        result = write_pdf(document, out, paper=paper,
                           orientation=getattr(args, "orientation", "landscape"),
                           source=str(args.file), translate=installed(),
                           unprintable=unprintable)
    except ValueError as exc:
        print(cannot_export.format(file=args.file, reason=exc), file=sys.stderr)
        return 1
    except OSError as exc:
        print(cli.tr("Cannot write {file}: {reason}").format(file=out, reason=reason(exc)),
              file=sys.stderr)
        return 1
    print(cli.tr("Wrote {file}.").format(file=out))
    if paper == POSTER:
        print(poster_note(result, installed()))
    return 0

