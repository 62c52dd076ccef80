"""Reading and writing journey maps: the .jmap format, atomic saves, templates. No Qt."""

from .jmap import (
    FILE_SUFFIX,
    FORMAT_VERSION,
    JourneyFileError,
    dumps,
    from_data,
    load,
    loads,
    save,
    to_data,
)

__all__ = ["FILE_SUFFIX", "FORMAT_VERSION", "JourneyFileError", "dumps", "from_data", "load",
           "loads", "save", "to_data"]
