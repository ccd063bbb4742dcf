"""The lead table: a model over an ordered list of ids that loads visible rows on demand.

The id list comes from one indexed query, so the view knows its row count at
once; the few columns it shows are read a page at a time when a row is first
painted and kept in a small cache. 100,000 leads cost one list of ints.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from .. import texts
from ..book import Change, LeadBook, LeadQuery
from ..core.model import Source, Stage
from .formatting import local_datetime, money, short_date

# The columns, as the sort keys LeadQuery understands; headers are set (translated) in the model.
COLUMNS: tuple[str, ...] = (
    "name", "company", "stage", "phone", "email", "source", "value", "last_touch", "next_step",
)  # fmt: skip

PAGE = 200
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NAME_COLUMN, _VALUE_COLUMN, _NEXT_COLUMN = COLUMNS.index("name"), COLUMNS.index("value"), COLUMNS.index("next_step")
_DNC_COLOUR = QColor("#9a3b3b")
_WARNING_COLOUR = QColor("#b3261e")
_ACTIVE_STAGES = frozenset(stage.value for stage in Stage if stage.is_active)


class _Shown(NamedTuple):
    """A row as painted: its texts, formatted once when its page is read."""

    texts: tuple[str, ...]
    do_not_contact: bool
    lacks_next_step: bool

_CACHE_LIMIT = 5000

_ID, _NAME, _COMPANY, _STAGE, _PHONES, _EMAILS, _SOURCE, _VALUE, _CURRENCY, _LAST, _NEXT, _DNC = range(12)

LeadIdRole = Qt.ItemDataRole.UserRole + 1


def _first(lines: str) -> str:
    return lines.split("\n", 1)[0]


class LeadTableModel(QAbstractTableModel):
    """The lead list: ids in display order from the book, cells read a screenful at a time.
    ``load=False`` leaves it empty until ``refresh()`` (a view not shown yet)."""

    def __init__(self, book: LeadBook, parent: Any = None, *, load: bool = True) -> None:
        super().__init__(parent)
        self._book = book
        self._query = LeadQuery()
        self._ids: list[int] = []
        self._row_of: dict[int, int] = {}
        self._cache: dict[int, _Shown] = {}
        self._dates: dict[str, str] = {}
        self._locale = QLocale()
        self._stage_names = {stage.value: texts.stage_name(stage) for stage in Stage}
        self._source_names = {source.value: texts.source_name(source) for source in Source}
        self._headers = (
            self.tr("Name"), self.tr("Company"), self.tr("Stage"), self.tr("Phone"),
            self.tr("E-mail"), self.tr("Source"), self.tr("Value"), self.tr("Last touch"),
            self.tr("Next step"),
        )  # fmt: skip
        self.none_planned = self.tr("⚠ none planned")
        if load:
            self.refresh()

    # --- what is shown ----------------------------------------------------------------

    @property
    def query(self) -> LeadQuery:
        return self._query

    def set_query(self, query: LeadQuery) -> None:
        if query != self._query:
            previous = (self._query, self._ids)
            self._query = query
            self.refresh(previous)

    def refresh(self, previous: tuple[LeadQuery, list[int]] | None = None) -> None:
        """Re-read the id list (the book or the query changed); ``previous`` lets a search
        that only narrows the last one filter that result instead of the whole book."""
        self.beginResetModel()
        self._ids = self._book.lead_ids(self._query, refining=previous)
        self._row_of = {}
        self._cache.clear()
        self.endResetModel()

    def on_book_changed(self, change: Change) -> None:
        """Cheap path for edits that keep the row set; a full refresh otherwise."""
        if change.added or change.removed or self._book.lead_ids(self._query) != self._ids:
            self.refresh()
            return
        self._dates.clear()
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

    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:
        # Qt's own checks the bounds by calling rowCount() and columnCount(): two calls back into
        # Python for every cell a view paints. The same check here costs none.
        if parent.isValid() or not (0 <= row < len(self._ids) and 0 <= column < len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self._headers):
                return self._headers[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self.set_query(
                replace(self._query, sort=COLUMNS[column], descending=order == Qt.SortOrder.DescendingOrder)
            )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        # The hot path of every paint: a views asks several roles per visible cell.
        if role == _DISPLAY:
            shown = self._shown(index.row())
            return shown.texts[index.column()] if shown else None
        if role == _FOREGROUND:
            shown = self._shown(index.row())
            if shown is None:
                return None
            column = index.column()
            if column == _NAME_COLUMN and shown.do_not_contact:
                return _DNC_COLOUR
            if column == _NEXT_COLUMN and shown.lacks_next_step:
                return _WARNING_COLOUR
            return None
        if role == _ALIGNMENT:
            return _RIGHT if index.column() == _VALUE_COLUMN else None
        if role == LeadIdRole and 0 <= index.row() < len(self._ids):
            return self._ids[index.row()]
        return None

    # --- helpers ----------------------------------------------------------------------

    def _shown(self, row: int) -> _Shown | None:
        if not 0 <= row < len(self._ids):
            return None
        shown = self._cache.get(self._ids[row])
        if shown is None:
            self._load_page(row)
            shown = self._cache.get(self._ids[row])
        return shown

    def _load_page(self, row: int) -> None:
        """Read and format a page of rows at once, so painting only looks up strings."""
        if len(self._cache) > _CACHE_LIMIT:
            self._cache.clear()
        start = max(0, row - PAGE // 4)
        for lead_id, raw in self._book.table_rows(self._ids[start : start + PAGE]).items():
            self._cache[lead_id] = self._format(raw)

    def _format(self, row: tuple[Any, ...]) -> _Shown:
        stage = row[_STAGE]
        lacks = row[_NEXT] is None and stage in _ACTIVE_STAGES
        return _Shown(
            (
                row[_NAME],
                row[_COMPANY],
                self._stage_names.get(stage, stage),
                _first(row[_PHONES]),
                _first(row[_EMAILS]),
                self._source_names.get(row[_SOURCE], row[_SOURCE]),
                money(row[_VALUE], row[_CURRENCY], self._locale),
                self._date(row[_LAST]),
                self.none_planned if lacks else self._date(row[_NEXT]),
            ),
            bool(row[_DNC]),
            lacks,
        )

    def _date(self, utc_text: str | None) -> str:
        """Local short date of a stored instant; dates repeat a lot, so they are remembered."""
        if not utc_text:
            return ""
        text = self._dates.get(utc_text)
        if text is None:
            moment = local_datetime(utc_text, self._book.clock.zone)
            text = short_date(moment, self._locale) if moment else ""
            self._dates[utc_text] = text
        return text
