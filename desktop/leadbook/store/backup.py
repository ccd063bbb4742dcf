"""Verified backups through SQLite's online backup API, their rotation, checks and restore.

A backup counts only once it has been re-opened and passed ``quick_check``;
it is written under a temporary name of its own (``….<pid>-<random>.partial``: two backups in
the same second never share one) and linked into place under a name nobody has taken, so a
crash never leaves a half backup that looks whole and two backups never overwrite each other.
A ``.partial`` left by a backup that was killed is removed by the rotation once it is an hour
old. Everything is owner-only.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.deferred import deferred
from ..core.frozen import FrozenRecord
from .database import connect_read_only, is_writable, permission_error
from .errors import BackupFailed, BookDamagedError, BookUnreadableError
from .schema import APPLICATION_ID

if TYPE_CHECKING:
    import hashlib
else:
    hashlib = deferred("hashlib")  # OpenSSL's library loads with it: after the first paint, when a backup is made

KEEP_DAILY = 14
KEEP_WEEKLY = 8
KEEP_MONTHLY = 12

_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<prefix>.+)-(?P<stamp>\d{8}-\d{6})(?P<n>-\d+)?\.leadbook$")
# A backup's temporary file older than this was left by a backup that did not finish.
STALE_PARTIAL = timedelta(hours=1)

__all__ = ["BackupFailed", "BackupInfo", "check_file", "list_backups", "make_backup", "move_aside", "rotate"]


class BackupInfo(FrozenRecord):
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


def check_file(
    path: Path, *, full: bool = False, connected: Callable[[sqlite3.Connection], None] | None = None
) -> list[str]:
    """SQLite's own verdict on a file: [] when it is sound, else the problems it reports.

    Read-only (``connect_read_only``: ``mode=ro``, or ``immutable=1`` in a read-only folder), so
    a check never writes and a book the user may not write is checked like any other. A file
    that cannot be read for want of permission is not damage: that raises BookUnreadableError.
    The full check adds the full-text index's own check, which SQLite phrases as an INSERT:
    on a book this process may write it runs on a second, read-write connection and is rolled
    back; on a read-only book it is left out. ``connected`` is handed the connection before
    the check (to set a progress handler that can stop it: the check then reports "interrupted").
    """
    path = Path(path)
    try:
        conn = connect_read_only(path)
    except sqlite3.Error as error:
        if permission_error(error):
            raise BookUnreadableError(path, str(error)) from error
        return [str(error)]
    if connected is not None:
        connected(conn)
    try:
        pragma = "integrity_check" if full else "quick_check"
        rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
        has_fts = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'leads_fts'").fetchone()
    except sqlite3.Error as error:
        if permission_error(error) or getattr(error, "sqlite_errorcode", 0) & 0xFF in (5, 6):  # or BUSY, LOCKED
            raise BookUnreadableError(path, str(error)) from error
        return [str(error)]
    finally:
        conn.close()
    if full and rows == ["ok"] and has_fts and is_writable(path):
        rows = _fts_check(path)
    return [] if rows == ["ok"] else rows


def _fts_check(path: Path) -> list[str]:
    try:
        conn = sqlite3.connect(str(path), timeout=3.0)
    except sqlite3.Error as error:
        return [str(error)]
    try:
        conn.execute("INSERT INTO leads_fts(leads_fts) VALUES ('integrity-check')")
        return ["ok"]
    except sqlite3.DatabaseError as error:
        if permission_error(error) or getattr(error, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_BUSY:
            return ["ok"]  # not allowed or not now: that says nothing about the index
        return [f"full-text index: {error}"]
    finally:
        conn.rollback()
        conn.close()


def _lead_count(path: Path) -> int | None:
    try:
        conn = connect_read_only(path)
        try:
            if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                return None
            return int(conn.execute("SELECT count(*) FROM leads").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def os_reason(error: OSError) -> str:
    """An OS error as a person reads it: "Permission denied: /home/ann/backups"."""
    reason = error.strerror or str(error)
    return f"{reason}: {error.filename}" if error.filename else reason


def make_backup(source: sqlite3.Connection, book_path: Path, folder: Path, now: datetime) -> Path:
    """Copy the open book into ``folder`` and verify the copy; returns the backup's path. A copy
    that fails its check is BackupFailed, unless the book fails it too: BookDamagedError (the
    damage is the book's, and the app's damaged-book flow takes over).

    Any number of these may run at once, in threads or processes: each writes its own
    ``.partial`` (pid and a random part in its name) and takes the first free final name
    (``os.link`` fails rather than replace one another backup took first)."""
    try:
        _private_dir(folder)
    except OSError as error:
        raise BackupFailed(book_path, os_reason(error)) from error
    stamp = now.astimezone(UTC).strftime(_STAMP)
    base = f"{backup_prefix(book_path)}-{stamp}"
    import secrets  # noqa: PLC0415 - making a backup, after the first paint

    partial = folder / f"{base}.{os.getpid()}-{secrets.token_hex(4)}.partial"
    try:
        fd = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        problems = check_file(partial)
        if problems or _lead_count(partial) is None:
            if found := check_file(book_path):  # the book's own pages are damaged, not the copy's
                raise BookDamagedError(book_path, found[0])
            raise BackupFailed(book_path, "the copy did not pass its check: " + "; ".join(problems or ["not a book"]))
        return _put_in_place(partial, folder, base)
    except (BackupFailed, BookDamagedError):
        partial.unlink(missing_ok=True)
        raise
    except BookUnreadableError as error:
        partial.unlink(missing_ok=True)
        raise BackupFailed(book_path, error.detail) from error
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise BackupFailed(book_path, os_reason(error)) from error
    except sqlite3.Error as error:
        partial.unlink(missing_ok=True)
        raise BackupFailed(book_path, str(error)) from error


# Errors of a file system without hard links (or that refuses them here).
_NO_LINKS = {errno.EPERM, errno.EXDEV, errno.EMLINK, errno.ENOSYS, getattr(errno, "ENOTSUP", -1),
             getattr(errno, "EOPNOTSUPP", -1)}  # fmt: skip


def _put_in_place(partial: Path, folder: Path, base: str) -> Path:
    """Give the verified copy the first free name ``base.leadbook``, ``base-2.leadbook``, …"""
    n = 1
    while True:
        target = folder / (f"{base}.leadbook" if n == 1 else f"{base}-{n}.leadbook")
        try:
            os.link(partial, target)  # atomic, and never over a name another backup took
        except FileExistsError:
            n += 1
            continue
        except OSError as error:
            if error.errno not in _NO_LINKS:
                raise
            try:  # no hard links here: take the name with an empty file, then replace it
                os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
            except FileExistsError:
                n += 1
                continue
            os.replace(partial, target)
            return target
        partial.unlink()
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
        created = datetime.strptime(match.group("stamp"), _STAMP).replace(tzinfo=UTC)
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


def rotate(book_path: Path, folder: Path, now: datetime | None = None) -> list[Path]:
    """Delete the backups the rotation no longer keeps; returns what was deleted. With ``now``
    (the book's clock) this book's ``.partial`` files more than an hour old go too: a backup
    that was killed half-way leaves one, and no backup runs that long."""
    backups = list_backups(book_path, folder)
    keep = backups_to_keep([b.created for b in backups])
    deleted = []
    for backup in backups:
        if backup.created in keep:
            continue
        backup.path.unlink(missing_ok=True)
        deleted.append(backup.path)
    if now is not None and folder.is_dir():
        stale_before = (now - STALE_PARTIAL).timestamp()
        for partial in folder.glob(f"{backup_prefix(book_path)}-*.partial"):
            try:
                if partial.stat().st_mtime < stale_before:
                    partial.unlink()
                    deleted.append(partial)
            except OSError:
                continue  # gone meanwhile, or not ours to remove
    return deleted


def move_aside(book_path: Path, now: datetime) -> Path:
    """Set a damaged book (and its WAL, when it holds anything) aside as ``<name>.damaged-<stamp>``,
    never deleting anything of it: each part is copied and the copy read back and compared with it; only
    then are the originals removed (the book first, so its WAL never goes without it). When no
    verified copy can be made (a read-only folder, a full disk) nothing is moved and
    BackupFailed says why."""
    stamp = now.astimezone(UTC).strftime(_STAMP)
    target = book_path.with_name(f"{book_path.name}.damaged-{stamp}")
    n = 1
    while any(Path(str(target) + suffix).exists() for suffix in ("", "-wal", "-shm")):
        n += 1
        target = book_path.with_name(f"{book_path.name}.damaged-{stamp}-{n}")
    wal, shm = Path(str(book_path) + "-wal"), Path(str(book_path) + "-shm")
    parts = [(book_path, target)]
    if wal.exists() and wal.stat().st_size > 0:  # committed writes may live only there
        parts.append((wal, Path(str(target) + "-wal")))
    made: list[Path] = []
    try:
        for part, copy in parts:
            made.append(copy)
            _copy_verified(part, copy)
        for part, _copy in parts:
            part.unlink()
        for spare in (wal, shm):  # an empty WAL and the WAL index hold no data of the book
            spare.unlink(missing_ok=True)
    except OSError as error:
        if book_path.exists():  # nothing was moved: the copies go, the book stays as it was
            for copy in made:
                copy.unlink(missing_ok=True)
        raise BackupFailed(book_path, os_reason(error)) from error
    return target


def _copy_verified(source: Path, copy: Path) -> None:
    """Copy ``source`` to the new file ``copy`` (owner-only), synced, then read back and compared."""
    with source.open("rb") as src, os.fdopen(os.open(copy, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600), "wb") as dst:
        shutil.copyfileobj(src, dst, 1 << 20)
        dst.flush()
        os.fsync(dst.fileno())
    if _digest(source) != _digest(copy):
        raise OSError(errno.EIO, "the copy differs from the original", str(copy))


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for chunk in iter(lambda: file.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def restore_file(backup: Path, book_path: Path) -> None:
    """Put a backup in the book's place. The book must be closed; its stale WAL is removed
    first, because SQLite would otherwise replay it over the restored file."""
    problems = check_file(backup)
    if problems:
        raise BackupFailed(backup, "; ".join(problems))
    partial = book_path.with_name(book_path.name + ".restoring")
    fd = os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    os.close(fd)
    src = connect_read_only(backup)
    dest = sqlite3.connect(partial)
    try:
        src.backup(dest)
    finally:
        dest.close()
        src.close()
    for suffix in ("-wal", "-shm"):
        Path(str(book_path) + suffix).unlink(missing_ok=True)
    os.replace(partial, book_path)
