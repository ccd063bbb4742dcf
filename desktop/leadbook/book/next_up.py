"""What to do next: the one thing at the top of Today.

Plain Python over an ``Agenda`` (no Qt, no SQL), so the choice is tested on a hand-made agenda.
The order, most urgent first:

1. **Late**: anything whose moment has passed — a follow-up from an earlier day, a follow-up
   timed earlier today, a first response past its deadline. The one late longest comes first.
   An untimed follow-up is late from the end of its day (it was due "some time that day"), so
   on one day the timed ones come before the untimed, as in the Overdue section.
2. **A first response still running**, the nearest deadline first: a new inquiry cools by the hour.
3. **Today's next timed follow-up**, the earliest time first.
4. **Today's untimed follow-ups**, in the order Today lists them.
5. **A revisit due** (they said no; the time to ask again has come), the oldest first.
6. **A lead to decide on** (the stop rule: many tries without an answer), the longest streak first.

Only the rows the agenda holds are looked at: read with a limit, each section holds its first
rows in the order above, so the most urgent of each is among them.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from ..core.clock import from_utc_iso
from ..core.followups import to_instant
from ..core.frozen import FrozenRecord
from ..core.model import Lead
from ..store.followups import AgendaRow
from .values import Agenda


class Why(IntEnum):
    """Why a thing is next; the lower, the more urgent (the order of the module's docstring)."""

    LATE = 1
    FIRST_RESPONSE = 2
    TIMED = 3
    TODAY = 4
    REVISIT = 5
    DECIDE = 6
    UPCOMING = 7  # nothing is due: the next planned follow-up on a later day


class NextUp(FrozenRecord):
    """The thing at the top of Today: a follow-up (``followup``), a revisit (``revisit``, a
    ``store.revisits.RevisitRow``) or a lead to decide on (``lead``); exactly one is set."""

    why: Why
    lead_id: int
    due: datetime | None = None  # the moment it is or was due (UTC), for follow-ups
    followup: AgendaRow | None = None
    revisit: Any = None
    lead: Lead | None = None

    @property
    def followup_id(self) -> int | None:
        return int(self.followup.followup.id or 0) if self.followup is not None else None


def due_moment(row: AgendaRow, zone: ZoneInfo) -> datetime:
    """When a follow-up is late from: a first response at its deadline, a timed follow-up at its
    time, an untimed one at the end of its day (the next midnight)."""
    fu = row.followup
    if fu.first_response and fu.due_at:
        return from_utc_iso(fu.due_at)
    if fu.due.at is not None:
        return to_instant(fu.due.day, fu.due.at, zone)
    return to_instant(fu.due.day, time(0, 0), zone) + timedelta(days=1)


def choose_next(agenda: Agenda, now: datetime, zone: ZoneInfo) -> NextUp | None:
    """The most urgent thing on ``agenda`` at ``now`` (see the module's docstring), or None
    when nothing is due today."""
    candidates: list[tuple[tuple[int, datetime, int], NextUp]] = []

    def add_followup(row: AgendaRow, position: int, *, first_response: bool = False) -> None:
        due = due_moment(row, zone)
        if due <= now:
            why = Why.LATE
        elif first_response:
            why = Why.FIRST_RESPONSE
        elif row.followup.due.at is not None:
            why = Why.TIMED
        else:
            why = Why.TODAY
        key = (int(why), due if why != Why.TODAY else now, position)
        candidates.append((key, NextUp(why, row.followup.lead_id, due, followup=row)))

    for position, row in enumerate(agenda.overdue):
        add_followup(row, position)
    for position, row in enumerate(agenda.first_responses):
        add_followup(row, position, first_response=True)
    for position, row in enumerate(agenda.today):
        add_followup(row, position)
    if candidates:
        return min(candidates, key=lambda pair: pair[0])[1]
    if agenda.revisits:
        revisit = agenda.revisits[0]
        return NextUp(Why.REVISIT, int(revisit.lead_id), revisit=revisit)
    if agenda.decide:
        lead = agenda.decide[0]
        return NextUp(Why.DECIDE, int(lead.id or 0), lead=lead)
    return None


def upcoming(row: AgendaRow | None, zone: ZoneInfo) -> NextUp | None:
    """The next planned follow-up on a later day, as the card shows it when nothing is due."""
    if row is None:
        return None
    return NextUp(Why.UPCOMING, row.followup.lead_id, due_moment(row, zone), followup=row)


def local_day(moment: datetime, zone: ZoneInfo) -> date:
    return moment.astimezone(zone).date()
