"""The reminder engine: one single-shot timer to the next signal, re-armed when the book changes.

No busy polling: between signals Leadbook sleeps. A coarse 60-second check catches what
a monotonic timer cannot see (the computer slept, the wall clock jumped): it compares the
book's clock with the wake-up instant in memory and touches the book only when it is due.
The engine reads time only from ``book.clock``, so tests drive it with a fake clock.

Follow-ups and revisits (the no's to call back) both remind: the book's next signal time
covers both kinds, and so does the timer. A backlog is never read whole: each check reads
the first ``LISTED_AT_MOST`` due reminders plus those that signalled today or since the last check.

Attention is kept for what is newly due: a reminder is announced at most once a session
(``seen``, kept here and not in the book, so a restart starts afresh). What is due from an
earlier day is never announced: at start it is the backlog the reminders window folds into
one row. Dismissing a reminder, or moving it to a time that has already passed, never announces
it again; a snooze that ends, or a move to a later time once that time comes, announces that one
reminder alone (as Outlook's snooze does), never the backlog with it.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ...book import Change, LeadBook, ReminderKind, ReminderRow
from ...core.clock import utc_iso
from ...core.followups import to_instant
from ...core.reminders import LISTED_AT_MOST

COARSE_CHECK_MS = 60_000
# A long single shot drifts with the monotonic clock (and stops while the computer sleeps);
# wake up at least this often to re-aim. The coarse check covers the rest.
MAX_SHOT_MS = 6 * 60 * 60 * 1000
# Aim a little past the instant so the timer never lands a hair early.
MARGIN_MS = 250


class ReminderEngine(QObject):
    """Tells when reminders come due.

    ``due(list[ReminderRow])``: reminders newly due today that were not announced before this
    session. The first check (at start) emits it once whenever anything is due, even when all of
    it is a backlog from earlier days (then with an empty list): the catch-up shows the window
    once. ``changed(list)``: the due reminders (the first ``LISTED_AT_MOST`` of a longer
    backlog; ``count`` has the total) whenever they changed in any way (dismissed, snoozed,
    done, newly due). ``paused_changed(bool)`` when a pause starts or ends. Nothing is
    announced while paused; when the pause ends what came due meanwhile is announced.
    """

    due = Signal(list)
    changed = Signal(list)
    paused_changed = Signal(bool)
    ticked = Signal()

    def __init__(self, book: LeadBook, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self._current: list[ReminderRow] = []
        self._count = 0
        # Every reminder announced or passed over this session: never announced (again).
        # Each reminder announced or listed this session, with the instant it signalled then.
        self._seen: dict[tuple[ReminderKind, int], str] = {}
        self._checked_at: datetime | None = None  # the last check that was not paused
        self._wake_at: datetime | None = None
        self._paused_until: datetime | None = None
        self._started = False

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.VeryCoarseTimer)  # to the second; minutes matter here
        self.timer.timeout.connect(self.check)
        self.coarse = QTimer(self)
        self.coarse.setInterval(COARSE_CHECK_MS)
        self.coarse.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.coarse.timeout.connect(self.coarse_check)
        self._soon = QTimer(self)  # book changes arrive mid-write: re-read once, after it
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.check)
        self._unsubscribe = book.subscribe(self._on_book_changed)

    # --- life cycle -------------------------------------------------------------------

    def start(self) -> None:
        """First check (the catch-up: all missed reminders in one ``due``), then wait."""
        self._started = True
        self.coarse.start()
        self.check()

    def stop(self) -> None:
        """Stop listening and waking up (before the book closes)."""
        self._started = False
        self.timer.stop()
        self.coarse.stop()
        self._soon.stop()
        self._unsubscribe()
        self._unsubscribe = lambda: None

    # --- state ------------------------------------------------------------------------

    @property
    def current(self) -> list[ReminderRow]:
        """The reminders due at the last check."""
        return list(self._current)

    @property
    def count(self) -> int:
        """How many reminders were due at the last check (``current`` may list fewer)."""
        return self._count

    @property
    def wake_at(self) -> datetime | None:
        """The instant the single-shot timer is aimed at (None: nothing will signal)."""
        return self._wake_at

    @property
    def paused_until(self) -> datetime | None:
        return self._paused_until

    def is_paused(self) -> bool:
        return self._paused_until is not None and self.book.clock.now() < self._paused_until

    def pause(self, duration: timedelta = timedelta(hours=1)) -> None:
        """No reminder signals for ``duration``; what comes due meanwhile shows when it ends."""
        self._paused_until = self.book.clock.now() + duration
        self.paused_changed.emit(True)
        self.check()

    def resume(self) -> None:
        if self._paused_until is None:
            return
        self._paused_until = None
        self.paused_changed.emit(False)
        self.check()

    @property
    def seen(self) -> frozenset[tuple[ReminderKind, int]]:
        """The reminders announced (or passed over as a backlog) this session."""
        return frozenset(self._seen)

    # --- checking ---------------------------------------------------------------------

    def _on_book_changed(self, change: Change) -> None:
        if self._started:
            self._soon.start()

    def check(self) -> None:
        """Re-read what is due, announce what is newly due, aim the timer at the next signal."""
        if not self._started:
            return
        now = self.book.clock.now()
        if self._paused_until is not None and now >= self._paused_until:
            self._paused_until = None
            self.paused_changed.emit(False)
        current = self.book.due_reminders(now, LISTED_AT_MOST)
        count = len(current) if len(current) < LISTED_AT_MOST else self.book.count_due_reminders(now)
        list_changed = current != self._current or count != self._count
        self._current, self._count = current, count
        new: list[ReminderRow] = []
        first = self._checked_at is None
        if self._paused_until is None:
            zone = self.book.clock.zone
            today = now.astimezone(zone).date()
            since = to_instant(today, time(0, 0), zone)
            if self._checked_at is not None:
                since = min(since, self._checked_at)
            if count > len(current):  # past the listed part of a backlog: read the recent ones too
                recent = self.book.due_reminders(now, LISTED_AT_MOST, since=since)
            else:
                after = utc_iso(since)
                recent = [row for row in current if row.signals_at > after]
            last = utc_iso(self._checked_at) if self._checked_at is not None else ""
            new = [row for row in recent if self._is_new(row, today, last)]
            self._seen.update((row.key, row.signals_at) for row in current)
            self._seen.update((row.key, row.signals_at) for row in recent)
            self._checked_at = now
        # "changed" first: a hidden reminders window only marks itself stale, and "due" then
        # presents it with one reading of the book (at start, with a backlog, that is most of the cost).
        if list_changed:
            self.changed.emit(self.current)
        if new or (first and self._paused_until is None and count):
            self.due.emit(new)
        self._aim(now)

    def _is_new(self, row: ReminderRow, today: date, last_check: str) -> bool:
        """Not seen this session and due today; or seen, and signalling again since the last check
        at a later instant than then: its snooze ended, or it was moved to a later time that has come."""
        seen_at = self._seen.get(row.key)
        if seen_at is None:
            return row.due.day >= today
        return row.signals_at > seen_at and row.signals_at > last_check

    def _aim(self, now: datetime) -> None:
        if self._paused_until is not None:
            self._wake_at = self._paused_until  # the end of the pause re-reads and re-aims
        else:
            self._wake_at = self.book.next_reminder_at(now)
        self._arm(now)

    def _arm(self, now: datetime) -> None:
        if self._wake_at is None:
            self.timer.stop()
            return
        ms = int((self._wake_at - now).total_seconds() * 1000) + MARGIN_MS
        self.timer.start(max(0, min(ms, MAX_SHOT_MS)))

    def coarse_check(self) -> None:
        """Every minute, cheaply: if the wake-up instant has passed by the wall clock (after
        sleep or a clock jump) check now; else re-aim the timer from the wall clock."""
        if not self._started:
            return
        now = self.book.clock.now()
        if self._wake_at is not None and now >= self._wake_at:
            self.check()
        else:
            self._arm(now)
        self.ticked.emit()
