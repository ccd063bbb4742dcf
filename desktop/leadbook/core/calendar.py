"""Calendar rules in plain Python: the dates a month grid shows, a day's load, and how to even
out an overloaded day.

Days are local dates (a follow-up's ``due_date``), so counts never shift when clocks change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import field
from datetime import date, time, timedelta

from .frozen import FrozenRecord
from .model import Channel, Stage
from .rules import is_working_day

# How far past an overloaded day even-out looks for room (six working weeks).
EVEN_OUT_HORIZON_DAYS = 42

# Pipeline order: a lead further along is more urgent to keep on its day.
STAGE_RANK = {
    Stage.NEW: 0, Stage.NURTURE: 0, Stage.CONTACTED: 1, Stage.QUALIFIED: 2, Stage.PROPOSAL: 3,
    Stage.NEGOTIATION: 4, Stage.WON: 5, Stage.NO: 0,
}  # fmt: skip


class DayLoad(FrozenRecord):
    """What one day of the calendar carries: planned follow-ups by channel, and marks."""

    day: date
    by_channel: Mapping[Channel, int] = field(default_factory=dict)
    overdue: bool = False  # planned follow-ups left on a day before today
    over_capacity: bool = False
    # Queued revisits (no's to call back) dated on this day; they do not count towards capacity.
    revisits_due: int = 0

    @property
    def total(self) -> int:
        return sum(self.by_channel.values())


class DayItem(FrozenRecord):
    """One planned follow-up as a month cell lists it: "10:30 Anna Svensson"."""

    followup_id: int
    day: date
    at: time | None
    channel: Channel
    lead_name: str


def month_grid(year: int, month: int, first_weekday: int) -> list[list[date]]:
    """Six weeks of dates covering the month, each week starting on ``first_weekday``
    (0 = Monday ... 6 = Sunday, as ``date.weekday()``). Always six rows, so the grid
    does not jump in height from month to month."""
    first = date(year, month, 1)
    start = first - timedelta(days=(first.weekday() - first_weekday) % 7)
    return [[start + timedelta(days=7 * w + d) for d in range(7)] for w in range(6)]


def week_start(day: date, first_weekday: int) -> date:
    """The first day of the locale's week that holds ``day``."""
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)


def iso_week(day: date) -> int:
    return day.isocalendar()[1]


def day_loads(
    counts: Mapping[date, Mapping[Channel, int]],
    first: date,
    last: date,
    today: date,
    capacity: int,
    revisits: Mapping[date, int] | None = None,
) -> dict[date, DayLoad]:
    """Every day from ``first`` to ``last`` with its load and marks (empty days too), and the
    revisits due on it (``revisits``: per day)."""
    loads: dict[date, DayLoad] = {}
    day = first
    while day <= last:
        by_channel = dict(counts.get(day, {}))
        total = sum(by_channel.values())
        loads[day] = DayLoad(day, by_channel, overdue=day < today and total > 0,
                             over_capacity=capacity > 0 and total > capacity,
                             revisits_due=(revisits or {}).get(day, 0))  # fmt: skip
        day += timedelta(days=1)
    return loads


# --- even out ------------------------------------------------------------------------------


class Movable(FrozenRecord):
    """What even-out needs to know about a planned follow-up on the crowded day."""

    followup_id: int
    lead_id: int
    at: time | None
    stage: Stage
    created_at: str
    first_response: bool = False


class Move(FrozenRecord):
    followup_id: int
    lead_id: int
    from_day: date
    to_day: date
    at: time | None


def least_urgent_first(items: Iterable[Movable]) -> list[Movable]:
    """The order in which even-out moves follow-ups away, least urgent first:

    1. untimed before timed (a time is usually an appointment the prospect agreed to);
    2. then the lead's stage, earliest in the pipeline first (new and nurture before
       negotiation: a deal about to close should keep its day);
    3. then the latest-created first (an older promise has waited longer);
    4. then the higher id first, so the order is total and stable.

    First responses are never moved: they race a target set by the lead's source.
    """
    candidates = [i for i in items if not i.first_response]
    return sorted(
        candidates,
        key=lambda i: (i.at is not None, STAGE_RANK.get(i.stage, 0), _desc(i.created_at), -i.followup_id),
    )


def _desc(text: str) -> tuple[int, ...]:
    """A key that sorts ISO timestamps newest first."""
    return tuple(-ord(c) for c in text)


def propose_even_out(
    day: date,
    items: Sequence[Movable],
    loads: Mapping[date, int],
    capacity: int,
    *,
    horizon_days: int = EVEN_OUT_HORIZON_DAYS,
) -> list[Move]:
    """Moves that bring ``day`` down to ``capacity``: the least urgent follow-ups go, one by
    one, to the earliest following working day that still has room (``loads`` gives each
    day's planned count; a missing day counts as empty). Never onto a weekend, never onto a
    day at capacity; when no day within ``horizon_days`` has room, fewer moves are proposed.
    """
    excess = max(loads.get(day, 0), len(items)) - capacity
    if capacity <= 0 or excess <= 0:
        return []
    room = {}
    for offset in range(1, horizon_days + 1):
        target = day + timedelta(days=offset)
        if is_working_day(target):
            room[target] = capacity - loads.get(target, 0)
    moves: list[Move] = []
    for item in least_urgent_first(items):
        if len(moves) >= excess:
            break
        free_day = next((d for d, free in room.items() if free > 0), None)
        if free_day is None:
            break
        room[free_day] -= 1
        moves.append(Move(item.followup_id, item.lead_id, day, free_day, item.at))
    return moves
