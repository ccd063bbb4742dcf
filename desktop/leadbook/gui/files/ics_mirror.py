"""A calendar file that follows the book: after every change, the planned follow-ups are
written to "Leadbook follow-ups.ics" in a folder the seller chose (a Dropbox, OneDrive or
Syncthing folder brings them to a phone's calendar).

The file is rebuilt in a worker (0.6 ms a follow-up adds up in a big book), half a second
after the last change so a burst of writes makes one file, and replaced atomically so a
sync client never uploads half of it.

The folder is this machine's setting for the book (``leadbook.platform.machine``), never the book's:
a book someone sent must not make Leadbook write into a folder it names. A book that still
names one (``SETTING``: an older Leadbook kept it there, or it came from another computer)
only proposes it; nothing is written there until the user agrees (``proposed_folder``,
``answer_proposal``, asked by the main window when it is first shown). The file is made
for other programs to read, so it follows the umask (``interop.files``, ``shared=True``).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from ...book import BookError, Change, LeadBook, write_atomically
from ...platform import machine
from ..book_task import BookTask
from ..guarded import hand_on_damage

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
        self._detached = False  # the book is closing or being replaced: a late end is only logged
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.write_now)
        self._unsubscribe = book.subscribe(self._changed)
        # This machine's answer for this book (None: never decided), read once: only this window writes it.
        self._decided = machine.book_setting(book.path, machine.CALENDAR_FOLDER)
        if self.folder is not None:
            self._timer.start()

    @property
    def folder(self) -> Path | None:
        """The folder this machine keeps the file in for this book (None: no file)."""
        return Path(self._decided) if self._decided else None

    @property
    def proposed_folder(self) -> Path | None:
        """A folder the book itself names and this machine has not yet agreed to or refused."""
        if self._decided is not None:
            return None
        text = self.book.setting(SETTING)
        return Path(text) if text else None

    @property
    def path(self) -> Path | None:
        folder = self.folder
        return folder / MIRROR_FILE_NAME if folder else None

    def set_folder(self, folder: Path | None) -> None:
        """Start (or, with None, stop) keeping the file on this machine; a stopped file is left as it was."""
        self._decided = str(folder) if folder else ""
        try:
            machine.set_book_setting(self.book.path, machine.CALENDAR_FOLDER, self._decided)
        except OSError as error:  # the data folder is full or read-only: kept for this session, and said
            log.warning("could not remember the calendar-file folder on this machine: %r", error)
            self.failed.emit(
                QCoreApplication.translate("IcsMirror", "Leadbook could not remember this choice on this computer: %1")
                .replace("%1", error.strerror or str(error))
            )  # fmt: skip
        if self.book.setting(SETTING):
            try:  # the book stops naming a folder: it would propose it wherever it goes next
                self.book.set_setting(SETTING, "")
            except BookError as error:
                log.warning("could not clear the book's calendar-file folder: %r", error)
        if folder is not None:
            self.write_now()

    def answer_proposal(self, agreed: bool) -> None:
        """The user's answer about the book's own folder: keep the file there on this machine, or not."""
        proposed = self.proposed_folder
        if proposed is not None:
            self.set_folder(proposed if agreed else None)

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
            write_atomically(path, data, shared=True)  # for other programs to read: follows the umask
            return str(path)

        task = BookTask.on(self.book, work, self)
        task.succeeded.connect(self._done)
        task.failed.connect(self._failed)
        self._task = task
        task.start()

    def _done(self, path: str) -> None:
        self.written.emit(path)
        self._next()

    def _failed(self, error: Exception) -> None:
        if self._detached:  # its book is being closed or replaced: not this window's to report
            log.warning("the calendar file's last update ended after the book closed: %r", error)
            return
        if hand_on_damage(error):  # the book is damaged, not the file: the damaged-book flow
            self._next()  # a change meanwhile is written once the full check has passed
            return
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
        self._detached = True
        self._timer.stop()
        self._unsubscribe()
        if self._task is not None:
            self._task.wait()


def confirm_proposed_folder(parent: QWidget, mirror: IcsMirror) -> None:
    """Ask once on this machine whether to keep the calendar file in the folder the book names."""
    folder = mirror.proposed_folder
    if folder is None:
        return
    box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Question,
                      QCoreApplication.translate("IcsMirror", "Keep a calendar file in this folder?"),
                      QCoreApplication.translate(
                          "IcsMirror", "This lead book asks to keep a calendar file of its follow-ups in %1.\n\n"
                          "Leadbook writes there only if you agree. Agree only if you chose this folder "
                          "yourself; a book someone sent you may name any folder.").replace("%1", str(folder)),
                      parent=parent)  # fmt: skip
    agree = box.addButton(QCoreApplication.translate("IcsMirror", "Keep the calendar file there"),
                          QtWidgets.QMessageBox.ButtonRole.AcceptRole)  # fmt: skip
    refuse = box.addButton(QCoreApplication.translate("IcsMirror", "Not on this computer"),
                           QtWidgets.QMessageBox.ButtonRole.RejectRole)  # fmt: skip
    box.setDefaultButton(refuse)
    box.setEscapeButton(refuse)
    box.exec()
    mirror.answer_proposal(box.clickedButton() is agree)


def choose_mirror_folder(parent: QWidget, mirror: IcsMirror) -> bool:
    """Ask for the folder (the action was checked); False when the user cancelled."""
    folder = QtWidgets.QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("IcsMirror", "Keep follow-ups in a calendar file in this folder"),
        str(mirror.folder or Path.home()),
    )
    if not folder:
        return False
    mirror.set_folder(Path(folder))
    return True
