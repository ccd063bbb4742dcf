#!/usr/bin/env python
"""The daily call sheet: 200 rows to a PDF file, against a bare QPdfWriter floor.

A report, not a test: the figure is the median of ``--runs`` runs (after one untimed
warm-up, whose time is shown as the cold figure), printed beside a floor measured in the
same run: QPdfWriter writing 200 lines of plain text to a file, one drawText per line.
The goal (issue "Printable daily call sheet") is at most half a second for 200 rows.

    /work/venv/bin/python tests/bench/bench_callsheet.py [--rows 200] [--runs 5]

Everything runs in a throw-away sandbox (HOME, the XDG folders and LEADBOOK_HOME point into
a temporary folder), so the user's own book and settings are never touched.
"""

from __future__ import annotations

# The sandbox (HOME, XDG folders, LEADBOOK_HOME) is entered when _common is imported,
# before Qt and Leadbook read the environment.
from _common import SANDBOX, timed  # isort: skip


import argparse
import os
import platform
import random
import statistics
import sys
import time as clock_time
from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QPointF, qVersion
from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication, QPainter, QPdfWriter

from leadbook.book import LeadBook
from leadbook.core.clock import FakeClock
from leadbook.core.followups import Due, FollowUp, Objective, Outcome
from leadbook.core.model import Channel, Lead, Stage
from leadbook.interop.callsheet import build_callsheet
from leadbook.interop.callsheet_render import default_page_layout, write_pdf

DAY = date(2026, 11, 23)
GOAL_S = 0.5
SEED = 20261123

FIRST = ("Anna", "Erik", "Jürgen", "Sabine", "James", "Mary", "王", "李", "Karin", "Lars", "Emily", "Thomas")
LAST = ("Svensson", "Lindqvist", "Müller", "Schmidt", "Smith", "Johnson", "芳", "娜", "Berg", "Öberg", "Taylor")
COMPANIES = (
    "Trädgård AB",
    "Maschinenbau GmbH",
    "Pools Inc.",
    "园林工程有限公司",
    "Consulting Ltd",
    "Bygg & Montage AB",
)
ROLES = ("Owner", "Purchasing manager", "CFO", "Office manager", "采购经理", "Geschäftsführerin")
RAPPORT = ("Packers fan; no calls on game days", "Coaches Little League on Saturdays", "喜欢打羽毛球，每周二晚上打球",
           "Fiebert mit dem 1. FC Köln", "Åker Vasaloppet varje år; två barn i hockeyn", "")  # fmt: skip
NOTES = ("Line busy, try the mobile", "Asked for the price list in English\nand a reference", "Good talk",
         "Wants a site visit before Christmas", "")  # fmt: skip


def build_book(path: Path, rows: int) -> LeadBook:
    """``rows`` follow-ups on the sheet: a tenth overdue, most today (timed and untimed, all
    channels), half the leads with a logged touch and a note, Chinese names among them."""
    rng = random.Random(SEED)
    clock = FakeClock(datetime(2026, 11, 16, 10, 0), "Europe/Stockholm")
    book = LeadBook.open(path, clock)
    leads = [
        Lead(name=f"{rng.choice(FIRST)} {rng.choice(LAST)}", company=f"{rng.choice(LAST)} {rng.choice(COMPANIES)}",
             role=rng.choice(ROLES), is_decision_maker=rng.random() < 0.6, phones=(f"+46 70-{n:03d} {n % 97:02d} 00",),
             emails=(f"lead{n}@example.com",), rapport=rng.choice(RAPPORT), best_time=rng.choice(("", "after 2 pm")),
             stage=Stage.CONTACTED)
        for n in range(rows)
    ]  # fmt: skip
    ids = sorted(book.add_leads(leads).added)
    channels = list(Channel)
    with book.batch():
        for n, lead_id in enumerate(ids):
            if n % 2:
                touch = book.plan_followup(FollowUp(lead_id, Due(DAY - timedelta(days=7)))).id
                book.complete_followup(touch, rng.choice(list(Outcome)[:5]), rng.choice(NOTES))
            day = DAY - timedelta(days=1 + n % 3) if n % 10 == 0 else DAY
            at = time(8 + n % 9, 15 * (n % 4)) if n % 3 else None
            book.plan_followup(
                FollowUp(
                    lead_id,
                    Due(day, at),
                    channels[n % len(channels)],
                    list(Objective)[n % len(Objective)],
                    objective_note="the spring offer",
                )
            )
    clock.set(datetime(2026, 11, 23, 9, 30))
    return book


def floor_pdf(path: Path, lines: int) -> None:
    """The bare toolkit: QPdfWriter, the same paper, one drawText per line of plain text."""
    writer = QPdfWriter(str(path))
    writer.setResolution(600)
    writer.setPageLayout(default_page_layout())
    painter = QPainter(writer)
    font = QFont()
    font.setPointSizeF(10)
    painter.setFont(font)
    step = QFontMetricsF(font, writer).lineSpacing()
    y = step
    for n in range(lines):
        if y > writer.height():
            writer.newPage()
            y = step
        painter.drawText(QPointF(0, y), f"{n:03d}  Anna Svensson  Åkerlund Trädgård AB  +46 70-123 45 67  Call")
        y += step
    painter.end()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=200, help="follow-ups on the sheet (default 200)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs; the median is reported (default 5)")
    args = parser.parse_args(argv)
    if args.rows < 1 or args.runs < 1:
        parser.error("--rows and --runs must be positive")
    _app = QGuiApplication(sys.argv[:1])
    book = build_book(SANDBOX / "work" / "bench.leadbook", args.rows)
    target = SANDBOX / "work" / "sheet.pdf"
    results: dict[str, list[float]] = {"total": [], "gather": [], "draw": [], "floor": []}
    pages = 0
    shown = 0

    def one_run() -> tuple[float, float, float]:
        nonlocal pages, shown
        started = clock_time.perf_counter()
        sheet = build_callsheet(book, DAY)
        gathered = clock_time.perf_counter()
        pages = write_pdf(sheet, target)
        done = clock_time.perf_counter()
        shown = len(sheet.rows)
        return done - started, gathered - started, done - gathered

    cold_total, _, _ = one_run()  # first run: fonts found and loaded, caches filled
    timed(lambda: floor_pdf(SANDBOX / "work" / "floor.pdf", args.rows))
    for _ in range(args.runs):
        total, gather, draw = one_run()
        results["total"].append(total)
        results["gather"].append(gather)
        results["draw"].append(draw)
        results["floor"].append(timed(lambda: floor_pdf(SANDBOX / "work" / "floor.pdf", args.rows)))
    book.close()
    median = {key: statistics.median(values) for key, values in results.items()}
    verdict = "PASS" if median["total"] <= GOAL_S else "MISS"
    print(f"Python {platform.python_version()}, PySide6 {PYSIDE_VERSION} (Qt {qVersion()}), {os.cpu_count()} CPUs")
    print(f"callsheet: {shown} rows → PDF ({pages} pages, {target.stat().st_size / 1024:.0f} KiB): "
          f"{median['total'] * 1000:.0f} ms median of {args.runs} "
          f"(gather {median['gather'] * 1000:.0f} ms, lay out + draw + write {median['draw'] * 1000:.0f} ms; "
          f"cold first run {cold_total * 1000:.0f} ms) | floor: QPdfWriter, {args.rows} plain lines "
          f"{median['floor'] * 1000:.0f} ms | ×{median['total'] / median['floor']:.1f} floor | "
          f"goal ≤ {GOAL_S * 1000:.0f} ms: {verdict}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
