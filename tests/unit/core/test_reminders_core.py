"""The reminder rules as plain functions of instants: due, next wake-up, snooze targets, lateness."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from leadbook.core.followups import Due, remind_instant
from leadbook.core.reminders import (
    Lateness,
    ReminderState,
    Snooze,
    Unit,
    due_reminders,
    is_due,
    lateness,
    next_monday,
    next_wake,
    snooze_until,
)

STOCKHOLM = ZoneInfo("Europe/Stockholm")
CHICAGO = ZoneInfo("America/Chicago")
NINE = time(9, 0)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_a_reminder_signals_at_remind_at_until_snoozed_or_dismissed():
    plain = ReminderState(1, utc(2026, 11, 23, 9))
    assert plain.signals_at == utc(2026, 11, 23, 9)
    snoozed = ReminderState(1, utc(2026, 11, 23, 9), snoozed_until=utc(2026, 11, 23, 9, 5))
    assert snoozed.signals_at == utc(2026, 11, 23, 9, 5)
    assert ReminderState(1, utc(2026, 11, 23, 9), dismissed=True).signals_at is None
    assert not is_due(snoozed, utc(2026, 11, 23, 9, 4))
    assert is_due(snoozed, utc(2026, 11, 23, 9, 5))
    assert not is_due(ReminderState(1, utc(2000, 1, 1), dismissed=True), utc(2030, 1, 1))


def test_due_reminders_come_in_the_order_they_signalled():
    now = utc(2026, 11, 23, 12)
    states = [
        ReminderState(1, utc(2026, 11, 23, 11)),
        ReminderState(2, utc(2026, 11, 23, 8), snoozed_until=utc(2026, 11, 23, 11, 30)),
        ReminderState(3, utc(2026, 11, 22, 9)),
        ReminderState(4, utc(2026, 11, 23, 13)),
        ReminderState(5, utc(2026, 11, 20, 9), dismissed=True),
        ReminderState(6, utc(2026, 11, 23, 11)),
    ]
    assert [r.followup_id for r in due_reminders(states, now)] == [3, 1, 6, 2]


def test_next_wake_is_the_first_signal_after_now():
    now = utc(2026, 11, 23, 12)
    states = [
        ReminderState(1, utc(2026, 11, 23, 11)),  # due already: not a wake-up
        ReminderState(2, utc(2026, 11, 23, 14)),
        ReminderState(3, utc(2026, 11, 23, 8), snoozed_until=utc(2026, 11, 23, 12, 5)),
        ReminderState(4, utc(2026, 11, 23, 12, 1), dismissed=True),
    ]
    assert next_wake(states, now) == utc(2026, 11, 23, 12, 5)
    assert next_wake([], now) is None
    assert next_wake(states[:1], now) is None


def test_a_pause_holds_back_what_comes_due_during_it():
    now = utc(2026, 11, 23, 12)
    paused = now + timedelta(hours=1)
    states = [ReminderState(1, utc(2026, 11, 23, 12, 30)), ReminderState(2, utc(2026, 11, 23, 15))]
    assert next_wake(states, now, paused) == paused
    assert next_wake(states[1:], now, paused) == utc(2026, 11, 23, 15)
    assert next_wake([], now, paused) is None


def test_due_and_next_wake_split_time_between_them():
    # Random books of reminders (seeded; hypothesis would leave a .hypothesis folder that
    # the project's norecursedirs turns into a collection error).
    chance = random.Random(20271103)
    for _ in range(300):
        raw = [
            (chance.randint(0, 2000), chance.choice([None, chance.randint(0, 2000)]), chance.random() < 0.2)
            for _ in range(chance.randint(0, 20))
        ]
        _check_split(raw, chance.randint(0, 2000))


def _check_split(raw: list[tuple[int, int | None, bool]], minute: int) -> None:
    base = utc(2027, 3, 28)
    states = [
        ReminderState(i, base + timedelta(minutes=r), None if s is None else base + timedelta(minutes=s), d)
        for i, (r, s, d) in enumerate(raw)
    ]
    now = base + timedelta(minutes=minute)
    due = due_reminders(states, now)
    wake = next_wake(states, now)
    assert all(r.signals_at is not None and r.signals_at <= now for r in due)
    assert {r.followup_id for r in due} | {r.followup_id for r in states if r.dismissed or r.signals_at > now} == {
        r.followup_id for r in states
    }
    if wake is not None:
        assert wake > now
        assert due_reminders(states, wake - timedelta(microseconds=1)) == due
        assert len(due_reminders(states, wake)) > len(due)


# --- snooze targets -----------------------------------------------------------------------


def test_minutes_and_hours_are_elapsed_time():
    now = utc(2026, 11, 23, 8, 30)
    assert snooze_until(Snooze.MINUTES_5, now, STOCKHOLM, NINE) == utc(2026, 11, 23, 8, 35)
    assert snooze_until(Snooze.MINUTES_10, now, STOCKHOLM, NINE) == utc(2026, 11, 23, 8, 40)
    assert snooze_until(Snooze.MINUTES_15, now, STOCKHOLM, NINE) == utc(2026, 11, 23, 8, 45)
    assert snooze_until(Snooze.HOUR_1, now, STOCKHOLM, NINE) == utc(2026, 11, 23, 9, 30)
    assert snooze_until(Snooze.HOURS_4, now, STOCKHOLM, NINE) == utc(2026, 11, 23, 12, 30)


def test_four_hours_over_the_spring_gap_are_four_real_hours():
    # Stockholm 2027-03-28: 02:00 becomes 03:00. 00:30 local + 4 h = 05:30 local, not 04:30.
    now = datetime(2027, 3, 28, 0, 30, tzinfo=STOCKHOLM)
    landed = snooze_until(Snooze.HOURS_4, now, STOCKHOLM, NINE).astimezone(STOCKHOLM)
    assert (landed.hour, landed.minute) == (5, 30)


def test_tomorrow_is_the_start_of_the_next_day_across_dst():
    # Saturday evening in Stockholm before the spring change: tomorrow 09:00 is CEST (UTC+2).
    now = datetime(2027, 3, 27, 16, 0, tzinfo=STOCKHOLM)
    assert snooze_until(Snooze.TOMORROW, now, STOCKHOLM, NINE) == utc(2027, 3, 28, 7, 0)
    # In Chicago 2027-03-14 02:00 becomes 03:00: tomorrow 09:00 CDT is 14:00 UTC (it was 15:00 the day before).
    now = datetime(2027, 3, 13, 22, 0, tzinfo=CHICAGO)
    assert snooze_until(Snooze.TOMORROW, now, CHICAGO, NINE) == utc(2027, 3, 14, 14, 0)
    now = datetime(2027, 3, 12, 22, 0, tzinfo=CHICAGO)
    assert snooze_until(Snooze.TOMORROW, now, CHICAGO, NINE) == utc(2027, 3, 13, 15, 0)


def test_tomorrow_counts_local_days_not_utc_days():
    # 00:30 in Stockholm on Tuesday is still Monday in UTC: tomorrow is Wednesday.
    now = datetime(2026, 11, 24, 0, 30, tzinfo=STOCKHOLM)
    landed = snooze_until(Snooze.TOMORROW, now, STOCKHOLM, time(8, 15)).astimezone(STOCKHOLM)
    assert (landed.date(), landed.hour, landed.minute) == (date(2026, 11, 25), 8, 15)


def test_next_week_is_monday_at_the_start_of_the_working_day():
    for day in range(23, 30):  # Monday 23 to Sunday 29 November 2026
        assert next_monday(date(2026, 11, day)) == date(2026, 11, 30)
    now = datetime(2026, 11, 26, 15, 0, tzinfo=STOCKHOLM)  # a Thursday
    assert snooze_until(Snooze.NEXT_WEEK, now, STOCKHOLM, NINE) == utc(2026, 11, 30, 8, 0)
    # Chicago: Friday before the change, Monday after it, 09:00 CDT.
    now = datetime(2027, 3, 12, 10, 0, tzinfo=CHICAGO)
    assert snooze_until(Snooze.NEXT_WEEK, now, CHICAGO, NINE) == utc(2027, 3, 15, 14, 0)


# --- remind_at, the other end of the rule -------------------------------------------------------


def test_remind_at_is_dst_correct_for_timed_and_date_only_followups():
    # Timed, 08:00 on the Stockholm change day, 15 minutes before: 07:45 CEST = 05:45 UTC.
    assert remind_instant(Due(date(2027, 3, 28), time(8, 0)), 15, NINE, STOCKHOLM) == utc(2027, 3, 28, 5, 45)
    # The day before it is still CET: 07:45 = 06:45 UTC.
    assert remind_instant(Due(date(2027, 3, 27), time(8, 0)), 15, NINE, STOCKHOLM) == utc(2027, 3, 27, 6, 45)
    # Date-only in Chicago: the start of the working day, 09:00 CDT = 14:00 UTC.
    assert remind_instant(Due(date(2027, 3, 14)), 15, NINE, CHICAGO) == utc(2027, 3, 14, 14, 0)
    # A working day starting in the skipped hour lands where a wall clock would show it.
    assert remind_instant(Due(date(2027, 3, 14)), 15, time(2, 30), CHICAGO) == utc(2027, 3, 14, 8, 30)


# --- how late ---------------------------------------------------------------------------------


def test_lateness_of_timed_followups():
    due = Due(date(2026, 11, 23), time(10, 0))
    at = datetime(2026, 11, 23, 9, 45, tzinfo=STOCKHOLM)
    assert lateness(due, at, STOCKHOLM) == Lateness(False, 15, Unit.MINUTES)
    assert lateness(due, at + timedelta(minutes=15), STOCKHOLM) == Lateness(False, 0, Unit.MINUTES)
    assert lateness(due, at + timedelta(minutes=17), STOCKHOLM) == Lateness(True, 2, Unit.MINUTES)
    assert lateness(due, at + timedelta(hours=3), STOCKHOLM) == Lateness(True, 2, Unit.HOURS)
    assert lateness(due, at + timedelta(days=3), STOCKHOLM) == Lateness(True, 2, Unit.DAYS)


def test_lateness_of_date_only_followups_counts_local_days():
    due = Due(date(2026, 11, 23))
    assert lateness(due, datetime(2026, 11, 23, 23, 59, tzinfo=STOCKHOLM), STOCKHOLM) == Lateness(False, 0, Unit.DAYS)
    assert lateness(due, datetime(2026, 11, 25, 0, 1, tzinfo=STOCKHOLM), STOCKHOLM) == Lateness(True, 2, Unit.DAYS)
    assert lateness(due, datetime(2026, 11, 22, 9, 0, tzinfo=STOCKHOLM), STOCKHOLM) == Lateness(False, 1, Unit.DAYS)
