"""Follow-ups as iCalendar: every file parses back with icalendar, alarms sit at the reminder times, UIDs stay."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from leadbook.book import LeadBook
from leadbook.core.clock import from_utc_iso
from leadbook.core.followups import Due, FollowUp, Objective, Outcome
from leadbook.core.model import Channel, Lead
from leadbook.interop import messages
from leadbook.interop.ical import build_calendar, followup_uid

ZONE = ZoneInfo("Europe/Stockholm")


def ics(book: LeadBook) -> icalendar.Calendar:
    data = build_calendar(book.calendar_items(), book_id=book.book_id(), day_start=book.settings().day_start_time,
                          summary=messages.calendar_summary, description=messages.calendar_description)  # fmt: skip
    return icalendar.Calendar.from_ical(data)


def alarm_instants(event: icalendar.Event) -> list[datetime]:
    alarms = event.alarms
    alarms.set_local_timezone(ZONE)  # a date-only event's day starts at local midnight
    return [a.trigger.astimezone(UTC) for a in alarms.times]


@pytest.fixture
def planned(book: LeadBook) -> LeadBook:
    anna, bob = sorted(book.add_leads([
        Lead(name="Anna Svensson", company="Åkerlund Trädgård AB", phones=("+46 70-123 45 67",),
             emails=("anna@akerlund.se",)),
        Lead(name="Bob, \"the\" Builder; Ltd", notes="x"),
    ]).added)  # fmt: skip
    book.plan_followup(FollowUp(anna, Due(date(2026, 11, 24), time(14, 30)), Channel.CALL, Objective.MEETING,
                                objective_note="about the quote", remind_minutes=30))  # fmt: skip
    book.plan_followup(FollowUp(anna, Due(date(2026, 11, 25)), Channel.EMAIL, Objective.PROPOSAL))
    book.plan_followup(
        FollowUp(bob, Due(date(2027, 3, 28), time(2, 30)), Channel.MEETING, remind_minutes=60)
    )  # DST night
    book.plan_followup(FollowUp(bob, Due(date(2027, 3, 28)), Channel.SMS))  # the day clocks go forward
    book.plan_followup(FollowUp(bob, Due(date(2026, 12, 1)), remind=False))
    return book


def test_every_planned_followup_is_an_event_with_its_alarm_at_the_reminder_time(planned):
    events = ics(planned).walk("VEVENT")
    followups = {fu.id: fu for item in planned.calendar_items() for fu in [item.followup]}
    assert len(events) == len(followups) == 5
    for event in events:
        fu = followups[int(str(event["uid"]).split("-")[1])]
        assert str(event["uid"]) == followup_uid(fu.id, planned.book_id())
        if fu.remind:
            assert alarm_instants(event) == [from_utc_iso(fu.remind_at)], fu
        else:
            assert alarm_instants(event) == []


def test_timed_followups_are_utc_instants_and_date_only_ones_are_free_all_day_events(planned):
    events = {str(e["summary"]): e for e in ics(planned).walk("VEVENT")}
    call = events["Call: Anna Svensson (Åkerlund Trädgård AB)"]
    assert call.start == datetime(2026, 11, 24, 13, 30, tzinfo=UTC)  # 14:30 in Stockholm
    assert call.end - call.start == timedelta(minutes=15)
    assert "Goal: Book a meeting\nabout the quote\nPhone: +46 70-123 45 67" in str(call["description"])
    mail = events["E-mail: Anna Svensson (Åkerlund Trädgård AB)"]
    assert mail.start == date(2026, 11, 25) and mail.end == date(2026, 11, 26)
    assert str(mail["transp"]) == "TRANSPARENT"
    assert alarm_instants(mail) == [datetime(2026, 11, 25, 8, 0, tzinfo=UTC)]  # 09:00, the day's start


def test_alarms_follow_the_reminder_on_the_night_clocks_go_forward(planned):
    events = [e for e in ics(planned).walk("VEVENT") if "Builder" in str(e["summary"])]
    meeting = next(e for e in events if str(e["summary"]).startswith("Meeting"))
    assert meeting.start == datetime(2027, 3, 28, 1, 30, tzinfo=UTC)  # 02:30 does not exist: 03:30 CEST
    assert alarm_instants(meeting) == [datetime(2027, 3, 28, 0, 30, tzinfo=UTC)]
    sms = next(e for e in events if str(e["summary"]).startswith("SMS"))
    assert alarm_instants(sms) == [datetime(2027, 3, 28, 7, 0, tzinfo=UTC)]  # 09:00 CEST


def test_uids_are_stable_and_sequence_grows_so_a_new_file_updates_events(planned, clock):
    first = {str(e["uid"]): e for e in ics(planned).walk("VEVENT")}
    fu = next(item.followup for item in planned.calendar_items() if item.followup.channel == Channel.EMAIL)
    clock.advance(hours=2)
    planned.reschedule_followup(fu.id, Due(date(2026, 11, 26)))
    second = {str(e["uid"]): e for e in ics(planned).walk("VEVENT")}
    assert first.keys() == second.keys()
    uid = followup_uid(fu.id, planned.book_id())
    assert second[uid].start == date(2026, 11, 26)
    assert int(second[uid]["sequence"]) > int(first[uid]["sequence"])


def test_done_and_cancelled_followups_leave_the_calendar(planned):
    items = planned.calendar_items()
    planned.complete_followup(items[0].followup.id, Outcome.REACHED)
    planned.cancel_followup(items[1].followup.id)
    uids = {str(e["uid"]) for e in ics(planned).walk("VEVENT")}
    assert followup_uid(items[0].followup.id, planned.book_id()) not in uids
    assert followup_uid(items[1].followup.id, planned.book_id()) not in uids


def test_two_books_never_share_uids(tmp_path, clock):
    with LeadBook.open(tmp_path / "a.leadbook", clock) as a, LeadBook.open(tmp_path / "b.leadbook", clock) as b:
        assert a.book_id() and a.book_id() != b.book_id()


def test_an_empty_book_gives_a_valid_empty_calendar(book):
    cal = ics(book)
    assert cal.walk("VEVENT") == [] and str(cal["version"]) == "2.0"
