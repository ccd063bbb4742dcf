"""The calendar view through the real stack: a real book, real widgets, drops that move follow-ups."""

from __future__ import annotations

from datetime import date, time, timedelta

from _widgets import wait_exposed
from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QPointF, Qt, QTime, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QHelpEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QToolTip, QWidget

from leadbook.book import LeadBook
from leadbook.core.followups import Due, FollowUp, Objective
from leadbook.core.model import Channel, Lead, Stage
from leadbook.core.rules import is_working_day
from leadbook.gui.calendar.view import CalendarView, EvenOutDialog

TODAY = date(2026, 11, 23)  # the test clock's Monday


def _lead(book: LeadBook, name: str, stage: Stage = Stage.CONTACTED) -> int:
    return sorted(book.add_leads([Lead(name=name, stage=stage)]).added)[0]


def _plan(book: LeadBook, lead_id: int, day: date, at: time | None = None, channel: Channel = Channel.CALL) -> int:
    return int(book.plan_followup(FollowUp(lead_id, Due(day, at), channel)).id or 0)


def _view(qtbot, book: LeadBook) -> CalendarView:
    view = CalendarView(book)
    qtbot.addWidget(view)
    book.subscribe(view.on_book_changed)  # as the main window's BookEvents does
    view.resize(1400, 860)
    view.show()
    wait_exposed(qtbot, view)
    view.month_grid.setFocus()
    return view


def _drop(widget: QWidget, point: QPoint, mime) -> None:
    """What Qt delivers when a drag ends over ``widget`` at ``point``."""
    actions = Qt.DropAction.MoveAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, actions, mime, buttons, modifiers)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(point, actions, mime, buttons, modifiers)
    QApplication.sendEvent(widget, move)
    assert move.isAccepted()
    QApplication.sendEvent(widget, QDropEvent(QPointF(point), actions, mime, buttons, modifiers))


def test_month_shows_loads_and_lists_a_clicked_day(qtbot, book: LeadBook) -> None:
    anna = _lead(book, "Anna Svensson")
    _plan(book, anna, date(2026, 11, 30), time(10, 0))
    _plan(book, anna, date(2026, 11, 30), None, Channel.EMAIL)
    _plan(book, anna, date(2026, 12, 1))
    _plan(book, anna, TODAY - timedelta(days=2))
    view = _view(qtbot, book)
    assert view.loads[date(2026, 11, 30)].total == 2
    assert view.loads[date(2026, 12, 1)].total == 1  # the grid's trailing days count too
    assert view.loads[TODAY - timedelta(days=2)].overdue
    assert view.month_grid.weeks[0][0].weekday() == view.first_weekday
    qtbot.mouseClick(
        view.month_grid, Qt.MouseButton.LeftButton, pos=view.month_grid.cell_rect(date(2026, 11, 30)).center()
    )
    assert view.selected == date(2026, 11, 30)
    assert view.day_list.count() == 2
    assert "Anna Svensson" in view.day_list.item(0).text()
    with qtbot.waitSignal(view.open_followup) as opened:
        qtbot.keyClick(view.month_grid, Qt.Key.Key_Return)
    assert opened.args == [view.day_list.followup_id(0)]


def test_keyboard_moves_the_selected_day(qtbot, book: LeadBook) -> None:
    view = _view(qtbot, book)
    grid = view.month_grid
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert view.selected == TODAY + timedelta(days=1)
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert view.selected == TODAY + timedelta(days=8)
    qtbot.keyClick(grid, Qt.Key.Key_PageDown)
    assert view.selected == date(2027, 1, 1)  # 1 December, a month on
    qtbot.keyClick(grid, Qt.Key.Key_PageUp)
    qtbot.keyClick(grid, Qt.Key.Key_PageUp)
    assert (view.selected.year, view.selected.month) == (2026, 11)
    assert "November" in view.title.text()
    qtbot.keyClick(grid, Qt.Key.Key_T)
    assert view.selected == TODAY
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    assert view.selected == TODAY - timedelta(days=1)


def test_drag_from_the_day_list_to_another_day_keeps_the_time_and_undoes(qtbot, book: LeadBook) -> None:
    anna = _lead(book, "Anna")
    followup = _plan(book, anna, date(2026, 11, 25), time(14, 30))
    view = _view(qtbot, book)
    view.select_day(date(2026, 11, 25))
    mime = view.day_list.mimeData([view.day_list.item(0)])
    with qtbot.waitSignal(view.undoable):
        _drop(view.month_grid, view.month_grid.cell_rect(date(2026, 11, 27)).center(), mime)
    assert book.followup(followup).due == Due(date(2026, 11, 27), time(14, 30))
    assert book.followup(followup).due_at == "2026-11-27T13:30:00Z"
    assert view.loads[date(2026, 11, 27)].total == 1 and view.loads[date(2026, 11, 25)].total == 0
    assert view.selected == date(2026, 11, 27)
    qtbot.keyClick(view.month_grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert book.followup(followup).due == Due(date(2026, 11, 25), time(14, 30))
    assert view.loads[date(2026, 11, 25)].total == 1


def test_drag_in_the_week_to_another_time_and_to_the_untimed_band(qtbot, book: LeadBook) -> None:
    anna = _lead(book, "Anna")
    followup = _plan(book, anna, TODAY, time(9, 0))
    view = _view(qtbot, book)
    view.set_mode(CalendarView.WEEK)
    grid = view.week_grid
    rect = grid.followup_rect(followup)
    assert not rect.isEmpty()
    target = grid.point_of(date(2026, 11, 26), time(15, 15))
    grid.exec_drag = lambda drag: _drop(grid, target, drag.mimeData())
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseMove(grid, rect.center() + QPoint(40, 40))
    assert book.followup(followup).due == Due(date(2026, 11, 26), time(15, 15))
    assert view.selected == date(2026, 11, 26)
    # the untimed band at the top: the follow-up becomes "some time that day"
    grid.exec_drag = lambda drag: _drop(grid, grid.point_of(date(2026, 11, 27), None), drag.mimeData())
    grid.start_drag(followup)
    assert book.followup(followup).due == Due(date(2026, 11, 27))
    book.undo()
    assert book.followup(followup).due == Due(date(2026, 11, 26), time(15, 15))


def test_week_double_clicks_open_and_plan(qtbot, book: LeadBook) -> None:
    anna = _lead(book, "Anna")
    followup = _plan(book, anna, TODAY, time(10, 0))
    view = _view(qtbot, book)
    view.set_mode(CalendarView.WEEK)
    grid = view.week_grid
    with qtbot.waitSignal(view.open_followup) as opened:
        qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=grid.followup_rect(followup).center())
    assert opened.args == [followup]
    with qtbot.waitSignal(view.plan_at) as planned:
        qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=grid.point_of(date(2026, 11, 25), time(13, 30)))
    assert planned.args == [date(2026, 11, 25), time(13, 30)]
    with qtbot.waitSignal(view.plan_at) as planned:
        qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=grid.point_of(date(2026, 11, 24), None))
    assert planned.args == [date(2026, 11, 24), None]


def test_even_out_from_the_view_never_fills_a_weekend_or_a_full_day(qtbot, book: LeadBook) -> None:
    friday = date(2026, 11, 27)
    leads = [_lead(book, f"Lead {n}") for n in range(20)]
    with book.batch():
        for lead in leads:
            _plan(book, lead, friday)
        for lead in leads[:15]:
            _plan(book, lead, date(2026, 11, 30))  # Monday is full
    view = _view(qtbot, book)
    view.select_day(friday)
    assert view.even_button.isEnabled()
    dialog = view.even_out_dialog()
    qtbot.addWidget(dialog)
    assert dialog.tree.topLevelItemCount() == 5
    dialog.accept()
    assert dialog.applied
    loads = book.load_between(friday, friday + timedelta(days=10))
    assert loads[friday].total == 15 and loads[date(2026, 11, 30)].total == 15
    assert loads[date(2026, 11, 28)].total == 0 and loads[date(2026, 11, 29)].total == 0
    assert loads[date(2026, 12, 1)].total == 5 and all(is_working_day(d) for d, load in loads.items() if load.total)
    assert not view.even_button.isEnabled()  # Friday fits its capacity now
    book.undo()
    assert book.load_between(friday, friday)[friday].total == 20


def test_even_out_dialog_with_nothing_to_move(qtbot, book: LeadBook) -> None:
    dialog = EvenOutDialog(book, TODAY, [])
    qtbot.addWidget(dialog)
    assert not dialog.apply_button.isEnabled()


def test_an_over_capacity_badge_never_runs_into_the_day_number(qtbot, book: LeadBook) -> None:
    """ "17 planned · capacity 15" where the cell has room; the bare count where it has not (narrow
    windows, long words), and the words in the cell's tooltip."""
    from leadbook.core.calendar import DayLoad

    view = _view(qtbot, book)
    grid = view.month_grid
    busy = DayLoad(TODAY, {Channel.CALL: 17}, over_capacity=True)
    calm = DayLoad(TODAY, {Channel.CALL: 3})
    assert grid.badge(busy, 500) == "17 planned · capacity 15"
    assert grid.badge(busy, grid.fontMetrics().horizontalAdvance("17 planned · capacity 15") - 1) == "17"
    assert grid.badge(calm, 500) == "3"
    grid.loads[TODAY] = busy
    assert grid.cell_tooltip(TODAY) == "17 planned · capacity 15"


def test_a_write_while_the_window_is_hidden_shows_when_it_comes_back(qtbot, book: LeadBook, tmp_path) -> None:
    """Closed to the tray with the Calendar page up, a write (from the reminders window, say)
    is on the calendar when the window opens again."""
    from leadbook.app import build_main_window

    window = build_main_window(book, backups=tmp_path / "backups")
    qtbot.addWidget(window)
    window.show()
    window.show_view("calendar")
    view = window.calendar_view
    assert view.day_list.count() == 0
    window.hide()
    _plan(book, _lead(book, "Anna Svensson"), view.selected, time(10, 0))
    window.show()
    wait_exposed(qtbot, window)
    assert view.day_list.count() == 1


# --- a calm calendar: past days ask, chips and cells say who, one date format -------------------


def _answer(qtbot, button_text: str, seen: list) -> None:
    """Answer the next modal question by clicking ``button_text``; note its text and default button."""

    tries = [0]

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            tries[0] += 1
            if tries[0] < 500:  # about five seconds; the test's waitUntil fails first
                QTimer.singleShot(10, click)
            return
        seen.append((box.text(), box.defaultButton().text()))
        next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(0, click)


def test_a_drop_on_a_past_day_asks_first_and_cancel_keeps_it(qtbot, book: LeadBook) -> None:
    anna = _lead(book, "Anna Svensson")
    followup = _plan(book, anna, TODAY + timedelta(days=2), time(14, 30))
    view = _view(qtbot, book)
    view.select_day(TODAY + timedelta(days=2))
    mime = view.day_list.mimeData([view.day_list.item(0)])
    past = TODAY - timedelta(days=3)
    asked: list = []
    _answer(qtbot, "Cancel", asked)
    _drop(view.month_grid, view.month_grid.cell_rect(past).center(), mime)
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert asked == [("Move to a past day? It will be overdue at once.", "Cancel")]  # Cancel is the default
    assert book.followup(followup).due == Due(TODAY + timedelta(days=2), time(14, 30))
    _answer(qtbot, "&Move", asked)
    with qtbot.waitSignal(view.undoable):
        _drop(view.month_grid, view.month_grid.cell_rect(past).center(), mime)
    assert len(asked) == 2
    assert book.followup(followup).due == Due(past, time(14, 30))
    assert view.selected == past
    # today and later move at once, without a question
    _drop(view.month_grid, view.month_grid.cell_rect(TODAY).center(), mime)
    assert book.followup(followup).due == Due(TODAY, time(14, 30)) and len(asked) == 2


def test_a_drop_on_a_time_today_that_has_passed_asks_too(qtbot, book: LeadBook) -> None:
    followup = _plan(book, _lead(book, "Anna"), TODAY + timedelta(days=1), time(14, 0))
    view = _view(qtbot, book)
    view.set_mode(CalendarView.WEEK)
    grid = view.week_grid
    asked: list = []
    _answer(qtbot, "Cancel", asked)
    grid.exec_drag = lambda drag: _drop(grid, grid.point_of(TODAY, time(8, 0)), drag.mimeData())  # now: 09:30
    grid.start_drag(followup)
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert asked == [("Move to a time that has passed? It will be overdue at once.", "Cancel")]
    assert book.followup(followup).due == Due(TODAY + timedelta(days=1), time(14, 0))
    grid.exec_drag = lambda drag: _drop(grid, grid.point_of(TODAY, time(11, 0)), drag.mimeData())
    grid.start_drag(followup)  # later today: at once
    assert book.followup(followup).due == Due(TODAY, time(11, 0)) and len(asked) == 1


def test_week_chips_show_time_and_name_when_they_fit_and_always_a_tooltip(qtbot, book: LeadBook) -> None:
    anna = sorted(book.add_leads([Lead(name="Anna Svensson", company="Åkerlund Trädgård AB")]).added)[0]
    followup = int(book.plan_followup(FollowUp(anna, Due(TODAY, time(10, 30)), Channel.CALL, Objective.MEETING)).id
                   or 0)  # fmt: skip
    view = _view(qtbot, book)
    view.set_mode(CalendarView.WEEK)
    grid = view.week_grid
    row = next(p.row for p in grid.placed if p.row.followup.id == followup)
    metrics = grid.fontMetrics()
    at = QLocale().toString(QTime(10, 30), QLocale.FormatType.ShortFormat)
    both = f"{at} Anna Svensson"
    assert grid.chip_text(row, metrics.horizontalAdvance(both)) == both
    assert grid.chip_text(row, metrics.horizontalAdvance(both) - 1) == "Anna Svensson"  # never "10:3…"
    assert grid.chip_text(row, metrics.horizontalAdvance("Anna Svensson") - 1).startswith("Anna")
    assert grid.chip_text(row, metrics.horizontalAdvance("AS")) == "AS"  # initials, never a bare "…"
    assert grid.chip_text(row, 2) == ""
    view.resize(2200, 860)  # a wide window has room for both
    assert grid.chip_text(row, grid.followup_rect(followup).width() - 10) == both
    tip = grid.chip_tooltip(row)
    for part in ("Anna Svensson", "Åkerlund Trädgård AB", at, "Call · Book a meeting"):
        assert part in tip
    center = grid.followup_rect(followup).center()
    QApplication.sendEvent(grid, QHelpEvent(QEvent.Type.ToolTip, center, grid.mapToGlobal(center)))
    assert "Anna Svensson" in QToolTip.text() and "Åkerlund Trädgård AB" in QToolTip.text()
    QToolTip.hideText()


def test_month_cells_list_the_first_follow_ups_by_time_and_name_then_more(qtbot, book: LeadBook) -> None:
    day = TODAY + timedelta(days=3)
    names = ["Bea", "Carl", "Dora", "Emil", "Fia", "Gus"]
    for n, name in enumerate(names):
        _plan(book, _lead(book, name), day, time(15 - n, 0) if n < 4 else None)
    view = _view(qtbot, book)
    grid = view.month_grid
    at = lambda hour: QLocale().toString(QTime(hour, 0), QLocale.FormatType.ShortFormat)  # noqa: E731
    lines, more = grid.cell_lines(day, 4)
    assert [label for _c, label in lines] == [f"{at(12)} Emil", f"{at(13)} Dora", f"{at(14)} Carl"]
    assert more == 3
    lines, more = grid.cell_lines(day, 10)
    assert [label for _c, label in lines][-2:] == ["Fia", "Gus"] and more == 0  # the untimed after the timed
    view.resize(1366, 700)
    grid.grab()  # paint: "+N more" takes its place
    assert day in grid.more_rects
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=grid.more_rects[day].center())
    assert view.mode == CalendarView.WEEK and view.selected == day  # the day, in the week


def test_the_week_title_writes_dates_as_the_columns_do(qtbot, book: LeadBook) -> None:
    view = _view(qtbot, book)
    view.set_mode(CalendarView.WEEK)
    days = view.visible_days()
    fmt = view.week_grid.day_format
    first, last = (QLocale().toString(QDate(d.year, d.month, d.day), fmt) for d in (days[0], days[-1]))
    assert view.title.text() == f"Week {days[3].isocalendar()[1]} · {first} – {last}"
    assert "/" not in view.title.text()
