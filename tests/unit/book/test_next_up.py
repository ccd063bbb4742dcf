"""Today's "do this next": the order in book.next_up, on hand-made agendas, and the next planned
follow-up the card shows when nothing is due, on a real book."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from leadbook.book import Agenda, AgendaRow, LeadBook
from leadbook.book.next_up import NextUp, Why, choose_next, due_moment, upcoming
from leadbook.core.clock import utc_iso
from leadbook.core.followups import Due, FollowUp, to_instant
from leadbook.core.model import Lead, Stage
from leadbook.core.revisits import NoReason
from leadbook.store.revisits import RevisitRow

ZONE = ZoneInfo("Europe/Stockholm")
MONDAY = date(2026, 11, 23)
NOW = to_instant(MONDAY, time(9, 30), ZONE)  # conftest's moment: Monday 09:30 in Stockholm
_ids = iter(range(1, 10_000))


def row(day: date, at: time | None = None, *, first_response_by: datetime | None = None) -> AgendaRow:
    """A planned follow-up on ``day`` (at ``at``); a first response answers by ``first_response_by``."""
    n = next(_ids)
    fu = FollowUp(n, Due(day, at), id=n, first_response=first_response_by is not None,
                  due_at=utc_iso(first_response_by) if first_response_by else "")  # fmt: skip
    return AgendaRow(fu, f"Lead {n}", "", "", "", True, "", "", 1, "")


def agenda(overdue=(), today=(), first=(), revisits=(), decide=()) -> Agenda:
    return Agenda(MONDAY, list(overdue), list(today), list(first), list(decide), [], 0, list(revisits))


def revisit(lead_id: int) -> RevisitRow:
    return RevisitRow(lead_id * 10, lead_id, "Nora", "", "", "", "", NoReason.TIMING, "", "", MONDAY, None, "")


def chosen(a: Agenda) -> int | None:
    found = choose_next(a, NOW, ZONE)
    return found.followup_id if found is not None else None


def test_the_oldest_late_thing_comes_first():
    friday, yesterday = row(MONDAY - timedelta(days=3)), row(MONDAY - timedelta(days=1), time(8, 0))
    nine = row(MONDAY, time(9, 0))  # its time has passed: late too, but later than the others
    found = choose_next(agenda(overdue=[yesterday, friday], today=[nine]), NOW, ZONE)
    assert found is not None and found.followup_id == friday.followup.id and found.why == Why.LATE


def test_on_one_day_a_timed_follow_up_is_late_before_an_untimed_one():
    """An untimed follow-up is late from the end of its day, as the Overdue section lists them."""
    untimed, timed = row(MONDAY - timedelta(days=2)), row(MONDAY - timedelta(days=2), time(16, 0))
    assert chosen(agenda(overdue=[untimed, timed])) == timed.followup.id
    assert due_moment(untimed, ZONE) == to_instant(MONDAY - timedelta(days=1), time(0, 0), ZONE)


def test_a_first_response_past_its_deadline_is_late_and_ranks_by_how_late():
    late_answer = row(MONDAY, first_response_by=NOW - timedelta(hours=20))
    old_call = row(MONDAY - timedelta(days=3))  # late since Friday's end: longer
    assert chosen(agenda(overdue=[old_call], first=[late_answer])) == old_call.followup.id
    yesterday_call = row(MONDAY - timedelta(days=1), time(15, 0))  # late 18 h 30: less than 20 h
    found = choose_next(agenda(overdue=[yesterday_call], first=[late_answer]), NOW, ZONE)
    assert found is not None and found.followup_id == late_answer.followup.id and found.why == Why.LATE


def test_anything_late_comes_before_a_first_response_still_running():
    running = row(MONDAY, first_response_by=NOW + timedelta(minutes=5))
    untimed_yesterday = row(MONDAY - timedelta(days=1))
    assert chosen(agenda(overdue=[untimed_yesterday], first=[running])) == untimed_yesterday.followup.id


def test_a_running_first_response_comes_before_the_next_timed_item_the_nearest_deadline_first():
    in_two_hours = row(MONDAY, first_response_by=NOW + timedelta(hours=2))
    in_one_hour = row(MONDAY, first_response_by=NOW + timedelta(hours=1))
    at_ten = row(MONDAY, time(10, 0))
    found = choose_next(agenda(today=[at_ten], first=[in_two_hours, in_one_hour]), NOW, ZONE)
    assert found is not None and found.followup_id == in_one_hour.followup.id and found.why == Why.FIRST_RESPONSE


def test_then_the_next_timed_item_today_then_the_untimed_ones():
    untimed, at_eleven, at_ten = row(MONDAY), row(MONDAY, time(11, 0)), row(MONDAY, time(10, 0))
    found = choose_next(agenda(today=[untimed, at_eleven, at_ten]), NOW, ZONE)
    assert found is not None and found.followup_id == at_ten.followup.id and found.why == Why.TIMED
    first_untimed, second_untimed = row(MONDAY), row(MONDAY)
    found = choose_next(agenda(today=[first_untimed, second_untimed]), NOW, ZONE)
    assert found is not None and found.followup_id == first_untimed.followup.id and found.why == Why.TODAY


def test_with_no_follow_up_due_a_revisit_then_a_lead_to_decide_on():
    decide = Lead(name="Sam", stage=Stage.CONTACTED, id=7)
    found = choose_next(agenda(revisits=[revisit(3)], decide=[decide]), NOW, ZONE)
    assert found == NextUp(Why.REVISIT, 3, revisit=revisit(3))
    found = choose_next(agenda(decide=[decide]), NOW, ZONE)
    assert found == NextUp(Why.DECIDE, 7, lead=decide)
    assert choose_next(agenda(today=[row(MONDAY)], decide=[decide]), NOW, ZONE).why == Why.TODAY  # type: ignore[union-attr]


def test_nothing_due_is_none():
    assert choose_next(agenda(), NOW, ZONE) is None
    assert upcoming(None, ZONE) is None


def test_the_book_names_the_next_planned_follow_up_after_a_day(book: LeadBook):
    ana, ben = sorted(book.add_leads([Lead(name="Ana", stage=Stage.CONTACTED),
                                      Lead(name="Ben", stage=Stage.CONTACTED)]).added)  # fmt: skip
    assert book.next_planned_after(MONDAY) is None
    book.plan_followup(FollowUp(ana, Due(MONDAY + timedelta(days=5))))
    book.plan_followup(FollowUp(ben, Due(MONDAY + timedelta(days=5), time(8, 0))))
    book.plan_followup(FollowUp(ana, Due(MONDAY)))  # today's is not "after today"
    found = book.next_planned_after(MONDAY)
    assert found is not None and found.lead_name == "Ben" and found.followup.due.at == time(8, 0)
    nxt = upcoming(found, ZONE)
    assert nxt is not None and nxt.why == Why.UPCOMING and nxt.due == datetime(2026, 11, 28, 7, 0, tzinfo=UTC)
