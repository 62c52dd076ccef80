"""An owner dragged from the ownership panel and dropped onto a card becomes its owner.

The panel puts the owner's id in a drag under ``OWNER_MIME_TYPE`` (from the
shared state, so canvas and panels need not import each other); the view
accepts it over touchpoints and crossroads only, and the drop is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

from ..commands import UpdateNodeCommand, push
from ..look.kinds import kind_spec
from ..state.view_options import OWNER_MIME_TYPE
from .node_items import NodeItem


class OwnerDrop(QObject):
    """An event filter on the view's viewport that takes owner drops."""

    def __init__(self, view, session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.session = session
        view.setAcceptDrops(True)
        view.viewport().setAcceptDrops(True)
        view.viewport().installEventFilter(self)

    def card_at(self, view_pos) -> NodeItem | None:
        """The step under a point of the viewport that has an owner (a touchpoint or a
        crossroads: look/kinds says which kinds do), if any."""
        scene_pos = self.view.mapToScene(view_pos)
        for item in self.view.scene().items(scene_pos):
            if isinstance(item, NodeItem) and kind_spec(item.node.kind).has_owner:
                return item
        return None

    def drop(self, owner_id: str, node_id: str) -> bool:
        doc = self.session.document
        if not doc.has_owner(owner_id) or not doc.has_node(node_id):
            return False
        command = UpdateNodeCommand(doc, node_id, text=self.tr("Assign owner"),
                                    owner_id=owner_id)
        error = push(self.session.undo_stack, command)
        if error:
            self.view.scene().message.emit(error)
            return False
        self.session.selection.set([node_id])
        return True

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return False
        mime = event.mimeData()
        if mime is None or not mime.hasFormat(OWNER_MIME_TYPE):
            return False
        if kind == QEvent.Type.DragEnter:
            event.acceptProposedAction()
            return True
        card = self.card_at(event.position().toPoint())
        if card is None:
            event.ignore()
            return True
        if kind == QEvent.Type.DragMove:
            event.acceptProposedAction()
            return True
        owner_id = bytes(mime.data(OWNER_MIME_TYPE)).decode("utf-8")
        if self.drop(owner_id, card.node_id):
            event.acceptProposedAction()
        else:
            event.ignore()
        return True
