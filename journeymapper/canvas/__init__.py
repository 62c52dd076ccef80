"""The journey canvas: a scene that mirrors the document, its view, and the editor widget.

``CanvasEditor(session, parent=None, show_palette=True)`` is what a window hosts:
``.scene`` (:class:`JourneyScene`), ``.view`` (:class:`JourneyView`), ``.palette``
(a QToolBar or None), ``.actions`` (a dict of QActions with stable keys, see
:mod:`.editor`), ``statusMessage(str)`` (refusals and hints), ``set_large_print``,
``auto_layout`` and ``dispose``.

``JourneyScene(session)`` mirrors ``session.document`` and keeps the canvas
selection and ``session.selection`` in step. Reading: ``node_item(id)``,
``edge_item(id)``, ``stage_header(id)``, ``lane_header(id)``,
``emotion_curve(journey_id)``, ``node_items()``, ``edge_items()``, ``grid``,
``style``; ``select_ids(ids)``, ``set_large_print(on)``, ``flush()``. What a user
does is in ``scene.editing`` (:mod:`.editing`, :mod:`.keyboard_flow`, :mod:`.menus`).

``JourneyView(scene)``: ``zoom()``, ``set_zoom``, ``zoom_in``, ``zoom_out``,
``reset_zoom``, ``fit_map``, ``set_large_print``, ``focus_item(id)``,
``zoomChanged(float)``.
"""

from .editor import CanvasEditor
from .scene import JourneyScene
from .view import JourneyView

__all__ = ["CanvasEditor", "JourneyScene", "JourneyView"]
