"""Saying no: why, and when to call back (seed 003: "no" mostly means "not now").

Opened from a lead, from a logged "said no" outcome, or from the reminders window.
The revisit date follows the reason's default (settings) until the user picks one.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...book import LeadBook
from ...core.revisits import NoReason
from ...present.formatting import book_days
from ...present.revisits_text import reason_name
from ..guarded import guarded
from ..leads.dialog import EnumCombo, fit_placeholder


class SayNoDialog(QDialog):
    """``SayNoDialog(book, lead_id)``; on accept the lead is "no" with its revisit queued."""

    def __init__(self, book: LeadBook, lead_id: int, parent: QWidget | None = None,
                 reason: NoReason = NoReason.TIMING) -> None:  # fmt: skip
        super().__init__(parent)
        self._book = book
        self._lead_id = lead_id
        self._date_touched = False
        lead = book.lead(lead_id)
        self.setWindowTitle(self.tr("Said no"))
        self.setObjectName("SayNoDialog")
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Why did %1 say no, and when should you call back?").replace("%1", lead.name))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.reason = EnumCombo(list(NoReason), reason_name)
        self.reason.set_value(reason)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What they said, in a few words"))
        fit_placeholder(self.note)
        self.revisit_on = QDateEdit()
        self.revisit_on.setCalendarPopup(True)
        self.revisit_on.setDisplayFormat(
            self.revisit_on.locale().dateFormat(self.revisit_on.locale().FormatType.ShortFormat)
        )
        today = book.local_today()
        self.revisit_on.setDateRange(*book_days())
        self.revisit_on.setMinimumDate(QDate(today.year, today.month, today.day).addDays(1))
        self.never = QCheckBox(self.tr("&Never: do not contact"))
        self.never.setToolTip(self.tr("Never shown in the revisit queue again and left out of every marketing export"))
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("N&ote:"), self.note)
        form.addRow(self.tr("Call &back on:"), self.revisit_on)
        form.addRow("", self.never)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mark as no"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reason.currentIndexChanged.connect(self._reason_changed)
        self.revisit_on.dateChanged.connect(self._date_changed)
        self.never.toggled.connect(self.revisit_on.setDisabled)
        self._set_default_date()
        self.setTabOrder(self.reason, self.note)
        self.setTabOrder(self.note, self.revisit_on)
        self.setTabOrder(self.revisit_on, self.never)
        # Room for a few words of what they said, and for the question above on two lines at most.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        self.reason.setFocus()

    def _set_default_date(self) -> None:
        reason = self.reason.value() or NoReason.OTHER
        day = self._book.default_revisit_on(reason)
        self.revisit_on.blockSignals(True)
        self.revisit_on.setDate(QDate(day.year, day.month, day.day))
        self.revisit_on.blockSignals(False)

    def _reason_changed(self) -> None:
        if not self._date_touched:  # the user's own date wins over the reason's default
            self._set_default_date()

    def _date_changed(self) -> None:
        self._date_touched = True

    def chosen_date(self) -> date | None:
        """The revisit date, or None for "never: do not contact"."""
        if self.never.isChecked():
            return None
        q = self.revisit_on.date()
        return date(q.year(), q.month(), q.day())

    def accept(self) -> None:
        reason = self.reason.value() or NoReason.OTHER
        revisit_on = self.chosen_date()
        if guarded(self, lambda: self._book.say_no(self._lead_id, reason, self.note.text(), revisit_on)):
            super().accept()
