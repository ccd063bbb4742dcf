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
- **libraries**: the dynamic loader mapping shared libraries (``ld-linux``), whoever asked: Qt's and
  PySide's for both, and for Leadbook also SQLite's, OpenSSL's (``hashlib``) and Qt's Svg and Network
  modules. How much of Leadbook's extra is Qt's is timed apart (``library_loads``).
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

#: Starts Leadbook as ``leadbook --db BOOK`` does and ends it at Today's first paint; with a second
#: argument, writes there the extension modules (shared libraries) loaded by then.
LEADBOOK = """
import gc, os, sys
import leadbook.cli  # first, as `leadbook` starts: the book's layers, then PySide6
gc.disable()  # as cli does before it loads the app
import leadbook.app as app

class Painted(app._FirstPaint):
    def eventFilter(self, watched, event):
        from PySide6.QtCore import QEvent
        if event.type() == QEvent.Type.Paint:
            if len(sys.argv) > 2:
                with open(sys.argv[2], "w") as out:
                    out.write("\\n".join(name for name, module in list(sys.modules.items())
                                         if str(getattr(module, "__file__", "")).endswith(".so")))
            os._exit(0)
        return super().eventFilter(watched, event)

app._FirstPaint = Painted
from leadbook.cli import main
sys.exit(main(["--db", sys.argv[1]]))
"""

#: Times importing each named extension module in a fresh interpreter after PySide6.QtWidgets (where the
#: bare window starts from); prints "name milliseconds" lines.
LOAD_TIMES = """
import importlib, sys, time
import PySide6.QtWidgets
for name in sys.argv[1:]:
    started = time.perf_counter()
    try:
        importlib.import_module(name)
    except ImportError:
        continue
    print(name, (time.perf_counter() - started) * 1000)
"""


@dataclass(frozen=True)
class Share:
    """Shares of the main thread's samples, of all runs together."""

    qt: float
    leadbook: float
    libraries: float
    python: float
    qt_parts: dict[str, float]  # of all samples: PySide's enums, its import hook, the rest of Qt
    samples: int  # per run, on average


def owner(frames: list[str]) -> tuple[str, str]:
    """(owner, part) of one sample, its frames outermost first."""
    if any("ld-linux" in frame or frame.startswith("_dl_") for frame in frames[-12:]):
        return "libraries", ""
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
    """Samples of the main thread by owner, from py-spy's raw output (``--threads``). The main thread
    is the one with the most samples (it is named "MainThread" only once ``threading`` is loaded)."""
    per_thread: Counter[str] = Counter()
    samples: list[tuple[str, list[str], int]] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        frames = stack.split(";")
        thread = frames[0].split(")")[0]  # "thread (1234" of "thread (1234): MainThread"
        samples.append((thread, frames[1:], int(count)))
        per_thread[thread] += int(count)
    counts: Counter[tuple[str, str]] = Counter()
    if per_thread:
        main = per_thread.most_common(1)[0][0]
        for thread, frames, count in samples:
            if thread == main:
                counts[owner(frames)] += count
    return counts


def profile(args: list[str], env: dict[str, str], runs: int, after: list[Path] = ()) -> Share:
    """Shares of the samples of ``runs`` sampled starts of ``args`` taken together (one run's few hundred
    samples vary too much alone); ``after``: files each run leaves (removed)."""
    spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    if not Path(spy).exists():
        sys.exit("the --profile breakdown needs py-spy: pip install py-spy")
    pooled: Counter[tuple[str, str]] = Counter()
    taken = 0
    with tempfile.TemporaryDirectory() as folder:
        for run in range(runs):
            raw = Path(folder) / f"{run}.raw"
            subprocess.run([spy, "record", "--native", "--threads", "--nolineno", "--format", "raw", "-r", "1000",
                            "-o", str(raw), "--", *args], env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, check=False, timeout=120)  # fmt: skip
            for leftover in after:
                leftover.unlink(missing_ok=True)
            counts = read_raw(raw) if raw.exists() else Counter()
            if not counts:  # the program did not start (an X server ended from outside?): not counted
                print(f"  (run {run + 1} of a profile took no samples; left out)", flush=True)
                continue
            pooled.update(counts)
            taken += 1
    total = sum(pooled.values())
    if not total:
        sys.exit(f"py-spy took no samples of {args} (is ptrace allowed here? is the X server up?)")
    owners: Counter[str] = Counter()
    parts: Counter[str] = Counter()
    for (who, part), count in pooled.items():
        owners[who] += count
        if part:
            parts[part] += count
    return Share(
        qt=owners["qt"] / total,
        leadbook=owners["leadbook"] / total,
        libraries=owners["libraries"] / total,
        python=owners["python"] / total,
        qt_parts={part: count / total for part, count in sorted(parts.items())},
        samples=total // taken,
    )


def library_loads(book: Path, env: dict[str, str], runs: int = 5) -> tuple[float, float]:
    """(Qt's, the rest's) milliseconds of loading the extension modules Leadbook loads before its first
    paint that the bare window does not: Qt's (PySide's modules, e.g. QtSvg and QtNetwork) and the
    others (SQLite, OpenSSL, zoneinfo…), each timed alone after PySide6.QtWidgets, medians of ``runs``."""
    with tempfile.TemporaryDirectory() as folder:
        names_file = Path(folder) / "loaded.txt"
        done = subprocess.run([*leadbook_args(book), str(names_file)], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True, check=False, timeout=120)  # fmt: skip
        for leftover in leftovers(book):
            leftover.unlink(missing_ok=True)
        if not names_file.exists():
            sys.exit(f"could not list what Leadbook loads: {done.stderr[-2000:]}")
        loaded = set(names_file.read_text().split())
    bare_loaded = set(subprocess.run([sys.executable, "-c", "import sys, PySide6.QtWidgets\nprint(' '.join(n for n, m in "
                                      "list(sys.modules.items()) if str(getattr(m, '__file__', '')).endswith('.so')))"],
                                     env=env, capture_output=True, text=True, check=False).stdout.split())  # fmt: skip
    extra = sorted(loaded - bare_loaded)
    times: dict[str, list[float]] = {name: [] for name in extra}
    for _run in range(runs):
        out = subprocess.run([sys.executable, "-c", LOAD_TIMES, *extra], env=env, capture_output=True, text=True,
                             check=False).stdout  # fmt: skip
        for line in out.splitlines():
            name, spent = line.split()
            times[name].append(float(spent))
    median = {name: statistics.median(spent) for name, spent in times.items() if spent}
    qt = sum(ms for name, ms in median.items() if name.startswith(("PySide6", "shiboken6")))
    return qt, sum(median.values()) - qt


def excluding_qt(leadbook_s: float, leadbook: Share, bare_s: float, bare: Share, qt_loads_ms: float = 0.0) -> float:
    """Leadbook's start over the bare window's, without the Qt work Leadbook's window costs beyond the
    bare window's: T − (Qt's share × T − the bare window's Qt share × its T) − the loading of Qt's
    modules the bare window does not load, over the bare window's T. The loading of the libraries both
    load (Qt's core) is in both T's and stays; so does the loading of SQLite's, OpenSSL's and the like."""
    extra_qt = leadbook.qt * leadbook_s - bare.qt * bare_s + qt_loads_ms / 1000
    return (leadbook_s - extra_qt) / bare_s


def leadbook_args(book: Path) -> list[str]:
    return [sys.executable, "-c", LEADBOOK, str(book)]


def bare_args() -> list[str]:
    return [sys.executable, "-c", BARE]


def leftovers(book: Path) -> list[Path]:
    """The marker a start ended at its paint leaves (the next start must be one after a clean close)."""
    return [book.with_name(book.name + ".running")]
