import os
import sqlite3
import stat

import pytest
from _book_sql import connection, rows, store_db

from leadbook.book import LeadBook
from leadbook.core.model import Lead
from leadbook.store.database import open_database
from leadbook.store.errors import NewerBookError, NotALeadBookError, NotSQLiteError
from leadbook.store.schema import APPLICATION_ID, SCHEMA_VERSION


def test_a_new_book_is_stamped_private_and_in_wal_mode(tmp_path):
    path = tmp_path / "new.leadbook"
    db = open_database(path)
    conn = db.conn
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    db.close()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_reopening_applies_nothing_twice(tmp_path):
    path = tmp_path / "b.leadbook"
    open_database(path).close()
    db = open_database(path)
    names = [r[0] for r in db.conn.execute("SELECT name FROM _sqlite_migrations")]
    assert len(names) == len(set(names)) == SCHEMA_VERSION
    db.close()


def test_a_book_from_a_newer_leadbook_is_refused_untouched(tmp_path):
    path = tmp_path / "future.leadbook"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerBookError) as caught:
        open_database(path)
    assert caught.value.found == SCHEMA_VERSION + 1
    assert path.read_bytes() == before


def test_another_programs_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(NotALeadBookError):
        open_database(path)


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_bytes(b"Dear customer, " * 200)
    with pytest.raises(NotSQLiteError):
        open_database(path)
    assert path.read_bytes() == b"Dear customer, " * 200


def test_full_text_index_follows_inserts_updates_and_deletes(book: LeadBook):
    lead = book.add_lead(Lead(name="Greta Lindqvist", notes="wants a herb garden"))

    def fts(term: str) -> list[int]:
        return [r[0] for r in rows(book, "SELECT rowid FROM leads_fts WHERE leads_fts MATCH ?", [term])]

    assert fts("herb") == [lead.id]
    book.update_lead(lead.with_changes(notes="wants a pond"))
    assert fts("herb") == [] and fts("pond") == [lead.id]
    book.delete_leads([lead.id])
    assert fts("pond") == []
    integrity = connection(book).execute("INSERT INTO leads_fts(leads_fts, rank) VALUES ('integrity-check', 1)")
    assert integrity is not None


def test_the_database_refuses_a_nameless_lead_even_behind_the_books_back(book: LeadBook):
    with pytest.raises(sqlite3.IntegrityError), store_db(book).atomic():
        connection(book).execute("INSERT INTO leads (name, created_at, updated_at) VALUES (' ', 'x', 'x')")
    assert book.count_leads() == 0
