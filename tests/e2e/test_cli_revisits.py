"""``leadbook revisits``: the text it prints, tested in-process on a real book file."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from leadbook.book import LeadBook
from leadbook.core.clock import FakeClock
from leadbook.core.model import Lead, Stage
from leadbook.core.revisits import NoReason
from leadbook.present.revisits_text import print_revisits, render_revisits


def test_render_due_upcoming_and_never(book: LeadBook, clock: FakeClock) -> None:
    today = book.local_today()
    ids = [book.add_lead(Lead(name=n, company="Firm", stage=Stage.QUALIFIED, role="CEO", value=1200,
                              currency="EUR")).id for n in ("Due Person", "Later Person", "Never Person\x1b[31m")]  # fmt: skip
    clock.advance(days=-100)
    book.say_no(ids[0], NoReason.TIMING, "Call after summer", today - timedelta(days=3))
    clock.advance(days=100)
    book.say_no(ids[1], NoReason.SUPPLIER, "", today + timedelta(days=20))
    book.say_no(ids[2], NoReason.NOT_INTERESTED, "", None)
    text = render_revisits(book)
    due, rest = text.split("Upcoming revisits")
    assert "Revisits due (1)" in due and "Due Person" in due and "Call after summer" in due
    assert "Not now / timing" in due and "(Due Person (CEO))" in due and "1,200 EUR" in due
    assert "Later Person" in rest and "Has a supplier" in rest
    assert "Never Person" not in text and "\x1b" not in text
    assert "Own results: 0 revisits reopened, 0 of them won." in text
    assert "Is this still the person responsible for buying?" in text


def test_print_revisits_on_a_file(tmp_path: Path, clock: FakeClock, capsys) -> None:
    path = tmp_path / "b.leadbook"
    with LeadBook.open(path, clock) as book:
        lead = book.add_lead(Lead(name="Anna", stage=Stage.QUALIFIED))
        book.say_no(lead.id, NoReason.BUDGET, "", date(2027, 1, 1))
    assert print_revisits(path, tmp_path / "unused.leadbook", clock=clock) == 0
    out = capsys.readouterr().out
    assert "Upcoming revisits (1)" in out and "Anna" in out and "Budget" in out


def test_the_revisits_verb_runs_as_a_real_command(tmp_path):
    import os
    import subprocess
    import sys

    from leadbook.demo.leads import write_demo_book

    path = tmp_path / "demo.leadbook"
    write_demo_book(path).close()
    env = dict(os.environ, LEADBOOK_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "leadbook", "revisits", "--db", str(path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Due" in result.stdout or "due" in result.stdout
