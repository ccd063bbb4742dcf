"""``leadbook stats``: the Progress page's figures in the terminal, the same numbers as the page."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from leadbook.book import LeadBook
from leadbook.core.clock import FakeClock
from leadbook.core.followups import Outcome
from leadbook.core.model import Lead, Source, Stage
from leadbook.core.progress import Period
from leadbook.present.progress_text import print_stats, render_stats


def _english(text: str) -> str:
    """English as leadbook_en.qm writes it: until the translation update gives this verb's new
    plurals their English forms, Qt shows the source's "1 lead(s)"; read both the same way."""
    return re.sub(r"(\d+) (\S+?)\(s\)", lambda m: f"{m[1]} {m[2]}{'' if m[1] == '1' else 's'}", text)


def _book_with_history(book: LeadBook, clock: FakeClock) -> dict[str, int]:
    """A lead stopped after one touch (said no), one won on its first touch, one never touched."""
    clock.advance(days=-10)
    ids = {name: int(book.add_lead(Lead(name=name, source=Source.WEB, stage=Stage.QUALIFIED, phones=("+46 70 1",))).id
                     or 0) for name in ("Once", "Winner", "Waiting")}  # fmt: skip
    clock.advance(minutes=20)
    for name, outcome in (("Once", Outcome.SAID_NO), ("Winner", Outcome.WON)):
        planned = book.next_followup(ids[name])
        assert planned is not None
        book.complete_followup(planned.id or 0, outcome)
    clock.advance(days=10, minutes=-20)
    return ids


def test_render_says_each_figure_beside_the_research(book: LeadBook, clock: FakeClock) -> None:
    _book_with_history(book, clock)
    text = _english(render_stats(book.progress(Period.DAYS_30)))
    assert "0: 0  1: 2  2: 0  3: 0  4: 0  5+: 0" in text
    assert "You stopped after one touch on 1 of 1 lead (100%); the articles' sellers: 44%." in text
    assert "1 of the 3 leads added in this period never had a touch (33%); the articles: 71%." in text
    assert "Web inquiry: first touch after 20 minutes (median); 67% within the target of 1 hour." in text
    assert "1 lead won; 0 of them on the fifth touch or later (0%)." in text
    assert "Harvard Business Review" in text and "seed 003" in text


def test_since_limits_the_period(tmp_path: Path, clock: FakeClock, capsys) -> None:
    path = tmp_path / "b.leadbook"
    with LeadBook.open(path, clock) as book:
        _book_with_history(book, clock)
        today = book.local_today()
    assert print_stats(path, tmp_path / "unused.leadbook", today - timedelta(days=3), clock=clock) == 0
    out = _english(capsys.readouterr().out)
    assert "No lead reached a decision in this period." in out and "No lead was added in this period." in out
    assert print_stats(path, tmp_path / "unused.leadbook", None, clock=clock) == 0
    assert "1 of the 3 leads added" in _english(capsys.readouterr().out)


def test_the_stats_verb_runs_as_a_real_command_with_the_pages_numbers(tmp_path: Path) -> None:
    from leadbook.demo.leads import write_demo_book

    path = tmp_path / "demo.leadbook"
    book = write_demo_book(path)
    expected = book.progress(Period.DAYS_365)
    since = book.local_today() - timedelta(days=29)
    book.close()
    env = dict(os.environ, LEADBOOK_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen", LANGUAGE="en", LANG="en_US.UTF-8")
    run = [sys.executable, "-m", "leadbook", "stats", "--db", str(path)]
    result = subprocess.run(run, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    bars = "  ".join(f"{'5+' if k == 5 else k}: {n}" for k, n in enumerate(expected.persistence.buckets))
    assert bars in result.stdout
    assert f"{expected.never_followed_up.untouched} of the {expected.never_followed_up.created}" in result.stdout
    later = subprocess.run([*run, "--since", since.isoformat()], env=env, capture_output=True, text=True, timeout=60)
    assert later.returncode == 0 and later.stdout != result.stdout
    wrong = subprocess.run([*run, "--since", "yesterday"], env=env, capture_output=True, text=True, timeout=60)
    assert wrong.returncode == 2 and "YYYY-MM-DD" in wrong.stderr
    assert date.today().year > 2000  # the real command reads the real clock; the checks above do not depend on it
