"""The book's side of calendar sync (no network): what is published, the state kept in the book, and
the phone's moves, deletions and "done" as ordinary undoable changes with history entries."""

from datetime import date, time

import icalendar

from leadbook.book import LeadBook
from leadbook.core.followups import Due, State
from leadbook.core.model import Lead, Source
from leadbook.interop.ical import followup_uid
from leadbook.store.sync_state import SyncedItem


def _lead(book: LeadBook) -> int:
    lead = book.add_lead(
        Lead(name="Anna Svensson", company="Åkerlund Trädgård AB", source=Source.REFERRAL,
             phones=("+46 70-123 45 67",), rapport="Loves the Packers")
    )  # fmt: skip
    return int(lead.id or 0)


def test_every_planned_followup_is_published_with_the_export_uid_a_tel_link_the_rapport_and_an_alarm(book):
    lead_id = _lead(book)
    (item,) = book.published_items()
    fu = book.followups(lead_id)[0]
    assert item.uid == followup_uid(int(fu.id or 0), book.book_id())
    event = icalendar.Calendar.from_ical(book.calendar_object(item)).walk("VEVENT")[0]
    assert str(event["url"]) == "tel:+46701234567"
    assert "Anna Svensson" in str(event["summary"])
    assert "Loves the Packers" in str(event["description"])
    assert event.walk("VALARM")


def test_the_fingerprint_changes_when_what_the_calendar_shows_changes_and_only_then(book):
    lead_id = _lead(book)
    before = book.published_items()[0].fingerprint
    assert book.published_items()[0].fingerprint == before
    fu = book.followups(lead_id)[0]
    book.reschedule_followup(int(fu.id or 0), Due(date(2026, 11, 27), time(14, 0)))
    assert book.published_items()[0].fingerprint != before


def test_a_move_from_the_phone_is_an_undoable_move_with_a_history_entry(book):
    lead_id = _lead(book)
    fu = book.followups(lead_id)[0]
    book.move_from_phone(int(fu.id or 0), Due(date(2026, 11, 26), time(13, 0)))
    assert book.followup(int(fu.id or 0)).due == Due(date(2026, 11, 26), time(13, 0))
    assert [(e.kind, e.text) for e in book.timeline(lead_id) if e.kind == "phone"] == [("phone", "moved")]
    assert book.undo_label == "Move follow-up"
    book.undo()
    assert book.followup(int(fu.id or 0)).due == fu.due
    assert not [e for e in book.timeline(lead_id) if e.kind == "phone"]


def test_a_deletion_on_the_phone_cancels_the_followup_and_undo_plans_it_again(book):
    lead_id = _lead(book)
    fu = book.followups(lead_id)[0]
    book.cancel_from_phone(int(fu.id or 0))
    assert book.followup(int(fu.id or 0)).state == State.CANCELLED
    assert [e.text for e in book.timeline(lead_id) if e.kind == "phone"] == ["deleted"]
    book.undo()
    assert book.followup(int(fu.id or 0)).state == State.PLANNED


def test_the_sync_state_and_done_on_phone_outlive_a_restart(tmp_path, clock):
    path = tmp_path / "kept.leadbook"
    with LeadBook.open(path, clock) as book:
        lead_id = _lead(book)
        item = book.published_items()[0]
        fu_id = item.followup_id
        book.record_sync(
            [SyncedItem(item.uid, fu_id, "/anna/leadbook/x.ics", '"e1"', item.fingerprint)],
            calendar=("http://127.0.0.1/anna/leadbook/", "token-1"),
        )
        book.mark_done_on_phone(item.uid)
    with LeadBook.open(path, clock) as book:
        url, token, items = book.sync_state()
        assert (url, token) == ("http://127.0.0.1/anna/leadbook/", "token-1")
        assert items[item.uid].etag == '"e1"'
        assert [fu.id for fu in book.done_on_phone()] == [fu_id]
        book.asked_about_done_on_phone(fu_id)
        assert book.done_on_phone() == []
        book.forget_sync()
        assert book.sync_state() == ("", "", {})
        assert book.followups(lead_id)


def test_a_queued_revisit_is_published_as_an_all_day_event_with_an_alarm_on_its_day(book):
    from leadbook.core.revisits import NoReason

    lead_id = _lead(book)
    book.say_no(lead_id, NoReason.BUDGET, "Budget frozen until Q1", date(2027, 2, 15))
    (item,) = [p for p in book.published_items() if p.is_revisit]
    assert item.uid.startswith("revisit-")
    event = icalendar.Calendar.from_ical(book.calendar_object(item)).walk("VEVENT")[0]
    assert event["dtstart"].dt == date(2027, 2, 15)
    assert str(event["summary"]) == "Revisit: Anna Svensson (Åkerlund Trädgård AB)"
    assert "Budget frozen until Q1" in str(event["description"])
    assert event.walk("VALARM") and str(event["url"]) == "tel:+46701234567"
    book.reopen(lead_id)
    assert not [p for p in book.published_items() if p.is_revisit]
