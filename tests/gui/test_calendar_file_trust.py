"""A book someone sent never makes Leadbook write into a folder it names: the calendar file's
folder is this machine's setting, and a folder the book itself names is written to only once
the user agrees (which also carries an older Leadbook's setting over)."""

from __future__ import annotations

import json
import os
import stat

import pytest
from _widgets import wait_exposed
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from leadbook.app import build_main_window
from leadbook.book import LeadBook
from leadbook.core.model import Lead
from leadbook.gui.files.ics_mirror import MIRROR_FILE_NAME, SETTING
from leadbook.platform import machine
from leadbook.platform.paths import data_dir


def answer_next_box(button_text: str, seen: list[str], also=None) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):  # the window asks once it has been shown
            QTimer.singleShot(10, click)
            return
        seen.append(box.text())
        if also is not None:
            also()
        next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(0, click)


@pytest.fixture
def foreign(tmp_path):
    folder = tmp_path / "somebody else's folder"
    folder.mkdir()
    return folder


def open_window(qtbot, book: LeadBook):
    window = build_main_window(book)
    qtbot.addWidget(window)
    window.show()
    wait_exposed(qtbot, window)
    return window


def test_a_foreign_folder_gets_nothing_unless_the_user_agrees(qtbot, book, foreign):
    book.set_setting(SETTING, str(foreign))
    seen: list[str] = []
    written_before_answer: list[list[str]] = []
    answer_next_box("Not on this computer", seen, also=lambda: written_before_answer.append(os.listdir(foreign)))
    window = open_window(qtbot, book)
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert str(foreign) in seen[0] and "only if you agree" in seen[0]
    assert written_before_answer == [[]]
    mirror = window.ics_mirror
    assert mirror.folder is None and mirror.proposed_folder is None and not window.mirror_action.isChecked()
    assert book.setting(SETTING) == ""  # the book no longer names a folder
    book.add_lead(Lead(name="Anna Svensson"))  # a change would start the file's timer if there were a folder
    assert not mirror._timer.isActive() and not mirror.busy()
    assert os.listdir(foreign) == []
    window.close()
    again = open_window(qtbot, book)  # decided on this machine: not asked again
    qtbot.wait(0)
    assert len(seen) == 1 and again.ics_mirror.folder is None
    again.close()


def test_a_book_that_names_a_folder_writes_nothing_before_it_is_shown(qtbot, book, foreign):
    """Started in the tray (window hidden): the question waits for the window, and so does the file."""
    book.set_setting(SETTING, str(foreign))
    window = build_main_window(book)
    qtbot.addWidget(window)
    book.add_lead(Lead(name="Anna Svensson"))
    assert window.ics_mirror.folder is None and not window.ics_mirror._timer.isActive()
    assert os.listdir(foreign) == [] and not window._asked_about_calendar_folder


def test_agreeing_carries_an_older_leadbooks_folder_over_to_this_machine(qtbot, book, foreign):
    book.add_lead(Lead(name="Anna Svensson"))
    book.set_setting(SETTING, str(foreign))  # where an older Leadbook kept the folder
    seen: list[str] = []
    answer_next_box("Keep the calendar file there", seen)
    old = os.umask(0o027)
    try:
        window = open_window(qtbot, book)
        with qtbot.waitSignal(window.ics_mirror.written, timeout=10_000):
            qtbot.waitUntil(lambda: len(seen) == 1)
    finally:
        os.umask(old)
    ics = foreign / MIRROR_FILE_NAME
    assert ics.read_bytes().count(b"BEGIN:VEVENT") == 1
    # Made for other programs to read: it follows the umask, unlike exports (0600).
    assert stat.S_IMODE(ics.stat().st_mode) == 0o640
    assert window.mirror_action.isChecked() and book.setting(SETTING) == ""
    stored = json.loads((data_dir() / machine.FILE_NAME).read_text(encoding="utf-8"))
    assert stored["books"][str(book.path.resolve())][machine.CALENDAR_FOLDER] == str(foreign)
    assert stat.S_IMODE((data_dir() / machine.FILE_NAME).stat().st_mode) == 0o600
    window.close()
    again = open_window(qtbot, book)  # it keeps working, without asking again
    with qtbot.waitSignal(again.ics_mirror.written, timeout=10_000):
        book.add_lead(Lead(name="Bob Carter"))
    assert len(seen) == 1 and ics.read_bytes().count(b"BEGIN:VEVENT") == 2
    again.close()


def test_a_folder_chosen_here_is_not_stored_in_the_book(qtbot, book, tmp_path):
    folder = tmp_path / "Dropbox"
    folder.mkdir()
    window = open_window(qtbot, book)
    with qtbot.waitSignal(window.ics_mirror.written, timeout=10_000):
        window.ics_mirror.set_folder(folder)
    assert book.setting(SETTING) == "" and window.ics_mirror.folder == folder
    with LeadBook.open(book.path.with_name("copy.leadbook"), book.clock) as copy:  # as sent to someone
        assert copy.setting(SETTING) == ""
    window.close()


def test_the_file_menu_turns_the_calendar_file_on_and_off(qtbot, book, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    folder = tmp_path / "Sync"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(folder))
    window = open_window(qtbot, book)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.mirror_action in file_menu.actions() and not window.mirror_action.isChecked()
    with qtbot.waitSignal(window.ics_mirror.written, timeout=10_000):
        window.mirror_action.trigger()
    assert window.mirror_action.isChecked() and (folder / MIRROR_FILE_NAME).exists()
    window.mirror_action.trigger()
    assert not window.mirror_action.isChecked() and window.ics_mirror.folder is None
    window.close()
