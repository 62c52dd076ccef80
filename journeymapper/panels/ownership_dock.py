"""Who owns what: the owners, the journey owner, the owner × stage matrix, the gaps.

docs/domain.md, "Owners": departments own their touchpoints, one person or small group holds
the journeys, and hand-offs between departments are where customers feel
forgotten. This panel lets the facilitator keep the owners, assign them (by
picking, or by dragging an owner onto a card), and see the silos at a glance.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QMimeData, Qt
from PySide6.QtGui import QActionGroup, QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolTip,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..analysis.ownership import (
    OwnershipFacts,
    OwnerStageMatrix,
    owned_counts,
    ownership_facts,
    ownership_tab_data,
)
from ..commands import (
    AddOwnerCommand,
    MergeOwnersCommand,
    RemoveOwnerCommand,
    SetInfoCommand,
    UpdateItemsCommand,
    UpdateOwnerCommand,
)
from ..look.kinds import kind_spec
from ..model import OWNER_PALETTE, NodeKind, Owner, OwnerKind, Target
from ..state.view_options import NOBODY, OWNER_MIME_TYPE
from .base import SessionDock
from .fields import ChoiceField, glyph_icon, swatch_icon
from .owner_colour_dialog import OwnerColourDialog
from .words import KIND_MARK, node_mark, node_name, owner_name, quoted, tr, word

ID_ROLE = Qt.ItemDataRole.UserRole
IDS_ROLE = Qt.ItemDataRole.UserRole + 1


class OwnerTree(QTreeWidget):
    """The owners registry; an owner dragged out of it carries its id (OWNER_MIME_TYPE)."""

    def mimeData(self, items) -> QMimeData:
        data = QMimeData()
        if items:
            owner_id = items[0].data(0, ID_ROLE)
            data.setData(OWNER_MIME_TYPE, owner_id.encode("utf-8"))
            data.setText(items[0].text(0))
        return data

    def mimeTypes(self) -> list[str]:
        return [OWNER_MIME_TYPE]


class OwnershipDock(SessionDock):
    OBJECT_NAME = "OwnershipDock"

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(session, tr("Ownership"), parent)
        self._filling = False
        self._shown_focus = None  # the "show only" owner the matrix was last scrolled to
        self._matrix_owner_ids: list = []

        # the journey owner and the view options
        self.journey_owner = ChoiceField()
        self.journey_owner.setToolTip(tr("The one person or small group who holds the whole "
                                         "journey: maps it, watches its quality, adapts it."))
        self.journey_owner.edited.connect(self.set_journey_owner)
        self.colour_by_owner = QCheckBox(tr("Colour the map by owner"))
        self.colour_by_owner.toggled.connect(self._colour_toggled)
        self.focus_owner = ChoiceField()
        self.focus_owner.setToolTip(tr("Dim everything except this owner's items and bring "
                                       "them into view, so an owner can work through their "
                                       "own points (also My items and the register follow)."))
        self.focus_owner.edited.connect(self._focus_picked)
        top = QFormLayout()
        top.addRow(tr("Journey owner"), self.journey_owner)
        top.addRow(tr("Show only"), self.focus_owner)
        top.addRow("", self.colour_by_owner)

        # the owners registry
        self.owners = OwnerTree()
        self.owners.setColumnCount(2)
        self.owners.setHeaderLabels([tr("Owner"), tr("Owns")])
        self.owners.setRootIsDecorated(False)
        self.owners.setDragEnabled(True)
        self.owners.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.owners.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.owners.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                    | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.owners.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.owners.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.owners.setToolTip(tr("Double-click to rename. Drag an owner onto a card on the "
                                  "map to make them its owner."))
        self.owners.itemChanged.connect(self._owner_item_changed)
        self.owners.itemSelectionChanged.connect(self._update_buttons)
        self.owners.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.owners.customContextMenuRequested.connect(self._owner_menu)
        self.add_button = QPushButton(tr("Add"))
        self.add_button.clicked.connect(lambda: self.add_owner())
        self.colour_button = QPushButton(tr("Colour…"))
        self.colour_button.clicked.connect(lambda: self.recolour_owner(self.current_owner_id()))
        self.merge_button = QPushButton(tr("Merge…"))
        self.merge_button.setToolTip(tr("Give everything this owner holds to another owner, "
                                        "and remove this one"))
        self.merge_button.clicked.connect(lambda: self.merge_owner(self.current_owner_id()))
        self.remove_button = QPushButton(tr("Remove…"))
        self.remove_button.clicked.connect(lambda: self.remove_owner(self.current_owner_id()))
        self.assign_button = QPushButton(tr("Assign to selection"))
        self.assign_button.setToolTip(tr("Make this owner the owner of the touchpoints and "
                                         "crossroads selected on the map"))
        self.assign_button.clicked.connect(
            lambda: self.assign_to_selection(self.current_owner_id()))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.colour_button, self.merge_button,
                       self.remove_button):
            buttons.addWidget(button)
        owners_box = QWidget()
        owners_layout = QVBoxLayout(owners_box)
        owners_layout.setContentsMargins(0, 0, 0, 0)
        owners_layout.addLayout(top)
        owners_layout.addWidget(self.owners, 1)
        owners_layout.addLayout(buttons)
        owners_layout.addWidget(self.assign_button)
        owners_layout.addWidget(self.error_line)

        # the matrix and the gaps
        self.matrix = QTableWidget()
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix.cellClicked.connect(self.select_cell)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.matrix.verticalHeader().setMaximumWidth(130)
        self.matrix.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.matrix.setWordWrap(False)
        self.matrix.viewport().installEventFilter(self)  # cell tooltips, see eventFilter
        matrix_box = QWidget()
        matrix_layout = QVBoxLayout(matrix_box)
        legend = QLabel(tr("Each cell: touchpoints, then ◆ open crossroads. "
                           "Click a cell to select those items on the map."))
        legend.setWordWrap(True)
        matrix_layout.addWidget(legend)
        matrix_layout.addWidget(self.matrix)
        self.unowned_list = QListWidget()
        self.unowned_list.setWordWrap(True)
        self.unowned_list.setAlternatingRowColors(True)
        self.unowned_list.itemClicked.connect(self._focus_item)
        self.unowned_list.itemActivated.connect(self._focus_item)
        select_unowned = QPushButton(tr("Select all unowned"))
        select_unowned.clicked.connect(self.select_all_unowned)
        unowned_box = QWidget()
        unowned_layout = QVBoxLayout(unowned_box)
        hint = QLabel(tr("Touchpoints and crossroads nobody owns (hatched stripe on the map)."))
        hint.setWordWrap(True)
        unowned_layout.addWidget(hint)
        unowned_layout.addWidget(self.unowned_list)
        unowned_layout.addWidget(select_unowned)
        self.handoff_list = QTreeWidget()
        self.handoff_list.setHeaderHidden(True)
        self.handoff_list.setWordWrap(True)
        self.handoff_list.setAlternatingRowColors(True)
        self.handoff_list.itemClicked.connect(self._handoff_clicked)
        self.handoff_list.itemActivated.connect(self._handoff_clicked)
        handoff_box = QWidget()
        handoff_layout = QVBoxLayout(handoff_box)
        hint = QLabel(tr("Where the customer passes from one owner to another: a silo risk, "
                         "where customers feel forgotten."))
        hint.setWordWrap(True)
        handoff_layout.addWidget(hint)
        handoff_layout.addWidget(self.handoff_list)
        self.tabs = QTabWidget()
        self.tabs.addTab(matrix_box, tr("Owner × stage"))
        self.tabs.addTab(unowned_box, tr("Unowned"))
        self.tabs.addTab(handoff_box, tr("Hand-offs"))
        self._stale_tabs: set[int] = {0, 1, 2}
        self.tabs.currentChanged.connect(self._fill_tab)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(owners_box)
        splitter.addWidget(self.tabs)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        body = QWidget()  # the panel's margins, as the other panels have them
        QVBoxLayout(body).addWidget(splitter)
        self.setWidget(body)
        self.set_session(session)

    # --- following the session ---------------------------------------------------
    def set_session(self, session) -> None:
        if self.session is not None:
            self.session.view_options.changed.disconnect(self._show_view_options)
        super().set_session(session)
        if session is not None:
            session.view_options.changed.connect(self._show_view_options)

    def reset(self) -> None:
        self.fill_owners()
        self.refresh_soon_or_now()

    def document_changed(self, change) -> None:
        if change.target in (Target.OWNER, Target.INFO):
            self.fill_owners()
        self.schedule_refresh()

    def selection_changed(self) -> None:
        self._update_buttons()

    def fill_owners(self) -> None:
        """The registry and the owner choices: immediate, they are cheap."""
        doc = self.document
        current = self.current_owner_id()
        self._filling = True
        self.owners.clear()
        for owner in doc.owners:
            item = QTreeWidgetItem([owner.name, ""])
            item.setIcon(0, swatch_icon(owner.colour))
            item.setData(0, ID_ROLE, owner.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable
                          | Qt.ItemFlag.ItemIsDragEnabled)
            kind = word(owner.kind)
            tip = f"{owner.name} · {kind}"
            if owner.id == doc.info.journey_owner_id:
                tip += " · " + tr("journey owner")
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
            item.setToolTip(0, tip)
            self.owners.addTopLevelItem(item)
            if owner.id == current:
                item.setSelected(True)
                self.owners.setCurrentItem(item)
        self._filling = False
        choices = [(None, tr("Nobody"), None)] + [(o.id, o.name, o.colour) for o in doc.owners]
        self.journey_owner.set_choices(choices, swatches=True)
        self.journey_owner.set_value(doc.info.journey_owner_id)
        focus_choices = [(None, tr("Everyone"), None), (NOBODY, tr("Nobody (unowned)"), None)]
        focus_choices += [(o.id, o.name, o.colour) for o in doc.owners]
        self.focus_owner.set_choices(focus_choices, swatches=True)
        options = self.session.view_options
        focus = options.focus_owner_id
        if focus not in (None, NOBODY) and not doc.has_owner(focus):
            options.set_focus_owner(None)  # the owner went away: show everyone again
        self._show_view_options()
        self._update_counts()
        self._update_buttons()

    def _show_view_options(self) -> None:
        options = self.session.view_options
        self.colour_by_owner.blockSignals(True)
        self.colour_by_owner.setChecked(options.colour_by_owner)
        self.colour_by_owner.blockSignals(False)
        self.focus_owner.set_value(options.focus_owner_id)
        if options.focus_owner_id != self._shown_focus:
            self._shown_focus = options.focus_owner_id
            self._show_focus_in_matrix()

    def _update_counts(self, counts: dict | None = None) -> None:
        counts = owned_counts(self.document) if counts is None else counts
        self._filling = True
        for i in range(self.owners.topLevelItemCount()):
            item = self.owners.topLevelItem(i)
            touchpoints, crossroads = counts.get(item.data(0, ID_ROLE), (0, 0))
            item.setText(1, f"{touchpoints} {KIND_MARK[NodeKind.TOUCHPOINT]}"
                            f"  {crossroads} ◆")
            item.setToolTip(1, tr("{0} touchpoints, {1} crossroads").format(
                touchpoints, crossroads))
        self._filling = False

    def _update_buttons(self) -> None:
        has = self.current_owner_id() is not None
        for button in (self.colour_button, self.merge_button, self.remove_button):
            button.setEnabled(has)
        self.merge_button.setEnabled(has and len(self.document.owners) > 1)
        self.assign_button.setEnabled(has and bool(self._selected_owned_ids()))

    def refresh_now(self) -> None:
        """Counts everywhere; of the three tabs, only the one shown (the others on demand)."""
        super().refresh_now()
        started = time.thread_time()
        facts = ownership_facts(self.document, self.tabs.currentIndex())
        self.last_ms = (time.thread_time() - started) * 1000
        self.show_background_answer(facts)

    def background_work(self) -> tuple:
        return ownership_facts, self.document, self.tabs.currentIndex()

    def show_background_answer(self, facts: "OwnershipFacts") -> None:
        self._update_counts(facts.counts)
        self.tabs.setTabText(1, tr("Unowned ({0})").format(facts.gaps))
        self.tabs.setTabText(2, tr("Hand-offs ({0})").format(facts.passes))
        self._stale_tabs = {0, 1, 2} - {facts.tab}
        (self._show_matrix, self._show_unowned, self._show_handoffs)[facts.tab](facts.tab_data)

    def _fill_tab(self, index: int) -> None:
        if index not in self._stale_tabs:
            return
        self._stale_tabs.discard(index)
        (self._show_matrix, self._show_unowned, self._show_handoffs)[index](
            ownership_tab_data(self.document, index))

    def _fresh(self, index: int) -> None:
        """Before reading a tab: fill it if the map changed since (what a user would see)."""
        if self._stale:
            self.refresh_now()
        self._fill_tab(index)

    # --- the owners --------------------------------------------------------------
    def current_owner_id(self) -> str | None:
        item = self.owners.currentItem()
        if item is None or not item.isSelected():
            return None
        return item.data(0, ID_ROLE)

    def select_owner(self, owner_id: str) -> None:
        for i in range(self.owners.topLevelItemCount()):
            item = self.owners.topLevelItem(i)
            if item.data(0, ID_ROLE) == owner_id:
                self.owners.setCurrentItem(item)
                item.setSelected(True)
                return

    def _next_colour(self) -> str:
        used = {o.colour.upper() for o in self.document.owners}
        for colour in OWNER_PALETTE:
            if colour.upper() not in used:
                return colour
        return OWNER_PALETTE[len(self.document.owners) % len(OWNER_PALETTE)]

    def add_owner(self, name: str | None = None, kind: OwnerKind = OwnerKind.DEPARTMENT) -> str:
        """Add an owner with the next free palette colour; returns its id."""
        if name is None:
            taken = {o.name for o in self.document.owners}
            name, n = tr("New owner"), 2
            while name in taken:
                name, n = tr("New owner {0}").format(n), n + 1
        owner = Owner(name=name, kind=kind, colour=self._next_colour())
        if self.push(AddOwnerCommand(self.document, owner)):
            self.select_owner(owner.id)
            item = self.owners.currentItem()
            if item is not None and self.isVisible():
                self.owners.editItem(item, 0)
        return owner.id

    def rename_owner(self, owner_id: str, name: str) -> bool:
        return self.push(UpdateOwnerCommand(self.document, owner_id, name=name))

    def _owner_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0:
            return
        owner_id = item.data(0, ID_ROLE)
        name = item.text(0).strip()
        if not name or not self.rename_owner(owner_id, name):
            self.fill_owners()  # put the real name back

    def recolour_owner(self, owner_id: str | None) -> bool:
        if owner_id is None:
            return False
        owner = self.document.owner(owner_id)
        colour = OwnerColourDialog.get_colour(owner.colour, self)
        if not colour:
            return False
        return self.push(UpdateOwnerCommand(self.document, owner_id, colour=colour))

    def set_owner_kind(self, owner_id: str, kind: OwnerKind) -> bool:
        return self.push(UpdateOwnerCommand(self.document, owner_id, kind=kind))

    def _owner_label(self, owner_id: str | None) -> str:
        return owner_name(self.document, owner_id)

    def _owner_colour(self, owner_id: str | None) -> str | None:
        doc = self.document
        return doc.owner(owner_id).colour if doc.has_owner(owner_id) else None

    def merge_owner(self, absorb_id: str | None) -> bool:
        """Ask which owner gets everything ``absorb_id`` holds, then merge (one undo step)."""
        if absorb_id is None:
            return False
        others = [o for o in self.document.owners if o.id != absorb_id]
        if not others:
            self.error_line.show_error(tr("There is no other owner to merge with."))
            return False
        names = [self._unique_label(o, others) for o in others]
        text, ok = QInputDialog.getItem(
            self, tr("Merge owners"),
            tr("Give everything {0} owns to:").format(quoted(self._owner_label(absorb_id), "")),
            names, 0, False)
        if not ok or text not in names:
            return False
        keep = others[names.index(text)]
        return self.push(MergeOwnersCommand(self.document, keep.id, absorb_id))

    def remove_owner(self, owner_id: str | None) -> bool:
        """Remove an owner; when they own something, ask who gets it (or nobody)."""
        if owner_id is None:
            return False
        doc = self.document
        owned = doc.owned_by(owner_id)
        holds_journey = doc.info.journey_owner_id == owner_id
        reassign_to = None
        if owned or holds_journey:
            others = [o for o in doc.owners if o.id != owner_id]
            names = [tr("Nobody (leave them unowned)")] + [self._unique_label(o, others)
                                                          for o in others]
            what = tr("{0} touchpoints and crossroads").format(len(owned))
            if holds_journey:
                what += tr(" and the journey itself")
            text, ok = QInputDialog.getItem(
                self, tr("Remove owner"),
                tr("{0} owns {1}. Who takes them over?").format(
                    quoted(self._owner_label(owner_id), ""), what),
                names, 0, False)
            if not ok or text not in names:
                return False
            index = names.index(text)
            reassign_to = None if index == 0 else others[index - 1].id
        return self.push(RemoveOwnerCommand(doc, owner_id, reassign_to))

    @staticmethod
    def _unique_label(owner: Owner, owners) -> str:
        same = [o for o in owners if o.name == owner.name]
        if len(same) > 1:
            return f"{owner.name} ({owner.colour})"
        return owner.name or tr("(unnamed owner)")

    def set_journey_owner(self, owner_id: str | None) -> bool:
        return self.push(SetInfoCommand(self.document, journey_owner_id=owner_id))

    def _owner_menu(self, pos) -> None:
        item = self.owners.itemAt(pos)
        if item is None:
            return
        self.owner_menu(item).exec(self.owners.viewport().mapToGlobal(pos))

    def owner_menu(self, item) -> QMenu:
        """The right-click menu of one owner in the list."""
        owner = self.document.owner(item.data(0, ID_ROLE))
        menu = QMenu(self)
        menu.addAction(tr("Rename"), lambda: self.owners.editItem(item, 0))
        menu.addAction(tr("Colour…"), lambda: self.recolour_owner(owner.id))
        kinds = QActionGroup(menu)  # a department or a person, never both: radio marks
        kinds.setExclusive(True)
        for kind in OwnerKind:
            action = menu.addAction(word(kind), lambda k=kind: self.set_owner_kind(owner.id, k))
            action.setCheckable(True)
            action.setChecked(owner.kind == kind)
            kinds.addAction(action)
        menu.addAction(tr("Make journey owner"), lambda: self.set_journey_owner(owner.id))
        menu.addAction(tr("Show only this owner's items"),
                       lambda: self.session.view_options.set_focus_owner(owner.id))
        menu.addSeparator()
        menu.addAction(tr("Merge…"), lambda: self.merge_owner(owner.id))
        menu.addAction(tr("Remove…"), lambda: self.remove_owner(owner.id))
        return menu

    # --- assigning ----------------------------------------------------------------
    def _selected_owned_ids(self) -> list[str]:
        doc = self.document
        return [i for i in self.selection.ids()
                if doc.has_node(i) and kind_spec(doc.node(i).kind).has_owner]

    def assign_to_selection(self, owner_id: str | None) -> bool:
        """Make ``owner_id`` (None: nobody) the owner of the selected cards, in one step."""
        ids = self._selected_owned_ids()
        if not ids:
            self.error_line.show_error(tr("Select touchpoints or crossroads on the map first."))
            return False
        changes = [("node", i, {"owner_id": owner_id}) for i in ids]
        return self.push(UpdateItemsCommand(
            self.document, changes,
            text=tr("Assign {0} to {1} items").format(self._owner_label(owner_id), len(ids))))

    # --- the view options --------------------------------------------------------
    def _colour_toggled(self, on: bool) -> None:
        self.session.view_options.set_colour_by_owner(on)

    def _focus_picked(self, owner_id) -> None:
        self.session.view_options.set_focus_owner(owner_id)

    # --- matrix, unowned, hand-offs ------------------------------------------------
    def fill_matrix(self) -> None:
        self._show_matrix(ownership_tab_data(self.document, 0))

    def _show_matrix(self, matrix: OwnerStageMatrix) -> None:
        doc = self.document
        # the columns fit their contents once, after the fill: fitted per header item
        # set, 50 stages cost ~40 ms
        columns = self.matrix.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        try:
            self._fill_matrix_items(doc, matrix)
        finally:
            columns.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _fill_matrix_items(self, doc, matrix: OwnerStageMatrix) -> None:
        self.matrix.clear()
        self.matrix.setRowCount(len(matrix.owner_ids))
        self.matrix.setColumnCount(len(matrix.stage_ids) + 1)
        for column, stage_id in enumerate(matrix.stage_ids):
            name = doc.stage(stage_id).name or tr("(unnamed stage)")
            header = QTableWidgetItem(_wrapped(name))
            header.setToolTip(name)
            self.matrix.setHorizontalHeaderItem(column, header)
        self.matrix.setHorizontalHeaderItem(len(matrix.stage_ids), QTableWidgetItem(tr("Total")))
        bold = QFont(self.matrix.font())
        bold.setBold(True)
        for row, owner_id in enumerate(matrix.owner_ids):
            colour = doc.owner(owner_id).colour if owner_id is not None else None
            header = QTableWidgetItem(swatch_icon(colour), self._owner_label(owner_id))
            header.setToolTip(self._owner_label(owner_id))
            self.matrix.setVerticalHeaderItem(row, header)
            row_ids: tuple[str, ...] = ()
            for column, cell in enumerate(matrix.cells[row]):
                item = QTableWidgetItem(_cell_text(len(cell.touchpoint_ids),
                                                   len(cell.open_crossroads_ids)))
                item.setData(IDS_ROLE, list(cell.ids))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if owner_id is None and cell.ids:
                    item.setBackground(QBrush(QColor("#EDEDED"), Qt.BrushStyle.Dense6Pattern))
                self.matrix.setItem(row, column, item)
                row_ids += cell.ids
            total = QTableWidgetItem(str(len(row_ids)) if row_ids else "")
            total.setData(IDS_ROLE, list(row_ids))
            total.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            total.setFont(bold)
            self.matrix.setItem(row, len(matrix.stage_ids), total)
        self._matrix_owner_ids = list(matrix.owner_ids)
        self._show_focus_in_matrix()

    def _show_focus_in_matrix(self) -> None:
        """Scroll the matrix to the shown owner's cells, their first filled one in sight
        and current: with many stages, an owner's cells sat beyond the panel's edge."""
        focus = self.session.view_options.focus_owner_id if self.session else None
        if focus is None:
            return
        owner = None if focus == NOBODY else focus
        rows = self._matrix_owner_ids
        if owner not in rows:
            return
        row = rows.index(owner)
        columns = self.matrix.columnCount() - 1  # the last one is the total
        filled = [c for c in range(columns)
                  if self.matrix.item(row, c) is not None and self.matrix.item(row, c).text()]
        column = filled[0] if filled else max(columns, 0)
        item = self.matrix.item(row, column)
        if item is None:
            return
        self.matrix.setCurrentItem(item)
        if filled:  # the last filled cell first, then the first: as many as fit in sight
            self.matrix.scrollToItem(self.matrix.item(row, filled[-1]))
        self.matrix.scrollToItem(item)

    def eventFilter(self, watched, event) -> bool:
        """A matrix cell's tooltip names its steps, made when asked: setting one on
        every cell named all 10,000 steps of a big map after each edit."""
        if event.type() == QEvent.Type.ToolTip and watched is self.matrix.viewport():
            item = self.matrix.itemAt(event.pos())
            text = self.cell_tooltip(item) if item is not None else ""
            if text:
                QToolTip.showText(event.globalPos(), text, watched)
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)

    def cell_tooltip(self, item: QTableWidgetItem) -> str:
        """The names of a cell's steps, one per line (none for a total or an empty cell)."""
        if item.column() == self.matrix.columnCount() - 1:
            return ""  # the row's total: its count says it
        doc = self.document
        return "\n".join(node_name(doc.node(i)) for i in item.data(IDS_ROLE) or []
                         if doc.has_node(i))

    def cell_ids(self, row: int, column: int) -> list[str]:
        self._fresh(0)
        item = self.matrix.item(row, column)
        return list(item.data(IDS_ROLE) or []) if item is not None else []

    def select_cell(self, row: int, column: int) -> None:
        """Select the cell's items on the map."""
        ids = self.cell_ids(row, column)
        if ids:
            self.selection.set(ids)

    def fill_unowned(self) -> None:
        self._show_unowned(ownership_tab_data(self.document, 1))

    def _show_unowned(self, nodes: list) -> None:
        doc = self.document
        self.unowned_list.clear()
        for node in nodes:
            item = QListWidgetItem(glyph_icon(node_mark(node)),
                                   f"{node_name(node)}\n{doc.stage(node.stage_id).name} · "
                                   f"{doc.journey(node.journey_id).name}")
            item.setData(ID_ROLE, node.id)
            item.setToolTip(word(node.kind))
            self.unowned_list.addItem(item)

    def unowned_ids(self) -> list[str]:
        self._fresh(1)
        return [self.unowned_list.item(i).data(ID_ROLE)
                for i in range(self.unowned_list.count())]

    def select_all_unowned(self) -> None:
        self.selection.set(self.unowned_ids())

    def fill_handoffs(self) -> None:
        self._show_handoffs(ownership_tab_data(self.document, 2))

    def _show_handoffs(self, found: list) -> None:
        """Hand-offs grouped by who hands over to whom; the pair with most comes first."""
        doc = self.document
        pairs: dict[tuple[str, str], list] = {}
        for handoff in found:
            pairs.setdefault((handoff.source_owner_id, handoff.target_owner_id), []).append(
                handoff)
        expand = len(found) <= 30
        self.handoff_list.clear()
        for (giver, taker), group in sorted(pairs.items(), key=lambda kv: -len(kv[1])):
            head = QTreeWidgetItem([tr("{0} → {1} ({2})").format(
                self._owner_label(giver), self._owner_label(taker), len(group))])
            head.setIcon(0, swatch_icon(self._owner_colour(giver), 16,
                                        then=self._owner_colour(taker)))
            head.setData(0, IDS_ROLE, [h.edge.id for h in group])
            head.setToolTip(0, tr("Customers pass from {0} to {1} here. Who makes sure "
                                  "they are not forgotten?").format(
                self._owner_label(giver), self._owner_label(taker)))
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            for handoff in group:
                edge = handoff.edge
                source, target = doc.node(edge.source), doc.node(edge.target)
                child = QTreeWidgetItem([tr("{0} → {1}").format(
                    quoted(node_name(source), ""), quoted(node_name(target), ""))])
                child.setData(0, ID_ROLE, edge.id)
                child.setToolTip(0, tr("In {0}").format(doc.journey(source.journey_id).name))
                head.addChild(child)
            self.handoff_list.addTopLevelItem(head)
            head.setExpanded(expand)

    def handoff_groups(self) -> list[tuple[str, list[str]]]:
        """What the list shows: (heading, arrow ids) per pair of owners, top to bottom."""
        self._fresh(2)
        result = []
        for i in range(self.handoff_list.topLevelItemCount()):
            head = self.handoff_list.topLevelItem(i)
            result.append((head.text(0), [head.child(j).data(0, ID_ROLE)
                                          for j in range(head.childCount())]))
        return result

    def handoff_ids(self) -> list[str]:
        return [edge_id for _, ids in self.handoff_groups() for edge_id in ids]

    def _handoff_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        edge_id = item.data(0, ID_ROLE)
        if edge_id:
            self.selection.focus(edge_id)
        else:  # a pair of owners: all their hand-offs
            self.selection.set(item.data(0, IDS_ROLE) or [])

    def _focus_item(self, item: QListWidgetItem) -> None:
        item_id = item.data(ID_ROLE)
        if item_id:
            self.selection.focus(item_id)


def _wrapped(name: str, width: int = 12) -> str:
    """A stage name on at most two lines, so the matrix fits a side panel."""
    words, lines = name.split(), [""]
    for w in words:
        if lines[-1] and len(lines[-1]) + 1 + len(w) > width and len(lines) < 2:
            lines.append(w)
        else:
            lines[-1] = f"{lines[-1]} {w}".strip()
    return "\n".join(lines)


def _cell_text(touchpoints: int, crossroads: int) -> str:
    parts = []
    if touchpoints:
        parts.append(str(touchpoints))
    if crossroads:
        parts.append(f"◆{crossroads}")
    return "  ".join(parts)


__all__ = ["OwnershipDock", "OwnerTree"]
