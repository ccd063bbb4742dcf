"""The lead beside the list: who they are, what is next, and everything that happened, newest first.

The panel is what a seller looks at just before a call (seed 000: rapport notes matter
there), so the next step, the attempts in a row and the stop rule's question sit at the top.
It never opens dialogs itself: it asks the main window through signals.
"""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...book import Change, ChangeKind, LeadBook, TimelineEntry
from ...core.cadences import Cadence
from ...core.followups import FollowUp, Outcome, State
from ...core.model import Lead, Stage
from ...present import texts
from ...present.formatting import contact_link, due_text, local_datetime, money, short_date
from ...present.timeline_text import TimelineText, objective_text
from ..book_events import BookEvents
from ..guarded import guarded
from ..theme import HALF, SPACE, colour, current, icon, set_role, set_type, style

TIMELINE_PAGE = 50  # entries shown at first and added by "Show older": a long history costs a page


def _framed(name: str, label: QLabel, *buttons: QPushButton) -> QFrame:
    """A coloured box around a label (and buttons): warnings, notices, rapport notes (the
    stylesheet colours it by ``name``)."""
    frame = QFrame()
    frame.setObjectName(name)
    style(frame)
    row = QHBoxLayout(frame)
    row.setContentsMargins(8, 6, 8, 6)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    row.addWidget(label, 1)
    for button in buttons:
        button.setAutoDefault(False)
        row.addWidget(button)
    return frame


def _plain_label(name: str = "") -> QLabel:
    """A label for text that may come from a lead: never rendered as HTML, selectable."""
    label = QLabel()
    if name:
        label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class _WrappingDelegate(QStyledItemDelegate):
    """Measures wrapped text at the column's real width, so long notes show in full."""

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint(option, index)
        if index.column() != 1:
            return hint
        item = self._view.itemFromIndex(index)
        width = self._view.columnWidth(1) - 8
        if item is None or width <= 0:
            return hint
        metrics = QFontMetrics(item.font(1))
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
        rect = metrics.boundingRect(QRect(0, 0, width, 100_000), flags, item.text(1))
        return QSize(hint.width(), max(hint.height(), rect.height() + 6))


class LeadPanel(QWidget):
    """Shows one lead (``show_lead(id)``) or an empty state (``show_lead(None)``).

    Signals carry ids; the main window opens the dialogs:
    ``plan_requested(lead_id)``, ``log_requested(followup_id)``, ``edit_requested(lead_id)``,
    ``edit_followup_requested(followup_id)``.
    """

    plan_requested = Signal(int)
    log_requested = Signal(int)
    edit_requested = Signal(int)
    edit_followup_requested = Signal(int)

    def __init__(self, book: LeadBook, parent: QWidget | None = None, *, events: BookEvents | None = None) -> None:
        super().__init__(parent)
        if events is not None:  # the view hears of every write itself and takes what it shows
            events.changed.connect(self.on_book_changed)
        self._book = book
        self._lead_id: int | None = None
        self._next: FollowUp | None = None
        self.timeline_entries: list[TimelineEntry] = []
        self._shown = TIMELINE_PAGE  # newest entries read; "Show older" adds a page
        self._timeline_total = 0
        self._menu_cadences: list[Cadence] | None = None
        self.setObjectName("LeadPanel")
        self._build()
        # Narrow, but never so narrow that its buttons are cut (a large font, a long language).
        self.setMinimumWidth(max(320, self.minimumSizeHint().width()))
        self.show_lead(None)
        self._recolour = False
        current().changed.connect(self._scheme_changed)

    # --- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        self.empty_label = QLabel(self.tr("Select a lead to see its history"))
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        set_role(self.empty_label, "hint")

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self._build_details())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    def _build_details(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(SPACE + HALF // 2, SPACE, SPACE + HALF // 2, SPACE)
        column.setSpacing(SPACE - 2)

        self.name_label = _plain_label("leadName")
        set_type(self.name_label, "title")
        self.stage_label = QLabel()
        self.stage_label.setObjectName("stage")
        style(self.stage_label)
        title = QHBoxLayout()
        title.addWidget(self.name_label, 1)
        title.addWidget(self.stage_label, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(title)

        self.company_label = _plain_label("company")
        self.decides_label = _plain_label("decides")
        self.contact_label = QLabel()
        self.contact_label.setObjectName("contact")
        self.contact_label.setTextFormat(Qt.TextFormat.RichText)  # built with formatting.contact_link only
        self.contact_label.setWordWrap(True)
        self.contact_label.setOpenExternalLinks(True)
        self.contact_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.source_label = _plain_label("sourceValue")
        self.best_time_label = _plain_label("bestTime")
        self.dnc_label = QLabel(self.tr("Do not contact"))
        self.dnc_label.setObjectName("doNotContact")
        set_role(self.dnc_label, "doNotContact")
        for widget in (self.company_label, self.decides_label, self.source_label, self.contact_label,
                       self.best_time_label, self.dnc_label):  # fmt: skip
            column.addWidget(widget)

        self.rapport_label = _plain_label("rapportText")
        self.rapport_frame = QFrame()
        self.rapport_frame.setObjectName("rapport")
        style(self.rapport_frame)
        self.rapport_frame.setToolTip(self.tr("Rapport notes: personal things to remember on the call"))
        rapport_title = QLabel(self.tr("Remember"))
        set_type(rapport_title, "section")
        rapport_column = QVBoxLayout(self.rapport_frame)
        rapport_column.setContentsMargins(8, 5, 8, 6)
        rapport_column.setSpacing(1)
        rapport_column.addWidget(rapport_title)
        rapport_column.addWidget(self.rapport_label)
        column.addWidget(self.rapport_frame)

        self.next_label = _plain_label("nextStep")
        column.addWidget(self.next_label)
        self.no_next_label = QLabel()
        self.no_next_label.setObjectName("noNextStepText")
        self.no_next_warning = _framed("warning", self.no_next_label)
        column.addWidget(self.no_next_warning)

        self.decide_label = QLabel()
        self.decide_label.setObjectName("decideText")
        self.keep_going_button = QPushButton(self.tr("&Keep going"))
        self.keep_going_button.setToolTip(self.tr("Start counting the attempts again"))
        self.keep_going_button.clicked.connect(self.keep_going)
        self.nurture_button = QPushButton(self.tr("N&urture"))
        self.nurture_button.setToolTip(self.tr("Move the lead to Nurture: stay in touch, less often"))
        self.nurture_button.clicked.connect(self.nurture)
        self.decide_notice = _framed("notice", self.decide_label)
        decide_buttons = QHBoxLayout()
        decide_buttons.addStretch(1)
        for button in (self.nurture_button, self.keep_going_button):
            button.setAutoDefault(False)
            decide_buttons.addWidget(button)
        notice_column = QVBoxLayout()
        notice_column.setSpacing(4)
        row = cast(QHBoxLayout, self.decide_notice.layout())  # _framed's
        row.removeWidget(self.decide_label)
        notice_column.addWidget(self.decide_label)
        notice_column.addLayout(decide_buttons)
        row.addLayout(notice_column, 1)
        column.addWidget(self.decide_notice)

        self.attempts_label = _plain_label("attempts")
        self.last_touch_label = _plain_label("lastTouch")
        set_role(self.last_touch_label, "hint")
        column.addWidget(self.attempts_label)
        column.addWidget(self.last_touch_label)

        self.plan_button = QPushButton(self.tr("&Plan follow-up…"))
        self.plan_button.clicked.connect(self._plan)
        self.log_button = QPushButton(self.tr("&Log…"))
        self.log_button.clicked.connect(self._log)
        self.note_button = QPushButton(self.tr("Add &note…"))
        self.note_button.clicked.connect(self.open_note_editor)
        self.cadence_button = QPushButton(self.tr("Apply ca&dence"))
        self.cadence_menu = QMenu(self.cadence_button)
        self.cadence_menu.setObjectName("cadenceMenu")
        self.cadence_button.setMenu(self.cadence_menu)
        self.edit_button = QPushButton(self.tr("Edi&t lead…"))
        self.edit_button.clicked.connect(self._edit)
        buttons = QGridLayout()
        buttons.setSpacing(4)
        for index, button in enumerate((self.plan_button, self.log_button, self.note_button,
                                        self.cadence_button, self.edit_button)):  # fmt: skip
            button.setAutoDefault(False)
            buttons.addWidget(button, index // 3, index % 3)
        # Icons where there is room (the grid of five keeps its words whole in every language).
        self.keep_going_button.setIcon(icon("arrow-right"))
        self.nurture_button.setIcon(icon("sprout"))
        buttons.setColumnStretch(3, 1)  # on a wide panel the buttons keep their size, to the left
        column.addLayout(buttons)

        column.addWidget(self._build_note_editor())

        history = QLabel(self.tr("History (newest first)"))
        set_type(history, "section")
        column.addWidget(history)
        self.timeline = QTreeWidget()
        self.timeline.setAccessibleName(self.tr("History of this lead"))
        self.timeline.setObjectName("timeline")
        self.timeline.setColumnCount(2)
        self.timeline.setHeaderHidden(True)
        self.timeline.setRootIsDecorated(False)
        self.timeline.setUniformRowHeights(False)
        self.timeline.setWordWrap(True)
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timeline.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.timeline.setItemDelegate(_WrappingDelegate(self.timeline))
        self.timeline.header().setStretchLastSection(True)
        self.timeline.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.timeline.itemActivated.connect(self._timeline_activated)
        # Row heights are cached; wrapped text needs them measured again at the new width.
        self.timeline.header().sectionResized.connect(lambda *_: self.timeline.doItemsLayout())
        column.addWidget(self.timeline, 1)
        self.older_button = QPushButton()
        self.older_button.setObjectName("showOlder")
        self.older_button.setAutoDefault(False)
        self.older_button.setToolTip(self.tr("The history is read a page at a time; this reads the next page"))
        self.older_button.clicked.connect(self.show_older)
        column.addWidget(self.older_button, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _build_note_editor(self) -> QWidget:
        self.note_box = QWidget()
        self.note_box.setObjectName("noteEditor")
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("noteText")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(self.tr("What was said, what they need…  (Ctrl+Enter adds)"))
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.note_add_button = QPushButton(self.tr("Add"))
        self.note_add_button.setAutoDefault(False)
        self.note_add_button.clicked.connect(self.add_note)
        self.note_cancel_button = QPushButton(self.tr("Cancel"))
        self.note_cancel_button.setAutoDefault(False)
        self.note_cancel_button.clicked.connect(self.close_note_editor)
        self.note_edit.textChanged.connect(
            lambda: self.note_add_button.setEnabled(bool(self.note_edit.toPlainText().strip()))
        )
        self.note_add_button.setEnabled(False)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.note_edit)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.add_note)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.note_edit)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self.close_note_editor)
        buttons = QVBoxLayout()
        buttons.addWidget(self.note_add_button)
        buttons.addWidget(self.note_cancel_button)
        buttons.addStretch(1)
        row = QHBoxLayout(self.note_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.note_edit, 1)
        row.addLayout(buttons)
        self.note_box.hide()
        return self.note_box

    # --- public -----------------------------------------------------------------------

    def lead_id(self) -> int | None:
        return self._lead_id

    def show_lead(self, lead_id: int | None) -> None:
        """Show this lead (None: the empty state). A half-typed note does not follow to another lead."""
        if lead_id != self._lead_id:
            self.close_note_editor()
            self._shown = TIMELINE_PAGE
        self._lead_id = lead_id
        self.refresh()

    def _scheme_changed(self) -> None:
        """Light and dark switched: the history takes the new colours (now, or when next shown)."""
        self._recolour = not self.isVisible()
        if not self._recolour:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._recolour:
            self._recolour = False
            self.refresh()

    def on_book_changed(self, change: Change) -> None:
        """Refresh when the change touches this lead, or what every lead's page shows (settings, cadences)."""
        self._fill_cadence_menu()
        if self._lead_id is None:
            return
        if self._lead_id in change.lead_ids or change.touches(ChangeKind.SETTINGS | ChangeKind.CADENCES):
            self.refresh()

    def refresh(self) -> None:
        self._fill_cadence_menu()
        lead = None
        if self._lead_id is not None:
            try:
                lead = self._book.lead(self._lead_id)
            except KeyError:
                lead = None
        if lead is None:
            self._next = None
            self.timeline.clear()
            self.timeline_entries = []
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        # The next step and the last touch are read on their own: a lead with hundreds of
        # follow-ups costs two small reads and a page of its history.
        lead_id = lead.id or 0
        self._show_header(lead)
        self._show_next_step(lead, self._book.next_followup(lead_id))
        self._show_counts(lead, self._book.last_touch(lead_id))
        self._show_timeline(lead)

    # --- the lead ---------------------------------------------------------------------

    def _show_header(self, lead: Lead) -> None:
        self.name_label.setText(lead.name)
        self.stage_label.setText(texts.stage_name(lead.stage))
        self.company_label.setText(" · ".join(part for part in (lead.company, lead.role) if part))
        self.company_label.setVisible(bool(lead.company or lead.role))
        if lead.is_decision_maker:
            self.decides_label.setText(self.tr("Decides"))
        elif lead.decision_maker_name or lead.decision_maker_contact:
            parts = [part for part in (lead.decision_maker_name, lead.decision_maker_contact) if part]
            who = self.tr("%1, %2", "the decision-maker's name, then how to reach them").replace(
                "%1", parts[0]).replace("%2", parts[1]) if len(parts) == 2 else parts[0]  # fmt: skip
            self.decides_label.setText(self.tr("Decision-maker: %1").replace("%1", who))
        else:
            self.decides_label.setText(self.tr("Does not decide; who does is not known yet"))
        source = self.tr("Source: %1").replace("%1", texts.source_name(lead.source))
        if lead.value is not None:
            source = self.tr("%1 · Value: %2").replace("%1", source).replace("%2", money(lead.value, lead.currency))
        self.source_label.setText(source)
        links = [contact_link("tel", phone) for phone in lead.phones]
        links += [contact_link("mailto", email) for email in lead.emails]
        self.contact_label.setText(" · ".join(links))
        self.contact_label.setVisible(bool(links))
        self.best_time_label.setText(self.tr("Best time to reach: %1").replace("%1", lead.best_time))
        self.best_time_label.setVisible(bool(lead.best_time))
        self.dnc_label.setVisible(lead.do_not_contact)
        self.rapport_label.setText(lead.rapport)
        self.rapport_frame.setVisible(bool(lead.rapport))

    def _show_next_step(self, lead: Lead, nxt: FollowUp | None) -> None:
        self._next = nxt
        if nxt is not None:
            text = self.tr("Next: %1 · %2 · %3").replace("%1", due_text(nxt.due))
            text = text.replace("%2", texts.channel_name(nxt.channel)).replace("%3", objective_text(nxt))
            if nxt.due.day < self._book.local_today():
                text = self.tr("Overdue — %1").replace("%1", text)
            self.next_label.setText(text)
            set_role(self.next_label, "overdue" if nxt.due.day < self._book.local_today() else "planned")
        self.next_label.setVisible(nxt is not None)
        missing = nxt is None and lead.stage.is_active and not lead.do_not_contact
        self.no_next_label.setText(
            self.tr("No next step planned. An active lead always needs one: plan a follow-up or apply a cadence.")
        )
        self.no_next_warning.setVisible(missing)
        self.log_button.setEnabled(nxt is not None)
        self.log_button.setToolTip(
            self.tr("Log the follow-up planned for %1").replace("%1", due_text(nxt.due))
            if nxt is not None
            else self.tr("Nothing is planned to log")
        )

    def _show_counts(self, lead: Lead, last: FollowUp | None) -> None:
        attempts = self._book.attempts_in_a_row(lead.id or 0)
        self.attempts_label.setText(self.tr("%n attempt(s) in a row without an answer", "", attempts))
        self.attempts_label.setVisible(attempts > 0)
        due = lead.stage.is_active and self._book.is_decision_due(lead)
        self.decide_label.setText(
            self.tr(
                "Time to decide: %1 without an answer. Nurture the lead, mark it as a no to revisit later, "
                "or keep going."
            ).replace("%1", self.tr("%n attempt(s)", "", attempts))
        )
        self.decide_notice.setVisible(due)
        self.nurture_button.setVisible(lead.stage != Stage.NURTURE)

        if last is None:
            self.last_touch_label.setText(self.tr("Last touch: none yet"))
            return
        moment = local_datetime(last.done_at, self._book.clock.zone)
        assert moment is not None
        days = (self._book.local_today() - moment.date()).days
        ago = self.tr("today") if days <= 0 else self.tr("%n day(s) ago", "", days)
        outcome = texts.outcome_name(last.outcome) if last.outcome else ""
        self.last_touch_label.setText(
            self.tr("Last touch: %1 (%2) · %3 · %4")
            .replace("%1", short_date(moment))
            .replace("%2", ago)
            .replace("%3", texts.channel_name(last.channel))
            .replace("%4", outcome)
        )

    # --- the timeline -----------------------------------------------------------------

    def _show_timeline(self, lead: Lead) -> None:
        """Newest first: what is planned ahead sits on top, the history reads downwards."""
        selected = self._selected_key()
        scroll = self.timeline.verticalScrollBar().value()
        cadence_names = {c.id: c.name for c in self._book.cadences()}  # translated by the book
        self.timeline_entries = list(reversed(self._book.timeline(lead.id or 0, newest=self._shown)))
        self._timeline_total = self._book.timeline_length(lead.id or 0)
        older = self._timeline_total - len(self.timeline_entries)
        self.older_button.setText(self.tr("Show older entries (%1 more)").replace("%1", QLocale().toString(older)))
        self.older_button.setVisible(older > 0)
        today = self._book.local_today()
        words = TimelineText(today, self._book.clock.zone, cadence_names)
        items = []
        current = None
        for entry in self.timeline_entries:
            item = QTreeWidgetItem([words.when(entry), words.what(entry)])
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self._style(item, entry, today)
            items.append(item)
            if selected is not None and self._key(entry) == selected:
                current = item
        # All at once: added one by one, each row made the view measure every wrapped row again.
        self.timeline.clear()
        self.timeline.addTopLevelItems(items)
        if current is not None:
            self.timeline.setCurrentItem(current)
        self.timeline.verticalScrollBar().setValue(scroll)

    @staticmethod
    def _key(entry: TimelineEntry) -> tuple[str, str, int]:
        return (entry.kind, entry.at, (entry.followup.id or 0) if entry.followup else 0)

    def _selected_key(self) -> tuple[str, str, int] | None:
        item = self.timeline.currentItem()
        if item is None:
            return None
        index = self.timeline.indexOfTopLevelItem(item)
        return self._key(self.timeline_entries[index]) if 0 <= index < len(self.timeline_entries) else None

    @staticmethod
    def _style(item: QTreeWidgetItem, entry: TimelineEntry, today: date) -> None:
        """Planned ones look ahead (blue, italic; red once overdue); cancelled ones are struck out."""
        fu = entry.followup
        font = QFont(item.font(1))
        color: QColor | None = None
        if fu is not None and fu.state == State.PLANNED:
            font.setItalic(True)
            color = colour("overdue" if fu.due.day < today else "planned")
            if fu.due.day < today:  # not the colour alone
                item.setIcon(0, icon("triangle-alert", "overdue"))
            tip = fu.message or objective_text(fu)
        elif fu is not None and fu.state == State.CANCELLED:
            font.setStrikeOut(True)
            color = colour("muted")
            tip = fu.message or objective_text(fu)
        elif fu is not None:
            if fu.outcome in (Outcome.WON, Outcome.GOAL_REACHED, Outcome.MEETING_BOOKED):
                font.setBold(True)
            tip = fu.result_note or fu.message
        elif entry.kind == "stage":
            font.setBold(True)
            tip = ""
        elif entry.kind == "created":
            color = colour("muted")
            tip = ""
        else:  # a note or a new contact's name in full; other events store a code there ("moved", a reason)
            tip = entry.text if entry.kind in ("note", "new_contact") else ""
        for column in (0, 1):
            item.setFont(column, font)
            if color is not None:
                item.setForeground(column, color)
        if tip:
            item.setToolTip(1, tip)

    def _timeline_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        """Double-click (or Enter) on a planned follow-up edits it; the past stays as it was."""
        index = self.timeline.indexOfTopLevelItem(item)
        if not 0 <= index < len(self.timeline_entries):
            return
        fu = self.timeline_entries[index].followup
        if fu is not None and fu.state == State.PLANNED and fu.id is not None:
            self.edit_followup_requested.emit(fu.id)

    # --- actions ----------------------------------------------------------------------

    def show_older(self) -> None:
        """Read the next page of the history; the entries already shown stay where they are."""
        if self._lead_id is None:
            return
        self._shown += TIMELINE_PAGE
        lead = self._book.lead(self._lead_id)
        self._show_timeline(lead)

    def _plan(self) -> None:
        if self._lead_id is not None:
            self.plan_requested.emit(self._lead_id)

    def _log(self) -> None:
        if self._next is not None and self._next.id is not None:
            self.log_requested.emit(self._next.id)

    def _edit(self) -> None:
        if self._lead_id is not None:
            self.edit_requested.emit(self._lead_id)

    def _fill_cadence_menu(self) -> None:
        """Rebuilt only when the cadences changed, never while one of its actions is running."""
        cadences = self._book.cadences()
        if cadences == self._menu_cadences:
            return
        self._menu_cadences = cadences
        self.cadence_menu.clear()
        for cadence in cadences:
            action = self.cadence_menu.addAction(cadence.name)
            action.setToolTip(self.tr("Plan its %n step(s) from today", "", len(cadence.steps)))
            action.triggered.connect(lambda _checked=False, cid=cadence.id: self.apply_cadence(cid))
        self.cadence_button.setEnabled(not self.cadence_menu.isEmpty())

    def apply_cadence(self, cadence_id: int | None) -> None:
        if self._lead_id is None or cadence_id is None:
            return
        self._guard(lambda: self._book.apply_cadence(self._lead_id or 0, cadence_id))

    def open_note_editor(self) -> None:
        self.note_box.show()
        self.note_edit.setFocus()

    def close_note_editor(self) -> None:
        self.note_edit.clear()
        self.note_box.hide()

    def add_note(self) -> None:
        text = self.note_edit.toPlainText().strip()
        if self._lead_id is None or not text:
            return
        if self._guard(lambda: self._book.add_note(self._lead_id or 0, text)):
            self.close_note_editor()
            self.timeline.setFocus()

    def keep_going(self) -> None:
        if self._lead_id is not None:
            self._guard(lambda: self._book.keep_going(self._lead_id or 0))

    def nurture(self) -> None:
        if self._lead_id is not None:
            self._guard(lambda: self._book.set_stage(self._lead_id or 0, Stage.NURTURE))

    def _guard(self, write) -> bool:
        return guarded(self, write)
