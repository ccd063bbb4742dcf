"""The reminders window, Outlook-style: its own top-level window that comes to the front and
stays until the user acts.

It respects attention: when the engine raises it for reminders newly due, only those are listed
(under Overdue / Today / Revisits), and everything else due (the backlog from earlier days, and
what was shown earlier in the session) is one collapsed row at the top, "27 overdue from
earlier days — Review…"; activating it lists everything, grouped the same way. Opened by the
user (tray, File menu) the window lists everything at once. Closing it folds what was new into
the backlog, so the next new reminder comes alone.

Follow-ups and revisits (a "no" to call back, seed 003) remind alike: a revisit's row says
"Revisit" and why the prospect said no; Open item goes to its lead, and Dismiss and Snooze
work on it as on a follow-up (Done… and No answer are for follow-ups). A backlog is listed
up to ``MAX_LISTED`` rows and counted beyond; Dismiss all and Snooze all take in every one.

Each row is a due reminder: lead, channel and objective, due time, and how late. The buttons
act on the book directly: Open item, Done… (the log dialog, as on Today), No answer (an
attempt counted and a retry planned past the spacing guard), Dismiss, Dismiss all, Snooze
(5 minutes … next week) and Snooze all. Keys: Enter opens, Delete dismisses, Alt+letters
press the buttons, Esc closes the window (the reminders stay due).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from itertools import pairwise

from PySide6.QtCore import QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...book import LeadBook, ReminderKind, ReminderRow
from ...core.followups import FollowUp, Outcome, State, to_instant
from ...core.reminders import DEFAULT_SNOOZE, LISTED_AT_MOST, Lateness, Snooze, Unit, lateness
from ...present import texts
from ...present.formatting import due_text, local_datetime, short_date, short_datetime, short_time
from ...present.i18n import TranslationContext, spoken_list
from ...present.revisits_text import question_text, reason_name
from ..followups.log_dialog import LogDialog, one_line
from ..guarded import guarded
from ..refresh_when_shown import RefreshWhenShown
from ..revisits.say_no_dialog import SayNoDialog
from ..theme import icon, set_role, solid_brush

ID_ROLE = Qt.ItemDataRole.UserRole
REMINDER_ICONS = {
    "openItem": "user-round", "done": "check", "noAnswer": "phone", "snooze": "clock", "snoozeAll": "clock",
    "dismiss": "x", "dismissAll": "x",
}  # fmt: skip
FULL_LINES = 10  # the list's height when everything is listed; a few new reminders get less
REFRESH_MS = 60_000  # "overdue by" moves on by the minute while the window shows
SNOOZES: list[Snooze] = list(Snooze)


class Reminders(TranslationContext):
    """Translation context "Reminders" for module-level text: ``Reminders.tr(text)`` and, for plurals,
    ``Reminders.tr("%n thing(s)", "", n)`` are calls pyside6-lupdate extracts (a helper or a variable n
    passed to ``QCoreApplication.translate`` it does not see as a plural)."""


def lateness_text(late: Lateness) -> str:
    """ "Overdue by 2 hours", "In 15 minutes", "Due today", "Now"."""
    if late.unit == Unit.DAYS and late.amount == 0:
        return Reminders.tr("Due today")
    if late.amount == 0:
        return Reminders.tr("Now")
    n = late.amount
    if late.late:
        return {
            Unit.MINUTES: Reminders.tr("Overdue by %n minute(s)", "", n),
            Unit.HOURS: Reminders.tr("Overdue by %n hour(s)", "", n),
            Unit.DAYS: Reminders.tr("Overdue by %n day(s)", "", n),
        }[late.unit]
    return {
        Unit.MINUTES: Reminders.tr("In %n minute(s)", "", n),
        Unit.HOURS: Reminders.tr("In %n hour(s)", "", n),
        Unit.DAYS: Reminders.tr("In %n day(s)", "", n),
    }[late.unit]


def followup_text(fu: FollowUp) -> str:
    what = f"{texts.channel_name(fu.channel)} · {texts.objective_name(fu.objective)}"
    return f"{what}: {fu.objective_note}" if fu.objective_note else what


def what_text(row: ReminderRow) -> str:
    """What a reminder is about: "Call · Get a reply", or "Revisit · Has a supplier"."""
    if row.revisit is not None:
        return Reminders.tr("Revisit · %1").replace("%1", reason_name(row.revisit.reason))
    assert row.followup is not None
    return followup_text(row.followup)


def lead_text(row: ReminderRow) -> str:
    return f"{row.lead_name} · {row.company}" if row.company else row.lead_name


def snooze_name(choice: Snooze, book: LeadBook) -> str:
    start = short_time(book.settings().day_start_time)
    return {
        Snooze.MINUTES_5: Reminders.tr("5 minutes"),
        Snooze.MINUTES_10: Reminders.tr("10 minutes"),
        Snooze.MINUTES_15: Reminders.tr("15 minutes"),
        Snooze.HOUR_1: Reminders.tr("1 hour"),
        Snooze.HOURS_4: Reminders.tr("4 hours"),
        Snooze.TOMORROW: Reminders.tr("Tomorrow at %1").replace("%1", start),
        Snooze.NEXT_WEEK: Reminders.tr("Next week (Monday at %1)").replace("%1", start),
    }[choice]


# More than this many due reminders are counted, not listed (a long-closed app's backlog).
MAX_LISTED = LISTED_AT_MOST
Key = tuple[ReminderKind, int]


def _key_data(key: Key) -> str:
    return f"{key[0].value}:{key[1]}"


BACKLOG_DATA = "backlog"  # the data of the collapsed backlog row


class Group:
    """The headings rows are grouped under, in their order."""

    OVERDUE, TODAY, REVISITS = range(3)


def group_of(row: ReminderRow, today: date) -> int:
    """Revisits apart; follow-ups due before ``today`` are Overdue, the others Today."""
    if row.kind == ReminderKind.REVISIT:
        return Group.REVISITS
    return Group.OVERDUE if row.due.day < today else Group.TODAY


def group_name(group: int) -> str:
    return {
        Group.OVERDUE: Reminders.tr("Overdue"),
        Group.TODAY: Reminders.tr("Today"),
        Group.REVISITS: Reminders.tr("Revisits"),
    }[group]


def backlog_text(older: int, shown_today: int) -> str:
    """The collapsed backlog row: "27 overdue from earlier days — Review…"."""
    parts = []
    if older:
        parts.append(Reminders.tr("%n overdue from earlier days", "", older))
    if shown_today:
        parts.append(Reminders.tr("%n shown earlier today", "", shown_today))
    return Reminders.tr("%1 — Review…").replace("%1", spoken_list(parts))


def _sort_key(row: ReminderRow) -> tuple[str, int, int]:
    return row.signals_at, 0 if row.kind == ReminderKind.FOLLOWUP else 1, row.id


def _data_key(data: object) -> Key | None:
    if not isinstance(data, str) or ":" not in data:
        return None
    kind, number = data.split(":", 1)
    return ReminderKind(kind), int(number)


class RemindersWindow(RefreshWhenShown, QWidget):
    """Due reminders and what to do about them; reads and writes through ``book`` only.
    Read when first presented or shown, and when the engine says the list changed only while
    it shows (``refresh_if_shown``); a hidden window reads when presented or shown again.

    ``open_requested(lead_id, followup_id)`` asks the main window to show the lead
    (``followup_id`` is 0 for a revisit's reminder).
    ``log_dialog`` makes the Done… dialog (tests may hand in their own).
    """

    open_requested = Signal(int, int)

    def __init__(self, book: LeadBook, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._book = book
        self._rows: list[ReminderRow] = []
        self._count = 0  # every due reminder; ``_rows`` lists the first MAX_LISTED
        self._listed_at = book.clock.now()  # what "Dismiss all" and "Snooze all" take in
        # The reminders the engine raised the window for since it was last closed: listed on
        # their own, the rest folded into one backlog row (until the user asks to review it).
        self._fresh: set[Key] = set()
        self._review = True  # everything listed (opened by the user, or the backlog row activated)
        self._shown: list[ReminderRow] = []  # the rows with an item, in the order shown
        self._items: dict[Key, QTreeWidgetItem] = {}
        self.backlog_item: QTreeWidgetItem | None = None
        self.log_dialog: Callable[[LeadBook, int, QWidget], LogDialog] = lambda b, i, p: LogDialog(
            b, i, parent=p, ask_why_no=lambda lead_id: SayNoDialog(b, lead_id, p).exec()
        )
        self.setObjectName("RemindersWindow")
        self.setWindowTitle(self.tr("Reminders — Leadbook"))
        self._build()
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)

    # --- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("remindersHeading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)

        self.tree = QTreeWidget()
        self.tree.setObjectName("remindersTree")
        self.tree.setAccessibleName(self.tr("Reminders"))
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Lead"), self.tr("Follow-up"), self.tr("Due"), self.tr("When")])
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setIndentation(0)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(lambda *_: self.open_item())
        self.tree.itemClicked.connect(self._clicked)
        self.tree.currentItemChanged.connect(lambda *_: self._current_changed())
        self.tree.itemSelectionChanged.connect(self._update_buttons)

        self.details = QLabel()
        self.details.setObjectName("reminderDetails")
        self.details.setTextFormat(Qt.TextFormat.PlainText)  # lead text is never HTML
        self.details.setWordWrap(True)
        self.details.setFrameShape(QFrame.Shape.StyledPanel)
        self.details.setMargin(6)

        self.open_button = self._button(
            self.tr("&Open item"), "openItem", self.open_item, self.tr("Show the lead in the main window (Enter)")
        )
        self.done_button = self._button(
            self.tr("Do&ne…"), "done", self.log_done, self.tr("Log the outcome and plan the next step")
        )
        self.no_answer_button = self._button(
            self.tr("No &answer"),
            "noAnswer",
            self.no_answer,
            self.tr("Count an unanswered attempt and plan a retry, spaced as the spacing guard asks"),
        )
        self.dismiss_button = self._button(
            self.tr("&Dismiss"),
            "dismiss",
            self.dismiss,
            self.tr("No more reminders for the selected follow-ups (Delete); they stay planned"),
        )
        self.dismiss_all_button = self._button(
            self.tr("Dismiss a&ll"),
            "dismissAll",
            self.dismiss_all,
            self.tr("No more reminders for every follow-up listed"),
        )
        self.snooze_combo = QComboBox()
        self.snooze_combo.setObjectName("snoozeChoice")
        self.snooze_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.snooze_combo.currentIndexChanged.connect(lambda _i: self._update_snooze_hint())
        self.snooze_label = QLabel(self.tr("Click Snooze to be reminded again in:"))
        self.snooze_label.setBuddy(self.snooze_combo)
        self.snooze_hint = QLabel()
        self.snooze_hint.setObjectName("snoozeHint")
        set_role(self.snooze_hint, "hint")
        self.snooze_button = self._button(
            self.tr("&Snooze"), "snooze", self.snooze, self.tr("Remind again about the selected follow-ups")
        )
        self.snooze_all_button = self._button(
            self.tr("Snooze all"), "snoozeAll", self.snooze_all, self.tr("Remind again about every follow-up listed")
        )
        self.status = QLabel()
        self.status.setObjectName("reminderStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        set_role(self.status, "caution")
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setObjectName("undo")
        self.undo_button.setAutoDefault(False)
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.hide()

        self.dismiss_action = QAction(self)
        self.dismiss_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.dismiss_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.dismiss_action.triggered.connect(self.dismiss)
        self.tree.addAction(self.dismiss_action)
        self.close_action = QAction(self)
        self.close_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.close_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.close_action.triggered.connect(self.close)
        self.addAction(self.close_action)

        outcome_row = QHBoxLayout()
        for button in (self.open_button, self.done_button, self.no_answer_button):
            outcome_row.addWidget(button)
        outcome_row.addStretch(1)
        outcome_row.addWidget(self.dismiss_all_button)
        outcome_row.addWidget(self.dismiss_button)

        snooze_row = QHBoxLayout()
        snooze_row.addWidget(self.snooze_combo)
        snooze_row.addWidget(self.snooze_hint)
        snooze_row.addStretch(1)
        snooze_row.addWidget(self.snooze_all_button)
        snooze_row.addWidget(self.snooze_button)

        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.undo_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.details)
        layout.addLayout(outcome_row)
        layout.addWidget(self.snooze_label)
        layout.addLayout(snooze_row)
        layout.addLayout(status_row)

        order = [
            self.tree,
            self.open_button,
            self.done_button,
            self.no_answer_button,
            self.dismiss_all_button,
            self.dismiss_button,
            self.snooze_combo,
            self.snooze_all_button,
            self.snooze_button,
            self.undo_button,
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(self.tree)
        self.resize(QSize(880, 460))

    def _button(self, text: str, name: str, slot: Callable[[], object], tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        if name in REMINDER_ICONS:
            button.setIcon(icon(REMINDER_ICONS[name]))
        button.setToolTip(tip)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # --- showing ----------------------------------------------------------------------

    def present(self, new: list[ReminderRow] | None = None) -> None:
        """Show and bring to the front. ``new``: the engine's reminders newly due (maybe none, at
        start with only a backlog): a hidden window then lists only them and folds the rest
        into one row. Without ``new`` (the user asked for the window) it lists everything.
        A shown window already re-read the book when the engine said the list changed (that
        comes first)."""
        if new is None:
            self._review = True
        else:
            if not self.isVisible():
                self._review = False
            self._fresh.update(row.key for row in new)
            known = {row.key for row in self._rows}
            if not self._stale and self.isVisible():
                self._rows = sorted(self._rows + [row for row in new if row.key not in known], key=_sort_key)
        hidden = not self.isVisible()
        if self._stale or hidden:
            self.refresh()
        else:
            self._fill()
        if hidden:
            self._fit_height()
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        QApplication.alert(self)  # taskbar flash where the window manager keeps focus away
        self.tree.setFocus()

    def _fit_height(self) -> None:
        """A few new reminders get a small window, not one that covers the app; the whole list
        gets the full height."""
        groups = (self.tree.topLevelItem(n) for n in range(self.tree.topLevelItemCount()))
        lines = sum(1 + group.childCount() for group in groups if group is not None)
        if self._review:
            lines = max(lines, FULL_LINES)
        tree = (self.tree.header().sizeHint().height() + 2 * self.tree.frameWidth() + 4
                + min(lines, FULL_LINES) * (self.tree.fontMetrics().height() + 10))  # fmt: skip
        layout = self.layout()
        others = (layout.sizeHint().height() if layout is not None else 0) - self.tree.sizeHint().height()
        self.resize(self.width(), others + tree)

    @property
    def reviewing(self) -> bool:
        """Everything due is listed (not only what is new with one backlog row)."""
        return self._review

    def review(self) -> None:
        """List everything due, grouped (the backlog row's "Review…")."""
        self._review = True
        self._fill()
        self._fit_height()
        first = next(iter(self._items.values()), None)
        if first is not None:
            self.tree.setCurrentItem(first)
        self.tree.setFocus()

    def _clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        if item is self.backlog_item:
            self.review()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)  # reads the book when it is stale
        self._timer.start()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self._timer.stop()
        # What was new has been seen: the next new reminder comes alone, the rest stays folded.
        self._fresh.clear()
        self._review = True
        super().closeEvent(event)

    def rows(self) -> list[ReminderRow]:
        """The reminders listed, in the order shown (a folded backlog's are not)."""
        return list(self._shown)

    def refresh(self) -> None:
        """Re-read the due reminders from the book; the current row stays where it was."""
        self._stale = False
        now = self._book.clock.now()
        # A backlog of thousands would freeze the window: read and list the first ones and
        # count the rest; Dismiss all and Snooze all still act on every one.
        rows = self._book.due_reminders(now, MAX_LISTED)
        self._count = len(rows) if len(rows) < MAX_LISTED else self._book.count_due_reminders(now)
        if self._count > len(rows):  # today's are past the listed part of the backlog: read them too
            zone = self._book.clock.zone
            midnight = to_instant(now.astimezone(zone).date(), time(0, 0), zone)
            listed = {row.key for row in rows}
            recent = self._book.due_reminders(now, MAX_LISTED, since=midnight)
            rows = sorted(rows + [row for row in recent if row.key not in listed], key=_sort_key)
        self._rows = rows
        self._listed_at = now
        self._fill()

    def _fill(self) -> None:
        """List the rows read: all of them, grouped, when reviewing; else the new ones, grouped,
        and one row for the rest."""
        now = self._book.clock.now()
        today = now.astimezone(self._book.clock.zone).date()
        current = self.current_key()
        row_now = self.current_row()
        position = self._shown.index(row_now) if row_now in self._shown else 0
        selected = set(self.selected_keys())
        self._fresh &= {row.key for row in self._rows}
        calm = not self._review
        shown = [row for row in self._rows if row.key in self._fresh] if calm else list(self._rows)
        groups: dict[int, list[ReminderRow]] = {}
        for row in shown:
            groups.setdefault(group_of(row, today), []).append(row)
        self._shown = [row for group in sorted(groups) for row in groups[group]]
        self._items = {}
        self.backlog_item = None
        self.tree.blockSignals(True)
        try:
            self.tree.clear()
            row_height = QSize(0, self.tree.fontMetrics().height() + 10)
            # Made apart and added in one call: one insertion for the view instead of one per row.
            items = []
            for group in sorted(groups):
                heading = self._heading_item(group_name(group), row_height)
                heading.addChildren([self._item(row, now, row_height) for row in groups[group]])
                items.append(heading)
            spanned = list(items)
            if calm and self._count > len(self._shown):
                folded = self._count - len(self._shown)
                today_shown = sum(1 for row in self._rows if row.key not in self._fresh and row.due.day >= today)
                self.backlog_item = QTreeWidgetItem([backlog_text(folded - today_shown, today_shown)])
                self.backlog_item.setData(0, ID_ROLE, BACKLOG_DATA)
                self.backlog_item.setSizeHint(0, row_height)
                self.backlog_item.setToolTip(
                    0, self.tr("Reminders due before today or shown already: click or press Enter to list them all")
                )
                self.backlog_item.setForeground(0, self.palette().brush(QPalette.ColorRole.Link))
                items.insert(0, self.backlog_item)  # where Overdue would be, and always in sight
                spanned.append(self.backlog_item)
            elif not calm and self._count > len(self._rows):
                more = QTreeWidgetItem(
                    [
                        self.tr("… and %1 more (Dismiss all and Snooze all include them)").replace(
                            "%1", QLocale().toString(self._count - len(self._rows))
                        )
                    ]
                )
                more.setFlags(Qt.ItemFlag.NoItemFlags)
                items.append(more)
                spanned.append(more)
            self.tree.addTopLevelItems(items)
            self.tree.expandAll()
            for item in spanned:
                item.setFirstColumnSpanned(True)  # only an item in a tree can span
        finally:
            self.tree.blockSignals(False)
        self._restore_current(current, position, selected)
        self._fill_snooze_choices()
        if calm:
            self.heading.setText(
                self.tr("%n new reminder(s)", "", len(self._shown)) if self._shown else self.tr("No new reminders")
            )
        else:
            self.heading.setText(
                self.tr("%n reminder(s)", "", self._count) if self._rows else self.tr("No reminders due")
            )
        self.setWindowTitle(self.tr("%1 — Leadbook").replace("%1", self.heading.text()))
        self._current_changed()

    def _heading_item(self, text: str, row_height: QSize) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # not selectable: the keyboard passes over it
        font = QFont(self.tree.font())
        font.setBold(True)
        item.setFont(0, font)
        item.setSizeHint(0, row_height)
        item.setBackground(0, self.palette().brush(QPalette.ColorRole.AlternateBase))
        return item

    def row_items(self) -> list[QTreeWidgetItem]:
        """The items of the reminders listed, in the order shown (no headings, no backlog row)."""
        return [self._items[row.key] for row in self._shown]

    def _item(self, row: ReminderRow, now: datetime, row_height: QSize) -> QTreeWidgetItem:
        late = lateness(row.due, now, self._book.clock.zone)
        item = QTreeWidgetItem([lead_text(row), what_text(row), due_text(row.due), lateness_text(late)])
        item.setData(0, ID_ROLE, _key_data(row.key))
        item.setSizeHint(0, row_height)
        self._items[row.key] = item
        if late.late:
            item.setForeground(3, solid_brush("overdue"))  # its words say how late
        if self._review and row.key in self._fresh:
            bold = QFont(self.tree.font())
            bold.setBold(True)
            item.setFont(0, bold)
        snoozed = local_datetime(row.snoozed_until, self._book.clock.zone)
        if snoozed is not None:
            tip = self.tr("Snoozed until %1").replace("%1", short_datetime(snoozed))
            for column in range(self.tree.columnCount()):
                item.setToolTip(column, tip)
        return item

    def _restore_current(self, key: Key | None, position: int, selected: set[Key]) -> None:
        if not self._shown:
            if self.backlog_item is not None:
                self.tree.setCurrentItem(self.backlog_item)
            return
        index = next((n for n, row in enumerate(self._shown) if row.key == key), None)
        if index is None:
            index = min(position, len(self._shown) - 1)
        self.tree.setCurrentItem(self._items[self._shown[index].key])
        for n, row in enumerate(self._shown):
            if row.key in selected and n != index:
                self._items[row.key].setSelected(True)

    def _fill_snooze_choices(self) -> None:
        index = self.snooze_combo.currentIndex()
        self.snooze_combo.blockSignals(True)
        self.snooze_combo.clear()
        for choice in SNOOZES:
            self.snooze_combo.addItem(snooze_name(choice, self._book))
        self.snooze_combo.setCurrentIndex(index if index >= 0 else SNOOZES.index(DEFAULT_SNOOZE))
        self.snooze_combo.blockSignals(False)
        self._update_snooze_hint()

    def snooze_choice(self) -> Snooze:
        return SNOOZES[max(0, self.snooze_combo.currentIndex())]

    def set_snooze_choice(self, choice: Snooze) -> None:
        self.snooze_combo.setCurrentIndex(SNOOZES.index(choice))

    def _update_snooze_hint(self) -> None:
        target = self._book.snooze_target(self.snooze_choice()).astimezone(self._book.clock.zone)
        self.snooze_hint.setText(self.tr("until %1").replace("%1", short_datetime(target)))

    def _current_changed(self) -> None:
        row = self.current_row()
        if row is None:
            self.details.setText("")
            self.details.setVisible(False)
        else:
            contact = [lead_text(row)]
            if row.phone:
                contact.append(row.phone)
            lines = ["  ·  ".join(contact)]
            lines += self._revisit_lines(row) if row.revisit is not None else [what_text(row)]
            if row.rapport:
                lines.append(self.tr("Rapport: %1").replace("%1", " ".join(row.rapport.split())))
            if row.followup is not None and row.followup.message.strip():
                lines.append(one_line(row.followup.message))
            self.details.setText("\n".join(lines))
            self.details.setVisible(True)
        self._update_buttons()

    def _revisit_lines(self, row: ReminderRow) -> list[str]:
        """A revisit: when and why they said no, who said it, and what to ask (seed 003)."""
        revisit = row.revisit
        assert revisit is not None
        said = local_datetime(revisit.said_no_at, self._book.clock.zone)
        lines = [self.tr("Revisit: said no on %1 (%2), by %3")
                 .replace("%1", short_date(said.date()) if said else "").replace("%2", reason_name(revisit.reason))
                 .replace("%3", " ".join(revisit.contact_person.split()))]  # fmt: skip
        if revisit.note.strip():
            lines.append(one_line(revisit.note))
        questions = " · ".join(question_text(q) for q in self._book.revisit_questions())
        lines.append(self.tr("Ask: %1").replace("%1", questions))
        return lines

    def _update_buttons(self) -> None:
        row = self.current_row()
        has_any = bool(self._shown)
        self.open_button.setEnabled(row is not None)
        for button in (self.done_button, self.no_answer_button):  # outcomes are logged on follow-ups
            button.setEnabled(row is not None and row.followup is not None)
        self.dismiss_button.setEnabled(bool(self.selected_keys()))
        self.snooze_button.setEnabled(bool(self.selected_keys()))
        for widget in (self.dismiss_all_button, self.snooze_all_button, self.snooze_combo):
            widget.setEnabled(has_any)

    # --- selection --------------------------------------------------------------------

    def current_key(self) -> Key | None:
        item = self.tree.currentItem()
        return _data_key(item.data(0, ID_ROLE)) if item is not None else None

    def current_id(self) -> int | None:
        """The current reminder's follow-up (or revisit) id."""
        key = self.current_key()
        return key[1] if key is not None else None

    def current_row(self) -> ReminderRow | None:
        found = self.current_key()
        return next((row for row in self._shown if row.key == found), None) if found is not None else None

    def selected_keys(self) -> list[Key]:
        """The selected reminders in list order; the current one when nothing is selected."""
        chosen = {_data_key(item.data(0, ID_ROLE)) for item in self.tree.selectedItems()}
        keys = [row.key for row in self._shown if row.key in chosen]
        current = self.current_key()
        if not keys and current is not None:
            keys = [current]
        return keys

    def selected_ids(self) -> list[int]:
        """The ids of the selected reminders (follow-ups' and revisits'), in list order."""
        return [number for _kind, number in self.selected_keys()]

    def select(self, reminder_id: int, kind: ReminderKind = ReminderKind.FOLLOWUP) -> bool:
        item = self._items.get((kind, reminder_id))
        if item is not None:
            self.tree.setCurrentItem(item)
        return item is not None

    # --- commands ---------------------------------------------------------------------

    def _write(self, write: Callable[[], object]) -> bool:
        ok = guarded(self, write)
        self.refresh()
        return ok

    def _after_quiet_action(self) -> None:
        """Dismiss and snooze leave nothing to read: with nothing left listed, the window goes
        (a folded backlog stays for Today and for the next time the window is opened)."""
        self._say("")
        if not self._shown:
            self.close()

    def _say(self, text: str, undo: bool = False) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.undo_button.setVisible(undo and bool(self._book.undo_label))

    def open_item(self) -> None:
        if self.backlog_item is not None and self.tree.currentItem() is self.backlog_item:
            self.review()
            return
        row = self.current_row()
        if row is not None:
            self.open_requested.emit(row.lead_id, (row.followup.id or 0) if row.followup is not None else 0)

    @staticmethod
    def _split(keys: list[Key]) -> tuple[list[int], list[int]]:
        """(follow-up ids, revisit ids)."""
        return ([n for kind, n in keys if kind == ReminderKind.FOLLOWUP],
                [n for kind, n in keys if kind == ReminderKind.REVISIT])  # fmt: skip

    def _all_listed(self) -> tuple[list[int], list[int]]:
        """Every reminder listed: with the backlog folded, the new ones; else every reminder due
        when the list was read, the unlisted part of a backlog too."""
        if not self._review or self._count <= len(self._rows):
            return self._split([row.key for row in self._shown])
        return self._book.due_reminder_keys(self._listed_at)

    def dismiss(self) -> None:
        followups, revisits = self._split(self.selected_keys())
        if (followups or revisits) and self._write(lambda: self._book.dismiss_reminders(followups, revisits=revisits)):
            self._after_quiet_action()

    def dismiss_all(self) -> None:
        followups, revisits = self._all_listed()
        if (followups or revisits) and self._write(lambda: self._book.dismiss_reminders(followups, revisits=revisits)):
            self._after_quiet_action()

    def snooze(self) -> None:
        followups, revisits = self._split(self.selected_keys())
        until = self._book.snooze_target(self.snooze_choice())
        if (followups or revisits) and self._write(
                lambda: self._book.snooze_reminders(followups, until, revisits=revisits)):  # fmt: skip
            self._after_quiet_action()

    def snooze_all(self) -> None:
        followups, revisits = self._all_listed()
        until = self._book.snooze_target(self.snooze_choice())
        if (followups or revisits) and self._write(
                lambda: self._book.snooze_reminders(followups, until, revisits=revisits)):  # fmt: skip
            self._after_quiet_action()

    def log_done(self) -> None:
        """Done…: the same log dialog as on Today (outcome, note, next step in one motion)."""
        row = self.current_row()
        if row is None or row.followup is None:
            return
        dialog = self.log_dialog(self._book, row.id, self)
        if dialog.exec():
            self.refresh()
            self._say(self.tr("Logged: %1.").replace("%1", row.lead_name), undo=True)
        else:
            self.refresh()

    def no_answer(self) -> None:
        """Count an unanswered attempt and plan the retry the book proposes (past the spacing
        guard). Like the log dialog, no retry is added when the lead has another follow-up
        planned already (a cadence's next step, say): that one is the retry."""
        row = self.current_row()
        if row is None or row.followup is None:
            return
        fu = row.followup
        others = [f for f in self._book.followups(fu.lead_id) if f.state == State.PLANNED and f.id != fu.id]
        next_step: FollowUp | None = None
        if not others:
            proposal = self._book.propose_next(fu.lead_id, fu, outcome=Outcome.NO_ANSWER)
            next_step = FollowUp(
                fu.lead_id,
                proposal.due,
                proposal.channel,
                proposal.objective,
                remind_minutes=self._book.settings().reminder_minutes,
            )
        if not self._write(lambda: self._book.complete_followup(row.id, Outcome.NO_ANSWER, next_step=next_step)):
            return
        attempts = self._book.attempts_in_a_row(fu.lead_id)
        said = self.tr("No answer from %1 (%n attempt(s) in a row).", "", attempts).replace("%1", row.lead_name)
        if next_step is not None:
            said += " " + self.tr("Next try: %1, %2.").replace("%1", due_text(next_step.due)).replace(
                "%2", texts.channel_name(next_step.channel)
            )
        else:
            first = min(others, key=lambda f: (f.due_at, f.id or 0))
            said += " " + self.tr("Already planned: %1, %2.").replace("%1", due_text(first.due)).replace(
                "%2", texts.channel_name(first.channel)
            )
        self._say(said, undo=True)

    def undo(self) -> None:
        """Undo the outcome just logged here (the book's one undo step)."""
        if self._book.undo_label:
            self._write(self._book.undo)
        self._say("")
