"""The Leads view: search as you type, filter by stage and tag, sort, open, delete."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import QDate, QEvent, QItemSelectionModel, QLocale, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...book import BookError, Change, LeadBook
from ...core.model import Source, Stage
from ...present import texts
from ...present.formatting import money
from ..book_events import BookEvents
from ..refresh_when_shown import RefreshWhenShown
from ..theme import icon, row_height, style
from .dialog import EnumCombo
from .table_model import COLUMNS, LeadTableModel

log = logging.getLogger(__name__)

#: The book setting that keeps the lead list's column order and the widths the user dragged.
#: In the book, not in QSettings: Leadbook keeps everything of a book in its one file (as the
#: import mappings and the calendar-file folder), a demo or a test book never changes the
#: user's own list, and a book moved to another computer keeps its columns.
COLUMNS_SETTING = "leads.columns"
CELL_PADDING = 12  # the view's margins around a cell's text, both sides
SORT_ARROW = 18  # room for the header's sort indicator
# Columns that give way (cut short with "…", whole in their tooltip) when the window is narrow,
# the least needed first, each down to its least width (in characters); the others always show whole.
GIVE_WAY = {"source": 7, "email": 12, "company": 10, "phone": 11, "name": 10}
GROWS = {"name": 3, "company": 3, "email": 4}  # shares of the room left over in a wide window


class LeadsView(RefreshWhenShown, QWidget):
    """Emits ``open_lead(id)`` and ``new_lead()``; the main window owns the dialogs.

    Every write reaches it (``shows`` is every kind): a visible list takes it in place
    (``apply_change``), a hidden one is read again when shown or asked (``ensure_loaded``)."""

    open_lead = Signal(int)
    new_lead = Signal()
    delete_leads = Signal(list)

    def __init__(self, book: LeadBook, parent: QWidget | None = None, *, events: BookEvents | None = None) -> None:
        super().__init__(parent)
        if events is not None:  # the view hears of every write itself and takes what it shows
            events.changed.connect(self.on_book_changed)
        self._book = book
        # Sorting 100,000 leads takes ~80 ms: read when first shown, and while hidden not after
        # every write (Today is the home screen; most sessions never open this page).
        self.model = LeadTableModel(book, self, load=False)
        self._added_while_hidden: set[int] = set()  # selected when the list is read again
        self._tags: list[str] = []
        self._without_next_step = False
        self._chosen: tuple[frozenset[int], str] | None = None  # leads picked elsewhere (Progress), and what they are
        self._user_sized = False  # widths the user dragged (or kept from before) are not fitted again
        self._fitting = False

        self.search = QLineEdit()
        self.search.setObjectName("leadSearch")
        self.search.setAccessibleName(self.tr("Search leads"))
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search name, company, e-mail, phone, notes…  (Ctrl+F)"))
        # Room for the hint's first words however narrow the window; the whole hint is one hover away.
        self.search.setToolTip(self.search.placeholderText())
        self.search.setMinimumWidth(self.search.fontMetrics().averageCharWidth() * 22)
        self.stage_filter = EnumCombo(list(Stage), texts.stage_name, self.tr("All stages"))
        self.tag_filter = QComboBox()
        self.stage_filter.setAccessibleName(self.tr("Show the stage"))
        self.tag_filter.setAccessibleName(self.tr("Show the tag"))
        self.tag_filter.setMinimumContentsLength(10)
        self.count_label = QLabel()
        self.count_label.setObjectName("leadCount")
        # A filter that came from elsewhere (Today's "no next step" line), said and removable.
        self.filter_chip = QWidget()
        self.filter_chip.setObjectName("filterChip")
        self.filter_chip.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)  # the stylesheet's chip
        style(self.filter_chip)
        chip_row = QHBoxLayout(self.filter_chip)
        chip_row.setContentsMargins(8, 1, 2, 1)
        chip_row.setSpacing(2)
        self.filter_chip_label = QLabel(self.tr("Showing: no next step"))
        self.filter_chip_clear = QToolButton()
        self.filter_chip_clear.setText("✕")
        self.filter_chip_clear.setAutoRaise(True)
        self.filter_chip_clear.setToolTip(self.tr("Show all leads again"))
        self.filter_chip_clear.setAccessibleName(self.tr("Show all leads again"))
        self.filter_chip_clear.clicked.connect(self.clear_chip)
        chip_row.addWidget(self.filter_chip_label)
        chip_row.addWidget(self.filter_chip_clear)
        self.filter_chip.hide()
        add = QPushButton(self.tr("New lead"))
        add.setIcon(icon("user-plus"))
        add.setToolTip(self.tr("Add a lead (Ctrl+N)"))
        add.clicked.connect(self.new_lead)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Leads"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("leadTable")
        self.table.setModel(self.model)
        # Set the indicator first: enabling sorting sorts by it, and the model is already in that order.
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(row_height(self))
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        header.setTextElideMode(Qt.TextElideMode.ElideNone)  # eliding would keep a title from wrapping
        # A long title ("Nächster Schritt") may take two lines over a short date rather than the
        # width of a column that needs it (see fit_columns).
        header.setDefaultAlignment(
            Qt.AlignmentFlag(int(Qt.AlignmentFlag.AlignCenter.value) | int(Qt.TextFlag.TextWordWrap.value))
        )
        self._one_line_header = header.sizeHint().height()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._value_width = 0
        self._size_columns()
        self._restore_columns()
        header.sectionResized.connect(self._section_resized)
        header.sectionMoved.connect(lambda *_: self._save_columns_soon())
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(400)
        self._save_timer.timeout.connect(self.save_columns)
        self.table.installEventFilter(self)
        self.table.activated.connect(self._activated)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        self.delete_action = QAction(icon("trash-2"), self.tr("Delete"), self.table)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self._delete_selected)
        self.delete_action.setEnabled(False)  # until the list is on screen
        self.table.addAction(self.delete_action)

        # Two rows, so that the Leads page stays narrow enough for half a 1920-pixel screen in every
        # language: the search and "New lead" above, the filters and the count below.
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(add)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.stage_filter)
        filter_row.addWidget(self.tag_filter)
        filter_row.addWidget(self.filter_chip)
        filter_row.addStretch(1)
        filter_row.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(search_row)
        layout.addLayout(filter_row)
        layout.addWidget(self.table)

        # Typing coalesces into one query per event-loop turn, so fast typists never queue work.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(0)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._focus_first_row)
        self.stage_filter.currentIndexChanged.connect(self.apply_filters)
        self.tag_filter.currentIndexChanged.connect(self.apply_filters)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)  # the rest of a search, below its first screen

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)  # reads the list when it is stale
        self.delete_action.setEnabled(True)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        # Edit ▸ Delete acts on the leads one can see: not on a selection behind another page.
        self.delete_action.setEnabled(False)
        if self._save_timer.isActive():  # the window closes, or another page opens: keep the columns now
            self._save_timer.stop()
            self.save_columns()
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        """Read the lead list: on first show, after writes while hidden, or before a caller
        looks a lead up in it (``ensure_loaded``). Leads added meanwhile (an import, an undo)
        come back selected, as they would have on screen; else the selection stays; with none,
        the first row is current."""
        added = sorted(self._added_while_hidden)
        keep = added or self.selected_ids()
        current = added[0] if added else self.current_id()
        self._added_while_hidden.clear()
        self._stale = False
        self._reload_tags()
        self.model.refresh()
        self._update_count()
        if self._size_value_column():
            self.fit_columns()
        if current is None or self.model.row_of(current) < 0:
            current = self.model.lead_id(0) if self.model.rowCount() else None
        self.select_ids(keep or ([current] if current is not None else []), current)

    def _size_columns(self) -> None:
        """What each column needs, from what typically stands in it in this font and locale:
        ``natural`` shows text and title whole; ``least`` is as far as the column gives way."""
        metrics = self.table.fontMetrics()
        locale = QLocale()
        sample_date = locale.toString(QDate(2026, 12, 28), QLocale.FormatType.ShortFormat)
        icon = self.table.iconSize().width() if self.table.iconSize().width() > 0 else 16
        samples = {
            "name": ["Alexandra Lindqvist"], "company": ["Björkliden Tryckeri AB"],
            "stage": [texts.stage_name(stage) for stage in Stage],
            "next_step": [self.model.none_planned, self.model.overdue_format.replace("%1", sample_date)],
            "last_touch": [sample_date], "phone": ["+46 70-123 45 67"], "email": ["anders.wikstrom@stenasen.se"],
            "source": [texts.source_name(source) for source in Source],
        }  # fmt: skip
        average = metrics.averageCharWidth()
        self._natural: dict[str, int] = {}
        self._least: dict[str, int] = {}
        self._titles: dict[str, int] = {}  # each title's width on one line
        for column, key in enumerate(COLUMNS):
            if key == "value":
                continue
            content = max(metrics.horizontalAdvance(text) for text in samples[key]) + CELL_PADDING
            if key == "name":
                content += icon + 4  # the do-not-contact sign
            text = self.model.headerData(column, Qt.Orientation.Horizontal)
            title = metrics.horizontalAdvance(text)
            self._titles[key] = title + CELL_PADDING
            self._natural[key] = max(content, title + SORT_ARROW + CELL_PADDING)
            if key in GIVE_WAY:
                self._least[key] = min(content, average * GIVE_WAY[key] + CELL_PADDING)
            else:  # whole, and so is its title, on two lines if need be (the sort arrow may take a letter)
                word = max(metrics.horizontalAdvance(w) for w in text.split()) if text.split() else 0
                self._least[key] = max(content, word + CELL_PADDING)
        self._size_value_column()

    def _size_value_column(self) -> bool:
        """The Value column shows the book's widest amount whole, always; True when it had to grow."""
        metrics = self.table.fontMetrics()
        largest = self._book.largest_value()
        amount = money(largest[0], largest[1] or "WWW", QLocale()) if largest else ""
        content = metrics.horizontalAdvance(amount + "W") + CELL_PADDING  # a wider currency code fits too
        title = self.model.headerData(COLUMNS.index("value"), Qt.Orientation.Horizontal)
        self._least["value"] = max(content, metrics.horizontalAdvance(title) + CELL_PADDING)
        self._natural["value"] = max(self._least["value"], metrics.horizontalAdvance(title) + SORT_ARROW + CELL_PADDING)
        column = COLUMNS.index("value")
        grew = self.table.columnWidth(column) < self._least["value"]
        if grew:
            self._fitting = True
            try:
                self.table.setColumnWidth(column, self._least["value"])
            finally:
                self._fitting = False
        return grew

    def available_width(self) -> int:
        """The width the columns may take without a sideways scroll bar (room kept for the vertical one)."""
        table = self.table
        return table.width() - 2 * table.frameWidth() - table.verticalScrollBar().sizeHint().width()

    def fit_columns(self, *, force: bool = False) -> None:
        """Share the list's width among the columns: all whole when they fit; else first the
        room kept for sort arrows goes, then the columns of ``GIVE_WAY`` give way in its order
        (cut short, whole in their tooltip), never below their least; room left over goes to
        name, company and e-mail. Widths the user set stay as they are."""
        if (self._user_sized and not force) or self._fitting:
            return
        available = self.available_width()
        if available <= 0:
            return
        natural, least = self._natural, self._least
        widths = dict(natural)
        excess = sum(widths.values()) - available
        if excess > 0:
            for key in [k for k in COLUMNS if k not in GIVE_WAY] + list(GIVE_WAY):
                cut = min(excess, widths[key] - least[key])
                widths[key] -= cut
                excess -= cut
                if excess <= 0:
                    break
        else:
            room = -excess
            parts = sum(GROWS.values())
            for key, part in GROWS.items():
                widths[key] += min(room * part // parts, natural[key])  # at most twice as wide
        self._fitting = True
        try:
            for column, key in enumerate(COLUMNS):
                self.table.setColumnWidth(column, widths[key])
        finally:
            self._fitting = False
        # Two lines of titles when a column that never gives way is narrower than its title.
        wrapped = any(widths[key] < self._titles[key] for key in COLUMNS if key not in GIVE_WAY and key != "value")
        line = self.table.horizontalHeader().fontMetrics().lineSpacing()
        self.table.horizontalHeader().setFixedHeight(self._one_line_header + (line if wrapped else 0))

    # --- columns kept across sessions -----------------------------------------------------

    def _section_resized(self, _logical: int, _old: int, _new: int) -> None:
        if self._fitting:
            return
        self._user_sized = True
        self._save_columns_soon()

    def _save_columns_soon(self) -> None:
        self._save_timer.start()

    def column_state(self) -> dict[str, object]:
        """The columns as shown: keys in their order on screen, and the widths the user set."""
        header = self.table.horizontalHeader()
        order = [COLUMNS[header.logicalIndex(visual)] for visual in range(header.count())]
        state: dict[str, object] = {"order": order}
        if self._user_sized:
            state["widths"] = {key: self.table.columnWidth(column) for column, key in enumerate(COLUMNS)}
        return state

    def save_columns(self) -> None:
        try:
            self._book.set_setting(COLUMNS_SETTING, json.dumps(self.column_state()))
        except BookError as error:  # a read-only or locked book: the columns are only not remembered
            log.warning("Could not keep the lead list's columns: %s", error)

    def _restore_columns(self) -> None:
        try:
            state = json.loads(self._book.setting(COLUMNS_SETTING) or "{}")
        except (ValueError, BookError):
            state = {}
        if not isinstance(state, dict):
            return
        header = self.table.horizontalHeader()
        order = [key for key in state.get("order", []) if key in COLUMNS]
        order += [key for key in COLUMNS if key not in order]  # a column added since comes at the end
        for visual, key in enumerate(order):
            header.moveSection(header.visualIndex(COLUMNS.index(key)), visual)
        widths = state.get("widths")
        if isinstance(widths, dict) and widths:
            self._fitting = True
            try:
                for column, key in enumerate(COLUMNS):
                    width = widths.get(key)
                    if isinstance(width, int) and width > 0:
                        self.table.setColumnWidth(column, max(width, 24))
            finally:
                self._fitting = False
            self._user_sized = True
            self._size_value_column()  # an amount grown meanwhile still shows whole

    def reset_columns(self) -> None:
        """The default order and widths fitted to the window again (and forget the kept ones)."""
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.moveSection(header.visualIndex(column), column)
        self._user_sized = False
        self._save_timer.stop()
        self.fit_columns()
        try:
            self._book.set_setting(COLUMNS_SETTING, "")
        except BookError as error:
            log.warning("Could not forget the lead list's columns: %s", error)

    def _header_menu(self, pos) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Reset columns"), self.reset_columns)
        menu.exec(self.table.horizontalHeader().viewport().mapToGlobal(pos))

    # --- filters ----------------------------------------------------------------------

    def apply_filters(self) -> None:
        tag_index = self.tag_filter.currentIndex()
        tag = self._tags[tag_index - 1] if tag_index > 0 else ""
        query = replace(self.model.query, text=self.search.text(), stage=self.stage_filter.value(), tag=tag,
                        without_next_step=self._without_next_step,
                        lead_ids=self._chosen[0] if self._chosen else None)  # fmt: skip
        if self._chosen:
            self.filter_chip_label.setText(self.tr("Showing: %1").replace("%1", self._chosen[1]))
        elif self._without_next_step:
            self.filter_chip_label.setText(self.tr("Showing: no next step"))
        self.filter_chip.setVisible(self._without_next_step or self._chosen is not None)
        self.model.set_query(query)

    def clear_filters(self) -> None:
        for widget in (self.search, self.stage_filter, self.tag_filter):
            widget.blockSignals(True)
        self.search.clear()
        self.stage_filter.setCurrentIndex(0)
        self.tag_filter.setCurrentIndex(0)
        for widget in (self.search, self.stage_filter, self.tag_filter):
            widget.blockSignals(False)
        self._without_next_step = False
        self._chosen = None
        self.apply_filters()

    def show_leads(self, ids: Iterable[int], label: str) -> None:
        """Exactly these leads (a number on the Progress page), said by ``label`` on a removable
        chip, every other filter off."""
        self.clear_filters()
        self._chosen = (frozenset(ids), label)
        self.apply_filters()

    def clear_chip(self) -> None:
        """The chip's ✕: back to every lead."""
        self._chosen = None
        self.set_without_next_step(False)

    def show_without_next_step(self) -> None:
        """Only the active leads with no next step planned (Today's warning), every other filter off."""
        self.clear_filters()
        self.set_without_next_step(True)

    def set_without_next_step(self, on: bool) -> None:
        self._without_next_step = on
        self.apply_filters()

    def _reload_tags(self) -> None:
        current = self._tags[self.tag_filter.currentIndex() - 1] if self.tag_filter.currentIndex() > 0 else ""
        tags = self._book.tags()
        if tags == self._tags and self.tag_filter.count():
            return
        self._tags = tags
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"))
        self.tag_filter.addItems(tags)
        if current in tags:
            self.tag_filter.setCurrentIndex(tags.index(current) + 1)
        self.tag_filter.blockSignals(False)
        if current and current not in tags:
            self.apply_filters()

    def _update_count(self) -> None:
        shown, total = self.model.total_rows(), self._book.count_leads()
        if shown == total:
            text = self.tr("%n lead(s)", "", total)
        else:
            text = self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(total))
        self.count_label.setText(text)

    # --- book changes -----------------------------------------------------------------

    def mark_stale(self, change: Change | None = None) -> None:
        super().mark_stale(change)  # read again when shown or asked
        self._reload_tags()  # cheap; keeps the filters (and an export of them) true meanwhile
        if change is not None:
            self._added_while_hidden = (self._added_while_hidden | set(change.added)) - set(change.removed)

    def apply_change(self, change: Change) -> None:
        self._reload_tags()
        # Select what came back (an undo, a new lead); otherwise keep the selection.
        keep = sorted(change.added) or self.selected_ids()
        current = min(change.added) if change.added else self.current_id()
        self.model.on_book_changed(change)
        self._update_count()
        if self._size_value_column():
            self.fit_columns()
        self.select_ids(keep or ([current] if current is not None else []), current)

    # --- selection --------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.lead_id(row) for row in rows]

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.lead_id(index.row()) if index.isValid() else None

    def select_ids(self, ids: list[int], current: int | None = None) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for lead_id in ids:
            row = self.model.row_of(lead_id)
            if row >= 0:
                selection.select(self.model.index(row, 0), flags)
        row = self.model.row_of(current) if current is not None else -1
        if row >= 0:
            selection.setCurrentIndex(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(self.model.index(row, 0))

    def _focus_first_row(self) -> None:
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- actions ----------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_lead.emit(self.model.lead_id(index.row()))

    def _delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.delete_leads.emit(ids)

    def _context_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self._activated(index))
        menu.addAction(self.delete_action)
        menu.exec(self.table.viewport().mapToGlobal(pos))
