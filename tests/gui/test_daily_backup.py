"""The daily backup at start runs on a worker thread with its own connection: the window keeps
answering (and the book keeps taking writes) while a big book is copied and verified."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QTimer

import leadbook.book as book_module
from leadbook.app import build_main_window
from leadbook.book import LeadBook
from leadbook.store.backup import BackupFailed, list_backups


def test_the_daily_backup_runs_off_the_gui_thread_and_says_so(qtbot, tmp_path: Path, filled_book: LeadBook,
                                                              monkeypatch):  # fmt: skip
    real_backup = book_module.session.make_backup
    inside = threading.Event()
    release = threading.Event()
    threads: list[int] = []

    def slow_backup(*args):
        """Stands in for copying a big book: it holds the worker until the test lets go."""
        threads.append(threading.get_ident())
        inside.set()
        release.wait(30)
        return real_backup(*args)

    monkeypatch.setattr(book_module.session, "make_backup", slow_backup)
    folder = tmp_path / "backups"
    window = build_main_window(filled_book, backups=folder)
    qtbot.addWidget(window)
    window.show()
    assert window.start_daily_backup()
    assert window.statusBar().currentMessage() == "Checking today's backup…"
    qtbot.waitUntil(inside.is_set)
    assert threads and threads[0] != threading.get_ident()
    # Meanwhile the GUI thread runs its event loop and the book takes a write.
    ticks: list[int] = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1])
    filled_book.add_note(filled_book.lead_ids()[0], "Written while the backup runs")
    assert window.daily_backup.is_running() and not window.start_daily_backup()  # one at a time
    with qtbot.waitSignal(window.daily_backup.finished, timeout=30_000) as done:
        release.set()
    target = done.args[0]
    assert target.exists() and [b.path for b in list_backups(filled_book.path, folder)] == [target]
    assert window.statusBar().currentMessage().startswith("Daily backup made and verified: ")
    # Started again the same day, it finds a fresh backup and makes none.
    with qtbot.waitSignal(window.daily_backup.finished) as again:
        assert window.start_daily_backup()
    assert again.args == [None] and window.statusBar().currentMessage() == ""


def test_a_failed_daily_backup_is_reported_and_logged(qtbot, tmp_path: Path, filled_book: LeadBook, monkeypatch,
                                                      caplog):  # fmt: skip
    def failing_backup(source, book_path, folder, now):
        raise BackupFailed(book_path, "No space left on device")

    monkeypatch.setattr(book_module.session, "make_backup", failing_backup)
    window = build_main_window(filled_book, backups=tmp_path / "backups")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.daily_backup.failed) as failed:
        window.start_daily_backup()
    assert isinstance(failed.args[0], BackupFailed)
    assert window.statusBar().currentMessage().startswith("The daily backup failed: ")
    assert "daily backup failed" in caplog.text
