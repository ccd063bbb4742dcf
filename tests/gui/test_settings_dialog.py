"""Settings: the wait per "no" reason, the revisit questions and the day capacity; inline errors."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from _widgets import wait_exposed
from PySide6.QtCore import Qt

from leadbook.book import LeadBook
from leadbook.core.revisits import NEXT_QUARTER, NoReason
from leadbook.gui.settings.dialog import MAX_QUESTION_CHARS, MAX_QUESTIONS, SettingsDialog
from leadbook.platform.autostart import Autostart


@pytest.fixture
def dialog(qtbot, book: LeadBook, tmp_path: Path) -> SettingsDialog:
    made = SettingsDialog(book, autostart=Autostart("linux", home=tmp_path, env={"XDG_CONFIG_HOME": str(tmp_path)}))
    qtbot.addWidget(made)
    return made


def questions_shown(dialog: SettingsDialog) -> list[str]:
    return dialog.revisit_page.questions.toPlainText().splitlines()


def test_the_revisit_tab_shows_the_defaults(dialog: SettingsDialog):
    page = dialog.revisit_page
    assert dialog.tabs.tabText(1) == "Revisits and &calendar"
    assert {reason: spin.text() for reason, spin in page.delays.items()} == {
        NoReason.TIMING: "90 days", NoReason.SUPPLIER: "180 days", NoReason.BUDGET: "next quarter",
        NoReason.DECISION_MAKER: "30 days", NoReason.NOT_INTERESTED: "180 days", NoReason.UNRESPONSIVE: "90 days",
        NoReason.OTHER: "90 days",
    }  # fmt: skip
    assert questions_shown(dialog) == ["Is this still the person responsible for buying?",
                                       "How are things going with what you chose instead?",
                                       "What made you decide against it last time?"]  # fmt: skip
    assert page.day_capacity.value() == 15


def test_unchanged_defaults_stay_defaults(dialog: SettingsDialog, book: LeadBook):
    dialog.accept()
    saved = book.settings()
    assert saved.no_delays == {} and saved.revisit_questions == [] and saved.day_capacity == 15


def test_delays_questions_and_capacity_are_saved_and_used(qtbot, dialog: SettingsDialog, book: LeadBook):
    page = dialog.revisit_page
    page.delays[NoReason.BUDGET].setValue(45)
    page.delays[NoReason.SUPPLIER].setValue(0)  # the lowest value: the start of the next quarter
    page.questions.setPlainText("Who decides now?\n\n   Did   the supplier deliver?  \n")
    page.day_capacity.setValue(20)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = book.settings()
    assert saved.no_delays == {NoReason.BUDGET.value: 45, NoReason.SUPPLIER.value: NEXT_QUARTER}
    assert saved.revisit_questions == ["Who decides now?", "Did the supplier deliver?"]
    assert saved.day_capacity == 20
    assert book.default_revisit_on(NoReason.BUDGET, date(2026, 11, 23)) == date(2027, 1, 7)
    assert book.default_revisit_on(NoReason.SUPPLIER, date(2026, 11, 23)) == date(2027, 1, 1)
    assert book.revisit_questions() == ["Who decides now?", "Did the supplier deliver?"]
    assert book.month_load(2026, 11)[date(2026, 11, 23)].over_capacity is False
    again = SettingsDialog(book, autostart=dialog._autostart)
    qtbot.addWidget(again)
    assert again.revisit_page.delays[NoReason.SUPPLIER].text() == "next quarter"
    assert questions_shown(again) == ["Who decides now?", "Did the supplier deliver?"]
    assert again.revisit_page.day_capacity.value() == 20
    again.restore_defaults()  # fills the form only
    assert again.revisit_page.delays[NoReason.BUDGET].text() == "next quarter"
    assert book.settings().day_capacity == 20


def test_a_too_long_question_shows_an_inline_error_and_nothing_is_saved(qtbot, dialog: SettingsDialog,
                                                                        book: LeadBook):  # fmt: skip
    before = book.settings()
    page = dialog.revisit_page
    page.day_capacity.setValue(30)
    page.questions.setPlainText("Short one?\n" + "x" * (MAX_QUESTION_CHARS + 1))
    dialog.show()
    wait_exposed(qtbot, dialog)
    qtbot.keyClick(page.day_capacity, Qt.Key.Key_Return)  # Enter accepts: the check stops it
    assert dialog.isVisible()
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert book.settings() == before
    assert dialog.tabs.currentWidget() is page and page.errors() == ["questions"]
    assert page.questions_error.isVisible()
    assert page.questions_error.text() == (
        f"Question 2 is {MAX_QUESTION_CHARS + 1} characters long; keep each to {MAX_QUESTION_CHARS} at most, "
        "so it fits on the call sheet.")  # fmt: skip
    page.questions.setPlainText("Short one?")  # typing clears the error
    assert page.errors() == []
    dialog.ok_button.click()
    assert book.settings().revisit_questions == ["Short one?"] and book.settings().day_capacity == 30


def test_too_many_questions_are_an_inline_error(dialog: SettingsDialog, book: LeadBook):
    page = dialog.revisit_page
    page.questions.setPlainText("\n".join(f"Question {n}?" for n in range(MAX_QUESTIONS + 1)))
    dialog.accept()
    assert page.errors() == ["questions"] and "11 questions are too many for one call" in page.questions_error.text()
    assert book.settings().revisit_questions == []


def test_the_language_field_is_kept_alongside(dialog: SettingsDialog, book: LeadBook):
    dialog.language.set_value("sv")
    dialog.revisit_page.day_capacity.setValue(12)
    dialog.accept()
    assert book.settings().language == "sv" and book.settings().day_capacity == 12


def test_the_language_is_loaded_collected_and_restored_like_every_field(book: LeadBook, qtbot, tmp_path: Path):
    from dataclasses import replace

    book.save_settings(replace(book.settings(), language="de"))
    dialog = SettingsDialog(book, autostart=Autostart("linux", home=tmp_path, env={"XDG_CONFIG_HOME": str(tmp_path)}))
    qtbot.addWidget(dialog)
    assert dialog.language.value() == "de" and dialog.language.currentText() == "Deutsch"
    assert dialog.collect().language == "de"
    dialog.language.set_value("zh_CN")
    assert dialog.collect().language == "zh_CN"
    assert book.settings().language == "de"  # nothing is written before OK
    dialog.restore_defaults()
    assert dialog.language.value() == "" and dialog.collect().language == ""  # the default follows the system
    dialog.language.set_value("sv")
    dialog.accept()
    assert book.settings().language == "sv"


def test_picture(qtbot, dialog: SettingsDialog, tmp_path: Path):
    dialog.show()
    wait_exposed(qtbot, dialog)
    dialog.tabs.setCurrentIndex(1)
    dialog.revisit_page.questions.setPlainText("x" * (MAX_QUESTION_CHARS + 5))
    dialog.accept()
    assert dialog.grab().save(str(tmp_path / "settings-revisits.png"))
