"""Imports through the book: one transaction, duplicates, "importing twice adds nothing", undo after a restart."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from _book_sql import schema as book_schema
from _book_sql import value

from leadbook.book import Change, LeadBook, LeadQuery, Op
from leadbook.core.followups import Due, FollowUp
from leadbook.core.model import Lead
from leadbook.interop.csv_import import read_csv
from leadbook.interop.importing import Action, ImportCancelled, ItemKind, file_records, format_label, open_contacts_file
from leadbook.interop.matching import MatchBy

FIXTURES = Path(__file__).parents[2] / "fixtures" / "interop"


def plan_file(book: LeadBook, path: Path):
    contacts = open_contacts_file(path)
    return book.plan_import(file_records(contacts), file_name=path.name, format=format_label(contacts),
                            fingerprint=contacts.source.fingerprint)  # fmt: skip


def import_file(book: LeadBook, path: Path):
    return book.import_leads(plan_file(book, path))


def names(book: LeadBook) -> list[str]:
    return [lead.name for lead in book.export_leads()]


def test_an_import_adds_leads_without_first_followups_and_they_are_searchable(book):
    result = import_file(book, FIXTURES / "google_contacts.csv")
    assert (result.added, result.updated, result.errors) == (3, 0, 0)
    assert names(book) == ["Anna Svensson", "Jürgen Müller", "王芳"]
    assert all(book.followups(i) == [] for i in result.added_ids)
    assert book.lead_ids(LeadQuery(text="akerlund")) == [min(result.added_ids)]  # FTS triggers kept
    assert book.leads([min(result.added_ids)])[0].tags == ("Customers",)


def test_importing_the_same_file_twice_adds_nothing(book):
    first = import_file(book, FIXTURES / "google_contacts.csv")
    plan = plan_file(book, FIXTURES / "google_contacts.csv")
    assert plan.imported_before == "2026-11-23T08:30:00Z"
    assert [(i.kind, i.brings_news) for i in plan.items] == [(ItemKind.DUPLICATE, False)] * 3
    again = book.import_leads(plan)
    assert (again.added, again.updated, again.unchanged, again.batch_id) == (0, 0, 3, None)
    assert book.count_leads() == 3
    assert book.last_import().id == first.batch_id  # nothing new to undo


def test_duplicates_are_the_same_email_or_phone_with_a_compatible_name(book):
    book.set_home_country("DE")
    book.add_leads([
        Lead(name="Svensson, Anna", emails=("ANNA@akerlund.se",)),  # the family name first
        Lead(name="Jurgen Muller", phones=("0151 2345678",)),  # no accents, national number
        Lead(name="王 芳", phones=("+8613800138000",)),
    ])  # fmt: skip
    plan = plan_file(book, FIXTURES / "google_contacts.csv")
    assert [(i.kind, i.match_by, i.match_name) for i in plan.items] == [
        (ItemKind.DUPLICATE, MatchBy.EMAIL, "Svensson, Anna"),
        (ItemKind.DUPLICATE, MatchBy.PHONE, "Jurgen Muller"),
        (ItemKind.DUPLICATE, MatchBy.PHONE, "王 芳"),
    ]
    assert all(i.action == Action.MERGE and i.brings_news for i in plan.items)
    assert plan.reasons() == {("merged", MatchBy.EMAIL): 1, ("merged", MatchBy.PHONE): 2}


def test_a_shared_email_with_another_name_is_a_possible_duplicate_imported_as_its_own_lead(book):
    book.set_home_country("SE")
    [other] = book.add_leads([Lead(name="A. Svensson", emails=("ANNA@akerlund.se",))]).added
    plan = plan_file(book, FIXTURES / "google_contacts.csv")
    anna = plan.items[0]
    assert (anna.kind, anna.possible_ids, anna.possible_by) == (ItemKind.NEW, (other,), MatchBy.EMAIL)
    assert plan.count_flagged() == 1 and plan.reasons() == {("flagged", MatchBy.EMAIL): 1}
    result = book.import_leads(plan)
    assert (result.added, result.merged_rows, result.flagged) == (3, 0, 1)
    [pair] = book.possible_duplicates()
    new_anna = min(result.added_ids)
    assert (pair.lead_a, pair.lead_b, pair.reason, pair.status) == (other, new_anna, "email", "open")
    assert book.count_possible_duplicates() == 1
    book.decide_possible_duplicate(pair.id, "not_same")
    assert book.possible_duplicates() == [] and book.possible_duplicates("not_same")[0].id == pair.id
    # Imported again: nothing new, and the answer stands (the pair is not asked again).
    again = book.import_leads(plan_file(book, FIXTURES / "google_contacts.csv"))
    assert (again.added, again.flagged) == (0, 0) and book.count_possible_duplicates() == 0


def test_a_contact_with_only_a_name_is_the_lead_with_that_name_and_company(book):
    [wang] = book.add_leads([Lead(name="王芳", company="杭州绿源园林工程有限公司")]).added
    records = list(file_records(open_contacts_file_text(book, "Name,Company\r\n王芳,杭州绿源园林工程有限公司\r\n")))
    plan = book.plan_import(records)
    assert [(i.kind, i.match_by, i.match_id) for i in plan.items] == [(ItemKind.DUPLICATE, MatchBy.NAME, wang)]


def open_contacts_file_text(book: LeadBook, text: str):
    path = book.path.parent / "names.csv"
    path.write_text(text, encoding="utf-8")
    return open_contacts_file(path)


def test_merge_fills_in_and_undo_puts_it_back_even_after_a_restart(tmp_path, clock):
    path = tmp_path / "b.leadbook"
    with LeadBook.open(path, clock) as book:
        anna = book.add_lead(Lead(name="Anna Svensson", emails=("anna@akerlund.se",), notes="Mine", tags=("vip",)))
        clock.advance(minutes=5)
        result = import_file(book, FIXTURES / "google_contacts.csv")
        assert (result.added, result.updated, result.merged_rows) == (2, 1, 1)
        merged = book.lead(anna.id)
        assert merged.company == "Åkerlund Trädgård AB" and merged.tags == ("Customers", "vip")
        assert merged.notes.startswith("Mine\n\nMet at Elmia")
        book.plan_followup(FollowUp(anna.id, Due(date(2026, 11, 30))))
        planned = [f.id for f in book.followups(anna.id)]
    with LeadBook.open(path, clock) as book:  # a restart
        batch = book.last_import()
        assert (batch.file_name, batch.format, batch.added, batch.merged) == ("google_contacts.csv", "csv/google", 2, 1)
        change = book.undo_last_import()
        assert change.removed == result.added_ids
        assert names(book) == ["Anna Svensson"]
        restored = book.lead(anna.id)
        assert restored == anna  # every field, tags and timestamps as before the import
        assert [f.id for f in book.followups(anna.id)] == planned  # planned since the import: kept
        assert book.last_import() is None and book.undo_last_import() is None


def test_undo_leaves_a_new_lead_that_reuses_a_deleted_imported_id(book, clock):
    result = import_file(book, FIXTURES / "vcard30.vcf")
    highest = max(result.added_ids)
    book.delete_leads([highest])
    clock.advance(minutes=1)
    later = book.add_lead(Lead(name="Later Lead"))
    assert later.id == highest
    book.undo_last_import()
    assert names(book) == ["Later Lead"]


def test_actions_per_row_and_for_all(book):
    book.add_leads([Lead(name="Anna Svensson", emails=("anna@akerlund.se",)),
                    Lead(name="Jürgen Müller", emails=("j.mueller@mueller-maschinenbau.de",))])  # fmt: skip
    plan = plan_file(book, FIXTURES / "google_contacts.csv")
    dups = plan.of_kind(ItemKind.DUPLICATE)
    assert len(dups) == 2
    plan.set_all_duplicates(Action.SKIP)
    plan.set_action([dups[1]], Action.ADD)
    result = book.import_leads(plan)
    assert (result.added, result.skipped, result.updated) == (2, 1, 0)
    assert sorted(names(book)) == ["Anna Svensson", "Jürgen Müller", "Jürgen Müller", "王芳"]


def test_a_contact_twice_in_one_file_becomes_one_lead(book):
    book.set_home_country("SE")
    table = read_csv("Name,Email,Phone\nAnna Svensson,anna@a.se,\nSvensson Anna,ANNA@a.se,+46 70 123 45 67\n"
                     "anna svensson,,070-123 45 67\nBob,,070-123 45 67\n")  # fmt: skip
    from leadbook.interop.csv_import import guess_mapping, records

    plan = book.plan_import(list(records(table, guess_mapping(table.header))))
    # The third row: Anna's phone, learnt from row 2; Bob shares it but is someone else.
    assert [(i.kind, i.match_item, i.possible_items) for i in plan.items] == [
        (ItemKind.NEW, None, ()),
        (ItemKind.DUPLICATE, 0, ()),
        (ItemKind.DUPLICATE, 0, ()),
        (ItemKind.NEW, None, (0,)),
    ]
    result = book.import_leads(plan)
    assert (result.added, result.merged_rows, result.flagged) == (2, 2, 1)
    anna, bob = book.export_leads()
    assert anna.name == "Anna Svensson" and anna.phones == ("+46 70 123 45 67", "070-123 45 67")
    assert [(p.lead_a, p.lead_b, p.reason) for p in book.possible_duplicates()] == [(anna.id, bob.id, "phone")]


def test_rows_with_errors_are_left_out_and_counted_and_unusable_values_kept_in_the_notes(book):
    result = import_file(book, FIXTURES / "rows_with_errors.csv")
    assert (result.added, result.errors) == (6, 1)  # only the row without any name is left out
    leads = {lead.name: lead for lead in book.export_leads()}
    assert sorted(leads) == ["Bad Phone", "Broken Mail", "Ivan Ok", "Jenny Fine", "No Name AB", "Weird Stage"]
    assert (leads["Bad Phone"].phones, leads["Bad Phone"].notes) == ((), "Not imported as a phone: call me")
    assert (leads["Broken Mail"].emails, leads["Broken Mail"].notes) == ((), "Not imported as an e-mail: not-an-email")
    assert leads["Broken Mail"].stage.value == "contacted" and leads["Broken Mail"].company == "Mail AB"
    assert leads["Weird Stage"].notes == "Not imported as a stage: maybe-later"


def test_cancel_rolls_everything_back(book):
    book.add_lead(Lead(name="Anna Svensson", emails=("anna@akerlund.se",)))
    plan = plan_file(book, FIXTURES / "google_contacts.csv")
    seen = []
    with pytest.raises(ImportCancelled):
        book.import_leads(plan, progress=lambda done, total: seen.append((done, total)), cancelled=lambda: bool(seen))
    assert names(book) == ["Anna Svensson"] and book.lead(1).company == ""
    assert book.last_import() is None
    assert value(book, "SELECT count(*) FROM imports") == 0  # not even an undone one


def test_a_failure_half_way_changes_nothing(book):
    plan = plan_file(book, FIXTURES / "vcard30.vcf")

    def broken(done: int, total: int) -> None:
        if done:
            raise OSError("disk gone")

    with pytest.raises(OSError):
        book.import_leads(plan, progress=broken)
    assert book.count_leads() == 0 and book.last_import() is None


def test_the_import_is_announced_once(book):
    heard = []
    book.subscribe(heard.append)
    result = import_file(book, FIXTURES / "vcard40.vcf")
    assert [c.label for c in heard] == ["Import"] and heard[0].added == result.added_ids


def test_a_worker_connection_sees_the_same_book(book):
    book.add_lead(Lead(name="Anna"))
    with LeadBook.worker_connection(book.path, book.clock) as other:
        result = import_file(other, FIXTURES / "vcard40.vcf")
    heard = []
    book.subscribe(heard.append)
    book.reload_after_external_change(Change("Import", added=result.added_ids))
    assert book.count_leads() == 3 and heard[0].added == result.added_ids
    assert book.path.with_name(book.path.name + ".running").exists()  # the worker left the main book's marker


def test_a_big_import_into_a_small_book_keeps_every_index_and_trigger(book, tmp_path):
    def schema() -> list[tuple]:
        return book_schema(book, "type, name, sql")

    path = tmp_path / "big.csv"
    path.write_text("Name,Email\n" + "".join(f"Person {n},p{n}@example.com\n" for n in range(6000)), encoding="utf-8")
    before = schema()
    with pytest.raises(ImportCancelled):
        book.import_leads(plan_file(book, path), cancelled=lambda: True)
    assert schema() == before and book.count_leads() == 0
    result = book.import_leads(plan_file(book, path))
    assert result.added == 6000 and schema() == before
    assert book.lead_ids(LeadQuery(text="p5999")) == [max(result.added_ids)]
    assert book.check(full=True) == []
    book.undo_last_import()
    assert book.count_leads() == 0 and book.check(full=True) == []


def test_twenty_colleagues_sharing_a_switchboard_and_mailboxes_stay_twenty_people(book):
    book.set_home_country("SE")
    plan = plan_file(book, FIXTURES / "office_switchboard.vcf")
    assert plan.count(ItemKind.DUPLICATE) == 0 and plan.count(ItemKind.NEW) == 20
    assert plan.count_flagged() == 19  # each shares the switchboard with those before: listed for review
    result = book.import_leads(plan)
    assert result.added == 20 and book.count_leads() == 20
    assert {lead.phones[1] for lead in book.export_leads()} == {f"+46 70 555 {n:02d} {n + 10:02d}" for n in range(20)}
    again = book.import_leads(plan_file(book, FIXTURES / "office_switchboard.vcf"))
    assert (again.added, again.flagged, book.count_leads()) == (0, 0, 20)  # each is found again by name


def test_the_import_workflow_the_dialog_and_the_command_share(book: LeadBook, tmp_path: Path):
    """Read a file, take the remembered mapping (else a guess), plan it with the file's facts,
    import; the mapping is kept under one key for files with the same columns."""
    from leadbook.interop.csv_import import Target

    path = tmp_path / "people.csv"
    path.write_text("Who,Firm,Mail\nAnna Svensson,Åkerlund AB,anna@example.se\n", encoding="utf-8")
    contacts = open_contacts_file(path)
    assert contacts.table is not None and book.remembered_mapping(contacts.table) is None
    mapping = (Target.NAME, Target.COMPANY, Target.EMAIL)
    book.remember_mapping(contacts.table, mapping)
    assert book.mapping_for(contacts.table) == mapping
    assert book.setting(LeadBook.MAPPING_SETTING + contacts.table.signature)
    plan = book.plan_file(contacts, mapping)
    assert (plan.file_name, plan.format, plan.fingerprint) == ("people.csv", format_label(contacts),
                                                               contacts.source.fingerprint)  # fmt: skip
    assert plan.count(ItemKind.NEW) == 1
    heard: list[Change] = []
    book.subscribe(heard.append)
    result = book.import_leads(plan)
    assert [(c.label, c.count) for c in heard] == [("Import", 1)] and book.imported_elsewhere(result) is not None


def test_an_import_on_another_connection_clears_the_undo_steps_that_could_overwrite_its_leads(tmp_path, clock):
    """Lead ids are reused: after a delete, a lead added by the worker may take the deleted one's id,
    and undoing the delete would put the old lead back over it."""
    path = tmp_path / "reuse.leadbook"
    with LeadBook.open(path, clock) as book:
        anna = book.add_lead(Lead(name="Anna"))
        carl = book.add_lead(Lead(name="Carl"))
        book.delete_leads([carl.id])
        assert book.undo_label
        with LeadBook.worker_connection(path, clock) as worker:
            ida = worker.add_lead(Lead(name="Ida"))
        book.reload_after_external_change(Change(Op.ADD_LEADS, frozenset([ida.id]), added=frozenset([ida.id])))
        assert book.undo() is None  # nothing left to undo
        assert sorted(lead.name for lead in book.leads([anna.id, ida.id])) == ["Anna", "Ida"]
