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
    "ADDRESS_BOOK",
    "Action",
    "BookError",
    "BookReadOnlyError",
    "CallSheet",
    "ContactsFile",
    "CsvTable",
    "DiskFullError",
    "FileFormat",
    "FileProblem",
    "ImportCancelled",
    "ImportPlan",
    "ImportResult",
    "ItemKind",
    "Mapping",
    "NAMING_TARGETS",
    "Profile",
    "ReminderKind",
    "ReminderRow",
    "SPREADSHEET",
    "SheetLayout",
    "Target",
    "atomic_text",
    "build_calendar",
    "build_callsheet",
    "csv_import",
    "default_page_layout",
    "file_records",
    "format_label",
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


class LeadBook(LeadsMixin, FollowUpsMixin, AgendaMixin, RevisitsMixin, ImportsMixin, DuplicatesMixin, Session):
    """An open lead book. Construct with :meth:`open`; close when done."""


# The names the GUI (and the demo) take from the layers below, through the book: the GUI never imports
# store or interop itself (tests/unit/test_layers.py). Imported after LeadBook, as interop's call sheet
# reaches back into the book's values at run time.
from ..interop import csv_import, messages  # noqa: E402
from ..interop.callsheet import CallSheet, SheetLayout, build_callsheet  # noqa: E402
from ..interop.callsheet_render import default_page_layout, render_callsheet, write_pdf  # noqa: E402
from ..interop.csv_export import ADDRESS_BOOK, SPREADSHEET, write_leads_csv  # noqa: E402
from ..interop.csv_import import CsvTable, Mapping, Profile  # noqa: E402
from ..interop.files import atomic_text, write_atomically  # noqa: E402
from ..interop.ical import build_calendar  # noqa: E402
from ..interop.importing import (  # noqa: E402
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
from ..interop.records import NAMING_TARGETS, Target  # noqa: E402
from ..interop.textfile import FileProblem  # noqa: E402
from ..interop.vcard import write_vcards  # noqa: E402
from ..store.backup import needs_backup  # noqa: E402
from ..store.errors import BookError, BookReadOnlyError, DiskFullError  # noqa: E402
from ..store.reminders import ReminderKind, ReminderRow  # noqa: E402
