"""Search as you type with many matches: the lead list shows its first screen at once and the rest
of the matches arrive on the next turn of the event loop, added below without disturbing what is
shown; the count says the full number throughout."""

from __future__ import annotations

from dataclasses import replace

from leadbook.book import LeadBook, LeadQuery
from leadbook.core.model import Lead, Source
from leadbook.gui.leads.table_model import FIRST_SCREEN, LeadTableModel
from leadbook.gui.leads.view import LeadsView


def _fill(book: LeadBook) -> None:
    book.add_leads([Lead(name=f"Lead {n:03}", company="Alpha Bau" if n % 2 else "Nord Handel", source=Source.COLD)
                    for n in range(300)])  # fmt: skip


def test_the_rest_of_a_search_arrives_below_its_first_screen(qtbot, qtmodeltester, book: LeadBook):
    _fill(book)
    model = LeadTableModel(book)
    qtmodeltester.check(model)
    inserted: list[tuple[int, int]] = []
    resets: list[int] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.modelReset.connect(lambda: resets.append(1))
    model.set_query(replace(model.query, text="a"))
    assert model.rowCount() == FIRST_SCREEN and not model.is_complete()
    assert model.total_rows() == 150
    expected = book.lead_ids(LeadQuery(text="a"))
    assert [model.lead_id(row) for row in range(FIRST_SCREEN)] == expected[:FIRST_SCREEN]
    qtbot.waitUntil(model.is_complete)
    assert model.rowCount() == 150 and inserted == [(FIRST_SCREEN, 149)] and len(resets) == 1
    assert [model.lead_id(row) for row in range(150)] == expected
    qtmodeltester.check(model)


def test_typing_on_before_the_rest_arrives_still_narrows_correctly(qtbot, book: LeadBook):
    _fill(book)
    model = LeadTableModel(book)
    model.set_query(replace(model.query, text="a"))
    assert not model.is_complete()
    model.set_query(replace(model.query, text="al"))  # the next key, before the rest of "a" was read
    qtbot.waitUntil(model.is_complete)
    assert [model.lead_id(row) for row in range(model.rowCount())] == book.lead_ids(LeadQuery(text="al"))
    assert model.row_of(book.lead_ids(LeadQuery(text="al"))[-1]) == model.rowCount() - 1


def test_the_count_and_finding_a_lead_below_the_first_screen(qtbot, book: LeadBook):
    _fill(book)
    view = LeadsView(book)
    qtbot.addWidget(view)
    view.show()
    view.ensure_loaded()
    view.search.setText("a")
    view.apply_filters()
    assert "150 of 300" in view.count_label.text()  # the full number while only the first screen is read
    last = book.lead_ids(LeadQuery(text="a"))[-1]
    assert view.model.row_of(last) == 149  # asking for a row reads the rest at once
    assert view.model.rowCount() == 150 and "150 of 300" in view.count_label.text()


def test_a_chinese_search_shows_its_first_screen_then_the_rest(qtbot, qtmodeltester, book: LeadBook):
    """Chinese words (the grams table, migration 0014) take the same path: the first screen, the full
    count at once, the rest below, then each key narrowing (one, two, three characters)."""
    book.add_leads([Lead(name=("王" if n % 3 else "李") + "芳" * (n % 2 + 1), company="杭州绿源园林有限公司",
                         source=Source.COLD) for n in range(300)])  # fmt: skip
    model = LeadTableModel(book)
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.set_query(replace(model.query, text="王"))
    assert model.rowCount() == FIRST_SCREEN and not model.is_complete() and model.total_rows() == 200
    expected = book.lead_ids(LeadQuery(text="王"))
    assert [model.lead_id(row) for row in range(FIRST_SCREEN)] == expected[:FIRST_SCREEN]
    qtbot.waitUntil(model.is_complete)
    assert inserted == [(FIRST_SCREEN, 199)]
    assert [model.lead_id(row) for row in range(model.rowCount())] == expected
    qtmodeltester.check(model)
    for text, count in (("王芳", 200), ("王芳芳", 100), ("绿源园林", 300), ("李芳芳", 50)):
        model.set_query(replace(model.query, text=text))
        qtbot.waitUntil(model.is_complete)
        assert model.rowCount() == count, text
        assert [model.lead_id(row) for row in range(count)] == book.lead_ids(LeadQuery(text=text)), text
