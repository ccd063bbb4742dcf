"""The values the book hands out: agenda, due counts, timeline entries, changes, errors."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import field
from datetime import date
from typing import TYPE_CHECKING

from ..core.followups import FollowUp
from ..core.frozen import FrozenRecord
from ..core.model import Lead
from ..store.followups import AgendaRow
from ..store.leads import LeadSnapshot
from ..store.revisits import RevisitRow
from .changes import Change, Op

if TYPE_CHECKING:
    from ..core.validation import FieldProblem

# How long a write waits for another connection (another Leadbook, an import in a terminal) to
# finish its write before it gives up with BookLockedError.
WRITE_WAIT_SECONDS = 10.0
# With a ``waiting`` listener the wait is taken in slices of this many milliseconds, the
# listener told between them.
WAIT_SLICE_MS = 100


class SaidNo(FrozenRecord):
    """What a "said_no" event recorded besides its reason: who said no, when to ask again
    (``revisit_on``, an ISO day) or ``never`` (do not contact), and the note."""

    contact_person: str = ""
    revisit_on: str = ""
    never: bool = False
    note: str = ""

    def to_json(self) -> str:
        """The event's data as stored."""
        return json.dumps(
            {"contact_person": self.contact_person, "revisit_on": self.revisit_on or None, "note": self.note}
        )

    @classmethod
    def from_json(cls, data: str) -> SaidNo:
        """Read once, where the book reads the timeline; what is not as written reads as nothing."""
        try:
            details = json.loads(data or "{}")
        except ValueError:
            details = {}
        if not isinstance(details, dict):
            details = {}
        revisit_on = details.get("revisit_on")
        return cls(
            contact_person=str(details.get("contact_person") or ""),
            revisit_on=str(revisit_on or ""),
            never="revisit_on" in details and not revisit_on,
            note=str(details.get("note") or ""),
        )


class PhoneChange(FrozenRecord):
    """What a "phone" event recorded (calendar sync, ``book/calendar_sync.py``): the follow-up and
    the times involved, each as ``due_text`` writes them (``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM``):
    a move (``moved_from`` → ``moved_to``; ``set_aside``, Leadbook's own time when both sides had
    changed it), a deletion (``due``), or the phone's time a newer change here overruled (``phone``)."""

    followup_id: int = 0
    moved_from: str = ""
    moved_to: str = ""
    set_aside: str = ""
    due: str = ""
    phone: str = ""

    _KEYS = (("moved_from", "from"), ("moved_to", "to"), ("set_aside", "overruled"), ("due", "due"), ("phone", "phone"))

    def to_json(self) -> str:
        """The event's data as stored (only the times it has)."""
        data: dict[str, object] = {"followup": self.followup_id}
        data.update({key: getattr(self, field) for field, key in self._KEYS if getattr(self, field)})
        return json.dumps(data)

    @classmethod
    def from_json(cls, data: str) -> PhoneChange:
        """Read once, where the book reads the timeline; what is not as written reads as nothing."""
        try:
            stored = json.loads(data or "{}")
        except ValueError:
            stored = {}
        if not isinstance(stored, dict):
            stored = {}
        followup = stored.get("followup")
        times = {field: str(stored.get(key) or "") for field, key in cls._KEYS}
        return cls(followup_id=followup if isinstance(followup, int) else 0, **times)


class TimelineEntry(FrozenRecord):
    """One line of a lead's history: a follow-up (planned, done, cancelled) or an event.

    Events: "note" (``text``), "stage" (``text`` the new stage, ``data`` the one before),
    "keep_going", "said_no" (``text`` the reason, ``said_no`` the rest), "revisit" (``text``
    "reopened", or "requeued" with ``data`` the ISO day to ask again), "new_contact" (``text``
    the new person), "do_not_contact", "created", "phone" (calendar sync: ``text`` "moved",
    "conflict", "deleted" or "overruled", ``phone`` the times)."""

    at: str
    kind: str  # "followup", or an event kind (above)
    text: str = ""
    followup: FollowUp | None = None
    data: str = ""
    said_no: SaidNo | None = None
    phone: PhoneChange | None = None  # a "phone" event's times (calendar sync)


class DueCounts(FrozenRecord):
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


class Agenda(FrozenRecord):
    """What Today shows for ``day``; sections do not overlap. Read with a limit, a section
    lists only its first rows; ``total(section)`` says how many it has in all."""

    day: date
    overdue: list[AgendaRow]
    today: list[AgendaRow]
    first_responses: list[AgendaRow]
    decide: list[Lead]
    tomorrow: list[AgendaRow]
    without_next_step: int
    revisits: list[RevisitRow] = field(default_factory=list)  # no's due to call back
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


# The two below are plain classes, not dataclasses: this module loads before Today's first paint,
# and a dataclass compiles its methods when its class statement runs.


class _Outcome:
    """Filled in when a lead write has committed and been announced."""

    __slots__ = ("result",)

    def __init__(self, result: Change) -> None:
        self.result = result


class _UndoStep:
    __slots__ = ("count", "op", "snapshots")

    def __init__(self, op: Op, count: int, snapshots: list[LeadSnapshot] | None = None) -> None:
        self.op = op
        self.count = count
        self.snapshots = [] if snapshots is None else snapshots
