"""Writers wait their turn: a write that meets another process's write lock waits for it
(``BEGIN IMMEDIATE`` and SQLite's busy timeout) instead of failing with "database is locked"."""

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from leadbook.book import LeadBook
from leadbook.core.model import Lead
from leadbook.store.errors import BookLockedError

pytestmark = pytest.mark.slow

HOLDER = Path(__file__).with_name("lock_holder.py")


@contextmanager
def hold_lock(path: Path, seconds: float) -> Iterator[subprocess.Popen]:
    """A real second process holding the book's write lock (SECONDS, or until a line on its
    stdin when negative); the block runs once it holds it."""
    with subprocess.Popen(
        [sys.executable, str(HOLDER), str(path), str(seconds)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as child:
        try:
            assert child.stdout is not None and child.stdout.readline().strip() == "locked"
            yield child
        finally:
            child.kill()


def test_a_note_waits_for_another_process_that_holds_the_lock(tmp_path, clock):
    path = tmp_path / "book.leadbook"
    with LeadBook.open(path, clock) as book:
        lead = book.add_lead(Lead(name="Ada Lovelace"))
        with hold_lock(path, 1.5) as child:
            book.add_note(lead.id, "Called back")  # waits about 1.5 s, then writes
            assert child.wait(timeout=30) == 0
        assert book.setting("lock_holder") == "was here"  # the other process's write came first
        assert [e.text for e in book.timeline(lead.id) if e.kind == "note"] == ["Called back"]


def test_a_write_gives_up_after_its_wait_with_a_clear_error(tmp_path, clock):
    path = tmp_path / "book.leadbook"
    with LeadBook.open(path, clock) as book:
        lead = book.add_lead(Lead(name="Ada Lovelace"))
        book.write_wait = 0.3
        with hold_lock(path, -1) as child:
            with pytest.raises(BookLockedError):
                book.add_note(lead.id, "Called back")
            child.stdin.write("go\n")
            child.stdin.flush()
            assert child.wait(timeout=30) == 0
        book.add_note(lead.id, "Called back")  # the lock is free again: the book works on
