"""``journeymapper export FILE -o OUT.pdf``: the same export the window runs."""

from __future__ import annotations

import sys
from pathlib import Path

from ..io import JourneyFileError, load
from .fonts import register_fonts
from .pdf import export_pdf


def run_export(args) -> int:
    """Export ``args.file`` to ``args.output``; 0 on success, 1 with a message on failure.

    A bad input file prints its :class:`JourneyFileError` message and writes no PDF;
    the PDF itself is written atomically, so a failed export leaves no half file.
    """
    try:
        document = load(args.file)
    except JourneyFileError as exc:
        print(exc, file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"Cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    out = Path(args.output)
    try:
        register_fonts()
    except OSError as exc:
        print(f"Cannot export {args.file}: {exc}", file=sys.stderr)
        return 1
    try:
        export_pdf(document, out, paper=getattr(args, "paper", "A4"),
                   orientation=getattr(args, "orientation", "landscape"),
                   source=str(args.file))
    except ValueError as exc:
        print(f"Cannot export {args.file}: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"Cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"Wrote {out}.")
    return 0
