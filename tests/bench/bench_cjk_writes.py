#!/usr/bin/env python
"""What the index of Chinese, Japanese and Korean search words (migration 0014) costs writes.

A report, not a test (it always exits 0 unless the benchmark itself breaks). Each figure is the
median of ``--runs`` runs beside its floor, measured in the same run: the same write of the same
leads with every CJK character replaced by a Latin letter, which the grams index skips.

- a bulk write of ``--leads`` leads with Chinese names, companies and notes (what an import of
  a Chinese address book writes, ``store.leads.insert_leads_bulk``), into a fresh book;
- saving one lead whose note is long (2,000 and 20,000 characters): the triggers walk its text
  once, so the cost grows with the length, not with its square.

    /work/venv/bin/python tests/bench/bench_cjk_writes.py [--leads 20000] [--runs 3]
"""

from __future__ import annotations

# The sandbox (HOME, XDG folders, LEADBOOK_HOME) is entered when _common is imported.
from _common import SANDBOX, Goal, Report, Row, environment_line, render, timed  # isort: skip

import argparse
import os
import random
import re
import shlex
import statistics
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from leadbook.book import LeadBook
from leadbook.core.clock import FakeClock
from leadbook.core.model import Lead, Source
from leadbook.store import leads as lead_store
from leadbook.store.schema import CJK_CLASS

SEED = 20261205
COMMON = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方"
    "后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开"
)
WORDS = (
    "客户",
    "预算",
    "报价",
    "下周",
    "会议",
    "电话",
    "回访",
    "合同",
    "样品",
    "价格",
    "太高",
    "感兴趣",
    "安装",
    "董事会",
)
LATIN = str.maketrans({chr(code): "abcdefghijklmnopqrstuvwxyz"[code % 26] for code in range(0x3040, 0xFB00)})


def chinese_leads(count: int, rng: random.Random) -> list[Lead]:
    """Leads a Chinese user keeps: names, companies and notes in Chinese."""
    return [
        Lead(
            name=rng.choice("王李张刘陈杨黄赵") + rng.choice(COMMON) + rng.choice(COMMON),
            company=rng.choice(("杭州", "上海", "北京")) + rng.choice(COMMON) + rng.choice(COMMON) + "有限公司",
            notes="，".join(rng.choice(WORDS) for _ in range(rng.randint(5, 20))) + "。",
            source=Source.COLD,
        )
        for _ in range(count)
    ]


def latin(lead: Lead) -> Lead:
    """The same lead with every CJK character a Latin letter (the floor: nothing to index)."""
    return lead.with_changes(name=lead.name.translate(LATIN), company=lead.company.translate(LATIN),
                             notes=lead.notes.translate(LATIN))  # fmt: skip


def bulk_write(leads: list[Lead]) -> float:
    path = SANDBOX / "work" / f"bulk-{os.getpid()}-{random.random():.9f}.leadbook"
    with LeadBook.open(path, FakeClock(datetime(2026, 1, 5, 9), "Asia/Shanghai")) as book:
        conn = book._db.conn  # the store's bulk write itself, as an import's transaction calls it

        def write() -> None:
            conn.execute("BEGIN IMMEDIATE")
            lead_store.insert_leads_bulk(conn, leads, "2026-01-05T01:00:00Z")
            conn.execute("COMMIT")

        seconds = timed(write)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return seconds


def one_save(book: LeadBook, lead: Lead, note: str) -> float:
    return timed(lambda: book.update_lead(lead.with_changes(notes=note)))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--leads", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    (SANDBOX / "work").mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    leads = chinese_leads(args.leads, rng)
    floor_leads = [latin(lead) for lead in leads]
    assert all(re.search(CJK_CLASS, lead.notes) for lead in leads)
    assert not any(re.search(CJK_CLASS, lead.name + lead.company + lead.notes) for lead in floor_leads)
    report = Report()
    cjk, floor = [], []
    for _ in range(args.runs):
        floor.append(bulk_write(floor_leads))
        cjk.append(bulk_write(leads))
    report.add(Row(f"bulk write of {args.leads:,} Chinese leads", statistics.median(cjk), statistics.median(floor),
                   Goal(2.5, relative=True, text="≤ 2.5× floor"),
                   note="floor: the same leads in Latin letters; goal proposed by the bench"))  # fmt: skip
    with LeadBook.open(
        SANDBOX / "work" / "saves.leadbook", FakeClock(datetime(2026, 1, 5, 9), "Asia/Shanghai")
    ) as book:
        chinese = book.add_lead(Lead(name="王芳", company="杭州绿源园林有限公司", source=Source.COLD))
        plain = book.add_lead(latin(chinese))
        for length in (2_000, 20_000):
            notes = ["".join(rng.choice(COMMON) for _ in range(length)) for _ in range(2)]
            saves, floors = [], []
            for run in range(args.runs):  # each save changes the note: the old one's grams go, the new one's come
                floors.append(one_save(book, plain, notes[run % 2].translate(LATIN)))
                saves.append(one_save(book, chinese, notes[run % 2]))
            report.add(Row(f"save a lead with a {length:,}-character Chinese note", statistics.median(saves),
                           statistics.median(floors), Goal(0.1, text="≤ 100 ms"),
                           note="floor: a lead with the same note in Latin letters"))  # fmt: skip
    print(f"Chinese search index, write costs — medians of {args.runs} runs; floor measured in the same run")
    print(environment_line())
    print(render(report))
    print(f"\nCommand: (cd {os.getcwd()} && {shlex.join([sys.executable, *sys.argv])})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
