"""LeadBook: the one door to a lead book, used alike by the GUI, the CLI and the tests.

Every write is one transaction and returns a ``Change`` saying what changed;
subscribers (the GUI's refresh signal) hear about it once per write.
Destructive writes push an undo step that restores exact snapshots.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from contextlib import contextmanager, nullcontext, suppress
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from time import monotonic
from typing import Any, Iterator

import sqlite_utils

from .core.cadences import POST_SALE, Cadence, translated
from .core.calendar import EVEN_OUT_HORIZON_DAYS, DayItem, DayLoad, Move, day_loads, propose_even_out
from .core.clock import Clock, SystemClock, from_utc_iso, utc_iso
from .core.followups import Due, FollowUp, Objective, Outcome, State, check_day
from .core.model import Channel, Lead, Source, Stage, normalise_tags
from .core.reminders import Snooze, snooze_until
from .core.rules import (
    Proposal,
    Settings,
    first_response_due,
    next_working_day,
    propose_next_step,
    spacing_gap_ends,
    stop_rule_reached,
)
from .core.sanitise import clean_lead, clean_text
from .core.validation import FieldProblem, lead_problems
from .present import texts
from .store import calendar as cal_store
from .store import followups as fu_store
from .store import leads as lead_store
from .store import reminders as reminder_store
from .store.backup import BackupInfo, list_backups, make_backup, rotate, running_marker
from .store.database import begin_immediate, immediate, is_writable, known_errors, open_database
from .store.errors import BackupFailed, BookLockedError, BookReadOnlyError, ImportBackupFailed
from .store.followups import AgendaRow
from .store.leads import LeadQuery, LeadSnapshot, OrderedIds

__all__ = ["Agenda", "AgendaRow", "Change", "DueCounts", "InvalidLead", "LeadBook", "LeadQuery", "TimelineEntry"]

# The channel a first response uses, by where the lead came from.
FIRST_RESPONSE_CHANNEL = {
    Source.WEB: Channel.EMAIL, Source.EMAIL: Channel.EMAIL, Source.PHONE: Channel.CALL, Source.AD: Channel.CALL,
    Source.REFERRAL: Channel.CALL, Source.EVENT: Channel.EMAIL, Source.COLD: Channel.CALL, Source.OTHER: Channel.CALL,
}  # fmt: skip


# How long a write waits for another connection (another Leadbook, an import in a terminal) to
# finish its write before it gives up with BookLockedError.
WRITE_WAIT_SECONDS = 10.0
# With a ``waiting`` listener the wait is taken in slices of this many milliseconds, the
# listener told between them.
WAIT_SLICE_MS = 100


@dataclass(frozen=True)
class TimelineEntry:
    """One line of a lead's history: a follow-up (planned, done, cancelled) or an event."""

    at: str
    kind: str  # "followup", or an event kind: "note", "stage", "created", "keep_going"
    text: str = ""
    followup: FollowUp | None = None
    data: str = ""


@dataclass(frozen=True)
class DueCounts:
    """What wants doing on a day, section by section: the one count that Today's sentence, the
    navigation, the call sheet and ``leadbook today`` all say (``agenda_text.due_sentence``)."""

    overdue: int = 0
    today: int = 0
    first_responses: int = 0
    revisits: int = 0
    decide: int = 0

    @property
    def total(self) -> int:
        return sum(count for _, count in self.parts())

    def parts(self) -> list[tuple[str, int]]:
        """(section, count) of each section, in the order they are named, the empty ones too."""
        return [(name, getattr(self, name)) for name in DUE_SECTIONS]


DUE_SECTIONS = ("overdue", "today", "first_responses", "revisits", "decide")


@dataclass(frozen=True)
class Agenda:
    """What Today shows for ``day``; sections do not overlap. Read with a limit, a section
    lists only its first rows; ``total(section)`` says how many it has in all."""

    day: date
    overdue: list[AgendaRow]
    today: list[AgendaRow]
    first_responses: list[AgendaRow]
    decide: list[Lead]
    tomorrow: list[AgendaRow]
    without_next_step: int
    revisits: list[Any] = field(default_factory=list)  # store.revisits.RevisitRow: no's due to call back
    counts: dict[str, int] = field(default_factory=dict)  # section -> rows in all, where more than listed
    decide_facts: dict[int, tuple[int, str]] = field(default_factory=dict)  # lead id -> (attempts, last touch UTC)

    def total(self, section: str) -> int:
        """How many rows a section ("overdue", "today", "first_responses", "decide", "tomorrow",
        "revisits") has, listed or not."""
        return self.counts.get(section, len(getattr(self, section)))

    @property
    def due_counts(self) -> DueCounts:
        """Everything that wants doing on the agenda's day, by section."""
        return DueCounts(**{name: self.total(name) for name in DUE_SECTIONS})

    @property
    def due_count(self) -> int:
        """What the navigation shows: everything that wants doing today."""
        return self.due_counts.total


class InvalidLead(ValueError):
    """A lead that may not be saved; ``problems`` says which fields and why."""

    def __init__(self, problems: Sequence[FieldProblem]) -> None:
        super().__init__(", ".join(f"{p.field}: {p.problem.value}" for p in problems))
        self.problems = list(problems)


# A write touching up to this many leads keeps the lead list's sort orders when they still hold.
ORDER_CHECK_AT_MOST = 50

@dataclass(frozen=True)
class Change:
    """What one write did: which leads it touched and a short label for undo menus."""

    label: str
    lead_ids: frozenset[int] = frozenset()
    added: frozenset[int] = frozenset()
    removed: frozenset[int] = frozenset()


@dataclass
class _Outcome:
    """Filled in when a lead write has committed and been announced."""

    result: Change


@dataclass
class _UndoStep:
    label: str
    snapshots: list[LeadSnapshot] = field(default_factory=list)


class LeadBook:
    """An open lead book. Construct with :meth:`open`; close when done."""

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

    @classmethod
    def open(
        cls, path: Path | str, clock: Clock | None = None, *, create: bool = True, backups: Path | None = None
    ) -> LeadBook:
        """Open (or create) a book. With ``backups``, a verified backup is made before any
        schema migration, into that folder."""
        path = Path(path)
        clock = clock or SystemClock()

        def before_migrate(conn: sqlite3.Connection) -> None:
            if backups is not None:
                make_backup(conn, path, backups, clock.now())

        existed = path.exists()
        read_only = existed and not is_writable(path)
        try:
            db = open_database(path, create=create, before_migrate=before_migrate, read_only=read_only)
        except BaseException:
            with suppress(OSError):
                if not existed and path.stat().st_size == 0:
                    path.unlink()  # made here and still empty: it would read as "not a book" next time
            raise
        book = cls(db, path, clock)
        book.read_only = read_only
        book.closed_cleanly_last_time = not book._running_marker.exists()
        if not read_only:  # a read-only book is never written, so no later check needs to look deeper
            book._running_marker.touch(mode=0o600)
        return book

    @property
    def _running_marker(self) -> Path:
        return running_marker(self.path)

    def close(self) -> None:
        if self.read_only:
            self._db.close()
            return
        try:
            self._db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:
            pass
        self._db.close()
        self._running_marker.unlink(missing_ok=True)

    @contextmanager
    def batch(self) -> Iterator[LeadBook]:
        """Many writes as one transaction: all of them, or (on any error) none."""
        try:
            with self._write():
                yield self
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
            pragma = "integrity_check" if full else "quick_check"
            rows = [r[0] for r in self._db.conn.execute(f"PRAGMA {pragma}")]
            if full and not self.read_only:
                try:
                    with immediate(self._db):  # the check is phrased as an INSERT; it changes nothing
                        self._db.conn.execute("INSERT INTO leads_fts(leads_fts) VALUES ('integrity-check')")
                except sqlite3.DatabaseError as error:
                    rows.append(f"full-text index: {error}")
        return [] if rows == ["ok"] else rows

    def __enter__(self) -> LeadBook:
        return self

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
        started = monotonic()
        waited = False
        self._set_busy_timeout(conn, WAIT_SLICE_MS)
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
            self._set_busy_timeout(conn, 3000)
            if waited:
                self.waiting(None)

    @staticmethod
    def _set_busy_timeout(conn: sqlite3.Connection, ms: int) -> None:
        conn.execute(f"PRAGMA busy_timeout = {int(ms)}")

    def _now(self) -> str:
        return utc_iso(self.clock.now())

    # --- reads ------------------------------------------------------------------------

    def lead(self, lead_id: int) -> Lead:
        found = lead_store.get_leads(self._db, [lead_id])
        if not found:
            raise KeyError(lead_id)
        return found[0]

    def leads(self, ids: Sequence[int]) -> list[Lead]:
        return lead_store.get_leads(self._db, ids)

    def lead_ids(self, query: LeadQuery = LeadQuery(), *, refining: tuple[LeadQuery, list[int]] | None = None) -> list[int]:
        """The ids matching ``query`` in its order. The full order is kept between calls
        (until the next write), so each keystroke of a search only finds the matches;
        ``refining`` (the previous query and its result) narrows that result when it can."""
        key = (query.sort, query.descending)
        with known_errors(self.path):
            # Another connection's commit (`leadbook import` while the app is open, a worker)
            # changes data_version, and only that: the kept orders may miss its leads.
            version = self._db.conn.execute("PRAGMA data_version").fetchone()[0]
            if version != self._orders_version:
                self._orders.clear()
                self._orders_version = version
            ordered = self._orders.get(key)
            if ordered is None:
                ordered = self._orders[key] = OrderedIds(lead_store.sorted_ids(self._db, *key))
            within = refining[1] if refining and lead_store.refines(query, refining[0]) else None
            return lead_store.query_lead_ids(self._db, query, ordered, within)

    def table_rows(self, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        return lead_store.table_rows(self._db, ids)

    def tags(self) -> list[str]:
        return lead_store.all_tags(self._db)

    def shown_characters(self, ids: Sequence[int] | None = None) -> set[str]:
        """The distinct non-ASCII letters of the leads' names, companies and notes (all leads by default)."""
        return lead_store.shown_characters(self._db, ids)

    def count_leads(self) -> int:
        if self._lead_count is None:
            self._lead_count = lead_store.count_leads(self._db)
        return self._lead_count

    def largest_value(self) -> tuple[float, str] | None:
        """The largest estimated value of any lead, with its currency (None when no lead has one)."""
        with known_errors(self.path):
            return lead_store.largest_value(self._db)

    def setting(self, key: str, default: str = "") -> str:
        row = self._db.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self._write() as db:
            db.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )

    # --- writes -----------------------------------------------------------------------

    @staticmethod
    def _checked(lead: Lead) -> Lead:
        lead = clean_lead(lead)  # no control or bidi characters (core.sanitise)
        lead = lead.with_changes(
            name=lead.name.strip(),
            tags=normalise_tags(lead.tags),
            currency=lead.currency.strip().upper(),
        )
        problems = lead_problems(lead)
        if problems:
            raise InvalidLead(problems)
        return lead

    def add_lead(self, lead: Lead) -> Lead:
        """Save a new lead with its first follow-up; raises InvalidLead (nothing saved) when a field is wrong."""
        return self.leads(sorted(self.add_leads([lead], label="Add lead", plan_first=True).added))[0]

    def add_leads(self, leads: Iterable[Lead], *, label: str = "Add leads", plan_first: bool = False) -> Change:
        """Save many leads in one transaction: all of them or, on any error, none.

        With ``plan_first`` each active lead gets its first follow-up (seed 001: 71% of
        leads are never followed up): due by its source's first-response target, or on
        the next working day when the source has none.
        """
        now = self._now()
        checked = [self._checked(lead).with_changes(id=None, created_at=now, updated_at=now) for lead in leads]
        with self._write() as db:
            ids = frozenset(lead_store.insert_lead(db, lead) for lead in checked)
            if plan_first:
                for lead_id, lead in zip(sorted(ids), checked):
                    if lead.stage.is_active and not lead.do_not_contact:
                        self._insert_followup(db, self._first_followup(lead_id, lead.source))
                fu_store.refresh_summaries(db, ids)
        self._push_undo(label, [LeadSnapshot(i, None, (), ()) for i in ids])
        return self._announce(Change(label, ids, added=ids))

    def update_lead(self, lead: Lead) -> Lead:
        """Save changes to an existing lead (undoable)."""
        if lead.id is None:
            raise ValueError("update_lead needs a lead with an id")
        lead = self._checked(lead).with_changes(updated_at=self._now())
        with self._write() as db:
            before = lead_store.snapshot_leads(db, [lead.id])
            if before[0].lead_row is None:
                raise KeyError(lead.id)
            old_stage = dict(zip(before[0].lead_columns, before[0].lead_row))["stage"]
            lead_store.update_lead(db, lead)
            if old_stage != lead.stage.value:
                fu_store.add_event(db, lead.id, lead.updated_at, "stage", lead.stage.value, old_stage)
        self._push_undo("Edit lead", before)
        self._announce(Change("Edit lead", frozenset([lead.id])))
        return self.lead(lead.id)

    def delete_leads(self, ids: Iterable[int]) -> Change:
        """Delete leads and everything they own; one undo step brings them all back."""
        ids = list(dict.fromkeys(ids))
        label = "Delete lead" if len(ids) == 1 else f"Delete {len(ids)} leads"
        with self._write() as db:
            before = [s for s in lead_store.snapshot_leads(db, ids) if s.lead_row is not None]
            db.conn.executemany("DELETE FROM leads WHERE id = ?", [(s.lead_id,) for s in before])
        removed = frozenset(s.lead_id for s in before)
        self._push_undo(label, before)
        return self._announce(Change(label, removed, removed=removed))

    # --- undo -------------------------------------------------------------------------

    def _push_undo(self, label: str, snapshots: list[LeadSnapshot]) -> None:
        if snapshots:
            self._undo.append(_UndoStep(label, snapshots))

    @property
    def undo_label(self) -> str:
        """What Undo would undo, or "" when there is nothing."""
        return self._undo[-1].label if self._undo else ""

    def undo(self) -> Change | None:
        """Undo the latest undoable write of this session."""
        if not self._undo:
            return None
        step = self._undo[-1]
        with self._write() as db:
            lead_store.restore_snapshots(db, step.snapshots)
        self._undo.pop()
        ids = frozenset(s.lead_id for s in step.snapshots)
        back = frozenset(s.lead_id for s in step.snapshots if s.lead_row is not None)
        return self._announce(Change(f"Undo {step.label}", ids, added=back, removed=ids - back))

    # --- reminders ---------------------------------------------------------------------
    # A planned follow-up's reminder signals at its snooze end, else at remind_at, until it
    # is dismissed (rules in core.reminders). Those states live on the follow-up row, so
    # they survive a restart; moving the follow-up in time starts its reminder afresh.
    # A queued revisit reminds at the start of the working day of its date (or at its snooze
    # end); its states live on the revisit row, and "still not now" starts a new one.
    # Lists take a limit and have their own count: a huge backlog is never read whole.

    def due_reminders(self, now: datetime | None = None, limit: int | None = None, *,
                      since: datetime | None = None) -> list[reminder_store.ReminderRow]:  # fmt: skip
        """Reminders showing at ``now`` (default: the clock's now), in the order they signalled;
        only the first ``limit`` when given, and only those that signalled after ``since``.
        Given a later instant, it also answers "what will have signalled by then"."""
        with known_errors(self.path):
            return reminder_store.due_reminders(self._db, now or self.clock.now(), self.clock.zone,
                                                self.settings().day_start_time, limit, since)  # fmt: skip

    def count_due_reminders(self, now: datetime | None = None) -> int:
        """How many reminders show at ``now`` (both kinds), without reading them."""
        with known_errors(self.path):
            return reminder_store.count_due(self._db, now or self.clock.now(), self.clock.zone,
                                            self.settings().day_start_time)  # fmt: skip

    def next_reminder_at(self, after: datetime | None = None) -> datetime | None:
        """The next instant after ``after`` (default now) at which a reminder signals."""
        with known_errors(self.path):
            return reminder_store.next_signal_after(self._db, after or self.clock.now(), self.clock.zone,
                                                    self.settings().day_start_time)  # fmt: skip

    def snooze_target(self, choice: Snooze) -> datetime:
        """Where ``choice`` lands from now, in the user's zone and working-day start."""
        return snooze_until(choice, self.clock.now(), self.clock.zone, self.settings().day_start_time)

    def dismiss_reminders(self, ids: Iterable[int] = (), *, revisits: Iterable[int] = ()) -> Change:
        """Dismiss reminders for good: of follow-ups (``ids``; they stay planned) and of
        revisits (``revisits``; they stay queued). One transaction."""
        ids, revisit_ids = list(dict.fromkeys(ids)), list(dict.fromkeys(revisits))
        with self._write() as db:
            lead_ids = reminder_store.lead_ids_of(db, ids) | reminder_store.lead_ids_of(db, revisit_ids, "revisits")
            reminder_store.dismiss(db, ids, self.clock.now())
            reminder_store.dismiss_revisits(db, revisit_ids, self.clock.now())
        label = "Dismiss reminder" if len(ids) + len(revisit_ids) == 1 else "Dismiss reminders"
        return self._announce(Change(label, frozenset(lead_ids)))

    def snooze_reminders(self, ids: Iterable[int], until: datetime, *, revisits: Iterable[int] = ()) -> Change:
        """Let reminders of follow-ups (``ids``) and revisits (``revisits``) signal again at
        ``until`` (an aware instant); one transaction."""
        if until.tzinfo is None:
            raise ValueError("snooze_reminders needs an aware instant")
        ids, revisit_ids = list(dict.fromkeys(ids)), list(dict.fromkeys(revisits))
        with self._write() as db:
            lead_ids = reminder_store.lead_ids_of(db, ids) | reminder_store.lead_ids_of(db, revisit_ids, "revisits")
            reminder_store.snooze(db, ids, until)
            reminder_store.snooze_revisits(db, revisit_ids, until)
        label = "Snooze reminder" if len(ids) + len(revisit_ids) == 1 else "Snooze reminders"
        return self._announce(Change(label, frozenset(lead_ids)))

    def due_reminder_keys(self, now: datetime | None = None) -> tuple[list[int], list[int]]:
        """The ids of every reminder due at ``now``: (follow-ups, revisits), read from the
        indexes only. "Dismiss all" and "Snooze all" pass them on, however long the backlog."""
        with known_errors(self.path):
            return reminder_store.due_keys(self._db, now or self.clock.now(), self.clock.zone,
                                           self.settings().day_start_time)  # fmt: skip

    # --- calendar ---------------------------------------------------------------------
    # Loads come from one grouped query over the partial index of planned follow-ups by day
    # (store.calendar); moves go through _followup_row so remind_at and due_at stay right.

    def load_between(self, first: date, last: date) -> dict[date, DayLoad]:
        """Each day from ``first`` to ``last`` with its planned follow-ups by channel, marks, and
        the revisits due on it."""
        with known_errors(self.path):
            counts = cal_store.load_counts(self._db, first, last)
            revisits = cal_store.revisit_counts(self._db, first, last)
        return day_loads(counts, first, last, self.local_today(), self.settings().day_capacity, revisits)

    def first_of_days(self, first: date, last: date, per_day: int) -> dict[date, list[DayItem]]:
        """Up to ``per_day`` planned follow-ups of each day, timed ones by time first (a month
        cell's lines); how many a day has in all is in ``load_between``."""
        with known_errors(self.path):
            return cal_store.first_of_days(self._db, first, last, per_day)

    def month_load(self, year: int, month: int) -> dict[date, DayLoad]:
        """Every day of a month with its load (one query)."""
        first = date(year, month, 1)
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return self.load_between(first, last)

    def day_followups(self, day: date) -> list[AgendaRow]:
        """A day's planned follow-ups, untimed first, then by time."""
        return self.followups_between(day, day)

    def week_followups(self, monday: date) -> list[AgendaRow]:
        """Seven days of planned follow-ups from ``monday`` (any first day of a week)."""
        return self.followups_between(monday, monday + timedelta(days=6))

    def followups_between(self, first: date, last: date) -> list[AgendaRow]:
        with known_errors(self.path):
            return cal_store.planned_between(self._db, first, last)

    def even_out_proposal(self, day: date) -> list[Move]:
        """Moves that bring an overloaded ``day`` down to the day capacity (see core.calendar)."""
        capacity = self.settings().day_capacity
        last = day + timedelta(days=EVEN_OUT_HORIZON_DAYS)
        with known_errors(self.path):
            counts = cal_store.load_counts(self._db, day, last)
            items = cal_store.movable_on(self._db, day)
        totals = {d: sum(c.values()) for d, c in counts.items()}
        return propose_even_out(day, items, totals, capacity)

    def move_followups(self, moves: Sequence[tuple[int, Due]], label: str = "Move follow-up") -> Change:
        """Give planned follow-ups new due dates (and times) in one transaction and one undo step."""
        found = fu_store.get_followups(self._db, [followup_id for followup_id, _ in moves])
        by_id = {fu.id: fu for fu in found}
        missing = [followup_id for followup_id, _ in moves if followup_id not in by_id]
        if missing:
            raise KeyError(missing)
        now = self._now()
        with self._lead_write([fu.lead_id for fu in found], label) as (db, change):
            for followup_id, due in moves:
                fu = by_id[followup_id]
                fu_store.update_followup(db, followup_id, self._followup_row(fu.with_changes(due=due, updated_at=now)))
        return change.result

    # --- revisits ---------------------------------------------------------------------
    # Seed 003: a "no" mostly means "not now". Each "no" keeps its reason, who said it and
    # when to call back (table revisits); the lead is out of active lists (stage no) until
    # then. Do-not-contact is for good: never queued again, never in a marketing export.

    def say_no(self, lead_id: int, reason: Any, note: str = "", revisit_on: date | None = None) -> Change:
        """Mark a lead "no" (undoable, one transaction): stage no, planned follow-ups cancelled,
        the revisit queued for ``revisit_on`` (None: never, do not contact) and a "said_no"
        event in the timeline with the reason and the contact person at that time."""
        import json  # noqa: PLC0415

        from .core.revisits import NoReason, RevisitState  # noqa: PLC0415
        from .store import revisits as revisit_store  # noqa: PLC0415

        reason = NoReason(reason)
        note = clean_text(note, multiline=True)
        if revisit_on is not None:
            check_day(revisit_on)
        lead = self.lead(lead_id)
        now = self._now()
        person = self._contact_person(lead)
        with self._lead_write([lead_id], "Said no") as (db, change):
            if lead.stage != Stage.NO:
                self._set_stage(db, lead, Stage.NO, now)
            self._cancel_planned(db, lead_id, now)
            revisit_store.close_queued(db, lead_id, RevisitState.REQUEUED, now)
            state = RevisitState.QUEUED if revisit_on is not None else RevisitState.NEVER
            revisit_store.insert(db, lead_id, now, reason, note.strip(), person, revisit_on, state)
            if revisit_on is None:
                db.conn.execute("UPDATE leads SET do_not_contact = 1, updated_at = ? WHERE id = ?", [now, lead_id])
            fu_store.add_event(db, lead_id, now, "said_no", reason.value, json.dumps(
                {"contact_person": person, "revisit_on": revisit_on.isoformat() if revisit_on else None,
                 "note": note.strip()}))  # fmt: skip
        return change.result

    @staticmethod
    def _contact_person(lead: Lead) -> str:
        return f"{lead.name} ({lead.role})" if lead.role else lead.name

    def default_revisit_on(self, reason: Any, said_no_on: date | None = None) -> date:
        """When a "no" for ``reason`` comes back by the settings' delay (from today by default)."""
        from .core.revisits import NoReason, revisit_date  # noqa: PLC0415

        return revisit_date(NoReason(reason), said_no_on or self.local_today(), self.settings().no_delays)

    def revisit_questions(self) -> list[str]:
        """What to ask on a revisit: the user's list, or seed 003's."""
        from .core.revisits import questions  # noqa: PLC0415

        return questions(self.settings().revisit_questions)

    def revisits(self, due_until: date | None = None, limit: int | None = None) -> list[Any]:
        """Queued revisits due on ``due_until`` (default today) or before, oldest first (RevisitRows;
        the first ``limit``)."""
        from .store import revisits as revisit_store  # noqa: PLC0415

        with known_errors(self.path):
            return revisit_store.due_until(self._db, due_until or self.local_today(), limit)

    def count_due_revisits(self, day: date | None = None) -> int:
        from .store import revisits as revisit_store  # noqa: PLC0415

        with known_errors(self.path):
            return revisit_store.count_due(self._db, day or self.local_today())

    def upcoming_revisits(self, after: date | None = None, until: date | None = None) -> list[Any]:
        """Queued revisits after ``after`` (default today), soonest first (RevisitRows)."""
        from .store import revisits as revisit_store  # noqa: PLC0415

        with known_errors(self.path):
            return revisit_store.upcoming(self._db, after or self.local_today(), until)

    def revisit_of(self, lead_id: int) -> dict[str, Any] | None:
        """The lead's newest "no" (reason, note, contact_person, revisit_on, state), or None."""
        from .store import revisits as revisit_store  # noqa: PLC0415

        return revisit_store.latest(self._db, lead_id)

    def reopen(self, lead_id: int, stage: Stage = Stage.QUALIFIED, first: FollowUp | None = None) -> Change:
        """The revisit found interest: back to an active ``stage`` with a first follow-up planned
        (``first``, or a call on the next working day)."""
        from .core.revisits import RevisitState  # noqa: PLC0415
        from .store import revisits as revisit_store  # noqa: PLC0415

        if not stage.is_active:
            raise ValueError("reopen needs an active stage")
        lead = self.lead(lead_id)
        if lead.do_not_contact:
            raise ValueError("a do-not-contact lead is not reopened")
        now = self._now()
        with self._lead_write([lead_id], "Reopen lead") as (db, change):
            revisit_store.close_queued(db, lead_id, RevisitState.REOPENED, now)
            self._set_stage(db, lead, stage, now)
            db.conn.execute("UPDATE leads SET stop_reset_at = ? WHERE id = ?", [now, lead_id])
            fu_store.add_event(db, lead_id, now, "revisit", RevisitState.REOPENED.value)
            self._insert_followup(db, (first or self._revisit_followup(lead)).with_changes(
                lead_id=lead_id, state=State.PLANNED))  # fmt: skip
        return change.result

    def _revisit_followup(self, lead: Lead) -> FollowUp:
        return FollowUp(int(lead.id or 0), Due(next_working_day(self.local_today() + timedelta(days=1))),
                        lead.preferred_channel or Channel(self.settings().default_channel), Objective.MEETING,
                        remind_minutes=self.settings().reminder_minutes)  # fmt: skip

    def still_not_now(self, lead_id: int) -> Change:
        """Not yet: queue the lead again with its reason's delay from today."""
        from .core.revisits import NoReason, RevisitState  # noqa: PLC0415
        from .store import revisits as revisit_store  # noqa: PLC0415

        last = self.revisit_of(lead_id)
        reason = NoReason(last["reason"]) if last else NoReason.TIMING
        revisit_on = self.default_revisit_on(reason)
        now = self._now()
        with self._lead_write([lead_id], "Still not now") as (db, change):
            revisit_store.close_queued(db, lead_id, RevisitState.REQUEUED, now)
            revisit_store.insert(db, lead_id, now, reason, last["note"] if last else "",
                                 last["contact_person"] if last else self._contact_person(self.lead(lead_id)),
                                 revisit_on)  # fmt: skip
            fu_store.add_event(db, lead_id, now, "revisit", RevisitState.REQUEUED.value, revisit_on.isoformat())
        return change.result

    def new_contact_person(self, lead_id: int, name: str, *, role: str = "", emails: Sequence[str] = (),
                           phones: Sequence[str] = ()) -> Change:  # fmt: skip
        """Someone else is responsible now: keep the company and the history, record the new
        person on the lead and start afresh (stage new, a first follow-up planned)."""
        import json  # noqa: PLC0415

        from .core.revisits import RevisitState  # noqa: PLC0415
        from .store import revisits as revisit_store  # noqa: PLC0415

        if not name.strip():
            raise ValueError("the new contact person needs a name")
        lead = self.lead(lead_id)
        if lead.do_not_contact:
            raise ValueError("a do-not-contact lead is not contacted again")
        changed = self._checked(lead.with_changes(name=name.strip(), role=role.strip(), emails=tuple(emails),
                                                  phones=tuple(phones), is_decision_maker=True,
                                                  decision_maker_name="", decision_maker_contact=""))  # fmt: skip
        now = self._now()
        with self._lead_write([lead_id], "New contact person") as (db, change):
            revisit_store.close_queued(db, lead_id, RevisitState.NEW_CONTACT, now)
            lead_store.update_lead(db, changed.with_changes(updated_at=now))
            fu_store.add_event(db, lead_id, now, "new_contact", changed.name,
                               json.dumps({"before": self._contact_person(lead)}))  # fmt: skip
            self._set_stage(db, lead, Stage.NEW, now)
            db.conn.execute("UPDATE leads SET stop_reset_at = ? WHERE id = ?", [now, lead_id])
            self._insert_followup(db, self._revisit_followup(changed))
        return change.result

    def do_not_contact(self, lead_id: int) -> Change:
        """For good: never in a queue or a marketing export again; stage no, plans cancelled."""
        from .core.revisits import RevisitState  # noqa: PLC0415
        from .store import revisits as revisit_store  # noqa: PLC0415

        lead = self.lead(lead_id)
        now = self._now()
        with self._lead_write([lead_id], "Do not contact") as (db, change):
            revisit_store.close_queued(db, lead_id, RevisitState.NEVER, now)
            db.conn.execute("UPDATE leads SET do_not_contact = 1, updated_at = ? WHERE id = ?", [now, lead_id])
            if lead.stage != Stage.NO:
                self._set_stage(db, lead, Stage.NO, now)
            self._cancel_planned(db, lead_id, now)
            fu_store.add_event(db, lead_id, now, "do_not_contact")
        return change.result

    def revisit_stats(self) -> tuple[int, int]:
        """Own results: (revisits that brought a lead back, how many of those were won since)."""
        from .store import revisits as revisit_store  # noqa: PLC0415

        with known_errors(self.path):
            return revisit_store.stats(self._db)

    def nurture_list(self) -> list[Any]:
        """Leads in nurture with last and next touch (NurtureRows); do-not-contact left out."""
        from .store import revisits as revisit_store  # noqa: PLC0415

        with known_errors(self.path):
            return revisit_store.nurture(self._db)

    def next_nurture_touch(self, row: Any) -> date:
        """The planned next touch, or when the slow cadence says the next one is due."""
        from .core.revisits import next_nurture_touch  # noqa: PLC0415

        zone = self.clock.zone
        if row.next_step_at:
            return from_utc_iso(row.next_step_at).astimezone(zone).date()
        last = from_utc_iso(row.last_touch_at).astimezone(zone).date() if row.last_touch_at else None
        since = from_utc_iso(row.nurtured_since).astimezone(zone).date()
        return next_nurture_touch(last, since, self.local_today(), self.settings().nurture_days)

    def plan_nurture_touches(self, channel: Channel = Channel.EMAIL) -> Change:
        """Give every nurtured lead without a planned touch its next slow one (one undo step)."""
        rows = [r for r in self.nurture_list() if not r.next_step_at]
        ids = [r.lead_id for r in rows]
        if not ids:
            return Change("Plan nurture touches")
        with self._lead_write(ids, "Plan nurture touches") as (db, change):
            for row in rows:
                use = Channel(row.preferred_channel) if row.preferred_channel in {c.value for c in
                      (Channel.LETTER, Channel.EMAIL)} else channel  # fmt: skip
                self._insert_followup(db, FollowUp(row.lead_id, Due(self.next_nurture_touch(row)), use,
                                                   Objective.REPLY, remind_minutes=self.settings().reminder_minutes))
        return change.result

    def export_nurture_csv(self, out: Any) -> int:
        """The nurture list for a mail merge (do-not-contact left out); how many rows were written."""
        import csv  # noqa: PLC0415

        from .interop.csv_export import neutralise  # noqa: PLC0415

        writer = csv.writer(out)
        writer.writerow(["name", "company", "email", "address", "city", "country", "last_touch", "next_touch"])
        count = 0
        for row in self.nurture_list():
            last = from_utc_iso(row.last_touch_at).astimezone(self.clock.zone).date().isoformat() if row.last_touch_at else ""
            writer.writerow([neutralise(v) for v in (row.name, row.company, row.email, row.address, row.city,
                                                     row.country, last, self.next_nurture_touch(row).isoformat())])
            count += 1
        return count

    # --- end of revisits ----------------------------------------------------------------

    # --- settings ---------------------------------------------------------------------

    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = Settings.from_json(self.setting("settings"))
        return self._settings

    def save_settings(self, settings: Settings) -> Change:
        """Store new defaults; reminders of planned date-only follow-ups move with the day's start."""
        with self._write() as db:
            db.conn.execute(
                "INSERT INTO settings (key, value) VALUES ('settings', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [settings.to_json()],
            )
            self._settings = settings
            planned = db.conn.execute(
                "SELECT id FROM followups WHERE state = 'planned' AND due_time IS NULL AND remind = 1"
            ).fetchall()
            for (followup_id,) in planned:
                fu = fu_store.get_followups(db, [followup_id])[0]
                fu_store.update_followup(db, followup_id, self._followup_row(fu))
        return self._announce(Change("Settings"))

    # --- time -------------------------------------------------------------------------

    def local_now(self) -> datetime:
        return self.clock.now().astimezone(self.clock.zone)

    def local_today(self) -> date:
        return self.local_now().date()

    # --- follow-ups: reads --------------------------------------------------------------

    def followup(self, followup_id: int) -> FollowUp:
        found = fu_store.get_followups(self._db, [followup_id])
        if not found:
            raise KeyError(followup_id)
        return found[0]

    def followups(self, lead_id: int) -> list[FollowUp]:
        return fu_store.lead_followups(self._db, lead_id)

    def timeline(self, lead_id: int, *, newest: int | None = None) -> list[TimelineEntry]:
        """Done, planned and cancelled follow-ups with notes and stage changes, oldest first.
        With ``newest``, only the newest that many entries: a long history is read a page at
        a time (``timeline_length`` says how many there are in all)."""
        with known_errors(self.path):
            keys = fu_store.timeline_keys(self._db, lead_id, newest)
            if not keys:
                raise KeyError(lead_id)
            followups = {fu.id: fu for fu in fu_store.get_followups(
                self._db, [i for src, i in keys if src == fu_store.TIMELINE_FOLLOWUP])}  # fmt: skip
            events = {e.id: e for e in fu_store.events_by_id(
                self._db, [i for src, i in keys if src == fu_store.TIMELINE_EVENT])}  # fmt: skip
        entries = []
        for src, key in reversed(keys):
            if src == fu_store.TIMELINE_FOLLOWUP and key in followups:
                fu = followups[key]
                at = fu.done_at if fu.state == State.DONE else (fu.updated_at if fu.state == State.CANCELLED else fu.due_at)
                entries.append(TimelineEntry(at, "followup", fu.result_note, fu))
            elif src == fu_store.TIMELINE_EVENT and key in events:
                e = events[key]
                entries.append(TimelineEntry(e.at, e.kind, e.text, None, e.data))
            elif src == fu_store.TIMELINE_CREATED:
                entries.append(TimelineEntry(self.lead(lead_id).created_at, "created"))
        return entries

    def timeline_length(self, lead_id: int) -> int:
        """How many entries the lead's whole timeline has (its creation included)."""
        with known_errors(self.path):
            return fu_store.timeline_length(self._db, lead_id)

    def next_followup(self, lead_id: int) -> FollowUp | None:
        """The lead's next planned follow-up (soonest due), or None: read without its history."""
        with known_errors(self.path):
            return fu_store.next_planned(self._db, lead_id)

    def last_touch(self, lead_id: int) -> FollowUp | None:
        """The lead's latest logged follow-up, or None: read without its history."""
        with known_errors(self.path):
            return fu_store.last_done(self._db, lead_id)

    def agenda(self, day: date | None = None, *, limit: int | None = None) -> Agenda:
        """Today's work: overdue, due today, first responses, leads to decide on, and tomorrow.

        With ``limit`` each section reads only its first ``limit`` rows, and a section that
        fills up is counted with an indexed COUNT (``Agenda.total``): Today stays instant with
        a backlog of 100,000. Without it every row is read (the call sheet prints them all).
        """
        day = day or self.local_today()
        settings = self.settings()
        since = self.clock.now() - timedelta(days=settings.stop_days)
        db = self._db
        with known_errors(self.path):
            decide = fu_store.to_decide(db, settings.stop_attempts, since, limit)
            revisits = self.revisits(day, limit)
            agenda = Agenda(
                day=day,
                overdue=fu_store.overdue(db, day, limit),
                today=fu_store.due_on(db, day, limit),
                first_responses=fu_store.first_responses_due(db, limit),
                decide=self.leads([lead_id for lead_id, _, _ in decide]),
                tomorrow=fu_store.due_on(db, day + timedelta(days=1), limit),
                without_next_step=fu_store.count_without_next_step(db),
                revisits=revisits,
                decide_facts={lead_id: (streak, last) for lead_id, streak, last in decide},
            )
            if limit is None:
                return agenda
            full = {name for name in ("overdue", "today", "tomorrow", "first_responses", "decide")
                    if len(getattr(agenda, name)) >= limit}  # fmt: skip
            if "first_responses" in full:
                agenda.counts["first_responses"] = fu_store.count_first_responses(db)
            if full & {"overdue", "today", "tomorrow"}:
                agenda.counts.update(zip(("overdue", "today", "tomorrow"), fu_store.day_counts(db, day)))
            if "decide" in full:
                agenda.counts["decide"] = fu_store.count_to_decide(db, settings.stop_attempts, since)
            if len(revisits) >= limit:
                agenda.counts["revisits"] = self.count_due_revisits(day)
        return agenda

    def due_counts(self, day: date | None = None) -> DueCounts:
        """What wants doing on ``day`` (default today), by section: overdue, due, first
        responses, revisits and to decide, counted through indexes without reading the rows."""
        day = day or self.local_today()
        settings = self.settings()
        since = self.clock.now() - timedelta(days=settings.stop_days)
        with known_errors(self.path):
            overdue, due, _ = fu_store.day_counts(self._db, day)
            return DueCounts(
                overdue=overdue,
                today=due,
                first_responses=fu_store.count_first_responses(self._db),
                revisits=self.count_due_revisits(day),
                decide=fu_store.count_to_decide(self._db, settings.stop_attempts, since),
            )

    def due_count(self, day: date | None = None) -> int:
        """``due_counts(day).total`` (navigation, tray)."""
        return self.due_counts(day).total

    def is_decision_due(self, lead: Lead) -> bool:
        row = self._db.conn.execute(
            "SELECT unanswered_streak, streak_started_at FROM leads WHERE id = ?", [lead.id]
        ).fetchone()
        started = from_utc_iso(row[1]) if row and row[1] else None
        return bool(row) and stop_rule_reached(row[0], started, self.clock.now(), self.settings())

    def attempts_in_a_row(self, lead_id: int) -> int:
        row = self._db.conn.execute("SELECT unanswered_streak FROM leads WHERE id = ?", [lead_id]).fetchone()
        return int(row[0]) if row else 0

    def spacing_gap_ends(self, lead_id: int, day: date) -> date | None:
        """When planning on ``day`` comes too soon after an unanswered attempt: the day the gap ends."""
        last = fu_store.last_unanswered_day(self._db, lead_id, self.clock.zone)
        return spacing_gap_ends(day, last, self.settings())

    def propose_next(
        self, lead_id: int, after: FollowUp | None = None, *, outcome: Outcome | None = None, keep_cadence: bool = True
    ) -> Proposal:
        """The next step to offer after a touch (Enter accepts it).

        With ``outcome`` it is proposed as the book will stand once ``after`` is logged
        with that outcome: an unanswered attempt counts for the spacing guard, an answer
        ends the streak, and a cadence that stops (or is ended by "said no"/"won") no
        longer proposes its steps.
        """
        lead = self.lead(lead_id)
        cadence_goes_on = outcome not in (Outcome.SAID_NO, Outcome.WON) and (
            keep_cadence or outcome is None or not outcome.answered
        )
        remaining = [f for f in self.remaining_cadence_steps(lead_id, after.id if after else None) if cadence_goes_on]
        step = (remaining[0].due.day, remaining[0].channel, remaining[0].objective) if remaining else None
        proposal = propose_next_step(lead, self.local_today(), self.settings(), step, after.channel if after else None)
        if outcome is None:
            gap_end = self.spacing_gap_ends(lead_id, proposal.due.day)
        else:
            last_attempt = None if outcome.answered else self.local_today()
            gap_end = spacing_gap_ends(proposal.due.day, last_attempt, self.settings())
        if gap_end is None:
            return proposal
        return replace(proposal, due=Due(gap_end, proposal.due.at), moved_from=proposal.due.day)

    def remaining_cadence_steps(self, lead_id: int, excluding: int | None = None) -> list[FollowUp]:
        return [f for f in fu_store.planned_from_cadence(self._db, lead_id) if f.id != excluding]

    def cadences(self) -> list[Cadence]:
        """Built-in cadences come in the user's language; their messages are copied into follow-ups as shown."""
        return [translated(c, texts.builtin_text) for c in fu_store.cadences(self._db)]

    def cadence(self, cadence_id: int) -> Cadence:
        for cadence in self.cadences():
            if cadence.id == cadence_id:
                return cadence
        raise KeyError(cadence_id)

    # --- follow-ups: writes -------------------------------------------------------------

    def _followup_row(self, fu: FollowUp) -> dict[str, Any]:
        cleaned = {name: clean_text(getattr(fu, name), multiline=True)  # every follow-up write comes here
                   for name in ("objective_note", "message", "result_note")}
        if any(text is not getattr(fu, name) for name, text in cleaned.items()):
            fu = fu.with_changes(**cleaned)
        return fu_store.followup_to_row(fu, self.clock.zone, self.settings().day_start_time)

    def _insert_followup(self, db: sqlite_utils.Database, fu: FollowUp) -> int:
        now = self._now()
        return fu_store.insert_followup(db, self._followup_row(fu.with_changes(id=None, created_at=now, updated_at=now)))

    def _first_followup(self, lead_id: int, source: Source) -> FollowUp:
        settings = self.settings()
        due_at = first_response_due(source, self.clock.now(), settings)
        if due_at is None:
            return FollowUp(lead_id, Due(next_working_day(self.local_today() + timedelta(days=1))),
                            FIRST_RESPONSE_CHANNEL[source], Objective.REPLY, remind_minutes=settings.reminder_minutes)
        local = due_at.astimezone(self.clock.zone)
        return FollowUp(lead_id, Due(local.date(), time(local.hour, local.minute)), FIRST_RESPONSE_CHANNEL[source],
                        Objective.ANSWER, remind_minutes=settings.reminder_minutes, first_response=True)

    @contextmanager
    def _lead_write(self, lead_ids: Iterable[int], label: str) -> Iterator[tuple[sqlite_utils.Database, _Outcome]]:
        """A write that changes what some leads own: one transaction, their summaries
        refreshed, one undo step with their snapshots, one announcement."""
        ids = list(dict.fromkeys(lead_ids))
        outcome = _Outcome(Change(label))
        with self._write() as db:
            before = lead_store.snapshot_leads(db, ids)
            if any(s.lead_row is None for s in before):
                raise KeyError(ids)
            yield db, outcome
            fu_store.refresh_summaries(db, ids)
        self._push_undo(label, before)
        outcome.result = self._announce(Change(label, frozenset(ids)))

    def plan_followup(self, fu: FollowUp) -> FollowUp:
        """Plan a follow-up (undoable)."""
        with self._lead_write([fu.lead_id], "Plan follow-up") as (db, _):
            new_id = self._insert_followup(db, fu.with_changes(state=State.PLANNED))
        return self.followup(new_id)

    def update_followup(self, fu: FollowUp) -> FollowUp:
        if fu.id is None:
            raise ValueError("update_followup needs a follow-up with an id")
        with self._lead_write([fu.lead_id], "Edit follow-up") as (db, _):
            fu_store.update_followup(db, fu.id, self._followup_row(fu.with_changes(updated_at=self._now())))
        return self.followup(fu.id)

    def reschedule_followup(self, followup_id: int, due: Due) -> FollowUp:
        return self.update_followup(self.followup(followup_id).with_changes(due=due))

    def cancel_followup(self, followup_id: int) -> Change:
        fu = self.followup(followup_id)
        with self._lead_write([fu.lead_id], "Cancel follow-up") as (db, change):
            fu_store.update_followup(db, followup_id, self._followup_row(
                fu.with_changes(state=State.CANCELLED, updated_at=self._now())))
        return change.result

    def complete_followup(
        self,
        followup_id: int,
        outcome: Outcome,
        note: str = "",
        next_step: FollowUp | None = None,
        *,
        keep_cadence: bool = True,
        start_post_sale: bool = False,
    ) -> Change:
        """Log a touch and plan the next one in one transaction (one undo step).

        "Said no" marks the lead no and cancels what was planned; "won" marks it won and
        can start the post-sale cadence; a reply can end the cadence's remaining steps.
        """
        fu = self.followup(followup_id)
        now = self._now()
        with self._lead_write([fu.lead_id], "Log follow-up") as (db, change):
            fu_store.update_followup(db, followup_id, self._followup_row(
                fu.with_changes(state=State.DONE, outcome=outcome, result_note=note.strip(), done_at=now,
                                updated_at=now)))
            lead = self.leads([fu.lead_id])[0]
            stage = lead.stage
            if outcome == Outcome.SAID_NO:
                stage = Stage.NO
            elif outcome == Outcome.WON:
                stage = Stage.WON
            elif lead.stage == Stage.NEW:
                stage = Stage.CONTACTED
            if outcome in (Outcome.SAID_NO, Outcome.WON):
                self._cancel_planned(db, fu.lead_id, now)
            elif outcome.answered and not keep_cadence:
                self._cancel_planned(db, fu.lead_id, now, cadence_only=True)
            if stage != lead.stage:
                self._set_stage(db, lead, stage, now)
            if start_post_sale and outcome == Outcome.WON:
                self._apply_cadence(db, fu.lead_id, self._builtin_id(POST_SALE), self.local_today())
            if next_step is not None:
                self._insert_followup(db, next_step.with_changes(lead_id=fu.lead_id, state=State.PLANNED))
        return change.result

    def _cancel_planned(self, db: sqlite_utils.Database, lead_id: int, now: str, *, cadence_only: bool = False) -> None:
        extra = " AND cadence_id IS NOT NULL" if cadence_only else ""
        db.conn.execute(
            f"UPDATE followups SET state = 'cancelled', remind_at = NULL, updated_at = ? "
            f"WHERE lead_id = ? AND state = 'planned'{extra}",
            [now, lead_id],
        )

    def _set_stage(self, db: sqlite_utils.Database, lead: Lead, stage: Stage, now: str) -> None:
        db.conn.execute("UPDATE leads SET stage = ?, updated_at = ? WHERE id = ?", [stage.value, now, lead.id])
        fu_store.add_event(db, int(lead.id or 0), now, "stage", stage.value, lead.stage.value)

    def set_stage(self, lead_id: int, stage: Stage) -> Change:
        """Move a lead; "no" and "won" end what was planned, and nurture is a decision,
        so the stop rule counts again from there."""
        lead = self.lead(lead_id)
        now = self._now()
        with self._lead_write([lead_id], "Change stage") as (db, change):
            if stage != lead.stage:
                self._set_stage(db, lead, stage, now)
            if stage in (Stage.NO, Stage.WON):
                self._cancel_planned(db, lead_id, now)
            if stage == Stage.NURTURE:
                db.conn.execute("UPDATE leads SET stop_reset_at = ? WHERE id = ?", [now, lead_id])
        return change.result

    def keep_going(self, lead_id: int) -> Change:
        """The stop rule asked; the seller chose to keep going: the count starts again."""
        now = self._now()
        with self._lead_write([lead_id], "Keep going") as (db, change):
            db.conn.execute("UPDATE leads SET stop_reset_at = ? WHERE id = ?", [now, lead_id])
            fu_store.add_event(db, lead_id, now, "keep_going")
        return change.result

    def add_note(self, lead_id: int, text: str) -> Change:
        text = clean_text(text, multiline=True)
        if not text.strip():
            raise ValueError("empty note")
        with self._lead_write([lead_id], "Add note") as (db, change):
            fu_store.add_event(db, lead_id, self._now(), "note", text.strip())
        return change.result

    def _builtin_id(self, key: str) -> int:
        row = self._db.conn.execute("SELECT id FROM cadences WHERE builtin = ?", [key]).fetchone()
        return int(row[0])

    def _apply_cadence(self, db: sqlite_utils.Database, lead_id: int, cadence_id: int, start: date) -> int:
        cadence = self.cadence(cadence_id)
        settings = self.settings()
        first_name = lead_store.get_leads(db, [lead_id])[0].first_name
        for index, (step, day) in enumerate(zip(cadence.steps, cadence.planned_days(start))):
            message = step.message.replace("{first_name}", first_name)
            self._insert_followup(db, FollowUp(lead_id, Due(day), step.channel, step.objective, message=message,
                                               remind_minutes=settings.reminder_minutes, cadence_id=cadence_id,
                                               cadence_step=index))
        return len(cadence.steps)

    def apply_cadence(self, lead_id: int, cadence_id: int, start: date | None = None) -> Change:
        """Plan every step of a cadence from ``start`` (default today)."""
        with self._lead_write([lead_id], "Apply cadence") as (db, change):
            self._apply_cadence(db, lead_id, cadence_id, start or self.local_today())
        return change.result

    def save_cadence(self, cadence: Cadence) -> Cadence:
        """Create or change one of the user's own cadences (built-in ones are read-only)."""
        if cadence.builtin:
            raise ValueError("built-in cadences cannot be changed")
        cadence = replace(cadence, name=clean_text(cadence.name), steps=tuple(
            replace(step, message=clean_text(step.message, multiline=True)) for step in cadence.steps))
        if not cadence.name.strip():
            raise ValueError("a cadence needs a name")
        with self._write() as db:
            cadence_id = fu_store.save_cadence(db, cadence, self._now())
        self._announce(Change("Save cadence"))
        return self.cadence(cadence_id)

    def delete_cadence(self, cadence_id: int) -> Change:
        """Delete a user's cadence; follow-ups it planned stay, no longer tied to it."""
        with self._write() as db:
            db.conn.execute("DELETE FROM cadences WHERE id = ? AND builtin IS NULL", [cadence_id])
        return self._announce(Change("Delete cadence"))

    # --- import and export ---------------------------------------------------------------
    # Imports run in one transaction and are recorded in the book (tables imports and
    # import_items), so "Undo last import" works after a restart too. The interop modules
    # are imported where they are used: the rest of the app starts without them.

    @classmethod
    @contextmanager
    def worker_connection(cls, path: Path | str, clock: Clock) -> Iterator[LeadBook]:
        """The same book on a connection of the calling thread (SQLite objects belong to the
        thread that made them), for a worker. It leaves the running marker alone; after it,
        the main book needs ``reload_after_external_change``."""
        path = Path(path)
        read_only = not is_writable(path)
        book = cls(open_database(path, create=False, read_only=read_only), path, clock)
        book.read_only = read_only
        try:
            yield book
        finally:
            book._db.close()

    def reload_after_external_change(self, change: Change) -> Change:
        """Another connection (a worker) wrote to the book: forget what was cached, tell everyone."""
        self._settings = None
        return self._announce(change)

    def book_id(self) -> str:
        """A random name for this book, made by the schema; calendar UIDs carry it."""
        return self.setting("book_id") or f"{abs(hash(str(self.path))):x}"

    def home_country(self) -> str:
        """The book's home country (ISO 3166 code, "SE"): the country of phone numbers written
        without a country code. Set with ``set_home_country``; until then the locale's country
        ("sv_SE.UTF-8" -> "SE"), or "" (then only international numbers are compared)."""
        from .interop.matching import region_from_locale  # noqa: PLC0415

        return self.setting("home_country") or region_from_locale()

    def set_home_country(self, code: str) -> None:
        code = code.strip().upper()
        if code and not (len(code) == 2 and code.isalpha() and code.isascii()):
            raise ValueError(f"not a country code: {code!r}")
        self.set_setting("home_country", code)

    def duplicate_index(self, home_country: str | None = None) -> Any:
        """Keys (e-mails, phones, name plus company) of every lead, for finding duplicates;
        national phone numbers read in ``home_country`` (default: the book's)."""
        from .interop.matching import DuplicateIndex  # noqa: PLC0415

        index = DuplicateIndex(self.home_country() if home_country is None else home_country)
        with known_errors(self.path):
            index.add_rows(self._db.conn.execute("SELECT id, name, company, emails, phones FROM leads ORDER BY id"))
        return index

    def plan_import(self, found: Sequence[Any], *, file_name: str = "", format: str = "",  # noqa: A002
                    fingerprint: str = "", encoding: str = "", delimiter: str = "",
                    home_country: str | None = None) -> Any:  # fmt: skip
        """Sort records read from a file into new leads, duplicates and errors (an ImportPlan);
        ``home_country`` overrides the book's for this plan (a dry run that must not store it)."""
        from .interop.importing import build_plan, no_cyclic_gc  # noqa: PLC0415

        state = self._leads_state()  # read before the leads: a write in between makes it plan again, never miss
        with no_cyclic_gc():  # the book's keys and leads: 100,000 objects each
            plan = build_plan(
                found, self.duplicate_index(home_country), lambda ids: {lead.id: lead for lead in self.leads(ids)},
                file_name=file_name, format=format, fingerprint=fingerprint,
                views=lambda ids: lead_store.merge_views(self._db, ids),
            )  # fmt: skip
        plan.encoding, plan.delimiter, plan.book_state = encoding, delimiter, state
        if fingerprint:
            row = self._db.conn.execute(
                "SELECT at FROM imports WHERE fingerprint = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1",
                [fingerprint],
            ).fetchone()
            plan.imported_before = row[0] if row else ""
        return plan

    def _leads_state(self) -> tuple[object, ...]:
        """A mark that changes whenever leads are added, changed or deleted, by any connection."""
        with known_errors(self.path):
            return tuple(self._db.conn.execute(
                "SELECT count(*), coalesce(max(id), 0), coalesce(max(updated_at), '') FROM leads").fetchone())  # fmt: skip

    def _plan_still_true(self, plan: Any) -> Any:
        """Inside the import's write transaction (the write lock held, so nobody can add a lead
        meanwhile): the plan, or when the book has changed since it was made, the same rows
        planned again against the book as it is now. A row that was a duplicate keeps the
        action chosen for it; a row that only now matches a lead (the same file imported by
        another Leadbook meanwhile) gets ``plan.later_duplicates`` (merge, unless the user chose
        another for all duplicates). So two imports of one file never add its leads twice."""
        from .interop.importing import ItemKind  # noqa: PLC0415
        from .interop.records import Record  # noqa: PLC0415

        if plan.book_state is None or plan.book_state == self._leads_state():
            return plan
        records = [Record(item.line, None if item.kind == ItemKind.ERROR else item.lead, item.problems)
                   for item in plan.items]  # fmt: skip
        fresh = self.plan_import(records, file_name=plan.file_name, format=plan.format, fingerprint=plan.fingerprint,
                                 encoding=plan.encoding, delimiter=plan.delimiter)  # fmt: skip
        for old, new in zip(plan.items, fresh.items):
            if new.kind == ItemKind.DUPLICATE:
                new.action = old.action if old.kind == ItemKind.DUPLICATE else plan.later_duplicates
        fresh.later_duplicates = plan.later_duplicates
        return fresh

    def import_leads(
        self,
        plan: Any,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Any:
        """Carry out an ImportPlan in one transaction and record it for undo (an ImportResult).

        New rows (and duplicates set to "add") become leads, without first follow-ups:
        an imported address book is not a pile of fresh inquiries. Duplicates set to
        "merge" fill in the lead they match (``merge_leads``); merges into another row of
        the same file happen before anything is written. ``progress(done, total)`` is
        called every few thousand leads; when ``cancelled()`` turns true the transaction
        is rolled back and ImportCancelled raised.
        """
        import json  # noqa: PLC0415

        from .interop.importing import Action, ImportCancelled, ImportResult, ItemKind  # noqa: PLC0415
        from .interop.records import merge_leads  # noqa: PLC0415

        now = self._now()
        # The leads were checked when the file was read (records.build_lead runs lead_problems
        # and cleans names and tags); checking 100,000 of them again would cost a second.
        total = 0
        done = 0
        step = 2000

        def tick(count: int) -> None:
            nonlocal done
            done += count
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(done, total)

        added_ids: list[int] = []
        updated_ids: list[int] = []
        with self._write() as db, lead_store.bulk_work(db.conn):
            plan = self._plan_still_true(plan)  # the duplicates as the book is now, with the write lock held
            new: list[Lead] = []
            slot_of: dict[int, int] = {}
            merges: dict[int, list[Lead]] = {}
            skipped = merged_rows = quiet = in_file = 0
            for n, item in enumerate(plan.items):
                if item.kind == ItemKind.ERROR:
                    continue
                if item.kind == ItemKind.NEW or item.action == Action.ADD:
                    slot_of[n] = len(new)
                    new.append(item.lead)
                elif item.action == Action.SKIP:
                    skipped += 1
                elif item.match_item is not None and item.match_item in slot_of:
                    slot = slot_of[item.match_item]
                    new[slot] = merge_leads(new[slot], item.lead)
                    merged_rows += 1
                    in_file += 1
                elif item.match_id is not None:
                    merged_rows += 1
                    if item.brings_news:  # the plan already knows a merge would change nothing
                        merges.setdefault(item.match_id, []).append(item.lead)
                    else:
                        quiet += 1
            total = len(new) + len(merges)
            unchanged = quiet
            conn = db.conn
            batch_id = conn.execute(
                "INSERT INTO imports (at, file_name, format, fingerprint) VALUES (?, ?, ?, ?)",
                [now, plan.file_name, plan.format, plan.fingerprint],
            ).lastrowid  # the write lock is held since BEGIN IMMEDIATE: no other import takes these ids
            if progress is not None:
                progress(0, total)
            # Set-based (store.leads' bulk path): tuples in chunks, FTS in one statement, indexes rebuilt.
            added = lead_store.insert_leads_bulk(conn, new, now, tick, step)
            if added:
                conn.execute("INSERT INTO import_items (import_id, lead_id, kind) SELECT ?, id, 'added' "
                             "FROM leads WHERE id >= ?", [batch_id, added.start])  # fmt: skip
            added_ids.extend(added)
            flagged = self._record_possible_duplicates(conn, plan, slot_of, added, now)
            targets = list(merges)
            with lead_store.lead_updates(conn, len(targets)) if targets else nullcontext() as update:
                for start in range(0, len(targets), step):  # a chunk read, merged, recorded and saved at a time
                    chunk_ids = targets[start:start + step]
                    found = {lead.id: lead for lead in lead_store.get_leads(db, chunk_ids)}
                    changed: list[Lead] = []
                    for lead_id in chunk_ids:
                        before = found.get(lead_id)
                        if before is None:  # deleted since the plan was made
                            unchanged += len(merges[lead_id])
                            continue
                        after = before
                        for lead in merges[lead_id]:
                            after = merge_leads(after, lead)
                        if after == before or lead_problems(after):
                            unchanged += len(merges[lead_id])  # nothing new (or an old, laxer lead: left alone)
                            continue
                        changed.append(after)
                    snapshots = lead_store.merge_snapshots(db, [lead.id for lead in changed])
                    conn.executemany(  # the rows and tags as they were, for undo
                        "INSERT INTO import_items (import_id, lead_id, kind, before) VALUES (?, ?, 'merged', ?)",
                        [(batch_id, i, json.dumps(self._snapshot_to_json(snapshots[i]))) for i in (l.id for l in changed)],
                    )
                    update(changed, updated_at=now)
                    updated_ids.extend(lead.id for lead in changed)
                    tick(len(chunk_ids))
            tick(0)
            if added_ids or updated_ids:
                conn.execute("UPDATE imports SET added = ?, merged = ? WHERE id = ?",
                             [len(added_ids), len(updated_ids), batch_id])  # fmt: skip
            else:
                conn.execute("DELETE FROM imports WHERE id = ?", [batch_id])
                batch_id = None
        if batch_id is not None:
            self._undo.clear()  # older snapshots may predate what the import wrote
        result = ImportResult(
            added=len(added_ids), updated=len(updated_ids), unchanged=unchanged, merged_rows=merged_rows,
            skipped=skipped, errors=plan.count(ItemKind.ERROR), batch_id=batch_id, merged_in_file=in_file,
            flagged=flagged,
            added_ids=frozenset(added_ids), updated_ids=frozenset(updated_ids),
        )  # fmt: skip
        if batch_id is not None:
            self._announce(Change("Import", frozenset(added_ids) | frozenset(updated_ids), added=frozenset(added_ids)))
        return result

    @staticmethod
    def _record_possible_duplicates(conn: sqlite3.Connection, plan: Any, slot_of: dict[int, int],
                                    added: Sequence[int], now: str) -> int:  # fmt: skip
        """Pairs of a new lead and the leads it may be (a shared e-mail, phone, or name and
        company with the rest disagreeing), kept for review; returns how many new leads have one."""
        from .store import duplicates as dup_store  # noqa: PLC0415

        def lead_of(n: int) -> int | None:  # an item of the file -> the lead it became (or was merged into)
            for _ in range(len(plan.items)):
                if n in slot_of:
                    return added[slot_of[n]]
                item = plan.items[n]
                if item.match_id is not None:
                    return int(item.match_id)
                if item.match_item is None:
                    return None
                n = item.match_item
            return None

        pairs: list[tuple[int, int, str]] = []
        flagged = 0
        for n, slot in slot_of.items():
            item = plan.items[n]
            if not item.flagged or item.possible_by is None:
                continue
            flagged += 1
            others = [*item.possible_ids, *(lead_of(i) for i in item.possible_items)]
            pairs.extend((added[slot], other, item.possible_by.value) for other in others if other is not None)
        dup_store.add_pairs(conn, pairs, now)
        return flagged

    def possible_duplicates(self, status: str | None = "open") -> list[Any]:
        """Pairs of leads that may be one person (store.duplicates.DuplicatePair), oldest first;
        by default those not yet decided."""
        from .store import duplicates as dup_store  # noqa: PLC0415

        with known_errors(self.path):
            return dup_store.pairs(self._db.conn, status)

    def count_possible_duplicates(self) -> int:
        from .store import duplicates as dup_store  # noqa: PLC0415

        with known_errors(self.path):
            return dup_store.count_open(self._db.conn)

    def decide_possible_duplicate(self, pair_id: int, status: str) -> Change:
        """The seller's answer for a pair: "not_same" (never asked again) or "open" (ask again;
        "Keep both" leaves a pair open). A merge is ``merge_possible_duplicate``."""
        from .store import duplicates as dup_store  # noqa: PLC0415

        if status not in ("open", "not_same"):
            raise ValueError(status)
        with self._write() as db:
            if not dup_store.set_status(db.conn, pair_id, status, self._now()):
                raise KeyError(pair_id)
        return self._announce(Change("Review possible duplicates"))

    # Fields the review can take from either lead of a pair (the rest are merged: lists joined,
    # empty fields filled, notes added).
    MERGE_CHOICES = ("name", "company", "role", "address", "city", "country", "website", "stage", "source", "value",
                     "currency", "best_time", "decision_maker_name")  # fmt: skip

    def merge_possible_duplicate(self, pair_id: int, keep: int, take_from_other: Iterable[str] = ()) -> Change:
        """Merge the two leads of a pair into ``keep`` (one of them): the other lead's e-mails,
        phones, tags, notes and empty fields are added (``records.merge_leads``), the fields named
        in ``take_from_other`` (``MERGE_CHOICES``) are the other's, and every follow-up, note,
        history entry and revisit of the other lead moves to ``keep``; then the other goes.
        Undoable (Edit > Undo), like any lead write."""
        from .interop.records import merge_leads  # noqa: PLC0415
        from .store import duplicates as dup_store  # noqa: PLC0415

        found = dup_store.pair(self._db.conn, pair_id)
        if found is None or keep not in (found.lead_a, found.lead_b):
            raise KeyError(pair_id)
        other = found.lead_b if keep == found.lead_a else found.lead_a
        kept, gone = self.lead(keep), self.lead(other)
        merged = merge_leads(kept, gone)
        chosen = {name: getattr(gone, name) for name in take_from_other if name in self.MERGE_CHOICES}
        if "value" in chosen:
            chosen["currency"] = gone.currency
        merged = self._checked(merged.with_changes(**chosen) if chosen else merged)
        label = "Merge leads"
        now = self._now()
        with self._write() as db:
            before = lead_store.snapshot_leads(db, [keep, other])
            conn = db.conn
            for table in ("followups", "lead_events", "revisits"):  # everything the other lead owns
                conn.execute(f"UPDATE {table} SET lead_id = ? WHERE lead_id = ?", [keep, other])  # noqa: S608
            conn.execute("DELETE FROM leads WHERE id = ?", [other])
            lead_store.update_lead(db, merged.with_changes(updated_at=now))
            fu_store.refresh_summaries(db, [keep])
            dup_store.set_status(conn, pair_id, "merged", now)
        self._push_undo(label, before)
        return self._announce(Change(label, frozenset([keep, other]), removed=frozenset([other])))

    def last_import(self) -> Any:
        """The newest import, if it changed something and has not been undone (an ImportBatch)."""
        from .interop.importing import ImportBatch  # noqa: PLC0415

        with known_errors(self.path):
            row = self._db.conn.execute(
                "SELECT id, at, file_name, format, added, merged, undone_at FROM imports ORDER BY id DESC LIMIT 1"
            ).fetchone()
            if row is None or row[6] is not None:
                return None
            edited = self._db.conn.execute(
                "SELECT count(*) FROM import_items i JOIN leads l ON l.id = i.lead_id "
                "WHERE i.import_id = ? AND l.updated_at > ?",
                [row[0], row[1]],
            ).fetchone()[0]
        return ImportBatch(row[0], row[1], row[2], row[3], row[4], row[5], int(edited))

    def undo_last_import(self) -> Change | None:
        """Remove the leads the last import added (with whatever they got since) and put
        the fields and tags of the leads it merged into back as they were before it.
        Leads deleted since then stay deleted."""
        import json  # noqa: PLC0415


        batch = self.last_import()
        if batch is None:
            return None
        restored: list[int] = []
        with self._write() as db, lead_store.bulk_work(db.conn):
            conn = db.conn
            # Ids can be reused once a lead is deleted: only leads this import created go (set-based).
            removed = lead_store.delete_leads_bulk(
                conn, "id IN (SELECT lead_id FROM import_items WHERE import_id = ? AND kind = 'added') "
                "AND created_at = ?", [batch.id, batch.at])  # fmt: skip
            merged = conn.execute(  # the leads it merged into that are still there
                "SELECT i.lead_id, i.before FROM import_items i JOIN leads l ON l.id = i.lead_id "
                "WHERE i.import_id = ? AND i.kind = 'merged' ORDER BY i.lead_id", [batch.id]).fetchall()  # fmt: skip
            with lead_store.lead_updates(conn, len(merged)) if merged else nullcontext() as update:
                for start in range(0, len(merged), 2000):
                    # Only what a merge changes (the lead's fields and tags) goes back: follow-ups
                    # and notes added since the import stay.
                    leads = []
                    for _lead_id, before in merged[start:start + 2000]:
                        snapshot = self._snapshot_from_json(json.loads(before))
                        assert snapshot.lead_row is not None
                        tags = [row[columns.index("tag")] for table, columns, rows in snapshot.owned
                                if table == "lead_tags" for row in rows]  # fmt: skip
                        leads.append(lead_store.row_to_lead(dict(zip(snapshot.lead_columns, snapshot.lead_row)), tags))
                    update(leads)
                    restored.extend(lead.id for lead in leads)
            conn.execute("UPDATE imports SET undone_at = ? WHERE id = ?", [self._now(), batch.id])
        self._undo.clear()
        gone = frozenset(removed)
        return self._announce(Change("Undo import", gone | frozenset(restored), removed=gone))

    def export_leads(self, query: LeadQuery | None = None, chunk: int = 1000, *,
                     do_not_contact: bool = False) -> Iterator[Lead]:  # fmt: skip
        """Every lead (or those ``query`` finds), in the list's order, read a chunk at a time.
        An export is for marketing (a mail merge, a phone's contacts): do-not-contact leads are
        left out (seed 003: "never" is for good) unless ``do_not_contact`` asks for them."""
        ids = self.lead_ids(query or LeadQuery())
        if not do_not_contact:
            never = self._do_not_contact_ids()
            ids = [i for i in ids if i not in never] if never else ids
        for start in range(0, len(ids), chunk):
            yield from self.leads(ids[start:start + chunk])

    def count_do_not_contact(self, query: LeadQuery | None = None) -> int:
        """How many of the leads ``query`` finds (default: all) an export leaves out."""
        never = self._do_not_contact_ids()
        if not never or query is None:
            return len(never)
        return sum(1 for i in self.lead_ids(query) if i in never)

    def _do_not_contact_ids(self) -> frozenset[int]:
        with known_errors(self.path):
            return frozenset(r[0] for r in self._db.conn.execute("SELECT id FROM leads WHERE do_not_contact = 1"))

    def calendar_items(self) -> list[Any]:
        """Every planned follow-up with its lead's name, company, phone and e-mail (CalendarItems)."""
        from .interop.ical import CalendarItem  # noqa: PLC0415

        with known_errors(self.path):
            cursor = self._db.conn.execute(
                "SELECT f.*, l.name AS lead_name, l.company AS lead_company, l.phones AS lead_phones, "
                "l.emails AS lead_emails FROM followups f JOIN leads l ON l.id = f.lead_id "
                "WHERE f.state = 'planned' ORDER BY f.due_at, f.id"
            )
            names = [d[0] for d in cursor.description]
            rows = [dict(zip(names, values)) for values in cursor]
        return [
            CalendarItem(fu_store.row_to_followup(r), r["lead_name"], r["lead_company"],
                         r["lead_phones"].split("\n", 1)[0], r["lead_emails"].split("\n", 1)[0])  # fmt: skip
            for r in rows
        ]

    @staticmethod
    def _snapshot_to_json(snapshot: LeadSnapshot) -> dict[str, Any]:
        return {
            "lead_id": snapshot.lead_id,
            "columns": list(snapshot.lead_columns),
            "row": list(snapshot.lead_row) if snapshot.lead_row is not None else None,
            "owned": [[table, list(columns), [list(r) for r in rows]] for table, columns, rows in snapshot.owned],
        }

    @staticmethod
    def _snapshot_from_json(data: dict[str, Any]) -> LeadSnapshot:
        return LeadSnapshot(
            data["lead_id"],
            tuple(data["row"]) if data["row"] is not None else None,
            tuple(data["columns"]),
            tuple((table, tuple(columns), tuple(tuple(r) for r in rows)) for table, columns, rows in data["owned"]),
        )

    # --- end of import and export ---------------------------------------------------------
