"""Each shipped language, through its real .qm: the windows speak it, Alt+letters stay unique,
and no label or button is cut off (German runs about a third longer than English).

Every test installs one language with ``i18n.install_translators`` (the shipped
``leadbook_<lang>.qm`` and Qt's own) and puts English back afterwards. The words expected are
taken from the .ts files by hand; the English ones must be gone. Besides those, any text a
window shows that is an English source text the language translates differently is a miss.
"""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date, time, timedelta
from functools import cache
from pathlib import Path

import pytest
from _accelerators import assert_menus_unique, assert_pages_unique, assert_unique_in
from _widgets import shown
from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTabWidget,
    QToolButton,
    QWidget,
)

from leadbook.app import build_main_window
from leadbook.book import LeadBook, LeadQuery
from leadbook.book.changes import UNDOABLE, Op
from leadbook.core.followups import Due, FollowUp, Objective, State
from leadbook.core.model import Channel
from leadbook.gui.callsheet.dialog import CallSheetDialog
from leadbook.gui.duplicates_dialog import DuplicatesDialog
from leadbook.gui.files.export_dialog import ExportDialog
from leadbook.gui.followups.cadence_dialog import CadenceDialog
from leadbook.gui.followups.followup_dialog import FollowUpDialog
from leadbook.gui.followups.log_dialog import LogDialog
from leadbook.gui.leads.dialog import LeadDialog
from leadbook.gui.reminders.window import RemindersWindow
from leadbook.gui.revisits.say_no_dialog import SayNoDialog
from leadbook.gui.settings.dialog import SettingsDialog
from leadbook.gui.today.view import column_titles
from leadbook.present import i18n, texts

pytestmark = pytest.mark.slow

assert shutil.which("pdftotext"), "install poppler-utils: the call-sheet test reads the PDF with pdftotext"

LANGUAGES = ["zh_CN", "sv", "de"]
MONDAY = date(2026, 11, 23)  # conftest: 09:30 in Stockholm

# Words each window must show, per language (from the .ts files).
EXPECTED = {
    "zh_CN": {
        "menus": ["文件(&F)", "编辑(&E)", "帮助(&H)"],
        "navigation": ["今日", "日历", "培育", "回访"],
        "today": ["已逾期", "今天", "明天", "改期", "取消跟进", "打开客户", "时间", "公司"],
        "reminders": ["打开项目(&O)", "推迟(&S)", "全部推迟", "全部关闭(&L)", "1 小时", "明天 09:00", "个提醒"],
        "call sheet": ["通话清单", "已逾期", "今日电话与会面", "目标", "最近联系", "尚未联系", "第 1 页，共 1 页"],
        "welcome": ["你的客户库还是空的", "添加第一个客户(&A)…", "导入联系人(&I)…"],
    },
    "sv": {
        "menus": ["&Arkiv", "&Redigera", "&Hjälp"],
        "navigation": ["Idag", "Kalender", "Håll varm", "Återkontakt"],
        "today": ["Försenade", "Idag", "Imorgon", "Boka om", "Ställ in uppföljning", "Öppna prospekt", "När", "Företag"],
        "reminders": ["&Öppna", "&Snooza", "Snooza alla", "Avfärda a&lla", "1 timme", "Imorgon kl. 09:00",
                      "påminnelse"],
        "call sheet": ["Ringlista", "Försenade", "Dagens samtal och möten", "Mål", "Senaste kontakt", "Ingen kontakt än",
                       "Sida 1 av 1"],
        "welcome": ["Ditt register är tomt", "&Lägg till ditt första prospekt…", "&Importera kontakter…"],
    },
    "de": {
        "menus": ["&Datei", "&Bearbeiten", "&Hilfe"],
        "navigation": ["Heute", "Kalender", "Warmhalten", "Wiedervorlage"],
        "today": ["Überfällig", "Heute", "Morgen", "Verschieben", "Follow-up streichen", "Lead öffnen", "Wann", "Firma"],
        "reminders": ["Element ö&ffnen", "&Erneut erinnern", "Alle erneut erinnern", "A&lle schließen", "1 Stunde",
                      "Morgen um 09:00", "Erinnerung"],
        "call sheet": ["Anrufliste", "Überfällig", "Heutige Anrufe und Termine", "Ziel", "Letzter Kontakt", "Noch kein Kontakt",
                       "Seite 1 von 1"],
        "welcome": ["Ihre Kartei ist leer", "Ersten Lead &anlegen…", "Kontakte &importieren…",
                    "Erst eine Demo-Kartei an&sehen"],
    },
}  # fmt: skip
# English words that must be gone: none of them is the same word in any of the languages.
ENGLISH = {
    "menus": ["&File", "&Edit", "&Help", "&Settings…", "&Quit"],
    "navigation": ["Today", "Calendar", "Nurture", "Revisit"],
    "today": ["Overdue", "Today", "Tomorrow", "Reschedule", "Cancel follow-up", "Open lead", "When", "Company"],
    "reminders": ["&Open item", "&Snooze", "Snooze all", "Dismiss a&ll", "No &answer", "&Dismiss", "1 hour",
                  "5 minutes", "Tomorrow at 09:00", "reminder"],
    "call sheet": ["Call sheet", "Overdue", "Today's calls", "Goal", "Last touch", "No touch yet", "Any time", "Page 1 of"],
    "welcome": ["Your lead book is empty", "&Add your first lead…", "&Import contacts…",
                "&Look around a demo book first"],
}  # fmt: skip


@pytest.fixture(params=LANGUAGES)
def language(request, qapp) -> Iterator[str]:
    """The shipped translation of one language, installed for one test; English afterwards."""
    assert i18n.install_translators(qapp, request.param) == request.param
    yield request.param
    i18n.install_translators(qapp, "en")


@pytest.fixture
def busy_book(filled_book: LeadBook) -> LeadBook:
    """The filled book with something in each of Today's sections: an overdue call, one due
    at nine (its reminder is due), an untimed e-mail today and a meeting tomorrow."""
    anna, juergen, wang = (lead_id(filled_book, name) for name in ("Anna Svensson", "Jürgen Müller", "王芳"))
    for fu in (
        FollowUp(anna, Due(MONDAY - timedelta(days=3), time(15, 0)), Channel.CALL, Objective.MEETING),
        FollowUp(juergen, Due(MONDAY, time(9, 0)), Channel.CALL, Objective.PROPOSAL),
        FollowUp(wang, Due(MONDAY), Channel.EMAIL, Objective.REPLY),
        FollowUp(wang, Due(MONDAY + timedelta(days=1), time(10, 0)), Channel.MEETING, Objective.SIGNATURE),
    ):
        filled_book.plan_followup(fu)
    return filled_book


def main_window(qtbot, book: LeadBook):
    """The main window at its default size, with Anna chosen on the Leads page (her panel shows)."""
    window = shown(qtbot, build_main_window(book))
    window.show_lead(lead_id(book, "Anna Svensson"))
    window.show_view("today")
    return window


def lead_id(book: LeadBook, name: str) -> int:
    return next(lead.id or 0 for lead in book.leads(book.lead_ids()) if lead.name == name)


# --- what "speaks the language" means -------------------------------------------------------


# The .ts sources live in the repository; an installed package carries only the .qm.
SOURCES = Path(__file__).resolve().parents[2] / "resources" / "translations"


@cache
def english_only(language: str) -> frozenset[str]:
    """English source texts that ``language`` translates to something else, and that are
    nowhere a translation in it ("Leads" is German too)."""
    root = ET.parse(SOURCES / f"leadbook_{language}.ts").getroot()
    sources, translations = set(), set()
    for message in root.iter("message"):
        translation = message.find("translation")
        forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
        translations.update(forms)
        sources.add(message.findtext("source") or "")
    return frozenset(source for source in sources - translations if any(c.isalpha() for c in source))


def untranslated(language: str, shown_texts: list[str]) -> list[str]:
    return sorted({text for text in shown_texts if text in english_only(language)})


def assert_speaks(language: str, surface: str, shown_texts: list[str]) -> None:
    """Each expected word is in one of the texts; no English word is; no text is English."""
    joined = "\n".join(shown_texts)
    missing = [word for word in EXPECTED[language][surface] if word not in joined]
    english = [word for word in ENGLISH[surface] if any(_has_word(text, word) for text in shown_texts)]
    assert (missing, english, untranslated(language, shown_texts)) == ([], [], []), shown_texts


def _has_word(text: str, word: str) -> bool:
    """``word`` in ``text`` as a whole word ("reminder" in "3 reminders", not "Today" in "Todays")."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not before.isalpha() and (not after.isalpha() or after == "s"):
            return True
        start = text.find(word, start + 1)
    return False


def widget_texts(window: QWidget) -> list[str]:
    """Every text the window shows: its title, labels, buttons, group boxes, tabs and combo items."""
    found = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append(widget.text())
        elif isinstance(widget, QGroupBox):
            found.append(widget.title())
        elif isinstance(widget, QTabBar):
            found.extend(widget.tabText(index) for index in range(widget.count()))
        elif isinstance(widget, QComboBox):
            found.extend(widget.itemText(index) for index in range(widget.count()))
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            found.extend(str(widget.model().headerData(section, widget.orientation()) or "")
                         for section in range(widget.count()))  # fmt: skip
    return [text for text in found if text]


def menu_texts(window) -> list[str]:
    found = []
    for top in window.menuBar().actions():
        found.append(top.text())
        found.extend(action.text() for action in top.menu().actions() if not action.isSeparator())
    return found


# --- 1. the windows speak the language ------------------------------------------------------


def test_the_main_window_and_today(qtbot, language: str, busy_book: LeadBook):
    window = main_window(qtbot, busy_book)
    assert_speaks(language, "menus", menu_texts(window))
    navigation = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert_speaks(language, "navigation", [text.split("  (")[0] for text in navigation])

    window.show_view("today")
    today = window.today_view
    model = today.model
    cells = [str(model.index(row, column).data() or "") for row in range(model.rowCount())
             for column in range(model.columnCount())]  # fmt: skip
    sections = [cell.split("  (")[0] for cell in cells]  # "Overdue  (1)"
    assert_speaks(language, "today", [*widget_texts(today), *sections])
    for row in range(window.nav.count()):  # every page: no English text anywhere
        window.nav.setCurrentRow(row)
        assert untranslated(language, widget_texts(window.stack.currentWidget())) == [], navigation[row]


def test_today_shows_every_channel_name_whole(qtbot, language: str, busy_book: LeadBook):
    """ "Brev eller kort", "Social Media": the channel column is as wide as the longest name needs."""
    anna = lead_id(busy_book, "Anna Svensson")
    for channel in Channel:
        busy_book.plan_followup(FollowUp(anna, Due(busy_book.local_today()), channel))
    today = main_window(qtbot, busy_book).today_view
    channel_column = column_titles().index(QCoreApplication.translate("Agenda", "Channel"))
    shown = {today.model.texts(row)[channel_column] for row in today.model.selectable}
    assert shown >= {texts.channel_name(channel) for channel in Channel}, shown
    metrics = today.tree.fontMetrics()
    too_narrow = [
        name for name in shown if metrics.horizontalAdvance(name) + 8 > today.tree.columnWidth(channel_column)
    ]
    assert not too_narrow, (today.tree.columnWidth(channel_column), too_narrow)


def test_every_undo_step_has_a_name_in_the_language(language: str):
    """The book names undo steps by op; the Edit menu's "Undo …" must not show them in English."""
    ops = UNDOABLE
    assert {Op.ADD_LEADS, Op.SAY_NO, Op.UPDATE_LEAD, Op.MOVE_FOLLOWUPS, Op.EVEN_OUT, Op.MERGE_LEADS} <= ops
    english = [op.value for op in sorted(ops) if texts.undo_text(op) == op.value]
    assert not english, english
    assert texts.undo_text(Op.DELETE_LEADS, 1) not in ("Delete lead", "")
    assert texts.undo_text(Op.DELETE_LEADS, 3) != "Delete 3 leads"


def test_the_welcome_of_an_empty_book(qtbot, language: str, book: LeadBook):
    """A first start: Today's welcome speaks the language, nothing cut off, its keys unique."""
    window = shown(qtbot, build_main_window(book))
    window.show_view("today")
    welcome = window.today_view.welcome
    assert welcome.isVisible()
    assert_speaks(language, "welcome", widget_texts(welcome))
    assert not cut_off(window), cut_off(window)
    assert_pages_unique(window)  # the menu bar's letters and the welcome's buttons together


def test_the_reminders_window(qtbot, language: str, busy_book: LeadBook):
    reminders = shown(qtbot, RemindersWindow(busy_book))
    assert len(reminders.rows()) == 3  # Anna's overdue call, Jürgen's at nine, 王芳's e-mail today
    items = [item.text(column) for item in reminders.row_items() for column in range(4)]
    assert_speaks(language, "reminders", [*widget_texts(reminders), *items])


def test_the_call_sheet(qtbot, language: str, busy_book: LeadBook, tmp_path: Path):
    """Export PDF… as the user does it (the file dialog answered), read back with pdftotext."""
    target = tmp_path / "sheet"
    dialog = shown(qtbot, CallSheetDialog(busy_book, ask_pdf_path=lambda parent, suggested: str(target)))
    saved = dialog.export_pdf()
    assert saved == tmp_path / "sheet.pdf"
    text = subprocess.run(["pdftotext", "-layout", str(saved), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData("detailed"))  # with the labels of each row
    detailed = dialog.export_pdf()
    assert detailed is not None
    text += subprocess.run(["pdftotext", "-layout", str(detailed), "-"], capture_output=True, text=True,
                           check=True).stdout  # fmt: skip
    assert "Jürgen Müller" in text and "Anna Svensson" in text
    assert_speaks(language, "call sheet", text.splitlines())
    assert untranslated(language, widget_texts(dialog)) == []


# --- 2. Alt+letters stay unique -------------------------------------------------------------


def test_accelerators_of_the_main_window(qtbot, language: str, busy_book: LeadBook):
    window = main_window(qtbot, busy_book)
    assert_menus_unique(window)
    assert_pages_unique(window)


def test_accelerators_of_the_dialogs(qtbot, language: str, busy_book: LeadBook):
    for window in dialogs(qtbot, busy_book):
        assert_unique_in(window)
    cadences = shown(qtbot, CadenceDialog(busy_book), before_close=lambda d: d.revert())
    assert_unique_in(cadences)
    cadences.new_cadence()  # an editable cadence shows every button
    assert_unique_in(cadences)
    assert_unique_in(shown(qtbot, CallSheetDialog(busy_book)))


def dialogs(qtbot, book: LeadBook) -> list[QWidget]:
    """The dialogs and windows to check, shown at their default sizes."""
    anna = book.lead(lead_id(book, "Anna Svensson"))
    planned = next(fu for fu in book.followups(anna.id or 0) if fu.state == State.PLANNED)
    decider = LeadDialog(book)
    decider.decides.setChecked(False)  # the decision-maker's fields show
    return [
        shown(qtbot, SettingsDialog(book)),
        shown(qtbot, LeadDialog(book, anna)),
        shown(qtbot, decider),
        shown(qtbot, FollowUpDialog(book, lead_id=anna.id)),
        shown(qtbot, FollowUpDialog(book, planned)),
        shown(qtbot, LogDialog(book, planned.id)),
        shown(qtbot, SayNoDialog(book, anna.id or 0)),
        shown(qtbot, RemindersWindow(book)),
        shown(qtbot, ExportDialog(book, LeadQuery(text="Anna"), "csv")),  # a filter: the scope's choice shows
        shown(qtbot, DuplicatesDialog(book)),
    ]


# --- 3. nothing is cut off ------------------------------------------------------------------


def plain(text: str) -> str:
    """What a button or a buddy label draws: "&&" is "&", a single "&" marks the letter."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def needed_width(widget: QWidget) -> int | None:
    """The width the widget's text needs to show whole; None when it never cuts (word wrap, no text)."""
    metrics = widget.fontMetrics()
    style = widget.style()
    if isinstance(widget, QLabel):
        if widget.wordWrap() or not widget.text():
            return None
        if widget.textFormat() == Qt.TextFormat.RichText or QtGui.Qt.mightBeRichText(widget.text()):
            return widget.minimumSizeHint().width()
        text = plain(widget.text()) if widget.buddy() is not None else widget.text()
        widest = max(metrics.horizontalAdvance(line) for line in text.splitlines() or [""])
        margins = widget.contentsMargins()
        return widest + 2 * widget.margin() + max(widget.indent(), 0) + margins.left() + margins.right()
    if isinstance(widget, (QCheckBox, QRadioButton, QToolButton)) and widget.text():
        return widget.minimumSizeHint().width()
    if isinstance(widget, QPushButton) and widget.text():
        frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, widget)
        icon = widget.iconSize().width() + 4 if not widget.icon().isNull() else 0
        return metrics.horizontalAdvance(plain(widget.text())) + 2 * (frame + margin) + icon
    if isinstance(widget, QGroupBox) and widget.title():
        indicator = 20 if widget.isCheckable() else 0
        return metrics.horizontalAdvance(plain(widget.title())) + indicator + 8
    return None


def field_room(widget: QWidget) -> tuple[str, int] | None:
    """A combo box's or spin box's text, and the pixels it has to show it (the arrows taken off)."""
    if isinstance(widget, QComboBox) and not widget.isEditable() and widget.currentText():
        option = QStyleOptionComboBox()
        widget.initStyleOption(option)
        field = widget.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                              QStyle.SubControl.SC_ComboBoxEditField, widget)  # fmt: skip
        return widget.currentText(), field.width()
    if isinstance(widget, QAbstractSpinBox) and (edit := widget.findChild(QLineEdit)) and edit.text():
        margins = edit.textMargins()
        return edit.text(), edit.contentsRect().width() - margins.left() - margins.right() - 4
    return None


def beyond_the_window(widget: QWidget, window: QWidget) -> bool:
    """A widget that reaches past the window's right or bottom edge (one in a scroll area may)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return False
        parent = parent.parentWidget()
    corner = widget.mapTo(window, QPoint(widget.width(), widget.height()))
    return corner.x() > window.width() or corner.y() > window.height()


def cut_off(window: QWidget) -> list[str]:
    """The visible texts of ``window`` that are wider than the room their widget has."""
    QApplication.processEvents()  # the layouts take in the texts set last
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QTabBar):
            found.extend(f"tab {widget.tabText(index)!r}" for index in range(widget.count())
                         if widget.tabRect(index).width() < widget.tabSizeHint(index).width())  # fmt: skip
            continue
        needed = needed_width(widget)
        text = widget.title() if isinstance(widget, QGroupBox) else getattr(widget, "text", lambda: "")()
        if needed is not None and beyond_the_window(widget, window):
            found.append(f"{type(widget).__name__} {text!r}: past the window's edge")
        elif needed is not None and widget.width() < needed:
            found.append(f"{type(widget).__name__} {text!r}: {widget.width()} < {needed}")
        if field := field_room(widget):
            shown_text, room = field
            if (wide := widget.fontMetrics().horizontalAdvance(shown_text)) > room:
                found.append(f"{type(widget).__name__} {shown_text!r}: {room} < {wide}")
    return found


def assert_nothing_cut_off(window: QWidget, where: str) -> None:
    problems = {}
    tabs = window.findChildren(QTabWidget)
    pages = [(None, 0)] + [(tabs_widget, index) for tabs_widget in tabs for index in range(1, tabs_widget.count())]
    for tab_widget, index in pages:
        if tab_widget is not None:
            tab_widget.setCurrentIndex(index)
        if found := cut_off(window):
            problems[f"{where} / {tab_widget.tabText(index) if tab_widget else window.windowTitle()}"] = found
    assert not problems, problems


def test_nothing_cut_off_in_the_main_window(qtbot, language: str, busy_book: LeadBook):
    window = main_window(qtbot, busy_book)
    problems = {}
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        if found := cut_off(window):
            problems[window.nav.item(row).text()] = found
        item = window.nav.item(row)
        margin = window.nav.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, window.nav) + 1
        needed = window.nav.fontMetrics().horizontalAdvance(item.text()) + 2 * margin
        if not item.icon().isNull():
            needed += window.nav.iconSize().width() + margin
        if window.nav.visualItemRect(item).width() < needed:
            problems.setdefault(item.text(), []).append("the navigation item")
    assert not problems, problems


def test_the_main_window_fits_half_a_full_hd_screen(qtbot, language: str, busy_book: LeadBook):
    """Sellers keep Leadbook beside their mail: at half of a 1920-pixel screen nothing may force it
    wider, in any language, and nothing is cut off at that width either."""
    window = main_window(qtbot, busy_book)
    assert window.minimumSizeHint().width() <= 940, window.minimumSizeHint()
    window.resize(940, 700)
    problems = {}
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        if found := cut_off(window):
            problems[window.nav.item(row).text()] = found
    assert not problems, problems


def test_nothing_cut_off_in_the_dialogs(qtbot, language: str, busy_book: LeadBook):
    for window in dialogs(qtbot, busy_book):
        assert_nothing_cut_off(window, type(window).__name__)
    cadences = shown(qtbot, CadenceDialog(busy_book), before_close=lambda d: d.revert())
    assert_nothing_cut_off(cadences, "CadenceDialog")
    cadences.new_cadence()
    assert_nothing_cut_off(cadences, "CadenceDialog, a new cadence")
