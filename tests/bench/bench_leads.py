#!/usr/bin/env python
"""Leadbook at 100,000 leads: cold start, search as you type, scrolling, sorting, memory.

A report, not a test: every figure is the median of ``--runs`` runs, printed beside a
floor measured in the same run (what the bare toolkit or raw SQLite needs for the same
job), with the goal and PASS/MISS. It always exits 0 unless the benchmark itself breaks.

    /work/venv/bin/python tests/bench/bench_leads.py [--leads 100000] [--runs 5] [--keep DIR]

Everything runs in a throw-away sandbox (HOME, XDG folders and LEADBOOK_HOME point into
a temporary folder, for this process and its children), so the user's own book,
settings and log are never touched.
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
    percentile,
    process_until_painted,
    quiet_offscreen_notes,
    read_rows,
    render,
    timed,
    timed_sql,
)


import argparse
import json
import os
import random
import re
import resource
import shlex
import signal
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, qInstallMessageHandler
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from leadbook.app import application, build_main_window
from leadbook.book import LeadBook
from leadbook.core.clock import FakeClock
from leadbook.gui.leads.table_model import COLUMNS, LeadTableModel
from leadbook.gui.leads.view import LeadsView
from leadbook.gui.main_window import MainWindow
from leadbook.store.leads import SORT_SQL
from leadbook.store.schema import SCHEMA_VERSION

GENERATOR_VERSION = 1  # bump when the synthetic data changes, so --keep rebuilds
SEED = 20261123
CHUNK = 10_000  # leads per add_leads call (one transaction each)
FIRST_PAGE_ROWS = 30  # what a maximised window shows after a search
SCREEN_ROWS = 40  # rows per screenful when scrolling end to end
PAINT_SAMPLES = 100  # scroll positions sampled for the paint-per-screenful figure
CHILD_TIMEOUT_S = 120

# Words a user would type, one letter at a time (1-4 letter prefixes), chosen to occur in
# the data: first names, surnames (ü folds to u), company words, note words, phone digits.
TYPED_WORDS = (
    "anna", "sven", "müll", "schm", "karl", "john", "wang", "ande",
    "gmbh", "bygg", "offe", "term", "quot", "4670",
)  # fmt: skip
# Chinese is typed a character at a time through an input method; matched as a substring (the
# grams table of migration 0014), not by FTS words: surnames and given names, a city, a trade, and
# the legal form every Chinese company has (1-4 character prefixes, from a few dozen to 12% of the book).
TYPED_CJK = ("王芳", "李娜", "杭州", "绿源园林", "有限公司")


# --- synthetic leads (the generator is in _common.make_lead) ----------------------------------


def build_book(path: Path, count: int) -> float:
    """Write ``count`` leads through LeadBook.add_leads, as an import would; returns seconds.

    plan_first gives active leads their first follow-up, so the "Next step" column is
    filled; the fake clock moves between chunks so dates (and sorts by them) vary.
    """
    rng = random.Random(SEED)
    clock = FakeClock(datetime(2025, 1, 6, 9, 0), "Europe/Stockholm")
    started = time.perf_counter()
    with LeadBook.open(path, clock) as book:
        for start in range(0, count, CHUNK):
            batch = [make_lead(rng) for _ in range(min(CHUNK, count - start))]
            book.add_leads(batch, plan_first=True)
            clock.advance(days=rng.randint(3, 30), hours=rng.randint(0, 8))
    return time.perf_counter() - started


def book_path_for_run(count: int, keep: Path | None) -> Path:
    """A fresh copy of the book in the sandbox: built now, or copied from the --keep cache."""
    name = f"bench-{count}-seed{SEED}-g{GENERATOR_VERSION}-s{SCHEMA_VERSION}.leadbook"
    return book_for_run(keep, name, f"a {count:,}-lead book", lambda path: build_book(path, count))


# --- a. cold start and e. memory: child processes --------------------------------------------

BARE_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
table = QTableView()
window.setCentralWidget(table)
window.resize(1240, 760)
window.show()
table.viewport().installEventFilter(FirstPaint(table.viewport()))
sys.exit(app.exec())
"""


# Children are started by this tiny stdlib-only process, not by the benchmark itself: on Linux
# a child's ru_maxrss includes the RSS high-water mark of the process it was forked from (exec
# keeps it), and the benchmark is large after building the book. The spawner is ~10 MB.
SPAWNER = """
import json, os, sys, time
argv, log = json.loads(sys.argv[1]), sys.argv[2]
out = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
started = time.perf_counter()
pid = os.posix_spawn(argv[0], argv, os.environ,
                     file_actions=[(os.POSIX_SPAWN_DUP2, out, 1), (os.POSIX_SPAWN_DUP2, out, 2)])
_, status, usage = os.wait4(pid, 0)
print(json.dumps([time.perf_counter() - started, os.waitstatus_to_exitcode(status), usage.ru_maxrss]))
"""


@dataclass(frozen=True)
class ChildRun:
    seconds: float
    peak_rss_mb: float


def run_child(argv: list[str], env: dict[str, str], log: Path) -> ChildRun:
    """Wall time from spawn to exit, and this child's own peak RSS (wait4 in a small spawner)."""
    spawner = subprocess.Popen(
        [sys.executable, "-I", "-S", "-c", SPAWNER, json.dumps(argv), str(log)],
        env=env,
        stdout=subprocess.PIPE,
        cwd=SANDBOX / "work",
        start_new_session=True,
    )
    try:
        out, _ = spawner.communicate(timeout=CHILD_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        os.killpg(spawner.pid, signal.SIGKILL)  # the spawner leads its own session: it and our child
        spawner.communicate()
        raise RuntimeError(f"{argv[0]} did not quit within {CHILD_TIMEOUT_S} s; see {log}") from None
    seconds, code, max_rss_kib = json.loads(out)
    if code != 0:
        raise RuntimeError(f"{shlex.join(argv)} exited {code}:\n{log.read_text(errors='replace')[-2000:]}")
    return ChildRun(seconds, max_rss_kib / 1024)


def measure_start(book_path: Path, runs: int, report: Report) -> None:
    """a + e: `leadbook --db BOOK` to its first paint versus a bare window's first paint."""
    leadbook = Path(sys.executable).parent / "leadbook"
    # As installed (pip writes bytecode at install): the warm-up run may write its .pyc caches
    # even where the environment says not to, or every run would compile the app anew.
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    app_argv = [str(leadbook), "--db", str(book_path)]
    bare_argv = [sys.executable, "-c", BARE_WINDOW]
    app_env = dict(env, LEADBOOK_EXIT_AFTER_PAINT="1")
    logs = SANDBOX / "work"
    app_runs: list[ChildRun] = []
    bare_runs: list[ChildRun] = []
    print(f"a/e. cold start: 1 warm-up + {runs} runs of each child …", flush=True)
    for n in range(runs + 1):  # run 0 warms the page cache and is not counted
        app = run_child(app_argv, app_env, logs / "leadbook-child.log")
        bare = run_child(bare_argv, env, logs / "bare-child.log")
        if n:
            app_runs.append(app)
            bare_runs.append(bare)
            print(f"  run {n}: leadbook {app.seconds * 1000:.0f} ms, bare {bare.seconds * 1000:.0f} ms", flush=True)
    report.add(
        Row(
            "a. cold start to first paint",
            statistics.median(r.seconds for r in app_runs),
            statistics.median(r.seconds for r in bare_runs),
            Goal(1.5, relative=True, text="≤ 1.5× floor"),
            note="floor: bare QMainWindow + QTableView",
        ),
        Row(
            "e. peak RSS of that process",
            statistics.median(r.peak_rss_mb for r in app_runs),
            statistics.median(r.peak_rss_mb for r in bare_runs),
            Goal(1.5, relative=True, text="≤ 1.5× floor"),
            unit="MB",
            note="wait4 ru_maxrss; goal proposed by the bench",
        ),
    )


# --- in-process GUI helpers ------------------------------------------------------------------


def show_all_leads(view: LeadsView, paints: PaintCounter) -> None:
    """Back to the opening state: no search, sorted by name, cache empty, painted."""
    view.search.setText("")
    view.apply_filters()
    view.model.sort(0, Qt.SortOrder.AscendingOrder)
    view.model.refresh()
    view.table.scrollToTop()
    process_until_painted(paints)


# --- b. search as you type -------------------------------------------------------------------


def prefixes(words: Sequence[str]) -> Iterator[str]:
    """ "anna" → "a", "an", "ann", "anna": what the field holds after each key."""
    for word in words:
        for length in range(1, len(word) + 1):
            yield word[:length]


def type_prefix(view: LeadsView, text: str) -> None:
    """The timed part of one key: new text, the query, the row count, the first page read."""
    view.search.setText(text)
    view.apply_filters()
    view.model.rowCount()
    read_rows(view.model, 0, FIRST_PAGE_ROWS)


def fts_floor(conn: sqlite3.Connection, text: str) -> float:
    """The bare FTS5 prefix query the search is built on."""
    match = " ".join(f'"{token}"*' for token in re.findall(r"\w+", text))
    return timed_sql(conn, "SELECT rowid FROM leads_fts WHERE leads_fts MATCH ?", [match])


def like_floor(conn: sqlite3.Connection, text: str) -> float:
    """The bare LIKE scan a Chinese search word meant before its grams table: what it replaces."""
    like = f"%{text}%"
    sql = "SELECT id FROM leads WHERE name LIKE ?1 OR company LIKE ?1 OR notes LIKE ?1 OR rapport LIKE ?1"
    return timed_sql(conn, sql, [like])


def grams_floor(conn: sqlite3.Connection, text: str) -> float:
    """The bare query of the CJK grams index (migration 0014) the search is built on: a one- or
    two-character word's gram; a longer one's first pair, checked with the LIKE on the narrow text."""
    if len(text) <= 2:
        return timed_sql(conn, "SELECT rowid FROM leads_cjk WHERE leads_cjk MATCH ?", [f'"{text}"'])
    sql = ("SELECT leads_cjk_text.lead_id FROM leads_cjk JOIN leads_cjk_text ON leads_cjk_text.lead_id = leads_cjk.rowid "
           "WHERE leads_cjk MATCH ? AND leads_cjk_text.text LIKE ?")  # fmt: skip
    return timed_sql(conn, sql, [f'"{text[:2]}"', f"%{text}%"])


@dataclass
class SearchSamples:
    app: dict[int, list[float]] = field(default_factory=dict)  # by prefix length; 0 = all
    floor: dict[int, list[float]] = field(default_factory=dict)
    hits: dict[int, list[int]] = field(default_factory=dict)
    rest: dict[int, list[float]] = field(default_factory=dict)  # the matches below the first screen, after
    index_floor: dict[int, list[float]] = field(default_factory=dict)  # Chinese: the bare grams query

    def add(self, key: int, app: float, floor: float, hits: int, rest: float = 0.0, index_floor: float = 0.0) -> None:
        self.app.setdefault(key, []).append(app)
        self.floor.setdefault(key, []).append(floor)
        self.hits.setdefault(key, []).append(hits)
        self.rest.setdefault(key, []).append(rest)
        self.index_floor.setdefault(key, []).append(index_floor)


def search_run(
    view: LeadsView,
    paints: PaintCounter,
    conn: sqlite3.Connection,
    words: Sequence[str],
    floor: Callable[[sqlite3.Connection, str], float],
    index_floor: Callable[[sqlite3.Connection, str], float] | None = None,
) -> SearchSamples:
    """Type every word key by key, timing each key and its floor; paint between keys (untimed)."""
    samples = SearchSamples()
    for text in prefixes(words):
        app = timed(lambda: type_prefix(view, text))
        hits = view.model.total_rows()
        rest = timed(view.model.complete)  # the rest of the matches, which the next turn reads (if any are left)
        process_until_painted(paints, 1.0)  # the coalescing timer fires (a no-op) and the view repaints
        bare = floor(conn, text)
        index = index_floor(conn, text) if index_floor else 0.0
        for key in (len(text), 0):
            samples.add(key, app, bare, hits, rest, index)
    return samples


def clear_search_time(view: LeadsView, paints: PaintCounter) -> float:
    """Backspacing the last letter: the whole 100k list comes back."""
    view.search.setText("a")
    view.apply_filters()
    process_until_painted(paints, 1.0)
    return timed(lambda: type_prefix(view, ""))


def median_of(runs: list[SearchSamples], side: str, key: int, fraction: float) -> float:
    """The median over runs of one run's percentile."""
    return statistics.median(percentile(getattr(run, side)[key], fraction) for run in runs)


def measure_search(view: LeadsView, paints: PaintCounter, conn: sqlite3.Connection, runs: int, report: Report) -> None:
    """b: search as you type, per prefix length and overall, against the bare FTS query."""
    print(f"b. search as you type: {runs} runs of {len(list(prefixes(TYPED_WORDS)))} keys …", flush=True)
    latin: list[SearchSamples] = []
    cjk: list[SearchSamples] = []
    clears: list[float] = []
    for _ in range(runs):
        show_all_leads(view, paints)
        latin.append(search_run(view, paints, conn, TYPED_WORDS, fts_floor))
        cjk.append(search_run(view, paints, conn, TYPED_CJK, like_floor, grams_floor))
        clears.append(clear_search_time(view, paints))
    frame = Goal(0.016, text="≤ 16 ms")
    for key in (1, 2, 3, 4, 0):
        what = f"{key} letter{'s' if key > 1 else ''}" if key else "all prefixes"
        hits = statistics.mean(latin[0].hits[key])
        note = f"≈{hits:,.0f} hits/key" + ("; p95 is the goal" if key == 0 else "")
        report.add(
            Row(
                f"b. search {what}, p50",
                median_of(latin, "app", key, 0.5),
                median_of(latin, "floor", key, 0.5),
                None,
                note=note if key else "",
            ),
            Row(
                f"b. search {what}, p95",
                median_of(latin, "app", key, 0.95),
                median_of(latin, "floor", key, 0.95),
                frame,
                note=note,
            ),
            Row(
                "b. … the rest of its matches after, p95",
                median_of(latin, "rest", key, 0.95),
                median_of(latin, "floor", key, 0.95),
                None,
                note="below the first screen, on the next turn; not in the key's time",
            ),
        )
    for key in (1, 2, 3, 4, 0):
        what = f"{key} character{'s' if key > 1 else ''}" if key else "all prefixes"
        report.add(
            Row(
                f"b. search Chinese {what}, p95",
                median_of(cjk, "app", key, 0.95),
                median_of(cjk, "floor", key, 0.95),
                frame,
                note=f"≈{statistics.mean(cjk[0].hits[key]):,.0f} hits/key; floor: bare LIKE scan"
                + (f"; typed {' '.join(TYPED_CJK)}" if key == 0 else ""),
            ),
            Row(
                "b. … against the bare grams query, p95",
                median_of(cjk, "app", key, 0.95),
                median_of(cjk, "index_floor", key, 0.95),
                None,
                note="floor: the grams index's own query (migration 0014), no first screen, no rows shown",
            ),
            Row(
                "b. … the rest of its matches after, p95",
                median_of(cjk, "rest", key, 0.95),
                median_of(cjk, "floor", key, 0.95),
                None,
                note="below the first screen, on the next turn; not in the key's time",
            ),
        )
    report.add(
        Row(
            "b. clear search (all leads back)",
            statistics.median(clears),
            None,
            frame,
            note="Backspace on the last letter",
        ),
    )


# --- c. scrolling ----------------------------------------------------------------------------


def scroll_model_work(model: LeadTableModel) -> float:
    """Every row's display text, one screenful at a time, top to bottom."""

    def walk() -> None:
        for top in range(0, model.rowCount(), SCREEN_ROWS):
            read_rows(model, top, SCREEN_ROWS)

    return timed(walk)


def scroll_floor(conn: sqlite3.Connection) -> float:
    """The same rows, in the same order, from a bare cursor."""
    sql = (
        "SELECT id, name, company, stage, phones, emails, source, value, currency, last_touch_at, "
        "next_step_at, do_not_contact FROM leads ORDER BY name COLLATE NOCASE, id"
    )
    return timed_sql(conn, sql)


def scroll_to_bottom(table: QTableView, paints: PaintCounter) -> float:
    """The End key: the view jumps and paints the last screenful."""

    def jump() -> None:
        table.scrollToBottom()
        process_until_painted(paints)

    return timed(jump)


def paint_per_screenful(table: QTableView) -> list[float]:
    """Dragging the scroll bar: jump to spread-out positions and repaint synchronously."""
    bar = table.verticalScrollBar()
    positions = [round(bar.maximum() * n / (PAINT_SAMPLES - 1)) for n in range(PAINT_SAMPLES)]
    return [timed(lambda: (bar.setValue(position), table.viewport().repaint())) for position in positions]


def bare_table_like(view: LeadsView, rows: int = 2000) -> QTableView:
    """The paint floor: a plain QTableView, styled and sized like the lead table, over a C++
    QStandardItemModel holding the same texts (paint cost depends on the rows shown, not held)."""
    model = QStandardItemModel(min(rows, view.model.rowCount()), view.model.columnCount())
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            model.setItem(row, column, QStandardItem(view.model.index(row, column).data() or ""))
    table = QTableView()
    table.setModel(model)
    model.setParent(table)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(view.table.verticalHeader().defaultSectionSize())
    table.horizontalHeader().setStretchLastSection(True)
    for column in range(model.columnCount()):
        table.setColumnWidth(column, view.table.columnWidth(column))
    table.resize(view.table.size())
    return table


def measure_scrolling(
    view: LeadsView, paints: PaintCounter, conn: sqlite3.Connection, runs: int, report: Report
) -> None:
    """c: the model work behind a full scroll, the End key, and per-frame paint cost."""
    print(f"c. scrolling: {runs} runs …", flush=True)
    show_all_leads(view, paints)
    bare = bare_table_like(view)
    bare_paints = PaintCounter(bare.viewport())
    bare.show()
    process_until_painted(bare_paints)
    work, floors, bottoms, bare_bottoms, frames, bare_frames = [], [], [], [], [], []
    for _ in range(runs):
        show_all_leads(view, paints)
        work.append(scroll_model_work(view.model))
        floors.append(scroll_floor(conn))
        show_all_leads(view, paints)
        bottoms.append(scroll_to_bottom(view.table, paints))
        bare.scrollToTop()
        process_until_painted(bare_paints)
        bare_bottoms.append(scroll_to_bottom(bare, bare_paints))
        show_all_leads(view, paints)
        frames.append(percentile(paint_per_screenful(view.table), 0.95))
        bare_frames.append(percentile(paint_per_screenful(bare), 0.95))
    bare.close()
    rows = view.model.rowCount()
    per_cell = statistics.median(work) / (rows * len(COLUMNS)) * 1e6
    frame = Goal(0.016, text="≤ 16 ms")
    report.add(
        Row(
            f"c. model work, scroll {rows:,} rows",
            statistics.median(work),
            statistics.median(floors),
            Goal(1.0, text="≤ 1 s"),
            note=f"{per_cell:.1f} µs per cell (index + data); floor: bare cursor",
        ),
        Row(
            "c. scrollToBottom + events",
            statistics.median(bottoms),
            statistics.median(bare_bottoms),
            frame,
            note="until painted; floor: bare QTableView + QStandardItemModel",
        ),
        Row(
            "c. repaint after a scroll-bar jump, p95",
            statistics.median(frames),
            statistics.median(bare_frames),
            frame,
            note=f"{PAINT_SAMPLES} positions; same floor",
        ),
    )


# --- d. sorting ------------------------------------------------------------------------------


def sort_floor(conn: sqlite3.Connection, column: int, descending: bool) -> float:
    """The bare ordered id query for one column, as the store would write it."""
    key = COLUMNS[column]
    direction = "DESC" if descending else "ASC"
    nulls = "NULLS LAST" if key in ("value", "last_touch", "next_step") else ""
    sql = f"SELECT id FROM leads ORDER BY {SORT_SQL[key]} {direction} {nulls}, id {direction}"
    return timed_sql(conn, sql)


def measure_sorting(view: LeadsView, paints: PaintCounter, conn: sqlite3.Connection, runs: int, report: Report) -> None:
    """d: a header click on each column, both ways (descending first, so no click is a no-op)."""
    print(f"d. sorting: {runs} runs × {len(COLUMNS)} columns × 2 orders …", flush=True)
    app: dict[tuple[int, bool], list[float]] = {}
    floor: dict[tuple[int, bool], list[float]] = {}
    for _ in range(runs):
        show_all_leads(view, paints)
        for column in range(len(COLUMNS)):
            for descending in (True, False):
                order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
                app.setdefault((column, descending), []).append(timed(lambda: view.model.sort(column, order)))
                process_until_painted(paints, 1.0)
                floor.setdefault((column, descending), []).append(sort_floor(conn, column, descending))
    goal = Goal(0.1, text="≤ 100 ms")
    for column, key in enumerate(COLUMNS):
        worst = max((False, True), key=lambda d: statistics.median(app[(column, d)]))
        report.add(
            Row(
                f"d. sort by {key} ({'desc' if worst else 'asc'}, slower way)",
                statistics.median(app[(column, worst)]),
                statistics.median(floor[(column, worst)]),
                goal,
                note="goal proposed by the bench" if column == 0 else "",
            )
        )


# --- main ------------------------------------------------------------------------------------


def measure_in_process(book_path: Path, runs: int, report: Report, search_only: bool = False) -> None:
    """b, c, d inside this process, around the real main window of an open book."""
    qInstallMessageHandler(quiet_offscreen_notes)
    application()
    book = LeadBook.open(book_path, create=False)
    window: MainWindow = build_main_window(book)
    view = window.leads_view
    paints = PaintCounter(view.table.viewport())
    window.show_view("leads")  # the window opens on Today; b, c and d need the lead table on screen
    window.show()
    process_until_painted(paints)
    conn = sqlite3.connect(f"file:{book_path}?mode=ro", uri=True)
    try:
        measure_search(view, paints, conn, runs, report)
        if not search_only:
            measure_scrolling(view, paints, conn, runs, report)
            measure_sorting(view, paints, conn, runs, report)
    finally:
        conn.close()
        window.close()
        book.close()


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--leads", type=int, default=100_000, help="leads in the book (default 100000)")
    parser.add_argument("--runs", type=int, default=5, help="runs per figure; medians are reported (default 5)")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="cache the built book in DIR and reuse it")
    parser.add_argument("--search-only", action="store_true", help="only b, search as you type")
    args = parser.parse_args(argv)
    if args.leads < 1 or args.runs < 1:
        parser.error("--leads and --runs must be positive")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    check_keep_folder(args.keep)
    command = shlex.join([sys.executable, *sys.argv])
    print(f"Leadbook benchmark: {args.leads:,} leads, median of {args.runs} runs; sandbox {SANDBOX}", flush=True)
    book_path = book_path_for_run(args.leads, args.keep)
    print(f"  book: {book_path.stat().st_size / 2**20:.0f} MB on disk", flush=True)
    report = Report()
    if not args.search_only:
        measure_start(book_path, args.runs, report)
    measure_in_process(book_path, args.runs, report, search_only=args.search_only)
    print()
    print(f"Leadbook at {args.leads:,} leads — medians of {args.runs} runs; floor measured in the same run")
    print(environment_line())
    print(render(report))
    missed = sum(1 for r in report.rows if r.goal and not r.goal.met(r.value, r.floor))
    print(f"\n{missed} goal(s) missed. Command: (cd {os.getcwd()} && {command})")
    print(f"Peak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
