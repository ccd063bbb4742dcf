"""Calendar rules: the month grid for a locale's first weekday, day loads, and even-out."""

from __future__ import annotations

from datetime import date, time, timedelta

from leadbook.core.calendar import (
    DayLoad,
    Movable,
    day_loads,
    least_urgent_first,
    month_grid,
    propose_even_out,
    week_start,
)
from leadbook.core.model import Channel, Stage
from leadbook.core.rules import Settings, is_working_day


def test_grid_starts_on_the_locales_first_weekday_and_covers_the_month() -> None:
    monday_grid = month_grid(2026, 11, 0)  # November 2026 starts on a Sunday
    assert monday_grid[0][0] == date(2026, 10, 26)
    assert all(len(week) == 7 for week in monday_grid) and len(monday_grid) == 6
    sunday_grid = month_grid(2026, 11, 6)
    assert sunday_grid[0][0] == date(2026, 11, 1)
    for grid, first in ((monday_grid, 0), (sunday_grid, 6)):
        days = [d for week in grid for d in week]
        assert all(d.weekday() == first for d in (week[0] for week in grid))
        assert date(2026, 11, 1) in days and date(2026, 11, 30) in days
        assert days == [days[0] + timedelta(days=i) for i in range(42)]


def test_week_start() -> None:
    assert week_start(date(2026, 11, 23), 0) == date(2026, 11, 23)
    assert week_start(date(2026, 11, 22), 0) == date(2026, 11, 16)
    assert week_start(date(2026, 11, 23), 6) == date(2026, 11, 22)


def test_day_loads_mark_overdue_and_over_capacity() -> None:
    today = date(2026, 11, 23)
    counts = {date(2026, 11, 20): {Channel.CALL: 2}, today: {Channel.CALL: 10, Channel.EMAIL: 6}}
    loads = day_loads(counts, date(2026, 11, 19), date(2026, 11, 25), today, 15)
    assert len(loads) == 7
    assert loads[date(2026, 11, 20)].overdue and not loads[date(2026, 11, 19)].overdue
    assert loads[today].total == 16 and loads[today].over_capacity and not loads[today].overdue
    assert loads[date(2026, 11, 25)] == DayLoad(date(2026, 11, 25), {})
    assert loads[today].revisits_due == 0


def test_capacity_setting_defaults_to_15_and_round_trips() -> None:
    assert Settings().day_capacity == 15
    assert Settings.from_json(Settings(day_capacity=9).to_json()).day_capacity == 9


def _item(
    n: int,
    *,
    at: time | None = None,
    stage: Stage = Stage.CONTACTED,
    created: str = "2026-01-01T00:00:00Z",
    first: bool = False,
) -> Movable:
    return Movable(n, 100 + n, at, stage, created, first)


def test_least_urgent_order_untimed_then_lowest_stage_then_latest_created() -> None:
    items = [
        _item(1, at=time(10, 0), stage=Stage.NEW),
        _item(2, stage=Stage.NEGOTIATION),
        _item(3, stage=Stage.NEW, created="2026-01-01T00:00:00Z"),
        _item(4, stage=Stage.NEW, created="2026-03-01T00:00:00Z"),
        _item(5, stage=Stage.NEW, first=True),
    ]
    assert [i.followup_id for i in least_urgent_first(items)] == [4, 3, 2, 1]


def test_even_out_moves_the_excess_to_following_working_days_with_room() -> None:
    friday = date(2026, 11, 27)
    items = [_item(n, created=f"2026-01-{n:02d}T00:00:00Z") for n in range(1, 21)]  # 20 on a capacity of 15
    loads = {friday: 20, date(2026, 11, 30): 14, date(2026, 12, 1): 15, date(2026, 12, 2): 3}
    moves = propose_even_out(friday, items, loads, 15)
    assert len(moves) == 5
    assert [m.followup_id for m in moves] == [20, 19, 18, 17, 16]  # the latest created go first
    assert [m.to_day for m in moves] == [date(2026, 11, 30)] + [date(2026, 12, 2)] * 4
    for move in moves:
        assert is_working_day(move.to_day) and move.from_day == friday


def test_even_out_never_lands_on_a_weekend_or_a_full_day() -> None:
    day = date(2026, 11, 23)
    items = [_item(n) for n in range(1, 41)]
    loads = {day: 40}
    for offset in range(1, 43):
        d = day + timedelta(days=offset)
        loads[d] = 15 if offset % 3 else 13  # most days full, some with a little room
    moves = propose_even_out(day, items, loads, 15)
    landed: dict[date, int] = {}
    for move in moves:
        assert is_working_day(move.to_day)
        landed[move.to_day] = landed.get(move.to_day, 0) + 1
    for target, count in landed.items():
        assert loads[target] + count <= 15
    assert len(moves) < 25  # the horizon ran out of room: fewer moves, never an overfull day


def test_even_out_proposes_nothing_when_the_day_fits() -> None:
    day = date(2026, 11, 23)
    assert propose_even_out(day, [_item(n) for n in range(15)], {day: 15}, 15) == []
    assert propose_even_out(day, [_item(n) for n in range(20)], {day: 20}, 0) == []


def test_even_out_keeps_times() -> None:
    day = date(2026, 11, 23)
    items = [_item(n, at=time(9, n)) for n in range(1, 4)]
    moves = propose_even_out(day, items, {day: 3}, 2)
    assert len(moves) == 1 and moves[0].at == time(9, 3) and moves[0].to_day == date(2026, 11, 24)
