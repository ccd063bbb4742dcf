"""Helpers for checking Alt+letter accelerators, shared by test_accelerators.py (English) and
test_each_language.py (each shipped translation).

With two "&m" in a dialog, Alt+M only cycles focus between them instead of acting. Checked are
what the user can reach with Alt+letter at one time: a menu's entries, the menu bar with a page
of the main window, and a dialog tab by tab. "&&" is a literal ampersand, not an accelerator.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMainWindow, QMenu, QTabBar, QTabWidget, QWidget


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
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            found.append(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            found.append(widget.title())
        elif isinstance(widget, QTabBar):
            found.extend(widget.tabText(index) for index in range(widget.count()) if widget.isTabVisible(index))
    return found


def each_tab(window: QWidget) -> Iterator[str]:
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


def all_menus(window: QMainWindow) -> list[QMenu]:
    menus, todo = [], [action.menu() for action in window.menuBar().actions() if action.menu()]
    while todo:
        menu = todo.pop()
        menus.append(menu)
        todo.extend(action.menu() for action in menu.actions() if action.menu())
    return menus


def assert_menus_unique(window: QMainWindow) -> None:
    """Each menu of the main window, on its own."""
    menus = all_menus(window)
    assert menus, "the main window has menus"
    problems = {menu.title(): found for menu in menus if (found := clashes(menu_texts(menu)))}
    assert not problems, f"shared accelerators: {problems}"


def assert_pages_unique(window: QMainWindow) -> None:
    """Alt+letter reaches the menu bar and the buttons of the page shown: they must not overlap."""
    titles = [action.text() for action in window.menuBar().actions() if action.isVisible()]
    assert not clashes(titles), clashes(titles)
    problems = {}
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        page = window.stack.currentWidget()
        if found := clashes(titles + visible_texts(page)):
            problems[window.nav.item(row).text()] = found
    window.nav.setCurrentRow(0)
    assert not problems, f"shared accelerators: {problems}"
