"""The book's side of damage met before the start-up check's verdict (no Qt): which errors are
SQLite's damage while the check runs or after it found damage, and a worker's connection that
waits for the verdict before it writes or copies."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from _damaged_file import damage_page

from leadbook.book import LeadBook, LeadQuery
from leadbook.core.model import Lead
from leadbook.store.database import is_damage
from leadbook.store.errors import BookDamagedError, BookError, BookLockedError
from leadbook.store.safety import StartCheck


class HeldCheck(StartCheck):
    """The start-up check, begun but kept from reading until the test lets it go."""

    def __init__(self, path: Path, *, full: bool = False) -> None:
        self.go = threading.Event()
        super().__init__(path, full=full)

    def _run(self) -> None:
        self.go.wait(30)
        super()._run()

    def cancel(self) -> None:
        self.go.set()  # a cancel reaches the check itself, which stops at once
        super().cancel()


def _book(tmp_path: Path, clock) -> Path:
    path = tmp_path / "book.leadbook"
    with LeadBook.open(path, clock) as book:
        book.add_leads([Lead(name=f"Lead {n:03}") for n in range(300)])
    return path


def test_a_read_of_a_damaged_page_before_the_verdict_and_after_damage_was_found_is_damage(tmp_path, clock):
    path = _book(tmp_path, clock)
    damage_page(path, "leads_by_name")
    check = HeldCheck(path)
    book = LeadBook.open(path, clock, checking=check)
    try:
        with pytest.raises(BookError) as raised:  # the lead list's order (by name), read before the verdict
            book.lead_ids(LeadQuery())
        assert is_damage(raised.value)
        assert book.damage_before_verdict(raised.value)
        assert not book.damage_before_verdict(BookLockedError(path, "database is locked"))
        assert not book.damage_before_verdict(sqlite3.OperationalError("no such table: x"))
        check.go.set()
        assert book.start_check_verdict()  # damage found: still damage after the verdict
        assert book.damage_before_verdict(raised.value)
    finally:
        check.go.set()
        book.close()


def test_after_a_sound_verdict_an_error_is_no_longer_the_start_checks_business(tmp_path, clock):
    path = _book(tmp_path, clock)
    check = HeldCheck(path)
    check.go.set()
    with LeadBook.open(path, clock, checking=check) as book:
        malformed = sqlite3.DatabaseError("database disk image is malformed")
        malformed.sqlite_errorcode = 11  # type: ignore[attr-defined]  # as SQLite sets it
        assert book.start_check_verdict() == []
        assert is_damage(malformed) and not book.damage_before_verdict(malformed)


def test_a_workers_connection_writes_and_copies_only_after_the_verdict(tmp_path, clock):
    path = _book(tmp_path, clock)
    check = HeldCheck(path)  # begun before the book opens, as at start
    with LeadBook.open(path, clock) as book, LeadBook.worker_connection(path, clock, waits_for=book) as worker:
        book.check_again(check)  # the book's pending check (here without the lock the start holds)
        threading.Timer(0.05, check.go.set).start()
        worker.set_setting("from_the_worker", "yes")  # waits until the check passed, then writes
        assert check.done and worker.setting("from_the_worker") == "yes"


def test_a_workers_connection_neither_writes_nor_copies_a_damaged_book(tmp_path, clock):
    path = _book(tmp_path, clock)
    damage_page(path, "leads_by_name")
    check = HeldCheck(path)
    check.go.set()
    with LeadBook.open(path, clock) as book, LeadBook.worker_connection(path, clock, waits_for=book) as worker:
        book.check_again(check)
        before = path.read_bytes()
        with pytest.raises(BookDamagedError):
            worker.back_up(tmp_path / "backups")
        with pytest.raises(BookDamagedError):
            worker.set_setting("from_the_worker", "yes")
        assert not (tmp_path / "backups").exists() and path.read_bytes() == before


def test_a_running_workers_writes_wait_for_a_full_check_begun_after_it_started(tmp_path, clock):
    path = _book(tmp_path, clock)
    with LeadBook.open(path, clock) as book, LeadBook.worker_connection(path, clock, waits_for=book) as worker:
        worker.set_setting("before", "yes")  # no check pending: written at once
        damage_page(path, "leads_by_name")
        check = HeldCheck(path, full=True)
        book.check_again(check)  # SQLite reported damage on the main connection meanwhile
        threading.Timer(0.05, check.go.set).start()
        with pytest.raises(BookDamagedError):
            worker.set_setting("after", "yes")  # waited for the full check, which found the damage
        assert check.done and check.problems()
        assert book.start_check_verdict() == check.problems() and not worker.setting("after")


def test_closing_while_the_full_check_runs_does_not_wait_and_leaves_the_next_start_a_full_check(tmp_path, clock):
    path = _book(tmp_path, clock)
    book = LeadBook.open(path, clock)
    check = HeldCheck(path, full=True)  # held until the test ends: closing must not wait for it
    book.check_again(check)
    book.close()
    assert not check.wanted and check.done  # stopped
    assert book._running_marker.exists()  # so the next start runs the full check before the book opens
    with LeadBook.open(path, clock) as again:
        assert not again.closed_cleanly_last_time
