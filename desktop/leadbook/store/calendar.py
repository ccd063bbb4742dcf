"""Calendar queries: a month's load in one indexed query (and the revisits due in another), and
the follow-ups of a day or a week."""

from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING, Any

from ..core.calendar import DayItem, Movable
from ..core.model import Channel, Stage
from .followups import AGENDA_SQL, AgendaRow, _agenda_row, _rows

if TYPE_CHECKING:  # sqlite-utils loads when a write first needs it (store.database.LazyDatabase)
    import sqlite_utils

# Served by the partial index followups_planned_by_day (due_date, due_time) WHERE state = 'planned':
# a range scan over the month's planned rows only (tests/bench/bench_calendar.py prints the plan).
# No INDEXED BY, so a covering partial index on (due_date, channel), if a migration adds one,
# is picked up by itself: index-only, about 20x faster at 20,000 planned follow-ups a month.
LOAD_SQL = (
    "SELECT due_date, channel, count(*) FROM followups "
    "WHERE state = 'planned' AND due_date BETWEEN ? AND ? GROUP BY due_date, channel"
)


def load_counts(db: sqlite_utils.Database, first: date, last: date) -> dict[date, dict[Channel, int]]:
    """Planned follow-ups per local day and channel, ``first`` to ``last`` inclusive."""
    counts: dict[date, dict[Channel, int]] = {}
    for day, channel, count in db.conn.execute(LOAD_SQL, [first.isoformat(), last.isoformat()]):
        try:
            key = Channel(channel)
        except ValueError:  # a channel from a newer Leadbook
            key = Channel.OTHER
        per_day = counts.setdefault(date.fromisoformat(day), {})
        per_day[key] = per_day.get(key, 0) + int(count)
    return counts


# Queued revisits by day, as the revisit queue counts them (never a do-not-contact lead, only
# leads still in stage no): a range of the index revisits_queue (state, revisit_on).
REVISITS_SQL = (
    "SELECT r.revisit_on, count(*) FROM revisits r JOIN leads l ON l.id = r.lead_id "
    "WHERE r.state = 'queued' AND r.revisit_on BETWEEN ? AND ? AND l.do_not_contact = 0 AND l.stage = 'no' "
    "GROUP BY r.revisit_on"
)


def revisit_counts(db: sqlite_utils.Database, first: date, last: date) -> dict[date, int]:
    """Revisits due per local day, ``first`` to ``last`` inclusive (days without any left out)."""
    return {date.fromisoformat(day): int(count)
            for day, count in db.conn.execute(REVISITS_SQL, [first.isoformat(), last.isoformat()])}  # fmt: skip


def planned_between(db: sqlite_utils.Database, first: date, last: date) -> list[AgendaRow]:
    """Planned follow-ups from ``first`` to ``last``, by day, untimed first, then by time."""
    rows = _rows(
        db,
        AGENDA_SQL + " WHERE f.state = 'planned' AND f.due_date BETWEEN ? AND ? "
        "ORDER BY f.due_date, f.due_time IS NOT NULL, f.due_time, f.id",
        [first.isoformat(), last.isoformat()],
    )
    return [_agenda_row(r) for r in rows]


# The first planned follow-ups of each day (timed ones by time, then the untimed), numbered over
# the month's planned rows only (a partial index of planned follow-ups by day gives the range);
# the leads are joined for the rows kept, not for the whole month.
FIRST_OF_DAYS_SQL = (
    "SELECT t.id, t.due_date, t.due_time, t.channel, l.name FROM ("
    " SELECT id, lead_id, due_date, due_time, channel, row_number() OVER ("
    "  PARTITION BY due_date ORDER BY due_time IS NULL, due_time, id) AS n"
    " FROM followups WHERE state = 'planned' AND due_date BETWEEN ? AND ?) t "
    "JOIN leads l ON l.id = t.lead_id WHERE t.n <= ? ORDER BY t.due_date, t.n"
)


def first_of_days(db: sqlite_utils.Database, first: date, last: date, per_day: int) -> dict[date, list[DayItem]]:
    """Up to ``per_day`` planned follow-ups of each day from ``first`` to ``last``: timed ones by
    time, then the untimed (days without any left out)."""
    items: dict[date, list[DayItem]] = {}
    for followup_id, day, at, channel, name in db.conn.execute(
            FIRST_OF_DAYS_SQL, [first.isoformat(), last.isoformat(), per_day]):  # fmt: skip
        try:
            kind = Channel(channel)
        except ValueError:  # a channel from a newer Leadbook
            kind = Channel.OTHER
        when = date.fromisoformat(day)
        items.setdefault(when, []).append(DayItem(int(followup_id), when, time.fromisoformat(at) if at else None,
                                                  kind, name or ""))  # fmt: skip
    return items


def movable_on(db: sqlite_utils.Database, day: date) -> list[Movable]:
    """The planned follow-ups of ``day`` with what even-out weighs (stage, age, time)."""
    result = []
    for row in _rows(
        db,
        "SELECT f.id, f.lead_id, f.due_time, f.created_at, f.first_response, l.stage "
        "FROM followups f JOIN leads l ON l.id = f.lead_id WHERE f.state = 'planned' AND f.due_date = ?",
        [day.isoformat()],
    ):
        result.append(_movable(row))
    return result


def _movable(row: dict[str, Any]) -> Movable:
    try:
        stage = Stage(row["stage"])
    except ValueError:
        stage = Stage.NEW
    at = time.fromisoformat(row["due_time"]) if row["due_time"] else None
    return Movable(row["id"], row["lead_id"], at, stage, row["created_at"] or "", bool(row["first_response"]))
