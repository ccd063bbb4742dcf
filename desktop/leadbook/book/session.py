"""An open book: open/close, safety, the one write helper (BEGIN IMMEDIATE), change notification,
kept sort orders, the settings table and time. Undo is in ``undo.py``, the book's settings in
``preferences.py``."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from datetime import date, datetime
from pathlib import Path
from time import monotonic
from typing import TYPE_CHECKING, cast

from ..core.clock import Clock, SystemClock, utc_iso
from ..core.rules import (
    Settings,
)
from ..store import database
from ..store import leads as lead_store
from ..store import settings as settings_store
from ..store.backup import BackupInfo, list_backups, make_backup, rotate, running_marker
from ..store.database import begin_immediate, immediate, is_damage, is_writable, known_errors, open_database
from ..store.errors import (
    BackupFailed,
    BookDamagedError,
    BookError,
    BookLockedError,
    BookReadOnlyError,
    ImportBackupFailed,
)
from ..store.leads import LeadSnapshot, OrderedIds
from .changes import Change, Op
from .values import (
    ORDER_CHECK_AT_MOST,
    WAIT_SLICE_MS,
    WRITE_WAIT_SECONDS,
    _UndoStep,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from typing import Any

    import sqlite_utils

    from ..core.followups import FollowUp
    from ..core.model import Lead, Stage
    from ..store.safety import StartCheck
    from . import LeadBook
    from .values import _Outcome


class Session:
    """The state every capability shares, and the write helper they all write through."""

    if TYPE_CHECKING:
        # What one capability calls on another: each is written in its own mixin, and LeadBook
        # inherits them all; declared here so that the type checker sees them from every mixin.
        def lead(self, lead_id: int) -> Lead: ...
        def followup(self, followup_id: int) -> FollowUp: ...
        def calendar_items(self) -> list[Any]: ...
        def leads(self, ids: Sequence[int]) -> list[Lead]: ...
        def revisits(self, due_until: date | None = None, limit: int | None = None) -> list[Any]: ...
        def count_due_revisits(self, day: date | None = None) -> int: ...
        @staticmethod
        def _checked(lead: Lead) -> Lead: ...
        @staticmethod
        def _record_possible_duplicates(
            conn: sqlite3.Connection, plan: Any, slot_of: Mapping[int, int], added: Sequence[int], now: str
        ) -> int: ...
        def _followup_row(self, fu: FollowUp) -> dict[str, Any]: ...
        def _first_followup(self, lead_id: int, lead: Lead) -> FollowUp: ...
        def _insert_followup(self, db: sqlite_utils.Database, fu: FollowUp) -> int: ...
        def _cancel_planned(
            self, db: sqlite_utils.Database, lead_id: int, now: str, *, cadence_only: bool = False
        ) -> None: ...
        def _set_stage(self, db: sqlite_utils.Database, lead: Lead, stage: Stage, now: str) -> None: ...
        def _lead_write(
            self, lead_ids: Iterable[int], op: Op, count: int | None = None
        ) -> contextlib.AbstractContextManager[tuple[sqlite_utils.Database, _Outcome]]: ...
        def _push_undo(self, op: Op, count: int, snapshots: list[LeadSnapshot]) -> None: ...
        def settings(self) -> Settings: ...
        def book_id(self) -> str: ...
        def home_country(self) -> str: ...

    def __init__(self, db: sqlite_utils.Database, path: Path, clock: Clock) -> None:
        self._db = db
        self.path = path
        self.clock = clock
        self._listeners: list[Callable[[Change], None]] = []
        self._undo: list[_UndoStep] = []
        self._settings: Settings | None = None
        self._orders: dict[tuple[str, bool], OrderedIds] = {}
        self._orders_version = -1  # PRAGMA data_version when the orders were read
        self._lead_count: int | None = None
        self.closed_cleanly_last_time = True
        #: Opened without write access (the file or its folder): every write refuses with
        #: BookReadOnlyError before it touches the file.
        self.read_only = False
        self.write_wait = WRITE_WAIT_SECONDS
        #: Told ``seconds`` while a write waits for another connection's write lock, and None
        #: once the wait is over (the GUI shows that it waits; see ``_begin_write``).
        self.waiting: Callable[[float | None], None] | None = None
        self._waiting_for_lock = False  # a GUI write is in its wait loop (see _begin_write)
        #: The start-up check still running on another thread (``open(checking=...)``), or the full
        #: check after damage (``check_again``): writes wait for its verdict, and while the start-up
        #: check runs the write lock is held (``_hold_writes``).
        self._checking: StartCheck | None = None
        #: A worker's connection: the main book whose pending check its writes wait for, read at
        #: each write (``worker_connection(waits_for=...)``), so a check begun later counts too.
        self._waits_for: Session | None = None
        self._holding_writes = False
        self._lock_refused = False  # another program held the write lock when the hold was tried

    @classmethod
    def open(
        cls,
        path: Path | str,
        clock: Clock | None = None,
        *,
        create: bool = True,
        backups: Path | None = None,
        checking: StartCheck | None = None,
    ) -> LeadBook:
        """Open (or create) a book. With ``backups``, a verified backup is made before any
        schema migration, into that folder.

        ``checking``: the start-up check of this book, still running. The book opens without
        waiting for it and nothing is written until its verdict: opening waits for it before it
        would change the file (a migration), every write waits for it (``_write``) and refuses on
        damage with BookDamagedError, and SQLite's write lock is held until then, so no other
        connection (a worker, another program) writes either."""
        path = Path(path)
        clock = clock or SystemClock()

        def before_migrate(conn: sqlite3.Connection) -> None:
            if backups is not None:
                make_backup(conn, path, backups, clock.now())

        def before_change() -> None:
            if checking is not None and (problems := _verdict(checking)):
                raise BookDamagedError(path, problems[0])

        existed = path.exists()
        read_only = existed and not is_writable(path)
        try:
            db = open_database(path, create=create, before_migrate=before_migrate, read_only=read_only,
                               before_change=before_change if checking is not None else None)  # fmt: skip
        except BaseException:
            with suppress(OSError):
                if not existed and path.stat().st_size == 0:
                    path.unlink()  # made here and still empty: it would read as "not a book" next time
            raise
        book = cls(db, path, clock)
        book.read_only = read_only
        book.closed_cleanly_last_time = not book._running_marker.exists()
        book._checking = checking
        if not read_only:  # a read-only book is never written, so no later check needs to look deeper
            book._running_marker.touch(mode=0o600)
            if checking is not None and not checking.done:
                book._hold_writes()
        return cast("LeadBook", book)

    def _hold_writes(self) -> None:
        """Take SQLite's write lock until the start-up check's verdict (an empty transaction: the
        reads meanwhile see the book as it is, and no other connection can write). When another
        program holds the lock now, this connection's own writes still wait for the verdict, and
        ``start_check_verdict(wait=False)`` (which the app asks while it waits) takes the lock as
        soon as that program lets go of it."""
        conn = self._db.conn
        if conn.in_transaction:
            return
        self._set_busy_timeout(conn, 0)
        try:
            begin_immediate(conn)
            self._holding_writes = True
            self._lock_refused = False
        except sqlite3.OperationalError:
            self._lock_refused = True
        finally:
            self._set_busy_timeout(conn, 3000)

    def start_check_verdict(self, *, wait: bool = True) -> list[str] | None:
        """What the start-up check (or the full check after damage) found: [] when the book is sound
        (or was not being checked), SQLite's problems when it is damaged, None while it still runs
        and ``wait`` is False. Once it passed, the write lock is let go and writes go ahead."""
        # A worker asks the main book each time: its check, whenever it began. The lock and the
        # check's end are the main book's (a worker never holds the lock, so letting go is a no-op).
        checking = self._checking if self._waits_for is None else self._waits_for.pending_start_check
        if checking is None:
            return []
        if not wait and not checking.done:
            if self._lock_refused:
                self._hold_writes()  # until the verdict, nobody else writes (nor any worker of ours)
            return None
        problems = _verdict(checking)
        if problems:
            return problems  # still held: nothing is ever written to this book
        self._checking = None
        self._let_go_of_writes()
        return []

    @property
    def pending_start_check(self) -> StartCheck | None:
        """The check this book still waits for (the start-up check, or the full check after
        damage), or that found damage; None once it passed, or when none ran. A worker's
        connection waits for it too (``worker_connection``)."""
        return self._checking

    def check_again(self, check: StartCheck) -> None:
        """SQLite reported damage that the start-up check did not find: ``check``, the full check
        begun now (``StartCheck(full=True)``), becomes the verdict this book waits for, as at
        start: every write waits for it and refuses on damage, a worker's too (one already
        running asks at its next write). The write lock is not taken meanwhile: the full check's
        own look at the full-text index needs it."""
        self._checking = check

    def damage_before_verdict(self, error: BaseException) -> bool:
        """Is ``error`` SQLite reporting damage ("database disk image is malformed") while a check
        (the start-up check, or the full check after damage) still runs, or after one found
        damage? A read can reach a damaged page before the check does (Today's rows below the
        first screen, a page opened before the verdict): the app then runs the damaged-book flow
        once the verdict is in."""
        return self._checking is not None and is_damage(error)

    def _let_go_of_writes(self) -> None:
        self._lock_refused = False
        if self._holding_writes:
            self._holding_writes = False
            self._db.conn.execute("ROLLBACK")  # the empty transaction: nothing was written in it

    @property
    def _running_marker(self) -> Path:
        return running_marker(self.path)

    def close(self) -> None:
        checking = self._checking
        if checking is not None and checking.full and not checking.done:
            # Closed (a quit, a logout) while the full check after damage runs: not waited for.
            # No checkpoint, and the marker stays: the next start runs the full check first.
            checking.cancel()
            self._db.close()
            return
        if checking is not None and not checking.begun:
            # Closed (a quit, a logout) before the start-up check began: nothing was written since
            # the last clean close (every write waits for the verdict, and asking for it begins the
            # check), so the book closes as cleanly as it was, and the next start checks it.
            checking.cancel()
            self._checking = None
            self._let_go_of_writes()
        if self.read_only:
            self._db.close()
            return
        if self.start_check_verdict():
            # Damaged: no checkpoint (the log stays as it was); the marker stays, so the next start
            # runs the full check unless the app sets the book aside first (store.safety).
            self._let_go_of_writes()
            self._db.close()
            return
        database.checkpoint(self._db.conn)
        self._db.close()
        self._running_marker.unlink(missing_ok=True)

    @contextmanager
    def batch(self) -> Iterator[LeadBook]:
        """Many writes as one transaction: all of them, or (on any error) none."""
        try:
            with self._write():
                yield cast("LeadBook", self)
        except BaseException:
            self._orders.clear()  # kept orders followed writes that are now rolled back
            self._lead_count = None
            raise

    def forget_undo(self) -> None:
        """Drop the undo history (after writing a demo book, nothing there is the user's)."""
        self._undo.clear()

    # --- safety -----------------------------------------------------------------------

    def back_up(self, folder: Path, *, before_import: bool = False) -> Path:
        """A verified backup now, then the rotation (14 daily, 8 weekly, 12 monthly, and
        temporary files of backups that did not finish). ``before_import``: the backup made
        before every import; when it fails it says so (ImportBackupFailed)."""
        if problems := self.start_check_verdict():  # a damaged book's copy would rotate good ones away
            raise BookDamagedError(self.path, problems[0])
        now = self.clock.now()
        try:
            target = make_backup(self._db.conn, self.path, folder, now)
        except BackupFailed as error:
            if before_import:
                raise ImportBackupFailed(error.path, error.detail) from error
            raise
        rotate(self.path, folder, now)
        return target

    def backups(self, folder: Path) -> list[BackupInfo]:
        """This book's backups in ``folder``, newest first (date, size, number of leads)."""
        return list_backups(self.path, folder)

    def check(self, *, full: bool = False) -> list[str]:
        """SQLite's quick_check (or full integrity_check): [] when the book is sound."""
        with known_errors(self.path):
            rows = database.integrity_rows(self._db.conn, full=full)
            if full and not self.read_only and (problem := database.check_full_text(self._db)):
                rows.append(problem)
        return [] if rows == ["ok"] else rows

    def __enter__(self) -> LeadBook:
        return cast("LeadBook", self)

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- change notification ----------------------------------------------------------

    def subscribe(self, listener: Callable[[Change], None]) -> Callable[[], None]:
        """Hear about every committed write; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _announce(self, change: Change) -> Change:
        self._orders = self._orders_after(change)
        self._lead_count = None
        for listener in list(self._listeners):
            listener(change)
        return change

    def _orders_after(self, change: Change) -> dict[tuple[str, bool], OrderedIds]:
        """The kept sort orders that are still true after ``change``. Sorting 100,000 leads
        again costs ~80 ms, yet a write mostly touches one lead: deleted leads are taken out,
        and the few changed ones are checked against their neighbours (one small query per
        order). New leads, or a write touching many, sort anew."""
        if change.added or len(change.lead_ids) > ORDER_CHECK_AT_MOST:
            return {}
        changed = change.lead_ids - change.removed
        kept = {}
        try:
            for key, ordered in self._orders.items():
                if change.removed:
                    ordered = ordered.without(change.removed)
                if not changed or lead_store.order_holds(self._db, ordered, changed, *key):
                    kept[key] = ordered
        except sqlite3.Error:
            return {}  # the write stands; the next read sorts anew (and says what is wrong)
        return kept

    @contextmanager
    def _write(self) -> Iterator[sqlite_utils.Database]:
        """One transaction, with SQLite's errors turned into ones the user can act on.

        It begins with ``BEGIN IMMEDIATE`` (``_begin_write``), so it holds the write lock before
        it reads anything: what it reads (a lead before it is changed, the duplicates an import
        looks for) stays true until it commits. Inside another write it is a savepoint."""
        with known_errors(self.path):
            if self.read_only:
                raise BookReadOnlyError(self.path, "opened read-only")
            if problems := self.start_check_verdict():
                raise BookDamagedError(self.path, problems[0])
            if self._db.conn.in_transaction:
                with self._db.atomic():
                    yield self._db
                return
            with immediate(self._db, begin=self._begin_write):
                yield self._db

    def _begin_write(self, conn: sqlite3.Connection) -> None:
        """``BEGIN IMMEDIATE``, waiting up to ``write_wait`` seconds for another connection's write.

        Without a ``waiting`` listener SQLite's busy timeout does the waiting. With one (the GUI,
        whose writes run on its own thread) the wait is taken in slices of ``WAIT_SLICE_MS``: a
        blocked ``BEGIN IMMEDIATE`` has done nothing yet, so trying it again is safe, and between
        tries the listener can show that Leadbook waits and let the window repaint. Python's
        sqlite3 offers no busy handler to hook instead. After ``BEGIN IMMEDIATE`` the lock is
        ours until COMMIT, so nothing later in the write waits."""
        if self.waiting is None:
            self._set_busy_timeout(conn, int(self.write_wait * 1000))
            try:
                begin_immediate(conn)
            finally:
                self._set_busy_timeout(conn, 3000)
            return
        if self._waiting_for_lock:
            # A write started by a timer while the window repaints during another write's wait:
            # it does not queue a second wait inside the first; it fails as busy (and is said so).
            raise BookLockedError(self.path, "another write of this window is waiting for the lock")
        started = monotonic()
        waited = False
        self._set_busy_timeout(conn, WAIT_SLICE_MS)
        self._waiting_for_lock = True
        try:
            while True:
                try:
                    begin_immediate(conn)
                    return
                except sqlite3.OperationalError as error:
                    if getattr(error, "sqlite_errorcode", 0) & 0xFF != sqlite3.SQLITE_BUSY:
                        raise
                    seconds = monotonic() - started
                    if seconds >= self.write_wait:
                        raise BookLockedError(self.path, f"waited {seconds:.1f} s for another writer") from error
                    waited = True
                    self.waiting(seconds)
        finally:
            self._waiting_for_lock = False
            self._set_busy_timeout(conn, 3000)
            if waited:
                self.waiting(None)

    @staticmethod
    def _set_busy_timeout(conn: sqlite3.Connection, ms: int) -> None:
        database.set_busy_timeout(conn, ms)

    def _now(self) -> str:
        return utc_iso(self.clock.now())

    def setting(self, key: str, default: str = "") -> str:
        return settings_store.get(self._db.conn, key, default)

    def set_setting(self, key: str, value: str) -> None:
        with self._write() as db:
            settings_store.put(db.conn, key, value)

    # --- time -------------------------------------------------------------------------

    def local_now(self) -> datetime:
        return self.clock.now().astimezone(self.clock.zone)

    def local_today(self) -> date:
        return self.local_now().date()

    @classmethod
    @contextmanager
    def worker_connection(
        cls,
        path: Path | str,
        clock: Clock,
        *,
        waits_for: Session | None = None,
    ) -> Iterator[LeadBook]:
        """The same book on a connection of the calling thread (SQLite objects belong to the
        thread that made them), for a worker. It leaves the running marker alone; after it,
        the main book needs ``reload_after_external_change``. ``waits_for``: the main book; the
        worker's writes and backups wait for its ``pending_start_check`` (on the worker's
        thread), asked at each write, and refuse on damage, as the main book's do."""
        path = Path(path)
        read_only = not is_writable(path)
        book = cls(open_database(path, create=False, read_only=read_only), path, clock)
        book.read_only = read_only
        book._waits_for = waits_for
        try:
            yield cast("LeadBook", book)
        finally:
            book._db.close()

    def reload_after_external_change(self, change: Change) -> Change:
        """Another connection (a worker) wrote to the book: forget what was cached, tell everyone.

        The undo steps go too: they hold rows as they were before that write, and ids freed by a
        delete may now belong to leads the other connection added (undoing would replace them)."""
        self._settings = None
        self._undo.clear()
        return self._announce(change)


def _verdict(checking: StartCheck) -> list[str]:
    """The start-up check's problems (waiting for them); a file it could not read for want of
    permission is not damage, as in ``store.safety.check_at_start``."""
    try:
        return checking.problems()
    except BookError:
        return []
