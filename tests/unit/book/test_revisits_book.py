"""Saying no, the revisit queue and its actions, own results and the nurture list, through LeadBook."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

from leadbook.book import LeadBook, SaidNo
from leadbook.core.clock import FakeClock
from leadbook.core.followups import Due, FollowUp, Objective, State
from leadbook.core.model import Channel, Lead, Stage
from leadbook.core.revisits import NoReason
from leadbook.core.rules import Settings
from leadbook.store.leads import LeadQuery

TODAY = date(2026, 11, 23)


def _lead(book: LeadBook, name: str = "Anna Svensson", **kw: object) -> int:
    lead = book.add_lead(
        Lead(
            name=name,
            company=kw.pop("company", "Åkerlund AB"),
            stage=kw.pop("stage", Stage.QUALIFIED),
            emails=("anna@example.se",),
            value=48000,
            currency="SEK",
            **kw,
        )
    )  # type: ignore[arg-type]
    assert lead.id is not None
    return lead.id


def test_say_no_queues_a_revisit_and_leaves_active_lists(book: LeadBook) -> None:
    lead_id = _lead(book, role="Buyer")
    # before: nothing due today, one follow-up planned (tomorrow) that saying no must cancel
    assert book.agenda().due_count == 0
    assert [(f.due.day, f.state) for f in book.followups(lead_id)] == [(date(2026, 11, 24), State.PLANNED)]
    book.say_no(lead_id, NoReason.TIMING, "Busy until spring", book.default_revisit_on(NoReason.TIMING))
    assert book.lead(lead_id).stage == Stage.NO
    assert all(f.state != State.PLANNED for f in book.followups(lead_id))
    assert book.revisits() == []
    (row,) = book.upcoming_revisits()
    assert row.revisit_on == date(2027, 2, 22) and row.reason == NoReason.TIMING
    assert row.contact_person == "Anna Svensson (Buyer)" and row.value == 48000
    said = [e for e in book.timeline(lead_id) if e.kind == "said_no"]
    assert said and said[0].text == "timing" and "Anna Svensson (Buyer)" in said[0].data
    assert said[0].said_no == SaidNo("Anna Svensson (Buyer)", "2027-02-22", False, "Busy until spring")
    assert lead_id not in [r.followup.lead_id for r in book.agenda().overdue + book.agenda().today]


def test_say_no_is_one_undo_step(book: LeadBook) -> None:
    lead_id = _lead(book)
    book.say_no(lead_id, NoReason.BUDGET, "", date(2027, 1, 1))
    assert book.undo_label == "Said no"
    book.undo()
    assert book.lead(lead_id).stage == Stage.QUALIFIED
    assert book.upcoming_revisits() == [] and book.revisit_of(lead_id) is None
    assert any(f.state == State.PLANNED for f in book.followups(lead_id))


def test_due_revisits_are_on_today_oldest_first(book: LeadBook, clock: FakeClock) -> None:
    a, b = _lead(book, "A"), _lead(book, "B")
    book.say_no(b, NoReason.DECISION_MAKER, "", TODAY + timedelta(days=30))
    book.say_no(a, NoReason.TIMING, "", TODAY + timedelta(days=10))
    clock.advance(days=40)
    today = book.local_today()
    due = book.revisits()
    assert [r.lead_id for r in due] == [a, b]
    agenda = book.agenda()
    assert [r.lead_id for r in agenda.revisits] == [a, b]
    assert agenda.due_count >= 2
    assert book.upcoming_revisits(today) == []


def test_today_lists_the_first_revisits_and_counts_them_all(book: LeadBook, clock: FakeClock) -> None:
    """A limited agenda reads only its first revisits; the total and the due count come from a COUNT."""
    ids = [_lead(book, name) for name in "ABC"]
    for n, lead_id in enumerate(ids):
        book.say_no(lead_id, NoReason.TIMING, "", TODAY + timedelta(days=10 + n))
    clock.advance(days=40)
    limited = book.agenda(limit=2)
    assert [r.lead_id for r in limited.revisits] == ids[:2] and limited.total("revisits") == 3
    assert book.count_due_revisits() == 3 == len(book.revisits())
    assert book.due_count() == book.agenda().due_count


def test_reopen_goes_back_to_an_active_stage_with_a_follow_up(book: LeadBook, clock: FakeClock) -> None:
    lead_id = _lead(book)
    book.say_no(lead_id, NoReason.TIMING, "", TODAY + timedelta(days=1))
    clock.advance(days=2)
    book.reopen(lead_id, Stage.QUALIFIED)
    assert book.lead(lead_id).stage == Stage.QUALIFIED
    planned = [f for f in book.followups(lead_id) if f.state == State.PLANNED]
    assert len(planned) == 1 and planned[0].due.day > book.local_today()
    assert book.revisits() == [] and book.revisit_stats() == (1, 0)
    book.set_stage(lead_id, Stage.WON)
    assert book.revisit_stats() == (1, 1)


def test_still_not_now_requeues_with_the_reasons_delay(book: LeadBook, clock: FakeClock) -> None:
    lead_id = _lead(book)
    book.say_no(lead_id, NoReason.BUDGET, "Q1 budget", date(2027, 1, 1))
    clock.advance(days=40)  # 2 January 2027
    (_row,) = book.revisits()
    book.still_not_now(lead_id)
    assert book.revisits() == []
    (again,) = book.upcoming_revisits()
    assert again.revisit_on == date(2027, 4, 1) and again.reason == NoReason.BUDGET and again.note == "Q1 budget"
    assert book.revisit_stats() == (0, 0)


def test_settings_delays_are_used(book: LeadBook) -> None:
    book.save_settings(Settings(no_delays={"timing": 14}))
    assert book.default_revisit_on(NoReason.TIMING) == date(2026, 12, 7)
    book.save_settings(Settings(revisit_questions=["Who decides now?"]))
    assert book.revisit_questions() == ["Who decides now?"]


def test_new_contact_person_keeps_company_and_history(book: LeadBook, clock: FakeClock) -> None:
    lead_id = _lead(book, role="Buyer")
    book.add_note(lead_id, "Liked the samples")
    book.say_no(lead_id, NoReason.DECISION_MAKER, "", TODAY + timedelta(days=1))
    clock.advance(days=2)
    book.new_contact_person(lead_id, "Björn Ek", role="Purchasing", emails=["bjorn@example.se"])
    lead = book.lead(lead_id)
    assert (lead.name, lead.company, lead.role, lead.emails, lead.stage) == (
        "Björn Ek",
        "Åkerlund AB",
        "Purchasing",
        ("bjorn@example.se",),
        Stage.NEW,
    )
    kinds = [e.kind for e in book.timeline(lead_id)]
    assert "note" in kinds and "said_no" in kinds and "new_contact" in kinds
    assert [f for f in book.followups(lead_id) if f.state == State.PLANNED]
    assert book.revisits() == [] and book.revisit_stats() == (1, 0)


def test_do_not_contact_is_never_queued_or_exported(book: LeadBook, clock: FakeClock) -> None:
    gone = _lead(book, "Gone")
    never = _lead(book, "Never")
    nurtured = _lead(book, "Nurtured", stage=Stage.NURTURE)
    stopped = _lead(book, "Stopped", stage=Stage.NURTURE)
    book.say_no(gone, NoReason.TIMING, "", TODAY + timedelta(days=1))
    book.say_no(never, NoReason.NOT_INTERESTED, "Stop calling", None)
    book.do_not_contact(gone)
    book.do_not_contact(stopped)
    clock.advance(days=400)
    assert book.revisits() == [] and book.upcoming_revisits() == []
    assert book.lead(never).do_not_contact and book.lead(gone).do_not_contact
    assert [r.lead_id for r in book.nurture_list()] == [nurtured]
    out = io.StringIO()
    assert book.export_nurture_csv(out) == 1
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0][0] == "name" and [r[0] for r in rows[1:]] == ["Nurtured"]
    # Saying no again later does not bring a do-not-contact lead back into the queue.
    book.say_no(gone, NoReason.TIMING, "", book.local_today())
    assert book.revisits() == []


def test_nurture_list_and_slow_cadence(book: LeadBook) -> None:
    lead_id = _lead(book, "Slow", stage=Stage.NURTURE)
    for fu in book.followups(lead_id):
        book.cancel_followup(fu.id)
    (row,) = book.nurture_list()
    assert row.next_step_at == "" and book.next_nurture_touch(row) == date(2027, 2, 22)
    book.plan_nurture_touches()
    planned = [f for f in book.followups(lead_id) if f.state == State.PLANNED]
    assert len(planned) == 1 and planned[0].due.day == date(2027, 2, 22) and planned[0].channel == Channel.EMAIL
    (row,) = book.nurture_list()
    assert book.next_nurture_touch(row) == date(2027, 2, 22)


def test_delete_and_undo_keep_revisits(book: LeadBook) -> None:
    lead_id = _lead(book)
    book.say_no(lead_id, NoReason.SUPPLIER, "", TODAY + timedelta(days=5))
    book.delete_leads([lead_id])
    assert book.upcoming_revisits() == []
    book.undo()
    assert [r.lead_id for r in book.upcoming_revisits()] == [lead_id]


def test_said_no_from_a_logged_outcome_then_reason(book: LeadBook) -> None:
    from leadbook.core.followups import Outcome

    lead_id = _lead(book)
    fu = book.plan_followup(FollowUp(lead_id, Due(TODAY), Channel.CALL, Objective.REPLY))
    book.complete_followup(fu.id, Outcome.SAID_NO, "Not this year")
    book.say_no(lead_id, NoReason.TIMING, "", book.default_revisit_on(NoReason.TIMING))
    assert len(book.upcoming_revisits()) == 1
    assert lead_id not in book.lead_ids(LeadQuery()) or book.lead(lead_id).stage == Stage.NO
