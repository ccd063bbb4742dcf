#!/usr/bin/env python
"""The Progress page at 100,000 leads and 500,000 follow-ups: every figure for "last 365 days"
(``LeadBook.progress``, the model work the page does) against the raw aggregate SQL it runs
(the same statements, every row stepped through, nothing built) as the floor.

A report, not a test: medians of ``--runs`` runs, PASS/MISS against the goal (≤ 100 ms).

    .venv/bin/python tests/bench/bench_progress.py [--leads 100000] [--followups 500000] [--runs 5]
        [--keep /tmp/leadbook-bench]

The book is written with plain SQL inserts into a book Leadbook made (its schema and indexes),
in about a minute: two years of a solo seller's leads, each with touches, a decision for the
won, no and nurtured ones, revisits of some no's, cancelled and slipped follow-ups, and the
leads' summary columns filled as the book would. ``--keep`` caches it (default /tmp/leadbook-bench).
"""

from __future__ import annotations

# The sandbox (HOME, XDG folders, LEADBOOK_HOME) is entered when _common is imported.
from _common import Goal, Report, Row, book_for_run, check_keep_folder, environment_line, render  # isort: skip

import argparse
import json
import random
import sqlite3
import statistics
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from leadbook.book import LeadBook
from leadbook.core.clock import FakeClock, utc_iso
from leadbook.core.model import Source
from leadbook.core.progress import STOPPED_AFTER_DAYS, Period
from leadbook.store import progress as progress_store
from leadbook.store.schema import SCHEMA_VERSION

SEED = 21
GENERATOR_VERSION = 4
ZONE = ZoneInfo("Europe/Stockholm")
TODAY_AT = datetime(2026, 11, 23, 9, 30, tzinfo=ZONE)
YEARS = 2
STAGES = (("new", 20), ("contacted", 15), ("qualified", 15), ("proposal", 8), ("negotiation", 4), ("won", 12),
          ("no", 16), ("nurture", 10))  # fmt: skip
SOURCES = ("web", "email", "phone", "referral", "ad", "event", "cold", "other")
CHANNELS = ("call", "email", "meeting", "sms")
DECIDED = {"won", "no", "nurture"}


def _iso(moment: datetime) -> str:
    return utc_iso(moment)


def build_book(path: Path, count: int, target: int) -> float:
    started = time.perf_counter()
    rng = random.Random(SEED)
    clock = FakeClock(TODAY_AT, ZONE)
    LeadBook.open(path, clock).close()  # the schema, indexes and triggers, as Leadbook makes them
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    per_lead = target / count * 1.22  # new leads get few touches; the others make up for them
    stages = [s for s, weight in STAGES for _ in range(weight)]
    leads, followups, events, revisits = [], [], [], []
    span = timedelta(days=365 * YEARS)
    written = 0
    for lead_id in range(1, count + 1):
        stage = rng.choice(stages)
        source = rng.choice(SOURCES)
        created = TODAY_AT - span * rng.random() ** 0.8  # more of them lately
        budget = max(0, round(rng.gauss(per_lead, 2.2)))
        planned_one = stage not in ("won", "no")
        touches = max(0, budget - (1 if planned_one else 0) - (1 if rng.random() < 0.1 else 0))
        if stage == "new":
            touches = 0 if rng.random() < 0.7 else min(touches, 1)
        moment = created + timedelta(minutes=rng.choice((20, 45, 90, 240, 1500, 3000)))
        done_times = []
        for _ in range(touches):
            if moment >= TODAY_AT - timedelta(hours=1):
                break
            done_times.append(moment)
            moment += timedelta(days=rng.uniform(1, 12))
        last_touch = None
        for k, at in enumerate(done_times):
            local = at.astimezone(ZONE)
            late = rng.random() < 0.03  # logged a day or two after it was due
            due = (local - timedelta(days=rng.choice((1, 2)))) if late else local
            outcome = rng.choice(("reached", "no_answer", "voicemail", "replied", "meeting_booked"))
            if k == len(done_times) - 1 and stage in ("won", "no"):
                outcome = "won" if stage == "won" else "said_no"
            followups.append((lead_id, due.date().isoformat(), None, _iso(due), "Europe/Stockholm",
                              rng.choice(CHANNELS), "reply", "done", outcome, _iso(at), int(k == 0 and source != "cold"),
                              _iso(created), _iso(at)))  # fmt: skip
            last_touch = at
        if rng.random() < 0.1 and done_times:  # planned, then called off
            at = done_times[-1] + timedelta(hours=2)
            due = (at + timedelta(days=5)).astimezone(ZONE)
            followups.append((lead_id, due.date().isoformat(), None, _iso(due), "Europe/Stockholm", "call", "reply",
                              "cancelled", None, None, 0, _iso(at), _iso(at)))  # fmt: skip
        next_step = None
        if planned_one and rng.random() < 0.97:
            overdue = rng.random() < 0.05
            due = (TODAY_AT - timedelta(days=rng.randint(1, 20))) if overdue else (
                TODAY_AT + timedelta(days=rng.randint(0, 60)))  # fmt: skip
            followups.append((lead_id, due.date().isoformat(), "10:00", _iso(due), "Europe/Stockholm", "call", "reply",
                              "planned", None, None, 0, _iso(created), _iso(created)))  # fmt: skip
            next_step = _iso(due)
        written = len(followups)
        decided_at = None
        if stage in DECIDED:
            decided_at = last_touch + timedelta(minutes=1) if last_touch else created + timedelta(days=3)
            decided_at = min(decided_at, TODAY_AT - timedelta(minutes=5))
            events.append((lead_id, _iso(decided_at), "stage", stage, "contacted", len(done_times)))
        if stage == "no" and decided_at is not None:
            closed = decided_at + timedelta(days=90)
            if closed < TODAY_AT and rng.random() < 0.4:
                state = rng.choice(("reopened", "requeued", "new_contact"))
                revisits.append((lead_id, _iso(decided_at), "timing", (decided_at + timedelta(days=90)).date().isoformat(),
                                 state, _iso(closed)))  # fmt: skip
            else:
                revisits.append((lead_id, _iso(decided_at), "timing", (decided_at + timedelta(days=90)).date().isoformat(),
                                 "queued", None))  # fmt: skip
        first_touch = _iso(done_times[0]) if done_times else None
        first_hours = (done_times[0] - created).total_seconds() / 3600 if done_times else None
        leads.append((lead_id, f"Lead {lead_id}", f"Firm {lead_id % 9000}", source, stage, _iso(created),
                      _iso(last_touch or created), _iso(last_touch) if last_touch else None, first_touch,
                      first_hours, next_step))  # fmt: skip
    print(
        f"  generated {count:,} leads and {written:,} follow-ups in {time.perf_counter() - started:.1f} s", flush=True
    )
    with conn:
        conn.executemany(
            "INSERT INTO leads (id, name, company, source, stage, created_at, updated_at, last_touch_at, first_touch_at, "
            "first_touch_hours, next_step_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", leads)  # fmt: skip
        conn.executemany(
            "INSERT INTO followups (lead_id, due_date, due_time, due_at, zone, channel, objective, state, outcome, "
            "done_at, first_response, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            followups)  # fmt: skip
        conn.executemany("INSERT INTO lead_events (lead_id, at, kind, text, data, touches) VALUES (?, ?, ?, ?, ?, ?)",
                         events)  # fmt: skip
        conn.executemany("INSERT INTO revisits (lead_id, said_no_at, reason, revisit_on, state, closed_at) "
                         "VALUES (?, ?, ?, ?, ?, ?)", revisits)  # fmt: skip
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return time.perf_counter() - started


def _median(action, runs: int) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def _only(sql: str, params: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in params.items() if f":{k}" in sql}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--followups", type=int, default=500_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, default=Path("/tmp/leadbook-bench"))
    args = parser.parse_args()
    check_keep_folder(args.keep)
    print(environment_line())
    name = f"progress-{args.leads}-{args.followups}-seed{SEED}-g{GENERATOR_VERSION}-s{SCHEMA_VERSION}.leadbook"
    path = book_for_run(args.keep, name, f"a {args.leads:,}-lead book with about {args.followups:,} follow-ups",
                        lambda p: build_book(p, args.leads, args.followups))  # fmt: skip
    clock = FakeClock(TODAY_AT, ZONE)
    report = Report()
    with LeadBook.open(path, clock) as book:
        conn = sqlite3.connect(path)
        total = conn.execute("SELECT count(*) FROM followups").fetchone()[0]
        print(f"  {conn.execute('SELECT count(*) FROM leads').fetchone()[0]:,} leads, {total:,} follow-ups")
        period = Period.DAYS_365
        since, until = book._bounds(period)
        quiet = utc_iso(clock.now() - timedelta(days=STOPPED_AFTER_DAYS))
        span = book.progress_span(period)
        days = [d for d in span.days() if d < book.local_today()]
        ends = [[d.isoformat(), utc_iso(datetime.combine(d + timedelta(days=1), datetime.min.time(), ZONE))]
                for d in days]  # fmt: skip
        targets = {k: v for k, v in book.settings().first_response_hours.items() if v is not None}
        now = utc_iso(clock.now())
        params: dict[str, object] = {
            **progress_store.decision_params(since, until, quiet, 5),
            **progress_store.created_params(since, until, now, [s.value for s in Source], targets),
            "days": json.dumps(ends),
        }
        # The medians: the middle one or two first touches of each source, as the page reads them.
        medians = []
        for source, leads, untouched, *_ in conn.execute(
            progress_store.CREATED_SQL, _only(progress_store.CREATED_SQL, params)
        ):
            if source is not None and leads > untouched:
                touched = leads - untouched
                medians.append({"source": source, "since": params["since"], "until": until, "take": 2 - touched % 2,
                                "skip": (touched - 1) // 2})  # fmt: skip
        params.update(medians[0])  # for the plans
        book.progress(period)  # warm the page cache as a second look at the page would

        def raw() -> None:
            for figure, sql in progress_store.STATEMENTS.items():
                for one in medians if figure == "median" else [params]:
                    for _ in conn.execute(sql, _only(sql, one)):
                        pass

        floor, _ = _median(raw, args.runs)
        spent, figures = _median(lambda: book.progress(period), args.runs)
        report.add(Row("Progress page, last 365 days (all figures)", spent, floor,
                       Goal(0.100, text="≤ 100 ms"), note="LeadBook.progress vs the same SQL, rows only"))  # fmt: skip
        for figure, sql in progress_store.STATEMENTS.items():
            one, _ = _median(lambda sql=sql, figure=figure: [conn.execute(sql, _only(sql, p)).fetchall()
                             for p in (medians if figure == "median" else [params])], args.runs)  # fmt: skip
            report.add(Row(f"  SQL: {figure}", one, note="info"))
        all_time, _ = _median(lambda: book.progress(Period.ALL), args.runs)
        report.add(Row("Progress page, all time", all_time, note="info"))
        plans = [row[3] for sql in progress_store.STATEMENTS.values() for row in
                 conn.execute("EXPLAIN QUERY PLAN " + sql, _only(sql, params))]  # fmt: skip
        tables = ("f", "l", "r", "e", "followups", "leads", "lead_events", "revisits")
        scans = [line for line in plans if line.startswith("SCAN") and line.split()[1] in tables]
        temps = [line for line in plans if "TEMP B-TREE" in line]
        conn.close()
    print()
    print(render(report))
    print()
    p = figures.persistence  # type: ignore[attr-defined]
    print(f"decided {p.decided:,}, average {p.average:.2f} touches, stopped after one {p.stopped_after_one:,}; "
          f"created {figures.never_followed_up.created:,}, never touched {figures.never_followed_up.untouched:,}; "  # type: ignore[attr-defined]
          f"slipped days {figures.nothing_slipped.slipped_days}")  # type: ignore[attr-defined]  # fmt: skip
    print("full scans in the plans:", scans or "none")
    print("temp B-trees in the plans:", temps or "none")


if __name__ == "__main__":
    main()
