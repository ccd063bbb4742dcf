"""The tray icon, and what Leadbook does with and without one.

``TrayPresenter`` is the seam: ``QtTray`` wraps QSystemTrayIcon where the desktop has a
tray; ``NoTray`` stands in where it has none (GNOME without an extension, offscreen,
Xvfb); tests hand in a fake. ``TrayController`` wires the presenter, the reminder engine,
the reminders window and the main window together:

- a reminder newly due shows the reminders window (always) with the new ones listed and the
  rest folded into one row, and, with a tray, a message and, when the setting says so, a sound;
- with a tray, closing the main window keeps Leadbook running there (said once);
  without one, closing quits, after a warning when reminders are due or still to come today;
- the tray menu: Open Leadbook, Today, Reminders, Pause reminders for 1 hour, Quit; the
  tooltip says how much there is to do today.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, SignalInstance
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QSystemTrayIcon, QWidget

from ...book import BookError, LeadBook, ReminderRow
from ...core.followups import to_instant
from ...platform.paths import showing_demo
from ...present.formatting import due_text, short_datetime
from ...present.i18n import TranslationContext
from ..theme import icon as theme_icon
from .engine import ReminderEngine
from .window import RemindersWindow, lead_text, what_text

PAUSE = timedelta(hours=1)
TOLD_SETTING = "told_tray_keeps_running"
MESSAGE_MS = 10_000


class Tray(TranslationContext):
    """Translation context "Tray" for module-level text: ``Tray.tr(text)`` and, for plurals,
    ``Tray.tr("%n thing(s)", "", n)`` are calls pyside6-lupdate extracts (a helper or a variable n
    passed to ``QCoreApplication.translate`` it does not see as a plural)."""


class TrayPresenter(QObject):
    """What the rest of the app needs from a tray; the signals are the menu's commands."""

    open_requested = Signal()
    today_requested = Signal()
    reminders_requested = Signal()
    pause_requested = Signal()
    resume_requested = Signal()
    quit_requested = Signal()

    available = False

    def show(self) -> None: ...

    def hide(self) -> None: ...

    def set_tooltip(self, text: str) -> None: ...

    def set_paused(self, paused_until: datetime | None, text: str) -> None:
        """Switch the pause item between "Pause reminders for 1 hour" and "Resume reminders"."""

    def notify(self, title: str, message: str) -> None: ...


class NoTray(TrayPresenter):
    """The desktop has no tray: nothing shows; the reminders window does all the work."""

    available = False


class QtTray(TrayPresenter):
    """A QSystemTrayIcon with Leadbook's menu; a click on the icon opens Leadbook."""

    available = True

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(icon, self)
        self.menu = QMenu()
        self.open_action = self._add(self.tr("&Open Leadbook"), self.open_requested)
        self.today_action = self._add(self.tr("&Today"), self.today_requested)
        self.reminders_action = self._add(self.tr("&Reminders"), self.reminders_requested)
        self.menu.addSeparator()
        self.pause_action = self._add(self.tr("&Pause reminders for 1 hour"), self.pause_requested)
        self.resume_action = self._add(self.tr("Re&sume reminders"), self.resume_requested)
        self.resume_action.setVisible(False)
        self.menu.addSeparator()
        self.quit_action = self._add(self.tr("&Quit"), self.quit_requested)
        for action, name in ((self.open_action, "app-window"), (self.today_action, "sun"),
                             (self.reminders_action, "bell"), (self.pause_action, "bell-off"),
                             (self.resume_action, "bell-ring"), (self.quit_action, "log-out")):  # fmt: skip
            action.setIcon(theme_icon(name))
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self.reminders_requested)

    def _add(self, text: str, signal: SignalInstance) -> QAction:
        action = self.menu.addAction(text)
        action.triggered.connect(lambda _checked=False: signal.emit())
        return action

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def set_tooltip(self, text: str) -> None:
        self.icon.setToolTip(text)

    def set_paused(self, paused_until: datetime | None, text: str) -> None:
        self.pause_action.setVisible(paused_until is None)
        self.resume_action.setVisible(paused_until is not None)
        self.resume_action.setText(text or self.tr("Re&sume reminders"))

    def notify(self, title: str, message: str) -> None:
        if QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)


def make_tray(icon: QIcon, parent: QObject | None = None) -> TrayPresenter:
    """A real tray icon where the desktop has a tray, else NoTray."""
    if QSystemTrayIcon.isSystemTrayAvailable():
        return QtTray(icon, parent)
    return NoTray(parent)


def _ask_quit(parent: QWidget, pending: int) -> bool:
    text = Tray.tr(
        "%n reminder(s) is/are due or still to come today. This desktop has no tray, so "
        "Leadbook cannot remind you once it is closed.",
        "",
        pending,
    )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QApplication.translate("Tray", "Quit Leadbook?"),
        text,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    quit_button = box.addButton(QApplication.translate("Tray", "&Quit anyway"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(QApplication.translate("Tray", "&Keep Leadbook open"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is quit_button


def _tell(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


class TrayController(QObject):
    """Wires tray, engine, reminders window and main window for one open book.

    ``confirm_quit(parent, pending) -> bool``, ``tell(parent, title, text)``, ``sound()`` and
    ``quit_app()`` are injectable so tests never block on a message box or leave the loop.
    """

    def __init__(
        self,
        book: LeadBook,
        window: QWidget,
        engine: ReminderEngine,
        reminders: RemindersWindow,
        tray: TrayPresenter,
        *,
        confirm_quit: Callable[[QWidget, int], bool] = _ask_quit,
        tell: Callable[[QWidget, str, str], None] = _tell,
        sound: Callable[[], None] = QApplication.beep,
        quit_app: Callable[[], None] = QApplication.quit,
    ) -> None:
        super().__init__()
        self.book = book
        self.window = window
        self.engine = engine
        self.reminders = reminders
        self.tray = tray
        self._confirm_quit = confirm_quit
        self._tell = tell
        self._sound = sound
        self._quit_app = quit_app
        self.quitting = False
        self._tooltip_day: date | None = None
        self._tooltip_soon = QTimer(self)
        self._tooltip_soon.setSingleShot(True)
        self._tooltip_soon.setInterval(0)
        self._tooltip_soon.timeout.connect(self.update_tooltip)

        engine.due.connect(self._on_due)
        engine.changed.connect(lambda _rows: self.reminders.refresh_if_shown())
        engine.paused_changed.connect(lambda _paused: self._show_pause())
        engine.ticked.connect(self._on_tick)
        reminders.open_requested.connect(self.open_lead)
        self._connections = [
            (tray.open_requested, self.show_main),
            (tray.today_requested, self.show_today),
            (tray.reminders_requested, self.show_reminders),
            (tray.pause_requested, self.pause),
            (tray.resume_requested, self.engine.resume),
            (tray.quit_requested, self.quit),
        ]
        asked = getattr(window, "reminders_requested", None)  # the main window's own menu item, if it has one
        if asked is not None:
            self._connections.append((asked, self.show_reminders))
        for signal, slot in self._connections:
            signal.connect(slot)
        self._unsubscribe = book.subscribe(lambda _change: self._tooltip_soon.start())
        window.installEventFilter(self)
        quit_action = getattr(window, "quit_action", None)
        if isinstance(quit_action, QAction):
            # File ▸ Quit quits (with a tray, closing only hides); without a tray it asks first, as closing does.
            quit_action.triggered.disconnect()
            quit_action.triggered.connect(self.quit if tray.available else self.request_quit)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # With a tray, closing the last window (the reminders one, say) must not end Leadbook.
            app.setQuitOnLastWindowClosed(not tray.available)

    # --- life cycle -------------------------------------------------------------------

    def start(self, background: bool = False) -> None:
        """Show the tray and (unless starting quietly in the tray) the main window, then
        check reminders: everything missed while closed comes in one window."""
        self.tray.show()
        self.update_tooltip()
        self._show_pause()
        if not (background and self.tray.available):
            self.window.show()
        self.engine.start()

    def stop(self) -> None:
        """Let go of this book (before it closes or is swapped for a restored one)."""
        self.engine.stop()
        for signal, slot in self._connections:
            signal.disconnect(slot)
        self._connections = []
        self._unsubscribe()
        self._unsubscribe = lambda: None
        self.window.removeEventFilter(self)
        self.reminders.close()

    # --- commands ---------------------------------------------------------------------

    def show_main(self) -> None:
        window = self.window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def show_today(self) -> None:
        self.show_main()
        show_view = getattr(self.window, "show_view", None)
        if show_view is not None:
            show_view("today")

    def show_reminders(self) -> None:
        self.reminders.present()

    def open_lead(self, lead_id: int, _followup_id: int = 0) -> None:
        self.show_main()
        show_lead = getattr(self.window, "show_lead", None)
        if show_lead is not None:
            show_lead(lead_id)

    def pause(self) -> None:
        self.engine.pause(PAUSE)

    def request_quit(self) -> None:
        """Quit, unless the user would rather keep reminders coming (no tray, reminders pending)."""
        if self.tray.available or self._may_quit():
            self.quit()

    def _may_quit(self) -> bool:
        pending = self.pending_today()
        return not pending or showing_demo() or self._confirm_quit(self.window, pending)

    def quit(self) -> None:
        """Quit for real (tray menu, File ▸ Quit)."""
        self.quitting = True
        self.reminders.close()
        self.window.close()
        self.tray.hide()
        self._quit_app()

    # --- reacting -----------------------------------------------------------------------

    def _on_due(self, new: list[ReminderRow]) -> None:
        """Newly due reminders raise the window with them alone (at start, with only a backlog,
        ``new`` is empty: the window shows it folded, and nothing rings)."""
        self.reminders.present(new)
        if not new:
            return
        if self.tray.available:
            title, message = notification_text(new)
            self.tray.notify(title, message)
        if self.book.settings().reminder_sound:
            self._sound()

    def _on_tick(self) -> None:
        if self._tooltip_day != self.book.local_today():
            self.update_tooltip()

    def _show_pause(self) -> None:
        until = self.engine.paused_until if self.engine.is_paused() else None
        text = ""
        if until is not None:
            text = self.tr("Re&sume reminders (paused until %1)").replace(
                "%1", short_datetime(until.astimezone(self.book.clock.zone))
            )
        self.tray.set_paused(until, text)
        self.update_tooltip()

    def update_tooltip(self) -> None:
        if not self.tray.available:
            return  # nobody would see it
        self._tooltip_day = self.book.local_today()
        count = self.book.due_count()
        text = self.tr("Leadbook — %n thing(s) to do today", "", count)
        if self.engine.is_paused() and self.engine.paused_until is not None:
            text += "\n" + self.tr("Reminders paused until %1").replace(
                "%1", short_datetime(self.engine.paused_until.astimezone(self.book.clock.zone))
            )
        self.tray.set_tooltip(text)

    def pending_today(self) -> int:
        """Reminders due now or still to signal before the end of the local day."""
        tomorrow = self.book.local_today() + timedelta(days=1)
        return self.book.count_due_reminders(to_instant(tomorrow, time(0, 0), self.book.clock.zone))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """The user closing the main window (its close button, Alt+F4: a spontaneous close event)
        hides it to the tray, or without a tray quits after asking. Closes that Leadbook or Qt
        make themselves (File ▸ Quit through ``quit``, the application quitting at logout)
        pass unasked."""
        if watched is not self.window or event.type() != QEvent.Type.Close or self.quitting:
            return False
        if not event.spontaneous():
            if not self.tray.available:
                self.reminders.close()  # nothing would be left to remind: go together
            return False
        if self.tray.available:
            event.ignore()
            self.window.hide()
            self._told_once()
            return True
        if not self._may_quit():
            event.ignore()
            return True
        self.quitting = True
        self.reminders.close()
        self._quit_app()
        return False

    def _told_once(self) -> None:
        if self.book.setting(TOLD_SETTING):
            return
        with contextlib.suppress(BookError):  # a read-only or busy book: told again next time, nothing worse
            self.book.set_setting(TOLD_SETTING, "1")
        self._tell(
            self.window,
            self.tr("Leadbook keeps running"),
            self.tr(
                "Leadbook is still running in the system tray, so your reminders keep coming.\n\n"
                "To open it again, click its icon in the tray. To quit, choose Quit in the tray "
                "icon's menu or File ▸ Quit."
            ),
        )


def notification_text(new: list[ReminderRow]) -> tuple[str, str]:
    """The tray message for reminders that just came due: one in full, several counted."""
    if len(new) == 1:
        row = new[0]
        return (
            Tray.tr("Reminder: %1").replace("%1", lead_text(row)),
            Tray.tr("%1 — due %2").replace("%1", what_text(row)).replace("%2", due_text(row.due)),
        )
    #: Between lead names in a notification ("Anna, Jürgen, 王芳, …"): Chinese "、".
    separator = Tray.tr(", ", "between lead names")
    names = separator.join(row.lead_name for row in new[:3])
    if len(new) > 3:
        names += separator + "…"
    return Tray.tr("%n reminder(s)", "", len(new)), names
