"""The lead table: a model over an ordered list of ids that loads visible rows on demand.

The id list comes from one indexed query, so the view knows its row count at
once; the few columns it shows are read a page at a time when a row is first
painted and kept in a small cache. 100,000 leads cost one list of ints.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ..book import Change, LeadBook, LeadQuery
from ..core.model import Source, Stage
from .. import texts
from .formatting import local_datetime, money, short_date

# The columns, as the sort keys LeadQuery understands; headers are set (translated) in the model.
COLUMNS: tuple[str, ...] = (
    "name", "company", "stage", "phone", "email", "source", "value", "last_touch", "next_step",
)  # fmt: skip

PAGE = 200
_CACHE_LIMIT = 5000

_ID, _NAME, _COMPANY, _STAGE, _PHONES, _EMAILS, _SOURCE, _VALUE, _CURRENCY, _LAST, _NEXT, _DNC = range(12)

LeadIdRole = Qt.ItemDataRole.UserRole + 1


def _first(lines: str) -> str:
    return lines.split("\n", 1)[0]


class LeadTableModel(QAbstractTableModel):
    def __init__(self, book: LeadBook, parent: Any = None) -> None:
        super().__init__(parent)
        self._book = book
        self._query = LeadQuery()
        self._ids: list[int] = []
        self._row_of: dict[int, int] = {}
        self._cache: dict[int, tuple[Any, ...]] = {}
        self._headers = (
            self.tr("Name"), self.tr("Company"), self.tr("Stage"), self.tr("Phone"),
            self.tr("E-mail"), self.tr("Source"), self.tr("Value"), self.tr("Last touch"),
            self.tr("Next step"),
        )  # fmt: skip
        self._none_planned = self.tr("⚠ none planned")
        self.refresh()

    # --- what is shown ----------------------------------------------------------------

    @property
    def query(self) -> LeadQuery:
        return self._query

    def set_query(self, query: LeadQuery) -> None:
        if query != self._query:
            self._query = query
            self.refresh()

    def refresh(self) -> None:
        """Re-read the id list (the book or the query changed)."""
        self.beginResetModel()
        self._ids = self._book.lead_ids(self._query)
        self._row_of = {}
        self._cache.clear()
        self.endResetModel()

    def on_book_changed(self, change: Change) -> None:
        """Cheap path for edits that keep the row set; a full refresh otherwise."""
        if change.added or change.removed or self._book.lead_ids(self._query) != self._ids:
            self.refresh()
            return
        for lead_id in change.lead_ids:
            self._cache.pop(lead_id, None)
            row = self.row_of(lead_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def lead_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, lead_id: int) -> int:
        if not self._row_of and self._ids:
            self._row_of = {lead_id: row for row, lead_id in enumerate(self._ids)}
        return self._row_of.get(lead_id, -1)

    # --- Qt model interface -----------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self._headers):
                return self._headers[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self.set_query(
                replace(self._query, sort=COLUMNS[column], descending=order == Qt.SortOrder.DescendingOrder)
            )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        if role == LeadIdRole:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == "value":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row[_DNC] and column == "name":
                return QColor("#9a3b3b")
            if column == "next_step" and self._lacks_next_step(row):
                return QColor("#b3261e")
            return None
        return self._display(row, column)

    # --- helpers ----------------------------------------------------------------------

    def _display(self, row: tuple[Any, ...], column: str) -> str:
        zone = self._book.clock.zone
        if column == "name":
            return row[_NAME]
        if column == "company":
            return row[_COMPANY]
        if column == "stage":
            return texts.stage_name(Stage(row[_STAGE]))
        if column == "phone":
            return _first(row[_PHONES])
        if column == "email":
            return _first(row[_EMAILS])
        if column == "source":
            return texts.source_name(Source(row[_SOURCE]))
        if column == "value":
            return money(row[_VALUE], row[_CURRENCY])
        if column == "next_step" and self._lacks_next_step(row):
            return self._none_planned
        if column in ("last_touch", "next_step"):
            moment = local_datetime(row[_LAST if column == "last_touch" else _NEXT], zone)
            return short_date(moment) if moment else ""
        return ""

    @staticmethod
    def _lacks_next_step(row: tuple[Any, ...]) -> bool:
        """Active leads must always have a next step; the list flags those that don't."""
        return row[_NEXT] is None and Stage(row[_STAGE]).is_active

    def _row(self, row: int) -> tuple[Any, ...] | None:
        lead_id = self._ids[row]
        cached = self._cache.get(lead_id)
        if cached is not None:
            return cached
        if len(self._cache) > _CACHE_LIMIT:
            self._cache.clear()
        start = max(0, row - PAGE // 4)
        page = self._ids[start : start + PAGE]
        self._cache.update(self._book.table_rows(page))
        return self._cache.get(lead_id)
