"""LeadBook: the one door to a lead book, used alike by the GUI, the CLI and the tests.

Every write is one transaction and returns a ``Change`` saying what changed;
subscribers (the GUI's refresh signal) hear about it once per write.
Destructive writes push an undo step that restores exact snapshots.

One module per capability, each a mixin of ``LeadBook`` over the shared ``Session``
(``session.py``: the connection, the write helper, undo, kept orders, settings): a caller
writes ``book.add_lead(...)`` and reaches the code in ``leads.py`` with no hop in between.
"""

from __future__ import annotations

from ..core.rules import FIRST_RESPONSE_CHANNEL
from ..store.followups import AgendaRow
from ..store.leads import LeadQuery
from .agenda import AgendaMixin
from .changes import Change, ChangeKind, Op
from .duplicates import DuplicatesMixin
from .followups import FollowUpsMixin
from .imports import ImportsMixin
from .leads import LeadsMixin
from .revisits import RevisitsMixin
from .session import Session
from .values import (
    ORDER_CHECK_AT_MOST,
    WAIT_SLICE_MS,
    WRITE_WAIT_SECONDS,
    Agenda,
    DueCounts,
    InvalidLead,
    TimelineEntry,
)

__all__ = [
    "FIRST_RESPONSE_CHANNEL",
    "ORDER_CHECK_AT_MOST",
    "WAIT_SLICE_MS",
    "WRITE_WAIT_SECONDS",
    "Agenda",
    "AgendaRow",
    "Change",
    "ChangeKind",
    "DueCounts",
    "InvalidLead",
    "LeadBook",
    "LeadQuery",
    "Op",
    "TimelineEntry",
]


class LeadBook(LeadsMixin, FollowUpsMixin, AgendaMixin, RevisitsMixin, ImportsMixin, DuplicatesMixin, Session):
    """An open lead book. Construct with :meth:`open`; close when done."""
