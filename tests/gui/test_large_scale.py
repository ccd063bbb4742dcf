"""Usable at 150 % and 200 %: with the application's font twice as large (what a 200 % scale does to
text), the main window and the main dialogs fit a 1366 x 768 screen, and no label, button or
choice is cut off in them — at their own size, and Today and the lead dialog also squeezed to
the screen, where their content scrolls instead. Uses the per-language "nothing cut off" checks."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import test_each_language
from _widgets import shown
from PySide6.QtCore import QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from test_each_language import assert_nothing_cut_off, cut_off, dialogs, lead_id

from leadbook.app import build_main_window
from leadbook.book import LeadBook
from leadbook.gui.fit import FitScrollArea
from leadbook.gui.leads.dialog import LeadDialog

busy_book = test_each_language.busy_book  # the same book: something in each of Today's sections
SCREEN = QSize(1366, 768)  # a common laptop; at 200 % its text is as large as twice the font here


@pytest.fixture
def large_font(qapp) -> Iterator[QFont]:
    """The application's font at twice its size, for one test; the usual size afterwards."""
    usual = QFont(qapp.font())
    large = QFont(usual)
    large.setPointSizeF(usual.pointSizeF() * 2)
    qapp.setFont(large)
    yield large
    qapp.setFont(usual)


def test_the_large_font_is_in_use(qtbot, large_font: QFont, busy_book: LeadBook):
    window = shown(qtbot, LeadDialog(busy_book))
    assert window.name.font().pointSizeF() == large_font.pointSizeF()


def test_the_main_window_fits_the_screen_and_nothing_is_cut_off(qtbot, large_font: QFont, busy_book: LeadBook):
    window = shown(qtbot, build_main_window(busy_book))
    window.show_lead(lead_id(busy_book, "Anna Svensson"))
    hint = window.minimumSizeHint()
    assert hint.width() <= SCREEN.width() and hint.height() <= SCREEN.height(), hint
    window.resize(SCREEN)
    problems = {}
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        if found := cut_off(window):
            problems[window.nav.item(row).text()] = found
    assert not problems, problems


def test_today_squeezed_below_its_size_scrolls(qtbot, large_font: QFont, busy_book: LeadBook):
    """Smaller than Today needs (200 % on a small screen): the page scrolls, the texts stay whole."""
    window = shown(qtbot, build_main_window(busy_book))
    window.show_view("today")
    today = window.today_view
    window.resize(window.minimumSizeHint())
    QApplication.processEvents()
    page = next(area for area in window.findChildren(QScrollArea) if area.widget() is window.stack)
    assert isinstance(page, FitScrollArea)
    assert today.height() >= today.minimumSizeHint().height()  # laid out whole, inside the scroll area
    assert not cut_off(today), cut_off(today)


def test_the_dialogs_fit_the_screen_and_nothing_is_cut_off(qtbot, large_font: QFont, busy_book: LeadBook):
    for window in dialogs(qtbot, busy_book):
        hint = window.minimumSizeHint()
        assert hint.width() <= SCREEN.width() and hint.height() <= SCREEN.height(), (type(window).__name__, hint)
        assert_nothing_cut_off(window, type(window).__name__)


def test_the_lead_dialog_scrolls_when_the_screen_is_small(qtbot, large_font: QFont, busy_book: LeadBook):
    dialog = shown(qtbot, LeadDialog(busy_book, busy_book.lead(lead_id(busy_book, "Anna Svensson"))))
    dialog.resize(QSize(SCREEN.width() // 2, SCREEN.height() // 2))
    QApplication.processEvents()
    body: QWidget = next(area.widget() for area in dialog.findChildren(FitScrollArea))
    assert body.width() >= body.minimumSizeHint().width() and body.height() >= body.minimumSizeHint().height()
    assert (
        dialog.save_button.isVisible()
        and dialog.save_button.mapTo(dialog, dialog.save_button.rect().bottomRight()).y() <= dialog.height()
    )
    assert not cut_off(dialog), cut_off(dialog)
