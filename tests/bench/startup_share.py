"""Whose work a start is, up to the first paint: Qt's (and PySide's), Leadbook's, or Python's own.

Used by ``bench_startup_x.py --profile``. Each candidate runs under ``py-spy record --native`` (a
sampling profiler that also sees C and C++ frames; ``pip install py-spy``) in the same X server as the
timings, and ends itself at its first paint (``os._exit``, so no close is sampled). Every sample of
the main thread is given to an owner by its innermost frame that has one:

- **Qt**: Qt's libraries and the system libraries below them (xcb, fontconfig, FreeType…), PySide's
  and shiboken's modules, and the Python code PySide runs on its own behalf: the Python enums it
  makes for each Qt class on first use (``enum.py`` called from shiboken) and its import hook
  (``shibokensupport``), which reads the source of every module imported after PySide.
- **Leadbook**: Leadbook's modules, including what they run in the standard library (their imports,
  dataclasses) and in SQLite (the book's queries).
- **Python**: frames with no owner: the interpreter's own start (``site``, ``runpy``).

The split is a share of the samples; ``excluding_qt`` turns it into the start's time without the
extra work Qt does for Leadbook's window beyond the bare window's. Sampling stretches the run, but
evenly, so shares hold; they are medians of several runs.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

QT_MARKS = ("libQt6", "PySide6/", "shiboken6", "shibokensupport", "signature_bootstrap", "libxcb", "libX11",
            "libxkbcommon", "libfontconfig", "libfreetype", "libEGL", "libGL", "libglib", "libgobject", "libdbus",
            "libicu", "libpng", "libharfbuzz", "libexpat", "libgthread", "libgio")  # fmt: skip
LEADBOOK_MARKS = ("leadbook/", "libsqlite3", "_sqlite3")

#: Ends a bare PySide6 window at its first paint (the same window bench_startup_x times).
BARE = """
import os
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            os._exit(0)
        return False

app = QApplication([])
window = QMainWindow()
window.setWindowTitle("bare window")
window.resize(1200, 700)
painted = Painted()
window.installEventFilter(painted)
window.show()
app.exec()
"""

#: Starts Leadbook as ``leadbook --db BOOK`` does and ends it at Today's first paint.
LEADBOOK = """
import gc, os, sys
gc.disable()  # as cli does before it loads the app
import leadbook.app as app

class Painted(app._FirstPaint):
    def eventFilter(self, watched, event):
        from PySide6.QtCore import QEvent
        if event.type() == QEvent.Type.Paint:
            os._exit(0)
        return super().eventFilter(watched, event)

app._FirstPaint = Painted
from leadbook.cli import main
sys.exit(main(["--db", sys.argv[1]]))
"""


@dataclass(frozen=True)
class Share:
    """Median shares of the main thread's samples."""

    qt: float
    leadbook: float
    python: float
    qt_parts: dict[str, float]  # of all samples: PySide's enums, its import hook, the rest of Qt
    samples: int


def owner(frames: list[str]) -> tuple[str, str]:
    """(owner, part) of one sample, its frames outermost first."""
    for index in range(len(frames) - 1, -1, -1):
        frame = frames[index]
        if any(mark in frame for mark in LEADBOOK_MARKS):
            return "leadbook", ""
        if any(mark in frame for mark in QT_MARKS):
            inner = ";".join(frames[index:])
            if "EnumType" in inner or "enum.py" in inner:
                return "qt", "PySide's Python enums"
            if "shibokensupport" in frame or "signature_bootstrap" in frame or "feature" in inner:
                return "qt", "PySide's import hook and signatures"
            return "qt", "Qt and PySide (native)"
    return "python", ""


def read_raw(path: Path) -> Counter[tuple[str, str]]:
    """Samples of the main thread by owner, from py-spy's raw output (``--threads``)."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    main_id = next((line.split(")")[0] for line in lines if "MainThread" in line.split(";")[0]), None)
    counts: Counter[tuple[str, str]] = Counter()
    for line in lines:
        stack, _, count = line.rpartition(" ")
        frames = stack.split(";")
        if main_id is None or not frames[0].startswith(main_id):
            continue
        counts[owner(frames[1:])] += int(count)
    return counts


def profile(args: list[str], env: dict[str, str], runs: int, after: list[Path] = ()) -> Share:
    """Median shares over ``runs`` sampled starts of ``args``; ``after``: files each run leaves (removed)."""
    spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    if not Path(spy).exists():
        sys.exit("the --profile breakdown needs py-spy: pip install py-spy")
    shares: list[dict[str, float]] = []
    parts: list[Counter[str]] = []
    totals: list[int] = []
    with tempfile.TemporaryDirectory() as folder:
        for run in range(runs):
            raw = Path(folder) / f"{run}.raw"
            subprocess.run([spy, "record", "--native", "--threads", "--nolineno", "--format", "raw", "-r", "1000",
                            "-o", str(raw), "--", *args], env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, check=False, timeout=120)  # fmt: skip
            for leftover in after:
                leftover.unlink(missing_ok=True)
            counts = read_raw(raw)
            total = sum(counts.values())
            if not total:
                sys.exit(f"py-spy took no samples of {args} (is ptrace allowed here?)")
            by_owner: Counter[str] = Counter()
            by_part: Counter[str] = Counter()
            for (who, part), n in counts.items():
                by_owner[who] += n
                if part:
                    by_part[part] += n
            shares.append({who: n / total for who, n in by_owner.items()})
            parts.append(Counter({part: n / total for part, n in by_part.items()}))
            totals.append(total)
    names = sorted({part for counter in parts for part in counter})
    return Share(
        qt=statistics.median(s.get("qt", 0.0) for s in shares),
        leadbook=statistics.median(s.get("leadbook", 0.0) for s in shares),
        python=statistics.median(s.get("python", 0.0) for s in shares),
        qt_parts={name: statistics.median(p.get(name, 0.0) for p in parts) for name in names},
        samples=int(statistics.median(totals)),
    )


def excluding_qt(leadbook_s: float, leadbook: Share, bare_s: float, bare: Share) -> float:
    """Leadbook's start over the bare window's, without the Qt work Leadbook's window costs beyond the
    bare window's: (T − (Qt share × T − bare's Qt share × bare's T)) ÷ bare's T."""
    extra_qt = leadbook.qt * leadbook_s - bare.qt * bare_s
    return (leadbook_s - extra_qt) / bare_s


def leadbook_args(book: Path) -> list[str]:
    return [sys.executable, "-c", LEADBOOK, str(book)]


def bare_args() -> list[str]:
    return [sys.executable, "-c", BARE]


def leftovers(book: Path) -> list[Path]:
    """The marker a start ended at its paint leaves (the next start must be one after a clean close)."""
    return [book.with_name(book.name + ".running")]
