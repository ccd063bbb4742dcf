"""A real Leadbook sent SIGTERM (logout, shutdown) or SIGINT (Ctrl+C) closes as File ▸ Quit does:
exit code 0, the book's ``.running`` marker gone and the WAL folded back, so the next start is a
clean one (the quick check, not the full check after a crash)."""

from __future__ import annotations

import signal
import sqlite3
from pathlib import Path

import pytest
from test_single_instance import leadbook, runtime  # noqa: F401 - the real-process fixtures

from leadbook.book import LeadBook
from leadbook.core.model import Lead
from leadbook.store.backup import running_marker

pytestmark = pytest.mark.slow


@pytest.fixture
def book_file(tmp_path: Path, clock) -> Path:
    path = tmp_path / "mine.leadbook"
    with LeadBook.open(path, clock) as book:
        book.add_lead(Lead(name="Anna Svensson"))
    return path


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_a_signal_closes_leadbook_cleanly(leadbook, book_file: Path, number: int):  # noqa: F811
    running = leadbook(book_file, real=True)
    running.wait_for("ready")
    assert running_marker(book_file).exists()  # open: a crash now would need the full check
    running.process.send_signal(number)
    assert running.finish() == 0
    assert not running_marker(book_file).exists()
    wal = book_file.with_name(book_file.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed and truncated on close
    with sqlite3.connect(book_file) as conn:
        assert conn.execute("SELECT name FROM leads").fetchall() == [("Anna Svensson",)]


def test_the_next_start_after_sigterm_is_a_clean_one(leadbook, book_file: Path, tmp_path: Path, clock):  # noqa: F811
    running = leadbook(book_file, real=True)
    running.wait_for("ready")
    running.process.send_signal(signal.SIGTERM)
    assert running.finish() == 0
    with LeadBook.open(book_file, clock, create=False) as book:
        assert book.closed_cleanly_last_time


def test_sigterm_while_the_book_opens_still_closes_it_cleanly(leadbook, book_file: Path, clock):  # noqa: F811
    """A logout (or a benchmark) may end Leadbook the moment its window is seen, before the first
    paint: the signal is caught from before the book opens, so the close is a clean one."""
    running = leadbook(book_file, real=True)
    running.wait_for("signals caught")  # the book is not open yet; its window not shown
    running.process.send_signal(signal.SIGTERM)
    assert running.finish() == 0
    assert not running_marker(book_file).exists()
    with LeadBook.open(book_file, clock, create=False) as book:
        assert book.closed_cleanly_last_time
