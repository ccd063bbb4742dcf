"""Damage met while a book is open. Before the start-up check's verdict: a read of a damaged page
after the window is built leads to the damaged-book flow (once the verdict is in), never to the
message for a bug; and workers of the window neither write nor copy the book before the verdict,
also when another program held the book's write lock when it opened. After a verdict that found
nothing (or met before a passing quick check): the full check runs, then the same flow, or the
message for a bug when the full check finds nothing either."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import time
from pathlib import Path

import pytest
from _damaged_file import damage_page
from _widgets import wait_exposed
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from leadbook import app as app_module
from leadbook.app import Session
from leadbook.book import BookError, LeadBook
from leadbook.core.followups import Due, FollowUp
from leadbook.core.model import Lead
from leadbook.gui.book_task import BookTask
from leadbook.gui.files.ics_mirror import MIRROR_FILE_NAME, IcsMirror
from leadbook.gui.files.import_dialog import ImportDialog
from leadbook.gui.font_notice import FontNotice
from leadbook.gui.guarded import guarded
from leadbook.gui.leads.dialog import LeadDialog
from leadbook.gui.main_window import MainWindow
from leadbook.gui.reminders.tray import NoTray
from leadbook.store.backup import list_backups
from leadbook.store.database import is_damage
from leadbook.store.safety import StartCheck

HOLDER = Path(__file__).parents[1] / "e2e" / "lock_holder.py"


class HeldCheck(StartCheck):
    """The start-up check, begun but kept from reading until the test lets it go."""

    def __init__(self, path: Path, *, full: bool = False) -> None:
        self.go = threading.Event()
        self.waiting = 0  # threads blocked on the verdict (``problems``) right now
        self._count = threading.Lock()
        super().__init__(path, full=full)

    def _run(self) -> None:
        self.go.wait(30)
        super()._run()

    def problems(self) -> list[str]:
        with self._count:
            self.waiting += 1
        try:
            return super().problems()
        finally:
            with self._count:
                self.waiting -= 1


def _book_with_backup(qtbot, tmp_path, clock, *, today: bool = False) -> Path:
    """A book of 300 leads with its daily backup, closed cleanly (the next start checks it once
    Today has painted). ``today``: each lead has a call due today, the last leads' first."""
    path = tmp_path / "book.leadbook"
    with LeadBook.open(path, clock) as book:
        book.add_leads([Lead(name=f"Lead {n:03}") for n in range(300)])
        if today:
            with book.batch():
                for n, lead_id in enumerate(sorted(book.lead_ids(), reverse=True)):
                    book.plan_followup(FollowUp(lead_id, Due(book.local_today(), time(10 + n // 60, n % 60))))
    session = Session(clock, tmp_path / "backups")
    assert session.open(path)
    qtbot.addWidget(session.window)
    qtbot.waitUntil(lambda: len(list_backups(path, session.backups)) == 1)
    session.window.close()
    session.close()
    return path


class _Boxes:
    """Answers every message box as it shows: "Restore that backup" where offered, else Close/OK."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str]] = []
        self.timer = QTimer()
        self.timer.timeout.connect(self._look)
        self.timer.start(10)

    def _look(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        self.seen.append((box.windowTitle(), box.text()))
        restore = [b for b in box.buttons() if b.text() == "Restore that backup"]
        (restore or box.buttons())[0].click()

    def titles(self) -> list[str]:
        return [title for title, _text in self.seen]


@contextmanager
def _opened_before_the_verdict(
    qtbot, path: Path, clock, *, reminders: bool = False
) -> Iterator[tuple[Session, HeldCheck, _Boxes]]:
    """``path`` opened as after a clean close, its start-up check held until ``check.go`` is set, with
    the session's excepthook installed as ``app.run_gui`` installs it and every message box answered.
    On leaving, the check is let go, the hook given back and the boxes no longer answered.
    ``reminders``: the reminder engine and window start after the first paint, as in the app."""
    check = HeldCheck(path)
    boxes = _Boxes()
    session = Session(clock, path.parent / "backups", make_tray=NoTray if reminders else None)
    hook = sys.excepthook
    sys.excepthook = session.report_unexpected
    try:
        assert session.open(path, check)
        assert session.window is not None
        wait_exposed(qtbot, session.window)
        yield session, check, boxes
    finally:
        check.go.set()
        sys.excepthook = hook
        boxes.timer.stop()
    qtbot.addWidget(session.window)


def test_a_page_opened_before_the_verdict_that_reads_a_damaged_page_leads_to_the_damaged_book_flow(
    qtbot, tmp_path, clock
):
    path = _book_with_backup(qtbot, tmp_path, clock)
    data = damage_page(path, "leads_by_name")  # the lead list's order: Today does not read it
    with _opened_before_the_verdict(qtbot, path, clock) as (session, check, boxes):
        first = session.window
        # The user opens the lead list before the verdict: its read meets the damaged page.
        first.nav.setCurrentRow(first.nav.row(first._nav_items["leads"]))
        qtbot.waitUntil(lambda: session._damage_met is not None)  # met, and kept for the verdict
        assert session.window is first and boxes.seen == []
        assert session.book is not None and session.book.start_check_verdict(wait=False) is None
        check.go.set()
        _wait_for_the_next_window(qtbot, session, first)
    assert "moved aside" in boxes.seen[0][1] and "300 leads" in boxes.seen[0][1]
    aside = list(tmp_path.glob("book.leadbook.damaged-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == data  # nothing was written to it while open
    _restored_after_one_damage_box(session, boxes)  # once, and never "Something went wrong"


def test_todays_rows_below_the_first_screen_on_a_damaged_page_lead_to_the_damaged_book_flow(qtbot, tmp_path, clock):
    path = _book_with_backup(qtbot, tmp_path, clock, today=True)
    data = damage_page(path, "leads", "/000/")  # the first leads: Today lists them below its first screen
    with _opened_before_the_verdict(qtbot, path, clock) as (session, check, boxes):
        first = session.window
        today = first.today_view
        assert today.model.rowCount() > 0  # the first screen painted from sound pages
        qtbot.waitUntil(lambda: not today.rest_pending)  # the rest was read once the first screen painted: damage
        qtbot.waitUntil(lambda: session._damage_met is not None)
        assert session.window is first and boxes.seen == []  # waiting for the verdict, no message
        check.go.set()
        _wait_for_the_next_window(qtbot, session, first)
    aside = list(tmp_path.glob("book.leadbook.damaged-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == data
    qtbot.waitUntil(lambda: not session.window.today_view.rest_pending)  # the restored book's rows, all read
    _restored_after_one_damage_box(session, boxes)


def test_damage_met_while_the_verdict_is_already_in_runs_the_flow_once(qtbot, tmp_path, clock):
    path = _book_with_backup(qtbot, tmp_path, clock)
    damage_page(path, "leads_by_name")
    with _opened_before_the_verdict(qtbot, path, clock) as (session, check, boxes):
        first = session.window
        check.go.set()
        assert check.problems()  # the check found the damage (waited for without an event loop turn)
        assert session.window is first  # the window has not heard yet
        first.nav.setCurrentRow(first.nav.row(first._nav_items["leads"]))
        _wait_for_the_next_window(qtbot, session, first)
    assert boxes.titles() == ["The lead book is damaged"]
    session.window.close()
    session.close()


def _restored_after_one_damage_box(session: Session, boxes: _Boxes) -> None:
    """The flow said the book is damaged, once (and nothing else: not "Something went wrong", "Not
    saved"…), the newest good backup came back whole and sound, and the session closes."""
    assert boxes.titles() == ["The lead book is damaged"]
    assert session.book.count_leads() == 300 and session.book.check(full=True) == []
    session.window.close()
    session.close()


def _open_the_lead_list(window: MainWindow) -> None:
    """As the user does: the lead list's first read goes through the book's name index."""
    window.nav.setCurrentRow(window.nav.row(window._nav_items["leads"]))


def _found_sound(qtbot, session: Session, check: HeldCheck) -> None:
    """The start-up check passes and the window hears it: the held work is released."""
    check.go.set()
    qtbot.waitUntil(lambda: session._checking is None)


def _sound_then_damaged(qtbot, session: Session, check: HeldCheck, path: Path) -> bytes:
    """The start-up check passes; then the disk fails under the book's name index (Today does
    not read it). The file's bytes after the damage."""
    _found_sound(qtbot, session, check)
    return damage_page(path, "leads_by_name")


def _wait_for_the_next_window(qtbot, session: Session, first: MainWindow) -> None:
    """The damaged-book flow closed ``first`` and opened the book again (restored)."""
    qtbot.waitUntil(lambda: session.window is not None and session.window is not first, timeout=10_000)


def test_damage_met_after_the_verdict_is_checked_in_full_then_leads_to_the_damaged_book_flow(
    qtbot, tmp_path, clock, monkeypatch
):
    path = _book_with_backup(qtbot, tmp_path, clock)
    full_checks: list[HeldCheck] = []

    def held_full_check(book_path: Path, *, full: bool = False) -> HeldCheck:
        assert full  # the start-up check was handed in; the app makes only the full one
        full_checks.append(HeldCheck(book_path, full=True))
        return full_checks[-1]

    monkeypatch.setattr(app_module, "StartCheck", held_full_check)
    with _opened_before_the_verdict(qtbot, path, clock, reminders=True) as (session, check, boxes):
        first = session.window
        _found_sound(qtbot, session, check)
        qtbot.waitUntil(lambda: session.controller is not None and session.font_notice is not None)  # started
        data = damage_page(path, "leads_by_name")  # then the disk fails while Leadbook runs
        _open_the_lead_list(first)
        assert len(full_checks) == 1 and session._checking is full_checks[0]
        # The user is told what is going on while the whole book is checked, and nothing is written.
        notice = session._full_check_notice
        assert notice is not None and notice.isVisible() and notice.windowTitle() == "Checking the lead book"
        assert notice.windowModality() == Qt.WindowModality.ApplicationModal  # every window waits
        assert session.book.pending_start_check is full_checks[0]
        # Met again while the check runs (a second read of the damaged index): no second check, no message.
        with pytest.raises(BookError) as again:
            session.book.lead_ids()
        sys.excepthook(type(again.value), again.value, again.value.__traceback__)
        assert len(full_checks) == 1 and boxes.seen == [] and session._damage_met is not None
        full_checks[0].go.set()
        _wait_for_the_next_window(qtbot, session, first)
    assert session._full_check_notice is None
    # The new window's own work starts (the first window's stopped before it went, never after).
    qtbot.waitUntil(lambda: session.controller is not None and session.font_notice is not None)
    assert "moved aside" in boxes.seen[0][1] and "300 leads" in boxes.seen[0][1]
    aside = list(tmp_path.glob("book.leadbook.damaged-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == data  # nothing was written to it meanwhile
    _restored_after_one_damage_box(session, boxes)  # once, and never "Something went wrong"


def test_damage_met_before_a_passing_quick_check_is_checked_in_full(qtbot, tmp_path, clock):
    path = _book_with_backup(qtbot, tmp_path, clock)
    with _opened_before_the_verdict(qtbot, path, clock) as (session, check, boxes):
        first = session.window
        check.go.set()
        assert check.problems() == []  # the quick check passed; the window has not heard yet
        damage_page(path, "leads_by_name")
        _open_the_lead_list(first)
        assert session._damage_met is not None  # kept for the verdict, which says "sound"
        _wait_for_the_next_window(qtbot, session, first)
    _restored_after_one_damage_box(session, boxes)


def test_a_write_that_meets_damage_after_the_verdict_leads_to_the_damaged_book_flow(qtbot, tmp_path, clock):
    path = _book_with_backup(qtbot, tmp_path, clock)
    with _opened_before_the_verdict(qtbot, path, clock) as (session, check, boxes):
        first = session.window
        _sound_then_damaged(qtbot, session, check, path)
        book = session.book
        # A lead added goes into the damaged name index: not "Nothing was changed", the full check.
        assert guarded(first, lambda: book.add_lead(Lead(name="Zoë Late"))) is False
        _wait_for_the_next_window(qtbot, session, first)
    _restored_after_one_damage_box(session, boxes)  # the backup's leads; the refused lead was never written


def test_a_daily_backup_that_finds_the_book_damaged_leads_to_the_damaged_book_flow(qtbot, tmp_path, clock):
    path = _book_with_backup(qtbot, tmp_path, clock)
    clock.advance(days=1)  # the daily backup is due at this start: it copies every page
    with _opened_before_the_verdict(qtbot, path, clock) as (session, check, boxes):
        first = session.window
        check.go.set()
        assert check.problems() == []  # sound when checked; the window has not heard yet
        data = damage_page(path, "leads_by_name")  # then the disk fails, before the backup reads it
        _wait_for_the_next_window(qtbot, session, first)
    # Not "The daily backup failed" in the status bar: the book itself is damaged.
    assert "300 leads" in boxes.seen[0][1]  # yesterday's backup was offered, and restored
    aside = list(tmp_path.glob("book.leadbook.damaged-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == data
    _restored_after_one_damage_box(session, boxes)


def test_a_calendar_file_update_that_meets_damage_leads_to_the_damaged_book_flow(qtbot, tmp_path, clock):
    path = _book_with_backup(qtbot, tmp_path, clock, today=True)
    folder = tmp_path / "phone"
    folder.mkdir()
    with _opened_before_the_verdict(qtbot, path, clock) as (session, check, boxes):
        first = session.window
        _found_sound(qtbot, session, check)
        mirror = first.ics_mirror
        said: list[str] = []
        mirror.failed.connect(said.append)
        mirror.set_folder(folder)  # as File ▸ Keep a calendar file up to date… does, once a folder is chosen
        mirror.write_now()
        qtbot.waitUntil(lambda: (folder / MIRROR_FILE_NAME).exists() and not mirror.busy())  # written while sound
        damage_page(path, "followups")  # then the disk fails under the follow-ups the file is made from
        mirror.write_now()
        _wait_for_the_next_window(qtbot, session, first)
        assert said == []  # not "The calendar file could not be updated": the book itself is damaged
    _restored_after_one_damage_box(session, boxes)


def _errors_handled_by(monkeypatch, owner: type, handler: str) -> list[BaseException]:
    """The errors a worker's failure handler (``owner.handler``) is called with, each noted before
    the handler runs as it would."""
    seen: list[BaseException] = []
    handle = getattr(owner, handler)

    def noted(self: object, error: BaseException) -> None:
        seen.append(error)
        handle(self, error)

    monkeypatch.setattr(owner, handler, noted)
    return seen


def test_a_calendar_file_update_that_ends_after_its_window_let_go_is_only_logged(qtbot, tmp_path, clock, monkeypatch):
    """A close or a restore detaches the mirror, waiting for a write under way; that write's end,
    delivered afterwards, is not the window's to report, damage or not (no full check of a book
    being closed, nor one charged to the book that replaces it)."""
    path = _book_with_backup(qtbot, tmp_path, clock, today=True)
    folder = tmp_path / "phone"
    folder.mkdir()
    ended = _errors_handled_by(monkeypatch, IcsMirror, "_failed")
    with _opened_before_the_verdict(qtbot, path, clock) as (session, check, boxes):
        _found_sound(qtbot, session, check)
        mirror = session.window.ics_mirror
        mirror.set_folder(folder)
        mirror.write_now()
        qtbot.waitUntil(lambda: (folder / MIRROR_FILE_NAME).exists() and not mirror.busy())  # written while sound
        damage_page(path, "followups")  # (rewrites the file: no worker may be reading it meanwhile)
        mirror.write_now()
        session.window.close()  # detaches the mirror, which lets the write under way finish first
        qtbot.waitUntil(lambda: bool(ended))  # its end arrives after the window let go
        assert is_damage(ended[0])
        assert session._checking is None and session._damage_met is None  # no full check started
        assert boxes.seen == []
    session.close()


def test_an_import_whose_first_read_meets_damage_hands_it_to_the_flow(qtbot, tmp_path, clock, monkeypatch):
    """Step 1 of an import reads the book on a worker (the mapping, the plan); damage met there is
    the book's, not a problem with the contacts file. Its handler is fed the error a damaged page
    really gives, since which of the book's pages a plan reads first depends on what was read before."""
    path = _book_with_backup(qtbot, tmp_path, clock)
    damage_page(path, "leads_by_name")
    handed: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _kind, error, _trace: handed.append(error))
    contacts = Path(__file__).parents[1] / "fixtures" / "interop" / "google_contacts.csv"
    with LeadBook.open(path, clock) as book:
        with pytest.raises(BookError) as met:
            book.lead_ids()  # the lead list's order: through the damaged index
        dialog = ImportDialog(book, contacts)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.page != dialog.READING, timeout=10_000)  # (its own read went well)
        dialog._failed(met.value)
        assert handed == [met.value]  # to the damaged-book flow
        assert dialog.page == dialog.PROBLEM and "Leadbook hit an unexpected problem" not in dialog.problem_label.text()


def test_the_font_check_that_meets_damage_leads_to_the_damaged_book_flow(qtbot, tmp_path, clock, monkeypatch):
    path = _book_with_backup(qtbot, tmp_path, clock)
    failures = _errors_handled_by(monkeypatch, FontNotice, "_scan_failed")
    with _opened_before_the_verdict(qtbot, path, clock) as (session, check, boxes):
        first = session.window
        _found_sound(qtbot, session, check)  # the font check starts after the verdict
        damage_page(path, "leads")  # the disk fails under the leads whose letters it reads
        session.font_notice.start(0)
        _wait_for_the_next_window(qtbot, session, first)
    assert len(failures) == 1 and is_damage(failures[0])  # the font check met it, and handed it on
    _restored_after_one_damage_box(session, boxes)


@pytest.mark.parametrize("action", ["back up now", "restore"])
def test_a_backup_the_user_asks_for_that_finds_the_book_damaged_leads_to_the_flow(qtbot, tmp_path, clock, action):
    path = _book_with_backup(qtbot, tmp_path, clock)
    (older,) = list_backups(path, tmp_path / "backups")
    with _opened_before_the_verdict(qtbot, path, clock) as (session, check, boxes):
        first = session.window
        _sound_then_damaged(qtbot, session, check, path)
        if action == "back up now":
            first.back_up_now()  # File ▸ Back up now
        else:
            session.restore(older.path)  # File ▸ Restore from backup backs the book up first
        _wait_for_the_next_window(qtbot, session, first)
    _restored_after_one_damage_box(session, boxes)  # not "The backup failed" or "Not restored"


def test_a_dialog_whose_save_met_the_damage_is_closed_before_the_flow_closes_its_window(qtbot, tmp_path, clock):
    path = _book_with_backup(qtbot, tmp_path, clock)
    with _opened_before_the_verdict(qtbot, path, clock) as (session, check, boxes):
        first = session.window
        _sound_then_damaged(qtbot, session, check, path)
        dialog = LeadDialog(session.book, parent=first)  # New lead, in its own event loop
        dialog.name.setText("Zoë Late")
        ended: list[int] = []
        QTimer.singleShot(
            0, dialog.accept
        )  # Save, inside the dialog's loop (started next): a new name meets the damage
        QTimer.singleShot(0, lambda: ended.append(dialog.exec()))
        bound = QTimer(dialog)  # should its loop not end, the test fails instead of hanging (goes with it)
        bound.setSingleShot(True)
        bound.timeout.connect(lambda: dialog.done(2))
        bound.start(15_000)
        _wait_for_the_next_window(qtbot, session, first)
        assert ended == [QDialog.DialogCode.Rejected]  # its loop ended before the window went
    _restored_after_one_damage_box(session, boxes)  # not "Not saved"


def test_a_damaged_book_of_an_older_version_opened_without_a_check_gets_the_damaged_book_flow(qtbot, tmp_path, clock):
    """As "Open another file…" opens one: the backup before its migration finds the damage."""
    import sqlite_utils

    from leadbook.store.schema import APPLICATION_ID, MIGRATIONS

    path = tmp_path / "old.leadbook"
    db = sqlite_utils.Database(path)
    MIGRATIONS.apply(db, stop_before="0002_followups")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("PRAGMA user_version = 1")
    for n in range(300):
        db.execute("INSERT INTO leads (name, notes, created_at, updated_at) VALUES (?, ?, 'x', 'x')",
                   [f"Lead {n}", "x" * 500])  # fmt: skip
    db.close()
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 3 + 2000] = b"\xee" * 2000
    path.write_bytes(bytes(data))
    seen: list[str] = []

    def close_boxes() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.windowTitle())
            box.button(QMessageBox.StandardButton.Close).click()

    answer = QTimer()
    answer.timeout.connect(close_boxes)
    answer.start(10)
    session = Session(clock, tmp_path / "backups")
    try:
        assert session._open(path) is False  # the user closed the damage box: nothing opened
    finally:
        answer.stop()
    assert seen == ["The lead book is damaged"]
    (aside,) = tmp_path.glob("old.leadbook.damaged-*")
    assert aside.read_bytes() == bytes(data)  # as it was: the backup before the migration came before the switch to WAL


class _Tray(NoTray):
    """A desktop with a tray: Leadbook started in the background stays there, no window shown."""

    available = True


def test_started_in_the_tray_the_book_chosen_after_the_damage_box_opens_in_a_window(qtbot, tmp_path, clock):
    path = _book_with_backup(qtbot, tmp_path, clock)
    damage_page(path, "leads_by_name")
    check = HeldCheck(path)
    boxes = _Boxes()
    session = Session(clock, path.parent / "backups", make_tray=_Tray, background=True)
    try:
        assert session.open(path, check)
        first = session.window
        assert first is not None and not first.isVisible()  # in the tray, as the desktop session started it
        check.go.set()
        _wait_for_the_next_window(qtbot, session, first)
    finally:
        boxes.timer.stop()
    assert boxes.titles() == ["The lead book is damaged"]
    qtbot.addWidget(session.window)
    assert session.window.isVisible()  # the restored book, in a window: the user has just chosen it
    session.window.close()
    session.close()


def test_when_the_full_check_finds_nothing_the_error_is_reported_as_a_bug(qtbot, tmp_path, clock):
    path = _book_with_backup(qtbot, tmp_path, clock)
    with _opened_before_the_verdict(qtbot, path, clock) as (session, check, boxes):
        first = session.window
        _found_sound(qtbot, session, check)
        # SQLite says "malformed" about a sound book (a passing fault, say, of the disk's cable).
        error = sqlite3.DatabaseError("database disk image is malformed")
        error.sqlite_errorcode = sqlite3.SQLITE_CORRUPT  # type: ignore[attr-defined]
        session.report_unexpected(sqlite3.DatabaseError, error, None)
        assert session._checking is not None and session._checking.full
        qtbot.waitUntil(lambda: boxes.seen != [], timeout=10_000)
        assert boxes.titles() == ["Something went wrong"]
        assert session.window is first and session._checking is None
        assert session.book.add_lead(Lead(name="Zoë Later")).id is not None  # writes go ahead again
        # The same again on this book: the full check found it sound once, so no second check.
        session.report_unexpected(sqlite3.DatabaseError, error, None)
        assert session._checking is None
        qtbot.waitUntil(lambda: len(boxes.seen) == 2, timeout=10_000)
        assert boxes.titles() == ["Something went wrong"] * 2
    assert not list(tmp_path.glob("book.leadbook.damaged-*"))
    session.window.close()
    session.close()


def _write_lock_taken(path: Path) -> bool:
    """Does some connection hold the book's write lock? Asked without writing anything."""
    conn = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as error:
        assert "locked" in str(error)
        return True
    else:
        conn.execute("ROLLBACK")
        return False
    finally:
        conn.close()


def _setting(path: Path, key: str) -> str | None:
    """What the file holds, read by a connection of the test's own (reads never wait for the lock)."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    finally:
        conn.close()
    return None if row is None else row[0]


@pytest.mark.slow  # a real second process
def test_when_another_program_held_the_write_lock_at_open_nothing_writes_or_copies_before_the_verdict(
    qtbot, tmp_path, clock
):
    path = _book_with_backup(qtbot, tmp_path, clock)
    clock.advance(days=1)  # the daily backup is due again at this start
    backups = tmp_path / "backups"
    check = HeldCheck(path)
    session = Session(clock, backups)
    entered = threading.Event()
    ended: list[object] = []

    def write(book: LeadBook, _progress: object, _cancelled: object) -> bool:
        entered.set()
        book.set_setting("written_by_a_worker", "yes")  # waits for the verdict
        return check.done

    def copy(book: LeadBook, _progress: object, _cancelled: object) -> bool:
        book.back_up(backups)  # a copy needs no write lock: it waits for the verdict itself
        return check.done

    with subprocess.Popen([sys.executable, str(HOLDER), str(path), "-1"], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True) as holder:  # fmt: skip
        assert holder.stdin is not None and holder.stdout is not None
        tasks: list[BookTask] = []
        try:
            assert holder.stdout.readline().strip() == "locked"
            assert session.open(path, check)  # the check could not take the lock: the other program has it
            window = session.window
            wait_exposed(qtbot, window)
            # The other program lets go before the verdict: the book takes the lock at once, so
            # neither another program nor a worker of this window writes before the verdict.
            holder.stdin.write("go\n")
            holder.stdin.flush()
            assert holder.stdout.readline().strip() == "released"
            assert _setting(path, "lock_holder") == "was here"
            qtbot.waitUntil(lambda: _write_lock_taken(path))
            for work in (write, copy):  # as calendar sync and the daily backup do, on their own connections
                tasks.append(task := BookTask.on(session.book, work))
                task.succeeded.connect(ended.append)
                task.failed.connect(ended.append)
                task.start()
            qtbot.waitUntil(entered.is_set)
            qtbot.waitUntil(lambda: check.waiting == 2)  # both workers are blocked on the verdict
            assert ended == [] and _setting(path, "written_by_a_worker") is None
            assert len(list_backups(path, backups)) == 1  # no copy, and the daily backup waits too
            assert session.book.start_check_verdict(wait=False) is None
            check.go.set()
            qtbot.waitUntil(lambda: ended == [True, True])  # written and copied once the check had passed
            assert _setting(path, "written_by_a_worker") == "yes"
            assert len(list_backups(path, backups)) >= 2
            qtbot.waitUntil(lambda: not _write_lock_taken(path))  # let go of at the verdict
        finally:
            check.go.set()
            for task in tasks:
                task.wait()
            holder.kill()
    session.window.close()
    session.close()
