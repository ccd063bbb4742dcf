"""Planning a follow-up and logging one, driven as a user would, against a real book file.

The clock stands on Monday 2026-11-23 09:30 in Stockholm; a lead added then (source
"other") gets its first follow-up, date-only, on Tuesday 2026-11-24.
"""

from __future__ import annotations

from datetime import date, time

import pytest
from _widgets import wait_exposed
from PySide6.QtCore import QPoint, Qt, QTime, QUrl, QUrlQuery
from PySide6.QtWidgets import QDialog, QMessageBox

from leadbook.book import LeadBook
from leadbook.core.cadences import AFTER_FIRST_MEETING, NEW_WEB_INQUIRY, POST_SALE
from leadbook.core.followups import Due, FollowUp, Objective, Outcome, State
from leadbook.core.model import Channel, IntervalUnit, Lead, Stage
from leadbook.gui.followups.followup_dialog import FollowUpDialog
from leadbook.gui.followups.log_dialog import LogDialog
from leadbook.store.errors import DiskFullError

TODAY = date(2026, 11, 23)


def add_lead(book: LeadBook, name: str = "Anna Svensson", **fields) -> Lead:
    return book.add_lead(Lead(name=name, **fields))


def planned(book: LeadBook, lead_id: int) -> list[FollowUp]:
    return [f for f in book.followups(lead_id) if f.state == State.PLANNED]


def cadence_id(book: LeadBook, builtin: str) -> int:
    return next(c.id for c in book.cadences() if c.builtin == builtin)


@pytest.fixture
def opened() -> list[QUrl]:
    """The URLs a dialog asked the desktop to open (nothing is launched)."""
    return []


def plan_dialog(qtbot, book: LeadBook, opened: list[QUrl], **kwargs) -> FollowUpDialog:
    dialog = FollowUpDialog(book, open_url=lambda url: opened.append(url) or True, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_exposed(qtbot, dialog)
    return dialog


def log_dialog(qtbot, book: LeadBook, followup_id: int, **kwargs) -> LogDialog:
    dialog = LogDialog(book, followup_id, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_exposed(qtbot, dialog)
    return dialog


# --- planning -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "due_at", "remind_at"),
    [
        (date(2027, 3, 26), "2027-03-26T09:00:00Z", "2027-03-26T08:45:00Z"),  # winter time, UTC+1
        (date(2027, 4, 6), "2027-04-06T08:00:00Z", "2027-04-06T07:45:00Z"),  # after 2027-03-28: summer, UTC+2
    ],
)
def test_plans_a_timed_followup_at_the_right_instant(qtbot, book, opened, day, due_at, remind_at):
    lead = add_lead(book)
    dialog = plan_dialog(qtbot, book, opened, lead_id=lead.id)
    assert dialog.windowTitle() == "Plan follow-up — Anna Svensson"
    dialog.due_edit.set_day(day)
    qtbot.mouseClick(dialog.due_edit.timed, Qt.MouseButton.LeftButton)
    assert dialog.due_edit.time.isEnabled()
    dialog.due_edit.time.setTime(QTime(10, 0))
    dialog.channel.set_value(Channel.MEETING)
    dialog.objective.set_value(Objective.PROPOSAL)
    assert not dialog.remind_minutes.isHidden() and dialog.all_day_hint.isHidden()
    qtbot.keyClick(dialog.channel, Qt.Key.Key_Return)  # Enter saves

    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = book.followup(dialog.saved.id)
    assert stored.due == Due(day, time(10, 0))
    assert (stored.due_at, stored.remind_at) == (due_at, remind_at)
    assert (stored.channel, stored.objective, stored.remind_minutes) == (Channel.MEETING, Objective.PROPOSAL, 15)
    assert len(planned(book, lead.id)) == 2


def test_plans_a_date_only_followup_reminded_at_the_start_of_the_day(qtbot, book, opened):
    lead = add_lead(book)
    dialog = plan_dialog(qtbot, book, opened, lead_id=lead.id, due=Due(date(2027, 4, 6)))
    assert not dialog.due_edit.timed.isChecked()
    assert dialog.remind_minutes.isHidden()
    assert "start of the working day (9:00" in dialog.all_day_hint.text()
    dialog.save_button.click()

    stored = book.followup(dialog.saved.id)
    assert stored.due == Due(date(2027, 4, 6))
    assert stored.due_at == "2027-04-05T22:00:00Z"  # local midnight
    assert stored.remind_at == "2027-04-06T07:00:00Z"  # 09:00 in Stockholm


def test_a_new_followup_starts_from_the_proposed_next_step(qtbot, book, opened):
    lead = add_lead(book, preferred_channel=Channel.EMAIL, interval_count=2, interval_unit=IntervalUnit.WEEKS)
    dialog = plan_dialog(qtbot, book, opened, lead_id=lead.id)
    assert dialog.due_edit.due() == Due(date(2026, 12, 7))
    assert dialog.channel.value() == Channel.EMAIL
    assert dialog.remind.isChecked()


def test_edits_a_planned_followup(qtbot, book, opened):
    lead = add_lead(book)
    first = planned(book, lead.id)[0]
    dialog = plan_dialog(qtbot, book, opened, followup=first)
    assert dialog.windowTitle() == "Edit follow-up — Anna Svensson"
    assert dialog.due_edit.due() == first.due == Due(date(2026, 11, 24))
    dialog.channel.set_value(Channel.SMS)
    dialog.message.setPlainText("Sending the drawings we talked about.")
    dialog.save_button.click()

    assert dialog.saved.id == first.id
    assert [(f.id, f.channel, f.message) for f in planned(book, lead.id)] == [
        (first.id, Channel.SMS, "Sending the drawings we talked about.")
    ]


def test_other_objective_needs_its_own_words(qtbot, book, opened):
    lead = add_lead(book)
    dialog = plan_dialog(qtbot, book, opened, lead_id=lead.id)
    assert dialog.objective.note.isHidden()
    dialog.objective.set_value(Objective.OTHER)
    assert not dialog.objective.note.isHidden()
    dialog.save_button.click()

    assert dialog.saved is None and dialog.isVisible()
    assert not dialog.objective.error.isHidden()
    assert "what this follow-up should achieve" in dialog.objective.error.text()
    assert len(planned(book, lead.id)) == 1

    qtbot.keyClicks(dialog.objective.note, "Get the site plan")
    assert dialog.objective.error.isHidden()
    dialog.save_button.click()
    assert book.followup(dialog.saved.id).objective_note == "Get the site plan"


def test_warns_about_phrases_to_avoid_while_typing(qtbot, book, opened):
    lead = add_lead(book)
    dialog = plan_dialog(qtbot, book, opened, lead_id=lead.id)
    assert dialog.phrase_warning.isHidden()
    qtbot.keyClicks(dialog.message, "Hi Anna, Just checking in on the offer.")
    assert not dialog.phrase_warning.isHidden()
    assert "“Just checking in”" in dialog.phrase_warning.text()
    assert "add something of value" in dialog.phrase_warning.text().lower()
    assert len(dialog.message.extraSelections()) == 1

    dialog.message.selectAll()
    qtbot.keyClicks(dialog.message, "Hi Anna, here is the planting plan for your slope.")
    assert dialog.phrase_warning.isHidden()
    assert dialog.message.extraSelections() == []

    dialog.message.insertPlainText(" Förlåt att jag stör.")  # the Swedish apology counts too
    assert "Förlåt att jag stör" in dialog.phrase_warning.text()


def test_open_in_email_and_call_build_encoded_urls(qtbot, book, opened):
    lead = add_lead(book, emails=("anna@akerlund.se", "info@akerlund.se"), phones=("+46 70 123 45 67",))
    dialog = plan_dialog(qtbot, book, opened, lead_id=lead.id)
    body = "Hi Anna & team,\n5+5 = 10 % off, see #3 — trädgård?"
    dialog.message.setPlainText(body)
    dialog.email_button.click()

    url = opened[-1]
    assert (url.scheme(), url.path()) == ("mailto", "anna@akerlund.se")
    encoded = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
    for piece in ("%26", "%2B", "%25", "%23", "%0D%0A", "tr%C3%A4dg%C3%A5rd%3F"):
        assert piece in encoded
    decoded = QUrlQuery(url).queryItemValue("body", QUrl.ComponentFormattingOption.FullyDecoded)
    assert decoded == body.replace("\n", "\r\n")

    dialog.call_button.click()
    assert opened[-1].toString() == "tel:+46-70-123-45-67"


def test_email_and_call_are_off_without_an_address_or_number(qtbot, book, opened):
    lead = add_lead(book, name="Bob Carter")
    dialog = plan_dialog(qtbot, book, opened, lead_id=lead.id)
    assert not dialog.email_button.isEnabled() and not dialog.call_button.isEnabled()
    assert dialog.copy_button.isEnabled()


def test_spacing_guard_warns_and_moves_the_date(qtbot, book, opened):
    lead = add_lead(book)
    book.complete_followup(planned(book, lead.id)[0].id, Outcome.NO_ANSWER)  # today, Monday
    dialog = plan_dialog(qtbot, book, opened, lead_id=lead.id)
    assert dialog.spacing_notice.isHidden()  # the proposal already respects the gap

    dialog.due_edit.set_day(date(2026, 11, 24))
    assert not dialog.spacing_notice.isHidden()
    assert "The gap ends on Wed 11/25/26" in dialog.spacing_label.text()
    assert dialog.move_button.text().replace("&", "") == "Move to Wed 11/25/26"
    qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)
    assert dialog.due_edit.day() == date(2026, 11, 25)
    assert dialog.spacing_notice.isHidden()
    assert dialog.isVisible()  # the warning never blocks


# --- logging --------------------------------------------------------------------------------


def test_enter_logs_and_plans_the_proposed_next_step(qtbot, book):
    lead = add_lead(book, phones=("+46 70 123 45 67",))  # a first response by phone
    first = planned(book, lead.id)[0]
    dialog = log_dialog(qtbot, book, first.id)
    assert dialog.windowTitle() == "Log follow-up — Anna Svensson"
    assert dialog.outcome() == Outcome.REACHED
    assert dialog.plan_next.isChecked()
    assert dialog.due_edit.due() == Due(date(2026, 11, 30))  # a week later, a working day
    assert "default" in dialog.proposal_note.text()
    qtbot.keyClick(dialog.outcome_buttons[Outcome.REACHED], Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted
    done = book.followup(first.id)
    assert (done.state, done.outcome) == (State.DONE, Outcome.REACHED)
    [nxt] = planned(book, lead.id)
    assert (nxt.due, nxt.channel, nxt.objective) == (Due(date(2026, 11, 30)), Channel.CALL, Objective.REPLY)
    assert book.lead(lead.id).stage == Stage.CONTACTED


def test_arrow_keys_pick_the_outcome_and_the_note_is_kept(qtbot, book):
    lead = add_lead(book)
    first = planned(book, lead.id)[0]
    dialog = log_dialog(qtbot, book, first.id)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    reached = dialog.outcome_buttons[Outcome.REACHED]
    assert reached.hasFocus()  # the dialog opens on the outcome
    qtbot.keyClick(reached, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)
    assert dialog.outcome() == Outcome.NO_ANSWER
    assert "1 unanswered attempt in a row" in dialog.consequence.text()
    dialog.note.insert("Rang twice, no voicemail box")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)

    done = book.followup(first.id)
    assert (done.outcome, done.result_note) == (Outcome.NO_ANSWER, "Rang twice, no voicemail box")
    assert len(planned(book, lead.id)) == 1


def test_the_prospects_preferred_interval_drives_the_proposal(qtbot, book):
    lead = add_lead(book, preferred_channel=Channel.EMAIL, interval_count=2, interval_unit=IntervalUnit.WEEKS)
    first = planned(book, lead.id)[0]
    dialog = log_dialog(qtbot, book, first.id)
    assert dialog.due_edit.due() == Due(date(2026, 12, 7))
    assert dialog.channel.value() == Channel.EMAIL
    assert "preference" in dialog.proposal_note.text()
    dialog.accept()

    [nxt] = planned(book, lead.id)
    assert (nxt.due.day, nxt.channel) == (date(2026, 12, 7), Channel.EMAIL)


def test_said_no_marks_the_lead_no_and_plans_nothing(qtbot, book):
    lead = add_lead(book)
    first = planned(book, lead.id)[0]
    dialog = log_dialog(qtbot, book, first.id, outcome=Outcome.SAID_NO)
    assert not dialog.plan_next.isChecked()
    assert not dialog.consequence.isHidden()
    assert "marked “No”" in dialog.consequence.text()
    dialog.accept()

    assert book.lead(lead.id).stage == Stage.NO
    assert planned(book, lead.id) == []
    assert book.followup(first.id).outcome == Outcome.SAID_NO


def test_switching_to_won_offers_the_post_sale_cadence(qtbot, book):
    lead = add_lead(book)
    first = planned(book, lead.id)[0]
    dialog = log_dialog(qtbot, book, first.id)
    assert dialog.post_sale.isHidden()
    won = dialog.outcome_buttons[Outcome.WON]
    qtbot.mouseClick(won, Qt.MouseButton.LeftButton, pos=QPoint(8, won.height() // 2))
    assert not dialog.post_sale.isHidden() and dialog.post_sale.isChecked()
    assert not dialog.plan_next.isChecked()
    dialog.accept()

    assert book.lead(lead.id).stage == Stage.WON
    steps = planned(book, lead.id)
    assert len(steps) == 4
    assert {f.cadence_id for f in steps} == {cadence_id(book, POST_SALE)}
    assert steps[0].due.day == TODAY


def test_won_without_post_sale_plans_nothing(qtbot, book):
    lead = add_lead(book)
    dialog = log_dialog(qtbot, book, planned(book, lead.id)[0].id, outcome=Outcome.WON)
    dialog.post_sale.setChecked(False)
    dialog.accept()
    assert planned(book, lead.id) == []


def test_an_answer_can_keep_the_cadence(qtbot, book):
    lead = add_lead(book)
    first = planned(book, lead.id)[0]  # Tuesday's call, not part of a cadence
    book.apply_cadence(lead.id, cadence_id(book, AFTER_FIRST_MEETING))
    dialog = log_dialog(qtbot, book, first.id)
    assert not dialog.keep_cadence.isHidden() and dialog.keep_cadence.isChecked()
    assert "Keep the 5 remaining steps of the cadence “After first meeting”" in dialog.keep_cadence.text().replace(
        "&", ""
    )
    assert not dialog.plan_next.isChecked()  # the cadence already has a next step
    assert dialog.already.text() == "Already planned: Mon 11/23/26 E-mail"
    dialog.accept()

    assert len(planned(book, lead.id)) == 5
    assert book.followup(first.id).state == State.DONE


def test_an_answer_can_stop_the_cadence_and_plan_instead(qtbot, book):
    lead = add_lead(book)
    first = planned(book, lead.id)[0]
    book.apply_cadence(lead.id, cadence_id(book, AFTER_FIRST_MEETING))
    dialog = log_dialog(qtbot, book, first.id, outcome=Outcome.REPLIED)
    qtbot.mouseClick(dialog.keep_cadence, Qt.MouseButton.LeftButton)
    assert not dialog.keep_cadence.isChecked()
    assert dialog.plan_next.isChecked() and dialog.already.isHidden()
    assert dialog.due_edit.due() == Due(date(2026, 11, 30))
    dialog.accept()

    [nxt] = planned(book, lead.id)
    assert (nxt.due.day, nxt.cadence_id) == (date(2026, 11, 30), None)


def test_no_answer_does_not_offer_to_stop_the_cadence(qtbot, book):
    lead = add_lead(book)
    book.apply_cadence(lead.id, cadence_id(book, AFTER_FIRST_MEETING))
    first = next(f for f in planned(book, lead.id) if f.cadence_id is None)
    dialog = log_dialog(qtbot, book, first.id, outcome=Outcome.NO_ANSWER)
    assert dialog.keep_cadence.isHidden()
    dialog.accept()
    assert len(planned(book, lead.id)) == 5


def test_spacing_guard_moves_a_cadence_step_after_no_answer(qtbot, book):
    lead = add_lead(book)
    book.apply_cadence(lead.id, cadence_id(book, NEW_WEB_INQUIRY))  # today e-mail, tomorrow a call
    today_step = next(f for f in planned(book, lead.id) if f.cadence_step == 0)
    dialog = log_dialog(qtbot, book, today_step.id)
    assert dialog.due_edit.due() == Due(date(2026, 11, 24))
    assert "cadence" in dialog.proposal_note.text()

    dialog.set_outcome(Outcome.NO_ANSWER)
    assert dialog.due_edit.due() == Due(date(2026, 11, 25))
    assert "spacing guard moved it from Tue 11/24/26 to Wed 11/25/26" in dialog.proposal_note.text()


def test_a_book_error_is_shown_and_nothing_is_saved(qtbot, book, monkeypatch):
    lead = add_lead(book)
    first = planned(book, lead.id)[0]
    shown: list[str] = []

    def full_disk(*_args, **_kwargs):
        raise DiskFullError(book.path)

    monkeypatch.setattr(book, "complete_followup", full_disk)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    dialog = log_dialog(qtbot, book, first.id)
    dialog.accept()

    assert dialog.isVisible() and dialog.change is None
    assert shown and "is full" in shown[0]
    assert book.followup(first.id).state == State.PLANNED


def test_escape_cancels_without_logging(qtbot, book):
    lead = add_lead(book)
    first = planned(book, lead.id)[0]
    dialog = log_dialog(qtbot, book, first.id)
    qtbot.keyClick(dialog.outcome_buttons[Outcome.REACHED], Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert book.followup(first.id).state == State.PLANNED
