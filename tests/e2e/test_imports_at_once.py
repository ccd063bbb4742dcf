"""Two Leadbooks importing the same file at the same moment: each row becomes one lead."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from leadbook.book import LeadBook


def test_two_processes_importing_the_same_file_at_once_add_each_row_once(tmp_path, clock):
    rows = 2000
    source = tmp_path / "contacts.csv"
    source.write_text("Name,Company,E-mail,Phone\n" + "".join(
        f"Person {n},Firm {n % 50},person{n}@example.com,+46 70 {n:07d}\n" for n in range(rows)), encoding="utf-8")
    path = tmp_path / "book.leadbook"
    LeadBook.open(path, clock).close()
    env = dict(os.environ, LEADBOOK_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "leadbook", "import", str(source), "--db", str(path)]
    # Started together: both read and plan the file, then take turns to write (and back up first).
    both = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)]  # fmt: skip
    outputs = [process.communicate(timeout=120) for process in both]
    for process, (out, err) in zip(both, outputs):
        assert process.returncode == 0, err
        assert "Traceback" not in err
    added = sorted(int(out.split(" added")[0].rsplit(" ", 1)[1]) for out, _err in outputs)
    assert added == [0, rows], outputs
    with LeadBook.open(path, clock) as book:
        assert book.count_leads() == rows
        emails = [lead.emails for lead in book.export_leads()]
        assert len(set(emails)) == rows
    backups = list((tmp_path / "home" / "backups").glob("*.leadbook"))
    assert len(backups) == 2  # each import's own verified backup, none overwritten
