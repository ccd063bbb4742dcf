"""One Leadbook per book, with real processes: a second one raises the first and leaves, another
book runs beside, and a lock left by a crash does not lock the user out.

The processes run offscreen with ``LEADBOOK_TEST_INSTANCE=1``: they print what happens to
them ("primary", "raise requested", ...) and quit once raised, so every wait here is a
bounded wait on a process's own output, never a sleep.
"""

from __future__ import annotations

import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile

import leadbook.app
from leadbook.platform.single_instance import SingleInstance

pytestmark = pytest.mark.slow

WAIT_S = 60.0

# What app.run_gui does once wired (see the wiring in the pull request): claim the book,
# then open the session, and raise its window when another process asks.
STAND_IN = """
import sys
from pathlib import Path
from leadbook.app import Session, application
from leadbook.core.clock import SystemClock
from leadbook.platform.paths import backups_dir
from leadbook.platform.single_instance import Claim, SingleInstance, raise_window

app = application()
book = Path(sys.argv[1])
instance = SingleInstance(book)
claim = instance.claim()
if claim is not Claim.PRIMARY:
    sys.exit(0 if claim is Claim.RAISED else 1)
session = Session(SystemClock(), backups_dir())
if not session.open(book):
    sys.exit(2)
instance.raise_requested.connect(lambda: raise_window(session.window))
code = app.exec()
session.close()
instance.release()
sys.exit(code)
"""


class Running:
    """A Leadbook process whose output lines are read by a thread into a queue."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.process = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put("")  # end of output

    def wait_for(self, text: str) -> None:
        """Read output until a line holds ``text``; fail at the deadline or when output ends."""
        deadline = time.monotonic() + WAIT_S
        while not any(text in line for line in self.seen):
            left = deadline - time.monotonic()
            try:
                line = self.lines.get(timeout=max(0.01, left))
            except queue.Empty:
                line = None
            if line is None or (line == "" and self.process.poll() is not None):
                stderr = self.process.stderr.read() if self.process.poll() is not None and self.process.stderr else ""
                raise AssertionError(f"no {text!r} in {self.seen}; stderr: {stderr}")
            self.seen.append(line)

    def finish(self) -> int:
        return self.process.wait(timeout=WAIT_S)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=WAIT_S)
        for stream in (self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()


@pytest.fixture
def runtime() -> Iterator[Path]:
    """A short private runtime folder: socket paths must stay under about 100 bytes."""
    folder = Path(tempfile.mkdtemp(prefix="lb-rt-"))
    folder.chmod(0o700)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def leadbook(tmp_path: Path, runtime: Path) -> Iterator:
    started: list[Running] = []
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        LEADBOOK_HOME=str(tmp_path / "home"),
        XDG_RUNTIME_DIR=str(runtime),
        LEADBOOK_TEST_INSTANCE="1",
    )
    env.pop("LEADBOOK_EXIT_AFTER_PAINT", None)

    def start(book: Path, *, real: bool = False) -> Running:
        args = (
            [sys.executable, "-m", "leadbook", "--db", str(book)]
            if real
            else [sys.executable, "-c", STAND_IN, str(book)]
        )
        started.append(Running(args, env))
        return started[-1]

    yield start
    for running in started:
        running.stop()


def test_a_second_leadbook_raises_the_first_and_leaves(leadbook, tmp_path):
    first = leadbook(tmp_path / "mine.leadbook")
    first.wait_for("primary")
    second = leadbook(tmp_path / "mine.leadbook")
    assert second.finish() == 0
    second.wait_for("raised the running Leadbook")
    first.wait_for("raise requested")
    assert first.finish() == 0  # raised, then (as a test process) it quits


def test_the_same_book_by_another_path_is_the_same_book(leadbook, tmp_path):
    (tmp_path / "sub").mkdir()
    first = leadbook(tmp_path / "mine.leadbook")
    first.wait_for("primary")
    second = leadbook(tmp_path / "sub" / ".." / "mine.leadbook")
    assert second.finish() == 0
    first.wait_for("raise requested")


def test_another_book_runs_beside(leadbook, tmp_path):
    mine = leadbook(tmp_path / "mine.leadbook")
    mine.wait_for("primary")
    demo = leadbook(tmp_path / "demo.leadbook")
    demo.wait_for("primary")
    assert mine.process.poll() is None and demo.process.poll() is None
    assert leadbook(tmp_path / "demo.leadbook").finish() == 0
    demo.wait_for("raise requested")
    assert demo.finish() == 0
    assert mine.process.poll() is None  # the other book was not disturbed
    assert leadbook(tmp_path / "mine.leadbook").finish() == 0
    assert mine.finish() == 0


def test_a_lock_left_by_a_crash_is_taken_over(leadbook, tmp_path, runtime):
    book = tmp_path / "mine.leadbook"
    crashed = leadbook(book)
    crashed.wait_for("primary")
    crashed.process.kill()  # no clean-up: the lock file and the socket file stay behind
    crashed.process.wait(timeout=WAIT_S)
    assert SingleInstance(book, runtime).lock_path.exists()
    after = leadbook(book)
    after.wait_for("primary")
    assert leadbook(book).finish() == 0
    after.wait_for("raise requested")


def test_a_lock_naming_a_live_stranger_is_removed(leadbook, tmp_path, runtime):
    """The lock names a running process (its PID reused by another program) that holds no lock."""
    book = tmp_path / "mine.leadbook"
    path = SingleInstance(book, runtime).lock_path
    lock = QLockFile(str(path))
    assert lock.tryLock(0)
    content = path.read_bytes()  # names this test process: alive, and a Python too
    lock.unlock()
    path.write_bytes(content)
    started = leadbook(book)
    started.wait_for("removed a stale lock")
    started.wait_for("primary")
    assert leadbook(book).finish() == 0


def test_a_live_leadbook_that_does_not_answer_is_left_alone(leadbook, tmp_path, runtime):
    book = tmp_path / "mine.leadbook"
    lock = QLockFile(str(SingleInstance(book, runtime).lock_path))
    assert lock.tryLock(0)  # held, but nobody listens
    try:
        second = leadbook(book)
        assert second.finish() == 1
        second.wait_for("does not answer")
    finally:
        lock.unlock()


def test_the_real_command(leadbook, tmp_path):
    first = leadbook(tmp_path / "mine.leadbook", real=True)
    first.wait_for("primary")
    other = leadbook(tmp_path / "other.leadbook", real=True)
    other.wait_for("primary")
    second = leadbook(tmp_path / "mine.leadbook", real=True)
    assert second.finish() == 0
    first.wait_for("raise requested")
    assert first.finish() == 0
    assert leadbook(tmp_path / "other.leadbook", real=True).finish() == 0
    assert other.finish() == 0


def test_the_real_command_answers_once_its_window_has_painted(leadbook, tmp_path):
    """The book is locked before the window opens, but Qt's network module loads after the first
    paint: a second ``leadbook`` started at once retries until the first listens, then raises it."""
    first = leadbook(tmp_path / "mine.leadbook", real=True)
    first.wait_for("primary")
    second = leadbook(tmp_path / "mine.leadbook", real=True)
    assert second.finish() == 0
    second.wait_for("raised the running Leadbook")
    first.wait_for("raise requested")
    said = [line.rsplit(": ", 1)[-1] for line in first.seen if line.startswith("leadbook-instance:")]
    assert said.index("primary") < said.index("ready") < said.index("listening") < said.index("raise requested")
    assert first.finish() == 0


def test_a_leadbook_showing_a_box_before_its_window_still_answers(leadbook, tmp_path):
    """Its window has not painted (a box asks first: here "Cannot open the lead book"): it listens
    after 2 s all the same, so a second one raises it rather than calling it hung."""
    not_a_book = tmp_path / "notes.leadbook"
    not_a_book.write_text("shopping list\n" * 100)
    first = leadbook(not_a_book, real=True)
    first.wait_for("primary")
    second = leadbook(not_a_book, real=True)
    assert second.finish() == 0
    second.wait_for("raised the running Leadbook")
    first.wait_for("listening")
