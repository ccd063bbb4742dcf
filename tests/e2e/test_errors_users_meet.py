"""Errors a user can meet: each gives a clear message, nothing saved is lost, no traceback."""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from _book_sql import connection, value
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from leadbook.book import LeadBook
from leadbook.core.model import Lead
from leadbook.present import texts
from leadbook.store.errors import BookLockedError, BookReadOnlyError, DiskFullError

pytestmark = pytest.mark.slow


def test_disk_full_rolls_back_and_says_so(book: LeadBook):
    book.add_leads([Lead(name="Kept")])
    pages = value(book, "PRAGMA page_count")
    connection(book).execute(f"PRAGMA max_page_count = {pages + 1}")  # the disk "fills up" here
    with pytest.raises(DiskFullError) as caught:
        book.add_leads([Lead(name=f"Lead {n}", notes="x" * 2000) for n in range(200)])
    assert book.count_leads() == 1
    assert "full" in texts.book_error_text(caught.value) and "Nothing was saved" in texts.book_error_text(caught.value)
    connection(book).execute("PRAGMA max_page_count = 1073741823")
    book.add_leads([Lead(name="After")])  # the book works again once there is room
    assert book.count_leads() == 2


def test_a_book_locked_by_another_program(tmp_path, clock):
    path = tmp_path / "locked.leadbook"
    LeadBook.open(path, clock).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import sqlite3, sys
            conn = sqlite3.connect({str(path)!r}, isolation_level=None)
            conn.execute("BEGIN EXCLUSIVE")
            print("locked", flush=True)
            sys.stdin.readline()
        """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with LeadBook.open(path, clock) as book:
            book.write_wait = 0.5  # a write waits for the other writer, then gives up
            with pytest.raises(BookLockedError) as caught:
                book.add_leads([Lead(name="Blocked")])
            assert "another Leadbook or another program is writing to it" in texts.book_error_text(caught.value)
    finally:
        holder.communicate("go\n")
    with LeadBook.open(path, clock) as book:
        assert book.count_leads() == 0


def _read_only(*paths: Path, on: bool) -> None:
    """Make files and folders read-only for real. Root ignores permission bits, so as root
    the immutable attribute is used, which binds root too."""
    for path in paths:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "+i" if on else "-i", str(path)], check=True)
        else:
            os.chmod(path, (0o555 if path.is_dir() else 0o444) if on else (0o700 if path.is_dir() else 0o600))


def test_a_read_only_book_opens_read_only_refuses_writes_with_a_message_and_stays_whole(tmp_path, clock):
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "ro.leadbook"
    with LeadBook.open(path, clock) as book:
        book.add_leads([Lead(name="Kept")])
    _read_only(path, folder, on=True)
    try:
        with LeadBook.open(path, clock) as book:
            assert book.read_only
            assert [lead.name for lead in book.leads(book.lead_ids())] == ["Kept"]
            with pytest.raises(BookReadOnlyError) as caught:
                book.add_leads([Lead(name="Refused")])
        assert "cannot write" in texts.book_error_text(caught.value)
    finally:
        _read_only(path, folder, on=False)
    with LeadBook.open(path, clock) as book:
        assert [lead.name for lead in book.leads(book.lead_ids())] == ["Kept"]


def test_the_book_its_wal_and_backups_are_owner_only(book: LeadBook, tmp_path):
    book.add_leads([Lead(name="A")])
    for part in (book.path, Path(str(book.path) + "-wal"), Path(str(book.path) + "-shm")):
        assert part.exists() and (part.stat().st_mode & 0o077) == 0, part
    backup = book.back_up(tmp_path / "backups")
    assert (backup.stat().st_mode & 0o077) == 0 and (backup.parent.stat().st_mode & 0o077) == 0


def test_an_unexpected_error_is_logged_and_shown_briefly(qapp, sandbox, caplog):
    from leadbook.app import _report_unexpected
    from leadbook.platform.paths import log_path

    shown: list[str] = []

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.accept()

    QTimer.singleShot(0, close_box)
    try:
        raise RuntimeError("a bug")
    except RuntimeError as error:
        with caplog.at_level(logging.ERROR, logger="leadbook"):
            _report_unexpected(type(error), error, error.__traceback__)
    assert "RuntimeError: a bug" in caplog.text  # the traceback goes to the log...
    assert str(log_path()) in shown[0] and "Traceback" not in shown[0]  # ...the user sees the path


def test_not_a_book_messages_say_what_to_do(tmp_path):
    from leadbook.store.database import open_database
    from leadbook.store.errors import BookError

    cases = {
        "text.leadbook": lambda p: p.write_text("hello " * 100),
        "photos.sqlite": lambda p: sqlite3.connect(p).execute("CREATE TABLE photos (id)").connection.commit(),
    }
    for name, make in cases.items():
        path = tmp_path / name
        make(path)
        before = path.read_bytes()
        with pytest.raises(BookError) as caught:
            open_database(path)
        message = texts.book_error_text(caught.value)
        assert str(path) in message and "Choose" in message
        assert path.read_bytes() == before
