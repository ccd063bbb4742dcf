"""Opening a book with care: check it first, set a damaged one aside, find the newest good backup.

Shared by the app (which asks the user what to do) and ``leadbook check`` / ``backup``.

The checks only read (``store.backup.check_file`` opens the book read-only), so a book the user
may not write is checked like any other and opens read-only. Only what SQLite reports as damage
counts: a file that cannot be read for want of permission is left where it is for the opening
to explain. A damaged book is set aside only once a verified copy of it exists.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from datetime import datetime
from pathlib import Path

from ..core.frozen import FrozenRecord
from .backup import BackupInfo, check_file, list_backups, move_aside, running_marker
from .errors import BackupFailed, BookError


class Damage(FrozenRecord):
    """What was found wrong with a book, where it was put, and the best way back. ``moved_to``
    is None when no verified copy could be made: the book was left where it was, and
    ``not_moved`` says why."""

    problems: list[str]
    moved_to: Path | None
    backup: BackupInfo | None
    not_moved: str = ""


def newest_good_backup(book_path: Path, folder: Path) -> BackupInfo | None:
    """The newest backup of this book that still passes SQLite's check."""
    for backup in list_backups(book_path, folder):
        try:
            if backup.lead_count is not None and not check_file(backup.path):
                return backup
        except BookError:
            continue  # a backup this user cannot read is no way back
    return None


class StartCheck:
    """SQLite's start-up ``quick_check`` of a book, on a thread. The app does not wait for it: the
    book opens with the check pending (``LeadBook.open(checking=...)``), Today paints, and every
    write waits for the verdict; a damaged book's window then closes and the damaged-book flow runs
    (docs/architecture.md, "Safety").

    Only when the last run closed cleanly (no ``.running`` marker), which is read when the check is
    made, before the book opens (``wanted``): after a crash the full check runs as before, once the
    app knows it owns the book, and a second Leadbook started on a book that is open elsewhere
    never reads it.

    ``later``: made as soon as the command line is read, but reading only from ``begin()``, which
    the app calls on the turn after Today's first paint (``app.Session``). Read while the window
    was being shown, a big book's check slowed the window on a two-core machine (the whole file
    passes through memory beside the window's start). Anything that needs the verdict sooner (a
    migration, a worker's write) begins it by asking (``problems()``).

    ``full``: the full ``integrity_check`` of an open book instead, at once and at normal
    priority, for when SQLite reports damage the start-up check did not find (met after its
    verdict, or of a kind ``quick_check`` does not look for). The book then waits for this
    verdict as it waits for the start-up check's (``LeadBook.check_again``)."""

    def __init__(self, book_path: Path, *, full: bool = False, later: bool = False) -> None:
        self.path = book_path
        self.full = full
        self._problems: list[str] = []
        self._error: BaseException | None = None
        self._cancelled = threading.Event()
        self._thread: threading.Thread | None = None
        self._beginning = threading.Lock()  # the app's idle turn and a worker's write may both begin it
        #: This check gives the book's verdict: it has content and (unless ``full``) closed cleanly.
        self.wanted = _has_content(book_path) and (full or not running_marker(book_path).exists())
        if not later:
            self.begin()

    def begin(self) -> None:
        """Start reading, once: nothing when it has begun, is not wanted or was cancelled."""
        with self._beginning:
            if self.wanted and self._thread is None and not self._cancelled.is_set():
                thread = threading.Thread(
                    target=self._run, name="leadbook-full-check" if self.full else "leadbook-start-check"
                )
                thread.start()
                self._thread = thread  # once started: a thread not started yet is not alive either

    @property
    def begun(self) -> bool:
        """It has begun reading the book (and may have finished)."""
        return self._thread is not None

    @property
    def done(self) -> bool:
        """The verdict is in (``problems()`` answers without waiting)."""
        thread = self._thread
        return not self.wanted or (thread is not None and not thread.is_alive())

    def _run(self) -> None:
        if not self.full:  # the user waits for the full check; the start-up check runs behind the paint
            with contextlib.suppress(AttributeError, OSError):  # Linux: this thread only; elsewhere not offered
                # Behind the window's start on a busy machine: the first paint does not wait for the check.
                os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)

        def connected(connection: sqlite3.Connection) -> None:
            # Asked every few thousand steps, from the start: a cancel needs no statement running.
            connection.set_progress_handler(lambda: 1 if self._cancelled.is_set() else 0, 10_000)

        try:
            self._problems = check_file(self.path, full=self.full, connected=connected)
        except BaseException as error:  # noqa: BLE001 - handed to the thread that waits for the verdict
            self._error = error

    def cancel(self) -> None:
        """Not needed after all (another Leadbook has the book, the start failed, or the book
        closed before it began): stop now, or never begin."""
        with self._beginning:
            self._cancelled.set()
            self.wanted = False
            thread, self._thread = self._thread, None
        if thread is not None:
            thread.join()
        self._problems, self._error = [], None

    def problems(self) -> list[str]:
        """What the check found ([] for a sound, missing or empty file); begins it if it has not
        begun, and waits for it to finish."""
        self.begin()
        thread = self._thread
        if thread is not None:
            thread.join()
        if self._error is not None:
            raise self._error
        return self._problems


def check_at_start(book_path: Path, backups: Path, now: datetime, started: StartCheck | None = None) -> Damage | None:
    """``quick_check`` always, a full ``integrity_check`` after a run that did not close
    cleanly (``started``: that check, made earlier for this path). A damaged book is moved
    aside once a verified copy of it exists (never overwritten, never deleted); when no copy
    can be made it stays where it is. A book that cannot be read for want of permission is
    not damaged: None, and opening it says what is wrong."""
    try:
        if started is not None and started.wanted and started.path == book_path:
            problems = started.problems()
        else:
            if started is not None:
                started.cancel()  # made for another file (or not wanted: nothing to stop)
            if not _has_content(book_path):
                return None
            problems = check_file(book_path, full=running_marker(book_path).exists())
    except BookError:
        return None
    if not problems:
        return None
    if _not_sqlite(problems):
        return None  # not a book at all: opening it gives the clear "not a lead book" message
    try:
        moved: Path | None = move_aside(book_path, now)
    except BackupFailed as error:
        return Damage(problems, None, newest_good_backup(book_path, backups), not_moved=error.detail)
    running_marker(book_path).unlink(missing_ok=True)
    return Damage(problems, moved, newest_good_backup(book_path, backups))


def _has_content(book_path: Path) -> bool:
    return book_path.exists() and book_path.stat().st_size > 0


def _not_sqlite(problems: list[str]) -> bool:
    return any("not a database" in p or "file is encrypted" in p for p in problems)
