"""LeadBook: the one door to a lead book, used alike by the GUI, the CLI and the tests.

Every write is one transaction and returns a ``Change`` saying what changed;
subscribers (the GUI's refresh signal) hear about it once per write.
Destructive writes push an undo step that restores exact snapshots.

One module per capability, each a mixin of ``LeadBook`` over the shared ``Session``
(``session.py``: the connection, the write helper, undo, kept orders, settings): a caller
writes ``book.add_lead(...)`` and reaches the code in ``leads.py`` with no hop in between.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ..core.rules import FIRST_RESPONSE_CHANNEL
from ..store.backup import needs_backup
from ..store.database import is_damage
from ..store.errors import BookError, BookLockedError, BookReadOnlyError, ChangedElsewhereError, DiskFullError
from ..store.followups import AgendaRow
from ..store.leads import LeadQuery
from ..store.revisits import RevisitRow
from .agenda import AgendaMixin
from .calendar_sync import CalendarSyncMixin, PublishedItem, is_revisit_uid
from .changes import Change, ChangeKind, Op
from .duplicates import DuplicatesMixin
from .followups import FollowUpsMixin
from .imports import ImportsMixin
from .leads import LeadsMixin
from .preferences import PreferencesMixin
from .progress import ProgressMixin
from .revisits import RevisitsMixin
from .session import Session
from .undo import UndoMixin
from .values import (
    ORDER_CHECK_AT_MOST,
    WAIT_SLICE_MS,
    WRITE_WAIT_SECONDS,
    Agenda,
    DueCounts,
    InvalidLead,
    PhoneChange,
    SaidNo,
    TimelineEntry,
)

__all__ = [
    "ADDRESS_BOOK",
    "FIRST_RESPONSE_CHANNEL",
    "NAMING_TARGETS",
    "ORDER_CHECK_AT_MOST",
    "SPREADSHEET",
    "WAIT_SLICE_MS",
    "WRITE_WAIT_SECONDS",
    "Action",
    "Agenda",
    "AgendaRow",
    "BookError",
    "BookLockedError",
    "BookReadOnlyError",
    "CallSheet",
    "Change",
    "ChangeKind",
    "ChangedElsewhereError",
    "ContactsFile",
    "CsvTable",
    "DiskFullError",
    "DueCounts",
    "FileFormat",
    "FileProblem",
    "ImportCancelled",
    "ImportPlan",
    "ImportResult",
    "InvalidLead",
    "ItemKind",
    "LeadBook",
    "LeadQuery",
    "Mapping",
    "Op",
    "PhoneChange",
    "Profile",
    "PublishedItem",
    "ReminderKind",
    "ReminderRow",
    "RevisitRow",
    "SaidNo",
    "SheetLayout",
    "SyncedItem",
    "Target",
    "TimelineEntry",
    "atomic_text",
    "build_calendar",
    "build_callsheet",
    "csv_import",
    "default_page_layout",
    "file_records",
    "format_label",
    "is_damage",
    "is_revisit_uid",
    "messages",
    "needs_backup",
    "open_contacts_file",
    "render_callsheet",
    "replaced_rows",
    "write_atomically",
    "write_leads_csv",
    "write_pdf",
    "write_vcards",
]


class LeadBook(
    LeadsMixin,
    FollowUpsMixin,
    AgendaMixin,
    RevisitsMixin,
    ImportsMixin,
    DuplicatesMixin,
    ProgressMixin,
    CalendarSyncMixin,
    PreferencesMixin,
    UndoMixin,
    Session,
):
    """An open lead book. Construct with :meth:`open`; close when done."""


# The names the GUI (and the demo) take from the layers below, through the book: the GUI never imports
# store or interop itself (tests/unit/test_layers.py). The file formats and the call sheet's drawing
# are loaded when a name is first asked for (PEP 562), so that opening a book (the app's start, every
# terminal verb) does not load icalendar, vobject or QtGui's printing; so are the reminders' and calendar
# sync's records, which Today's first paint does not need.
_LAZY: dict[str, tuple[str, str | None]] = {
    "ReminderKind": ("..store.reminders", "ReminderKind"),
    "ReminderRow": ("..store.reminders", "ReminderRow"),
    "SyncedItem": ("..store.sync_state", "SyncedItem"),
    "csv_import": ("..interop.csv_import", None),
    "messages": ("..interop.messages", None),
    "CallSheet": ("..interop.callsheet", "CallSheet"),
    "SheetLayout": ("..interop.callsheet", "SheetLayout"),
    "build_callsheet": ("..interop.callsheet", "build_callsheet"),
    "default_page_layout": ("..interop.callsheet_render", "default_page_layout"),
    "render_callsheet": ("..interop.callsheet_render", "render_callsheet"),
    "write_pdf": ("..interop.callsheet_render", "write_pdf"),
    "ADDRESS_BOOK": ("..interop.csv_export", "ADDRESS_BOOK"),
    "SPREADSHEET": ("..interop.csv_export", "SPREADSHEET"),
    "write_leads_csv": ("..interop.csv_export", "write_leads_csv"),
    "CsvTable": ("..interop.csv_import", "CsvTable"),
    "Mapping": ("..interop.csv_import", "Mapping"),
    "Profile": ("..interop.csv_import", "Profile"),
    "atomic_text": ("..interop.files", "atomic_text"),
    "write_atomically": ("..interop.files", "write_atomically"),
    "build_calendar": ("..interop.ical", "build_calendar"),
    "Action": ("..interop.importing", "Action"),
    "ContactsFile": ("..interop.importing", "ContactsFile"),
    "FileFormat": ("..interop.importing", "FileFormat"),
    "ImportCancelled": ("..interop.importing", "ImportCancelled"),
    "ImportPlan": ("..interop.importing", "ImportPlan"),
    "ImportResult": ("..interop.importing", "ImportResult"),
    "ItemKind": ("..interop.importing", "ItemKind"),
    "file_records": ("..interop.importing", "file_records"),
    "format_label": ("..interop.importing", "format_label"),
    "open_contacts_file": ("..interop.importing", "open_contacts_file"),
    "replaced_rows": ("..interop.importing", "replaced_rows"),
    "NAMING_TARGETS": ("..interop.records", "NAMING_TARGETS"),
    "Target": ("..interop.records", "Target"),
    "FileProblem": ("..interop.textfile", "FileProblem"),
    "write_vcards": ("..interop.vcard", "write_vcards"),
}

if TYPE_CHECKING:
    from ..interop import csv_import, messages
    from ..interop.callsheet import CallSheet, SheetLayout, build_callsheet
    from ..interop.callsheet_render import default_page_layout, render_callsheet, write_pdf
    from ..interop.csv_export import ADDRESS_BOOK, SPREADSHEET, write_leads_csv
    from ..interop.csv_import import CsvTable, Mapping, Profile
    from ..interop.files import atomic_text, write_atomically
    from ..interop.ical import build_calendar
    from ..interop.importing import (
        Action,
        ContactsFile,
        FileFormat,
        ImportCancelled,
        ImportPlan,
        ImportResult,
        ItemKind,
        file_records,
        format_label,
        open_contacts_file,
        replaced_rows,
    )
    from ..interop.records import NAMING_TARGETS, Target
    from ..interop.textfile import FileProblem
    from ..interop.vcard import write_vcards
    from ..store.reminders import ReminderKind, ReminderRow
    from ..store.sync_state import SyncedItem


def __getattr__(name: str) -> Any:
    """One of the lazily re-exported names (a module itself when the second part is None)."""
    where = _LAZY.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(where[0], __name__)
    value = module if where[1] is None else getattr(module, where[1])
    globals()[name] = value
    return value
