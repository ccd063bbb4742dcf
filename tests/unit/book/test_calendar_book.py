"""The calendar through the real book: month counts (month ends, DST), moves with undo, even-out."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from _book_sql import connection

from leadbook.book import LeadBook
from leadbook.core.followups import Due, FollowUp
from leadbook.core.model import Channel, Lead, Stage
from leadbook.core.rules import is_working_day


def _lead(book: LeadBook, name: str = "Anna", stage: Stage = Stage.CONTACTED) -> int:
    return sorted(book.add_leads([Lead(name=name, stage=stage)]).added)[0]


def _plan(book: LeadBook, lead_id: int, day: date, at: time | None = None, channel: Channel = Channel.CALL) -> int:
    return int(book.plan_followup(FollowUp(lead_id, Due(day, at), channel)).id or 0)


def test_month_counts_stop_at_month_boundaries(book: LeadBook) -> None:
    lead = _lead(book)
    _plan(book, lead, date(2026, 10, 31), time(23, 30))
    _plan(book, lead, date(2026, 11, 1), time(0, 15), Channel.EMAIL)
    _plan(book, lead, date(2026, 11, 30), time(23, 59))
    _plan(book, lead, date(2026, 11, 30), None, Channel.EMAIL)
    _plan(book, lead, date(2026, 12, 1))
    done = _plan(book, lead, date(2026, 11, 2))
    book.cancel_followup(done)  # only planned ones count
    november = book.month_load(2026, 11)
    assert min(november) == date(2026, 11, 1) and max(november) == date(2026, 11, 30) and len(november) == 30
    assert november[date(2026, 11, 1)].by_channel == {Channel.EMAIL: 1}
    assert november[date(2026, 11, 30)].by_channel == {Channel.CALL: 1, Channel.EMAIL: 1}
    assert november[date(2026, 11, 2)].total == 0
    assert sum(load.total for load in november.values()) == 3
    assert book.month_load(2026, 10)[date(2026, 10, 31)].total == 1
    assert book.month_load(2026, 12)[date(2026, 12, 1)].total == 1
    assert len(book.month_load(2026, 2)) == 28 and len(book.month_load(2028, 2)) == 29


def test_month_counts_across_dst_changes(book: LeadBook) -> None:
    """Stockholm: clocks go back on 25 October 2026 and forward on 28 March 2027. A follow-up
    counts on its local day, even late at night or in the repeated or skipped hour."""
    lead = _lead(book)
    for day in (date(2026, 10, 25), date(2027, 3, 28)):
        for at in (time(0, 30), time(2, 30), time(23, 30)):
            _plan(book, lead, day, at)
        _plan(book, lead, day - timedelta(days=1), time(23, 59))
        _plan(book, lead, day + timedelta(days=1), time(0, 0))
    for day in (date(2026, 10, 25), date(2027, 3, 28)):
        loads = book.month_load(day.year, day.month)
        assert loads[day].total == 3
        assert loads[day - timedelta(days=1)].total == 1 and loads[day + timedelta(days=1)].total == 1
        assert [row.followup.due.day for row in book.day_followups(day)] == [day] * 3


def test_overdue_and_capacity_marks(book: LeadBook) -> None:
    lead = _lead(book)
    today = book.local_today()
    _plan(book, lead, today - timedelta(days=3))
    for _ in range(16):
        _plan(book, lead, today + timedelta(days=1))
    loads = book.month_load(today.year, today.month)
    assert loads[today - timedelta(days=3)].overdue
    assert loads[today + timedelta(days=1)].over_capacity and not loads[today + timedelta(days=1)].overdue
    book.save_settings(book.settings().__class__(**{**book.settings().__dict__, "day_capacity": 20}))
    assert not book.month_load(today.year, today.month)[today + timedelta(days=1)].over_capacity


def test_day_and_week_followups(book: LeadBook) -> None:
    lead = _lead(book, "Jürgen")
    monday = date(2026, 11, 30)
    timed = _plan(book, lead, monday, time(14, 0))
    untimed = _plan(book, lead, monday)
    early = _plan(book, lead, monday, time(8, 0))
    sunday = _plan(book, lead, monday + timedelta(days=6))
    _plan(book, lead, monday + timedelta(days=7))
    assert [r.followup.id for r in book.day_followups(monday)] == [untimed, early, timed]
    assert [r.followup.id for r in book.week_followups(monday)] == [untimed, early, timed, sunday]
    assert book.day_followups(monday)[0].lead_name == "Jürgen"


def test_move_followups_is_one_undo_step_and_keeps_reminders_right(book: LeadBook, clock) -> None:
    anna, bob = _lead(book, "Anna"), _lead(book, "Bob")
    first = _plan(book, anna, date(2026, 11, 25), time(10, 0))
    second = _plan(book, bob, date(2026, 11, 25))
    heard = []
    book.subscribe(heard.append)
    change = book.move_followups([(first, Due(date(2026, 11, 27), time(10, 0))), (second, Due(date(2026, 11, 30)))])
    assert change.lead_ids == {anna, bob} and len(heard) == 1
    moved = book.followup(first)
    assert moved.due == Due(date(2026, 11, 27), time(10, 0))
    assert moved.due_at == "2026-11-27T09:00:00Z" and moved.remind_at == "2026-11-27T08:45:00Z"
    assert book.followup(second).remind_at == "2026-11-30T08:00:00Z"  # the day's start, 09:00 local
    assert book.lead(anna) and book.month_load(2026, 11)[date(2026, 11, 25)].total == 0
    assert book.undo_label == "Move follow-up"
    book.undo()
    assert book.followup(first).due == Due(date(2026, 11, 25), time(10, 0))
    assert book.followup(second).due == Due(date(2026, 11, 25))
    with pytest.raises(KeyError):
        book.move_followups([(999_999, Due(date(2026, 11, 30)))])


def test_even_out_never_onto_a_weekend_or_a_full_day_and_undoes(book: LeadBook) -> None:
    friday = date(2026, 11, 27)
    monday, tuesday, wednesday = date(2026, 11, 30), date(2026, 12, 1), date(2026, 12, 2)
    leads = [_lead(book, f"Lead {n}", Stage.NEW if n % 2 else Stage.NEGOTIATION) for n in range(20)]
    with book.batch():
        on_friday = [_plan(book, lead, friday) for lead in leads]
        for n in range(15):
            _plan(book, leads[n], monday)  # Monday is full
        for n in range(13):
            _plan(book, leads[n], tuesday)  # Tuesday has room for 2
    proposal = book.even_out_proposal(friday)
    assert len(proposal) == 5
    assert all(is_working_day(m.to_day) for m in proposal)
    assert [m.to_day for m in proposal] == [tuesday, tuesday, wednesday, wednesday, wednesday]
    stages = {lead_id: book.lead(lead_id).stage for lead_id in leads}
    assert all(stages[m.lead_id] == Stage.NEW for m in proposal)  # lowest stage first
    book.move_followups([(m.followup_id, Due(m.to_day, m.at)) for m in proposal], "Even out")
    loads = book.month_load(2026, 11) | book.month_load(2026, 12)
    assert loads[friday].total == 15 and loads[monday].total == 15 and loads[tuesday].total == 15
    assert loads[date(2026, 11, 28)].total == 0 and loads[date(2026, 11, 29)].total == 0
    assert book.even_out_proposal(friday) == []
    book.undo()
    assert book.month_load(2026, 11)[friday].total == 20
    assert {r.followup.id for r in book.day_followups(friday)} == set(on_friday)


def test_month_cells_count_the_revisits_due_from_an_index(book: LeadBook) -> None:
    from leadbook.core.revisits import NoReason
    from leadbook.store.calendar import REVISITS_SQL

    def said_no(name: str, day: date | None) -> int:
        lead_id = _lead(book, name)
        book.say_no(lead_id, NoReason.TIMING, "", day)
        return lead_id

    said_no("End of October", date(2026, 10, 31))
    said_no("First", date(2026, 11, 30))
    said_no("Second", date(2026, 11, 30))
    said_no("December", date(2026, 12, 1))
    reopened = said_no("Reopened", date(2026, 11, 16))
    book.reopen(reopened)
    gone = said_no("Gone", date(2026, 11, 16))
    book.do_not_contact(gone)  # never in a queue, so never counted
    said_no("Never", None)
    requeued = said_no("Requeued", date(2026, 11, 16))
    book.still_not_now(requeued)  # goes 90 days on from today: 2027-02-22
    november = book.month_load(2026, 11)
    assert {day: load.revisits_due for day, load in november.items() if load.revisits_due} == {date(2026, 11, 30): 2}
    assert november[date(2026, 11, 30)].total == 0  # revisits do not fill the day's capacity
    assert book.month_load(2026, 10)[date(2026, 10, 31)].revisits_due == 1
    assert book.month_load(2026, 12)[date(2026, 12, 1)].revisits_due == 1
    assert book.month_load(2027, 2)[date(2027, 2, 22)].revisits_due == 1
    plan = " ".join(str(part) for row in connection(book).execute(
        "EXPLAIN QUERY PLAN " + REVISITS_SQL, ["2026-11-01", "2026-11-30"]) for part in row)  # fmt: skip
    assert "USING INDEX revisits_queue (state=? AND revisit_on>? AND revisit_on<?)" in plan, plan


def test_the_first_follow_ups_of_each_day_timed_by_time_then_untimed(book: LeadBook) -> None:
    day, other = date(2026, 11, 25), date(2026, 11, 26)
    ids = {name: _lead(book, name) for name in ("Bea", "Carl", "Dora", "Emil")}
    _plan(book, ids["Bea"], day)  # untimed: after the timed ones
    _plan(book, ids["Carl"], day, time(14, 0))
    _plan(book, ids["Dora"], day, time(9, 30), Channel.EMAIL)
    _plan(book, ids["Emil"], day, time(11, 0))
    done = _plan(book, ids["Emil"], day, time(8, 0))
    book.cancel_followup(done)  # only planned ones
    _plan(book, ids["Bea"], other, time(10, 0))
    _plan(book, ids["Carl"], date(2026, 11, 30))  # outside the range
    first = book.first_of_days(day, other, 3)
    assert [(i.lead_name, i.at) for i in first[day]] == [("Dora", time(9, 30)), ("Emil", time(11, 0)),
                                                         ("Carl", time(14, 0))]  # fmt: skip
    assert first[day][0].channel == Channel.EMAIL and first[day][0].day == day
    assert [i.lead_name for i in first[other]] == ["Bea"]
    assert set(first) == {day, other}
    assert [i.lead_name for i in book.first_of_days(day, day, 10)[day]][-1] == "Bea"
