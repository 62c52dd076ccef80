"""Insights: the journey analysis as a clickable list, grouped as the domain asks.

Weakest links, paths to churn, unowned steps, hand-offs, structure, shares,
feedback, the two pairs of glasses, the gap analysis and the next actions, all
from :func:`journeymapper.analysis.analyse`, recomputed shortly after the map
changes. Clicking a finding selects the steps and arrows it is about (the
canvas follows the shared selection), so a facilitator can point at the problem.

"How it counts" opens the rules behind the numbers beside the list: what each
percent is a share of, the weakest-link rule and its ties, and how the gap
analysis counts effort. An owner who reads "35 %" must be able to find out of whom.
"""

from __future__ import annotations

import time

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..analysis import Analysis, Finding, Group, Level, analyse
from ..analysis.report import render_text
from .base import SessionDock
from .words import marked, tr

IDS_ROLE = Qt.ItemDataRole.UserRole
GROUP_ROLE = Qt.ItemDataRole.UserRole + 1
MORE_ROLE = Qt.ItemDataRole.UserRole + 2  # the "show all" row of a long group: its group
DEBOUNCE_MS = 300
# Rows shown per group until the user asks for all: a 10,000-step map has ~14,000
# findings, and laying out that many wrapped rows froze the window for seconds.
ROWS_SHOWN = 100

GROUP_TITLES = {
    Group.WEAKEST_LINKS: QT_TRANSLATE_NOOP("panels", "Weakest links"),
    Group.PRIORITIES: QT_TRANSLATE_NOOP("panels", "The room's priorities"),
    Group.PATHS: QT_TRANSLATE_NOOP("panels", "Paths to churn"),
    Group.UNOWNED: QT_TRANSLATE_NOOP("panels", "Unowned steps"),
    Group.HANDOFFS: QT_TRANSLATE_NOOP("panels", "Hand-offs"),
    Group.STRUCTURE: QT_TRANSLATE_NOOP("panels", "Structure"),
    Group.SHARES: QT_TRANSLATE_NOOP("panels", "Branch shares"),
    Group.FEEDBACK: QT_TRANSLATE_NOOP("panels", "Feedback"),
    Group.GLASSES: QT_TRANSLATE_NOOP("panels", "Two pairs of glasses"),
    Group.GAPS: QT_TRANSLATE_NOOP("panels", "Gap analysis"),
    Group.ACTIONS: QT_TRANSLATE_NOOP("panels", "Next actions"),
}

LEVEL_MARKS = {Level.PROBLEM: "✗", Level.WARNING: "!", Level.INFO: "·"}
# Okabe-Ito vermilion and a dark orange; notes keep the palette's own text colour (dark
# themes too). The marks ✗ ! · say the same without colour.
LEVEL_COLOURS = {Level.PROBLEM: "#D55E00", Level.WARNING: "#B07000"}


def _counted(n: int, level: Level) -> str:
    singular, plural = {
        Level.PROBLEM: (tr("1 problem"), tr("{0} problems")),
        Level.WARNING: (tr("1 warning"), tr("{0} warnings")),
        Level.INFO: (tr("1 note"), tr("{0} notes")),
    }[level]
    return singular if n == 1 else plural.format(n)


def help_html() -> str:
    """The rules behind the findings' numbers, in the reader's language (the same rules
    as docs/domain.md and the analysis modules' docstrings)."""
    paragraphs = [
        tr("<b>Every percent says of whom.</b> A branch's share (on an arrow) is of the "
           "customers who reach its crossroads. The odds and the paths of a micro-journey "
           "are of the customers entering it. Where a micro-journey starts inside another "
           "(lost luggage inside the flight), its numbers are also given as shares of all "
           "customers entering that one: 35 % of those with a missing bag can be 0.25 % "
           "of all flyers."),
        tr("<b>An outcome's own share</b> (the percent on the outcome) is read as of the "
           "customers entering its micro-journey. Where the branch shares give another "
           "number, <i>Branch shares</i> says so, with both numbers."),
        tr("<b>Weakest link.</b> A journey is only as good as the step that hurts most. "
           "Ratings and severities share one 1–5 scale: a rated touchpoint hurts 3 minus "
           "its rating (−2 hurts 5, +2 hurts 1), a crossroads that is not resolved hurts "
           "its severity. The highest hurt is the weakest link of each micro-journey; "
           "steps that hurt alike are reported as a tie. Unrated touchpoints, resolved "
           "crossroads and outcomes do not take part."),
        tr("<b>No outcome drawn.</b> Where a journey stops at a step with no arrow out, "
           "the customers who get there reach the end of what is drawn: that says nothing "
           "about them, only that the map does not show what happens next."),
        tr("<b>Gap analysis.</b> Per stage, the company's activities against the "
           "customer's touchpoints. A stage with touchpoints but no company activity "
           "marked has no data (not \"ok\"). Each hour of effort counts once: a note's "
           "effort counts only where no touchpoint of its stage and micro-journey carries "
           "effort; beside such touchpoints it is shown, not added."),
    ]
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def finding_text(f: Finding) -> str:
    """The finding's sentence in the user's language, the words inside it too ("open",
    "lowest customer rating"); English where a translation is missing or broken."""
    return f.text(QCoreApplication.translate)


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped sentence at the tree's current width."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option, index) -> QSize:
        hint = super().sizeHint(option, index)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self.tree.viewport().width() - self.tree.indentation() * (depth + 1) - 12
        if width < 80:
            return hint
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        rect = QFontMetrics(font).boundingRect(QRect(0, 0, width, 100_000),
                                               Qt.TextFlag.TextWordWrap, text)
        return QSize(hint.width(), max(hint.height(), rect.height() + 6))


class FindingTree(QTreeWidget):
    """The findings list; it lays its rows out again when its width changes."""

    movedByKey = Signal(QTreeWidgetItem)

    def keyPressEvent(self, event) -> None:
        before = self.currentItem()
        super().keyPressEvent(event)
        if self.currentItem() is not None and self.currentItem() is not before:
            self.movedByKey.emit(self.currentItem())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.scheduleDelayedItemsLayout()


class InsightsDock(SessionDock):
    """Every finding of the analysis, grouped; click one to select what it is about."""

    OBJECT_NAME = "InsightsDock"

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(session, tr("Insights"), parent)
        self._timer.setInterval(DEBOUNCE_MS)
        self.analysis: Analysis | None = None
        self._collapsed: set[Group] = set()
        self._full: set[Group] = set()  # long groups the user asked to see in full
        self._stale = False

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.copy_button = QPushButton(tr("Copy report"))
        self.copy_button.setToolTip(tr("Copy every finding as text, to paste into an e-mail "
                                       "or a document"))
        self.copy_button.clicked.connect(self.copy_report)
        self.help_button = QPushButton(tr("How it counts"))
        self.help_button.setCheckable(True)
        self.help_button.setToolTip(tr("What each percent is a share of, the weakest-link "
                                       "rule and how effort is counted"))
        self.help = QTextBrowser()
        self.help.setObjectName("InsightsHelp")
        self.help.setOpenLinks(False)
        self.help.setHtml(help_html())
        self.help.setVisible(False)
        self.help_button.toggled.connect(self.help.setVisible)
        self.tree = FindingTree()
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setWordWrap(True)  # long sentences wrap instead of being cut off
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setUniformRowHeights(False)
        self.tree.header().setStretchLastSection(True)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setToolTip(tr("Click a finding to select its steps and arrows on the map."))
        self.tree.itemClicked.connect(self._item_clicked)
        self.tree.itemActivated.connect(self._item_clicked)
        self.tree.movedByKey.connect(self._item_moved)  # arrow keys walk and select
        self.tree.itemCollapsed.connect(self._group_toggled)
        self.tree.itemExpanded.connect(self._group_toggled)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.help_button)
        top.addWidget(self.copy_button)
        layout.addLayout(top)
        layout.addWidget(self.help, 1)
        layout.addWidget(self.tree, 2)
        self.setWidget(body)
        self.set_session(session)

    # --- following the session ---------------------------------------------------
    def reset(self) -> None:
        """A new map: analyse it once the dock is on screen, never while the window opens."""
        self._full.clear()
        self.analysis = None
        self.tree.clear()
        self.summary.setText(tr("Analysing…"))
        self._stale = True
        if self.isVisible():
            self.schedule_refresh()

    def document_changed(self, change) -> None:
        if self.isVisible():
            self.schedule_refresh()
        else:  # tabbed away or closed: catch up when shown, not on every edit
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.schedule_refresh()

    def refresh_now(self) -> None:
        """Analyse at once, in the window's thread (tests, and small maps)."""
        super().refresh_now()
        if self.session is None:
            self.analysis = None
            self.tree.clear()
            self.summary.clear()
            return
        started = time.thread_time()
        analysis = analyse(self.document)
        self.last_ms = (time.thread_time() - started) * 1000
        self.show_background_answer(analysis)

    def background_work(self) -> tuple:
        return analyse, self.document

    def show_background_answer(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self._fill(analysis)

    # --- showing -------------------------------------------------------------------
    def _fill(self, analysis: Analysis) -> None:
        current = self.tree.currentItem()
        keep = current.data(0, IDS_ROLE) if current is not None else None
        self.tree.blockSignals(True)
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        restore = None
        for group, findings in analysis.by_group():
            top = QTreeWidgetItem([tr("{0} ({1})").format(marked(GROUP_TITLES[group]),
                                                          len(findings))])
            top.setFont(0, bold)
            top.setData(0, GROUP_ROLE, group.value)
            # a click on the heading selects everything the group is about (see
            # group_ids: worked out on the click, ~0.1 s for a 10,000-step map's groups)
            top.setToolTip(0, tr("Click to select everything in this group on the map."))
            self.tree.addTopLevelItem(top)
            shown = findings if group in self._full else findings[:ROWS_SHOWN]
            for f in shown:
                text = finding_text(f)
                child = QTreeWidgetItem([f"{LEVEL_MARKS[f.level]} {text}"])
                child.setToolTip(0, text)
                if f.level in LEVEL_COLOURS:
                    child.setForeground(0, QBrush(QColor(LEVEL_COLOURS[f.level])))
                child.setData(0, IDS_ROLE, list(self.ids_of(f)))
                top.addChild(child)
                if keep is not None and restore is None and list(self.ids_of(f)) == keep:
                    restore = child
            if len(shown) < len(findings):
                top.addChild(self._more_row(group, len(findings) - len(shown)))
            top.setExpanded(group not in self._collapsed)
        if not analysis.findings:
            empty = QTreeWidgetItem([tr("No findings yet: add steps and arrows to the map.")])
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(empty)
        if restore is not None:
            self.tree.setCurrentItem(restore)
        self.tree.blockSignals(False)
        self.summary.setText(" · ".join(_counted(analysis.count(level), level)
                                         for level in Level))

    def _more_row(self, group: Group, hidden: int) -> QTreeWidgetItem:
        row = QTreeWidgetItem([tr("Show {0} more…").format(QLocale().toString(hidden))])
        row.setData(0, MORE_ROLE, group.value)
        row.setToolTip(0, tr("Click to list every finding of this group here; Copy report "
                             "gives them all as text."))
        italic = QFont(self.tree.font())
        italic.setItalic(True)
        row.setFont(0, italic)
        return row

    def show_all(self, group: Group) -> None:
        """List every finding of ``group``, not only the first rows."""
        self._full.add(group)
        if self.analysis is not None:
            self._fill(self.analysis)

    @staticmethod
    def ids_of(f: Finding) -> tuple[str, ...]:
        """What a click selects: the steps and arrows, else the stage it is about."""
        if f.ids:
            return f.ids
        return (f.stage_id,) if f.stage_id else ()

    def copy_report(self) -> None:
        """The text report (as ``journeymapper check --report`` prints it) to the clipboard."""
        if self.session is None:
            return
        path = self.session.path
        QApplication.clipboard().setText(render_text(self.document,
                                                     str(path) if path else None))

    # --- clicking ------------------------------------------------------------------
    def _item_moved(self, item: QTreeWidgetItem) -> None:
        if item.data(0, MORE_ROLE) is None:  # walking past "show all" does not list all
            self._item_clicked(item)

    def group_ids(self, group: Group) -> list[str]:
        """Everything a group's findings are about, each once, in the order found."""
        if self.analysis is None:
            return []
        return list(dict.fromkeys(i for f in self.analysis.of_group(group)
                                  for i in self.ids_of(f)))

    def _item_clicked(self, item: QTreeWidgetItem, column: int = 0) -> None:
        more = item.data(0, MORE_ROLE)
        if more is not None:
            self.show_all(Group(more))
            return
        group = item.data(0, GROUP_ROLE)
        ids = self.group_ids(Group(group)) if group is not None else item.data(0, IDS_ROLE)
        if not ids or self.session is None:
            return
        ids = [i for i in ids if self._exists(i)]
        if not ids:
            return
        if len(ids) == 1:
            self.selection.focus(ids[0])
        else:
            self.selection.set(ids)
            self.selection.focusRequested.emit(ids[0])

    def _exists(self, item_id: str) -> bool:
        doc = self.document
        return (doc.has_node(item_id) or doc.has_edge(item_id) or doc.has_stage(item_id)
                or doc.has_journey(item_id))

    def _group_toggled(self, item: QTreeWidgetItem) -> None:
        value = item.data(0, GROUP_ROLE)
        if value is None:
            return
        group = Group(value)
        if item.isExpanded():
            self._collapsed.discard(group)
        else:
            self._collapsed.add(group)

    # --- for tests and other panels ---------------------------------------------------
    def finding_items(self, group: Group | None = None) -> list[QTreeWidgetItem]:
        items = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if group is not None and top.data(0, GROUP_ROLE) != group.value:
                continue
            items += [top.child(j) for j in range(top.childCount())
                      if top.child(j).data(0, MORE_ROLE) is None]
        return items

    def more_rows(self) -> list[QTreeWidgetItem]:
        """The "show all" rows of the groups shown in part."""
        return [top.child(j) for top in (self.tree.topLevelItem(i)
                                         for i in range(self.tree.topLevelItemCount()))
                for j in range(top.childCount()) if top.child(j).data(0, MORE_ROLE) is not None]

    def group_titles(self) -> list[str]:
        return [self.tree.topLevelItem(i).text(0) for i in range(self.tree.topLevelItemCount())]
