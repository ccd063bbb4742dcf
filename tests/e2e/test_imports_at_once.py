"""Two Leadbooks importing the same file at the same moment: each row becomes one lead."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from leadbook.book import LeadBook

pytestmark = pytest.mark.slow

HOLDER = Path(__file__).with_name("lock_holder.py")


def test_two_processes_importing_the_same_file_at_once_add_each_row_once(qtbot, tmp_path, clock):
    rows = 2000
    source = tmp_path / "contacts.csv"
    source.write_text(
        "Name,Company,E-mail,Phone\n"
        + "".join(f"Person {n},Firm {n % 50},person{n}@example.com,+46 70 {n:07d}\n" for n in range(rows)),
        encoding="utf-8",
    )
    path = tmp_path / "book.leadbook"
    LeadBook.open(path, clock).close()
    home = tmp_path / "home"
    env = dict(os.environ, LEADBOOK_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "leadbook", "import", str(source), "--db", str(path)]
    # A third process holds the write lock while both start, so that both surely read and plan the
    # file against the empty book; once both have made their pre-import backup (the last step
    # before the import writes) the lock is let go and they take turns.
    with subprocess.Popen([sys.executable, str(HOLDER), str(path), "-1"], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True) as holder:  # fmt: skip
        assert holder.stdout.readline().strip() == "locked"
        both = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                for _ in range(2)]  # fmt: skip
        try:
            qtbot.waitUntil(lambda: len(list((home / "backups").glob("*.leadbook"))) == 2
                            or any(process.poll() is not None for process in both), timeout=60_000)  # fmt: skip
        finally:
            holder.communicate("go\n", timeout=30)
        outputs = [process.communicate(timeout=120) for process in both]
    for process, (_out, err) in zip(both, outputs):
        assert process.returncode == 0, err
        assert "Traceback" not in err
    added = sorted(int(out.split(" added")[0].rsplit(" ", 1)[1]) for out, _err in outputs)
    assert added == [0, rows], outputs
    with LeadBook.open(path, clock) as book:
        assert book.count_leads() == rows
        emails = [lead.emails for lead in book.export_leads()]
        assert len(set(emails)) == rows
    assert len(list((home / "backups").glob("*.leadbook"))) == 2  # each import's own backup, none overwritten
