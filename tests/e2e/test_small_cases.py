"""Small things that went wrong, through the real ``leadbook`` command: an empty file is not made
into a book; a demo that cannot be finished leaves nothing behind; a time the clocks skip is
listed when it is really due."""

from __future__ import annotations

import os
import re
import resource
import signal
import subprocess
import sys
from datetime import date, datetime, time
from pathlib import Path

import pytest

from leadbook.book import LeadBook
from leadbook.core.clock import FakeClock
from leadbook.core.followups import Due, FollowUp
from leadbook.core.model import Lead
from leadbook.store.errors import EmptyFileError

pytestmark = pytest.mark.slow

SPRING_FORWARD = date(2027, 3, 28)  # Stockholm's clocks go from 02:00 to 03:00


def run(*args: str, home: Path, file_size_limit: int | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, LEADBOOK_HOME=str(home), QT_QPA_PLATFORM="offscreen", TZ="Europe/Stockholm")

    def limited() -> None:  # files may grow to this many bytes; a bigger write fails with EFBIG
        if file_size_limit is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))

    return subprocess.run([sys.executable, "-m", "leadbook", *args], env=env, capture_output=True, text=True,
                          timeout=120, preexec_fn=limited, cwd=home.parent)  # fmt: skip


def assert_clear(result: subprocess.CompletedProcess, code: int, *words: str) -> None:
    assert result.returncode == code, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    for word in words:
        assert word in result.stderr, result.stderr


# --- an empty file ------------------------------------------------------------------------


@pytest.mark.parametrize("verb", [["today"], ["export", "csv", "-o", "out.csv"], ["backup"], ["revisits"]])
def test_an_empty_db_file_is_refused_and_left_as_it_is(tmp_path, verb):
    empty = tmp_path / "empty.leadbook"
    empty.touch()
    result = run(*verb, "--db", str(empty), home=tmp_path / "home")
    assert_clear(result, 2, str(empty), "is empty (0 bytes), so it is not a lead book")
    assert empty.stat().st_size == 0 and [p.name for p in tmp_path.iterdir() if p.name != "home"] == ["empty.leadbook"]


def test_an_empty_file_is_not_opened_as_a_book(tmp_path, clock):
    empty = tmp_path / "empty.leadbook"
    empty.touch()
    for create in (True, False):
        with pytest.raises(EmptyFileError):
            LeadBook.open(empty, clock, create=create)
    assert empty.stat().st_size == 0


def test_a_book_that_could_not_be_made_leaves_no_empty_file(tmp_path, clock, monkeypatch):
    from leadbook import book as book_module
    from leadbook.store.errors import BookError

    def fails(path, **_kwargs):
        path.touch()
        raise BookError(path, "disk I/O error")

    monkeypatch.setattr(book_module.session, "open_database", fails)
    with pytest.raises(BookError):
        LeadBook.open(tmp_path / "new.leadbook", clock)
    assert list(tmp_path.iterdir()) == []


# --- a demo that cannot be finished ---------------------------------------------------------


@pytest.mark.parametrize("room", [4096, 100_000])
def test_a_demo_that_runs_out_of_room_leaves_nothing_behind(tmp_path, room):
    folder = tmp_path / "out"
    folder.mkdir()
    result = run("demo", str(folder / "demo.leadbook"), home=tmp_path / "home", file_size_limit=room)
    assert_clear(result, 2, str(folder / "demo.leadbook"), "nothing was left behind")
    assert list(folder.iterdir()) == []


def test_a_demo_with_room_is_written_whole_and_owner_only(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    result = run("demo", str(folder / "demo.leadbook"), home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    assert [p.name for p in folder.iterdir()] == ["demo.leadbook"]
    assert (folder / "demo.leadbook").stat().st_mode & 0o777 == 0o600
    with LeadBook.open(folder / "demo.leadbook", create=False) as book:
        assert book.count_leads() == 300 and book.check(full=True) == []


# --- a time the clocks skip -----------------------------------------------------------------


@pytest.fixture
def spring_book(tmp_path: Path) -> Path:
    path = tmp_path / "spring.leadbook"
    with LeadBook.open(path, FakeClock(datetime(2027, 3, 27, 9, 0), "Europe/Stockholm")) as book:
        skipped, after = book.add_lead(Lead(name="Skipped Sven")), book.add_lead(Lead(name="After Anna"))
        book.plan_followup(FollowUp(after.id, Due(SPRING_FORWARD, time(3, 0))))
        planned = book.plan_followup(FollowUp(skipped.id, Due(SPRING_FORWARD, time(2, 30))))
        assert planned.due == Due(SPRING_FORWARD, time(3, 30))  # kept as the time it is really due
        assert planned.due_at == "2027-03-28T01:30:00Z"
        rows = book.day_followups(SPRING_FORWARD)
        assert [(row.lead_name, row.followup.due.at) for row in rows] == [
            ("After Anna", time(3, 0)), ("Skipped Sven", time(3, 30))]  # fmt: skip
    return path


def test_a_time_the_clocks_skip_is_listed_when_it_is_really_due(tmp_path, spring_book):
    result = run("today", "--db", str(spring_book), "--date", SPRING_FORWARD.isoformat(), home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    rows = [re.split(r"\s{2,}", line.strip())[:2] for line in result.stdout.splitlines() if line.startswith("  ")]
    timed = [row for row in rows if row[1] in ("After Anna", "Skipped Sven") and row[0] != "all day"]
    assert timed == [["3:00\u202fAM", "After Anna"], ["3:30\u202fAM", "Skipped Sven"]]
    assert "2:30" not in result.stdout
