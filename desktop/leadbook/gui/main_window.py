"""The main window: a navigation sidebar beside the views, menus, and the undo message."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from datetime import date, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QSize, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from .. import __version__
from ..book import BookError, BookReadOnlyError, Change, LeadBook, LeadQuery, needs_backup
from ..core.followups import Due
from ..core.model import Stage
from ..platform import machine
from ..platform.paths import backups_dir
from ..present import texts
from .book_events import BookEvents
from .book_task import BookTask
from .files.ics_mirror import IcsMirror
from .fit import FitScrollArea, only_current_page_sized
from .guarded import guarded, hand_on_damage
from .navigation import ALERT_ROLE, COUNT_ROLE, PAGE_ICONS, NavigationDelegate, fit_width
from .theme import SPACE, TOOLBAR_SETTING, icon, style
from .today.view import LEAD_ROLE, TodayView

if TYPE_CHECKING:  # the other pages and the dialogs are imported when first wanted (start-up, docs/architecture.md)
    from ..sync.engine import Report
    from .calendar.view import CalendarView
    from .calendar_sync import CalendarSync
    from .leads.panel import LeadPanel
    from .leads.view import LeadsView
    from .progress.view import ProgressView
    from .revisits.nurture import NurtureView
    from .revisits.view import RevisitsView

UNDO_MESSAGE_MS = 12_000
#: The icon of each action of the menus and the toolbar (Lucide names), by the window's attribute.
ACTION_ICONS = {
    "new_action": "user-plus", "print_action": "printer", "reminders_action": "bell", "import_action": "import",
    "undo_import_action": "undo", "mirror_action": "calendar-sync", "backup_action": "hard-drive-download",
    "restore_action": "archive-restore", "quit_action": "log-out", "undo_action": "undo-2", "find_action": "search",
    "delete_leads_action": "trash-2",
    "log_action": "check", "plan_action": "calendar-plus", "cadences_action": "repeat", "duplicates_action": "copy",
    "settings_action": "settings", "demo_action": "flask-conical", "about_action": "info",
}  # fmt: skip
log = logging.getLogger("leadbook")


class DailyBackup(QObject):
    """The backup at start, when the newest one is a day old, on a worker thread with its own
    connection (``BookTask``): copying and verifying a 100 MB book takes a second or more, and
    the window answers meanwhile. ``finished(path)`` gives the new backup (None: none was due);
    ``failed(error)`` a BookError (or a bug, which is logged)."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, book: LeadBook, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self._folder = folder
        self._task: BookTask | None = None
        self._busy = False

    def start(self) -> bool:
        """Start it (once at a time); False when one is already running."""
        if self.is_running():
            return False
        folder = self._folder

        def work(book: LeadBook, _progress: object, _cancelled: object) -> Path | None:
            if not needs_backup(book.path, folder, book.clock.now()):
                return None
            return book.back_up(folder)

        self._busy = True
        self._task = BookTask.on(self._book, work, self)
        self._task.succeeded.connect(lambda target: self._done(self.finished, target))
        self._task.failed.connect(lambda error: self._done(self.failed, error))
        self._task.finished.connect(self._task.deleteLater)
        self._task.start()
        return True

    def _done(self, signal: SignalInstance, value: object) -> None:
        self._busy = False
        signal.emit(value)

    def is_running(self) -> bool:
        return self._busy

    def wait(self) -> None:
        """Let a running backup finish (before the book is closed, swapped or the app quits)."""
        if self._task is not None:
            with contextlib.suppress(RuntimeError):  # already finished and deleted
                self._task.wait()
            self._task = None


class UndoMessage(QWidget):
    """ "Deleted 3 leads  [Undo]" in the status bar, for a while after a destructive step."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.button = QPushButton(self.tr("Undo"))
        self.button.setObjectName("undoButton")
        self.button.setFlat(True)
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.show()
        self._timer.start(UNDO_MESSAGE_MS)


class _FirstPaintHook(QObject):
    """Runs the window's ``after_first_paint`` callbacks on the event loop's turn after the first
    page has painted (or after ``FALLBACK_MS`` when the window is never shown, say in the tray)."""

    FALLBACK_MS = 1000

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.waiting: list[Callable[[], object]] | None = []  # None once run
        self.held = False  # until the start-up check's verdict (``MainWindow.hold_start_work``)
        self._due = False  # painted while held: run on release
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self.run)

    def watch(self, *widgets: QWidget) -> None:
        """The first paint of any of ``widgets`` (what the first page shows first) counts."""
        self._watched = widgets
        for widget in widgets:
            widget.installEventFilter(self)
        self._fallback.start(self.FALLBACK_MS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            for widget in self._watched:
                widget.removeEventFilter(self)
            self._fallback.stop()
            QTimer.singleShot(0, self.run)
        return False

    def add(self, callback: Callable[[], object]) -> None:
        if self.waiting is None:
            QTimer.singleShot(0, callback)
        else:
            self.waiting.append(callback)

    def release(self) -> None:
        self.held = False
        if self._due:
            self.run()

    def run(self) -> None:
        if self.waiting is None:
            return
        self._fallback.stop()
        if self.held:
            self._due = True
            return
        callbacks, self.waiting = self.waiting, None
        for callback in callbacks:
            callback()


class MainWindow(QMainWindow):
    """Asks the session to ``restore_requested(Path)``: swapping the book is not the window's job.

    Start-up: only Today (the first page) is built with the window. ``add_view`` takes a widget or
    a factory; a page given as a factory is built when first shown or first asked for
    (``page(key)``; ``leads_view``, ``calendar_view``… are properties that do so). Work the first
    screen does not need goes to ``after_first_paint(callback)``: run on the event loop's turn
    after Today has painted."""

    restore_requested = Signal(object)
    reminders_requested = Signal()  # the app's TrayController shows the reminders window

    def __init__(self, book: LeadBook, events: BookEvents, backups: Path | None = None) -> None:
        super().__init__()
        self.book = book
        self.demo_pid: int | None = None  # the last demo Leadbook started from Help
        self.events = events
        self.backups = backups or backups_dir()
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("%1 — Leadbook").replace("%1", book.path.name))
        self._fit_to_screen()

        self._first_paint = _FirstPaintHook(self)
        self.stack = QStackedWidget()
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setItemDelegate(NavigationDelegate(self.nav))
        style(self.nav)
        self.nav.currentRowChanged.connect(self._show_row)
        self._nav_items: dict[str, QListWidgetItem] = {}
        self._pages: dict[str, QWidget] = {}
        self._page_factories: dict[str, Callable[[], QWidget]] = {}
        self.today_view = TodayView(book, events=events)
        self.add_view("today", self.tr("Today"), self.today_view)
        self.add_view("calendar", self.tr("Calendar"), self._build_calendar)
        self.add_view("leads", self.tr("Leads"), self._build_leads)
        self.add_view("revisits", self.tr("Revisit"), lambda: self._build_revisits("revisits"))
        self.add_view("nurture", self.tr("Nurture"), lambda: self._build_revisits("nurture"))
        self.add_view("progress", self.tr("Progress"), self._build_progress)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        # At a large scale a page scrolls rather than push the window past the screen (gui/fit.py).
        only_current_page_sized(self.stack)
        row.addWidget(FitScrollArea(self.stack), 1)
        self.setCentralWidget(central)

        self.daily_backup = DailyBackup(book, self.backups, self)
        self.daily_backup.finished.connect(self._daily_backup_done)
        self.daily_backup.failed.connect(self._daily_backup_failed)
        self.ics_mirror = IcsMirror(book, self)
        self._asked_about_calendar_folder = False
        self.ics_mirror.failed.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self.undo_message = UndoMessage()
        self.undo_message.button.clicked.connect(self.undo)
        self.statusBar().addPermanentWidget(self.undo_message)
        self._calendar_sync: CalendarSync | None = None  # built on first need, after the first paint

        self._build_actions()
        self._waiting_shown = False
        book.waiting = self._write_waiting
        self.destroyed.connect(lambda: setattr(book, "waiting", None))
        if book.read_only:
            self._show_read_only()
        self.today_view.open_lead.connect(self.show_lead)
        self.today_view.log_requested.connect(self.log_followup)
        self.today_view.undoable.connect(self.undo_message.show_message)
        self.today_view.count_changed.connect(lambda _n: self._refresh_nav_counts())
        self.today_view.welcome.add_lead.connect(self.new_lead)
        self.today_view.welcome.import_contacts.connect(self.import_file)
        self.today_view.welcome.open_demo.connect(self.open_demo)
        self.today_view.show_without_next_step.connect(self._show_without_next_step)
        events.changed.connect(self._on_book_changed)
        self._refresh_nav_counts()
        self.nav.setCurrentRow(0)  # the lead list reads itself when its page is first shown
        self._first_paint.watch(self.today_view.tree.viewport(), self.today_view.welcome)  # the agenda, or the welcome

    # --- structure --------------------------------------------------------------------

    def _fit_to_screen(self) -> None:
        """Most of the screen: the lead list, its history and Today all want width."""
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is None:
            self.resize(1280, 800)
            return
        # A small screen (or a large scale: 1366 x 768 at 200 % is 683 x 384) is filled, never
        # overflowed; the pages scroll or shrink to it.
        self.resize(min(1600, int(screen.width() * 0.96)), min(1000, int(screen.height() * 0.94)))

    def add_view(self, key: str, title: str, widget: QWidget | Callable[[], QWidget]) -> None:
        """Views join the navigation only when they work. ``widget`` may be a factory: the page
        is then built when first shown or asked for (``page(key)``), not at start."""
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, title)
        item.setSizeHint(QSize(0, 4 * SPACE + SPACE // 2))
        if key in PAGE_ICONS:
            item.setIcon(icon(PAGE_ICONS[key]))
        self.nav.addItem(item)
        if isinstance(widget, QWidget):
            self._pages[key] = widget
        else:
            self._page_factories[key] = widget
            widget = QWidget()  # holds the page's place in the stack until it is built
        self.nav.setFixedWidth(fit_width(self.nav))
        self.stack.addWidget(widget)
        self._nav_items[key] = item

    def page(self, key: str) -> QWidget:
        """The page of navigation entry ``key``, built now if it was not yet."""
        if key not in self._pages:
            placeholder = self.stack.widget(self.nav.row(self._nav_items[key]))
            assert placeholder is not None  # every navigation entry has its place in the stack
            self._pages[key] = built = self._page_factories.pop(key)()
            index = self.stack.indexOf(placeholder)
            current = self.stack.currentWidget() is placeholder
            self.stack.insertWidget(index, built)
            if current:
                self.stack.setCurrentWidget(built)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        return self._pages[key]

    def is_built(self, key: str) -> bool:
        return key in self._pages

    def after_first_paint(self, callback: Callable[[], object]) -> None:
        """Run ``callback`` once the first page has painted (at once, on the next turn, if it has):
        for work the first screen does not need (the tray, reminders, notices, other pages)."""
        self._first_paint.add(callback)

    def hold_start_work(self) -> None:
        """Keep the ``after_first_paint`` work (reminders, backup, sync…) waiting after the paint too,
        until ``release_start_work``: the app holds it while the book's start-up check runs."""
        self._first_paint.held = True

    def release_start_work(self) -> None:
        self._first_paint.release()

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = next(k for k, item in self._nav_items.items() if self.nav.row(item) == row)
        self.stack.setCurrentWidget(self.page(key))

    # The pages after the first, built when first wanted.

    @property
    def calendar_view(self) -> CalendarView:
        return self.page("calendar")  # type: ignore[return-value]

    @property
    def leads_split(self) -> QSplitter:
        return self.page("leads")  # type: ignore[return-value]

    @property
    def leads_view(self) -> LeadsView:
        return self.leads_split.widget(0)  # type: ignore[return-value]

    @property
    def lead_panel(self) -> LeadPanel:
        return self.leads_split.widget(1)  # type: ignore[return-value]

    @property
    def revisits_view(self) -> RevisitsView:
        return self.page("revisits")  # type: ignore[return-value]

    @property
    def nurture_view(self) -> NurtureView:
        return self.page("nurture")  # type: ignore[return-value]

    @property
    def progress_view(self) -> ProgressView:
        return self.page("progress")  # type: ignore[return-value]

    def _build_calendar(self) -> QWidget:
        from .calendar.view import CalendarView  # noqa: PLC0415 - built when first shown; keeps start-up light

        view = CalendarView(self.book, own_undo=False, events=self.events)  # Edit ▸ Undo already has Ctrl+Z
        view.open_followup.connect(self.edit_followup)
        view.open_lead.connect(self.show_lead)
        view.plan_at.connect(self.plan_at)
        view.undoable.connect(self.undo_message.show_message)
        return view

    def _build_leads(self) -> QWidget:
        from .leads.panel import LeadPanel  # noqa: PLC0415 - built when first shown; keeps start-up light
        from .leads.view import LeadsView  # noqa: PLC0415

        leads_view = LeadsView(self.book, events=self.events)
        lead_panel = LeadPanel(self.book, events=self.events)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(leads_view)
        split.addWidget(lead_panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([1040, 300])
        leads_view.open_lead.connect(self.edit_lead)
        leads_view.new_lead.connect(self.new_lead)
        leads_view.delete_leads.connect(self.delete_leads)
        leads_view.table.selectionModel().currentChanged.connect(
            lambda *_: lead_panel.show_lead(leads_view.current_id())
        )
        leads_view.model.modelReset.connect(lambda: lead_panel.show_lead(leads_view.current_id()))
        lead_panel.edit_requested.connect(self.edit_lead)
        lead_panel.plan_requested.connect(self.plan_followup)
        lead_panel.edit_followup_requested.connect(self.edit_followup)
        lead_panel.log_requested.connect(self.log_followup)
        # Edit ▸ Delete stands for the lead list's own action: on when it is, and triggers it.
        real = leads_view.delete_action
        real.changed.connect(lambda: self.delete_leads_action.setEnabled(real.isEnabled()))
        self.delete_leads_action.triggered.connect(real.trigger)
        self.delete_leads_action.setEnabled(real.isEnabled())
        return split

    def _build_revisits(self, key: str) -> QWidget:
        from .revisits.nurture import NurtureView  # noqa: PLC0415 - built when first shown; keeps start-up light
        from .revisits.view import RevisitsView  # noqa: PLC0415

        view: Any = (RevisitsView if key == "revisits" else NurtureView)(self.book, events=self.events)
        view.open_lead.connect(self.show_lead)
        view.undoable.connect(self.undo_message.show_message)
        return view

    def _build_progress(self) -> QWidget:
        from .progress.view import ProgressView  # noqa: PLC0415 - built when first shown; keeps start-up light

        view = ProgressView(self.book, events=self.events)
        view.show_leads.connect(self._show_leads)
        return view

    def _show_leads(self, ids: list[int], label: str) -> None:
        """The Leads page filtered to exactly these leads (a number of the Progress page clicked)."""
        self.leads_view.show_leads(ids, label.strip())
        self.show_view("leads")

    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(self.tr("&New lead…"), QKeySequence.StandardKey.New, self.new_lead)
        file_menu.addAction(self.new_action)
        self.print_action = self._action(
            self.tr("&Print call sheet…"), QKeySequence.StandardKey.Print, self.print_call_sheet
        )
        file_menu.addAction(self.print_action)
        self.reminders_action = self._action(self.tr("Show re&minders"), "Ctrl+Shift+R", self.reminders_requested.emit)
        file_menu.addAction(self.reminders_action)
        file_menu.addSeparator()
        self._build_reach_actions(file_menu)
        file_menu.addSeparator()
        self.backup_action = self._action(self.tr("&Back up now"), None, self.back_up_now)
        file_menu.addAction(self.backup_action)
        self.restore_action = self._action(self.tr("&Restore from backup…"), None, self.choose_backup)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        self.quit_action = self._action(self.tr("&Quit"), "Ctrl+Q", self.close)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(self.quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self._action(self.tr("&Undo"), QKeySequence.StandardKey.Undo, self.undo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addSeparator()
        self.find_action = self._action(self.tr("&Find…"), QKeySequence.StandardKey.Find, self.focus_find)
        edit_menu.addAction(self.find_action)
        # Edit ▸ Delete acts on the lead list (its own action, the Delete key in the list), which is
        # built when first shown: this entry stands for it, off as it is while another page shows.
        self.delete_leads_action = QAction(QCoreApplication.translate("LeadsView", "Delete"), self)
        self.delete_leads_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_leads_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the list's key does it
        self.delete_leads_action.setEnabled(False)
        edit_menu.addAction(self.delete_leads_action)
        edit_menu.addSeparator()
        self.log_action = self._action(self.tr("&Log…"), None, self.log_current)
        self.log_action.setStatusTip(
            self.tr("Log what happened with the follow-up chosen in Today or the lead's next step")
        )
        edit_menu.addAction(self.log_action)
        self.plan_action = self._action(self.tr("&Plan follow-up…"), None, self.plan_current)
        self.plan_action.setStatusTip(self.tr("Plan a follow-up for the lead chosen, or find the lead first"))
        edit_menu.addAction(self.plan_action)
        edit_menu.addSeparator()
        self.cadences_action = self._action(self.tr("&Cadences…"), None, self.edit_cadences)
        edit_menu.addAction(self.cadences_action)
        self.duplicates_action = self._action(self.tr("Re&view possible duplicates…"), None, self.review_duplicates)
        edit_menu.addAction(self.duplicates_action)
        self.settings_action = self._action(self.tr("&Settings…"), "Ctrl+,", self.edit_settings)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        edit_menu.addAction(self.settings_action)
        self._update_undo_action()

        self._build_view_menu()
        go_menu = self.menuBar().addMenu(self.tr("G&o"))
        self.view_actions: dict[str, QAction] = {}
        for number, key in enumerate(self._nav_items, start=1):  # the navigation's pages, in its words and order
            title = self._nav_items[key].data(Qt.ItemDataRole.UserRole)
            action = self._action(title, f"Ctrl+{number}", lambda _checked=False, key=key: self.show_view(key))
            self.view_actions[key] = action
            go_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.demo_action = self._action(self.tr("Open a &demo book"), None, self.open_demo)
        help_menu.addAction(self.demo_action)
        self.about_action = self._action(self.tr("&About Leadbook"), None, self.about)
        help_menu.addAction(self.about_action)
        for name, icon_name in ACTION_ICONS.items():
            getattr(self, name).setIcon(icon(icon_name))
        for key, action in self.view_actions.items():
            if key in PAGE_ICONS:
                action.setIcon(icon(PAGE_ICONS[key]))
        self._build_toolbar()

    def _build_toolbar(self) -> None:
        """The few things a seller does all day, as the menus have them (the same actions)."""
        self.toolbar = QToolBar(self.tr("Toolbar"))
        self.toolbar.setObjectName("mainToolBar")
        style(self.toolbar)
        self.toolbar.setMovable(False)
        self.toolbar.setFloatable(False)
        self.toolbar.setIconSize(QSize(22, 22))
        self.toolbar.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)  # Toolbar ▸ has its one choice
        for action, short in (
            (self.new_action, self.tr("New lead")),
            (self.log_action, self.tr("Log")),
            (self.plan_action, self.tr("Plan")),
            (self.print_action, self.tr("Call sheet")),
            (self.import_action, self.tr("Import")),
            (self.find_action, self.tr("Search")),
        ):
            action.setIconText(short)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{short} ({keys})" if keys else short)
            self.toolbar.addAction(action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.set_toolbar_icons_only(self.icons_only_action.isChecked())

    def _build_view_menu(self) -> None:
        view_menu = self.menuBar().addMenu(self.tr("Tool&bar"))
        self.icons_only_action = self._action(self.tr("&Icons only"), None, self.choose_icons_only)
        self.icons_only_action.setCheckable(True)
        self.icons_only_action.setChecked(machine.setting(TOOLBAR_SETTING) == "icons")
        view_menu.addAction(self.icons_only_action)

    def choose_icons_only(self, checked: bool) -> None:
        """Toolbar ▸ Icons only, remembered in this machine's settings."""
        self.set_toolbar_icons_only(checked)
        try:
            machine.set_setting(TOOLBAR_SETTING, "icons" if checked else "text")
        except OSError as error:
            log.warning("cannot keep the toolbar's look: %r", error)

    def set_toolbar_icons_only(self, icons_only: bool) -> None:
        self.toolbar.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonIconOnly if icons_only else Qt.ToolButtonStyle.ToolButtonTextUnderIcon
        )

    def _build_reach_actions(self, file_menu: QMenu) -> None:
        """Files in and out: Import…, Export ▸ (leads as CSV, vCard; follow-ups as iCalendar),
        the calendar file kept up to date, and undoing the last import."""
        self.import_action = self._action(self.tr("&Import…"), "Ctrl+I", self.import_file)
        file_menu.addAction(self.import_action)
        self.undo_import_action = self._action(self.tr("Undo the &last import…"), None, self.undo_import)
        file_menu.addAction(self.undo_import_action)
        self.export_menu = file_menu.addMenu(self.tr("E&xport"))
        self.export_menu.setIcon(icon("file-up"))
        self.export_actions: dict[str, QAction] = {}
        for kind, accelerated in (
            ("csv", self.tr("Leads as CSV for a &spreadsheet…")),
            ("csv-address-book", self.tr("Leads as CSV for another &address book…")),
            ("vcf", self.tr("Leads as &vCard…")),
            ("ics", self.tr("Follow-ups as &iCalendar…")),
        ):  # export_dialog.KINDS (importing it here would load icalendar at start)
            action = self._action(accelerated, None, lambda _checked=False, k=kind: self.export(k))
            action.setIcon(icon("calendar-arrow-up" if kind == "ics" else "file-up"))
            self.export_actions[kind] = action
            self.export_menu.addAction(action)
        self.mirror_action = self._action(self.tr("&Keep a calendar file up to date…"), None, self.toggle_ics_mirror)
        self.mirror_action.setCheckable(True)
        self.mirror_action.setChecked(self.ics_mirror.folder is not None)
        self._update_mirror_tip()
        file_menu.addAction(self.mirror_action)
        # Only this menu shows it: the book is asked when the menu opens (and after each change), not
        # before the first paint.
        self.undo_import_action.setEnabled(False)
        file_menu.aboutToShow.connect(self._update_import_actions)

    def _update_mirror_tip(self) -> None:
        path = self.ics_mirror.path
        self.mirror_action.setStatusTip(
            self.tr("Writes your follow-ups to %1 after every change.").replace("%1", str(path))
            if path
            else self.tr("Writes your follow-ups to a calendar file in a folder you choose, after every change.")
        )

    def _action(self, text: str, key: QKeySequence.StandardKey | str | None, slot) -> QAction:
        action = QAction(text, self)
        if key is not None:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # --- commands ---------------------------------------------------------------------

    def show_view(self, key: str) -> None:
        self.nav.setCurrentItem(self._nav_items[key])
        if key == "leads":
            self.leads_view.ensure_loaded()  # also while the window itself is hidden (in the tray)

    def _show_without_next_step(self) -> None:
        self.leads_view.show_without_next_step()
        self.show_view("leads")

    def _page(self) -> str:
        item = self.nav.currentItem()
        return next((key for key, found in self._nav_items.items() if found is item), "")

    def _chosen_lead(self) -> int | None:
        """The lead chosen on the page shown: Today's row, the lead list's current lead."""
        page = self._page()
        if page == "today":
            index = self.today_view.current_index()
            lead = index.data(LEAD_ROLE) if index is not None and index.isValid() else None
            return int(lead) if isinstance(lead, int) and lead > 0 else None
        if page == "leads":
            return self.leads_view.current_id()
        return None

    def log_current(self) -> None:
        """Edit ▸ Log… (and the toolbar): Today's chosen follow-up, or the next step of the lead shown."""
        page = self._page()
        if page == "today" and self.today_view.log_action.isEnabled():
            self.today_view.log_action.trigger()
        elif page == "leads" and self.lead_panel.log_button.isEnabled():
            self.lead_panel.log_button.click()
        else:
            self.show_view("today")
            self.statusBar().showMessage(
                self.tr("Choose a follow-up in Today, or a lead with a next step, then Log."), UNDO_MESSAGE_MS
            )

    def plan_current(self) -> None:
        """Edit ▸ Plan follow-up… (and the toolbar): for the lead chosen, else find the lead first."""
        if self._refused_read_only():
            return
        lead_id = self._chosen_lead()
        if lead_id is None:
            self.plan_at(self.book.local_today(), None)
        else:
            self.plan_followup(lead_id)

    def focus_find(self) -> None:
        self.show_view("leads")
        self.leads_view.focus_search()

    def _show_read_only(self) -> None:
        """A book this user cannot write: the title says so and what would write is switched off
        (anything else that writes refuses with the read-only message through ``guarded``)."""
        self.setWindowTitle(self.tr("%1 — read-only — Leadbook").replace("%1", self.book.path.name))
        for action in (
            self.new_action,
            self.plan_action,
            self.restore_action,
            self.cadences_action,
            self.settings_action,
            self.duplicates_action,
        ):
            action.setEnabled(False)
        self.read_only_label = QLabel(self.tr("Read-only"))
        self.read_only_label.setToolTip(texts.book_error_text(BookReadOnlyError(self.book.path)))
        self.statusBar().addPermanentWidget(self.read_only_label)

    def _refused_read_only(self) -> bool:
        """True (after saying why) when the book is read-only and a write was asked for."""
        if self.book.read_only:
            QtWidgets.QMessageBox.warning(self, self.tr("The lead book is read-only"),
                                texts.book_error_text(BookReadOnlyError(self.book.path)))  # fmt: skip
        return self.book.read_only

    def _write_waiting(self, seconds: float | None) -> None:
        """The book calls this while a write from this window waits for another connection's
        write lock (every ``book.WAIT_SLICE_MS``; None when the wait is over, either way).

        GUI writes run on the GUI thread, so the wait would freeze the window. Instead the book
        tries ``BEGIN IMMEDIATE`` in short slices and this lets Qt repaint in between: after a
        second the status bar says "Waiting for another Leadbook to finish…". User input is left
        queued meanwhile (``ExcludeUserInputEvents``), so no second write can start inside the
        first; after ``book.write_wait`` the write fails with BookLockedError, which ``guarded``
        shows as the "busy" message."""
        if seconds is None:
            if self._waiting_shown:
                self._waiting_shown = False
                self.statusBar().clearMessage()
            return
        if seconds >= 1.0 and not self._waiting_shown:
            self._waiting_shown = True
            self.statusBar().showMessage(self.tr("Waiting for another Leadbook to finish…"))
        QCoreApplication.processEvents(QtCore.QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    def new_lead(self) -> None:
        if self._refused_read_only():
            return
        from .leads.dialog import LeadDialog  # noqa: PLC0415 - opened on request; keeps start-up light

        dialog = LeadDialog(self.book, parent=self)
        if dialog.exec() and dialog.saved_lead is not None:
            self.show_view("leads")
            saved_id = int(dialog.saved_lead.id or 0)  # a saved lead has its id
            self.leads_view.select_ids([saved_id], saved_id)

    def edit_lead(self, lead_id: int) -> None:
        try:
            lead = self.book.lead(lead_id)
        except KeyError:
            return
        from .leads.dialog import LeadDialog  # noqa: PLC0415 - opened on request; keeps start-up light

        dialog = LeadDialog(self.book, lead, parent=self)
        became_no = dialog.exec() and dialog.saved_lead is not None and dialog.saved_lead.stage == Stage.NO
        if became_no and lead.stage != Stage.NO:
            self.say_no(lead_id)

    def say_no(self, lead_id: int) -> None:
        """Seed 003: a "no" mostly means "not now": ask why and when to ask again."""
        from .revisits.say_no_dialog import SayNoDialog  # noqa: PLC0415 - opened on request; keeps start-up light

        SayNoDialog(self.book, lead_id, self).exec()

    def show_lead(self, lead_id: int) -> None:
        """Show a lead in the Leads view with its history beside it (from Today, for instance)."""
        self.show_view("leads")
        if self.leads_view.model.row_of(lead_id) < 0:
            self.leads_view.clear_filters()
        self.leads_view.select_ids([lead_id], lead_id)
        self.lead_panel.show_lead(lead_id)

    def plan_at(self, day: date, at: time | None) -> None:
        """Double-click on an empty calendar slot: choose a lead, then plan there."""
        text, ok = QtWidgets.QInputDialog.getText(
            self, self.tr("Plan follow-up"), self.tr("Find the lead (name, company, e-mail):")
        )
        if not ok or not text.strip():
            return
        leads = self.book.leads(self.book.lead_ids(LeadQuery(text=text.strip()))[:50])
        if not leads:
            self.statusBar().showMessage(self.tr("No lead matches “%1”.").replace("%1", text.strip()), UNDO_MESSAGE_MS)
            return
        names = [f"{lead.name} — {lead.company}" if lead.company else lead.name for lead in leads]
        choice, ok = QtWidgets.QInputDialog.getItem(self, self.tr("Plan follow-up"), self.tr("Lead:"), names, 0, False)
        if ok:
            from .followups.followup_dialog import FollowUpDialog  # noqa: PLC0415 - opened on request

            FollowUpDialog(self.book, lead_id=leads[names.index(choice)].id, due=Due(day, at), parent=self).exec()

    def plan_followup(self, lead_id: int) -> None:
        from .followups.followup_dialog import FollowUpDialog  # noqa: PLC0415 - opened on request

        FollowUpDialog(self.book, lead_id=lead_id, parent=self).exec()

    def edit_followup(self, followup_id: int) -> None:
        from .followups.followup_dialog import FollowUpDialog  # noqa: PLC0415 - opened on request

        FollowUpDialog(self.book, self.book.followup(followup_id), parent=self).exec()

    def log_followup(self, followup_id: int) -> None:
        from .followups.log_dialog import LogDialog  # noqa: PLC0415 - opened on request

        LogDialog(self.book, followup_id, parent=self, ask_why_no=self.say_no).exec()

    def edit_cadences(self) -> None:
        from .followups.cadence_dialog import CadenceDialog  # noqa: PLC0415 - opened on request; keeps start-up light

        CadenceDialog(self.book, self).exec()

    def review_duplicates(self) -> None:
        from .duplicates_dialog import DuplicatesDialog  # noqa: PLC0415 - opened on request; keeps start-up light

        DuplicatesDialog(self.book, self).exec()

    def edit_settings(self) -> None:
        from .settings.dialog import SettingsDialog  # noqa: PLC0415 - opened on request

        SettingsDialog(self.book, self, sync=self.calendar_sync).exec()

    # --- calendar sync (gui/calendar_sync.py) ------------------------------------------------

    @property
    def calendar_sync(self) -> CalendarSync:
        """Calendar sync of this window (off until the user sets an account up); made on first
        need: after the first paint, or when Settings opens."""
        if self._calendar_sync is None:
            self._build_calendar_sync()
        assert self._calendar_sync is not None
        return self._calendar_sync

    def _build_calendar_sync(self) -> None:
        from .calendar_sync import CalendarSync  # noqa: PLC0415 - not needed for the first paint

        self._calendar_sync = CalendarSync(self.book, self)
        self.sync_label = QLabel()
        self.sync_label.setObjectName("syncStatus")
        self.statusBar().addPermanentWidget(self.sync_label)
        self._calendar_sync.status.connect(self.sync_label.setText)
        self._calendar_sync.said.connect(self._sync_said)
        self._calendar_sync.synced.connect(self._after_sync)
        self._calendar_sync.password_needed.connect(self.ask_sync_password)
        self._asking_done_on_phone = False

    def _sync_said(self, text: str) -> None:
        if text != self.sync_label.text():  # the permanent line says it already: not twice side by side
            self.statusBar().showMessage(text, 30000)

    def _after_sync(self, report: Report) -> None:
        if report.done_on_phone:
            self.ask_done_on_phone()

    def ask_sync_password(self) -> None:
        """No keyring: the password once per session, kept only in memory."""
        from PySide6.QtWidgets import QLineEdit  # noqa: PLC0415 - asked once, rarely

        account = self.calendar_sync.account
        if account is None:
            return
        password, ok = QtWidgets.QInputDialog.getText(
            self,
            self.tr("Calendar sync"),
            self.tr("This computer has no keyring. The password for %1 at %2, for this session:")
            .replace("%1", account.user)
            .replace("%2", account.origin),
            QLineEdit.EchoMode.Password,
        )
        self.calendar_sync.give_password(password if ok else None)

    def ask_done_on_phone(self) -> None:
        """ "Done on your phone: Call · Anna Svensson — how did it go?" for each, once; Log opens the log dialog."""
        if self._asking_done_on_phone or not self.isVisible():
            return
        from .calendar_sync import done_on_phone_question  # noqa: PLC0415

        self._asking_done_on_phone = True
        try:
            try:
                done = self.book.done_on_phone()
            except BookError as error:  # the book was closed or swapped meanwhile (a restore)
                log.warning("cannot read what was done on the phone: %r", error)
                return
            for fu in done:
                if done_on_phone_question(self, self.book, fu):
                    self.log_followup(int(fu.id or 0))
        finally:
            self._asking_done_on_phone = False

    def delete_leads(self, ids: list[int]) -> None:
        if not self._guard(lambda: self.book.delete_leads(ids)):
            return
        self.undo_message.show_message(self.tr("Deleted %n lead(s).", "", len(ids)))

    def undo(self) -> None:
        if self.book.undo_label:
            self._guard(self.book.undo)
            self.undo_message.hide()

    def _guard(self, write) -> bool:
        return guarded(self, write)

    def import_file(self) -> None:
        if self._refused_read_only():
            return
        from .files.import_dialog import import_contacts, result_text  # noqa: PLC0415 - opened on request; keeps start-up light

        result = import_contacts(self, self.book, before=lambda: self.book.back_up(self.backups, before_import=True))
        if result is not None:
            self.show_view("leads")
            self.statusBar().showMessage(result_text(result), 15000)
        self._update_import_actions()

    def undo_import(self) -> None:
        from .files.import_dialog import undo_last_import  # noqa: PLC0415 - opened on request; keeps start-up light

        if undo_last_import(self, self.book) is not None:
            self.statusBar().showMessage(self.tr("The last import was undone."), 10000)
        self._update_import_actions()

    def export(self, kind: str) -> None:
        """File ▸ Export ▸ …: the export dialog, preset to ``kind`` ("csv", "csv-address-book",
        "vcf", "ics"), for the lead list's current filter or all leads."""
        from .files.export_dialog import ExportDialog, exported_text  # noqa: PLC0415 - opened on request; keeps start-up light

        dialog = ExportDialog(self.book, self.leads_view.model.query, kind, self)
        if dialog.exec() and dialog.exported is not None:
            self.statusBar().showMessage(exported_text(dialog.kind, *dialog.exported), 15000)

    def toggle_ics_mirror(self, checked: bool) -> None:
        if checked:
            from .files.ics_mirror import choose_mirror_folder  # noqa: PLC0415 - opened on request; keeps start-up light

            self.mirror_action.setChecked(choose_mirror_folder(self, self.ics_mirror))
        else:
            self.ics_mirror.set_folder(None)
        self._update_mirror_tip()
        if self.ics_mirror.path is not None:
            self.statusBar().showMessage(
                self.tr("Your follow-ups are kept in %1.").replace("%1", str(self.ics_mirror.path)), 15000
            )
        elif not checked:
            self.statusBar().showMessage(self.tr("The calendar file is no longer updated; it stays as it was."), 15000)

    def _update_import_actions(self) -> None:
        if not hasattr(self, "undo_import_action"):
            return
        try:
            last = self.book.has_last_import()
        except BookError as error:  # the File menu opens anyway (it holds Restore and Quit)
            log.warning("could not ask for the last import: %r", error)
            last = False
        self.undo_import_action.setEnabled(last)

    def print_call_sheet(self) -> None:
        from .callsheet.dialog import CallSheetDialog  # noqa: PLC0415 - opened on request; keeps start-up light

        CallSheetDialog(self.book, self).exec()

    def back_up_now(self) -> None:
        try:
            target = self.book.back_up(self.backups)
        except BookError as error:
            if hand_on_damage(error):  # the copy and the book failed their check
                return
            QtWidgets.QMessageBox.warning(self, self.tr("The backup failed"), texts.book_error_text(error))
            return
        self.statusBar().showMessage(self.tr("Backed up and verified: %1").replace("%1", str(target)), UNDO_MESSAGE_MS)

    def start_daily_backup(self) -> bool:
        """The start-up backup (when the newest is a day old), off the GUI thread; the status
        bar says so. False when one is already running."""
        if not self.daily_backup.start():
            return False
        self.statusBar().showMessage(self.tr("Checking today's backup…"))
        return True

    def _daily_backup_done(self, target: Path | None) -> None:
        if target is None:
            self.statusBar().clearMessage()
        else:
            self.statusBar().showMessage(self.tr("Daily backup made and verified: %1").replace("%1", str(target)),
                                         UNDO_MESSAGE_MS)  # fmt: skip

    def _daily_backup_failed(self, error: Exception) -> None:
        if hand_on_damage(error):  # copying it read every page: the book is damaged
            return
        if isinstance(error, BookError):
            log.error("daily backup failed: %r", error)
            self.statusBar().showMessage(self.tr("The daily backup failed: %1").replace(
                "%1", texts.book_error_text(error)), UNDO_MESSAGE_MS * 2)  # fmt: skip
        else:
            log.error("daily backup failed unexpectedly", exc_info=error)
            self.statusBar().showMessage(self.tr("The daily backup failed; details are in the log."),
                                         UNDO_MESSAGE_MS * 2)  # fmt: skip

    def choose_backup(self) -> None:
        from .settings.restore_dialog import RestoreDialog  # noqa: PLC0415 - opened on request

        dialog = RestoreDialog(self.book, self.backups, self)
        if dialog.exec() and dialog.chosen is not None:
            self.restore_requested.emit(dialog.chosen)

    def open_demo(self) -> None:
        """A freshly made demo book in a second Leadbook (a temporary folder, gone when it closes):
        a place to try things without touching this book."""
        from ..platform.desktop_entry import this_leadbook  # noqa: PLC0415 - the command that starts this Leadbook

        program, *arguments = [*this_leadbook(), "--demo"]
        started, pid = QtCore.QProcess.startDetached(program, arguments)
        if not started:
            QtWidgets.QMessageBox.warning(
                self, self.tr("Open a demo book"), self.tr("The demo book could not be started.")
            )
            return
        self.demo_pid = int(pid)
        self.statusBar().showMessage(self.tr("A demo book opens in a second window; this book is not touched."),
                                     UNDO_MESSAGE_MS)  # fmt: skip

    def about(self) -> None:
        QtWidgets.QMessageBox.about(
            self,
            self.tr("About Leadbook"),
            self.tr("Leadbook %1\nAn offline lead book that makes you follow up.\n\nBook: %2")
            .replace("%1", __version__)
            .replace("%2", str(self.book.path)),
        )

    # --- reacting to the book ---------------------------------------------------------

    def _on_book_changed(self, _change: Change) -> None:
        """The window's own parts after a write; each view hears of it itself (connected first, so
        Today has refreshed before the navigation counts are read)."""
        self._update_import_actions()
        self._update_undo_action()
        self._refresh_nav_counts()

    def _update_undo_action(self) -> None:
        step = self.book.undo_op
        self.undo_action.setEnabled(step is not None)
        self.undo_action.setText(
            self.tr("&Undo %1").replace("%1", texts.undo_text(*step)) if step else self.tr("&Undo")
        )

    def _refresh_nav_counts(self) -> None:
        counts = {"leads": self.book.count_leads()}
        if self.today_view.has_read():  # at start Today's first read brings its count (count_changed)
            counts["today"] = self.today_view.count()
        for key, count in counts.items():
            item = self._nav_items[key]  # the count in a badge; read out with the title
            item.setData(COUNT_ROLE, count)
            item.setData(ALERT_ROLE, key == "today")
            spoken = f"{item.data(Qt.ItemDataRole.UserRole)}  ({QLocale().toString(count)})"
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
            item.setToolTip(spoken)
        self.nav.setFixedWidth(fit_width(self.nav))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._asked_about_calendar_folder and self.ics_mirror.proposed_folder is not None:
            self._asked_about_calendar_folder = True  # once, when the user first sees this book
            QTimer.singleShot(0, self.confirm_calendar_folder)
        self.after_first_paint(self._start_calendar_sync)

    def _start_calendar_sync(self) -> None:
        if not self.calendar_sync.started:
            self.calendar_sync.start()
        if self.calendar_sync.enabled:  # marked done on the phone before this start, or while the window was away
            QTimer.singleShot(0, self.ask_done_on_phone)

    def confirm_calendar_folder(self) -> None:
        """The book names a folder for its calendar file: write there only if the user agrees."""
        from .files.ics_mirror import confirm_proposed_folder  # noqa: PLC0415 - asked once, rarely

        confirm_proposed_folder(self, self.ics_mirror)
        self.mirror_action.setChecked(self.ics_mirror.folder is not None)

    def stop_calendar_sync(self) -> None:
        """Before the book closes (the window closes, a restore replaces the file): the sync's own
        connection to it is closed first."""
        if self._calendar_sync is not None:
            self._calendar_sync.stop()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.daily_backup.wait()
        self.stop_calendar_sync()
        self.ics_mirror.detach()
        self.events.detach()
        super().closeEvent(event)

    def set_icon(self, icon: QIcon) -> None:
        self.setWindowIcon(icon)
