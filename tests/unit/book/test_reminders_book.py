"""Reminders through the book: due and next, dismiss and snooze kept in the file, DST, migration."""

from __future__ import annotations

import random
import sqlite3
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
import sqlite_utils
from _book_sql import connection, store_db

from leadbook.book import Change, LeadBook
from leadbook.core.clock import FakeClock, utc_iso
from leadbook.core.followups import Due, FollowUp, Outcome
from leadbook.core.model import Channel, Lead, Source
from leadbook.core.reminders import Snooze, due_reminders
from leadbook.store import followups as fu_store
from leadbook.store import reminders as reminder_store
from leadbook.store.schema import APPLICATION_ID, MIGRATIONS

MONDAY = date(2026, 11, 23)  # the conftest clock: 09:30 Stockholm (08:30 UTC)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def lead(book: LeadBook, name: str = "Anna") -> int:
    """A lead without the automatic first follow-up (cold leads get one tomorrow: cancel it)."""
    added = book.add_lead(Lead(name=name, source=Source.COLD))
    for fu in book.followups(added.id or 0):
        book.cancel_followup(fu.id or 0)
    return added.id or 0


def plan(book: LeadBook, lead_id: int, day: date, at: time | None = None, minutes: int = 15, **more) -> int:
    return book.plan_followup(FollowUp(lead_id, Due(day, at), remind_minutes=minutes, **more)).id or 0


def ids(rows) -> list[int]:
    return [row.id for row in rows]


def test_due_and_next_follow_the_clock(book: LeadBook, clock: FakeClock):
    anna = lead(book)
    early = plan(book, anna, MONDAY, time(9, 40))  # reminds 09:25: due
    later = plan(book, anna, MONDAY, time(11, 0))  # reminds 10:45
    dated = plan(book, anna, MONDAY + timedelta(days=1))  # reminds Tuesday 09:00
    quiet = plan(book, anna, MONDAY, time(9, 35), remind=False)
    assert ids(book.due_reminders()) == [early]
    assert book.next_reminder_at() == utc(2026, 11, 23, 9, 45)
    clock.set(datetime(2026, 11, 23, 10, 45))
    assert ids(book.due_reminders()) == [early, later]
    assert book.next_reminder_at() == utc(2026, 11, 24, 8, 0)
    clock.set(datetime(2026, 11, 24, 9, 0))
    assert ids(book.due_reminders()) == [early, later, dated]
    assert book.next_reminder_at() is None
    assert quiet not in ids(book.due_reminders(utc(2030, 1, 1)))


def test_a_due_reminder_carries_its_lead(book: LeadBook):
    added = book.add_lead(
        Lead(
            name="Jürgen Müller",
            company="Müller GmbH",
            phones=("+49 151 2345678",),
            rapport="Packers fan",
            source=Source.COLD,
        )
    )
    fu = plan(book, added.id or 0, MONDAY, time(9, 0), channel=Channel.EMAIL)
    (row,) = [r for r in book.due_reminders() if r.id == fu]
    assert (row.lead_name, row.company, row.phone, row.rapport) == (
        "Jürgen Müller",
        "Müller GmbH",
        "+49 151 2345678",
        "Packers fan",
    )
    assert row.followup.channel == Channel.EMAIL
    assert row.signals_at == "2026-11-23T07:45:00Z"


def test_dismissed_reminders_never_come_back_even_after_a_restart(book: LeadBook, clock: FakeClock, tmp_path):
    anna = lead(book)
    first = plan(book, anna, MONDAY, time(9, 0))
    second = plan(book, anna, MONDAY, time(9, 10))
    heard: list[Change] = []
    book.subscribe(heard.append)
    change = book.dismiss_reminders([first])
    assert heard == [change] and change.lead_ids == {anna}
    assert ids(book.due_reminders()) == [second]
    book.close()
    with LeadBook.open(tmp_path / "test.leadbook", clock) as again:
        assert ids(again.due_reminders(utc(2030, 1, 1))) == [second]
        assert again.followup(first).state.value == "planned"  # the follow-up itself stays planned
        again.dismiss_reminders([second, second])
        assert again.due_reminders(utc(2030, 1, 1)) == []
        assert again.next_reminder_at() is None


def test_snoozed_reminders_come_back_at_the_snooze_end_after_a_restart(book: LeadBook, clock: FakeClock, tmp_path):
    anna = lead(book)
    fu = plan(book, anna, MONDAY, time(9, 0))
    until = book.snooze_target(Snooze.MINUTES_10)
    assert until == utc(2026, 11, 23, 8, 40)
    change = book.snooze_reminders([fu], until)
    assert change.lead_ids == {anna}
    assert book.due_reminders() == []
    assert book.next_reminder_at() == until
    book.close()
    clock.advance(minutes=10)
    with LeadBook.open(tmp_path / "test.leadbook", clock) as again:
        (row,) = again.due_reminders()
        assert (row.id, row.snoozed_until, row.signals_at) == (fu, "2026-11-23T08:40:00Z", "2026-11-23T08:40:00Z")


def test_snooze_tomorrow_and_next_week_use_the_working_day_start(book: LeadBook):
    from dataclasses import replace

    book.save_settings(replace(book.settings(), day_start="08:15"))
    assert book.snooze_target(Snooze.TOMORROW) == utc(2026, 11, 24, 7, 15)
    assert book.snooze_target(Snooze.NEXT_WEEK) == utc(2026, 11, 30, 7, 15)
    with pytest.raises(ValueError):
        book.snooze_reminders([1], datetime(2026, 11, 24, 9, 0))


def test_moving_a_followup_starts_its_reminder_afresh(book: LeadBook, clock: FakeClock):
    anna = lead(book)
    fu = plan(book, anna, MONDAY, time(9, 0))
    book.dismiss_reminders([fu])
    book.update_followup(book.followup(fu).with_changes(objective_note="bring the price list"))
    assert book.due_reminders() == []  # an edit that does not move it keeps it dismissed
    book.reschedule_followup(fu, Due(MONDAY, time(11, 0)))
    assert book.next_reminder_at() == utc(2026, 11, 23, 9, 45)
    clock.set(datetime(2026, 11, 23, 10, 45))
    assert ids(book.due_reminders()) == [fu]
    book.snooze_reminders([fu], utc(2026, 11, 23, 12, 0))
    book.update_followup(book.followup(fu).with_changes(remind_minutes=5))
    assert book.next_reminder_at() == utc(2026, 11, 23, 9, 55)  # the snooze went with the old time


def test_a_new_working_day_start_moves_date_only_reminders_but_not_dismissals(book: LeadBook, clock: FakeClock):
    from dataclasses import replace

    anna = lead(book)
    today = plan(book, anna, MONDAY)
    tomorrow = plan(book, anna, MONDAY + timedelta(days=1))
    book.dismiss_reminders([today])
    book.save_settings(replace(book.settings(), day_start="07:30"))
    assert book.due_reminders() == []
    assert book.next_reminder_at() == utc(2026, 11, 24, 6, 30)
    assert book.followup(tomorrow).remind_at == "2026-11-24T06:30:00Z"


def test_logged_and_cancelled_followups_stop_reminding_and_undo_brings_them_back(book: LeadBook):
    anna = lead(book)
    fu = plan(book, anna, MONDAY, time(9, 0))
    other = plan(book, anna, MONDAY, time(9, 5))
    book.snooze_reminders([other], utc(2026, 11, 23, 8, 35))
    book.complete_followup(fu, Outcome.NO_ANSWER)
    book.cancel_followup(other)
    assert book.due_reminders(utc(2030, 1, 1)) == []
    book.undo()
    book.undo()
    assert ids(book.due_reminders(utc(2030, 1, 1))) == [fu, other]
    assert book.due_reminders(utc(2030, 1, 1))[1].snoozed_until == "2026-11-23T08:35:00Z"


def test_dst_spring_forward_in_stockholm(tmp_path):
    clock = FakeClock(datetime(2027, 3, 27, 20, 0), "Europe/Stockholm")  # Saturday, CET (UTC+1)
    with LeadBook.open(tmp_path / "s.leadbook", clock) as book:
        anna = lead(book)
        timed = plan(book, anna, date(2027, 3, 28), time(8, 0))  # 07:45 CEST = 05:45 UTC
        dated = plan(book, anna, date(2027, 3, 28))  # 09:00 CEST = 07:00 UTC
        assert book.next_reminder_at() == utc(2027, 3, 28, 5, 45)
        assert book.next_reminder_at(utc(2027, 3, 28, 5, 45)) == utc(2027, 3, 28, 7, 0)
        clock.set(datetime(2027, 3, 28, 7, 44))
        assert book.due_reminders() == []
        clock.set(datetime(2027, 3, 28, 7, 45))
        assert ids(book.due_reminders()) == [timed]
        assert book.snooze_target(Snooze.HOURS_4) == utc(2027, 3, 28, 9, 45)
        clock.set(datetime(2027, 3, 28, 9, 0))
        assert ids(book.due_reminders()) == [timed, dated]


def test_dst_spring_forward_in_chicago(tmp_path):
    clock = FakeClock(datetime(2027, 3, 13, 18, 0), "America/Chicago")  # Saturday, CST (UTC-6)
    with LeadBook.open(tmp_path / "c.leadbook", clock) as book:
        anna = lead(book)
        timed = plan(book, anna, date(2027, 3, 14), time(2, 30), minutes=0)  # skipped hour: 03:30 CDT
        dated = plan(book, anna, date(2027, 3, 14))  # 09:00 CDT = 14:00 UTC
        assert book.next_reminder_at() == utc(2027, 3, 14, 8, 30)
        clock.set(datetime(2027, 3, 14, 3, 30))
        assert ids(book.due_reminders()) == [timed]
        assert book.snooze_target(Snooze.TOMORROW) == utc(2027, 3, 15, 14, 0)
        assert book.next_reminder_at() == utc(2027, 3, 14, 14, 0)
        clock.set(datetime(2027, 3, 14, 9, 0))
        assert ids(book.due_reminders()) == [timed, dated]


def test_the_queries_follow_the_core_rule(book: LeadBook, clock: FakeClock):
    """Random plans, snoozes and dismissals: SQL and core.reminders agree at every instant."""
    chance = random.Random(2027)
    anna = lead(book)
    planned = [
        plan(
            book,
            anna,
            MONDAY + timedelta(days=chance.randint(-3, 3)),
            chance.choice([None, time(chance.randint(0, 23), chance.choice([0, 15, 30, 45]))]),
            minutes=chance.choice([0, 5, 15, 60]),
        )
        for _ in range(40)
    ]
    for fu in chance.sample(planned, 10):
        book.snooze_reminders([fu], utc(2026, 11, 23) + timedelta(minutes=chance.randint(-3000, 3000)))
    book.dismiss_reminders(chance.sample(planned, 8))
    states = reminder_store.reminder_states(store_db(book))  # comparing the store with the rule
    assert len(states) == 40
    for _ in range(60):
        now = utc(2026, 11, 23) + timedelta(minutes=chance.randint(-5000, 5000))
        assert ids(book.due_reminders(now)) == [s.followup_id for s in due_reminders(states, now)]
        upcoming = [s.signals_at for s in states if s.signals_at is not None and s.signals_at > now]
        assert book.next_reminder_at(now) == (min(upcoming) if upcoming else None)


def test_the_due_query_uses_the_wake_up_index(book: LeadBook):
    plans = [
        " ".join(str(part) for part in row)
        for row in connection(book).execute(
            "EXPLAIN QUERY PLAN SELECT f.id FROM followups f WHERE "
            f"{reminder_store.ACTIVE} AND {reminder_store.SIGNALS_AT} <= ?",
            ["2026"],
        )
    ]
    assert any("followups_reminder_wake" in line for line in plans), plans


def test_an_older_book_gains_reminder_states_on_opening(tmp_path: Path, clock: FakeClock):
    path = tmp_path / "old.leadbook"
    conn = sqlite3.connect(path)
    db = sqlite_utils.Database(conn)
    MIGRATIONS.apply(db, stop_before="0004_reminders")
    names = [m.name for m in MIGRATIONS._migrations]
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {names.index('0004_reminders')}")
    now = utc_iso(clock.now())
    with db.atomic():
        conn.execute("INSERT INTO leads (name, created_at, updated_at) VALUES ('Old', ?, ?)", [now, now])
        row = fu_store.followup_to_row(
            FollowUp(1, Due(MONDAY, time(9, 0)), created_at=now, updated_at=now), clock.zone, time(9, 0)
        )
        fu_store.insert_followup(db, row)
    conn.close()
    with LeadBook.open(path, clock) as book:
        (row,) = book.due_reminders()
        assert row.lead_name == "Old" and row.snoozed_until == ""
        book.dismiss_reminders([row.id])
        assert book.due_reminders() == []
