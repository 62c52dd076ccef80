"""``journeymapper export MAP.jmap -o MAP.png|MAP.svg``: the window's picture, headless.

Documentation and checks want the map as people see it, without opening the
window: the picture is drawn by the same canvas and the same
:mod:`.image_export` code as File › Export Image, so what a script writes is
what the window would. Drawing needs Qt, so an application is made here (on the
offscreen platform when there is no display: a build server has none, and the
export must never abort for want of a screen).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ..io import JourneyFileError, load
from ..io.targets import SAME_FILE, export_refusal

IMAGE_SUFFIXES = (".png", ".svg")
MIN_SCALE, MAX_SCALE = 100, 400  # per cent: 96 to 384 dpi


def refusal(output: Path, source: str, scale: int | None) -> str | None:
    """Why the picture must not be written as asked, in plain words naming the file."""
    kind = output.suffix.lower()
    if scale is not None and kind == ".svg":
        return (f"--scale sets a PNG's resolution; “{output}” is an SVG, drawn in lines "
                f"that stay sharp at any size. Leave out --scale.")
    if scale is not None and not MIN_SCALE <= scale <= MAX_SCALE:
        return (f"--scale {scale} is out of range: give a percentage from {MIN_SCALE} "
                f"to {MAX_SCALE} (100 draws the map at its size on screen, 200 twice as sharp).")
    if output.is_dir():
        return f"“{output}” is a folder: name the picture file in it, for example " \
               f"{output / ('map' + kind)}."
    why = export_refusal(output, source)
    if why == SAME_FILE:
        return (f"“{output}” is the map being exported: writing the picture there would "
                f"destroy it. Name a {kind} file instead.")
    if why is not None:
        return (f"“{output}” is a journey map: writing the picture there would destroy it. "
                f"Name a {kind} file instead.")
    return None


def _application():
    """The running QApplication, or a new one; offscreen when no display is there."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        return app
    from .launch import display_problem, register_fonts

    if display_problem() is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QApplication([sys.argv[0] if sys.argv else "journeymapper"])
    register_fonts()  # the canvas measures text with the shipped font, as the window does
    return app


def run_image_export(source: str, output: str, scale: int | None = None,
                     large_print: bool = False) -> int:
    """Write ``source`` as the PNG or SVG ``output``; 0 on success, 1 with a message.

    The map is read before anything is drawn; a bad map writes no picture, and the
    picture itself is written atomically (by :mod:`.image_export`).
    """
    out = Path(output)
    problem = refusal(out, source, scale)
    if problem:
        print(problem, file=sys.stderr)
        return 1
    try:
        document = load(source)
    except JourneyFileError as exc:
        print(exc, file=sys.stderr)
        return 1
    _application()
    from ..canvas.scene import JourneyScene
    from ..state import MapSession
    from .image_export import ImageExportError, render_png, render_svg

    session = MapSession(document, source)
    scene = JourneyScene(session)
    try:
        if large_print:
            scene.set_large_print(True)
        if out.suffix.lower() == ".png":
            size = render_png(scene, out, (scale or 100) / 100)
            done = f"Wrote {out} ({size.width()} × {size.height()} pixels)."
        else:
            render_svg(scene, out, document.info.title or Path(source).stem)
            done = f"Wrote {out}."
    except ImageExportError as exc:
        print(f"Cannot export {source}: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"Cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    finally:
        scene.close()
        session.deleteLater()
    print(done)
    return 0
