"""What the canvas and the panels share: one open map's session and its selection."""

from .selection import Selection
from .session import MapSession
from .view_options import NOBODY, OWNER_MIME_TYPE, ViewOptions

__all__ = ["MapSession", "NOBODY", "OWNER_MIME_TYPE", "Selection", "ViewOptions"]
