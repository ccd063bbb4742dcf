"""``leadbook backup`` and ``leadbook check`` from the terminal, on real files."""

import os
import sqlite3
import subprocess
import sys
from contextlib import closing

import pytest

from leadbook.book import LeadBook
from leadbook.core.model import Lead, Source

pytestmark = pytest.mark.slow


def run(*args, home):
    env = dict(os.environ, LEADBOOK_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "leadbook", *args], env=env, capture_output=True, text=True, timeout=60
    )


def test_backup_then_check_a_sound_and_a_damaged_book(tmp_path, clock):
    path = tmp_path / "book.leadbook"
    with LeadBook.open(path, clock) as book:
        book.add_leads([Lead(name=f"Lead {n}", notes="n" * 400) for n in range(400)])
    made = run("backup", "--db", str(path), home=tmp_path)
    assert made.returncode == 0 and "Backed up 400 leads" in made.stdout and "(verified)" in made.stdout
    assert len(list((tmp_path / "backups").glob("*.leadbook"))) == 1
    ok = run("check", "--db", str(path), home=tmp_path)
    assert ok.returncode == 0 and "ok" in ok.stdout
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 3 + 3000] = b"\xee" * 3000
    path.write_bytes(bytes(data))
    bad = run("check", "--db", str(path), home=tmp_path)
    assert bad.returncode == 1 and "DAMAGED" in bad.stderr and "Traceback" not in bad.stderr
    assert path.read_bytes() == bytes(data)  # checking never changes the file
    refused = run("backup", "--db", str(path), home=tmp_path)  # no damaged copy among the good ones
    assert refused.returncode == 1 and "SQLite found damage in" in refused.stderr, refused.stderr
    assert "Traceback" not in refused.stderr and len(list((tmp_path / "backups").glob("*.leadbook"))) == 1
    missing = run("check", "--db", str(tmp_path / "nope.leadbook"), home=tmp_path)
    assert missing.returncode == 2 and not (tmp_path / "nope.leadbook").exists()


def test_check_sets_right_the_counts_leadbook_keeps(tmp_path, clock):
    path = tmp_path / "book.leadbook"
    with LeadBook.open(path, clock) as book:
        book.add_leads([Lead(name=f"Web {n}", source=Source.WEB) for n in range(3)], plan_first=True)
    with sqlite3.connect(path) as conn:  # as a row another program replaced would leave them
        conn.execute("UPDATE kept_counts SET n = n + 5")
    first = run("check", "--db", str(path), home=tmp_path)
    assert first.returncode == 0 and "ok" in first.stdout and "set right now" in first.stdout, first.stderr
    with closing(sqlite3.connect(path)) as conn:
        assert dict(conn.execute("SELECT name, n FROM kept_counts")) == {"leads": 3, "first_responses": 3}
    again = run("check", "--db", str(path), home=tmp_path)
    assert again.returncode == 0 and "ok" in again.stdout and "set right" not in again.stdout
