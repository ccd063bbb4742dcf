#!/usr/bin/env python
"""Leadbook at 100,000 leads and 500,000 follow-ups: Today, a lead's timeline, the lead list
sorted by follow-up dates, logging a follow-up, and the month counts a calendar would need.

A report, not a test: every figure is the median of ``--runs`` runs, printed beside a
floor measured in the same run (raw SQLite or a bare Qt widget doing the same job), with
the goal and PASS/MISS. It always exits 0 unless the benchmark itself breaks.

    /work/venv/bin/python tests/bench/bench_followups.py [--leads 100000] [--followups 500000]
        [--runs 5] [--keep DIR] [--profile]

The book is written through the real API (add_leads, plan_followup, complete_followup,
set_stage, add_note, cancel_followup) with a FakeClock moved through each lead's history,
2,000 leads per ``book.batch()`` transaction. Everything runs in a throw-away sandbox
(see _common), so the user's own book, settings and log are never touched.
"""

from __future__ import annotations

# The sandbox (HOME, XDG folders, LEADBOOK_HOME) is entered when _common is imported,
# before Qt and Leadbook read the environment.
from _common import (  # isort: skip
    SANDBOX,
    Goal,
    PaintCounter,
    Report,
    Row,
    book_for_run,
    check_keep_folder,
    environment_line,
    make_lead,
    process_until_painted,
    quiet_offscreen_notes,
    read_rows,
    render,
    timed,
    timed_sql,
)


import argparse
import cProfile
import io
import os
import pstats
import random
import re
import resource
import shlex
import shutil
import sqlite3
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QTreeWidget, QTreeWidgetItem

from leadbook.app import application, build_main_window
from leadbook.book import Change, LeadBook, Op
from leadbook.core.clock import FakeClock, utc_iso
from leadbook.core.followups import Due, FollowUp, Objective, Outcome, State
from leadbook.core.model import Channel, Lead, Source, Stage
from leadbook.core.rules import Settings, next_working_day
from leadbook.gui.leads.panel import LeadPanel
from leadbook.gui.leads.table_model import COLUMNS, LeadTableModel
from leadbook.gui.today.view import FIRST_SCREEN_ROWS, MAX_ROWS_PER_SECTION, TodayView
from leadbook.store import followups as fu_store
from leadbook.store.followups import AGENDA_SQL
from leadbook.store.leads import SORT_SQL
from leadbook.store.schema import ACTIVE_STAGES_SQL, SCHEMA_VERSION

GENERATOR_VERSION = 1  # bump when the synthetic data changes, so --keep rebuilds
SEED = 20261123
ZONE = ZoneInfo("Europe/Stockholm")
TODAY_AT = datetime(2026, 11, 23, 9, 30, tzinfo=ZONE)  # a Monday morning, as in the tests
TODAY = TODAY_AT.date()
CHUNK = 2_000  # leads (with their whole history) per book.batch() transaction
HISTORY_DAYS = 540  # leads arrived over the last year and a half
HEAVY_FOLLOWUPS = 200  # the long histories the timeline is measured on
PANEL_LEADS = 10  # heavy leads shown one after another per run
SCREEN_ROWS = 40

# Where the planned follow-ups fall (brief: about one per active lead, from two weeks
# overdue to eight weeks ahead, a few hundred due today); the rest is spread over the
# working days of the next eight weeks.
P_OVERDUE = 0.034
P_TODAY = 0.0055
P_NO_NEXT_STEP = 0.03
FUTURE_DAYS = 56
RULES = Settings()  # the book's default stop rule: 6 attempts in a row, or 60 days

TIMES = tuple(
    clock_time(h, m)
    for h, m in (
        (8, 30),
        (9, 0),
        (9, 30),
        (10, 0),
        (10, 30),
        (11, 0),
        (13, 0),
        (13, 30),
        (14, 0),
        (14, 30),
        (15, 0),
        (15, 30),
        (16, 0),
    )
)
CHANNELS = (Channel.CALL, Channel.CALL, Channel.CALL, Channel.EMAIL, Channel.EMAIL, Channel.MEETING, Channel.SMS)
MIDDLE_OUTCOMES = {Outcome.REACHED: 30, Outcome.VOICEMAIL: 15, Outcome.NO_ANSWER: 20, Outcome.REPLIED: 17,
                   Outcome.MEETING_BOOKED: 10, Outcome.GOAL_REACHED: 8}  # fmt: skip
UNANSWERED = (Outcome.NO_ANSWER, Outcome.VOICEMAIL)
RESULT_NOTES = {
    Outcome.REACHED: ("Good talk, needs a week to think.", "Interested, asked for a proposal.",
                      "Bra samtal, återkommer efter styrelsen.", "Rückruf nächste Woche, Budget offen."),
    Outcome.VOICEMAIL: ("Left a short message with my number.", "Lämnade meddelande.", ""),
    Outcome.NO_ANSWER: ("", "", "Busy signal."),
    Outcome.REPLIED: ("Replied: wants a call next week.", "Svarade: vill ha offert på altan.",
                      "Antwort: Angebot für den Garten gewünscht."),
    Outcome.MEETING_BOOKED: ("Meeting booked at their office.", "Site visit booked.", "Termin vor Ort vereinbart."),
    Outcome.GOAL_REACHED: ("Got the figures we needed.", "They sent the signed quote."),
    Outcome.WON: ("Signed. Delivery in spring.", "Order received."),
    Outcome.SAID_NO: ("Chose another supplier.", "No budget this year.", "Kein Interesse mehr."),
}  # fmt: skip
NOTES = (
    "Asked for references from similar jobs.",
    "Wants the price before Friday's board meeting.",
    "Comparing us with their current supplier.",
    "Budget is set in January; call again then.",
    "Prefers e-mail during the week.",
    "Vill ha offerten före semestern.",
    "Entscheidet erst im Frühjahr.",
)
OBJECTIVES = {Stage.NEW: (Objective.REPLY, Objective.MEETING), Stage.CONTACTED: (Objective.REPLY, Objective.MEETING),
              Stage.QUALIFIED: (Objective.MEETING, Objective.ANSWER), Stage.PROPOSAL: (Objective.PROPOSAL,),
              Stage.NEGOTIATION: (Objective.SIGNATURE, Objective.ANSWER), Stage.WON: (Objective.PAYMENT,),
              Stage.NO: (Objective.ANSWER,), Stage.NURTURE: (Objective.REPLY, Objective.OTHER)}  # fmt: skip
DONE_RANGE = {Stage.CONTACTED: (1, 6), Stage.QUALIFIED: (3, 10), Stage.PROPOSAL: (4, 12),
              Stage.NEGOTIATION: (5, 15), Stage.NURTURE: (3, 12), Stage.WON: (4, 15), Stage.NO: (1, 8)}  # fmt: skip


# --- what each lead's history will be (planned before anything is written) -------------------


@dataclass(slots=True)
class LeadPlan:
    """One lead's story: when it arrived, how many touches, what is planned next."""

    index: int
    created: datetime
    kind: str  # "fresh" (first response pending), "new" (never touched), "active", "won", "no"
    stage: Stage  # where the story leaves the lead
    do_not_contact: bool
    done: int = 0
    planned: Due | None = None
    cancelled: int = 0
    decide: bool = False  # ends with enough unanswered attempts for the stop rule
    heavy: bool = False
    note: bool = False
    end: datetime | None = None  # the last touch happens before this

    @property
    def followups(self) -> int:
        if self.kind == "fresh":
            return 0 if self.do_not_contact else 1
        return self.done + (self.planned is not None) + self.cancelled


def _working_day_before(day: date) -> date:
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def _draw_due(rng: random.Random, earliest: date) -> Due:
    """A planned day: overdue (more of them recent), today, or a working day ahead."""
    roll = rng.random()
    if roll < P_OVERDUE:
        back = rng.choices(range(1, 15), weights=range(14, 0, -1))[0]
        day = _working_day_before(TODAY - timedelta(days=back))
    elif roll < P_OVERDUE + P_TODAY:
        day = TODAY
    else:
        day = next_working_day(TODAY + timedelta(days=rng.randint(1, FUTURE_DAYS)))
    if day < earliest:
        day = next_working_day(max(earliest, TODAY + timedelta(days=1)))
    return Due(day, rng.choice(TIMES) if rng.random() < 0.5 else None)


def _start_of(day: date) -> datetime:
    return datetime.combine(day, clock_time(0, 0), tzinfo=ZONE)


def plan_book(count: int, target: int) -> list[LeadPlan]:
    """Every lead's story, scaled so the book holds exactly ``target`` follow-ups."""
    lead_rng = random.Random(SEED)  # the same stream build_book uses, so plan i is lead i
    rng = random.Random(SEED + 1)
    now = TODAY_AT
    fresh = max(1, count // 400)
    created = sorted(now - timedelta(days=rng.uniform(3, HISTORY_DAYS)) for _ in range(count - fresh))
    created += sorted(now - timedelta(hours=rng.uniform(0.2, 30)) for _ in range(fresh))
    plans: list[LeadPlan] = []
    for index, at in enumerate(created):
        lead = make_lead(lead_rng)
        age_days = (now - at).total_seconds() / 86400
        stage = lead.stage
        if index >= count - fresh:
            plans.append(LeadPlan(index, at, "fresh", Stage.NEW, lead.do_not_contact))
            continue
        if stage == Stage.NEW and age_days > 90:
            stage = Stage.CONTACTED  # three months on, somebody has called
        kind = {Stage.NEW: "new", Stage.WON: "won", Stage.NO: "no"}.get(stage, "active")
        plan = LeadPlan(index, at, kind, stage, lead.do_not_contact, note=rng.random() < 0.15)
        if kind in ("new", "active") and not lead.do_not_contact and rng.random() > P_NO_NEXT_STEP:
            plan.planned = _draw_due(rng, (at + timedelta(days=2)).date())
        if kind != "new":
            low, high = DONE_RANGE[stage]
            plan.done = rng.randint(low, high)
            plan.cancelled = int(rng.random() < 0.03)
        if kind in ("won", "no"):
            plan.end = at + (now - timedelta(hours=1) - at) * rng.uniform(0.4, 1.0)
        else:
            plan.end = now - timedelta(hours=1)
            if plan.planned is not None:
                plan.end = min(plan.end, _start_of(plan.planned.day) - timedelta(minutes=1))
        plans.append(plan)

    # Some leads with very long histories, for the timeline; a few hundred at the stop rule.
    active = [p for p in plans if p.kind == "active" and not p.do_not_contact and p.stage != Stage.NURTURE]
    old = [p for p in active if (now - p.created).days > 420]
    heavy = rng.sample(old, min(len(old), max(2, count // 2000)))
    for plan in heavy:
        plan.heavy, plan.cancelled = True, 2
        plan.done = HEAVY_FOLLOWUPS - plan.cancelled - (plan.planned is not None)
    young_enough = [p for p in active if not p.heavy and (now - p.created).days > 30]
    for plan in rng.sample(young_enough, min(len(young_enough), max(2, count * 3 // 1000))):
        plan.decide = True
        if rng.random() < 0.3:
            plan.planned, plan.end = None, now - timedelta(hours=1)

    # Scale the touches so the total is exact; a lead fits at most one touch per two days.
    def cap(p: LeadPlan) -> int:
        return max(1, int((p.end - p.created).total_seconds() / 86400 / 2)) if p.end else 0

    def least(p: LeadPlan) -> int:
        return 8 if p.decide else 1

    flexible = [p for p in plans if p.kind in ("active", "won", "no") and not p.heavy]
    fixed = sum(p.followups for p in plans) - sum(p.done for p in flexible)
    scale = (target - fixed) / max(1, sum(p.done for p in flexible))
    for p in flexible:
        p.done = max(least(p), min(cap(p), round(p.done * scale)))
        if p.decide and p.done < 8:
            p.done = 8  # the stop rule needs its attempts, even if the lead is young
    missing = target - sum(p.followups for p in plans)
    tries = 0
    while missing and tries < 50 * count:
        tries += 1
        p = flexible[rng.randrange(len(flexible))]
        step = 1 if missing > 0 else -1
        if least(p) <= p.done + step <= max(cap(p), least(p)):
            p.done += step
            missing -= step
    if missing:
        sys.exit(f"cannot fit {target:,} follow-ups into {count:,} leads (off by {missing:,}); change --followups")
    return plans


# --- writing the book through the API ---------------------------------------------------------


class HistoryWriter:
    """Writes one lead's story through LeadBook, moving the fake clock to each moment."""

    def __init__(self, book: LeadBook, clock: FakeClock) -> None:
        self.book = book
        self.clock = clock
        self.max_followup_id = 0
        self.written = 0  # follow-ups
        self.spent: Counter[str] = Counter()  # seconds per API call kind
        self.calls: Counter[str] = Counter()
        self.lookups_missed = 0

    def _call(self, kind: str, action: Callable[[], object]) -> object:
        started = time.perf_counter()
        result = action()
        self.spent[kind] += time.perf_counter() - started
        self.calls[kind] += 1
        return result

    def _at(self, moment: datetime) -> None:
        self.clock.set(moment)

    def _new_planned(self, lead_id: int) -> int:
        """The id of the follow-up complete_followup just planned: ids are handed out in
        order and nothing is deleted, so it is the next id; checked, with a slow fallback."""
        guess = self.max_followup_id + 1
        try:
            fu: FollowUp | None = self.book.followup(guess)
        except KeyError:
            fu = None
        if fu is None or fu.lead_id != lead_id or fu.state != State.PLANNED:
            self.lookups_missed += 1
            fu = max((f for f in self.book.followups(lead_id) if f.state == State.PLANNED), key=lambda f: f.id or 0)
        assert fu.id is not None
        self.max_followup_id = max(self.max_followup_id, fu.id)
        return fu.id

    def write(self, plan: LeadPlan, lead: Lead) -> None:
        rng = random.Random(f"{SEED}:{plan.index}")
        book = self.book
        self._at(plan.created)
        fresh = plan.kind == "fresh"
        change = self._call("add_leads", lambda: book.add_leads([lead.with_changes(stage=Stage.NEW)], plan_first=fresh))
        assert isinstance(change, Change)
        (lead_id,) = change.added
        if fresh:
            self.written += plan.followups
            return
        channel = lead.preferred_channel
        times = _touch_times(rng, plan)
        outcomes = _outcomes(rng, plan, times)
        objectives = OBJECTIVES[plan.stage]

        def step(due: Due, first: bool = False) -> FollowUp:
            chosen = channel or rng.choice(CHANNELS)
            message = "Here are the two options we talked about, with prices." if chosen == Channel.EMAIL and \
                rng.random() < 0.3 else ""  # fmt: skip
            return FollowUp(
                lead_id,
                due,
                chosen,
                rng.choice(objectives),
                message=message,
                first_response=first and lead.source not in (Source.COLD, Source.OTHER),
            )

        if not times:
            if plan.planned is not None:
                self._at(plan.created + timedelta(minutes=10))
                fu = self._call("plan_followup", lambda: book.plan_followup(step(plan.planned)))
                self.max_followup_id = max(self.max_followup_id, fu.id)
                self.written += 1
            if plan.note:
                self._call("add_note", lambda: book.add_note(lead_id, rng.choice(NOTES)))
            return

        stage_at = len(times) - 1 if plan.stage == Stage.NURTURE else len(times) // 2
        if plan.stage in (Stage.CONTACTED, Stage.WON, Stage.NO):
            stage_at = -1  # complete_followup moves the lead there itself
        note_at = rng.randrange(len(times)) if plan.note else -1
        cancel_at = set(rng.sample(range(len(times)), min(plan.cancelled, len(times))))

        self._at(min(plan.created + timedelta(minutes=rng.randint(5, 90)), times[0] - timedelta(minutes=1)))
        first = self._call("plan_followup", lambda: book.plan_followup(step(_due_of(rng, times[0]), first=True)))
        current = first.id
        self.max_followup_id = max(self.max_followup_id, current)
        self.written += 1
        for k, moment in enumerate(times):
            self._at(moment)
            if k + 1 < len(times):
                following: FollowUp | None = step(_due_of(rng, times[k + 1]))
            else:
                following = step(plan.planned) if plan.planned is not None else None
            outcome = outcomes[k]
            note = rng.choice(RESULT_NOTES[outcome]) if rng.random() < 0.6 else ""
            self._call("complete_followup", lambda: book.complete_followup(current, outcome, note, following))
            if following is not None:
                current = self._new_planned(lead_id)
                self.written += 1
            if k == stage_at:
                self._at(moment + timedelta(minutes=3))
                self._call("set_stage", lambda: book.set_stage(lead_id, plan.stage))
            if k == note_at:
                self._at(moment + timedelta(minutes=4))
                self._call("add_note", lambda: book.add_note(lead_id, rng.choice(NOTES)))
            if k in cancel_at:  # planned, then called off: the timeline shows it struck out
                self._at(moment + timedelta(minutes=5))
                extra = self._call(
                    "plan_followup",
                    lambda: book.plan_followup(step(Due(next_working_day(moment.date() + timedelta(days=7))))),
                )
                self.max_followup_id = max(self.max_followup_id, extra.id)
                self._call("cancel_followup", lambda: book.cancel_followup(extra.id))
                self.written += 1


def _due_of(rng: random.Random, moment: datetime) -> Due:
    local = moment.astimezone(ZONE)
    return Due(local.date(), clock_time(local.hour, local.minute) if rng.random() < 0.5 else None)


def _touch_times(rng: random.Random, plan: LeadPlan) -> list[datetime]:
    """When the touches happened: in working hours, the last one shortly before ``end``."""
    n = plan.done
    if n == 0:
        return []
    assert plan.end is not None
    start, end = plan.created + timedelta(hours=2), plan.end
    span = end - start
    if plan.heavy:
        raw = [start + span * (k + rng.uniform(0.1, 0.9)) / n for k in range(n)]
    else:
        last = end - min(timedelta(days=21), span / 2) * rng.random()
        raw = [*sorted(start + (last - start) * rng.random() for _ in range(n - 1)), last]
    times = []
    for moment in raw:
        local = moment.astimezone(ZONE)
        day = _working_day_before(local.date())
        snapped = datetime.combine(day, clock_time(rng.randint(8, 16), rng.randint(0, 59)), tzinfo=ZONE)
        times.append(snapped if start < snapped < end else moment)
    times.sort()
    for k in range(1, n):  # distinct moments, in order
        if times[k] <= times[k - 1]:
            times[k] = times[k - 1] + timedelta(minutes=1)
    return times


def _outcomes(rng: random.Random, plan: LeadPlan, times: list[datetime]) -> list[Outcome]:
    """Mostly answered; some unanswered streaks; the stop rule only where the plan says so."""
    outcomes = rng.choices(list(MIDDLE_OUTCOMES), weights=list(MIDDLE_OUTCOMES.values()), k=len(times))
    if not outcomes:
        return outcomes
    if plan.kind == "won":
        outcomes[-1] = Outcome.WON
    elif plan.kind == "no":
        outcomes[-1] = Outcome.SAID_NO
    elif plan.decide:
        for k in range(max(0, len(times) - rng.randint(6, 8)), len(times)):
            outcomes[k] = rng.choice(UNANSWERED)
    else:  # a streak that is still short and recent: the lead is not at the stop rule
        limit = TODAY_AT - timedelta(days=RULES.stop_days - 5)
        for run, k in enumerate(range(len(times) - 1, -1, -1)):
            if outcomes[k].answered:
                break
            if run >= RULES.stop_attempts - 2 or times[k] <= limit:
                outcomes[k] = Outcome.REACHED
                break
    return outcomes


def build_book(path: Path, count: int, target: int) -> float:
    """Plan every story, then write them through the API, CHUNK leads per transaction."""
    started = time.perf_counter()
    plans = plan_book(count, target)
    print(f"  planned {count:,} stories in {time.perf_counter() - started:.1f} s", flush=True)
    lead_rng = random.Random(SEED)
    clock = FakeClock(plans[0].created, ZONE)
    with LeadBook.open(path, clock) as book:
        writer = HistoryWriter(book, clock)
        for start in range(0, count, CHUNK):
            with book.batch():
                for plan in plans[start : start + CHUNK]:
                    writer.write(plan, make_lead(lead_rng))
            book.forget_undo()  # the build's undo steps would only fill memory
            done = min(count, start + CHUNK)
            if done % (CHUNK * 5) == 0 or done == count:
                elapsed = time.perf_counter() - started
                rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                print(
                    f"  {done:,} leads, {writer.written:,} follow-ups, {elapsed:.0f} s "
                    f"({writer.written / elapsed:,.0f} follow-ups/s), peak RSS {rss:.0f} MB",
                    flush=True,
                )
        clock.set(TODAY_AT)
    elapsed = time.perf_counter() - started
    total_calls = sum(writer.calls.values())
    print(f"  where the build time went ({total_calls:,} API calls, {writer.lookups_missed} slow id lookups):")
    for kind, seconds in writer.spent.most_common():
        calls = writer.calls[kind]
        print(f"    {kind:<18} {calls:>9,} calls  {seconds:7.1f} s  {seconds / calls * 1000:6.2f} ms/call")
    print(
        f"    {'the rest':<18} {'':>15} {elapsed - sum(writer.spent.values()):7.1f} s  "
        "(planning, synthetic data, id look-ups, commits)"
    )
    if writer.written != target:
        print(f"  ⚠ wrote {writer.written:,} follow-ups, not {target:,}", flush=True)
    return elapsed


def book_path_for_run(count: int, target: int, keep: Path | None) -> Path:
    name = f"followups-{count}-{target}-seed{SEED}-g{GENERATOR_VERSION}-s{SCHEMA_VERSION}.leadbook"
    return book_for_run(
        keep, name, f"a {count:,}-lead book with {target:,} follow-ups", lambda path: build_book(path, count, target)
    )


# --- query plans -------------------------------------------------------------------------------


class Statements:
    """The SQL a LeadBook call really runs, caught by SQLite's trace hook (values filled in)."""

    def __init__(self, book: LeadBook) -> None:
        self._conn = book._db.conn
        self.seen: dict[str, str] = {}

    def capture(self, action: Callable[[], object]) -> None:
        def keep(sql: str) -> None:
            text = " ".join(sql.split())
            if text.upper().startswith("SELECT"):
                self.seen.setdefault(re.sub(r"IN \([^)]*\)", "IN (…)", text), text)

        self._conn.set_trace_callback(keep)
        try:
            action()
        finally:
            self._conn.set_trace_callback(None)


def explain(conn: sqlite3.Connection, sql: str) -> list[str]:
    return [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql)]


# The partial index the schema made for each hot query; a plan that uses another one is
# flagged, since the planner (without ANALYZE) cannot tell a partial index is the small one.
EXPECTED_INDEX = (
    (r"f\.state = 'planned' AND f\.due_date <=", "followups_planned_by_day"),
    (r"f\.first_response = 1", "followups_first_response"),
    (r"WHERE unanswered_streak > 0", "leads_in_streak"),
    (r"next_step_at IS NULL AND stage IN", "leads_without_next_step"),
    (r"WHERE state = 'planned' AND due_date >=", "followups_planned_by_day"),
)


def _index_flag(sql: str, plan: list[str]) -> str:
    for pattern, index in EXPECTED_INDEX:
        if re.search(pattern, sql) and not any(index in line for line in plan):
            return f"   ⚠ does not use {index}"
    return ""


def _scan_flag(line: str) -> str:
    """SQLite says "SCAN f" for a table read from end to end, without an index."""
    return "   ⚠ full table scan" if re.match(r"SCAN \w+$", line) else ""


def print_plans(conn: sqlite3.Connection, title: str, statements: dict[str, str]) -> int:
    """Each statement with its plan; a table scan, or a partial index left unused, is flagged."""
    print(f"\nEXPLAIN QUERY PLAN — {title}")
    scans = 0  # full scans and missed partial indexes
    for short, sql in statements.items():
        print(f"  {short[:150]}{'…' if len(short) > 150 else ''}")
        plan = explain(conn, sql)
        for n, line in enumerate(plan):
            flag = _scan_flag(line) or (_index_flag(sql, plan) if n == 0 else "")
            scans += bool(flag)
            print(f"      {line}{flag}")
    return scans


# --- a. agenda ---------------------------------------------------------------------------------

PLANNED_UNTIL_SQL = (
    AGENDA_SQL + " WHERE f.state = 'planned' AND f.due_date <= ?"
    " ORDER BY f.due_date, f.due_time IS NULL, f.due_time, f.id"
)
# What Today needs from the disk, as bare SQL: each section's first rows (ids through the
# partial indexes, then those rows with their leads) and the counts of all of them.
_FIRST_IDS = (
    "SELECT id FROM followups INDEXED BY followups_first_response WHERE state = 'planned' AND first_response = 1"
)
# The day sections walk a partial index of the planned follow-ups that are not first responses.
_DAYS = "FROM followups INDEXED BY followups_agenda_day WHERE state = 'planned' AND first_response = 0"
LIMITED_IDS_SQL = (
    f"SELECT id {_DAYS} AND due_date < :day ORDER BY due_date, due_time IS NULL, due_time, id LIMIT :limit",
    f"SELECT id {_DAYS} AND due_date = :day ORDER BY due_time IS NULL, due_time, id LIMIT :limit",
    f"SELECT id {_DAYS} AND due_date = :tomorrow ORDER BY due_time IS NULL, due_time, id LIMIT :limit",
    f"{_FIRST_IDS} ORDER BY due_at, id LIMIT :limit",
)


DECIDE_SQL = (
    f"FROM leads INDEXED BY leads_in_streak WHERE unanswered_streak > 0 AND stage IN {ACTIVE_STAGES_SQL} "
    "AND (unanswered_streak >= :attempts OR streak_started_at <= :since)"
)
COUNT_SQL = (
    f"SELECT (SELECT count(*) {_DAYS} AND due_date < :day), (SELECT count(*) {_DAYS} AND due_date = :day), "
    f"(SELECT count(*) {_DAYS} AND due_date = :tomorrow)",
    f"SELECT count(*) FROM ({_FIRST_IDS})",
    f"SELECT count(*) {DECIDE_SQL}",
    f"SELECT count(*) FROM leads INDEXED BY leads_without_next_step WHERE next_step_at IS NULL "
    f"AND stage IN {ACTIVE_STAGES_SQL}",
)


def agenda_for_today(book: LeadBook, day: date) -> object:
    """The agenda as Today reads it: a limit per section (the code before the limit read every row)."""
    try:
        return book.agenda(day, limit=MAX_ROWS_PER_SECTION)
    except TypeError:
        return book.agenda(day)


def due_count(book: LeadBook) -> int:
    """What the navigation and the tray show (before book.due_count: the whole agenda's due_count)."""
    counter = getattr(book, "due_count", None)
    return counter() if counter is not None else book.agenda(TODAY).due_count


def _sql_params(book: LeadBook) -> dict[str, object]:
    settings = book.settings()
    return {"day": TODAY.isoformat(), "tomorrow": (TODAY + timedelta(days=1)).isoformat(),
            "limit": MAX_ROWS_PER_SECTION, "attempts": settings.stop_attempts,
            "since": utc_iso(book.clock.now() - timedelta(days=settings.stop_days))}  # fmt: skip


def limited_sql_floor(conn: sqlite3.Connection, params: dict[str, object]) -> float:
    """The floor of a limited agenda: every section's first rows joined with their leads, the
    leads to decide on, and the counts, as bare SQL stepped through without keeping a value."""

    def run() -> None:
        for sql in LIMITED_IDS_SQL:
            ids = [r[0] for r in conn.execute(sql, params)]
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                for _ in conn.execute(AGENDA_SQL + f" WHERE f.id IN ({','.join('?' * len(chunk))})", chunk):
                    pass
        lead_ids = [r[0] for r in conn.execute(f"SELECT id {DECIDE_SQL} ORDER BY streak_started_at, id LIMIT :limit",
                                               params)]  # fmt: skip
        for _ in conn.execute(f"SELECT * FROM leads WHERE id IN ({','.join('?' * len(lead_ids))})", lead_ids):
            pass
        for sql in COUNT_SQL:
            conn.execute(sql, params).fetchall()

    return timed(run)


def count_floor(conn: sqlite3.Connection, params: dict[str, object]) -> float:
    def run() -> None:
        for sql in COUNT_SQL[:3]:
            conn.execute(sql, params).fetchall()

    return timed(run)


def measure_agenda(book: LeadBook, conn: sqlite3.Connection, runs: int, report: Report) -> None:
    """a: the agenda as Today reads it (300 rows a section at most, and counts), every row of
    it, and the due count of the navigation, each against its bare SQL."""
    print(f"a. agenda: {runs} runs …", flush=True)
    tomorrow = (TODAY + timedelta(days=1)).isoformat()
    params = _sql_params(book)
    agenda_for_today(book, TODAY)  # warm the page cache like a running app
    limited = [timed(lambda: agenda_for_today(book, TODAY)) for _ in range(runs)]
    limited_floor = [limited_sql_floor(conn, params) for _ in range(runs)]
    screen_params = dict(params, limit=FIRST_SCREEN_ROWS)
    screen = [timed(lambda: book.agenda(TODAY, limit=FIRST_SCREEN_ROWS)) for _ in range(runs)]
    screen_floor = [limited_sql_floor(conn, screen_params) for _ in range(runs)]
    everything = [timed(lambda: book.agenda(TODAY)) for _ in range(runs)]
    floor = [timed_sql(conn, PLANNED_UNTIL_SQL, [tomorrow]) for _ in range(runs)]
    counts = [timed(lambda: due_count(book)) for _ in range(runs)]
    counts_floor = [count_floor(conn, params) for _ in range(runs)]
    agenda = agenda_for_today(book, TODAY)
    full = book.agenda(TODAY)
    listed = sum(len(getattr(agenda, name)) for name in ("overdue", "today", "first_responses", "decide", "tomorrow"))
    rows = len(full.overdue) + len(full.today) + len(full.tomorrow)
    report.add(
        Row(
            f"a. book.agenda(today, limit={MAX_ROWS_PER_SECTION})",
            statistics.median(limited),
            statistics.median(limited_floor),
            Goal(0.05, text="≤ 50 ms and ≤ 3× floor", ratio=3.0),
            note=f"{listed:,} rows listed of {full.due_count + len(full.tomorrow):,}; floor: the same limited "
            "reads and counts as bare SQL",
        ),
        Row(
            f"a. book.agenda(today, limit={FIRST_SCREEN_ROWS}): Today's first screen",
            statistics.median(screen),
            statistics.median(screen_floor),
            Goal(1.2, relative=True, text="≤ 1.2× floor"),
            note="read before Today paints; the rest of each section on the next turn; floor: the same as bare SQL",
        ),
        Row(
            "a. book.agenda(today), every row",
            statistics.median(everything),
            statistics.median(floor),
            None,
            note=f"{rows:,} rows until tomorrow + {len(full.first_responses)} first responses + "
            f"{len(full.decide)} to decide (the call sheet); floor: bare planned-until query",
        ),
        Row(
            "a. book.due_count() (navigation, tray)",
            statistics.median(counts),
            statistics.median(counts_floor),
            Goal(0.016, text="≤ 16 ms"),
            note=f"{due_count(book):,} due; floor: its COUNT queries",
        ),
    )


def agenda_parts(book: LeadBook, conn: sqlite3.Connection, runs: int, report: Report) -> None:
    """Where the limited agenda spends its time: the store calls it makes, one by one."""
    if not hasattr(fu_store, "overdue"):
        return  # the code before the limit: see a. for the whole
    db = book._db
    settings = book.settings()
    since = book.clock.now() - timedelta(days=settings.stop_days)
    limit = MAX_ROWS_PER_SECTION
    params = _sql_params(book)
    tomorrow = TODAY + timedelta(days=1)
    ids_sql = LIMITED_IDS_SQL
    parts: list[tuple[str, Callable[[], object], str]] = [
        ("overdue(limit)", lambda: fu_store.overdue(db, TODAY, limit), ids_sql[0]),
        ("due_on(today, limit)", lambda: fu_store.due_on(db, TODAY, limit), ids_sql[1]),
        ("due_on(tomorrow, limit)", lambda: fu_store.due_on(db, tomorrow, limit), ids_sql[2]),
        ("first_responses_due(limit)", lambda: fu_store.first_responses_due(db, limit), ids_sql[3]),
        ("to_decide(limit) + leads()", lambda: book.leads([i for i, _, _ in fu_store.to_decide(
            db, settings.stop_attempts, since, limit)]), f"SELECT * {DECIDE_SQL} ORDER BY streak_started_at, id LIMIT :limit"),
        ("day_counts()", lambda: fu_store.day_counts(db, TODAY), COUNT_SQL[0]),
    ]  # fmt: skip
    for label, call, sql in parts:
        app = [timed(call) for _ in range(runs)]
        floor = [timed_sql(conn, sql, params) for _ in range(runs)]
        report.add(
            Row(
                f"   a. part: {label}",
                statistics.median(app),
                statistics.median(floor),
                None,
                note="floor: its first query (ids or counts), drained",
            )
        )


# --- b. Today ---------------------------------------------------------------------------------


def bare_tree(sections: list[tuple[str, list[list[str]]]], tree: QTreeWidget | None = None) -> QTreeWidget:
    """The floor: a plain QTreeWidget holding the same section headings and row texts."""
    if tree is None:
        tree = QTreeWidget()
        tree.setColumnCount(max((len(r) for _, rows in sections for r in rows), default=1))
    else:
        tree.clear()
    for title, rows in sections:
        top = QTreeWidgetItem(tree, [title])
        top.addChildren([QTreeWidgetItem(texts) for texts in rows])
    tree.expandAll()
    return tree


def built_today(book: LeadBook) -> TodayView:
    """A TodayView whose rows exist (it reads the book when first shown or asked; the code
    before read it in the constructor)."""
    view = TodayView(book)
    if getattr(view, "refresh_count", None) == 0:
        view.refresh()
    return view


def measure_today(book: LeadBook, runs: int, report: Report, profile: bool) -> None:
    """b: TodayView built and refreshed until its rows exist, against a bare QTreeWidget."""
    print(f"b. Today view: {runs} runs …", flush=True)
    builds, refreshes, painted, bare_builds, bare_refreshes = [], [], [], [], []
    change = Change(Op.UPDATE_LEAD)
    shown = 0
    for _ in range(runs):
        holder: list[TodayView] = []
        builds.append(timed(lambda: holder.append(built_today(book))))
        view = holder[0]
        view.resize(1280, 800)
        view.show()
        paints = PaintCounter(view.tree.viewport())
        process_until_painted(paints)
        refreshes.append(timed(lambda: view.on_book_changed(change)))
        painted.append(timed(lambda: (view.on_book_changed(change), process_until_painted(paints))))
        sections = [(text, [cells for _, _, cells in rows]) for text, rows in view.rows()]
        shown = sum(len(rows) for _, rows in sections)
        trees: list[QTreeWidget] = []
        bare_builds.append(timed(lambda: trees.append(bare_tree(sections))))
        bare_refreshes.append(timed(lambda: bare_tree(sections, trees[0])))
        if profile and len(builds) == 1:
            _profile("TodayView.on_book_changed", lambda: view.on_book_changed(change))
        view.close()
        view.deleteLater()
        trees[0].deleteLater()
        QApplication.processEvents()
    goal = Goal(0.1, text="≤ 100 ms")
    note = (
        f"{shown:,} rows in {len(sections)} sections (≤ {MAX_ROWS_PER_SECTION} each); floor: bare QTreeWidget "
        "with the same texts"
    )
    report.add(
        Row(
            "b. TodayView(book) until its rows exist",
            statistics.median(builds),
            statistics.median(bare_builds),
            goal,
            note=note,
        ),
        Row(
            "b. Today refresh (on_book_changed)",
            statistics.median(refreshes),
            statistics.median(bare_refreshes),
            goal,
            note="floor: clear and refill that bare tree",
        ),
        Row(
            "b. Today refresh until painted",
            statistics.median(painted),
            None,
            None,
            note="shown at 1280×800, offscreen",
        ),
    )


# --- c. a lead's timeline ---------------------------------------------------------------------

LEAD_FOLLOWUPS_SQL = "SELECT * FROM followups WHERE lead_id = ? ORDER BY due_at, id"


def leads_by_followups(conn: sqlite3.Connection, at_least: int, limit: int) -> list[int]:
    rows = conn.execute(
        "SELECT lead_id FROM followups GROUP BY lead_id HAVING count(*) >= ? ORDER BY lead_id LIMIT ?",
        [at_least, limit],
    ).fetchall()
    return [r[0] for r in rows]


def typical_leads(conn: sqlite3.Connection, limit: int) -> list[int]:
    rows = conn.execute(
        "SELECT lead_id FROM followups GROUP BY lead_id HAVING count(*) BETWEEN 5 AND 8 ORDER BY lead_id LIMIT ?",
        [limit],
    ).fetchall()
    return [r[0] for r in rows]


def measure_timeline(book: LeadBook, conn: sqlite3.Connection, runs: int, report: Report, profile: bool) -> None:
    """c: book.timeline() and LeadPanel.show_lead() for leads with 200 follow-ups."""
    heavy = leads_by_followups(conn, HEAVY_FOLLOWUPS, PANEL_LEADS)
    typical = typical_leads(conn, PANEL_LEADS)
    if not heavy:
        print("c. no lead has 200 follow-ups (book too small?); timeline skipped")
        return
    print(f"c. timeline: {runs} runs × {len(heavy)} leads with ≥ {HEAVY_FOLLOWUPS} follow-ups …", flush=True)
    panel = LeadPanel(book)
    panel.resize(460, 900)
    panel.show()
    paints = PaintCounter(panel.timeline.viewport())
    panel.show_lead(typical[0] if typical else None)
    process_until_painted(paints)
    samples: dict[str, list[float]] = {k: [] for k in ("timeline", "floor", "show", "painted", "typ_show", "typ_floor")}
    for _ in range(runs):
        per: dict[str, list[float]] = {k: [] for k in samples}
        for lead_id in heavy:
            per["timeline"].append(timed(lambda: book.timeline(lead_id)))
            per["floor"].append(timed_sql(conn, LEAD_FOLLOWUPS_SQL, [lead_id]))
            panel.show_lead(typical[0] if typical else None)
            process_until_painted(paints, 1.0)
            per["show"].append(timed(lambda: panel.show_lead(lead_id)))
            process_until_painted(paints, 1.0)
            panel.show_lead(typical[0] if typical else None)
            process_until_painted(paints, 1.0)
            per["painted"].append(timed(lambda: (panel.show_lead(lead_id), process_until_painted(paints))))
        for lead_id in typical:
            per["typ_show"].append(timed(lambda: panel.show_lead(lead_id)))
            per["typ_floor"].append(timed_sql(conn, LEAD_FOLLOWUPS_SQL, [lead_id]))
            process_until_painted(paints, 1.0)
        for key, values in per.items():
            if values:
                samples[key].append(statistics.median(values))
    rows = statistics.median(len(book.timeline(lead_id)) for lead_id in heavy)
    if profile:
        _profile("LeadPanel.show_lead(heavy)", lambda: panel.show_lead(heavy[0]))
    panel.close()
    frame = Goal(0.016, text="≤ 16 ms")
    median = statistics.median
    report.add(
        Row(
            f"c. book.timeline(), {HEAVY_FOLLOWUPS} follow-ups",
            median(samples["timeline"]),
            median(samples["floor"]),
            None,
            note=f"{rows:.0f} entries; floor: bare query of the lead's follow-ups",
        ),
        Row(
            "c. LeadPanel.show_lead(), same leads",
            median(samples["show"]),
            median(samples["floor"]),
            frame,
            note="switching from another lead; same floor",
        ),
        Row(
            "c. show_lead() until the timeline painted",
            median(samples["painted"]),
            median(samples["floor"]),
            frame,
            note="what the user waits for",
        ),
    )
    if samples["typ_show"]:
        report.add(
            Row(
                "c. LeadPanel.show_lead(), 5-8 follow-ups",
                median(samples["typ_show"]),
                median(samples["typ_floor"]),
                frame,
                note="a typical lead",
            )
        )


# --- d. the lead list sorted by follow-up dates -----------------------------------------------


def sort_floor(conn: sqlite3.Connection, key: str, descending: bool) -> float:
    direction = "DESC" if descending else "ASC"
    sql = f"SELECT id FROM leads ORDER BY {SORT_SQL[key]} {direction} NULLS LAST, id {direction}"
    return timed_sql(conn, sql)


def measure_sorting(book: LeadBook, conn: sqlite3.Connection, runs: int, report: Report) -> None:
    """d: a header click on Next step / Last touch, until the first screenful is read."""
    print(f"d. sorting by follow-up dates: {runs} runs …", flush=True)
    model = LeadTableModel(book)
    app: dict[tuple[str, bool], list[float]] = {}
    floor: dict[tuple[str, bool], list[float]] = {}
    for _ in range(runs):
        book._orders.clear()
        for key in ("next_step", "last_touch"):
            column = COLUMNS.index(key)
            for descending in (True, False):
                model.sort(0, Qt.SortOrder.AscendingOrder)
                order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder

                def click(column: int = column, order: Qt.SortOrder = order) -> None:
                    model.sort(column, order)
                    read_rows(model, 0, SCREEN_ROWS)

                app.setdefault((key, descending), []).append(timed(click))
                floor.setdefault((key, descending), []).append(sort_floor(conn, key, descending))
    goal = Goal(0.1, text="≤ 100 ms")
    for key in ("next_step", "last_touch"):
        worst = max((False, True), key=lambda d: statistics.median(app[(key, d)]))
        report.add(
            Row(
                f"d. sort by {key} ({'desc' if worst else 'asc'}, slower way)",
                statistics.median(app[(key, worst)]),
                statistics.median(floor[(key, worst)]),
                goal,
                note="first click on a column not sorted yet, first screenful read; floor: bare ORDER BY",
            )
        )


# --- f. month counts for a calendar -------------------------------------------------------------

MONTH_PLANNED_SQL = (
    "SELECT due_date, count(*) FROM followups WHERE state = 'planned' "
    "AND due_date >= ? AND due_date < ? GROUP BY due_date"
)
MONTH_ALL_SQL = (
    "SELECT due_date, state, count(*) FROM followups WHERE due_date >= ? AND due_date < ? GROUP BY due_date, state"
)
MONTH_DONE_SQL = (
    "SELECT substr(done_at, 1, 10), count(*) FROM followups WHERE state = 'done' "
    "AND done_at >= ? AND done_at < ? GROUP BY 1"
)


def measure_month_counts(conn: sqlite3.Connection, runs: int, report: Report) -> None:
    """f: what a month calendar would ask, as raw SQL; the plans show which index serves it."""
    print(f"f. month counts: {runs} runs …", flush=True)
    months = ((date(2026, 11, 1), date(2026, 12, 1)), (date(2026, 12, 1), date(2027, 1, 1)))
    queries = (
        ("planned per day", MONTH_PLANNED_SQL, Goal(0.016, text="≤ 16 ms (proposed)"), ""),
        (
            "planned per day, INDEXED BY",
            MONTH_PLANNED_SQL.replace("FROM followups", "FROM followups INDEXED BY followups_planned_by_day"),
            None,
            "",
        ),
        ("all states per day", MONTH_ALL_SQL, None, ""),
        ("done per day (done_at)", MONTH_DONE_SQL, None, "T00:00:00Z"),
    )
    print("\nEXPLAIN QUERY PLAN — month counts (f)")
    for label, sql, goal, suffix in queries:
        plan = explain(conn, sql.replace("?", "''"))
        print(f"  {label}: {sql}")
        for n, line in enumerate(plan):
            print(f"      {line}{_scan_flag(line) or (_index_flag(sql, plan) if n == 0 else '')}")
        for first, after in months:
            params = [first.isoformat() + suffix, after.isoformat() + suffix]
            values = [timed_sql(conn, sql, params) for _ in range(runs)]
            groups = len(conn.execute(sql, params).fetchall())
            report.add(
                Row(
                    f"f. {label}, {first:%b %Y}",
                    statistics.median(values),
                    None,
                    goal,
                    note=f"{groups} groups; {'; '.join(plan)[:80]}",
                )
            )


# --- e. logging a follow-up (writes: measured last) ------------------------------------------


def raw_update_floor(path: Path, followup_id: int, stamp: str) -> float:
    """A single-row UPDATE in its own transaction, on a connection set up like the book's."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA journal_mode = WAL")

        def write() -> None:
            conn.execute("BEGIN")
            conn.execute("UPDATE followups SET updated_at = ? WHERE id = ?", [stamp, followup_id])
            conn.execute("COMMIT")

        return timed(write)
    finally:
        conn.close()


def planned_of(conn: sqlite3.Connection, lead_ids: Sequence[int]) -> list[int]:
    marks = ",".join("?" * len(lead_ids))
    rows = conn.execute(
        f"SELECT id FROM followups WHERE state = 'planned' AND lead_id IN ({marks}) ORDER BY lead_id", list(lead_ids)
    ).fetchall()
    return [r[0] for r in rows]


def measure_logging(book: LeadBook, conn: sqlite3.Connection, runs: int, report: Report, profile: bool) -> None:
    """e: complete_followup with a next step: the write, the summary refresh, the undo snapshot."""
    print(f"e. logging a follow-up: {runs} runs …", flush=True)
    agenda = book.agenda(TODAY)
    todays = [r.followup for r in agenda.today + agenda.tomorrow if not r.followup.first_response]
    heavy = planned_of(conn, leads_by_followups(conn, HEAVY_FOLLOWUPS, 3 * runs + 2))
    floor_id = conn.execute("SELECT id FROM followups WHERE state = 'done' LIMIT 1").fetchone()[0]
    next_day = next_working_day(TODAY + timedelta(days=7))

    def log(fu: FollowUp | int) -> float:
        followup = book.followup(fu) if isinstance(fu, int) else fu
        nxt = FollowUp(followup.lead_id, Due(next_day, clock_time(10, 0)), Channel.CALL, Objective.MEETING)
        return timed(
            lambda: book.complete_followup(followup.id, Outcome.REACHED, "Benchmark: talked, wants a visit.", nxt)
        )

    typical, with_history, floors = [], [], []
    for n in range(runs):
        typical.append(log(todays[n]))
        if n < len(heavy):
            with_history.append(log(heavy[n]))
        floors.append(raw_update_floor(book.path, floor_id, f"2026-11-23T08:{n:02d}:00Z"))  # a new value each run
    goal = Goal(0.05, text="≤ 50 ms")
    report.add(
        Row(
            "e. complete_followup + next step",
            statistics.median(typical),
            statistics.median(floors),
            goal,
            note="a follow-up due today; floor: one-row UPDATE, own transaction, synchronous=FULL",
        )
    )
    if with_history:
        report.add(
            Row(
                f"e. the same on a lead with {HEAVY_FOLLOWUPS} follow-ups",
                statistics.median(with_history),
                statistics.median(floors),
                goal,
                note="snapshot and summary read the whole history",
            )
        )

    # What the user waits for after D → Enter: the write and every view refreshing from it.
    window, _, start_up, today_reads = open_window(lambda: book)
    paints = PaintCounter(window.today_view.tree.viewport())
    full: list[float] = []
    for n in range(runs, 2 * runs):
        full.append(log(todays[n]))
        process_until_painted(paints, 1.0)
    if profile:
        _profile("complete_followup with the main window listening", lambda: log(todays[2 * runs]))
    # The same from the lead list: Today, Revisit and Nurture are hidden (they wait until shown).
    window.show_view("leads")
    QApplication.processEvents()
    hidden: list[float] = []
    for n in range(2 * runs + 1, 3 * runs + 1):
        hidden.append(log(todays[n]))
        QApplication.processEvents()
    if profile:
        _profile("complete_followup from the lead list", lambda: log(todays[3 * runs + 1]))
    window.close()
    bare = [bare_window_floor() for _ in range(runs)]
    report.add(
        Row(
            "e. the same with the main window listening",
            statistics.median(full),
            statistics.median(floors),
            Goal(0.1, text="≤ 100 ms (proposed)"),
            note="Today shown: it, the lead list and the panel refresh",
        ),
        Row(
            "e. the same from the lead list",
            statistics.median(hidden),
            statistics.median(floors),
            Goal(0.1, text="≤ 100 ms (proposed)"),
            note="Today, Revisit and Nurture hidden",
        ),
        Row(
            "e. main window built and shown until Today painted",
            start_up,
            statistics.median(bare),
            None,
            note=f"Today read the book {today_reads}× at start; floor: a bare QMainWindow + QTableView",
        ),
    )


def bare_window_floor() -> float:
    """A bare QMainWindow around an empty QTableView, shown until it has painted."""
    holder: list[QMainWindow] = []

    def show() -> None:
        window = QMainWindow()
        table = QTableView()
        window.setCentralWidget(table)
        window.resize(1400, 900)
        paints = PaintCounter(table.viewport())
        window.show()
        process_until_painted(paints)
        holder.append(window)

    seconds = timed(show)
    holder[0].close()
    holder[0].deleteLater()
    QApplication.processEvents()
    return seconds


def open_window(open_book: Callable[[], LeadBook]) -> tuple[Any, LeadBook, float, int]:
    """Open a book (``open_book``) and its main window until Today has painted: the window, the
    book, the seconds that took, and how often Today read the book meanwhile."""
    reads = [0]
    original = TodayView.refresh

    def counted(self: TodayView) -> None:
        reads[0] += 1
        original(self)

    made: dict[str, Any] = {}

    def run() -> None:
        made["book"] = open_book()
        window = build_main_window(made["book"], backups=SANDBOX / "work" / "backups")
        window.resize(1400, 900)
        paints = PaintCounter(window.today_view.tree.viewport())
        window.show()
        process_until_painted(paints)
        made["window"] = window

    TodayView.refresh = counted  # type: ignore[method-assign]
    try:
        seconds = timed(run)
        QApplication.processEvents()  # what was queued at start (a deferred refresh) runs too
    finally:
        TodayView.refresh = original  # type: ignore[method-assign]
    return made["window"], made["book"], seconds, reads[0]


# --- g. a flood of first responses -------------------------------------------------------------


def build_flood_book(path: Path, count: int) -> float:
    """``count`` web inquiries from the last three days and none answered yet: each has its first
    response planned and due (the book that took 21 s to open when Today read every row)."""
    started = time.perf_counter()
    rng = random.Random(SEED + 7)
    first = TODAY_AT - timedelta(days=3)
    clock = FakeClock(first, ZONE)
    step = CHUNK * 5
    with LeadBook.open(path, clock) as book:
        for start in range(0, count, step):
            clock.set(first + (TODAY_AT - timedelta(hours=1) - first) * (start / count))
            leads = [make_lead(rng).with_changes(stage=Stage.NEW, source=Source.WEB, do_not_contact=False)
                     for _ in range(min(step, count - start))]  # fmt: skip
            book.add_leads(leads, plan_first=True)
            book.forget_undo()
            print(f"  {start + len(leads):,} leads, {time.perf_counter() - started:.0f} s", flush=True)
        clock.set(TODAY_AT)
    return time.perf_counter() - started


def flood_path_for_run(count: int, keep: Path | None) -> Path:
    name = f"flood-{count}-seed{SEED}-g{GENERATOR_VERSION}-s{SCHEMA_VERSION}.leadbook"
    built = book_for_run(keep, name, f"a book with {count:,} first responses due", lambda p: build_flood_book(p, count))
    target = built.with_name("flood.leadbook")  # the main book is copied to the same sandbox name next
    shutil.move(built, target)
    return target


def measure_flood(path: Path, runs: int, report: Report) -> None:
    """g: open a book with a flood of first responses due until Today has painted, and its
    agenda and due count."""
    print(f"g. a flood of first responses: {runs} runs …", flush=True)
    seconds, reads, agendas, counts, agenda_floors, count_floors = [], [], [], [], [], []
    due = 0
    for _ in range(runs):
        window, book, took, today_reads = open_window(lambda: LeadBook.open(path, FakeClock(TODAY_AT, ZONE),
                                                                            create=False))  # fmt: skip
        seconds.append(took)
        reads.append(today_reads)
        due = window.today_view.count()
        agendas.append(timed(lambda: agenda_for_today(book, TODAY)))
        counts.append(timed(lambda: due_count(book)))
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        params = _sql_params(book)
        agenda_floors.append(limited_sql_floor(conn, params))
        count_floors.append(count_floor(conn, params))
        conn.close()
        window.close()
        window.deleteLater()
        book.close()
        QApplication.processEvents()
    bare = [bare_window_floor() for _ in range(runs)]
    median = statistics.median
    report.add(
        Row(
            f"g. open a book with {due:,} due, until Today painted",
            median(seconds),
            median(bare),
            Goal(1.0, text="≤ 1 s (proposed)"),
            note=f"Today read the book {max(reads)}× at start; floor: a bare QMainWindow + QTableView",
        ),
        Row(
            "g. book.agenda(today, limit) on that book",
            median(agendas),
            median(agenda_floors),
            Goal(0.05, text="≤ 50 ms and ≤ 3× floor", ratio=3.0),
            note="floor: the same limited reads as bare SQL",
        ),
        Row(
            "g. book.due_count() on that book",
            median(counts),
            median(count_floors),
            Goal(0.05, text="≤ 50 ms"),
            note="floor: its COUNT queries",
        ),
    )


# --- main ---------------------------------------------------------------------------------------


def _profile(title: str, action: Callable[[], object]) -> None:
    profiler = cProfile.Profile()
    profiler.runcall(action)
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(22)
    print(f"\n--- profile: {title} ---")
    print("\n".join(line for line in out.getvalue().splitlines()[4:] if line.strip()))


def describe_book(book: LeadBook, conn: sqlite3.Connection) -> None:
    counts = dict(conn.execute("SELECT state, count(*) FROM followups GROUP BY state").fetchall())
    events = dict(conn.execute("SELECT kind, count(*) FROM lead_events GROUP BY kind").fetchall())
    leads = conn.execute("SELECT count(*) FROM leads").fetchone()[0]
    heavy = len(leads_by_followups(conn, HEAVY_FOLLOWUPS, 1_000_000))
    agenda = book.agenda(TODAY)
    print(
        f"  {leads:,} leads; follow-ups: "
        + ", ".join(f"{v:,} {k}" for k, v in sorted(counts.items()))
        + f" (total {sum(counts.values()):,}); {heavy} leads with ≥ {HEAVY_FOLLOWUPS}"
    )
    print("  events: " + ", ".join(f"{v:,} {k}" for k, v in sorted(events.items())))
    print(
        f"  Today ({TODAY:%a %Y-%m-%d}): {len(agenda.overdue):,} overdue, {len(agenda.today):,} today, "
        f"{len(agenda.first_responses):,} first responses, {len(agenda.decide):,} to decide, "
        f"{len(agenda.tomorrow):,} tomorrow; {agenda.without_next_step:,} active leads without a next step",
        flush=True,
    )


def measure(book_path: Path, runs: int, report: Report, profile: bool, flood_path: Path | None = None) -> None:
    qInstallMessageHandler(quiet_offscreen_notes)
    application()
    if flood_path is not None:
        measure_flood(flood_path, runs, report)
    book = LeadBook.open(book_path, FakeClock(TODAY_AT, ZONE), create=False)
    conn = sqlite3.connect(f"file:{book_path}?mode=ro", uri=True)
    try:
        describe_book(book, conn)
        statements = Statements(book)
        statements.capture(lambda: book.agenda(TODAY))
        scans = print_plans(conn, "book.agenda(today)", statements.seen)
        heavy = leads_by_followups(conn, HEAVY_FOLLOWUPS, 1)
        if heavy:
            lead_reads = Statements(book)
            lead_reads.capture(lambda: book.timeline(heavy[0]))
            scans += print_plans(conn, "book.timeline(lead)", lead_reads.seen)
        print(f"  {scans} plan(s) flagged: a full table scan or a partial index left unused\n", flush=True)
        measure_agenda(book, conn, runs, report)
        agenda_parts(book, conn, runs, report)
        if profile:
            _profile("book.agenda(today)", lambda: book.agenda(TODAY))
        measure_today(book, runs, report, profile)
        measure_timeline(book, conn, runs, report, profile)
        measure_sorting(book, conn, runs, report)
        measure_month_counts(conn, runs, report)
        measure_logging(book, conn, runs, report, profile)  # writes: last
    finally:
        conn.close()
        book.close()


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--leads", type=int, default=100_000, help="leads in the book (default 100000)")
    parser.add_argument("--followups", type=int, default=500_000, help="follow-ups in the book (default 500000)")
    parser.add_argument("--runs", type=int, default=5, help="runs per figure; medians are reported (default 5)")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="cache the built book in DIR and reuse it")
    parser.add_argument("--profile", action="store_true", help="also print cProfile summaries of the slow paths")
    parser.add_argument(
        "--flood",
        type=int,
        default=100_000,
        metavar="N",
        help="also open a book of N web inquiries with first responses due (default 100000; 0: skip)",
    )
    args = parser.parse_args(argv)
    if args.leads < 2000 or args.runs < 1 or args.followups < args.leads:
        parser.error("--leads must be ≥ 2000, --runs positive, --followups ≥ --leads")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    check_keep_folder(args.keep)
    command = shlex.join([sys.executable, *sys.argv])
    print(
        f"Leadbook follow-up benchmark: {args.leads:,} leads, {args.followups:,} follow-ups, "
        f"median of {args.runs} runs; sandbox {SANDBOX}",
        flush=True,
    )
    flood_path = flood_path_for_run(args.flood, args.keep) if args.flood > 0 else None
    book_path = book_path_for_run(args.leads, args.followups, args.keep)
    print(f"  book: {book_path.stat().st_size / 2**20:.0f} MB on disk", flush=True)
    report = Report()
    load_at_start = os.getloadavg()  # other work on the machine shows in the figures
    measure(book_path, args.runs, report, args.profile, flood_path)
    print()
    print(
        f"Leadbook at {args.leads:,} leads and {args.followups:,} follow-ups — medians of {args.runs} runs; "
        "floor measured in the same run"
    )
    print(environment_line())
    print(
        "Load average (1, 5, 15 min) at the start of the measurements: {:.2f} {:.2f} {:.2f}; at the end: "
        "{:.2f} {:.2f} {:.2f}".format(*load_at_start, *os.getloadavg())
    )
    print(render(report))
    missed = sum(1 for r in report.rows if r.goal and not r.goal.met(r.value, r.floor))
    print(f"\n{missed} goal(s) missed. Command: (cd {os.getcwd()} && {command})")
    print(f"Peak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
