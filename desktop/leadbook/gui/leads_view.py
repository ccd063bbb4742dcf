"""The Leads view: search as you type, filter by stage and tag, sort, open, delete."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDate, QItemSelectionModel, QLocale, QModelIndex, Qt, QTimer, Signal
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
    QVBoxLayout,
    QWidget,
)

from .. import texts
from ..book import Change, LeadBook
from ..core.model import Source, Stage
from .lead_dialog import EnumCombo
from .lead_table_model import LeadTableModel


class LeadsView(QWidget):
    """Emits ``open_lead(id)`` and ``new_lead()``; the main window owns the dialogs."""

    open_lead = Signal(int)
    new_lead = Signal()
    delete_leads = Signal(list)

    def __init__(self, book: LeadBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        # Sorting 100,000 leads takes ~80 ms: read when first shown, and while hidden not after
        # every write (Today is the home screen; most sessions never open this page).
        self.model = LeadTableModel(book, self, load=False)
        self._loaded = False
        self._added_while_hidden: set[int] = set()  # selected when the list is read again
        self._tags: list[str] = []

        self.search = QLineEdit()
        self.search.setObjectName("leadSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search name, company, e-mail, phone, notes…  (Ctrl+F)"))
        # Room for the hint's first words however narrow the window; the whole hint is one hover away.
        self.search.setToolTip(self.search.placeholderText())
        self.search.setMinimumWidth(self.search.fontMetrics().averageCharWidth() * 22)
        self.stage_filter = EnumCombo(list(Stage), texts.stage_name, self.tr("All stages"))
        self.tag_filter = QComboBox()
        self.tag_filter.setMinimumContentsLength(10)
        self.count_label = QLabel()
        self.count_label.setObjectName("leadCount")
        add = QPushButton(self.tr("New lead"))
        add.setToolTip(self.tr("Add a lead (Ctrl+N)"))
        add.clicked.connect(self.new_lead)

        self.table = QTableView()
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
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        self._size_columns()
        self.table.activated.connect(self._activated)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        self.delete_action = QAction(self.tr("Delete"), self.table)
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

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        self.ensure_loaded()
        self.delete_action.setEnabled(True)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        # Edit ▸ Delete acts on the leads one can see: not on a selection behind another page.
        self.delete_action.setEnabled(False)
        super().hideEvent(event)

    def ensure_loaded(self) -> None:
        """Read the lead list if it is not current: on first show, after writes while hidden,
        or before a caller looks a lead up in it. Leads added meanwhile (an import, an undo)
        come back selected, as they would have on screen; else the selection stays; with none,
        the first row is current."""
        if self._loaded:
            return
        added = sorted(self._added_while_hidden)
        keep = added or self.selected_ids()
        current = added[0] if added else self.current_id()
        self._added_while_hidden.clear()
        self._loaded = True
        self._reload_tags()
        self.model.refresh()
        self._update_count()
        if current is None or self.model.row_of(current) < 0:
            current = self.model.lead_id(0) if self.model.rowCount() else None
        self.select_ids(keep or ([current] if current is not None else []), current)

    def _size_columns(self) -> None:
        """Widths from what typically stands in each column, in this font and locale; the
        user can drag them, and the last one takes what is left."""
        metrics = self.table.fontMetrics()
        locale = QLocale()
        sample_date = locale.toString(QDate(2026, 12, 28), QLocale.FormatType.ShortFormat)
        samples = {
            0: "Alexandra Lindqvist", 1: "Björkliden Tryckeri AB", 2: texts.stage_name(Stage.NEGOTIATION),
            3: "+46 70-123 45 67", 4: "anders.wikstrom@stenasen.se",
            5: texts.source_name(Source.WEB), 6: "1 250 000 SEK", 7: sample_date, 8: self.model.none_planned,
        }  # fmt: skip
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column in range(self.model.columnCount()):
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            width = max(metrics.horizontalAdvance(samples.get(column, "")), metrics.horizontalAdvance(title) + 18)
            self.table.setColumnWidth(column, width + 16)

    # --- filters ----------------------------------------------------------------------

    def apply_filters(self) -> None:
        tag_index = self.tag_filter.currentIndex()
        tag = self._tags[tag_index - 1] if tag_index > 0 else ""
        query = replace(self.model.query, text=self.search.text(), stage=self.stage_filter.value(), tag=tag)
        self.model.set_query(query)

    def clear_filters(self) -> None:
        for widget in (self.search, self.stage_filter, self.tag_filter):
            widget.blockSignals(True)
        self.search.clear()
        self.stage_filter.setCurrentIndex(0)
        self.tag_filter.setCurrentIndex(0)
        for widget in (self.search, self.stage_filter, self.tag_filter):
            widget.blockSignals(False)
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
        shown, total = self.model.rowCount(), self._book.count_leads()
        if shown == total:
            text = self.tr("%n lead(s)", "", total)
        else:
            text = self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(total))
        self.count_label.setText(text)

    # --- book changes -----------------------------------------------------------------

    def on_book_changed(self, change: Change) -> None:
        self._reload_tags()  # cheap; keeps the filters (and an export of them) true meanwhile
        if not self.isVisible():
            self._loaded = False  # read again when shown or asked
            self._added_while_hidden = (self._added_while_hidden | set(change.added)) - set(change.removed)
            return
        # Select what came back (an undo, a new lead); otherwise keep the selection.
        keep = sorted(change.added) or self.selected_ids()
        current = min(change.added) if change.added else self.current_id()
        self.model.on_book_changed(change)
        self._update_count()
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

    def _context_menu(self, pos) -> None:  # noqa: ANN001 - QPoint
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self._activated(index))
        menu.addAction(self.delete_action)
        menu.exec(self.table.viewport().mapToGlobal(pos))
