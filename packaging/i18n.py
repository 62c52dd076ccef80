"""Keep the translation catalogues in step with the code, and compile them.

    .venv/bin/python packaging/i18n.py update    new and changed strings into every
                                                 resources/i18n/journeymapper_LANG.ts
                                                 (as unfinished), then compile
    .venv/bin/python packaging/i18n.py compile   every .ts into its .qm

The strings are found by ``pyside6-lupdate`` in :data:`SOURCE_GLOBS`: every package
whose words a user reads, the Qt-free ones included (the file format's errors, the
command line, the model's refusals, the analysis, the PDF). One list, used by this
script and by ``tests/test_translations_complete.py``, so a catalogue and its test
never look at different code. ``qtdialogs_LANG.ts`` (our words for Qt's standard
dialogs) holds Qt's strings, not ours: it is compiled, never updated from the code.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
SOURCE_GLOBS = (
    "journeymapper/*.py",
    "journeymapper/app/*.py",
    "journeymapper/canvas/*.py",
    "journeymapper/panels/*.py",
    "journeymapper/commands/*.py",
    "journeymapper/state/*.py",
    "journeymapper/model/*.py",
    "journeymapper/look/*.py",
    "journeymapper/io/*.py",
    "journeymapper/config/*.py",
    "journeymapper/analysis/*.py",
    "journeymapper/export/*.py",
)


def sources(root: Path = ROOT) -> list[str]:
    return [str(path.relative_to(root)) for pattern in SOURCE_GLOBS
            for path in sorted(root.glob(pattern))]


def tool(name: str) -> str:
    """``pyside6-lupdate`` or ``pyside6-lrelease`` beside this Python (the venv's)."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else name


def lupdate(ts_files: list[Path], root: Path = ROOT) -> None:
    for ts in ts_files:
        subprocess.run([tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete",
                        *sources(root), "-ts", str(ts)], cwd=root, check=True,
                       stdout=subprocess.DEVNULL)


def compile_all() -> None:
    for ts in sorted(I18N.glob("*.ts")):
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True, stdout=subprocess.DEVNULL)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    if command == "update":
        lupdate(sorted(I18N.glob("journeymapper_*.ts")))
    elif command != "compile":
        print(__doc__, file=sys.stderr)
        return 2
    compile_all()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
