"""The nurture list (seed 004): qualified leads who are not ready, touched slowly (every 90
days by default, by letter, e-mail or newsletter), with last and next touch, and a CSV export
for a mail merge. Do-not-contact leads are never listed or exported."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...book import ChangeKind, LeadBook
from ...core.clock import from_utc_iso
from ...present.formatting import short_date
from ..book_events import BookEvents
from ..guarded import guarded
from ..refresh_when_shown import RefreshWhenShown
from ..theme import icon, style


class NurtureView(RefreshWhenShown, QWidget):
    """``NurtureView(book)``; ``on_book_changed(change)`` after book changes (a hidden list waits
    until it is shown); ``open_lead(id)`` on Enter/double-click."""

    shows = ChangeKind.LEADS | ChangeKind.FOLLOWUPS | ChangeKind.REVISITS | ChangeKind.SETTINGS

    open_lead = Signal(int)
    undoable = Signal(str)

    def __init__(self, book: LeadBook, parent: QWidget | None = None, *, events: BookEvents | None = None) -> None:
        super().__init__(parent)
        if events is not None:  # the view hears of every write itself and takes what it shows
            events.changed.connect(self.on_book_changed)
        self._book = book
        self.setObjectName("NurtureView")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        top.addWidget(self.summary, 1)
        self.plan_button = QPushButton(self.tr("&Plan missing touches"))
        self.plan_button.setToolTip(self.tr("Give each nurtured lead without a next touch its slow one"))
        self.plan_button.clicked.connect(self.plan_touches)
        self.export_button = QPushButton(self.tr("E&xport CSV for a mail merge…"))
        self.export_button.clicked.connect(lambda: self.export_csv())  # noqa: PLW0108 - clicked(bool) must not reach export_csv's argument
        self.plan_button.setIcon(icon("calendar-plus"))
        self.export_button.setIcon(icon("file-up"))
        top.addWidget(self.plan_button)
        top.addWidget(self.export_button)
        layout.addLayout(top)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Leads in nurture"))
        style(self.tree)  # rows with room above and below
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setHeaderLabels([self.tr("Lead"), self.tr("Company"), self.tr("E-mail"), self.tr("Last touch"),
                                   self.tr("Next touch")])  # fmt: skip
        self.tree.itemActivated.connect(
            lambda item, _c: self.open_lead.emit(int(item.data(0, Qt.ItemDataRole.UserRole)))
        )
        layout.addWidget(self.tree, 1)

    def refresh(self) -> None:
        self._stale = False
        rows = self._book.nurture_list()
        zone = self._book.clock.zone
        self.tree.clear()
        for row in rows:
            last = short_date(from_utc_iso(row.last_touch_at).astimezone(zone).date()) if row.last_touch_at else "—"
            nxt = short_date(self._book.next_nurture_touch(row))
            if not row.next_step_at:
                nxt = self.tr("%1 (not planned)").replace("%1", nxt)
            item = QTreeWidgetItem([row.name, row.company, row.email, last, nxt])
            item.setData(0, Qt.ItemDataRole.UserRole, row.lead_id)
            self.tree.addTopLevelItem(item)
        for column in range(5):
            self.tree.resizeColumnToContents(column)
        days = self._book.settings().nurture_days
        self.summary.setText(
            self.tr("%1 in nurture; a slow touch every %2 days.")
            .replace("%1", self.tr("%n lead(s)", "", len(rows)))
            .replace("%2", str(days))
        )

    def plan_touches(self) -> bool:
        if guarded(self, self._book.plan_nurture_touches):
            self.refresh()
            self.undoable.emit(self.tr("Nurture touches planned"))
            return True
        return False

    def export_csv(self, path: Path | None = None) -> int:
        """Write the list to ``path`` (asked for when None); how many leads were written."""
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Export nurture list"), "nurture.csv",
                                                  self.tr("CSV files (*.csv)"))  # fmt: skip
            if not name:
                return 0
            path = Path(name)
        count = 0

        def write() -> None:
            nonlocal count
            with open(path, "w", newline="", encoding="utf-8-sig") as out:
                count = self._book.export_nurture_csv(out)

        guarded(self, write)  # disk errors are not BookErrors; see report
        return count
