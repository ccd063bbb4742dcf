"""Builds the running app once: QApplication, logging, the book, the main window.

Collaborators (clock, book) are made here and passed in, so tests can build
the same window around a book of their own.
"""

from __future__ import annotations

import contextlib
import functools
import io
import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from . import APP_ID, APP_NAME, __version__, resume_collector
from .book import LeadBook, is_damage
from .core.clock import Clock, SystemClock
from .gui.book_events import BookEvents
from .gui.guarded import hand_on_damage
from .gui.main_window import MainWindow
from .gui.theme import install as install_theme
from .platform.desktop_entry import svg_path
from .platform.paths import DataFolderError, backups_dir, log_path, showing_demo
from .platform.quit_signals import install as quit_on_signals
from .platform.single_instance import Claim, SingleInstance, raise_window
from .present import texts
from .present.i18n import install_translators
from .store.errors import BookDamagedError, BookError
from .store.safety import StartCheck, check_at_start

if TYPE_CHECKING:  # the tray, the reminders and the font notice load after the first paint (docs/architecture.md)
    from .gui.font_notice import FontNotice
    from .gui.reminders.tray import TrayController, TrayPresenter

log = logging.getLogger("leadbook")

#: How often the open window asks whether the start-up check has its verdict.
VERDICT_POLL_MS = 10
#: What the start leaves until Today's first paint (``_settle_start``) runs after this long at the latest.
SETTLE_AT_THE_LATEST_MS = 2000


class _PrivateLog(logging.FileHandler):
    """The log names leads and files: each log file is created owner-only (0600), whatever the umask.
    Past ``MAX_BYTES`` it rolls over to ``.1`` … ``.KEEP`` as ``logging.handlers.RotatingFileHandler``
    does; that module is not used because it brings socket, pickle and queue into every start."""

    MAX_BYTES = 1_000_000
    KEEP = 3

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with contextlib.suppress(OSError):
            os.chmod(self.baseFilename, 0o600)  # one an older Leadbook made readable by all
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)

    def emit(self, record: logging.LogRecord) -> None:
        """As ``RotatingFileHandler.emit``: a log that cannot be written (its folder gone, the disk full)
        never makes the logging call raise; ``handleError`` says so once on stderr."""
        try:
            if self.stream is not None and self.stream.tell() >= self.MAX_BYTES:
                self.doRollover()
            super().emit(record)
        except Exception:  # noqa: BLE001 - logging's own rule: a handler never raises into the caller
            self.handleError(record)

    def doRollover(self) -> None:  # noqa: N802 - the name RotatingFileHandler gives it
        self.acquire()
        try:
            if self.stream is not None:
                self.stream.close()
                self.stream = None
            for number in range(self.KEEP - 1, 0, -1):
                older = f"{self.baseFilename}.{number}"
                if os.path.exists(older):
                    os.replace(older, f"{self.baseFilename}.{number + 1}")
            if os.path.exists(self.baseFilename):
                os.replace(self.baseFilename, f"{self.baseFilename}.1")
            self.stream = self._open()
        finally:
            self.release()


def setup_logging(path: Path) -> None:
    """Log to ``path``; a log that cannot be written is no reason not to start (it says so on stderr)."""
    try:
        handler = _PrivateLog(path, encoding="utf-8")
    except OSError as error:
        print(f"leadbook: cannot write the log {path}: {error.strerror or error}", file=sys.stderr)
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("leadbook")
    root.setLevel(logging.INFO)
    root.addHandler(handler)


def _report_unexpected(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """A bug is logged in full and shown as a short message with the log's path, never a traceback."""
    log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, error, tb)))
    if QApplication.instance() is not None:
        QtWidgets.QMessageBox.critical(
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
    app.setDesktopFileName(APP_ID)  # Wayland matches windows to the menu entry and its icon by this
    app.setWindowIcon(QIcon(str(svg_path())))
    install_theme(app)  # light or dark, as the desktop or this machine's setting says
    return app


def build_main_window(book: LeadBook, backups: Path | None = None) -> MainWindow:
    """The whole main window around an open book (also used by tests and benchmarks)."""
    return MainWindow(book, BookEvents(book), backups=backups or backups_dir())


class _FirstPaint(QObject):
    """Calls ``then`` on the event loop's turn after ``widget`` first paints."""

    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


def _begin_after_paint(checking: StartCheck, window: MainWindow) -> None:
    """The start-up check reads the book on the turn after Today's first paint (2 s at the latest),
    at once for a window started in the tray: read beside the window's start, a big book's check
    slowed the window on a two-core machine. Begun already (or asked for sooner), nothing changes."""
    if window.isVisible():
        _FirstPaint(window.today_view.first_paint_widget(), checking.begin)
        QTimer.singleShot(SETTLE_AT_THE_LATEST_MS, checking.begin)
    else:
        checking.begin()


def _full_check_notice(parent: QWidget | None) -> QtWidgets.QProgressDialog:
    """Shown while the full check after damage runs: a busy bar (SQLite's check does not say how
    far it is), no button (the check is what keeps the book safe), and every window waiting (the
    reminders', a dialog's): a write meanwhile would only wait for the verdict."""
    notice = QtWidgets.QProgressDialog(parent)
    notice.setWindowTitle(QApplication.translate("App", "Checking the lead book"))
    words = QtWidgets.QLabel(
        QApplication.translate(
            "App",
            "SQLite reported damage while reading the lead book. Leadbook is checking all of it; nothing "
            "is written until the check is done.",
        )
    )
    words.setWordWrap(True)
    notice.setLabel(words)
    notice.setMinimumWidth(notice.fontMetrics().averageCharWidth() * 60)
    notice.setCancelButton(None)
    notice.setRange(0, 0)
    notice.setWindowModality(Qt.WindowModality.ApplicationModal)
    notice.show()
    return notice


def _settle_start(instance: SingleInstance) -> None:
    """After Today's first paint: the cyclic collector resumes, and the app answers other
    ``leadbook`` processes (Qt's network module loads now; a second one retries meanwhile).
    Called again is harmless."""
    resume_collector()  # cli stopped it for the start
    instance.listen()


class Session(QObject):
    """The open book and its window; restoring a backup swaps both without leaving the app.

    With a ``tray`` presenter (run_gui always hands one in: a real tray or NoTray, or ``make_tray``
    that makes one when first needed) each book gets its reminder engine, reminders window and
    tray controller; ``background`` starts quietly in the tray (start at login) where there is one.
    Start-up: the window shows first; the tray, the reminders (those due at start pop up then) and
    the font notice start on the turn after its first paint (``MainWindow.after_first_paint``).
    """

    def __init__(
        self,
        clock: Clock,
        backups: Path,
        tray: TrayPresenter | None = None,
        background: bool = False,
        *,
        make_tray: Callable[[], TrayPresenter] | None = None,
    ) -> None:
        super().__init__()
        self.clock = clock
        self.backups = backups
        self._tray = tray
        self._make_tray = make_tray
        self.background = background
        self.book: LeadBook | None = None
        self.window: MainWindow | None = None
        self.controller: TrayController | None = None
        self.font_notice: FontNotice | None = None
        #: The check the open window waits for: the start-up check, or the full check after damage.
        self._checking: StartCheck | None = None
        #: Damage a read met before that check's verdict (``report_unexpected``), for the verdict to settle.
        self._damage_met: tuple[type[BaseException], BaseException, TracebackType | None] | None = None
        self._full_check_notice: QtWidgets.QProgressDialog | None = None  # while the full check runs
        #: The book a full check found sound: damage SQLite reports on it again is a bug's to report
        #: (a full-text index only its own check could see on a read-only book, say), not a new check.
        self._found_sound: LeadBook | None = None
        self._verdict_timer = QTimer(self)
        self._verdict_timer.setInterval(VERDICT_POLL_MS)
        self._verdict_timer.timeout.connect(self._on_verdict)

    @property
    def tray(self) -> TrayPresenter | None:
        if self._tray is None and self._make_tray is not None:
            self._tray = self._make_tray()
        return self._tray

    def open(self, book_path: Path, started: StartCheck | None = None) -> bool:
        """Check, open and show ``book_path``; False when the user chose to stop. ``started``:
        the start-up check of this path, made before the app loaded (after a clean close). The
        window does not wait for it: Today paints before it runs, writes wait for its verdict, and
        a damaged book's window closes for the damaged-book flow (``_on_verdict``)."""
        if started is not None and started.wanted and started.path == book_path:
            return self._open(book_path, started)
        path = self._checked(book_path, started)  # after an unclean close: the full check first
        return path is not None and self._open(path)

    def _open(self, path: Path, checking: StartCheck | None = None) -> bool:
        try:
            book = LeadBook.open(path, self.clock, backups=self.backups, checking=checking)
        except BookDamagedError:  # a migration waited for the check's verdict, or its backup found damage
            chosen = self._checked(path, checking)
            return chosen is not None and self._open(chosen)
        except BookError as error:
            log.warning("could not open %s: %r", path, error)
            QtWidgets.QMessageBox.critical(
                None, QApplication.translate("App", "Cannot open the lead book"), texts.book_error_text(error)
            )
            return False
        if not book.closed_cleanly_last_time:
            log.warning("%s was not closed cleanly last time; it passed the full check", path)
        if book.read_only:
            log.warning("%s opened read-only: the file or its folder cannot be written", path)
        # The book's language setting, before any window of it is built (the setting takes effect at start).
        app = QApplication.instance()
        assert app is not None  # a Session lives inside the application
        install_translators(app, book.settings().language)
        old = self.window
        self._stop_window_work()
        try:
            built = MainWindow(book, BookEvents(book), backups=self.backups)
        except Exception:
            if checking is None or not book.start_check_verdict():
                raise
            # Today read a damaged page before the check's verdict: the damaged-book flow, as before a window.
            book.close()
            chosen = self._checked(path, checking)
            return chosen is not None and self._open(chosen)
        self.book = book
        self.window = built
        self.window.restore_requested.connect(self.restore)
        window = self.window
        has_tray = self._tray is not None or self._make_tray is not None
        if has_tray and self.background and old is None and self.tray is not None and self.tray.available:
            self._start_reminders(book, window, background=True)  # quietly in the tray: no paint to hurry
        else:
            window.show()
            if has_tray:
                window.after_first_paint(lambda: self._start_reminders(book, window))
        if old is not None:
            old.close()
            old.deleteLater()
        window.after_first_paint(self._daily_backup)
        window.after_first_paint(lambda: self._watch_fonts(book, window))
        if checking is not None:
            _begin_after_paint(checking, window)
        if checking is not None and book.start_check_verdict(wait=False) != []:
            window.hold_start_work()  # nothing that writes or copies the book starts before the verdict
            self._checking = checking
            self._verdict_timer.start()
        return True

    def _on_verdict(self) -> None:
        """Polled while a check runs (the start-up check, or the full check after damage): release
        the held work, or on damage close the window and the book and run the damaged-book flow
        (the same as before a window)."""
        book, window, checking = self.book, self.window, self._checking
        if book is None or window is None or checking is None:
            self._verdict_timer.stop()
            return
        problems = book.start_check_verdict(wait=False)
        if problems is None:
            return
        if self._full_check_notice is not None:
            self._full_check_notice.close()
            self._full_check_notice.deleteLater()
            self._full_check_notice = None
        if problems and self._close_dialogs():
            return  # polled again once their loops have ended: the flow runs from the main loop
        self._verdict_timer.stop()
        self._checking = None
        met, self._damage_met = self._damage_met, None
        if not problems:
            if met is not None and not checking.full:  # quick_check does not look at everything
                self._check_fully(book, met)  # the held work (backup, sync…) waits for that one too
                return
            window.release_start_work()
            if checking.full:
                self._found_sound = book  # this session does not check it in full again
            if met is not None:  # the full check found nothing to explain it: reported as any other surprise
                _report_unexpected(*met)
            return
        log.error(
            "%s: the %s check found damage after the window opened", book.path, "full" if checking.full else "start-up"
        )
        self._stop_window_work()  # before the window (their parent) goes
        self.book = self.window = None
        quits = QApplication.quitOnLastWindowClosed()
        QApplication.setQuitOnLastWindowClosed(False)  # the damage box and maybe a new window follow
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # gone before its book closes
        book.close()
        chosen = self._checked(book.path, checking)
        self.background = False  # the user answered the damage box: the book they chose opens in a window
        opened = chosen is not None and self._open(chosen)
        QApplication.setQuitOnLastWindowClosed(quits)
        if not opened:
            QApplication.exit(2)

    @staticmethod
    def _close_dialogs() -> bool:
        """Close the open dialogs and boxes (the lead dialog whose save met the damage, say): the
        damaged-book flow closes the window they belong to, which must not happen inside their
        own event loop. Nothing in them could be saved to the damaged book, so none asks first.
        True when there were any."""
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QtWidgets.QDialog) and w.isVisible()]
        for dialog in dialogs:
            dialog.done(QtWidgets.QDialog.DialogCode.Rejected)
        return bool(dialogs)

    def report_unexpected(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        """``sys.excepthook`` while a book is open. SQLite's damage met by a read before the start-up
        check's verdict (or after it found damage), wherever the read was, leads to the damaged-book
        flow once: ``_on_verdict``, already waiting for the verdict, runs it. Damage met after a
        verdict that found none starts the full check first (``_check_fully``). Anything else is a bug."""
        book = self.book
        if (
            self._checking is None
            and book is not None
            and self.window is not None
            and book is not self._found_sound
            and is_damage(error)
        ):
            self._check_fully(book, (kind, error, tb))
            return
        if self._checking is not None and book is not None and book.damage_before_verdict(error):
            if self._damage_met is None:
                log.warning("%s: a read met damage before the start-up check's verdict: %s", book.path, error)
                self._damage_met = (kind, error, tb)
            if not self._verdict_timer.isActive():
                self._verdict_timer.start()
            return
        if is_damage(error) and (book is None or self.window is None):
            # Met by work that ended as its window went (the damaged-book flow closing it, a restore).
            log.warning("damage met while no window's book was open: %r", error)
            return
        _report_unexpected(kind, error, tb)

    def _check_fully(
        self, book: LeadBook, met: tuple[type[BaseException], BaseException, TracebackType | None]
    ) -> None:
        """SQLite reported damage that no check has looked for yet: met after the start-up check
        passed (a disk failing while Leadbook runs), or of a kind ``quick_check`` does not look for
        (an index out of step with its table). The full check decides, on a thread, while a notice
        keeps every window waiting; the book and its workers wait for it as at start (writes
        wait, and refuse on damage). ``_on_verdict`` then runs the damaged-book flow, or reports
        ``met`` as a bug when the full check finds nothing."""
        log.warning("%s: SQLite reported damage (%s); checking the whole book", book.path, met[1])
        check = StartCheck(book.path, full=True)
        book.check_again(check)
        self._checking = check
        self._damage_met = met
        if self.window is not None:
            self.window.hold_start_work()  # work not begun yet (its first paint's) waits for the verdict
        self._full_check_notice = _full_check_notice(self.window)
        self._verdict_timer.start()

    def _start_reminders(self, book: LeadBook, window: MainWindow, background: bool = False) -> None:
        """The reminder engine, the reminders window and the tray controller of ``book``."""
        if window is not self.window or self.tray is None:
            return  # swapped for a restored book meanwhile
        from .gui.reminders.engine import ReminderEngine  # noqa: PLC0415 - after the first paint
        from .gui.reminders.tray import TrayController  # noqa: PLC0415
        from .gui.reminders.window import RemindersWindow  # noqa: PLC0415

        engine = ReminderEngine(book, parent=window)
        self.controller = TrayController(book, window, engine, RemindersWindow(book), self.tray)
        self.controller.start(background=background)

    def _watch_fonts(self, book: LeadBook, window: MainWindow) -> None:
        """Say once when the book holds letters this machine has no font for (after the first paint)."""
        if window is not self.window:
            return
        from .gui.font_notice import FontNotice  # noqa: PLC0415 - after the first paint

        self._stop_font_notice()
        self.font_notice = FontNotice(book, window)
        window.events.changed.connect(self.font_notice.on_change)
        self.font_notice.start()

    def _checked(self, book_path: Path, started: StartCheck | None = None) -> Path | None:
        """The path to open after the start-up check: the same, a restored one, or another file."""
        damage = check_at_start(book_path, self.backups, self.clock.now(), started)
        if damage is None:
            return book_path
        log.error("%s is damaged (%s); moved to %s %s", book_path, "; ".join(damage.problems[:3]), damage.moved_to,
                  damage.not_moved)  # fmt: skip
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Warning, QApplication.translate("App", "The lead book is damaged"), ""
        )
        if damage.moved_to is None:
            text = (
                QApplication.translate(
                    "App",
                    "SQLite found damage in %1. No verified copy of it could be made (%2), so it was left where "
                    "it is — nothing was moved or deleted. Make room beside it (or make its folder writable) and start "
                    "Leadbook again, or open another file.",
                )
                .replace("%1", str(book_path))
                .replace("%2", damage.not_moved)
            )
        else:
            text = (
                QApplication.translate(
                    "App", "SQLite found damage in %1. It has been moved aside to %2 — nothing was deleted."
                )
                .replace("%1", str(book_path))
                .replace("%2", str(damage.moved_to))
            )
        restore = None
        if damage.backup is not None and damage.moved_to is not None:  # never over a book not set aside
            when = QLocale().toString(
                QtCore.QDateTime.fromSecsSinceEpoch(int(damage.backup.created.timestamp())),
                QLocale.FormatType.LongFormat,
            )
            text += "\n\n" + QApplication.translate("App", "The newest good backup is from %1 (%2 leads).").replace(
                "%1", when
            ).replace("%2", str(damage.backup.lead_count))
            restore = box.addButton(
                QApplication.translate("App", "Restore that backup"), QtWidgets.QMessageBox.ButtonRole.AcceptRole
            )
        other = box.addButton(
            QApplication.translate("App", "Open another file…"), QtWidgets.QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(QtWidgets.QMessageBox.StandardButton.Close)
        box.setText(text)
        box.exec()
        if restore is not None and damage.backup is not None and box.clickedButton() is restore:
            from .store.backup import restore_file  # noqa: PLC0415

            restore_file(damage.backup.path, book_path)
            return book_path
        if box.clickedButton() is other:
            chosen, _ = QtWidgets.QFileDialog.getOpenFileName(
                None, QApplication.translate("App", "Open a lead book"), str(book_path.parent)
            )
            return Path(chosen) if chosen else None
        return None

    def _daily_backup(self) -> None:
        """On a worker thread with its own connection, so the window answers meanwhile."""
        if self.window is not None:
            self.window.start_daily_backup()

    def restore(self, backup: Path) -> None:
        """Back up the current book, put ``backup`` in its place and reopen it."""
        assert self.book is not None and self.window is not None
        path = self.book.path
        self.window.daily_backup.wait()  # the file is about to be replaced
        try:
            self.book.back_up(self.backups)
        except BookError as error:
            if hand_on_damage(error):  # the book is damaged: set aside, then the newest good backup offered
                return
            QtWidgets.QMessageBox.warning(
                self.window, QApplication.translate("App", "Not restored"), texts.book_error_text(error)
            )
            return
        self.window.hide()
        self._stop_reminders()
        self.window.stop_calendar_sync()  # its connection must not outlive the file it opened
        self.book.close()
        from .store.backup import restore_file  # noqa: PLC0415

        try:
            restore_file(backup, path)
        except BookError as error:
            QtWidgets.QMessageBox.warning(
                None, QApplication.translate("App", "Not restored"), texts.book_error_text(error)
            )
        self.open(path)

    def _stop_window_work(self) -> None:
        """What a window started after its first paint (reminders, the font notice: its children)
        stops before the window is swapped for another or closed for the damaged-book flow."""
        self._stop_reminders()
        self._stop_font_notice()

    def _stop_font_notice(self) -> None:
        notice, self.font_notice = self.font_notice, None
        if notice is not None:
            notice.stop()

    def _stop_reminders(self) -> None:
        """The old book's engine and reminders window go before the book closes or is swapped."""
        if self.controller is not None:
            self.controller.stop()
            self.controller.reminders.deleteLater()
            self.controller = None

    def quit_cleanly(self) -> None:
        """Quit as File ▸ Quit does, without questions: a signal, or the desktop session ending."""
        if self.controller is not None:
            self.controller.quit()
        else:
            if self.window is not None:
                self.window.close()
            QApplication.quit()

    def raise_window(self) -> None:
        """Another ``leadbook`` on this book asked: bring the main window to the front."""
        if self.controller is not None:
            self.controller.show_main()
        elif self.window is not None:
            raise_window(self.window)

    def close(self) -> None:
        self._stop_window_work()
        if self.window is not None:
            self.window.daily_backup.wait()
        if self.book is not None:
            self.book.close()


def run_gui(
    book_path: Path, clock: Clock | None = None, background: bool = False, started: StartCheck | None = None
) -> int:
    """The app on ``book_path``; ``started`` is its start-up check when the caller began it early."""
    app = application()
    install_translators(app, None)  # the system's language, for anything said before the book is open
    try:
        setup_logging(log_path())
        backups = backups_dir()
    except DataFolderError as error:
        QtWidgets.QMessageBox.critical(None, QApplication.translate("App", "Cannot open the lead book"),
                             texts.data_folder_error_text(str(error.folder), error.code, error.reason))  # fmt: skip
        raise  # the command line says it too, and ends with its exit code
    sys.excepthook = _report_unexpected
    instance = SingleInstance(book_path)
    # At login a running one stays where it is. This one listens once its window has painted.
    claim = instance.claim("ping" if background else "raise", listen=False)
    if claim is not Claim.PRIMARY and started is not None:
        started.cancel()  # the running Leadbook checked this book when it opened it
    if claim is Claim.RAISED:
        log.info("%s is open in another Leadbook; asked it to come to the front", book_path)
        return 0
    if claim is Claim.NO_ANSWER:
        QtWidgets.QMessageBox.warning(
            None,
            QApplication.translate("App", "Leadbook is already open"),
            QApplication.translate(
                "App",
                "Another Leadbook has %1 open but does not answer. Close it (or end it in the task manager), "
                "then start Leadbook again.",
            ).replace("%1", str(book_path)),
        )
        return 1
    log.info("Leadbook %s opening %s", __version__, book_path)
    settle = functools.partial(_settle_start, instance)
    # At the latest: a window that never paints, or a box asked before it (a damaged book).
    QTimer.singleShot(SETTLE_AT_THE_LATEST_MS, settle)
    # A demo has no tray icon (a second one would confuse), so closing its window ends it.

    def tray() -> TrayPresenter:
        from .gui.reminders.tray import NoTray, make_tray  # noqa: PLC0415 - after the first paint

        return NoTray(app) if showing_demo() else make_tray(app.windowIcon(), app)

    session = Session(clock or SystemClock(), backups, make_tray=tray, background=background)
    sys.excepthook = session.report_unexpected  # damage met before the start-up check's verdict: its flow
    instance.raise_requested.connect(session.raise_window)
    # Logout, shutdown, `kill`, Ctrl+C: the same clean close as File ▸ Quit (book checkpointed, marker gone).
    # Caught before the book opens and its window shows: a signal as soon as the window is seen must
    # not leave the `.running` marker (the next start would then run the full check).
    signals = quit_on_signals(session.quit_cleanly)
    instance.trace("signals caught")
    if not session.open(book_path, started):
        instance.release()
        if signals is not None:
            signals.uninstall()
        return 2
    assert session.window is not None
    first = session.window.today_view.first_paint_widget()
    if session.window.isVisible():
        _FirstPaint(first, settle)
    else:
        settle()  # started in the tray: no paint to wait for
    if os.environ.get("LEADBOOK_EXIT_AFTER_PAINT"):  # start-up benchmarks and smoke tests
        _FirstPaint(first, QApplication.quit)
    app.commitDataRequest.connect(lambda _manager: session.quit_cleanly())
    instance.trace("ready")
    try:
        return app.exec()
    finally:
        session.close()
        instance.release()
        if signals is not None:
            signals.uninstall()
