"""Possible duplicates: pairs of leads that may be one person, kept for review (migration 0009)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import NamedTuple

STATUSES = ("open", "merged", "not_same")


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
    before = conn.total_changes
    conn.executemany(
        "INSERT OR IGNORE INTO possible_duplicates (lead_a, lead_b, reason, found_at) VALUES (?, ?, ?, ?)",
        [(a, b, reason, now) for (a, b), reason in rows.items()],
    )
    return conn.total_changes - before


def pairs(conn: sqlite3.Connection, status: str | None = "open") -> list[DuplicatePair]:
    """The pairs in ``status`` (all when None), oldest first."""
    where, params = ("WHERE status = ?", [status]) if status else ("", [])
    return [DuplicatePair(*row) for row in conn.execute(
        f"SELECT id, lead_a, lead_b, reason, status, found_at FROM possible_duplicates {where} ORDER BY id",
        params)]  # fmt: skip


def count_open(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM possible_duplicates WHERE status = 'open'").fetchone()[0])


def set_status(conn: sqlite3.Connection, pair_id: int, status: str, now: str) -> bool:
    if status not in STATUSES:
        raise ValueError(status)
    cursor = conn.execute("UPDATE possible_duplicates SET status = ?, decided_at = ? WHERE id = ?",
                          [status, None if status == "open" else now, pair_id])  # fmt: skip
    return cursor.rowcount > 0
