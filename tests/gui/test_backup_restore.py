"""Back up now, restore from backup, and a damaged book at start, through the real window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from leadbook.app import Session
from leadbook.book import LeadBook
from leadbook.core.model import Lead
from leadbook.gui.settings.restore_dialog import RestoreDialog
from leadbook.store.backup import list_backups
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


@pytest.mark.parametrize("early", [False, True], ids=["checked on opening", "check begun at start"])
def test_a_damaged_book_is_set_aside_and_the_newest_good_backup_offered(qtbot, tmp_path, clock, early):
    session = _session(qtbot, tmp_path, clock, [f"Lead {n}" for n in range(300)])
    qtbot.waitUntil(lambda: len(list_backups(session.book.path, session.backups)) == 1)
    path = session.book.path
    session.window.close()
    session.close()
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 2 + 3000] = b"\xee" * 3000
    path.write_bytes(bytes(data))

    seen: list[str] = []

    def choose_restore() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        restore = next(b for b in box.buttons() if b.text() == "Restore that backup")
        restore.click()

    QTimer.singleShot(0, choose_restore)
    again = Session(clock, tmp_path / "backups")
    assert again.open(path, StartCheck(path) if early else None)
    qtbot.addWidget(again.window)
    assert "moved aside" in seen[0] and "300 leads" in seen[0]
    assert again.book.count_leads() == 300 and again.book.check(full=True) == []
    aside = list(tmp_path.glob("book.leadbook.damaged-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == bytes(data)
    again.close()
