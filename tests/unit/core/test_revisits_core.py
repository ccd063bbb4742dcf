"""Seed 003's revisit rules and seed 004's nurture touch, as plain functions of dates."""

from __future__ import annotations

from datetime import date

import pytest

from leadbook.core.revisits import (
    DEFAULT_QUESTIONS,
    NEXT_QUARTER,
    NoReason,
    delays,
    is_due,
    next_nurture_touch,
    questions,
    revisit_date,
    start_of_next_quarter,
)
from leadbook.core.rules import Settings

MONDAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("reason", "expected"),
    [
        (NoReason.TIMING, date(2027, 2, 22)),  # 90 days: a Sunday, so Monday
        (NoReason.SUPPLIER, date(2027, 5, 24)),  # 180 days: a Saturday, so Monday
        (NoReason.BUDGET, date(2027, 1, 1)),  # the next quarter starts on a Friday
        (NoReason.DECISION_MAKER, date(2026, 12, 23)),
        (NoReason.NOT_INTERESTED, date(2027, 5, 24)),
        (NoReason.UNRESPONSIVE, date(2027, 2, 22)),
        (NoReason.OTHER, date(2027, 2, 22)),
    ],
)
def test_each_reason_has_its_default_delay(reason: NoReason, expected: date) -> None:
    assert revisit_date(reason, MONDAY) == expected
    assert revisit_date(reason, MONDAY).weekday() < 5


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 1, 1), date(2026, 4, 1)),
        (date(2026, 3, 31), date(2026, 4, 1)),
        (date(2026, 4, 1), date(2026, 7, 1)),
        (date(2026, 8, 15), date(2026, 10, 1)),
        (date(2026, 10, 1), date(2027, 1, 1)),
        (date(2026, 12, 31), date(2027, 1, 1)),
    ],
)
def test_start_of_the_next_quarter(day: date, expected: date) -> None:
    assert start_of_next_quarter(day) == expected


def test_budget_on_a_weekend_quarter_start_moves_to_monday() -> None:
    assert revisit_date(NoReason.BUDGET, date(2026, 5, 10)) == date(2026, 7, 1)  # a Wednesday
    assert revisit_date(NoReason.BUDGET, date(2027, 7, 10)) == date(2027, 10, 1)  # a Friday
    assert revisit_date(NoReason.BUDGET, date(2026, 2, 2)) == date(2026, 4, 1)
    assert revisit_date(NoReason.BUDGET, date(2027, 10, 5)) == date(2028, 1, 3)  # 1 Jan 2028 is a Saturday


def test_settings_override_delays_and_bad_values_are_ignored() -> None:
    overrides = {"timing": 14, "decision_maker": NEXT_QUARTER, "supplier": -7, "nonsense": 3}
    merged = delays(overrides)
    assert merged["timing"] == 14 and merged["decision_maker"] == NEXT_QUARTER and merged["supplier"] == 180
    assert "nonsense" not in merged
    assert revisit_date(NoReason.TIMING, MONDAY, overrides) == date(2026, 12, 7)
    assert revisit_date(NoReason.DECISION_MAKER, MONDAY, overrides) == date(2027, 1, 1)


def test_settings_round_trip_keeps_revisit_fields() -> None:
    settings = Settings(no_delays={"timing": 60}, revisit_questions=["Who decides now?"], nurture_days=120)
    again = Settings.from_json(settings.to_json())
    assert again.no_delays == {"timing": 60} and again.revisit_questions == ["Who decides now?"]
    assert again.nurture_days == 120
    assert Settings.from_json("{}").nurture_days == 90


def test_requeue_from_a_later_day_counts_from_that_day() -> None:
    first = revisit_date(NoReason.TIMING, MONDAY)
    assert revisit_date(NoReason.TIMING, first) == date(2027, 5, 24)  # 90 days after 22 Feb is a Sunday


def test_questions_default_to_seed_003() -> None:
    assert questions([]) == list(DEFAULT_QUESTIONS)
    assert questions(["  ", "Who decides?"]) == ["Who decides?"]
    assert "responsible" in DEFAULT_QUESTIONS[0]


def test_due_and_never() -> None:
    assert is_due(MONDAY, MONDAY) and is_due(date(2026, 1, 1), MONDAY)
    assert not is_due(date(2026, 11, 24), MONDAY) and not is_due(None, MONDAY)


def test_next_nurture_touch() -> None:
    assert next_nurture_touch(date(2026, 10, 1), date(2026, 1, 1), MONDAY, 90) == date(2026, 12, 30)
    assert next_nurture_touch(None, date(2026, 11, 20), MONDAY, 90) == date(2027, 2, 18)
    assert next_nurture_touch(date(2026, 1, 1), date(2026, 1, 1), MONDAY, 90) == MONDAY  # overdue: today
