"""An import's duplicate search holds for the book as it is when the import writes: a plan made
before another connection imported the same rows is planned again inside the write transaction."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from leadbook.book import LeadBook
from leadbook.core.model import Lead
from leadbook.interop.importing import Action, ItemKind, file_records, format_label, open_contacts_file


def write_csv(path: Path, rows: int) -> Path:
    lines = ["Name,Company,E-mail"] + [f"Person {n},Firm {n % 7},person{n}@example.com" for n in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def plan_file(book: LeadBook, path: Path):
    contacts = open_contacts_file(path)
    return book.plan_import(file_records(contacts), file_name=path.name, format=format_label(contacts),
                            fingerprint=contacts.source.fingerprint)  # fmt: skip


def test_a_plan_made_before_another_connection_imported_the_same_file_adds_nothing_twice(tmp_path, clock):
    source = write_csv(tmp_path / "contacts.csv", 300)
    path = tmp_path / "book.leadbook"
    with LeadBook.open(path, clock) as first, LeadBook.worker_connection(path, clock) as second:
        first.add_lead(Lead(name="Person 5", emails=("person5@example.com",)))
        mine = plan_file(first, source)  # both plan before either writes
        theirs = plan_file(second, source)
        assert mine.count(ItemKind.NEW) == theirs.count(ItemKind.NEW) == 299
        done = second.import_leads(theirs)
        assert done.added == 299
        result = first.import_leads(mine)  # planned again inside its transaction
        assert result.added == 0 and result.errors == 0
        assert first.count_leads() == 300
        emails = [lead.emails for lead in first.export_leads()]
        assert len(set(emails)) == 300


def test_rows_that_only_turn_out_to_be_duplicates_follow_the_choice_for_all_duplicates(tmp_path, clock):
    source = write_csv(tmp_path / "contacts.csv", 50)
    path = tmp_path / "book.leadbook"
    with LeadBook.open(path, clock) as first, LeadBook.worker_connection(path, clock) as second:
        mine = plan_file(first, source)
        mine.set_all_duplicates(Action.SKIP)
        second.import_leads(plan_file(second, source))
        result = first.import_leads(mine)
        assert (result.added, result.skipped) == (0, 50)
        assert first.count_leads() == 50


def test_an_unchanged_book_keeps_the_plan_and_its_choices(tmp_path, clock):
    source = write_csv(tmp_path / "contacts.csv", 20)
    with LeadBook.open(tmp_path / "book.leadbook", clock) as book:
        book.add_lead(Lead(name="Person 3", emails=("person3@example.com",)))
        plan = plan_file(book, source)
        [duplicate] = plan.of_kind(ItemKind.DUPLICATE)
        plan.set_action([duplicate], Action.ADD)
        result = book.import_leads(plan)
        assert result.added == 20 and book.count_leads() == 21


def test_an_edit_in_the_same_second_by_another_connection_makes_the_import_plan_again(tmp_path, clock):
    """The book's mark is a count of changes, not (leads, highest id, newest change time): another
    Leadbook that edits a lead within the same second, after the plan, is seen (the clock stands still)."""
    source = tmp_path / "contacts.csv"
    source.write_text("Name,E-mail\nAnna Svensson,anna@example.com\n", encoding="utf-8")
    path = tmp_path / "book.leadbook"
    with LeadBook.open(path, clock) as first, LeadBook.worker_connection(path, clock) as second:
        bo = first.add_lead(Lead(name="Bo Carter", emails=("bo@example.com",)))
        plan = plan_file(first, source)
        assert plan.count(ItemKind.NEW) == 1  # Anna is no one in the book yet
        second.update_lead(replace(second.lead(bo.id), name="Anna Svensson", emails=("anna@example.com",)))
        assert second.lead(bo.id).updated_at == bo.updated_at  # the same second
        result = first.import_leads(plan)  # planned again: Anna is the lead the other Leadbook just changed
        assert (result.added, result.merged_rows) == (0, 1)
        assert [lead.name for lead in first.export_leads()] == ["Anna Svensson"]


def test_the_change_count_moves_with_every_change_to_leads_and_tags_and_once_for_a_bulk_write(tmp_path, clock):
    from leadbook.store import imports as import_store

    source = write_csv(tmp_path / "contacts.csv", 30)
    with LeadBook.open(tmp_path / "book.leadbook", clock) as book:
        conn = book._db.conn
        marks = [import_store.leads_state(conn)]
        lead = book.add_lead(Lead(name="Bo Carter"))
        marks.append(import_store.leads_state(conn))
        book.update_lead(replace(book.lead(lead.id), tags=("golf",)))
        marks.append(import_store.leads_state(conn))
        conn.execute("UPDATE lead_tags SET tag = 'tennis'")  # another program, behind the book's back
        conn.commit()
        marks.append(import_store.leads_state(conn))
        book.import_leads(plan_file(book, source))
        marks.append(import_store.leads_state(conn))
        book.undo_last_import()
        marks.append(import_store.leads_state(conn))
        assert len(set(marks)) == len(marks), marks
        assert marks[-2][0] - marks[-3][0] == 1  # 30 leads in one bulk write: counted once
