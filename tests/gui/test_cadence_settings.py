"""The cadence manager and the settings dialog, driven as a user would, on a real book."""

from __future__ import annotations

import pytest
from _widgets import wait_exposed
from PySide6.QtCore import Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from leadbook.book import LeadBook
from leadbook.core.cadences import BUILTIN_CADENCES, Cadence, CadenceStep
from leadbook.core.followups import Objective
from leadbook.core.model import Channel, Source
from leadbook.core.rules import Settings
from leadbook.gui.followups.cadence_dialog import CadenceDialog
from leadbook.gui.settings.dialog import SettingsDialog


def answer_next_box(button: QMessageBox.StandardButton, seen: list[str] | None = None) -> None:
    """Click ``button`` on the message box that is about to open."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        if seen is not None:
            seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, click)


@pytest.fixture
def cadences(qtbot, book: LeadBook) -> CadenceDialog:
    dialog = CadenceDialog(book)
    # Closing asks about unsaved changes; a test that leaves edits behind drops them first.
    qtbot.addWidget(dialog, before_close_func=lambda d: d.revert())
    dialog.show()
    wait_exposed(qtbot, dialog)
    return dialog


def user_cadences(book: LeadBook) -> list[Cadence]:
    return [c for c in book.cadences() if not c.builtin]


def list_texts(dialog: CadenceDialog) -> list[str]:
    return [dialog.cadence_list.item(i).text() for i in range(dialog.cadence_list.count())]


# --- cadences ---------------------------------------------------------------------------------


def test_lists_built_in_cadences_marked(cadences):
    assert list_texts(cadences) == [
        "After first meeting (built-in)",
        "Post-sale (built-in)",
        "New web inquiry (built-in)",
    ]


def test_create_a_cadence_with_three_steps(qtbot, cadences, book):
    qtbot.mouseClick(cadences.new_button, Qt.MouseButton.LeftButton)
    assert list_texts(cadences)[-1] == "New cadence (not saved)"
    assert cadences.name_edit.hasFocus()
    qtbot.keyClicks(cadences.name_edit, "After a trade fair")
    assert cadences.steps.topLevelItemCount() == 1
    cadences.channel_combo.set_value(Channel.EMAIL)
    cadences.message_edit.setPlainText("Great to meet you at the fair; here is the brochure.")
    qtbot.mouseClick(cadences.add_step_button, Qt.MouseButton.LeftButton)
    cadences.day_spin.setValue(2)
    cadences.channel_combo.set_value(Channel.CALL)
    cadences.objective_combo.set_value(Objective.MEETING)
    qtbot.mouseClick(cadences.add_step_button, Qt.MouseButton.LeftButton)
    assert cadences.day_spin.value() == 9  # a week after the step before
    cadences.channel_combo.set_value(Channel.SMS)
    assert cadences.steps.topLevelItem(2).text(1) == "SMS"
    assert cadences.summary_label.text() == "3 steps over 9 days"
    qtbot.keyClick(cadences.name_edit, Qt.Key.Key_Return)  # Enter saves

    [saved] = user_cadences(book)
    assert saved.name == "After a trade fair"
    assert saved.steps == (
        CadenceStep(0, Channel.EMAIL, Objective.REPLY, "Great to meet you at the fair; here is the brochure."),
        CadenceStep(2, Channel.CALL, Objective.MEETING),
        CadenceStep(9, Channel.SMS, Objective.REPLY),
    )
    assert list_texts(cadences)[-1] == "After a trade fair"
    assert cadences.current().id == saved.id
    assert not cadences.revert_button.isEnabled()


def test_move_and_remove_steps(qtbot, cadences, book):
    book.save_cadence(
        Cadence(
            "Mine",
            (
                CadenceStep(0, Channel.CALL, Objective.REPLY, "a"),
                CadenceStep(5, Channel.EMAIL, Objective.REPLY, "b"),
                CadenceStep(9, Channel.SMS, Objective.REPLY, "c"),
            ),
        )
    )
    cadences.select_cadence(user_cadences(book)[0].id)
    cadences.steps.setCurrentItem(cadences.steps.topLevelItem(2))
    cadences.up_button.click()
    assert [cadences.steps.topLevelItem(i).text(3) for i in range(3)] == ["a", "c", "b"]
    assert cadences.current_step() == 1
    cadences.remove_step_button.click()
    cadences.save_button.click()
    assert [s.message for s in user_cadences(book)[0].steps] == ["a", "b"]


def test_validation_name_and_steps_required(qtbot, cadences, book):
    cadences.new_button.click()
    cadences.remove_step_button.click()
    assert cadences.steps.topLevelItemCount() == 0
    cadences.save_button.click()
    assert not cadences.name_error.isHidden() and cadences.name_error.text() == "A cadence needs a name."
    assert not cadences.steps_error.isHidden()
    assert user_cadences(book) == []
    qtbot.keyClicks(cadences.name_edit, "After first meeting")
    cadences.add_step_button.click()
    assert cadences.steps_error.isHidden()
    cadences.save_button.click()
    assert "already a cadence" in cadences.name_error.text()
    assert user_cadences(book) == []


def test_message_warns_about_phrases_to_avoid(qtbot, cadences):
    cadences.new_button.click()
    cadences.message_edit.setFocus()
    qtbot.keyClicks(cadences.message_edit, "Hi! Just following up on my offer.")
    assert not cadences.phrase_warning.isHidden()
    assert "“Just following up”" in cadences.phrase_warning.text()
    assert cadences.steps.topLevelItem(0).toolTip(3) == "This message has phrases to avoid"
    cadences.message_edit.setPlainText("Here is a figure from a similar garden.")
    assert cadences.phrase_warning.isHidden()


def test_several_phrases_are_listed_as_the_language_joins_a_list(qtbot, cadences):
    cadences.new_button.click()
    cadences.message_edit.setPlainText("Just checking in, sorry to bother you. Just following up!")
    assert cadences.phrase_warning.text().startswith(
        "Avoid “Just checking in”, “sorry to bother you”, and “Just following up”: it gives them nothing."
    )


def test_the_step_day_reads_as_one_phrase(cadences):
    cadences.new_button.click()
    cadences.day_spin.setValue(3)
    assert cadences.day_spin.text() == "Day 3"
    cadences.day_spin.setValue(0)
    assert cadences.day_spin.text() == "the day it starts"


def test_built_in_is_read_only_and_duplicate_makes_an_editable_copy(qtbot, cadences, book):
    cadences.cadence_list.setCurrentRow(0)
    assert not cadences.is_editable()
    assert cadences.name_edit.isReadOnly()
    assert not cadences.readonly_label.isHidden()
    for button in (
        cadences.save_button,
        cadences.add_step_button,
        cadences.remove_step_button,
        cadences.rename_button,
        cadences.delete_button,
    ):
        assert not button.isEnabled(), button.text()
    assert not cadences.day_spin.isEnabled() and cadences.message_edit.isReadOnly()
    assert cadences.steps.topLevelItemCount() == 5

    qtbot.mouseClick(cadences.duplicate_button, Qt.MouseButton.LeftButton)
    [copy] = user_cadences(book)
    assert copy.name == "Copy of After first meeting"
    assert copy.steps == BUILTIN_CADENCES["after_first_meeting"].steps
    assert cadences.current().id == copy.id and cadences.is_editable()
    assert cadences.name_edit.hasFocus() and cadences.name_edit.selectedText() == copy.name
    qtbot.keyClicks(cadences.name_edit, "My follow-up after meetings")
    cadences.steps.setCurrentItem(cadences.steps.topLevelItem(4))
    cadences.remove_step_button.click()
    cadences.save_button.click()
    [copy] = user_cadences(book)
    assert (copy.name, len(copy.steps)) == ("My follow-up after meetings", 4)
    assert len(book.cadence(book.cadences()[0].id).steps) == 5  # the built-in is untouched

    cadences.cadence_list.setCurrentRow(0)
    cadences.duplicate_button.click()
    assert [c.name for c in user_cadences(book)] == ["My follow-up after meetings", "Copy of After first meeting"]


def test_rename(qtbot, cadences, book):
    book.save_cadence(Cadence("Old name", (CadenceStep(0, Channel.CALL, Objective.REPLY),)))
    cadences.select_cadence(user_cadences(book)[0].id)
    cadences.rename_button.click()
    assert cadences.name_edit.hasFocus()
    qtbot.keyClicks(cadences.name_edit, "New name")
    qtbot.keyClick(cadences.name_edit, Qt.Key.Key_Return)
    assert [c.name for c in user_cadences(book)] == ["New name"]


def test_delete_asks_first(qtbot, cadences, book):
    book.save_cadence(Cadence("Keep me", (CadenceStep(0, Channel.CALL, Objective.REPLY),)))
    book.save_cadence(Cadence("Drop me", (CadenceStep(0, Channel.CALL, Objective.REPLY),)))
    cadences.select_cadence(user_cadences(book)[1].id)
    seen: list[str] = []
    answer_next_box(QMessageBox.StandardButton.No, seen)
    cadences.delete_button.click()
    assert len(user_cadences(book)) == 2
    assert seen == ["Delete the cadence “Drop me”? Follow-ups it already planned stay in place."]
    answer_next_box(QMessageBox.StandardButton.Yes)
    cadences.delete_button.click()
    assert [c.name for c in user_cadences(book)] == ["Keep me"]
    assert list_texts(cadences)[-1] == "Keep me"


def test_unsaved_changes_are_not_lost_silently(qtbot, cadences, book):
    book.save_cadence(Cadence("Mine", (CadenceStep(0, Channel.CALL, Objective.REPLY),)))
    cadences.select_cadence(user_cadences(book)[0].id)
    cadences.name_edit.setFocus()
    qtbot.keyClicks(cadences.name_edit, " too")
    assert cadences.revert_button.isEnabled()
    answer_next_box(QMessageBox.StandardButton.Cancel)
    cadences.cadence_list.setCurrentRow(0)
    assert cadences.current().name == "Mine" and cadences.name_edit.text() == "Mine too"
    answer_next_box(QMessageBox.StandardButton.Save)
    cadences.cadence_list.setCurrentRow(0)
    assert [c.name for c in user_cadences(book)] == ["Mine too"]
    assert cadences.current().builtin == "after_first_meeting"


# --- settings ---------------------------------------------------------------------------------


@pytest.fixture
def settings_dialog(qtbot, book: LeadBook) -> SettingsDialog:
    dialog = SettingsDialog(book)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_exposed(qtbot, dialog)
    return dialog


def test_settings_shows_the_current_values(settings_dialog):
    d = settings_dialog
    assert d.first_response[Source.WEB].value() == 1
    assert d.first_response[Source.COLD].text() == "no target"
    assert (d.stop_attempts.value(), d.stop_days.value(), d.min_gap.value()) == (6, 60, 2)
    assert d.day_start.time() == QTime(9, 0)
    assert (d.next_days.value(), d.next_channel.value()) == (7, Channel.CALL)


def test_settings_round_trip(qtbot, settings_dialog, book):
    d = settings_dialog
    d.first_response[Source.WEB].setValue(2)
    d.first_response[Source.EMAIL].setValue(0)
    d.first_response[Source.COLD].setValue(12)
    d.stop_attempts.setValue(4)
    d.stop_days.setValue(30)
    d.min_gap.setValue(3)
    d.reminder_minutes.setValue(10)
    d.day_start.setTime(QTime(8, 0))
    d.next_days.setValue(5)
    d.next_channel.set_value(Channel.SMS)
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    assert d.result() == SettingsDialog.DialogCode.Accepted

    s = book.settings()
    assert s.first_response_hours[Source.WEB.value] == 2
    assert s.first_response_hours[Source.EMAIL.value] is None
    assert s.first_response_hours[Source.COLD.value] == 12
    assert s.first_response_hours[Source.PHONE.value] == 4
    assert (s.stop_attempts, s.stop_days, s.min_gap_working_days, s.reminder_minutes) == (4, 30, 3, 10)
    assert (s.day_start, s.default_next_days, s.default_channel) == ("08:00", 5, "sms")
    assert d.saved == s
    assert Settings.from_json(book.setting("settings")) == s  # stored, not just cached

    again = SettingsDialog(book)
    qtbot.addWidget(again)
    assert again.collect() == s


def test_restore_defaults_then_ok(qtbot, book):
    from dataclasses import replace

    book.save_settings(replace(Settings(), stop_attempts=3, day_start="07:30", default_channel="email"))
    d = SettingsDialog(book)
    qtbot.addWidget(d)
    assert d.stop_attempts.value() == 3
    d.restore_button.click()
    assert d.stop_attempts.value() == 6 and d.day_start.time() == QTime(9, 0)
    assert book.settings().stop_attempts == 3  # nothing written before OK
    d.accept()
    assert book.settings() == Settings()


def test_cancel_writes_nothing_and_fractional_hours_survive(qtbot, book):
    from dataclasses import replace

    hours = {**Settings().first_response_hours, Source.WEB.value: 0.5}
    book.save_settings(replace(Settings(), first_response_hours=hours))
    d = SettingsDialog(book)
    qtbot.addWidget(d)
    d.stop_attempts.setValue(9)
    d.reject()
    assert book.settings().stop_attempts == 6
    d = SettingsDialog(book)
    qtbot.addWidget(d)
    d.accept()
    assert book.settings().first_response_hours[Source.WEB.value] == 0.5


def test_escape_with_unsaved_changes_asks_then_closes(qtbot, cadences, book):
    cadences.new_button.click()
    qtbot.keyClicks(cadences.name_edit, "Half done")
    seen: list[str] = []
    answer_next_box(QMessageBox.StandardButton.Discard, seen)
    qtbot.keyClick(cadences.name_edit, Qt.Key.Key_Escape)
    assert seen == ["Save the changes to this cadence?"]
    assert not cadences.isVisible()
    assert user_cadences(book) == []


def test_revert_brings_back_the_saved_version(qtbot, cadences, book):
    book.save_cadence(Cadence("Mine", (CadenceStep(0, Channel.CALL, Objective.REPLY),)))
    cadences.select_cadence(user_cadences(book)[0].id)
    cadences.add_step_button.click()
    assert cadences.steps.topLevelItemCount() == 2
    cadences.revert_button.click()
    assert cadences.steps.topLevelItemCount() == 1 and not cadences.has_unsaved_changes
