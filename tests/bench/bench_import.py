#!/usr/bin/env python
"""Importing 100,000 contacts from a CSV file: the whole import against a floor and the 10 s goal.

A report, not a test (it always exits 0 unless the benchmark itself breaks). Every figure
is the median of ``--runs`` runs, each into a fresh book in a throw-away sandbox:

- import: read and decode the file, recognise it (a Google Contacts export), build the
  leads, look for duplicates, and write them in one transaction: rows, tags, the full-text
  index (with its prefix indexes), the lead table's 13 indexes and the undo record. The
  goal is 10 s for 100,000 rows. The CPU time of the same stages is printed too: on a
  machine shared with other work it moves less than the wall clock.
- floor: ``csv.reader`` over the same file plus one raw ``executemany`` INSERT of the same
  columns into a bare SQLite table, in one transaction: what any import must at least pay.
- the same file again (every row a duplicate, nothing changes; it should take less than the
  first import), and "Undo last import" (a set-based delete).

    /work/venv/bin/python tests/bench/bench_import.py [--rows 100000] [--runs 3]
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path


def _enter_sandbox() -> Path:
    """HOME, the XDG folders and LEADBOOK_HOME in a temp folder, before Leadbook reads them."""
    sandbox = Path(tempfile.mkdtemp(prefix="leadbook-bench-import-"))
    atexit.register(shutil.rmtree, sandbox, ignore_errors=True)
    for name in ("home", "config", "data", "cache", "runtime", "leadbook-home", "work"):
        (sandbox / name).mkdir(mode=0o700)
    os.environ.update(
        HOME=str(sandbox / "home"), XDG_CONFIG_HOME=str(sandbox / "config"), XDG_DATA_HOME=str(sandbox / "data"),
        XDG_CACHE_HOME=str(sandbox / "cache"), XDG_RUNTIME_DIR=str(sandbox / "runtime"),
        LEADBOOK_HOME=str(sandbox / "leadbook-home"), QT_QPA_PLATFORM="offscreen",
    )  # fmt: skip
    return sandbox


SANDBOX = _enter_sandbox()


import argparse
import csv
import io
import platform
import random
import sqlite3
import statistics
import sys
import time
from datetime import datetime

from leadbook.book import LeadBook
from leadbook.core.clock import FakeClock
from leadbook.interop.importing import file_records, format_label, open_contacts_file

GOAL_SECONDS = 10.0
GOOGLE_HEADER = (
    "First Name,Middle Name,Last Name,Organization Name,Organization Title,Notes,Labels,E-mail 1 - Label,"
    "E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Address 1 - City,Address 1 - Country,Website 1 - Value"
)
FIRST = ["Anna", "Erik", "Karin", "Lars", "Jürgen", "Mareike", "Bob", "Cara", "Åsa", "Björn", "Zoë", "Per"]
LAST = ["Svensson", "Müller", "Öberg", "Carter", "Holm", "Ängström", "Schneider", "Lindqvist", "Weiß", "Dahl"]
CJK = ["王芳", "李伟", "张敏", "刘洋", "陈静"]
CITIES = [("Stockholm", "Sweden"), ("München", "Germany"), ("Green Bay", "United States"), ("杭州", "China")]


def write_csv(path: Path, rows: int, seed: int = 7) -> None:
    """A Google Contacts export of ``rows`` distinct people (distinct e-mails and phones)."""
    rng = random.Random(seed)
    out = io.StringIO(newline="")
    out.write(GOOGLE_HEADER + "\r\n")
    writer = csv.writer(out, lineterminator="\r\n")
    for n in range(rows):
        if n % 17 == 0:
            first, last = rng.choice(CJK)[1:], rng.choice(CJK)[0]
        else:
            first, last = rng.choice(FIRST), rng.choice(LAST)
        city, country = rng.choice(CITIES)
        writer.writerow([
            first, "", last, f"{last} {rng.choice(['AB', 'GmbH', 'Pools', 'Trädgård'])} {n}",
            rng.choice(["", "Inköpschef", "Owner", "Einkauf"]),
            rng.choice(["", "Met at the fair, wants a quote\nfor the spring", "Packers fan; call after 2 pm"]),
            rng.choice(["* myContacts", "* myContacts ::: Customers", "* starred ::: VIP"]),
            "Work", f"person{n}@example{n % 97}.com", "Mobile", f"+46 70 {n // 10000:03d} {n % 10000:04d}",
            city, country, rng.choice(["", "https://example.com"]),
        ])  # fmt: skip
    path.write_text(out.getvalue(), encoding="utf-8")


def median_of(runs: int, action) -> tuple[float, object]:
    times, detail = [], None
    for _ in range(runs):
        seconds, detail = action()
        times.append(seconds)
    return statistics.median(times), detail


def floor_once(path: Path, work: Path) -> tuple[float, int]:
    db_path = work / f"floor-{time.perf_counter_ns()}.sqlite"
    start = time.perf_counter()
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE leads (name TEXT, company TEXT, role TEXT, notes TEXT, emails TEXT, phones TEXT, "
                 "city TEXT, country TEXT, website TEXT)")  # fmt: skip
    with conn:
        conn.executemany(
            "INSERT INTO leads VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(f"{r[0]} {r[2]}", r[3], r[4], r[5], r[8], r[10], r[11], r[12], r[13]) for r in rows],
        )
    seconds = time.perf_counter() - start
    conn.close()
    db_path.unlink()
    return seconds, len(rows)


def plan_and_import(book: LeadBook, path: Path) -> tuple[dict[str, float], object]:
    stages: dict[str, float] = {}
    cpu = time.process_time()
    start = time.perf_counter()
    contacts = open_contacts_file(path)
    found = file_records(contacts)
    stages["read"] = time.perf_counter() - start
    mark = time.perf_counter()
    plan = book.plan_import(found, file_name=path.name, format=format_label(contacts),
                            fingerprint=contacts.source.fingerprint)  # fmt: skip
    stages["plan"] = time.perf_counter() - mark
    mark = time.perf_counter()
    result = book.import_leads(plan)
    stages["write"] = time.perf_counter() - mark
    stages["total"] = time.perf_counter() - start
    stages["cpu"] = time.process_time() - cpu
    return stages, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    work = SANDBOX / "work"
    path = work / "google-contacts.csv"
    write_csv(path, args.rows)
    clock = FakeClock(datetime(2026, 11, 23, 9, 30), "Europe/Stockholm")
    print(f"Leadbook import benchmark: {args.rows:,} rows ({path.stat().st_size / 1e6:.1f} MB Google Contacts CSV), "
          f"median of {args.runs}; Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
          f"{platform.machine()}, {os.cpu_count()} CPUs")  # fmt: skip

    floor, floor_rows = median_of(args.runs, lambda: floor_once(path, work))
    stages_list, again_times, again_cpu, undo_times = [], [], [], []
    for run in range(args.runs):
        book_path = work / f"run{run}.leadbook"
        with LeadBook.open(book_path, clock) as book:
            stages, result = plan_and_import(book, path)
            assert result.added == args.rows and book.count_leads() == args.rows, result
            stages_list.append(stages)
            again, again_result = plan_and_import(book, path)
            assert again_result.added == 0 and again_result.batch_id is None, again_result
            again_times.append(again["total"])
            again_cpu.append(again["cpu"])
            start = time.perf_counter()
            book.undo_last_import()
            undo_times.append(time.perf_counter() - start)
            assert book.count_leads() == 0
        for suffix in ("", "-wal", "-shm"):
            Path(str(book_path) + suffix).unlink(missing_ok=True)
    med = {key: statistics.median(s[key] for s in stages_list) for key in stages_list[0]}
    verdict = "PASS" if med["total"] <= GOAL_SECONDS else "MISS"
    print()
    print(f"{'measure':<44}{'median':>10}{'floor':>10}{'ratio':>8}  goal")
    print(f"{'import ' + format(args.rows, ',') + ' rows (read+plan+write)':<44}{med['total']:>9.2f}s{floor:>9.2f}s"
          f"{med['total'] / floor:>7.1f}×  ≤ {GOAL_SECONDS:.0f} s: {verdict}")  # fmt: skip
    print(f"{'  read, decode, recognise, build leads':<44}{med['read']:>9.2f}s")
    print(f"{'  duplicate search (plan)':<44}{med['plan']:>9.2f}s")
    print(f"{'  one transaction (FTS, indexes, tags, undo)':<44}{med['write']:>9.2f}s")
    print(f"{'  CPU time of the import':<44}{med['cpu']:>9.2f}s{floor:>9.2f}s{med['cpu'] / floor:>7.1f}×")
    again = statistics.median(again_times)
    print(f"{'the same file again (all duplicates)':<44}{again:>9.2f}s{'':>10}{'':>8}  < import: "
          f"{'PASS' if again < med['total'] else 'MISS'} ({again / med['total']:.2f}× the import; CPU "
          f"{statistics.median(again_cpu) / med['cpu']:.2f}×)")  # fmt: skip
    print(f"{'undo last import':<44}{statistics.median(undo_times):>9.2f}s")
    print(f"\nfloor: csv.reader + one executemany INSERT of {floor_rows:,} rows into a bare table")
    return 0


if __name__ == "__main__":
    sys.exit(main())
