"""What each failure of a sync means to the user: a book busy with another Leadbook's write is a
wait-and-retry, not a bug."""

from __future__ import annotations

from leadbook.book import BookLockedError
from leadbook.sync.engine import Fault, classify
from leadbook.sync.words import fault_text


def test_a_book_held_by_another_writer_is_retried_and_said_in_words():
    failed = classify(BookLockedError("the book is busy"))
    assert failed is not None and failed.fault == Fault.BOOK_BUSY and failed.fault.retries
    assert "another Leadbook" in fault_text(Fault.BOOK_BUSY)


def test_every_fault_has_words():
    assert all(fault_text(fault) for fault in Fault)


def test_a_bug_is_not_a_fault():
    assert classify(ValueError("a bug")) is None
