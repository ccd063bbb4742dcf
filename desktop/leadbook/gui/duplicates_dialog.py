"""Edit > Review possible duplicates…: pairs of leads that may be one person, side by side.

An import records a pair when a contact shares an e-mail, a phone, or its name and company with
a lead but the rest disagrees (see docs/interop.md). Here the seller decides, one pair at a
time: **Merge** (per field, the value of either lead; e-mails, phones, tags and notes of both
are kept; undoable with Edit > Undo), **Keep both** (asked again another time) or **Not the same
person** (remembered, never asked again). A handful of fields in a grid, not a list of leads:
plain widgets, no model.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..book import BookError, LeadBook
from ..core.model import Lead
from ..present import texts
from .guarded import guarded


class DuplicatesDialog(QDialog):
    """``DuplicatesDialog(book)`` shows the first open pair; ``pair`` is the one shown (None: none left)."""

    def __init__(self, book: LeadBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.pair: Any = None
        self.leads: tuple[Lead, Lead] | None = None
        self._choices: dict[str, QButtonGroup] = {}
        self._skipped: set[int] = set()  # "Keep both" in this session: shown again next time
        self.merged = 0
        self.setObjectName("DuplicatesDialog")
        self.setWindowTitle(self.tr("Review possible duplicates"))
        self.resize(760, 560)
        column = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        column.addWidget(self.heading)
        self.scroll_area = QScrollArea()
        self.scroll_area.setAccessibleName(self.tr("The two leads, field by field"))
        self.scroll_area.setWidgetResizable(True)
        column.addWidget(self.scroll_area, 1)
        row = QHBoxLayout()
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.keep_button = QPushButton(self.tr("&Keep both"))
        self.not_same_button = QPushButton(self.tr("&Not the same person"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.merge_button.clicked.connect(self.merge)
        self.keep_button.clicked.connect(self.keep_both)
        self.not_same_button.clicked.connect(self.not_same)
        self.close_button.clicked.connect(self.accept)
        for button in (self.merge_button, self.keep_button, self.not_same_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        column.addLayout(row)
        self.show_next()

    # --- what is shown ---------------------------------------------------------------------

    def _fields(self) -> list[tuple[str, str, bool]]:
        """(field, label, choosable): choosable fields take one lead's value, the others join both."""
        return [
            ("name", self.tr("Name"), True), ("company", self.tr("Company"), True), ("role", self.tr("Role"), True),
            ("emails", self.tr("E-mail"), False), ("phones", self.tr("Phone"), False),
            ("address", self.tr("Address"), True), ("city", self.tr("City"), True),
            ("country", self.tr("Country"), True), ("website", self.tr("Website"), True),
            ("stage", self.tr("Stage"), True), ("source", self.tr("Source"), True), ("value", self.tr("Value"), True),
            ("tags", self.tr("Tags"), False), ("notes", self.tr("Notes"), False),
        ]  # fmt: skip

    @staticmethod
    def _text(lead: Lead, field: str) -> str:
        value = getattr(lead, field)
        if field == "stage":
            return texts.stage_name(value)
        if field == "source":
            return texts.source_name(value)
        if field == "value":
            return "" if value is None else f"{value:g} {lead.currency}".strip()
        if isinstance(value, tuple):
            return "\n".join(value)
        return str(value or "")

    def _reason(self, reason: str) -> str:
        return {
            "email": self.tr("They share an e-mail address but have different names."),
            "phone": self.tr("They share a phone number but have different names."),
            "name": self.tr("They have the same name and company but other e-mails or phones."),
        }.get(reason, "")

    def show_next(self) -> None:
        """The next open pair (not one kept in this session), or say that none is left."""
        try:
            pairs = [p for p in self.book.possible_duplicates() if p.id not in self._skipped]
        except BookError:
            pairs = []
        self.pair = pairs[0] if pairs else None
        for button in (self.merge_button, self.keep_button, self.not_same_button):
            button.setEnabled(self.pair is not None)
        if self.pair is None:
            self.leads = None
            self.heading.setText(self.tr("No possible duplicates left to review."))
            self.scroll_area.setWidget(QWidget())
            return
        first, second = self.book.leads([self.pair.lead_a, self.pair.lead_b])
        self.leads = (first, second)
        self.heading.setText(self.tr("%1 of %2: %3 Choose which value to keep where they differ; e-mails, phones, "
                                     "tags and notes of both are kept.")
                             .replace("%1", "1").replace("%2", str(len(pairs)))
                             .replace("%3", self._reason(self.pair.reason)))  # fmt: skip
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.addWidget(QLabel(f"<b>{self.tr('Lead A')}</b>"), 0, 1)
        grid.addWidget(QLabel(f"<b>{self.tr('Lead B')}</b>"), 0, 2)
        self._choices = {}
        for row, (field, label, choosable) in enumerate(self._fields(), 1):
            a, b = self._text(first, field), self._text(second, field)
            if not a and not b:
                continue
            grid.addWidget(QLabel(label), row, 0, Qt.AlignmentFlag.AlignTop)
            if choosable and a != b and a and b:
                group = QButtonGroup(grid_host)
                for column, text in ((1, a), (2, b)):
                    choice = QRadioButton(text)
                    choice.setObjectName(f"{field}_{'ab'[column - 1]}")
                    group.addButton(choice, column)
                    grid.addWidget(choice, row, column, Qt.AlignmentFlag.AlignTop)
                group.button(1).setChecked(True)
                self._choices[field] = group
            else:
                for column, text in ((1, a), (2, b)):
                    cell = QLabel(text)
                    cell.setWordWrap(True)
                    cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                    grid.addWidget(cell, row, column, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(self._fields()) + 1, 1)
        self.scroll_area.setWidget(grid_host)

    # --- answers ---------------------------------------------------------------------------

    def choose(self, field: str, lead_b: bool) -> None:
        """Take ``field`` from lead B (or A), as clicking its button does."""
        self._choices[field].button(2 if lead_b else 1).setChecked(True)

    def merge(self) -> None:
        """Lead B into lead A (the older lead keeps its id, history and place in lists), with the
        fields chosen from B."""
        if self.pair is None:
            return
        take = [field for field, group in self._choices.items() if group.checkedId() == 2]
        pair_id, keep = self.pair.id, self.pair.lead_a
        try:
            if not guarded(self, lambda: self.book.merge_possible_duplicate(pair_id, keep=keep, take_from_other=take)):
                return  # read-only, busy or full: said, and the pair stays on screen
        except KeyError:
            pass  # the pair went away meanwhile (a lead deleted elsewhere): the next one is shown
        except ValueError as error:  # the values chosen from each do not make a valid lead together
            QMessageBox.warning(self, QCoreApplication.translate("Guarded", "Nothing was changed"), str(error))
            return
        else:
            self.merged += 1
        self.show_next()

    def keep_both(self) -> None:
        if self.pair is not None:
            self._skipped.add(self.pair.id)
        self.show_next()

    def not_same(self) -> None:
        if self.pair is not None:
            pair_id = self.pair.id
            try:
                if not guarded(self, lambda: self.book.decide_possible_duplicate(pair_id, "not_same")):
                    return
            except KeyError:
                pass  # the pair went away meanwhile
        self.show_next()
