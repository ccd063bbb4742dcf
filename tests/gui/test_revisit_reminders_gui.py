"""Revisits in the reminder engine and the reminders window, and a backlog longer than the list."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from leadbook.book import LeadBook
from leadbook.core.clock import FakeClock
from leadbook.core.followups import Due, FollowUp
from leadbook.core.model import Lead, Source
from leadbook.core.reminders import Snooze
from leadbook.core.revisits import NoReason
from leadbook.gui.reminders import engine as reminder_engine
from leadbook.gui.reminders import window as reminders_window
from leadbook.gui.reminders.engine import ReminderEngine
from leadbook.gui.reminders.tray import notification_text
from leadbook.gui.reminders.window import RemindersWindow
from leadbook.store.reminders import ReminderKind

MONDAY = date(2026, 11, 23)  # conftest: 09:30 in Stockholm = 08:30 UTC


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def said_no(book: LeadBook, name: str, revisit_on: date, reason: NoReason = NoReason.SUPPLIER, note: str = "") -> int:
    lead = book.add_lead(Lead(name=name, company="Carter Pools", role="Owner", phones=("+1 555 0100",),
                              source=Source.COLD))  # fmt: skip
    book.say_no(lead.id or 0, reason, note, revisit_on)
    return lead.id or 0


def followup(book: LeadBook, name: str, day: date, at: time | None) -> int:
    added = book.add_lead(Lead(name=name, source=Source.COLD))
    for fu in book.followups(added.id or 0):
        book.cancel_followup(fu.id or 0)
    return book.plan_followup(FollowUp(added.id or 0, Due(day, at))).id or 0


def revisit_id(book: LeadBook, lead_id: int) -> int:
    return int((book.revisit_of(lead_id) or {})["id"])


@pytest.fixture
def engine(qtbot, book: LeadBook):
    made = ReminderEngine(book)
    yield made
    made.stop()


# --- the engine ------------------------------------------------------------------------------------


def test_the_engine_arms_its_timer_on_a_revisit_and_signals_it(book, engine, clock: FakeClock):
    lead_id = said_no(book, "Bob Carter", MONDAY + timedelta(days=1))
    heard: list[list[tuple]] = []
    engine.due.connect(lambda rows: heard.append([row.key for row in rows]))
    engine.start()
    assert heard == [] and engine.wake_at == utc(2026, 11, 24, 8, 0)
    assert engine.timer.isActive()
    clock.set(datetime(2026, 11, 24, 9, 0))
    engine.check()
    assert heard == [[(ReminderKind.REVISIT, revisit_id(book, lead_id))]]
    title, message = notification_text(engine.current)
    assert title == "Reminder: Bob Carter · Carter Pools"
    assert message.startswith("Revisit · Has a supplier — due Tue 11/24/26")


def test_a_backlog_longer_than_the_list_is_announced_once(book, engine, clock: FakeClock, monkeypatch):
    monkeypatch.setattr(reminder_engine, "LISTED_AT_MOST", 3)
    backlog = [followup(book, f"Old {n}", MONDAY - timedelta(days=10 - n), time(10, 0)) for n in range(5)]
    said_no(book, "Older no", MONDAY - timedelta(days=20))
    heard: list[list[tuple]] = []
    engine.due.connect(lambda rows: heard.append([row.key for row in rows]))
    engine.start()
    assert heard == [[]]  # the catch-up shows the window once; a backlog from earlier days is not news
    assert engine.count == 6 and len(engine.current) == 3
    book.dismiss_reminders(backlog[:2])  # older rows move up into the list: nothing new
    engine.check()
    assert len(heard) == 1 and engine.count == 4
    fresh = followup(book, "Fresh", MONDAY, time(10, 0))  # reminds at 09:45
    clock.set(datetime(2026, 11, 23, 9, 45))
    engine.check()
    assert heard[-1] == [(ReminderKind.FOLLOWUP, fresh)]  # past the list, yet announced
    assert engine.count == 5
    engine.check()
    assert len(heard) == 2


# --- the window ------------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, book: LeadBook) -> RemindersWindow:
    made = RemindersWindow(book)
    qtbot.addWidget(made)
    return made


def test_a_revisit_row_says_revisit_and_why_they_said_no(qtbot, book, window, clock: FakeClock):
    lead_id = said_no(book, "Bob Carter", MONDAY - timedelta(days=2), NoReason.BUDGET, "Budget frozen until Q1")
    fu = followup(book, "Anna Svensson", MONDAY, time(9, 40))
    window.refresh()
    tree = window.tree
    rows = [[item.text(c) for c in range(4)] for item in window.row_items()]
    assert rows[1][:2] == ["Bob Carter · Carter Pools", "Revisit · Budget"]
    assert rows[1][3] == "Overdue by 2 days"
    assert rows[0][0] == "Anna Svensson"
    assert [tree.topLevelItem(n).text(0) for n in range(tree.topLevelItemCount())] == ["Today", "Revisits"]
    number = revisit_id(book, lead_id)
    assert window.select(number, ReminderKind.REVISIT)
    details = window.details.text()
    assert "Revisit: said no on 11/23/26 (Budget), by Bob Carter (Owner)" in details
    assert "Budget frozen until Q1" in details and "Is this still the person responsible for buying?" in details
    assert window.open_button.isEnabled() and window.dismiss_button.isEnabled()
    assert not window.done_button.isEnabled() and not window.no_answer_button.isEnabled()
    with qtbot.waitSignal(window.open_requested) as opened:
        window.open_button.click()
    assert opened.args == [lead_id, 0]
    window.select(fu)
    assert window.done_button.isEnabled()


def test_dismiss_and_snooze_a_revisit_from_the_window(book, window, clock: FakeClock):
    first = said_no(book, "Bob Carter", MONDAY)
    second = said_no(book, "Cleo Marsh", MONDAY)
    fu = followup(book, "Anna Svensson", MONDAY, time(9, 40))
    window.refresh()
    window.select(revisit_id(book, first), ReminderKind.REVISIT)
    window.dismiss_button.click()
    assert [row.key for row in book.due_reminders()] == [(ReminderKind.REVISIT, revisit_id(book, second)),
                                                          (ReminderKind.FOLLOWUP, fu)]  # fmt: skip
    window.select(revisit_id(book, second), ReminderKind.REVISIT)
    window.set_snooze_choice(Snooze.HOUR_1)
    window.snooze_button.click()
    assert [row.key for row in book.due_reminders()] == [(ReminderKind.FOLLOWUP, fu)]
    clock.advance(hours=1)
    assert (ReminderKind.REVISIT, revisit_id(book, second)) in [row.key for row in book.due_reminders()]
    assert [row.lead_id for row in book.revisits()] == [first, second]  # reminders only: still queued


def test_a_backlog_is_listed_up_to_a_limit_and_dismiss_all_takes_in_every_one(book, window, monkeypatch):
    monkeypatch.setattr(reminders_window, "MAX_LISTED", 3)
    for n in range(4):
        followup(book, f"Lead {n}", MONDAY - timedelta(days=1), time(10 + n, 0))
    said_no(book, "Bob Carter", MONDAY - timedelta(days=3))
    window.refresh()
    assert window.tree.topLevelItemCount() == 3 and len(window.rows()) == 3  # Overdue, Revisits, and the rest
    assert window.tree.topLevelItem(2).text(0) == "… and 2 more (Dismiss all and Snooze all include them)"
    assert window.heading.text() == "5 reminders"
    window.dismiss_all_button.click()
    assert book.count_due_reminders() == 0
