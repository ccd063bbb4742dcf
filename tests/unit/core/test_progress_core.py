"""The Progress page's rules in plain Python: periods, the chart's bars, a lead let go in silence,
a first response within its target (store/progress.py's statements follow these; the book tests
hold them to each other on real books)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from leadbook.core.progress import (
    MOST_TOUCHES_SHOWN,
    STOP_AFTER_ONE,
    STOPPED_AFTER_DAYS,
    Period,
    Span,
    answered_within,
    is_stopped,
    share,
    touch_bucket,
)

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


def test_periods_end_today_and_include_it() -> None:
    today = date(2026, 11, 23)
    assert Period.DAYS_30.span(today) == Span(date(2026, 10, 25), today)
    assert len(Period.DAYS_365.span(today).days()) == 365
    assert Period.ALL.span(today) == Span(None, today)
    assert Span(None, today).days(date(2026, 11, 21)) == [date(2026, 11, 21), date(2026, 11, 22), today]


def test_five_touches_or_more_share_the_last_bar() -> None:
    assert [touch_bucket(n) for n in (0, 1, 4, 5, 9)] == [0, 1, 4, MOST_TOUCHES_SHOWN, MOST_TOUCHES_SHOWN]


def test_stopped_means_active_nothing_planned_and_quiet_for_long() -> None:
    long_ago = NOW - timedelta(days=STOPPED_AFTER_DAYS + 1)
    assert is_stopped(True, False, long_ago, NOW)
    assert not is_stopped(True, True, long_ago, NOW)  # something is planned
    assert not is_stopped(False, False, long_ago, NOW)  # won or no: a decision of its own
    assert not is_stopped(True, False, NOW - timedelta(days=STOPPED_AFTER_DAYS - 1), NOW)
    assert not is_stopped(True, False, None, NOW)  # never touched: "never followed up", not stopped


def test_a_first_response_within_its_target() -> None:
    created = NOW - timedelta(hours=5)
    assert answered_within(created, created + timedelta(minutes=59), 1, NOW) is True
    assert answered_within(created, created + timedelta(hours=2), 1, NOW) is False
    assert answered_within(created, None, 1, NOW) is False  # the hour is past with no touch
    assert answered_within(created, None, 24, NOW) is None  # still within its day: not counted yet


def test_shares_and_the_research() -> None:
    assert share(1, 4) == 0.25 and share(0, 0) is None
    assert STOP_AFTER_ONE.value == 0.44 and STOP_AFTER_ONE.seed == "000"
