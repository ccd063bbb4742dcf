"""Lead rows: conversion, writes, lookups and the sorted/filtered id lists behind the lead table."""

from __future__ import annotations

import dataclasses
import gc
import json
import re
import sqlite3
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from itertools import islice
from typing import TYPE_CHECKING, Any

from ..core.deferred import deferred
from ..core.frozen import FrozenRecord, made_now
from ..core.model import Channel, IntervalUnit, Lead, Source, Stage
from .database import inserted_id
from .schema import (
    ACTIVE_STAGES_SQL,
    CHANGE_TRIGGERS,
    CJK_COLUMNS,
    COUNT_CHANGE_SQL,
    FTS_COLUMNS,
    KEPT_COUNT_SQL,
    LEAD_COUNT_TRIGGERS,
    MOVE_LEAD_COUNT_SQL,
    STAGE_ORDER_SQL,
    cjk_grams,
    cjk_regex,
)

if TYPE_CHECKING:  # sqlite-utils loads when a write first needs it (store.database.LazyDatabase)
    import sqlite_utils

    from ..core import validation
else:  # the checks load with the first lead written: Today's first paint writes none
    validation = deferred("leadbook.core.validation")

_SCALAR = (
    "name", "company", "role", "decision_maker_name", "decision_maker_contact",
    "address", "city", "country", "website", "value", "currency", "interval_count",
    "best_time", "rapport", "notes", "created_at", "updated_at",
)  # fmt: skip


def lead_to_row(lead: Lead) -> dict[str, Any]:
    row: dict[str, Any] = {name: getattr(lead, name) for name in _SCALAR}
    row.update(
        is_decision_maker=int(lead.is_decision_maker),
        emails="\n".join(lead.emails),
        phones="\n".join(lead.phones),
        phone_digits=" ".join(validation.phone_digits(p) for p in lead.phones),
        source=lead.source.value,
        stage=lead.stage.value,
        preferred_channel=lead.preferred_channel.value if lead.preferred_channel else None,
        interval_unit=lead.interval_unit.value if lead.interval_unit else None,
        do_not_contact=int(lead.do_not_contact),
    )
    if lead.id is not None:
        row["id"] = lead.id
    return row


def row_to_lead(row: dict[str, Any], tags: Sequence[str] = ()) -> Lead:
    return _lead_from_values(tuple([row[name] for name in _LEAD_SELECT_NAMES]), tags)


def insert_lead(db: sqlite_utils.Database, lead: Lead) -> int:
    row = lead_to_row(lead)
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    cursor = db.conn.execute(f"INSERT INTO leads ({columns}) VALUES ({marks})", list(row.values()))
    lead_id = inserted_id(cursor)
    set_tags(db, lead_id, lead.tags)
    return lead_id


def update_lead(db: sqlite_utils.Database, lead: Lead) -> None:
    row = lead_to_row(lead)
    row.pop("id", None)
    row.pop("created_at", None)
    assignments = ", ".join(f"{name} = ?" for name in row)
    db.conn.execute(f"UPDATE leads SET {assignments} WHERE id = ?", [*row.values(), lead.id])
    set_tags(db, int(lead.id or 0), lead.tags)


def set_tags(db: sqlite_utils.Database, lead_id: int, tags: Iterable[str]) -> None:
    db.conn.execute("DELETE FROM lead_tags WHERE lead_id = ?", [lead_id])
    db.conn.executemany("INSERT OR IGNORE INTO lead_tags (lead_id, tag) VALUES (?, ?)", [(lead_id, t) for t in tags])


def get_leads(db: sqlite_utils.Database, ids: Sequence[int]) -> list[Lead]:
    """Leads in the order of ``ids``; missing ids are left out. The same Leads as ``row_to_lead``
    gives, made from tuples (an import's duplicate search reads 100,000 of them at once)."""
    if not ids:
        return []
    rows: dict[int, tuple[Any, ...]] = {}
    tags: dict[int, list[str]] = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for values in db.conn.execute(f"SELECT {_LEAD_SELECT} FROM leads WHERE id IN ({marks})", chunk):
            rows[values[0]] = values
        for lead_id, tag in db.conn.execute(
            f"SELECT lead_id, tag FROM lead_tags WHERE lead_id IN ({marks}) ORDER BY tag COLLATE NOCASE", chunk
        ):
            found = tags.get(lead_id)
            if found is None:
                tags[lead_id] = [tag]
            else:
                found.append(tag)
    return [_lead_from_values(rows[i], tags.get(i, ())) for i in ids if i in rows]


_LEAD_SELECT_NAMES = ("id", *_SCALAR, "is_decision_maker", "emails", "phones", "source", "stage",
                      "preferred_channel", "interval_unit", "do_not_contact")  # fmt: skip
_LEAD_SELECT = ", ".join(_LEAD_SELECT_NAMES)
_SOURCES = {s.value: s for s in Source}
_STAGES = {s.value: s for s in Stage}
_CHANNELS = {c.value: c for c in Channel}
_UNITS = {u.value: u for u in IntervalUnit}
# Filled without calling Lead (``object.__new__``): made first, so no other thread finds it half made.
_FAST_LEAD = not hasattr(made_now(Lead), "__post_init__") and not hasattr(Lead, "__slots__")


def _lead_from_values(values: tuple[Any, ...], tags: Sequence[str]) -> Lead:
    """A Lead from a row of ``_LEAD_SELECT``, without the 27 calls of object.__setattr__ that a
    frozen dataclass's __init__ makes (a test compares it with Lead(...))."""
    (lead_id, name, company, role, dm_name, dm_contact, address, city, country, website, value, currency,
     interval_count, best_time, rapport, notes, created_at, updated_at, is_dm, emails, phones, source, stage,
     channel, unit, do_not_contact) = values  # fmt: skip
    state = {
        "name": name, "company": company, "role": role, "is_decision_maker": bool(is_dm),
        "decision_maker_name": dm_name, "decision_maker_contact": dm_contact,
        "emails": tuple([e for e in emails.split("\n") if e]) if emails else (),
        "phones": tuple([p for p in phones.split("\n") if p]) if phones else (),
        "address": address, "city": city, "country": country, "website": website,
        "source": _SOURCES.get(source) or Source(source), "stage": _STAGES.get(stage) or Stage(stage),
        "value": value, "currency": currency,
        "preferred_channel": (_CHANNELS.get(channel) or Channel(channel)) if channel else None,
        "interval_count": interval_count,
        "interval_unit": (_UNITS.get(unit) or IntervalUnit(unit)) if unit else None,
        "best_time": best_time, "rapport": rapport, "notes": notes, "tags": tuple(tags),
        "do_not_contact": bool(do_not_contact), "id": lead_id, "created_at": created_at, "updated_at": updated_at,
    }  # fmt: skip
    if not _FAST_LEAD:
        return Lead(**state)
    lead = object.__new__(Lead)
    object.__setattr__(lead, "__dict__", state)
    return lead


# What merge_leads reads of a lead (interop.records.merge_view takes the same from a Lead).
MERGE_VIEW_COLUMNS = (
    "company", "role", "address", "city", "country", "website", "best_time", "decision_maker_name",
    "emails", "phones", "notes", "rapport", "value", "do_not_contact",
)  # fmt: skip


MergeView = tuple[str, tuple[Any, ...], tuple[str, ...]]  # name, MERGE_VIEW_COLUMNS, tags


def merge_views(db: sqlite_utils.Database, ids: Sequence[int]) -> dict[int, MergeView]:
    """For each lead of ``ids`` in the book: its name, MERGE_VIEW_COLUMNS as a Lead holds them
    and its tags; a third of the cost of reading whole Leads (a file imported again reads
    100,000 of them to see that it brings nothing)."""
    found: dict[int, MergeView] = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        found.update(_merge_views_where(db.conn, f"IN ({marks})", chunk))
    return found


def merge_views_from(conn: sqlite3.Connection, first_id: int, count: int) -> dict[int, MergeView]:
    """merge_views of the leads with ids from ``first_id`` on (``count`` ids): a duplicate search
    compares a lead it found with the row (its name, company, e-mails and phones are among them)
    and asks whether merging the row adds anything, from one read. A file imported again matches
    the leads in the order it added them, so the next rows' leads come with the first one's."""
    return _merge_views_where(conn, ">= ? AND {} < ?", [first_id, first_id + count])


def _merge_views_where(conn: sqlite3.Connection, where: str, params: Sequence[int]) -> dict[int, MergeView]:
    """merge_views of the leads whose id meets ``where`` (with "{}" for a second mention of the id)."""
    found: dict[int, MergeView] = {}
    select = f"SELECT id, name, {', '.join(MERGE_VIEW_COLUMNS)} FROM leads WHERE id {where.format('id')}"
    for lead_id, name, *view in conn.execute(select, params):
        emails, phones = view[8], view[9]  # as row_to_lead reads them
        view[8] = tuple([e for e in emails.split("\n") if e]) if emails else ()
        view[9] = tuple([p for p in phones.split("\n") if p]) if phones else ()
        view[13] = bool(view[13])
        found[lead_id] = (name, tuple(view), ())
    tags: dict[int, list[str]] = {}
    for lead_id, tag in conn.execute(
        f"SELECT lead_id, tag FROM lead_tags WHERE lead_id {where.format('lead_id')}", params
    ):
        tags.setdefault(lead_id, []).append(tag)
    for lead_id, names in tags.items():
        if lead_id in found:
            found[lead_id] = (*found[lead_id][:2], tuple(names))
    return found


def all_tags(db: sqlite_utils.Database) -> list[str]:
    rows = db.conn.execute("SELECT DISTINCT tag FROM lead_tags ORDER BY tag COLLATE NOCASE")
    return [r[0] for r in rows]


def count_leads(db: sqlite_utils.Database) -> int:
    """Kept by triggers (migration 0015): at start, counting 100,000 leads read ~170 pages."""
    return int(db.conn.execute(KEPT_COUNT_SQL["leads"]).fetchone()[0])


# The text a lead shows and prints in its own letters (e-mails and phones are ASCII in practice).
_SHOWN_TEXT = "name || company || decision_maker_name || notes || rapport"


def shown_characters(db: sqlite_utils.Database, ids: Sequence[int] | None = None) -> set[str]:
    """The distinct non-ASCII characters of the leads' shown text (all leads when ``ids`` is None):
    what the installed fonts must be able to draw. Rows in plain ASCII are skipped by SQLite."""
    found: set[str] = set()
    where = f"({_SHOWN_TEXT}) GLOB '*[^ -~]*'"
    batches = [None] if ids is None else list(_chunks(ids))
    for batch in batches:
        sql = f"SELECT {_SHOWN_TEXT} FROM leads WHERE {where}"
        params: list[Any] = []
        if batch is not None:
            sql += f" AND id IN ({','.join('?' * len(batch))})"
            params = list(batch)
        for (text,) in db.conn.execute(sql, params):
            found.update(text)
    return {char for char in found if not char.isascii()}


def largest_value(db: sqlite_utils.Database) -> tuple[float, str] | None:
    """The largest estimated value and its currency (the lead list sizes its Value column by it)."""
    row = db.conn.execute(
        "SELECT value, currency FROM leads WHERE value IS NOT NULL ORDER BY value DESC LIMIT 1"
    ).fetchone()
    return (float(row[0]), row[1] or "") if row else None


# --- the lead table: which ids, in what order --------------------------------------------

SORT_SQL: dict[str, str] = {
    "name": "name COLLATE NOCASE",
    "company": "company COLLATE NOCASE",
    "stage": STAGE_ORDER_SQL,
    "phone": "phones",
    "email": "emails COLLATE NOCASE",
    "source": "source",
    "value": "value",
    "last_touch": "last_touch_at",
    "next_step": "next_step_at",
    "created": "created_at",
}


class LeadQuery(FrozenRecord):
    """What the lead table shows: search text, filters and sort order."""

    text: str = ""
    stage: Stage | None = None
    tag: str = ""
    sort: str = "name"
    descending: bool = False
    #: Only active leads with no follow-up planned (Today's "… have no next step").
    without_next_step: bool = False
    #: Only these leads (a number on the Progress page: "stopped after one touch"); None: any.
    lead_ids: frozenset[int] | None = None


def _fts_query(text: str) -> str:
    """Every word a prefix: ``ann sv`` -> ``"ann"* "sv"*`` (FTS5 ANDs the terms)."""
    return " ".join(
        f'"{token}"*' for word in text.split() if not cjk_regex().search(word) for token in re.findall(r"\w+", word)
    )


_LIKE_ANY_COLUMN = " OR ".join(f"{column} LIKE ? ESCAPE '\\'" for column in CJK_COLUMNS)


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _cjk_clause(text: str) -> tuple[str, list[Any]]:
    """FTS5's unicode61 tokenizer keeps a run of Chinese characters as one token, so a word
    with CJK characters is matched as a substring of the text columns instead: what a search
    for it means (``_cjk_set_sql`` finds the same leads through the grams tables)."""
    clauses, params = [], []
    for word in text.split():
        if cjk_regex().search(word):
            clauses.append(f"({_LIKE_ANY_COLUMN})")
            params.extend([_like(word)] * len(CJK_COLUMNS))
    return " AND ".join(clauses), params


class _CjkWord(FrozenRecord):
    """One search word with CJK characters: the gram its leads are looked up by, and the LIKE
    pattern they are then checked with (on ``leads_cjk_text``); none when the gram alone decides
    (the word is one or two CJK characters: the gram's leads are exactly the word's)."""

    gram: str
    like: str | None


def _cjk_words(db: sqlite_utils.Database, text: str) -> list[tuple[_CjkWord, int]]:
    """The query's CJK words, each with how many leads have its gram (exact for a word the gram
    decides, an upper bound otherwise); a longer word is looked up by its rarest gram."""
    count = "SELECT count(*) FROM leads_cjk WHERE leads_cjk MATCH ?"
    words = []
    for word in text.split():
        runs = cjk_regex(run=True).findall(word)
        if not runs:
            continue
        if runs == [word] and len(word) <= 2:
            words.append((_CjkWord(word, None), db.conn.execute(count, [_gram_match(word)]).fetchone()[0]))
            continue
        grams = {run if len(run) == 1 else run[n : n + 2] for run in runs for n in range(max(1, len(run) - 1))}
        counted = sorted((db.conn.execute(count, [_gram_match(gram)]).fetchone()[0], gram) for gram in grams)
        words.append((_CjkWord(counted[0][1], _like(word)), counted[0][0]))
    return words


def _gram_match(gram: str) -> str:
    """The FTS5 query for one gram of ``leads_cjk`` (CJK characters only: nothing to escape)."""
    return f'"{gram}"'


def _cjk_set_sql(words: Sequence[_CjkWord]) -> tuple[str, list[Any]]:
    """A SELECT of the ids of the leads that match every word (as ``_cjk_clause`` would)."""
    selects, params = [], []
    for word in words:
        if word.like is None:
            selects.append("SELECT rowid FROM leads_cjk WHERE leads_cjk MATCH ?")
            params.append(_gram_match(word.gram))
        else:
            selects.append("SELECT leads_cjk_text.lead_id FROM leads_cjk JOIN leads_cjk_text "
                           "ON leads_cjk_text.lead_id = leads_cjk.rowid "
                           "WHERE leads_cjk MATCH ? AND leads_cjk_text.text LIKE ? ESCAPE '\\'")  # fmt: skip
            params.extend([_gram_match(word.gram), word.like])
    return " INTERSECT ".join(selects), params


def _order_by(sort: str, descending: bool) -> str:
    order = SORT_SQL.get(sort, SORT_SQL["name"])
    direction = "DESC" if descending else "ASC"
    nulls = "NULLS LAST" if sort in ("value", "last_touch", "next_step") else ""
    return f"ORDER BY {order} {direction} {nulls}, id {direction}"


def sorted_ids(db: sqlite_utils.Database, sort: str, descending: bool) -> list[int]:
    """Every lead id in display order: an index walk (each sort key has an index ending in id)."""
    return [r[0] for r in db.conn.execute(f"SELECT id FROM leads {_order_by(sort, descending)}")]


def order_holds(
    db: sqlite_utils.Database, ordered: OrderedIds, changed: Iterable[int], sort: str, descending: bool
) -> bool:
    """Is ``ordered`` still the display order after a write that changed only the leads
    ``changed``? Every other pair of neighbours kept its order, so it is enough that each
    changed lead still sorts between its neighbours: one query over those few leads."""
    position = ordered.position
    involved: set[int] = set()
    for lead_id in changed:
        at = position.get(lead_id)
        if at is None:
            return False  # not in this order at all: sort anew
        involved.update(ordered.ids[max(0, at - 1) : at + 2])
    if len(involved) > 500:
        return False  # a big write: sorting anew is as cheap
    expected = sorted(involved, key=position.__getitem__)
    marks = ",".join("?" * len(expected))
    found = [r[0] for r in db.conn.execute(
        f"SELECT id FROM leads WHERE id IN ({marks}) {_order_by(sort, descending)}", expected)]  # fmt: skip
    return found == expected


def matching_ids(db: sqlite_utils.Database, query: LeadQuery) -> set[int] | None:
    """The ids that pass the search and filters, in no order; None when nothing filters."""
    found: set[int] | None = None

    def narrow(sql: str, params: list[Any]) -> None:
        nonlocal found
        ids = {r[0] for r in db.conn.execute(sql, params)}
        found = ids if found is None else found & ids

    fts = _fts_query(query.text)
    if fts:
        narrow("SELECT rowid FROM leads_fts WHERE leads_fts MATCH ?", [fts])
    words = _cjk_words(db, query.text)
    if words:
        narrow(*_cjk_set_sql([word for word, _count in words]))
    if query.stage is not None:
        narrow("SELECT id FROM leads WHERE stage = ?", [query.stage.value])
    if query.tag:
        narrow("SELECT lead_id FROM lead_tags WHERE tag = ?", [query.tag])
    if query.without_next_step:
        # The same leads as followups.count_without_next_step counts, through the same index.
        narrow(f"SELECT id FROM leads INDEXED BY leads_without_next_step "
               f"WHERE next_step_at IS NULL AND stage IN {ACTIVE_STAGES_SQL}", [])  # fmt: skip
    if query.lead_ids is not None:
        found = set(query.lead_ids) if found is None else found & query.lead_ids
    return found


def refines(new: LeadQuery, old: LeadQuery) -> bool:
    """Can ``new`` only match a subset of what ``old`` matched (typing on, same filters and order)?"""
    same = (new.stage, new.tag, new.sort, new.descending, new.without_next_step, new.lead_ids)
    return same == (old.stage, old.tag, old.sort, old.descending, old.without_next_step, old.lead_ids) and (
        new.text.startswith(old.text) and bool(old.text.strip())
    )


def query_lead_ids(
    db: sqlite_utils.Database, query: LeadQuery, ordered: OrderedIds | None = None, within: list[int] | None = None
) -> list[int]:
    """All ids the table shows, in display order, so the view knows its row count at once.

    Searching and filtering only find *which* ids match (a set, from FTS5 and indexes);
    the order comes from ``ordered``, the full sorted list, which the caller keeps
    between keystrokes, or from ``within``, the previous result when the new query
    refines it. That keeps search as you type at a few milliseconds at 100,000 leads.
    """
    ordered = ordered or OrderedIds(sorted_ids(db, query.sort, query.descending))
    matches = matching_ids(db, query)
    if matches is None:
        return list(ordered.ids)
    if within is not None:  # the previous result, already in order and a superset
        return [i for i in within if i in matches]
    if len(matches) * 40 < len(ordered.ids):
        position = ordered.position
        return sorted((i for i in matches if i in position), key=position.__getitem__)
    return [i for i in ordered.ids if i in matches]


#: At most this many leads, in display order, are looked up one by one in the full-text index for a
#: search's first screen when most leads match (about 30 µs each); past it, the index walk below takes over.
FIRST_PAGE_PROBES = 200

#: The index that gives each sort order (each ends in id, as ``_order_by`` does); the orders with
#: empty values last are left out, as their index keeps those first.
SORT_INDEX = {
    "name": "leads_by_name", "company": "leads_by_company", "stage": "leads_by_stage", "phone": "leads_by_phone",
    "email": "leads_by_email", "source": "leads_by_source", "created": "leads_by_created",
}  # fmt: skip


def first_matching_ids(db: sqlite_utils.Database, query: LeadQuery, ordered: OrderedIds,
                       limit: int) -> tuple[list[int], int] | None:  # fmt: skip
    """The first ``limit`` ids of a plain search (words, no filters) in display order, and how many
    match in all: what a search shows on its first screen, without handing every match to Python.

    A one-letter search at 100,000 leads matches tens of thousands; reading them all into Python
    to put them in order costs more than a frame. Counting them in the index is cheap. When most
    leads match, walking the kept display order and asking the index about each lead fills a
    screen after a few dozen; otherwise SQLite walks the sort order's index and stops at ``limit``,
    checking each lead against the matches it gathered itself. A search with Chinese (Japanese,
    Korean) words goes to ``_first_cjk_ids``. None when this does not apply (filters, chosen
    leads, an order with empty values last): ``query_lead_ids`` then answers."""
    if query.stage is not None or query.tag or query.without_next_step or query.lead_ids is not None:
        return None
    if cjk_regex().search(query.text):
        return _first_cjk_ids(db, query, ordered, limit)
    fts = _fts_query(query.text)
    if not fts:
        return None
    index = SORT_INDEX.get(query.sort)
    if index is None:
        return None
    total = db.conn.execute("SELECT count(*) FROM leads_fts WHERE leads_fts MATCH ?", [fts]).fetchone()[0]
    if total == 0:
        return [], 0
    if total * 2 >= len(ordered.ids):
        found: list[int] = []
        probe = "SELECT 1 FROM leads_fts WHERE leads_fts MATCH ? AND rowid = ?"
        execute = db.conn.execute
        for lead_id in ordered.ids[:FIRST_PAGE_PROBES]:
            if execute(probe, (fts, lead_id)).fetchone() is not None:
                found.append(lead_id)
                if len(found) >= limit:
                    return found, total
    rows = db.conn.execute(
        f"SELECT id FROM leads INDEXED BY {index} WHERE id IN (SELECT rowid FROM leads_fts WHERE leads_fts MATCH ?) "
        f"{_order_by(query.sort, query.descending)} LIMIT ?",
        [fts, limit],
    )
    return [r[0] for r in rows], total


#: At most this many leads, in display order, are checked one by one (a LIKE on one narrow row, a
#: few µs each) for the first screen of a Chinese search that most likely fills it from the first few
#: hundred; past it, the matches are gathered from the grams table instead.
CJK_FIRST_PAGE_PROBES = 400


def _first_cjk_ids(db: sqlite_utils.Database, query: LeadQuery, ordered: OrderedIds,
                   limit: int) -> tuple[list[int], int]:  # fmt: skip
    """``first_matching_ids`` for a search with CJK words (and maybe Latin ones too).

    Each CJK word's leads come from the grams table (migration 0014): a one- or two-character
    word's are exactly its gram's (counted in 0.4 ms for 12,600 leads), a longer word's
    are those of its rarest gram that pass the LIKE. Two plans for the first screen, chosen by
    how many leads the grams say may match:

    - at least a quarter of the book: walk the kept display order and check each lead with the
      LIKE alone (on ``leads_cjk_text``), which fills a screen after a few dozen (bounded by
      ``CJK_FIRST_PAGE_PROBES``; clustered matches fall through to the other plan);
    - otherwise (or with Latin words too): read the matching ids into a set and take the first
      ``limit`` of the kept display order that are in it (C speed, ``filter``; at most the
      whole order, about 2 ms at 100,000 leads). Works for every sort order.

    The count is exact in both: the gram's count, or the matches read. Walking the sort index
    in SQL until a screen is full was measured too: fast for a common character, but Chinese
    names sort after every Latin one, so a surname walks nearly the whole book (tens of ms)."""
    conn = db.conn
    words = _cjk_words(db, query.text)
    fts = _fts_query(query.text)
    bound = min(count for _word, count in words)
    if bound == 0:
        return [], 0
    if not fts and bound * 4 >= len(ordered.ids):
        likes = [_like(word) for word in query.text.split() if cjk_regex().search(word)]
        probe = "SELECT 1 FROM leads_cjk_text WHERE lead_id = ?" + " AND text LIKE ? ESCAPE '\\'" * len(likes)
        found: list[int] = []
        for lead_id in ordered.ids[:CJK_FIRST_PAGE_PROBES]:
            if conn.execute(probe, [lead_id, *likes]).fetchone() is not None:
                found.append(lead_id)
                if len(found) >= limit:
                    break
        if len(found) >= limit:
            if len(words) == 1 and words[0][0].like is None:
                return found, bound
            sql, params = _cjk_set_sql([word for word, _count in words])
            return found, conn.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0]
    sql, params = _cjk_set_sql([word for word, _count in words])
    if fts:
        sql, params = f"{sql} INTERSECT SELECT rowid FROM leads_fts WHERE leads_fts MATCH ?", [*params, fts]
    matches = {r[0] for r in conn.execute(sql, params)}
    return list(islice(filter(matches.__contains__, ordered.ids), limit)), len(matches)


class OrderedIds:
    """Every lead id in one sort order, with each id's place (built only when needed)."""

    def __init__(self, ids: list[int]) -> None:
        self.ids = ids
        self._position: dict[int, int] | None = None

    @property
    def position(self) -> dict[int, int]:
        if self._position is None:
            self._position = {lead_id: n for n, lead_id in enumerate(self.ids)}
        return self._position

    def without(self, removed: Collection[int]) -> OrderedIds:
        """The same order with ``removed`` taken out (deleting keeps the others' order)."""
        return OrderedIds([lead_id for lead_id in self.ids if lead_id not in removed])


TABLE_COLUMNS = (
    "id", "name", "company", "stage", "phones", "emails", "source", "value", "currency",
    "last_touch_at", "next_step_at", "do_not_contact",
)  # fmt: skip


def table_rows(db: sqlite_utils.Database, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
    """The few columns the lead table shows, for a page of ids."""
    result: dict[int, tuple[Any, ...]] = {}
    cols = ", ".join(TABLE_COLUMNS)
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for row in db.conn.execute(f"SELECT {cols} FROM leads WHERE id IN ({marks})", chunk):
            result[row[0]] = row
    return result


def _chunks(ids: Sequence[int], size: int = 500) -> Iterable[list[int]]:
    ids = list(ids)
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


# --- snapshots: exact copies of a lead and what it owns, for undo --------------------------

LEAD_OWNED_TABLES: tuple[str, ...] = ("lead_tags", "followups", "lead_events", "revisits")


class LeadSnapshot(FrozenRecord):
    """Raw rows of one lead (None when it did not exist) and of every table it owns."""

    lead_id: int
    lead_row: tuple[Any, ...] | None
    lead_columns: tuple[str, ...]
    owned: tuple[tuple[str, tuple[str, ...], tuple[tuple[Any, ...], ...]], ...]


def snapshot_leads(db: sqlite_utils.Database, ids: Iterable[int]) -> list[LeadSnapshot]:
    snapshots = []
    for lead_id in ids:
        cursor = db.conn.execute("SELECT * FROM leads WHERE id = ?", [lead_id])
        columns = tuple(d[0] for d in cursor.description)
        row = cursor.fetchone()
        owned = []
        for table in LEAD_OWNED_TABLES:
            cur = db.conn.execute(f"SELECT * FROM {table} WHERE lead_id = ?", [lead_id])
            owned.append((table, tuple(d[0] for d in cur.description), tuple(cur.fetchall())))
        snapshots.append(LeadSnapshot(lead_id, row, columns, tuple(owned)))
    return snapshots


def restore_snapshots(db: sqlite_utils.Database, snapshots: Iterable[LeadSnapshot]) -> None:
    """Put leads back exactly as snapshotted; a lead that did not exist is removed."""
    for snap in snapshots:
        db.conn.execute("DELETE FROM leads WHERE id = ?", [snap.lead_id])
        if snap.lead_row is None:
            continue
        marks = ",".join("?" * len(snap.lead_columns))
        db.conn.execute(f"INSERT INTO leads ({', '.join(snap.lead_columns)}) VALUES ({marks})", snap.lead_row)
        for table, columns, rows in snap.owned:
            if rows:
                marks = ",".join("?" * len(columns))
                db.conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)


# --- bulk paths: an import of 100,000 leads (new or merged), and its undo -------------------
# The same rows as insert_lead, update_lead and a DELETE per lead would leave, written set by
# set: new leads' rows in chunks, column by column (a column every lead of a chunk leaves at the
# table's DEFAULT is not sent at all), full-text entries a chunk or all at once instead of by a
# trigger per row, and (when the batch outweighs the rest of the book) the lead table's indexes
# built once afterwards. Every step runs inside the caller's transaction; DDL is transactional,
# so a rollback puts back any index or trigger set aside here. tests/unit/test_import_bulk.py
# holds these paths to the row-by-row ones.

_NOT_DIGIT_BYTES = bytes(b for b in range(256) if not 0x30 <= b <= 0x39)
# A bulk write drops and rebuilds the lead table's indexes when it touches more rows than
# this and than the book keeps: one sort per index instead of a B-tree insert per row.
BULK_INDEX_MINIMUM = 5000


def _digits(phones: tuple[str, ...]) -> str:
    """``lead_to_row``'s phone_digits: str.isdigit keeps every Unicode digit; in ASCII text
    (nearly every number) those are 0-9, which bytes.translate keeps five times faster."""
    if not phones:
        return ""
    return " ".join([p.encode("ascii").translate(None, _NOT_DIGIT_BYTES).decode("ascii") if p.isascii()
                     else validation.phone_digits(p) for p in phones])  # fmt: skip


def lead_columns(leads: Sequence[Lead], first_id: int, now: str) -> dict[str, Sequence[Any]]:
    """New leads as the lead table's columns (``lead_to_row``, one list per column, with ids
    from ``first_id`` and both timestamps ``now``). Enum members give their stored value
    through ``_value_``, a plain attribute."""
    return {
        "id": range(first_id, first_id + len(leads)),
        "name": [lead.name for lead in leads],
        "company": [lead.company for lead in leads],
        "role": [lead.role for lead in leads],
        "is_decision_maker": [int(lead.is_decision_maker) for lead in leads],
        "decision_maker_name": [lead.decision_maker_name for lead in leads],
        "decision_maker_contact": [lead.decision_maker_contact for lead in leads],
        "emails": ["\n".join(lead.emails) for lead in leads],
        "phones": ["\n".join(lead.phones) for lead in leads],
        "phone_digits": [_digits(lead.phones) for lead in leads],
        "address": [lead.address for lead in leads],
        "city": [lead.city for lead in leads],
        "country": [lead.country for lead in leads],
        "website": [lead.website for lead in leads],
        "source": [lead.source._value_ for lead in leads],
        "stage": [lead.stage._value_ for lead in leads],
        "value": [lead.value for lead in leads],
        "currency": [lead.currency for lead in leads],
        "preferred_channel": [lead.preferred_channel._value_ if lead.preferred_channel else None for lead in leads],
        "interval_count": [lead.interval_count for lead in leads],
        "interval_unit": [lead.interval_unit._value_ if lead.interval_unit else None for lead in leads],
        "best_time": [lead.best_time for lead in leads],
        "rapport": [lead.rapport for lead in leads],
        "notes": [lead.notes for lead in leads],
        "do_not_contact": [int(lead.do_not_contact) for lead in leads],
        "created_at": [now] * len(leads),
        "updated_at": [now] * len(leads),
    }


# Lead's fields in order: a lead as a tuple of its field values (enum members as their stored
# values), the way an import holds it packed (interop.records.pack_lead), is written from these.
_FIELD_AT = {f.name: n for n, f in enumerate(dataclasses.fields(Lead))}


def value_columns(rows: Sequence[tuple[Any, ...]], first_id: int, now: str) -> dict[str, Sequence[Any]]:
    """``lead_columns`` for leads given as tuples of their field values (see _FIELD_AT)."""
    columns: dict[str, Sequence[Any]] = {"id": range(first_id, first_id + len(rows))}
    at = _FIELD_AT
    for name in ("name", "company", "role"):
        columns[name] = [row[at[name]] for row in rows]
    columns["is_decision_maker"] = [int(row[at["is_decision_maker"]]) for row in rows]
    for name in ("decision_maker_name", "decision_maker_contact"):
        columns[name] = [row[at[name]] for row in rows]
    emails, phones = at["emails"], at["phones"]
    columns["emails"] = ["\n".join(row[emails]) for row in rows]
    columns["phones"] = ["\n".join(row[phones]) for row in rows]
    columns["phone_digits"] = [_digits(row[phones]) for row in rows]
    for name in ("address", "city", "country", "website", "source", "stage", "value", "currency",
                 "preferred_channel", "interval_count", "interval_unit", "best_time", "rapport", "notes"):  # fmt: skip
        columns[name] = [row[at[name]] for row in rows]
    columns["do_not_contact"] = [int(row[at["do_not_contact"]]) for row in rows]
    columns["created_at"] = [now] * len(rows)
    columns["updated_at"] = [now] * len(rows)
    return columns


def column_defaults(conn: sqlite3.Connection, table: str) -> dict[str, Any]:
    """What each column of ``table`` gets when an INSERT leaves it out, where that is a constant:
    its DEFAULT literal (read by SQLite itself), or NULL for a nullable column without one."""
    defaults: dict[str, Any] = {}
    for _cid, name, _type, not_null, default, _pk in conn.execute(f"PRAGMA table_info({table})").fetchall():
        if default is None:
            if not not_null:
                defaults[name] = None
        elif "(" not in default and not default.upper().startswith("CURRENT_"):  # a literal, not an expression
            defaults[name] = conn.execute(f"SELECT {default}").fetchone()[0]
    return defaults


def _insert_columns(conn: sqlite3.Connection, columns: dict[str, Sequence[Any]], defaults: dict[str, Any]) -> None:
    """One executemany for a chunk; columns that hold only their default are left out."""
    kept = {name: values for name, values in columns.items()
            if name not in defaults or values.count(defaults[name]) != len(values)}  # fmt: skip
    conn.executemany(f"INSERT INTO leads ({', '.join(kept)}) VALUES ({', '.join('?' * len(kept))})",
                     zip(*kept.values()))  # fmt: skip


@contextmanager
def bulk_work(conn: sqlite3.Connection, cache_kib: int = 262144) -> Iterator[None]:
    """A bigger page cache while indexes grow (or shrink) by 100,000 entries (256 MiB unless
    ``cache_kib`` says otherwise), and no cyclic garbage collection (100,000 new objects would
    make it scan them again and again)."""
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = -{int(cache_kib)}")
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
        conn.execute(f"PRAGMA cache_size = {int(cache)}")


@contextmanager
def trigger_set_aside(conn: sqlite3.Connection, name: str) -> Iterator[None]:
    """Inside a transaction: drop a trigger for a bulk write (the caller does its work set-based)
    and put the very same trigger back. On an exception the caller rolls back, which restores
    it too: DDL is transactional in SQLite."""
    row = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", [name]).fetchone()
    if row is not None:
        conn.execute(f'DROP TRIGGER "{name}"')
    yield
    if row is not None:
        conn.execute(row[0])


@contextmanager
def changes_counted_once(conn: sqlite3.Connection) -> Iterator[None]:
    """Inside a transaction: the triggers that count each change to leads and tags (migration
    0012) set aside for a bulk write, which counts once at its end instead of once a row."""
    with ExitStack() as stack:
        for name in CHANGE_TRIGGERS:
            stack.enter_context(trigger_set_aside(conn, name))
        yield
        conn.execute(COUNT_CHANGE_SQL)


@contextmanager
def lead_count_moved_once(conn: sqlite3.Connection, by: int) -> Iterator[None]:
    """Inside a transaction: the triggers that keep the number of leads (migration 0015) set
    aside for a bulk write that adds ``by`` leads (removes, when negative), which moves the
    count once at its end."""
    with ExitStack() as stack:
        for name in LEAD_COUNT_TRIGGERS:
            stack.enter_context(trigger_set_aside(conn, name))
        yield
        conn.execute(MOVE_LEAD_COUNT_SQL, [by])


@contextmanager
def lead_indexes_set_aside(conn: sqlite3.Connection, when: bool) -> Iterator[None]:
    """Inside a transaction, ``when`` a bulk write touches more leads than the book keeps: drop
    the lead table's indexes and build them again afterwards (one sort each, instead of
    100,000 changes to each of thirteen B-trees). Rolled back with the transaction."""
    indexes = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'leads' AND sql IS NOT NULL"
    ).fetchall() if when else []  # fmt: skip
    for name, _sql in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    yield
    for _name, sql in indexes:
        conn.execute(sql)


@contextmanager
def fts_merges_deferred(conn: sqlite3.Connection, when: bool) -> Iterator[None]:
    """Inside a transaction, ``when`` the full-text index is mostly being written anew: no
    incremental merging of its segments while it grows, one 'optimize' (a fully merged index,
    quickest to search) at the end. A third faster than merging as it goes. The two settings
    are then put back as they were (FTS5 stores them in leads_fts_config; 4 and 16 are its
    defaults)."""
    if not when:
        yield
        return
    saved = dict(conn.execute("SELECT k, v FROM leads_fts_config WHERE k IN ('automerge', 'crisismerge')"))
    conn.execute("INSERT INTO leads_fts (leads_fts, rank) VALUES ('automerge', 0)")
    conn.execute("INSERT INTO leads_fts (leads_fts, rank) VALUES ('crisismerge', 64)")  # a bound on segments
    yield
    conn.execute("INSERT INTO leads_fts (leads_fts) VALUES ('optimize')")
    for key, default in (("automerge", 4), ("crisismerge", 16)):
        conn.execute("INSERT INTO leads_fts (leads_fts, rank) VALUES (?, ?)", [key, saved.get(key, default)])


def insert_leads_bulk(
    conn: sqlite3.Connection, leads: Sequence[Any], now: str,
    tick: Callable[[int], None] | None = None, step: int = 2000, *, as_values: bool = False,
) -> range:  # fmt: skip
    """Insert new leads (ids after the highest one, in order) with their tags and full-text
    entries; returns their ids. ``tick(count)`` after each chunk may raise to stop (the caller
    rolls back). Call inside a transaction that already holds the write lock. With
    ``as_values`` the leads are tuples of their field values (``value_columns``); a slice of
    ``leads`` is taken a chunk at a time."""
    first_id = int(conn.execute("SELECT coalesce(max(id), 0) FROM leads").fetchone()[0]) + 1
    if not leads:
        return range(first_id, first_id)
    existing = int(conn.execute(KEPT_COUNT_SQL["leads"]).fetchone()[0])
    big = len(leads) > max(existing, BULK_INDEX_MINIMUM)
    documents: list[tuple[int, str]] = []
    texts: list[tuple[int, str]] = []
    with trigger_set_aside(conn, "leads_fts_insert"), trigger_set_aside(conn, "leads_cjk_insert"), \
            lead_indexes_set_aside(conn, big), fts_merges_deferred(conn, big), changes_counted_once(conn), \
            lead_count_moved_once(conn, len(leads)):  # fmt: skip
        defaults = column_defaults(conn, "leads")
        defaults.pop("id", None)
        for start in range(0, len(leads), step):
            chunk = leads[start : start + step]
            columns = (value_columns if as_values else lead_columns)(chunk, first_id + start, now)
            _cjk_rows(columns, documents, texts)
            _insert_columns(conn, columns, defaults)
            if as_values:
                at = _FIELD_AT["tags"]
                tagged = [(lead_id, tag) for lead_id, row in enumerate(chunk, first_id + start) if row[at]
                          for tag in row[at]]  # fmt: skip
            else:
                tagged = [(lead_id, tag) for lead_id, lead in enumerate(chunk, first_id + start) if lead.tags
                          for tag in lead.tags]  # fmt: skip
            if tagged:
                conn.executemany("INSERT OR IGNORE INTO lead_tags (lead_id, tag) VALUES (?, ?)", tagged)
            if tick is not None:
                tick(len(chunk))
        cols = ", ".join(FTS_COLUMNS)
        conn.execute(f"INSERT INTO leads_fts (rowid, {cols}) SELECT id, {cols} FROM leads WHERE id >= ?", [first_id])
        if documents:
            conn.executemany("INSERT INTO leads_cjk (rowid, grams) VALUES (?, ?)", documents)
            conn.executemany("INSERT INTO leads_cjk_text (lead_id, text) VALUES (?, ?)", texts)
    return range(first_id, first_id + len(leads))


def _cjk_rows(columns: dict[str, Sequence[Any]], documents: list[tuple[int, str]],
              texts: list[tuple[int, str]]) -> None:  # fmt: skip
    """Adds the rows migration 0014's insert trigger would write for new leads given as the lead
    table's columns: their grams' documents (``cjk_grams``) and their searched text. A lead with
    no CJK character in those columns (most) costs a join and one or two tests in C."""
    search = cjk_regex().search
    for lead_id, *values in zip(columns["id"], *(columns[name] for name in CJK_COLUMNS)):
        text = "\n".join(values)
        if not text.isascii() and search(text):
            documents.append((lead_id, " ".join(cjk_grams(text))))
            texts.append((lead_id, text))


def merge_snapshots(db: sqlite_utils.Database, ids: Sequence[int]) -> dict[int, LeadSnapshot]:
    """Snapshots of what an import's merge may change, for its undo: each lead's row and its
    tags (a merge touches nothing else a lead owns). Read a chunk of leads per query."""
    found: dict[int, LeadSnapshot] = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        cursor = db.conn.execute(f"SELECT * FROM leads WHERE id IN ({marks})", chunk)
        columns = tuple(d[0] for d in cursor.description)
        rows = {row[0]: row for row in cursor}
        tags_cursor = db.conn.execute(f"SELECT * FROM lead_tags WHERE lead_id IN ({marks})", chunk)
        tag_columns = tuple(d[0] for d in tags_cursor.description)
        tags: dict[int, list[tuple[Any, ...]]] = {}
        for row in tags_cursor:
            tags.setdefault(row[tag_columns.index("lead_id")], []).append(row)
        for lead_id in chunk:
            if lead_id in rows:
                owned = (("lead_tags", tag_columns, tuple(tags.get(lead_id, ()))),)
                found[lead_id] = LeadSnapshot(lead_id, rows[lead_id], columns, owned)
    return found


@contextmanager
def lead_updates(conn: sqlite3.Connection, expected: int) -> Iterator[Callable[..., None]]:
    """Inside a transaction: a function ``update(leads, updated_at=None)`` that saves changed
    leads (``update_lead`` for each, with ``updated_at`` when given, a chunk at a time): rows
    by one executemany, tags replaced, and full-text entries taken out and put back a chunk
    per statement instead of by the update trigger, row by row. When ``expected`` updates
    outweigh the rest of the book, indexes are rebuilt afterwards."""
    count = int(conn.execute(KEPT_COUNT_SQL["leads"]).fetchone()[0])
    big = expected > max(count - expected, BULK_INDEX_MINIMUM)
    with trigger_set_aside(conn, "leads_fts_update"), lead_indexes_set_aside(conn, big), \
            fts_merges_deferred(conn, big), changes_counted_once(conn):  # fmt: skip
        yield lambda leads, updated_at=None: _update_chunk(conn, leads, updated_at, fts=not big)
        if big:  # most of the book changed: its full-text index written once, instead of out and in again
            conn.execute("INSERT INTO leads_fts (leads_fts) VALUES ('rebuild')")


def _update_chunk(conn: sqlite3.Connection, leads: Sequence[Lead], updated_at: str | None, *, fts: bool) -> None:
    if not leads:
        return
    ids = [int(lead.id or 0) for lead in leads]  # saved leads: every one has its id
    columns = lead_columns(leads, 0, updated_at or "")  # update_lead's columns: lead_to_row's but these two
    del columns["id"], columns["created_at"]
    if updated_at is None:
        columns["updated_at"] = [lead.updated_at for lead in leads]
    cols = ", ".join(FTS_COLUMNS)
    for chunk in _chunks(ids) if fts else ():
        marks = ",".join("?" * len(chunk))
        conn.execute(f"INSERT INTO leads_fts (leads_fts, rowid, {cols}) SELECT 'delete', id, {cols} "
                     f"FROM leads WHERE id IN ({marks})", chunk)  # fmt: skip
    conn.executemany(f"UPDATE leads SET {', '.join(f'{name} = ?' for name in columns)} WHERE id = ?",
                     zip(*columns.values(), ids))  # fmt: skip
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        conn.execute(f"DELETE FROM lead_tags WHERE lead_id IN ({marks})", chunk)
        if fts:
            conn.execute(f"INSERT INTO leads_fts (rowid, {cols}) SELECT id, {cols} FROM leads WHERE id IN ({marks})",
                         chunk)  # fmt: skip
    conn.executemany("INSERT OR IGNORE INTO lead_tags (lead_id, tag) VALUES (?, ?)",
                     [(lead.id, tag) for lead in leads for tag in lead.tags])  # fmt: skip


def delete_leads_bulk(conn: sqlite3.Connection, where: str, params: Sequence[Any]) -> list[int]:
    """Delete the leads ``WHERE {where}`` (with what they own, through the foreign keys'
    cascades) in one statement; returns their ids. Their full-text entries go in one statement
    too, or, when fewer leads stay than go, the full-text index is rebuilt from those that stay."""
    chosen = f"SELECT id FROM leads WHERE {where}"
    removed = [r[0] for r in conn.execute(f"{chosen} ORDER BY id", list(params))]
    if not removed:
        return []
    staying = int(conn.execute(KEPT_COUNT_SQL["leads"]).fetchone()[0]) - len(removed)
    rebuild = staying < len(removed)
    cols = ", ".join(FTS_COLUMNS)
    with trigger_set_aside(conn, "leads_fts_delete"), trigger_set_aside(conn, "leads_cjk_delete"), \
            lead_indexes_set_aside(conn, len(removed) > max(staying, BULK_INDEX_MINIMUM)), \
            changes_counted_once(conn), lead_count_moved_once(conn, -len(removed)):  # fmt: skip
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'leads_cjk'").fetchone():
            # The grams index is told each removed lead's document again (it keeps no content).
            gone = conn.execute("SELECT lead_id, text FROM leads_cjk_text WHERE lead_id IN "
                                "(SELECT value FROM json_each(?))", [json.dumps(removed)]).fetchall()  # fmt: skip
            conn.executemany("INSERT INTO leads_cjk (leads_cjk, rowid, grams) VALUES ('delete', ?, ?)",
                             [(lead_id, " ".join(cjk_grams(text))) for lead_id, text in gone])  # fmt: skip
            conn.executemany("DELETE FROM leads_cjk_text WHERE lead_id = ?", [(lead_id,) for lead_id, _text in gone])
        if rebuild:
            conn.execute("INSERT INTO leads_fts (leads_fts) VALUES ('delete-all')")
        else:
            conn.execute(f"INSERT INTO leads_fts (leads_fts, rowid, {cols}) SELECT 'delete', id, {cols} "
                         f"FROM leads WHERE id IN ({chosen})", list(params))  # fmt: skip
        conn.execute(f"DELETE FROM leads WHERE id IN ({chosen})", list(params))
        if rebuild:
            with fts_merges_deferred(conn, staying > BULK_INDEX_MINIMUM):
                conn.execute(f"INSERT INTO leads_fts (rowid, {cols}) SELECT id, {cols} FROM leads")
    return removed


# --- single-purpose writes and reads of the book layer ----------------------------------------


def unanswered_streak(conn: sqlite3.Connection, lead_id: int) -> tuple[int, str | None] | None:
    """(attempts without an answer in a row, when that streak started) of a lead, None when it is gone."""
    row = conn.execute("SELECT unanswered_streak, streak_started_at FROM leads WHERE id = ?", [lead_id]).fetchone()
    return (int(row[0]), row[1]) if row else None


def set_stage(conn: sqlite3.Connection, lead_id: int, stage: Stage, now: str) -> None:
    conn.execute("UPDATE leads SET stage = ?, updated_at = ? WHERE id = ?", [stage.value, now, lead_id])


def reset_stop_rule(conn: sqlite3.Connection, lead_id: int, now: str) -> None:
    """The stop rule counts unanswered attempts again from ``now``."""
    conn.execute("UPDATE leads SET stop_reset_at = ? WHERE id = ?", [now, lead_id])


def mark_do_not_contact(conn: sqlite3.Connection, lead_id: int, now: str) -> None:
    conn.execute("UPDATE leads SET do_not_contact = 1, updated_at = ? WHERE id = ?", [now, lead_id])


def do_not_contact_ids(conn: sqlite3.Connection) -> frozenset[int]:
    return frozenset(r[0] for r in conn.execute("SELECT id FROM leads WHERE do_not_contact = 1"))


def delete_ids(conn: sqlite3.Connection, ids: Iterable[int]) -> None:
    """Delete leads (what they own goes with them: foreign keys cascade)."""
    conn.executemany("DELETE FROM leads WHERE id = ?", [(i,) for i in ids])


def move_owned(conn: sqlite3.Connection, to: int, from_: int) -> None:
    """Every follow-up, event and revisit of lead ``from_`` becomes lead ``to``'s."""
    for table in ("followups", "lead_events", "revisits"):
        conn.execute(f"UPDATE {table} SET lead_id = ? WHERE lead_id = ?", [to, from_])


def key_rows(conn: sqlite3.Connection) -> sqlite3.Cursor:
    """(id, name, company, emails, phones) of every lead, by id: the keys duplicates are found by."""
    return conn.execute("SELECT id, name, company, emails, phones FROM leads ORDER BY id")
