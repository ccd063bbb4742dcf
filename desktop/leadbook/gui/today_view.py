"""Today, the home screen: what is overdue, due today, waiting for a first answer, waiting
for a decision, and coming tomorrow, with one-key actions on the selected row.

The texts of the rows come from ``agenda_text`` so that ``leadbook today`` in a terminal
says the same. The view never reads the wall clock: "now" and "today" are the book's.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QLocale, QModelIndex, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..agenda_text import (
    SECTIONS,
    Cells,
    Section,
    column_titles,
    load_agenda,
    long_date,
    rows_of,
    section_cells,
    section_title,
    short_date,
    summary_text,
    without_next_step_text,
)
from ..book import Agenda, AgendaRow, Change, LeadBook
from ..core.followups import Due
from ..core.model import Lead, Stage
from .guarded import guarded
from .say_no_dialog import SayNoDialog

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
LEAD_ROLE = Qt.ItemDataRole.UserRole + 2

SECTION, FOLLOWUP, DECIDE, REVISIT, EMPTY = "section", "followup", "decide", "revisit", "empty"
MAX_ROWS_PER_SECTION = 300
LATE_COLOUR = QColor("#c62828")
REFRESH_MS = 60_000  # countdowns tick by the minute; a new day starts at local midnight
MAX_COLUMN_CHARS = (24, 24, 26, 18, 12, 34, 8, 12)


class PickDateDialog(QDialog):
    """A month calendar to move a follow-up to any day; Enter or double-click picks."""

    def __init__(self, initial: date, minimum: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reschedule follow-up"))
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setMinimumDate(QDate(minimum.year, minimum.month, minimum.day))
        self.calendar.setSelectedDate(QDate(initial.year, initial.month, initial.day))
        self.calendar.activated.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Move"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.calendar)
        layout.addWidget(buttons)
        self.calendar.setFocus()

    def chosen(self) -> date:
        picked = self.calendar.selectedDate()
        return date(picked.year(), picked.month(), picked.day())

    def set_chosen(self, day: date) -> None:
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))


class AgendaTree(QTreeWidget):
    """A tree whose section headings are skipped by the keyboard: arrows go row to row."""

    _UP = (QAbstractItemView.CursorAction.MoveUp, QAbstractItemView.CursorAction.MovePageUp,
           QAbstractItemView.CursorAction.MovePrevious, QAbstractItemView.CursorAction.MoveEnd)  # fmt: skip

    def moveCursor(  # noqa: N802 - Qt's name
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        if action in (QAbstractItemView.CursorAction.MoveLeft, QAbstractItemView.CursorAction.MoveRight):
            return self.currentIndex()
        index = super().moveCursor(action, modifiers)
        step = self.indexAbove if action in self._UP else self.indexBelow
        while index.isValid() and not index.flags() & Qt.ItemFlag.ItemIsSelectable:
            index = step(index)
        return index if index.isValid() else self.currentIndex()

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 - Qt's name
        """Letters are commands here (D, R, C, N, O, K); typing never jumps to a row."""


class TodayView(QWidget):
    """The agenda of the book's today.

    Signals: ``log_requested(followup_id)`` (D: the main window opens the log dialog),
    ``open_lead(lead_id)`` (Enter, double-click), ``undoable(text)`` after a step the
    book can undo (for the main window's undo message), ``count_changed(n)`` when the
    number of things due changes (for the navigation label).
    """

    log_requested = Signal(int)
    open_lead = Signal(int)
    undoable = Signal(str)
    count_changed = Signal(int)

    def __init__(self, book: LeadBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Marking no asks why and when to revisit; tests hand in their own answer.
        self._refreshed_at: datetime | None = None
        self.ask_why_no: Callable[[int], object] = lambda lead_id: SayNoDialog(self._book, lead_id, self).exec()
        self._book = book
        self._agenda: Agenda | None = None
        self._user_sized = False
        self._fitting = False

        self.title = QLabel()
        self.title.setObjectName("todayTitle")
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.45)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.summary = QLabel()
        self.summary.setObjectName("todaySummary")
        self.no_next_step = QLabel()
        self.no_next_step.setObjectName("withoutNextStep")
        self.no_next_step.setStyleSheet("color: #b45309; font-weight: 600;")

        self.tree = AgendaTree()
        self.tree.setObjectName("agendaTree")
        self.tree.setColumnCount(len(column_titles()))
        self.tree.setHeaderLabels(column_titles())
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setIndentation(14)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAlternatingRowColors(False)
        self.tree.setWordWrap(False)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionsMovable(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._section_resized)
        self.tree.activated.connect(self._activated)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)

        self.log_action = self._action(self.tr("Log…"), "D", self._log_current, self.tr("Log what happened (D)"))
        self.reschedule_action = self._action(self.tr("Reschedule…"), "R", self._reschedule_current,
                                              self.tr("Move to another day, same time (R)"))
        self.cancel_action = self._action(self.tr("Cancel follow-up"), "C", self._cancel_current,
                                          self.tr("Cancel this follow-up; Undo brings it back (C)"))
        self.nurture_action = self._action(self.tr("Move to nurture"), "N", lambda: self._decide(Stage.NURTURE),
                                           self.tr("Not ready: keep in touch slowly (N)"))
        self.no_action = self._action(self.tr("Mark no"), "O", lambda: self._decide(Stage.NO),
                                      self.tr("A no for now: it comes back to revisit later (O)"))
        self.keep_action = self._action(self.tr("Keep going"), "K", self._keep_going,
                                        self.tr("Keep following up; the count starts again (K)"))
        self.open_action = self._action(self.tr("Open lead"), None, self._open_current,
                                        self.tr("Open the lead (Enter)"))
        self._followup_actions = (self.log_action, self.reschedule_action, self.cancel_action)
        self._decide_actions = (self.nurture_action, self.no_action, self.keep_action)

        self._buttons: dict[QAction, QToolButton] = {}
        actions_row = QHBoxLayout()
        actions_row.setSpacing(6)
        for action in (*self._followup_actions, *self._decide_actions, self.open_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys act on the list; the list keeps focus
            actions_row.addWidget(button)
            self._buttons[action] = button
        actions_row.addStretch(1)
        self.key_hint = QLabel()
        self.key_hint.setObjectName("todayKeyHint")
        self.key_hint.setEnabled(False)
        actions_row.addWidget(self.key_hint)

        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.title)
        heading.addWidget(self.summary)
        heading.addWidget(self.no_next_step)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(8)
        layout.addLayout(heading)
        layout.addWidget(self.tree, 1)
        layout.addLayout(actions_row)
        self.setFocusProxy(self.tree)

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self.refresh()

    def _action(self, text: str, key: str | None, slot: Callable[[], None], tip: str) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        if key:
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # --- reading the agenda -----------------------------------------------------------

    @property
    def agenda(self) -> Agenda:
        assert self._agenda is not None
        return self._agenda

    def count(self) -> int:
        """Everything that wants doing today (overdue, today, first responses, decide)."""
        return self.agenda.due_count

    def on_book_changed(self, change: Change) -> None:
        """The main window calls this after every write to the book."""
        self.refresh()

    def _tick(self) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # Countdowns and the day move on while another view is shown; a view refreshed a
        # moment ago (at start, or by the last write) is still right.
        if self._refreshed_at is None or self._book.clock.now() - self._refreshed_at >= timedelta(seconds=30):
            self.refresh()

    def refresh(self) -> None:
        """Re-read the agenda; the same row stays selected while it exists."""
        key, position = self._current_key(), self._current_position()
        scroll = self.tree.verticalScrollBar().value()
        before = self._agenda.due_count if self._agenda is not None else None
        self._agenda = load_agenda(self._book, self._book.local_today())
        self._refreshed_at = self._book.clock.now()
        self._fill_header()
        self.tree.setUpdatesEnabled(False)
        self.tree.blockSignals(True)
        try:
            self.tree.clear()
            for section in SECTIONS:
                self._add_section(section)
            self.tree.expandAll()
            self._fit_columns()
        finally:
            self.tree.blockSignals(False)
            self.tree.setUpdatesEnabled(True)
        self.tree.verticalScrollBar().setValue(scroll)
        self._restore_current(key, position)
        self._update_actions()
        if before is not None and before != self.count():
            self.count_changed.emit(self.count())

    def _fill_header(self) -> None:
        agenda = self.agenda
        self.title.setText(long_date(agenda.day))
        summary = summary_text(agenda)
        if agenda.tomorrow:
            tomorrow = QLocale().toString(len(agenda.tomorrow))
            summary = self.tr("%1  ·  %2 tomorrow").replace("%1", summary).replace("%2", tomorrow)
        self.summary.setText(summary)
        self.no_next_step.setText(without_next_step_text(agenda.without_next_step))
        self.no_next_step.setVisible(agenda.without_next_step > 0)

    def _add_section(self, section: Section) -> None:
        # A backlog of thousands (a big import, a long holiday) is counted, and the first
        # MAX_ROWS_PER_SECTION are listed, so the home screen never freezes.
        total = len(rows_of(self.agenda, section))
        cells = section_cells(self._book, self.agenda, section, limit=MAX_ROWS_PER_SECTION)
        if not cells and section != Section.TODAY:
            return  # empty sections take no room; Today always says what it holds
        title = f"{section_title(section)}  ({QLocale().toString(total)})"
        top = QTreeWidgetItem(self.tree, [title])
        self._tag(top, SECTION, 0, 0)
        top.setFlags(Qt.ItemFlag.ItemIsEnabled)
        top.setFirstColumnSpanned(True)
        top.setSizeHint(0, QSize(0, self.tree.fontMetrics().height() + 12))
        font = QFont(self.tree.font())
        font.setBold(True)
        top.setFont(0, font)
        top.setBackground(0, self.palette().brush(QPalette.ColorRole.AlternateBase))
        top.setForeground(0, QBrush(LATE_COLOUR) if section == Section.OVERDUE else self.palette().brush(
            QPalette.ColorRole.WindowText))
        if not cells:
            empty = QTreeWidgetItem(top, [self.tr("Nothing else planned for today.") if self.agenda.due_count
                                          else self.tr("Nothing planned for today.")])
            self._tag(empty, EMPTY, 0, 0)
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            empty.setFirstColumnSpanned(True)
            italic = QFont(self.tree.font())
            italic.setItalic(True)
            empty.setFont(0, italic)
            empty.setForeground(0, self.palette().brush(QPalette.ColorRole.PlaceholderText))
            return
        rows = rows_of(self.agenda, section)[:MAX_ROWS_PER_SECTION]
        height = QSize(0, self.tree.fontMetrics().height() + 8)
        for row, cell in zip(rows, cells):
            item = QTreeWidgetItem(top, cell.columns())
            item.setSizeHint(0, height)
            if section == Section.DECIDE:
                assert isinstance(row, Lead)
                self._tag(item, DECIDE, int(row.id or 0), int(row.id or 0))
            elif section == Section.REVISITS:
                self._tag(item, REVISIT, row.id, row.lead_id)
            else:
                assert isinstance(row, AgendaRow)
                self._tag(item, FOLLOWUP, int(row.followup.id or 0), row.followup.lead_id)
                self._decorate_followup(item, row, cell, section)
        if total > len(rows):
            more = QTreeWidgetItem(top, [self.tr("… and %1 more; the calendar and the lead list show them all")
                                         .replace("%1", QLocale().toString(total - len(rows)))])
            self._tag(more, EMPTY, 0, 0)
            more.setFlags(Qt.ItemFlag.ItemIsEnabled)
            more.setFirstColumnSpanned(True)

    @staticmethod
    def _tag(item: QTreeWidgetItem, kind: str, item_id: int, lead_id: int) -> None:
        item.setData(0, KIND_ROLE, kind)
        item.setData(0, ID_ROLE, item_id)
        item.setData(0, LEAD_ROLE, lead_id)

    def _decorate_followup(self, item: QTreeWidgetItem, row: AgendaRow, cell: Cells, section: Section) -> None:
        if section == Section.TOMORROW:
            grey = self.palette().brush(QPalette.ColorRole.PlaceholderText)
            for column in range(self.tree.columnCount()):
                item.setForeground(column, grey)
        elif cell.late:
            item.setForeground(0, QBrush(LATE_COLOUR))
        if cell.tooltip:
            item.setToolTip(0, _plain_tip(cell.tooltip))
        about = []
        if row.role:
            about.append(self.tr("Role: %1").replace("%1", row.role))
        if not row.is_decision_maker:
            about.append(self.tr("Not the decision-maker"))
        if row.best_time:
            about.append(self.tr("Best time: %1").replace("%1", row.best_time))
        if row.rapport:
            about.append(self.tr("Rapport: %1").replace("%1", row.rapport))
        if about:
            item.setToolTip(1, _plain_tip("\n".join(about)))
        if row.followup.message.strip():
            item.setToolTip(5, _plain_tip(row.followup.message))

    def _fit_columns(self) -> None:
        """Size columns to what they hold, within the width there is, until the user
        drags a column: from then on their widths stay."""
        if self._user_sized:
            return
        metrics = self.tree.fontMetrics()
        pad = 20
        widths = [metrics.horizontalAdvance(title) + pad for title in column_titles()]
        for item in self._selectable_items():
            for column in range(len(widths)):
                widths[column] = max(widths[column], metrics.horizontalAdvance(item.text(column)) + pad)
        widths[0] += self.tree.indentation()
        widths = [min(w, metrics.averageCharWidth() * chars + pad) for w, chars in zip(widths, MAX_COLUMN_CHARS)]
        # Too wide for the window: the long text columns (objective, company, lead) give way first.
        excess = sum(widths) - self.tree.viewport().width()
        for column in (5, 2, 1):
            if excess <= 0:
                break
            floor = metrics.averageCharWidth() * 12 + pad
            give = min(excess, max(0, widths[column] - floor))
            widths[column] -= give
            excess -= give
        self._fitting = True
        try:
            for column, width in enumerate(widths[:-1]):
                self.tree.setColumnWidth(column, width)
        finally:
            self._fitting = False

    def _section_resized(self, column: int, old: int, new: int) -> None:
        if not self._fitting and self.tree.header().stretchLastSection() and column < len(column_titles()) - 1:
            self._user_sized = True

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_columns()

    # --- selection --------------------------------------------------------------------

    def _selectable_items(self) -> list[QTreeWidgetItem]:
        found = []
        for top in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(top)
            for child in range(section.childCount()):
                item = section.child(child)
                if item.data(0, KIND_ROLE) in (FOLLOWUP, DECIDE):
                    found.append(item)
        return found

    def current_item(self) -> QTreeWidgetItem | None:
        item = self.tree.currentItem()
        if item is None or item.data(0, KIND_ROLE) not in (FOLLOWUP, DECIDE):
            return None
        return item

    def _current_key(self) -> tuple[str, int] | None:
        item = self.current_item()
        return (item.data(0, KIND_ROLE), item.data(0, ID_ROLE)) if item is not None else None

    def _current_position(self) -> int:
        item = self.current_item()
        items = self._selectable_items()
        return items.index(item) if item is not None and item in items else 0

    def _restore_current(self, key: tuple[str, int] | None, position: int) -> None:
        items = self._selectable_items()
        if not items:
            return
        target = next((i for i in items if (i.data(0, KIND_ROLE), i.data(0, ID_ROLE)) == key), None)
        self._make_current(target or items[min(position, len(items) - 1)])

    def _make_current(self, item: QTreeWidgetItem) -> None:
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item)

    def select_followup(self, followup_id: int) -> bool:
        return self._select(FOLLOWUP, followup_id)

    def select_decide(self, lead_id: int) -> bool:
        return self._select(DECIDE, lead_id)

    def _select(self, kind: str, item_id: int) -> bool:
        for item in self._selectable_items():
            if item.data(0, KIND_ROLE) == kind and item.data(0, ID_ROLE) == item_id:
                self._make_current(item)
                return True
        return False

    def rows(self) -> list[tuple[str, list[tuple[str, int, list[str]]]]]:
        """What the tree shows: (section heading, [(kind, id, cell texts)]); for tests and tools."""
        shown = []
        for top in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(top)
            children = []
            for child in range(section.childCount()):
                item = section.child(child)
                children.append((item.data(0, KIND_ROLE), item.data(0, ID_ROLE),
                                 [item.text(c) for c in range(self.tree.columnCount())]))  # fmt: skip
            shown.append((section.text(0), children))
        return shown

    def _current_changed(self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None) -> None:
        if current is not None and current.parent() is not None and current.parent().indexOfChild(current) == 0:
            self.tree.scrollToItem(current.parent())  # keep the section's heading in sight
            self.tree.scrollToItem(current)
        self._update_actions()

    def _update_actions(self) -> None:
        item = self.current_item()
        kind = item.data(0, KIND_ROLE) if item is not None else None
        for action in self._followup_actions:
            action.setEnabled(kind == FOLLOWUP)
            self._buttons[action].setVisible(kind != DECIDE)
        for action in self._decide_actions:
            action.setEnabled(kind == DECIDE)
            self._buttons[action].setVisible(kind == DECIDE)
        self.open_action.setEnabled(item is not None)
        if kind == DECIDE:
            self.key_hint.setText(self.tr("N nurture  ·  O no  ·  K keep going  ·  Enter open"))
        elif kind == FOLLOWUP:
            self.key_hint.setText(self.tr("D log  ·  R reschedule  ·  C cancel  ·  Enter open"))
        else:
            self.key_hint.setText("")

    # --- actions ----------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        item = self.tree.itemFromIndex(index)
        if item is not None and item.data(0, KIND_ROLE) in (FOLLOWUP, DECIDE, REVISIT):
            self.open_lead.emit(int(item.data(0, LEAD_ROLE)))

    def _open_current(self) -> None:
        item = self.current_item()
        if item is not None:
            self.open_lead.emit(int(item.data(0, LEAD_ROLE)))

    def _current_followup(self) -> int | None:
        item = self.current_item()
        return int(item.data(0, ID_ROLE)) if item is not None and item.data(0, KIND_ROLE) == FOLLOWUP else None

    def _current_decide(self) -> int | None:
        item = self.current_item()
        return int(item.data(0, ID_ROLE)) if item is not None and item.data(0, KIND_ROLE) == DECIDE else None

    def _log_current(self) -> None:
        followup_id = self._current_followup()
        if followup_id is not None:
            self.log_requested.emit(followup_id)

    def reschedule_menu(self, followup_id: int) -> QMenu:
        """"+1 day", "+1 week", "Pick a date…": each keeps the follow-up's time of day.
        Days count from the later of its date and today, so nothing lands in the past."""
        fu = self._book.followup(followup_id)
        today = self._book.local_today()
        base = max(fu.due.day, today)
        menu = QMenu(self.tr("Reschedule"), self)
        steps = ((self.tr("+1 day"), base + timedelta(days=1)), (self.tr("+1 week"), base + timedelta(days=7)))
        for text, day in steps:
            action = menu.addAction(f"{text}\t{short_date(day)}")
            action.triggered.connect(lambda _=False, d=day: self._reschedule(followup_id, d))
        menu.addSeparator()
        pick = menu.addAction(self.tr("Pick a date…"))
        pick.triggered.connect(lambda: self._pick_date(followup_id, base, today))
        return menu

    def _reschedule_current(self) -> None:
        item = self.current_item()
        followup_id = self._current_followup()
        if item is None or followup_id is None:
            return
        try:
            menu = self.reschedule_menu(followup_id)
        except KeyError:
            self.refresh()
            return
        rect = self.tree.visualItemRect(item)
        menu.exec(self.tree.viewport().mapToGlobal(QPoint(rect.left() + 24, rect.bottom())))
        menu.deleteLater()

    def _pick_date(self, followup_id: int, initial: date, minimum: date) -> None:
        dialog = PickDateDialog(initial, minimum, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._reschedule(followup_id, dialog.chosen())
        dialog.deleteLater()

    def _reschedule(self, followup_id: int, day: date) -> None:
        def write() -> None:
            fu = self._book.followup(followup_id)
            self._book.reschedule_followup(followup_id, Due(day, fu.due.at))

        self._write(write)

    def _cancel_current(self) -> None:
        item = self.current_item()
        followup_id = self._current_followup()
        if item is None or followup_id is None:
            return
        name = item.text(1)
        if self._write(lambda: self._book.cancel_followup(followup_id)):
            self.undoable.emit(self.tr("Cancelled the follow-up with %1.").replace("%1", name))

    def _decide(self, stage: Stage) -> None:
        lead_id = self._current_decide()
        item = self.current_item()
        if lead_id is None or item is None:
            return
        name = item.text(1)
        if stage == Stage.NO:
            # Ask why and when to revisit (seed 003), rather than filing the "no" forever.
            if self.ask_why_no(lead_id):
                self.undoable.emit(self.tr("Marked %1 as no.").replace("%1", name))
            return
        if self._write(lambda: self._book.set_stage(lead_id, stage)):
            self.undoable.emit(self.tr("Moved %1 to nurture.").replace("%1", name))

    def _keep_going(self) -> None:
        lead_id = self._current_decide()
        item = self.current_item()
        if lead_id is None or item is None:
            return
        name = item.text(1)
        if self._write(lambda: self._book.keep_going(lead_id)):
            self.undoable.emit(self.tr("Keeping on with %1; the count starts again.").replace("%1", name))

    def _write(self, write: Callable[[], object]) -> bool:
        """Run a write; a BookError becomes a message, a row that vanished meanwhile a refresh."""
        try:
            return guarded(self, write)
        except KeyError:
            self.refresh()
            return False

    def _context_menu(self, pos: QPoint) -> None:
        item = self.tree.itemAt(pos)
        if item is None or item.data(0, KIND_ROLE) not in (FOLLOWUP, DECIDE):
            return
        self._make_current(item)
        menu = QMenu(self)
        menu.addAction(self.open_action)
        menu.addSeparator()
        if item.data(0, KIND_ROLE) == FOLLOWUP:
            menu.addAction(self.log_action)
            try:
                submenu = self.reschedule_menu(int(item.data(0, ID_ROLE)))
            except KeyError:
                self.refresh()
                return
            submenu.menuAction().setShortcut(self.reschedule_action.shortcut())
            menu.addMenu(submenu)
            menu.addAction(self.cancel_action)
        else:
            for action in self._decide_actions:
                menu.addAction(action)
        menu.exec(self.tree.viewport().mapToGlobal(pos))
        menu.deleteLater()


def _plain_tip(text: str) -> str:
    """Tooltips guess rich text; lead text is escaped so it always shows as typed."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"
