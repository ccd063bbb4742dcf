"""Everyone can use Leadbook: every control of each page of the main window and of each dialog
has a name a screen reader can say, and Tab reaches every control in reading order (top to
bottom, left to right)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from _a11y import order_problems, unnamed
from _widgets import shown
from PySide6.QtWidgets import QWidget

from leadbook.app import build_main_window
from leadbook.book import LeadBook, LeadQuery
from leadbook.core.followups import Due, FollowUp, Objective, State
from leadbook.core.model import Channel
from leadbook.gui.callsheet.dialog import CallSheetDialog
from leadbook.gui.duplicates_dialog import DuplicatesDialog
from leadbook.gui.files.export_dialog import ExportDialog
from leadbook.gui.files.import_dialog import ImportDialog
from leadbook.gui.followups.cadence_dialog import CadenceDialog
from leadbook.gui.followups.followup_dialog import FollowUpDialog
from leadbook.gui.followups.log_dialog import LogDialog
from leadbook.gui.leads.dialog import LeadDialog
from leadbook.gui.reminders.window import RemindersWindow
from leadbook.gui.revisits.say_no_dialog import SayNoDialog
from leadbook.gui.settings.dialog import SettingsDialog
from leadbook.gui.settings.restore_dialog import RestoreDialog
from leadbook.gui.today.view import PickDateDialog

MONDAY = date(2026, 11, 23)
FIXTURES = Path(__file__).parents[1] / "fixtures" / "interop"
PAGES = ["today", "calendar", "leads", "revisits", "nurture", "progress"]


def lead_id(book: LeadBook, name: str) -> int:
    return next(lead.id or 0 for lead in book.leads(book.lead_ids()) if lead.name == name)


@pytest.fixture
def busy_book(filled_book: LeadBook) -> LeadBook:
    anna, juergen = lead_id(filled_book, "Anna Svensson"), lead_id(filled_book, "Jürgen Müller")
    filled_book.plan_followup(FollowUp(anna, Due(MONDAY - timedelta(days=3), time(15, 0)), Channel.CALL,
                                       Objective.MEETING))  # fmt: skip
    filled_book.plan_followup(FollowUp(juergen, Due(MONDAY, time(9, 0)), Channel.CALL, Objective.PROPOSAL))
    return filled_book


def page(qtbot, book: LeadBook, key: str) -> QWidget:
    window = shown(qtbot, build_main_window(book))
    window.show_lead(lead_id(book, "Anna Svensson"))  # the lead panel shows a lead
    window.show_view(key)
    return window


def _planned(book: LeadBook) -> FollowUp:
    anna = lead_id(book, "Anna Svensson")
    return next(fu for fu in book.followups(anna) if fu.state == State.PLANNED)


def _cadences(book: LeadBook) -> QWidget:
    dialog = CadenceDialog(book)
    dialog.new_cadence()  # an editable cadence shows every control
    return dialog


def _import(book: LeadBook) -> QWidget:
    return ImportDialog(book, FIXTURES / "google_contacts.csv")


DIALOGS: dict[str, Callable[[LeadBook], QWidget]] = {
    "settings": SettingsDialog,
    "new lead": LeadDialog,
    "edit lead": lambda book: LeadDialog(book, book.lead(lead_id(book, "Anna Svensson"))),
    "plan follow-up": lambda book: FollowUpDialog(book, lead_id=lead_id(book, "Anna Svensson")),
    "edit follow-up": lambda book: FollowUpDialog(book, _planned(book)),
    "log": lambda book: LogDialog(book, _planned(book).id),
    "say no": lambda book: SayNoDialog(book, lead_id(book, "Anna Svensson")),
    "reminders": RemindersWindow,
    "export": lambda book: ExportDialog(book, LeadQuery(text="Anna"), "csv"),
    "duplicates": DuplicatesDialog,
    "cadences": _cadences,
    "call sheet": CallSheetDialog,
    "pick a date": lambda book: PickDateDialog(MONDAY, MONDAY),
    "restore": lambda book: RestoreDialog(book, book.path.parent),
    "import": _import,
}


def dialog(qtbot, book: LeadBook, name: str) -> QWidget:
    made = DIALOGS[name](book)
    if isinstance(made, CadenceDialog):
        return shown(qtbot, made, before_close=lambda d: d.revert())
    window = shown(qtbot, made)
    if isinstance(made, ImportDialog):
        qtbot.waitUntil(lambda: made.page != made.READING, timeout=10_000)
    return window


@pytest.mark.parametrize("key", PAGES)
def test_every_control_of_each_page_has_a_name(qtbot, busy_book: LeadBook, key: str):
    window = page(qtbot, busy_book, key)
    assert not unnamed(window.stack.currentWidget()), unnamed(window.stack.currentWidget())
    assert not unnamed(window), unnamed(window)


@pytest.mark.parametrize("name", DIALOGS)
def test_every_control_of_each_dialog_has_a_name(qtbot, busy_book: LeadBook, name: str):
    window = dialog(qtbot, busy_book, name)
    assert not unnamed(window), unnamed(window)


@pytest.mark.parametrize("key", PAGES)
def test_tab_reaches_each_page_in_reading_order(qtbot, busy_book: LeadBook, key: str):
    window = page(qtbot, busy_book, key)
    assert not order_problems(window), order_problems(window)


@pytest.mark.parametrize("name", DIALOGS)
def test_tab_reaches_each_dialog_in_reading_order(qtbot, busy_book: LeadBook, name: str):
    window = dialog(qtbot, busy_book, name)
    assert not order_problems(window), order_problems(window)
