"""Revisiting the no's (seed 003) and the nurture cadence (seed 004), as plain rules.

"No" mostly means "not now": calling back those who said no brings 5-10% more business.
Wait (about three months by default, depending on why they said no), check that the same
person is still responsible, and never pester. Nurtured leads get a slow, low-intensity touch.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from enum import Enum

from .rules import next_working_day


class NoReason(str, Enum):
    """Why a lead said no; the stored keys never change."""

    TIMING = "timing"
    SUPPLIER = "supplier"
    BUDGET = "budget"
    DECISION_MAKER = "decision_maker"
    NOT_INTERESTED = "not_interested"
    UNRESPONSIVE = "unresponsive"
    OTHER = "other"


class RevisitState(str, Enum):
    """Where one "no" stands. Only QUEUED rows are in the revisit queue."""

    QUEUED = "queued"
    REOPENED = "reopened"  # the lead went back to an active stage
    REQUEUED = "requeued"  # "still not now": a new queued row follows
    NEW_CONTACT = "new_contact"  # another person is now responsible; the lead starts afresh
    NEVER = "never"  # do not contact, for good


# A delay of this many days means "the start of the next quarter" (budgets are set per quarter).
NEXT_QUARTER = -1

DEFAULT_DELAYS: dict[str, int] = {
    NoReason.TIMING.value: 90,
    NoReason.SUPPLIER.value: 180,
    NoReason.BUDGET.value: NEXT_QUARTER,
    NoReason.DECISION_MAKER.value: 30,
    NoReason.NOT_INTERESTED.value: 180,
    NoReason.UNRESPONSIVE.value: 90,
    NoReason.OTHER.value: 90,
}

# Seed 003: what to ask when calling back.
DEFAULT_QUESTIONS: tuple[str, ...] = (
    "Is this still the person responsible for buying?",
    "How are things going with what you chose instead?",
    "What made you decide against it last time?",
)

DEFAULT_NURTURE_DAYS = 90


def start_of_next_quarter(day: date) -> date:
    """The first day of the quarter after the one ``day`` is in (1 Jan, 1 Apr, 1 Jul, 1 Oct)."""
    quarter = (day.month - 1) // 3  # 0..3
    if quarter == 3:
        return date(day.year + 1, 1, 1)
    return date(day.year, quarter * 3 + 4, 1)


def delays(overrides: Mapping[str, int] | None = None) -> dict[str, int]:
    """The delay per reason: the user's settings over the defaults (unknown keys ignored)."""
    merged = dict(DEFAULT_DELAYS)
    for key, value in (overrides or {}).items():
        if key in merged and isinstance(value, int) and (value >= 0 or value == NEXT_QUARTER):
            merged[key] = value
    return merged


def revisit_date(reason: NoReason, said_no_on: date, overrides: Mapping[str, int] | None = None) -> date:
    """When to call back after a "no" for ``reason``: its delay, moved off a weekend."""
    delay = delays(overrides)[reason.value]
    target = start_of_next_quarter(said_no_on) if delay == NEXT_QUARTER else said_no_on + timedelta(days=max(1, delay))
    return next_working_day(target)


def questions(custom: Sequence[str] | None) -> list[str]:
    """The questions to ask on a revisit: the user's own list when they have one."""
    cleaned = [q.strip() for q in (custom or ()) if q and q.strip()]
    return cleaned or list(DEFAULT_QUESTIONS)


def is_due(revisit_on: date | None, today: date) -> bool:
    """A revisit is due on its day and after; "never" is never due."""
    return revisit_on is not None and revisit_on <= today


def next_nurture_touch(last_touch: date | None, since: date, today: date, interval_days: int) -> date:
    """A nurtured lead's next slow touch: ``interval_days`` after the last touch (or after it
    was put in nurture), never before today, on a working day."""
    base = last_touch or since
    return next_working_day(max(today, base + timedelta(days=max(1, interval_days))))
