"""This computer's settings for a book: keyed by the book's real path, owner-only, and a damaged
file starts afresh instead of stopping Leadbook."""

from __future__ import annotations

import os
import stat

from leadbook.platform import machine


def test_values_are_kept_per_book_by_its_real_path(tmp_path, monkeypatch):
    monkeypatch.setenv("LEADBOOK_HOME", str(tmp_path / "home"))
    book = tmp_path / "books" / "client.leadbook"
    other = tmp_path / "books" / "other.leadbook"
    assert machine.book_setting(book, machine.CALENDAR_FOLDER) is None  # never decided
    machine.set_book_setting(book, machine.CALENDAR_FOLDER, "/home/anna/Dropbox")
    machine.set_book_setting(other, machine.CALENDAR_FOLDER, "")  # decided: none
    monkeypatch.chdir(tmp_path)
    assert machine.book_setting("books/../books/client.leadbook", machine.CALENDAR_FOLDER) == "/home/anna/Dropbox"
    assert machine.book_setting(other, machine.CALENDAR_FOLDER) == ""
    saved = tmp_path / "home" / machine.FILE_NAME
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert sorted(os.listdir(tmp_path / "home")) == [machine.FILE_NAME]  # no temporary file left


def test_a_damaged_file_starts_afresh(tmp_path, monkeypatch):
    monkeypatch.setenv("LEADBOOK_HOME", str(tmp_path))
    (tmp_path / machine.FILE_NAME).write_text('{"books": ["not', encoding="utf-8")
    book = tmp_path / "b.leadbook"
    assert machine.book_setting(book, machine.CALENDAR_FOLDER) is None
    machine.set_book_setting(book, machine.CALENDAR_FOLDER, "/x")
    assert machine.book_setting(book, machine.CALENDAR_FOLDER) == "/x"


def test_a_value_of_the_machine_itself_is_kept_beside_the_books_values(tmp_path, monkeypatch):
    monkeypatch.setenv("LEADBOOK_HOME", str(tmp_path / "home"))
    book = tmp_path / "mine.leadbook"
    assert machine.setting(machine.FONTS_WARNED_FOR) == ""
    machine.set_book_setting(book, machine.CALENDAR_FOLDER, "/somewhere")
    machine.set_setting(machine.FONTS_WARNED_FOR, "fonts-1")
    assert machine.setting(machine.FONTS_WARNED_FOR) == "fonts-1"
    assert machine.book_setting(book, machine.CALENDAR_FOLDER) == "/somewhere"  # neither overwrites the other
