"""Backups never collide: many at once in the same second, a backup killed half-way, a failed
backup before an import."""

from __future__ import annotations

import os
import sqlite3
import threading
from datetime import timedelta

import pytest

from leadbook.book import LeadBook
from leadbook.core.model import Lead
from leadbook.present import texts
from leadbook.store.backup import backup_prefix, check_file, list_backups, make_backup
from leadbook.store.errors import ImportBackupFailed


def test_eight_backups_in_the_same_second_all_succeed_with_their_own_files(tmp_path, clock):
    path = tmp_path / "book.leadbook"
    with LeadBook.open(path, clock) as book:
        book.add_leads([Lead(name=f"Lead {n}", notes="n" * 300) for n in range(200)])
    folder = tmp_path / "backups"
    now = clock.now()
    start = threading.Barrier(8)
    made: list[object] = []

    def back_up() -> None:
        conn = sqlite3.connect(path)  # each its own connection, as each Leadbook has
        try:
            start.wait()
            made.append(make_backup(conn, path, folder, now))
        except Exception as error:  # noqa: BLE001 - collected and asserted below
            made.append(error)
        finally:
            conn.close()

    threads = [threading.Thread(target=back_up) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(not isinstance(result, Exception) for result in made), made
    assert len(set(made)) == 8
    backups = list_backups(path, folder)
    assert len(backups) == 8 and all(b.lead_count == 200 for b in backups)
    assert all(check_file(b.path) == [] for b in backups)
    assert not list(folder.glob("*.partial"))


def test_the_rotation_removes_a_partial_left_for_hours_and_keeps_a_fresh_one(book: LeadBook, tmp_path, clock):
    folder = tmp_path / "backups"
    book.back_up(folder)
    prefix = backup_prefix(book.path)
    stale = folder / f"{prefix}-20261123-063000.4242-0badcafe.partial"
    fresh = folder / f"{prefix}-20261123-081500.4343-0fedcafe.partial"
    other = folder / "another_book-12345678-20261123-063000.11-abcdef01.partial"  # not this book's
    for partial, age in ((stale, timedelta(hours=2)), (fresh, timedelta(minutes=10)), (other, timedelta(hours=2))):
        partial.write_bytes(b"\0" * 4096)
        moment = (clock.now() - age).timestamp()
        os.utime(partial, (moment, moment))
    clock.advance(minutes=1)
    book.back_up(folder)
    assert not stale.exists()
    assert fresh.exists() and other.exists()
    assert len(list_backups(book.path, folder)) == 2


@pytest.mark.parametrize("blocker", ["a file", "a folder inside a file"])
def test_a_failed_backup_before_an_import_says_what_failed(book: LeadBook, tmp_path, blocker):
    in_the_way = tmp_path / "not-a-folder"
    in_the_way.write_text("a file where the backups should go")
    folder = in_the_way if blocker == "a file" else in_the_way / "backups"
    with pytest.raises(ImportBackupFailed) as caught:
        book.back_up(folder, before_import=True)
    text = texts.book_error_text(caught.value)
    assert text.startswith("Could not make the backup before importing: ")
    assert str(in_the_way) in text and "Nothing was imported" in text
    assert "disk I/O error" not in text and "not a book" not in text


def test_a_damaged_book_is_not_moved_when_no_verified_copy_can_be_made(tmp_path, clock, monkeypatch):
    import leadbook.store.backup as backup_module
    from leadbook.store.safety import check_at_start

    path = tmp_path / "book.leadbook"
    with LeadBook.open(path, clock) as book:
        book.add_leads([Lead(name=f"Lead {n}", notes="x" * 500) for n in range(300)])
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 3 + 2000] = b"\xff" * 2000
    path.write_bytes(bytes(data))
    real_copy = backup_module._copy_verified

    def disk_full(source, copy):
        real_copy(source, copy)  # the copy is made, then the disk fills up before it is verified
        raise OSError(28, "No space left on device", str(copy))

    monkeypatch.setattr(backup_module, "_copy_verified", disk_full)
    damage = check_at_start(path, tmp_path / "backups", clock.now())
    assert damage is not None and damage.problems and damage.moved_to is None
    assert damage.not_moved == f"No space left on device: {tmp_path / 'book.leadbook.damaged-20261123-083000'}"
    assert path.read_bytes() == bytes(data)  # left where it was, whole
    assert not list(tmp_path.glob("*.damaged-*"))  # and no half copy beside it


@pytest.mark.slow  # a real process
def test_a_backup_killed_half_way_leaves_no_backup_and_its_partial_goes_later(tmp_path, clock):
    import subprocess
    import sys

    path = tmp_path / "book.leadbook"
    with LeadBook.open(path, clock) as book:
        book.add_leads([Lead(name=f"Lead {n}") for n in range(50)])
    folder = tmp_path / "backups"
    killed = subprocess.run([sys.executable, "-c", (
        "import os, signal, sqlite3, sys\n"
        "from datetime import datetime, timezone\n"
        "import leadbook.store.backup as backup\n"
        "def die(*args, **kwargs):\n"
        "    os.kill(os.getpid(), signal.SIGKILL)  # killed after the copy, before it is checked and named\n"
        "backup.check_file = die\n"
        "from pathlib import Path\n"
        "book, folder = Path(sys.argv[1]), Path(sys.argv[2])\n"
        "backup.make_backup(sqlite3.connect(book), book, folder, datetime.now(timezone.utc))\n"
    ), str(path), str(folder)], capture_output=True, timeout=60)  # fmt: skip
    assert killed.returncode == -9
    [left] = list(folder.glob("*.partial"))
    assert list_backups(path, folder) == []  # half a backup never counts as one
    with LeadBook.open(path, clock) as book:
        moment = (clock.now() - timedelta(minutes=30)).timestamp()
        os.utime(left, (moment, moment))
        book.back_up(folder)
        assert left.exists()  # half an hour old: it might be a backup still running
        clock.advance(hours=1)
        book.back_up(folder)
        assert not left.exists()
        assert len(list_backups(path, folder)) == 2 and not list(folder.glob("*.partial"))
