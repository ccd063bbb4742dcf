"""What used to end in a traceback ends in a clear message and an exit code, through the real
``leadbook`` command: a data folder that is a file or cannot be written (root's permission
bypass dropped, as for a normal user), a backups folder that cannot be written, a date far
outside the range Leadbook works with, and far-out dates an older Leadbook stored."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import icalendar
import pytest

from leadbook.book import LeadBook
from leadbook.core.clock import FakeClock
from leadbook.core.followups import Due, FollowUp
from leadbook.core.model import Lead

pytestmark = pytest.mark.slow

# Run as a normal user would be: without root's capabilities to ignore file permissions.
AS_A_USER = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--inh-caps=-all"]
DATA_FOLDER_WORDS = "for its data, backups and log"


def run(*args: str, home: Path, zone: str = "Europe/Stockholm", as_user: bool = False) -> subprocess.CompletedProcess:
    env = dict(os.environ, LEADBOOK_HOME=str(home), QT_QPA_PLATFORM="offscreen", TZ=zone)
    prefix = AS_A_USER if as_user and os.geteuid() == 0 else []
    return subprocess.run([*prefix, sys.executable, "-m", "leadbook", *args], env=env, capture_output=True,
                          text=True, timeout=120, cwd=home.parent)  # fmt: skip


def assert_clear(result: subprocess.CompletedProcess, code: int, *words: str) -> None:
    assert result.returncode == code, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr and "Error:" not in result.stderr, result.stderr
    for word in words:
        assert word in result.stderr, result.stderr


@pytest.fixture
def other_book(tmp_path: Path, clock) -> Path:
    path = tmp_path / "elsewhere" / "client.leadbook"
    path.parent.mkdir()
    with LeadBook.open(path, clock) as book:
        book.add_lead(Lead(name="Anna Svensson"))
    return path


@pytest.fixture
def contacts(tmp_path: Path) -> Path:
    path = tmp_path / "contacts.csv"
    path.write_text("Name,Email\nBob Carter,bob@carterpools.com\n", encoding="utf-8")
    return path


def test_dropping_roots_bypass_makes_a_read_only_folder_unwritable(tmp_path):
    """The tests below rely on this: as root, a 0500 folder is writable unless the bypass is dropped."""
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o500)
    folder.chmod(0o500)
    probe = [sys.executable, "-c", f"open({str(folder / 'x')!r}, 'w')"]
    assert subprocess.run([*AS_A_USER, *probe], capture_output=True).returncode != 0
    assert not (folder / "x").exists()


@pytest.mark.parametrize("verb", [["today"], ["revisits"], ["export", "csv", "-o", "out.csv"]])
def test_a_data_folder_that_is_a_file(tmp_path, verb):
    home = tmp_path / "not-a-folder"
    home.write_text("")
    assert_clear(run(*verb, home=home), 2, str(home), DATA_FOLDER_WORDS, "it is a file, not a folder", "LEADBOOK_HOME")


def test_a_data_folder_that_cannot_be_made(tmp_path):
    parent = tmp_path / "locked"
    parent.mkdir()
    parent.chmod(0o500)
    home = parent / "home"
    assert_clear(
        run("today", home=home, as_user=True), 2, str(home), DATA_FOLDER_WORDS, "you are not allowed to write there"
    )
    assert not home.exists()


def test_a_data_folder_that_cannot_be_written(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    home.chmod(0o500)
    assert_clear(run("today", home=home, as_user=True), 2, str(home), DATA_FOLDER_WORDS,
                 "you are not allowed to write there")  # fmt: skip
    assert list(home.iterdir()) == []


def test_an_import_elsewhere_whose_backups_folder_cannot_be_written(tmp_path, other_book, contacts):
    home = tmp_path / "home"
    (home / "backups").mkdir(parents=True)
    (home / "backups").chmod(0o500)
    before = other_book.read_bytes()
    imported = run("import", str(contacts), "--db", str(other_book), home=home, as_user=True)
    assert_clear(imported, 2, str(home / "backups"), DATA_FOLDER_WORDS)
    backed_up = run("backup", "--db", str(other_book), home=home, as_user=True)
    assert_clear(backed_up, 2, str(home / "backups"))
    with LeadBook.open(other_book, create=False) as book:  # nothing imported without its backup
        assert [lead.name for lead in book.export_leads()] == ["Anna Svensson"]
    assert before  # the book was there all along


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "1899-12-31", "2201-01-01"])
@pytest.mark.parametrize("verb", ["today", "callsheet"])
def test_a_date_outside_the_range_is_refused_with_the_range(tmp_path, other_book, verb, day):
    output = ["-o", str(tmp_path / "sheet.pdf")] if verb == "callsheet" else []
    result = run(verb, *output, "--db", str(other_book), "--date", day, home=tmp_path)
    assert_clear(result, 2, day, "1900-01-01 to 2200-12-31")
    assert not (tmp_path / "sheet.pdf").exists()


@pytest.mark.parametrize("zone", ["Europe/Stockholm", "America/New_York", "Pacific/Kiritimati", "Pacific/Niue"])
def test_the_edges_of_the_range_work_in_every_zone(tmp_path, other_book, zone):
    for day in ("1900-01-01", "2200-12-31"):
        assert_clear(run("today", "--db", str(other_book), "--date", day, home=tmp_path, zone=zone), 0)
        pdf = tmp_path / f"{day}.pdf"
        assert_clear(run("callsheet", "--db", str(other_book), "--date", day, "-o", str(pdf), home=tmp_path,
                         zone=zone), 0)  # fmt: skip
        assert pdf.read_bytes().startswith(b"%PDF")


@pytest.fixture
def old_book(tmp_path: Path) -> Path:
    """Follow-ups an older Leadbook stored at 0001-01-01 (as "1-01-01T04:56:02Z") and 9999-12-31."""
    path = tmp_path / "old.leadbook"
    with LeadBook.open(path, FakeClock(datetime(2026, 11, 23, 9, 30), "Europe/Stockholm")) as book:
        old, far = book.add_lead(Lead(name="Old Anna")), book.add_lead(Lead(name="Far Bob"))
        early = book.plan_followup(FollowUp(old.id, Due(date(2026, 12, 1))))
        late = book.plan_followup(FollowUp(far.id, Due(date(2026, 12, 2))))
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE followups SET due_date = '0001-01-01', due_time = '05:00', due_at = '1-01-01T04:56:02Z', "
                     "remind_at = '1-01-01T04:41:02Z', created_at = '1-01-01T04:00:00Z', "
                     "updated_at = '1-01-01T04:56:02Z' WHERE id = ?", [early.id])  # fmt: skip
        conn.execute("UPDATE followups SET due_date = '9999-12-31', due_time = '23:00', due_at = '9999-12-31T22:00:00Z', "
                     "remind_at = '9999-12-31T21:45:00Z' WHERE id = ?", [late.id])  # fmt: skip
        conn.execute("UPDATE leads SET next_step_at = '1-01-01T04:56:02Z' WHERE id = ?", [old.id])
        conn.execute("UPDATE leads SET next_step_at = '9999-12-31T22:00:00Z' WHERE id = ?", [far.id])
    conn.close()
    return path


@pytest.mark.parametrize("zone", ["Europe/Stockholm", "America/New_York"])
def test_far_out_dates_an_older_leadbook_stored_are_read(tmp_path, old_book, zone):
    today = run("today", "--db", str(old_book), home=tmp_path, zone=zone)
    assert_clear(today, 0)
    assert "Old Anna" in today.stdout
    ics = tmp_path / "follow-ups.ics"
    assert_clear(run("export", "ics", "--db", str(old_book), "-o", str(ics), home=tmp_path, zone=zone), 0)
    starts = sorted(str(event.decoded("dtstart")) for event in icalendar.Calendar.from_ical(ics.read_bytes())
                    .walk("VEVENT"))  # fmt: skip
    # Read clamped to the range (within half a day of its ends, so every zone's local date is in it)
    assert "1899-12-31" <= starts[0] < "1900-01-02" and "2200-12-31" <= starts[-1] < "2201-01-02", starts
    for day in ("", "2200-12-31"):
        pdf = tmp_path / f"sheet{day}.pdf"
        assert_clear(run("callsheet", "--db", str(old_book), *(["--date", day] if day else []), "-o", str(pdf),
                         home=tmp_path, zone=zone), 0)  # fmt: skip
    assert_clear(run("export", "csv", "--db", str(old_book), "-o", str(tmp_path / "leads.csv"), home=tmp_path,
                     zone=zone), 0)  # fmt: skip
