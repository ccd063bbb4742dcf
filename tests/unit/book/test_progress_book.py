"""The Progress page's figures, each definition pinned on a hand-made book (docs/progress.md):
leads with 0, 1 and 5 touches, a won lead, a revisited no, first responses by source, a day with
nothing slipped and one with a missed follow-up, a lead let go in silence, and the period's edges."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from leadbook.book import LeadBook, LeadQuery
from leadbook.core.clock import FakeClock
from leadbook.core.followups import Due, FollowUp, Objective, Outcome, State
from leadbook.core.model import Channel, Lead, Source, Stage
from leadbook.core.progress import Decision, Period, Span
from leadbook.core.revisits import NoReason

NOW = datetime(2026, 11, 23, 9, 30)  # tests/conftest.py's clock (Europe/Stockholm)


def _at(clock: FakeClock, moment: datetime) -> None:
    clock.set(moment)


def _lead(book: LeadBook, clock: FakeClock, name: str, created: datetime, source: Source = Source.REFERRAL,
          stage: Stage = Stage.QUALIFIED) -> int:  # fmt: skip
    _at(clock, created)
    lead = book.add_lead(Lead(name=name, source=source, stage=stage, phones=("+46 70 123 45 67",)))
    assert lead.id is not None
    return lead.id


def _touch(book: LeadBook, clock: FakeClock, lead_id: int, when: datetime, outcome: Outcome = Outcome.NO_ANSWER,
           *, plan_next: bool = False) -> None:  # fmt: skip
    """Log the lead's planned follow-up at ``when`` (planning one when none is); with ``plan_next``
    the next one is planned a week later, else nothing stays planned."""
    _at(clock, when)
    planned = book.next_followup(lead_id)
    if planned is None:
        planned = book.plan_followup(FollowUp(lead_id, Due(when.date()), Channel.CALL, Objective.REPLY))
    following = (
        FollowUp(lead_id, Due(when.date() + timedelta(days=7)), Channel.CALL, Objective.REPLY) if plan_next else None
    )
    book.complete_followup(planned.id or 0, outcome, "", following)


def _leads(book: LeadBook, key: str, period: Period = Period.DAYS_30) -> list[int]:
    return sorted(book.progress_leads(period, key))


def _cancel_all(book: LeadBook, lead_id: int) -> None:
    for fu in book.followups(lead_id):
        if fu.state == State.PLANNED:
            book.cancel_followup(fu.id or 0)


@pytest.fixture
def persistent(book: LeadBook, clock: FakeClock) -> dict[str, int]:
    """Four leads decided this month: no after 0 touches, no after 1, won after 5, nurture after 2."""
    start = NOW - timedelta(days=20)
    ids = {
        "zero": _lead(book, clock, "Zero Touch", start),
        "one": _lead(book, clock, "One Touch", start),
        "five": _lead(book, clock, "Five Touches", start),
        "two": _lead(book, clock, "Two Touches", start),
    }
    _at(clock, start + timedelta(days=1))
    book.say_no(ids["zero"], NoReason.BUDGET, revisit_on=date(2027, 2, 1))
    _touch(book, clock, ids["one"], start + timedelta(days=1, hours=2), Outcome.SAID_NO)
    for k in range(4):
        _touch(book, clock, ids["five"], start + timedelta(days=1 + 2 * k, hours=3), plan_next=True)
    _touch(book, clock, ids["five"], start + timedelta(days=10, hours=3), Outcome.WON)
    _touch(book, clock, ids["two"], start + timedelta(days=1, hours=4), Outcome.REACHED, plan_next=True)
    _touch(book, clock, ids["two"], start + timedelta(days=8, hours=4), Outcome.REPLIED)
    _at(clock, start + timedelta(days=8, hours=5))
    book.set_stage(ids["two"], Stage.NURTURE)
    _at(clock, NOW)
    return ids


def test_touches_before_a_decision(book: LeadBook, persistent: dict[str, int]) -> None:
    figure = book.persistence(Period.DAYS_30)
    assert figure.buckets == (1, 1, 1, 0, 0, 1)
    assert [_leads(book, f"touches:{k}") for k in range(6)] == [
        [persistent["zero"]], [persistent["one"]], [persistent["two"]], [], [], [persistent["five"]]
    ]  # fmt: skip
    assert figure.decided == 4 and figure.average == pytest.approx((0 + 1 + 5 + 2) / 4)
    assert figure.let_go == 3  # no, no, nurture
    assert figure.stopped_after_one == 1 and _leads(book, "stopped_after_one") == [persistent["one"]]  # a win is not
    assert figure.five_or_more == 1 and _leads(book, "five_or_more") == [persistent["five"]]
    assert figure.decisions == {Decision.WON: 1, Decision.NO: 2, Decision.NURTURE: 1, Decision.STOPPED: 0}
    assert _leads(book, "decided:won") == [persistent["five"]]
    assert _leads(book, "decided:no") == sorted([persistent["zero"], persistent["one"]])
    assert _leads(book, "decided") == sorted(persistent.values())


def test_won_on_the_fifth_touch(book: LeadBook, persistent: dict[str, int]) -> None:
    figure = book.won_after(Period.DAYS_30)
    assert figure.won == 1 and figure.buckets == (0, 0, 0, 0, 0, 1)
    assert _leads(book, "won_on:5") == [persistent["five"]] and _leads(book, "won_on:1") == []
    assert book.progress(Period.DAYS_30).won_after == figure


def test_a_period_counts_only_what_happened_in_it(book: LeadBook, clock: FakeClock, persistent: dict[str, int]) -> None:
    _at(clock, NOW + timedelta(days=45))  # the decisions are now 25–44 days old
    assert book.persistence(Period.DAYS_30).decided == 0
    assert book.persistence(Period.DAYS_90).decided == 4
    assert book.persistence(Period.ALL).decided == 4
    assert book.persistence(Span(date(2026, 11, 13), date(2026, 11, 13))).decided == 1  # the win's day alone


def test_a_lead_decided_twice_counts_once_with_its_latest_decision(
    book: LeadBook, clock: FakeClock, persistent: dict[str, int]
) -> None:
    _at(clock, NOW + timedelta(hours=1))
    book.reopen(persistent["zero"])
    _touch(book, clock, persistent["zero"], NOW + timedelta(hours=2), Outcome.WON)
    figure = book.persistence(Period.DAYS_30)
    assert figure.decided == 4 and figure.decisions[Decision.WON] == 2 and figure.decisions[Decision.NO] == 1
    assert persistent["zero"] in _leads(book, "decided:won") and persistent["zero"] in _leads(book, "touches:1")


def test_a_lead_let_go_in_silence_is_stopped(book: LeadBook, clock: FakeClock) -> None:
    quiet = _lead(book, clock, "Went Quiet", NOW - timedelta(days=60))
    _touch(book, clock, quiet, NOW - timedelta(days=59), Outcome.REACHED)  # nothing planned after it
    recent = _lead(book, clock, "Still Warm", NOW - timedelta(days=20))
    _touch(book, clock, recent, NOW - timedelta(days=19), Outcome.REACHED)  # quiet for less than 30 days
    _at(clock, NOW)
    figure = book.persistence(Period.DAYS_90)
    assert figure.decisions[Decision.STOPPED] == 1 and _leads(book, "decided:stopped", Period.DAYS_90) == [quiet]
    assert figure.stopped_after_one == 1 and _leads(book, "stopped_after_one", Period.DAYS_90) == [quiet]
    assert book.persistence(Period.DAYS_30).decided == 0  # its last touch is before the period


def test_never_followed_up(book: LeadBook, clock: FakeClock) -> None:
    old = _lead(book, clock, "Last Year", NOW - timedelta(days=200))
    touched = _lead(book, clock, "Touched", NOW - timedelta(days=10))
    untouched = _lead(book, clock, "Untouched", NOW - timedelta(days=5))
    _touch(book, clock, touched, NOW - timedelta(days=9), Outcome.REACHED, plan_next=True)
    _at(clock, NOW)
    figure = book.never_followed_up(Period.DAYS_30)
    assert figure.created == 2 and figure.untouched == 1 and figure.share == 0.5
    assert _leads(book, "created") == sorted([touched, untouched]) and _leads(book, "untouched") == [untouched]
    assert _leads(book, "untouched", Period.DAYS_365) == sorted([old, untouched])


def test_first_response_by_source(book: LeadBook, clock: FakeClock) -> None:
    created = NOW - timedelta(days=3)
    fast_web = _lead(book, clock, "Fast Web", created, Source.WEB)
    slow_web = _lead(book, clock, "Slow Web", created, Source.WEB)
    late_mail = _lead(book, clock, "Late Mail", created, Source.EMAIL)
    _lead(book, clock, "Waiting Mail", NOW - timedelta(hours=2), Source.EMAIL)  # its 24 hours are not past
    _touch(book, clock, fast_web, created + timedelta(minutes=30), Outcome.REACHED, plan_next=True)
    _touch(book, clock, slow_web, created + timedelta(hours=3), Outcome.REACHED, plan_next=True)
    _touch(book, clock, late_mail, created + timedelta(hours=30), Outcome.REPLIED, plan_next=True)
    _at(clock, NOW)
    figure = book.first_response(Period.DAYS_30)
    by_source = {row.source: row for row in figure.sources}
    assert set(by_source) == {Source.WEB, Source.EMAIL}  # only sources with leads in the period
    web, mail = by_source[Source.WEB], by_source[Source.EMAIL]
    assert web.target_hours == 1 and web.within == 1 and web.missed == 1 and web.share_within == 0.5
    assert _leads(book, "missed:web") == [slow_web] and _leads(book, "source:web") == sorted([fast_web, slow_web])
    assert web.median_hours == pytest.approx((0.5 + 3) / 2)  # 30 minutes and 3 hours
    assert mail.within == 0 and mail.missed == 1  # the waiting one is not counted yet
    assert _leads(book, "missed:email") == [late_mail]
    assert mail.created == 2 and mail.median_hours == pytest.approx(30)
    assert figure.web_within_hour == 1 and figure.web_later == 1 and figure.web_share == 0.5
    assert _leads(book, "web_within_hour") == [fast_web] and _leads(book, "web_later") == [slow_web]


def test_a_revisited_no(book: LeadBook, clock: FakeClock) -> None:
    came_back = _lead(book, clock, "Came Back", NOW - timedelta(days=200))
    _touch(book, clock, came_back, NOW - timedelta(days=199), Outcome.SAID_NO)
    _at(clock, NOW - timedelta(days=199))
    book.say_no(came_back, NoReason.TIMING, revisit_on=date(2026, 10, 1))
    still_no = _lead(book, clock, "Still No", NOW - timedelta(days=200))
    _at(clock, NOW - timedelta(days=199))
    book.say_no(still_no, NoReason.BUDGET, revisit_on=date(2026, 10, 1))
    other = _lead(book, clock, "Other Win", NOW - timedelta(days=40))
    _touch(book, clock, other, NOW - timedelta(days=30), Outcome.WON)
    _at(clock, NOW - timedelta(days=50))
    book.reopen(came_back)
    book.still_not_now(still_no)
    _touch(book, clock, came_back, NOW - timedelta(days=20), Outcome.WON)
    _at(clock, NOW)
    figure = book.revisit_results(Period.DAYS_90)
    assert figure.revisited == 2 and _leads(book, "revisited", Period.DAYS_90) == sorted([came_back, still_no])
    assert figure.reopened == 1 and _leads(book, "reopened", Period.DAYS_90) == [came_back]
    assert figure.won == 1 and _leads(book, "won_after_revisit", Period.DAYS_90) == [came_back]
    assert figure.other_wins == 1 and figure.gain == 1.0
    assert book.revisit_results(Period.DAYS_30).revisited == 0  # the calls back were 50 days ago


def test_nothing_slipped(book: LeadBook, clock: FakeClock) -> None:
    lead_id = _lead(book, clock, "Day Keeper", datetime(2026, 11, 2, 8, 0))
    _cancel_all(book, lead_id)
    monday, tuesday, wednesday = date(2026, 11, 16), date(2026, 11, 17), date(2026, 11, 18)
    on_time = book.plan_followup(FollowUp(lead_id, Due(monday), Channel.CALL, Objective.REPLY))
    late = book.plan_followup(FollowUp(lead_id, Due(tuesday), Channel.CALL, Objective.REPLY))
    missed = book.plan_followup(FollowUp(lead_id, Due(wednesday), Channel.CALL, Objective.REPLY))
    _at(clock, datetime(2026, 11, 16, 23, 30))  # logged before Monday ends (local time)
    book.complete_followup(on_time.id or 0, Outcome.REACHED)
    _at(clock, datetime(2026, 11, 18, 0, 10))  # Tuesday's, logged just after midnight: slipped
    book.complete_followup(late.id or 0, Outcome.REACHED)
    _at(clock, NOW)  # Wednesday's is still planned: slipped
    figure = book.nothing_slipped(Span(monday, date(2026, 11, 23)))
    states = {d.day: (d.had_work, d.slipped) for d in figure.days}
    assert states[monday] == (True, False)
    assert states[tuesday] == (True, True) and states[wednesday] == (True, True)
    assert states[date(2026, 11, 19)] == (False, False)
    assert date(2026, 11, 23) not in states  # today is not over
    assert figure.clean_days == 1 and figure.slipped_days == 2 and figure.streak == 0
    assert book.slipped_leads(wednesday) == [lead_id] and book.slipped_leads(monday) == []
    assert missed.id is not None
    book.cancel_followup(missed.id)  # cancelled only now, days after: still a slip on Wednesday
    assert book.nothing_slipped(Span(monday, date(2026, 11, 22))).slipped_days == 2


def test_the_streak_counts_days_with_work_since_the_last_slip(book: LeadBook, clock: FakeClock) -> None:
    lead_id = _lead(book, clock, "Streaker", datetime(2026, 11, 2, 8, 0))
    _cancel_all(book, lead_id)
    for day in (date(2026, 11, 16), date(2026, 11, 18), date(2026, 11, 20)):
        fu = book.plan_followup(FollowUp(lead_id, Due(day), Channel.CALL, Objective.REPLY))
        _at(clock, datetime(day.year, day.month, day.day, 10, 0))
        book.complete_followup(fu.id or 0, Outcome.REACHED)
    _at(clock, NOW)
    figure = book.nothing_slipped(Period.DAYS_30)
    # 3 logged on their days, and the first follow-up (3 November), cancelled before its day: handled too
    assert figure.streak == 4 and figure.slipped_days == 0 and figure.clean_days == 4
    late = book.plan_followup(FollowUp(lead_id, Due(date(2026, 11, 19)), Channel.CALL, Objective.REPLY))
    assert late.id is not None
    book.complete_followup(late.id, Outcome.REACHED)  # logged today, four days late
    figure = book.nothing_slipped(Period.DAYS_30)
    assert figure.streak == 1 and figure.slipped_days == 1  # only the 20th since the slip on the 19th


def test_without_next_step_lists_the_leads_the_lead_list_filter_shows(book: LeadBook, clock: FakeClock) -> None:
    planned = _lead(book, clock, "Planned", NOW - timedelta(days=2))
    bare = _lead(book, clock, "Bare", NOW - timedelta(days=2))
    _cancel_all(book, bare)
    _at(clock, NOW)
    figure = book.nothing_slipped(Period.DAYS_30)
    assert figure.without_next_step == 1 and _leads(book, "without_next_step") == [bare]
    assert book.lead_ids(LeadQuery(without_next_step=True)) == [bare]
    assert planned not in _leads(book, "without_next_step")


def test_the_lead_list_shows_exactly_the_given_ids(book: LeadBook, clock: FakeClock) -> None:
    ids = [_lead(book, clock, name, NOW - timedelta(days=1)) for name in ("Ann", "Bo", "Cy")]
    assert book.lead_ids(LeadQuery(lead_ids=frozenset(ids[::2]))) == [ids[0], ids[2]]
    assert book.lead_ids(LeadQuery(lead_ids=frozenset())) == []
    assert book.lead_ids(LeadQuery(text="Bo", lead_ids=frozenset(ids[::2]))) == []


def test_an_empty_book_has_no_figures(book: LeadBook) -> None:
    progress = book.progress(Period.ALL)
    assert progress.persistence.decided == 0 and progress.persistence.average is None
    assert progress.never_followed_up.share is None and progress.first_response.sources == ()
    assert progress.revisits.gain is None and progress.nothing_slipped.days == ()
    with pytest.raises(KeyError):
        book.progress_leads(Period.ALL, "no such number")


def test_the_median_is_of_the_times_as_shown(book: LeadBook, clock: FakeClock) -> None:
    """To the minute under an hour, the hour under two days, the day beyond (docs/progress.md)."""
    created = NOW - timedelta(days=10)
    for name, after in (("A", timedelta(minutes=20, seconds=20)), ("B", timedelta(hours=5, minutes=20)),
                        ("C", timedelta(days=3, hours=10))):  # fmt: skip
        lead_id = _lead(book, clock, name, created, Source.REFERRAL)
        _touch(book, clock, lead_id, created + after, Outcome.REACHED, plan_next=True)
    _at(clock, NOW)
    (row,) = book.first_response(Period.DAYS_30).sources
    assert row.median_hours == 5  # 5 h 20 min, to the hour
    assert row.within == 2 and row.missed == 1  # the referral target is 48 hours
