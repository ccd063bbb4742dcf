"""Real writer processes killed with SIGKILL at random moments: the book must stay whole.

Every run must leave a book that passes integrity_check, holds every write the writer
confirmed, and holds either all or none of each 300-lead batch. The CI share is a few
dozen kills; ``tests/bench/bench_crash.py`` runs the long version.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

WRITER = Path(__file__).with_name("crash_writer.py")


def kill_once(path: Path, rng: random.Random, start: int) -> tuple[set[str], set[str]]:
    """Start a writer, let it confirm a random number of writes, kill it mid-stream."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with subprocess.Popen(
        [sys.executable, str(WRITER), str(path), str(start)], stdout=subprocess.PIPE, text=True, env=env
    ) as proc:
        return _confirmed_until_killed(proc, rng)


def _confirmed_until_killed(proc: subprocess.Popen, rng: random.Random) -> tuple[set[str], set[str]]:
    confirmed_leads: set[str] = set()
    confirmed_batches: set[str] = set()
    assert proc.stdout is not None
    for _ in range(rng.randint(1, 40)):
        line = proc.stdout.readline().strip()
        if not line:
            break
        kind, _, name = line.partition(" ")
        if kind == "lead":
            confirmed_leads.add(f"lead {name}")
        elif kind == "batch":
            confirmed_batches.add(name)
    proc.send_signal(signal.SIGKILL)
    # Whatever it printed before dying was committed before it printed.
    for line in proc.stdout.read().splitlines():
        kind, _, name = line.partition(" ")
        if kind == "lead":
            confirmed_leads.add(f"lead {name}")
        elif kind == "batch":
            confirmed_batches.add(name)
    proc.wait()
    return confirmed_leads, confirmed_batches


def test_sigkill_at_random_moments_never_loses_or_tears_anything(tmp_path):
    leads, batches = run_rounds(tmp_path / "crash.leadbook", rounds=24, seed=20261123)
    assert len(leads) > 50 and batches


def run_rounds(path: Path, rounds: int, seed: int) -> tuple[set[str], set[str]]:
    """Kill a writer ``rounds`` times, checking the book after each kill; returns what was confirmed."""
    rng = random.Random(seed)
    all_leads: set[str] = set()
    all_batches: set[str] = set()
    for round_ in range(rounds):
        leads, batches = kill_once(path, rng, start=round_ * 1000)
        all_leads |= leads
        all_batches |= batches
        conn = sqlite3.connect(path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            names = {row[0] for row in conn.execute("SELECT name FROM leads WHERE name LIKE 'lead %'")}
            assert all_leads <= names, f"confirmed writes lost in round {round_}"
            sizes = dict(
                conn.execute("SELECT company, count(*) FROM leads WHERE company LIKE 'batch-%' GROUP BY company")
            )
            assert all(size == 300 for size in sizes.values()), f"a torn batch in round {round_}: {sizes}"
            assert all_batches <= set(sizes)
            # The full-text index must agree with the table (raises when it does not).
            conn.execute("INSERT INTO leads_fts(leads_fts) VALUES ('integrity-check')")
            conn.rollback()
        finally:
            conn.close()
    return all_leads, all_batches
