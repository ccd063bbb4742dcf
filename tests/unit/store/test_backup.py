"""Backups: verified copies, rotation 14 daily / 8 weekly / 12 monthly, checks, move aside, restore."""

import os
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from _book_sql import connection

from leadbook.book import LeadBook
from leadbook.core.model import Lead
from leadbook.store.backup import (
    BackupFailed,
    backups_to_keep,
    check_file,
    list_backups,
    make_backup,
    move_aside,
    needs_backup,
    restore_file,
    rotate,
    running_marker,
)
from leadbook.store.database import is_damage
from leadbook.store.errors import BookDamagedError
from leadbook.store.safety import StartCheck, check_at_start

NOW = datetime(2026, 11, 23, 8, 30, tzinfo=UTC)


def test_a_backup_is_a_verified_private_copy(book: LeadBook, tmp_path):
    book.add_leads([Lead(name="Anna"), Lead(name="Bob")])
    folder = tmp_path / "backups"
    path = make_backup(connection(book), book.path, folder, NOW)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    assert check_file(path) == [] and check_file(path, full=True) == []
    (info,) = list_backups(book.path, folder)
    assert (info.path, info.created, info.lead_count) == (path, NOW, 2)
    assert not list(folder.glob("*.partial"))


def test_backups_of_two_books_do_not_mix(tmp_path, clock):
    folder = tmp_path / "backups"
    with (
        LeadBook.open(tmp_path / "a" / "book.leadbook", clock) as a,
        LeadBook.open(tmp_path / "b" / "book.leadbook", clock) as b,
    ):
        make_backup(connection(a), a.path, folder, NOW)
        make_backup(connection(b), b.path, folder, NOW)
        make_backup(connection(b), b.path, folder, NOW)
        assert len(list_backups(a.path, folder)) == 1
        assert len(list_backups(b.path, folder)) == 2


def test_needs_backup_after_a_day(book: LeadBook, tmp_path):
    folder = tmp_path / "backups"
    assert needs_backup(book.path, folder, NOW)
    make_backup(connection(book), book.path, folder, NOW)
    assert not needs_backup(book.path, folder, NOW + timedelta(hours=23))
    assert needs_backup(book.path, folder, NOW + timedelta(hours=24))


def test_rotation_keeps_14_daily_8_weekly_12_monthly():
    # One backup every day at noon for two years, plus an extra one late on the last day.
    start = datetime(2024, 11, 24, 12, tzinfo=UTC)
    moments = [start + timedelta(days=n) for n in range(730)] + [datetime(2026, 11, 23, 20, tzinfo=UTC)]
    keep = backups_to_keep(moments)
    days = sorted({m.date() for m in keep}, reverse=True)
    assert max(keep) == moments[-1]
    assert days[:14] == [moments[-1].date() - timedelta(days=n) for n in range(14)]
    assert len({m.isocalendar()[:2] for m in keep}) >= 8
    assert len({(m.year, m.month) for m in keep}) == 12
    assert len(keep) <= 2 + 14 + 8 + 12
    assert datetime(2026, 11, 23, 12, tzinfo=UTC) in keep  # same day as the newest: kept too
    assert min(keep) >= datetime(2025, 12, 1, tzinfo=UTC)


def test_rotate_deletes_only_what_is_not_kept(book: LeadBook, tmp_path):
    folder = tmp_path / "backups"
    made = [make_backup(connection(book), book.path, folder, NOW - timedelta(days=n)) for n in range(20)]
    deleted = rotate(book.path, folder)
    assert deleted and set(deleted) <= set(made[14:])
    remaining = {b.path for b in list_backups(book.path, folder)}
    assert set(made[:14]) <= remaining
    assert remaining | set(deleted) == set(made)


def test_a_failed_copy_counts_as_nothing(tmp_path, clock):
    folder = tmp_path / "backups"
    book = LeadBook.open(tmp_path / "book.leadbook", clock)
    conn = connection(book)
    book.close()  # the copy cannot read a closed book
    with pytest.raises(BackupFailed):
        make_backup(conn, book.path, folder, NOW)
    assert list_backups(book.path, folder) == [] and list(folder.iterdir()) == []


def _damaged_book(tmp_path, clock) -> tuple[Path, bytes]:
    """A book of 300 leads with one of its pages overwritten, as a failing disk would; its bytes."""
    path = tmp_path / "book.leadbook"
    with LeadBook.open(path, clock) as book:
        book.add_leads([Lead(name=f"Lead {n}", notes="x" * 500) for n in range(300)])
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 3 + 2000] = b"\xff" * 2000
    path.write_bytes(bytes(data))
    return path, bytes(data)


def test_a_damaged_file_is_reported_and_moved_aside_whole(tmp_path, clock):
    path, data = _damaged_book(tmp_path, clock)
    assert check_file(path, full=True) != []
    aside = move_aside(path, NOW)
    assert not path.exists() and aside.read_bytes() == data
    assert aside.name == "book.leadbook.damaged-20261123-083000"


def test_a_copy_of_a_damaged_book_says_the_book_is_damaged_not_that_the_backup_failed(tmp_path, clock):
    path, data = _damaged_book(tmp_path, clock)
    folder = tmp_path / "backups"
    source = sqlite3.connect(path)  # as a worker's connection copies it: page by page, unread
    try:
        with pytest.raises(BookDamagedError) as raised:
            make_backup(source, path, folder, NOW)
    finally:
        source.close()
    assert is_damage(raised.value)  # the app's damaged-book flow takes it
    assert list(folder.iterdir()) == [] and path.read_bytes() == data


def test_the_start_check_says_what_check_at_start_would(tmp_path, clock):
    """StartCheck (made before the app loads) finds what check_at_start would; a check made
    for one path is not taken for another; cancelling stops it and reports nothing."""
    sound, damaged = tmp_path / "sound.leadbook", tmp_path / "damaged.leadbook"
    for path in (sound, damaged):
        with LeadBook.open(path, clock) as book:
            book.add_leads([Lead(name=f"Lead {n}", notes="x" * 500) for n in range(300)])
    data = bytearray(damaged.read_bytes())
    data[4096 * 3 : 4096 * 3 + 2000] = b"\xff" * 2000
    damaged.write_bytes(bytes(data))

    assert StartCheck(sound).problems() == []
    assert StartCheck(tmp_path / "missing.leadbook").problems() == []
    found = StartCheck(damaged).problems()
    assert found and found == check_file(damaged)
    assert check_at_start(sound, tmp_path / "backups", NOW, StartCheck(sound)) is None
    other = StartCheck(damaged)
    assert check_at_start(sound, tmp_path / "backups", NOW, other) is None  # another path: checked anew
    assert not other.wanted and other.done  # and the other file's check was stopped, not left reading
    damage = check_at_start(damaged, tmp_path / "backups", NOW, StartCheck(damaged))
    assert damage is not None and damage.problems == found and not damaged.exists()
    cancelled = StartCheck(damage.moved_to)
    cancelled.cancel()
    assert cancelled.problems() == []


def test_the_start_check_leaves_a_crash_and_a_busy_book_to_the_app(tmp_path, clock):
    """With a .running marker (the last run crashed, or another Leadbook has the book open) no
    early check begins: the app runs the full check once it knows it owns the book."""
    path = tmp_path / "book.leadbook"
    with LeadBook.open(path, clock) as book:
        book.add_leads([Lead(name="Anna")])
        assert not StartCheck(path).wanted  # open here: the marker is there
    clean = StartCheck(path)
    assert clean.wanted and clean.problems() == []  # closed cleanly: checked early
    running_marker(path).touch()  # as a crash leaves it
    assert not StartCheck(path).wanted


def test_a_failing_start_check_is_not_a_sound_book(tmp_path, clock, monkeypatch):
    """An error inside the thread reaches whoever asks for the verdict, as a check on the spot would."""
    from leadbook.store import safety

    path = tmp_path / "book.leadbook"
    with LeadBook.open(path, clock) as book:
        book.add_leads([Lead(name="Anna")])

    def broken(*_args, **_kwargs):
        raise OSError("disk gone")

    monkeypatch.setattr(safety, "check_file", broken)
    with pytest.raises(OSError, match="disk gone"):
        StartCheck(path).problems()


def test_restore_replaces_the_book_and_drops_its_stale_wal(tmp_path, clock):
    path = tmp_path / "book.leadbook"
    folder = tmp_path / "backups"
    with LeadBook.open(path, clock) as book:
        book.add_leads([Lead(name="Kept")])
        backup = make_backup(connection(book), book.path, folder, NOW)
        book.add_leads([Lead(name="Later")])
    restore_file(backup, path)
    with LeadBook.open(path, clock) as book:
        assert [lead.name for lead in book.leads(book.lead_ids())] == ["Kept"]
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_restore_refuses_a_broken_backup(tmp_path):
    bad = tmp_path / "bad.leadbook"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    target = tmp_path / "book.leadbook"
    target.write_bytes(b"keep me")
    with pytest.raises(BackupFailed):
        restore_file(bad, target)
    assert target.read_bytes() == b"keep me"


def test_a_backup_is_made_before_a_schema_migration(tmp_path, clock):
    import sqlite_utils

    from leadbook.store.schema import APPLICATION_ID, MIGRATIONS

    path = tmp_path / "old.leadbook"
    db = sqlite_utils.Database(path)
    MIGRATIONS.apply(db, stop_before="0002_followups")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("PRAGMA user_version = 1")
    db.execute("INSERT INTO leads (name, created_at, updated_at) VALUES ('From v1', 'x', 'x')")
    db.close()
    folder = tmp_path / "backups"
    with LeadBook.open(path, clock, backups=folder) as book:
        assert book.count_leads() == 1 and book.cadences()
    (backup,) = list_backups(path, folder)
    conn = sqlite3.connect(backup.path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT name FROM leads").fetchall() == [("From v1",)]
    conn.close()
    with LeadBook.open(path, clock, backups=folder):
        pass
    assert len(list_backups(path, folder)) == 1  # nothing to migrate, no new backup


def test_an_unclean_close_is_noticed_at_the_next_open(tmp_path, clock):
    path = tmp_path / "book.leadbook"
    book = LeadBook.open(path, clock)
    assert book.closed_cleanly_last_time
    book.close()
    assert LeadBook.open(path, clock).closed_cleanly_last_time  # closed cleanly, reopened...
    crashed = LeadBook.open(path, clock)  # ...and this one finds the marker left by the line above
    assert not crashed.closed_cleanly_last_time
    crashed.close()


def test_book_check_and_back_up_with_rotation(book: LeadBook, tmp_path):
    assert book.check() == [] and book.check(full=True) == []
    folder = tmp_path / "backups"
    first = book.back_up(folder)
    assert [b.path for b in list_backups(book.path, folder)] == [first]


def test_a_check_can_be_stopped_before_it_starts(tmp_path, clock):
    """StartCheck.cancel works through a progress handler set before the check runs, so it
    stops a check that has not begun its statement yet (an interrupt would miss it)."""
    path = tmp_path / "book.leadbook"
    with LeadBook.open(path, clock) as book:
        book.add_leads([Lead(name=f"Lead {n}", notes="x" * 500) for n in range(300)])
    stopped = check_file(path, connected=lambda conn: conn.set_progress_handler(lambda: 1, 1))
    assert stopped and "interrupted" in stopped[0]
    assert check_file(path) == []


class _Counted(StartCheck):
    """A start-up check that counts its reads of the book (``reads``, missing until the first)."""

    def _run(self) -> None:
        self.reads = getattr(self, "reads", 0) + 1
        super()._run()


def test_a_check_made_for_later_reads_only_once_begun_or_asked(tmp_path, clock):
    """The app makes the start-up check before the book opens (whether the last run closed cleanly
    is read then) and begins it after Today's first paint; whoever needs the verdict sooner (a
    migration, a worker's write) begins it by asking."""
    path = tmp_path / "book.leadbook"
    with LeadBook.open(path, clock) as book:
        book.add_leads([Lead(name="Anna")])

    later = _Counted(path, later=True)
    assert later.wanted and not later.done  # pending: the book holds its writes meanwhile
    assert not hasattr(later, "reads")  # and nothing read yet
    later.begin()
    later.begin()  # the app's idle turn and a worker may both begin it
    assert later.problems() == [] and later.done and later.reads == 1
    asked = _Counted(path, later=True)
    assert asked.problems() == [] and asked.done and asked.reads == 1  # asking began it
    stopped = _Counted(path, later=True)
    stopped.cancel()
    stopped.begin()  # cancelled first (another Leadbook has the book): it never reads
    assert stopped.done and stopped.problems() == [] and not hasattr(stopped, "reads")


def test_a_book_closed_before_its_start_check_began_closes_cleanly_without_reading(tmp_path, clock):
    """A quit (or a logout) in the moment before Today paints: nothing was written, so the book
    closes as cleanly as it was, and the next start checks it as usual."""
    path = tmp_path / "book.leadbook"
    with LeadBook.open(path, clock) as book:
        book.add_leads([Lead(name="Anna")])

    check = _Counted(path, later=True)
    book = LeadBook.open(path, clock, checking=check)
    assert running_marker(path).exists()
    book.close()
    assert not hasattr(check, "reads") and not running_marker(path).exists()
    again = _Counted(path, later=True)
    assert again.wanted  # the next start: the quick check, not the full one
    with LeadBook.open(path, clock, checking=again) as reopened:
        assert reopened.closed_cleanly_last_time and reopened.count_leads() == 1
        reopened.add_lead(Lead(name="Bo"))  # a write asks for the verdict: the check reads then
    assert again.reads == 1
