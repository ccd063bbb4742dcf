"""The follow-up rules with a fixed clock: dates across month ends, DST changes, working days."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from leadbook.core.followups import Due, Objective, Outcome, remind_instant, to_instant
from leadbook.core.model import Channel, IntervalUnit, Lead, Source
from leadbook.core.rules import (
    ProposalSource,
    Settings,
    add_interval,
    add_working_days,
    first_response_due,
    phrases_to_avoid,
    propose_next_step,
    spacing_gap_ends,
    stop_rule_reached,
)

STOCKHOLM = ZoneInfo("Europe/Stockholm")
CHICAGO = ZoneInfo("America/Chicago")


@pytest.mark.parametrize(
    ("zone", "day", "at", "utc"),
    [
        (STOCKHOLM, date(2027, 3, 27), time(10, 0), datetime(2027, 3, 27, 9, 0, tzinfo=UTC)),  # CET, +1
        (STOCKHOLM, date(2027, 3, 28), time(10, 0), datetime(2027, 3, 28, 8, 0, tzinfo=UTC)),  # CEST, +2
        (STOCKHOLM, date(2027, 3, 28), time(2, 30), datetime(2027, 3, 28, 1, 30, tzinfo=UTC)),  # skipped hour
        (STOCKHOLM, date(2027, 10, 31), time(2, 30), datetime(2027, 10, 31, 0, 30, tzinfo=UTC)),  # repeated: first
        (CHICAGO, date(2027, 3, 13), time(9, 0), datetime(2027, 3, 13, 15, 0, tzinfo=UTC)),  # CST, -6
        (CHICAGO, date(2027, 3, 14), time(9, 0), datetime(2027, 3, 14, 14, 0, tzinfo=UTC)),  # CDT, -5
    ],
)
def test_wall_clock_times_become_the_right_instant_across_dst(zone, day, at, utc):
    assert to_instant(day, at, zone) == utc


def test_a_weekly_follow_up_keeps_its_wall_clock_time_over_the_dst_change():
    days = [date(2027, 3, 21) + timedelta(weeks=n) for n in range(3)]
    local_times = [to_instant(d, time(14, 0), STOCKHOLM).astimezone(STOCKHOLM).time() for d in days]
    assert local_times == [time(14, 0)] * 3
    instants = [to_instant(d, time(14, 0), STOCKHOLM) for d in days]
    assert instants[1] - instants[0] == timedelta(days=7, hours=-1)


def test_reminders_timed_minutes_before_and_date_only_at_start_of_day():
    timed = Due(date(2027, 3, 28), time(9, 0))
    assert remind_instant(timed, 15, time(9, 0), STOCKHOLM) == datetime(2027, 3, 28, 6, 45, tzinfo=UTC)
    whole_day = Due(date(2027, 3, 14))
    assert remind_instant(whole_day, 15, time(8, 30), CHICAGO) == datetime(2027, 3, 14, 13, 30, tzinfo=UTC)
    assert whole_day.instant(CHICAGO) == datetime(2027, 3, 14, 6, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("start", "count", "unit", "expected"),
    [
        (date(2026, 1, 31), 1, IntervalUnit.MONTHS, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, IntervalUnit.MONTHS, date(2028, 2, 29)),
        (date(2026, 11, 30), 3, IntervalUnit.MONTHS, date(2027, 2, 28)),
        (date(2026, 12, 28), 2, IntervalUnit.WEEKS, date(2027, 1, 11)),
        (date(2026, 10, 30), 3, IntervalUnit.DAYS, date(2026, 11, 2)),
    ],
)
def test_intervals_across_month_and_year_ends(start, count, unit, expected):
    assert add_interval(start, count, unit) == expected


def test_working_days_skip_weekends():
    friday = date(2026, 11, 27)
    assert add_working_days(friday, 1) == date(2026, 11, 30)
    assert add_working_days(friday, 2) == date(2026, 12, 1)
    assert add_working_days(date(2026, 11, 28), 1) == date(2026, 11, 30)


@pytest.mark.parametrize(
    ("source", "hours"),
    [
        (Source.WEB, 1),
        (Source.EMAIL, 24),
        (Source.PHONE, 4),
        (Source.AD, 4),
        (Source.REFERRAL, 48),
        (Source.EVENT, 48),
        (Source.COLD, None),
    ],
)
def test_first_response_targets_by_source(source, hours):
    created = datetime(2026, 11, 23, 8, 30, tzinfo=UTC)
    due = first_response_due(source, created, Settings())
    assert due == (None if hours is None else created + timedelta(hours=hours))


def test_first_response_targets_are_editable():
    settings = Settings(first_response_hours={**Settings().first_response_hours, "cold": 72, "web": None})
    created = datetime(2026, 11, 23, tzinfo=UTC)
    assert first_response_due(Source.COLD, created, settings) == created + timedelta(days=3)
    assert first_response_due(Source.WEB, created, settings) is None


def test_stop_rule_by_attempts_or_by_days():
    now = datetime(2026, 11, 23, tzinfo=UTC)
    settings = Settings()
    assert not stop_rule_reached(0, None, now, settings)
    assert not stop_rule_reached(5, now - timedelta(days=59), now, settings)
    assert stop_rule_reached(6, now, now, settings)
    assert stop_rule_reached(1, now - timedelta(days=60), now, settings)
    assert stop_rule_reached(3, now, now, Settings(stop_attempts=3))


def test_spacing_guard_says_when_the_gap_ends():
    friday = date(2026, 11, 27)
    settings = Settings()
    assert spacing_gap_ends(date(2026, 11, 30), friday, settings) == date(2026, 12, 1)
    assert spacing_gap_ends(date(2026, 12, 1), friday, settings) is None
    assert spacing_gap_ends(date(2026, 11, 28), None, settings) is None


def test_next_step_prefers_the_prospects_own_interval_and_channel():
    lead = Lead(name="A", preferred_channel=Channel.EMAIL, interval_count=2, interval_unit=IntervalUnit.WEEKS)
    cadence = (date(2026, 11, 26), Channel.CALL, Objective.MEETING)
    proposal = propose_next_step(lead, date(2026, 11, 23), Settings(), cadence)
    assert (proposal.due, proposal.channel, proposal.source) == (
        Due(date(2026, 12, 7)),
        Channel.EMAIL,
        ProposalSource.PREFERENCE,
    )


def test_next_step_falls_back_to_cadence_then_default():
    lead = Lead(name="A")
    cadence = (date(2026, 11, 26), Channel.CALL, Objective.MEETING)
    from_cadence = propose_next_step(lead, date(2026, 11, 23), Settings(), cadence)
    assert (from_cadence.due.day, from_cadence.objective, from_cadence.source) == (
        date(2026, 11, 26),
        Objective.MEETING,
        ProposalSource.CADENCE,
    )
    default = propose_next_step(lead, date(2026, 11, 23), Settings(), None, Channel.SMS)
    assert (default.due.day, default.channel, default.source) == (
        date(2026, 11, 30),
        Channel.SMS,
        ProposalSource.DEFAULT,
    )
    # A default landing on a weekend moves to Monday.
    assert propose_next_step(lead, date(2026, 11, 21), Settings()).due.day == date(2026, 11, 30)


def test_outcomes_that_count_as_an_answer():
    assert {o for o in Outcome if not o.answered} == {Outcome.VOICEMAIL, Outcome.NO_ANSWER}


def test_phrases_to_avoid_are_found_with_their_place():
    text = "Hi Bob, Just checking in — sorry to bother you. Ville bara höra av mig."
    hits = phrases_to_avoid(text)
    assert [h.phrase for h in hits] == ["Just checking in", "sorry to bother you", "Ville bara höra av mig"]
    assert text[hits[0].start : hits[0].end] == "Just checking in"
    assert phrases_to_avoid("Here is the figure you asked for.") == []


def test_settings_survive_json_and_ignore_unknown_keys():
    settings = Settings(stop_attempts=4, day_start="08:15")
    again = Settings.from_json(settings.to_json().replace("{", '{"from_the_future": 1, ', 1))
    assert again == settings and again.day_start_time == time(8, 15)
    assert Settings.from_json("not json") == Settings()
