"""A lived-in past and future for the demo book: touches over recent weeks, notes, stage
changes, cadences, and a plan of follow-ups that fills every section of Today.

Written through LeadBook (so every rule holds) in one transaction, with the book's clock
moved back in time while the history is written.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from .book import LeadBook
from .core.clock import Clock, FakeClock
from .core.followups import Due, FollowUp, Objective, Outcome
from .core.model import Channel, Lead, Stage
from .core.rules import next_working_day

NOTES = (
    "Asked for references from similar jobs.",
    "Wants the price before Friday's board meeting.",
    "Comparing us with their current supplier.",
    "Budget is set in January; call again then.",
    "Liked the samples; the partner has to agree.",
    "Send the brochure with the spring offer.",
    "Visited the site; measurements taken.",
    "Prefers e-mail during the week.",
)
RESULT_NOTES = {
    Outcome.REACHED: ("Good talk, needs a week to think.", "Interested, asked for a proposal.", "Asked about delivery times."),
    Outcome.VOICEMAIL: ("Left a short message with my number.", "Voicemail; will try after lunch."),
    Outcome.NO_ANSWER: ("No answer.", "Busy signal."),
    Outcome.REPLIED: ("Replied: wants a call next week.", "Replied with two questions about the price."),
    Outcome.MEETING_BOOKED: ("Meeting booked at their office.", "Site visit booked."),
    Outcome.GOAL_REACHED: ("Got the figures we needed.", "They sent the signed quote."),
}
TIMES = (time(9, 0), time(10, 30), time(11, 15), time(13, 0), time(14, 0), time(14, 30), time(15, 45))
CHANNELS = (Channel.CALL, Channel.CALL, Channel.EMAIL, Channel.EMAIL, Channel.MEETING, Channel.SMS)
ACTIVE = (Stage.CONTACTED, Stage.QUALIFIED, Stage.PROPOSAL, Stage.NEGOTIATION, Stage.NURTURE)


PIPELINE = (Stage.CONTACTED, Stage.QUALIFIED, Stage.PROPOSAL, Stage.NEGOTIATION)


def add_history(book: LeadBook, rng: random.Random, leads: list[Lead]) -> None:
    """Write each demo lead when its story starts, as new, and give it a past that brings it
    to its stage, and a next step; a few are left as Today's edge cases."""
    real_clock: Clock = book.clock
    now = real_clock.now()
    today = book.local_today()
    with book.batch():
        for n, lead in enumerate(leads):
            _history_of(book, lead, rng, now, today, n)
        book.clock = real_clock
    book.clock = real_clock
    book.forget_undo()


def _at(book: LeadBook, clock: FakeClock, moment: datetime) -> None:
    clock.set(moment)
    book.clock = clock


def _working_hours(book: LeadBook, moment: datetime, rng: random.Random) -> datetime:
    local = moment.astimezone(book.clock.zone)
    return local.replace(hour=rng.randint(8, 16), minute=rng.choice((0, 10, 20, 30, 40, 50)), second=0)


def _added(book: LeadBook, lead: Lead) -> Lead:
    (lead_id,) = book.add_leads([lead.with_changes(stage=Stage.NEW)], label="Demo").added
    return lead.with_changes(id=lead_id)


def _history_of(book: LeadBook, lead: Lead, rng: random.Random, now: datetime, today: date, n: int) -> None:
    clock = FakeClock(now, book.clock.zone)
    if lead.stage == Stage.NEW:
        _new_lead(book, lead, rng, clock, now, today, n)
        return
    touches = {Stage.CONTACTED: 2, Stage.QUALIFIED: 3, Stage.PROPOSAL: 4, Stage.NEGOTIATION: 5,
               Stage.WON: 5, Stage.NO: 3, Stage.NURTURE: 3}[lead.stage]  # fmt: skip
    touches = max(1, touches + rng.randint(-1, 2))
    decide = lead.stage in ACTIVE and n % 23 == 0
    start = _working_hours(book, now - timedelta(days=rng.randint(20, 120) + (40 if decide else 0)), rng)
    _at(book, clock, start)
    lead = _added(book, lead)
    assert lead.id is not None
    if rng.random() < 0.5:
        book.add_note(lead.id, rng.choice(NOTES))
    moment = start
    for k in range(touches if not decide else 6):
        moment = _working_hours(book, moment + timedelta(days=rng.randint(3, 9)), rng)
        if moment >= now - timedelta(hours=1):
            break  # the story has reached today
        _at(book, clock, moment)
        last = k == touches - 1 and not decide
        outcome = _outcome(rng, lead.stage, last, decide)
        fu = book.plan_followup(FollowUp(lead.id, Due(moment.astimezone(book.clock.zone).date()),
                                         rng.choice(CHANNELS), rng.choice(list(Objective)[:6])))
        book.complete_followup(fu.id, outcome, rng.choice(RESULT_NOTES.get(outcome, ("",))))
        if outcome.answered:
            _move_along(book, lead, k)
    _at(book, clock, now)
    if lead.stage == Stage.WON and n % 3 == 0:  # recently won: the post-sale cadence is under way
        post_sale = next(c for c in book.cadences() if c.builtin == "post_sale")
        book.apply_cadence(lead.id, post_sale.id, today - timedelta(days=rng.randint(0, 10)))
    if book.lead(lead.id).stage != lead.stage:
        book.set_stage(lead.id, lead.stage)  # e.g. nurture: put it where the demo wants it
    if lead.stage in ACTIVE and not decide and n % 17 != 0:
        _plan_next(book, lead, rng, today, n)


def _move_along(book: LeadBook, lead: Lead, touch: int) -> None:
    """After a good touch the lead moves one step down the funnel, up to where the demo wants it."""
    assert lead.id is not None
    target = lead.stage if lead.stage in PIPELINE else PIPELINE[-1 if lead.stage == Stage.WON else 1]
    step = PIPELINE[min(touch, PIPELINE.index(target))]
    current = book.lead(lead.id).stage
    if current in PIPELINE and PIPELINE.index(step) > PIPELINE.index(current):
        book.set_stage(lead.id, step)


def _outcome(rng: random.Random, stage: Stage, last: bool, decide: bool) -> Outcome:
    if decide:
        return rng.choice((Outcome.NO_ANSWER, Outcome.VOICEMAIL))
    if last and stage == Stage.WON:
        return Outcome.WON
    if last and stage == Stage.NO:
        return Outcome.SAID_NO
    if last:  # active leads answered lately; the stop rule is for the few marked to decide
        return rng.choice((Outcome.REACHED, Outcome.REPLIED, Outcome.MEETING_BOOKED))
    return rng.choice((Outcome.REACHED, Outcome.REACHED, Outcome.REPLIED, Outcome.VOICEMAIL, Outcome.NO_ANSWER,
                       Outcome.MEETING_BOOKED, Outcome.GOAL_REACHED))


def _plan_next(book: LeadBook, lead: Lead, rng: random.Random, today: date, n: int) -> None:
    """Spread next steps so Today has overdue work, a full day, tomorrow and a plan ahead."""
    assert lead.id is not None
    slot = n % 10
    if lead.stage == Stage.NURTURE:
        day = today + timedelta(days=rng.randint(20, 90))
    elif slot == 0:
        day = today - timedelta(days=rng.randint(1, 6))
    elif slot in (1, 2):
        day = today
    elif slot == 3:
        day = today + timedelta(days=1)
    else:
        day = today + timedelta(days=rng.randint(2, 35))
    day = day if day <= today else next_working_day(day)
    at = rng.choice(TIMES) if rng.random() < 0.55 else None
    channel = lead.preferred_channel or rng.choice(CHANNELS)
    objective = {Stage.PROPOSAL: Objective.PROPOSAL, Stage.NEGOTIATION: Objective.SIGNATURE}.get(
        lead.stage, rng.choice((Objective.REPLY, Objective.MEETING, Objective.ANSWER)))
    message = "" if channel != Channel.EMAIL else "Here is the comparison you asked for; two options, with prices."
    book.plan_followup(FollowUp(lead.id, Due(day, at), channel, objective, message=message))


def _new_lead(book: LeadBook, lead: Lead, rng: random.Random, clock: FakeClock, now: datetime, today: date,
              n: int) -> None:
    """New leads: some just arrived (first response counting down or late), most with a first call planned."""
    if n % 5 == 0:
        _at(book, clock, now - timedelta(minutes=rng.randint(5, 300)))
        lead = _added(book, lead)
        assert lead.id is not None
        book.plan_followup(book._first_followup(lead.id, lead.source))  # noqa: SLF001 - the same rule as add_lead
        _at(book, clock, now)
        return
    _at(book, clock, now - timedelta(days=rng.randint(1, 6), hours=rng.randint(0, 8)))
    lead = _added(book, lead)
    assert lead.id is not None
    _at(book, clock, now)
    if n % 9 == 0:
        return  # a new lead nobody planned anything for: flagged in the list, counted on Today
    day = today + timedelta(days=rng.choice((0, 0, 1, 2, 3, -1)))
    book.plan_followup(FollowUp(lead.id, Due(day, rng.choice(TIMES) if rng.random() < 0.5 else None),
                                Channel.CALL, Objective.MEETING))
