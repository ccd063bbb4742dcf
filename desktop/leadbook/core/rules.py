"""The rules of following up, from the seeds, as plain functions of dates and settings.

- first-response targets by source (seed 001),
- the stop rule: decide after N unanswered attempts or D days without a reply (seed 004),
- the spacing guard: persistent, not a pest (seeds 002 and 003),
- the next step: the prospect's own preference first (seed 004), then the cadence, then a default.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, field, fields
from datetime import date, datetime, time, timedelta
from enum import Enum

from .followups import Due, Objective, Outcome
from .frozen import FrozenRecord
from .model import Channel, IntervalUnit, Lead, Source, Stage


class Settings(FrozenRecord):
    """Book-wide defaults; stored in the book as one JSON document."""

    first_response_hours: dict[str, float | None] = field(
        default_factory=lambda: {
            Source.WEB.value: 1,
            Source.EMAIL.value: 24,
            Source.PHONE.value: 4,
            Source.AD.value: 4,
            Source.REFERRAL.value: 48,
            Source.EVENT.value: 48,
            Source.COLD.value: None,
            Source.OTHER.value: None,
        }
    )
    stop_attempts: int = 6
    stop_days: int = 60
    min_gap_working_days: int = 2
    reminder_minutes: int = 15
    day_start: str = "09:00"
    # Seed 002: "a weekly call is enough to keep in touch".
    default_next_days: int = 7
    default_channel: str = Channel.CALL.value
    # Play a sound when a reminder signals (the reminders window and tray message come anyway).
    reminder_sound: bool = False
    # The calendar marks days with more planned follow-ups than this, and even-out fills up to it.
    day_capacity: int = 15
    # Seed 003: days to wait per "no" reason (core.revisits.DEFAULT_DELAYS; -1 = start of the
    # next quarter); only the user's changes are stored here.
    no_delays: dict[str, int] = field(default_factory=dict)
    # Questions to ask on a revisit; empty means core.revisits.DEFAULT_QUESTIONS.
    revisit_questions: list[str] = field(default_factory=list)
    # Seed 004: a slow touch for nurtured leads.
    nurture_days: int = 90
    # The language Leadbook speaks ("de", "sv", "zh_CN", "en"); "" follows the system. Read at start.
    language: str = ""

    @property
    def day_start_time(self) -> time:
        hours, minutes = self.day_start.split(":")
        return time(int(hours), int(minutes))

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Settings:
        """Unknown keys (from a newer Leadbook) are ignored; missing ones take defaults."""
        try:
            data = json.loads(text) if text else {}
        except ValueError:
            data = {}
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        defaults = cls()
        if "first_response_hours" in values:
            values["first_response_hours"] = {**defaults.first_response_hours, **values["first_response_hours"]}
        return cls(**values)


# --- working days -------------------------------------------------------------------------


def is_working_day(day: date) -> bool:
    return day.weekday() < 5


def add_working_days(day: date, count: int) -> date:
    """``count`` working days after ``day`` (Saturdays and Sundays skipped)."""
    step = 1 if count >= 0 else -1
    remaining = abs(count)
    while remaining:
        day += timedelta(days=step)
        if is_working_day(day):
            remaining -= 1
    return day


def next_working_day(day: date) -> date:
    """``day`` itself when it is a working day, else the Monday after."""
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def add_interval(day: date, count: int, unit: IntervalUnit) -> date:
    """Calendar arithmetic: "1 month" after 31 January is the last day of February."""
    if unit == IntervalUnit.DAYS:
        return day + timedelta(days=count)
    if unit == IntervalUnit.WEEKS:
        return day + timedelta(weeks=count)
    months = day.month - 1 + count
    year, month = day.year + months // 12, months % 12 + 1
    last_of_month = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(day.day, last_of_month))


# --- first response -----------------------------------------------------------------------


def first_response_due(source: Source, created: datetime, settings: Settings) -> datetime | None:
    """When a new lead from ``source`` must have had its first answer, or None for no target."""
    hours = settings.first_response_hours.get(source.value)
    if hours is None:
        return None
    return created + timedelta(hours=float(hours))


# The channel a first response uses, by where the lead came from (when the lead can be reached by it).
FIRST_RESPONSE_CHANNEL = {
    Source.WEB: Channel.EMAIL, Source.EMAIL: Channel.EMAIL, Source.PHONE: Channel.CALL, Source.AD: Channel.CALL,
    Source.REFERRAL: Channel.CALL, Source.EVENT: Channel.EMAIL, Source.COLD: Channel.CALL, Source.OTHER: Channel.CALL,
}  # fmt: skip


def first_response_channel(lead: Lead) -> Channel:
    """How to answer a new lead: the source's channel when the lead's contact data allows it,
    else a call (a phone number) or an e-mail (an address); with neither, a research step
    (``Channel.OTHER``: find out how to reach them)."""
    preferred = FIRST_RESPONSE_CHANNEL[lead.source]
    reachable = {Channel.CALL: bool(lead.phones), Channel.EMAIL: bool(lead.emails)}
    if reachable.get(preferred, True):
        return preferred
    if lead.phones:
        return Channel.CALL
    if lead.emails:
        return Channel.EMAIL
    return Channel.OTHER


def stage_after(outcome: Outcome, stage: Stage) -> Stage:
    """The stage a lead at ``stage`` moves to when a touch ends with ``outcome``: "said no" is
    no, "won" is won, and any touch of a new lead makes it contacted."""
    if outcome == Outcome.SAID_NO:
        return Stage.NO
    if outcome == Outcome.WON:
        return Stage.WON
    if stage == Stage.NEW:
        return Stage.CONTACTED
    return stage


# --- stop rule ----------------------------------------------------------------------------


def stop_rule_reached(streak: int, streak_started: datetime | None, now: datetime, settings: Settings) -> bool:
    """Time to decide (nurture, no, or keep going): too many unanswered attempts in a row,
    or too long since the first unanswered attempt of the streak."""
    if streak <= 0:
        return False
    if streak >= settings.stop_attempts:
        return True
    return streak_started is not None and now - streak_started >= timedelta(days=settings.stop_days)


# --- spacing guard ------------------------------------------------------------------------


def spacing_gap_ends(proposed: date, last_unanswered: date | None, settings: Settings) -> date | None:
    """The first day a new attempt is no longer too close, or None when ``proposed`` is fine."""
    if last_unanswered is None:
        return None
    earliest = add_working_days(last_unanswered, settings.min_gap_working_days)
    return earliest if proposed < earliest else None


# --- the next step ------------------------------------------------------------------------


class ProposalSource(str, Enum):
    PREFERENCE = "preference"
    CADENCE = "cadence"
    DEFAULT = "default"


class Proposal(FrozenRecord):
    due: Due
    channel: Channel
    objective: Objective
    source: ProposalSource
    moved_from: date | None = None  # the day the spacing guard moved it from


def propose_next_step(
    lead: Lead,
    today: date,
    settings: Settings,
    cadence_step: tuple[date, Channel, Objective] | None = None,
    last_channel: Channel | None = None,
) -> Proposal:
    """What to plan after a touch: the prospect's own interval and channel when they gave one
    (seed 004: ask, then stick to it), else the active cadence's next step, else the default."""
    if lead.interval_count and lead.interval_unit:
        day = next_working_day(add_interval(today, lead.interval_count, lead.interval_unit))
        channel = lead.preferred_channel or last_channel or Channel(settings.default_channel)
        return Proposal(Due(day), channel, Objective.REPLY, ProposalSource.PREFERENCE)
    if cadence_step is not None:
        day, channel, objective = cadence_step
        return Proposal(Due(max(day, today)), lead.preferred_channel or channel, objective, ProposalSource.CADENCE)
    day = next_working_day(today + timedelta(days=settings.default_next_days))
    channel = lead.preferred_channel or last_channel or Channel(settings.default_channel)
    return Proposal(Due(day), channel, Objective.REPLY, ProposalSource.DEFAULT)


# --- words to avoid in messages (seed 000) ---------------------------------------------------

PHRASES_TO_AVOID: dict[str, tuple[str, ...]] = {
    "en": (
        "just checking in", "just following up", "just wanted to follow up", "touching base",
        "circling back", "sorry to bother you", "sorry for bothering you", "apologies for",
        "i apologize for", "i apologise for", "sorry to write", "did you get my last email",
        "as per my last email",
    ),
    "sv": ("ville bara höra av mig", "ville bara följa upp", "förlåt att jag stör", "ursäkta att jag stör",
           "ber om ursäkt för", "stämmer av igen"),
    "de": ("wollte nur nachhaken", "wollte mich nur melden", "entschuldigen sie die störung",
           "sorry für die störung", "tut mir leid, dass ich", "nur kurz nachfragen"),
    "zh": ("只是想跟进一下", "只是打个招呼", "抱歉打扰", "不好意思打扰", "冒昧打扰"),
}  # fmt: skip


class PhraseHit(FrozenRecord):
    start: int
    end: int
    phrase: str


def phrases_to_avoid(text: str) -> list[PhraseHit]:
    """Phrases the seeds advise against ("just checking in", apologies for writing), in any
    of the four languages, with their place in ``text``."""
    hits: list[PhraseHit] = []
    folded = text.casefold().replace("’", "'")
    for phrases in PHRASES_TO_AVOID.values():
        for phrase in phrases:
            for match in re.finditer(re.escape(phrase), folded):
                hits.append(PhraseHit(match.start(), match.end(), text[match.start() : match.end()]))
    return sorted(hits, key=lambda h: h.start)
