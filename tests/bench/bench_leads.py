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

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

from platformdirs import user_data_path

from leadbook import APP_NAME  # the package itself is light; Qt is not loaded yet


def _own_data_folders() -> set[Path]:
    """The user's real Leadbook data folder(s), found before the sandbox moves HOME."""
    folders = {user_data_path(APP_NAME, appauthor=False)}
    if os.environ.get("LEADBOOK_HOME", "").strip():
        folders.add(Path(os.environ["LEADBOOK_HOME"].strip()).expanduser())
    return {f.resolve() for f in folders}


OWN_DATA_FOLDERS = _own_data_folders()


def _enter_sandbox() -> Path:
    """Point every folder Qt or Leadbook could write to into a temp dir, before they load."""
    sandbox = Path(tempfile.mkdtemp(prefix="leadbook-bench-"))
    atexit.register(shutil.rmtree, sandbox, ignore_errors=True)
    for name in ("home", "config", "data", "cache", "runtime", "leadbook-home", "work"):
        (sandbox / name).mkdir(mode=0o700)
    os.environ.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(sandbox / "home"),
        XDG_CONFIG_HOME=str(sandbox / "config"),
        XDG_DATA_HOME=str(sandbox / "data"),
        XDG_CACHE_HOME=str(sandbox / "cache"),
        XDG_RUNTIME_DIR=str(sandbox / "runtime"),
        LEADBOOK_HOME=str(sandbox / "leadbook-home"),
        LANG="en_US.UTF-8",
        LC_ALL="en_US.UTF-8",
    )
    os.environ.pop("LEADBOOK_EXIT_AFTER_PAINT", None)
    return sandbox


SANDBOX = _enter_sandbox()

# ruff: noqa: E402 - the sandbox must exist before Qt and Leadbook read the environment
import argparse
import json
import math
import platform
import random
import re
import resource
import shlex
import signal
import sqlite3
import statistics
import subprocess
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QtMsgType, qInstallMessageHandler, qVersion
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from leadbook.app import application, build_main_window
from leadbook.book import LeadBook
from leadbook.core.clock import FakeClock
from leadbook.core.model import Channel, IntervalUnit, Lead, Source, Stage
from leadbook.gui.lead_table_model import COLUMNS, LeadTableModel
from leadbook.gui.leads_view import LeadsView
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
DISPLAY = Qt.ItemDataRole.DisplayRole

# Words a user would type, one letter at a time (1-4 letter prefixes), chosen to occur in
# the data: first names, surnames (ü folds to u), company words, note words, phone digits.
TYPED_WORDS = (
    "anna", "sven", "müll", "schm", "karl", "john", "wang", "ande",
    "gmbh", "bygg", "offe", "term", "quot", "4670",
)  # fmt: skip
# Chinese is typed a character at a time through an input method; matched by LIKE, not FTS.
TYPED_CJK = ("王芳", "李娜", "杭州")


# --- synthetic leads -----------------------------------------------------------------------

EN_FIRST = ("James", "John", "Robert", "Michael", "William", "David", "Mary", "Patricia", "Jennifer", "Linda",
            "Elizabeth", "Susan", "Jessica", "Sarah", "Karen", "Anna", "Emily", "Thomas", "Charles", "Daniel",
            "Matthew", "Anthony", "Mark", "Paul", "Steven", "Andrew", "Joshua", "Kevin", "Brian", "Amanda")
EN_LAST = ("Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
           "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis",
           "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Green", "Baker", "Carter")
SV_FIRST = ("Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Kerstin", "Emma", "Ingrid", "Åsa", "Lars", "Karl",
            "Erik", "Anders", "Johan", "Per", "Nils", "Sven", "Björn", "Mikael", "Olof", "Göran", "Jörgen",
            "Sofia", "Linnéa", "Maja", "Astrid", "Stefan", "Mats", "Ulf")
SV_LAST = ("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
           "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson",
           "Lindberg", "Lindström", "Lindqvist", "Åkerlund", "Sjöberg", "Berg", "Forsberg", "Holm", "Engström")
DE_FIRST = ("Jürgen", "Klaus", "Stefan", "Thomas", "Michael", "Andreas", "Wolfgang", "Uwe", "Karl", "Hans",
            "Ursula", "Monika", "Petra", "Sabine", "Renate", "Birgit", "Claudia", "Anna", "Katrin", "Jörg",
            "Günther", "Matthias", "Sven", "Julia", "Lena")
DE_LAST = ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
           "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
           "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Schmitt")
ZH_SURNAME = ("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙")
ZH_GIVEN = ("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "艳", "勇", "杰", "娟", "涛", "明", "超")
ZH_PINYIN = {"王": "Wang", "李": "Li", "张": "Zhang", "刘": "Liu", "陈": "Chen", "杨": "Yang", "黄": "Huang",
             "赵": "Zhao", "吴": "Wu", "周": "Zhou", "徐": "Xu", "孙": "Sun", "伟": "Wei", "芳": "Fang",
             "娜": "Na", "敏": "Min", "静": "Jing", "丽": "Li", "强": "Qiang", "磊": "Lei", "军": "Jun",
             "洋": "Yang", "艳": "Yan", "勇": "Yong", "杰": "Jie", "娟": "Juan", "涛": "Tao", "明": "Ming",
             "超": "Chao"}
ZH_CITY = ("杭州", "上海", "北京", "深圳", "广州", "苏州", "南京")
ZH_TRADE = ("绿源园林", "科技", "贸易", "建筑", "机械", "家居", "电子")

COMPANY_WORDS = {
    "en": (("Acme", "Summit", "Harbor", "Pioneer", "Bright", "Oak", "Granite", "Blue River", "Northwind"),
           ("Pools", "Landscaping", "Builders", "Consulting", "Supplies", "Logistics", "Media", "Roofing"),
           ("Ltd", "Inc", "LLC", "Group", "& Sons", "")),
    "sv": (("Nordic", "Åkerlund", "Björk", "Fjäll", "Sjö", "Granit", "Lind", "Ek", "Vik"),
           ("Bygg", "Trädgård", "Konsult", "Måleri", "El", "VVS", "Transport", "Fastighet", "Design"),
           ("AB", "AB", "HB", "& Co AB")),
    "de": (("Nord", "Alpen", "Rhein", "Sonnen", "Berg", "Stadt", "Wald", "Elb"),
           ("Maschinenbau", "Gartenbau", "Bau", "Technik", "Handel", "Logistik", "Elektro", "Beratung"),
           ("GmbH", "GmbH", "AG", "KG", "GmbH & Co. KG")),
}  # fmt: skip
NOTE_WORDS = {
    "en": ("called", "back", "next", "week", "wants", "quote", "for", "the", "pool", "meeting", "budget",
           "approved", "price", "too", "high", "send", "brochure", "interested", "in", "spring", "install",
           "decision", "after", "board", "quoted", "offer", "follow", "up", "Monday", "prefers", "email"),
    "sv": ("ringde", "tillbaka", "vill", "ha", "offert", "på", "altan", "möte", "nästa", "vecka", "budget",
           "godkänd", "priset", "för", "högt", "skicka", "broschyr", "intresserad", "av", "våren", "offerten",
           "beslut", "efter", "styrelsen", "återkom", "måndag"),
    "de": ("rief", "zurück", "möchte", "Angebot", "für", "Garten", "Termin", "nächste", "Woche", "Budget",
           "genehmigt", "Preis", "zu", "hoch", "Prospekt", "senden", "interessiert", "Frühjahr", "Entscheidung",
           "nach", "Vorstand", "Rückruf", "Montag", "Angebote", "terminiert"),
}  # fmt: skip
TAGS = ("vip", "residential", "commercial", "fair 2025", "newsletter", "partner", "hot", "Stockholm",
        "Berlin", "London", "Shanghai", "renewal", "pilot", "big ticket")
MAIL_DOMAINS = {"en": ("gmail.com", "outlook.com", "yahoo.com"), "sv": ("telia.se", "gmail.com", "hotmail.se"),
                "de": ("web.de", "gmx.de", "t-online.de"), "zh": ("qq.com", "163.com", "126.com")}
COUNTRY = {"en": ("United Kingdom", "GBP", "+44"), "sv": ("Sweden", "SEK", "+46"), "de": ("Germany", "EUR", "+49"),
           "zh": ("China", "CNY", "+86")}
STAGE_WEIGHTS = {Stage.NEW: 30, Stage.CONTACTED: 20, Stage.QUALIFIED: 12, Stage.PROPOSAL: 8, Stage.NEGOTIATION: 4,
                 Stage.WON: 8, Stage.NO: 12, Stage.NURTURE: 6}
SOURCE_WEIGHTS = {Source.WEB: 30, Source.EMAIL: 12, Source.PHONE: 12, Source.REFERRAL: 14, Source.AD: 10,
                  Source.EVENT: 8, Source.COLD: 10, Source.OTHER: 4}
_ASCII = str.maketrans({"å": "a", "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "Å": "A", "Ä": "Ae",
                        "Ö": "Oe", "Ü": "Ue"})


def _ascii(text: str) -> str:
    """What a person with this name would use in an e-mail address."""
    return re.sub(r"[^a-z0-9]", "", text.translate(_ASCII).lower())


def _person(rng: random.Random) -> tuple[str, str, str]:
    """(language, shown name, e-mail local part): mostly English, Swedish and German, some Chinese."""
    language = rng.choices(("en", "sv", "de", "zh"), weights=(35, 25, 25, 15))[0]
    if language == "zh":
        surname, given = rng.choice(ZH_SURNAME), rng.choice(ZH_GIVEN)
        pinyin = f"{ZH_PINYIN[given]} {ZH_PINYIN[surname]}"
        name = surname + given if rng.random() < 0.5 else pinyin
        return language, name, _ascii(pinyin.replace(" ", "."))
    first, last = {"en": (EN_FIRST, EN_LAST), "sv": (SV_FIRST, SV_LAST), "de": (DE_FIRST, DE_LAST)}[language]
    given, surname = rng.choice(first), rng.choice(last)
    return language, f"{given} {surname}", f"{_ascii(given)}.{_ascii(surname)}"


def _company(rng: random.Random, language: str, surname_hint: str) -> str:
    if rng.random() < 0.15:
        return ""
    if language == "zh":
        return rng.choice(ZH_CITY) + rng.choice(ZH_TRADE) + "有限公司"
    first, middle, suffix = COMPANY_WORDS[language]
    head = surname_hint if rng.random() < 0.3 else rng.choice(first)
    return " ".join(p for p in (head, rng.choice(middle), rng.choice(suffix)) if p)


def _phone(rng: random.Random, language: str) -> str:
    code = COUNTRY[language][2]
    if language == "sv":
        return f"{code} 7{rng.randint(0, 9)}-{rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    if language == "de":
        return f"{code} 1{rng.randint(50, 79)} {rng.randint(1000000, 9999999)}"
    if language == "zh":
        return f"{code} 13{rng.randint(0, 9)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    return f"{code} 7{rng.randint(100, 999)} {rng.randint(100000, 999999)}"


def _note(rng: random.Random, language: str, low: int, high: int) -> str:
    words = NOTE_WORDS[language if language in NOTE_WORDS else "en"]
    return " ".join(rng.choice(words) for _ in range(rng.randint(low, high))).capitalize() + "."


def make_lead(rng: random.Random) -> Lead:
    """One plausible lead; the mix decides how many rows a 1-4 letter prefix matches."""
    language, name, local = _person(rng)
    company = _company(rng, language, name.split()[-1] if " " in name else "")
    domain = _ascii(company.split()[0]) + ".com" if company and language != "zh" else rng.choice(MAIL_DOMAINS[language])
    emails = (f"{local}@{domain}",) if rng.random() < 0.85 else ()
    if emails and rng.random() < 0.1:
        emails += (f"{local[:1]}{rng.randint(1, 99)}@{rng.choice(MAIL_DOMAINS[language])}",)
    phones = tuple(_phone(rng, language) for _ in range(rng.choices((0, 1, 2), weights=(15, 75, 10))[0]))
    country, currency, _ = COUNTRY[language]
    has_value = rng.random() < 0.5
    has_interval = rng.random() < 0.2
    return Lead(
        name=name,
        company=company,
        emails=emails,
        phones=phones,
        country=country,
        source=rng.choices(list(SOURCE_WEIGHTS), weights=list(SOURCE_WEIGHTS.values()))[0],
        stage=rng.choices(list(STAGE_WEIGHTS), weights=list(STAGE_WEIGHTS.values()))[0],
        value=round(rng.lognormvariate(10, 1), -2) if has_value else None,
        currency=currency if has_value else "",
        preferred_channel=rng.choice(list(Channel)) if rng.random() < 0.3 else None,
        interval_count=rng.randint(1, 12) if has_interval else None,
        interval_unit=rng.choice(list(IntervalUnit)) if has_interval else None,
        notes=_note(rng, language, 3, 20) if rng.random() < 0.6 else "",
        rapport=_note(rng, language, 2, 8) if rng.random() < 0.2 else "",
        tags=tuple(rng.sample(TAGS, rng.randint(1, 2))) if rng.random() < 0.3 else (),
        do_not_contact=rng.random() < 0.02,
    )


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
            book.add_leads(batch, label="Benchmark import", plan_first=True)
            clock.advance(days=rng.randint(3, 30), hours=rng.randint(0, 8))
    return time.perf_counter() - started


def book_for_run(count: int, keep: Path | None, work: Path) -> Path:
    """A fresh copy of the book in ``work``: built now, or copied from the --keep cache."""
    target = work / "bench.leadbook"
    if keep is None:
        print(f"Building a {count:,}-lead book …", flush=True)
        print(f"  built in {build_book(target, count):.1f} s", flush=True)
        return target
    keep.mkdir(parents=True, exist_ok=True)
    cached = keep / f"bench-{count}-seed{SEED}-g{GENERATOR_VERSION}-s{SCHEMA_VERSION}.leadbook"
    if cached.exists():
        print(f"Reusing {cached} (delete it to rebuild)", flush=True)
    else:
        print(f"Building a {count:,}-lead book for {keep} …", flush=True)
        partial = keep / (cached.name + ".partial")
        partial.unlink(missing_ok=True)
        print(f"  built in {build_book(partial, count):.1f} s", flush=True)
        partial.rename(cached)
    shutil.copyfile(cached, target)  # runs never touch the cache
    return target


# --- statistics and results ----------------------------------------------------------------


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile: a value that was actually measured."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


@dataclass(frozen=True)
class Goal:
    """A limit on a figure: absolute (seconds, bytes) or a multiple of its floor."""

    limit: float
    relative: bool = False
    text: str = ""

    def met(self, value: float, floor: float | None) -> bool:
        if self.relative:
            return floor is not None and value <= self.limit * floor
        return value <= self.limit


@dataclass(frozen=True)
class Row:
    label: str
    value: float
    floor: float | None = None
    goal: Goal | None = None
    unit: str = "s"  # "s" or "MB"
    note: str = ""


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)

    def add(self, *rows: Row) -> None:
        self.rows.extend(rows)


def _amount(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "MB":
        return f"{value:,.0f} MB"
    if value >= 1:
        return f"{value:.2f} s"
    return f"{value * 1000:.1f} ms" if value < 0.1 else f"{value * 1000:.0f} ms"


def render(report: Report) -> str:
    """The results as a plain-text table, goal and verdict beside each figure."""
    header = ("measure", "leadbook", "floor", "ratio", "goal", "result", "note")
    lines = [header]
    for row in report.rows:
        ratio = f"{row.value / row.floor:.1f}×" if row.floor else "—"
        verdict = "info" if row.goal is None else ("PASS" if row.goal.met(row.value, row.floor) else "MISS")
        lines.append((row.label, _amount(row.value, row.unit), _amount(row.floor, row.unit), ratio,
                      row.goal.text if row.goal else "—", verdict, row.note))
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    right = {1, 2, 3}
    out = []
    for n, line in enumerate(lines):
        cells = [c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(line, widths))]
        out.append("  ".join(cells).rstrip())
        if n == 0:
            out.append("  ".join("─" * w for w in widths))
    return "\n".join(out)


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
    spawner = subprocess.Popen([sys.executable, "-I", "-S", "-c", SPAWNER, json.dumps(argv), str(log)],
                               env=env, stdout=subprocess.PIPE, cwd=SANDBOX / "work", start_new_session=True)
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
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
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
        Row("a. cold start to first paint", statistics.median(r.seconds for r in app_runs),
            statistics.median(r.seconds for r in bare_runs), Goal(1.5, relative=True, text="≤ 1.5× floor"),
            note="floor: bare QMainWindow + QTableView"),
        Row("e. peak RSS of that process", statistics.median(r.peak_rss_mb for r in app_runs),
            statistics.median(r.peak_rss_mb for r in bare_runs), Goal(1.5, relative=True, text="≤ 1.5× floor"),
            unit="MB", note="wait4 ru_maxrss; goal proposed by the bench"),
    )


# --- in-process GUI helpers ------------------------------------------------------------------


class PaintCounter(QObject):
    """Counts paint events of a widget, so we can wait for a real repaint."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def quiet_offscreen_notes(mode: QtMsgType, context: object, message: str) -> None:
    """Offscreen has no window manager and says so on every show; other messages pass."""
    if not message.startswith("This plugin does not support"):
        print(message, file=sys.stderr)


def process_until_painted(paints: PaintCounter, timeout_s: float = 5.0) -> bool:
    """Run the event loop until the widget has painted once more (or the timeout passes)."""
    before = paints.count
    deadline = time.perf_counter() + timeout_s
    while paints.count == before and time.perf_counter() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    return paints.count > before


def read_rows(model: LeadTableModel, first: int, count: int) -> None:
    """What the view asks when it paints rows: every column's display text."""
    columns = model.columnCount()
    for row in range(first, min(first + count, model.rowCount())):
        for column in range(columns):
            model.data(model.index(row, column), DISPLAY)


def show_all_leads(view: LeadsView, paints: PaintCounter) -> None:
    """Back to the opening state: no search, sorted by name, cache empty, painted."""
    view.search.setText("")
    view.apply_filters()
    view.model.sort(0, Qt.SortOrder.AscendingOrder)
    view.model.refresh()
    view.table.scrollToTop()
    process_until_painted(paints)


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def timed_sql(conn: sqlite3.Connection, sql: str, params: Sequence[object] = ()) -> float:
    """A floor: run the query and step through every row, keeping nothing (the cheapest read)."""
    def drain() -> None:
        for _ in conn.execute(sql, params):
            pass

    return timed(drain)


# --- b. search as you type -------------------------------------------------------------------


def prefixes(words: Sequence[str]) -> Iterator[str]:
    """"anna" → "a", "an", "ann", "anna": what the field holds after each key."""
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
    """The bare LIKE scan a Chinese search word falls back to."""
    like = f"%{text}%"
    sql = "SELECT id FROM leads WHERE name LIKE ?1 OR company LIKE ?1 OR notes LIKE ?1 OR rapport LIKE ?1"
    return timed_sql(conn, sql, [like])


@dataclass
class SearchSamples:
    app: dict[int, list[float]] = field(default_factory=dict)  # by prefix length; 0 = all
    floor: dict[int, list[float]] = field(default_factory=dict)
    hits: dict[int, list[int]] = field(default_factory=dict)

    def add(self, key: int, app: float, floor: float, hits: int) -> None:
        self.app.setdefault(key, []).append(app)
        self.floor.setdefault(key, []).append(floor)
        self.hits.setdefault(key, []).append(hits)


def search_run(view: LeadsView, paints: PaintCounter, conn: sqlite3.Connection,
               words: Sequence[str], floor: Callable[[sqlite3.Connection, str], float]) -> SearchSamples:
    """Type every word key by key, timing each key and its floor; paint between keys (untimed)."""
    samples = SearchSamples()
    for text in prefixes(words):
        app = timed(lambda: type_prefix(view, text))
        hits = view.model.rowCount()
        process_until_painted(paints, 1.0)  # the coalescing timer fires (a no-op) and the view repaints
        bare = floor(conn, text)
        for key in (len(text), 0):
            samples.add(key, app, bare, hits)
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


def measure_search(view: LeadsView, paints: PaintCounter, conn: sqlite3.Connection, runs: int,
                   report: Report) -> None:
    """b: search as you type, per prefix length and overall, against the bare FTS query."""
    print(f"b. search as you type: {runs} runs of {len(list(prefixes(TYPED_WORDS)))} keys …", flush=True)
    latin: list[SearchSamples] = []
    cjk: list[SearchSamples] = []
    clears: list[float] = []
    for _ in range(runs):
        show_all_leads(view, paints)
        latin.append(search_run(view, paints, conn, TYPED_WORDS, fts_floor))
        cjk.append(search_run(view, paints, conn, TYPED_CJK, like_floor))
        clears.append(clear_search_time(view, paints))
    frame = Goal(0.016, text="≤ 16 ms")
    for key in (1, 2, 3, 4, 0):
        what = f"{key} letter{'s' if key > 1 else ''}" if key else "all prefixes"
        hits = statistics.mean(latin[0].hits[key])
        note = f"≈{hits:,.0f} hits/key" + ("; p95 is the goal" if key == 0 else "")
        report.add(Row(f"b. search {what}, p50", median_of(latin, "app", key, 0.5),
                       median_of(latin, "floor", key, 0.5), None, note=note if key else ""),
                   Row(f"b. search {what}, p95", median_of(latin, "app", key, 0.95),
                       median_of(latin, "floor", key, 0.95), frame, note=note))
    report.add(
        Row("b. search Chinese (LIKE), p95", median_of(cjk, "app", 0, 0.95), median_of(cjk, "floor", 0, 0.95),
            frame, note=f"typed {' '.join(TYPED_CJK)}: ≈{statistics.mean(cjk[0].hits[0]):,.0f} hits/key; floor: bare LIKE"),
        Row("b. clear search (all leads back)", statistics.median(clears), None, frame,
            note="Backspace on the last letter"),
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
    sql = ("SELECT id, name, company, stage, phones, emails, source, value, currency, last_touch_at, "
           "next_step_at, do_not_contact FROM leads ORDER BY name COLLATE NOCASE, id")
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


def measure_scrolling(view: LeadsView, paints: PaintCounter, conn: sqlite3.Connection, runs: int,
                      report: Report) -> None:
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
        Row(f"c. model work, scroll {rows:,} rows", statistics.median(work), statistics.median(floors),
            Goal(1.0, text="≤ 1 s"), note=f"{per_cell:.1f} µs per cell (index + data); floor: bare cursor"),
        Row("c. scrollToBottom + events", statistics.median(bottoms), statistics.median(bare_bottoms), frame,
            note="until painted; floor: bare QTableView + QStandardItemModel"),
        Row("c. repaint after a scroll-bar jump, p95", statistics.median(frames), statistics.median(bare_frames),
            frame, note=f"{PAINT_SAMPLES} positions; same floor"),
    )


# --- d. sorting ------------------------------------------------------------------------------


def sort_floor(conn: sqlite3.Connection, column: int, descending: bool) -> float:
    """The bare ordered id query for one column, as the store would write it."""
    key = COLUMNS[column]
    direction = "DESC" if descending else "ASC"
    nulls = "NULLS LAST" if key in ("value", "last_touch", "next_step") else ""
    sql = f"SELECT id FROM leads ORDER BY {SORT_SQL[key]} {direction} {nulls}, id {direction}"
    return timed_sql(conn, sql)


def measure_sorting(view: LeadsView, paints: PaintCounter, conn: sqlite3.Connection, runs: int,
                    report: Report) -> None:
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
        report.add(Row(f"d. sort by {key} ({'desc' if worst else 'asc'}, slower way)",
                       statistics.median(app[(column, worst)]), statistics.median(floor[(column, worst)]), goal,
                       note="goal proposed by the bench" if column == 0 else ""))


# --- main ------------------------------------------------------------------------------------


def measure_in_process(book_path: Path, runs: int, report: Report) -> None:
    """b, c, d inside this process, around the real main window of an open book."""
    qInstallMessageHandler(quiet_offscreen_notes)
    application()
    book = LeadBook.open(book_path, create=False)
    window: MainWindow = build_main_window(book)
    view = window.leads_view
    paints = PaintCounter(view.table.viewport())
    window.show()
    process_until_painted(paints)
    conn = sqlite3.connect(f"file:{book_path}?mode=ro", uri=True)
    try:
        measure_search(view, paints, conn, runs, report)
        measure_scrolling(view, paints, conn, runs, report)
        measure_sorting(view, paints, conn, runs, report)
    finally:
        conn.close()
        window.close()
        book.close()


def check_keep_folder(keep: Path | None) -> None:
    """The cache may go anywhere except the user's own data folder."""
    if keep is None:
        return
    keep = keep.expanduser().resolve()
    for own in OWN_DATA_FOLDERS:
        if keep == own or own in keep.parents:
            sys.exit(f"--keep must not be inside Leadbook's own data folder ({own})")


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--leads", type=int, default=100_000, help="leads in the book (default 100000)")
    parser.add_argument("--runs", type=int, default=5, help="runs per figure; medians are reported (default 5)")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="cache the built book in DIR and reuse it")
    args = parser.parse_args(argv)
    if args.leads < 1 or args.runs < 1:
        parser.error("--leads and --runs must be positive")
    return args


def environment_line() -> str:
    cpu = platform.processor() or platform.machine()
    return (f"Python {platform.python_version()}, PySide6 {PYSIDE_VERSION} (Qt {qVersion()}), "
            f"SQLite {sqlite3.sqlite_version}, {os.cpu_count()} CPUs {cpu}, {platform.system()} {platform.release()}")


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    check_keep_folder(args.keep)
    command = shlex.join([sys.executable, *sys.argv])
    print(f"Leadbook benchmark: {args.leads:,} leads, median of {args.runs} runs; sandbox {SANDBOX}", flush=True)
    book_path = book_for_run(args.leads, args.keep, SANDBOX / "work")
    print(f"  book: {book_path.stat().st_size / 2**20:.0f} MB on disk", flush=True)
    report = Report()
    measure_start(book_path, args.runs, report)
    measure_in_process(book_path, args.runs, report)
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
