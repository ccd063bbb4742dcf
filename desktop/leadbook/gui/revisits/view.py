"""The revisit queue (seed 003): the no's due to call back and those coming up, oldest first,
each with its context and the questions to ask, the four actions, and the seller's own results.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...book import ChangeKind, LeadBook, RevisitRow
from ...core.model import Stage
from ...present import texts
from ...present.formatting import money, short_date
from ...present.revisits_text import question_text, reason_name, said_no_line
from ..book_events import BookEvents
from ..guarded import guarded
from ..leads.dialog import EnumCombo
from ..refresh_when_shown import RefreshWhenShown
from ..theme import icon, style

UPCOMING_DAYS = 120


class RevisitsView(RefreshWhenShown, QWidget):
    """``RevisitsView(book)``; call ``on_book_changed(change)`` after book changes (a hidden view
    reads the book when it is shown). ``open_lead(id)`` asks the
    window to show a lead; ``undoable(label)`` tells it a write can be undone."""

    shows = ChangeKind.LEADS | ChangeKind.REVISITS | ChangeKind.REMINDERS | ChangeKind.SETTINGS

    open_lead = Signal(int)
    undoable = Signal(str)

    def __init__(self, book: LeadBook, parent: QWidget | None = None, *, events: BookEvents | None = None) -> None:
        super().__init__(parent)
        if events is not None:  # the view hears of every write itself and takes what it shows
            events.changed.connect(self.on_book_changed)
        self._book = book
        self._rows: dict[int, RevisitRow] = {}
        self.setObjectName("RevisitsView")
        layout = QVBoxLayout(self)
        self.results = QLabel()
        self.results.setObjectName("results")
        self.results.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.results)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("No's to ask again"))
        style(self.tree)  # rows with room above and below
        self.tree.setHeaderLabels([self.tr("Call back"), self.tr("Lead"), self.tr("Company"), self.tr("Reason"),
                                   self.tr("Value")])  # fmt: skip
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.currentItemChanged.connect(lambda *_: self._show_current())
        self.tree.itemActivated.connect(lambda item, _c: self._open(item))
        split.addWidget(self.tree)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        self.context = QPlainTextEdit()
        self.context.setReadOnly(True)
        self.context.setObjectName("context")
        self.context.setAccessibleName(self.tr("About the chosen lead"))
        side_layout.addWidget(self.context, 1)
        buttons = QHBoxLayout()
        self.stage = EnumCombo([s for s in Stage if s.is_active and s != Stage.NEW], texts.stage_name)
        self.stage.set_value(Stage.QUALIFIED)
        self.stage.setAccessibleName(self.tr("Stage to reopen in"))
        self.reopen_button = QPushButton(self.tr("&Reopen"))
        self.reopen_button.setToolTip(self.tr("Back to an active stage, with a first follow-up planned"))
        self.later_button = QPushButton(self.tr("&Still not now"))
        self.later_button.setToolTip(self.tr("Queue again after the reason's delay"))
        self.contact_button = QPushButton(self.tr("&New contact person…"))
        self.contact_button.setToolTip(self.tr("Keep the company and the history; start afresh with someone else"))
        self.never_button = QPushButton(self.tr("&Do not contact"))
        self.never_button.setToolTip(self.tr("For good: never queued again, left out of every marketing export"))
        for button, name in ((self.reopen_button, "rotate-ccw"), (self.later_button, "clock"),
                             (self.contact_button, "user-plus"), (self.never_button, "ban")):  # fmt: skip
            button.setIcon(icon(name))
        self.reopen_button.clicked.connect(self.reopen)
        self.later_button.clicked.connect(self.still_not_now)
        self.contact_button.clicked.connect(self.new_contact)
        self.never_button.clicked.connect(self.do_not_contact)
        buttons.addWidget(self.stage)
        for button in (self.reopen_button, self.later_button, self.contact_button, self.never_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        side_layout.addLayout(buttons)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([760, 500])  # the queue's five columns want the width
        layout.addWidget(split, 1)

    # --- reading ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the queue, keeping the selected lead when it is still there."""
        self._stale = False
        keep = self.current_lead_id()
        today = self._book.local_today()
        due = self._book.revisits(today)
        upcoming = self._book.upcoming_revisits(today, today + timedelta(days=UPCOMING_DAYS))
        self.tree.clear()
        self._rows.clear()
        select: QTreeWidgetItem | None = None
        for title, rows in ((self.tr("Due"), due), (self.tr("Upcoming"), upcoming)):
            header = QTreeWidgetItem([f"{title} ({len(rows)})"])
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = header.font(0)
            font.setBold(True)
            header.setFont(0, font)
            header.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(header)
            header.setFirstColumnSpanned(True)
            for row in rows:
                item = QTreeWidgetItem([short_date(row.revisit_on), row.lead_name, row.company, reason_name(row.reason),
                                        money(row.value, row.currency)])  # fmt: skip
                item.setData(0, Qt.ItemDataRole.UserRole, row.lead_id)
                self.tree.addTopLevelItem(item)
                self._rows[row.lead_id] = row
                if row.lead_id == keep or (select is None and keep is None):
                    select = item
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        reopened, won = self._book.revisit_stats()
        self.results.setText(
            self.tr("Own results: %1 brought a lead back; %2 of those won.")
            .replace("%1", self.tr("%n revisit(s)", "", reopened))
            .replace("%2", str(won))
        )
        if select is not None:
            self.tree.setCurrentItem(select)
        self._show_current()

    def current_lead_id(self) -> int | None:
        item = self.tree.currentItem()
        value = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return int(value) if value is not None else None

    def select_lead(self, lead_id: int) -> None:
        for n in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(n)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == lead_id:
                self.tree.setCurrentItem(item)
                return

    def _show_current(self) -> None:
        row = self._rows.get(self.current_lead_id() or -1)
        for button in (self.reopen_button, self.later_button, self.contact_button, self.never_button, self.stage):
            button.setEnabled(row is not None)
        if row is None:
            self.context.setPlainText(
                self.tr("No revisit selected.")
                if self._rows
                else self.tr("Nobody to call back: no's come here when their revisit day is near.")
            )
            return
        lines = [" — ".join(p for p in (row.lead_name, row.company) if p)]
        lines.append(said_no_line(row, self._book))
        lines.append(self.tr("Call back on %1").replace("%1", short_date(row.revisit_on)))
        value = money(row.value, row.currency)
        if value:
            lines.append(self.tr("Value: %1").replace("%1", value))
        contact = "  ".join(p for p in (row.phone, row.email) if p)
        if contact:
            lines.append(contact)
        if row.note:
            lines += ["", self.tr("What they said:"), row.note]
        if row.last_notes:
            lines += ["", self.tr("Last notes:")] + [f"• {n}" for n in row.last_notes]
        lines += ["", self.tr("Ask:")] + [f"• {question_text(q)}" for q in self._book.revisit_questions()]
        self.context.setPlainText("\n".join(lines))

    def _open(self, item: QTreeWidgetItem) -> None:
        value = item.data(0, Qt.ItemDataRole.UserRole)
        if value is not None:
            self.open_lead.emit(int(value))

    # --- actions ----------------------------------------------------------------------

    def _act(self, write, label: str) -> bool:
        if guarded(self, write):
            self.refresh()
            self.undoable.emit(label)
            return True
        return False

    def reopen(self) -> bool:
        lead_id = self.current_lead_id()
        stage = self.stage.value() or Stage.QUALIFIED
        return lead_id is not None and self._act(lambda: self._book.reopen(lead_id, stage), self.tr("Lead reopened"))

    def still_not_now(self) -> bool:
        lead_id = self.current_lead_id()
        return lead_id is not None and self._act(lambda: self._book.still_not_now(lead_id), self.tr("Queued again"))

    def new_contact(self, name: str | None = None) -> bool:
        """Ask for the new person's name (or take ``name``) and start afresh with them."""
        lead_id = self.current_lead_id()
        if lead_id is None:
            return False
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("New contact person"),
                                            self.tr("Who is responsible now?"))  # fmt: skip
            if not ok or not name.strip():
                return False
        return self._act(lambda: self._book.new_contact_person(lead_id, name), self.tr("New contact person"))

    def do_not_contact(self, confirmed: bool = False) -> bool:
        lead_id = self.current_lead_id()
        if lead_id is None:
            return False
        if not confirmed:
            answer = QMessageBox.question(self, self.tr("Do not contact"),
                                          self.tr("Never contact this lead again? It leaves every queue and "
                                                  "every marketing export."))  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return False
        return self._act(lambda: self._book.do_not_contact(lead_id), self.tr("Do not contact"))
