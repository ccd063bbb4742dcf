"""No two visible things of one window, or of one menu, share an Alt+letter accelerator.

With two "&m" in a dialog, Alt+M only cycles focus between them instead of acting; translators
pick letters per window (resources/translations/README.md), so the English source must set the
example (test_each_language.py checks each translation; the helpers are in _accelerators.py).
Checked: the main window's menus (and the menu bar with each page of the window), and each
dialog as it opens, tab by tab. "&&" is a literal ampersand, not an accelerator.
"""

from __future__ import annotations

import pytest
from _accelerators import accelerator, assert_menus_unique, assert_pages_unique, assert_unique_in, clashes
from _widgets import shown, wait_exposed

from leadbook.book import LeadBook
from leadbook.core.followups import State
from leadbook.core.model import Lead
from leadbook.gui.callsheet.dialog import CallSheetDialog
from leadbook.gui.followups.cadence_dialog import CadenceDialog
from leadbook.gui.followups.followup_dialog import FollowUpDialog
from leadbook.gui.followups.log_dialog import LogDialog
from leadbook.gui.leads.dialog import LeadDialog
from leadbook.gui.revisits.say_no_dialog import SayNoDialog
from leadbook.gui.settings.dialog import SettingsDialog

# --- the tests of the helpers themselves --------------------------------------------------------


def test_accelerator_reads_qts_own_rule():
    assert accelerator("Re&vert") == "V"
    assert accelerator("Fish && chips") == ""
    assert accelerator("Fish && &chips") == "C"
    assert accelerator("No accelerator") == ""
    assert clashes(["&Name", "Do &not contact", "&Save", "Cancel"]) == {"N": ["&Name", "Do &not contact"]}


# --- the main window --------------------------------------------------------------------------


def test_each_menu_has_unique_accelerators(window):
    assert_menus_unique(window)


def test_the_menu_bar_and_each_page_of_the_main_window(window):
    assert_pages_unique(window)


# --- the dialogs ------------------------------------------------------------------------------


@pytest.fixture
def lead(book: LeadBook) -> Lead:
    return book.add_lead(Lead(name="Anna Svensson", phones=("+46 70-123 45 67",), emails=("anna@example.se",)))


def test_lead_dialog(qtbot, book, lead):
    assert_unique_in(shown(qtbot, LeadDialog(book)))
    assert_unique_in(shown(qtbot, LeadDialog(book, lead)))


def test_followup_dialog(qtbot, book, lead):
    assert_unique_in(shown(qtbot, FollowUpDialog(book, lead_id=lead.id)))
    planned = next(f for f in book.followups(lead.id) if f.state == State.PLANNED)
    assert_unique_in(shown(qtbot, FollowUpDialog(book, planned)))


def test_log_dialog(qtbot, book, lead):
    planned = next(f for f in book.followups(lead.id) if f.state == State.PLANNED)
    assert_unique_in(shown(qtbot, LogDialog(book, planned.id)))


def test_cadence_dialog(qtbot, book):
    dialog = CadenceDialog(book)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.revert())  # closing would ask about the new one
    dialog.show()
    wait_exposed(qtbot, dialog)
    assert_unique_in(dialog)
    dialog.new_cadence()  # an editable cadence shows every button
    assert_unique_in(dialog)


def test_settings_dialog(qtbot, book):
    assert_unique_in(shown(qtbot, SettingsDialog(book)))


def test_callsheet_dialog(qtbot, book, lead):
    assert_unique_in(shown(qtbot, CallSheetDialog(book)))


def test_say_no_dialog(qtbot, book, lead):
    assert_unique_in(shown(qtbot, SayNoDialog(book, lead.id)))


def test_export_dialog(qtbot, book, lead):
    from leadbook.book import LeadQuery
    from leadbook.gui.files.export_dialog import ExportDialog

    assert_unique_in(shown(qtbot, ExportDialog(book, LeadQuery(text="Anna"))))  # with the scope's choices
