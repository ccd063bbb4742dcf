"""Follow-ups and cadences: reads, plans, outcomes, stages, notes."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, time, timedelta
from typing import TYPE_CHECKING, Any

from ..core.clock import from_utc_iso
from ..core.deferred import deferred
from ..core.followups import Due, FollowUp, Objective, Outcome, State
from ..core.model import Lead, Stage
from ..core.rules import (
    Proposal,
    first_response_channel,
    first_response_due,
    next_working_day,
    propose_next_step,
    spacing_gap_ends,
    stage_after,
    stop_rule_reached,
)
from ..core.sanitise import clean_text
from ..store import followups as fu_store
from ..store import leads as lead_store
from ..store.database import known_errors
from ..store.errors import ChangedElsewhereError
from .changes import Change, Op
from .session import Session
from .values import PhoneChange, SaidNo, TimelineEntry, _Outcome

if TYPE_CHECKING:  # sqlite-utils loads when a write first needs it (store.database.LazyDatabase)
    import sqlite_utils

    from ..core import cadences as cadence_rules
    from ..core.cadences import Cadence
    from ..present import texts
else:  # the words are Qt's translations: the book's layers load without Qt (the words when first said)
    texts = deferred("leadbook.present.texts")
    cadence_rules = deferred("leadbook.core.cadences")  # when cadences are first read or applied


class FollowUpsMixin(Session):
    """Follow-ups, their outcomes, and cadences."""

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
                at = (
                    fu.done_at
                    if fu.state == State.DONE
                    else (fu.updated_at if fu.state == State.CANCELLED else fu.due_at)
                )
                entries.append(TimelineEntry(at, "followup", fu.result_note, fu))
            elif src == fu_store.TIMELINE_EVENT and key in events:
                e = events[key]
                said_no = SaidNo.from_json(e.data) if e.kind == "said_no" else None
                phone = PhoneChange.from_json(e.data) if e.kind == "phone" else None
                entries.append(TimelineEntry(e.at, e.kind, e.text, None, e.data, said_no, phone))
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

    def is_decision_due(self, lead: Lead) -> bool:
        row = lead_store.unanswered_streak(self._db.conn, int(lead.id or 0))
        if not row:
            return False
        started = from_utc_iso(row[1]) if row[1] else None
        return stop_rule_reached(row[0], started, self.clock.now(), self.settings())

    def attempts_in_a_row(self, lead_id: int) -> int:
        row = lead_store.unanswered_streak(self._db.conn, lead_id)
        return row[0] if row else 0

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
        return [cadence_rules.translated(c, texts.builtin_text) for c in fu_store.cadences(self._db)]

    def cadence(self, cadence_id: int) -> Cadence:
        for cadence in self.cadences():
            if cadence.id == cadence_id:
                return cadence
        raise KeyError(cadence_id)

    # --- follow-ups: writes -------------------------------------------------------------

    def _followup_row(self, fu: FollowUp) -> dict[str, Any]:
        cleaned = {
            name: clean_text(getattr(fu, name), multiline=True)  # every follow-up write comes here
            for name in ("objective_note", "message", "result_note")
        }
        if any(text is not getattr(fu, name) for name, text in cleaned.items()):
            fu = fu.with_changes(**cleaned)
        return fu_store.followup_to_row(fu, self.clock.zone, self.settings().day_start_time)

    def _insert_followup(self, db: sqlite_utils.Database, fu: FollowUp) -> int:
        now = self._now()
        return fu_store.insert_followup(
            db, self._followup_row(fu.with_changes(id=None, created_at=now, updated_at=now))
        )

    def _first_followup(self, lead_id: int, lead: Lead) -> FollowUp:
        settings = self.settings()
        channel = first_response_channel(lead)
        due_at = first_response_due(lead.source, self.clock.now(), settings)
        if due_at is None:
            return FollowUp(
                lead_id,
                Due(next_working_day(self.local_today() + timedelta(days=1))),
                channel,
                Objective.REPLY,
                remind_minutes=settings.reminder_minutes,
            )
        local = due_at.astimezone(self.clock.zone)
        return FollowUp(
            lead_id,
            Due(local.date(), time(local.hour, local.minute)),
            channel,
            Objective.ANSWER,
            remind_minutes=settings.reminder_minutes,
            first_response=True,
        )

    @contextmanager
    def _lead_write(self, lead_ids: Iterable[int], op: Op,
                    count: int | None = None) -> Iterator[tuple[sqlite_utils.Database, _Outcome]]:  # fmt: skip
        """A write that changes what some leads own: one transaction, their summaries
        refreshed, one undo step with their snapshots, one announcement."""
        ids = list(dict.fromkeys(lead_ids))
        count = len(ids) if count is None else count
        outcome = _Outcome(Change(op, count=count))
        with self._write() as db:
            before = lead_store.snapshot_leads(db, ids)
            if any(s.lead_row is None for s in before):
                raise KeyError(ids)
            yield db, outcome
            fu_store.refresh_summaries(db, ids)
        self._push_undo(op, count, before)
        outcome.result = self._announce(Change(op, frozenset(ids), count=count))

    def plan_followup(self, fu: FollowUp) -> FollowUp:
        """Plan a follow-up (undoable)."""
        with self._lead_write([fu.lead_id], Op.PLAN_FOLLOWUP) as (db, _):
            new_id = self._insert_followup(db, fu.with_changes(state=State.PLANNED))
        return self.followup(new_id)

    def update_followup(self, fu: FollowUp) -> FollowUp:
        if fu.id is None:
            raise ValueError("update_followup needs a follow-up with an id")
        with self._lead_write([fu.lead_id], Op.UPDATE_FOLLOWUP) as (db, _):
            fu_store.update_followup(db, fu.id, self._followup_row(fu.with_changes(updated_at=self._now())))
        return self.followup(fu.id)

    def reschedule_followup(self, followup_id: int, due: Due) -> FollowUp:
        return self.update_followup(self.followup(followup_id).with_changes(due=due))

    def _still_planned(self, followup_id: int) -> FollowUp:
        """The follow-up as the book holds it now (inside the write's transaction), which must still
        be planned: another Leadbook on the same book may have logged or cancelled it meanwhile."""
        fu = self.followup(followup_id)
        if fu.state != State.PLANNED:
            raise ChangedElsewhereError(self.path, f"follow-up {followup_id} is {fu.state.value}")
        return fu

    def cancel_followup(self, followup_id: int) -> Change:
        lead_id = self.followup(followup_id).lead_id  # a follow-up never changes lead
        with self._lead_write([lead_id], Op.CANCEL_FOLLOWUP) as (db, change):
            fu = self._still_planned(followup_id)
            fu_store.update_followup(
                db, followup_id, self._followup_row(fu.with_changes(state=State.CANCELLED, updated_at=self._now()))
            )
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
        lead_id = self.followup(followup_id).lead_id  # a follow-up never changes lead
        now = self._now()
        with self._lead_write([lead_id], Op.LOG_FOLLOWUP) as (db, change):
            fu = self._still_planned(followup_id)
            fu_store.update_followup(
                db,
                followup_id,
                self._followup_row(
                    fu.with_changes(
                        state=State.DONE, outcome=outcome, result_note=note.strip(), done_at=now, updated_at=now
                    )
                ),
            )
            lead = self.leads([fu.lead_id])[0]
            stage = stage_after(outcome, lead.stage)
            if outcome in (Outcome.SAID_NO, Outcome.WON):
                self._cancel_planned(db, fu.lead_id, now)
            elif outcome.answered and not keep_cadence:
                self._cancel_planned(db, fu.lead_id, now, cadence_only=True)
            if stage != lead.stage:
                self._set_stage(db, lead, stage, now)
            if start_post_sale and outcome == Outcome.WON:
                self._apply_cadence(db, fu.lead_id, self._builtin_id(cadence_rules.POST_SALE), self.local_today())
            if next_step is not None:
                self._insert_followup(db, next_step.with_changes(lead_id=fu.lead_id, state=State.PLANNED))
        return change.result

    def _cancel_planned(self, db: sqlite_utils.Database, lead_id: int, now: str, *, cadence_only: bool = False) -> None:
        fu_store.cancel_planned(db.conn, lead_id, now, cadence_only=cadence_only)

    def _set_stage(self, db: sqlite_utils.Database, lead: Lead, stage: Stage, now: str) -> None:
        lead_store.set_stage(db.conn, int(lead.id or 0), stage, now)
        fu_store.add_event(db, int(lead.id or 0), now, "stage", stage.value, lead.stage.value)

    def set_stage(self, lead_id: int, stage: Stage) -> Change:
        """Move a lead; "no" and "won" end what was planned, and nurture is a decision,
        so the stop rule counts again from there."""
        now = self._now()
        with self._lead_write([lead_id], Op.SET_STAGE) as (db, change):
            lead = self.lead(lead_id)  # as it is now, with the write lock held
            if stage != lead.stage:
                self._set_stage(db, lead, stage, now)
            if stage in (Stage.NO, Stage.WON):
                self._cancel_planned(db, lead_id, now)
            if stage == Stage.NURTURE:
                lead_store.reset_stop_rule(db.conn, lead_id, now)
        return change.result

    def keep_going(self, lead_id: int) -> Change:
        """The stop rule asked; the seller chose to keep going: the count starts again."""
        now = self._now()
        with self._lead_write([lead_id], Op.KEEP_GOING) as (db, change):
            lead_store.reset_stop_rule(db.conn, lead_id, now)
            fu_store.add_event(db, lead_id, now, "keep_going")
        return change.result

    def add_note(self, lead_id: int, text: str) -> Change:
        text = clean_text(text, multiline=True)
        if not text.strip():
            raise ValueError("empty note")
        with self._lead_write([lead_id], Op.ADD_NOTE) as (db, change):
            fu_store.add_event(db, lead_id, self._now(), "note", text.strip())
        return change.result

    def _builtin_id(self, key: str) -> int:
        return fu_store.builtin_cadence_id(self._db.conn, key)

    def _apply_cadence(self, db: sqlite_utils.Database, lead_id: int, cadence_id: int, start: date) -> int:
        cadence = self.cadence(cadence_id)
        settings = self.settings()
        first_name = lead_store.get_leads(db, [lead_id])[0].first_name
        for index, (step, day) in enumerate(zip(cadence.steps, cadence.planned_days(start))):
            message = step.message.replace("{first_name}", first_name)
            self._insert_followup(
                db,
                FollowUp(
                    lead_id,
                    Due(day),
                    step.channel,
                    step.objective,
                    message=message,
                    remind_minutes=settings.reminder_minutes,
                    cadence_id=cadence_id,
                    cadence_step=index,
                ),
            )
        return len(cadence.steps)

    def apply_cadence(self, lead_id: int, cadence_id: int, start: date | None = None) -> Change:
        """Plan every step of a cadence from ``start`` (default today)."""
        with self._lead_write([lead_id], Op.APPLY_CADENCE) as (db, change):
            self._apply_cadence(db, lead_id, cadence_id, start or self.local_today())
        return change.result

    def save_cadence(self, cadence: Cadence) -> Cadence:
        """Create or change one of the user's own cadences (built-in ones are read-only)."""
        if cadence.builtin:
            raise ValueError("built-in cadences cannot be changed")
        cadence = replace(
            cadence,
            name=clean_text(cadence.name),
            steps=tuple(replace(step, message=clean_text(step.message, multiline=True)) for step in cadence.steps),
        )
        if not cadence.name.strip():
            raise ValueError("a cadence needs a name")
        with self._write() as db:
            cadence_id = fu_store.save_cadence(db, cadence, self._now())
        self._announce(Change(Op.SAVE_CADENCE))
        return self.cadence(cadence_id)

    def delete_cadence(self, cadence_id: int) -> Change:
        """Delete a user's cadence; follow-ups it planned stay, no longer tied to it."""
        with self._write() as db:
            fu_store.delete_cadence(db.conn, cadence_id)
        return self._announce(Change(Op.DELETE_CADENCE))
