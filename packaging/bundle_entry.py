"""The bundle's program: PyInstaller freezes this script, which runs the ``journeymapper`` command.

journeymapper/__main__.py cannot be the entry point: as a top-level script its
relative import has no package.
"""

import sys

from journeymapper.cli import main

if __name__ == "__main__":
    sys.exit(main())
