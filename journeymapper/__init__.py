"""JourneyMapper: design customer-journey maps of micro-journeys and crossroads."""

from importlib import metadata as _metadata

try:
    # One version: the one pyproject.toml gives the installed package (also inside the bundle,
    # which carries the metadata), so `--version`, Help › About and pip always agree.
    __version__ = _metadata.version("journeymapper")
except _metadata.PackageNotFoundError:  # a source tree that was never installed
    __version__ = "0+unknown"
