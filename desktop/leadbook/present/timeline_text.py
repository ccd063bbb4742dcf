"""The words of a lead's history (the timeline in the lead panel): when each entry happened and
what it says, from the book's typed entries (``book.TimelineEntry``); the panel only lays them out.

The words keep the translation context they were first written in, the lead panel's
("LeadPanel"), so their translations stay.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, time
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale

from ..book import PhoneChange, SaidNo, TimelineEntry
from ..core.followups import Due, FollowUp, Objective, State
from ..core.model import Stage
from ..core.revisits import NoReason
from . import texts
from .formatting import due_text, iso_day_text, local_datetime, short_datetime
from .i18n import TranslationContext
from .revisits_text import reason_name


class LeadPanel(TranslationContext):
    """Translation context "LeadPanel" (the lead panel's, where these words were first written)."""


def objective_text(fu: FollowUp) -> str:
    """What a follow-up is for: the objective's name, or the user's own words for "other"."""
    if fu.objective == Objective.OTHER and fu.objective_note:
        return fu.objective_note
    return texts.objective_name(fu.objective)


def stage_text(value: str) -> str:
    """A stage as stored in an event, by its name; an unknown one as it is."""
    try:
        return texts.stage_name(Stage(value))
    except ValueError:
        return value


class TimelineText:
    """The words of one lead's timeline, made once per refresh: ``today`` decides what is
    overdue, ``cadence_names`` names the cadence a follow-up belongs to (by id), and the names of
    channels and outcomes are looked up once each."""

    def __init__(
        self, today: date, zone: ZoneInfo, cadence_names: Mapping[int | None, str], locale: QLocale | None = None
    ) -> None:
        self.today = today
        self.zone = zone
        self.cadence_names = cadence_names
        self.locale = locale or QLocale()
        self._names: dict[tuple[Callable[[Any], str], object], str] = {}

    def _name(self, name: Callable[[Any], str], value: object) -> str:
        text = self._names.get((name, value))
        if text is None:
            text = self._names[(name, value)] = name(value)
        return text

    def when(self, entry: TimelineEntry) -> str:
        """A planned follow-up by when it is due; anything else by when it happened."""
        fu = entry.followup
        if fu is not None and fu.state == State.PLANNED:
            return due_text(fu.due)
        moment = local_datetime(entry.at, self.zone)
        return short_datetime(moment, self.locale) if moment else ""

    def what(self, entry: TimelineEntry) -> str:
        """What the entry says: a follow-up's channel, objective and state (outcome, cadence step,
        result note), or an event's words."""
        if entry.followup is not None:
            return self._followup(entry.followup)
        if entry.kind == "note":
            return LeadPanel.tr("Note: %1").replace("%1", entry.text)
        if entry.kind == "stage":
            return (
                LeadPanel.tr("Stage: %1 → %2")
                .replace("%1", stage_text(entry.data))
                .replace("%2", stage_text(entry.text))
            )
        if entry.kind == "keep_going":
            return LeadPanel.tr("Decided to keep going")
        if entry.kind == "said_no":
            return self._said_no(entry.text, entry.said_no or SaidNo())
        if entry.kind == "phone":
            return self._phone(entry.text, entry.phone or PhoneChange())
        if entry.kind == "revisit":
            if entry.text == "reopened":
                return LeadPanel.tr("Revisited: reopened")
            return LeadPanel.tr("Revisited: still not now; ask again on %1").replace("%1", iso_day_text(entry.data))
        if entry.kind == "new_contact":
            return LeadPanel.tr("New contact person: %1").replace("%1", entry.text)
        if entry.kind == "do_not_contact":
            return LeadPanel.tr("Do not contact (permanent)")
        if entry.kind == "created":
            return LeadPanel.tr("Lead created")
        return f"{entry.kind}: {entry.text}".strip(": ")

    def _followup(self, fu: FollowUp) -> str:
        touch = (
            LeadPanel.tr("%1 · %2")
            .replace("%1", self._name(texts.channel_name, fu.channel))
            .replace("%2", objective_text(fu))
        )
        if fu.state == State.DONE:
            outcome = self._name(texts.outcome_name, fu.outcome) if fu.outcome else texts.state_name(State.DONE)
            text = LeadPanel.tr("%1: %2").replace("%1", touch).replace("%2", outcome)
        elif fu.state == State.CANCELLED:
            text = LeadPanel.tr("Cancelled: %1").replace("%1", touch)
        elif fu.due.day < self.today:
            text = LeadPanel.tr("Overdue: %1").replace("%1", touch)
        else:
            text = LeadPanel.tr("Planned: %1").replace("%1", touch)
        if fu.first_response:
            text = LeadPanel.tr("%1 (first response)").replace("%1", text)
        if fu.cadence_id is not None and fu.cadence_id in self.cadence_names:
            step = (fu.cadence_step or 0) + 1
            text = (
                LeadPanel.tr("%1 — %2, step %3")
                .replace("%1", text)
                .replace("%2", self.cadence_names[fu.cadence_id])
                .replace("%3", QLocale().toString(step))
            )
        if fu.state == State.DONE and fu.result_note:
            text += "\n" + fu.result_note
        return text

    @staticmethod
    def _said_no(reason_value: str, said: SaidNo) -> str:
        """Reason, who said it and when to ask again, as recorded when they said no."""
        try:
            reason = reason_name(NoReason(reason_value))
        except ValueError:
            reason = reason_value
        text = LeadPanel.tr("Said no: %1").replace("%1", reason)
        if said.contact_person:
            text += "\n" + LeadPanel.tr("Said by %1").replace("%1", said.contact_person)
        if said.revisit_on:
            text += "\n" + LeadPanel.tr("Ask again on %1").replace("%1", iso_day_text(said.revisit_on))
        elif said.never:
            text += "\n" + LeadPanel.tr("Never: do not contact")
        if said.note:
            text += "\n" + said.note
        return text

    @staticmethod
    def _phone(what: str, change: PhoneChange) -> str:
        """What the phone did through calendar sync, and what a conflict set aside."""

        def when(stored: str) -> str:
            """A time as ``book.calendar_sync.due_text`` stored it, said as a due date is."""
            day, _, at = stored.partition("T")
            try:
                return due_text(Due(date.fromisoformat(day), time.fromisoformat(at) if at else None))
            except ValueError:
                return stored or "?"

        if what == "moved":
            return (
                LeadPanel.tr("Moved on your phone from %1 to %2")
                .replace("%1", when(change.moved_from))
                .replace("%2", when(change.moved_to))
            )
        if what == "deleted":
            return LeadPanel.tr("Deleted on your phone: the follow-up of %1 was cancelled").replace(
                "%1", when(change.due)
            )
        if what == "conflict":
            return (
                LeadPanel.tr("Changed here and on your phone: your phone's %1 was newer; Leadbook's %2 was set aside")
                .replace("%1", when(change.moved_to))
                .replace("%2", when(change.set_aside))
            )
        if what == "overruled":
            return LeadPanel.tr(
                "Changed here and on your phone: Leadbook's change was newer; your phone's %1 was set aside"
            ).replace("%1", when(change.phone))
        return LeadPanel.tr("Calendar sync: %1").replace("%1", what)
