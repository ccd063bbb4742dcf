"""Each view refreshes for the kinds of change it shows (``Change.kinds``), not for every write."""

from __future__ import annotations

from datetime import date

from _widgets import wait_exposed

from leadbook.book import LeadBook
from leadbook.core.cadences import Cadence, CadenceStep
from leadbook.core.followups import Due, FollowUp, Objective
from leadbook.core.model import Channel, Lead, Stage
from leadbook.gui.calendar.view import CalendarView
from leadbook.gui.revisits.view import RevisitsView
from leadbook.gui.today.view import TodayView


def _counting(view, monkeypatch) -> list[int]:
    calls: list[int] = []
    real = view.refresh

    def refresh() -> None:
        calls.append(1)
        real()

    monkeypatch.setattr(view, "refresh", refresh)
    return calls


def test_a_cadence_saved_refreshes_no_page_and_a_planned_follow_up_does(qtbot, book: LeadBook, monkeypatch):
    anna = sorted(book.add_leads([Lead(name="Anna", stage=Stage.CONTACTED)]).added)[0]
    views = [CalendarView(book), RevisitsView(book), TodayView(book)]
    counts = []
    for view in views:
        qtbot.addWidget(view)
        view.show()
        wait_exposed(qtbot, view)
        counts.append(_counting(view, monkeypatch))
        book.subscribe(view.on_book_changed)
    book.save_cadence(Cadence("Mine", (CadenceStep(0, Channel.CALL, Objective.REPLY),)))
    assert [len(c) for c in counts] == [0, 0, 0]
    book.plan_followup(FollowUp(anna, Due(date(2026, 11, 24)), Channel.CALL))
    assert [len(c) for c in counts] == [1, 1, 1]
    book.save_settings(book.settings())
    assert [len(c) for c in counts] == [2, 2, 2]


def test_each_view_subscribes_itself_to_the_books_signal(qtbot, book: LeadBook, clock):
    """No window routes changes: views given the book's events see a write on their own."""
    from leadbook.gui.book_events import BookEvents
    from leadbook.gui.leads.view import LeadsView

    events = BookEvents(book)
    today, leads = TodayView(book, events=events), LeadsView(book, events=events)
    for view in (today, leads):
        qtbot.addWidget(view)
        view.show()
        wait_exposed(qtbot, view)
    leads.ensure_loaded()
    assert today.count() == 0 and leads.model.rowCount() == 0
    anna = book.add_lead(Lead(name="Anna", stage=Stage.CONTACTED))
    book.plan_followup(FollowUp(anna.id, Due(clock.now().date()), Channel.CALL))
    qtbot.waitUntil(lambda: today.count() == 1 and leads.model.rowCount() == 1)
    events.detach()
