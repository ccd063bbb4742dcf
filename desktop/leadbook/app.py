"""Builds the running app once: QApplication, logging, the book, the main window.

Collaborators (clock, book) are made here and passed in, so tests can build
the same window around a book of their own.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from . import APP_NAME, __version__, texts
from .book import LeadBook
from .core.clock import Clock, SystemClock
from .gui.book_events import BookEvents
from .gui.main_window import MainWindow
from .paths import log_path
from .store.errors import BookError

log = logging.getLogger("leadbook")


def setup_logging(path: Path) -> None:
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("leadbook")
    root.setLevel(logging.INFO)
    root.addHandler(handler)


def _report_unexpected(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """A bug is logged in full and shown as a short message with the log's path, never a traceback."""
    log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, error, tb)))
    if QApplication.instance() is not None:
        QMessageBox.critical(
            None,
            QApplication.translate("App", "Something went wrong"),
            QApplication.translate(
                "App", "Leadbook hit an unexpected problem. Your saved work is safe.\nDetails were written to %1"
            ).replace("%1", str(log_path())),
        )


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("leadbook")
    from .resources import resource_path  # noqa: PLC0415 - only the GUI needs resources

    app.setWindowIcon(QIcon(str(resource_path("icons", "leadbook.svg"))))
    return app


def build_main_window(book: LeadBook) -> MainWindow:
    """The whole main window around an open book (also used by tests and benchmarks)."""
    return MainWindow(book, BookEvents(book))


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


def _quit_after_first_paint(widget: QWidget) -> None:
    """For start-up benchmarks and smoke tests: leave as soon as the lead table has painted."""
    widget.installEventFilter(_FirstPaint(widget))


def run_gui(book_path: Path, clock: Clock | None = None) -> int:
    app = application()
    setup_logging(log_path())
    sys.excepthook = _report_unexpected
    log.info("Leadbook %s opening %s", __version__, book_path)
    try:
        book = LeadBook.open(book_path, clock or SystemClock())
    except BookError as error:
        log.warning("could not open %s: %r", book_path, error)
        QMessageBox.critical(None, QApplication.translate("App", "Cannot open the lead book"), texts.book_error_text(error))
        return 2
    window = build_main_window(book)
    window.show()
    if os.environ.get("LEADBOOK_EXIT_AFTER_PAINT"):
        _quit_after_first_paint(window.today_view.tree.viewport())
    try:
        return app.exec()
    finally:
        book.close()
