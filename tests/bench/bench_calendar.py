"""Calendar month counts at 500,000 follow-ups: book.month_load against the raw grouped query.

    /work/venv/bin/python tests/bench/bench_calendar.py --keep /tmp/leadbook-bench   # build once, reuse
    /work/venv/bin/python tests/bench/bench_calendar.py --leads 2000 --followups 20000 --runs 3   # quick

The book is written through the real API (``add_leads``, then ``plan_followup`` inside
``book.batch()`` chunks, ``forget_undo()`` after each). Every follow-up stays planned and they
fall on the working days from a year ago to a year ahead (about 21,000 a month, 1,000 a working
day): harder on the month query than a real book, where most old follow-ups are done.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time as clock_time
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path

import _common  # noqa: F401 - enters the sandbox before Qt and Leadbook load
from _common import (
    Goal,
    Report,
    Row,
    book_for_run,
    check_keep_folder,
    environment_line,
    make_lead,
    render,
    timed,
    timed_sql,
)

from leadbook.book import LeadBook
from leadbook.core.calendar import month_grid
from leadbook.core.clock import FakeClock
from leadbook.core.followups import Due, FollowUp
from leadbook.core.model import Channel
from leadbook.core.rules import is_working_day
from leadbook.store.calendar import LOAD_SQL

NOW = datetime(2026, 11, 23, 9, 30)
ZONE = "Europe/Stockholm"
GENERATOR = 1
CHANNELS = (Channel.CALL,) * 5 + (Channel.EMAIL,) * 3 + (Channel.MEETING, Channel.SMS, Channel.SOCIAL)


def build_book(path: Path, leads: int, followups: int) -> float:
    started = clock_time.perf_counter()
    rng = random.Random(11)
    book = LeadBook.open(path, FakeClock(NOW, ZONE))
    try:
        for start in range(0, leads, 10_000):
            book.add_leads([make_lead(rng) for _ in range(min(10_000, leads - start))])
            book.forget_undo()
        lead_ids = book.lead_ids()
        days = [d for d in (NOW.date() + timedelta(days=n) for n in range(-365, 366)) if is_working_day(d)]
        done = 0
        while done < followups:
            chunk = min(5_000, followups - done)
            with book.batch():
                for _ in range(chunk):
                    at = time(rng.randrange(8, 18), rng.choice((0, 15, 30, 45))) if rng.random() < 0.6 else None
                    book.plan_followup(FollowUp(rng.choice(lead_ids), Due(rng.choice(days), at), rng.choice(CHANNELS)))
            book.forget_undo()
            done += chunk
            print(f"  {done:,} follow-ups", end="\r", flush=True)
        print()
    finally:
        book.close()
    return clock_time.perf_counter() - started


def explain(conn, sql: str, params: Sequence[object]) -> list[str]:
    return [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, params)]


def measure(path: Path, runs: int, report: Report) -> None:
    book = LeadBook.open(path, FakeClock(NOW, ZONE))
    conn = book._db.conn
    total = conn.execute("SELECT count(*) FROM followups").fetchone()[0]
    planned = conn.execute("SELECT count(*) FROM followups WHERE state = 'planned'").fetchone()[0]
    print(f"Book: {book.count_leads():,} leads, {total:,} follow-ups ({planned:,} planned)")
    plain_sql = LOAD_SQL.replace("FROM followups", "FROM followups INDEXED BY followups_planned_by_day")
    november = [date(2026, 11, 1).isoformat(), date(2026, 11, 30).isoformat()]
    print("\nEXPLAIN QUERY PLAN")
    for label, sql in (
        ("month_load (store.calendar.LOAD_SQL)", LOAD_SQL),
        ("same, INDEXED BY followups_planned_by_day", plain_sql),
    ):
        print(f"  {label}: {sql}")
        for line in explain(conn, sql, november):
            print(f"      {line}")
    grid = month_grid(2026, 11, 0)
    ranges = (("Nov 2026", date(2026, 11, 1), date(2026, 11, 30), lambda: book.month_load(2026, 11)),
              ("Nov 2026 grid (6 weeks)", grid[0][0], grid[-1][-1], lambda: book.load_between(grid[0][0], grid[-1][-1])),
              ("Dec 2026", date(2026, 12, 1), date(2026, 12, 31), lambda: book.month_load(2026, 12)))  # fmt: skip
    goal = Goal(0.016, text="≤ 16 ms and ≤ 1.5× floor", ratio=1.5)
    for label, first, last, call in ranges:
        params = [first.isoformat(), last.isoformat()]
        call()  # warm the page cache like a running app
        floors = [timed_sql(conn, LOAD_SQL, params) for _ in range(runs)]
        plain = [timed_sql(conn, plain_sql, params) for _ in range(runs)]
        values = [timed(call) for _ in range(runs)]
        rows = sum(load.total for load in call().values())
        floor = statistics.median(floors)
        report.add(
            Row(f"month_load, {label}", statistics.median(values), floor, goal, note=f"{rows:,} planned"),
            Row(f"  raw SQL, INDEXED BY planned_by_day, {label}", statistics.median(plain), floor, None),
        )
    monday = date(2026, 11, 23)
    report.add(Row("week_followups (info)", statistics.median([timed(lambda: book.week_followups(monday)) for _ in range(runs)]),
                   None, None, note=f"{len(book.week_followups(monday)):,} rows"))  # fmt: skip
    report.add(Row("day_followups (info)", statistics.median([timed(lambda: book.day_followups(monday)) for _ in range(runs)]),
                   None, None))  # fmt: skip
    book.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--followups", type=int, default=500_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", type=Path, metavar="DIR", help="cache the built book in DIR and reuse it")
    args = parser.parse_args(argv)
    check_keep_folder(args.keep)
    from leadbook.store.schema import SCHEMA_VERSION

    name = f"calendar-{args.leads}-{args.followups}-g{GENERATOR}-s{SCHEMA_VERSION}.leadbook"
    path = book_for_run(args.keep, name, f"{args.leads:,} leads and {args.followups:,} follow-ups",
                        lambda p: build_book(p, args.leads, args.followups))  # fmt: skip
    print(environment_line())
    report = Report()
    measure(path, args.runs, report)
    print(render(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
