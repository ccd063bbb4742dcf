"""Opening a lead book file: identity, version, pragmas, migrations and error translation."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import sqlite_utils

from .errors import (
    BookError,
    BookLockedError,
    BookReadOnlyError,
    BookUnreadableError,
    DiskFullError,
    EmptyFileError,
    NewerBookError,
    NotALeadBookError,
    NotSQLiteError,
)
from .schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION


def _writable(path: Path) -> bool:
    """Can this process write the book and create its WAL files beside it?"""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def translate_error(path: Path, error: sqlite3.Error) -> BookError:
    """Map SQLite's error to the one a user can act on."""
    text = str(error).lower()
    if path.exists() and not _writable(path) and ("unable to open" in text or "readonly" in text):
        return BookReadOnlyError(path, str(error))
    if "file is not a database" in text or "file is encrypted" in text:
        return NotSQLiteError(path, str(error))
    if "locked" in text or "busy" in text:
        return BookLockedError(path, str(error))
    if "readonly" in text or "read-only" in text or "attempt to write" in text:
        return BookReadOnlyError(path, str(error))
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFullError(path, str(error))
    return BookUnreadableError(path, str(error))


@contextlib.contextmanager
def known_errors(path: Path) -> Iterator[None]:
    """Run a block, turning SQLite's operational errors into BookErrors."""
    try:
        yield
    except BookError:
        raise
    except (sqlite3.OperationalError, sqlite3.DatabaseError) as error:
        if isinstance(error, sqlite3.IntegrityError):
            raise
        raise translate_error(path, error) from error


def _create_private(path: Path) -> None:
    """Create an empty file readable by the owner only, before SQLite touches it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def _user_tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return [r[0] for r in rows]


def open_database(
    path: Path, *, create: bool = True, before_migrate: Callable[[sqlite3.Connection], None] | None = None
) -> sqlite_utils.Database:
    """Open (and if needed create or migrate) the book at ``path``.

    Refuses files that are not SQLite, SQLite files of other programs, and
    books written by a newer Leadbook, each with its own BookError.
    """
    path = Path(path)
    if not path.exists():
        if not create:
            raise BookUnreadableError(path, "no such file")
        try:
            _create_private(path)
        except PermissionError as error:
            raise BookReadOnlyError(path, str(error)) from error
        except OSError as error:
            raise BookUnreadableError(path, str(error)) from error
    elif path.is_dir():
        raise BookUnreadableError(path, "is a folder")
    elif path.stat().st_size == 0:
        # Someone's empty file (or a download that failed) is not a book; it stays as it is.
        raise EmptyFileError(path, "0 bytes")
    with known_errors(path):
        conn = sqlite3.connect(str(path), timeout=3.0, check_same_thread=True)
        try:
            conn.execute("PRAGMA busy_timeout = 3000")
            found_app = conn.execute("PRAGMA application_id").fetchone()[0]
            found_version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = _user_tables(conn)
            if found_app != APPLICATION_ID and tables:
                raise NotALeadBookError(path, "tables: " + ", ".join(sorted(tables)[:5]))
            if found_version > SCHEMA_VERSION:
                raise NewerBookError(path, found_version, SCHEMA_VERSION)
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA synchronous = FULL")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise BookReadOnlyError(path, f"cannot switch to WAL (journal mode {mode})")
            # No sqlite-utils plugins: whatever else is installed does not get to change how the
            # user's book is opened (and scanning for them costs ~30 ms at every start).
            db = sqlite_utils.Database(conn, execute_plugins=False)
            if found_version < SCHEMA_VERSION:
                if found_version > 0 and before_migrate is not None:
                    before_migrate(conn)
                migrate(db)
        except BaseException:
            conn.close()
            raise
    return db


def migrate(db: sqlite_utils.Database) -> None:
    """Apply pending migrations, stamping the book as ours and its version."""
    MIGRATIONS.apply(db)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
