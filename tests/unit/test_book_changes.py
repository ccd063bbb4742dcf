"""Typed changes: every write says its op, the kinds of thing it changed and how many, and the
undo step it leaves is named from the op (in English here, as the Edit menu shows it)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QApplication

from leadbook.book import Change, ChangeKind, LeadBook, Op
from leadbook.book.changes import KINDS, UNDOABLE
from leadbook.core.cadences import Cadence, CadenceStep
from leadbook.core.followups import Due, FollowUp, Objective, Outcome
from leadbook.core.model import Channel, Lead, Stage
from leadbook.core.reminders import Snooze
from leadbook.core.revisits import NoReason
from leadbook.present import i18n, texts

K = ChangeKind


def _lead(book: LeadBook, name: str = "Anna", **kw: object) -> int:
    lead = book.add_lead(Lead(name=name, emails=("anna@example.se",), stage=Stage.QUALIFIED, **kw))  # type: ignore[arg-type]
    assert lead.id is not None
    return lead.id


def _heard(book: LeadBook) -> list[Change]:
    heard: list[Change] = []
    book.subscribe(heard.append)
    return heard


def test_every_op_has_its_kinds_and_an_english_name():
    assert set(KINDS) == set(Op)
    assert all(KINDS[op] != K.NONE for op in Op)
    assert Change(Op.DELETE_LEADS, count=1).label == "Delete lead"
    assert Change(Op.DELETE_LEADS, count=3).label == "Delete 3 leads"
    assert Change(Op.UNDO, count=2, undone=Op.DELETE_LEADS).label == "Undo Delete 2 leads"
    assert Change("Import").op is Op.IMPORT  # a name reads as its op
    assert Change(Op.SAVE_SETTINGS, kinds=K.SETTINGS).kinds == K.SETTINGS


def test_lead_writes(book: LeadBook):
    heard = _heard(book)
    anna = _lead(book)
    book.add_leads([Lead(name="B"), Lead(name="C")])
    book.update_lead(book.lead(anna).with_changes(role="Buyer"))
    ids = book.lead_ids()
    book.delete_leads([i for i in ids if i != anna])
    book.undo()
    assert [(c.op, c.count) for c in heard] == [
        (Op.ADD_LEAD, 1),
        (Op.ADD_LEADS, 2),
        (Op.UPDATE_LEAD, 1),
        (Op.DELETE_LEADS, 2),
        (Op.UNDO, 2),
    ]
    assert heard[0].touches(K.LEADS | K.FOLLOWUPS) and not heard[0].touches(K.SETTINGS)
    assert heard[2].kinds == K.LEADS
    assert heard[3].touches(K.REVISITS) and heard[3].removed == frozenset(ids) - {anna}
    assert heard[4].undone is Op.DELETE_LEADS and heard[4].label == "Undo Delete 2 leads"


def test_follow_up_writes(book: LeadBook):
    anna = _lead(book)
    heard = _heard(book)
    day = book.local_today() + timedelta(days=3)
    fu = book.plan_followup(FollowUp(anna, Due(day), Channel.CALL))
    assert fu.id is not None
    book.update_followup(fu.with_changes(message="Hello"))
    book.move_followups([(fu.id, Due(day + timedelta(days=1)))])
    book.move_followups([(fu.id, Due(day + timedelta(days=2)))], "Even out")
    book.complete_followup(fu.id, Outcome.NO_ANSWER)
    book.set_stage(anna, Stage.PROPOSAL)
    book.keep_going(anna)
    book.add_note(anna, "Called twice")
    other = book.plan_followup(FollowUp(anna, Due(day), Channel.EMAIL))
    assert other.id is not None
    book.cancel_followup(other.id)
    cadence = book.save_cadence(Cadence("Mine", (CadenceStep(0, Channel.CALL, Objective.REPLY),)))
    assert cadence.id is not None
    book.apply_cadence(anna, cadence.id)
    book.delete_cadence(cadence.id)
    assert [c.op for c in heard] == [
        Op.PLAN_FOLLOWUP,
        Op.UPDATE_FOLLOWUP,
        Op.MOVE_FOLLOWUPS,
        Op.EVEN_OUT,
        Op.LOG_FOLLOWUP,
        Op.SET_STAGE,
        Op.KEEP_GOING,
        Op.ADD_NOTE,
        Op.PLAN_FOLLOWUP,
        Op.CANCEL_FOLLOWUP,
        Op.SAVE_CADENCE,
        Op.APPLY_CADENCE,
        Op.DELETE_CADENCE,
    ]
    assert all(
        c.lead_ids == {anna} and c.touches(K.FOLLOWUPS) and c.touches(K.LEADS)
        for c in heard
        if c.op not in (Op.SAVE_CADENCE, Op.DELETE_CADENCE)
    )
    assert heard[-1].kinds == K.CADENCES and heard[-1].lead_ids == frozenset()
    assert book.undo_label == "Apply cadence" and book.undo_op == (Op.APPLY_CADENCE, 1)


def test_revisit_reminder_and_settings_writes(book: LeadBook):
    anna, bo = _lead(book), _lead(book, "Bo")
    heard = _heard(book)
    book.say_no(anna, NoReason.TIMING, "", book.local_today() + timedelta(days=30))
    book.still_not_now(anna)
    book.reopen(anna)
    book.new_contact_person(anna, "Cecilia")
    book.do_not_contact(bo)
    ops = [c.op for c in heard]
    assert ops == [Op.SAY_NO, Op.STILL_NOT_NOW, Op.REOPEN, Op.NEW_CONTACT_PERSON, Op.DO_NOT_CONTACT]
    assert all(c.touches(K.REVISITS) and c.count == 1 for c in heard)
    heard.clear()
    fu = book.plan_followup(FollowUp(anna, Due(date(2026, 11, 23)), Channel.CALL, remind_minutes=0))
    assert fu.id is not None
    book.snooze_reminders([fu.id], book.snooze_target(Snooze.HOUR_1))
    book.dismiss_reminders([fu.id])
    book.save_settings(book.settings())
    assert [(c.op, c.count, c.kinds) for c in heard[1:]] == [
        (Op.SNOOZE_REMINDERS, 1, K.REMINDERS),
        (Op.DISMISS_REMINDERS, 1, K.REMINDERS),
        (Op.SAVE_SETTINGS, 1, K.SETTINGS | K.REMINDERS),
    ]
    assert heard[1].label == "Snooze reminder" and heard[2].label == "Dismiss reminder"


@pytest.fixture
def english(qapp: QApplication):
    assert i18n.install_translators(qapp, "en") == "en"
    yield


@pytest.mark.parametrize("op", sorted(UNDOABLE))
def test_undo_names_in_english_as_the_edit_menu_shows_them(english, op: Op):
    assert texts.undo_text(op, 1) == ("Delete lead" if op is Op.DELETE_LEADS else op.value)


def test_undo_name_of_many_deleted_leads(english):
    assert texts.undo_text(Op.DELETE_LEADS, 2) == "Delete 2 leads"
    assert texts.undo_text(Op.ADD_LEADS, 5) == "Add leads"
