"""SIGTERM, SIGINT and SIGHUP close Leadbook as cleanly as File ▸ Quit does.

A session manager sends SIGTERM at logout and shutdown (so does ``systemctl --user stop``), and
Ctrl+C in a terminal sends SIGINT. Python's default for SIGTERM kills the process at once, leaving
the book's ``.running`` marker and an unchecked WAL, so the next start runs the full integrity
check as after a crash; and while Qt's event loop runs, Python never gets a chance to act on
SIGINT at all.

Python runs its signal handlers only when the interpreter gets control. ``signal.set_wakeup_fd``
makes the C-level handler write a byte to a pipe; a ``QSocketNotifier`` on the other end wakes
the event loop, a Python slot runs, and with it the Python handler, which asks for the normal
close on the next turn of the loop (never in the middle of other work). A second signal while
closing is ignored: the close is already on its way.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

log = logging.getLogger(__name__)

SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name))


class QuitOnSignal(QObject):
    """While it lives, the signals above call ``close_cleanly`` from the event loop."""

    def __init__(self, close_cleanly: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._close_cleanly = close_cleanly
        self.received: int | None = None
        self._reader, self._writer = os.pipe()  # a pipe, not a socket pair: `socket` costs the start 2 ms
        os.set_blocking(self._reader, False)
        os.set_blocking(self._writer, False)
        self._old_fd = signal.set_wakeup_fd(self._writer, warn_on_full_buffer=False)
        self._notifier = QSocketNotifier(self._reader, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._old_handlers = {number: signal.signal(number, self._on_signal) for number in SIGNALS}

    def _drain(self) -> None:
        """Python runs the pending handler as this slot returns; only the bytes need reading."""
        try:
            while os.read(self._reader, 64):
                pass
        except (BlockingIOError, InterruptedError):
            pass

    def _on_signal(self, number: int, _frame: object) -> None:
        if self.received is not None:
            return
        self.received = number
        log.info("%s received: closing as File > Quit does", signal.Signals(number).name)
        QTimer.singleShot(0, self._close_cleanly)

    def uninstall(self) -> None:
        """Give the signals back to what had them (after the event loop has ended)."""
        for number, handler in self._old_handlers.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(self._old_fd)
        self._notifier.setEnabled(False)
        os.close(self._reader)
        os.close(self._writer)


def install(close_cleanly: Callable[[], None], parent: QObject | None = None) -> QuitOnSignal | None:
    """None where signals cannot be caught this way (not the main thread; Windows has no SIGTERM delivery)."""
    if sys.platform == "win32":
        return None
    try:
        return QuitOnSignal(close_cleanly, parent)
    except ValueError:  # set_wakeup_fd outside the main thread
        return None
