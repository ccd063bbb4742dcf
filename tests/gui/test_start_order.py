"""What start-up leaves until after the first paint still happens: the window paints Today first,
then (on the next turns of the event loop) the tray controller starts and reminders due at start
pop up, the daily backup runs; the other pages are built only when first shown."""

from __future__ import annotations

import time as wall
from datetime import date, time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from leadbook.app import Session
from leadbook.book import LeadBook
from leadbook.core.followups import Due, FollowUp
from leadbook.core.model import Lead, Source
from leadbook.gui.reminders.tray import NoTray, TrayPresenter
from leadbook.store.backup import list_backups

MONDAY = date(2026, 11, 23)  # conftest: 09:30 in Stockholm


class _PaintClock(QObject):
    """Notes when the watched widget first paints."""

    def __init__(self) -> None:
        super().__init__()
        self.painted: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and self.painted is None:
            self.painted = wall.monotonic()
        return False


def _book_with_a_reminder_due(path: Path, clock) -> None:
    with LeadBook.open(path, clock) as book:
        lead = book.add_lead(Lead(name="Anna Svensson", source=Source.COLD))
        for fu in book.followups(lead.id or 0):
            book.cancel_followup(fu.id or 0)
        book.plan_followup(FollowUp(lead.id or 0, Due(MONDAY, time(9, 0)), remind_minutes=15))


def test_reminders_due_at_start_pop_up_within_a_second_of_the_first_paint(qtbot, tmp_path, clock):
    path = tmp_path / "book.leadbook"
    _book_with_a_reminder_due(path, clock)
    made: list[TrayPresenter] = []
    session = Session(clock, tmp_path / "backups", make_tray=lambda: made.append(NoTray()) or made[-1])
    paint = _PaintClock()
    assert session.open(path)
    window = session.window
    assert window is not None
    qtbot.addWidget(window)
    window.today_view.first_paint_widget().installEventFilter(paint)
    assert session.controller is None and not made  # nothing of the tray before the first paint
    assert not any(window.is_built(key) for key in ("calendar", "leads", "revisits", "nurture"))
    qtbot.waitUntil(lambda: session.controller is not None and session.controller.reminders.isVisible(), timeout=3000)
    assert paint.painted is not None
    assert wall.monotonic() - paint.painted < 1.0
    assert [row.lead_name for row in session.controller.reminders.rows()] == ["Anna Svensson"]
    qtbot.waitUntil(lambda: len(list_backups(path, session.backups)) == 1)  # the daily backup, after the paint
    session.controller.quitting = True
    session.close()


def test_pages_are_built_when_first_shown_and_keep_their_place(qtbot, tmp_path, clock):
    path = tmp_path / "book.leadbook"
    _book_with_a_reminder_due(path, clock)
    session = Session(clock, tmp_path / "backups")
    assert session.open(path)
    window = session.window
    assert window is not None
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.today_view
    edit = next(a.menu() for a in window.menuBar().actions() if a.menu() and "Edit" in a.text())
    texts = [a.text() for a in edit.actions()]
    assert "Delete" in texts and not next(a for a in edit.actions() if a.text() == "Delete").isEnabled()
    window.view_actions["leads"].trigger()  # Go ▸ Leads (Ctrl+3)
    assert window.is_built("leads") and window.stack.currentWidget() is window.leads_split
    assert window.stack.indexOf(window.leads_split) == 2 and window.stack.count() == 6
    delete = next(a for a in edit.actions() if a.text() == "Delete")
    assert delete.isEnabled() and window.leads_view.delete_action.isEnabled()  # stands for the list's own
    window.leads_view.table.selectRow(0)
    delete.trigger()
    qtbot.waitUntil(lambda: window.book.count_leads() == 0)
    window.view_actions["today"].trigger()
    assert not delete.isEnabled()
    window.view_actions["leads"].trigger()
    window.view_actions["calendar"].trigger()
    assert window.stack.currentWidget() is window.calendar_view and window.stack.indexOf(window.calendar_view) == 1
    window.view_actions["today"].trigger()
    assert window.stack.currentWidget() is window.today_view
    QApplication.processEvents()
    session.close()


def test_an_empty_book_starts_its_reminders_after_the_welcome_paints(qtbot, tmp_path, clock):
    path = tmp_path / "empty.leadbook"
    LeadBook.open(path, clock).close()
    made: list[TrayPresenter] = []
    session = Session(clock, tmp_path / "backups", make_tray=lambda: made.append(NoTray()) or made[-1])
    started = wall.monotonic()
    assert session.open(path)
    window = session.window
    assert window is not None
    qtbot.addWidget(window)
    assert window.today_view.first_paint_widget() is window.today_view.welcome
    qtbot.waitUntil(lambda: session.controller is not None, timeout=3000)
    assert wall.monotonic() - started < 0.9  # on the welcome's paint, not the fallback a second later
    session.controller.quitting = True
    session.close()
