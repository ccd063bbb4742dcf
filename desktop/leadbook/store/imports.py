"""The record of imports (tables ``imports`` and ``import_items``), kept in the book so that
"Undo last import" works after a restart too: which leads an import added, and the rows and
tags of the leads it merged into as they were before it (JSON snapshots)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from .leads import LeadSnapshot


def imported_at(conn: sqlite3.Connection, fingerprint: str) -> str:
    """When a file with this fingerprint was last imported (and not undone), or ""."""
    row = conn.execute(
        "SELECT at FROM imports WHERE fingerprint = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1", [fingerprint]
    ).fetchone()
    return row[0] if row else ""


def leads_state(conn: sqlite3.Connection) -> tuple[object, ...]:
    """A mark that changes whenever leads or their tags are added, changed or deleted, by any
    connection: the count the triggers of migration 0012 keep (see store.schema)."""
    return tuple(conn.execute("SELECT n FROM book_changes WHERE id = 1").fetchone())


def start(conn: sqlite3.Connection, at: str, file_name: str, format: str, fingerprint: str) -> int:
    """A new import's id (inside the import's write transaction: no other import takes it)."""
    return int(conn.execute(
        "INSERT INTO imports (at, file_name, format, fingerprint) VALUES (?, ?, ?, ?)",
        [at, file_name, format, fingerprint],
    ).lastrowid or 0)  # fmt: skip


def record_added(conn: sqlite3.Connection, import_id: int, first_id: int) -> None:
    """Every lead from ``first_id`` on was added by this import."""
    conn.execute("INSERT INTO import_items (import_id, lead_id, kind) SELECT ?, id, 'added' "
                 "FROM leads WHERE id >= ?", [import_id, first_id])  # fmt: skip


def record_merged(conn: sqlite3.Connection, import_id: int, snapshots: Iterable[LeadSnapshot]) -> None:
    """The leads this import merges into, as they were before it (for undo)."""
    conn.executemany(
        "INSERT INTO import_items (import_id, lead_id, kind, before) VALUES (?, ?, 'merged', ?)",
        [(import_id, s.lead_id, json.dumps(snapshot_to_json(s))) for s in snapshots],
    )


def finish(conn: sqlite3.Connection, import_id: int, added: int, merged: int) -> None:
    conn.execute("UPDATE imports SET added = ?, merged = ? WHERE id = ?", [added, merged, import_id])


def discard(conn: sqlite3.Connection, import_id: int) -> None:
    """An import that changed nothing leaves no record."""
    conn.execute("DELETE FROM imports WHERE id = ?", [import_id])


def last(conn: sqlite3.Connection) -> tuple[Any, ...] | None:
    """(id, at, file_name, format, added, merged, undone_at) of the newest import, or None."""
    row = conn.execute(
        "SELECT id, at, file_name, format, added, merged, undone_at FROM imports ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return tuple(row) if row is not None else None


def edited_since(conn: sqlite3.Connection, import_id: int, at: str) -> int:
    """How many of the import's leads were changed after it."""
    return int(conn.execute(
        "SELECT count(*) FROM import_items i JOIN leads l ON l.id = i.lead_id WHERE i.import_id = ? AND l.updated_at > ?",
        [import_id, at],
    ).fetchone()[0])  # fmt: skip


def added_where() -> str:
    """The leads an import added and that are still the ones it made (ids can be reused once a
    lead is deleted); parameters: import id, import time."""
    return "id IN (SELECT lead_id FROM import_items WHERE import_id = ? AND kind = 'added') AND created_at = ?"


def merged_before(conn: sqlite3.Connection, import_id: int) -> list[tuple[int, LeadSnapshot]]:
    """The leads the import merged into that are still there, each with its snapshot from before."""
    rows = conn.execute(
        "SELECT i.lead_id, i.before FROM import_items i JOIN leads l ON l.id = i.lead_id "
        "WHERE i.import_id = ? AND i.kind = 'merged' ORDER BY i.lead_id", [import_id]).fetchall()  # fmt: skip
    return [(int(lead_id), snapshot_from_json(json.loads(before))) for lead_id, before in rows]


def mark_undone(conn: sqlite3.Connection, import_id: int, at: str) -> None:
    conn.execute("UPDATE imports SET undone_at = ? WHERE id = ?", [at, import_id])


def snapshot_to_json(snapshot: LeadSnapshot) -> dict[str, Any]:
    return {
        "lead_id": snapshot.lead_id,
        "columns": list(snapshot.lead_columns),
        "row": list(snapshot.lead_row) if snapshot.lead_row is not None else None,
        "owned": [[table, list(columns), [list(r) for r in rows]] for table, columns, rows in snapshot.owned],
    }


def snapshot_from_json(data: dict[str, Any]) -> LeadSnapshot:
    return LeadSnapshot(
        data["lead_id"],
        tuple(data["row"]) if data["row"] is not None else None,
        tuple(data["columns"]),
        tuple((table, tuple(columns), tuple(tuple(r) for r in rows)) for table, columns, rows in data["owned"]),
    )
