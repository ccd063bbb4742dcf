"""Verified backups through SQLite's online backup API, their rotation, checks and restore.

A backup counts only once it has been re-opened and passed ``quick_check``;
it is written under a temporary name and renamed into place, so a crash
never leaves a half backup that looks whole. Everything is owner-only.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from .errors import BookError
from .schema import APPLICATION_ID

KEEP_DAILY = 14
KEEP_WEEKLY = 8
KEEP_MONTHLY = 12

_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<prefix>.+)-(?P<stamp>\d{8}-\d{6})(?P<n>-\d+)?\.leadbook$")


class BackupFailed(BookError):
    """The backup could not be written or did not pass its check; nothing counts as backed up."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    size: int
    lead_count: int | None  # None when the file cannot be read


def running_marker(book_path: Path) -> Path:
    """Present while a book is open; left behind by a crash, so the next start checks deeper."""
    return Path(book_path).with_name(Path(book_path).name + ".running")


def backup_prefix(book_path: Path) -> str:
    """Backups of different books share a folder: name them by the book and a hash of its place."""
    digest = hashlib.sha1(str(Path(book_path).resolve()).encode("utf-8")).hexdigest()[:8]
    stem = re.sub(r"[^\w.-]+", "_", Path(book_path).stem) or "book"
    return f"{stem}-{digest}"


def _private_dir(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(folder, 0o700)
    return folder


def check_file(path: Path, *, full: bool = False,
               connected: Callable[[sqlite3.Connection], None] | None = None) -> list[str]:
    """SQLite's own verdict on a file: [] when it is sound, else the problems it reports.

    Opened read-write (but nothing is written) so that SQLite tidies its WAL files on
    close as it would for the app. ``connected`` is handed the connection before the check
    (to set a progress handler that can stop it: the check then reports "interrupted").
    """
    try:
        conn = sqlite3.connect(str(path), timeout=3.0)
    except sqlite3.Error as error:
        return [str(error)]
    if connected is not None:
        connected(conn)
    try:
        pragma = "integrity_check" if full else "quick_check"
        rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
        if full and rows == ["ok"] and conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'leads_fts'"
        ).fetchone():
            try:
                conn.execute("INSERT INTO leads_fts(leads_fts) VALUES ('integrity-check')")
            except sqlite3.DatabaseError as error:
                rows = [f"full-text index: {error}"]
            finally:
                conn.rollback()
        return [] if rows == ["ok"] else rows
    except sqlite3.Error as error:
        return [str(error)]
    finally:
        conn.close()


def _lead_count(path: Path) -> int | None:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                return None
            return int(conn.execute("SELECT count(*) FROM leads").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def make_backup(source: sqlite3.Connection, book_path: Path, folder: Path, now: datetime) -> Path:
    """Copy the open book into ``folder`` and verify the copy; returns the backup's path."""
    _private_dir(folder)
    stamp = now.astimezone(timezone.utc).strftime(_STAMP)
    target = folder / f"{backup_prefix(book_path)}-{stamp}.leadbook"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{backup_prefix(book_path)}-{stamp}-{n}.leadbook"
    partial = target.with_suffix(".partial")
    try:
        fd = os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        os.close(fd)
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        problems = check_file(partial)
        if problems or _lead_count(partial) is None:
            raise BackupFailed(book_path, "the copy did not pass its check: " + "; ".join(problems or ["not a book"]))
        os.replace(partial, target)
    except BackupFailed:
        partial.unlink(missing_ok=True)
        raise
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        raise BackupFailed(book_path, str(error)) from error
    return target


def list_backups(book_path: Path, folder: Path) -> list[BackupInfo]:
    """This book's backups, newest first."""
    prefix = backup_prefix(book_path)
    found = []
    if not folder.is_dir():
        return []
    for path in folder.glob(f"{prefix}-*.leadbook"):
        match = _NAME.match(path.name)
        if not match or match.group("prefix") != prefix:
            continue
        created = datetime.strptime(match.group("stamp"), _STAMP).replace(tzinfo=timezone.utc)
        found.append(BackupInfo(path, created, path.stat().st_size, _lead_count(path)))
    return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)


def needs_backup(book_path: Path, folder: Path, now: datetime, max_age: timedelta = timedelta(hours=24)) -> bool:
    backups = list_backups(book_path, folder)
    return not backups or now - backups[0].created >= max_age


def backups_to_keep(created: list[datetime]) -> set[datetime]:
    """Everything from the last 24 hours (a manual backup, the one before an import or a
    restore), then the newest of each of the last 14 days, 8 weeks and 12 months."""
    keep: set[datetime] = set()
    if created:
        newest = max(created)
        keep.update(moment for moment in created if newest - moment < timedelta(hours=24))
    for key, count in (
        (lambda d: d.date(), KEEP_DAILY),
        (lambda d: d.isocalendar()[:2], KEEP_WEEKLY),
        (lambda d: (d.year, d.month), KEEP_MONTHLY),
    ):
        seen: dict[object, datetime] = {}
        for moment in sorted(created, reverse=True):
            seen.setdefault(key(moment), moment)
        keep.update(sorted(seen.values(), reverse=True)[:count])
    if created:
        keep.add(max(created))
    return keep


def rotate(book_path: Path, folder: Path) -> list[Path]:
    """Delete the backups the rotation no longer keeps; returns what was deleted."""
    backups = list_backups(book_path, folder)
    keep = backups_to_keep([b.created for b in backups])
    deleted = []
    for backup in backups:
        if backup.created in keep:
            continue
        backup.path.unlink(missing_ok=True)
        deleted.append(backup.path)
    return deleted


def move_aside(book_path: Path, now: datetime) -> Path:
    """Move a damaged book (and its WAL files) out of the way, never deleting anything."""
    stamp = now.astimezone(timezone.utc).strftime(_STAMP)
    target = book_path.with_name(f"{book_path.name}.damaged-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        part = Path(str(book_path) + suffix)
        if part.exists():
            os.replace(part, Path(str(target) + suffix))
    return target


def restore_file(backup: Path, book_path: Path) -> None:
    """Put a backup in the book's place. The book must be closed; its stale WAL is removed
    first, because SQLite would otherwise replay it over the restored file."""
    problems = check_file(backup)
    if problems:
        raise BackupFailed(backup, "; ".join(problems))
    partial = book_path.with_name(book_path.name + ".restoring")
    fd = os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    os.close(fd)
    src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    dest = sqlite3.connect(partial)
    try:
        src.backup(dest)
    finally:
        dest.close()
        src.close()
    for suffix in ("-wal", "-shm"):
        Path(str(book_path) + suffix).unlink(missing_ok=True)
    os.replace(partial, book_path)
