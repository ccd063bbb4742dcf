"""``leadbook callsheet`` as a user runs it: a real process, no display, a real PDF read back."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date, time
from pathlib import Path

import pytest

from leadbook.book import LeadBook
from leadbook.core.followups import Due, FollowUp, Objective
from leadbook.core.model import Channel, Lead, Stage

pytestmark = pytest.mark.slow

assert shutil.which("pdftotext"), "install poppler-utils: the call-sheet tests read PDFs with pdftotext"

DAY = date(2026, 11, 23)


def run(*args: str, home: Path) -> subprocess.CompletedProcess:
    """The verb in a session without a display: no DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM."""
    env = dict(os.environ, LEADBOOK_HOME=str(home), TZ="Europe/Stockholm")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    return subprocess.run([sys.executable, "-m", "leadbook", *args], env=env, capture_output=True, text=True,
                          timeout=60)  # fmt: skip


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout.replace("\u202f", " ")


@pytest.fixture
def book_file(tmp_path: Path, clock) -> Path:
    path = tmp_path / "sheet.leadbook"
    with LeadBook.open(path, clock) as book:
        leads = [
            Lead(name="Anna Svensson", company="Åkerlund Trädgård AB", phones=("+46 70-123 45 67",),
                 stage=Stage.CONTACTED),
            Lead(name="<b>Smith & Co</b>", phones=("+1 555 0100",), stage=Stage.QUALIFIED),
            Lead(name="Emil Email", emails=("emil@mail.de",), stage=Stage.CONTACTED),
        ]  # fmt: skip
        anna, smith, emil = sorted(book.add_leads(leads).added)
        book.plan_followup(FollowUp(smith, Due(DAY, time(13, 0)), Channel.CALL, Objective.PROPOSAL))
        book.plan_followup(FollowUp(anna, Due(DAY, time(10, 15)), Channel.CALL, Objective.MEETING))
        book.plan_followup(FollowUp(emil, Due(DAY), Channel.EMAIL, Objective.REPLY))
    return path


def test_writes_the_pdf_without_a_display(tmp_path: Path, book_file: Path):
    out = tmp_path / "sheet.pdf"
    result = run("callsheet", "--db", str(book_file), "--date", "2026-11-23", "-o", str(out), home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Wrote the call sheet for Monday, November 23, 2026 (3 rows, 1 page) to {out}"
    text = pdf_text(out)
    anna, smith, emil = (text.index(name) for name in ("Anna Svensson", "<b>Smith & Co</b>", "Emil Email"))
    assert anna < smith < emil
    assert "10:15 AM" in text and "+46 70-123 45 67" in text and "Page 1 of 1" in text
    assert not list(tmp_path.glob(".*.part"))


def test_the_layout_is_compact_unless_asked_for_detailed(tmp_path: Path, book_file: Path):
    texts = {}
    for layout in ("compact", "detailed"):
        out = tmp_path / f"{layout}.pdf"
        result = run("callsheet", "--db", str(book_file), "--date", "2026-11-23", "--layout", layout, "-o", str(out),
                     home=tmp_path / "home")  # fmt: skip
        assert result.returncode == 0, result.stderr
        texts[layout] = pdf_text(out)
    default = tmp_path / "default.pdf"
    assert run("callsheet", "--db", str(book_file), "--date", "2026-11-23", "-o", str(default),
               home=tmp_path / "home").returncode == 0  # fmt: skip
    assert pdf_text(default) == texts["compact"]
    assert "Call · Book a meeting" in texts["compact"] and "Notes" not in texts["compact"]
    assert "Call · attempt 1" in texts["detailed"] and "Notes" in texts["detailed"]
    bad = run("callsheet", "--db", str(book_file), "--layout", "tiny", "-o", str(tmp_path / "x.pdf"),
              home=tmp_path / "home")  # fmt: skip
    assert bad.returncode == 2 and not (tmp_path / "x.pdf").exists()


def test_no_email_leaves_out_emails_and_letters(tmp_path: Path, book_file: Path):
    out = tmp_path / "calls.pdf"
    result = run("--db", str(book_file), "callsheet", "--date", "2026-11-23", "--no-email", "--output", str(out),
                 home=tmp_path / "home")  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "Anna Svensson" in text and "Emil Email" not in text
    assert "1 e-mail or letter left out" in text


def test_an_empty_day(tmp_path: Path, book_file: Path):
    out = tmp_path / "sunday.pdf"
    result = run("callsheet", "--db", str(book_file), "--date", "2026-11-22", "-o", str(out), home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    assert "(0 rows, 1 page)" in result.stdout
    assert "Nothing due — a clear day" in pdf_text(out)


def test_bad_date_exits_2_and_writes_nothing(tmp_path: Path, book_file: Path):
    out = tmp_path / "sheet.pdf"
    result = run("callsheet", "--db", str(book_file), "--date", "23.11.2026", "-o", str(out), home=tmp_path / "home")
    assert result.returncode == 2
    assert "'23.11.2026' is not a date; write it as YYYY-MM-DD" in result.stderr
    assert not out.exists()


def test_output_is_required(tmp_path: Path, book_file: Path):
    result = run("callsheet", "--db", str(book_file), home=tmp_path / "home")
    assert result.returncode == 2
    assert "-o/--output" in result.stderr


def test_a_missing_book_is_not_created(tmp_path: Path):
    missing = tmp_path / "typo.leadbook"
    result = run("callsheet", "--db", str(missing), "-o", str(tmp_path / "x.pdf"), home=tmp_path / "home")
    assert result.returncode == 2
    assert "typo.leadbook" in result.stderr and "Traceback" not in result.stderr
    assert not missing.exists() and not (tmp_path / "x.pdf").exists()


def test_an_unwritable_target_says_so(tmp_path: Path, book_file: Path):
    out = tmp_path / "no such folder" / "sheet.pdf"
    result = run("callsheet", "--db", str(book_file), "-o", str(out), home=tmp_path / "home")
    assert result.returncode == 1
    assert f"cannot write {out}" in result.stderr and "Traceback" not in result.stderr
