"""The lead table: a model over an ordered list of ids that loads visible rows on demand.

The id list comes from one indexed query, so the view knows its row count at
once; the few columns it shows are read a page at a time when a row is first
painted and kept in a small cache. 100,000 leads cost one list of ints.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QIcon

from ...book import Change, LeadBook, LeadQuery
from ...core.clock import utc_iso
from ...core.model import Source, Stage
from ...present import texts
from ...present.formatting import local_datetime, money, short_date
from ..theme import current, icon

# The columns, as the sort keys LeadQuery understands, in their default order: who, where they
# stand and what comes next first; how to reach them after. Headers are set (translated) in the model.
COLUMNS: tuple[str, ...] = (
    "name", "company", "stage", "next_step", "last_touch", "phone", "email", "source", "value",
)  # fmt: skip

PAGE = 200
#: Rows a search shows at once before all its matches are read (more than a maximised window holds).
FIRST_SCREEN = 80
#: The rest of a search's matches is read this long after its key, so that typing on (the usual gap
#: between keys is longer) is never kept waiting behind it; a view that scrolls on asks at once.
REST_AFTER_MS = 150
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NAME_COLUMN, _VALUE_COLUMN, _NEXT_COLUMN = COLUMNS.index("name"), COLUMNS.index("value"), COLUMNS.index("next_step")
_COMPANY_COLUMN, _EMAIL_COLUMN, _PHONE_COLUMN = COLUMNS.index("company"), COLUMNS.index("email"), COLUMNS.index("phone")
_ACTIVE_STAGES = frozenset(stage.value for stage in Stage if stage.is_active)


class _Shown(NamedTuple):
    """A row as painted: its texts, formatted once when its page is read."""

    texts: tuple[str, ...]
    do_not_contact: bool
    lacks_next_step: bool
    overdue: bool
    next_date: str


_CACHE_LIMIT = 5000

_ID, _NAME, _COMPANY, _STAGE, _PHONES, _EMAILS, _SOURCE, _VALUE, _CURRENCY, _LAST, _NEXT, _DNC = range(12)

LeadIdRole = Qt.ItemDataRole.UserRole + 1


def do_not_contact_icon() -> QIcon:
    """A "no entry" sign in the do-not-contact colour: the mark for a lead who asked not to be
    contacted, always with its words in a tooltip."""
    return icon("ban", "do_not_contact")


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
        titles = {
            "name": self.tr("Name"), "company": self.tr("Company"), "stage": self.tr("Stage"),
            "phone": self.tr("Phone"), "email": self.tr("E-mail"), "source": self.tr("Source"),
            "value": self.tr("Value"), "last_touch": self.tr("Last touch"), "next_step": self.tr("Next step"),
        }  # fmt: skip
        self._headers = tuple(titles[key] for key in COLUMNS)
        self.none_planned = self.tr("⚠ none", "an active lead with no next step planned, in the lead list")
        #: An overdue next step: a warning sign before its date, so it never rests on colour alone.
        self.overdue_format = self.tr("⚠ %1", "an overdue next step in the lead list; %1 is its date")
        self.dnc_text = self.tr("Do not contact")
        self.dnc_icon = do_not_contact_icon()
        self._theme = current()
        self._today = ""  # the start of today (UTC ISO text): next steps before it are overdue
        #: A search showing its first screen only: how many match in all; the rest is read a moment
        #: later (``complete``, ``REST_AFTER_MS``), or at once when something needs every row.
        self._pending_total: int | None = None
        self._rest = QTimer(self)
        self._rest.setSingleShot(True)
        self._rest.setInterval(REST_AFTER_MS)
        self._rest.timeout.connect(self.complete)
        if load:
            self.refresh()

    # --- what is shown ----------------------------------------------------------------

    @property
    def query(self) -> LeadQuery:
        return self._query

    def set_query(self, query: LeadQuery) -> None:
        if query != self._query:
            previous = (self._query, self._ids) if self._pending_total is None else None
            self._query = query
            self.refresh(previous, first_screen=True)

    def refresh(self, previous: tuple[LeadQuery, list[int]] | None = None, *, first_screen: bool = False) -> None:
        """Re-read the id list (the book or the query changed); ``previous`` lets a search
        that only narrows the last one filter that result instead of the whole book. With
        ``first_screen`` a search with many matches reads only its first screen now and the
        rest a moment later (rows are then added below; ``total_rows()`` says how many there
        will be); the next key before then reads its own first screen instead."""
        self._rest.stop()
        self.beginResetModel()
        first = self._book.first_lead_ids(self._query, FIRST_SCREEN) if first_screen else None
        if first is not None and first[1] > len(first[0]):
            self._ids, self._pending_total = first[0], first[1]
            self._rest.start(REST_AFTER_MS)
        else:
            self._ids = first[0] if first is not None else self._book.lead_ids(self._query, refining=previous)
            self._pending_total = None
        self._row_of = {}
        self._cache.clear()
        self._today = ""  # a new day may have begun
        self.endResetModel()

    def total_rows(self) -> int:
        """How many rows the list has, or will have once a search has read all its matches."""
        return len(self._ids) if self._pending_total is None else self._pending_total

    def is_complete(self) -> bool:
        return self._pending_total is None

    def complete(self) -> None:
        """The rest of a search's matches, below its first screen (the order of those is kept)."""
        if self._pending_total is None:
            return
        self._rest.stop()
        self._pending_total = None
        everything = self._book.lead_ids(self._query)
        shown = len(self._ids)
        if everything[:shown] != self._ids:  # changed elsewhere meanwhile: read anew
            self.beginResetModel()
            self._ids, self._row_of = everything, {}
            self._cache.clear()
            self.endResetModel()
            return
        if len(everything) > shown:
            self.beginInsertRows(QModelIndex(), shown, len(everything) - 1)
            self._ids, self._row_of = everything, {}
            self.endInsertRows()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._pending_total is not None

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: N802
        if not parent.isValid() and self._pending_total is not None:
            self._rest.start(0)  # on the next turn: a view asks from inside its own updates

    def on_book_changed(self, change: Change) -> None:
        """Cheap path for edits that keep the row set; a full refresh otherwise."""
        self.complete()
        if change.added or change.removed or self._book.lead_ids(self._query) != self._ids:
            self.refresh()
            return
        self._dates.clear()
        self._today = ""
        for lead_id in change.lead_ids:
            self._cache.pop(lead_id, None)
            row = self.row_of(lead_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def lead_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, lead_id: int) -> int:
        self.complete()  # a lead below a search's first screen has a row too
        if not self._row_of and self._ids:
            self._row_of = {lead_id: row for row, lead_id in enumerate(self._ids)}
        return self._row_of.get(lead_id, -1)

    # --- Qt model interface -----------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:
        # Qt's own checks the bounds by calling rowCount() and columnCount(): two calls back into
        # Python for every cell a view paints. The same check here costs none.
        if parent.isValid() or not (0 <= row < len(self._ids) and 0 <= column < len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        # The tooltip tells a header narrowed to fit the window (and so cut short) in full.
        if (
            orientation == Qt.Orientation.Horizontal
            and role in (_DISPLAY, _TOOLTIP)
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self.set_query(replace(self._query, sort=COLUMNS[column], descending=order == Qt.SortOrder.DescendingOrder))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        # The hot path of every paint: a views asks several roles per visible cell.
        if role == _DISPLAY:
            shown = self._shown(index.row())
            return shown.texts[index.column()] if shown else None
        if role == _FOREGROUND:
            shown = self._shown(index.row())
            if shown is None:
                return None
            if index.column() == _NEXT_COLUMN:
                if shown.overdue:  # red: a promised step not taken (the word says so too)
                    return self._theme.colour("overdue")
                if shown.lacks_next_step:  # amber, as Today's "no next step" line
                    return self._theme.colour("missing_step")
            return None
        if role == _DECORATION:
            if index.column() == _NAME_COLUMN:
                shown = self._shown(index.row())
                if shown is not None and shown.do_not_contact:
                    return self.dnc_icon
            return None
        if role == _TOOLTIP:
            return self._tooltip(index.row(), index.column())
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

    def _tooltip(self, row: int, column: int) -> str | None:
        """The words behind the marks, and texts a narrow column cuts short."""
        shown = self._shown(row)
        if shown is None:
            return None
        if column == _NAME_COLUMN and shown.do_not_contact:
            return f"{shown.texts[column]} — {self.dnc_text}"
        if column == _NEXT_COLUMN and shown.lacks_next_step:
            return self.tr("No next step planned")
        if column == _NEXT_COLUMN and shown.overdue:
            return self.tr("Overdue: the next step was due %1").replace("%1", shown.next_date)
        if column in (_NAME_COLUMN, _COMPANY_COLUMN, _EMAIL_COLUMN, _PHONE_COLUMN) and shown.texts[column]:
            return shown.texts[column]
        return None

    def today_starts(self) -> str:
        """The first instant of the book's today (UTC text, as stored): a next step before it is overdue."""
        if not self._today:
            start = datetime.combine(self._book.local_today(), datetime.min.time(), self._book.clock.zone)
            self._today = utc_iso(start)
        return self._today

    def _format(self, row: tuple[Any, ...]) -> _Shown:
        stage = row[_STAGE]
        lacks = row[_NEXT] is None and stage in _ACTIVE_STAGES
        overdue = row[_NEXT] is not None and row[_NEXT] < self.today_starts()
        next_date = self._date(row[_NEXT])
        if lacks:
            next_text = self.none_planned
        elif overdue:
            next_text = self.overdue_format.replace("%1", next_date)
        else:
            next_text = next_date
        by_key = {
            "name": row[_NAME],
            "company": row[_COMPANY],
            "stage": self._stage_names.get(stage, stage),
            "next_step": next_text,
            "last_touch": self._date(row[_LAST]),
            "phone": _first(row[_PHONES]),
            "email": _first(row[_EMAILS]),
            "source": self._source_names.get(row[_SOURCE], row[_SOURCE]),
            "value": money(row[_VALUE], row[_CURRENCY], self._locale),
        }
        return _Shown(tuple(by_key[key] for key in COLUMNS), bool(row[_DNC]), lacks, overdue, next_date)

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
