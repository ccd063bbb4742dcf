"""``leadbook today`` as a user runs it: a real process on a book prepared in the test."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from leadbook.book import LeadBook
from leadbook.core.followups import Due, FollowUp, Objective, Outcome, State
from leadbook.core.model import Channel, Lead, Source, Stage
from leadbook.present.agenda_text import display_width

pytestmark = pytest.mark.slow

DAY = date(2026, 11, 23)


def run(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, LEADBOOK_HOME=str(home), QT_QPA_PLATFORM="offscreen", TZ="Europe/Stockholm")
    env.pop("NO_COLOR", None)
    return subprocess.run([sys.executable, "-m", "leadbook", *args], env=env, capture_output=True, text=True,
                          timeout=60)  # fmt: skip


@pytest.fixture
def book_file(tmp_path: Path, clock) -> Path:
    """Follow-ups yesterday, today (timed and not), tomorrow; a first response; a stop rule."""
    path = tmp_path / "agenda.leadbook"
    with LeadBook.open(path, clock) as book:
        leads = [
            Lead(name="Anna Svensson", company="Åkerlund Trädgård AB", phones=("+46 70-123 45 67",),
                 stage=Stage.CONTACTED),
            Lead(name="王芳", company="杭州绿源园林工程有限公司", stage=Stage.QUALIFIED),
            Lead(name="Cara Holm", company="Holm Consulting", phones=("+46 8 123 456",), stage=Stage.PROPOSAL),
            Lead(name="Dave Quiet", company="Quiet Corp", stage=Stage.CONTACTED),
            Lead(name="Ivan Idle", stage=Stage.CONTACTED),
        ]  # fmt: skip
        anna, wang, cara, dave, _ = sorted(book.add_leads(leads).added)
        book.plan_followup(FollowUp(anna, Due(DAY - timedelta(days=1), time(14, 0)), Channel.CALL, Objective.MEETING))
        book.plan_followup(FollowUp(wang, Due(DAY, time(13, 0)), Channel.EMAIL, Objective.PROPOSAL))
        book.plan_followup(
            FollowUp(cara, Due(DAY, time(10, 15)), Channel.CALL, Objective.REPLY, objective_note="about the quote")
        )
        book.plan_followup(FollowUp(anna, Due(DAY), Channel.SMS, Objective.REPLY))
        book.plan_followup(
            FollowUp(cara, Due(DAY + timedelta(days=1), time(9, 0)), Channel.MEETING, Objective.SIGNATURE)
        )
        fu = book.plan_followup(FollowUp(dave, Due(DAY - timedelta(days=20)))).id
        for attempt in range(6):
            book.complete_followup(fu, Outcome.NO_ANSWER, next_step=FollowUp(0, Due(DAY + timedelta(days=9 + attempt))))
            fu = min(f.id for f in book.followups(dave) if f.state == State.PLANNED)
        book.add_lead(Lead(name="Wendy Web", company="Web AB", source=Source.WEB, emails=("wendy@web.example",)))
    return path


def columns(line: str) -> list[str]:
    return re.split(r"\s{2,}", line.strip())


def test_today_prints_the_sections_in_order(tmp_path: Path, book_file: Path):
    result = run("today", "--db", str(book_file), "--date", "2026-11-23", home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout  # no colour codes when stdout is not a terminal
    lines = result.stdout.splitlines()
    assert lines[0].endswith("Monday, November 23, 2026")
    assert lines[1] == "6 to do: 1 overdue, 3 today, 1 first response, and 1 to decide"
    headings = [line for line in lines if line and not line.startswith(" ")][2:]
    assert headings == ["Overdue (1)", "Today (3)", "First responses due (1)",
                        "Decide: the stop rule is reached (1)", "Tomorrow (1)",
                        "1 active lead has no next step"]  # fmt: skip
    rows = [line for line in lines if line.startswith("  ")]
    assert columns(rows[0]) == ["Yesterday 2:00\u202fPM", "Anna Svensson", "Åkerlund Trädgård AB",
                                "+46 70-123 45 67", "Call", "Book a meeting", "#1"]  # fmt: skip
    assert columns(rows[1]) == ["10:15\u202fAM", "Cara Holm", "Holm Consulting", "+46 8 123 456", "Call",
                                "Get a reply: about the quote", "#1"]  # fmt: skip
    assert columns(rows[2]) == ["1:00\u202fPM", "王芳", "杭州绿源园林工程有限公司", "E-mail", "Send a proposal", "#1"]
    assert columns(rows[3])[:2] == ["all day", "Anna Svensson"]
    # The countdown runs on the real clock here; what it says depends on when the test runs.
    assert re.fullmatch(r"(in .+|.+ left|overdue by .+|due now)", columns(rows[4])[0])
    assert columns(rows[4])[1:] == ["Wendy Web", "Web AB", "E-mail", "Answer their question", "#1"]
    assert columns(rows[5]) == ["Dave Quiet", "Quiet Corp", "6 tries without an answer", "last touch 11/23/26"]
    assert columns(rows[6])[:2] == ["9:00\u202fAM", "Cara Holm"]
    # Follow-ups line up in columns across sections, Chinese characters counted double-wide.
    followups = [rows[i] for i in (0, 1, 2, 3, 4, 6)]
    starts = {display_width(line[: line.index(name)]) for line, name in zip(
        followups, ["Anna", "Cara", "王芳", "Anna", "Wendy", "Cara"])}  # fmt: skip
    assert len(starts) == 1


def test_db_may_also_come_before_the_verb(tmp_path: Path, book_file: Path):
    result = run("--db", str(book_file), "today", "--date", "2026-11-24", home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].endswith("Tuesday, November 24, 2026")
    assert "Overdue (4)" in lines
    assert not (tmp_path / "home" / "leadbook.db").exists()


def test_bad_date_says_how_to_write_one(tmp_path: Path, book_file: Path):
    result = run("today", "--db", str(book_file), "--date", "23.11.2026", home=tmp_path)
    assert result.returncode == 2
    assert "'23.11.2026' is not a date; write it as YYYY-MM-DD" in result.stderr
    assert result.stdout == ""


def test_a_missing_book_is_an_error_and_is_not_created(tmp_path: Path):
    missing = tmp_path / "typo.leadbook"
    result = run("today", "--db", str(missing), home=tmp_path / "home")
    assert result.returncode == 2
    assert "typo.leadbook" in result.stderr and "Traceback" not in result.stderr
    assert not missing.exists()


def test_own_book_by_default(tmp_path: Path):
    result = run("today", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1] == "Nothing due."


@pytest.fixture
def busy_file(tmp_path: Path, clock) -> Path:
    """A backlog: 305 follow-ups due today, more than Today lists (it shows 300 and counts the rest)."""
    path = tmp_path / "busy.leadbook"
    with LeadBook.open(path, clock) as book, book.batch():
        ids = sorted(book.add_leads([Lead(name=f"Lead {n:03}", stage=Stage.CONTACTED) for n in range(305)]).added)
        for n, lead_id in enumerate(ids):
            book.plan_followup(FollowUp(lead_id, Due(DAY, time(8 + n // 60, n % 60)), Channel.CALL, Objective.REPLY))
    return path


def test_every_row_is_printed_by_default_even_past_what_today_lists(tmp_path: Path, busy_file: Path):
    result = run("today", "--db", str(busy_file), "--date", "2026-11-23", home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "Today (305)" in lines
    assert [line for line in lines if line.startswith("  ")][-1].split()[2:4] == ["Lead", "304"]
    assert not any("more" in line for line in lines)


def test_limit_lists_the_first_rows_and_counts_the_rest(tmp_path: Path, busy_file: Path):
    result = run("today", "--db", str(busy_file), "--date", "2026-11-23", "--limit", "10", home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[1] == "305 to do: 305 today"  # the summary counts everything
    assert "Today (305)" in lines
    rows = [line for line in lines if line.startswith("  ")]
    assert len(rows) == 11 and "Lead 009" in rows[9]
    assert rows[10].strip() == "… and 295 more (leadbook today without --limit lists them all)"
    bad = run("today", "--db", str(busy_file), "--limit", "0", home=tmp_path / "home")
    assert bad.returncode == 2 and "'0' is not a whole number of 1 or more" in bad.stderr
