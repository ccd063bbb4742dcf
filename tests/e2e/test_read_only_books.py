"""A healthy book the user cannot write is read, checked and shown read-only; never set aside.

Root ignores permission bits, and CI runs as root: every process here runs through
``setpriv``, which drops root's bypass (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER)
for that process, so files behave as they do for a normal user. As a normal user the bits
apply anyway and the processes run as they are.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from leadbook.book import LeadBook
from leadbook.core.model import Lead
from leadbook.store.backup import running_marker

pytestmark = pytest.mark.slow

AS_A_USER = (["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--inh-caps=-all"]
             if os.geteuid() == 0 else [])  # fmt: skip


def run(*args: str, home: Path, paint_and_quit: bool = False, timeout: float = 90) -> subprocess.CompletedProcess:
    env = dict(os.environ, LEADBOOK_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    env.pop("LEADBOOK_EXIT_AFTER_PAINT", None)
    if paint_and_quit:
        env["LEADBOOK_EXIT_AFTER_PAINT"] = "1"
    return subprocess.run([*AS_A_USER, sys.executable, "-m", "leadbook", *args], env=env, capture_output=True,
                          text=True, timeout=timeout)  # fmt: skip


@pytest.fixture
def unwritable(tmp_path):
    """Undo the permissions the test takes away, so pytest can clean up."""
    changed: list[Path] = []

    def make(path: Path, mode: int) -> Path:
        os.chmod(path, mode)
        changed.append(path)
        return path

    yield make
    for path in reversed(changed):
        os.chmod(path, 0o700 if path.is_dir() else 0o600)


def test_the_permission_bypass_is_really_dropped(tmp_path, unwritable):
    """What the other tests stand on: a 0400 file is not writable in the child process."""
    target = unwritable(tmp_path / "file.txt", 0o400) if (tmp_path / "file.txt").write_text("x") else None
    probe = subprocess.run([*AS_A_USER, sys.executable, "-c", f"open({str(target)!r}, 'a')"],
                           capture_output=True, text=True, timeout=30)  # fmt: skip
    assert probe.returncode != 0 and "PermissionError" in probe.stderr


def _book(path: Path, clock, *, crashed: bool) -> bytes:
    with LeadBook.open(path, clock) as book:
        book.add_leads([Lead(name=f"Lead {n}", notes="note " * 40) for n in range(300)])
    if crashed:
        running_marker(path).touch()  # as an unclean exit leaves it: the next start checks in full
    return path.read_bytes()


def _nothing_moved(folder: Path, path: Path, data: bytes) -> None:
    assert path.read_bytes() == data
    assert not list(folder.glob("*.damaged-*"))


@pytest.mark.parametrize("where", ["0400 book", "book in a 0500 folder"])
def test_a_read_only_book_after_an_unclean_exit_is_checked_and_opened_read_only(tmp_path, clock, unwritable, where):
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "team.leadbook"
    data = _book(path, clock, crashed=True)
    if where == "0400 book":
        unwritable(path, 0o400)
    else:
        unwritable(folder, 0o500)
    home = tmp_path / "home"

    checked = run("check", "--db", str(path), home=home)
    assert checked.returncode == 0, checked.stderr
    assert "ok (full integrity check passed)" in checked.stdout and "read-only" in checked.stdout
    assert "DAMAGED" not in checked.stderr + checked.stdout and "Traceback" not in checked.stderr

    today = run("today", "--db", str(path), home=home)
    assert today.returncode == 0 and "Traceback" not in today.stderr, today.stderr

    started = run("--db", str(path), home=home, paint_and_quit=True)  # the app's start-up check, after a crash
    assert started.returncode == 0, started.stderr
    log = (home / "leadbook.log").read_text(encoding="utf-8")
    assert "opened read-only" in log and "damaged" not in log
    _nothing_moved(folder, path, data)
    assert running_marker(path).exists()  # nothing was written, not even the marker


def test_writing_verbs_say_the_book_is_read_only_and_change_nothing(tmp_path, clock, unwritable):
    path = tmp_path / "team.leadbook"
    data = _book(path, clock, crashed=False)
    unwritable(path, 0o400)
    source = tmp_path / "contacts.csv"
    source.write_text("Name,E-mail\nNew Person,new@example.com\n", encoding="utf-8")
    imported = run("import", str(source), "--db", str(path), home=tmp_path / "home")
    assert imported.returncode != 0
    assert "read-only" in imported.stderr and "Traceback" not in imported.stderr
    assert path.read_bytes() == data


def test_a_pre_import_backup_that_cannot_be_written_stops_the_import_and_says_why(tmp_path, clock, unwritable):
    path = tmp_path / "book.leadbook"
    with LeadBook.open(path, clock):
        pass
    home = tmp_path / "home"
    home.mkdir()
    unwritable(home, 0o500)  # the backups folder cannot be made in it
    source = tmp_path / "contacts.csv"
    source.write_text("Name,E-mail\nNew Person,new@example.com\n", encoding="utf-8")
    imported = run("import", str(source), "--db", str(path), home=home)
    assert imported.returncode != 0
    # The backups folder is checked before the backup is tried: the message names the folder and why.
    assert "cannot use the folder" in imported.stderr and "you are not allowed to write there" in imported.stderr, (
        imported.stderr
    )
    assert "disk I/O error" not in imported.stderr and "Traceback" not in imported.stderr
    with LeadBook.open(path, clock) as book:
        assert book.count_leads() == 0


def test_a_book_left_by_a_crash_in_a_0500_folder_is_read_with_its_wal(tmp_path, clock, unwritable):
    """The writer died: its last writes live only in the -wal beside the book, in a folder the
    user may not write. Read-only, they are still read (mode=ro uses the WAL as it is)."""
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "team.leadbook"
    LeadBook.open(path, clock).close()
    crash = subprocess.run([sys.executable, "-c", (
        "import os, sys\n"
        "from leadbook.book import LeadBook\n"
        "from leadbook.core.model import Lead\n"
        "book = LeadBook.open(sys.argv[1])\n"
        "book.add_leads([Lead(name=f'Lead {n}') for n in range(120)])\n"
        "os._exit(0)  # no close: no checkpoint, the WAL and the .running marker stay\n"
    ), str(path)], capture_output=True, text=True, timeout=60)  # fmt: skip
    assert crash.returncode == 0, crash.stderr
    wal = folder / "team.leadbook-wal"
    assert wal.stat().st_size > 0 and running_marker(path).exists()
    unwritable(folder, 0o500)
    home = tmp_path / "home"

    checked = run("check", "--db", str(path), home=home)
    assert checked.returncode == 0 and "read-only" in checked.stdout, checked.stderr
    exported = run("export", "csv", "-o", str(tmp_path / "out.csv"), "--db", str(path), home=home)
    assert exported.returncode == 0 and "Exported 120 leads" in exported.stdout, exported.stderr
    started = run("--db", str(path), home=home, paint_and_quit=True)
    assert started.returncode == 0, started.stderr
    assert "opened read-only" in (home / "leadbook.log").read_text(encoding="utf-8")
    assert sorted(p.name for p in folder.iterdir()) == [
        "team.leadbook",
        "team.leadbook-shm",
        "team.leadbook-wal",
        "team.leadbook.running",
    ]
