"""Every date field offers only the dates Leadbook works with, 1900-01-01 to 2200-12-31."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate

from leadbook.core.model import Lead
from leadbook.gui.callsheet.dialog import CallSheetDialog
from leadbook.gui.followups.followup_dialog import DueEdit
from leadbook.gui.revisits.say_no_dialog import SayNoDialog
from leadbook.gui.today.view import PickDateDialog

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


def test_the_calendar_stops_at_the_range_and_a_drop_past_it_changes_nothing(qtbot, book, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from leadbook.core.followups import Due, FollowUp
    from leadbook.gui.calendar.view import CalendarView

    lead = book.add_lead(Lead(name="Anna Svensson"))
    fu = book.plan_followup(FollowUp(lead.id, Due(date(2200, 12, 30), time(10, 0))))
    view = CalendarView(book)
    qtbot.addWidget(view)
    view.select_day(date(2200, 12, 15))
    view.page(1)
    view.page(1)  # Page Down past the last month stays on the last day
    assert view.selected == date(2200, 12, 31)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    assert not view.drop_followup(fu.id, date(2201, 1, 2), None, True)  # a day the month grid shows after it
    assert warned == ["2201-01-02 is outside the dates Leadbook works with, 1900-01-01 to 2200-12-31."]
    assert book.followup(fu.id).due == Due(date(2200, 12, 30), time(10, 0))
