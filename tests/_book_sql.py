"""Looking under the book's API, by name, for the tests that must.

Tests call `LeadBook`'s public methods. A few need what no method gives, and each function here
says which kind of test that is:

- **Writing behind the book's back** (`execute`): what an older Leadbook, another program or a
  damaged file left in a book (a date of year 1, a name with control characters, a follow-up
  with no lead's rules) — the book itself would refuse to write it.
- **Reading what the book stores** (`rows`, `table_rows`, `schema`): that a bulk write leaves
  exactly the rows, indexes and triggers the slow path would, that a cancelled import leaves
  nothing, that a query plan uses an index.
- **Handing the store its database** (`store_db`, `connection`): tests that compare a `store`
  function with the book, or make a backup of the open book's connection.

Everything goes through the book's one open connection; nothing here opens the file again.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

import sqlite_utils

from leadbook.book import LeadBook


def store_db(book: LeadBook) -> sqlite_utils.Database:
    """The book's sqlite-utils database, for calling a `leadbook.store` function directly."""
    return book._db  # the one place tests reach for it


def connection(book: LeadBook) -> sqlite3.Connection:
    """The book's SQLite connection (backups of the open book, PRAGMAs that fake a full disk)."""
    return store_db(book).conn


def rows(book: LeadBook, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """The rows a read-only query finds, as tuples."""
    return [tuple(row) for row in connection(book).execute(sql, list(params)).fetchall()]


def value(book: LeadBook, sql: str, params: Sequence[Any] = ()) -> Any:
    """The single value a query finds (``SELECT count(*) …``)."""
    return connection(book).execute(sql, list(params)).fetchone()[0]


def table_rows(book: LeadBook, table: str, order_by: str = "1") -> list[tuple[Any, ...]]:
    """Every row of one table, in a fixed order, to compare two books or a book before and after."""
    return rows(book, f"SELECT * FROM {table} ORDER BY {order_by}")


def schema(book: LeadBook, columns: str = "type, name, tbl_name, sql") -> list[tuple[Any, ...]]:
    """The book's tables, indexes and triggers as sqlite_master lists them, by name."""
    return rows(book, f"SELECT {columns} FROM sqlite_master ORDER BY name")


def execute(book: LeadBook, sql: str, params: Sequence[Any] = ()) -> None:
    """Write behind the book's back and commit: what an older Leadbook or another program left."""
    conn = connection(book)
    conn.execute(sql, list(params))
    conn.commit()
