"""No two visible things of one window, or of one menu, share an Alt+letter accelerator.

With two "&m" in a dialog, Alt+M only cycles focus between them instead of acting; translators
pick letters per window (resources/translations/README.md), so the English source must set the
example. Checked: the main window's menus (and the menu bar with each page of the window), and
each dialog as it opens, tab by tab. "&&" is a literal ampersand, not an accelerator.
"""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QTabBar, QTabWidget, QWidget

from leadbook.book import LeadBook
from leadbook.core.followups import State
from leadbook.core.model import Lead
from leadbook.gui.cadence_dialog import CadenceDialog
from leadbook.gui.callsheet_dialog import CallSheetDialog
from leadbook.gui.followup_dialog import FollowUpDialog
from leadbook.gui.lead_dialog import LeadDialog
from leadbook.gui.log_dialog import LogDialog
from leadbook.gui.say_no_dialog import SayNoDialog
from leadbook.gui.settings_dialog import SettingsDialog


def accelerator(text: str) -> str:
    """The letter of "Re&vert" is "V"; "" when the text has none ("Fish && chips" has none)."""
    return QKeySequence.mnemonic(text).toString().removeprefix("Alt+").upper()


def clashes(texts: list[str]) -> dict[str, list[str]]:
    """The accelerators used by more than one of ``texts``, with the texts that use them."""
    users: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        if key := accelerator(text):
            users[key].append(text)
    return {key: found for key, found in users.items() if len(found) > 1}


def visible_texts(window: QWidget) -> list[str]:
    """What the user can reach with Alt+letter now: buttons and check boxes, labels of a field,
    checkable group boxes and tabs, among the widgets that show (the current tab's page only)."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton) or isinstance(widget, QLabel) and widget.buddy() is not None:
            found.append(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            found.append(widget.title())
        elif isinstance(widget, QTabBar):
            found.extend(widget.tabText(index) for index in range(widget.count()) if widget.isTabVisible(index))
    return found


def each_tab(window: QWidget):
    """The window once per page of each of its tab widgets (once if it has none)."""
    tabs = window.findChildren(QTabWidget)
    yield window.windowTitle()
    for tab_widget in tabs:
        for index in range(1, tab_widget.count()):
            tab_widget.setCurrentIndex(index)
            yield f"{window.windowTitle()} / {tab_widget.tabText(index)}"
        tab_widget.setCurrentIndex(0)


def assert_unique_in(window: QWidget) -> None:
    problems = {}
    for where in each_tab(window):
        if found := clashes(visible_texts(window)):
            problems[where] = found
    assert not problems, f"shared accelerators: {problems}"


def menu_texts(menu: QMenu) -> list[str]:
    return [action.text() for action in menu.actions() if action.isVisible() and not action.isSeparator()]


def all_menus(window) -> list[QMenu]:
    menus, todo = [], [action.menu() for action in window.menuBar().actions() if action.menu()]
    while todo:
        menu = todo.pop()
        menus.append(menu)
        todo.extend(action.menu() for action in menu.actions() if action.menu())
    return menus


# --- the tests of the helpers themselves --------------------------------------------------------


def test_accelerator_reads_qts_own_rule():
    assert accelerator("Re&vert") == "V"
    assert accelerator("Fish && chips") == ""
    assert accelerator("Fish && &chips") == "C"
    assert accelerator("No accelerator") == ""
    assert clashes(["&Name", "Do &not contact", "&Save", "Cancel"]) == {"N": ["&Name", "Do &not contact"]}


# --- the main window --------------------------------------------------------------------------


def test_each_menu_has_unique_accelerators(window):
    menus = all_menus(window)
    assert menus, "the main window has menus"
    problems = {menu.title(): found for menu in menus if (found := clashes(menu_texts(menu)))}
    assert not problems, f"shared accelerators: {problems}"


def test_the_menu_bar_and_each_page_of_the_main_window(window):
    """Alt+letter reaches the menu bar and the buttons of the page shown: they must not overlap."""
    titles = [action.text() for action in window.menuBar().actions() if action.isVisible()]
    assert not clashes(titles), clashes(titles)
    problems = {}
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        page = window.stack.currentWidget()
        if found := clashes(titles + visible_texts(page)):
            problems[window.nav.item(row).text()] = found
    assert not problems, f"shared accelerators: {problems}"


# --- the dialogs ------------------------------------------------------------------------------


@pytest.fixture
def lead(book: LeadBook) -> Lead:
    return book.add_lead(Lead(name="Anna Svensson", phones=("+46 70-123 45 67",), emails=("anna@example.se",)))


def shown(qtbot, dialog: QWidget) -> QWidget:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


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
    qtbot.waitExposed(dialog)
    assert_unique_in(dialog)
    dialog.new_cadence()  # an editable cadence shows every button
    assert_unique_in(dialog)


def test_settings_dialog(qtbot, book):
    assert_unique_in(shown(qtbot, SettingsDialog(book)))


def test_callsheet_dialog(qtbot, book, lead):
    assert_unique_in(shown(qtbot, CallSheetDialog(book)))


def test_say_no_dialog(qtbot, book, lead):
    assert_unique_in(shown(qtbot, SayNoDialog(book, lead.id)))
