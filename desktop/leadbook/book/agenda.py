"""Today's agenda, due counts, the calendar's loads and moves, reminders."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from ..core.deferred import deferred
from ..core.followups import Due, State
from ..store import followups as fu_store
from ..store.database import known_errors
from ..store.errors import ChangedElsewhereError
from ..store.followups import AgendaRow
from .changes import Change, Op
from .session import Session
from .values import Agenda, DueCounts

if TYPE_CHECKING:  # the calendar's and the reminders' modules load when first used, after Today's paint
    from ..core import calendar as calendar_rules
    from ..core import reminders as reminder_rules
    from ..core.calendar import DayItem, DayLoad, Move
    from ..core.reminders import Snooze
    from ..store import calendar as cal_store
    from ..store import reminders as reminder_store
else:
    calendar_rules = deferred("leadbook.core.calendar")
    reminder_rules = deferred("leadbook.core.reminders")
    cal_store = deferred("leadbook.store.calendar")
    reminder_store = deferred("leadbook.store.reminders")


class AgendaMixin(Session):
    """What is due when: agenda, calendar, reminders."""

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
        return reminder_rules.snooze_until(choice, self.clock.now(), self.clock.zone, self.settings().day_start_time)

    def dismiss_reminders(self, ids: Iterable[int] = (), *, revisits: Iterable[int] = ()) -> Change:
        """Dismiss reminders for good: of follow-ups (``ids``; they stay planned) and of
        revisits (``revisits``; they stay queued). One transaction."""
        ids, revisit_ids = list(dict.fromkeys(ids)), list(dict.fromkeys(revisits))
        with self._write() as db:
            lead_ids = reminder_store.lead_ids_of(db, ids) | reminder_store.lead_ids_of(db, revisit_ids, "revisits")
            reminder_store.dismiss(db, ids, self.clock.now())
            reminder_store.dismiss_revisits(db, revisit_ids, self.clock.now())
        return self._announce(Change(Op.DISMISS_REMINDERS, frozenset(lead_ids), count=len(ids) + len(revisit_ids)))

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
        return self._announce(Change(Op.SNOOZE_REMINDERS, frozenset(lead_ids), count=len(ids) + len(revisit_ids)))

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
        return calendar_rules.day_loads(counts, first, last, self.local_today(), self.settings().day_capacity, revisits)

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
        last = day + timedelta(days=calendar_rules.EVEN_OUT_HORIZON_DAYS)
        with known_errors(self.path):
            counts = cal_store.load_counts(self._db, day, last)
            items = cal_store.movable_on(self._db, day)
        totals = {d: sum(c.values()) for d, c in counts.items()}
        return calendar_rules.propose_even_out(day, items, totals, capacity)

    def move_followups(self, moves: Sequence[tuple[int, Due]], op: Op | str = Op.MOVE_FOLLOWUPS) -> Change:
        """Give planned follow-ups new due dates (and times) in one transaction and one undo step;
        ``op`` is ``Op.MOVE_FOLLOWUPS`` or ``Op.EVEN_OUT`` (or its name, "Even out")."""
        found = fu_store.get_followups(self._db, [followup_id for followup_id, _ in moves])
        by_id = {fu.id: fu for fu in found}
        missing = [followup_id for followup_id, _ in moves if followup_id not in by_id]
        if missing:
            raise KeyError(missing)
        now = self._now()
        with self._lead_write([fu.lead_id for fu in found], Op(op), len(moves)) as (db, change):
            current = {
                fu.id: fu for fu in fu_store.get_followups(db, [i for i, _ in moves])
            }  # with the write lock held
            for followup_id, due in moves:
                fu = current.get(followup_id)
                if fu is None or fu.state != State.PLANNED:  # logged, cancelled or deleted elsewhere meanwhile
                    raise ChangedElsewhereError(self.path, f"follow-up {followup_id} is no longer planned")
                fu_store.update_followup(db, followup_id, self._followup_row(fu.with_changes(due=due, updated_at=now)))
        return change.result

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

    def next_planned_after(self, day: date | None = None) -> AgendaRow | None:
        """The first follow-up planned after ``day`` (default today): Today's card shows it
        when nothing is due."""
        with known_errors(self.path):
            return fu_store.next_after(self._db, day or self.local_today())

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

    def calendar_items(self) -> list[Any]:
        """Every planned follow-up with its lead's name, company, phone and e-mail (CalendarItems)."""
        from ..interop.ical import CalendarItem  # noqa: PLC0415

        with known_errors(self.path):
            rows = fu_store.planned_with_leads(self._db.conn)
        return [
            CalendarItem(
                fu_store.row_to_followup(r),
                r["lead_name"],
                r["lead_company"],
                r["lead_phones"].split("\n", 1)[0],
                r["lead_emails"].split("\n", 1)[0],
                r["lead_rapport"] or "",
            )
            for r in rows
        ]
