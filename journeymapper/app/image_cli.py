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
from ..io.reading import reason
from ..io.targets import SAME_FILE, export_refusal
from ..words import Words

cli = Words("cli")  # the command line's words (journeymapper.words)

IMAGE_SUFFIXES = (".png", ".svg")
MIN_SCALE, MAX_SCALE = 100, 400  # per cent: 96 to 384 dpi


def refusal(output: Path, source: str, scale: int | None) -> str | None:
    """Why the picture must not be written as asked, in plain words naming the file."""
    kind = output.suffix.lower()
    if scale is not None and kind == ".svg":
        return cli.tr("--scale sets a PNG's resolution; “{file}” is an SVG, drawn in lines "
                      "that stay sharp at any size. Leave out --scale.").format(file=output)
    if scale is not None and not MIN_SCALE <= scale <= MAX_SCALE:
        return cli.tr("--scale {scale} is out of range: give a percentage from {least} to "
                      "{most} (100 draws the map at its size on screen, 200 twice as sharp)."
                      ).format(scale=scale, least=MIN_SCALE, most=MAX_SCALE)
    if output.is_dir():
        return cli.tr("“{folder}” is a folder: name the picture file in it, for example "
                      "{example}.").format(folder=output, example=output / ("map" + kind))
    why = export_refusal(output, source)
    if why == SAME_FILE:
        return cli.tr("“{file}” is the map being exported: writing the picture there would "
                      "destroy it. Name a {kind} file instead.").format(file=output, kind=kind)
    if why is not None:
        return cli.tr("“{file}” is a journey map: writing the picture there would destroy "
                      "it. Name a {kind} file instead.").format(file=output, kind=kind)
    return None


def _application(language: str | None = None):
    """The running QApplication, or a new one (offscreen when no display is there)
    speaking ``language``: the map's words on the picture are the window's."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        return app
    from .launch import display_problem, install_translations, register_fonts

    if display_problem() is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QApplication([sys.argv[0] if sys.argv else "journeymapper"])
    register_fonts()  # the canvas measures text with the shipped font, as the window does
    if language:
        install_translations(app, language=language)
    return app


def run_image_export(source: str, output: str, scale: int | None = None,
                     large_print: bool = False, language: str | None = None) -> int:
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
    _application(language)
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
            done = cli.tr("Wrote {file} ({width} × {height} pixels).").format(
                file=out, width=size.width(), height=size.height())
        else:
            render_svg(scene, out, document.info.title or Path(source).stem)
            done = cli.tr("Wrote {file}.").format(file=out)
    except ImageExportError as exc:
        print(cli.tr("Cannot export {file}: {reason}").format(file=source, reason=exc),
              file=sys.stderr)
        return 1
    except OSError as exc:
        print(cli.tr("Cannot write {file}: {reason}").format(file=out, reason=reason(exc)),
              file=sys.stderr)
        return 1
    finally:
        scene.close()
        session.deleteLater()
    print(done)
    return 0
