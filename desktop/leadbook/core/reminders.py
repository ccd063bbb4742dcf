"""Reminders, Outlook-style, as plain rules of instants: which are due, when to wake up next,
and where each snooze choice lands.

A planned follow-up with a reminder has ``remind_at`` (UTC): minutes before a timed
follow-up, or the start of the working day for a date-only one (``followups.remind_instant``).
Its reminder *signals* at ``snoozed_until`` when snoozed, else at ``remind_at``; once
dismissed it never signals again (until the follow-up is moved in time, which the book
treats as a new reminder). All arithmetic on local days goes through ``to_instant``, so
"tomorrow at 09:00" is right across a DST change.

A queued revisit (a "no" to call back, seed 003) reminds the same way as a date-only
follow-up: at the start of the working day of its ``revisit_on``. That instant is not
stored: it follows the working-day start and the time zone of the moment, so a revisit is
due once its day is no later than ``last_started_day(now)``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from enum import Enum
from zoneinfo import ZoneInfo

from .followups import Due, to_instant
from .frozen import FrozenRecord

# A reminders list shows at most this many rows and counts the rest: a backlog of 100,000
# (a book left closed for months) must not be read whole, by the window or by the engine.
# A hundred is more than anyone works through in that window; each row costs the start ~0.3 ms.
LISTED_AT_MOST = 100


class ReminderState(FrozenRecord):
    """What the book stores about one reminder (instants are timezone-aware UTC)."""

    followup_id: int
    remind_at: datetime
    snoozed_until: datetime | None = None
    dismissed: bool = False

    @property
    def signals_at(self) -> datetime | None:
        """When this reminder signals; None once dismissed. A snooze overrides the original time."""
        if self.dismissed:
            return None
        return self.snoozed_until or self.remind_at


def is_due(reminder: ReminderState, now: datetime) -> bool:
    at = reminder.signals_at
    return at is not None and at <= now


def due_reminders(reminders: Iterable[ReminderState], now: datetime) -> list[ReminderState]:
    """The reminders showing at ``now``, in the order they signalled (then by id)."""
    due = [r for r in reminders if is_due(r, now)]
    return sorted(due, key=lambda r: (r.signals_at, r.followup_id))


def next_wake(
    reminders: Iterable[ReminderState], now: datetime, paused_until: datetime | None = None
) -> datetime | None:
    """The next instant after ``now`` at which a reminder signals, or None when none will.

    While paused, nothing signals before ``paused_until``: the wake-up is the end of the
    pause if a reminder is due by then, else the next signal after it.
    """
    upcoming = [at for r in reminders if (at := r.signals_at) is not None]
    if paused_until is not None and paused_until > now:
        if any(at <= paused_until for at in upcoming):
            return paused_until
        later = [at for at in upcoming if at > paused_until]
        return min(later) if later else None
    later = [at for at in upcoming if at > now]
    return min(later) if later else None


# --- revisits ---------------------------------------------------------------------------------


def revisit_remind_at(revisit_on: date, zone: ZoneInfo, day_start: time) -> datetime:
    """When a revisit's reminder signals: the start of the working day of its date (UTC)."""
    return to_instant(revisit_on, day_start, zone)


def last_started_day(now: datetime, zone: ZoneInfo, day_start: time) -> date:
    """The latest local day whose working day has started by ``now``: today from the start
    of the working day on, else yesterday. Revisits dated on or before it are due."""
    today = now.astimezone(zone).date()
    return today if to_instant(today, day_start, zone) <= now else today - timedelta(days=1)


# --- snoozing -------------------------------------------------------------------------------


class Snooze(str, Enum):
    """The snooze choices of the reminders window, in the order it offers them."""

    MINUTES_5 = "5m"
    MINUTES_10 = "10m"
    MINUTES_15 = "15m"
    HOUR_1 = "1h"
    HOURS_4 = "4h"
    TOMORROW = "tomorrow"
    NEXT_WEEK = "next_week"


DEFAULT_SNOOZE = Snooze.MINUTES_5

_ELAPSED = {
    Snooze.MINUTES_5: timedelta(minutes=5),
    Snooze.MINUTES_10: timedelta(minutes=10),
    Snooze.MINUTES_15: timedelta(minutes=15),
    Snooze.HOUR_1: timedelta(hours=1),
    Snooze.HOURS_4: timedelta(hours=4),
}


def snooze_until(choice: Snooze, now: datetime, zone: ZoneInfo, day_start: time) -> datetime:
    """Where a snooze lands, as a UTC instant.

    Minutes and hours are elapsed time (5 minutes are 5 minutes, DST or not).
    "Tomorrow" is the next calendar day at the start of the working day.
    "Next week" is the Monday of the next ISO week at the start of the working day (so a
    reminder snoozed on a Thursday comes back on Monday morning, not on Thursday a week
    later): a week's work starts on Monday, and the reminder lands when the seller plans.
    """
    if choice in _ELAPSED:
        # In UTC: adding to a local aware datetime would add wall-clock time across a DST change.
        return now.astimezone(UTC) + _ELAPSED[choice]
    today = now.astimezone(zone).date()
    if choice == Snooze.TOMORROW:
        return to_instant(today + timedelta(days=1), day_start, zone)
    return to_instant(next_monday(today), day_start, zone)


def next_monday(day: date) -> date:
    """The Monday that starts the week after ``day``'s week (always later than ``day``)."""
    return day + timedelta(days=7 - day.weekday())


# --- how late ---------------------------------------------------------------------------------


class Unit(str, Enum):
    MINUTES = "minutes"
    HOURS = "hours"
    DAYS = "days"


class Lateness(FrozenRecord):
    """How a follow-up stands against now: ``late`` (overdue) or not, by ``amount`` ``unit``.

    ``amount`` 0 means "now" for a timed follow-up and "today" for a date-only one.
    """

    late: bool
    amount: int
    unit: Unit


def lateness(due: Due, now: datetime, zone: ZoneInfo) -> Lateness:
    """Overdue by (or due in) how much: minutes under an hour, hours under a day, else days.

    A date-only follow-up is due all day: it is late from the next local day on, counted in days.
    """
    if due.at is None:
        days = (now.astimezone(zone).date() - due.day).days
        return Lateness(days > 0, abs(days), Unit.DAYS)
    delta = now - to_instant(due.day, due.at, zone)
    late = delta > timedelta(0)
    minutes = int(abs(delta).total_seconds() // 60)
    if minutes < 60:
        return Lateness(late and minutes > 0, minutes, Unit.MINUTES)
    if minutes < 24 * 60:
        return Lateness(late, minutes // 60, Unit.HOURS)
    return Lateness(late, minutes // (24 * 60), Unit.DAYS)
