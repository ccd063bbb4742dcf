"""Whose work a start is, up to the first paint: Qt's (and PySide's), Leadbook's, or Python's own.

Used by ``bench_startup_x.py --profile``. Each candidate runs under ``py-spy record --native`` (a
sampling profiler that also sees C and C++ frames; ``pip install py-spy``) in the same X server as the
timings, and ends itself at its window being shown (``os._exit``, so no close is sampled). Every sample of
the main thread is given to an owner by its innermost frame that has one:

- **Qt**: Qt's libraries and the system libraries below them (xcb, fontconfig, FreeType…), PySide's
  and shiboken's modules, and the Python code PySide runs on its own behalf: the Python enums it
  makes for each Qt class on first use (``enum.py`` called from shiboken) and its import hook
  (``shibokensupport``), which reads the source of every module imported after PySide.
- **Leadbook**: Leadbook's modules, including what they run in the standard library (their imports,
  dataclasses) and in SQLite (the book's queries).
- **libraries**: the dynamic loader mapping shared libraries (``ld-linux``), whoever asked: Qt's and
  PySide's for both, and for Leadbook also SQLite's and Qt's Svg module. How much of Leadbook's extra is Qt's is timed apart (``library_loads``).
- **Python**: frames with no owner: the interpreter's own start (``site``, ``runpy``).

Each run ends as the main window is shown (its pages built, Today read; the X server maps it next),
close to the moment ``bench_startup_x`` calls it visible, and writes the main thread's CPU time by
then. The split is a share of the samples of all runs together; ``excluding_qt`` turns it into
milliseconds on that CPU time (py-spy leaves out a thread that waits, and so does CPU time) and
takes the Qt work Leadbook's window costs beyond the bare window's out of the time to visible.
Sampling stretches the run, but evenly, so shares hold.
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

#: Ends a bare PySide6 window as it is shown (the same window bench_startup_x times), writing the main
#: thread's CPU time by then to the file named by STARTUP_SHARE_CPU.
BARE = """
import os, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

class Shown(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Show:
            with open(os.environ["STARTUP_SHARE_CPU"], "a") as out:
                out.write(f"{time.thread_time()}\\n")
            os._exit(0)
        return False

app = QApplication([])
window = QMainWindow()
window.setWindowTitle("bare window")
window.resize(1200, 700)
shown = Shown()
window.installEventFilter(shown)
window.show()
app.exec()
"""

#: Starts Leadbook as ``leadbook --db BOOK`` does and ends it as its window is shown (Today built and
#: read), writing the main thread's CPU time by then to the file named by STARTUP_SHARE_CPU; with a
#: second argument, writes there the extension modules (shared libraries) loaded by then instead.
LEADBOOK = """
import gc, os, sys, time
gc.disable()  # as the `leadbook` command does first (leadbook/__main__.py)
import leadbook.cli  # then, as `leadbook` starts: the book's layers, then PySide6
import leadbook.app
from leadbook.gui.main_window import MainWindow

shown = MainWindow.showEvent

def show_and_end(self, event):
    shown(self, event)
    if len(sys.argv) > 2:
        with open(sys.argv[2], "w") as out:
            out.write("\\n".join(name for name, module in list(sys.modules.items())
                                 if str(getattr(module, "__file__", "")).endswith(".so")))
    elif "STARTUP_SHARE_CPU" in os.environ:
        with open(os.environ["STARTUP_SHARE_CPU"], "a") as out:
            out.write(f"{time.thread_time()}\\n")
    os._exit(0)

MainWindow.showEvent = show_and_end
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
    busy_s: float  # the main thread's CPU time until the window is shown (median of as many runs unsampled)


IMPORTING = ("<frozen importlib._bootstrap", "<frozen importlib._bootstrap_external", "(<frozen zipimport")


def _native(frame: str) -> bool:
    """A C or C++ frame: "0x7f… (lib)" or "name (libfoo.so…)", not a Python file."""
    where = frame.rpartition("(")[2]
    return frame.startswith("0x") or ".so" in where


def owner(frames: list[str]) -> tuple[str, str]:
    """(owner, part) of one sample, its frames outermost first: its innermost frame that has an owner.

    Loading a module goes through PySide's ``__import__`` (native shiboken frames around importlib's)
    once PySide6 is loaded: those frames are passed over, so finding, reading and running the module
    is its importer's (Leadbook's module loading stays Leadbook's). PySide's own Python (its import
    hook, ``feature_imported``, reading each module's source) is Qt's; so are the enums ``enum.py``
    makes when a shiboken frame called it."""
    if any("ld-linux" in frame or frame.startswith("_dl_") for frame in frames[-12:]):
        return "libraries", ""
    importing = False
    for index in range(len(frames) - 1, -1, -1):
        frame = frames[index]
        if any(mark in frame for mark in IMPORTING):
            importing = True
            continue
        if any(mark in frame for mark in LEADBOOK_MARKS):
            return "leadbook", ""
        if any(mark in frame for mark in QT_MARKS):
            if importing and _native(frame):
                continue  # PySide's __import__ around importlib: the importer's
            if any("enum.py" in inner for inner in frames[index + 1 :]):
                return "qt", "PySide's Python enums"
            if "shibokensupport" in frame or "signature_bootstrap" in frame:
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
        cpu_file = Path(folder) / "cpu.txt"
        env = dict(env, STARTUP_SHARE_CPU=str(cpu_file))
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
        cpu_file.unlink(missing_ok=True)  # sampled, a thread's CPU time grows: timed again without py-spy
        for _run in range(runs):
            subprocess.run(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
                           timeout=120)  # fmt: skip
            for leftover in after:
                leftover.unlink(missing_ok=True)
        busy = [float(line) for line in cpu_file.read_text().split()] if cpu_file.exists() else [0.0]
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
        busy_s=statistics.median(busy),
    )


def library_loads(book: Path, env: dict[str, str], runs: int = 5) -> tuple[float, float]:
    """(Qt's, the rest's) milliseconds of loading the extension modules Leadbook loads before its first
    paint that the bare window does not: Qt's (PySide's modules, e.g. QtSvg) and the
    others (SQLite, zoneinfo…), each timed alone after PySide6.QtWidgets, medians of ``runs``."""
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
    """Leadbook's time to visible over the bare window's, without the Qt work Leadbook's window costs
    beyond the bare window's. Each start's Qt work is its Qt share of the main thread's samples times
    that thread's CPU time until the window shows (``busy_s``: py-spy leaves out waiting, and so does
    CPU time); the extra is Leadbook's minus the bare window's, plus the loading of the Qt modules only
    Leadbook loads (the libraries bucket, which both starts have, is not taken out). Waiting (the X
    server, the disk) stays in both times."""
    extra_qt = leadbook.qt * leadbook.busy_s - bare.qt * bare.busy_s + qt_loads_ms / 1000
    return (leadbook_s - extra_qt) / bare_s


def leadbook_args(book: Path) -> list[str]:
    return [sys.executable, "-c", LEADBOOK, str(book)]


def bare_args() -> list[str]:
    return [sys.executable, "-c", BARE]


def leftovers(book: Path) -> list[Path]:
    """The marker a start ended at its paint leaves (the next start must be one after a clean close)."""
    return [book.with_name(book.name + ".running")]
