"""What translators need from the dialogs: date formats and the step's day are whole phrases they
can reorder ("2026年11月", "第 3 天"), and fields grow with longer text (German runs about a third
longer than English), so no placeholder is cut off.

A small QTranslator stands in for a finished .qm: it answers the texts given (or every text made
longer), and leaves the rest to the English translator the tests install.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from _widgets import shown
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTranslator
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame, QWidget

from leadbook.book import LeadBook
from leadbook.core.model import Lead
from leadbook.gui.calendar.view import CalendarView
from leadbook.gui.followups.cadence_dialog import CadenceDialog
from leadbook.gui.leads.dialog import LeadDialog
from leadbook.gui.revisits.say_no_dialog import SayNoDialog


class Pretend(QTranslator):
    """``texts`` maps (context, source) to a translation; with ``grow`` every other text of
    ``grow_contexts`` gets its words that much longer (placeholders and accelerators kept)."""

    def __init__(self, texts: dict[tuple[str, str], str], grow: float = 1.0, grow_contexts: tuple[str, ...] = ()):
        super().__init__()
        self.texts, self.grow, self.grow_contexts = texts, grow, grow_contexts

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        if (context, source) in self.texts:
            return self.texts[context, source]
        if self.grow > 1 and context in self.grow_contexts and "%n" not in source:
            return re.sub(
                r"(?<![%&\w])[A-Za-z]{3,}",
                lambda m: m.group(0) + "e" * round(len(m.group(0)) * (self.grow - 1)),
                source,
            )
        return None  # not translated here: the next translator (English) answers


@pytest.fixture
def translated(qapp) -> Iterator:
    installed = []

    def install(translator: QTranslator) -> None:
        qapp.installTranslator(translator)
        installed.append(translator)

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)


def text_room(edit: QLineEdit) -> int:
    """The pixels a line edit has for its text: inside the frame, the text margins and Qt's 2 px."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    inside = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    return inside.width() - margins.left() - margins.right() - 4


def cut_placeholders(dialog: QWidget) -> list[str]:
    return [edit.placeholderText() for edit in dialog.findChildren(QLineEdit)
            if edit.placeholderText() and edit.isVisibleTo(dialog)
            and edit.fontMetrics().horizontalAdvance(edit.placeholderText()) > text_room(edit)]  # fmt: skip


# --- formats and phrases --------------------------------------------------------------------


def test_month_title_and_week_dates_use_the_translators_format(qtbot, book: LeadBook, translated):
    english = shown(qtbot, CalendarView(book))
    assert english.title.text() == "November 2026"
    assert QLocale().toString(QDate(2026, 11, 23), english.week_grid.day_format) == "23 Nov"
    translated(Pretend({("CalendarView", "MMMM yyyy"): "yyyy年M月", ("WeekGrid", "d MMM"): "M月d日"}))
    chinese = shown(qtbot, CalendarView(book))
    assert chinese.title.text() == "2026年11月"
    assert QLocale().toString(QDate(2026, 11, 23), chinese.week_grid.day_format) == "11月23日"


def test_the_steps_day_has_words_before_and_after_the_number(qtbot, book: LeadBook, translated):
    translated(Pretend({("CadenceDialog", "Day %1"): "第 %1 天"}))
    dialog = CadenceDialog(book)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.revert())
    dialog.new_cadence()
    dialog.day_spin.setValue(3)
    assert dialog.day_spin.text() == "第 3 天"
    assert (dialog.day_spin.prefix(), dialog.day_spin.suffix()) == ("第 ", " 天")


def test_separators_are_the_translators(translated):
    from leadbook.interop.messages import row_problems_text
    from leadbook.interop.records import RowProblem, RowProblemKind

    problems = (RowProblem(RowProblemKind.VALUE_NEGATIVE, ""), RowProblem(RowProblemKind.VALUE_NEGATIVE, ""))
    assert row_problems_text(problems) == "the value is negative; the value is negative"
    translated(Pretend({("Import", "; "): "；"}))
    assert row_problems_text(problems) == "the value is negative；the value is negative"
    assert QCoreApplication.translate("Import", "; ", "between the problems of one row") == "；"


# --- room for longer words --------------------------------------------------------------------


@pytest.mark.parametrize("grow", [1.0, 1.35], ids=["english", "a third longer"])
def test_lead_dialog_placeholders_fit(qtbot, book: LeadBook, translated, grow: float):
    translated(Pretend({}, grow, ("LeadDialog",)))
    dialog = LeadDialog(book)
    dialog.decides.setChecked(False)  # the decision-maker's fields in use
    shown(qtbot, dialog)
    assert not cut_placeholders(dialog)
    assert dialog.width() <= 1024  # still fits a small laptop screen


@pytest.mark.parametrize("grow", [1.0, 1.35], ids=["english", "a third longer"])
def test_say_no_note_fits_its_placeholder(qtbot, book: LeadBook, translated, grow: float):
    lead = book.add_lead(Lead(name="Anna Svensson"))
    translated(Pretend({}, grow, ("SayNoDialog",)))
    dialog = shown(qtbot, SayNoDialog(book, lead.id))
    assert not cut_placeholders(dialog)
    assert dialog.note.width() >= dialog.fontMetrics().averageCharWidth() * 30  # room for a few words


def test_lead_dialog_dates_are_the_locales(qtbot, book: LeadBook):
    lead = book.add_lead(Lead(name="Anna Svensson"))
    dialog = LeadDialog(book, lead)
    qtbot.addWidget(dialog)
    assert dialog.stamps.text() == "Created 11/23/26 · changed 11/23/26"  # en_US short dates, not ISO
