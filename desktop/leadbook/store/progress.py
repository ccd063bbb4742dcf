"""The Progress page's aggregates: one query per figure, each for a period given as UTC instants
(``since`` included, ``until`` excluded; ``since`` None: from the book's beginning).

The figures are counted in SQL and come back as a handful of rows, whatever the book's size;
the leads behind a number are read only when the seller asks for them (``*_leads``). Every query
reaches ``followups`` and ``leads`` through an index (migration 0010 and older ones), so a period
costs what happened in it: ``tests/unit/store/test_progress_store.py`` reads the plans. What the
rows mean is decided by ``core.progress``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from .schema import ACTIVE_STAGES_SQL

if TYPE_CHECKING:  # sqlite-utils loads when a write first needs it (store.database.LazyDatabase)
    import sqlite_utils

EARLIEST = "0000"  # sorts before every stored instant: a period without a start

# Each lead decided in the period, once, with its latest decision: a stage event into won, no or
# nurture, or (when it has none) let go in silence: an active stage, nothing planned, its last
# touch in the period and before :quiet_since. With the touches up to the decision (kept on the
# stage event since migration 0010, counted here for the silent ones), and for a win whether a
# "no" of the lead had been reopened before it.
_DECIDED = f"""
    WITH staged AS (
        SELECT lead_id, text AS decision, max(at) AS at, touches FROM lead_events INDEXED BY lead_events_decisions
        WHERE kind = 'stage' AND text IN ('won', 'no', 'nurture') AND at >= :since AND at < :until
        GROUP BY lead_id
    ), quiet AS (
        SELECT l.id AS lead_id, 'stopped' AS decision, l.last_touch_at AS at, NULL AS touches
        FROM leads l INDEXED BY leads_without_next_step
        WHERE l.next_step_at IS NULL AND l.stage IN {ACTIVE_STAGES_SQL} AND l.stage <> 'nurture'
          AND l.last_touch_at >= :since AND l.last_touch_at < :until AND l.last_touch_at < :quiet_since
          AND NOT EXISTS (SELECT 1 FROM lead_events e INDEXED BY lead_events_by_lead
                          WHERE e.lead_id = l.id AND e.at >= :since AND e.at < :until AND e.kind = 'stage'
                            AND e.text IN ('won', 'no', 'nurture'))
    ), decided AS (
        SELECT u.lead_id, u.decision,
               coalesce(u.touches, (SELECT count(*) FROM followups f INDEXED BY followups_touches
                                    WHERE f.lead_id = u.lead_id AND f.state = 'done' AND f.done_at <= u.at)) AS touches,
               u.decision = 'won' AND EXISTS (
                   SELECT 1 FROM revisits r INDEXED BY revisits_by_lead
                   WHERE r.lead_id = u.lead_id AND r.state IN ('reopened', 'new_contact') AND r.closed_at <= u.at
               ) AS revisited
        FROM (SELECT * FROM staged UNION ALL SELECT * FROM quiet) AS u
    )
"""
DECISIONS_SQL = (
    _DECIDED + "SELECT decision, min(touches, :most), count(*), sum(touches), sum(revisited) FROM decided GROUP BY 1, 2"
)


@dataclass(frozen=True)
class DecisionCount:
    decision: str  # won, no, nurture, stopped (core.progress.Decision)
    bucket: int  # touches up to the decision, the last bucket "that many or more"
    leads: int
    touches: int  # the touches of those leads, all told
    revisited: int  # of the wins, those after a reopened "no"


def decision_counts(
    db: sqlite_utils.Database, since: str | None, until: str, quiet_since: str, most: int
) -> list[DecisionCount]:
    params = {"since": since or EARLIEST, "until": until, "quiet_since": quiet_since, "most": most}
    return [DecisionCount(r[0], int(r[1]), int(r[2]), int(r[3] or 0), int(r[4] or 0))
            for r in db.conn.execute(DECISIONS_SQL, params)]  # fmt: skip


def decided_leads(
    db: sqlite_utils.Database, since: str | None, until: str, quiet_since: str
) -> list[tuple[int, str, int, bool]]:
    """The leads behind ``decision_counts``: (id, decision, touches, a win after a reopened no)."""
    params = {"since": since or EARLIEST, "until": until, "quiet_since": quiet_since}
    sql = _DECIDED + "SELECT lead_id, decision, touches, revisited FROM decided"
    return [(int(r[0]), r[1], int(r[2]), bool(r[3])) for r in db.conn.execute(sql, params)]


# The leads created in the period with how soon each was first touched, against its source's target
# (:targets, hours by source as JSON; a source without one is left out of "within" and "missed"):
# a lead not touched yet counts as missed once its target is past, and not at all before. The time
# to the first touch is kept as the page shows it: to the minute under an hour, to the hour under
# two days, to the day beyond (``bucket``, in hours), so the medians come from the same few rows.
_CREATED = """
    WITH targets AS MATERIALIZED (SELECT key AS source, value AS hours FROM json_each(:targets)),
    judged AS MATERIALIZED (
        SELECT l.id AS lead_id, l.source, l.first_touch_hours IS NULL AS untouched,
               CASE WHEN l.first_touch_hours IS NULL THEN NULL
                    WHEN l.first_touch_hours < 1 THEN round(max(l.first_touch_hours, 0) * 60) / 60.0
                    WHEN l.first_touch_hours < 48 THEN round(l.first_touch_hours)
                    ELSE round(l.first_touch_hours / 24) * 24 END AS bucket,
               CASE WHEN t.hours IS NULL THEN NULL WHEN l.first_touch_hours IS NOT NULL THEN l.first_touch_hours <= t.hours
                    WHEN l.created_at < strftime('%Y-%m-%dT%H:%M:%SZ', :now, '-' || t.hours || ' hours') THEN 0
                    END AS within,
               CASE WHEN l.source <> 'web' THEN NULL WHEN l.first_touch_hours IS NOT NULL THEN l.first_touch_hours <= 1
                    WHEN l.created_at < :hour_ago THEN 0 END AS within_hour
        FROM leads l INDEXED BY leads_created_first LEFT JOIN targets t ON t.source = l.source
        WHERE l.created_at >= :since AND l.created_at < :until
    )
"""
CREATED_SQL = (
    _CREATED
    + """SELECT source, bucket, count(*), sum(untouched), sum(within = 1), sum(within = 0), sum(within_hour = 1),
                sum(within_hour = 0)
         FROM judged GROUP BY source, bucket"""
)


@dataclass(frozen=True)
class CreatedCount:
    """The leads of one source created in the period whose first touch came after ``bucket``
    hours (None: not yet)."""

    source: str
    bucket: float | None
    leads: int
    untouched: int
    within: int
    missed: int
    within_hour: int  # web only
    later_than_hour: int  # web only


def _created_params(since: str | None, until: str, now: str, targets: Mapping[str, float | None]) -> dict[str, str]:
    known = {source: hours for source, hours in targets.items() if hours is not None}
    hour_ago = (datetime.fromisoformat(now.replace("Z", "+00:00")) - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    return {"since": since or EARLIEST, "until": until, "now": now, "hour_ago": hour_ago, "targets": json.dumps(known)}


def created_counts(
    db: sqlite_utils.Database, since: str | None, until: str, now: str, targets: Mapping[str, float | None]
) -> list[CreatedCount]:
    """Per source and time to the first touch: leads created in the period, never touched, first
    touched within the target or not, and (web) within the hour or not."""
    params = _created_params(since, until, now, targets)
    return [CreatedCount(r[0], r[1], *(int(v or 0) for v in r[2:])) for r in db.conn.execute(CREATED_SQL, params)]


def created_leads(
    db: sqlite_utils.Database, since: str | None, until: str, now: str, targets: Mapping[str, float | None]
) -> list[tuple[int, str, bool, bool | None, bool | None]]:
    """The leads behind ``created_counts``: (id, source, untouched, within target, within the hour)."""
    params = _created_params(since, until, now, targets)
    sql = _CREATED + "SELECT lead_id, source, untouched, within, within_hour FROM judged"
    return [(int(r[0]), r[1], bool(r[2]), None if r[3] is None else bool(r[3]), None if r[4] is None else bool(r[4]))
            for r in db.conn.execute(sql, params)]  # fmt: skip


_REVISITED = """
    SELECT r.lead_id, r.state IN ('reopened', 'new_contact') AS reopened
    FROM revisits r INDEXED BY revisits_closed
    WHERE r.closed_at IS NOT NULL AND r.closed_at >= :since AND r.closed_at < :until
      AND r.state IN ('reopened', 'requeued', 'new_contact')
"""
REVISITS_SQL = (
    f"SELECT count(DISTINCT lead_id), count(DISTINCT CASE WHEN reopened THEN lead_id END) FROM ({_REVISITED})"
)


def revisit_counts(db: sqlite_utils.Database, since: str | None, until: str) -> tuple[int, int]:
    """No's called back in the period (reopened, queued again, a new contact person), and of those
    the leads back in the pipeline: (leads, reopened leads)."""
    row = db.conn.execute(REVISITS_SQL, {"since": since or EARLIEST, "until": until}).fetchone()
    return int(row[0]), int(row[1])


def revisited_leads(db: sqlite_utils.Database, since: str | None, until: str) -> list[tuple[int, bool]]:
    return [(int(r[0]), bool(r[1])) for r in db.conn.execute(_REVISITED, {"since": since or EARLIEST, "until": until})]


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
    slipped: still planned, or logged or cancelled only after the day ended). Two to four index
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
    "created": CREATED_SQL,
    "revisits": REVISITS_SQL,
    "slipped": SLIPPED_SQL,
}
