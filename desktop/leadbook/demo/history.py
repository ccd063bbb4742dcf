"""A lived-in past and a believable plan for the demo book: one solo seller's working life.

Each lead is written when its story starts and gets the touches that brought it to its stage
(a first answer, a meeting, a proposal, terms, a signature, with the odd unanswered call in
between), then its next step. Today holds what a solo seller really has on one day
(``TODAY_PLAN``: a handful overdue, a day's calls and mails, a few new inquiries, a lead or
two to decide on; the no's due again come from demo_revisits): 10 to 25 items on any date.
Every step uses a channel the lead's contact data allows (``possible_channels``).

Written through LeadBook (so every rule holds) in one transaction, with the book's clock
moved back in time while the history is written. Past touches are all on days before today,
so the same seed and date give the same book whatever the hour (only the new inquiries
arrive minutes before "now").
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from ..book import LeadBook
from ..core.cadences import POST_SALE
from ..core.clock import Clock, FakeClock
from ..core.followups import Due, FollowUp, Objective, Outcome
from ..core.frozen import FrozenRecord
from ..core.model import Channel, Lead, Source, Stage
from ..core.rules import FIRST_RESPONSE_CHANNEL, add_interval, first_response_due, is_working_day, next_working_day

PIPELINE = (Stage.CONTACTED, Stage.QUALIFIED, Stage.PROPOSAL, Stage.NEGOTIATION)


class DayPlan(FrozenRecord):
    """How much of Today the demo fills: a solo seller's day, not a call centre's."""

    overdue: int = 5  # left from the last working days
    today: int = 9  # planned for today on a working day
    today_weekend: int = 4  # and on a Saturday or Sunday
    first_responses: int = 3  # inquiries that came in this morning
    decide: int = 2  # leads that stopped answering
    without_next_step: int = 3  # new leads nobody has planned for yet
    day_load: int = 10  # at most this many planned on one coming working day


TODAY_PLAN = DayPlan()

# Where each of today's and the overdue steps comes from, by stage (new leads get their first call).
TODAY_STAGES = (Stage.NEGOTIATION, Stage.PROPOSAL, Stage.PROPOSAL, Stage.QUALIFIED, Stage.QUALIFIED,
                Stage.CONTACTED, Stage.CONTACTED, Stage.NEW, Stage.NEW)  # fmt: skip
WEEKEND_STAGES = (Stage.PROPOSAL, Stage.QUALIFIED, Stage.CONTACTED, Stage.NEW)
OVERDUE_STAGES = (Stage.PROPOSAL, Stage.QUALIFIED, Stage.CONTACTED, Stage.CONTACTED, Stage.NEW)
# How soon the next step of a lead in each stage usually is, in working days (hot deals first).
AHEAD = {Stage.NEW: (1, 15), Stage.CONTACTED: (1, 12), Stage.QUALIFIED: (1, 10), Stage.PROPOSAL: (1, 7),
         Stage.NEGOTIATION: (1, 4)}  # fmt: skip

# Leads that said "not now", were called back when the time came, and went on (the Revisit view's results).
COME_BACK_STAGES = (Stage.QUALIFIED, Stage.PROPOSAL, Stage.WON)
NOT_NOW_NOTE = "Not now: too busy until after the season; call back in three months."
CALLED_BACK_NOTES = {Channel.CALL: "Called back as agreed; the timing is right now.",
                     Channel.EMAIL: "Wrote again as agreed; they answered that the timing is right now."}  # fmt: skip

RESEARCH_NOTE = "Find their phone number or e-mail"  # the step of a lead known only by name and company


def possible_channels(lead: Lead) -> frozenset[Channel]:
    """The channels the lead's contact data allows: a call, SMS or messenger needs a phone
    number, an e-mail an address, a meeting is set up by one of them, a letter or card needs
    a postal address. "Other" (looking them up) is always possible."""
    channels = {Channel.OTHER}
    if lead.phones:
        channels |= {Channel.CALL, Channel.SMS, Channel.SOCIAL}
    if lead.emails:
        channels.add(Channel.EMAIL)
    if lead.phones or lead.emails:
        channels.add(Channel.MEETING)
    if lead.address:
        channels.add(Channel.LETTER)
    return frozenset(channels)


# --- what touches say -----------------------------------------------------------------------

WRITTEN = (Channel.EMAIL, Channel.SMS, Channel.SOCIAL, Channel.LETTER)
UNANSWERED_NOTES = {
    Outcome.NO_ANSWER: ("No answer.", "No answer; the office line rang out.", "Busy signal."),
    Outcome.VOICEMAIL: ("Left a short message with my number.", "Voicemail; said I would try again."),
}
NO_REPLY_NOTES = ("No reply yet.", "No reply.")
CHECK_IN_NOTES = {  # an answer that does not move the deal yet
    "spoken": ("Good talk; they need a week to think.", "Asked about delivery times.",
               "Asked for references from similar jobs.", "Comparing us with their current supplier."),
    "written": ("Replied: wants a call next week.", "Replied with two questions about the price.",
                "Replied: the partner has to agree first."),
}  # fmt: skip
# The milestones that move a lead along the funnel: (objective, outcome, stage after, notes).
INTRO = (
    Objective.MEETING,
    "Interested; wants to hear more.",
    "Wants details and prices.",
    "Open to a meeting after the first call.",
)
BOOKED_NOTES = ("Meeting booked at their office.", "Site visit booked.", "Video call booked for next week.")
MET_NOTES = (
    "Met on site; measurements taken.",
    "Good meeting; their needs are clear now.",
    "Met the owner; they want a proposal.",
)
PROPOSAL_NOTES = ("Proposal sent; they confirmed it arrived.", "Sent the quote with two options.")
PRESENTED_NOTES = ("Presented the proposal at their office; they will read it this week.",)
TERMS_NOTES = (
    "Talking terms: price and delivery dates.",
    "They want 5% off for a two-year agreement.",
    "Agreed on the scope; the contract is with their lawyer.",
)
WON_NOTES = ("Signed the order.", "They sent the signed quote.", "Order confirmed in writing.")
NOTES = ("Asked for references from similar jobs.", "Wants the price before Friday's board meeting.",
         "Budget is set per quarter.", "Liked the samples; the partner has to agree.",
         "Prefers short mails during the week.")  # fmt: skip
MESSAGES = {  # the draft of a planned e-mail, by what it is for
    Objective.PROPOSAL: "The proposal we talked about: two options, with prices and delivery times.",
    Objective.SIGNATURE: "The contract with the changes we agreed on; a signature on page 3 is all it needs.",
    Objective.ANSWER: "Answers to your questions about delivery and service.",
    Objective.MEETING: "Would Tuesday or Thursday suit you for a short meeting at your place?",
}
MEETING_TIMES = (time(9, 0), time(10, 0), time(10, 30), time(13, 30), time(14, 0), time(15, 0))
CALL_TIMES = (
    time(8, 30),
    time(9, 15),
    time(11, 0),
    time(11, 30),
    time(13, 0),
    time(14, 30),
    time(15, 45),
    time(16, 15),
)


class Touch(FrozenRecord):
    """One logged touch of a lead's past; ``stage`` is where it leaves the lead (None: unchanged)."""

    day: date
    channel: Channel
    objective: Objective
    outcome: Outcome
    note: str
    stage: Stage | None = None


def _pick_channel(rng: random.Random, lead: Lead, wanted: Sequence[Channel] = (Channel.CALL, Channel.EMAIL)) -> Channel:
    """The lead's own channel when it suits, else the first wanted one their data allows."""
    allowed = possible_channels(lead)
    if lead.preferred_channel in allowed and lead.preferred_channel in wanted and rng.random() < 0.7:
        return lead.preferred_channel
    options = [ch for ch in wanted if ch in allowed] or [ch for ch in (Channel.CALL, Channel.EMAIL) if ch in allowed]
    return rng.choice(options) if options else Channel.OTHER


def _answered(rng: random.Random, channel: Channel) -> Outcome:
    return Outcome.REPLIED if channel in WRITTEN else Outcome.REACHED


def _unanswered(rng: random.Random, lead: Lead, day: date) -> Touch:
    channel = _pick_channel(rng, lead)
    if channel in WRITTEN:
        return Touch(day, channel, Objective.REPLY, Outcome.NO_ANSWER, rng.choice(NO_REPLY_NOTES))
    outcome = rng.choice((Outcome.NO_ANSWER, Outcome.VOICEMAIL))
    return Touch(day, channel, Objective.REPLY, outcome, rng.choice(UNANSWERED_NOTES[outcome]))


def _check_in(rng: random.Random, lead: Lead, day: date) -> Touch:
    channel = _pick_channel(rng, lead)
    kind = "written" if channel in WRITTEN else "spoken"
    return Touch(day, channel, Objective.ANSWER, _answered(rng, channel), rng.choice(CHECK_IN_NOTES[kind]))


def milestones(rng: random.Random, lead: Lead, reached: Stage) -> list[Touch]:
    """The answered touches that bring a lead to ``reached`` (days filled in later)."""
    day = date.min
    inbound = lead.source in (Source.WEB, Source.EMAIL, Source.AD)
    first = _pick_channel(rng, lead, (Channel.EMAIL,) if inbound else (Channel.CALL, Channel.EMAIL))
    steps = [Touch(day, first, INTRO[0], _answered(rng, first), rng.choice(INTRO[1:]))]
    order = (*PIPELINE, Stage.WON)
    if order.index(reached) >= 1:
        booking = _pick_channel(rng, lead)
        steps.append(Touch(day, booking, Objective.MEETING, Outcome.MEETING_BOOKED, rng.choice(BOOKED_NOTES)))
        steps.append(
            Touch(day, Channel.MEETING, Objective.ANSWER, Outcome.GOAL_REACHED, rng.choice(MET_NOTES), Stage.QUALIFIED)
        )
    if order.index(reached) >= 2:
        sent = Channel.EMAIL if lead.emails else Channel.MEETING
        steps.append(
            Touch(
                day,
                sent,
                Objective.PROPOSAL,
                Outcome.GOAL_REACHED,
                rng.choice(PROPOSAL_NOTES if lead.emails else PRESENTED_NOTES),
                Stage.PROPOSAL,
            )
        )
    if order.index(reached) >= 3:
        talk = _pick_channel(rng, lead, (Channel.CALL, Channel.MEETING))
        steps.append(
            Touch(day, talk, Objective.SIGNATURE, _answered(rng, talk), rng.choice(TERMS_NOTES), Stage.NEGOTIATION)
        )
    if reached == Stage.WON:
        signed = _pick_channel(rng, lead, (Channel.MEETING, Channel.EMAIL, Channel.CALL))
        steps.append(Touch(day, signed, Objective.SIGNATURE, Outcome.WON, rng.choice(WON_NOTES)))
    return steps


def with_detours(rng: random.Random, lead: Lead, steps: list[Touch], extra: int) -> list[Touch]:
    """``extra`` touches among the milestones: unanswered tries (also before the first answer,
    never more than two in a row) and answers that did not move the deal yet. The last
    milestone stays last."""
    touches = list(steps)
    for _ in range(extra):
        if rng.random() < 0.55 or len(touches) < 2:
            touches.insert(rng.randint(0, len(touches) - 1), _unanswered(rng, lead, date.min))
        else:
            touches.insert(rng.randint(1, len(touches) - 1), _check_in(rng, lead, date.min))
    fixed: list[Touch] = []
    for touch in touches:
        if len(fixed) >= 2 and all(not t.outcome.answered for t in fixed[-2:]) and not touch.outcome.answered:
            continue
        fixed.append(touch)
    return fixed


def working_days_back(day: date, count: int) -> date:
    while count > 0:
        day -= timedelta(days=1)
        if is_working_day(day):
            count -= 1
    return day


def working_days_ahead(day: date, count: int) -> date:
    while count > 0:
        day += timedelta(days=1)
        if is_working_day(day):
            count -= 1
    return day


def dated(rng: random.Random, touches: list[Touch], last: date) -> list[Touch]:
    """The touches on working days ending on ``last``, a few working days apart."""
    days = [last]
    for _ in touches[1:]:
        days.append(working_days_back(days[-1], rng.randint(2, 7)))
    return [Touch(day, t.channel, t.objective, t.outcome, t.note, t.stage) for t, day in zip(touches, reversed(days))]


def _moment(book: LeadBook, day: date, rng: random.Random, earliest: int = 8) -> datetime:
    return datetime.combine(day, time(rng.randint(earliest, 16), rng.choice((0, 10, 20, 30, 40, 50))),
                            tzinfo=book.clock.zone)  # fmt: skip


class Writer:
    """Writes stories through the book with its clock set to when each thing happened."""

    def __init__(self, book: LeadBook, rng: random.Random) -> None:
        self.last = datetime.min  # when the latest touch was logged
        self.book = book
        self.rng = rng
        self.real_clock: Clock = book.clock
        self.now = self.real_clock.now()
        self.today = book.local_today()
        self.zone = self.real_clock.zone
        self.wins = 0  # won leads written so far

    def at(self, moment: datetime) -> None:
        self.book.clock = FakeClock(moment, self.zone)

    def at_day(self, day: date) -> None:
        self.at(_moment(self.book, day, self.rng))

    def after_last(self) -> None:
        """A few minutes after the latest touch: what the seller did right after logging it."""
        self.at(self.last + timedelta(minutes=self.rng.randint(2, 10)))

    def back_to_now(self) -> None:
        self.book.clock = self.real_clock

    def add(self, lead: Lead, created: datetime) -> Lead:
        self.at(created)
        (lead_id,) = self.book.add_leads([lead.with_changes(stage=Stage.NEW)]).added
        return lead.with_changes(id=lead_id)

    def story(self, lead: Lead, touches: list[Touch], *, note_chance: float = 0.4) -> Lead:
        """Add the lead shortly before its first touch and log every touch on its day."""
        first = touches[0].day if touches else self.today - timedelta(days=1)
        created = _moment(self.book, first, self.rng) - timedelta(minutes=self.rng.randint(20, 240))
        if lead.source in (Source.COLD, Source.EVENT, Source.REFERRAL, Source.OTHER):
            created -= timedelta(days=self.rng.randint(0, 6))  # on a list or a card for a while
        lead = self.add(lead, created)
        assert lead.id is not None
        if self.rng.random() < note_chance:
            self.book.add_note(lead.id, self.rng.choice(NOTES))
        for touch in touches:
            self.log(lead, touch)
        return lead

    def log(self, lead: Lead, touch: Touch) -> None:
        assert lead.id is not None and touch.day < self.today
        self.at_day(touch.day)
        self.last = self.book.clock.now()
        fu = self.book.plan_followup(FollowUp(lead.id, Due(touch.day), touch.channel, touch.objective))
        self.book.complete_followup(fu.id or 0, touch.outcome, touch.note)
        if touch.stage is not None and self.book.lead(lead.id).stage != touch.stage:
            self.book.set_stage(lead.id, touch.stage)


def add_history(book: LeadBook, rng: random.Random, leads: list[Lead]) -> None:
    """Write every lead but the no's (demo_revisits writes those) with its past and its plan."""
    writer = Writer(book, rng)
    with book.batch():
        _write_all(writer, leads)
        writer.back_to_now()
    writer.back_to_now()
    book.forget_undo()


def _roles(rng: random.Random, leads: list[Lead], weekend: bool, plan: DayPlan) -> dict[int, str]:
    """Which lead (by index) fills which part of Today; the rest plan ahead."""
    roles: dict[int, str] = {}
    by_stage: dict[Stage, list[int]] = {}
    for i, lead in enumerate(leads):
        by_stage.setdefault(lead.stage, []).append(i)
    new = by_stage.get(Stage.NEW, [])
    for i in new:
        if not leads[i].phones and not leads[i].emails:
            roles[i] = "research"
    inbound = [i for i in new if i not in roles and FIRST_RESPONSE_CHANNEL[leads[i].source] in possible_channels(leads[i])
               and leads[i].source not in (Source.COLD, Source.OTHER)]  # fmt: skip
    web = [i for i in inbound if leads[i].source == Source.WEB][:1]  # one web inquiry with its 1-hour target
    rest = [i for i in inbound if i not in web]
    for i in web + rng.sample(rest, min(plan.first_responses - len(web), len(rest))):
        roles[i] = "first_response"

    def take(stage: Stage, role: str) -> None:
        free = [i for i in by_stage.get(stage, []) if i not in roles]
        if free:
            roles[rng.choice(free)] = role

    for _ in range(plan.without_next_step):
        take(Stage.NEW, "unplanned")
    for k in range(plan.decide):
        take((Stage.CONTACTED, Stage.QUALIFIED)[k % 2], "decide")
    research_today = [i for i, role in roles.items() if role == "research"][:1]
    for i in research_today:
        roles[i] = "research_today"
    today_stages = list(WEEKEND_STAGES if weekend else TODAY_STAGES)
    if research_today and Stage.NEW in today_stages:
        today_stages.remove(Stage.NEW)  # looking up a number is one of today's things to do
    for stage in today_stages:
        take(stage, "today")
    for stage in OVERDUE_STAGES[: plan.overdue]:
        take(stage, "overdue")
    for stage in COME_BACK_STAGES:
        take(stage, "came_back")
    return roles


def _write_all(writer: Writer, leads: list[Lead]) -> None:
    rng, today = writer.rng, writer.today
    roles = _roles(rng, leads, not is_working_day(today), TODAY_PLAN)
    overdue_days = iter(working_days_back(today, k) for k in (1, 1, 2, 3, 5, 6, 8, 9))
    load: dict[date, int] = {}
    for n, lead in enumerate(leads):
        role = roles.get(n, "ahead")
        if lead.stage == Stage.NO:
            continue  # demo_revisits tells their story
        if role == "came_back":
            _came_back(writer, lead, load)
            continue
        if lead.stage == Stage.NEW:
            _new_lead(writer, lead, role, next(overdue_days) if role == "overdue" else None, load)
        elif lead.stage == Stage.WON:
            _won_lead(writer, lead, n, load)
        elif lead.stage == Stage.NURTURE:
            _nurtured_lead(writer, lead, load)
        elif role == "decide":
            _gone_quiet(writer, lead, n)
        else:
            due = next(overdue_days) if role == "overdue" else today if role == "today" else None
            _pipeline_lead(writer, lead, due, load)
    writer.back_to_now()


def _ahead(rng: random.Random, today: date, stage: Stage, load: dict[date, int], lead: Lead) -> date:
    """A coming working day for the next step, the lead's own rhythm when they gave one, never
    more than a day's load on one day."""
    if lead.interval_count and lead.interval_unit:
        day = next_working_day(add_interval(today - timedelta(days=rng.randint(1, 5)), lead.interval_count,
                                            lead.interval_unit))  # fmt: skip
        day = max(day, working_days_ahead(today, 1))
    else:
        day = working_days_ahead(today, rng.randint(*AHEAD.get(stage, (1, 15))))
    return free_day(day, load)


def free_day(day: date, load: dict[date, int]) -> date:
    """``day``, or the first working day after it with room left; booked."""
    day = next_working_day(day)
    while load.get(day, 0) >= TODAY_PLAN.day_load:
        day = working_days_ahead(day, 1)
    load[day] = load.get(day, 0) + 1
    return day


def next_step(rng: random.Random, lead: Lead, stage: Stage, day: date) -> FollowUp:
    """The next step that fits the stage, by a channel the lead can be reached on."""
    assert lead.id is not None
    objective = {Stage.NEW: Objective.MEETING, Stage.CONTACTED: rng.choice((Objective.MEETING, Objective.REPLY)),
                 Stage.QUALIFIED: rng.choice((Objective.PROPOSAL, Objective.ANSWER)),
                 Stage.PROPOSAL: rng.choice((Objective.ANSWER, Objective.SIGNATURE)),
                 Stage.NEGOTIATION: Objective.SIGNATURE}.get(stage, Objective.REPLY)  # fmt: skip
    wanted = (Channel.CALL, Channel.CALL, Channel.EMAIL)
    if stage in (Stage.QUALIFIED, Stage.PROPOSAL, Stage.NEGOTIATION):
        wanted = (Channel.CALL, Channel.EMAIL, Channel.MEETING)
    channel = _pick_channel(rng, lead, wanted)
    at = None
    if channel == Channel.MEETING:
        at = rng.choice(MEETING_TIMES)
    elif channel == Channel.CALL and rng.random() < 0.5:
        at = rng.choice(CALL_TIMES)
    message = MESSAGES.get(objective, "") if channel == Channel.EMAIL and rng.random() < 0.6 else ""
    return FollowUp(lead.id, Due(day, at), channel, objective, message=message)


def _pipeline_lead(writer: Writer, lead: Lead, due: date | None, load: dict[date, int]) -> None:
    """Contacted to negotiation: its milestones with detours, the last touch answered (or, now
    and then, a missed call just before a step due today), then its next step."""
    rng, today = writer.rng, writer.today
    steps = milestones(rng, lead, lead.stage)
    touches = with_detours(rng, lead, steps, rng.randint(0, 2 + len(steps) // 2))
    end = working_days_back(due or today, rng.randint(2, 8) if due else rng.randint(1, 10))
    if due is not None and rng.random() < 0.3:
        touches.append(_unanswered(rng, lead, end))  # tried, no answer: this is attempt two
    written = writer.story(lead, dated(rng, touches, end))
    writer.after_last()
    if writer.book.lead(written.id or 0).stage != lead.stage:
        writer.book.set_stage(written.id or 0, lead.stage)
    writer.book.plan_followup(next_step(rng, written, lead.stage, due or _ahead(rng, today, lead.stage, load, lead)))


def _new_lead(writer: Writer, lead: Lead, role: str, overdue_on: date | None, load: dict[date, int]) -> None:
    """New leads: inquiries from this morning with their first answer due, leads known only by
    name (their step is to find a number), a few nobody planned for, most with a first call planned."""
    rng, book, today = writer.rng, writer.book, writer.today
    if role == "first_response":
        source = lead.source
        created = writer.now - timedelta(minutes=rng.randint(15, 50) if source == Source.WEB else rng.randint(40, 150))
        lead = writer.add(lead, created)
        assert lead.id is not None
        due_at = first_response_due(source, created, book.settings())
        assert due_at is not None
        local = due_at.astimezone(writer.zone)
        book.plan_followup(
            FollowUp(
                lead.id,
                Due(local.date(), time(local.hour, local.minute)),
                FIRST_RESPONSE_CHANNEL[source],
                Objective.ANSWER,
                first_response=True,
            )
        )
        return
    created_on = working_days_back(overdue_on or today, rng.randint(1, 12))
    lead = writer.add(lead, _moment(book, created_on, rng))
    assert lead.id is not None
    if role == "unplanned":
        return  # flagged in the list, counted on Today
    if role in ("research", "research_today"):
        day = today if role == "research_today" else _ahead(rng, today, Stage.NEW, load, lead)
        book.plan_followup(FollowUp(lead.id, Due(day), Channel.OTHER, Objective.OTHER, objective_note=RESEARCH_NOTE))
        return
    day = overdue_on or (today if role == "today" else _ahead(rng, today, Stage.NEW, load, lead))
    book.plan_followup(next_step(rng, lead, Stage.NEW, day))


def _gone_quiet(writer: Writer, lead: Lead, n: int) -> None:
    """A lead at the stop rule: it answered once, then six tries without an answer, or fewer
    spread over more than the rule's days. Today asks what to do with it."""
    rng, today = writer.rng, writer.today
    steps = milestones(rng, lead, lead.stage)
    tries = [_unanswered(rng, lead, date.min) for _ in range(6 if n % 2 else 3)]
    last = working_days_back(today, rng.randint(1, 3))
    touches = dated(rng, steps + tries, last)
    if len(tries) == 3:  # few tries, but the first was long ago
        start = working_days_back(today, 48)
        spread = [start, working_days_back(today, 30), last]
        touches = dated(rng, steps, working_days_back(start, 6)) + [
            Touch(d, t.channel, t.objective, t.outcome, t.note) for t, d in zip(tries, spread)
        ]
    written = writer.story(lead, touches)
    if writer.book.lead(written.id or 0).stage != lead.stage:
        writer.after_last()
        writer.book.set_stage(written.id or 0, lead.stage)


def _won_lead(writer: Writer, lead: Lead, n: int, load: dict[date, int]) -> None:
    """Customers: several touches up to the signature (most after five or more; a few of the older
    ones on touch 2, 3 or 4, looked after since); the recent ones have the post-sale cadence
    running (the cards and the call already due are logged)."""
    rng, book, today = writer.rng, writer.book, writer.today
    steps = milestones(rng, lead, Stage.WON)
    touches = with_detours(rng, lead, steps, rng.randint(0, 3))  # most sign after five touches or more (seed 000)
    recent = n % 3 == 0 and {Channel.CALL, Channel.LETTER} <= possible_channels(lead)  # the cadence calls and writes
    cadence = next(c for c in book.cadences() if c.builtin == POST_SALE)
    for _ in range(20):
        won_on = working_days_back(today, rng.randint(3, 60) if recent else rng.randint(20, 200))
        if today not in cadence.planned_days(won_on):
            break
    if not recent:
        writer.wins += 1
        quick = {1: 2, 5: 3, 9: 4}.get(writer.wins % 12)
        if quick is not None:
            touches = _signed_quickly(steps, touches, quick)
    written = writer.story(lead, dated(rng, touches, won_on))
    assert written.id is not None
    if not recent:
        return
    writer.after_last()
    book.apply_cadence(written.id, cadence.id or 0, won_on)
    for fu in book.followups(written.id):
        if fu.state.value != "planned":
            continue
        if fu.due.day < today:
            if fu.due.day == won_on:
                writer.at(writer.last + timedelta(hours=1))  # the card goes out the day they sign
            else:
                writer.at_day(fu.due.day)
            spoken = fu.channel not in WRITTEN
            note = "All fine with the delivery; they are pleased." if spoken else "Card sent."
            book.complete_followup(fu.id or 0, Outcome.REACHED if spoken else Outcome.GOAL_REACHED, note)
            continue
        day = free_day(fu.due.day, load)  # the seller's week has no weekend and no overfull day
        if day != fu.due.day:
            book.reschedule_followup(fu.id or 0, Due(day))


AFTER_SALE_NOTES = ("All fine with the delivery; they are pleased.", "Asked how it is going: all well.",
                    "They passed on a colleague's name.")  # fmt: skip


def _signed_quickly(steps: list[Touch], touches: list[Touch], on: int) -> list[Touch]:
    """A customer who signed on touch ``on`` (2–4) and was looked after since: as many touches as
    the slower story (so the demo's other chances stay as they were), the signature on ``on``,
    then calls and notes after the sale."""
    intro, _booked, met, proposal, _terms, signed = steps
    before = {2: [intro], 3: [intro, met], 4: [intro, met, proposal]}[on]
    after = [Touch(t.day, t.channel, Objective.ANSWER, Outcome.REACHED if t.channel not in WRITTEN else Outcome.GOAL_REACHED,
                   AFTER_SALE_NOTES[k % len(AFTER_SALE_NOTES)]) for k, t in enumerate(touches[on:])]  # fmt: skip
    return [*before, signed, *after]


def _nurtured_lead(writer: Writer, lead: Lead, load: dict[date, int]) -> None:
    """Not now, not never: some talks, "not before next year", and a slow touch planned."""
    rng, book, today = writer.rng, writer.book, writer.today
    steps = milestones(rng, lead, rng.choice((Stage.CONTACTED, Stage.QUALIFIED)))
    last = working_days_back(today, rng.randint(5, 40))
    channel = _pick_channel(rng, lead)
    kind = "written" if channel in WRITTEN else "spoken"
    pause = Touch(last, channel, Objective.REPLY, _answered(rng, channel),
                  "Not before next year; happy to hear from us now and then." if kind == "spoken"
                  else "Replied: no plans this year; keep them posted.")  # fmt: skip
    touches = [*with_detours(rng, lead, steps, rng.randint(0, 2)), pause]
    written = writer.story(lead, dated(rng, touches, last))
    assert written.id is not None
    writer.after_last()
    book.set_stage(written.id, Stage.NURTURE)
    if lead.interval_count and lead.interval_unit:
        day = next_working_day(add_interval(last, lead.interval_count, lead.interval_unit))
    else:
        day = working_days_ahead(last, rng.randint(30, 60))
    day = free_day(max(day, working_days_ahead(today, rng.randint(5, 20))), load)
    slow = _pick_channel(rng, lead, (Channel.EMAIL, Channel.LETTER, Channel.CALL))
    book.plan_followup(FollowUp(written.id, Due(day), slow, Objective.REPLY))


def _came_back(writer: Writer, lead: Lead, load: dict[date, int]) -> None:
    """First contact, "not now", the call back three months later, and on from there."""
    rng, book, today = writer.rng, writer.book, writer.today
    steps = milestones(rng, lead, lead.stage)
    later = with_detours(rng, lead, steps[1:], rng.randint(0, 1))
    revisit_on = working_days_back(today, 4 * len(later) + rng.randint(2, 5))
    said_on = working_days_back(revisit_on - timedelta(days=90), 0 if is_working_day(revisit_on - timedelta(days=90))
                                else 1)  # fmt: skip
    channel = _pick_channel(rng, lead)
    no = Touch(said_on, channel, Objective.MEETING, Outcome.SAID_NO, NOT_NOW_NOTE)
    written = writer.story(lead, dated(rng, [steps[0], no], said_on))
    assert written.id is not None
    writer.after_last()
    book.say_no(written.id, "timing", NOT_NOW_NOTE, revisit_on)
    writer.at_day(revisit_on)
    callback = _pick_channel(rng, lead, (Channel.CALL,))
    book.reopen(written.id, Stage.CONTACTED, FollowUp(written.id, Due(revisit_on), callback, Objective.MEETING))
    (planned,) = [f for f in book.followups(written.id) if f.state.value == "planned"]
    writer.last = book.clock.now()
    book.complete_followup(planned.id or 0, _answered(rng, callback), CALLED_BACK_NOTES[callback])
    day = revisit_on
    for touch in later:
        day = working_days_ahead(day, rng.randint(2, 4))
        writer.log(written, Touch(day, touch.channel, touch.objective, touch.outcome, touch.note, touch.stage))
    if lead.stage == Stage.WON:
        return
    writer.after_last()
    if book.lead(written.id).stage != lead.stage:
        book.set_stage(written.id, lead.stage)
    book.plan_followup(next_step(rng, written, lead.stage, _ahead(rng, today, lead.stage, load, lead)))
