"""Shared by the benchmark scripts: the sandbox, synthetic leads, timing helpers and the
result table. Import it before Qt or Leadbook: importing it moves HOME, the XDG folders and
LEADBOOK_HOME into a throw-away folder, for this process and its children.
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


import math
import platform
import random
import re
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QAbstractItemModel, QEvent, QEventLoop, QObject, Qt, QtMsgType, qVersion
from PySide6.QtWidgets import QApplication, QWidget

from leadbook.core.model import Channel, IntervalUnit, Lead, Source, Stage

DISPLAY = Qt.ItemDataRole.DisplayRole

# --- synthetic leads -----------------------------------------------------------------------

EN_FIRST = (
    "James",
    "John",
    "Robert",
    "Michael",
    "William",
    "David",
    "Mary",
    "Patricia",
    "Jennifer",
    "Linda",
    "Elizabeth",
    "Susan",
    "Jessica",
    "Sarah",
    "Karen",
    "Anna",
    "Emily",
    "Thomas",
    "Charles",
    "Daniel",
    "Matthew",
    "Anthony",
    "Mark",
    "Paul",
    "Steven",
    "Andrew",
    "Joshua",
    "Kevin",
    "Brian",
    "Amanda",
)
EN_LAST = (
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Miller",
    "Davis",
    "Wilson",
    "Anderson",
    "Taylor",
    "Thomas",
    "Moore",
    "Jackson",
    "Martin",
    "Lee",
    "Thompson",
    "White",
    "Harris",
    "Clark",
    "Lewis",
    "Robinson",
    "Walker",
    "Young",
    "Allen",
    "King",
    "Wright",
    "Scott",
    "Green",
    "Baker",
    "Carter",
)
SV_FIRST = (
    "Anna",
    "Eva",
    "Maria",
    "Karin",
    "Sara",
    "Lena",
    "Kerstin",
    "Emma",
    "Ingrid",
    "Åsa",
    "Lars",
    "Karl",
    "Erik",
    "Anders",
    "Johan",
    "Per",
    "Nils",
    "Sven",
    "Björn",
    "Mikael",
    "Olof",
    "Göran",
    "Jörgen",
    "Sofia",
    "Linnéa",
    "Maja",
    "Astrid",
    "Stefan",
    "Mats",
    "Ulf",
)
SV_LAST = (
    "Andersson",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Eriksson",
    "Larsson",
    "Olsson",
    "Persson",
    "Svensson",
    "Gustafsson",
    "Pettersson",
    "Jonsson",
    "Jansson",
    "Hansson",
    "Bengtsson",
    "Jönsson",
    "Lindberg",
    "Lindström",
    "Lindqvist",
    "Åkerlund",
    "Sjöberg",
    "Berg",
    "Forsberg",
    "Holm",
    "Engström",
)
DE_FIRST = (
    "Jürgen",
    "Klaus",
    "Stefan",
    "Thomas",
    "Michael",
    "Andreas",
    "Wolfgang",
    "Uwe",
    "Karl",
    "Hans",
    "Ursula",
    "Monika",
    "Petra",
    "Sabine",
    "Renate",
    "Birgit",
    "Claudia",
    "Anna",
    "Katrin",
    "Jörg",
    "Günther",
    "Matthias",
    "Sven",
    "Julia",
    "Lena",
)
DE_LAST = (
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Schulz",
    "Hoffmann",
    "Schäfer",
    "Koch",
    "Bauer",
    "Richter",
    "Klein",
    "Wolf",
    "Schröder",
    "Neumann",
    "Schwarz",
    "Zimmermann",
    "Braun",
    "Krüger",
    "Hofmann",
    "Hartmann",
    "Schmitt",
)
ZH_SURNAME = ("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙")
ZH_GIVEN = ("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "艳", "勇", "杰", "娟", "涛", "明", "超")
ZH_PINYIN = {
    "王": "Wang",
    "李": "Li",
    "张": "Zhang",
    "刘": "Liu",
    "陈": "Chen",
    "杨": "Yang",
    "黄": "Huang",
    "赵": "Zhao",
    "吴": "Wu",
    "周": "Zhou",
    "徐": "Xu",
    "孙": "Sun",
    "伟": "Wei",
    "芳": "Fang",
    "娜": "Na",
    "敏": "Min",
    "静": "Jing",
    "丽": "Li",
    "强": "Qiang",
    "磊": "Lei",
    "军": "Jun",
    "洋": "Yang",
    "艳": "Yan",
    "勇": "Yong",
    "杰": "Jie",
    "娟": "Juan",
    "涛": "Tao",
    "明": "Ming",
    "超": "Chao",
}
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
TAGS = (
    "vip",
    "residential",
    "commercial",
    "fair 2025",
    "newsletter",
    "partner",
    "hot",
    "Stockholm",
    "Berlin",
    "London",
    "Shanghai",
    "renewal",
    "pilot",
    "big ticket",
)
MAIL_DOMAINS = {
    "en": ("gmail.com", "outlook.com", "yahoo.com"),
    "sv": ("telia.se", "gmail.com", "hotmail.se"),
    "de": ("web.de", "gmx.de", "t-online.de"),
    "zh": ("qq.com", "163.com", "126.com"),
}
COUNTRY = {
    "en": ("United Kingdom", "GBP", "+44"),
    "sv": ("Sweden", "SEK", "+46"),
    "de": ("Germany", "EUR", "+49"),
    "zh": ("China", "CNY", "+86"),
}
STAGE_WEIGHTS = {
    Stage.NEW: 30,
    Stage.CONTACTED: 20,
    Stage.QUALIFIED: 12,
    Stage.PROPOSAL: 8,
    Stage.NEGOTIATION: 4,
    Stage.WON: 8,
    Stage.NO: 12,
    Stage.NURTURE: 6,
}
SOURCE_WEIGHTS = {
    Source.WEB: 30,
    Source.EMAIL: 12,
    Source.PHONE: 12,
    Source.REFERRAL: 14,
    Source.AD: 10,
    Source.EVENT: 8,
    Source.COLD: 10,
    Source.OTHER: 4,
}
_ASCII = str.maketrans(
    {"å": "a", "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "Å": "A", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
)


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
    ratio: float | None = None  # an absolute goal may also cap the multiple of its floor

    def met(self, value: float, floor: float | None) -> bool:
        if self.relative:
            return floor is not None and value <= self.limit * floor
        if self.ratio is not None and (floor is None or value > self.ratio * floor):
            return False
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
        lines.append(
            (
                row.label,
                _amount(row.value, row.unit),
                _amount(row.floor, row.unit),
                ratio,
                row.goal.text if row.goal else "—",
                verdict,
                row.note,
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    right = {1, 2, 3}
    out = []
    for n, line in enumerate(lines):
        cells = [c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(line, widths))]
        out.append("  ".join(cells).rstrip())
        if n == 0:
            out.append("  ".join("─" * w for w in widths))
    return "\n".join(out)


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


def read_rows(model: QAbstractItemModel, first: int, count: int) -> None:
    """What the view asks when it paints rows: every column's display text."""
    columns = model.columnCount()
    for row in range(first, min(first + count, model.rowCount())):
        for column in range(columns):
            model.data(model.index(row, column), DISPLAY)


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


# --- the book cache and the report's header --------------------------------------------------


def check_keep_folder(keep: Path | None) -> None:
    """The cache may go anywhere except the user's own data folder."""
    if keep is None:
        return
    keep = keep.expanduser().resolve()
    for own in OWN_DATA_FOLDERS:
        if keep == own or own in keep.parents:
            sys.exit(f"--keep must not be inside Leadbook's own data folder ({own})")


def book_for_run(keep: Path | None, cache_name: str, what: str, build: Callable[[Path], float]) -> Path:
    """A fresh copy of the book in the sandbox: built now, or copied from the --keep cache.

    ``build(path)`` writes the book and returns its build time in seconds.
    """
    target = SANDBOX / "work" / "bench.leadbook"
    if keep is None:
        print(f"Building {what} …", flush=True)
        print(f"  built in {build(target):.1f} s", flush=True)
        return target
    keep = keep.expanduser()
    keep.mkdir(parents=True, exist_ok=True)
    cached = keep / cache_name
    if cached.exists():
        print(f"Reusing {cached} (delete it to rebuild)", flush=True)
    else:
        print(f"Building {what} for {keep} …", flush=True)
        partial = keep / (cached.name + ".partial")
        partial.unlink(missing_ok=True)
        print(f"  built in {build(partial):.1f} s", flush=True)
        partial.rename(cached)
    shutil.copyfile(cached, target)  # runs never touch the cache
    return target


def environment_line() -> str:
    cpu = platform.processor() or platform.machine()
    return (
        f"Python {platform.python_version()}, PySide6 {PYSIDE_VERSION} (Qt {qVersion()}), "
        f"SQLite {sqlite3.sqlite_version}, {os.cpu_count()} CPUs {cpu}, {platform.system()} {platform.release()}"
    )
