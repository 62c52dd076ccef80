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
from .reading import NotARegularFile, open_regular, printable

__all__ = ["FILE_SUFFIX", "FORMAT_VERSION", "JourneyFileError", "NotARegularFile", "dumps",
           "from_data", "load", "loads", "open_regular", "printable", "save", "to_data"]
