"""The Progress page through real widgets on a real book: it shows the book's figures, its period
selector reads them again, and a click on a bar, a day or a number opens Leads filtered to exactly
those leads, under a chip that removes the filter."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from _widgets import wait_exposed
from PySide6.QtCore import QPoint, Qt

from leadbook.app import build_main_window
from leadbook.book import LeadBook
from leadbook.core.clock import FakeClock
from leadbook.core.followups import Due, FollowUp, Objective, Outcome, State
from leadbook.core.model import Channel, Lead, Source, Stage
from leadbook.core.progress import Period
from leadbook.gui.progress.view import ProgressView

NOW = datetime(2026, 11, 23, 9, 30)


def _lead(book: LeadBook, clock: FakeClock, name: str, created: datetime) -> int:
    clock.set(created)
    return int(book.add_lead(Lead(name=name, source=Source.WEB, stage=Stage.QUALIFIED, phones=("+46 70 1",))).id or 0)


def _log(book: LeadBook, clock: FakeClock, lead_id: int, when: datetime, outcome: Outcome, more: bool = True) -> None:
    clock.set(when)
    planned = book.next_followup(lead_id)
    assert planned is not None
    following = FollowUp(lead_id, Due(when.date() + timedelta(days=3)), Channel.CALL, Objective.REPLY) if more else None
    book.complete_followup(planned.id or 0, outcome, "", following)


@pytest.fixture
def decided(book: LeadBook, clock: FakeClock) -> dict[str, int]:
    """Two leads said no after one touch, one won after five, one still untouched (60 days back)."""
    start = NOW - timedelta(days=20)
    ids = {name: _lead(book, clock, name, start) for name in ("Ann Once", "Bo Once", "Cy Five")}
    ids["Old Untouched"] = _lead(book, clock, "Old Untouched", NOW - timedelta(days=60))
    for name in ("Ann Once", "Bo Once"):
        _log(book, clock, ids[name], start + timedelta(days=1), Outcome.SAID_NO, more=False)
    for k in range(4):
        _log(book, clock, ids["Cy Five"], start + timedelta(days=1 + 3 * k), Outcome.NO_ANSWER)
    _log(book, clock, ids["Cy Five"], start + timedelta(days=14), Outcome.WON, more=False)
    clock.set(NOW)
    return ids


@pytest.fixture
def window(qtbot, book: LeadBook, decided: dict[str, int]):
    main = build_main_window(book)
    qtbot.addWidget(main)
    main.show()
    wait_exposed(qtbot, main)
    yield main
    main.close()


def _bar_centre(chart, index: int) -> QPoint:
    return chart.bar_rect(index).center().toPoint()


def test_the_page_shows_the_books_figures(qtbot, window, decided: dict[str, int]) -> None:
    window.view_actions["progress"].trigger()
    view: ProgressView = window.progress_view
    assert window.stack.currentWidget() is view and view.isVisible()
    assert view.period() == Period.DAYS_365
    chart = view.persistence_chart
    assert [(bar.label, bar.value) for bar in chart.bars()] == [("0", 0), ("1", 2), ("2", 0), ("3", 0), ("4", 0),
                                                                ("5+", 1)]  # fmt: skip
    assert (
        chart.accessibleName() and "1: 2" in chart.accessibleDescription() and "5+: 1" in chart.accessibleDescription()
    )
    assert "44%" in chart.toolTip()  # the research mark, with its source
    assert "2 of" in view.sentences["persistence"].text() and "44%" in view.sentences["persistence"].text()
    assert "1 of the" in view.sentences["never"].text() and "71%" in view.sentences["never"].text()
    table = view.tables["persistence"]
    rows = {table.topLevelItem(i).text(0): table.topLevelItem(i) for i in range(table.topLevelItemCount())}
    assert rows["Stopped after one touch"].text(1) == "2 (100%)" and rows["Stopped after one touch"].text(2) == "44%"
    assert "seed 000" in rows["Stopped after one touch"].toolTip(2)
    assert [(bar.label, bar.value) for bar in view.won_chart.bars()] == [("1", 0), ("2", 0), ("3", 0), ("4", 0),
                                                                         ("5+", 1)]  # fmt: skip


def test_a_click_on_a_bar_lists_exactly_those_leads(qtbot, window, decided: dict[str, int]) -> None:
    window.view_actions["progress"].trigger()
    view: ProgressView = window.progress_view
    chart = view.persistence_chart
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=_bar_centre(chart, 1))
    leads = window.leads_view
    assert window.stack.currentWidget() is window.leads_split
    qtbot.waitUntil(lambda: leads.model.rowCount() == 2)
    shown = {leads.model.lead_id(row) for row in range(leads.model.rowCount())}
    assert shown == {decided["Ann Once"], decided["Bo Once"]}
    assert leads.filter_chip.isVisible() and "decided after one touch" in leads.filter_chip_label.text()
    qtbot.mouseClick(leads.filter_chip_clear, Qt.MouseButton.LeftButton)
    assert leads.model.rowCount() == 4 and not leads.filter_chip.isVisible()


def test_a_number_in_a_table_and_the_keyboard_open_the_leads(qtbot, window, decided: dict[str, int]) -> None:
    window.view_actions["progress"].trigger()
    view: ProgressView = window.progress_view
    table = view.tables["never"]
    item = next(table.topLevelItem(i) for i in range(table.topLevelItemCount())
                if table.topLevelItem(i).text(0) == "Never touched")  # fmt: skip
    table.itemClicked.emit(item, 1)
    leads = window.leads_view
    qtbot.waitUntil(lambda: leads.model.rowCount() == 1)
    assert leads.model.lead_id(0) == decided["Old Untouched"]
    window.view_actions["progress"].trigger()
    view.won_chart.setFocus()
    for _ in range(4):
        qtbot.keyClick(view.won_chart, Qt.Key.Key_Right)
    qtbot.keyClick(view.won_chart, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: leads.model.rowCount() == 1 and leads.isVisible())
    assert leads.model.lead_id(0) == decided["Cy Five"]


def test_the_period_selector_reads_the_figures_again(qtbot, window, book: LeadBook, clock: FakeClock,
                                                     decided: dict[str, int]) -> None:  # fmt: skip
    clock.set(NOW + timedelta(days=5))  # the decisions are 11 and 24 days old
    window.view_actions["progress"].trigger()
    view: ProgressView = window.progress_view
    view.set_period(Period.DAYS_30)
    assert view.persistence_chart.bars()[1].value == 2
    clock.set(NOW + timedelta(days=60))
    view.set_period(Period.DAYS_90)
    view.set_period(Period.DAYS_30)
    assert sum(bar.value for bar in view.persistence_chart.bars()) == 0
    assert "No lead reached a decision" in view.sentences["persistence"].text()
    view.set_period(Period.ALL)
    assert sum(bar.value for bar in view.persistence_chart.bars()) == 3


def test_a_write_while_shown_refreshes_the_page(qtbot, window, book: LeadBook, decided: dict[str, int]) -> None:
    window.view_actions["progress"].trigger()
    view: ProgressView = window.progress_view
    book.set_stage(decided["Old Untouched"], Stage.NO)
    assert view.persistence_chart.bars()[0].value == 1


def test_a_slipped_day_lists_its_leads(qtbot, window, book: LeadBook, clock: FakeClock) -> None:
    lead_id = _lead(book, clock, "Dee Slipped", NOW - timedelta(days=10))
    for fu in book.followups(lead_id):
        if fu.state == State.PLANNED:
            book.cancel_followup(fu.id or 0)
    book.plan_followup(FollowUp(lead_id, Due(date(2026, 11, 20)), Channel.CALL, Objective.REPLY))
    clock.set(NOW)
    window.view_actions["progress"].trigger()
    view: ProgressView = window.progress_view
    strip = view.day_strip
    (slipped,) = [d for d in view.figures.nothing_slipped.days if d.day == date(2026, 11, 20)]
    assert slipped.slipped
    index = list(view.figures.nothing_slipped.days).index(slipped)
    with qtbot.waitSignal(view.show_leads) as caught:
        qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=strip._cell(index).center())
    assert caught.args[0] == [lead_id]
    qtbot.waitUntil(lambda: window.leads_view.model.rowCount() == 1)


def test_a_number_of_nothing_lists_nothing(qtbot, window, decided: dict[str, int]) -> None:
    """A bar or row of 0 leads opens no empty list: it is not offered as a link."""
    window.view_actions["progress"].trigger()
    view: ProgressView = window.progress_view
    chart = view.persistence_chart
    assert chart.bars()[3].value == 0
    with qtbot.assertNotEmitted(view.show_leads):
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=_bar_centre(chart, 3))
    row = view.tables["won"].row("Won on touch 1")
    assert row.text(1) == "0" and not row.font(1).underline()
    assert view.tables["won"].row("Won on touch 5+").font(1).underline()
    assert window.stack.currentWidget() is view


def test_the_chart_and_the_strip_take_the_themes_colours(
    qtbot, window, book: LeadBook, clock: FakeClock, decided: dict[str, int]
) -> None:
    """Light or dark, the strip paints a slipped day in the theme's "overdue" colour and a clean
    one in the highlight, the bars in the highlight: a switch of scheme repaints them so."""
    from PySide6.QtGui import QColor, QImage, QPalette

    from leadbook.gui import theme

    lead_id = _lead(book, clock, "Dee Slipped", NOW - timedelta(days=10))
    book.plan_followup(FollowUp(lead_id, Due(date(2026, 11, 20)), Channel.CALL, Objective.REPLY))
    clock.set(NOW)
    window.view_actions["progress"].trigger()
    view: ProgressView = window.progress_view
    strip, chart = view.day_strip, view.persistence_chart
    index = [d.day for d in view.figures.nothing_slipped.days].index(date(2026, 11, 20))
    shown = theme.current()
    try:
        for scheme, dark in (("dark", 1), ("light", 0)):
            shown.set_choice(scheme)
            highlight = QColor(theme.colour_table()["highlight"][dark])
            qtbot.waitUntil(lambda: chart.palette().color(QPalette.ColorRole.Highlight) == highlight)
            image = strip.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
            cell = strip._cell(index, "slipped")
            assert QColor(image.pixel(cell.center())) == QColor(theme.colour_table()["overdue"][dark])
            bars = chart.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
            tall = max(range(len(chart.bars())), key=lambda k: chart.bars()[k].value)
            rect = chart.bar_rect(tall)
            assert chart.bars()[tall].value and rect.height() > 4
            foot = QPoint(round(rect.center().x()), round(rect.bottom()) - 2)
            assert QColor(bars.pixel(foot)) == highlight
    finally:
        shown.set_choice("system")
