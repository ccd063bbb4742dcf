"""Hostile text in the GUI: typed or pasted into the lead dialog it is stored without control and
bidi characters; the import preview names rows with a replaced character and counts rows merged
with a row above; the Today view shows an old book's characters escaped."""

from __future__ import annotations

from datetime import time

from _book_sql import execute
from _widgets import shown
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from leadbook.core.followups import Due, FollowUp, Objective
from leadbook.core.model import Channel, Lead, Stage
from leadbook.gui.files.import_dialog import ImportDialog, result_text
from leadbook.gui.leads.dialog import LeadDialog

ESC, BEL, RLO, LRI, NEL = "\x1b", "\x07", "\u202e", "\u2066", "\x85"
HOSTILE = (ESC, BEL, RLO, LRI, NEL)


def type_text(widget: QWidget, text: str) -> None:
    """Characters as a keyboard or an input method delivers them (QTest.keyClicks takes ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def paste(widget: QWidget, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    widget.setFocus()
    widget.paste()  # type: ignore[attr-defined]


def test_characters_typed_or_pasted_into_the_lead_dialog_are_stored_without_them(qtbot, book):
    dialog = shown(qtbot, LeadDialog(book))
    type_text(dialog.name, f"Anna {RLO}nosnevS")
    assert RLO in dialog.name.text()  # the widget took it: the book must not keep it
    paste(dialog.company, f"Evil{ESC}[2J{ESC}]0;pwned{BEL} AB")
    paste(dialog.notes, f"first{ESC}[31m line\n\tsecond{NEL} line {LRI}x")
    assert ESC in dialog.company.text() and ESC in dialog.notes.toPlainText()
    dialog.accept()
    lead = dialog.saved_lead
    assert lead is not None
    assert (lead.name, lead.company) == ("Anna nosnevS", "Evil[2J]0;pwned AB")
    assert lead.notes == "first[31m line\n\tsecond line x"
    stored = book.lead(int(lead.id or 0))
    assert not [c for c in HOSTILE if c in repr(vars(stored))]


def test_the_preview_names_rows_with_a_replaced_character_and_counts_rows_merged_above(qtbot, book, tmp_path):
    path = tmp_path / "twice_and_a_bad_byte.csv"
    path.write_bytes("Name,E-mail,Company\nJürgen Müller,j@example.de,Åkerlund\nBo,bo@example.com,Öl AB\n".encode()
                     + "Jürgen Müller,j@example.de,".encode() + b"K\xf6k\n" + "Bo,bo@example.com,Café\n".encode())  # fmt: skip
    dialog = ImportDialog(book, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.page == dialog.MAPPING, timeout=10_000)  # a CSV of no known program
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.page == dialog.PREVIEW, timeout=10_000)
    assert dialog.summary_label.text() == ("twice_and_a_bad_byte.csv: 2 new leads, 0 already in the book, "
                                           "2 the same as a row above, 0 rows with errors.")  # fmt: skip
    assert dialog.replaced_label.isVisibleTo(dialog)
    assert dialog.replaced_label.text() == ("Line 4: an unreadable character was replaced with �; "
                                            "check the row after the import")  # fmt: skip
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as signal:
        qtbot.keyClick(dialog.import_button, Qt.Key.Key_Return)
    result = signal.args[0]
    assert result.merged_in_file == 2
    assert result_text(result) == "Import: 2 leads added and 2 merged with a row above."


def test_a_clean_file_has_no_note_on_replaced_characters(qtbot, book, tmp_path):
    path = tmp_path / "clean.csv"
    path.write_text("Name\nAnna\n", encoding="utf-8")
    dialog = ImportDialog(book, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.page != dialog.READING, timeout=10_000)
    assert not dialog.replaced_label.isVisibleTo(dialog)


def test_today_shows_an_old_books_control_and_bidi_characters_escaped(qtbot, book, clock):
    from leadbook.gui.today.view import TodayView

    lead = book.add_lead(Lead(name="Anna", stage=Stage.CONTACTED))
    book.plan_followup(FollowUp(int(lead.id or 0), Due(book.local_today(), time(10, 0)), Channel.CALL,
                                Objective.REPLY))  # fmt: skip
    execute(book, "UPDATE leads SET name = ? WHERE id = ?", [f"{RLO}annA{ESC}[2J", lead.id])  # an older book's name
    view = shown(qtbot, TodayView(book))
    texts = [str(cell) for _title, rows in view.rows() for _kind, _id, cells in rows for cell in cells]
    assert any("\\u202eannA\\x1b[2J" in text for text in texts)
    assert not [c for c in (ESC, RLO) if any(c in text for text in texts)]
