"""An import from file to plan: which format, which records, and for each one what happens.

``open_contacts_file`` reads and recognises a file (refusing bad ones with a FileProblem);
``file_records`` turns it into Records; ``build_plan`` sorts them into new leads,
duplicates (of a lead in the book, or of an earlier row of the same file) and errors.
The plan is plain data: the preview shows it, the user changes actions in it, and
``LeadBook.import_leads`` carries it out in one transaction.
"""

from __future__ import annotations

import gc
import re
import sys
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from enum import Enum
from pathlib import Path
from typing import Any, overload

from ..core.frozen import FrozenRecord
from ..core.model import Lead
from .csv_import import (
    CsvTable,
    Mapping,
    Profile,
    mapping_for,
    mapping_names_someone,
    read_csv,
    records,
    unused_columns,
)
from .matching import Contact, DuplicateIndex, MatchBy, contact_keys
from .records import Record, RowProblem, merge_adds_nothing, merge_leads, pack_lead, unpack_lead
from .textfile import FileProblem, FileProblemKind, TextFile, read_text_file, sniff_kind
from .vcard import read_vcards, split_lines

_VCARD_BEGIN = re.compile(r"^\s*BEGIN\s*:\s*VCARD\s*$", re.IGNORECASE)


class FileFormat(str, Enum):
    CSV = "csv"
    VCARD = "vcard"


class ContactsFile(FrozenRecord):
    """A readable contacts file, recognised."""

    source: TextFile
    format: FileFormat
    table: CsvTable | None = None  # CSV only
    vcard_data: bytes = b""  # vCard only: its text as UTF-8

    @property
    def profile(self) -> Profile | None:
        return self.table.profile if self.table else None

    @property
    def needs_mapping(self) -> bool:
        """A CSV from an unknown program: the user confirms which column is what."""
        return self.table is not None and self.table.profile == Profile.GENERIC


def open_contacts_file(path: Path | str, format_hint: str = "auto", *, max_bytes: int | None = None) -> ContactsFile:
    """Read and recognise ``path``; raises FileProblem (nothing changed) when it cannot be imported."""
    large_blocks_mapped()
    source = read_text_file(path, max_bytes=max_bytes)
    kind = sniff_kind(source.text)
    if kind in ("calendar", "html", "json"):
        raise FileProblem(FileProblemKind.WRONG_FORMAT, kind)
    if format_hint == "vcard" and kind != "vcard":
        raise FileProblem(FileProblemKind.WRONG_FORMAT, "csv")
    if kind == "vcard":
        if format_hint not in ("auto", "vcard"):
            raise FileProblem(FileProblemKind.WRONG_FORMAT, "vcard")
        # Kept as UTF-8 (a byte a character for most, where the text takes two or four once one
        # character needs them) and read a block at a time.
        data = source.text.encode("utf-8", errors="surrogatepass")
        return ContactsFile(replace(source, text=""), FileFormat.VCARD, vcard_data=data)
    with no_cyclic_gc():
        table = read_csv(source.text)
    if format_hint in ("google", "outlook", "linkedin", "leadbook", "thunderbird"):
        table = replace(table, profile=Profile(format_hint))
    if len(table.header) < 2 and table.profile == Profile.GENERIC and not table.rows:
        raise FileProblem(FileProblemKind.NO_CONTACTS)
    # The rows hold the cells now: the text (4 bytes a character once one is Chinese) goes.
    return ContactsFile(replace(source, text=""), FileFormat.CSV, table)


_M_MMAP_THRESHOLD = -3  # mallopt(3)
_mapped = False


def large_blocks_mapped() -> None:
    """Keep the C library's threshold for mapping large blocks at its first value (glibc: 128 KiB).

    glibc raises that threshold whenever a mapped block is freed, up to 32 MiB: once the file's
    decoded text (tens of MB) is let go, every later table and buffer of the import (the
    duplicate search's dicts, the plan's arrays, each resized several times) comes from the heap,
    where the blocks they outgrew stay behind as holes. A 10 MB CSV's import peaked 16 MB
    higher that way, its second import 27 MB. Set once per process, where glibc is the C library."""
    global _mapped  # noqa: PLW0603 - once per process
    if _mapped or not sys.platform.startswith("linux"):
        return
    _mapped = True
    try:
        import ctypes  # noqa: PLC0415

        libc = ctypes.CDLL(None)
        if hasattr(libc, "gnu_get_libc_version"):
            libc.mallopt(_M_MMAP_THRESHOLD, 128 * 1024)
    except (OSError, AttributeError):  # no glibc (musl, a static build): its own allocator's ways
        pass


@contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while 100,000 records are made: each collection
    would walk all of them again. Nothing here makes reference cycles.

    Afterwards the objects made meanwhile join the oldest generation at once (gc.freeze then
    gc.unfreeze: two list splices), instead of being walked by a young collection at the next
    allocation and again by the one after: 0.2 to 0.5 s in all for a 100,000-row import.
    They are still collected as usual, at the next full collection. (Only when nothing else
    keeps objects frozen: unfreeze would let those go too.)"""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
            gc.enable()


def file_records(contacts: ContactsFile, mapping: Mapping | None = None) -> list[Record]:
    """Every contact of the file; for CSV with ``mapping`` or the recognised one."""
    with no_cyclic_gc():
        return list(iter_records(contacts, mapping))


def iter_records(contacts: ContactsFile, mapping: Mapping | None = None) -> Iterator[Record]:
    """``file_records`` one at a time, as the file is read: a plan keeps each lead packed
    (``PlanItem``), so a whole file's Leads never live at once. Raises FileProblem at once
    for a CSV mapping that names nobody."""
    if contacts.format == FileFormat.VCARD:
        return read_vcards(contacts.vcard_data)
    assert contacts.table is not None
    mapping = mapping or mapping_for(contacts.table)
    if not mapping_names_someone(mapping):
        raise FileProblem(FileProblemKind.NO_NAME_COLUMN)
    return records(contacts.table, mapping)


def replaced_rows(contacts: ContactsFile) -> list[int]:
    """The rows (by the line each starts on) in which an unreadable byte became U+FFFD: the
    line of the CSV row or vCard a replaced line belongs to (a row or card can span lines).
    A replacement before the first row (a CSV's header or preamble) is listed by its own line."""
    replaced = contacts.source.replaced_lines
    if not replaced:
        return []
    if contacts.table is not None:
        starts = [contacts.table.header_line] + [row.line for row in contacts.table.rows]
    else:
        starts = [number for number, line in enumerate(split_lines(contacts.vcard_data), 1)
                  if _VCARD_BEGIN.match(line)]  # fmt: skip
    rows: list[int] = []
    for line in replaced:
        at = bisect_right(starts, line) - 1
        row = starts[at] if at >= 0 else line
        if not rows or rows[-1] != row:
            rows.append(row)
    return rows


def format_label(contacts: ContactsFile) -> str:
    """Stored with the import: "vcard", "csv", or "csv/google"..."""
    if contacts.profile and contacts.profile != Profile.GENERIC:
        return f"csv/{contacts.profile.value}"
    return contacts.format.value


# --- the plan --------------------------------------------------------------------------------


class ItemKind(str, Enum):
    NEW = "new"
    DUPLICATE = "duplicate"
    ERROR = "error"


class Action(str, Enum):
    """What happens to a duplicate: merged into the lead it matches, skipped, or added anyway."""

    MERGE = "merge"
    SKIP = "skip"
    ADD = "add"


class PlanItem:
    """One row of the file in the plan. Slots: no __dict__ (100,000 of them in a big import); the
    lead is held packed (``records.pack_lead``, about the size of its text) and made again each
    time ``lead`` is read."""

    __slots__ = ("action", "brings_news", "kind", "line", "match_by", "match_id", "match_item", "match_name",
                 "packed", "possible_by", "possible_ids", "possible_items", "problems")  # fmt: skip

    def __init__(
        self, line: int, kind: ItemKind, lead: Lead | None = None, problems: tuple[RowProblem, ...] = (),
        match_id: int | None = None, match_item: int | None = None, match_name: str = "",
        match_by: MatchBy | None = None, action: Action = Action.ADD, brings_news: bool = True,
        possible_ids: tuple[int, ...] = (), possible_items: tuple[int, ...] = (), possible_by: MatchBy | None = None,
    ) -> None:  # fmt: skip
        self.line = line
        self.kind = kind
        self.packed: bytes | None = None if lead is None else pack_lead(lead)
        self.problems = problems
        self.match_id = match_id  # the book's lead it duplicates
        self.match_item = match_item  # or the earlier item of this file it duplicates
        self.match_name = match_name
        self.match_by = match_by
        self.action = action
        self.brings_news = brings_news  # merging would change something
        # A new lead that may be the same person as these (it shares an e-mail, a phone, or its
        # name and company with them, but the rest disagrees): recorded for review, never merged.
        self.possible_ids = possible_ids  # leads of the book
        self.possible_items = possible_items  # earlier items of this file
        self.possible_by = possible_by

    @property
    def lead(self) -> Lead | None:
        return None if self.packed is None else unpack_lead(self.packed)

    @lead.setter
    def lead(self, lead: Lead | None) -> None:
        self.packed = None if lead is None else pack_lead(lead)

    @property
    def flagged(self) -> bool:
        return bool(self.possible_ids or self.possible_items)

    def __repr__(self) -> str:
        return (
            f"PlanItem(line={self.line}, kind={self.kind}, lead={self.lead!r}, match_id={self.match_id}, "
            f"match_item={self.match_item}, action={self.action})"
        )


_KINDS = (ItemKind.NEW, ItemKind.DUPLICATE, ItemKind.ERROR)
_ACTIONS = (Action.MERGE, Action.SKIP, Action.ADD)
_BY: tuple[MatchBy | None, ...] = (None, MatchBy.EMAIL, MatchBy.PHONE, MatchBy.NAME)
_CODE = {value: code for values in (_KINDS, _ACTIONS, _BY) for code, value in enumerate(values)}


class PlanItems(Sequence[PlanItem]):
    """A plan's rows, held in arrays of a few bytes a row and every row's packed lead in one
    buffer, instead of an object a row (100,000 rows in a big import): ``items[n]`` is a
    PlanItem that reads and writes row n here. What few rows have (problems, possible
    duplicates, the name of the lead a duplicate matches) is kept for those rows only."""

    def __init__(self) -> None:
        self._lines = array("q")
        self._kinds = bytearray()  # _KINDS
        self._actions = bytearray()  # _ACTIONS
        self._by = bytearray()  # _BY: match_by
        self._news = bytearray()  # brings_news
        self._match = array("q")  # a book lead's id + 1, an earlier row n as -(n + 1), 0 for none
        self._ends = array("q", [0])  # row n's packed lead is _buffer[_ends[n]:_ends[n + 1]]
        self._buffer = bytearray()
        self._packed: dict[int, bytes | None] = {}  # rows whose lead was set again, or that have none
        self._problems: dict[int, tuple[RowProblem, ...]] = {}
        self._names: dict[int, str] = {}  # match_name
        self._possible: dict[int, tuple[tuple[int, ...], tuple[int, ...], MatchBy | None]] = {}

    def add_new(self, line: int, packed: bytes) -> None:
        """A row that becomes a new lead and has nothing more to say (the usual row of a first import)."""
        self._lines.append(line)
        self._kinds.append(0)
        self._actions.append(2)
        self._by.append(0)
        self._news.append(1)
        self._match.append(0)
        self._buffer += packed
        self._ends.append(len(self._buffer))

    def add_match(
        self, line: int, packed: bytes, match_by: MatchBy | None, lead_id: int, quiet_name: str | None
    ) -> None:
        """A row without problems that merges into the book's lead ``lead_id``; ``quiet_name``: that
        lead's name when the merge adds nothing (the usual row of a file imported again)."""
        n = len(self._lines)
        self._lines.append(line)
        self._kinds.append(_CODE[ItemKind.DUPLICATE])
        self._actions.append(_CODE[Action.MERGE])
        self._by.append(_CODE[match_by])
        self._news.append(quiet_name is None)
        self._match.append(_match_code(lead_id, None))
        self._buffer += packed
        self._ends.append(len(self._buffer))
        if quiet_name:
            self._names[n] = quiet_name

    def append(self, item: PlanItem) -> None:
        n = len(self._lines)
        self._lines.append(item.line)
        self._kinds.append(_CODE[item.kind])
        self._actions.append(_CODE[item.action])
        self._by.append(_CODE[item.match_by])
        self._news.append(item.brings_news)
        self._match.append(_match_code(item.match_id, item.match_item))
        packed = item.packed
        if packed is None:
            self._packed[n] = None
        else:
            self._buffer += packed
        self._ends.append(len(self._buffer))
        if item.problems:
            self._problems[n] = item.problems
        if item.match_name:
            self._names[n] = item.match_name
        if item.possible_ids or item.possible_items or item.possible_by is not None:
            self._possible[n] = (item.possible_ids, item.possible_items, item.possible_by)

    def __len__(self) -> int:
        return len(self._lines)

    @overload
    def __getitem__(self, index: int) -> PlanItem: ...
    @overload
    def __getitem__(self, index: slice) -> list[PlanItem]: ...
    def __getitem__(self, index: int | slice) -> PlanItem | list[PlanItem]:
        if isinstance(index, slice):
            return [_PlanRow(self, n) for n in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return _PlanRow(self, index)

    def __iter__(self) -> Iterator[PlanItem]:
        return (_PlanRow(self, n) for n in range(len(self._lines)))

    def brings_news(self, n: int) -> bool:
        """items[n].brings_news, without making the item."""
        return bool(self._news[n])

    def kind_code(self, n: int) -> int:
        """Row n's kind as its place in (NEW, DUPLICATE, ERROR)."""
        return self._kinds[n]

    def packed(self, n: int) -> bytes | memoryview | None:
        """Row n's packed lead (``records.packed_values`` reads it); a view into the buffer."""
        if n in self._packed:
            return self._packed[n]
        return memoryview(self._buffer)[self._ends[n] : self._ends[n + 1]]

    def count_kind(self, kind: ItemKind) -> int:
        return self._kinds.count(_CODE[kind])

    def of_kind(self, kind: ItemKind) -> list[int]:
        code, kinds = _CODE[kind], self._kinds
        if code == 0 and not kinds.count(1) and not kinds.count(2):
            return list(range(len(kinds)))
        return [n for n, found in enumerate(kinds) if found == code]

    def with_more(self) -> list[int]:
        """The rows with problems, possible duplicates, or a match: the rows that are more than new."""
        return sorted({*self._problems, *self._possible, *(n for n, code in enumerate(self._kinds) if code)})


def _match_code(match_id: int | None, match_item: int | None) -> int:
    if match_item is not None:
        return -(match_item + 1)
    return 0 if match_id is None else match_id + 1


class _PlanRow(PlanItem):
    """Row n of a PlanItems, read and written there."""

    __slots__ = ("_n", "_rows")

    def __init__(self, rows: PlanItems, n: int) -> None:
        self._rows, self._n = rows, n

    @property
    def line(self) -> int:
        return self._rows._lines[self._n]

    @line.setter
    def line(self, value: int) -> None:
        self._rows._lines[self._n] = value

    @property
    def kind(self) -> ItemKind:
        return _KINDS[self._rows._kinds[self._n]]

    @kind.setter
    def kind(self, value: ItemKind) -> None:
        self._rows._kinds[self._n] = _CODE[value]

    @property
    def action(self) -> Action:
        return _ACTIONS[self._rows._actions[self._n]]

    @action.setter
    def action(self, value: Action) -> None:
        self._rows._actions[self._n] = _CODE[value]

    @property
    def match_by(self) -> MatchBy | None:
        return _BY[self._rows._by[self._n]]

    @match_by.setter
    def match_by(self, value: MatchBy | None) -> None:
        self._rows._by[self._n] = _CODE[value]

    @property
    def brings_news(self) -> bool:
        return bool(self._rows._news[self._n])

    @brings_news.setter
    def brings_news(self, value: bool) -> None:
        self._rows._news[self._n] = bool(value)

    @property
    def match_id(self) -> int | None:
        code = self._rows._match[self._n]
        return code - 1 if code > 0 else None

    @match_id.setter
    def match_id(self, value: int | None) -> None:
        if value is not None or self._rows._match[self._n] > 0:
            self._rows._match[self._n] = 0 if value is None else value + 1

    @property
    def match_item(self) -> int | None:
        code = self._rows._match[self._n]
        return -code - 1 if code < 0 else None

    @match_item.setter
    def match_item(self, value: int | None) -> None:
        if value is not None or self._rows._match[self._n] < 0:
            self._rows._match[self._n] = 0 if value is None else -(value + 1)

    @property
    def match_name(self) -> str:
        return self._rows._names.get(self._n, "")

    @match_name.setter
    def match_name(self, value: str) -> None:
        if value:
            self._rows._names[self._n] = value
        else:
            self._rows._names.pop(self._n, None)

    @property
    def problems(self) -> tuple[RowProblem, ...]:
        return self._rows._problems.get(self._n, ())

    @problems.setter
    def problems(self, value: tuple[RowProblem, ...]) -> None:
        if value:
            self._rows._problems[self._n] = value
        else:
            self._rows._problems.pop(self._n, None)

    def _possible(self) -> tuple[tuple[int, ...], tuple[int, ...], MatchBy | None]:
        return self._rows._possible.get(self._n, ((), (), None))

    def _set_possible(self, at: int, value: object) -> None:
        found: list[Any] = list(self._possible())
        found[at] = value
        self._rows._possible[self._n] = tuple(found)

    @property
    def possible_ids(self) -> tuple[int, ...]:
        return self._possible()[0]

    @possible_ids.setter
    def possible_ids(self, value: tuple[int, ...]) -> None:
        self._set_possible(0, value)

    @property
    def possible_items(self) -> tuple[int, ...]:
        return self._possible()[1]

    @possible_items.setter
    def possible_items(self, value: tuple[int, ...]) -> None:
        self._set_possible(1, value)

    @property
    def possible_by(self) -> MatchBy | None:
        return self._possible()[2]

    @possible_by.setter
    def possible_by(self, value: MatchBy | None) -> None:
        self._set_possible(2, value)

    @property
    def packed(self) -> bytes | None:
        found = self._rows.packed(self._n)
        return found if found is None or type(found) is bytes else bytes(found)

    @packed.setter
    def packed(self, value: bytes | None) -> None:
        self._rows._packed[self._n] = value


@dataclass
class ImportPlan:
    file_name: str
    format: str
    fingerprint: str
    items: PlanItems = field(default_factory=PlanItems)
    encoding: str = ""
    delimiter: str = ""
    imported_before: str = ""  # UTC instant of an earlier, not undone, import of the same bytes
    # What the book held when the plan was made (LeadBook.plan_import); the import plans again,
    # inside its write transaction, when the book has changed since (another import, another Leadbook).
    book_state: tuple[object, ...] | None = None
    # What happens to rows that only turn out to be duplicates then (set_all_duplicates sets it too).
    later_duplicates: Action = Action.MERGE
    unused_columns: tuple[str, ...] = ()  # CSV columns with values that no field takes (see note_unused_columns)

    def note_unused_columns(self, contacts: ContactsFile, mapping: Mapping | None = None) -> None:
        """Remember which of the file's columns with values were left out, for the preview to say."""
        if contacts.table is not None:
            self.unused_columns = tuple(unused_columns(contacts.table, mapping or mapping_for(contacts.table)))

    def of_kind(self, kind: ItemKind) -> list[int]:
        return self.items.of_kind(kind)

    def count(self, kind: ItemKind) -> int:
        return self.items.count_kind(kind)

    def _more(self) -> Iterator[PlanItem]:
        """The rows that are more than a plain new lead (the others have nothing to count below)."""
        items = self.items
        return (items[n] for n in items.with_more())

    def merged_in_file(self) -> int:
        """Rows merged with an earlier row of the same file (the same person twice in it)."""
        return sum(1 for item in self._more() if item.kind == ItemKind.DUPLICATE and item.match_item is not None
                   and item.action == Action.MERGE)  # fmt: skip

    def with_kept_values(self) -> list[int]:
        """Items imported with values kept in their notes (not usable as what their column said)."""
        return [n for n in self.items.with_more() if self.items[n].kind != ItemKind.ERROR and self.items[n].problems]

    def count_flagged(self) -> int:
        """New leads that may be someone already known (possible duplicates, listed for review)."""
        return sum(1 for item in self._more() if item.kind == ItemKind.NEW and item.flagged)

    def reasons(self) -> dict[tuple[str, MatchBy], int]:
        """How many rows were merged ("merged", why) and flagged ("flagged", why), by reason."""
        counted: Counter[tuple[str, MatchBy]] = Counter()
        for item in self._more():
            if (
                item.kind == ItemKind.DUPLICATE
                and item.action == Action.MERGE
                and item.match_by is not None
                and item.match_item is None
            ):  # a row merged with one above is counted as such, not here
                counted["merged", item.match_by] += 1
            elif item.kind == ItemKind.NEW and item.possible_by is not None and item.flagged:
                counted["flagged", item.possible_by] += 1
        return dict(counted)

    def set_action(self, indices: Iterable[int], action: Action) -> None:
        for n in indices:
            if self.items[n].kind == ItemKind.DUPLICATE:
                self.items[n].action = action

    def set_all_duplicates(self, action: Action) -> None:
        self.set_action(self.of_kind(ItemKind.DUPLICATE), action)
        self.later_duplicates = action

    def will_change_something(self) -> bool:
        if self.items.count_kind(ItemKind.NEW):
            return True
        return any(
            item.kind == ItemKind.NEW
            or (item.kind == ItemKind.DUPLICATE and (item.action == Action.ADD
                                                     or (item.action == Action.MERGE and item.brings_news)))
            for item in self.items
        )  # fmt: skip


def build_plan(
    found: Iterable[Record],
    index: DuplicateIndex,
    existing: Callable[[Sequence[int]], dict[int, Lead]],
    *,
    file_name: str = "",
    format: str = "",
    fingerprint: str = "",
    views: Views | None = None,
) -> ImportPlan:
    """Sort records into new leads, duplicates and errors; duplicates default to "merge".

    ``index`` knows the book's leads (refs are lead ids) and learns the file's rows as
    they come (refs ``("item", n)``), so a contact twice in one file is found too.
    ``existing`` fetches the book's leads by id (to name them and to tell whether a
    merge would bring anything new). ``views``, when given, fetches (name, merge_view,
    tags) of book leads by id: a row that is the same as the lead it matches (a file
    imported again) is then settled without making that lead.
    """
    with no_cyclic_gc():
        return _build_plan(found, index, existing, views, ImportPlan(file_name, format, fingerprint))


# ids -> {id: (name, merge_view, tags)} of the book's leads (store.leads.merge_views)
Views = Callable[[Sequence[int]], dict[int, tuple[str, tuple[object, ...], tuple[str, ...]]]]


def _build_plan(found: Iterable[Record], index: DuplicateIndex, existing: Callable[[Sequence[int]], dict[int, Lead]],
                views: Views | None, plan: ImportPlan) -> ImportPlan:  # fmt: skip
    pending_items = array("q")  # duplicates: their items, and the targets they merge into
    pending_refs = array("q")  # a lead of the book by its id, an earlier row n of the file as ~n (below 0)
    items = plan.items
    book_people = index.people_of

    def people_of(ref: Hashable) -> Contact | None:
        """(name, company, e-mails, phones) of an earlier row (ref ~n), from its packed lead,
        or of a lead of the book (see DuplicateIndex)."""
        if type(ref) is int and ref < 0:
            lead = items[~ref].lead if ~ref < len(items) else None
            return None if lead is None else (lead.name, lead.company, lead.emails, lead.phones)
        return None if book_people is None else book_people(ref)

    index.people_of = people_of
    # A row that matches a book lead, while its Lead is at hand: does merging it into the lead
    # add nothing (a file imported again)? Asked at once: ``views`` has that lead from the read
    # that found it. One found to add nothing is marked so (brings_news False, match_name),
    # which stands when that lead gets no other merge.
    for record in found:
        if record.lead is None:
            plan.items.append(PlanItem(record.line, ItemKind.ERROR, problems=record.problems))
            continue
        lead = record.lead
        keys = contact_keys(lead.name, lead.company, lead.emails, lead.phones)
        match = index.find_keys(keys)
        n = len(plan.items)
        if match is None or match.ref is None:
            if not record.problems and (match is None or not match.possible):
                items.add_new(record.line, pack_lead(lead))  # the usual new row: no object of its own
                index.add_keys(~n, keys, keep_who=False)
                continue
            item = PlanItem(record.line, ItemKind.NEW, lead, problems=record.problems)  # values kept in its notes
            if match is not None and match.possible:
                possible: list[int] = [r for r, _by in match.possible]  # type: ignore[misc]
                item.possible_ids = tuple(r for r in possible if r >= 0)
                item.possible_items = tuple(~r for r in possible if r < 0)
                item.possible_by = match.possible[0][1]
            plan.items.append(item)
            index.add_keys(~n, keys, keep_who=False)
            continue
        ref: int = match.ref  # type: ignore[assignment]
        quiet_name = None if views is None or ref < 0 else _adds_nothing(ref, lead, views)
        if ref >= 0 and not record.problems:  # the usual row of a file imported again: no object of its own
            items.add_match(record.line, pack_lead(lead), match.by, ref, quiet_name)
        else:
            item = PlanItem(record.line, ItemKind.DUPLICATE, lead, record.problems, match_by=match.by,
                            action=Action.MERGE)  # fmt: skip
            if ref < 0:
                item.match_item = ~ref
            else:
                item.match_id = ref
            if quiet_name is not None:
                item.brings_news, item.match_name = False, quiet_name
            plan.items.append(item)
        pending_items.append(n)
        pending_refs.append(ref)
        if ref != index.found_exactly:  # (a lead found with all the row's keys has none to learn)
            index.add_keys(ref, keys)
    merges = Counter(pending_refs)  # how many rows merge into each target
    done: dict[int, int] = {}  # of targets with more than one, how many are done
    merged: dict[int, Lead] = {}  # a target as its merges so far made it, while more are to come
    # A chunk at a time: the book's leads read for it are let go after it.
    for start in range(0, len(pending_refs), _PLAN_CHUNK):
        chunk = list(zip(pending_items[start : start + _PLAN_CHUNK], pending_refs[start : start + _PLAN_CHUNK]))
        # book leads whose one merge adds nothing (marked so above)
        quiet = {ref for n, ref in chunk if merges[ref] == 1 and ref >= 0 and not items.brings_news(n)}
        known = existing(sorted({ref for _n, ref in chunk if ref >= 0 and ref not in quiet and ref not in merged}))
        for n, ref in chunk:
            if ref in quiet:
                continue
            item = items[n]
            later = 0
            if merges[ref] > 1:
                done[ref] = done.get(ref, 0) + 1
                later = merges[ref] - done[ref]
            target = merged.get(ref) or (items[~ref].lead if ref < 0 else known.get(ref))
            if target is None:  # the lead went away meanwhile: it is new after all
                item.kind, item.match_id, item.match_by, item.action = ItemKind.NEW, None, None, Action.ADD
                item.brings_news, item.match_name = True, ""
                continue
            incoming = item.lead
            assert incoming is not None
            after = merge_leads(target, incoming)
            # merge_leads returns target when it adds nothing
            item.brings_news = after is not target and after != target
            item.match_name = target.name
            if later:
                merged[ref] = after
            else:
                merged.pop(ref, None)
    return plan


_PLAN_CHUNK = 2000


def _adds_nothing(lead_id: int, lead: Lead, views: Views) -> str | None:
    """The book lead's name when merging ``lead`` into it would add nothing (the row is then
    marked so: ``brings_news`` False, ``match_name`` that name), else None."""
    found = views((lead_id,)).get(lead_id)
    if found is not None:
        name, view, tags = found
        if merge_adds_nothing(view, tags, lead):
            return name
    return None


# --- what an import did --------------------------------------------------------------------


class ImportCancelled(Exception):
    """The user pressed Cancel; the transaction was rolled back and nothing changed."""


class ImportResult(FrozenRecord):
    added: int = 0  # new leads
    updated: int = 0  # leads of the book that a merge changed
    unchanged: int = 0  # duplicates whose merge brought nothing new
    merged_rows: int = 0  # rows merged (into the book's leads or into another row of the file)
    merged_in_file: int = 0  # of those, rows merged into a row above them in the same file
    skipped: int = 0  # duplicates the user chose to skip
    flagged: int = 0  # new leads recorded as possible duplicates of others, for review
    errors: int = 0  # rows left out for their problems
    batch_id: int | None = None  # None when nothing changed (then there is nothing to undo)
    added_ids: frozenset[int] = field(default=frozenset(), repr=False)
    updated_ids: frozenset[int] = field(default=frozenset(), repr=False)


class ImportBatch(FrozenRecord):
    """An import that "Undo last import" can take back."""

    id: int
    at: str  # UTC instant
    file_name: str
    format: str
    added: int
    merged: int
    edited_since: int  # of its leads, how many were changed after the import
