"""Opening a book with care: check it first, set a damaged one aside, find the newest good backup.

Shared by the app (which asks the user what to do) and ``leadbook check`` / ``backup``.
"""

from __future__ import annotations

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


def check_at_start(book_path: Path, backups: Path, now: datetime) -> Damage | None:
    """``quick_check`` always, a full ``integrity_check`` after a run that did not close
    cleanly. A damaged book is moved aside (never overwritten, never deleted)."""
    if not book_path.exists() or book_path.stat().st_size == 0:
        return None
    full = running_marker(book_path).exists()
    problems = check_file(book_path, full=full)
    if not problems:
        return None
    if _not_sqlite(problems):
        return None  # not a book at all: opening it gives the clear "not a lead book" message
    moved = move_aside(book_path, now)
    running_marker(book_path).unlink(missing_ok=True)
    return Damage(problems, moved, newest_good_backup(book_path, backups))


def _not_sqlite(problems: list[str]) -> bool:
    return any("not a database" in p or "file is encrypted" in p for p in problems)
