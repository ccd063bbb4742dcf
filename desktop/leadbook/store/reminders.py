"""Reminder queries: what is due, when to wake up next, and the dismiss/snooze writes.

Two kinds of reminder share one list, ordered by when they signalled:

- a planned follow-up's reminder signals at ``coalesce(snoozed_until, remind_at)`` unless
  dismissed (``core.reminders``). Every query spells that expression exactly as the index
  ``followups_reminder_wake`` does, so SQLite answers from the index whatever the size of
  the book;
- a queued revisit (a "no" to call back) signals at the start of the working day of its
  ``revisit_on`` (not stored: it follows the settings), or at its snooze end. Unsnoozed ones
  are found by day (``revisits_reminder_day``), snoozed ones by instant
  (``revisits_reminder_snoozed``). Revisits of do-not-contact leads, or of leads no longer
  in stage "no", never remind (as the revisit queue leaves them out).

Lists take a ``limit`` and have a separate count, so a backlog of 100,000 due reminders is
never read whole.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, time
from enum import Enum
from itertools import islice
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from ..core.clock import from_utc_iso, utc_iso
from ..core.followups import Due, FollowUp
from ..core.frozen import FrozenRecord
from ..core.reminders import ReminderState, last_started_day, revisit_remind_at
from ..core.revisits import NoReason
from .followups import _rows, row_to_followup

if TYPE_CHECKING:  # sqlite-utils loads when a write first needs it (store.database.LazyDatabase)
    import sqlite_utils

SIGNALS_AT = "coalesce(f.snoozed_until, f.remind_at)"
ACTIVE = "f.state = 'planned' AND f.remind_at IS NOT NULL AND f.reminder_dismissed_at IS NULL"
# A revisit that can remind (the partial indexes' condition), of a lead the queue would show.
REVISIT_ACTIVE = "r.state = 'queued' AND r.revisit_on IS NOT NULL AND r.reminder_dismissed_at IS NULL"
REVISIT_LEAD = "l.do_not_contact = 0 AND l.stage = 'no'"
_CHUNK = 500


class ReminderKind(str, Enum):
    FOLLOWUP = "followup"
    REVISIT = "revisit"


class RevisitReminder(FrozenRecord):
    """The "no" a revisit reminder is about: when, why and who said it."""

    id: int
    lead_id: int
    revisit_on: date
    reason: NoReason
    note: str
    contact_person: str
    said_no_at: str  # UTC ISO
    remind_at: str  # UTC ISO: the start of the working day of ``revisit_on``


class ReminderRow(FrozenRecord):
    """One due reminder as the reminders window shows it: a follow-up's or a revisit's
    (exactly one of ``followup`` and ``revisit`` is set), and enough of its lead."""

    followup: FollowUp | None
    lead_name: str
    company: str
    phone: str
    rapport: str
    signals_at: str  # UTC ISO: when it signalled (its snooze end, or its reminder time)
    snoozed_until: str
    revisit: RevisitReminder | None = None

    @property
    def kind(self) -> ReminderKind:
        return ReminderKind.REVISIT if self.revisit is not None else ReminderKind.FOLLOWUP

    @property
    def id(self) -> int:
        """The follow-up's id, or the revisit's (ids of the two kinds may be equal: see ``key``)."""
        if self.revisit is not None:
            return self.revisit.id
        return int(self.followup.id or 0) if self.followup is not None else 0

    @property
    def key(self) -> tuple[ReminderKind, int]:
        """Unique across both kinds."""
        return self.kind, self.id

    @property
    def lead_id(self) -> int:
        if self.revisit is not None:
            return self.revisit.lead_id
        return self.followup.lead_id if self.followup is not None else 0

    @property
    def due(self) -> Due:
        """A follow-up's due day and time; a revisit is due all day on its date."""
        if self.revisit is not None:
            return Due(self.revisit.revisit_on)
        assert self.followup is not None
        return self.followup.due

    def state(self) -> ReminderState:
        remind_at = self.revisit.remind_at if self.revisit is not None else (self.followup.remind_at
                                                                              if self.followup else "")  # fmt: skip
        return ReminderState(
            self.id,
            from_utc_iso(remind_at),
            from_utc_iso(self.snoozed_until) if self.snoozed_until else None,
        )


def _sort_key(row: ReminderRow) -> tuple[str, int, int]:
    return row.signals_at, 0 if row.kind == ReminderKind.FOLLOWUP else 1, row.id


def _limit(limit: int | None) -> str:
    return f" LIMIT {int(limit)}" if limit is not None else ""


# --- follow-ups ---------------------------------------------------------------------------------


def _followup_row(r: dict[str, Any]) -> ReminderRow:
    return ReminderRow(
        followup=row_to_followup(r),
        lead_name=r["lead_name"],
        company=r["company"],
        phone=r["phones"].split("\n", 1)[0],
        rapport=r["rapport"],
        signals_at=r["signals_at"],
        snoozed_until=r["snoozed_until"] or "",
    )


def _due_followups(db: sqlite_utils.Database, now: datetime, limit: int | None,
                   since: datetime | None = None) -> list[ReminderRow]:  # fmt: skip
    after = f" AND {SIGNALS_AT} > ?" if since is not None else ""
    rows = _rows(
        db,
        f"""SELECT f.*, {SIGNALS_AT} AS signals_at, l.name AS lead_name, l.company, l.phones, l.rapport
            FROM followups f JOIN leads l ON l.id = f.lead_id
            WHERE {ACTIVE} AND {SIGNALS_AT} <= ?{after}
            ORDER BY {SIGNALS_AT}, f.id{_limit(limit)}""",
        [utc_iso(now)] + ([utc_iso(since)] if since is not None else []),
    )
    return [_followup_row(r) for r in rows]


# --- revisits -----------------------------------------------------------------------------------

_REVISIT_SELECT = f"""
    SELECT r.id, r.lead_id, r.revisit_on, r.reason, r.note, r.contact_person, r.said_no_at, r.snoozed_until,
           l.name, l.company, l.phones, l.rapport
    FROM revisits r JOIN leads l ON l.id = r.lead_id
    WHERE {REVISIT_ACTIVE} AND {REVISIT_LEAD}"""
# Without statistics SQLite prefers revisits_queue (state, revisit_on) for snoozed rows too, then
# sorts them all; the snooze index is what reads them in order.
_SNOOZE_INDEX = "revisits r INDEXED BY revisits_reminder_snoozed"
# Unsnoozed revisits due by a day, and snoozed ones due by an instant (each in signal order
# when listed); with a lower bound, only those that came due after it.
_BY_DAY = "r.snoozed_until IS NULL AND r.revisit_on <= ?"
_BY_SNOOZE = "r.snoozed_until IS NOT NULL AND r.snoozed_until <= ?"
_DAY_ORDER = " ORDER BY r.revisit_on, r.id"
_SNOOZE_ORDER = " ORDER BY r.snoozed_until, r.id"


def _revisit_wheres(now: datetime, zone: ZoneInfo, day_start: time,
                    since: datetime | None = None) -> list[tuple[str, list[str], str]]:  # fmt: skip
    """(condition, parameters, order) for the unsnoozed and the snoozed due revisits."""
    day = last_started_day(now, zone, day_start).isoformat()
    by_day, by_snooze = (_BY_DAY, [day]), (_BY_SNOOZE, [utc_iso(now)])
    if since is not None:
        by_day = (_BY_DAY + " AND r.revisit_on > ?", [day, last_started_day(since, zone, day_start).isoformat()])
        by_snooze = (_BY_SNOOZE + " AND r.snoozed_until > ?", [utc_iso(now), utc_iso(since)])
    return [(*by_day, _DAY_ORDER), (*by_snooze, _SNOOZE_ORDER)]


def _reason(value: str) -> NoReason:
    try:
        return NoReason(value)
    except ValueError:  # a reason from a newer Leadbook
        return NoReason.OTHER


def _revisit_sql(select: str, where: str) -> str:
    if "snoozed_until IS NOT NULL" in where:
        select = select.replace("revisits r ", _SNOOZE_INDEX + " ", 1)
    return f"{select} AND {where}"


def _revisit_rows(db: sqlite_utils.Database, where: str, params: list[str], limit: int | None, zone: ZoneInfo,
                  day_start: time) -> list[ReminderRow]:  # fmt: skip
    result = []
    for r in db.conn.execute(_revisit_sql(_REVISIT_SELECT, where) + _limit(limit), params):
        day = date.fromisoformat(r[2])
        remind_at = utc_iso(revisit_remind_at(day, zone, day_start))
        revisit = RevisitReminder(r[0], r[1], day, _reason(r[3]), r[4], r[5], r[6], remind_at)
        result.append(ReminderRow(None, r[8], r[9], (r[10] or "").split("\n", 1)[0], r[11], r[7] or remind_at,
                                  r[7] or "", revisit))  # fmt: skip
    return result


def _due_revisits(db: sqlite_utils.Database, now: datetime, zone: ZoneInfo, day_start: time,
                  limit: int | None, since: datetime | None = None) -> Iterator[ReminderRow]:  # fmt: skip
    by_day, by_snooze = (
        _revisit_rows(db, where + order, params, limit, zone, day_start)
        for where, params, order in _revisit_wheres(now, zone, day_start, since)
    )
    return heapq.merge(by_day, by_snooze, key=_sort_key)


def _count_revisits(db: sqlite_utils.Database, now: datetime, zone: ZoneInfo, day_start: time) -> int:
    return sum(int(db.conn.execute(_revisit_sql(
        f"SELECT count(*) FROM revisits r JOIN leads l ON l.id = r.lead_id WHERE {REVISIT_ACTIVE} AND {REVISIT_LEAD}",
        where), params).fetchone()[0])
        for where, params, _order in _revisit_wheres(now, zone, day_start))  # fmt: skip


def _due_revisit_ids(db: sqlite_utils.Database, now: datetime, zone: ZoneInfo, day_start: time) -> list[int]:
    ids: list[int] = []
    for where, params, _order in _revisit_wheres(now, zone, day_start):
        ids += [r[0] for r in db.conn.execute(_revisit_sql(
            f"SELECT r.id FROM revisits r JOIN leads l ON l.id = r.lead_id WHERE {REVISIT_ACTIVE} AND {REVISIT_LEAD}",
            where), params)]  # fmt: skip
    return ids


# --- both kinds ---------------------------------------------------------------------------------


def due_reminders(db: sqlite_utils.Database, now: datetime, zone: ZoneInfo, day_start: time,
                  limit: int | None = None, since: datetime | None = None) -> list[ReminderRow]:  # fmt: skip
    """Reminders signalling at or before ``now``, in the order they signalled (follow-ups
    before revisits at the same instant); the first ``limit`` of them when given; with
    ``since``, only those that signalled after it."""
    merged = heapq.merge(_due_followups(db, now, limit, since), _due_revisits(db, now, zone, day_start, limit, since),
                         key=_sort_key)  # fmt: skip
    return list(islice(merged, limit)) if limit is not None else list(merged)


def count_due(db: sqlite_utils.Database, now: datetime, zone: ZoneInfo, day_start: time) -> int:
    """How many reminders signal at or before ``now`` (counted in the indexes, nothing read)."""
    followups = db.conn.execute(
        f"SELECT count(*) FROM followups f WHERE {ACTIVE} AND {SIGNALS_AT} <= ?", [utc_iso(now)]
    ).fetchone()[0]
    return int(followups) + _count_revisits(db, now, zone, day_start)


def next_signal_after(db: sqlite_utils.Database, now: datetime, zone: ZoneInfo, day_start: time) -> datetime | None:
    """The first instant after ``now`` at which a reminder (of either kind) signals."""
    found: list[datetime] = []
    row = db.conn.execute(
        f"SELECT min({SIGNALS_AT}) FROM followups f WHERE {ACTIVE} AND {SIGNALS_AT} > ?", [utc_iso(now)]
    ).fetchone()
    if row and row[0]:
        found.append(from_utc_iso(row[0]))
    day = db.conn.execute(
        f"SELECT r.revisit_on FROM revisits r JOIN leads l ON l.id = r.lead_id WHERE {REVISIT_ACTIVE} "
        f"AND {REVISIT_LEAD} AND r.snoozed_until IS NULL AND r.revisit_on > ? ORDER BY r.revisit_on LIMIT 1",
        [last_started_day(now, zone, day_start).isoformat()],
    ).fetchone()
    if day:
        found.append(revisit_remind_at(date.fromisoformat(day[0]), zone, day_start))
    snoozed = db.conn.execute(
        f"SELECT r.snoozed_until FROM {_SNOOZE_INDEX} JOIN leads l ON l.id = r.lead_id WHERE {REVISIT_ACTIVE} "
        f"AND {REVISIT_LEAD} AND r.snoozed_until IS NOT NULL AND r.snoozed_until > ? "
        f"ORDER BY r.snoozed_until LIMIT 1",
        [utc_iso(now)],
    ).fetchone()
    if snoozed:
        found.append(from_utc_iso(snoozed[0]))
    return min(found) if found else None


def reminder_states(db: sqlite_utils.Database, ids: Sequence[int] | None = None) -> list[ReminderState]:
    """Stored states of planned follow-up reminders (dismissed ones included), for checks and tests."""
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


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start : start + _CHUNK])


def lead_ids_of(db: sqlite_utils.Database, ids: Sequence[int], table: str = "followups") -> set[int]:
    """The leads of follow-ups (or, with ``table="revisits"``, of revisits)."""
    assert table in ("followups", "revisits")
    found: set[int] = set()
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        found |= {r[0] for r in db.conn.execute(f"SELECT DISTINCT lead_id FROM {table} WHERE id IN ({marks})", chunk)}
    return found


# --- writes -------------------------------------------------------------------------------------


# The rows whose reminder can still be dismissed or snoozed, for each kind of reminder.
_STILL_SIGNALS = {
    "followups": "state = 'planned' AND remind_at IS NOT NULL AND reminder_dismissed_at IS NULL",
    "revisits": "state = 'queued' AND revisit_on IS NOT NULL AND reminder_dismissed_at IS NULL",
}


def _set_on_signalling(db: sqlite_utils.Database, table: str, assignment: str, value: str, ids: Sequence[int]) -> int:
    cursor = db.conn.executemany(
        f"UPDATE {table} SET {assignment} WHERE id = ? AND {_STILL_SIGNALS[table]}", [(value, i) for i in ids]
    )
    return cursor.rowcount


def dismiss(db: sqlite_utils.Database, ids: Sequence[int], at: datetime) -> int:
    """Dismiss planned follow-ups' reminders for good; returns how many changed."""
    return _set_on_signalling(db, "followups", "reminder_dismissed_at = ?, snoozed_until = NULL", utc_iso(at), ids)


def snooze(db: sqlite_utils.Database, ids: Sequence[int], until: datetime) -> int:
    """Let planned, undismissed follow-up reminders signal again at ``until``; how many changed."""
    return _set_on_signalling(db, "followups", "snoozed_until = ?", utc_iso(until), ids)


def dismiss_revisits(db: sqlite_utils.Database, ids: Sequence[int], at: datetime) -> int:
    """Dismiss queued revisits' reminders for good (they stay in the queue); how many changed."""
    return _set_on_signalling(db, "revisits", "reminder_dismissed_at = ?, snoozed_until = NULL", utc_iso(at), ids)


def snooze_revisits(db: sqlite_utils.Database, ids: Sequence[int], until: datetime) -> int:
    """Let queued, undismissed revisits' reminders signal again at ``until``; how many changed."""
    return _set_on_signalling(db, "revisits", "snoozed_until = ?", utc_iso(until), ids)


def due_keys(db: sqlite_utils.Database, now: datetime, zone: ZoneInfo, day_start: time) -> tuple[list[int], list[int]]:
    """The ids of every reminder due at ``now``: (follow-ups, revisits). Ids only, from the
    indexes: what "Dismiss all" and "Snooze all" act on, however long the backlog."""
    followups = [r[0] for r in db.conn.execute(
        f"SELECT f.id FROM followups f WHERE {ACTIVE} AND {SIGNALS_AT} <= ?", [utc_iso(now)])]  # fmt: skip
    return followups, _due_revisit_ids(db, now, zone, day_start)
