"""Opening a lead book file: identity, version, pragmas, migrations and error translation."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from .errors import (
    BookDamagedError,
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
from .schema import APPLICATION_ID, COUNTED_SQL, SCHEMA_VERSION, migrations

if TYPE_CHECKING:
    import sqlite_utils


def inserted_id(cursor: sqlite3.Cursor) -> int:
    """The rowid an INSERT just made (SQLite always sets it for one)."""
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def _folder_writable(folder: Path) -> bool:
    """Can this process create files in ``folder``? Asked with the effective ids (AT_EACCESS):
    plain ``access()`` answers for root's real ids and says yes even when the process has given
    up its permission bypass (CAP_DAC_OVERRIDE)."""
    effective = os.access in os.supports_effective_ids
    return os.access(folder, os.W_OK | os.X_OK, effective_ids=effective)


def _writable(path: Path) -> bool:
    """Can this process write the book and create its WAL files beside it? The file is opened
    for writing (and closed, nothing written): the one answer that holds for every user."""
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False
    os.close(fd)
    return _folder_writable(path.parent)


def is_writable(path: Path | str) -> bool:
    """A book that exists and that this process can write (else Leadbook opens it read-only)."""
    path = Path(path)
    return path.is_file() and _writable(path)


def permission_error(error: sqlite3.Error) -> bool:
    """SQLite's codes (not its words) for "may not write / may not open": SQLITE_PERM,
    SQLITE_READONLY (with its extended codes, e.g. READONLY_CANTINIT when a read-only
    connection cannot make the WAL index) and SQLITE_CANTOPEN. Never damage."""
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (3, 8, 14)


def connect_read_only(path: Path, timeout: float = 3.0) -> sqlite3.Connection:
    """A connection that never writes the book, for checks and read-only books.

    ``mode=ro`` first: SQLite then reads the WAL too, and needs the ``-shm`` file to exist or
    to be creatable (a 0400 book in a writable folder works; so does a book whose ``-wal`` and
    ``-shm`` are left in a read-only folder). In a read-only folder without them it fails with
    SQLITE_READONLY_CANTINIT / CANTOPEN (tested with SQLite 3.40): then, and only when there is
    no WAL content it could miss (no ``-wal`` file, or an empty one), ``immutable=1`` reads the
    main file without any locking. Nobody with our permissions can write that book meanwhile;
    a user who can would go unseen until the book is opened again.
    """

    def connect(query: str) -> sqlite3.Connection:
        return sqlite3.connect(f"{Path(path).resolve().as_uri()}?{query}", uri=True, timeout=timeout,
                               check_same_thread=True)  # fmt: skip

    conn: sqlite3.Connection | None = None
    try:
        conn = connect("mode=ro")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.Error as error:
        if conn is not None:
            conn.close()
        wal = Path(str(path) + "-wal")
        if not permission_error(error) or (wal.exists() and wal.stat().st_size > 0):
            raise
    return connect("immutable=1")


#: SQLite's primary result codes for a damaged file: SQLITE_CORRUPT ("database disk image is
#: malformed") and SQLITE_NOTADB.
DAMAGE_CODES = (11, 26)


def is_damage(error: BaseException | None) -> bool:
    """Is ``error`` SQLite reporting a damaged file? Classified by SQLite's code, not its words,
    also when it was translated into a BookError (``known_errors``) or raised while handling one;
    or a check of the book having found damage (``BookDamagedError``)."""
    for _ in range(8):  # a short chain of causes; never a loop
        if error is None:
            return False
        if isinstance(error, BookDamagedError):
            return True
        if isinstance(error, sqlite3.DatabaseError) and getattr(error, "sqlite_errorcode", 0) & 0xFF in DAMAGE_CODES:
            return True
        error = error.__cause__ or error.__context__
    return False


def translate_error(path: Path, error: sqlite3.Error) -> BookError:
    """Map SQLite's error to the one a user can act on."""
    text = str(error).lower()
    if (
        path.exists()
        and not _writable(path)
        and (permission_error(error) or "unable to open" in text or "readonly" in text)
    ):
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
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'").fetchall()
    return [r[0] for r in rows]


def begin_immediate(conn: sqlite3.Connection) -> None:
    """Start a write transaction that holds the write lock from its first statement.

    A deferred ``BEGIN`` (sqlite-utils' ``atomic()``) takes the lock at the first write, after
    the reads: when another connection holds it then, SQLite cannot wait (the snapshot read
    might be stale) and fails at once with "database is locked". ``BEGIN IMMEDIATE`` waits
    (busy timeout) before anything is read, and what is read afterwards stays true until COMMIT.
    """
    conn.execute("BEGIN IMMEDIATE")


@contextlib.contextmanager
def immediate(
    db: sqlite_utils.Database, begin: Callable[[sqlite3.Connection], None] = begin_immediate
) -> Iterator[sqlite_utils.Database]:
    """``db.atomic()``, begun with ``BEGIN IMMEDIATE`` (nested blocks are savepoints, as there)."""
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    begin(db.conn)
    try:
        yield db
        db.conn.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise


def open_database(
    path: Path,
    *,
    create: bool = True,
    before_migrate: Callable[[sqlite3.Connection], None] | None = None,
    read_only: bool = False,
    before_change: Callable[[], None] | None = None,
) -> sqlite_utils.Database:
    """Open (and if needed create or migrate) the book at ``path``.

    Refuses files that are not SQLite, SQLite files of other programs, and
    books written by a newer Leadbook, each with its own BookError. With ``read_only``
    (a book this process cannot write: ``is_writable``) it is opened through
    ``connect_read_only``, never changed, and a book that needs a migration is refused.
    ``before_change`` is called before opening changes the file (a switch to WAL, a migration):
    while the start-up check still runs, it waits for the verdict (and raises on damage).
    """
    if read_only:
        return _open_read_only(Path(path))
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
            found_version = _checked_identity(conn, path)
            if before_change is not None and (
                found_version < SCHEMA_VERSION
                or str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal"
            ):
                before_change()
            if 0 < found_version < SCHEMA_VERSION and before_migrate is not None:
                # Before anything changes the file, the switch to WAL too: a damaged book's copy
                # fails its check, and the book is set aside exactly as it was.
                before_migrate(conn)
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA synchronous = FULL")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise BookReadOnlyError(path, f"cannot switch to WAL (journal mode {mode})")
            db = _lazy(conn)
            if found_version < SCHEMA_VERSION:
                migrate(db)
        except BaseException:
            conn.close()
            raise
    return db


def _checked_identity(conn: sqlite3.Connection, path: Path) -> int:
    """The book's schema version, after checking the file is a lead book this Leadbook can read:
    another application's database and a newer Leadbook's book are refused untouched."""
    conn.execute("PRAGMA busy_timeout = 3000")
    found_app = conn.execute("PRAGMA application_id").fetchone()[0]
    found_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    tables = _user_tables(conn)
    if found_app != APPLICATION_ID and tables:
        raise NotALeadBookError(path, "tables: " + ", ".join(sorted(tables)[:5]))
    if found_version > SCHEMA_VERSION:
        raise NewerBookError(path, found_version, SCHEMA_VERSION)
    return found_version


def _open_read_only(path: Path) -> sqlite_utils.Database:
    if not path.is_file():
        raise BookUnreadableError(path, "no such file" if not path.exists() else "not a file")
    with known_errors(path):
        conn = connect_read_only(path)
        try:
            found_version = _checked_identity(conn, path)
            if found_version < SCHEMA_VERSION:
                raise BookReadOnlyError(path, f"read-only, and it needs an update (version {found_version})")
            conn.execute("PRAGMA foreign_keys = ON")
            db = _lazy(conn)
        except BaseException:
            conn.close()
            raise
    return db


class LazyDatabase:
    """The book's connection, standing in for sqlite-utils' ``Database`` around it: every read
    goes through ``conn``, so the real one (and the import of sqlite-utils, with click, dateutil
    and pluggy: ~60 ms and ~50 modules) is made only when something else is asked for, such as
    ``atomic()`` for the first write. Typed as ``sqlite_utils.Database`` by ``open_database``."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._real: sqlite_utils.Database | None = None

    def real(self) -> sqlite_utils.Database:
        if self._real is None:
            import sqlite_utils  # noqa: PLC0415 - on first write or migration, not at start

            # No sqlite-utils plugins: whatever else is installed does not get to change how the
            # user's book is opened (and scanning for them costs ~30 ms).
            self._real = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._real

    def close(self) -> None:
        self.conn.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real(), name)


def _lazy(conn: sqlite3.Connection) -> sqlite_utils.Database:
    return cast("sqlite_utils.Database", LazyDatabase(conn))


def migrate(db: sqlite_utils.Database) -> None:
    """Apply pending migrations, stamping the book as ours and its version.

    All of them in one ``BEGIN IMMEDIATE`` transaction (each migration a savepoint inside it):
    two Leadbooks opening an old book at once take turns, and the second finds it migrated."""
    with immediate(db):
        if db.conn.execute("PRAGMA user_version").fetchone()[0] >= SCHEMA_VERSION:
            return
        migrations().apply(_scripts_in_transaction(db.conn))
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def script_statements(script: str) -> Iterator[str]:
    """The statements of an SQL script, one at a time (a trigger's body stays whole: SQLite's
    own ``complete_statement`` says where each ends, also past a ';' inside quotes)."""
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \t\n;"):
                yield pending
            pending = ""
    if pending.strip(" \t\n;"):
        yield pending


def _scripts_in_transaction(conn: sqlite3.Connection) -> sqlite_utils.Database:
    """Python's ``executescript`` commits any open transaction first; migrations run their
    scripts statement by statement instead, so they stay inside the one transaction."""
    import sqlite_utils  # noqa: PLC0415 - only a book that needs a migration

    class ScriptsInTransaction(sqlite_utils.Database):
        def executescript(self, sql: str) -> sqlite3.Cursor:
            cursor = self.conn.cursor()
            for statement in script_statements(sql):
                cursor.execute(statement)
            return cursor

    return ScriptsInTransaction(conn, execute_plugins=False)


# --- small statements of the book layer ---------------------------------------------------


def set_busy_timeout(conn: sqlite3.Connection, ms: int) -> None:
    """How long a statement waits for another connection's lock before it fails with SQLITE_BUSY."""
    conn.execute(f"PRAGMA busy_timeout = {int(ms)}")


def data_version(conn: sqlite3.Connection) -> int:
    """Changes when another connection commits (and only then)."""
    return int(conn.execute("PRAGMA data_version").fetchone()[0])


def checkpoint(conn: sqlite3.Connection) -> None:
    """Fold the write-ahead log into the book and empty it (on close); failing is harmless."""
    with contextlib.suppress(sqlite3.Error):
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def integrity_rows(conn: sqlite3.Connection, *, full: bool) -> list[str]:
    """SQLite's quick_check (or full integrity_check): ["ok"] when the file is sound."""
    pragma = "integrity_check" if full else "quick_check"
    return [r[0] for r in conn.execute(f"PRAGMA {pragma}")]


def mend_kept_counts(path: Path) -> bool:
    """Set the counts the triggers keep (migration 0015) to real counts where they are off, in one
    transaction; True when one was. Only a write the triggers cannot see moves them (a row another
    program replaced); ``leadbook check`` runs this after a sound full check."""
    with known_errors(path):
        conn = sqlite3.connect(path, timeout=3.0)
        try:
            if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'kept_counts'").fetchone() is None:
                return False  # an older book: the migration counts when Leadbook opens it
            off: list[tuple[str, int]] = []
            with immediate(_lazy(conn)):
                for name, sql in COUNTED_SQL.items():
                    real = conn.execute(sql).fetchone()[0]
                    kept = conn.execute("SELECT n FROM kept_counts WHERE name = ?", [name]).fetchone()
                    if kept is None or kept[0] != real:
                        off.append((name, real))
                conn.executemany("INSERT OR REPLACE INTO kept_counts (name, n) VALUES (?, ?)", off)
            return bool(off)
        finally:
            conn.close()


def check_full_text(db: sqlite_utils.Database) -> str:
    """The full-text index's own check, "" when it is sound (phrased as an INSERT, it changes nothing)."""
    try:
        with immediate(db):
            db.conn.execute("INSERT INTO leads_fts(leads_fts) VALUES ('integrity-check')")
    except sqlite3.DatabaseError as error:
        return f"full-text index: {error}"
    return ""
