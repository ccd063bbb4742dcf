"""No's and revisits: say no, reopen, still not now, nurture."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from ..core.clock import from_utc_iso
from ..core.followups import Due, FollowUp, Objective, State, check_day
from ..core.model import Channel, Lead, Stage
from ..core.rules import (
    next_working_day,
)
from ..core.sanitise import clean_text
from ..store import followups as fu_store
from ..store import leads as lead_store
from ..store.database import known_errors
from .changes import Change, Op
from .session import Session
from .values import SaidNo


class RevisitsMixin(Session):
    """Leads who said no, and when to ask again."""

    # --- revisits ---------------------------------------------------------------------
    # Seed 003: a "no" mostly means "not now". Each "no" keeps its reason, who said it and
    # when to call back (table revisits); the lead is out of active lists (stage no) until
    # then. Do-not-contact is for good: never queued again, never in a marketing export.

    def say_no(self, lead_id: int, reason: Any, note: str = "", revisit_on: date | None = None) -> Change:
        """Mark a lead "no" (undoable, one transaction): stage no, planned follow-ups cancelled,
        the revisit queued for ``revisit_on`` (None: never, do not contact) and a "said_no"
        event in the timeline with the reason and the contact person at that time."""
        from ..core.revisits import NoReason, RevisitState  # noqa: PLC0415
        from ..store import revisits as revisit_store  # noqa: PLC0415

        reason = NoReason(reason)
        note = clean_text(note, multiline=True)
        if revisit_on is not None:
            check_day(revisit_on)
        lead = self.lead(lead_id)
        now = self._now()
        person = self._contact_person(lead)
        with self._lead_write([lead_id], Op.SAY_NO) as (db, change):
            if lead.stage != Stage.NO:
                self._set_stage(db, lead, Stage.NO, now)
            self._cancel_planned(db, lead_id, now)
            revisit_store.close_queued(db, lead_id, RevisitState.REQUEUED, now)
            state = RevisitState.QUEUED if revisit_on is not None else RevisitState.NEVER
            revisit_store.insert(db, lead_id, now, reason, note.strip(), person, revisit_on, state)
            if revisit_on is None:
                lead_store.mark_do_not_contact(db.conn, lead_id, now)
            said = SaidNo(person, revisit_on.isoformat() if revisit_on else "", revisit_on is None, note.strip())
            fu_store.add_event(db, lead_id, now, "said_no", reason.value, said.to_json())
        return change.result

    @staticmethod
    def _contact_person(lead: Lead) -> str:
        return f"{lead.name} ({lead.role})" if lead.role else lead.name

    def default_revisit_on(self, reason: Any, said_no_on: date | None = None) -> date:
        """When a "no" for ``reason`` comes back by the settings' delay (from today by default)."""
        from ..core.revisits import NoReason, revisit_date  # noqa: PLC0415

        return revisit_date(NoReason(reason), said_no_on or self.local_today(), self.settings().no_delays)

    def revisit_questions(self) -> list[str]:
        """What to ask on a revisit: the user's list, or seed 003's."""
        from ..core.revisits import questions  # noqa: PLC0415

        return questions(self.settings().revisit_questions)

    def revisits(self, due_until: date | None = None, limit: int | None = None) -> list[Any]:
        """Queued revisits due on ``due_until`` (default today) or before, oldest first (RevisitRows;
        the first ``limit``)."""
        from ..store import revisits as revisit_store  # noqa: PLC0415

        with known_errors(self.path):
            return revisit_store.due_until(self._db, due_until or self.local_today(), limit)

    def count_due_revisits(self, day: date | None = None) -> int:
        from ..store import revisits as revisit_store  # noqa: PLC0415

        with known_errors(self.path):
            return revisit_store.count_due(self._db, day or self.local_today())

    def upcoming_revisits(self, after: date | None = None, until: date | None = None) -> list[Any]:
        """Queued revisits after ``after`` (default today), soonest first (RevisitRows)."""
        from ..store import revisits as revisit_store  # noqa: PLC0415

        with known_errors(self.path):
            return revisit_store.upcoming(self._db, after or self.local_today(), until)

    def revisit_of(self, lead_id: int) -> dict[str, Any] | None:
        """The lead's newest "no" (reason, note, contact_person, revisit_on, state), or None."""
        from ..store import revisits as revisit_store  # noqa: PLC0415

        return revisit_store.latest(self._db, lead_id)

    def reopen(self, lead_id: int, stage: Stage = Stage.QUALIFIED, first: FollowUp | None = None) -> Change:
        """The revisit found interest: back to an active ``stage`` with a first follow-up planned
        (``first``, or a call on the next working day)."""
        from ..core.revisits import RevisitState  # noqa: PLC0415
        from ..store import revisits as revisit_store  # noqa: PLC0415

        if not stage.is_active:
            raise ValueError("reopen needs an active stage")
        lead = self.lead(lead_id)
        if lead.do_not_contact:
            raise ValueError("a do-not-contact lead is not reopened")
        now = self._now()
        with self._lead_write([lead_id], Op.REOPEN) as (db, change):
            revisit_store.close_queued(db, lead_id, RevisitState.REOPENED, now)
            self._set_stage(db, lead, stage, now)
            lead_store.reset_stop_rule(db.conn, lead_id, now)
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
        from ..core.revisits import NoReason, RevisitState  # noqa: PLC0415
        from ..store import revisits as revisit_store  # noqa: PLC0415

        last = self.revisit_of(lead_id)
        reason = NoReason(last["reason"]) if last else NoReason.TIMING
        revisit_on = self.default_revisit_on(reason)
        now = self._now()
        with self._lead_write([lead_id], Op.STILL_NOT_NOW) as (db, change):
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

        from ..core.revisits import RevisitState  # noqa: PLC0415
        from ..store import revisits as revisit_store  # noqa: PLC0415

        if not name.strip():
            raise ValueError("the new contact person needs a name")
        lead = self.lead(lead_id)
        if lead.do_not_contact:
            raise ValueError("a do-not-contact lead is not contacted again")
        changed = self._checked(lead.with_changes(name=name.strip(), role=role.strip(), emails=tuple(emails),
                                                  phones=tuple(phones), is_decision_maker=True,
                                                  decision_maker_name="", decision_maker_contact=""))  # fmt: skip
        now = self._now()
        with self._lead_write([lead_id], Op.NEW_CONTACT_PERSON) as (db, change):
            revisit_store.close_queued(db, lead_id, RevisitState.NEW_CONTACT, now)
            lead_store.update_lead(db, changed.with_changes(updated_at=now))
            fu_store.add_event(db, lead_id, now, "new_contact", changed.name,
                               json.dumps({"before": self._contact_person(lead)}))  # fmt: skip
            self._set_stage(db, lead, Stage.NEW, now)
            lead_store.reset_stop_rule(db.conn, lead_id, now)
            self._insert_followup(db, self._revisit_followup(changed))
        return change.result

    def do_not_contact(self, lead_id: int) -> Change:
        """For good: never in a queue or a marketing export again; stage no, plans cancelled."""
        from ..core.revisits import RevisitState  # noqa: PLC0415
        from ..store import revisits as revisit_store  # noqa: PLC0415

        lead = self.lead(lead_id)
        now = self._now()
        with self._lead_write([lead_id], Op.DO_NOT_CONTACT) as (db, change):
            revisit_store.close_queued(db, lead_id, RevisitState.NEVER, now)
            lead_store.mark_do_not_contact(db.conn, lead_id, now)
            if lead.stage != Stage.NO:
                self._set_stage(db, lead, Stage.NO, now)
            self._cancel_planned(db, lead_id, now)
            fu_store.add_event(db, lead_id, now, "do_not_contact")
        return change.result

    def revisit_stats(self) -> tuple[int, int]:
        """Own results: (revisits that brought a lead back, how many of those were won since)."""
        from ..store import revisits as revisit_store  # noqa: PLC0415

        with known_errors(self.path):
            return revisit_store.stats(self._db)

    def nurture_list(self) -> list[Any]:
        """Leads in nurture with last and next touch (NurtureRows); do-not-contact left out."""
        from ..store import revisits as revisit_store  # noqa: PLC0415

        with known_errors(self.path):
            return revisit_store.nurture(self._db)

    def next_nurture_touch(self, row: Any) -> date:
        """The planned next touch, or when the slow cadence says the next one is due."""
        from ..core.revisits import next_nurture_touch  # noqa: PLC0415

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
            return Change(Op.PLAN_NURTURE, count=0)
        with self._lead_write(ids, Op.PLAN_NURTURE) as (db, change):
            for row in rows:
                use = Channel(row.preferred_channel) if row.preferred_channel in {c.value for c in
                      (Channel.LETTER, Channel.EMAIL)} else channel  # fmt: skip
                self._insert_followup(
                    db,
                    FollowUp(
                        row.lead_id,
                        Due(self.next_nurture_touch(row)),
                        use,
                        Objective.REPLY,
                        remind_minutes=self.settings().reminder_minutes,
                    ),
                )
        return change.result

    def export_nurture_csv(self, out: Any) -> int:
        """The nurture list for a mail merge (do-not-contact left out); how many rows were written."""
        import csv  # noqa: PLC0415

        from ..interop.csv_export import neutralise  # noqa: PLC0415

        writer = csv.writer(out)
        writer.writerow(["name", "company", "email", "address", "city", "country", "last_touch", "next_touch"])
        count = 0
        for row in self.nurture_list():
            last = (
                from_utc_iso(row.last_touch_at).astimezone(self.clock.zone).date().isoformat()
                if row.last_touch_at
                else ""
            )
            writer.writerow(
                [
                    neutralise(v)
                    for v in (
                        row.name,
                        row.company,
                        row.email,
                        row.address,
                        row.city,
                        row.country,
                        last,
                        self.next_nurture_touch(row).isoformat(),
                    )
                ]
            )
            count += 1
        return count

    # --- end of revisits ----------------------------------------------------------------
