"""Revisit rows (one per "no") and the nurture list: the queries behind the revisit queue.

Do-not-contact leads are left out of every query here: they never appear in a queue,
a list or a marketing export.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from ..core.frozen import FrozenRecord
from ..core.revisits import NoReason, RevisitState
from .database import inserted_id

if TYPE_CHECKING:  # sqlite-utils loads when a write first needs it (store.database.LazyDatabase)
    import sqlite_utils


class RevisitRow(FrozenRecord):
    """A queued revisit with what the seller needs before calling: when and why they said no,
    who said it, the last notes and the value."""

    id: int
    lead_id: int
    lead_name: str
    company: str
    phone: str
    email: str
    said_no_at: str
    reason: NoReason
    note: str
    contact_person: str
    revisit_on: date
    value: float | None
    currency: str
    last_notes: tuple[str, ...] = ()


class NurtureRow(FrozenRecord):
    """A lead in nurture with its last and next touch (UTC ISO texts, "" when none)."""

    lead_id: int
    name: str
    company: str
    email: str
    address: str
    city: str
    country: str
    preferred_channel: str
    last_touch_at: str
    next_step_at: str
    nurtured_since: str


def insert(db: sqlite_utils.Database, lead_id: int, said_no_at: str, reason: NoReason, note: str,
           contact_person: str, revisit_on: date | None, state: RevisitState = RevisitState.QUEUED) -> int:  # fmt: skip
    cursor = db.conn.execute(
        "INSERT INTO revisits (lead_id, said_no_at, reason, note, contact_person, revisit_on, state, closed_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [lead_id, said_no_at, reason.value, note, contact_person,
         revisit_on.isoformat() if revisit_on else None, state.value,
         None if state == RevisitState.QUEUED else said_no_at],
    )  # fmt: skip
    return inserted_id(cursor)


def close_queued(db: sqlite_utils.Database, lead_id: int, state: RevisitState, at: str) -> int:
    """Close the lead's queued revisits with ``state``; how many there were."""
    return db.conn.execute(
        "UPDATE revisits SET state = ?, closed_at = ? WHERE lead_id = ? AND state = 'queued'",
        [state.value, at, lead_id],
    ).rowcount


def latest(db: sqlite_utils.Database, lead_id: int) -> dict[str, Any] | None:
    """The lead's newest revisit row (queued or not), as a dict."""
    cursor = db.conn.execute("SELECT * FROM revisits WHERE lead_id = ? ORDER BY said_no_at DESC, id DESC LIMIT 1",
                             [lead_id])  # fmt: skip
    row = cursor.fetchone()
    return dict(zip([d[0] for d in cursor.description], row)) if row else None


# The queue: revisits still waiting, of leads that are still a "no" and may be contacted.
_QUEUED = """
    FROM revisits r JOIN leads l ON l.id = r.lead_id
    WHERE r.state = 'queued' AND r.revisit_on IS NOT NULL AND l.do_not_contact = 0 AND l.stage = 'no'
"""
_QUEUE_SQL = (
    """
    SELECT r.id, r.lead_id, l.name, l.company, l.phones, l.emails, r.said_no_at, r.reason, r.note,
           r.contact_person, r.revisit_on, l.value, l.currency
"""
    + _QUEUED
)


def _last_notes(db: sqlite_utils.Database, lead_id: int, count: int = 3) -> tuple[str, ...]:
    """The newest notes and touch results, newest first."""
    rows = db.conn.execute(
        """SELECT at, text FROM (
               SELECT at, text FROM lead_events WHERE lead_id = :id AND kind = 'note' AND text != ''
               UNION ALL
               SELECT done_at AS at, result_note AS text FROM followups
               WHERE lead_id = :id AND state = 'done' AND result_note != ''
           ) ORDER BY at DESC LIMIT :n""",
        {"id": lead_id, "n": count},
    ).fetchall()
    return tuple(r[1] for r in rows)


def _queue(db: sqlite_utils.Database, where: str, params: Sequence[Any], limit: int | None = None) -> list[RevisitRow]:
    rows = db.conn.execute(f"{_QUEUE_SQL} AND {where} ORDER BY r.revisit_on, r.said_no_at, r.id LIMIT ?",
                           [*params, -1 if limit is None else limit]).fetchall()  # fmt: skip
    return [
        RevisitRow(
            r[0],
            r[1],
            r[2],
            r[3],
            (r[4] or "").split("\n", 1)[0],
            (r[5] or "").split("\n", 1)[0],
            r[6],
            NoReason(r[7]),
            r[8],
            r[9],
            date.fromisoformat(r[10]),
            r[11],
            r[12] or "",
            _last_notes(db, r[1]),
        )
        for r in rows
    ]


def due_until(db: sqlite_utils.Database, day: date, limit: int | None = None) -> list[RevisitRow]:
    """Queued revisits due on ``day`` or before, oldest first (the first ``limit`` of them)."""
    return _queue(db, "r.revisit_on <= ?", [day.isoformat()], limit)


def upcoming(db: sqlite_utils.Database, after: date, until: date | None = None) -> list[RevisitRow]:
    """Queued revisits after ``after`` (up to ``until``), soonest first."""
    if until is None:
        return _queue(db, "r.revisit_on > ?", [after.isoformat()])
    return _queue(db, "r.revisit_on > ? AND r.revisit_on <= ?", [after.isoformat(), until.isoformat()])


def count_due(db: sqlite_utils.Database, day: date) -> int:
    """How many ``due_until`` lists, without reading them (nor their notes)."""
    return int(db.conn.execute(f"SELECT count(*) {_QUEUED} AND r.revisit_on <= ?", [day.isoformat()]).fetchone()[0])


def stats(db: sqlite_utils.Database) -> tuple[int, int]:
    """(revisits that brought a lead back, of those the ones won since)."""
    row = db.conn.execute(
        """SELECT count(*), coalesce(sum(EXISTS (
               SELECT 1 FROM lead_events e WHERE e.lead_id = r.lead_id AND e.kind = 'stage'
               AND e.text = 'won' AND e.at >= r.closed_at)), 0)
           FROM revisits r WHERE r.state IN ('reopened', 'new_contact')"""
    ).fetchone()
    return int(row[0]), int(row[1])


_NURTURE_SQL = """
    SELECT l.id, l.name, l.company, l.emails, l.address, l.city, l.country, coalesce(l.preferred_channel, ''),
           coalesce(l.last_touch_at, ''), coalesce(l.next_step_at, ''),
           coalesce((SELECT max(e.at) FROM lead_events e WHERE e.lead_id = l.id AND e.kind = 'stage'
                     AND e.text = 'nurture'), l.created_at)
    FROM leads l WHERE l.stage = 'nurture' AND l.do_not_contact = 0
    ORDER BY coalesce(l.next_step_at, '9999'), l.name COLLATE NOCASE, l.id
"""


def nurture(db: sqlite_utils.Database) -> list[NurtureRow]:
    """Leads in nurture (never do-not-contact ones), the next touch first."""
    return [
        NurtureRow(r[0], r[1], r[2], (r[3] or "").split("\n", 1)[0], r[4], r[5], r[6], r[7], r[8], r[9], r[10])
        for r in db.conn.execute(_NURTURE_SQL)
    ]
