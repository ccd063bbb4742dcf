"""Every capability in reach: a walk through every action of every menu of the main window and of
the tray icon's menu, on a demo book, each triggered as a user would and seen to open its dialog
or show its view (then closed); and a table of the capabilities that must each have a menu entry.

Dialogs are the real ones: a timer closes whatever modal window opens (``ModalCloser``) and
records its title. Nothing is patched but the command a demo Leadbook would start (so Help ▸ Open a
demo book starts a harmless process instead of a second window) and the tray's quit.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from _widgets import wait_exposed
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMainWindow, QMenu

from leadbook.app import build_main_window
from leadbook.core.clock import FakeClock
from leadbook.demo.leads import write_demo_book
from leadbook.gui.reminders.engine import ReminderEngine
from leadbook.gui.reminders.tray import QtTray, TrayController
from leadbook.gui.reminders.window import RemindersWindow
from leadbook.platform.desktop_entry import svg_path


class ModalCloser:
    """Closes each modal window as soon as it is the active one (a nested one first), and keeps
    the titles of what it closed."""

    def __init__(self) -> None:
        self.closed: list[str] = []
        self._timer = QTimer()
        self._timer.setInterval(15)
        self._timer.timeout.connect(self._close)
        self._timer.start()

    def _close(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or not modal.isVisible():
            return
        self.closed.append(f"{type(modal).__name__}: {modal.windowTitle()}")
        if isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()

    def stop(self) -> None:
        self._timer.stop()


@dataclass
class Seen:
    """What one triggered action made appear."""

    dialogs: list[str] = field(default_factory=list)
    windows: list[str] = field(default_factory=list)  # other top-level windows that came up
    page: str = ""  # the page of the main window, when it changed
    message: str = ""  # the status bar's message, or the undo message
    toolbar: str = ""  # the toolbar's look, when it changed

    def __bool__(self) -> bool:
        return bool(self.dialogs or self.windows or self.page or self.message or self.toolbar)


def all_actions(menu: QMenu) -> Iterator[QAction]:
    """The menu's actions in order, a submenu's in its place."""
    for action in menu.actions():
        if action.isSeparator():
            continue
        if action.menu() is not None:
            yield from all_actions(action.menu())
        else:
            yield action


def _page(window: QMainWindow) -> str:
    return window.nav.currentItem().data(0x0100) if window.nav.currentItem() else ""


def trigger(qtbot, closer: ModalCloser, window: QMainWindow, action: QAction) -> Seen:
    """Trigger ``action`` and say what it showed (a modal dialog is closed by ``closer``)."""
    window.statusBar().clearMessage()
    window.undo_message.hide()
    before_page = _page(window)
    before_windows = {w for w in QApplication.topLevelWidgets() if w.isVisible()}
    before_closed = len(closer.closed)
    before_toolbar = window.toolbar.toolButtonStyle()
    action.trigger()
    qtbot.wait(30)  # a dialog opened from a queued call, or a message that follows one
    seen = Seen(dialogs=closer.closed[before_closed:])
    seen.windows = [f"{type(w).__name__}: {w.windowTitle()}" for w in QApplication.topLevelWidgets()
                    if w.isVisible() and w not in before_windows and not isinstance(w, QMenu)]  # fmt: skip
    if _page(window) != before_page:
        seen.page = _page(window)
    if window.toolbar.toolButtonStyle() != before_toolbar:
        seen.toolbar = window.toolbar.toolButtonStyle().name
    seen.message = window.statusBar().currentMessage() or (
        window.undo_message.label.text() if window.undo_message.isVisible() else "")  # fmt: skip
    return seen


# A real tray icon offscreen: Qt's xcb-only tray signal is missing there, and Qt says so.
TRAY_WARNING = "systemTrayWindowChanged"


@pytest.fixture
def app_on_demo(qtbot, tmp_path: Path, clock: FakeClock, monkeypatch):
    """The demo book in a main window wired as the app wires it: reminder engine, reminders window,
    and a real tray icon with its menu (the tray's quit is counted, not done)."""
    monkeypatch.setattr("leadbook.platform.desktop_entry.this_leadbook", lambda: [sys.executable, "-c", "pass"])
    book = write_demo_book(tmp_path / "demo.leadbook", clock)
    window = build_main_window(book, backups=tmp_path / "backups")
    qtbot.addWidget(window)
    reminders = RemindersWindow(book)
    qtbot.addWidget(reminders)
    tray = QtTray(QIcon(str(svg_path())))
    quits: list[int] = []
    controller = TrayController(book, window, ReminderEngine(book), reminders, tray,
                                tell=lambda *_: None, quit_app=lambda: quits.append(1))  # fmt: skip
    controller.start()
    wait_exposed(qtbot, window)
    reminders.hide()  # the demo's missed reminders came up at start; the walk opens them itself
    closer = ModalCloser()
    yield window, tray, controller, closer, quits
    closer.stop()
    controller.quitting = True
    controller.stop()
    tray.hide()
    QApplication.instance().setQuitOnLastWindowClosed(True)
    window.close()
    book.close()


# Disabled on a demo book that nothing was done to yet, and why (each is walked elsewhere:
# test_import_dialog.py, test_leads_view.py).
DISABLED_AT_FIRST = {
    "&Undo": "nothing to undo yet",
    "Undo the &last import…": "the demo book was not imported",
}


@pytest.mark.qt_log_ignore(TRAY_WARNING)
def test_every_action_of_every_menu_opens_what_it_names(qtbot, app_on_demo):
    window, _tray, _controller, closer, quits = app_on_demo
    actions = [action for menu in window.menuBar().actions() for action in all_actions(menu.menu())]
    quit_action = window.quit_action
    assert quit_action in actions
    actions = [a for a in actions if a is not quit_action] + [quit_action]  # quitting comes last
    seen: dict[str, Seen] = {}
    disabled = []
    for action in actions:
        if not action.isEnabled():
            disabled.append(action.text())
            continue
        if action in window.view_actions.values():  # from another page, so that its own page shows
            window.show_view("today" if action is not window.view_actions["today"] else "leads")
        seen[action.text()] = trigger(qtbot, closer, window, action)
    assert sorted(disabled) == sorted(DISABLED_AT_FIRST), disabled
    nothing = [text for text, what in seen.items() if not what and text != quit_action.text()]
    assert not nothing, f"these actions showed nothing: {nothing}"

    def dialog(text: str) -> str:
        return " | ".join(seen[text].dialogs)

    assert "LeadDialog" in dialog("&New lead…")
    assert "CallSheetDialog" in dialog("&Print call sheet…")
    assert "RemindersWindow" in " ".join(seen["Show re&minders"].windows)
    assert "QFileDialog: Import" in dialog("&Import…")  # the file to import comes first
    for entry, _what in (
        ("Leads as CSV for a &spreadsheet…", "Leads as CSV for a spreadsheet"),
        ("Leads as CSV for another &address book…", "Leads as CSV for another address book"),
        ("Leads as &vCard…", "Leads as vCard"),
        ("Follow-ups as &iCalendar…", "Follow-ups as iCalendar"),
    ):
        assert "ExportDialog: Export" in dialog(entry), entry
    assert "QFileDialog" in dialog("&Keep a calendar file up to date…")
    assert not window.mirror_action.isChecked()  # the folder was not chosen: nothing is kept
    assert "Backed up and verified" in seen["&Back up now"].message
    assert "RestoreDialog" in dialog("&Restore from backup…")
    assert seen["&Find…"].page == "Leads"
    assert seen["Delete"].message.startswith("Deleted")  # the selected lead, with Undo beside the message
    assert "CadenceDialog" in dialog("&Cadences…")
    assert "SettingsDialog" in dialog("&Settings…")
    assert "LogDialog" in dialog("&Log…") or "Choose a follow-up" in seen["&Log…"].message
    assert "FollowUpDialog" in dialog("&Plan follow-up…") or "QInputDialog" in dialog("&Plan follow-up…")
    assert seen["&Icons only"].toolbar == "ToolButtonIconOnly"
    window.icons_only_action.trigger()  # back as it was, for the tests after this one
    for key, action in window.view_actions.items():
        assert seen[action.text()].page == window._nav_items[key].data(0x0100), key
    assert "second window" in seen["Open a &demo book"].message
    assert "About Leadbook" in dialog("&About Leadbook")
    assert not window.isVisible() and quits == [1]  # File ▸ Quit quits


@pytest.mark.qt_log_ignore(TRAY_WARNING)
def test_every_action_of_the_tray_menu(qtbot, app_on_demo):
    window, tray, controller, _closer, quits = app_on_demo
    texts = [action.text() for action in all_actions(tray.menu)]
    assert texts == ["&Open Leadbook", "&Today", "&Reminders", "&Pause reminders for 1 hour", "Re&sume reminders",
                     "&Quit"]  # fmt: skip
    window.hide()
    tray.open_action.trigger()
    assert window.isVisible()
    window.show_view("leads")
    tray.today_action.trigger()
    assert _page(window) == "Today"
    tray.reminders_action.trigger()
    assert controller.reminders.isVisible()
    controller.reminders.hide()
    tray.pause_action.trigger()
    assert controller.engine.is_paused() and tray.resume_action.isVisible() and not tray.pause_action.isVisible()
    tray.resume_action.trigger()
    assert not controller.engine.is_paused() and tray.pause_action.isVisible()
    tray.quit_action.trigger()
    assert quits == [1] and not window.isVisible()


# --- the capabilities and their menu entries ------------------------------------------------

# What a seller must be able to reach from the menus, and the entry that reaches it (menu path
# in English).
CAPABILITIES = {
    "import contacts": ("&File", "&Import…"),
    "undo an import": ("&File", "Undo the &last import…"),
    "export leads for a spreadsheet": ("&File", "E&xport", "Leads as CSV for a &spreadsheet…"),
    "export leads for another address book": ("&File", "E&xport", "Leads as CSV for another &address book…"),
    "export leads as vCard": ("&File", "E&xport", "Leads as &vCard…"),
    "export follow-ups as iCalendar": ("&File", "E&xport", "Follow-ups as &iCalendar…"),
    "keep a calendar file up to date": ("&File", "&Keep a calendar file up to date…"),
    "print the call sheet": ("&File", "&Print call sheet…"),
    "show reminders": ("&File", "Show re&minders"),
    "back up": ("&File", "&Back up now"),
    "restore a backup": ("&File", "&Restore from backup…"),
    "settings": ("&Edit", "&Settings…"),
    "cadences": ("&Edit", "&Cadences…"),
    "log what happened": ("&Edit", "&Log…"),
    "plan a follow-up": ("&Edit", "&Plan follow-up…"),
    "a toolbar of icons only": ("Tool&bar", "&Icons only"),
    "review possible duplicates": ("&Edit", "Re&view possible duplicates…"),
    "today": ("G&o", "Today"),
    "calendar": ("G&o", "Calendar"),
    "leads": ("G&o", "Leads"),
    "revisit the no's": ("G&o", "Revisit"),
    "nurture": ("G&o", "Nurture"),
    "a demo book": ("&Help", "Open a &demo book"),
}


def entry(window: QMainWindow, path: tuple[str, ...]) -> QAction | None:
    actions = window.menuBar().actions()
    found = None
    for step in path:
        found = next((a for a in actions if a.text() == step and a.isVisible()), None)
        if found is None:
            return None
        actions = found.menu().actions() if found.menu() is not None else []
    return found


def test_each_capability_has_a_menu_entry(qtbot, window):
    missing = [name for name, path in CAPABILITIES.items() if entry(window, path) is None]
    assert not missing, f"no menu entry for: {missing}"
    assert entry(window, ("&File", "&Import…")).shortcut().toString() == "Ctrl+I"
    assert entry(window, ("&File", "&Print call sheet…")).shortcut().toString() == "Ctrl+P"
    assert [entry(window, ("G&o", name)).shortcut().toString() for name in ("Today", "Calendar", "Leads")] == [
        "Ctrl+1", "Ctrl+2", "Ctrl+3"]  # fmt: skip
    assert entry(window, ("&File", "&Keep a calendar file up to date…")).isCheckable()


def choose_folder_when_asked(folder: Path) -> QTimer:
    """Answers the next folder dialog with ``folder``, as a user picking it would."""
    timer = QTimer()
    timer.setInterval(15)

    def answer() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QFileDialog) and modal.isVisible():
            timer.stop()
            modal.setDirectory(str(folder))  # the folder opened in the dialog, then "Choose"
            modal.accept()

    timer.timeout.connect(answer)
    timer.start()
    return timer


def test_the_calendar_file_entry_keeps_the_file_and_says_where(qtbot, window, tmp_path: Path):
    """Checked with a folder chosen, the file is written; unchecked, it is no longer updated."""
    folder = tmp_path / "Dropbox"
    folder.mkdir()
    chooser = choose_folder_when_asked(folder)
    window.mirror_action.trigger()
    chooser.stop()
    assert window.mirror_action.isChecked()
    assert window.ics_mirror.folder == folder
    qtbot.waitUntil(lambda: (folder / "Leadbook follow-ups.ics").exists() and not window.ics_mirror.busy())
    assert str(folder / "Leadbook follow-ups.ics") in window.statusBar().currentMessage()
    assert str(folder) in window.mirror_action.statusTip()
    window.mirror_action.trigger()
    assert not window.mirror_action.isChecked() and window.ics_mirror.folder is None
    assert "no longer updated" in window.statusBar().currentMessage()


def test_undo_the_last_import_is_offered_once_there_is_one(qtbot, window):
    from PySide6.QtCore import Qt

    from leadbook.gui.files.import_dialog import ImportDialog

    assert not window.undo_import_action.isEnabled()
    dialog = ImportDialog(window.book, Path(__file__).parents[1] / "fixtures" / "interop" / "vcard40.vcf", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.page != dialog.READING, timeout=10_000)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.keyClick(dialog.import_button, Qt.Key.Key_Return)
    assert window.undo_import_action.isEnabled()
    window.undo_import_action.setEnabled(False)  # as a window opened on a book with a past import starts
    window.menuBar().actions()[0].menu().aboutToShow.emit()  # File opens: the book is asked then
    assert window.undo_import_action.isEnabled()
    closer = ModalCloser()  # answers "Undo the import of vcard40.vcf…?" with No
    try:
        seen = trigger(qtbot, closer, window, window.undo_import_action)
    finally:
        closer.stop()
    assert seen.dialogs and "Undo last import" in seen.dialogs[0]
    assert window.undo_import_action.isEnabled() and window.book.last_import() is not None


def test_the_file_menu_opens_when_the_book_cannot_say_whether_it_has_an_import(qtbot, window, monkeypatch):
    from leadbook.book import BookError

    def unreadable() -> bool:
        raise BookError("the disk went away")

    monkeypatch.setattr(window.book, "has_last_import", unreadable)
    window.menuBar().actions()[0].menu().aboutToShow.emit()  # no error box: the action is just off
    assert not window.undo_import_action.isEnabled()
