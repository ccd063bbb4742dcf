"""An import's duplicate search holds for the book as it is when the import writes: a plan made
before another connection imported the same rows is planned again inside the write transaction."""

from __future__ import annotations

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
