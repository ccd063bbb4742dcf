"""The Progress page's aggregates reach the book's tables only through indexes: a period costs
what happened in it, never a walk of every follow-up (issue 21's speed rule, read from the plans)."""

from __future__ import annotations

import json
import re

import pytest

from leadbook.book import LeadBook
from leadbook.core.clock import FakeClock
from leadbook.store import progress as progress_store
from tests._book_sql import connection

PARAMS = {
    "since": "2026-01-01T00:00:00Z",
    "until": "2026-12-01T00:00:00Z",
    "quiet_since": "2026-10-01T00:00:00Z",
    "most": 5,
    "now": "2026-11-23T08:30:00Z",
    "hour_ago": "2026-11-23T07:30:00Z",
    "targets": json.dumps({"web": 1, "email": 24}),
    "bars": json.dumps([[d, n] for d in ("won", "no", "nurture") for n in range(6)]),
    "sources": json.dumps(
        [["web", 1, "2026-11-23T07:30:00Z"], ["email", 24, "2026-11-22T08:30:00Z"], ["ad", None, None]]
    ),
    "source": "web",
    "take": 2,
    "skip": 10,
    "days": json.dumps([["2026-11-20", "2026-11-20T23:00:00Z"], ["2026-11-21", "2026-11-21T23:00:00Z"]]),
}
# The tables and the aliases the statements give them; "d" (a subquery's rows) and json_each are not tables.
TABLES = {"f", "l", "r", "e", "followups", "leads", "lead_events", "revisits"}  # "u", "staged", …: a query's own rows


def _plan(book: LeadBook, sql: str) -> list[str]:
    params = {name: value for name, value in PARAMS.items() if f":{name}" in sql}
    return [row[3] for row in connection(book).execute("EXPLAIN QUERY PLAN " + sql, params)]


def _walks(plan: list[str]) -> list[str]:
    """The plan's lines that read a whole table or index ("SCAN f", "SCAN f USING COVERING INDEX …")."""
    return [line for line in plan if (m := re.match(r"SCAN (\w+)", line)) and m.group(1) in TABLES]


@pytest.mark.parametrize("figure", sorted(progress_store.STATEMENTS))
def test_no_figure_walks_a_table(book: LeadBook, figure: str) -> None:
    plan = _plan(book, progress_store.STATEMENTS[figure])
    assert _walks(plan) == [], plan
    searched = {m.group(1) for line in plan if (m := re.match(r"SEARCH (\w+) USING", line))}
    assert searched & TABLES, plan  # the plan was read at all


def test_the_followups_are_reached_by_the_new_indexes(book: LeadBook) -> None:
    plans = "\n".join(line for sql in progress_store.STATEMENTS.values() for line in _plan(book, sql))
    for index in ("followups_touches", "followups_done_by_day", "followups_cancelled_by_day",
                  "lead_events_decisions", "revisits_closed", "leads_let_go", "leads_source_created",
                  "leads_source_first_touch"):  # fmt: skip
        assert f"INDEX {index}" in plans


def test_a_walk_would_be_caught(book: LeadBook) -> None:
    """The test above can fail: a period over a column without an index shows as a SCAN."""
    assert _walks(_plan(book, "SELECT count(*) FROM followups f WHERE f.updated_at >= :since"))
    assert _walks(_plan(book, "SELECT count(*) FROM followups f INDEXED BY followups_by_day WHERE f.state = 'done'"))


def test_the_first_touch_kept_on_the_lead_matches_the_migrations_fill(book: LeadBook, clock: FakeClock) -> None:
    """``refresh_summaries`` keeps ``first_touch_at``/``first_touch_hours`` as migration 0010 fills them
    in an older book: the same values from either way."""
    from leadbook.core.followups import Outcome
    from leadbook.core.model import Lead, Source
    from tests._book_sql import execute, rows

    lead_id = book.add_lead(Lead(name="Anna", source=Source.WEB, phones=("+46 70 1",))).id
    untouched = book.add_lead(Lead(name="Bo", source=Source.EMAIL)).id
    clock.advance(minutes=90)
    planned = book.next_followup(lead_id)
    assert planned is not None and planned.id is not None
    book.complete_followup(planned.id, Outcome.REACHED)
    kept = rows(book, "SELECT id, first_touch_at, round(first_touch_hours, 6) FROM leads ORDER BY id")
    assert kept[0][1] is not None and kept[0][2] == 1.5 and kept[1][1:] == (None, None)
    execute(book, "UPDATE leads SET first_touch_at = NULL, first_touch_hours = NULL")
    for statement in (
        "UPDATE leads SET first_touch_at = (SELECT min(done_at) FROM followups f "
        "WHERE f.lead_id = leads.id AND f.state = 'done')",
        "UPDATE leads SET first_touch_hours = (julianday(first_touch_at) - julianday(created_at)) * 24 "
        "WHERE first_touch_at IS NOT NULL",
    ):
        assert statement.split(" = (")[0] in _migration_text()
        execute(book, statement)
    assert rows(book, "SELECT id, first_touch_at, round(first_touch_hours, 6) FROM leads ORDER BY id") == kept
    assert untouched == kept[1][0]


def _migration_text() -> str:
    import inspect

    from leadbook.store import schema

    return " ".join(inspect.getsource(schema._progress).split())


def test_a_decision_keeps_the_touches_before_it_as_the_migration_counts_them(book: LeadBook, clock: FakeClock) -> None:
    """The trigger counts a stage decision's touches when it is written; migration 0010 counts the
    same for an older book's events; a touch logged later (post-sale) does not change it; undo puts
    the count back as it was."""
    from leadbook.core.followups import Outcome
    from leadbook.core.model import Lead, Source, Stage
    from tests._book_sql import execute, rows

    lead_id = book.add_lead(Lead(name="Anna", source=Source.WEB, phones=("+46 70 1",))).id
    assert lead_id is not None
    for outcome in (Outcome.NO_ANSWER, Outcome.WON, Outcome.REACHED):  # the last one after the sale
        clock.advance(hours=1)
        planned = book.next_followup(lead_id)
        if planned is None:
            from leadbook.core.followups import Due, FollowUp, Objective
            from leadbook.core.model import Channel

            planned = book.plan_followup(FollowUp(lead_id, Due(book.local_today()), Channel.CALL, Objective.REPLY))
        assert planned.id is not None
        book.complete_followup(planned.id, outcome)
    clock.advance(hours=1)
    book.set_stage(lead_id, Stage.NURTURE)
    decisions = "SELECT text, touches FROM lead_events WHERE kind = 'stage' AND text IN ('won', 'nurture') ORDER BY id"
    assert rows(book, decisions) == [("won", 2), ("nurture", 3)]
    book.undo()
    assert rows(book, decisions) == [("won", 2)]
    execute(book, "UPDATE lead_events SET touches = NULL")
    statement = ("UPDATE lead_events SET touches = (SELECT count(*) FROM followups f WHERE f.lead_id = "
                 "lead_events.lead_id AND f.state = 'done' AND f.done_at <= lead_events.at) "
                 "WHERE kind = 'stage' AND text IN ('won', 'no', 'nurture')")  # fmt: skip
    assert " ".join(statement.split()) in _migration_text()
    execute(book, statement)
    assert rows(book, decisions) == [("won", 2)]  # the touch after the sale is not counted for it


def test_the_decision_columns_kept_by_triggers_match_a_count_from_scratch(book: LeadBook, clock: FakeClock) -> None:
    """Migration 0013's triggers keep each decision's next decision and a win's "after a revisit"
    through stage changes, undo, and a "no" reopened and won: the same values as the migration's
    fill computes from scratch, and a lead decided more than once counts once, with its latest."""
    from datetime import date

    from leadbook.core.model import Lead, Stage
    from leadbook.core.progress import Period
    from leadbook.core.revisits import NoReason
    from leadbook.store.schema import _after_revisit_sql, _next_decision_sql
    from tests._book_sql import execute, rows

    twice = book.add_lead(Lead(name="Twice")).id
    back = book.add_lead(Lead(name="Came Back")).id
    assert twice is not None and back is not None
    for stage in (Stage.NURTURE, Stage.NO, Stage.WON):
        clock.advance(hours=1)
        book.set_stage(twice, stage)
    book.undo()  # the win: the "no" is the latest decision again
    clock.advance(hours=1)
    book.say_no(back, NoReason.TIMING, revisit_on=date(2027, 1, 1))
    clock.advance(hours=1)
    book.reopen(back)
    clock.advance(hours=1)
    book.set_stage(back, Stage.WON)
    kept = ("SELECT lead_id, text, next_decision_at IS NULL, after_revisit FROM lead_events "
            "WHERE kind = 'stage' AND text IN ('won', 'no', 'nurture') ORDER BY id")  # fmt: skip
    before = rows(book, kept)
    assert before == [(twice, "nurture", 0, None), (twice, "no", 1, None), (back, "no", 0, None), (back, "won", 1, 1)]
    execute(book, "UPDATE lead_events SET next_decision_at = NULL, after_revisit = NULL")
    execute(book, _next_decision_sql("lead_events.lead_id"))
    execute(book, _after_revisit_sql("lead_events.lead_id"))
    assert rows(book, kept) == before
    decisions = book.persistence(Period.DAYS_30).decisions
    assert (decisions["won"], decisions["no"], decisions["nurture"]) == (1, 1, 0)
    assert book.revisit_results(Period.DAYS_30).won == 1
