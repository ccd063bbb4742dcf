"""The toolbar holds the menus' own actions (text under icons, or icons only as this computer
remembers), the navigation shows its counts as badges that are read out, Edit ▸ Log… and Plan
follow-up… act on what is chosen, and Settings ▸ Light or dark switches the look and keeps it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QToolButton

from leadbook.app import build_main_window
from leadbook.book import LeadBook
from leadbook.gui import theme
from leadbook.gui.navigation import COUNT_ROLE
from leadbook.gui.settings.dialog import SettingsDialog
from leadbook.platform import machine
from leadbook.platform.autostart import Autostart


def menu_actions(window) -> list:
    found = []
    for top in window.menuBar().actions():
        stack = [top.menu()]
        while stack:
            menu = stack.pop()
            for action in menu.actions():
                if action.isSeparator():
                    continue
                if isinstance(action.menu(), QMenu):
                    stack.append(action.menu())
                else:
                    found.append(action)
    return found


def test_the_toolbar_holds_the_menus_own_actions_with_text_under_icons(window):
    shown = window.toolbar.actions()
    assert [action.iconText() for action in shown] == ["New lead", "Log", "Plan", "Call sheet", "Import", "Search"]
    in_menus = menu_actions(window)
    assert all(any(action is entry for entry in in_menus) for action in shown)  # the same QAction, not a copy
    assert all(not action.icon().isNull() for action in shown)
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon
    assert window.new_action.shortcut().toString() == "Ctrl+N"  # the keys stay as they were
    assert window.find_action.toolTip() == "Search (Ctrl+F)"


def test_every_menu_entry_has_an_icon_but_the_one_choice(window):
    bare = [action.text() for action in menu_actions(window) if action.icon().isNull()]
    assert bare == ["&Icons only"]


def test_icons_only_is_remembered_on_this_computer(qtbot, filled_book: LeadBook, window):
    window.icons_only_action.trigger()
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    assert machine.setting(theme.TOOLBAR_SETTING) == "icons"
    again = build_main_window(filled_book)
    qtbot.addWidget(again)
    assert again.icons_only_action.isChecked()
    assert again.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    again.icons_only_action.trigger()
    assert machine.setting(theme.TOOLBAR_SETTING) == "text"
    assert again.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon
    toolbar_buttons = again.toolbar.findChildren(QToolButton)
    assert toolbar_buttons


def test_the_navigation_counts_are_badges_read_out_with_the_title(window, filled_book: LeadBook):
    leads = window._nav_items["leads"]
    assert leads.text() == "Leads"
    assert leads.data(COUNT_ROLE) == filled_book.count_leads() == 4
    assert leads.data(Qt.ItemDataRole.AccessibleTextRole) == "Leads  (4)"
    assert window._nav_items["calendar"].data(COUNT_ROLE) is None  # no count, no badge
    assert all(not window.nav.item(row).icon().isNull() for row in range(window.nav.count()))


def test_log_and_plan_say_what_to_choose_when_nothing_is_chosen(qtbot, window):
    window.show_view("calendar")
    window.log_action.trigger()
    assert "Choose a follow-up" in window.statusBar().currentMessage()
    assert window.nav.currentItem() is window._nav_items["today"]


def test_settings_switch_to_dark_at_once_and_keep_it_on_this_computer(qtbot, book: LeadBook, tmp_path: Path):
    shown = theme.current()
    before = shown.choice
    dialog = SettingsDialog(book, autostart=Autostart("linux", home=tmp_path, env={"XDG_CONFIG_HOME": str(tmp_path)}))
    qtbot.addWidget(dialog)
    try:
        shown.set_choice("light")
        dialog.colour_scheme.set_value("dark")
        with qtbot.waitSignal(shown.changed, timeout=1000):
            dialog.accept()
        assert shown.dark and shown.choice == "dark"
        assert machine.setting(theme.SCHEME_SETTING) == "dark"
        assert theme.colour("base") == theme.colour_table()["base"][1]
    finally:
        shown.set_choice(before)
        machine.set_setting(theme.SCHEME_SETTING, before)
    assert not shown.dark
