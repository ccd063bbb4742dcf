"""What calendar sync knows of the server, kept in the book so that a restart loses nothing and never
publishes an item twice: per item the UID, its href on the server, the ETag the server gave it, the
fingerprint of what Leadbook last sent (or agreed to), and when the phone marked it done; for the
calendar its URL and the sync-token of RFC 6578.

The account itself (server, user, calendar) is this machine's (``platform/machine.py``) and the
password the keyring's: neither is ever in the book.
"""

from __future__ import annotations

import sqlite3

from ..core.frozen import FrozenRecord


class SyncedItem(FrozenRecord):
    uid: str
    followup_id: int
    href: str
    etag: str
    sent: str
    done_on_phone_at: str | None = None


def items(conn: sqlite3.Connection) -> dict[str, SyncedItem]:
    """Every item known to be on the server, by UID."""
    cursor = conn.execute("SELECT uid, followup_id, href, etag, sent, done_on_phone_at FROM sync_items")
    return {row[0]: SyncedItem(*row) for row in cursor}


def put_item(conn: sqlite3.Connection, item: SyncedItem) -> None:
    conn.execute(
        "INSERT INTO sync_items (uid, followup_id, href, etag, sent, done_on_phone_at) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(uid) DO UPDATE SET followup_id = excluded.followup_id, href = excluded.href, "
        "etag = excluded.etag, sent = excluded.sent, "
        "done_on_phone_at = coalesce(excluded.done_on_phone_at, sync_items.done_on_phone_at)",
        [item.uid, item.followup_id, item.href, item.etag, item.sent, item.done_on_phone_at],
    )


def drop_item(conn: sqlite3.Connection, uid: str) -> None:
    conn.execute("DELETE FROM sync_items WHERE uid = ?", [uid])


def mark_done_on_phone(conn: sqlite3.Connection, uid: str, at: str) -> None:
    conn.execute("UPDATE sync_items SET done_on_phone_at = coalesce(done_on_phone_at, ?) WHERE uid = ?", [at, uid])


def done_on_phone(conn: sqlite3.Connection) -> list[int]:
    """Follow-ups the phone marked done that Leadbook has not asked about yet, oldest first."""
    rows = conn.execute(
        "SELECT followup_id FROM sync_items WHERE done_on_phone_at IS NOT NULL ORDER BY done_on_phone_at, followup_id"
    )
    return [row[0] for row in rows]


def clear_done_on_phone(conn: sqlite3.Connection, followup_id: int) -> None:
    conn.execute("UPDATE sync_items SET done_on_phone_at = NULL WHERE followup_id = ?", [followup_id])


def calendar(conn: sqlite3.Connection) -> tuple[str, str]:
    """The calendar the state belongs to and its sync-token ("", "" before the first sync)."""
    row = conn.execute("SELECT url, sync_token FROM sync_calendar WHERE id = 1").fetchone()
    return (row[0], row[1]) if row else ("", "")


def set_calendar(conn: sqlite3.Connection, url: str, sync_token: str) -> None:
    conn.execute(
        "INSERT INTO sync_calendar (id, url, sync_token) VALUES (1, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET url = excluded.url, sync_token = excluded.sync_token",
        [url, sync_token],
    )


def forget_all(conn: sqlite3.Connection) -> None:
    """Sync turned off, or another calendar chosen: nothing is known of any server."""
    conn.execute("DELETE FROM sync_items")
    conn.execute("DELETE FROM sync_calendar")
