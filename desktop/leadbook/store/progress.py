"""The Progress page's aggregates: one query per figure, each for a period given as UTC instants
(``since`` included, ``until`` excluded; ``since`` None: from the book's beginning).

Every query reaches ``followups`` through an index (migration 0010 and the older ones), so a
period costs what happened in it, not the whole book: ``tests/unit/store/test_progress_store.py``
reads the plans. What the rows mean is decided by ``core.progress``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

import sqlite_utils

from .schema import ACTIVE_STAGES_SQL

EARLIEST = "0000"  # sorts before every stored instant: a period without a start


@dataclass(frozen=True)
class DecisionRow:
    lead_id: int
    decision: str  # won, no, nurture (core.progress.Decision); stopped leads come from stopped_leads
    at: str
    touches: int  # touches up to and including the decision
    revisited: bool  # a "no" of this lead was revisited and reopened before the decision


@dataclass(frozen=True)
class CreatedRow:
    lead_id: int
    source: str
    created_at: str
    first_touch_at: str | None


@dataclass(frozen=True)
class RevisitRow:
    lead_id: int
    state: str  # reopened, requeued, new_contact
    closed_at: str
    won_since: bool


DECISIONS_SQL = """
    SELECT d.lead_id, d.text, d.at,
           (SELECT count(*) FROM followups f INDEXED BY followups_touches
             WHERE f.lead_id = d.lead_id AND f.state = 'done' AND f.done_at <= d.at),
           EXISTS (SELECT 1 FROM revisits r INDEXED BY revisits_by_lead
                    WHERE r.lead_id = d.lead_id AND r.state IN ('reopened', 'new_contact') AND r.closed_at <= d.at)
    FROM (SELECT lead_id, text, max(at) AS at FROM lead_events INDEXED BY lead_events_decisions
          WHERE kind = 'stage' AND text IN ('won', 'no', 'nurture') AND at >= :since AND at < :until
          GROUP BY lead_id) AS d
"""


def decisions(db: sqlite_utils.Database, since: str | None, until: str) -> list[DecisionRow]:
    """Each lead's latest decision in the period (won, no, nurture), with its touches until then."""
    return [
        DecisionRow(int(r[0]), r[1], r[2], int(r[3]), bool(r[4]))
        for r in db.conn.execute(DECISIONS_SQL, {"since": since or EARLIEST, "until": until})
    ]


STOPPED_SQL = f"""
    SELECT l.id, l.last_touch_at,
           (SELECT count(*) FROM followups f INDEXED BY followups_touches
             WHERE f.lead_id = l.id AND f.state = 'done')
    FROM leads l INDEXED BY leads_without_next_step
    WHERE l.next_step_at IS NULL AND l.stage IN {ACTIVE_STAGES_SQL} AND l.stage <> 'nurture'
      AND l.last_touch_at >= :since AND l.last_touch_at < :until AND l.last_touch_at < :quiet_since
"""


def stopped_leads(
    db: sqlite_utils.Database, since: str | None, until: str, quiet_since: str
) -> list[tuple[int, str, int]]:
    """Active leads with nothing planned whose last touch lies in the period and before
    ``quiet_since``: (id, last touch, touches)."""
    params = {"since": since or EARLIEST, "until": until, "quiet_since": quiet_since}
    return [(int(r[0]), r[1], int(r[2])) for r in db.conn.execute(STOPPED_SQL, params)]


CREATED_SQL = """
    SELECT l.id, l.source, l.created_at,
           (SELECT min(f.done_at) FROM followups f INDEXED BY followups_touches
             WHERE f.lead_id = l.id AND f.state = 'done')
    FROM leads l INDEXED BY leads_by_created
    WHERE l.created_at >= :since AND l.created_at < :until
"""


def created_leads(db: sqlite_utils.Database, since: str | None, until: str) -> list[CreatedRow]:
    """Leads created in the period, each with its first touch (None: never touched)."""
    return [
        CreatedRow(int(r[0]), r[1], r[2], r[3])
        for r in db.conn.execute(CREATED_SQL, {"since": since or EARLIEST, "until": until})
    ]


REVISITS_SQL = """
    SELECT r.lead_id, r.state, r.closed_at,
           EXISTS (SELECT 1 FROM lead_events e INDEXED BY lead_events_by_lead
                    WHERE e.lead_id = r.lead_id AND e.at >= r.closed_at AND e.kind = 'stage' AND e.text = 'won')
    FROM revisits r INDEXED BY revisits_closed
    WHERE r.closed_at IS NOT NULL AND r.closed_at >= :since AND r.closed_at < :until
      AND r.state IN ('reopened', 'requeued', 'new_contact')
"""


def revisits_closed(db: sqlite_utils.Database, since: str | None, until: str) -> list[RevisitRow]:
    """No's called back in the period: reopened, queued again, or a new contact person."""
    return [
        RevisitRow(int(r[0]), r[1], r[2], bool(r[3]))
        for r in db.conn.execute(REVISITS_SQL, {"since": since or EARLIEST, "until": until})
    ]


SLIPPED_SQL = """
    SELECT d.day,
           EXISTS (SELECT 1 FROM followups f INDEXED BY followups_by_day WHERE f.due_date = d.day),
           (EXISTS (SELECT 1 FROM followups f INDEXED BY followups_planned_by_day
                     WHERE f.due_date = d.day AND f.state = 'planned')
            OR (SELECT max(f.done_at) FROM followups f INDEXED BY followups_done_by_day
                 WHERE f.due_date = d.day AND f.state = 'done') >= d.ends
            OR (SELECT max(f.updated_at) FROM followups f INDEXED BY followups_cancelled_by_day
                 WHERE f.due_date = d.day AND f.state = 'cancelled') >= d.ends)
    FROM (SELECT json_extract(value, '$[0]') AS day, json_extract(value, '$[1]') AS ends
          FROM json_each(:days)) AS d
"""


def day_states(db: sqlite_utils.Database, days: Sequence[tuple[str, str]]) -> list[tuple[str, bool, bool]]:
    """For each (local day, UTC instant its end) that is over: (day, anything was due, something
    slipped: still planned, or logged or cancelled only after the day ended). Two or three index
    seeks a day."""
    return [
        (r[0], bool(r[1]), bool(r[2]))
        for r in db.conn.execute(SLIPPED_SQL, {"days": json.dumps([list(d) for d in days])})
    ]


def slipped_on(db: sqlite_utils.Database, day: str, ends: str) -> list[int]:
    """The leads with a follow-up due on ``day`` that slipped (still planned, or logged or
    cancelled at ``ends`` or later)."""
    return [
        int(r[0])
        for r in db.conn.execute(
            """SELECT DISTINCT lead_id FROM followups INDEXED BY followups_by_day
               WHERE due_date = :day AND (state = 'planned' OR (state = 'done' AND done_at >= :ends)
                     OR (state = 'cancelled' AND updated_at >= :ends))""",
            {"day": day, "ends": ends},
        )
    ]


def first_due_day(db: sqlite_utils.Database) -> str | None:
    """The earliest day any follow-up was due (where "all" begins for the slipped days)."""
    row = db.conn.execute("SELECT min(due_date) FROM followups INDEXED BY followups_by_day").fetchone()
    return row[0] if row and row[0] else None


def without_next_step_ids(db: sqlite_utils.Database) -> list[int]:
    """Active leads with nothing planned now (the leads Today's warning counts)."""
    return [
        int(r[0])
        for r in db.conn.execute(
            f"SELECT id FROM leads INDEXED BY leads_without_next_step "
            f"WHERE next_step_at IS NULL AND stage IN {ACTIVE_STAGES_SQL}"
        )
    ]


#: The statements the Progress page runs, by figure, for the plan test and the benchmark.
STATEMENTS = {
    "decisions": DECISIONS_SQL,
    "stopped": STOPPED_SQL,
    "created": CREATED_SQL,
    "revisits": REVISITS_SQL,
    "slipped": SLIPPED_SQL,
}
