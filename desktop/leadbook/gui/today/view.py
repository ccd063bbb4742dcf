"""Today, the home screen: what is overdue, due today, waiting for a first answer, waiting
for a decision, and coming tomorrow, with one-key actions on the selected row.

The texts of the rows come from ``agenda_text`` so that ``leadbook today`` in a terminal
says the same. The view never reads the wall clock: "now" and "today" are the book's.

Speed at 100,000 leads: the agenda lists at most ``MAX_ROWS_PER_SECTION`` rows per section
and counts the rest; the rows live in ``AgendaModel``, whose texts are made when a row is
first shown (a screenful, not thousands of widget items); and a hidden Today only notes
that it is stale, and reads the book again when it is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6 import QtWidgets
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...book import Agenda, AgendaRow, Change, ChangeKind, LeadBook, RevisitRow
from ...book.next_up import NextUp, Why, choose_next, upcoming
from ...core.followups import Due
from ...core.model import Lead, Stage
from ...present.agenda_text import (
    SECTIONS,
    CellFormats,
    Cells,
    Section,
    column_titles,
    decide_cells,
    followup_cells,
    load_agenda,
    revisit_cells,
    rows_of,
    section_title,
    summary_text,
    total_of,
    without_next_step_text,
)
from ...present.formatting import book_days, escaped, long_date, short_date
from ...present.next_up_text import next_up_words
from ..book_events import BookEvents
from ..fit import only_current_page_sized
from ..guarded import guarded
from ..refresh_when_shown import RefreshWhenShown
from ..theme import current, icon, row_height, set_type, solid_brush, style
from .next_card import NextCard
from .welcome import WelcomePanel

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
LEAD_ROLE = Qt.ItemDataRole.UserRole + 2

SECTION, FOLLOWUP, DECIDE, REVISIT, EMPTY = "section", "followup", "decide", "revisit", "empty"
MAX_ROWS_PER_SECTION = 300
#: Rows each section lists when Today is read: more than a maximised window shows. The rest, up to
#: MAX_ROWS_PER_SECTION, is read on the turn after the list has painted (or when the rows are asked
#: for), so a backlog of thousands costs its first screen before Today appears (``book.agenda(limit=...)``).
FIRST_SCREEN_ROWS = 40
FIT_SAMPLE_ROWS = 200  # columns are fitted to the first rows; longer texts further down elide
REFRESH_MS = 60_000  # countdowns tick by the minute; a new day starts at local midnight
FRESH_FOR = timedelta(seconds=30)  # shown again within this, an untouched Today is still right
# Caps in average characters: When, Lead, Company, Phone, Channel ("Brev eller kort"), Goal, Attempt, Last touch.
MAX_COLUMN_CHARS = (24, 24, 26, 18, 16, 34, 8, 12)


class PickDateDialog(QDialog):
    """A month calendar to move a follow-up to any day; Enter or double-click picks."""

    def __init__(self, initial: date, minimum: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reschedule follow-up"))
        self.calendar = QtWidgets.QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setAccessibleName(self.tr("Day to move it to"))
        self.calendar.setDateRange(*book_days())
        self.calendar.setMinimumDate(QDate(minimum.year, minimum.month, minimum.day))
        self.calendar.setSelectedDate(QDate(initial.year, initial.month, initial.day))
        self.calendar.activated.connect(self.accept)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok).setText(self.tr("Move"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.calendar)
        layout.addWidget(buttons)
        self.calendar.setFocus()

    def chosen(self) -> date:
        picked = self.calendar.selectedDate()
        return date(picked.year(), picked.month(), picked.day())

    def set_chosen(self, day: date) -> None:
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))


# --- the model ---------------------------------------------------------------------------


# Plain classes rather than dataclasses: this module loads before Today's first paint, and a
# dataclass compiles its methods when its class statement runs (~1 ms for these three).


class _Group:
    __slots__ = ("section", "title")

    def __init__(self, section: Section, title: str) -> None:
        self.section = section
        self.title = title


class _Row:
    """One line of the list: a section heading, a follow-up, a lead to decide on, a revisit,
    or a line of text (``EMPTY``: "nothing planned", "and 2,000 more")."""

    __slots__ = ("cells", "group", "item_id", "kind", "lead_id", "muted", "source", "text")

    def __init__(self, kind: str, group: _Group, item_id: int = 0, lead_id: int = 0, source: object = None,
                 text: str = "", muted: bool = False) -> None:  # fmt: skip
        self.kind = kind
        self.group = group
        self.item_id = item_id
        self.lead_id = lead_id
        self.source = source  # AgendaRow, Lead or RevisitRow
        self.text = text
        self.muted = muted  # the "nothing planned" line: italic, placeholder colour
        self.cells: Cells | None = None  # made when first asked for


class _Look:
    """Fonts and brushes the rows use, taken from the view once per refresh."""

    __slots__ = ("bold", "heading", "heading_text", "italic", "late", "muted")

    def __init__(self, bold: QFont, italic: QFont, heading: QBrush, heading_text: QBrush, muted: QBrush,
                 late: QBrush) -> None:  # fmt: skip
        self.bold = bold
        self.italic = italic
        self.heading = heading
        self.heading_text = heading_text
        self.muted = muted
        self.late = late


class AgendaModel(QAbstractTableModel):
    """Today as one flat list: each section's heading, then its rows. A row's texts are made
    the first time something asks for them, so a refresh costs the rows on screen; the
    table view lays out any number of rows without asking the model about each."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._book: LeadBook | None = None
        self._agenda: Agenda | None = None
        self._formats: CellFormats | None = None
        self._now: datetime | None = None
        self._look: _Look | None = None
        self._where: dict[tuple[str, int], int] = {}
        self._position: dict[int, int] = {}
        self.selectable: list[int] = []  # rows of follow-ups and decisions, in order

    # --- filling -------------------------------------------------------------------

    def set_agenda(self, book: LeadBook, agenda: Agenda, look: _Look) -> None:
        self.beginResetModel()
        self._book, self._agenda, self._look = book, agenda, look
        self._now = book.clock.now()
        self._formats = CellFormats(book.clock.zone)
        self._rows = [row for section in SECTIONS for row in self._section_rows(agenda, section)]
        self._where = {(row.kind, row.item_id): n for n, row in enumerate(self._rows)
                       if row.kind in (FOLLOWUP, DECIDE, REVISIT)}  # fmt: skip
        self.selectable = [n for n, row in enumerate(self._rows) if row.kind in (FOLLOWUP, DECIDE)]
        self._position = {row: n for n, row in enumerate(self.selectable)}
        self.endResetModel()

    def _section_rows(self, agenda: Agenda, section: Section) -> list[_Row]:
        # A backlog of thousands (a big import, a long holiday) is counted, and the first
        # MAX_ROWS_PER_SECTION are listed, so the home screen never freezes.
        total = total_of(agenda, section)
        listed = rows_of(agenda, section)[:MAX_ROWS_PER_SECTION]
        if not listed and section != Section.TODAY:
            return []  # empty sections take no room; Today always says what it holds
        group = _Group(section, f"{section_title(section)}  ({QLocale().toString(total)})")
        rows = [_Row(SECTION, group)]
        for source in listed:
            if section == Section.DECIDE:
                assert isinstance(source, Lead)
                rows.append(_Row(DECIDE, group, int(source.id or 0), int(source.id or 0), source))
            elif section == Section.REVISITS:
                assert isinstance(source, RevisitRow)
                rows.append(_Row(REVISIT, group, source.id, source.lead_id, source))
            else:
                assert isinstance(source, AgendaRow)
                rows.append(_Row(FOLLOWUP, group, int(source.followup.id or 0), source.followup.lead_id, source))
        if not listed:
            text = (QCoreApplication.translate("TodayView", "Nothing else planned for today.") if agenda.due_count
                    else QCoreApplication.translate("TodayView", "Nothing planned for today."))  # fmt: skip
            rows.append(_Row(EMPTY, group, text=text, muted=True))
        elif total > len(listed):
            more = QCoreApplication.translate(
                "TodayView", "… and %1 more; the calendar and the lead list show them all"
            )
            rows.append(_Row(EMPTY, group, text=more.replace("%1", QLocale().toString(total - len(listed)))))
        return rows

    # --- finding rows ---------------------------------------------------------------

    def find(self, kind: str, item_id: int) -> QModelIndex:
        row = self._where.get((kind, item_id))
        return self.index(row, 0) if row is not None else QModelIndex()

    def position(self, index: QModelIndex) -> int:
        """Where a follow-up or decision stands among the selectable rows (-1: not one)."""
        return self._position.get(index.row(), -1) if index.isValid() else -1

    def spanned(self) -> list[int]:
        """Section headings and lines of text: one text across every column."""
        return [n for n, row in enumerate(self._rows) if row.kind in (SECTION, EMPTY)]

    def headings(self) -> list[int]:
        return [n for n, row in enumerate(self._rows) if row.kind == SECTION]

    def sections(self) -> list[tuple[str, list[tuple[str, int, list[str]]]]]:
        """(heading, [(kind, id, cell texts)]) for every section shown."""
        shown: list[tuple[str, list[tuple[str, int, list[str]]]]] = []
        for row in self._rows:
            if row.kind == SECTION:
                shown.append((row.group.title, []))
            else:
                shown[-1][1].append((row.kind, row.item_id, self.cells(row).columns()))
        return shown

    def cells(self, row: _Row) -> Cells:
        if row.cells is None:
            assert self._book is not None and self._agenda is not None and self._formats is not None
            if row.kind == DECIDE:
                assert isinstance(row.source, Lead)
                row.cells = decide_cells(self._book, row.source, self._formats.locale,
                                         self._agenda.decide_facts.get(row.item_id))  # fmt: skip
            elif row.kind == REVISIT:
                assert isinstance(row.source, RevisitRow)
                row.cells = revisit_cells(row.source, self._formats.locale)
            elif row.kind == FOLLOWUP:
                assert isinstance(row.source, AgendaRow) and self._now is not None
                row.cells = followup_cells(row.source, row.group.section, self._agenda.day, self._now,
                                           self._formats.zone, self._formats.locale, self._formats)  # fmt: skip
            else:
                row.cells = Cells(row.text or row.group.title, "", "", "", "", "", "", "")
        return row.cells

    def texts(self, row: int) -> list[str]:
        return self.cells(self._rows[row]).columns()

    # --- QAbstractTableModel ---------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(MAX_COLUMN_CHARS)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].kind in (SECTION, EMPTY):
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = column_titles()
            if 0 <= section < len(titles):
                return titles[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self._look is None:
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if row.kind in (SECTION, EMPTY):
                return (row.text or row.group.title) if column == 0 else ""
            return self.cells(row).columns()[column]
        if role == KIND_ROLE:
            return row.kind
        if role == ID_ROLE:
            return row.item_id
        if role == LEAD_ROLE:
            return row.lead_id
        look = self._look
        if row.kind == SECTION:
            if role == Qt.ItemDataRole.FontRole:
                return look.bold
            if role == Qt.ItemDataRole.BackgroundRole:
                return look.heading
            if role == Qt.ItemDataRole.ForegroundRole:
                return look.late if row.group.section == Section.OVERDUE else look.heading_text
            return None
        if row.kind == EMPTY:
            if row.muted and role == Qt.ItemDataRole.FontRole:
                return look.italic
            if row.muted and role == Qt.ItemDataRole.ForegroundRole:
                return look.muted
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.group.section == Section.TOMORROW:
                return look.muted
            if column == 0 and self.cells(row).late:
                return look.late
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _tooltip(self, row: _Row, column: int) -> str | None:
        if row.kind != FOLLOWUP:
            return None
        source = row.source
        assert isinstance(source, AgendaRow)
        if column == 0:
            tip = self.cells(row).tooltip
            return _plain_tip(tip) if tip else None
        if column == 1:
            about = []
            if source.role:
                about.append(QCoreApplication.translate("TodayView", "Role: %1").replace("%1", source.role))
            if not source.is_decision_maker:
                about.append(QCoreApplication.translate("TodayView", "Not the decision-maker"))
            if source.best_time:
                about.append(QCoreApplication.translate("TodayView", "Best time: %1").replace("%1", source.best_time))
            if source.rapport:
                about.append(QCoreApplication.translate("TodayView", "Rapport: %1").replace("%1", source.rapport))
            return _plain_tip("\n".join(about)) if about else None
        if column == 5 and source.followup.message.strip():
            return _plain_tip(source.followup.message)
        return None


class AgendaTable(QTableView):
    """The list: section headings span the width and are skipped by the keyboard, so the
    arrows go from row to row; letters are commands, never a search."""

    def __init__(self) -> None:
        super().__init__()
        # Its viewport is made here, as Qt makes its own: handed Qt's, PySide would first find out
        # its Python type by setting up every widget class of QtWidgets (about 70 Python enums,
        # ~12 ms before the first paint; the viewport is asked for before it, app.py waits on it).
        viewport = QWidget()
        viewport.setObjectName("qt_scrollarea_viewport")
        viewport.setBackgroundRole(QPalette.ColorRole.Base)
        viewport.setAutoFillBackground(True)
        self.setViewport(viewport)

    _UP = (QAbstractItemView.CursorAction.MoveUp, QAbstractItemView.CursorAction.MovePageUp,
           QAbstractItemView.CursorAction.MovePrevious, QAbstractItemView.CursorAction.MoveHome)  # fmt: skip

    def moveCursor(  # noqa: N802 - Qt's name
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        if action in (QAbstractItemView.CursorAction.MoveLeft, QAbstractItemView.CursorAction.MoveRight):
            return self.currentIndex()
        model = self.model()
        index = super().moveCursor(action, modifiers)
        if action == QAbstractItemView.CursorAction.MoveHome:
            index = model.index(0, 0)
        elif action == QAbstractItemView.CursorAction.MoveEnd:
            index = model.index(model.rowCount() - 1, 0)
        step = -1 if action in self._UP else 1
        for _ in range(2):  # past the rows at the top or bottom, look the other way
            found = index
            while found.isValid() and not found.flags() & Qt.ItemFlag.ItemIsSelectable:
                found = model.index(found.row() + step, 0)
            if found.isValid():
                return found
            step = -step
        return self.currentIndex()

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 - Qt's name
        """Letters are commands here (D, R, C, N, O, K); typing never jumps to a row."""


# --- the view ----------------------------------------------------------------------------

# The kinds of change Today shows.
TODAY_SHOWS = ChangeKind.LEADS | ChangeKind.FOLLOWUPS | ChangeKind.REVISITS | ChangeKind.REMINDERS | ChangeKind.SETTINGS


class TodayView(RefreshWhenShown, QWidget):
    """The agenda of the book's today.

    Signals: ``log_requested(followup_id)`` (D: the main window opens the log dialog),
    ``open_lead(lead_id)`` (Enter, double-click), ``undoable(text)`` after a step the
    book can undo (for the main window's undo message), ``count_changed(n)`` when the
    number of things due changes (for the navigation label).

    The book is read when the view is first shown (or asked for its rows), not when it is
    built; ``on_book_changed`` (``RefreshWhenShown``) refreshes a visible Today and only marks
    a hidden one stale.
    """

    shows = TODAY_SHOWS

    log_requested = Signal(int)
    open_lead = Signal(int)
    undoable = Signal(str)
    count_changed = Signal(int)
    show_without_next_step = Signal()  # the "no next step" line was clicked

    def __init__(self, book: LeadBook, parent: QWidget | None = None, *, events: BookEvents | None = None) -> None:
        super().__init__(parent)
        if events is not None:  # the view hears of every write itself and takes what it shows
            events.changed.connect(self.on_book_changed)
        # Marking no asks why and when to revisit; tests hand in their own answer.
        self.ask_why_no: Callable[[int], object] = self._say_no
        self._book = book
        self._agenda: Agenda | None = None
        self.next_up: NextUp | None = None  # what the card at the top shows
        self._refreshed_at: datetime | None = None
        self._stale = True
        self._count: int | None = None  # what count() says while the agenda is stale
        self.refresh_count = 0  # how often the book was read (for tests and benchmarks)
        # The rows below the first screen: read on the turn after the first screen paints (the
        # next turn could come before it: at start the window waits for the X server's expose).
        self._rest = QTimer(self)
        self._rest.setSingleShot(True)
        self._rest.setInterval(0)
        self._rest.timeout.connect(self._read_rest)
        self._rest_pending = False
        #: The row chosen (and the scroll) when a first-screen read did not reach it: chosen again
        #: once the rest is read, so a refresh does not move the selection off a row further down.
        self._kept: tuple[tuple[str, int], int, int] | None = None
        self._user_sized = False
        self._fitting = False

        self.title = QLabel()
        self.title.setObjectName("todayTitle")
        set_type(self.title, "title")
        self.summary = QLabel()
        self.summary.setObjectName("todaySummary")
        self.summary.setWordWrap(True)  # a long sentence (German, a large scale) wraps instead of widening the window
        # A link to those leads: the Leads page filtered to them (``show_without_next_step``).
        self.no_next_step = QToolButton()
        self.no_next_step.setObjectName("withoutNextStep")
        style(self.no_next_step)
        self.no_next_step.setAutoRaise(True)
        self.no_next_step.setCursor(Qt.CursorShape.PointingHandCursor)
        self.no_next_step.setToolTip(self.tr("Show these leads"))
        policy = self.no_next_step.sizePolicy()
        policy.setHorizontalPolicy(type(policy).Policy.Maximum)
        self.no_next_step.setSizePolicy(policy)
        self.no_next_step.clicked.connect(self.show_without_next_step)

        self.model = AgendaModel(self)
        self.tree = AgendaTable()  # the agenda list ("tree" since it was one; app.py waits for its first paint)
        self.tree.setObjectName("agendaTree")
        self.tree.setAccessibleName(self.tr("Today's agenda"))
        self.tree.setAccessibleDescription(
            self.tr("Arrows move between follow-ups. D logs, R reschedules, C cancels, Enter opens the lead.")
        )
        self.tree.setModel(self.model)
        self.tree.viewport().installEventFilter(self)  # its paints and resizes (eventFilter)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setShowGrid(False)
        self.tree.setWordWrap(False)
        self.tree.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.tree.setCornerButtonEnabled(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rows = self.tree.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # one height: nothing is measured per row
        rows.setMinimumSectionSize(1)
        rows.setDefaultSectionSize(row_height(self.tree))
        header = self.tree.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionsMovable(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._section_resized)
        self.tree.activated.connect(self._activated)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)

        self.log_action = self._action(self.tr("Log…"), "D", self._log_current, self.tr("Log what happened (D)"))
        self.reschedule_action = self._action(
            self.tr("Reschedule…"), "R", self._reschedule_current, self.tr("Move to another day, same time (R)")
        )
        self.cancel_action = self._action(
            self.tr("Cancel follow-up"),
            "C",
            self._cancel_current,
            self.tr("Cancel this follow-up; Undo brings it back (C)"),
        )
        self.nurture_action = self._action(
            self.tr("Move to nurture"),
            "N",
            lambda: self._decide(Stage.NURTURE),
            self.tr("Not ready: keep in touch slowly (N)"),
        )
        self.no_action = self._action(
            self.tr("Mark no"),
            "O",
            lambda: self._decide(Stage.NO),
            self.tr("A no for now: it comes back to revisit later (O)"),
        )
        self.keep_action = self._action(
            self.tr("Keep going"), "K", self._keep_going, self.tr("Keep following up; the count starts again (K)")
        )
        self.open_action = self._action(
            self.tr("Open lead"), None, self._open_current, self.tr("Open the lead (Enter)")
        )
        # Icons in the rows' context menu; the bar below the list keeps its words alone (narrow windows, long words).
        for action, name in ((self.log_action, "check"), (self.reschedule_action, "calendar-clock"),
                             (self.cancel_action, "x"), (self.nurture_action, "sprout"), (self.no_action, "circle-slash"),
                             (self.keep_action, "arrow-right"), (self.open_action, "user-round")):  # fmt: skip
            action.setIcon(icon(name))
        self._followup_actions = (self.log_action, self.reschedule_action, self.cancel_action)
        self._decide_actions = (self.nurture_action, self.no_action, self.keep_action)

        self._buttons: dict[QAction, QToolButton] = {}
        self.actions_bar = QWidget()
        actions_row = QHBoxLayout(self.actions_bar)
        actions_row.setContentsMargins(0, 0, 0, 0)
        actions_row.setSpacing(6)
        for action in (*self._followup_actions, *self._decide_actions, self.open_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys act on the list; the list keeps focus
            actions_row.addWidget(button)
            self._buttons[action] = button
        self.key_hint = QLabel()
        self.key_hint.setObjectName("todayKeyHint")
        self.key_hint.setWordWrap(True)  # at a large scale it wraps rather than widen the page
        self.key_hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.key_hint.setEnabled(False)
        actions_row.addWidget(self.key_hint, 1)  # the room left: it wraps only when there is too little

        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.title)
        heading.addWidget(self.summary)
        heading.addWidget(self.no_next_step)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(8)
        layout.addLayout(heading)
        # The one thing to do first, above the sections (book.next_up chooses it).
        self.next_card = NextCard()
        self.next_card.log.connect(self._log_next)
        self.next_card.reschedule.connect(self._reschedule_next)
        self.next_card.open_lead.connect(self._open_next)
        self.next_card.show_in_list.connect(self._show_next_in_list)
        layout.addWidget(self.next_card)
        # An empty book shows how to begin instead of an empty agenda.
        self.welcome = WelcomePanel()
        self.body = QStackedWidget()
        self.body.addWidget(self.tree)
        self.body.addWidget(self.welcome)
        only_current_page_sized(self.body)  # the hidden welcome does not widen the agenda
        layout.addWidget(self.body, 1)
        layout.addWidget(self.actions_bar)
        self._update_actions()

        current().changed.connect(self._scheme_changed)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _action(self, text: str, key: str | None, slot: Callable[[], None], tip: str) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        if key:
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # --- reading the agenda -----------------------------------------------------------

    @property
    def agenda(self) -> Agenda:
        self.ensure_loaded()
        assert self._agenda is not None
        return self._agenda

    @property
    def is_stale(self) -> bool:
        """True when the book changed (or was never read) since the rows were made."""
        return self._stale

    def has_read(self) -> bool:
        """Today has read (or counted) the book once; until then its first read brings the count
        (``count_changed``), so the window need not count before it."""
        return self._agenda is not None or self._count is not None

    def count(self) -> int:
        """Everything that wants doing today (overdue, today, first responses, decide,
        revisits): from the agenda when it is fresh, else counted by the book's indexes."""
        if self._agenda is not None and not self._stale:
            return self._agenda.due_count
        if self._count is None:
            self._count = self._book.due_count()
        return self._count

    def mark_stale(self, change: Change | None = None) -> None:
        """A write while hidden: the agenda is read when Today is shown, the count at once."""
        super().mark_stale(change)
        self._count = None

    def _tick(self) -> None:
        if self.isVisible():
            self.refresh()

    def needs_refresh(self) -> bool:
        """Shown again: countdowns and the day move on while another view is shown; a view
        refreshed a moment ago (at start, or by the last write) is still right."""
        return self._stale or self._refreshed_at is None or self._book.clock.now() - self._refreshed_at >= FRESH_FOR

    def _scheme_changed(self) -> None:
        """Light and dark switched: the rows take the new colours (now, or when next shown)."""
        self.refresh_if_shown()

    def ensure_loaded(self) -> None:
        """Asked for its rows while hidden (tests, tools), Today reads the book if it is stale,
        and the rows below the first screen if they are still to come."""
        super().ensure_loaded()
        if self._rest_pending:
            self._read_rest()

    @property
    def rest_pending(self) -> bool:
        """The rows below the first screen are still to be read (after the next paint, or when asked)."""
        return self._rest_pending

    def refresh(self) -> None:
        """Re-read the agenda (each section's first screen now, the rest once it has painted); the
        same row stays selected while it exists."""
        self._read(min(FIRST_SCREEN_ROWS, MAX_ROWS_PER_SECTION))
        self.refresh_count += 1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """The list's viewport painted: the rest of the rows are read on the next turn. It was
        resized (the window, or a scroll bar came or went): the columns fit the width it has now."""
        kind = event.type()
        if kind == QEvent.Type.Paint and self._rest_pending:
            self._rest.start()
        elif kind == QEvent.Type.Resize and self._agenda is not None:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _read_rest(self) -> None:
        self._rest.stop()
        self._rest_pending = False
        if self._agenda is not None and not self._stale:
            self._read(MAX_ROWS_PER_SECTION)

    def _read(self, limit: int) -> None:
        self._rest.stop()
        self._rest_pending = False
        key, position = self._current_key(), self._current_position()
        scroll = self.tree.verticalScrollBar().value()
        if self._kept is not None:  # still to be chosen again: the row the user was on
            (key, position, scroll), self._kept = self._kept, None
        before = self._agenda.due_count if self._agenda is not None and not self._stale else self._count
        self._agenda = load_agenda(self._book, self._book.local_today(), limit)
        if limit < MAX_ROWS_PER_SECTION and any(len(rows_of(self._agenda, section)) >= limit for section in SECTIONS):
            self._rest_pending = True  # read once this first screen has painted (eventFilter)
        self._stale, self._count = False, None
        self._refreshed_at = self._book.clock.now()
        empty = self._book.count_leads() == 0
        self.body.setCurrentWidget(self.welcome if empty else self.tree)
        self.actions_bar.setVisible(not empty)
        self.next_card.setVisible(not empty)
        if not empty:
            self._fill_next()
        # The welcome's first button takes the focus given to an empty Today. No proxy for the
        # agenda: Tab goes in reading order (the card, then the list), and the list's keys
        # (D, R, C...) work wherever the focus is on the page.
        self.setFocusProxy(self.welcome if empty else None)  # type: ignore[arg-type]  # None clears it
        self._fill_header()
        self.tree.setUpdatesEnabled(False)
        try:
            self.tree.clearSpans()
            self.model.set_agenda(self._book, self._agenda, self._look())
            columns = self.model.columnCount()
            for row in self.model.spanned():
                self.tree.setSpan(row, 0, 1, columns)
            heading = self.tree.fontMetrics().height() + 18  # a little air above each section
            for row in self.model.headings():
                self.tree.verticalHeader().resizeSection(row, heading)
            self._fit_columns()
        finally:
            self.tree.setUpdatesEnabled(True)
        self.tree.verticalScrollBar().setValue(scroll)
        self._restore_current(key, position)
        if self._rest_pending and key is not None and not self.model.find(*key).isValid():
            self._kept = (key, position, scroll)
        self._update_actions()
        if before != self.count():  # also at the first read: the navigation's badge waits for it
            self.count_changed.emit(self.count())

    # --- the card: what to do next ----------------------------------------------------

    def _fill_next(self) -> None:
        # The rows just read (each section's first screen is enough: its most urgent come first);
        # ``self.agenda`` would read the rest at once.
        agenda = self._agenda
        assert agenda is not None
        now, zone = self._book.clock.now(), self._book.clock.zone
        chosen = choose_next(agenda, now, zone)
        if chosen is None:
            chosen = upcoming(self._book.next_planned_after(agenda.day), zone)
        self.next_up = chosen
        lead = None
        if chosen is not None:
            try:
                lead = self._book.lead(chosen.lead_id)
            except KeyError:
                lead = None
        streak = agenda.decide_facts.get(chosen.lead_id, (0, ""))[0] if chosen is not None else 0
        self.next_card.show_next(chosen, next_up_words(chosen, now, zone, streak=streak), lead)

    def _next_followup_id(self) -> int | None:
        chosen = self.next_up
        return chosen.followup_id if chosen is not None and chosen.why != Why.UPCOMING else None

    def _next_key(self) -> tuple[str, int] | None:
        """The card's thing as a row of the list: (FOLLOWUP, id) or (DECIDE, lead id)."""
        chosen = self.next_up
        if chosen is None or chosen.why == Why.UPCOMING:
            return None
        if chosen.why == Why.DECIDE:
            return (DECIDE, chosen.lead_id)
        return (FOLLOWUP, chosen.followup_id) if chosen.followup_id is not None else None

    def _log_next(self) -> None:
        followup_id = self._next_followup_id()
        if followup_id is not None:
            self.log_requested.emit(followup_id)

    def _reschedule_next(self) -> None:
        followup_id = self._next_followup_id()
        if followup_id is None:
            return
        button = self.next_card.reschedule_button
        self._offer_reschedule(followup_id, button.mapToGlobal(QPoint(0, button.height())))

    def _open_next(self) -> None:
        if self.next_up is not None:
            self.open_lead.emit(self.next_up.lead_id)

    def _show_next_in_list(self) -> None:
        """Select the card's lead to decide on in the list and give the list the keys (N/O/K)."""
        if self.next_up is not None and self.next_up.why == Why.DECIDE and self.select_decide(self.next_up.lead_id):
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _say_no(self, lead_id: int) -> object:
        from ..revisits.say_no_dialog import SayNoDialog  # noqa: PLC0415 - opened on request; keeps start-up light

        return SayNoDialog(self._book, lead_id, self).exec()

    def first_paint_widget(self) -> QWidget:
        """What paints first when Today opens: the agenda, or the welcome of an empty book."""
        return self.welcome if self.body.currentWidget() is self.welcome else self.tree.viewport()

    def _look(self) -> _Look:
        palette = self.palette()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        italic = QFont(self.tree.font())
        italic.setItalic(True)
        return _Look(bold, italic, palette.brush(QPalette.ColorRole.AlternateBase),
                     palette.brush(QPalette.ColorRole.WindowText), palette.brush(QPalette.ColorRole.PlaceholderText),
                     solid_brush("overdue"))  # fmt: skip

    def _fill_header(self) -> None:
        agenda = self._agenda
        assert agenda is not None
        self.title.setText(long_date(agenda.day))
        summary = summary_text(agenda)
        tomorrow_count = agenda.total("tomorrow")
        if tomorrow_count:
            tomorrow = QLocale().toString(tomorrow_count)
            summary = self.tr("%1  ·  %2 tomorrow").replace("%1", summary).replace("%2", tomorrow)
        self.summary.setText(summary)
        self.no_next_step.setText(without_next_step_text(agenda.without_next_step))
        self.no_next_step.setVisible(agenda.without_next_step > 0)

    def _fit_columns(self) -> None:
        """Size columns to what the first rows hold, within the width there is, until the
        user drags a column: from then on their widths stay."""
        if self._user_sized:
            return
        metrics = self.tree.fontMetrics()
        pad = 20
        caps = [metrics.averageCharWidth() * chars + pad for chars in MAX_COLUMN_CHARS]
        samples: list[set[str]] = [set() for _ in MAX_COLUMN_CHARS]
        for row in self.model.selectable[:FIT_SAMPLE_ROWS]:
            for column, text in enumerate(self.model.texts(row)):
                samples[column].add(text)
        widths = []
        for column, title in enumerate(column_titles()):
            # The longest few texts decide (measuring every one is most of a refresh).
            longest = sorted(samples[column], key=len, reverse=True)[:8]
            widest = max((metrics.horizontalAdvance(text) for text in [title, *longest]), default=0)
            widths.append(widest + pad)
        widths = [min(w, cap) for w, cap in zip(widths, caps)]
        # The last column stretches to the edge, but Qt keeps it at least the header's default size.
        widths[-1] = max(widths[-1], self.tree.horizontalHeader().defaultSectionSize())
        # Too wide for the window: the long text columns (objective, company, lead) give way first.
        excess = sum(widths) - self.tree.viewport().width()
        for column in (5, 2, 1):
            if excess <= 0:
                break
            floor = metrics.averageCharWidth() * 12 + pad
            give = min(excess, max(0, widths[column] - floor))
            widths[column] -= give
            excess -= give
        self._fitting = True
        try:
            for column, width in enumerate(widths[:-1]):
                self.tree.setColumnWidth(column, width)
        finally:
            self._fitting = False

    def _section_resized(self, column: int, old: int, new: int) -> None:
        if (
            not self._fitting
            and self.tree.horizontalHeader().stretchLastSection()
            and column < len(column_titles()) - 1
        ):
            self._user_sized = True

    # --- selection --------------------------------------------------------------------

    def current_index(self) -> QModelIndex | None:
        """The selected follow-up or decision (column 0), or None."""
        index = self.tree.currentIndex()
        if not index.isValid() or index.data(KIND_ROLE) not in (FOLLOWUP, DECIDE):
            return None
        return index.siblingAtColumn(0)

    def current_key(self) -> tuple[str, int] | None:
        """(kind, id) of the selected row: (FOLLOWUP, follow-up id) or (DECIDE, lead id)."""
        return self._current_key()

    def _current_key(self) -> tuple[str, int] | None:
        index = self.current_index()
        return (index.data(KIND_ROLE), index.data(ID_ROLE)) if index is not None else None

    def _current_position(self) -> int:
        index = self.current_index()
        return max(0, self.model.position(index)) if index is not None else 0

    def _restore_current(self, key: tuple[str, int] | None, position: int) -> None:
        if not self.model.selectable:
            return
        if key is None:  # nothing chosen yet: the card's thing, so the list's keys act on it
            key = self._next_key()
        target = self.model.find(*key) if key is not None else QModelIndex()
        if not target.isValid():
            target = self.model.index(self.model.selectable[min(position, len(self.model.selectable) - 1)], 0)
        self._make_current(target)

    def _make_current(self, index: QModelIndex) -> None:
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)

    def select_followup(self, followup_id: int) -> bool:
        return self._select(FOLLOWUP, followup_id)

    def select_decide(self, lead_id: int) -> bool:
        return self._select(DECIDE, lead_id)

    def _select(self, kind: str, item_id: int) -> bool:
        self.ensure_loaded()
        index = self.model.find(kind, item_id)
        if index.isValid():
            self._make_current(index)
        return index.isValid()

    def rows(self) -> list[tuple[str, list[tuple[str, int, list[str]]]]]:
        """What the tree shows: (section heading, [(kind, id, cell texts)]); for tests and tools."""
        self.ensure_loaded()
        return self.model.sections()

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        above = self.model.index(current.row() - 1, 0) if current.isValid() else QModelIndex()
        if above.isValid() and above.data(KIND_ROLE) == SECTION:
            self.tree.scrollTo(above)  # keep the section's heading in sight
            self.tree.scrollTo(current)
        self._update_actions()

    def _update_actions(self) -> None:
        index = self.current_index()
        kind = index.data(KIND_ROLE) if index is not None else None
        for action in self._followup_actions:
            action.setEnabled(kind == FOLLOWUP)
            self._buttons[action].setVisible(kind != DECIDE)
        for action in self._decide_actions:
            action.setEnabled(kind == DECIDE)
            self._buttons[action].setVisible(kind == DECIDE)
        self.open_action.setEnabled(index is not None)
        if kind == DECIDE:
            self.key_hint.setText(self.tr("N nurture  ·  O no  ·  K keep going  ·  Enter open"))
        elif kind == FOLLOWUP:
            self.key_hint.setText(self.tr("D log  ·  R reschedule  ·  C cancel  ·  Enter open"))
        else:
            self.key_hint.setText("")

    # --- actions ----------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid() and index.data(KIND_ROLE) in (FOLLOWUP, DECIDE, REVISIT):
            self.open_lead.emit(int(index.data(LEAD_ROLE)))

    def _open_current(self) -> None:
        index = self.current_index()
        if index is not None:
            self.open_lead.emit(int(index.data(LEAD_ROLE)))

    def _current_followup(self) -> int | None:
        index = self.current_index()
        return int(index.data(ID_ROLE)) if index is not None and index.data(KIND_ROLE) == FOLLOWUP else None

    def _current_decide(self) -> int | None:
        index = self.current_index()
        return int(index.data(ID_ROLE)) if index is not None and index.data(KIND_ROLE) == DECIDE else None

    def _current_name(self) -> str:
        index = self.current_index()
        return str(index.siblingAtColumn(1).data()) if index is not None else ""

    def _log_current(self) -> None:
        followup_id = self._current_followup()
        if followup_id is not None:
            self.log_requested.emit(followup_id)

    def reschedule_menu(self, followup_id: int) -> QMenu:
        """ "+1 day", "+1 week", "Pick a date…": each keeps the follow-up's time of day.
        Days count from the later of its date and today, so nothing lands in the past."""
        fu = self._book.followup(followup_id)
        today = self._book.local_today()
        base = max(fu.due.day, today)
        menu = QMenu(self.tr("Reschedule"), self)
        steps = ((self.tr("+1 day"), base + timedelta(days=1)), (self.tr("+1 week"), base + timedelta(days=7)))
        for text, day in steps:
            action = menu.addAction(f"{text}\t{short_date(day)}")
            action.triggered.connect(lambda _=False, d=day: self._reschedule(followup_id, d))
        menu.addSeparator()
        pick = menu.addAction(self.tr("Pick a date…"))
        pick.triggered.connect(lambda: self._pick_date(followup_id, base, today))
        return menu

    def _reschedule_current(self) -> None:
        index = self.current_index()
        followup_id = self._current_followup()
        if index is None or followup_id is None:
            return
        rect = self.tree.visualRect(index)
        self._offer_reschedule(followup_id, self.tree.viewport().mapToGlobal(QPoint(rect.left() + 24, rect.bottom())))

    def _offer_reschedule(self, followup_id: int, at: QPoint) -> None:
        """The reschedule menu at ``at``; a follow-up gone meanwhile (another window) refreshes Today."""
        try:
            menu = self.reschedule_menu(followup_id)
        except KeyError:
            self.refresh()
            return
        menu.exec(at)
        menu.deleteLater()

    def _pick_date(self, followup_id: int, initial: date, minimum: date) -> None:
        dialog = PickDateDialog(initial, minimum, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._reschedule(followup_id, dialog.chosen())
        dialog.deleteLater()

    def _reschedule(self, followup_id: int, day: date) -> None:
        def write() -> None:
            fu = self._book.followup(followup_id)
            self._book.reschedule_followup(followup_id, Due(day, fu.due.at))

        self._write(write)

    def _cancel_current(self) -> None:
        followup_id = self._current_followup()
        if followup_id is None:
            return
        name = self._current_name()
        if self._write(lambda: self._book.cancel_followup(followup_id)):
            self.undoable.emit(self.tr("Cancelled the follow-up with %1.").replace("%1", name))

    def _decide(self, stage: Stage) -> None:
        lead_id = self._current_decide()
        if lead_id is None:
            return
        name = self._current_name()
        if stage == Stage.NO:
            # Ask why and when to revisit (seed 003), rather than filing the "no" forever.
            if self.ask_why_no(lead_id):
                self.undoable.emit(self.tr("Marked %1 as no.").replace("%1", name))
            return
        if self._write(lambda: self._book.set_stage(lead_id, stage)):
            self.undoable.emit(self.tr("Moved %1 to nurture.").replace("%1", name))

    def _keep_going(self) -> None:
        lead_id = self._current_decide()
        if lead_id is None:
            return
        name = self._current_name()
        if self._write(lambda: self._book.keep_going(lead_id)):
            self.undoable.emit(self.tr("Keeping on with %1; the count starts again.").replace("%1", name))

    def _write(self, write: Callable[[], object]) -> bool:
        """Run a write; a BookError becomes a message, a row that vanished meanwhile a refresh."""
        try:
            return guarded(self, write)
        except KeyError:
            self.refresh()
            return False

    def _context_menu(self, pos: QPoint) -> None:
        index = self.tree.indexAt(pos)
        if not index.isValid() or index.data(KIND_ROLE) not in (FOLLOWUP, DECIDE):
            return
        self._make_current(index.siblingAtColumn(0))
        menu = QMenu(self)
        menu.addAction(self.open_action)
        menu.addSeparator()
        if index.data(KIND_ROLE) == FOLLOWUP:
            menu.addAction(self.log_action)
            try:
                submenu = self.reschedule_menu(int(index.data(ID_ROLE)))
            except KeyError:
                self.refresh()
                return
            submenu.menuAction().setShortcut(self.reschedule_action.shortcut())
            menu.addMenu(submenu)
            menu.addAction(self.cancel_action)
        else:
            for action in self._decide_actions:
                menu.addAction(action)
        menu.exec(self.tree.viewport().mapToGlobal(pos))
        menu.deleteLater()


def _plain_tip(text: str) -> str:
    """Tooltips guess rich text; lead text is escaped so it always shows as typed."""
    return "<qt>" + escaped(text).replace("\n", "<br>") + "</qt>"
