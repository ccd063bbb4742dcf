"""Long book work (reading a 100,000-row file, importing it) off the GUI thread.

SQLite objects belong to the thread that made them, so the task opens its own
connection to the book (``LeadBook.worker_connection``), works there, and closes it.
Results and progress come back as queued signals; the GUI thread then tells its own
book to re-read (``reload_after_external_change``). ``BookTask.on(book, ...)`` hands the task
the book: the task's writes and backups wait for the book's pending check (the start-up check,
or the full check after damage, also one begun while the task runs).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThread, Signal

from ..book import LeadBook
from ..core.clock import Clock

# work(book, progress, cancelled) -> result, run in the worker thread.
Work = Callable[[LeadBook, Callable[[int, int], None], Callable[[], bool]], Any]


class BookTask(QThread):
    """Runs ``work`` on a second connection to the book; ``succeeded`` or ``failed`` tells how it ended."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self, path: Path, clock: Clock, work: Work, parent: Any = None, *, waits_for: LeadBook | None = None
    ) -> None:
        super().__init__(parent)
        self._path = path
        self._clock = clock
        self._work = work
        self._waits_for = waits_for  # the main book, whose pending check the task's writes wait for
        self._cancel = threading.Event()

    @classmethod
    def on(cls, book: LeadBook, work: Work, parent: Any = None) -> BookTask:
        """A task on ``book``'s file; nothing it writes or copies goes before the book's pending
        check has passed: the start-up check, or the full check after damage, also one begun
        while the task runs (a worker's connection is not held back by the lock the book holds
        meanwhile when another program held it first)."""
        return cls(book.path, book.clock, work, parent, waits_for=book)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            with LeadBook.worker_connection(self._path, self._clock, waits_for=self._waits_for) as book:
                result = self._work(book, self.progressed.emit, self._cancel.is_set)
        except Exception as error:  # noqa: BLE001 - handed to the GUI thread, which decides
            self.failed.emit(error)  # the traceback travels with it, for the log
            return
        self.succeeded.emit(result)

    def stop(self) -> None:
        """Ask the work to stop and wait for the thread (before its owner goes away)."""
        self._cancel.set()
        self.wait()
