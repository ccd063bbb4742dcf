"""Possible duplicates kept for review: listed, answered (remembered), merged with everything both
leads own, and the merge undone."""

from __future__ import annotations

from datetime import date

from leadbook.book import LeadBook
from leadbook.core.followups import Due, FollowUp
from leadbook.core.model import Lead, Stage
from leadbook.interop.csv_import import guess_mapping, read_csv, records


def import_text(book: LeadBook, text: str):
    table = read_csv(text)
    return book.import_leads(book.plan_import(list(records(table, guess_mapping(table.header)))))


def office(book: LeadBook) -> tuple[int, int]:
    """Anna in the book; Bob, imported, shares her office phone: a possible duplicate."""
    book.set_home_country("US")
    anna = book.add_lead(Lead(name="Anna Svensson", company="Office AB", phones=("+1 555 3227 8543",),
                              emails=("anna@office.example",), notes="Mine", tags=("vip",)))  # fmt: skip
    result = import_text(book, "Name,Company,Phone,Email,Notes\r\nBob Carter,Office AB,+1 555 3227 8543,"
                               "bob@office.example,Met at the fair\r\n")  # fmt: skip
    assert (result.added, result.flagged) == (1, 1)
    return anna.id, min(result.added_ids)


def test_pairs_are_listed_until_answered_and_the_answer_is_remembered(book):
    anna, bob = office(book)
    [pair] = book.possible_duplicates()
    assert (pair.lead_a, pair.lead_b, pair.reason, pair.status) == (anna, bob, "phone", "open")
    book.decide_possible_duplicate(pair.id, "open")  # Keep both: asked again later
    assert book.count_possible_duplicates() == 1
    book.decide_possible_duplicate(pair.id, "not_same")
    assert book.count_possible_duplicates() == 0
    # The same file again: nothing new, and the pair is not asked again.
    again = import_text(
        book, "Name,Company,Phone,Email\r\nBob Carter,Office AB,+1 555 3227 8543,bob@office.example\r\n"
    )
    assert (again.added, again.flagged) == (0, 0) and book.possible_duplicates() == []


def test_a_pair_goes_with_a_deleted_lead_and_comes_back_with_its_undo(book):
    anna, bob = office(book)
    book.delete_leads([bob])
    assert book.possible_duplicates() == []
    book.undo()
    assert [p.lead_b for p in book.possible_duplicates()] == [bob]
    book.update_lead(book.lead(anna).with_changes(role="Buyer"))
    book.undo()  # an undo puts a lead's row back by deleting it first: its pairs stay
    assert book.count_possible_duplicates() == 1


def test_undo_of_the_import_takes_its_pairs_and_a_later_lead_with_a_reused_id_has_none(book, clock):
    _anna, bob = office(book)
    book.undo_last_import()
    assert book.possible_duplicates() == []
    clock.advance(minutes=1)
    later = book.add_lead(Lead(name="Cleo Marsh"))
    assert later.id == bob and book.possible_duplicates() == []  # the id is used again, by someone else


def test_a_merge_keeps_every_follow_up_note_and_field_of_both_and_undo_puts_both_back(book):
    anna, bob = office(book)
    book.plan_followup(FollowUp(anna, Due(date(2026, 11, 30))))
    book.plan_followup(FollowUp(bob, Due(date(2026, 12, 2))))
    book.add_note(bob, "Prefers mornings")
    book.set_stage(bob, Stage.QUALIFIED)
    before = (book.lead(anna), book.lead(bob), book.timeline(anna), book.timeline(bob))
    followups = sorted(f.id for f in book.followups(anna) + book.followups(bob))
    [pair] = book.possible_duplicates()
    change = book.merge_possible_duplicate(pair.id, keep=anna, take_from_other=["stage"])
    assert change.removed == {bob} and book.count_leads() == 1
    merged = book.lead(anna)
    assert merged.name == "Anna Svensson" and merged.stage == Stage.QUALIFIED  # the stage chosen from Bob
    assert merged.emails == ("anna@office.example", "bob@office.example") and merged.tags == ("vip",)
    assert merged.notes == "Mine\n\nMet at the fair"
    assert sorted(f.id for f in book.followups(anna)) == followups  # every follow-up of both, Anna's first one too
    assert "Prefers mornings" in [entry.text for entry in book.timeline(anna)]
    assert book.possible_duplicates() == [] and book.possible_duplicates("merged")[0].id == pair.id
    book.undo()
    assert (book.lead(anna), book.lead(bob), book.timeline(anna), book.timeline(bob)) == before
    assert [p.id for p in book.possible_duplicates()] == [pair.id]  # open again
