"""Opening a book with care: check it first, set a damaged one aside, find the newest good backup.

Shared by the app (which asks the user what to do) and ``leadbook check`` / ``backup``.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .store.backup import BackupInfo, check_file, list_backups, move_aside, running_marker


@dataclass(frozen=True)
class Damage:
    """What was found wrong with a book, where it was put, and the best way back."""

    problems: list[str]
    moved_to: Path
    backup: BackupInfo | None


def newest_good_backup(book_path: Path, folder: Path) -> BackupInfo | None:
    """The newest backup of this book that still passes SQLite's check."""
    for backup in list_backups(book_path, folder):
        if backup.lead_count is not None and not check_file(backup.path):
            return backup
    return None


class StartCheck:
    """SQLite's start-up check of a book, begun on a thread as soon as the command line is read:
    SQLite reads the file (without the GIL) on one core while Python loads the app on the
    other, so a big book's check costs little of the time to the first window."""

    def __init__(self, book_path: Path) -> None:
        self.path = book_path
        self._problems: list[str] = []
        self._connection: sqlite3.Connection | None = None
        self._reading = threading.Event()
        self._thread: threading.Thread | None = None
        if _has_content(book_path):
            self._thread = threading.Thread(target=self._run, name="leadbook-start-check")
            self._thread.start()

    def _run(self) -> None:
        def connected(connection: sqlite3.Connection) -> None:
            self._connection = connection
            self._reading.set()

        try:
            self._problems = check_file(self.path, full=running_marker(self.path).exists(), connected=connected)
        finally:
            self._reading.set()  # also when the file could not even be opened

    def cancel(self) -> None:
        """Not needed after all (another Leadbook has the book open): stop reading, now."""
        if self._thread is not None:
            self._reading.wait()
            if self._connection is not None:
                try:
                    self._connection.interrupt()
                except sqlite3.ProgrammingError:
                    pass  # the check had finished and closed its connection
            self._thread.join()
            self._problems = []

    def problems(self) -> list[str]:
        """What the check found ([] for a sound, missing or empty file); waits for it to finish."""
        if self._thread is not None:
            self._thread.join()
        return self._problems


def check_at_start(book_path: Path, backups: Path, now: datetime, started: StartCheck | None = None) -> Damage | None:
    """``quick_check`` always, a full ``integrity_check`` after a run that did not close
    cleanly (``started``: that check, begun earlier for this path). A damaged book is moved
    aside (never overwritten, never deleted)."""
    if started is not None and started.path == book_path:
        problems = started.problems()
    elif _has_content(book_path):
        problems = check_file(book_path, full=running_marker(book_path).exists())
    else:
        return None
    if not problems:
        return None
    if _not_sqlite(problems):
        return None  # not a book at all: opening it gives the clear "not a lead book" message
    moved = move_aside(book_path, now)
    running_marker(book_path).unlink(missing_ok=True)
    return Damage(problems, moved, newest_good_backup(book_path, backups))


def _has_content(book_path: Path) -> bool:
    return book_path.exists() and book_path.stat().st_size > 0


def _not_sqlite(problems: list[str]) -> bool:
    return any("not a database" in p or "file is encrypted" in p for p in problems)
