"""The window while another process writes to the book, and on a book it may not write."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import shiboken6
from _widgets import wait_exposed
from PySide6.QtWidgets import QMessageBox

from leadbook.app import build_main_window
from leadbook.book import LeadBook
from leadbook.core.model import Lead

HOLDER = Path(__file__).parents[1] / "e2e" / "lock_holder.py"
WAITING = "Waiting for another Leadbook to finish…"


@contextmanager
def lock_held(path: Path, seconds: float) -> Iterator[subprocess.Popen]:
    """A real second process holding the book's write lock (SECONDS; negative: until told)."""
    with subprocess.Popen(
        [sys.executable, str(HOLDER), str(path), str(seconds)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as child:
        try:
            assert child.stdout is not None and child.stdout.readline().strip() == "locked"
            yield child
        finally:
            child.kill()


@pytest.fixture
def window(qtbot, book: LeadBook, tmp_path):
    main = build_main_window(book, backups=tmp_path / "backups")
    qtbot.addWidget(main)
    main.show()
    wait_exposed(qtbot, main)
    yield main
    main.close()


@pytest.mark.slow  # a real process
def test_a_write_that_waits_says_so_and_then_goes_through(window, book: LeadBook, monkeypatch):
    lead = book.add_lead(Lead(name="Ada Lovelace"))
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    with lock_held(book.path, 1.5):
        assert window._guard(lambda: book.add_note(lead.id, "Called back"))  # waits, then writes
    assert WAITING in messages and not warned
    assert window.statusBar().currentMessage() != WAITING  # taken away once the write went through
    assert [e.text for e in book.timeline(lead.id) if e.kind == "note"] == ["Called back"]


@pytest.mark.slow  # a real process
def test_a_write_that_waits_too_long_gives_the_busy_message(window, book: LeadBook, monkeypatch):
    lead = book.add_lead(Lead(name="Ada Lovelace"))
    book.write_wait = 1.5
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    with lock_held(book.path, -1) as child:
        assert not window._guard(lambda: book.add_note(lead.id, "Called back"))
        child.stdin.write("go\n")
        child.stdin.flush()
        assert child.wait(timeout=30) == 0
    assert WAITING in messages
    assert len(warned) == 1 and "another Leadbook or another program is writing to it" in warned[0]
    assert "try again" in warned[0]
    assert not [e for e in book.timeline(lead.id) if e.kind == "note"]


def _read_only(path: Path, on: bool) -> None:
    """Root ignores permission bits: the immutable attribute binds root too."""
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i" if on else "-i", str(path)], check=True)
    else:
        os.chmod(path, 0o400 if on else 0o600)


def test_a_read_only_book_says_so_in_the_title_and_refuses_writes(qtbot, tmp_path, clock, monkeypatch):
    path = tmp_path / "team.leadbook"
    with LeadBook.open(path, clock) as book:
        lead = book.add_lead(Lead(name="Ada Lovelace"))
    data = path.read_bytes()
    _read_only(path, on=True)
    try:
        with LeadBook.open(path, clock) as book:
            main = build_main_window(book, backups=tmp_path / "backups")
            try:
                assert book.read_only and main.windowTitle() == "team.leadbook — read-only — Leadbook"
                assert not main.new_action.isEnabled() and not main.restore_action.isEnabled()
                warned: list[str] = []
                monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
                main.new_lead()
                assert not main._guard(lambda: book.add_note(lead.id, "Refused"))
                assert len(warned) == 2 and all("read-only" in text for text in warned)
                # Calendar sync set up on this computer leaves a read-only book alone (nothing could come back).
                from leadbook.sync import account as accounts

                accounts.save(path, accounts.Account("https://cal.invalid/", "me", "https://cal.invalid/me/lb/"))
                main.calendar_sync.account = accounts.load(path)
                main.calendar_sync.sync_now()
                assert not main.calendar_sync.is_running()
            finally:
                main.close()
                shiboken6.delete(main)  # before its book closes (a window must not outlive its book)
    finally:
        _read_only(path, on=False)
    assert path.read_bytes() == data


@pytest.mark.slow  # a real process
def test_a_timer_write_during_the_wait_does_not_wait_inside_it(qtbot, window, book: LeadBook, monkeypatch):
    """While one write waits, Qt still runs timers (the lead list's column save, say): such a write
    fails as busy at once instead of starting a second wait inside the first."""
    from PySide6.QtCore import QTimer

    from leadbook.book import BookError

    lead = book.add_lead(Lead(name="Ada Lovelace"))
    inner: list[str] = []

    def timer_write() -> None:
        try:
            book.set_setting("leads.columns", "{}")
            inner.append("written")
        except BookError as error:
            inner.append(type(error).__name__)

    monkeypatch.setattr(QMessageBox, "warning", lambda *_args: None)
    with lock_held(book.path, 1.5):
        QTimer.singleShot(300, timer_write)  # fires while the note below waits for the lock
        assert window._guard(lambda: book.add_note(lead.id, "Called back"))
    assert inner == ["BookLockedError"]
    assert [e.text for e in book.timeline(lead.id) if e.kind == "note"] == ["Called back"]
