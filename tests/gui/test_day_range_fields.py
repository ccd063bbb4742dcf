"""Every date field offers only the dates Leadbook works with, 1900-01-01 to 2200-12-31."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate

from leadbook.core.model import Lead
from leadbook.gui.callsheet_dialog import CallSheetDialog
from leadbook.gui.followup_dialog import DueEdit
from leadbook.gui.say_no_dialog import SayNoDialog
from leadbook.gui.today_view import PickDateDialog

FIRST, LAST = QDate(1900, 1, 1), QDate(2200, 12, 31)


def test_date_fields_stop_at_the_range(qtbot, book):
    due = DueEdit(time(9, 0))
    qtbot.addWidget(due)
    assert (due.date.minimumDate(), due.date.maximumDate()) == (FIRST, LAST)
    due.date.setDate(QDate(9999, 12, 31))
    assert due.date.date() == LAST

    sheet = CallSheetDialog(book)
    qtbot.addWidget(sheet)
    assert (sheet.date_edit.minimumDate(), sheet.date_edit.maximumDate()) == (FIRST, LAST)

    lead = book.add_lead(Lead(name="Anna Svensson"))
    say_no = SayNoDialog(book, lead.id)
    qtbot.addWidget(say_no)
    assert say_no.revisit_on.maximumDate() == LAST and say_no.revisit_on.minimumDate() > FIRST

    pick = PickDateDialog(date(2026, 11, 24), date(2026, 11, 23))
    qtbot.addWidget(pick)
    assert pick.calendar.maximumDate() == LAST
