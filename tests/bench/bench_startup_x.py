"""Start-up as a user sees it: time until the main window is visible in a real X server.

Starts Xvfb, then, in turns (so noise hits every candidate alike), a bare PySide6 QMainWindow, Leadbook
on the demo book and Leadbook on a big book; each is timed from spawn until ``xdotool search
--onlyvisible`` (polled) finds its main window mapped, then ended with SIGTERM as a logout ends it (Leadbook
closes cleanly, so every run after the first starts as after a clean close). Bytecode is cached as in
an installed app (``PYTHONDONTWRITEBYTECODE`` dropped, one warm-up run each). Prints medians and the
ratio to the bare window; exits 0 whatever the figures.

    python tests/bench/bench_startup_x.py                       # demo + 100,000 leads, 5 runs
    python tests/bench/bench_startup_x.py --leads 20000 --runs 3 --keep ~/.cache/leadbook-bench
    python tests/bench/bench_startup_x.py --profile 5   # and whose work the start is (needs py-spy)

With ``--profile N`` each candidate is also sampled N times with py-spy (``startup_share.py``): the
share of Qt's (and PySide's) work, Leadbook's and Python's own, and the ratio without the Qt work
Leadbook's window costs beyond the bare window's.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

import _common  # noqa: F401 - the sandbox first
from _common import SANDBOX, Goal, Report, Row, book_for_run, check_keep_folder, environment_line, render
from bench_leads import build_book
from startup_share import Share, bare_args, excluding_qt, leadbook_args, leftovers, library_loads, profile

WAIT_S = 60
BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setWindowTitle("bare window")
window.resize(1200, 700)
window.show()
app.exec()
"""


def start_xvfb() -> tuple[subprocess.Popen, str]:
    """Xvfb on a free display in a high range (tools on a shared machine tend to take and end :0 and
    its neighbours); the server says which through -displayfd."""
    if not shutil.which("Xvfb") or not shutil.which("xdotool"):
        sys.exit("needs Xvfb and xdotool: sudo apt-get install xvfb xdotool")
    free = [n for n in range(700, 999) if not Path(f"/tmp/.X{n}-lock").exists()]
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", f":{random.choice(free)}", "-displayfd", str(write), "-screen", "0",
                               "1366x768x24", "-nolisten", "tcp", "-noreset"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL,
                              stderr=(SANDBOX / "xvfb.log").open("w"))  # fmt: skip
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        sys.exit("Xvfb did not start")
    return server, f":{number}"


def time_to_visible(args: list[str], title: str, env: dict[str, str]) -> float:
    """Seconds from spawn until a window named ``title`` is mapped; the program is then sent SIGTERM."""
    started = time.perf_counter()
    program = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    search = ["xdotool", "search", "--onlyvisible", "--pid", str(program.pid), "--name", title]
    try:
        # Polled every 5 ms: xdotool's own --sync sleeps half a second between looks.
        while subprocess.run(search, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode != 0:
            if time.perf_counter() - started > WAIT_S or program.poll() is not None:
                output = program.stderr.read() if program.poll() is not None else "(still running)"
                raise RuntimeError(f"{args} showed no window named {title!r}: {output}")
            with contextlib.suppress(subprocess.TimeoutExpired):
                program.wait(timeout=0.005)  # the next look in 5 ms, or at once if the program ended
        seen = time.perf_counter() - started
    finally:
        program.send_signal(signal.SIGTERM)
        try:
            program.wait(timeout=WAIT_S)
        except subprocess.TimeoutExpired:
            program.kill()
            program.wait()
    return seen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="reuse the big book built in this folder")
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="also sample each start N times with py-spy: whose work it is")  # fmt: skip
    options = parser.parse_args()
    check_keep_folder(options.keep)

    big = book_for_run(options.keep, f"bench-{options.leads}.leadbook", f"a {options.leads:,}-lead book",
                       lambda path: build_book(path, options.leads))  # fmt: skip
    demo = SANDBOX / "work" / "demo.leadbook"
    subprocess.run([sys.executable, "-m", "leadbook", "demo", str(demo)], check=True, stdout=subprocess.DEVNULL)

    server, display = start_xvfb()
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode

    def timed(args: list[str], title: str) -> float:
        """One run; when something else on a shared machine ended our X server, a new one and again."""
        nonlocal server
        for _attempt in range(3):
            try:
                return time_to_visible(args, title, env)
            except RuntimeError:
                if server.poll() is None:
                    raise
                print("  (the X server was ended from outside; starting another)", flush=True)
                server, env["DISPLAY"] = start_xvfb()
        return time_to_visible(args, title, env)

    candidates = {
        "bare window": ([sys.executable, "-c", BARE], "bare window"),
        "demo book (300 leads)": ([sys.executable, "-m", "leadbook", "--db", str(demo)], "— Leadbook"),
        f"{options.leads:,} leads": ([sys.executable, "-m", "leadbook", "--db", str(big)], "— Leadbook"),
    }
    times: dict[str, list[float]] = {name: [] for name in candidates}
    shares: dict[str, Share] = {}
    qt_loads = other_loads = 0.0
    try:
        for args, title in candidates.values():  # warm-up: bytecode written, files in the page cache
            timed(args, title)
        for run in range(options.runs):
            for name, (args, title) in candidates.items():
                times[name].append(timed(args, title))
            print(f"  run {run + 1}: " + ", ".join(f"{n} {t[-1] * 1000:.0f} ms" for n, t in times.items()), flush=True)
        if options.profile:

            def live_server() -> None:
                nonlocal server
                if server.poll() is not None:
                    print("  (the X server was ended from outside; starting another)", flush=True)
                    server, env["DISPLAY"] = start_xvfb()

            live_server()
            shares["bare window"] = profile(bare_args(), env, options.profile)
            for name, book in (("demo book (300 leads)", demo), (f"{options.leads:,} leads", big)):
                live_server()
                shares[name] = profile(leadbook_args(book), env, options.profile, leftovers(book))
            live_server()
            qt_loads, other_loads = library_loads(demo, env)
    finally:
        server.terminate()
        server.wait()

    floor = statistics.median(times["bare window"])
    report = Report()
    for name in list(candidates)[1:]:
        spread = f"{min(times[name]) * 1000:.0f}–{max(times[name]) * 1000:.0f} ms"
        report.add(Row(f"visible in X: {name}", statistics.median(times[name]), floor,
                       Goal(1.5, relative=True, text="≤ 1.5× floor"), note=f"median of {options.runs}; {spread}"))  # fmt: skip
    if shares:
        bare = shares["bare window"]
        print()
        print("whose work the start is, until the window is shown (the main thread's samples of all runs;")
        print("ms: the share of its CPU time until then, the median of the profiled runs):")
        for name, share in shares.items():
            busy = share.busy_s * 1000
            parts = ", ".join(f"{part} {value * busy:.0f} ms" for part, value in share.qt_parts.items())
            print(f"  {name}: CPU {busy:.0f} ms of it: Qt {share.qt:.0%} ({share.qt * busy:.0f} ms: {parts}), "
                  f"Leadbook {share.leadbook:.0%} ({share.leadbook * busy:.0f} ms), "
                  f"loading libraries {share.libraries:.0%} ({share.libraries * busy:.0f} ms), "
                  f"Python's start {share.python:.0%}; {share.samples} samples a run")  # fmt: skip
        print(
            f"  of the libraries only Leadbook loads: Qt's modules {qt_loads:.0f} ms, the others (SQLite, "
            f"zoneinfo…) {other_loads:.0f} ms (each timed alone, medians)"
        )
        for name in list(candidates)[1:]:
            ratio = excluding_qt(statistics.median(times[name]), shares[name], floor, bare, qt_loads)
            report.add(Row(f"visible, without Qt's extra work: {name}", ratio * floor, floor,
                           Goal(1.5, relative=True, text="≤ 1.5× floor"),
                           note="the Qt work beyond the bare window's taken out"))  # fmt: skip
    print()
    print(environment_line())
    print(render(report))


if __name__ == "__main__":
    main()
