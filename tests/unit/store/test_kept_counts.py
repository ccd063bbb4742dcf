"""The counts the triggers keep (migration 0015): the leads and the planned first responses,
held to a real count after every kind of write (one at a time, in bulk, undone, cascaded by a
lead's deletion, changed by SQL from outside), and made when an older book is first opened."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from _book_sql import connection, execute, rows, value

from leadbook.book import LeadBook
from leadbook.core.followups import Due, FollowUp, Outcome
from leadbook.core.model import Lead, Source, Stage
from leadbook.interop.csv_export import HEADER
from leadbook.interop.importing import ImportCancelled, file_records, format_label, open_contacts_file
from leadbook.store.database import mend_kept_counts

REAL = (
    "SELECT (SELECT count(*) FROM leads), "
    "(SELECT count(*) FROM followups WHERE state = 'planned' AND first_response = 1)"
)


def kept(book: LeadBook) -> tuple[int, int]:
    counts = dict(rows(book, "SELECT name, n FROM kept_counts"))
    return counts["leads"], counts["first_responses"]


def real(book: LeadBook) -> tuple[int, int]:
    return tuple(rows(book, REAL)[0])  # type: ignore[return-value]


def assert_kept(book: LeadBook) -> tuple[int, int]:
    counts = real(book)
    assert kept(book) == counts
    assert (book.count_leads(), book.due_counts().first_responses) == counts
    return counts


def planned_first_responses(book: LeadBook) -> list[int]:
    sql = "SELECT id FROM followups WHERE state = 'planned' AND first_response = 1 ORDER BY id"
    return [r[0] for r in rows(book, sql)]


def contacts_csv(path: Path, count: int, start: int = 0) -> Path:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for n in range(start, start + count):
        writer.writerow(
            {"Name": f"Imported {n}", "E-mail": f"imported{n}@example.de"}.get(column, "") for column in HEADER
        )
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def import_file(book: LeadBook, path: Path, cancelled: bool = False) -> None:
    contacts = open_contacts_file(path)
    plan = book.plan_import(file_records(contacts), file_name=path.name, format=format_label(contacts),
                            fingerprint=contacts.source.fingerprint)  # fmt: skip
    book.import_leads(plan, cancelled=lambda: cancelled)


def test_the_counts_follow_every_kind_of_write(book: LeadBook, tmp_path: Path):
    assert assert_kept(book) == (0, 0)
    web = [book.add_lead(Lead(name=f"Web {n}", source=Source.WEB)) for n in range(4)]
    book.add_leads([Lead(name=f"Plain {n}", stage=Stage.CONTACTED) for n in range(30)], plan_first=True)
    assert assert_kept(book) == (34, 4)  # the web form's leads wait for a first response
    first = planned_first_responses(book)

    book.complete_followup(first[0], Outcome.REACHED)  # done: no longer waiting
    book.cancel_followup(first[1])
    assert assert_kept(book) == (34, 2)
    book.undo()  # the cancel
    assert assert_kept(book) == (34, 3)

    book.delete_leads([web[2].id or 0, web[3].id or 0])  # their first responses go with them
    assert assert_kept(book) == (32, 1)
    book.undo()
    assert assert_kept(book) == (34, 3)

    execute(book, "UPDATE followups SET first_response = 0 WHERE id = ?", [first[2]])  # another program
    assert assert_kept(book) == (34, 2)
    execute(book, "UPDATE followups SET first_response = 1, state = 'planned' WHERE id = ?", [first[2]])
    execute(book, "UPDATE followups SET due_at = due_at WHERE id = ?", [first[2]])  # neither column
    assert assert_kept(book) == (34, 3)

    import_file(book, contacts_csv(tmp_path / "many.csv", 80))  # more than the book: the bulk path
    import_file(book, contacts_csv(tmp_path / "few.csv", 5, start=80))  # fewer: indexes kept
    assert assert_kept(book) == (119, 3)
    book.undo_last_import()
    assert assert_kept(book) == (114, 3)

    everyone = [r[0] for r in rows(book, "SELECT id FROM leads ORDER BY id")]
    book.delete_leads(everyone[:100])  # a lead at a time, each through the triggers
    assert assert_kept(book) == (14, 0)
    book.undo()
    assert assert_kept(book) == (114, 3)
    assert book.check(full=True) == []


def test_a_failed_write_leaves_the_counts_as_they_were(book: LeadBook):
    book.add_lead(Lead(name="Web", source=Source.WEB))
    before = assert_kept(book)
    try:
        with book.batch():
            book.add_lead(Lead(name="Web 2", source=Source.WEB))
            assert kept(book) == (2, 2)
            raise RuntimeError("the user's write fails half-way")
    except RuntimeError:
        pass
    assert assert_kept(book) == before


def test_the_navigation_and_today_read_the_kept_counts_not_an_index(book: LeadBook):
    book.add_leads([Lead(name=f"Web {n}", source=Source.WEB) for n in range(3)], plan_first=True)
    statements: list[str] = []
    conn = connection(book)
    conn.set_trace_callback(statements.append)
    try:
        book._lead_count = None  # as after any write
        assert book.count_leads() == 3
        assert book.due_counts().first_responses == 3
        assert book.agenda(limit=2).total("first_responses") == 3  # a full section is counted
    finally:
        conn.set_trace_callback(None)
    counting = [s for s in statements if "count(" in s and ("FROM leads\n" in s or s.rstrip().endswith("FROM leads")
                                                            or "followups_first_response" in s)]  # fmt: skip
    assert counting == []
    assert sum("kept_counts" in s for s in statements) == 3


def test_an_older_book_gets_its_counts_when_first_opened(tmp_path: Path, clock):
    path = tmp_path / "older.leadbook"
    with LeadBook.open(path, clock) as book:
        book.add_leads([Lead(name=f"Web {n}", source=Source.WEB) for n in range(5)], plan_first=True)
        book.add_leads([Lead(name=f"Plain {n}") for n in range(7)])
        first = planned_first_responses(book)[0]
        lead_id = value(book, "SELECT lead_id FROM followups WHERE id = ?", [first])
        book.complete_followup(first, Outcome.REACHED, next_step=FollowUp(lead_id, Due(clock.now().date())))
        for trigger in ("leads_kept_insert", "leads_kept_delete", "followups_kept_insert", "followups_kept_delete",
                        "followups_kept_update"):  # fmt: skip
            execute(book, f"DROP TRIGGER {trigger}")
        execute(book, "DROP TABLE kept_counts")
        execute(book, "DELETE FROM _sqlite_migrations WHERE name = '0015_kept_counts'")
        execute(book, f"PRAGMA user_version = {value(book, 'PRAGMA user_version') - 1}")
    with LeadBook.open(path, clock, create=False) as book:
        assert assert_kept(book) == (12, 4)
        book.add_lead(Lead(name="Web after", source=Source.WEB))
        assert assert_kept(book) == (13, 5)


def test_a_cancelled_bulk_import_leaves_the_counts_and_their_triggers(book: LeadBook, tmp_path: Path):
    book.add_lead(Lead(name="Web", source=Source.WEB))
    with pytest.raises(ImportCancelled):
        import_file(book, contacts_csv(tmp_path / "many.csv", 60), cancelled=True)
    assert assert_kept(book) == (1, 1)
    book.add_lead(Lead(name="Web 2", source=Source.WEB))  # the triggers set aside are back
    assert assert_kept(book) == (2, 2)


def test_counts_another_program_put_off_are_set_right_and_a_lost_row_is_counted(book: LeadBook):
    book.add_leads([Lead(name=f"Web {n}", source=Source.WEB) for n in range(3)], plan_first=True)
    # As a row another program replaced would leave them (INSERT OR REPLACE on a connection
    # without recursive triggers deletes the row it replaces without the delete triggers).
    execute(book, "UPDATE kept_counts SET n = n + 4 WHERE name = 'leads'")
    execute(book, "UPDATE kept_counts SET n = n + 1 WHERE name = 'first_responses'")
    assert kept(book) == (7, 4) != real(book) == (3, 3)
    assert mend_kept_counts(book.path) is True  # what `leadbook check` runs after a sound check
    assert assert_kept(book) == (3, 3)
    assert mend_kept_counts(book.path) is False
    execute(book, "DELETE FROM kept_counts WHERE name = 'leads'")
    book._lead_count = None
    assert book.count_leads() == 3  # the row gone: counted
    assert mend_kept_counts(book.path) is True
    assert assert_kept(book) == (3, 3)
