"""Follow-ups: the dated touches that make a seller follow up, and the words for their parts.

A follow-up has a local date, an optional local wall-clock time, and the UTC
instant those mean in the user's zone on that date (DST-correct). Date-only
follow-ups are due "some time that day"; their instant is the start of the day.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from enum import Enum
from typing import Any
from zoneinfo import ZoneInfo

from .frozen import FrozenRecord
from .model import Channel


class Objective(str, Enum):
    """The small goal of one touch (seed 001): each follow-up should move the deal one step."""

    REPLY = "reply"
    MEETING = "meeting"
    ANSWER = "answer"
    PROPOSAL = "proposal"
    SIGNATURE = "signature"
    PAYMENT = "payment"
    OTHER = "other"


class State(str, Enum):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


class Outcome(str, Enum):
    REACHED = "reached"
    VOICEMAIL = "voicemail"
    NO_ANSWER = "no_answer"
    REPLIED = "replied"
    MEETING_BOOKED = "meeting_booked"
    GOAL_REACHED = "goal_reached"
    SAID_NO = "said_no"
    WON = "won"

    @property
    def answered(self) -> bool:
        """Did the prospect respond? Voicemail and no answer are attempts in a row."""
        return self not in (Outcome.VOICEMAIL, Outcome.NO_ANSWER)


class Due(FrozenRecord):
    """When a follow-up is due: a local date, maybe a local time, in a zone."""

    day: date
    at: time | None = None

    def instant(self, zone: ZoneInfo) -> datetime:
        """The UTC instant of this local date (and time) in ``zone``; midnight for date-only."""
        return to_instant(self.day, self.at or time(0, 0), zone)

    @property
    def timed(self) -> bool:
        return self.at is not None


# The dates Leadbook works with, wherever a user or a file can give one (the command line's --date,
# the dialogs' date fields, follow-ups written to the book): far from datetime's limits, so no
# time zone or arithmetic can overflow. A date outside it is refused with a message
# (``DayOutOfRange``, ``texts.day_range_text``); one already stored (an older book) is read clamped.
EARLIEST_DAY = date(1900, 1, 1)
LATEST_DAY = date(2200, 12, 31)


class DayOutOfRange(ValueError):
    """A date outside EARLIEST_DAY..LATEST_DAY was given for the book."""

    def __init__(self, day: date) -> None:
        super().__init__(f"{day.isoformat()} is outside {EARLIEST_DAY.isoformat()} to {LATEST_DAY.isoformat()}")
        self.day = day


def check_day(day: date) -> date:
    """``day``, or DayOutOfRange when it is outside the range Leadbook works with."""
    if not EARLIEST_DAY <= day <= LATEST_DAY:
        raise DayOutOfRange(day)
    return day


def clamp_day(day: date) -> date:
    """``day`` moved into the range Leadbook works with (for values read from an old book)."""
    return min(max(day, EARLIEST_DAY), LATEST_DAY)


def to_instant(day: date, at: time, zone: ZoneInfo) -> datetime:
    """Local wall-clock to UTC, DST-correct.

    A time that does not exist (the hour skipped when clocks go forward) is
    moved forward by the gap, as a wall clock would show it; an ambiguous time
    (the hour repeated in autumn) means its first occurrence. Both follow from
    zoneinfo's fold=0 rule. A day outside the range Leadbook works with is
    clamped into it first (it can only come from an old book), so this never overflows.
    """
    return datetime.combine(clamp_day(day), at, tzinfo=zone).astimezone(UTC)


def real_due(due: Due, zone: ZoneInfo) -> Due:
    """The wall-clock date and time a timed follow-up is really due at: 02:30 on a day the clocks
    skip from 02:00 to 03:00 does not exist and is due at 03:30, so it is kept (and listed,
    sorted and shown) as 03:30. Any other time comes back as it is."""
    if due.at is None:
        return due
    local = to_instant(due.day, due.at, zone).astimezone(zone)
    if local.date() == due.day and local.time() == due.at:
        return due
    return Due(local.date(), local.time().replace(second=0, microsecond=0))


class FollowUp(FrozenRecord):
    lead_id: int
    due: Due
    channel: Channel = Channel.CALL
    objective: Objective = Objective.REPLY
    objective_note: str = ""
    message: str = ""
    remind: bool = True
    remind_minutes: int = 15
    state: State = State.PLANNED
    outcome: Outcome | None = None
    result_note: str = ""
    first_response: bool = False
    cadence_id: int | None = None
    cadence_step: int | None = None
    id: int | None = None
    due_at: str = ""
    remind_at: str = ""
    done_at: str = ""
    created_at: str = ""
    updated_at: str = ""

    def with_changes(self, **changes: Any) -> FollowUp:
        return replace(self, **changes)


def remind_instant(due: Due, minutes_before: int, day_start: time, zone: ZoneInfo) -> datetime:
    """When the reminder fires: minutes before a timed follow-up, or at the start of the
    working day for a date-only one."""
    if due.at is not None:
        return to_instant(due.day, due.at, zone) - timedelta(minutes=minutes_before)
    return to_instant(due.day, day_start, zone)
