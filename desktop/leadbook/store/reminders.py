"""Reminder queries: what is due, when to wake up next, and the dismiss/snooze writes.

The rule (``core.reminders``) is: a planned follow-up's reminder signals at
``coalesce(snoozed_until, remind_at)`` unless dismissed. Every query here spells that
expression exactly as the index ``followups_reminder_wake`` does, so SQLite answers
from the index whatever the size of the book.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlite_utils

from ..core.clock import from_utc_iso, utc_iso
from ..core.followups import FollowUp
from ..core.reminders import ReminderState
from .followups import _rows, row_to_followup

SIGNALS_AT = "coalesce(f.snoozed_until, f.remind_at)"
ACTIVE = "f.state = 'planned' AND f.remind_at IS NOT NULL AND f.reminder_dismissed_at IS NULL"


@dataclass(frozen=True)
class ReminderRow:
    """One due reminder as the reminders window shows it: the follow-up and enough of its lead."""

    followup: FollowUp
    lead_name: str
    company: str
    phone: str
    rapport: str
    signals_at: str  # UTC ISO: when it signalled (its snooze end, or its remind_at)
    snoozed_until: str

    @property
    def id(self) -> int:
        return int(self.followup.id or 0)

    @property
    def lead_id(self) -> int:
        return self.followup.lead_id

    def state(self) -> ReminderState:
        return ReminderState(
            self.id,
            from_utc_iso(self.followup.remind_at),
            from_utc_iso(self.snoozed_until) if self.snoozed_until else None,
        )


def _reminder_row(r: dict[str, Any]) -> ReminderRow:
    return ReminderRow(
        followup=row_to_followup(r),
        lead_name=r["lead_name"],
        company=r["company"],
        phone=r["phones"].split("\n", 1)[0],
        rapport=r["rapport"],
        signals_at=r["signals_at"],
        snoozed_until=r["snoozed_until"] or "",
    )


def due_reminders(db: sqlite_utils.Database, now: datetime) -> list[ReminderRow]:
    """Reminders signalling at or before ``now``, in the order they signalled."""
    rows = _rows(
        db,
        f"""SELECT f.*, {SIGNALS_AT} AS signals_at, l.name AS lead_name, l.company, l.phones, l.rapport
            FROM followups f JOIN leads l ON l.id = f.lead_id
            WHERE {ACTIVE} AND {SIGNALS_AT} <= ?
            ORDER BY {SIGNALS_AT}, f.id""",
        [utc_iso(now)],
    )
    return [_reminder_row(r) for r in rows]


def next_signal_after(db: sqlite_utils.Database, now: datetime) -> datetime | None:
    """The first instant after ``now`` at which a reminder signals."""
    row = db.conn.execute(
        f"SELECT min({SIGNALS_AT}) FROM followups f WHERE {ACTIVE} AND {SIGNALS_AT} > ?", [utc_iso(now)]
    ).fetchone()
    return from_utc_iso(row[0]) if row and row[0] else None


def reminder_states(db: sqlite_utils.Database, ids: Sequence[int] | None = None) -> list[ReminderState]:
    """Stored states of planned reminders (dismissed ones included), for checks and tests."""
    where = "f.state = 'planned' AND f.remind_at IS NOT NULL"
    params: list[Any] = []
    if ids is not None:
        where += f" AND f.id IN ({','.join('?' * len(ids))})"
        params = list(ids)
    rows = db.conn.execute(
        f"SELECT f.id, f.remind_at, f.snoozed_until, f.reminder_dismissed_at FROM followups f WHERE {where}", params
    )
    return [
        ReminderState(r[0], from_utc_iso(r[1]), from_utc_iso(r[2]) if r[2] else None, r[3] is not None) for r in rows
    ]


def lead_ids_of(db: sqlite_utils.Database, ids: Sequence[int]) -> set[int]:
    if not ids:
        return set()
    marks = ",".join("?" * len(ids))
    return {r[0] for r in db.conn.execute(f"SELECT DISTINCT lead_id FROM followups WHERE id IN ({marks})", list(ids))}


def dismiss(db: sqlite_utils.Database, ids: Sequence[int], at: datetime) -> int:
    """Dismiss planned reminders for good; returns how many changed."""
    cursor = db.conn.executemany(
        "UPDATE followups SET reminder_dismissed_at = ?, snoozed_until = NULL "
        "WHERE id = ? AND state = 'planned' AND remind_at IS NOT NULL AND reminder_dismissed_at IS NULL",
        [(utc_iso(at), i) for i in ids],
    )
    return cursor.rowcount


def snooze(db: sqlite_utils.Database, ids: Sequence[int], until: datetime) -> int:
    """Let planned, undismissed reminders signal again at ``until``; returns how many changed."""
    cursor = db.conn.executemany(
        "UPDATE followups SET snoozed_until = ? "
        "WHERE id = ? AND state = 'planned' AND remind_at IS NOT NULL AND reminder_dismissed_at IS NULL",
        [(utc_iso(until), i) for i in ids],
    )
    return cursor.rowcount
