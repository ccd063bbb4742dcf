"""Back up now, restore from backup, and a damaged book at start, through the real window."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from leadbook.app import Session
from leadbook.book import LeadBook
from leadbook.core.model import Lead
from leadbook.gui.settings.restore_dialog import RestoreDialog
from leadbook.store.backup import list_backups
from leadbook.store.errors import BookError
from leadbook.store.safety import StartCheck


def _session(qtbot, tmp_path, clock, names: list[str]) -> Session:
    path = tmp_path / "book.leadbook"
    with LeadBook.open(path, clock) as book:
        book.add_leads([Lead(name=n) for n in names])
    session = Session(clock, tmp_path / "backups")
    assert session.open(path)
    qtbot.addWidget(session.window)
    return session


def test_opening_makes_the_daily_backup_and_back_up_now_adds_one(qtbot, tmp_path, clock):
    session = _session(qtbot, tmp_path, clock, ["Anna"])
    qtbot.waitUntil(lambda: len(list_backups(session.book.path, session.backups)) == 1)
    clock.advance(minutes=5)
    session.window.backup_action.trigger()
    assert len(list_backups(session.book.path, session.backups)) == 2
    assert "Backed up and verified" in session.window.statusBar().currentMessage()
    session.close()


def test_restore_backs_up_first_and_reopens_on_the_restored_book(qtbot, tmp_path, clock):
    session = _session(qtbot, tmp_path, clock, ["Anna"])
    qtbot.waitUntil(lambda: len(list_backups(session.book.path, session.backups)) == 1)
    (first,) = list_backups(session.book.path, session.backups)
    session.book.add_leads([Lead(name="Added later")])
    clock.advance(minutes=1)
    dialog = RestoreDialog(session.book, session.backups)
    assert dialog.list.topLevelItemCount() == 1 and dialog.list.topLevelItem(0).text(2) == "1"
    dialog.accept()
    assert dialog.chosen == first.path
    old_window = session.window
    session.restore(dialog.chosen)
    qtbot.addWidget(session.window)
    assert session.window is not old_window
    assert [lead.name for lead in session.book.leads(session.book.lead_ids())] == ["Anna"]
    counts = sorted(b.lead_count for b in list_backups(session.book.path, session.backups))
    assert counts == [1, 2]  # the book as it was before the restore was kept too
    session.close()


def _damaged(qtbot, tmp_path, clock) -> tuple[Path, bytes]:
    """A book of 300 leads with a daily backup, closed cleanly, then damaged by overwriting pages."""
    session = _session(qtbot, tmp_path, clock, [f"Lead {n}" for n in range(300)])
    qtbot.waitUntil(lambda: len(list_backups(session.book.path, session.backups)) == 1)
    path = session.book.path
    session.window.close()
    session.close()
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 2 + 3000] = b"\xee" * 3000
    path.write_bytes(bytes(data))
    return path, bytes(data)


def _answer_with_restore(seen: list[str]) -> QTimer:
    """Clicks "Restore that backup" in the damage message whenever it shows."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            next(b for b in box.buttons() if b.text() == "Restore that backup").click()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(10)
    return timer


class _Painted(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.seen = False
        window.today_view.first_paint_widget().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        self.seen = self.seen or event.type() == QEvent.Type.Paint
        return False


def _painted(window) -> _Painted:
    return _Painted(window)


class HeldCheck(StartCheck):
    """The start-up check, begun but kept from reading until the test lets it go."""

    def __init__(self, path: Path) -> None:
        self.go = threading.Event()
        super().__init__(path)

    def _run(self) -> None:
        self.go.wait(30)
        super()._run()


def test_a_damaged_book_checked_before_its_window_is_set_aside_and_the_newest_good_backup_offered(
    qtbot, tmp_path, clock
):
    path, data = _damaged(qtbot, tmp_path, clock)
    seen: list[str] = []
    answering = _answer_with_restore(seen)
    again = Session(clock, tmp_path / "backups")
    assert again.open(path)  # no check begun earlier (as after an unclean close): it runs first
    answering.stop()
    qtbot.addWidget(again.window)
    assert "moved aside" in seen[0] and "300 leads" in seen[0]
    assert again.book.count_leads() == 300 and again.book.check(full=True) == []
    aside = list(tmp_path.glob("book.leadbook.damaged-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == data
    again.close()


def test_today_paints_before_the_check_of_a_cleanly_closed_book_and_damage_then_closes_the_window(
    qtbot, tmp_path, clock
):
    path, data = _damaged(qtbot, tmp_path, clock)
    check = HeldCheck(path)
    seen: list[str] = []
    answering = _answer_with_restore(seen)
    again = Session(clock, tmp_path / "backups")
    try:
        assert again.open(path, check)
        first = again.window
        assert first is not None and again.book is not None  # (the session deletes it on damage)
        painted = _painted(first)
        held: list[int] = []
        first.after_first_paint(lambda: held.append(1))  # as the reminders, the daily backup, sync
        qtbot.waitUntil(lambda: painted.seen)
        qtbot.wait(50)  # turns after the first paint: the held work must not start
        assert again.book.start_check_verdict(wait=False) is None and not seen and not held
        with pytest.raises(BookError):  # this connection's writes wait for the verdict: damage refuses them
            threading.Timer(0.05, check.go.set).start()
            again.book.add_lead(Lead(name="Not written"))
        check.go.clear()
        check.go.set()
        qtbot.waitUntil(lambda: again.window is not None and again.window is not first, timeout=10_000)
        assert not held
    finally:
        check.go.set()  # (the damage message is still answered if this fails on the way)
    answering.stop()
    qtbot.addWidget(again.window)
    assert "moved aside" in seen[0] and "300 leads" in seen[0]
    assert again.book.count_leads() == 300 and again.book.check(full=True) == []
    aside = list(tmp_path.glob("book.leadbook.damaged-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == data  # nothing was written to it while open
    again.close()


def test_a_sound_book_opens_before_its_check_and_work_after_the_paint_and_writes_wait_for_the_verdict(
    qtbot, tmp_path, clock
):
    path = tmp_path / "book.leadbook"
    with LeadBook.open(path, clock) as book:
        book.add_leads([Lead(name=f"Lead {n}") for n in range(50)])
    check = HeldCheck(path)
    session = Session(clock, tmp_path / "backups")
    try:
        assert session.open(path, check)
        window = session.window
        qtbot.addWidget(window)
        painted = _painted(window)
        held: list[int] = []
        window.after_first_paint(lambda: held.append(1))
        qtbot.waitUntil(lambda: painted.seen)
        qtbot.wait(50)
        assert not held and session.book.start_check_verdict(wait=False) is None
        with pytest.raises(sqlite3.OperationalError, match="locked"), sqlite3.connect(path, timeout=0.05) as other:
            other.execute("UPDATE leads SET name = 'Changed elsewhere' WHERE id = 1")  # the lock is held
        check.go.set()
        qtbot.waitUntil(lambda: held == [1])  # the verdict released the work held since the paint
        assert session.book.start_check_verdict(wait=False) == []
        session.book.add_lead(Lead(name="Written after the verdict"))
        assert session.book.count_leads() == 51
    finally:
        check.go.set()
    session.window.close()
    session.close()
    assert not (tmp_path / "book.leadbook.running").exists()  # closed cleanly: the next start is quick


def test_the_check_the_app_makes_for_later_reads_the_book_once_today_has_painted(qtbot, tmp_path, clock):
    path = tmp_path / "book.leadbook"
    with LeadBook.open(path, clock) as book:
        book.add_leads([Lead(name=f"Lead {n}") for n in range(50)])
    reads: list[bool] = []

    class Noted(StartCheck):
        def _run(self) -> None:
            reads.append(painted.seen)  # whether Today had painted when it began to read
            super()._run()

    check = Noted(path, later=True)  # as cli makes it
    session = Session(clock, tmp_path / "backups")
    assert session.open(path, check)
    window = session.window
    qtbot.addWidget(window)
    painted = _painted(window)
    held: list[int] = []
    window.after_first_paint(lambda: held.append(1))  # as the reminders, the daily backup, sync
    assert not check.begun and not check.done  # the window shows first
    qtbot.waitUntil(lambda: held == [1])  # the check ran after the paint and its verdict released the work
    assert reads == [True] and session.book.start_check_verdict(wait=False) == []
    session.window.close()
    session.close()
    assert not (tmp_path / "book.leadbook.running").exists()


def test_a_write_before_the_verdict_waits_for_it(qtbot, tmp_path, clock):
    path = tmp_path / "book.leadbook"
    with LeadBook.open(path, clock) as book:
        book.add_leads([Lead(name="Anna")])
    check = HeldCheck(path)
    book = LeadBook.open(path, clock, checking=check)
    try:
        threading.Timer(0.05, check.go.set).start()
        book.add_lead(Lead(name="Bo"))  # waits until the check passed, then writes
        assert check.done and book.count_leads() == 2
    finally:
        check.go.set()
        book.close()
