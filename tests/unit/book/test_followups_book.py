"""Follow-ups through LeadBook on a real file, with the test clock (Mon 2026-11-23 09:30 Stockholm)."""

from datetime import date, time, timedelta

import pytest

from leadbook.book import LeadBook, LeadQuery
from leadbook.core.cadences import POST_SALE
from leadbook.core.followups import Due, FollowUp, Objective, Outcome, State
from leadbook.core.model import Channel, IntervalUnit, Lead, Source, Stage
from leadbook.core.rules import Settings

MONDAY = date(2026, 11, 23)


def plan(book: LeadBook, lead_id: int, day: date, at: time | None = None, **kw) -> FollowUp:
    return book.plan_followup(FollowUp(lead_id, Due(day, at), **kw))


def test_new_web_lead_gets_a_first_response_due_within_an_hour(book: LeadBook):
    lead = book.add_lead(Lead(name="Anna", source=Source.WEB, emails=("anna@example.com",)))
    (first,) = book.followups(lead.id)
    assert first.first_response and first.state == State.PLANNED
    assert (first.due, first.channel, first.objective) == (Due(MONDAY, time(10, 30)), Channel.EMAIL, Objective.ANSWER)
    assert first.due_at == "2026-11-23T09:30:00Z"
    assert book.agenda().first_responses[0].followup.id == first.id


@pytest.mark.parametrize(
    ("source", "emails", "phones", "channel"),
    [
        (Source.WEB, ("a@example.com",), (), Channel.EMAIL),
        (Source.WEB, (), ("+46 8 123 456",), Channel.CALL),  # no address to write to: a call
        (Source.WEB, (), (), Channel.OTHER),  # no way to reach them yet: a research step
        (Source.PHONE, ("a@example.com",), (), Channel.EMAIL),
        (Source.PHONE, ("a@example.com",), ("+46 8 123 456",), Channel.CALL),
        (Source.COLD, (), (), Channel.OTHER),
    ],
)
def test_the_first_response_uses_a_channel_the_lead_can_be_reached_by(book: LeadBook, source, emails, phones, channel):
    lead = book.add_lead(Lead(name="Anna", source=source, emails=emails, phones=phones))
    (first,) = book.followups(lead.id)
    assert first.channel == channel


def test_the_stage_an_outcome_leads_to():
    from leadbook.core.rules import stage_after

    assert stage_after(Outcome.SAID_NO, Stage.QUALIFIED) == Stage.NO
    assert stage_after(Outcome.WON, Stage.NEW) == Stage.WON
    assert stage_after(Outcome.NO_ANSWER, Stage.NEW) == Stage.CONTACTED
    assert stage_after(Outcome.NO_ANSWER, Stage.QUALIFIED) == Stage.QUALIFIED


def test_cold_lead_gets_a_plain_follow_up_the_next_working_day_and_won_leads_none(book: LeadBook):
    cold = book.add_lead(Lead(name="Cold", source=Source.COLD))
    assert [(f.due, f.first_response) for f in book.followups(cold.id)] == [(Due(date(2026, 11, 24)), False)]
    won = book.add_lead(Lead(name="Won", stage=Stage.WON))
    assert book.followups(won.id) == []


def test_timed_follow_up_is_stored_as_the_dst_correct_instant(book: LeadBook):
    lead = book.add_leads([Lead(name="A")]).added
    (lead_id,) = lead
    fu = plan(book, lead_id, date(2027, 3, 29), time(14, 0), remind_minutes=30)
    assert fu.due_at == "2027-03-29T12:00:00Z"
    assert fu.remind_at == "2027-03-29T11:30:00Z"
    whole_day = plan(book, lead_id, date(2027, 3, 26))
    assert whole_day.due_at == "2027-03-25T23:00:00Z" and whole_day.remind_at == "2027-03-26T08:00:00Z"


def test_changing_the_start_of_the_day_moves_date_only_reminders(book: LeadBook):
    (lead_id,) = book.add_leads([Lead(name="A")]).added
    fu = plan(book, lead_id, date(2026, 12, 1))
    timed = plan(book, lead_id, date(2026, 12, 1), time(15, 0))
    book.save_settings(Settings(day_start="07:30"))
    assert book.followup(fu.id).remind_at == "2026-12-01T06:30:00Z"
    assert book.followup(timed.id).remind_at == timed.remind_at


def test_log_and_plan_in_one_step_updates_summary_and_stage(book: LeadBook, clock):
    lead = book.add_lead(Lead(name="Anna", source=Source.COLD))
    (first,) = book.followups(lead.id)
    proposal = book.propose_next(lead.id, first)
    book.complete_followup(
        first.id,
        Outcome.REACHED,
        "Interested in a pond",
        FollowUp(lead.id, proposal.due, proposal.channel, proposal.objective),
    )
    done, planned = book.followups(lead.id)
    assert (done.state, done.outcome, done.result_note, done.done_at) == (
        State.DONE,
        Outcome.REACHED,
        "Interested in a pond",
        "2026-11-23T08:30:00Z",
    )
    assert planned.state == State.PLANNED and planned.due == Due(date(2026, 11, 30))
    assert book.lead(lead.id).stage == Stage.CONTACTED
    row = book.table_rows([lead.id])[lead.id]
    assert row[9:11] == ("2026-11-23T08:30:00Z", planned.due_at)
    assert book.undo_label == "Log follow-up"
    book.undo()
    assert [f.state for f in book.followups(lead.id)] == [State.PLANNED]
    assert book.lead(lead.id).stage == Stage.NEW


def test_said_no_marks_the_lead_no_and_cancels_what_was_planned(book: LeadBook):
    lead = book.add_lead(Lead(name="Bob", source=Source.COLD))
    extra = plan(book, lead.id, date(2026, 12, 3))
    first = book.followups(lead.id)[0]
    book.complete_followup(first.id, Outcome.SAID_NO, "Has a supplier")
    assert book.lead(lead.id).stage == Stage.NO
    assert book.followup(extra.id).state == State.CANCELLED
    assert book.lead_ids(LeadQuery(stage=Stage.NO)) == [lead.id]


def test_won_can_start_the_post_sale_cadence(book: LeadBook):
    lead = book.add_lead(Lead(name="Carla", source=Source.COLD))
    first = book.followups(lead.id)[0]
    book.complete_followup(first.id, Outcome.WON, start_post_sale=True)
    assert book.lead(lead.id).stage == Stage.WON
    planned = [f for f in book.followups(lead.id) if f.state == State.PLANNED]
    post_sale = next(c for c in book.cadences() if c.builtin == POST_SALE)
    assert [(f.due.day - MONDAY).days for f in planned] == [s.day for s in post_sale.steps]
    assert planned[0].channel == Channel.LETTER


def test_a_reply_can_end_the_rest_of_the_cadence(book: LeadBook):
    (lead_id,) = book.add_leads([Lead(name="Dana")]).added
    cadence = next(c for c in book.cadences() if c.builtin == "after_first_meeting")
    book.apply_cadence(lead_id, cadence.id, MONDAY)
    steps = book.followups(lead_id)
    assert [(f.due.day - MONDAY).days for f in steps] == [0, 3, 7, 14, 30]
    assert steps[0].message.startswith("Hi Dana,") and "Your next step" in steps[0].message
    assert book.propose_next(lead_id, steps[0]).due.day == date(2026, 11, 26)
    book.complete_followup(steps[0].id, Outcome.REPLIED, keep_cadence=True)
    assert len(book.remaining_cadence_steps(lead_id)) == 4
    book.complete_followup(steps[1].id, Outcome.REACHED, keep_cadence=False)
    assert book.remaining_cadence_steps(lead_id) == []


def test_the_preferred_interval_drives_the_proposal(book: LeadBook):
    lead = book.add_lead(
        Lead(
            name="Eva",
            source=Source.COLD,
            preferred_channel=Channel.EMAIL,
            interval_count=1,
            interval_unit=IntervalUnit.MONTHS,
        )
    )
    proposal = book.propose_next(lead.id, book.followups(lead.id)[0])
    assert (proposal.due.day, proposal.channel) == (date(2026, 12, 23), Channel.EMAIL)


def test_unanswered_attempts_count_reach_the_stop_rule_and_keep_going_resets(book: LeadBook, clock):
    (lead_id,) = book.add_leads([Lead(name="Finn", stage=Stage.CONTACTED)]).added
    for n in range(6):
        fu = plan(book, lead_id, MONDAY + timedelta(days=n))
        clock.advance(days=1)
        book.complete_followup(fu.id, Outcome.NO_ANSWER if n % 2 else Outcome.VOICEMAIL)
        assert book.attempts_in_a_row(lead_id) == n + 1
    assert [lead.id for lead in book.agenda().decide] == [lead_id]
    assert book.is_decision_due(book.lead(lead_id))
    book.keep_going(lead_id)
    assert book.attempts_in_a_row(lead_id) == 0 and book.agenda().decide == []
    clock.advance(minutes=5)
    fu = plan(book, lead_id, MONDAY + timedelta(days=10))
    book.complete_followup(fu.id, Outcome.NO_ANSWER)
    assert book.attempts_in_a_row(lead_id) == 1
    fu = plan(book, lead_id, MONDAY + timedelta(days=12))
    book.complete_followup(fu.id, Outcome.REPLIED)
    assert book.attempts_in_a_row(lead_id) == 0


def test_sixty_days_without_a_reply_also_asks_to_decide(book: LeadBook, clock):
    (lead_id,) = book.add_leads([Lead(name="Gus", stage=Stage.QUALIFIED)]).added
    book.complete_followup(plan(book, lead_id, MONDAY).id, Outcome.NO_ANSWER)
    clock.advance(days=59)
    assert book.agenda().decide == []
    clock.advance(days=1)
    assert [lead.id for lead in book.agenda().decide] == [lead_id]


def test_spacing_guard_after_an_unanswered_attempt(book: LeadBook):
    (lead_id,) = book.add_leads([Lead(name="Hal")]).added
    book.complete_followup(plan(book, lead_id, MONDAY).id, Outcome.NO_ANSWER)
    assert book.spacing_gap_ends(lead_id, date(2026, 11, 24)) == date(2026, 11, 25)
    assert book.spacing_gap_ends(lead_id, date(2026, 11, 25)) is None


def test_agenda_sections_do_not_overlap(book: LeadBook):
    (lead_id,) = book.add_leads([Lead(name="Ida")]).added
    late = plan(book, lead_id, MONDAY - timedelta(days=3))
    untimed = plan(book, lead_id, MONDAY)
    early = plan(book, lead_id, MONDAY, time(8, 0))
    later = plan(book, lead_id, MONDAY, time(16, 0))
    tomorrow = plan(book, lead_id, MONDAY + timedelta(days=1))
    plan(book, lead_id, MONDAY + timedelta(days=2))
    web = book.add_lead(Lead(name="Web", source=Source.WEB))
    agenda = book.agenda()
    assert [r.followup.id for r in agenda.overdue] == [late.id]
    assert [r.followup.id for r in agenda.today] == [early.id, later.id, untimed.id]
    assert [r.followup.id for r in agenda.tomorrow] == [tomorrow.id]
    assert [r.lead_name for r in agenda.first_responses] == [web.name]
    assert agenda.due_count == 5
    assert agenda.today[0].attempt == 1 and agenda.today[0].lead_name == "Ida"


def test_active_leads_without_a_next_step_are_counted(book: LeadBook):
    book.add_leads(
        [Lead(name="A", stage=Stage.QUALIFIED), Lead(name="B", stage=Stage.WON), Lead(name="C", stage=Stage.NURTURE)]
    )
    assert book.agenda().without_next_step == 2


def test_timeline_holds_follow_ups_notes_and_stage_changes_in_order(book: LeadBook, clock):
    lead = book.add_lead(Lead(name="Jo", source=Source.COLD))
    clock.advance(hours=1)
    book.add_note(lead.id, "Met at the fair")
    clock.advance(hours=1)
    book.complete_followup(book.followups(lead.id)[0].id, Outcome.REACHED, "Good talk")
    clock.advance(hours=1)
    book.set_stage(lead.id, Stage.QUALIFIED)
    kinds = [(e.kind, e.text) for e in book.timeline(lead.id)]
    assert kinds == [
        ("created", ""),
        ("note", "Met at the fair"),
        ("followup", "Good talk"),
        ("stage", "contacted"),
        ("stage", "qualified"),
    ]


def test_deleting_a_lead_takes_its_follow_ups_and_undo_brings_them_back(book: LeadBook):
    lead = book.add_lead(Lead(name="Kim", source=Source.WEB))
    book.add_note(lead.id, "note")
    before = (book.followups(lead.id), book.timeline(lead.id))
    book.delete_leads([lead.id])
    assert book.agenda().first_responses == []
    book.undo()
    assert (book.followups(lead.id), book.timeline(lead.id)) == before


def test_user_cadences_can_be_made_changed_and_deleted_but_builtins_cannot(book: LeadBook):
    from leadbook.core.cadences import Cadence, CadenceStep

    mine = book.save_cadence(
        Cadence(
            "Spring pitch",
            (CadenceStep(0, Channel.EMAIL, Objective.REPLY, "Hello"), CadenceStep(5, Channel.CALL, Objective.MEETING)),
        )
    )
    assert mine.id is not None and book.cadence(mine.id).steps[1].day == 5
    book.save_cadence(Cadence("Spring pitch 2", mine.steps[:1], mine.id))
    assert book.cadence(mine.id).name == "Spring pitch 2"
    with pytest.raises(ValueError):
        book.save_cadence(book.cadences()[0])
    book.delete_cadence(mine.id)
    assert [c.builtin for c in book.cadences()] == ["after_first_meeting", "post_sale", "new_web_inquiry"]


def test_the_proposal_sees_the_book_as_it_will_be_after_the_touch(book: LeadBook):
    (lead_id,) = book.add_leads([Lead(name="Lou")]).added
    cadence = next(c for c in book.cadences() if c.builtin == "new_web_inquiry")
    book.apply_cadence(lead_id, cadence.id, MONDAY)
    first, _second = book.followups(lead_id)[:2]  # day 0 e-mail, day 1 call (Tuesday)
    assert book.propose_next(lead_id, first).due.day == date(2026, 11, 24)
    unanswered = book.propose_next(lead_id, first, outcome=Outcome.NO_ANSWER)
    assert (unanswered.due.day, unanswered.moved_from) == (date(2026, 11, 25), date(2026, 11, 24))
    stopped = book.propose_next(lead_id, first, outcome=Outcome.REPLIED, keep_cadence=False)
    assert stopped.due.day == date(2026, 11, 30) and stopped.moved_from is None
    assert book.propose_next(lead_id, first, outcome=Outcome.WON).due.day == date(2026, 11, 30)


def test_the_thank_you_greets_by_first_name_or_the_whole_name_written_without_spaces(book: LeadBook):
    cadence = next(c for c in book.cadences() if c.builtin == "after_first_meeting")
    for name, greeting in (("Anna Lindqvist", "Hi Anna,"), ("王伟", "Hi 王伟,"), ("  Jonas  ", "Hi Jonas,")):
        (lead_id,) = book.add_leads([Lead(name=name)]).added
        book.apply_cadence(lead_id, cadence.id, MONDAY)
        assert book.followups(lead_id)[0].message.startswith(greeting)


def test_built_in_cadences_come_in_the_installed_language(book: LeadBook, qapp, tmp_path):
    """A translator for the "Cadences" context changes the name and the copied messages; users' own stay."""
    import subprocess
    import sys
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QTranslator

    from leadbook.core.cadences import THANK_YOU_TEMPLATE

    ts = tmp_path / "t.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de"><context>'
        "<name>Cadences</name>"
        "<message><source>After first meeting</source><translation>Nach dem ersten Treffen</translation></message>"
        f"<message><source>{THANK_YOU_TEMPLATE}</source><translation>Hallo {{first_name}},\n\nDanke.</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(tmp_path / "t.qm")], check=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "t.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        cadence = next(c for c in book.cadences() if c.builtin == "after_first_meeting")
        assert cadence.name == "Nach dem ersten Treffen"
        (lead_id,) = book.add_leads([Lead(name="Jonas Weber")]).added
        book.apply_cadence(lead_id, cadence.id, MONDAY)
        assert book.followups(lead_id)[0].message == "Hallo Jonas,\n\nDanke."
    finally:
        QCoreApplication.removeTranslator(translator)
    assert next(c for c in book.cadences() if c.builtin == "after_first_meeting").name == "After first meeting"


def test_the_lead_query_finds_exactly_the_active_leads_without_a_next_step(book: LeadBook):
    """Today's "n active leads have no next step" and the Leads filter behind it are the same leads."""
    planned_lead = book.add_lead(Lead(name="Has a plan", source=Source.COLD, stage=Stage.CONTACTED))
    without = book.add_lead(Lead(name="Forgotten", source=Source.COLD, stage=Stage.QUALIFIED))
    book.add_lead(Lead(name="Said no", source=Source.COLD, stage=Stage.NO))
    book.add_lead(Lead(name="Won", source=Source.COLD, stage=Stage.WON))
    for f in book.followups(without.id):
        book.cancel_followup(f.id)
    assert book.followups(planned_lead.id)  # a cold lead gets its first follow-up
    found = book.lead_ids(LeadQuery(without_next_step=True))
    assert found == [without.id]
    assert book.agenda(book.local_today()).without_next_step == len(found)
    assert book.lead_ids(LeadQuery(without_next_step=True, text="forgot")) == [without.id]
    assert book.lead_ids(LeadQuery(without_next_step=True, stage=Stage.CONTACTED)) == []
    assert book.largest_value() is None
    book.update_lead(book.lead(without.id).with_changes(value=9_500.0, currency="EUR"))
    assert book.largest_value() == (9_500.0, "EUR")


def test_a_follow_up_logged_by_another_leadbook_is_not_cancelled_moved_or_logged_again_here(tmp_path, clock):
    """Two Leadbooks on one book: what a write depends on is read with the write lock held, so a
    follow-up the other one logged meanwhile is left as it logged it, and this one says so."""
    from leadbook.present import texts
    from leadbook.store.errors import ChangedElsewhereError

    path = tmp_path / "shared.leadbook"
    with LeadBook.open(path, clock) as here, LeadBook.worker_connection(path, clock) as there:
        lead = here.add_lead(Lead(name="Anna", phones=("+46 70 123 45 67",)))
        fu = here.plan_followup(FollowUp(lead.id, Due(date(2026, 11, 25)), Channel.CALL))
        there.complete_followup(fu.id, Outcome.REACHED, "Booked a visit")
        for write in (
            lambda: here.cancel_followup(fu.id),
            lambda: here.move_followups([(fu.id, Due(date(2026, 11, 26)))]),
            lambda: here.complete_followup(fu.id, Outcome.NO_ANSWER),
        ):
            with pytest.raises(ChangedElsewhereError) as refused:
                write()
            # What the user reads (guarded shows a BookError's text): it names the book and what happened.
            said = texts.book_error_text(refused.value)
            assert "logged, cancelled or moved elsewhere" in said and str(path) in said
        kept = here.followup(fu.id)
        assert kept.state == State.DONE and kept.outcome == Outcome.REACHED and kept.due.day == date(2026, 11, 25)
        assert kept.result_note == "Booked a visit"
