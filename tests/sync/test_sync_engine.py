"""Two-way sync against a real Radicale: publish, edit, move back, complete, delete, conflicts, a wrong
password, the server killed mid-sync, and Leadbook closed and opened again in between. The phone is a
plain caldav client on the same account."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import icalendar
import pytest
from radicale_server import PASSWORD, USER

from leadbook.book import LeadBook
from leadbook.core.followups import Due, State
from leadbook.core.model import Lead, Source
from leadbook.sync import connection
from leadbook.sync.engine import Engine, Fault, Report

pytestmark = pytest.mark.slow  # a real server process per test

NAMES = ("Anna Svensson", "Björn Lindqvist", "Chen Jing")


def _leads(book: LeadBook, names=NAMES) -> list[int]:
    return [
        int(book.add_lead(Lead(name=n, company="Trädgård AB", source=Source.REFERRAL, phones=("+46 70 123 45 67",),
                               rapport="Packers fan")).id or 0)
        for n in names
    ]  # fmt: skip


class Sync:
    """Leadbook's side: a calendar made on the test server, and one sync at a time on a fresh client."""

    def __init__(self, radicale, password: str = PASSWORD) -> None:
        self.radicale = radicale
        self.password = password
        dav, principal, found = connection.discover(radicale.url, USER, PASSWORD)
        self.url = connection.calendar_for(principal, found, "Leadbook").url
        self.auth_type = connection.auth_type_of(dav)  # learned at setup, as the account keeps it
        assert self.auth_type == "basic"
        dav.close()
        self.client = None

    def __call__(self, book: LeadBook, password: str | None = None) -> Report:
        self.client = connection.client(self.url, USER, password or self.password, auth_type=self.auth_type)
        try:
            return Engine(book, self.client, self.url).run()
        finally:
            self.client.close()


@pytest.fixture
def sync(radicale) -> Sync:
    return Sync(radicale)


def _phone_calendar(phone, url: str):
    import caldav

    return caldav.Calendar(client=phone, url=url)


def _events(phone, url: str) -> dict[str, icalendar.Event]:
    """The calendar as the phone sees it: UID -> VEVENT."""
    found = {}
    for obj in _phone_calendar(phone, url).events():
        event = obj.icalendar_component
        found[str(event["uid"])] = event
    return found


def _edit_on_phone(phone, url: str, uid: str, change) -> None:
    """Change one event as a calendar app does: load, edit, save (with a LAST-MODIFIED of now)."""
    obj = _phone_calendar(phone, url).event_by_uid(uid)
    event = obj.icalendar_component
    change(event)
    for name in ("last-modified", "dtstamp"):
        event.pop(name, None)
        event.add(name, datetime.now().astimezone())
    obj.save()


def _uid(book: LeadBook, followup_id: int) -> str:
    return next(p.uid for p in book.published_items() if p.followup_id == followup_id)


def test_every_planned_followup_is_published_with_an_alarm_and_a_second_sync_is_one_request(book, sync, phone):
    _leads(book)
    report = sync(book)
    assert report.fault is None and report.published == 3
    events = _events(phone, sync.url)
    assert {p.uid for p in book.published_items()} == set(events)
    for event in events.values():
        assert event.walk("VALARM"), "every event reminds"
        assert str(event["url"]) == "tel:+46701234567"
        assert "Packers fan" in str(event["description"])
    again = sync(book)
    assert (again.published, again.updated, again.requests) == (0, 0, 1)


def test_an_edit_here_reaches_the_phone_in_one_put(book, sync, phone):
    lead = _leads(book)[0]
    sync(book)
    fu = book.followups(lead)[0]
    book.reschedule_followup(int(fu.id or 0), Due(date(2026, 11, 26), time(14, 0)))
    report = sync(book)
    assert (report.updated, report.published) == (1, 0)
    assert report.requests <= 3  # the changes, the PUT, the changes again
    start = _events(phone, sync.url)[_uid(book, int(fu.id or 0))]["dtstart"].dt
    assert start.astimezone(book.clock.zone).replace(tzinfo=None) == datetime(2026, 11, 26, 14, 0)


def test_an_event_moved_on_the_phone_moves_the_followup_undoably_with_a_history_entry(book, sync, phone):
    lead = _leads(book)[0]
    sync(book)
    fu = book.followups(lead)[0]
    uid = _uid(book, int(fu.id or 0))
    new_day = fu.due.day + timedelta(days=3)

    def move(event):
        event.pop("dtstart")
        event.pop("dtend")
        event.add("dtstart", new_day)
        event.add("dtend", new_day + timedelta(days=1))

    _edit_on_phone(phone, sync.url, uid, move)
    report = sync(book)
    assert (report.moved_here, report.updated, report.conflicts) == (1, 0, 0)
    assert book.followup(int(fu.id or 0)).due == Due(new_day)
    assert [e.text for e in book.timeline(lead) if e.kind == "phone"] == ["moved"]
    assert book.undo_label == "Move follow-up"
    assert sync(book).requests == 1, "the move is in step on both sides: nothing to send back"


def test_an_event_marked_done_on_the_phone_is_asked_about(book, sync, phone):
    lead = _leads(book)[0]
    sync(book)
    fu = book.followups(lead)[0]
    _edit_on_phone(phone, sync.url, _uid(book, int(fu.id or 0)), lambda e: e.add("categories", ["Done"]))
    report = sync(book)
    assert report.done_on_phone == 1
    assert [f.id for f in book.done_on_phone()] == [fu.id]
    assert book.followup(int(fu.id or 0)).state == State.PLANNED, "the outcome is the seller's to log"


def test_an_event_deleted_on_the_phone_cancels_the_followup_and_undo_publishes_it_again(book, sync, phone):
    lead = _leads(book)[0]
    sync(book)
    fu = book.followups(lead)[0]
    uid = _uid(book, int(fu.id or 0))
    _phone_calendar(phone, sync.url).event_by_uid(uid).delete()
    report = sync(book)
    assert report.cancelled_here == 1
    assert book.followup(int(fu.id or 0)).state == State.CANCELLED
    assert [e.text for e in book.timeline(lead) if e.kind == "phone"] == ["deleted"]
    book.undo()
    assert book.followup(int(fu.id or 0)).state == State.PLANNED
    assert sync(book).published == 1
    assert uid in _events(phone, sync.url)


def test_a_followup_logged_here_leaves_the_phone(book, sync, phone):
    from leadbook.core.followups import Outcome

    lead = _leads(book)[0]
    sync(book)
    fu = book.followups(lead)[0]
    uid = _uid(book, int(fu.id or 0))
    book.complete_followup(int(fu.id or 0), Outcome.NO_ANSWER)
    report = sync(book)
    assert report.removed == 1
    assert uid not in _events(phone, sync.url)


def test_changed_on_both_sides_the_phones_newer_change_wins_and_leadbooks_is_kept_in_the_history(book, sync, phone):
    lead = _leads(book)[0]
    sync(book)
    fu = book.followups(lead)[0]
    here = Due(fu.due.day + timedelta(days=1), time(10, 0))
    book.reschedule_followup(int(fu.id or 0), here)  # the book's clock: November 2026
    phone_day = fu.due.day + timedelta(days=5)

    def move(event):
        event.pop("dtstart")
        event.pop("dtend")
        event.add("dtstart", phone_day)
        event.add("dtend", phone_day + timedelta(days=1))

    _edit_on_phone(phone, sync.url, _uid(book, int(fu.id or 0)), move)  # the phone's clock: later
    report = sync(book)
    assert report.conflicts == 1
    assert book.followup(int(fu.id or 0)).due == Due(phone_day)
    (entry,) = [e for e in book.timeline(lead) if e.kind == "phone"]
    assert entry.text == "conflict" and '"overruled": "' + here.day.isoformat() + "T10:00" in entry.data


def test_changed_on_both_sides_leadbooks_newer_change_wins_and_the_phones_is_kept(book, sync, phone, clock):
    lead = _leads(book)[0]
    sync(book)
    fu = book.followups(lead)[0]
    phone_day = fu.due.day + timedelta(days=5)

    def move(event):
        event.pop("dtstart")
        event.pop("dtend")
        event.add("dtstart", phone_day)
        event.add("dtend", phone_day + timedelta(days=1))

    _edit_on_phone(phone, sync.url, _uid(book, int(fu.id or 0)), move)
    clock.set(datetime.now() + timedelta(days=2))  # Leadbook's change comes after the phone's
    here = Due(fu.due.day + timedelta(days=1), time(10, 0))
    book.reschedule_followup(int(fu.id or 0), here)
    report = sync(book)
    assert report.conflicts == 1 and report.updated == 1
    assert book.followup(int(fu.id or 0)).due == here
    (entry,) = [e for e in book.timeline(lead) if e.kind == "phone"]
    assert entry.text == "overruled" and phone_day.isoformat() in entry.data
    start = _events(phone, sync.url)[_uid(book, int(fu.id or 0))]["dtstart"].dt
    assert start.astimezone(book.clock.zone).replace(tzinfo=None) == datetime.combine(here.day, here.at)


def test_a_wrong_password_stops_the_sync_says_so_and_changes_nothing(book, sync, phone):
    _leads(book)
    report = sync(book, password=PASSWORD + "-wrong")
    assert report.fault == Fault.PASSWORD
    assert book.sync_state()[2] == {}
    assert _events(phone, sync.url) == {}
    assert sync(book).published == 3


def test_the_server_killed_mid_sync_loses_nothing_and_never_duplicates(tmp_path: Path, radicale, sync, phone, clock):
    path = tmp_path / "kept.leadbook"
    with LeadBook.open(path, clock) as book:
        _leads(book, [f"Lead {n}" for n in range(30)])
        sync.client = connection.client(sync.url, USER, PASSWORD, auth_type="basic")
        put = sync.client.put
        sent = []

        def put_then_die(*args, **kwargs):
            if len(sent) == 12:
                radicale.kill()
            response = put(*args, **kwargs)
            sent.append(args[0])
            return response

        sync.client.put = put_then_die
        report = Engine(book, sync.client, sync.url).run()
        sync.client.close()
        assert report.fault == Fault.OFFLINE
        assert report.published == 12
        assert len(book.sync_state()[2]) == 12, "what the server took is remembered"
    radicale.start()  # the server is back; Leadbook starts again on the same book
    with LeadBook.open(path, clock) as book:
        report = sync(book)
        assert report.fault is None and report.published == 18
        events = _events(phone, sync.url)
        assert len(events) == 30 == len(book.published_items())
        assert sync(book).requests == 1


def test_an_item_put_before_a_kill_but_never_recorded_is_taken_over_not_duplicated(book, sync, phone):
    _leads(book)
    sync(book)
    book.forget_sync()  # as if the process died after its PUTs, before the book heard the answers
    report = sync(book)
    assert report.fault is None
    assert len(_events(phone, sync.url)) == 3
    assert sync(book).requests == 1


def test_turning_sync_off_can_take_leadbooks_events_off_the_calendar(book, sync, phone):
    from leadbook.sync.engine import turn_off

    _leads(book)
    sync(book)
    client = connection.client(sync.url, USER, PASSWORD)
    assert turn_off(book, Engine(book, client, sync.url)) == 3
    client.close()
    assert _events(phone, sync.url) == {}
    assert book.sync_state() == ("", "", {})


def _without_sync_tokens(monkeypatch) -> None:
    """The server as one without sync-collection (RFC 6578): Leadbook follows its ETags."""
    import caldav
    from caldav.lib import error

    def no_sync_collection(self, *args, **kwargs):
        raise error.ReportError("sync-collection not supported")

    monkeypatch.setattr(caldav.Calendar, "get_objects_by_sync_token", no_sync_collection)


def test_a_server_without_sync_tokens_is_followed_by_its_etags(book, sync, phone, monkeypatch):
    _without_sync_tokens(monkeypatch)
    lead = _leads(book)[0]
    assert sync(book).published == 3
    fu = book.followups(lead)[0]
    _phone_calendar(phone, sync.url).event_by_uid(_uid(book, int(fu.id or 0))).delete()
    report = sync(book)
    assert report.cancelled_here == 1 and report.fault is None


def test_a_sync_token_the_server_forgot_falls_back_to_a_full_listing(book, sync, phone):
    lead = _leads(book)[0]
    sync(book)
    url, _token, _items = book.sync_state()
    book.record_sync(calendar=(url, "http://radicale.org/ns/sync/forgotten"))
    fu = book.followups(lead)[0]
    _phone_calendar(phone, sync.url).event_by_uid(_uid(book, int(fu.id or 0))).delete()
    report = sync(book)
    assert report.fault is None and (report.published, report.updated) == (0, 0)
    assert report.cancelled_here == 1, "a deletion is seen in the full listing too"
    assert book.sync_state()[1] != "http://radicale.org/ns/sync/forgotten"


def test_a_listing_that_lacks_most_events_cancels_nothing_and_sends_them_again(book, sync, phone, monkeypatch):
    """A server that caps its listing or lost the calendar is not the user deleting 25 events one by one."""
    from leadbook.sync import engine

    names = [f"Lead {n}" for n in range(engine.HOLD_BACK_ABOVE + 5)]
    ids = _leads(book, names)
    assert sync(book).published == len(names)
    _without_sync_tokens(monkeypatch)  # each sync lists the whole calendar (its ETags)
    calendar = _phone_calendar(phone, sync.url)
    for obj in calendar.events():
        obj.delete()  # the server's calendar emptied behind Leadbook's back
    report = sync(book)
    assert report.cancelled_here == 0 and report.held_back == len(names) and report.fault is None
    assert all(fu.state == State.PLANNED for lead in ids for fu in book.followups(lead))
    assert report.updated + report.published == len(names)  # sent again, at the same addresses
    assert len(_events(phone, sync.url)) == len(names)
    again = sync(book)
    assert (again.held_back, again.updated, again.published, again.cancelled_here) == (0, 0, 0, 0)


def test_a_few_events_missing_from_a_full_listing_are_deletions(book, sync, phone, monkeypatch):
    lead = _leads(book)[0]
    sync(book)
    _without_sync_tokens(monkeypatch)
    fu = book.followups(lead)[0]
    _phone_calendar(phone, sync.url).event_by_uid(_uid(book, int(fu.id or 0))).delete()
    report = sync(book)
    assert (report.cancelled_here, report.held_back) == (1, 0)


def test_discovery_follows_the_well_known_address_to_the_users_calendars(radicale, phone):
    phone.principal().make_calendar(name="Work")
    dav, _principal, found = connection.discover(radicale.url + ".well-known/caldav", USER, PASSWORD)
    dav.close()
    assert "Work" in [c.name for c in found]
    assert all(c.url.startswith(radicale.url + USER + "/") for c in found)


def test_a_revisit_goes_to_the_phone_one_way_and_leaves_it_when_the_lead_is_reopened(book, sync, phone):
    from leadbook.core.revisits import NoReason

    bob, anna = _leads(book, ["Bob Carter", "Anna Svensson"])
    book.say_no(bob, NoReason.BUDGET, "Budget frozen until Q1", date(2027, 2, 15))
    book.say_no(anna, NoReason.TIMING, "", date(2027, 3, 1))
    assert sync(book).published == 2  # no follow-ups left: they said no; two revisits
    events = _events(phone, sync.url)
    revisit = {str(e["summary"]): uid for uid, e in events.items()}
    assert set(revisit) == {"Revisit: Bob Carter (Trädgård AB)", "Revisit: Anna Svensson (Trädgård AB)"}
    # Deleted on the phone: it stays off the phone, and the revisit stays queued here.
    _phone_calendar(phone, sync.url).event_by_uid(revisit["Revisit: Anna Svensson (Trädgård AB)"]).delete()
    report = sync(book)
    assert (report.cancelled_here, report.published) == (0, 0)
    assert book.revisit_of(anna)["state"] == "queued"
    assert sync(book).requests == 1
    # Reopened here: its event leaves the phone.
    book.reopen(bob)
    report = sync(book)
    assert report.removed == 1
    assert revisit["Revisit: Bob Carter (Trädgård AB)"] not in _events(phone, sync.url)


def test_a_followup_logged_here_while_the_phones_move_comes_in_is_not_moved_and_leaves_the_phone(book, sync, phone):
    from leadbook.core.followups import Outcome

    lead = _leads(book)[0]
    sync(book)
    fu = book.followups(lead)[0]
    uid = _uid(book, int(fu.id or 0))
    new_day = fu.due.day + timedelta(days=3)

    def move(event):
        event.pop("dtstart")
        event.pop("dtend")
        event.add("dtstart", new_day)
        event.add("dtend", new_day + timedelta(days=1))

    _edit_on_phone(phone, sync.url, uid, move)

    class LoggedMeanwhile:
        """The window logs the follow-up just before the sync hands it the phone's move."""

        def move_from_phone(self, followup_id, due, **kw):
            book.complete_followup(followup_id, Outcome.NO_ANSWER)
            return book.move_from_phone(followup_id, due, **kw)

    client = connection.client(sync.url, USER, PASSWORD, auth_type=sync.auth_type)
    report = Engine(book, client, sync.url, writer=LoggedMeanwhile()).run()
    client.close()
    assert report.fault is None and report.moved_here == 0
    assert book.followup(int(fu.id or 0)).state == State.DONE
    assert uid not in _events(phone, sync.url)


def test_follow_ups_as_tasks_a_task_completed_on_the_phone_is_asked_about_and_a_moved_one_moves(book, sync, phone):
    lead, other = _leads(book)[:2]
    client = connection.client(sync.url, USER, PASSWORD, auth_type=sync.auth_type)
    assert Engine(book, client, sync.url, as_tasks=True).run().published == 3
    client.close()
    tasks = {str(t.icalendar_component["uid"]): t for t in _phone_calendar(phone, sync.url).todos()}
    assert set(tasks) == {p.uid for p in book.published_items()}
    fu = book.followups(lead)[0]
    done = tasks[_uid(book, int(fu.id or 0))]
    done.complete()
    moved_fu = book.followups(other)[0]
    moved = tasks[_uid(book, int(moved_fu.id or 0))]
    component = moved.icalendar_component
    new_day = moved_fu.due.day + timedelta(days=4)
    component.pop("due")
    component.add("due", new_day)
    moved.save()
    client = connection.client(sync.url, USER, PASSWORD, auth_type=sync.auth_type)
    report = Engine(book, client, sync.url, as_tasks=True).run()
    client.close()
    assert (report.done_on_phone, report.moved_here) == (1, 1)
    assert [f.id for f in book.done_on_phone()] == [fu.id]
    assert book.followup(int(moved_fu.id or 0)).due == Due(new_day)
