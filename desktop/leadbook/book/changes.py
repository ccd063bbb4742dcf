"""What one write did, typed: the kinds of thing that changed (``ChangeKind``), the operation
(``Op``) with a count, and the leads it touched. Views filter on the kinds they show; the Edit
menu names an undo step from its op and count (``present.texts.undo_text``)."""

from __future__ import annotations

from enum import Enum, Flag, auto

from ..core.frozen import FrozenRecord


class ChangeKind(Flag):
    """The kinds of thing a write changed (several at once: a logged touch changes a follow-up,
    its lead's summary and its reminder)."""

    NONE = 0
    LEADS = auto()
    FOLLOWUPS = auto()
    REVISITS = auto()
    REMINDERS = auto()
    SETTINGS = auto()
    CADENCES = auto()
    IMPORTS = auto()
    DUPLICATES = auto()


class Op(str, Enum):
    """One operation per kind of write. The value is the English name the book has always given
    it (tests and logs read it; ``Change.label``); the Edit menu shows ``texts.undo_text``."""

    ADD_LEAD = "Add lead"
    ADD_LEADS = "Add leads"
    UPDATE_LEAD = "Edit lead"
    DELETE_LEADS = "Delete leads"
    MERGE_LEADS = "Merge leads"
    REVIEW_DUPLICATES = "Review possible duplicates"
    PLAN_FOLLOWUP = "Plan follow-up"
    UPDATE_FOLLOWUP = "Edit follow-up"
    CANCEL_FOLLOWUP = "Cancel follow-up"
    LOG_FOLLOWUP = "Log follow-up"
    MOVE_FOLLOWUPS = "Move follow-up"
    EVEN_OUT = "Even out"
    SET_STAGE = "Change stage"
    KEEP_GOING = "Keep going"
    ADD_NOTE = "Add note"
    APPLY_CADENCE = "Apply cadence"
    SAVE_CADENCE = "Save cadence"
    DELETE_CADENCE = "Delete cadence"
    DISMISS_REMINDERS = "Dismiss reminders"
    SNOOZE_REMINDERS = "Snooze reminders"
    SAY_NO = "Said no"
    REOPEN = "Reopen lead"
    STILL_NOT_NOW = "Still not now"
    NEW_CONTACT_PERSON = "New contact person"
    DO_NOT_CONTACT = "Do not contact"
    PLAN_NURTURE = "Plan nurture touches"
    SAVE_SETTINGS = "Settings"
    IMPORT = "Import"
    UNDO_IMPORT = "Undo import"
    UNDO = "Undo"


_K = ChangeKind
# A write that goes through the lead write helper changes its leads' follow-up summaries too.
_LEAD_WORK = _K.LEADS | _K.FOLLOWUPS | _K.REMINDERS
_EVERYTHING_A_LEAD_OWNS = _K.LEADS | _K.FOLLOWUPS | _K.REVISITS | _K.REMINDERS

KINDS: dict[Op, ChangeKind] = {
    Op.ADD_LEAD: _LEAD_WORK,
    Op.ADD_LEADS: _LEAD_WORK,
    Op.UPDATE_LEAD: _K.LEADS,
    Op.DELETE_LEADS: _EVERYTHING_A_LEAD_OWNS | _K.DUPLICATES,
    Op.MERGE_LEADS: _EVERYTHING_A_LEAD_OWNS | _K.DUPLICATES,
    Op.REVIEW_DUPLICATES: _K.DUPLICATES,
    Op.PLAN_FOLLOWUP: _LEAD_WORK,
    Op.UPDATE_FOLLOWUP: _LEAD_WORK,
    Op.CANCEL_FOLLOWUP: _LEAD_WORK,
    Op.LOG_FOLLOWUP: _LEAD_WORK,
    Op.MOVE_FOLLOWUPS: _LEAD_WORK,
    Op.EVEN_OUT: _LEAD_WORK,
    Op.SET_STAGE: _LEAD_WORK,
    Op.KEEP_GOING: _LEAD_WORK,
    Op.ADD_NOTE: _LEAD_WORK,
    Op.APPLY_CADENCE: _LEAD_WORK,
    Op.SAVE_CADENCE: _K.CADENCES,
    Op.DELETE_CADENCE: _K.CADENCES,
    Op.DISMISS_REMINDERS: _K.REMINDERS,
    Op.SNOOZE_REMINDERS: _K.REMINDERS,
    Op.SAY_NO: _EVERYTHING_A_LEAD_OWNS,
    Op.REOPEN: _EVERYTHING_A_LEAD_OWNS,
    Op.STILL_NOT_NOW: _EVERYTHING_A_LEAD_OWNS,
    Op.NEW_CONTACT_PERSON: _EVERYTHING_A_LEAD_OWNS,
    Op.DO_NOT_CONTACT: _EVERYTHING_A_LEAD_OWNS,
    Op.PLAN_NURTURE: _EVERYTHING_A_LEAD_OWNS,
    Op.SAVE_SETTINGS: _K.SETTINGS | _K.REMINDERS,  # date-only reminders follow the day's start
    Op.IMPORT: _K.LEADS | _K.IMPORTS | _K.DUPLICATES,
    Op.UNDO_IMPORT: _EVERYTHING_A_LEAD_OWNS | _K.IMPORTS | _K.DUPLICATES,
    Op.UNDO: _EVERYTHING_A_LEAD_OWNS,  # snapshots bring back a lead with all it owned
}

# The ops that push an undo step (Edit > Undo).
UNDOABLE = frozenset({
    Op.ADD_LEAD, Op.ADD_LEADS, Op.UPDATE_LEAD, Op.DELETE_LEADS, Op.MERGE_LEADS, Op.PLAN_FOLLOWUP, Op.UPDATE_FOLLOWUP,
    Op.CANCEL_FOLLOWUP, Op.LOG_FOLLOWUP, Op.MOVE_FOLLOWUPS, Op.EVEN_OUT, Op.SET_STAGE, Op.KEEP_GOING, Op.ADD_NOTE,
    Op.APPLY_CADENCE, Op.SAY_NO, Op.REOPEN, Op.STILL_NOT_NOW, Op.NEW_CONTACT_PERSON, Op.DO_NOT_CONTACT, Op.PLAN_NURTURE,
})  # fmt: skip

# Ops whose English name says one or many.
_ONE = {
    Op.DELETE_LEADS: "Delete lead",
    Op.DISMISS_REMINDERS: "Dismiss reminder",
    Op.SNOOZE_REMINDERS: "Snooze reminder",
}


def op_label(op: Op, count: int = 1) -> str:
    """The English name of ``count`` of ``op`` ("Delete lead", "Delete 2 leads")."""
    if op in _ONE and count == 1:
        return _ONE[op]
    if op == Op.DELETE_LEADS:
        return f"Delete {count} leads"
    return str(op.value)


class Change(FrozenRecord):
    """What one write did: the operation and how many things it did it to, the kinds of thing
    that changed (by default those of the op, ``KINDS``), and which leads it touched. An undo
    (``Op.UNDO``) names the op it undid in ``undone``."""

    op: Op
    lead_ids: frozenset[int] = frozenset()
    added: frozenset[int] = frozenset()
    removed: frozenset[int] = frozenset()
    count: int = 1
    kinds: ChangeKind = ChangeKind.NONE
    undone: Op | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "op", Op(self.op))  # Change("Import") reads as Change(Op.IMPORT)
        if self.kinds == ChangeKind.NONE:
            object.__setattr__(self, "kinds", KINDS[self.op])

    @property
    def label(self) -> str:
        """The English name of the write ("Delete 2 leads", "Undo Said no")."""
        if self.op == Op.UNDO and self.undone is not None:
            return f"Undo {op_label(self.undone, self.count)}"
        return op_label(self.op, self.count)

    def touches(self, kinds: ChangeKind) -> bool:
        """Whether any of ``kinds`` changed."""
        return bool(self.kinds & kinds)
