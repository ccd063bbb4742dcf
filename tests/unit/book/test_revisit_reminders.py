"""Revisits remind like date-only follow-ups, and a huge backlog of reminders is listed, not read whole."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import sqlite_utils
from _book_sql import connection, execute, store_db

from leadbook.book import LeadBook
from leadbook.core.clock import FakeClock, utc_iso
from leadbook.core.followups import Due, FollowUp
from leadbook.core.model import Lead, Source, Stage
from leadbook.core.reminders import last_started_day, revisit_remind_at
from leadbook.core.revisits import NoReason
from leadbook.store import reminders as reminder_store
from leadbook.store.reminders import ReminderKind
from leadbook.store.schema import APPLICATION_ID, MIGRATIONS

MONDAY = date(2026, 11, 23)  # the conftest clock: 09:30 Stockholm (08:30 UTC)
STOCKHOLM = FakeClock(datetime(2026, 11, 23, 9, 30), "Europe/Stockholm").zone


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def said_no(book: LeadBook, name: str, revisit_on: date | None, reason: NoReason = NoReason.SUPPLIER,
            note: str = "") -> int:  # fmt: skip
    lead = book.add_lead(Lead(name=name, company=f"{name} AB", role="Buyer", phones=("+46 70-111 22 33",),
                              rapport="Likes sailing", source=Source.COLD))  # fmt: skip
    book.say_no(lead.id or 0, reason, note, revisit_on)
    return lead.id or 0


def revisit_id(book: LeadBook, lead_id: int) -> int:
    latest = book.revisit_of(lead_id)
    assert latest is not None
    return int(latest["id"])


def keys(rows) -> list[tuple[str, int]]:
    return [(row.kind.value, row.id) for row in rows]


# --- the rule ----------------------------------------------------------------------------------


def test_the_last_started_day_turns_at_the_start_of_the_working_day():
    start = time(9, 0)
    assert last_started_day(utc(2026, 11, 23, 7, 59), STOCKHOLM, start) == date(2026, 11, 22)
    assert last_started_day(utc(2026, 11, 23, 8, 0), STOCKHOLM, start) == MONDAY
    assert revisit_remind_at(MONDAY, STOCKHOLM, start) == utc(2026, 11, 23, 8, 0)
    # Stockholm springs forward on 2027-03-28: 09:00 is 07:00 UTC that day.
    assert revisit_remind_at(date(2027, 3, 28), STOCKHOLM, start) == utc(2027, 3, 28, 7, 0)
    assert last_started_day(utc(2027, 3, 28, 6, 59), STOCKHOLM, start) == date(2027, 3, 27)


# --- through the book --------------------------------------------------------------------------


def test_a_revisit_reminds_at_the_start_of_its_working_day_with_its_lead_and_reason(book: LeadBook, clock: FakeClock):
    due_on = MONDAY + timedelta(days=2)
    lead_id = said_no(book, "Anna", due_on, NoReason.SUPPLIER, "Signed with Grönt AB for a year")
    assert book.due_reminders() == []
    assert book.next_reminder_at() == utc(2026, 11, 25, 8, 0)
    clock.set(datetime(2026, 11, 25, 8, 59))
    assert book.due_reminders() == [] and book.count_due_reminders() == 0
    clock.set(datetime(2026, 11, 25, 9, 0))
    (row,) = book.due_reminders()
    assert row.kind == ReminderKind.REVISIT and row.followup is None
    assert (row.lead_id, row.lead_name, row.company, row.phone, row.rapport) == (
        lead_id,
        "Anna",
        "Anna AB",
        "+46 70-111 22 33",
        "Likes sailing",
    )
    assert row.revisit is not None and row.revisit.reason == NoReason.SUPPLIER
    assert row.revisit.note == "Signed with Grönt AB for a year" and row.revisit.contact_person == "Anna (Buyer)"
    assert row.due == Due(due_on) and row.signals_at == "2026-11-25T08:00:00Z"
    assert book.count_due_reminders() == 1
    assert book.next_reminder_at() is None


def test_revisits_and_followups_share_one_list_in_signal_order(book: LeadBook, clock: FakeClock):
    old = said_no(book, "Old", MONDAY - timedelta(days=10))
    fresh = said_no(book, "Fresh", MONDAY)
    lead = book.add_lead(Lead(name="Bea", source=Source.COLD))
    for fu in book.followups(lead.id or 0):
        book.cancel_followup(fu.id or 0)
    timed = book.plan_followup(FollowUp(lead.id or 0, Due(MONDAY - timedelta(days=3), time(10, 0)))).id
    dated = book.plan_followup(FollowUp(lead.id or 0, Due(MONDAY))).id  # 09:00 like the revisit: first
    rows = book.due_reminders()
    assert keys(rows) == [("revisit", revisit_id(book, old)), ("followup", timed), ("followup", dated),
                          ("revisit", revisit_id(book, fresh))]  # fmt: skip
    assert len({row.key for row in rows}) == 4


def test_dismissed_and_snoozed_revisit_reminders_are_kept_in_the_book(book: LeadBook, clock: FakeClock,
                                                                      tmp_path: Path):  # fmt: skip
    first = said_no(book, "First", MONDAY)
    second = said_no(book, "Second", MONDAY - timedelta(days=1))
    one, two = revisit_id(book, first), revisit_id(book, second)
    change = book.dismiss_reminders(revisits=[one])
    assert change.lead_ids == {first}
    until = utc(2026, 11, 23, 9, 0)
    assert book.snooze_reminders([], until, revisits=[two]).lead_ids == {second}
    assert book.due_reminders() == [] and book.next_reminder_at() == until
    book.close()
    clock.set(datetime(2026, 11, 23, 10, 0))
    with LeadBook.open(tmp_path / "test.leadbook", clock) as again:
        (row,) = again.due_reminders()
        assert row.key == (ReminderKind.REVISIT, two) and row.snoozed_until == "2026-11-23T09:00:00Z"
        assert again.due_reminders(utc(2030, 1, 1)) == [row]  # the dismissed one never comes back
        assert [r.lead_id for r in again.revisits()] == [second, first]  # both are still in the queue


def test_the_same_id_for_a_followup_and_a_revisit_are_two_reminders(book: LeadBook):
    lead_id = said_no(book, "Anna", MONDAY)
    number = revisit_id(book, lead_id)
    lead = book.add_lead(Lead(name="Bea", source=Source.COLD))
    for fu in book.followups(lead.id or 0):
        book.cancel_followup(fu.id or 0)
    execute(book, "DELETE FROM followups")
    execute(
        book,
        "INSERT INTO followups (id, lead_id, due_date, due_at, zone, channel, objective, remind_at, created_at, "
        "updated_at) VALUES (?, ?, '2026-11-23', '2026-11-22T23:00:00Z', 'Europe/Stockholm', 'call', 'reply', "
        "'2026-11-23T08:00:00Z', '', '')", [number, lead.id])  # fmt: skip
    assert sorted(keys(book.due_reminders())) == [("followup", number), ("revisit", number)]
    book.dismiss_reminders([number])
    assert keys(book.due_reminders()) == [("revisit", number)]


def test_a_new_working_day_start_moves_revisit_reminders(book: LeadBook, clock: FakeClock):
    said_no(book, "Anna", MONDAY + timedelta(days=1))
    book.save_settings(replace(book.settings(), day_start="07:30"))
    assert book.next_reminder_at() == utc(2026, 11, 24, 6, 30)
    book.save_settings(replace(book.settings(), day_start="10:00"))
    said_no(book, "Bea", MONDAY)
    assert book.due_reminders() == []  # 09:30: today's working day starts at 10:00 now
    assert book.next_reminder_at() == utc(2026, 11, 23, 9, 0)


def test_revisits_out_of_the_queue_stop_reminding(book: LeadBook, clock: FakeClock):
    reopened = said_no(book, "Reopened", MONDAY)
    later = said_no(book, "Later", MONDAY, NoReason.TIMING)
    never = said_no(book, "Never", MONDAY)
    moved = said_no(book, "Moved", MONDAY)
    book.reopen(reopened)
    book.still_not_now(later)  # queued again, 90 days on: a new reminder then
    book.do_not_contact(never)
    book.set_stage(moved, Stage.QUALIFIED)  # out of "no" by hand: not in the queue, no reminder
    assert book.count_due_reminders() == 0
    said_no(book, "Gone for good", None)  # "never: do not contact" has no date and never reminds
    revisits = [row for row in book.due_reminders(utc(2040, 1, 1)) if row.revisit is not None]
    assert [(row.lead_id, row.due) for row in revisits] == [(later, Due(date(2027, 2, 22)))]


def test_undo_of_saying_no_takes_the_revisit_reminder_away(book: LeadBook):
    lead_id = said_no(book, "Anna", MONDAY)
    assert book.count_due_reminders() == 1
    book.undo()
    assert book.count_due_reminders() == 0 and book.lead(lead_id).stage != Stage.NO


# --- a huge backlog --------------------------------------------------------------------------------


def _backlog(book: LeadBook, followups: int, revisits: int) -> None:
    """Due follow-ups and queued revisits written straight into the file (fast). Each follow-up
    day from 11 November on starts with follow-ups before 09:00, so revisits (at 09:00 from the
    10th) and follow-ups mix in the first rows."""
    lead = book.add_lead(Lead(name="Backlog", source=Source.COLD))
    conn = connection(book)
    conn.execute("UPDATE leads SET stage = 'no' WHERE id = ?", [lead.id])
    conn.execute("DELETE FROM followups")
    conn.execute(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
        "INSERT INTO followups (lead_id, due_date, due_at, zone, channel, objective, remind_at, created_at, "
        "updated_at) SELECT ?, '2026-11-20', '2026-11-20T08:00:00Z', 'Europe/Stockholm', 'call', 'reply', "
        "printf('2026-11-%02dT%02d:%02d:00Z', 11 + i % 10, i % 24, i % 60), '', '' FROM n",
        [followups, lead.id],
    )
    conn.execute(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
        "INSERT INTO revisits (lead_id, said_no_at, reason, revisit_on) "
        "SELECT ?, '2026-01-01T10:00:00Z', 'budget', printf('2026-11-%02d', 10 + i % 10) FROM n",
        [revisits, lead.id],
    )
    conn.commit()


def test_a_huge_backlog_is_listed_up_to_a_limit_and_counted(book: LeadBook):
    _backlog(book, 20_000, 2_000)
    listed = book.due_reminders(limit=300)
    assert len(listed) == 300
    assert book.count_due_reminders() == 22_000
    assert listed == book.due_reminders()[:300]  # the first ones, in signal order
    assert [row.signals_at for row in listed] == sorted(row.signals_at for row in listed)
    assert {row.kind for row in listed} == {ReminderKind.FOLLOWUP, ReminderKind.REVISIT}
    followups, revisits = book.due_reminder_keys()
    assert (len(followups), len(revisits)) == (20_000, 2_000)
    book.dismiss_reminders(followups[:19_990], revisits=revisits)
    assert book.count_due_reminders() == 10 and len(book.due_reminders(limit=300)) == 10


def test_the_listing_queries_are_limited_and_use_the_reminder_indexes(book: LeadBook):
    now = utc_iso(book.clock.now())
    db = store_db(book)

    def plan(sql: str, params: list) -> str:
        return " ".join(str(part) for row in db.conn.execute("EXPLAIN QUERY PLAN " + sql, params) for part in row)

    followups = (
        f"SELECT f.id FROM followups f JOIN leads l ON l.id = f.lead_id WHERE {reminder_store.ACTIVE} "
        f"AND {reminder_store.SIGNALS_AT} <= ? ORDER BY {reminder_store.SIGNALS_AT}, f.id LIMIT 300"
    )
    assert "followups_reminder_wake" in plan(followups, [now]) and "TEMP B-TREE" not in plan(followups, [now])
    for where, index in (
        (reminder_store._BY_DAY + reminder_store._DAY_ORDER, "revisits_reminder_day"),
        (reminder_store._BY_SNOOZE + reminder_store._SNOOZE_ORDER, "revisits_reminder_snoozed"),
    ):
        sql = reminder_store._revisit_sql(reminder_store._REVISIT_SELECT, where) + " LIMIT 300"
        assert "SEARCH r USING INDEX revisits_" in plan(sql, [now]), (index, plan(sql, [now]))
        assert "TEMP B-TREE" not in plan(sql, [now]), plan(sql, [now])


def test_an_older_book_gains_revisit_reminder_states_on_opening(tmp_path: Path, clock: FakeClock):
    path = tmp_path / "old.leadbook"
    conn = sqlite3.connect(path)
    db = sqlite_utils.Database(conn)
    MIGRATIONS.apply(db, stop_before="0007_revisit_reminders")
    names = [m.name for m in MIGRATIONS._migrations]
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {names.index('0007_revisit_reminders')}")
    with db.atomic():
        conn.execute("INSERT INTO leads (name, stage, created_at, updated_at) VALUES ('Old', 'no', '', '')")
        conn.execute("INSERT INTO revisits (lead_id, said_no_at, reason, revisit_on) "
                     "VALUES (1, '2026-08-01T10:00:00Z', 'timing', '2026-11-02')")  # fmt: skip
    conn.close()
    with LeadBook.open(path, clock) as book:
        (row,) = book.due_reminders()
        assert row.lead_name == "Old" and row.revisit is not None and row.revisit.reason == NoReason.TIMING
        book.dismiss_reminders(revisits=[row.id])
        assert book.due_reminders() == [] and len(book.revisits()) == 1
