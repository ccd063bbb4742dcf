"""Follow-up rows, lead events, cadences, and the per-lead summary the lists sort by."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

import sqlite_utils

from ..core.cadences import BUILTIN_CADENCES, Cadence, steps_from_json, steps_to_json
from ..core.clock import from_utc_iso, utc_iso
from ..core.followups import Due, FollowUp, Objective, Outcome, State, remind_instant
from ..core.model import Channel
from .schema import ACTIVE_STAGES_SQL

UNANSWERED = (Outcome.VOICEMAIL.value, Outcome.NO_ANSWER.value)


def _hhmm(at: time | None) -> str | None:
    return at.strftime("%H:%M") if at else None


def followup_to_row(fu: FollowUp, zone: ZoneInfo, day_start: time) -> dict[str, Any]:
    remind_at = None
    if fu.remind and fu.state == State.PLANNED:
        remind_at = utc_iso(remind_instant(fu.due, fu.remind_minutes, day_start, zone))
    row: dict[str, Any] = {
        "lead_id": fu.lead_id,
        "due_date": fu.due.day.isoformat(),
        "due_time": _hhmm(fu.due.at),
        "due_at": utc_iso(fu.due.instant(zone)),
        "zone": zone.key,
        "channel": fu.channel.value,
        "objective": fu.objective.value,
        "objective_note": fu.objective_note,
        "message": fu.message,
        "remind": int(fu.remind),
        "remind_minutes": fu.remind_minutes,
        "remind_at": remind_at,
        "state": fu.state.value,
        "outcome": fu.outcome.value if fu.outcome else None,
        "result_note": fu.result_note,
        "done_at": fu.done_at or None,
        "first_response": int(fu.first_response),
        "cadence_id": fu.cadence_id,
        "cadence_step": fu.cadence_step,
        "created_at": fu.created_at,
        "updated_at": fu.updated_at,
    }
    if fu.id is not None:
        row["id"] = fu.id
    return row


def row_to_followup(row: dict[str, Any]) -> FollowUp:
    at = time.fromisoformat(row["due_time"]) if row["due_time"] else None
    return FollowUp(
        id=row["id"],
        lead_id=row["lead_id"],
        due=Due(date.fromisoformat(row["due_date"]), at),
        channel=Channel(row["channel"]),
        objective=Objective(row["objective"]),
        objective_note=row["objective_note"],
        message=row["message"],
        remind=bool(row["remind"]),
        remind_minutes=row["remind_minutes"],
        state=State(row["state"]),
        outcome=Outcome(row["outcome"]) if row["outcome"] else None,
        result_note=row["result_note"],
        first_response=bool(row["first_response"]),
        cadence_id=row["cadence_id"],
        cadence_step=row["cadence_step"],
        due_at=row["due_at"],
        remind_at=row["remind_at"] or "",
        done_at=row["done_at"] or "",
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def _rows(db: sqlite_utils.Database, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    cursor = db.conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, values)) for values in cursor]


def insert_followup(db: sqlite_utils.Database, row: dict[str, Any]) -> int:
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    return int(db.conn.execute(f"INSERT INTO followups ({columns}) VALUES ({marks})", list(row.values())).lastrowid)


def update_followup(db: sqlite_utils.Database, followup_id: int, row: dict[str, Any]) -> None:
    row = {k: v for k, v in row.items() if k not in ("id", "created_at")}
    assignments = ", ".join(f"{k} = ?" for k in row)
    db.conn.execute(f"UPDATE followups SET {assignments} WHERE id = ?", [*row.values(), followup_id])


def get_followups(db: sqlite_utils.Database, ids: Sequence[int]) -> list[FollowUp]:
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    found = {r["id"]: row_to_followup(r) for r in _rows(db, f"SELECT * FROM followups WHERE id IN ({marks})", ids)}
    return [found[i] for i in ids if i in found]


def lead_followups(db: sqlite_utils.Database, lead_id: int) -> list[FollowUp]:
    return [row_to_followup(r) for r in _rows(db, "SELECT * FROM followups WHERE lead_id = ? ORDER BY due_at, id", [lead_id])]


def planned_from_cadence(db: sqlite_utils.Database, lead_id: int) -> list[FollowUp]:
    return [
        row_to_followup(r)
        for r in _rows(
            db,
            "SELECT * FROM followups WHERE lead_id = ? AND state = 'planned' AND cadence_id IS NOT NULL ORDER BY due_at",
            [lead_id],
        )
    ]


# --- lead events (notes, stage changes) --------------------------------------------------


@dataclass(frozen=True)
class LeadEvent:
    id: int
    lead_id: int
    at: str
    kind: str
    text: str
    data: str


def add_event(db: sqlite_utils.Database, lead_id: int, at: str, kind: str, text: str = "", data: str = "") -> int:
    cursor = db.conn.execute(
        "INSERT INTO lead_events (lead_id, at, kind, text, data) VALUES (?, ?, ?, ?, ?)", [lead_id, at, kind, text, data]
    )
    return int(cursor.lastrowid)


def lead_events(db: sqlite_utils.Database, lead_id: int) -> list[LeadEvent]:
    return [LeadEvent(**r) for r in _rows(db, "SELECT * FROM lead_events WHERE lead_id = ? ORDER BY at, id", [lead_id])]


# --- the summary on the lead row ---------------------------------------------------------


def refresh_summaries(db: sqlite_utils.Database, lead_ids: Iterable[int]) -> None:
    """Recompute last touch, next step and the unanswered streak of these leads.

    Kept on the lead row so that lists sort and filter by them through indexes,
    at 100,000 leads; every write that touches follow-ups calls this.
    """
    for lead_id in set(lead_ids):
        reset = db.conn.execute("SELECT stop_reset_at FROM leads WHERE id = ?", [lead_id]).fetchone()
        if reset is None:
            continue
        done = db.conn.execute(
            "SELECT done_at, outcome FROM followups WHERE lead_id = ? AND state = 'done' ORDER BY done_at DESC, id DESC",
            [lead_id],
        ).fetchall()
        streak, started = 0, None
        for done_at, outcome in done:
            if outcome not in UNANSWERED or (reset[0] and done_at <= reset[0]):
                break
            streak, started = streak + 1, done_at
        db.conn.execute(
            """UPDATE leads SET
                 last_touch_at = :last,
                 next_step_at = (SELECT min(due_at) FROM followups WHERE lead_id = :id AND state = 'planned'),
                 unanswered_streak = :streak, streak_started_at = :started
               WHERE id = :id""",
            {"last": done[0][0] if done else None, "id": lead_id, "streak": streak, "started": started},
        )


def last_unanswered_day(db: sqlite_utils.Database, lead_id: int, zone: ZoneInfo) -> date | None:
    """The local day of the latest attempt in the current unanswered streak (for the spacing guard)."""
    row = db.conn.execute(
        "SELECT done_at, outcome FROM followups WHERE lead_id = ? AND state = 'done' ORDER BY done_at DESC, id DESC LIMIT 1",
        [lead_id],
    ).fetchone()
    if not row or row[1] not in UNANSWERED:
        return None
    return from_utc_iso(row[0]).astimezone(zone).date()


# --- cadences ----------------------------------------------------------------------------


def cadences(db: sqlite_utils.Database) -> list[Cadence]:
    result = []
    for row in _rows(db, "SELECT * FROM cadences ORDER BY builtin IS NULL, id"):
        if row["builtin"] in BUILTIN_CADENCES:
            builtin = BUILTIN_CADENCES[row["builtin"]]
            result.append(Cadence(builtin.name, builtin.steps, row["id"], row["builtin"]))
        elif row["builtin"] is None:
            result.append(Cadence(row["name"], steps_from_json(row["steps"]), row["id"]))
    return result


def save_cadence(db: sqlite_utils.Database, cadence: Cadence, now: str) -> int:
    if cadence.id is None:
        return int(
            db.conn.execute(
                "INSERT INTO cadences (name, steps, created_at) VALUES (?, ?, ?)",
                [cadence.name, steps_to_json(cadence.steps), now],
            ).lastrowid
        )
    db.conn.execute(
        "UPDATE cadences SET name = ?, steps = ? WHERE id = ? AND builtin IS NULL",
        [cadence.name, steps_to_json(cadence.steps), cadence.id],
    )
    return cadence.id


# --- the Today view ------------------------------------------------------------------------


@dataclass(frozen=True)
class AgendaRow:
    """One follow-up as Today and the call sheet show it: the touch and enough of its lead."""

    followup: FollowUp
    lead_name: str
    company: str
    phone: str
    role: str
    is_decision_maker: bool
    best_time: str
    rapport: str
    attempt: int
    last_touch_at: str


AGENDA_SQL = """
    SELECT f.*, l.name AS lead_name, l.company, l.phones, l.role, l.is_decision_maker, l.best_time,
           l.rapport, l.unanswered_streak, l.last_touch_at
    FROM followups f JOIN leads l ON l.id = f.lead_id
"""


def _agenda_row(r: dict[str, Any]) -> AgendaRow:
    return AgendaRow(
        followup=row_to_followup(r),
        lead_name=r["lead_name"],
        company=r["company"],
        phone=r["phones"].split("\n", 1)[0],
        role=r["role"],
        is_decision_maker=bool(r["is_decision_maker"]),
        best_time=r["best_time"],
        rapport=r["rapport"],
        attempt=r["unanswered_streak"] + 1,
        last_touch_at=r["last_touch_at"] or "",
    )


def planned_until(db: sqlite_utils.Database, last_day: date) -> list[AgendaRow]:
    """Planned follow-ups due on or before ``last_day``: overdue, today, tomorrow."""
    rows = _rows(
        db,
        AGENDA_SQL + " WHERE f.state = 'planned' AND f.due_date <= ? ORDER BY f.due_date, f.due_time IS NULL, f.due_time, f.id",
        [last_day.isoformat()],
    )
    return [_agenda_row(r) for r in rows]


def first_responses(db: sqlite_utils.Database) -> list[AgendaRow]:
    """Every planned first response, soonest first: new leads waiting for their first answer."""
    rows = _rows(db, AGENDA_SQL + " WHERE f.state = 'planned' AND f.first_response = 1 ORDER BY f.due_at, f.id")
    return [_agenda_row(r) for r in rows]


def planned_on(db: sqlite_utils.Database, day: date) -> list[AgendaRow]:
    rows = _rows(
        db,
        AGENDA_SQL + " WHERE f.state = 'planned' AND f.due_date = ? ORDER BY f.due_time IS NULL, f.due_time, f.id",
        [day.isoformat()],
    )
    return [_agenda_row(r) for r in rows]


def leads_to_decide(db: sqlite_utils.Database, attempts: int, started_before: datetime) -> list[int]:
    """Active leads whose unanswered streak reached the stop rule."""
    rows = db.conn.execute(
        f"""SELECT id FROM leads INDEXED BY leads_in_streak
            WHERE unanswered_streak > 0 AND stage IN {ACTIVE_STAGES_SQL}
              AND (unanswered_streak >= ? OR streak_started_at <= ?)
            ORDER BY streak_started_at, id""",
        [attempts, utc_iso(started_before)],
    )
    return [r[0] for r in rows]


def count_without_next_step(db: sqlite_utils.Database) -> int:
    return int(
        db.conn.execute(
            # Without statistics the planner would walk a bigger index; this one is made for it.
            f"SELECT count(*) FROM leads INDEXED BY leads_without_next_step "
            f"WHERE next_step_at IS NULL AND stage IN {ACTIVE_STAGES_SQL}"
        ).fetchone()[0]
    )
