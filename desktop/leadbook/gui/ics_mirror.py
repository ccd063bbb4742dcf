"""A calendar file that follows the book: after every change, the planned follow-ups are
written to "Leadbook follow-ups.ics" in a folder the seller chose (a Dropbox, OneDrive or
Syncthing folder brings them to a phone's calendar).

The file is rebuilt in a worker (0.6 ms a follow-up adds up in a big book), half a second
after the last change so a burst of writes makes one file, and replaced atomically so a
sync client never uploads half of it. The folder is a setting stored in the book.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from ..book import Change, LeadBook
from ..interop.files import write_atomically
from .book_task import BookTask

log = logging.getLogger("leadbook")

SETTING = "ics_mirror_folder"
MIRROR_FILE_NAME = "Leadbook follow-ups.ics"
DELAY_MS = 500


class IcsMirror(QObject):
    """Keeps ``<folder>/Leadbook follow-ups.ics`` up to date while the book is open."""

    written = Signal(str)  # the file's path
    failed = Signal(str)  # what went wrong, in words

    def __init__(self, book: LeadBook, parent: QObject | None = None, *, delay_ms: int = DELAY_MS) -> None:
        super().__init__(parent)
        self.book = book
        self._task: BookTask | None = None
        self._again = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.write_now)
        self._unsubscribe = book.subscribe(self._changed)
        if self.folder is not None:
            self._timer.start()

    @property
    def folder(self) -> Path | None:
        text = self.book.setting(SETTING)
        return Path(text) if text else None

    @property
    def path(self) -> Path | None:
        folder = self.folder
        return folder / MIRROR_FILE_NAME if folder else None

    def set_folder(self, folder: Path | None) -> None:
        """Start (or, with None, stop) keeping the file; a stopped file is left as it was."""
        self.book.set_setting(SETTING, str(folder) if folder else "")
        if folder is not None:
            self.write_now()

    def _changed(self, _change: Change) -> None:
        if self.folder is not None:
            self._timer.start()

    def write_now(self) -> None:
        path = self.path
        if path is None:
            return
        if self._task is not None and self._task.isRunning():
            self._again = True
            return

        def work(book: LeadBook, _progress: object, _cancelled: object) -> str:
            from .export_dialog import followups_ics  # noqa: PLC0415 - icalendar loads only for a mirror

            data, _count = followups_ics(book)
            write_atomically(path, data)
            return str(path)

        task = BookTask(self.book.path, self.book.clock, work, self)
        task.succeeded.connect(self._done)
        task.failed.connect(self._failed)
        self._task = task
        task.start()

    def _done(self, path: str) -> None:
        self.written.emit(path)
        self._next()

    def _failed(self, error: Exception) -> None:
        log.warning("could not update the calendar file: %r", error)
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        self.failed.emit(
            QCoreApplication.translate("IcsMirror", "The calendar file in %1 could not be updated: %2")
            .replace("%1", str(self.folder)).replace("%2", reason)
        )  # fmt: skip
        self._next()

    def _next(self) -> None:
        if self._again:
            self._again = False
            self._timer.start()

    def busy(self) -> bool:
        return self._task is not None and self._task.isRunning()

    def detach(self) -> None:
        """Stop listening (and finish a write under way) before the book closes."""
        self._timer.stop()
        self._unsubscribe()
        if self._task is not None:
            self._task.wait()


def choose_mirror_folder(parent: QWidget, mirror: IcsMirror) -> bool:
    """Ask for the folder (the action was checked); False when the user cancelled."""
    folder = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("IcsMirror", "Keep follow-ups in a calendar file in this folder"),
        str(mirror.folder or Path.home()),
    )
    if not folder:
        return False
    mirror.set_folder(Path(folder))
    return True
