"""Tells the user, once, when the lead book holds letters no installed font can draw.

Without a CJK font, Chinese names show as empty boxes in every view and nothing says why. After the
window is up, the book's distinct letters are read on a worker connection (a full scan of a big book
must not hold up the first paint), checked against the installed fonts on the GUI thread, and a
warning with what to install is shown, once. It is not shown again for the same set of fonts (kept
per machine in ``platform.machine``): installing or removing fonts makes it possible again. Leads written later
(an import, an edit) are checked as they come.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..book import LeadBook
from ..platform import machine
from ..platform.font_coverage import FontCoverage, fonts_fingerprint, warning_text
from .book_task import BookTask
from .guarded import hand_on_damage

log = logging.getLogger(__name__)

# Off the path to the first paint, and after the reminders a start may show.
CHECK_DELAY_MS = 1500
# A write touching more leads than this is checked with a scan on a worker connection.
READ_HERE_AT_MOST = 500


class FontNotice(QObject):
    """Checks the book's letters against the fonts and warns once; ``shown`` carries the message."""

    shown = Signal(str)

    def __init__(self, book: LeadBook, window: QWidget) -> None:
        super().__init__(window)
        self._book = book
        self._window = window
        self._coverage = FontCoverage()
        self._task: BookTask | None = None
        self.box: QMessageBox | None = None
        self.scanned = False  # a whole-book scan has ended
        self._stopped = False  # the window is going: a scan's late end is only logged
        self._soon = QTimer(self)  # the first scan, after the first paint; stopped with the notice
        self._soon.setSingleShot(True)
        self._soon.timeout.connect(self._scan_book)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.fontDatabaseChanged.connect(self._fonts_changed)

    def start(self, delay_ms: int = CHECK_DELAY_MS) -> None:
        """Check the whole book soon, on a worker connection."""
        self._soon.start(delay_ms)

    def check_leads(self, ids: Iterable[int]) -> None:
        """Check leads just written: a few on the GUI thread, many (an import) on a worker."""
        ids = list(ids)
        if not ids or self._warned():
            return
        if len(ids) > READ_HERE_AT_MOST:
            self._scan_book()
        else:
            self._check(self._book.shown_characters(ids))

    def on_change(self, change: Any) -> None:
        """A book change: its touched leads may hold new letters."""
        self.check_leads(getattr(change, "lead_ids", ()))

    def stop(self) -> None:
        self._stopped = True
        self._soon.stop()
        if self._task is not None:
            self._task.stop()

    # --- internals --------------------------------------------------------------------

    def _scan_book(self) -> None:
        if self._warned() or self._task is not None:
            return
        task = BookTask.on(self._book, lambda book, _progress, _cancelled: book.shown_characters())
        task.succeeded.connect(self._check)
        task.failed.connect(self._scan_failed)
        task.finished.connect(self._scan_done)
        self._task = task
        task.start()

    def _scan_failed(self, error: Exception) -> None:
        # A damaged book goes to its flow, unless the window is going; anything else waits for the next start.
        if self._stopped or not hand_on_damage(error):
            log.warning("could not read the book's text for the font check: %r", error)

    def _scan_done(self) -> None:
        self.scanned = True
        if self._task is not None:
            self._task.deleteLater()
            self._task = None

    def _fonts_changed(self) -> None:
        self._coverage = FontCoverage()

    def _warned(self) -> bool:
        return machine.setting(machine.FONTS_WARNED_FOR) == fonts_fingerprint()

    def _check(self, characters: set[str]) -> None:
        if self._warned():
            return
        missing = self._coverage.missing(characters)
        if not missing:
            return
        try:
            machine.set_setting(machine.FONTS_WARNED_FOR, fonts_fingerprint())
        except OSError as error:  # the data folder cannot be written: said now, and again next time
            log.warning("could not remember the font notice: %r", error)
        text = warning_text(missing)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Some letters cannot be shown"), text,
                          QMessageBox.StandardButton.Ok, self._window)  # fmt: skip
        box.setObjectName("fontNotice")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the command can be copied
        box.open()  # not modal to the work: the user reads it and goes on
        self.box = box
        self.shown.emit(text)
