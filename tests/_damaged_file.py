"""A book's file damaged as a failing disk damages it, for the tests of the damaged-book flow."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def damage_page(path: Path, btree: str, where: str = "/", *, from_log: bool = False) -> bytes:
    """Overwrite a page of ``btree`` (a table or index of the book): its root, or the page at
    ``where`` in it ("/000/": the first leaf under the root). ``from_log``: the book is open and
    has written since it opened; its pages are moved from the write-ahead log into the file first,
    where the disk fails (else the log's newer copy of the page would be read instead). Returns
    the file's bytes after the damage."""
    with sqlite3.connect(path) as conn:
        if from_log:
            assert conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0  # not busy: all moved
        (page,) = conn.execute("SELECT pageno FROM dbstat WHERE name = ? AND path = ?", (btree, where)).fetchone()
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(page - 1) * size : (page - 1) * size + 3000] = b"\xee" * 3000
    path.write_bytes(bytes(data))
    return bytes(data)
