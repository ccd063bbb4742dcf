"""Possible duplicates: pairs of leads that may be one person, kept for review (migration 0009).

A pair counts while both its leads exist and were created by the time it was found: a lead
deleted (and put back by undo, with its old creation time) keeps its pairs, and an id used
again by a later lead is not taken for the old one. A "merged" pair whose two leads both exist
again (the merge was undone) is open again.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any, NamedTuple

STATUSES = ("open", "merged", "not_same")

_VALID = ("JOIN leads a ON a.id = p.lead_a AND a.created_at <= p.found_at "
          "JOIN leads b ON b.id = p.lead_b AND b.created_at <= p.found_at")  # fmt: skip
_OPEN = "p.status IN ('open', 'merged')"  # both leads there: a merged pair was put back by undo


class DuplicatePair(NamedTuple):
    id: int
    lead_a: int
    lead_b: int
    reason: str  # "email", "phone" or "name": what the two share
    status: str  # "open", "merged" or "not_same"
    found_at: str


def add_pairs(conn: sqlite3.Connection, pairs: Iterable[tuple[int, int, str]], now: str) -> int:
    """Record (lead, lead, reason) pairs as open; a pair already known (in any status, so a
    "not the same person" answer stands) is left as it is. Returns how many were new."""
    rows = {(min(a, b), max(a, b)): reason for a, b, reason in pairs if a != b}
    if not rows:
        return 0
    # Pairs of leads that are gone, or whose ids a later lead took, make room first.
    conn.execute(f"DELETE FROM possible_duplicates WHERE id NOT IN (SELECT p.id FROM possible_duplicates p {_VALID})")
    before = conn.total_changes
    conn.executemany(
        "INSERT OR IGNORE INTO possible_duplicates (lead_a, lead_b, reason, found_at) VALUES (?, ?, ?, ?)",
        [(a, b, reason, now) for (a, b), reason in rows.items()],
    )
    return conn.total_changes - before


def pairs(conn: sqlite3.Connection, status: str | None = "open") -> list[DuplicatePair]:
    """The pairs in ``status`` (all when None) whose leads are both there, oldest first."""
    valid = _VALID
    params: list[Any]
    if status == "open":
        where, params = f"WHERE {_OPEN}", []
    elif status == "merged":  # one of its leads is gone: it became the other
        valid, params = "", []
        where = (
            "WHERE p.status = 'merged' AND NOT EXISTS (SELECT 1 FROM leads a, leads b WHERE a.id = p.lead_a "
            "AND a.created_at <= p.found_at AND b.id = p.lead_b AND b.created_at <= p.found_at)"
        )
    elif status:
        where, params = "WHERE p.status = ?", [status]
    else:
        where, params = "", []
    return [DuplicatePair(*row) for row in conn.execute(
        f"SELECT p.id, p.lead_a, p.lead_b, p.reason, p.status, p.found_at FROM possible_duplicates p {valid} "
        f"{where} ORDER BY p.id", params)]  # fmt: skip


def pair(conn: sqlite3.Connection, pair_id: int) -> DuplicatePair | None:
    row = conn.execute("SELECT id, lead_a, lead_b, reason, status, found_at FROM possible_duplicates WHERE id = ?",
                       [pair_id]).fetchone()  # fmt: skip
    return DuplicatePair(*row) if row else None


def count_open(conn: sqlite3.Connection) -> int:
    return int(conn.execute(f"SELECT count(*) FROM possible_duplicates p {_VALID} WHERE {_OPEN}").fetchone()[0])


def set_status(conn: sqlite3.Connection, pair_id: int, status: str, now: str) -> bool:
    if status not in STATUSES:
        raise ValueError(status)
    cursor = conn.execute("UPDATE possible_duplicates SET status = ?, decided_at = ? WHERE id = ?",
                          [status, None if status == "open" else now, pair_id])  # fmt: skip
    return cursor.rowcount > 0
