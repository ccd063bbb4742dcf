"""Calendar sync in the window, against a real Radicale: connecting in Settings ▸ Calendar sync
publishes the follow-ups on a worker thread while the window answers; a move on the phone comes back
into the window's book; a follow-up marked done on the phone is asked about and opens the log dialog;
without a keyring the password is asked once per session."""

from __future__ import annotations

import sys
import threading
from datetime import timedelta

import caldav
import pytest
from _damaged_file import damage_page
from radicale_server import PASSWORD, USER

from leadbook.app import build_main_window
from leadbook.book import LeadBook
from leadbook.core.model import Lead, Source
from leadbook.gui.settings.dialog import SettingsDialog
from leadbook.store.database import is_damage
from leadbook.sync import account as accounts
from leadbook.sync.engine import Fault

pytestmark = pytest.mark.slow  # a real server process per test

WAIT_MS = 60_000  # a loaded machine; the wait ends as soon as it is true


def _leads(book: LeadBook) -> None:
    for name in ("Anna Svensson", "Björn Lindqvist"):
        book.add_lead(Lead(name=name, source=Source.REFERRAL, phones=("+46 70 123 45 67",)))


@pytest.fixture
def window(qtbot, book):
    _leads(book)
    main = build_main_window(book)
    qtbot.addWidget(main)
    with qtbot.waitExposed(main):
        main.show()
    yield main
    main.close()


def _phone_events(radicale) -> dict[str, object]:
    with caldav.DAVClient(url=radicale.url, username=USER, password=PASSWORD) as phone:
        found = [c for c in phone.principal().calendars() if c.get_display_name() == "Leadbook"]
        if not found:
            return {}
        return {str(e.icalendar_component["uid"]): e for e in found[0].events()}


def _connect_in_settings(qtbot, window, radicale) -> SettingsDialog:
    dialog = SettingsDialog(window.book, window, sync=window.calendar_sync)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.sync_page)
    page = dialog.sync_page
    page.server.setText(radicale.url)
    page.user.setText(USER)
    page.password.setText(PASSWORD)
    page.connect_button.click()
    assert not page.connect_button.isEnabled(), "the window answers while the calendars are looked for"
    qtbot.waitUntil(lambda: accounts.load(window.book.path) is not None, timeout=WAIT_MS)
    return dialog


def test_connecting_in_settings_publishes_the_followups_and_the_status_bar_says_so(
    qtbot, window, radicale, file_keyring
):
    dialog = _connect_in_settings(qtbot, window, radicale)
    assert "Connected to “Leadbook”" in dialog.sync_page.message.text()
    assert PASSWORD in file_keyring.read_text(encoding="utf-8")
    qtbot.waitUntil(lambda: len(_phone_events(radicale)) == 2, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.sync_label.text().startswith("Calendar synced"), timeout=WAIT_MS)
    dialog.close()


def test_a_move_and_a_done_on_the_phone_come_back_into_the_window(qtbot, window, radicale, file_keyring, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    dialog = _connect_in_settings(qtbot, window, radicale)
    dialog.close()
    qtbot.waitUntil(lambda: len(_phone_events(radicale)) == 2, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.calendar_sync.is_running(), timeout=WAIT_MS)
    book = window.book
    anna = next(p for p in book.published_items() if p.item.lead_name == "Anna Svensson")
    event = _phone_events(radicale)[anna.uid]
    event.icalendar_component.add("categories", ["Done"])
    event.save()
    bjorn = next(p for p in book.published_items() if p.item.lead_name == "Björn Lindqvist")
    moved = _phone_events(radicale)[bjorn.uid]
    component = moved.icalendar_component
    new_day = bjorn.followup.due.day + timedelta(days=2)
    for name in ("dtstart", "dtend"):
        component.pop(name)
    component.add("dtstart", new_day)
    component.add("dtend", new_day + timedelta(days=1))
    moved.save()
    logged = []
    monkeypatch.setattr(window, "log_followup", logged.append)

    def answer() -> None:
        box = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()), None)
        if box is None:
            QTimer.singleShot(50, answer)
            return
        assert box.text() == "Done on your phone: Call · Anna Svensson — how did it go?"
        next(b for b in box.buttons() if b.text() == "&Log it…").click()

    QTimer.singleShot(0, answer)
    window.calendar_sync.sync_now()
    qtbot.waitUntil(lambda: logged == [anna.followup_id], timeout=WAIT_MS)
    assert book.done_on_phone() == [], "asked once"
    assert book.followup(bjorn.followup_id).due.day == new_day, "the window's book has the move"
    assert book.undo_label == "Move follow-up", "and it is on the window's Edit ▸ Undo"
    book.undo()
    assert book.followup(bjorn.followup_id).due == bjorn.followup.due


def test_without_a_keyring_the_password_is_asked_once_per_session(qtbot, window, radicale, no_keyring, monkeypatch):
    from leadbook.sync.connection import calendar_for, discover

    dav, principal, found = discover(radicale.url, USER, PASSWORD)
    calendar = calendar_for(principal, found, "Leadbook")
    dav.close()
    account = accounts.Account(radicale.url, USER, calendar.url, calendar.name)
    accounts.save(window.book.path, account)
    asked = []

    def ask() -> None:
        asked.append(True)
        window.calendar_sync.give_password(PASSWORD)

    monkeypatch.setattr(window, "ask_sync_password", ask)
    window.calendar_sync.password_needed.disconnect()
    window.calendar_sync.password_needed.connect(window.ask_sync_password)
    window.calendar_sync.set_account(account)
    qtbot.waitUntil(lambda: len(_phone_events(radicale)) == 2, timeout=WAIT_MS)
    window.calendar_sync.sync_now()
    qtbot.waitUntil(lambda: not window.calendar_sync.is_running(), timeout=WAIT_MS)
    assert asked == [True]


def test_turning_sync_off_in_settings_can_take_the_events_off_the_calendar(qtbot, window, radicale, file_keyring):
    dialog = _connect_in_settings(qtbot, window, radicale)
    qtbot.waitUntil(lambda: len(_phone_events(radicale)) == 2, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.calendar_sync.is_running(), timeout=WAIT_MS)
    page = dialog.sync_page
    page.turn_off_now(remove=True)
    qtbot.waitUntil(lambda: accounts.load(window.book.path) is None, timeout=WAIT_MS)
    assert _phone_events(radicale) == {}
    assert window.book.sync_state() == ("", "", {})
    assert page.state.text() == "Calendar sync is off."
    assert PASSWORD not in file_keyring.read_text(encoding="utf-8")
    assert not window.calendar_sync.enabled and window.sync_label.text() == ""
    dialog.close()


def test_turning_sync_off_while_a_sync_runs_cancels_no_followup(qtbot, window, radicale, file_keyring):
    """The events taken off the calendar are not read as deleted on the phone by a sync under way
    (which would cancel their follow-ups here): turning off waits for it and holds the next one."""
    book = window.book
    for n in range(40):  # each with its first follow-up planned
        book.add_lead(Lead(name=f"Lead {n}", source=Source.REFERRAL))
    dialog = _connect_in_settings(qtbot, window, radicale)
    qtbot.waitUntil(lambda: len(_phone_events(radicale)) == 42, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.calendar_sync.is_running(), timeout=WAIT_MS)
    planned = sorted(int(item.followup.id or 0) for item in book.calendar_items())
    window.calendar_sync.sync_now()  # the five-minute sync, say
    assert window.calendar_sync.is_running()
    dialog.sync_page.turn_off_now(remove=True)
    qtbot.waitUntil(lambda: accounts.load(book.path) is None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.calendar_sync.is_running(), timeout=WAIT_MS)
    assert sorted(int(item.followup.id or 0) for item in book.calendar_items()) == planned
    assert _phone_events(radicale) == {}
    dialog.close()


def test_a_wrong_password_is_said_once_in_the_status_bar_and_waits_for_the_user(qtbot, window, radicale, file_keyring):
    from leadbook.sync import passwords
    from leadbook.sync.connection import calendar_for, discover

    dav, principal, found = discover(radicale.url, USER, PASSWORD)
    calendar = calendar_for(principal, found, "Leadbook")
    dav.close()
    account = accounts.Account(radicale.url, USER, calendar.url, calendar.name)
    accounts.save(window.book.path, account)
    passwords.store_password(account, PASSWORD + "-old")
    said = []
    window.calendar_sync.said.connect(said.append)
    window.calendar_sync.set_account(account)
    qtbot.waitUntil(lambda: bool(said), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.calendar_sync.is_running(), timeout=WAIT_MS)
    assert said == ["Calendar sync: the server refused the user name or password. "
                    "Enter them again in Settings ▸ Calendar sync."]  # fmt: skip
    assert window.sync_label.text() == said[0]
    assert not window.calendar_sync._retry_timer.isActive(), "no retry until the user acts"
    # Nor a sync by itself (after a change, every few minutes): a server counting failed logins is not
    # asked again with the wrong password until the user acts.
    window.calendar_sync._soon.timeout.emit()
    window.calendar_sync._every.timeout.emit()
    assert not window.calendar_sync.is_running()
    window.calendar_sync.sync_now()  # Settings ▸ Calendar sync ▸ Sync now
    assert window.calendar_sync.is_running()
    qtbot.waitUntil(lambda: not window.calendar_sync.is_running(), timeout=WAIT_MS)
    assert len(said) == 1, "said once"


def test_a_restore_ends_the_sync_under_way_before_the_book_is_replaced(
    qtbot, tmp_path, clock, radicale, file_keyring, monkeypatch
):
    """A sync's own connection must not be open on the book while its file is replaced (its close
    would remove the restored book's WAL by name): the restore stops the sync first, as it waits
    for the daily backup."""
    from leadbook.app import Session
    from leadbook.store import backup
    from leadbook.store.backup import list_backups

    path = tmp_path / "book.leadbook"
    with LeadBook.open(path, clock) as book:
        _leads(book)
    session = Session(clock, tmp_path / "backups")
    assert session.open(path)
    qtbot.addWidget(session.window)
    session.window.show()
    qtbot.waitUntil(lambda: len(list_backups(path, session.backups)) == 1, timeout=WAIT_MS)
    dialog = _connect_in_settings(qtbot, session.window, radicale)
    dialog.close()
    qtbot.waitUntil(lambda: len(_phone_events(radicale)) == 2, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not session.window.calendar_sync.is_running(), timeout=WAIT_MS)
    (first,) = list_backups(path, session.backups)
    old = session.window
    running_at_replace: list[bool] = []
    real_restore = backup.restore_file

    from leadbook.sync import engine

    real_run, held = engine.Engine.run, threading.Event()

    def slow_run(self):  # a sync that takes a while (a slow server); cancelled, it ends within 2 s
        held.wait(2)
        return real_run(self)

    def restore_file(source, target):
        running_at_replace.append(old.calendar_sync.is_running())
        held.set()
        real_restore(source, target)

    monkeypatch.setattr(backup, "restore_file", restore_file)
    monkeypatch.setattr(engine.Engine, "run", slow_run)
    clock.advance(minutes=1)
    old.calendar_sync.sync_now()
    assert old.calendar_sync.is_running()
    session.restore(first.path)
    qtbot.addWidget(session.window)
    assert running_at_replace == [False]
    session.close()


def test_sync_turned_off_in_a_terminal_stops_in_the_running_window(qtbot, window, radicale, file_keyring):
    """``leadbook sync --off`` clears this machine's account; the window hears of it at its next sync."""
    _connect_in_settings(qtbot, window, radicale).close()
    qtbot.waitUntil(lambda: len(_phone_events(radicale)) == 2, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.calendar_sync.is_running(), timeout=WAIT_MS)
    accounts.clear(window.book.path)  # what `leadbook sync --off` does
    window.calendar_sync.sync_now()  # the five-minute sync
    assert not window.calendar_sync.enabled and not window.calendar_sync.is_running()
    assert window.sync_label.text() == ""


def _account_with_stored_password(window, radicale) -> accounts.Account:
    from leadbook.sync import passwords
    from leadbook.sync.connection import calendar_for, discover

    dav, principal, found = discover(radicale.url, USER, PASSWORD)
    calendar = calendar_for(principal, found, "Leadbook")
    dav.close()
    account = accounts.Account(radicale.url, USER, calendar.url, calendar.name)
    accounts.save(window.book.path, account)
    passwords.store_password(account, PASSWORD)
    return account


def test_a_server_gone_while_the_window_runs_is_said_once_tried_again_and_nothing_doubles(
    qtbot, window, radicale, file_keyring
):
    from leadbook.core.followups import Due
    from leadbook.sync.retry import FIRST_WAIT_SECONDS

    sync = window.calendar_sync
    said, reports = [], []
    sync.said.connect(said.append)
    sync.synced.connect(reports.append)
    sync.set_account(_account_with_stored_password(window, radicale))
    qtbot.waitUntil(lambda: len(_phone_events(radicale)) == 2, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: bool(reports) and sync._task is None, timeout=WAIT_MS)
    assert all(r.fault is None for r in reports), [r.detail for r in reports]
    reports.clear()

    radicale.kill()
    book = window.book
    moved = book.published_items()[0]
    new_day = moved.followup.due.day + timedelta(days=3)
    book.reschedule_followup(moved.followup_id, Due(new_day))  # a change in the window: a sync soon after
    qtbot.waitUntil(lambda: len(reports) == 1, timeout=WAIT_MS)
    offline = "Calendar sync: the server cannot be reached. Leadbook tries again by itself."
    assert reports[0].fault == Fault.OFFLINE and said == [offline]
    assert window.sync_label.text() == offline
    assert window.statusBar().currentMessage() != offline, "said once, not twice side by side"
    assert sync._retry_timer.isActive() and sync._retry_timer.interval() == FIRST_WAIT_SECONDS * 1000

    sync._retry_timer.start(0)  # its wait is over
    qtbot.waitUntil(lambda: len(reports) == 2, timeout=WAIT_MS)
    assert reports[1].fault == Fault.OFFLINE and said == [offline], "tried again, not said again"
    assert sync._retry_timer.interval() == 2 * FIRST_WAIT_SECONDS * 1000, "and waits longer"

    radicale.start()  # back, on the same port with the same calendar
    sync._retry_timer.start(0)
    qtbot.waitUntil(lambda: len(reports) == 3, timeout=WAIT_MS)
    assert reports[2].fault is None and reports[2].updated == 1 and reports[2].published == 0
    assert window.sync_label.text().startswith("Calendar synced")
    events = _phone_events(radicale)
    assert sorted(events) == sorted(p.uid for p in book.published_items()), "each follow-up once"
    assert events[moved.uid].icalendar_component["dtstart"].dt == new_day


def test_choosing_tasks_while_sync_is_on_takes_effect_at_once(qtbot, window, radicale, file_keyring):
    dialog = _connect_in_settings(qtbot, window, radicale)
    qtbot.waitUntil(lambda: len(_phone_events(radicale)) == 2, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.calendar_sync._task is None, timeout=WAIT_MS)
    page = dialog.sync_page
    page.as_tasks.setChecked(True)  # and nothing else: this page acts at once, not on the dialog's OK
    assert accounts.load(window.book.path).as_tasks
    assert page.message.text() == "Your follow-ups go to “Leadbook” as tasks now."

    def tasks() -> list[str]:
        with caldav.DAVClient(url=radicale.url, username=USER, password=PASSWORD) as phone:
            (calendar,) = [c for c in phone.principal().calendars() if c.get_display_name() == "Leadbook"]
            return sorted(str(t.icalendar_component["uid"]) for t in calendar.todos())

    expected = sorted(p.uid for p in window.book.published_items())
    qtbot.waitUntil(lambda: tasks() == expected, timeout=WAIT_MS)
    assert _phone_events(radicale) == {}, "the same items, now as tasks, at the same addresses"
    dialog.close()


def test_done_on_the_phone_while_the_window_is_away_is_asked_when_it_comes_back(
    qtbot, window, radicale, file_keyring, monkeypatch
):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    sync = window.calendar_sync
    reports = []
    sync.synced.connect(reports.append)
    sync.set_account(_account_with_stored_password(window, radicale))
    qtbot.waitUntil(lambda: len(_phone_events(radicale)) == 2, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: bool(reports) and sync._task is None, timeout=WAIT_MS)
    window.hide()  # closed to the tray
    anna = next(p for p in window.book.published_items() if p.item.lead_name == "Anna Svensson")
    event = _phone_events(radicale)[anna.uid]
    event.icalendar_component.add("categories", ["Done"])
    event.save()
    reports.clear()
    sync.sync_now()  # (a sync a timer started before the phone's change may report first)
    qtbot.waitUntil(lambda: any(report.done_on_phone == 1 for report in reports), timeout=WAIT_MS)
    assert [fu.id for fu in window.book.done_on_phone()] == [anna.followup_id], "not asked while away"
    logged = []
    monkeypatch.setattr(window, "log_followup", logged.append)

    def answer() -> None:
        box = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()), None)
        if box is None:
            QTimer.singleShot(50, answer)
            return
        assert box.text() == "Done on your phone: Call · Anna Svensson — how did it go?"
        next(b for b in box.buttons() if b.text() == "&Log it…").click()

    QTimer.singleShot(0, answer)
    window.show()  # in front of the user again
    qtbot.waitUntil(lambda: logged == [anna.followup_id], timeout=WAIT_MS)
    assert window.book.done_on_phone() == []


def test_a_sync_that_meets_damage_in_the_book_hands_it_to_the_damaged_book_flow(
    qtbot, window, radicale, file_keyring, monkeypatch
):
    dialog = _connect_in_settings(qtbot, window, radicale)
    dialog.close()
    qtbot.waitUntil(lambda: len(_phone_events(radicale)) == 2, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.calendar_sync.is_running(), timeout=WAIT_MS)
    handed: list[BaseException] = []
    # The app points the hook at its damaged-book flow (app.Session.report_unexpected), tested on its own.
    monkeypatch.setattr(sys, "excepthook", lambda _kind, error, _trace: handed.append(error))
    damage_page(window.book.path, "followups", from_log=True)  # the disk fails under the follow-ups the sync reads
    window.calendar_sync.sync_now()
    qtbot.waitUntil(lambda: bool(handed) and not window.calendar_sync.is_running(), timeout=WAIT_MS // 4)
    assert [is_damage(error) for error in handed] == [True]  # handed on once, not only written to the log
    assert window.calendar_sync.last_status == "Calendar sync stopped; details are in the log."


def test_turning_sync_off_in_a_damaged_book_hands_the_damage_to_the_damaged_book_flow(
    qtbot, window, radicale, file_keyring, monkeypatch
):
    dialog = _connect_in_settings(qtbot, window, radicale)
    qtbot.waitUntil(lambda: len(_phone_events(radicale)) == 2, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.calendar_sync.is_running(), timeout=WAIT_MS)
    handed: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _kind, error, _trace: handed.append(error))
    damage_page(window.book.path, "sync_items", from_log=True)  # the events to take off are found there
    page = dialog.sync_page
    page.turn_off_now(remove=True)
    qtbot.waitUntil(lambda: bool(handed), timeout=WAIT_MS // 4)
    assert [is_damage(error) for error in handed] == [True]
    assert page.message.text() == "Calendar sync stays on; details are in the log."  # if the flow finds nothing
    dialog.close()
