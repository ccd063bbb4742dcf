"""Dates are limited to 1900-01-01..2200-12-31 wherever they are given, with a message naming the
range; instants and days an older book stored outside it are read clamped, never an overflow."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from _book_sql import execute

from leadbook.book import LeadBook
from leadbook.core.clock import FakeClock, from_utc_iso, utc_iso
from leadbook.core.followups import EARLIEST_DAY, LATEST_DAY, DayOutOfRange, Due, FollowUp, to_instant
from leadbook.core.model import Lead
from leadbook.core.revisits import NoReason
from leadbook.present import texts


@pytest.mark.parametrize(("zone", "day"), [("Europe/Stockholm", date(1, 1, 1)), ("America/New_York", date(9999, 12, 31)),
                                           ("UTC", date(1899, 12, 31)), ("UTC", date(2201, 1, 1))])  # fmt: skip
def test_a_follow_up_outside_the_range_is_refused_not_an_overflow(tmp_path, zone, day):
    with LeadBook.open(tmp_path / "b.leadbook", FakeClock(datetime(2026, 11, 23, 9, 30), zone)) as book:
        lead = book.add_lead(Lead(name="Anna"))
        before = book.followups(lead.id)
        for due in (Due(day), Due(day, time(23, 30)), Due(day, time(0, 10))):
            with pytest.raises(DayOutOfRange) as refused:
                book.plan_followup(FollowUp(lead.id, due))
            assert refused.value.day == day
        with pytest.raises(DayOutOfRange):
            book.reschedule_followup(before[0].id, Due(day))
        with pytest.raises(DayOutOfRange):
            book.say_no(lead.id, NoReason.TIMING, "", day)
        assert book.followups(lead.id) == before


@pytest.mark.parametrize("zone", ["Europe/Stockholm", "America/New_York", "Pacific/Kiritimati", "Pacific/Niue"])
def test_the_first_and_last_day_can_be_planned_in_every_zone(tmp_path, zone):
    with LeadBook.open(tmp_path / "b.leadbook", FakeClock(datetime(2026, 11, 23, 9, 30), zone)) as book:
        lead = book.add_lead(Lead(name="Anna"))
        for day in (EARLIEST_DAY, LATEST_DAY):
            for at in (None, time(0, 0), time(23, 59)):
                planned = book.plan_followup(FollowUp(lead.id, Due(day, at), remind_minutes=120))
                assert planned.due == Due(day, at)
                local = from_utc_iso(planned.due_at).astimezone(ZoneInfo(zone))
                assert local.date() == day


def test_the_message_names_the_range():
    assert texts.day_range_text("9999-12-31") == (
        "9999-12-31 is outside the dates Leadbook works with, 1900-01-01 to 2200-12-31."
    )


def test_instants_are_written_with_a_four_digit_year_and_old_ones_read_clamped():
    assert utc_iso(datetime(1, 1, 1, 4, 56, 2, tzinfo=UTC)) == "0001-01-01T04:56:02Z"
    assert utc_iso(datetime(2026, 11, 23, 8, 30, tzinfo=UTC)) == "2026-11-23T08:30:00Z"
    assert from_utc_iso("2026-11-23T08:30:00Z") == datetime(2026, 11, 23, 8, 30, tzinfo=UTC)
    for stored in ("1-01-01T04:56:02Z", "0001-01-01T04:56:02Z", "999-05-05T00:00:00Z"):
        early = from_utc_iso(stored)
        assert early.year == 1899 and early.astimezone(ZoneInfo("America/New_York")).year == 1899
    late = from_utc_iso("9999-12-31T23:59:59Z")
    assert late.year == 2201 and late.astimezone(ZoneInfo("Pacific/Kiritimati")).year == 2201
    with pytest.raises(ValueError):
        from_utc_iso("not a time")


def test_a_stored_day_outside_the_range_never_overflows():
    assert to_instant(date(1, 1, 1), time(0, 0), ZoneInfo("Europe/Stockholm")).year == 1899
    assert to_instant(date(9999, 12, 31), time(23, 0), ZoneInfo("America/New_York")).year == 2201


def test_an_old_follow_up_outside_the_range_is_read_and_can_be_moved(book):
    lead = book.add_lead(Lead(name="Anna"))
    fu = book.followups(lead.id)[0]
    execute(book, "UPDATE followups SET due_date = '0001-01-01', due_at = '1-01-01T04:56:02Z' WHERE id = ?",
            [fu.id])  # an older Leadbook wrote it  # fmt: skip
    assert book.followup(fu.id).due.day == EARLIEST_DAY  # read clamped
    assert book.cancel_followup(fu.id)  # and written back without complaint
