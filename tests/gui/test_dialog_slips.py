"""The small slips of dialogs, driven as a user would: Enter in a combo box, errors that come and
go without moving the fields, fields wide enough for what goes in them, Escape after typing, and
a day planned on a weekend or too soon after an unanswered attempt.

The clock stands on Monday 2026-11-23 09:30 in Stockholm (tests/conftest.py)."""

from __future__ import annotations

from datetime import date, datetime

from _widgets import wait_exposed
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from leadbook.book import LeadBook
from leadbook.core.followups import FollowUp, Objective, Outcome, State
from leadbook.core.model import Lead, Stage
from leadbook.gui.followups.followup_dialog import FollowUpDialog
from leadbook.gui.followups.log_dialog import LogDialog
from leadbook.gui.leads.dialog import TYPICAL_CONTENT, LeadDialog


def shown(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    wait_exposed(qtbot, dialog)
    return dialog


def answer_discard(*, discard: bool) -> list[str]:
    """Answer the question that is about to come; returns what it asked."""
    asked: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        asked.append(box.text())
        wanted = "Discard" if discard else "Keep editing"
        next(b for b in box.buttons() if b.text().replace("&", "") == wanted).click()

    QTimer.singleShot(0, answer)
    return asked


def place(widget: QWidget, dialog: QDialog) -> QPoint:
    QApplication.processEvents()  # let the layouts settle
    return widget.mapTo(dialog, QPoint(0, 0))


def planned(book: LeadBook, lead_id: int) -> list[FollowUp]:
    return [f for f in book.followups(lead_id) if f.state == State.PLANNED]


# --- Enter in a combo box ---------------------------------------------------------------------


def test_enter_in_the_currency_box_keeps_it_and_saves(qtbot, book):
    lead = book.add_lead(Lead(name="Ann Lee", value=12000, currency="USD"))
    dialog = shown(qtbot, LeadDialog(book, lead))
    currency = dialog.currency
    assert currency.currentText() == "USD"
    currency.showPopup()  # the list opens on USD, so Enter there keeps USD
    qtbot.waitUntil(currency.view().isVisible)
    qtbot.keyClick(currency.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not currency.view().isVisible())
    assert currency.currentText() == "USD" and dialog.isVisible()
    qtbot.keyClick(currency.lineEdit(), Qt.Key.Key_Return)  # and Enter in the box saves
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert book.lead(lead.id).currency == "USD"


def test_enter_after_typing_a_currency_saves_what_was_typed(qtbot, book):
    lead = book.add_lead(Lead(name="Ann Lee", value=12000, currency="USD"))
    dialog = shown(qtbot, LeadDialog(book, lead))
    dialog.currency.lineEdit().selectAll()
    qtbot.keyClicks(dialog.currency.lineEdit(), "sek")
    qtbot.keyClick(dialog.currency.lineEdit(), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert book.lead(lead.id).currency == "SEK"


def test_enter_in_a_list_box_keeps_its_choice_and_saves(qtbot, book):
    lead = book.add_lead(Lead(name="Ann Lee", stage=Stage.QUALIFIED))
    dialog = shown(qtbot, LeadDialog(book, lead))
    qtbot.keyClicks(dialog.company, "Lee Gardens")
    dialog.stage.setFocus()
    qtbot.keyClick(dialog.stage, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = book.lead(lead.id)
    assert (saved.stage, saved.company) == (Stage.QUALIFIED, "Lee Gardens")


def test_enter_in_the_channel_box_of_plan_follow_up_saves(qtbot, book):
    lead = book.add_lead(Lead(name="Ann Lee"))
    before = len(planned(book, lead.id))
    dialog = shown(qtbot, FollowUpDialog(book, lead_id=lead.id))
    channel = dialog.channel.value()
    qtbot.keyClick(dialog.channel, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved is not None and dialog.saved.channel == channel
    assert len(planned(book, lead.id)) == before + 1


# --- errors keep their place ------------------------------------------------------------------


def test_an_error_coming_and_going_never_moves_the_fields_below(qtbot, book):
    dialog = shown(qtbot, LeadDialog(book))
    qtbot.keyClicks(dialog.name, "Pia")
    phones, website = place(dialog.phones, dialog), place(dialog.website, dialog)
    qtbot.keyClicks(dialog.emails, "pia@")
    dialog.save_button.click()
    assert dialog.problem_fields() == ["emails"]
    assert (place(dialog.phones, dialog), place(dialog.website, dialog)) == (phones, website)
    qtbot.keyClicks(dialog.emails, "example.se")  # typing clears the error
    assert dialog.problem_fields() == []
    assert (place(dialog.phones, dialog), place(dialog.website, dialog)) == (phones, website)


def test_a_long_error_stays_on_its_line_and_is_whole_in_its_tooltip(qtbot, book):
    dialog = shown(qtbot, LeadDialog(book))
    qtbot.keyClicks(dialog.name, "Alistair Bannister")
    phones = place(dialog.phones, dialog)
    typed = "alistair.bannister@briarwood-plant-and-machinery-limited.co.uk@"
    dialog.emails.setText(typed)
    dialog.save_button.click()
    error = dialog.findChild(QWidget, "error_emails")
    assert typed in error.text() and typed in error.toolTip()
    assert place(dialog.phones, dialog) == phones
    assert error.height() < 2 * error.fontMetrics().lineSpacing()  # one line, cut in the middle


def test_the_objective_error_and_the_day_advice_never_move_the_message(qtbot, book):
    lead = book.add_lead(Lead(name="Ann Lee"))
    dialog = shown(qtbot, FollowUpDialog(book, lead_id=lead.id))
    message = place(dialog.message, dialog)
    dialog.objective.combo.set_value(Objective.OTHER)
    dialog.save_button.click()
    assert not dialog.objective.error.isHidden()
    assert place(dialog.message, dialog) == message
    dialog.due_edit.set_day(date(2026, 11, 28))  # a Saturday: advice appears above
    assert not dialog.spacing_notice.isHidden()
    assert place(dialog.message, dialog) == message


# --- wide enough --------------------------------------------------------------------------------


def test_lead_fields_are_wide_enough_for_company_email_and_website(qtbot, book):
    dialog = shown(qtbot, LeadDialog(book))
    for key, edit in (("company", dialog.company), ("emails", dialog.emails), ("website", dialog.website)):
        assert edit.width() >= edit.fontMetrics().horizontalAdvance(TYPICAL_CONTENT[key]) + 8, key
    hint = dialog.sizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768 - 40  # a laptop screen, with its title bar


# --- Escape after typing --------------------------------------------------------------------------


def test_escape_in_the_lead_dialog_asks_before_throwing_typing_away(qtbot, book):
    dialog = shown(qtbot, LeadDialog(book))
    qtbot.keyClicks(dialog.name, "Greta Lindqvist")
    asked = answer_discard(discard=False)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert asked == ["Discard your changes?"]
    assert dialog.isVisible() and dialog.name.text() == "Greta Lindqvist"
    asked = answer_discard(discard=True)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert asked == ["Discard your changes?"]
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert book.count_leads() == 0


def test_escape_without_changes_closes_at_once(qtbot, book):
    lead = book.add_lead(Lead(name="Ann Lee"))
    dialog = shown(qtbot, LeadDialog(book, lead))
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)  # no question: a modal one would hang here
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()


def test_escape_and_cancel_in_plan_follow_up_ask_before_losing_the_message(qtbot, book):
    lead = book.add_lead(Lead(name="Ann Lee"))
    before = planned(book, lead.id)
    dialog = shown(qtbot, FollowUpDialog(book, lead_id=lead.id))
    qtbot.keyClicks(dialog.message, "Here is the planting plan for your slope.")
    asked = answer_discard(discard=False)
    qtbot.keyClick(dialog.message, Qt.Key.Key_Escape)
    assert asked == ["Discard your changes?"] and dialog.isVisible()
    assert dialog.message.toPlainText() == "Here is the planting plan for your slope."
    asked = answer_discard(discard=True)
    cancel = next(b for b in dialog.findChildren(type(dialog.save_button)) if b.text() == "Cancel")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert asked == ["Discard your changes?"]
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert planned(book, lead.id) == before


def test_escape_in_the_log_dialog_asks_before_losing_the_note(qtbot, book):
    lead = book.add_lead(Lead(name="Ann Lee"))
    first = planned(book, lead.id)[0]
    dialog = shown(qtbot, LogDialog(book, first.id))
    dialog.note.setFocus()
    qtbot.keyClicks(dialog.note, "Call back after the trade fair")
    asked = answer_discard(discard=True)
    qtbot.keyClick(dialog.note, Qt.Key.Key_Escape)
    assert asked == ["Discard your changes?"]
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert book.followup(first.id).state == State.PLANNED


# --- weekend and spacing advice -------------------------------------------------------------------


def test_planning_on_a_saturday_says_so_and_offers_monday(qtbot, book):
    lead = book.add_lead(Lead(name="Ann Lee"))
    dialog = shown(qtbot, FollowUpDialog(book, lead_id=lead.id))
    assert dialog.spacing_notice.isHidden()
    dialog.due_edit.set_day(date(2026, 11, 28))
    assert not dialog.spacing_notice.isHidden()
    assert "Saturday is not a working day" in dialog.spacing_label.text()
    assert dialog.move_button.text().replace("&", "") == "Move to Mon 11/30/26"
    qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)
    assert dialog.due_edit.day() == date(2026, 11, 30) and dialog.spacing_notice.isHidden()


def test_a_weekend_day_is_a_warning_not_a_block(qtbot, book):
    lead = book.add_lead(Lead(name="Ann Lee"))
    dialog = shown(qtbot, FollowUpDialog(book, lead_id=lead.id))
    dialog.due_edit.set_day(date(2026, 11, 29))  # Sunday
    assert "Sunday is not a working day" in dialog.spacing_label.text()
    dialog.save_button.click()
    assert dialog.saved is not None and dialog.saved.due.day == date(2026, 11, 29)


def test_logging_no_answer_then_choosing_a_day_too_soon_or_a_saturday_says_so(qtbot, book):
    lead = book.add_lead(Lead(name="Ann Lee"))
    first = planned(book, lead.id)[0]
    dialog = shown(qtbot, LogDialog(book, first.id))
    dialog.set_outcome(Outcome.NO_ANSWER)
    assert dialog.day_caution.isHidden()  # the proposal already leaves room
    dialog.due_edit.set_day(date(2026, 11, 24))  # tomorrow, right after "no answer"
    assert not dialog.day_caution.isHidden()
    assert "Too soon after an unanswered attempt" in dialog.day_caution.label.text()
    assert "Wed 11/25/26" in dialog.day_caution.label.text()
    dialog.due_edit.set_day(date(2026, 11, 28))  # Saturday
    assert "Saturday is not a working day" in dialog.day_caution.label.text()
    dialog.set_outcome(Outcome.REACHED)  # an answer: no spacing needed, the weekend still said
    dialog.due_edit.set_day(date(2026, 11, 24))
    assert dialog.day_caution.isHidden()
    dialog.set_outcome(Outcome.NO_ANSWER)
    dialog.due_edit.set_day(date(2026, 11, 28))
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)  # a warning, not a block
    assert dialog.result() == QDialog.DialogCode.Accepted
    [nxt] = planned(book, lead.id)
    assert nxt.due.day == date(2026, 11, 28)


def test_both_reasons_at_once_make_room_instead_of_squeezing_the_fields(qtbot, book, clock):
    lead = book.add_lead(Lead(name="Ann Lee"))
    first = planned(book, lead.id)[0]
    clock.set(datetime(2026, 11, 26, 15, 0))  # Thursday: after "no answer" the gap ends on Monday
    dialog = shown(qtbot, LogDialog(book, first.id))
    dialog.set_outcome(Outcome.NO_ANSWER)
    dialog.due_edit.set_day(date(2026, 11, 28))  # Saturday, and too soon
    text = dialog.day_caution.label.text()
    assert "Too soon" in text and "Saturday is not a working day" in text
    assert dialog.day_caution.move_button.text().replace("&", "") == "Move to Mon 11/30/26"
    QApplication.processEvents()
    combo = dialog.objective.combo
    assert combo.height() >= combo.minimumSizeHint().height()  # the longer advice squeezes nothing
