"""The canvas editor as a user has it in front of them: a shown window on a map."""

from journeymapper.canvas import CanvasEditor
from journeymapper.io.templates import find_template
from journeymapper.state import MapSession


def shown_editor(qtbot, map_or_template="sample-airline", size=(1200, 800)) -> CanvasEditor:
    """A shown ``CanvasEditor`` on a template (by name) or a document."""
    document = (find_template(map_or_template).open() if isinstance(map_or_template, str)
                else map_or_template)
    editor = CanvasEditor(MapSession(document))
    qtbot.addWidget(editor)
    editor.resize(*size)
    editor.show()
    qtbot.waitExposed(editor)
    return editor
