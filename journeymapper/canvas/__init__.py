"""The journey canvas: a scene that mirrors the document, its view, and the editor widget."""

from .editor import CanvasEditor
from .scene import JourneyScene
from .view import JourneyView

__all__ = ["CanvasEditor", "JourneyScene", "JourneyView"]
