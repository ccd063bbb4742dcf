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
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from ..core.frozen import FrozenRecord
from .schema import ACTIVE_STAGES_SQL

if TYPE_CHECKING:  # sqlite-utils loads when a write first needs it (store.database.LazyDatabase)
    import sqlite_utils

EARLIEST = "0000"  # sorts before every stored instant: a period without a start

# A lead decided more than once in the period counts once, with its latest decision: the stage
# event in the period whose next decision (``next_decision_at``, kept by migration 0013's triggers)
# came at the period's end or later, or not yet. No grouping by lead.
_LATEST = """e.kind = 'stage' AND e.text IN ('won', 'no', 'nurture') AND e.at >= :since AND e.at < :until
             AND (e.next_decision_at IS NULL OR e.next_decision_at >= :until)"""

# A lead let go in silence (when it has no stage decision in the period): an active stage, nothing
# planned, its last touch in the period and before :quiet_since; its touches are all it had.
_QUIET = f"""
        SELECT l.id AS lead_id, 'stopped' AS decision, l.last_touch_at AS at,
               (SELECT count(*) FROM followups f INDEXED BY followups_touches
                WHERE f.lead_id = l.id AND f.state = 'done' AND f.done_at <= l.last_touch_at) AS touches
        FROM leads l INDEXED BY leads_let_go
        WHERE l.next_step_at IS NULL AND l.stage IN {ACTIVE_STAGES_SQL} AND l.stage <> 'nurture'
          AND l.last_touch_at >= :since AND l.last_touch_at < :until AND l.last_touch_at < :quiet_since
          AND NOT EXISTS (SELECT 1 FROM lead_events e INDEXED BY lead_events_by_lead
                          WHERE e.lead_id = l.id AND e.at >= :since AND e.at < :until AND e.kind = 'stage'
                            AND e.text IN ('won', 'no', 'nurture'))
"""

# Each bar of the chart per stage decision (:bars, [decision, touches] as JSON) is one range of
# lead_events_decisions (decision, touches, then time), read from the index alone; the last bar
# ("that many or more", :most) is the range of touches from :most on. With the touches of those
# leads, all told, and of the wins those after a reopened "no".
DECISIONS_SQL = f"""
    WITH bars(decision, touches) AS MATERIALIZED (
        SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(:bars))
    SELECT decision, touches, (SELECT json_array(count(*), total(e.touches), total(e.after_revisit))
                               FROM lead_events e INDEXED BY lead_events_decisions
                               WHERE e.text = bars.decision AND e.touches = bars.touches AND {_LATEST})
    FROM bars WHERE touches < :most
    UNION ALL
    SELECT decision, :most, (SELECT json_array(count(*), total(e.touches), total(e.after_revisit))
                             FROM lead_events e INDEXED BY lead_events_decisions
                             WHERE e.text = bars.decision AND e.touches >= :most AND {_LATEST})
    FROM bars WHERE touches = :most
"""
STOPPED_SQL = (
    f"WITH quiet AS MATERIALIZED ({_QUIET}) SELECT min(touches, :most), count(*), sum(touches) FROM quiet GROUP BY 1"
)

_DECIDED = f"""
    WITH decided AS (
        SELECT e.lead_id, e.text AS decision, e.touches, coalesce(e.after_revisit, 0) AS revisited
        FROM lead_events e INDEXED BY lead_events_decisions WHERE {_LATEST}
        UNION ALL
        SELECT lead_id, decision, touches, 0 FROM ({_QUIET})
    )
"""


class DecisionCount(FrozenRecord):
    decision: str  # won, no, nurture, stopped (core.progress.Decision)
    bucket: int  # touches up to the decision, the last bucket "that many or more"
    leads: int
    touches: int  # the touches of those leads, all told
    revisited: int  # of the wins, those after a reopened "no"


def decision_params(since: str | None, until: str, quiet_since: str, most: int) -> dict[str, object]:
    bars = [[decision, n] for decision in ("won", "no", "nurture") for n in range(most + 1)]
    return {"since": since or EARLIEST, "until": until, "quiet_since": quiet_since, "most": most,
            "bars": json.dumps(bars)}  # fmt: skip


def decision_counts(
    db: sqlite_utils.Database, since: str | None, until: str, quiet_since: str, most: int
) -> list[DecisionCount]:
    """Per decision and bar of the chart: the leads decided in the period, their touches, and of
    the wins those after a revisit (bars without leads left out)."""
    params = decision_params(since, until, quiet_since, most)
    found = []
    for decision, bucket, counts in db.conn.execute(DECISIONS_SQL, params):
        leads, touches, revisited = json.loads(counts)
        if leads:
            found.append(DecisionCount(decision, int(bucket), int(leads), int(touches), int(revisited)))
    quiet = {k: v for k, v in params.items() if f":{k}" in STOPPED_SQL}
    for bucket, leads, touches in db.conn.execute(STOPPED_SQL, quiet):
        found.append(DecisionCount("stopped", int(bucket), int(leads), int(touches or 0), 0))
    return found


def decided_leads(
    db: sqlite_utils.Database, since: str | None, until: str, quiet_since: str
) -> list[tuple[int, str, int, bool]]:
    """The leads behind ``decision_counts``: (id, decision, touches, a win after a reopened no)."""
    params = {"since": since or EARLIEST, "until": until, "quiet_since": quiet_since}
    sql = _DECIDED + "SELECT lead_id, decision, touches, revisited FROM decided"
    return [(int(r[0]), r[1], int(r[2] or 0), bool(r[3])) for r in db.conn.execute(sql, params)]


def first_touch_bucket_sql(hours: str) -> str:
    """The time to a first touch as the page shows it: to the minute under an hour, to the hour
    under two days, to the day beyond (in hours)."""
    return f"""CASE WHEN {hours} IS NULL THEN NULL
                    WHEN {hours} < 1 THEN round(max({hours}, 0) * 60) / 60.0
                    WHEN {hours} < 48 THEN round({hours})
                    ELSE round({hours} / 24) * 24 END"""


# The leads created in the period with how soon each was first touched, against its source's target
# (:targets, hours by source as JSON; a source without one is left out of "within" and "missed"):
# a lead not touched yet counts as missed once its target is past, and not at all before.
_CREATED = """
    WITH targets AS MATERIALIZED (SELECT key AS source, value AS hours FROM json_each(:targets)),
    judged AS MATERIALIZED (
        SELECT l.id AS lead_id, l.source, l.first_touch_hours IS NULL AS untouched,
               CASE WHEN t.hours IS NULL THEN NULL WHEN l.first_touch_hours IS NOT NULL THEN l.first_touch_hours <= t.hours
                    WHEN l.created_at < strftime('%Y-%m-%dT%H:%M:%SZ', :now, '-' || t.hours || ' hours') THEN 0
                    END AS within,
               CASE WHEN l.source <> 'web' THEN NULL WHEN l.first_touch_hours IS NOT NULL THEN l.first_touch_hours <= 1
                    WHEN l.created_at < :hour_ago THEN 0 END AS within_hour
        FROM leads l INDEXED BY leads_created_first LEFT JOIN targets t ON t.source = l.source
        WHERE l.created_at >= :since AND l.created_at < :until
    )
"""

# Per source (:sources, [source, target hours or null, the instant its target is past for a lead
# created before it] as JSON): each number one range of an index by source (created, untouched,
# untouched past the target), or one range read for its hours (within the target); web also
# against the hour. Counts of index entries, no sort.
_IN_PERIOD = "l.source = s.source AND l.created_at >= :since AND l.created_at < :until"
CREATED_SQL = f"""
    WITH s(source, hours, due) AS MATERIALIZED (
        SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]')
        FROM json_each(:sources))
    SELECT s.source,
           (SELECT count(*) FROM leads l INDEXED BY leads_source_created WHERE {_IN_PERIOD}),
           (SELECT count(*) FROM leads l INDEXED BY leads_source_first_touch
            WHERE {_IN_PERIOD} AND l.first_touch_hours IS NULL),
           (SELECT count(*) FROM leads l INDEXED BY leads_source_first_touch
            WHERE {_IN_PERIOD} AND l.first_touch_hours IS NULL AND l.created_at < s.due),
           (SELECT count(*) FROM leads l INDEXED BY leads_source_created
            WHERE {_IN_PERIOD} AND l.first_touch_hours <= s.hours),
           CASE WHEN s.source = 'web' THEN (SELECT count(*) FROM leads l INDEXED BY leads_source_created
                                            WHERE {_IN_PERIOD} AND l.first_touch_hours <= 1) END,
           CASE WHEN s.source = 'web' THEN (SELECT count(*) FROM leads l INDEXED BY leads_source_first_touch
                                            WHERE {_IN_PERIOD} AND l.first_touch_hours IS NULL
                                              AND l.created_at < :hour_ago) END
    FROM s
"""

# The middle one or two of a source's first touches in the period, in order of time (read in the
# index's order, no sort), as the page rounds them: the median.
MEDIAN_SQL = f"""
    SELECT {first_touch_bucket_sql("l.first_touch_hours")}
    FROM leads l INDEXED BY leads_source_first_touch
    WHERE l.source = :source AND l.first_touch_hours IS NOT NULL AND +l.created_at >= :since AND +l.created_at < :until
    ORDER BY l.first_touch_hours LIMIT :take OFFSET :skip
"""


class CreatedCount(FrozenRecord):
    """The leads of one source created in the period."""

    source: str
    leads: int
    untouched: int
    within: int  # first touch within the source's target
    missed: int  # first touch later, or none and the target is past
    within_hour: int  # web only
    later_than_hour: int  # web only
    median_hours: float | None = None  # over the leads touched so far, as the page rounds the times


def _hours_ago(now: str, hours: float) -> str:
    moment = datetime.fromisoformat(now.replace("Z", "+00:00")) - timedelta(hours=hours)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _created_params(since: str | None, until: str, now: str, targets: Mapping[str, float | None]) -> dict[str, str]:
    known = {source: hours for source, hours in targets.items() if hours is not None}
    return {"since": since or EARLIEST, "until": until, "now": now, "hour_ago": _hours_ago(now, 1),
            "targets": json.dumps(known)}  # fmt: skip


def created_params(
    since: str | None, until: str, now: str, sources: Sequence[str], targets: Mapping[str, float | None]
) -> dict[str, str]:
    rows = [[source, targets.get(source), None if targets.get(source) is None else _hours_ago(now, targets[source])]  # type: ignore[arg-type]
            for source in sources]  # fmt: skip
    return {"since": since or EARLIEST, "until": until, "hour_ago": _hours_ago(now, 1), "sources": json.dumps(rows)}


def created_counts(
    db: sqlite_utils.Database,
    since: str | None,
    until: str,
    now: str,
    targets: Mapping[str, float | None],
    sources: Sequence[str],
) -> list[CreatedCount]:
    """Per source (those given, with leads in the period; a lead's source is always one of
    ``core.model.Source``, and the book passes them all): leads created in the
    period, never touched, first touched within the target or not, (web) within the hour or not,
    and the median time to the first touch."""
    params = created_params(since, until, now, sources, targets)
    found = []
    for source, leads, untouched, untouched_late, within, hour, hour_late in db.conn.execute(CREATED_SQL, params):
        if not leads:
            continue
        touched = leads - untouched
        median = None
        if touched:
            middle = db.conn.execute(
                MEDIAN_SQL, {"source": source, "since": params["since"], "until": until,
                             "take": 2 - touched % 2, "skip": (touched - 1) // 2}).fetchall()  # fmt: skip
            median = sum(r[0] for r in middle) / len(middle)
        target = targets.get(source)
        missed = touched - within + untouched_late if target is not None else 0
        web_later = (touched - hour + hour_late) if hour is not None else 0
        found.append(CreatedCount(source, leads, untouched, within if target is not None else 0, missed,
                                  hour or 0, web_later, median))  # fmt: skip
    return found


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
    "stopped": STOPPED_SQL,
    "created": CREATED_SQL,
    "median": MEDIAN_SQL,
    "revisits": REVISITS_SQL,
    "slipped": SLIPPED_SQL,
}
