"""Today reads each section's first screen before it paints and the rest (up to its limit) on the
next turn: a backlog costs its first screen at start, and Today then lists what it always listed."""

from __future__ import annotations

from datetime import date, timedelta

from _widgets import wait_exposed
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTableView

import leadbook.gui.today.view as today_module
from leadbook.book import LeadBook
from leadbook.core.followups import Due, FollowUp
from leadbook.core.model import Lead, Source
from leadbook.demo.leads import write_demo_book
from leadbook.gui.today.view import FIRST_SCREEN_ROWS, AgendaTable, TodayView

MONDAY = date(2026, 11, 23)  # conftest's today


def _backlog(book: LeadBook, count: int) -> None:
    book.add_leads([Lead(name=f"Lead {n:03}", source=Source.COLD) for n in range(count)])
    for lead_id in book.lead_ids():
        for fu in book.followups(lead_id):
            book.cancel_followup(fu.id or 0)
        book.plan_followup(FollowUp(lead_id, Due(MONDAY - timedelta(days=1 + lead_id % 5), None)))


def _overdue_listed(today: TodayView) -> tuple[int, list[str]]:
    (title, rows), *_ = today.model.sections()  # as shown now (rows() would read the rest first)
    assert title.startswith("Overdue")
    texts = [cells[0] for _, _, cells in rows]
    return sum(1 for text in texts if not text.startswith("… and ")), texts


def test_a_backlog_lists_its_first_screen_then_the_rest(qtbot, book: LeadBook, monkeypatch):
    monkeypatch.setattr(today_module, "MAX_ROWS_PER_SECTION", FIRST_SCREEN_ROWS + 10)
    _backlog(book, FIRST_SCREEN_ROWS + 15)
    today = TodayView(book)
    qtbot.addWidget(today)
    today.show()
    listed, texts = _overdue_listed(today)
    assert listed == FIRST_SCREEN_ROWS and texts[-1].startswith("… and 15 more")
    assert today.count() == FIRST_SCREEN_ROWS + 15 and today.refresh_count == 1
    qtbot.waitUntil(lambda: _overdue_listed(today)[0] == FIRST_SCREEN_ROWS + 10)
    assert _overdue_listed(today)[1][-1].startswith("… and 5 more")
    assert today.refresh_count == 1  # one read of the book, in two parts


def test_asking_for_the_agenda_reads_the_rest_at_once(qtbot, book: LeadBook, monkeypatch):
    monkeypatch.setattr(today_module, "MAX_ROWS_PER_SECTION", FIRST_SCREEN_ROWS + 10)
    _backlog(book, FIRST_SCREEN_ROWS + 15)
    today = TodayView(book)
    qtbot.addWidget(today)
    today.refresh()
    assert len(today.agenda.overdue) == FIRST_SCREEN_ROWS + 10


def test_the_rest_is_read_once_the_first_screen_has_painted(qtbot, book: LeadBook, monkeypatch):
    """At start "the next turn" comes before the window's first paint (it waits for the display):
    the rest waits for the list's paint, so the first paint costs only the first screen."""
    monkeypatch.setattr(today_module, "MAX_ROWS_PER_SECTION", FIRST_SCREEN_ROWS + 10)
    _backlog(book, FIRST_SCREEN_ROWS + 15)
    today = TodayView(book)
    qtbot.addWidget(today)
    painted: list[int] = []

    class Paints(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                painted.append(_overdue_listed(today)[0])
            return False

    spy = Paints(today)
    today.tree.viewport().installEventFilter(spy)
    today.refresh()
    QTimer.singleShot(0, lambda: painted.append(-1))  # "the next turn", before the view is shown
    qtbot.waitUntil(lambda: -1 in painted)
    assert today.rest_pending and _overdue_listed(today)[0] == FIRST_SCREEN_ROWS  # not read without a paint
    today.show()
    qtbot.waitUntil(lambda: not today.rest_pending)
    assert painted[1] == FIRST_SCREEN_ROWS  # the first paint showed the first screen
    assert _overdue_listed(today)[0] == FIRST_SCREEN_ROWS + 10 and today.refresh_count == 1


def test_the_lists_own_viewport_is_set_up_as_qts_own(qtbot):
    """Today's list makes its viewport itself (start-up: no type lookup by PySide); shown, it looks
    and behaves as the one a QTableView makes."""
    table, plain = AgendaTable(), QTableView()
    for view in (table, plain):
        qtbot.addWidget(view)
        view.show()
        wait_exposed(qtbot, view)
    ours, qts = table.viewport(), plain.viewport()
    assert ours.backgroundRole() == qts.backgroundRole() == QPalette.ColorRole.Base
    assert ours.autoFillBackground() is qts.autoFillBackground() is True
    assert ours.objectName() == qts.objectName()
    assert [ours.testAttribute(a) for a in Qt.WidgetAttribute] == [qts.testAttribute(a) for a in Qt.WidgetAttribute]


def test_a_refresh_keeps_a_row_below_the_first_screen_chosen(qtbot, book: LeadBook, monkeypatch):
    """Working down a long section: a write re-reads Today (the first screen, then the rest), and the
    row the user was on is chosen again once the rest is in, where the list was scrolled to."""
    monkeypatch.setattr(today_module, "MAX_ROWS_PER_SECTION", FIRST_SCREEN_ROWS + 10)
    _backlog(book, FIRST_SCREEN_ROWS + 15)
    today = TodayView(book)
    qtbot.addWidget(today)
    today.show()
    qtbot.waitUntil(lambda: not today.rest_pending)
    (_, rows), *_ = today.model.sections()
    kind, far, _ = rows[FIRST_SCREEN_ROWS + 5]  # a follow-up below the first screen
    assert kind == today_module.FOLLOWUP
    assert today.select_followup(far)
    scrolled = today.tree.verticalScrollBar().value()
    assert scrolled > 0
    today.refresh()  # as after a write
    assert today.rest_pending
    qtbot.waitUntil(lambda: not today.rest_pending)
    assert today.current_index().data(today_module.ID_ROLE) == far
    assert today.tree.verticalScrollBar().value() == scrolled


def test_the_columns_fit_the_width_the_list_has(qtbot, tmp_path, clock):
    """At any window width the columns fit the list (no sideways scroll bar) unless the long text
    columns have already given way down to their floor; the last column stretches, but Qt keeps it
    at least the header's default size, and a vertical scroll bar takes its share."""
    demo = write_demo_book(tmp_path / "demo.leadbook", clock)
    try:
        today = TodayView(demo)
        qtbot.addWidget(today)
        today.show()
        header, viewport = today.tree.horizontalHeader(), today.tree.viewport()
        floor = today.tree.fontMetrics().averageCharWidth() * 12 + 20
        for width in range(900, 1500, 40):
            today.resize(width, 600)
            qtbot.waitUntil(lambda w=width: today.width() == w)
            at_floor = all(today.tree.columnWidth(column) <= floor for column in (5, 2, 1))
            assert header.length() <= viewport.width() or at_floor, (width, header.length(), viewport.width())
    finally:
        demo.close()
