"""What the canvas and the panels share: one open map's session and its selection."""

from .selection import Selection
from .session import MapSession

__all__ = ["MapSession", "Selection"]
