"""Edit > Review possible duplicates…: pairs side by side, merged per field, kept, or told apart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QRadioButton

from leadbook.core.model import Lead, Stage
from leadbook.gui.duplicates_dialog import DuplicatesDialog
from leadbook.interop.csv_import import guess_mapping, read_csv, records


def flagged_pairs(book) -> tuple[int, int, int]:
    """Anna in the book; Bob and Cara, imported, share her office phone."""
    book.set_home_country("US")
    anna = book.add_lead(Lead(name="Anna Svensson", company="Office AB", phones=("+1 555 3227 8543",),
                              emails=("anna@office.example",), stage=Stage.CONTACTED))  # fmt: skip
    table = read_csv("Name,Company,Phone,Email,Stage\r\nBob Carter,Office AB,+1 555 3227 8543,bob@office.example,"
                     "qualified\r\nCara Lind,Office AB,+1 555 3227 8543,,\r\n")  # fmt: skip
    result = book.import_leads(book.plan_import(list(records(table, guess_mapping(table.header)))))
    bob, cara = sorted(result.added_ids)
    assert book.count_possible_duplicates() == 3  # Bob~Anna, Cara~Anna, Cara~Bob
    return anna.id, bob, cara


def test_pairs_are_shown_side_by_side_and_merged_per_field(qtbot, book):
    anna, bob, cara = flagged_pairs(book)
    dialog = DuplicatesDialog(book)
    qtbot.addWidget(dialog)
    assert (dialog.pair.lead_a, dialog.pair.lead_b) == (anna, bob)
    assert "1 of 3" in dialog.heading.text() and "share a phone number" in dialog.heading.text()
    grid = dialog.scroll_area.widget()
    name_b = grid.findChild(QRadioButton, "name_b")  # the button that takes Bob's name
    assert name_b is not None and name_b.text() == "Bob Carter" and not name_b.isChecked()
    dialog.choose("stage", lead_b=True)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    merged = book.lead(anna)
    assert merged.name == "Anna Svensson" and merged.stage == Stage.QUALIFIED  # Bob's stage, Anna's name
    assert merged.emails == ("anna@office.example", "bob@office.example") and bob not in book.lead_ids()
    assert (dialog.pair.lead_a, dialog.pair.lead_b) == (anna, cara)  # Cara~Bob went with Bob
    qtbot.mouseClick(dialog.not_same_button, Qt.MouseButton.LeftButton)
    assert dialog.pair is None and not dialog.merge_button.isEnabled()
    assert dialog.heading.text() == "No possible duplicates left to review."
    assert book.possible_duplicates("not_same")[0].lead_b == cara
    book.undo()  # the merge is undone: Bob is back, his pairs with Anna and Cara open again
    assert bob in book.lead_ids()
    assert [(p.lead_a, p.lead_b) for p in book.possible_duplicates()] == [(anna, bob), (bob, cara)]


def test_keep_both_asks_again_another_time(qtbot, book):
    anna, bob, _cara = flagged_pairs(book)
    dialog = DuplicatesDialog(book)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert dialog.pair.lead_b != bob
    again = DuplicatesDialog(book)
    qtbot.addWidget(again)
    assert (again.pair.lead_a, again.pair.lead_b) == (anna, bob)


def test_the_review_is_in_the_edit_menu(qtbot, window, monkeypatch):
    opened = []
    monkeypatch.setattr(DuplicatesDialog, "exec", lambda dialog: opened.append(dialog.pair) or 0)
    [edit] = [a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu) and a.text() == "&Edit"]
    [review] = [a for a in edit.actions() if a.text() == "Re&view possible duplicates…"]
    review.trigger()
    assert opened == [None]  # the window's book has no possible duplicates
