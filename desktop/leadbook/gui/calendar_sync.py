"""Calendar sync while the window is open: a sync a few seconds after every change, and every few
minutes to bring back what the phone did, always on a worker thread with its own book connection
(``BookTask``), so the window never waits on the network. After a fault it waits as
``sync.retry.Retry`` says and says the fault once; the status bar shows how things stand.

The password comes from the keyring on the worker (a keyring may take a moment to answer); on a
machine without one it is asked once per session (``password_needed``) and kept only in memory.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ..book import BookError, Change, ChangeKind, LeadBook
from ..core.followups import FollowUp
from ..present.i18n import TranslationContext
from ..sync import account as accounts
from ..sync.engine import Fault, Report
from ..sync.retry import Retry
from ..sync.words import done_on_phone_text, fault_text, status_text
from .book_task import BookTask
from .guarded import hand_on_damage

log = logging.getLogger("leadbook")

AFTER_CHANGE_MS = 3_000  # a burst of edits goes out as one sync
EVERY_MS = 5 * 60_000  # what the phone did comes back at least this often
PUBLISHED = ChangeKind.LEADS | ChangeKind.FOLLOWUPS | ChangeKind.SETTINGS  # what the calendar shows


class NeedsPassword(Exception):
    """No keyring holds the password and none was given this session."""


class NetworkTask(QThread):
    """Runs ``work()`` (network only, no book) off the GUI thread; ``succeeded`` or ``failed``."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # noqa: BLE001 - handed to the GUI thread, which says what went wrong
            self.failed.emit(error)
            return
        self.succeeded.emit(result)


class _WindowBook(QObject):
    """The window's own book, for the sync's worker: the phone's moves and deletions are written by
    the GUI thread's connection (a blocking queued call), so they are on the window's Edit ▸ Undo
    and every view hears of them as of any other change."""

    _call = Signal(object)

    def __init__(self, book: LeadBook, parent: QObject) -> None:
        super().__init__(parent)
        self._book = book
        self.applying = False
        self._call.connect(self._run, Qt.ConnectionType.BlockingQueuedConnection)

    def _run(self, job: list[Any]) -> None:
        self.applying = True
        try:
            job.append(("ok", job[0](self._book)))
        except Exception as error:  # noqa: BLE001 - raised again on the worker, where the sync decides
            job.append(("error", error))
        finally:
            self.applying = False

    def _on_window(self, work: Any) -> Any:
        job: list[Any] = [work]
        self._call.emit(job)  # waits until the GUI thread has run it
        kind, value = job[1]
        if kind == "error":
            raise value
        return value

    def move_from_phone(self, followup_id: int, due: Any, *, overruled: Any = None) -> Change:
        return self._on_window(lambda book: book.move_from_phone(followup_id, due, overruled=overruled))

    def cancel_from_phone(self, followup_id: int) -> Change:
        return self._on_window(lambda book: book.cancel_from_phone(followup_id))

    def note_phone_overruled(self, followup_id: int, phone_due: Any) -> Change:
        return self._on_window(lambda book: book.note_phone_overruled(followup_id, phone_due))


class CalendarSync(TranslationContext, QObject):
    """Keeps the book's follow-ups in step with the calendar of this machine's account, if any."""

    status = Signal(str)  # the status bar's permanent line ("" when sync is off)
    said = Signal(str)  # a fault, said once, or a result worth a message
    synced = Signal(object)  # a Report, after every sync that ran
    password_needed = Signal()  # no keyring and no password yet this session: ask once

    def __init__(self, book: LeadBook, parent: QObject | None = None, *, after_change_ms: int = AFTER_CHANGE_MS,
                 every_ms: int = EVERY_MS) -> None:  # fmt: skip
        super().__init__(parent)
        self.book = book
        self.account = accounts.load(book.path)
        self.session_password: str | None = None  # only without a keyring, only in memory
        self.last_fault: Fault | None = None
        self.last_status = ""  # what the status bar says now
        self.status.connect(lambda text: setattr(self, "last_status", text))
        self._asked_for_password = False
        self.started = False
        self._retry = Retry()
        #: A fault only the user can mend (a wrong password, a read-only or gone calendar, an untrusted
        #: certificate): no sync by itself until they act (Settings, Sync now), so that a server counting
        #: failed logins is not asked again and again with the wrong password.
        self.waiting_for_user = False
        self._task: BookTask | None = None
        self._again = False
        self._paused = False  # turning off: no sync until resume()
        self._stopped = False  # the window is going (a close, a restore): a late end is only logged
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(after_change_ms)
        self._soon.timeout.connect(self._sync_by_itself)
        self._every = QTimer(self)
        self._every.setInterval(every_ms)
        self._every.timeout.connect(self._sync_by_itself)
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.timeout.connect(self.sync_now)
        self._window_book = _WindowBook(book, self)
        self._unsubscribe = book.subscribe(self._changed)
        if self.account is not None:
            self._every.start()

    @property
    def enabled(self) -> bool:
        return self.account is not None

    def start(self) -> None:
        """The first sync, once the window is up."""
        self.started = True
        if self.enabled:
            QTimer.singleShot(0, self.sync_now)  # (not _soon.start(0): that would keep 0 as its delay)

    def set_account(self, account: accounts.Account | None, password: str | None = None) -> None:
        """Sync on with this account (kept on this machine by the caller), or off (None)."""
        self.account = account
        self.last_fault = None
        self._retry = Retry()
        self.waiting_for_user = False
        if password is not None:
            self.session_password = password
        if account is None:
            self._every.stop()
            self._soon.stop()
            self._retry_timer.stop()
            self.session_password = None
            self.status.emit("")
            return
        self._every.start()
        self.sync_now()

    def give_password(self, password: str | None) -> None:
        """The password the user typed for this session (None: they declined; sync waits until Settings)."""
        self.session_password = password or None
        if self.session_password:
            self.sync_now()

    def _changed(self, change: Change) -> None:
        if self.enabled and not self._window_book.applying and change.touches(PUBLISHED):
            self._soon.start()

    def is_running(self) -> bool:
        return self._task is not None and self._task.isRunning()

    def _sync_by_itself(self) -> None:
        """A sync the user did not ask for (after a change, every few minutes)."""
        if not self.waiting_for_user:
            self.sync_now()

    def sync_now(self) -> None:
        if self.book.read_only:  # nothing could be brought back into it
            return
        # The account as this machine keeps it now: ``leadbook sync --off`` or ``--setup`` in a
        # terminal reaches a running window at its next sync.
        if self.account is not None:
            self.account = accounts.load(self.book.path)
            if self.account is None:
                self.set_account(None)
        account = self.account
        if account is None or self._paused:
            return
        self.waiting_for_user = False
        if self.is_running():
            self._again = True
            return
        self._retry_timer.stop()
        session = self.session_password
        writer = self._window_book

        def work(book: LeadBook, _progress: object, cancelled: Any) -> Report:
            from ..sync import passwords  # noqa: PLC0415 - keyring loads only when sync runs
            from ..sync.connection import client  # noqa: PLC0415
            from ..sync.engine import Engine  # noqa: PLC0415

            password = session or passwords.stored_password(account)
            if not password:
                raise NeedsPassword
            dav = client(account.calendar_url, account.user, password, fingerprint=account.fingerprint,
                         auth_type=account.auth_type)  # fmt: skip
            try:
                return Engine(book, dav, account.calendar_url, cancelled=cancelled, writer=writer,
                              as_tasks=account.as_tasks).run()  # fmt: skip
            finally:
                dav.close()

        self.status.emit(self.tr("Syncing the calendar…"))
        task = BookTask.on(self.book, work, self)
        task.succeeded.connect(self._done)
        task.failed.connect(self._failed)
        task.finished.connect(task.deleteLater)
        self._task = task
        task.start()

    def _done(self, report: Report) -> None:
        self._task = None
        self.last_fault = report.fault
        wait, say = self._retry.after(report.fault)
        if report.fault is None:
            self.status.emit(status_text(report))
            if report.held_back:
                self.said.emit(status_text(report))
        else:
            self.status.emit(fault_text(report.fault))
            if say:
                self.said.emit(fault_text(report.fault))
            if wait is not None and not self._paused:
                self._retry_timer.start(int(wait * 1000))
            else:
                self.waiting_for_user = True
        self.synced.emit(report)
        self._next()

    def _failed(self, error: Exception) -> None:
        self._task = None
        if self._stopped:  # its book is being closed or replaced: not this window's to report
            log.warning("calendar sync ended after it was stopped: %r", error)
            return
        if hand_on_damage(error):  # the book is damaged, not the sync: the damaged-book flow says so
            self.status.emit(self.tr("Calendar sync stopped; details are in the log."))
            self._again = False  # the regular sync tries again, after the full check's verdict
            return
        if isinstance(error, NeedsPassword):
            self.status.emit(self.tr("Calendar sync waits for your password."))
            if not self._asked_for_password:
                self._asked_for_password = True  # once per session
                self.password_needed.emit()
            return
        log.error("calendar sync failed", exc_info=error)
        self.status.emit(self.tr("Calendar sync stopped; details are in the log."))
        self._next()

    def _next(self) -> None:
        if self._again:
            self._again = False
            if not self.waiting_for_user:
                self.sync_now()

    def pause(self) -> None:
        """No sync until ``resume()``, and none under way when it returns: turning sync off takes
        the events off the calendar, which a sync running meanwhile would read as deleted on the
        phone and cancel their follow-ups here."""
        self._paused = True
        for timer in (self._soon, self._every, self._retry_timer):
            timer.stop()
        self._again = False
        task = self._task  # (the loop may deliver its end, which clears self._task)
        if task is not None:
            # It stops after the request under way (at most its timeout); meanwhile the window still
            # runs what the sync hands it (a move from the phone), else both would wait forever.
            task.cancel()
            while not task.wait(50):
                QCoreApplication.processEvents()
            self._task = None

    def resume(self) -> None:
        """After ``pause()``: syncing goes on if sync is still on."""
        self._paused = False
        if self.enabled:
            self._every.start()

    def stop(self) -> None:
        """Before the window closes or its book is replaced (a restore): no new sync; a running one
        finishes (its state is the book's). Once is enough; again does nothing."""
        self._stopped = True
        self._unsubscribe()
        self._unsubscribe = lambda: None
        self.pause()


def done_on_phone_question(parent: QWidget, book: LeadBook, followup: FollowUp) -> bool:
    """Ask once whether to log a follow-up the phone marked done; True: open the log dialog."""
    try:
        name = book.lead(followup.lead_id).name
        book.asked_about_done_on_phone(int(followup.id or 0))  # asked once, whatever the answer
    except (BookError, KeyError) as error:
        log.warning("cannot ask about a follow-up done on the phone: %r", error)
        return False
    box = QMessageBox(QMessageBox.Icon.Question, CalendarSync.tr("Done on your phone"), done_on_phone_text(followup, name),
                      QMessageBox.StandardButton.NoButton, parent)  # fmt: skip
    box.setObjectName("doneOnPhone")
    log_button = box.addButton(CalendarSync.tr("&Log it…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(CalendarSync.tr("&Not now"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is log_button
