"""What calendar sync needs of the book, with no network in it (that is ``leadbook.sync``, which the
book never imports): the follow-ups to publish with their stable UIDs and calendar objects, the sync
state kept in the book, and the phone's moves, deletions and "done" applied as ordinary changes —
one transaction each, an undo step, and an entry in the lead's history."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..core.clock import from_utc_iso
from ..core.deferred import deferred
from ..core.followups import LATEST_DAY, Due, FollowUp, State
from ..core.frozen import FrozenRecord
from ..store import followups as fu_store
from ..store.database import known_errors
from ..store.errors import ChangedElsewhereError
from .changes import Change, Op
from .session import Session
from .values import PhoneChange

if TYPE_CHECKING:  # the sync records (and hashlib, which loads OpenSSL) load with the first sync, after Today's paint
    import hashlib

    from ..interop.ical import CalendarItem
    from ..store import sync_state
    from ..store.sync_state import SyncedItem
else:
    hashlib = deferred("hashlib")
    sync_state = deferred("leadbook.store.sync_state")

#: The kind of a lead's history entry that says what the phone did ("moved", "deleted", "conflict").
PHONE_EVENT = "phone"


class PublishedItem(FrozenRecord):
    """A planned follow-up (``followup`` and a CalendarItem) or a queued revisit (``followup`` None and a
    RevisitRow) as the calendar should hold it. ``fingerprint`` changes exactly when what the calendar
    shows would change; the calendar object is made only when it is sent (``calendar_object``)."""

    uid: str
    followup: FollowUp | None
    fingerprint: str
    item: Any

    @property
    def followup_id(self) -> int:
        """The follow-up's id, or the revisit's (what ``SyncedItem.followup_id`` holds for it)."""
        return int(self.followup.id or 0) if self.followup is not None else int(self.item.id)

    @property
    def is_revisit(self) -> bool:
        return self.followup is None


def is_revisit_uid(uid: str) -> bool:
    """Revisits are published one way: what the phone does with them stays on the phone."""
    return uid.startswith("revisit-")


def _fingerprint(item: CalendarItem) -> str:
    fu = item.followup
    shown = (
        fu.due_at, fu.due.day.isoformat(), fu.due.at.isoformat() if fu.due.at else "", fu.channel.value,
        fu.objective.value, fu.objective_note, fu.message, fu.remind, fu.remind_minutes, fu.remind_at or "",
        item.lead_name, item.company, item.phone, item.email, item.rapport,
    )  # fmt: skip
    return _digest(shown)


def _revisit_fingerprint(row: Any, day_start: str) -> str:
    shown = (
        row.revisit_on.isoformat(), row.reason.value if hasattr(row.reason, "value") else str(row.reason),
        row.note, row.contact_person, row.lead_name, row.company, row.phone, row.email, day_start,
    )  # fmt: skip
    return _digest(shown)


def _digest(shown: tuple[Any, ...]) -> str:
    return hashlib.sha256(json.dumps(shown, ensure_ascii=False).encode("utf-8")).hexdigest()[:32]


def due_text(due: Due) -> str:
    """A due date (and time) as the lead's history keeps it: "2026-11-24" or "2026-11-24T14:00"."""
    return due.day.isoformat() + (f"T{due.at.strftime('%H:%M')}" if due.at else "")


class CalendarSyncMixin(Session):
    """The book's side of calendar sync."""

    def published_items(self) -> list[PublishedItem]:
        """Every planned follow-up, with the UID the .ics export gives it too, and every queued revisit
        (a "no" to ask again) on its day."""
        from ..interop.ical import followup_uid, revisit_uid  # noqa: PLC0415 - interop loads icalendar; a book opens without it

        book_id = self.book_id()
        published = [
            PublishedItem(followup_uid(int(item.followup.id or 0), book_id), item.followup, _fingerprint(item), item)
            for item in self.calendar_items()
        ]
        day_start = self.settings().day_start_time.isoformat()
        published += [
            PublishedItem(revisit_uid(row.id, book_id), None, _revisit_fingerprint(row, day_start), row)
            for row in self.revisits(LATEST_DAY)
            if row.revisit_on is not None
        ]
        return published

    def calendar_object(self, published: PublishedItem, *, as_task: bool = False) -> bytes:
        """The iCalendar object for one item: a VEVENT with the lead, the goal, the rapport note, the
        phone as a tel: link and a VALARM at the follow-up's reminder time."""
        from ..interop.ical import event_calendar, revisit_calendar, task_calendar  # noqa: PLC0415 - as above
        from ..interop.messages import (  # noqa: PLC0415 - as above
            calendar_description,
            calendar_summary,
            revisit_description,
            revisit_summary,
        )

        item = published.item
        if published.is_revisit:
            return revisit_calendar(
                published.uid,
                item.revisit_on,
                summary=revisit_summary(item),
                description=revisit_description(item),
                phone=item.phone,
                day_start=self.settings().day_start_time,
                stamp=from_utc_iso(item.said_no_at) if item.said_no_at else self.clock.now(),
            )
        return (task_calendar if as_task else event_calendar)(
            item,
            book_id=self.book_id(),
            day_start=self.settings().day_start_time,
            summary=calendar_summary(item),
            description=calendar_description(item),
        )

    # --- the state kept in the book -------------------------------------------------------

    def sync_state(self) -> tuple[str, str, dict[str, SyncedItem]]:
        """The calendar the state is for, its sync-token, and every item known on the server by UID."""
        with known_errors(self.path):
            url, token = sync_state.calendar(self._db.conn)
            return url, token, sync_state.items(self._db.conn)

    def record_sync(
        self,
        put: Iterable[SyncedItem] = (),
        drop: Iterable[str] = (),
        *,
        calendar: tuple[str, str] | None = None,
    ) -> None:
        """Remember what the server now holds (one transaction; not a change the user undoes)."""
        with self._write() as db:
            for item in put:
                sync_state.put_item(db.conn, item)
            for uid in drop:
                sync_state.drop_item(db.conn, uid)
            if calendar is not None:
                sync_state.set_calendar(db.conn, *calendar)

    def forget_sync(self) -> None:
        """Sync turned off, or another calendar chosen: the book knows nothing of any server."""
        with self._write() as db:
            sync_state.forget_all(db.conn)

    # --- what the phone did -----------------------------------------------------------------

    def _planned(self, followup_id: int) -> FollowUp:
        fu = self.followup(followup_id)
        if fu.state != State.PLANNED:
            raise ChangedElsewhereError(self.path, f"follow-up {followup_id} is {fu.state.value}")
        return fu

    def move_from_phone(self, followup_id: int, due: Due, *, overruled: Due | None = None) -> Change:
        """The phone moved a follow-up: it moves here (undoable), and the lead's history says so. With
        ``overruled``, both sides had changed it and the phone's change was newer: Leadbook's date is
        kept in the history."""
        lead_id = self.followup(followup_id).lead_id
        now = self._now()
        with self._lead_write([lead_id], Op.MOVE_FOLLOWUPS) as (db, change):
            fu = self._planned(followup_id)
            fu_store.update_followup(db, followup_id, self._followup_row(fu.with_changes(due=due, updated_at=now)))
            data = PhoneChange(
                followup_id,
                moved_from=due_text(fu.due),
                moved_to=due_text(due),
                set_aside=due_text(overruled) if overruled is not None else "",
            )
            fu_store.add_event(db, lead_id, now, PHONE_EVENT, "conflict" if overruled else "moved", data.to_json())
        return change.result

    def cancel_from_phone(self, followup_id: int) -> Change:
        """The phone deleted the event: the follow-up is cancelled (undoable), and the history says why."""
        lead_id = self.followup(followup_id).lead_id
        now = self._now()
        with self._lead_write([lead_id], Op.CANCEL_FOLLOWUP) as (db, change):
            fu = self._planned(followup_id)
            fu_store.update_followup(
                db, followup_id, self._followup_row(fu.with_changes(state=State.CANCELLED, updated_at=now))
            )
            data = PhoneChange(followup_id, due=due_text(fu.due))
            fu_store.add_event(db, lead_id, now, PHONE_EVENT, "deleted", data.to_json())
        return change.result

    def note_phone_overruled(self, followup_id: int, phone_due: Due) -> Change:
        """Both sides changed a follow-up and Leadbook's change was newer: it stays, and the phone's
        date is kept in the lead's history."""
        lead_id = self.followup(followup_id).lead_id
        now = self._now()
        with self._write() as db:
            data = PhoneChange(followup_id, phone=due_text(phone_due))
            fu_store.add_event(db, lead_id, now, PHONE_EVENT, "overruled", data.to_json())
        return self._announce(Change(Op.ADD_NOTE, frozenset({lead_id})))

    def mark_done_on_phone(self, uid: str) -> None:
        """The phone marked an item done: Leadbook asks how it went the next time it is in front of
        the user (``done_on_phone``)."""
        with self._write() as db:
            sync_state.mark_done_on_phone(db.conn, uid, self._now())

    def done_on_phone(self) -> list[FollowUp]:
        """Follow-ups the phone marked done that are still planned here, to ask about."""
        with known_errors(self.path):
            ids = sync_state.done_on_phone(self._db.conn)
        return [fu for fu in fu_store.get_followups(self._db, ids) if fu.state == State.PLANNED]

    def asked_about_done_on_phone(self, followup_id: int) -> None:
        """Asked once: not again (logging it, or not, is the user's)."""
        with self._write() as db:
            sync_state.clear_done_on_phone(db.conn, followup_id)
