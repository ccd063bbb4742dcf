"""The ``leadbook`` command as a user runs it: real processes, real files, offscreen."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import leadbook
from leadbook.store.schema import APPLICATION_ID

pytestmark = pytest.mark.slow

LEADBOOK = [sys.executable, "-m", "leadbook"]


def run(*args: str, home: Path, paint_and_quit: bool = False, timeout: float = 60) -> subprocess.CompletedProcess:
    env = dict(os.environ, LEADBOOK_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    if paint_and_quit:
        env["LEADBOOK_EXIT_AFTER_PAINT"] = "1"
    return subprocess.run([*LEADBOOK, *args], env=env, capture_output=True, text=True, timeout=timeout)


def test_version_and_help(tmp_path):
    assert run("--version", home=tmp_path).stdout.strip() == f"Leadbook {leadbook.__version__}"
    helped = run("--help", home=tmp_path)
    assert helped.returncode == 0
    for word in ("--db", "--demo", "demo"):
        assert word in helped.stdout


def test_first_run_creates_the_book_in_the_data_folder(tmp_path):
    result = run(home=tmp_path, paint_and_quit=True)
    assert result.returncode == 0, result.stderr
    book = tmp_path / "leadbook.db"
    conn = sqlite3.connect(book)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()


def test_db_option_opens_another_book_and_leaves_the_own_one_alone(tmp_path):
    other = tmp_path / "elsewhere" / "client.leadbook"
    home = tmp_path / "home"
    result = run("--db", str(other), home=home, paint_and_quit=True)
    assert result.returncode == 0, result.stderr
    assert other.exists()
    assert not (home / "leadbook.db").exists()


def test_demo_writes_a_lived_in_book_and_refuses_to_overwrite(tmp_path):
    target = tmp_path / "demo.leadbook"
    first = run("demo", str(target), home=tmp_path)
    assert first.returncode == 0, first.stderr
    conn = sqlite3.connect(target)
    count = conn.execute("SELECT count(*) FROM leads").fetchone()[0]
    stages = {row[0] for row in conn.execute("SELECT DISTINCT stage FROM leads")}
    conn.close()
    assert 250 <= count <= 350
    assert stages == {"new", "contacted", "qualified", "proposal", "negotiation", "won", "no", "nurture"}
    before = target.read_bytes()
    again = run("demo", str(target), home=tmp_path)
    assert again.returncode != 0 and "already exists" in again.stderr
    assert target.read_bytes() == before


def test_demo_option_never_touches_the_own_book(tmp_path):
    """--demo (also Help > Open a demo book) keeps its book, backups and log in a temporary
    folder that is gone when it closes: the user's data folder stays as it was."""
    result = run("--demo", home=tmp_path, paint_and_quit=True)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [], list(tmp_path.iterdir())
