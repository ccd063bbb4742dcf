"""The Leads view driven as a user would: keys, clicks, dialogs; the book is real."""

from _widgets import wait_exposed
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from leadbook.book import LeadQuery
from leadbook.core.model import Stage
from leadbook.gui.leads.dialog import LeadDialog
from leadbook.gui.leads.table_model import COLUMNS, LeadIdRole, LeadTableModel
from leadbook.gui.navigation import COUNT_ROLE


def shown_names(window) -> list[str]:
    """The names in the lead list, as the user sees them on the Leads page."""
    window.show_view("leads")
    model = window.leads_view.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def answer_discard(*, discard: bool) -> list[str]:
    """Answer the "Discard your changes?" question that is about to come (returns what it said)."""
    said: list[str] = []

    def answer():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        said.append(box.text())
        wanted = "Discard" if discard else "Keep editing"
        next(b for b in box.buttons() if b.text().replace("&", "") == wanted).click()

    QTimer.singleShot(0, answer)
    return said


def run_dialog(qtbot, open_it, fill) -> None:
    """Open a modal dialog with ``open_it`` and drive it with ``fill`` once it shows."""

    def drive():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LeadDialog), dialog
        fill(dialog)

    QTimer.singleShot(0, drive)
    open_it()


def test_opens_on_leads_sorted_by_name(window):
    assert window.stack.currentWidget() is window.today_view
    window.show_view("leads")
    assert window.stack.currentWidget() is window.leads_split
    assert shown_names(window) == ["Anna Svensson", "Bob Carter", "Jürgen Müller", "王芳"]
    assert window.leads_view.count_label.text() == "4 leads"
    assert window._nav_items["leads"].data(COUNT_ROLE) == 4  # the badge beside "Leads"


def test_model_passes_qt_model_tester(qtmodeltester, filled_book):
    model = LeadTableModel(filled_book)
    qtmodeltester.check(model, force_py=True)
    model.sort(6, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model, force_py=True)


def test_columns_show_formatted_values_in_the_default_order(window):
    model = window.leads_view.model
    row = shown_names(window).index("Anna Svensson")
    header = window.leads_view.table.horizontalHeader()
    on_screen = [header.logicalIndex(visual) for visual in range(header.count())]
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in on_screen]
    assert titles == ["Name", "Company", "Stage", "Next step", "Last touch", "Phone", "E-mail", "Source", "Value"]
    values = [model.index(row, c).data() for c in on_screen]
    assert values == [
        "Anna Svensson",
        "Åkerlund Trädgård AB",
        "Qualified",
        "⚠ none",
        "",
        "+46 70-123 45 67",
        "anna@akerlund.se",
        "Web inquiry",
        "48,000 SEK",
    ]


def test_ctrl_n_adds_a_lead_through_the_dialog(qtbot, window):
    def fill(dialog: LeadDialog):
        qtbot.keyClicks(dialog.name, "Greta Lindqvist")
        dialog.company.insert("Lindqvist Café")  # QTest types ASCII only
        qtbot.keyClicks(dialog.emails, "greta@lindqvist.se")
        qtbot.keyClicks(dialog.value, "7 500")
        dialog.stage.set_value(Stage.CONTACTED)
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    run_dialog(qtbot, lambda: qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier), fill)
    lead = window.book.leads(window.book.lead_ids(LeadQuery(text="greta")))[0]
    assert (lead.company, lead.emails, lead.value, lead.stage) == (
        "Lindqvist Café",
        ("greta@lindqvist.se",),
        7500.0,
        Stage.CONTACTED,
    )
    assert "Greta Lindqvist" in shown_names(window)
    assert window.leads_view.current_id() == lead.id


def test_bad_input_is_shown_next_to_the_field_and_nothing_is_saved(qtbot, window):
    seen: dict[str, list[str]] = {}

    def fill(dialog: LeadDialog):
        qtbot.keyClicks(dialog.emails, "greta@")
        qtbot.keyClicks(dialog.phones, "call me maybe")
        qtbot.keyClicks(dialog.value, "lots")
        dialog.save_button.click()
        seen["fields"] = dialog.problem_fields()
        seen["email_error"] = [dialog.findChild(type(dialog.stamps), "error_emails").text()]
        assert dialog.isVisible()
        answer_discard(discard=True)
        dialog.reject()

    run_dialog(qtbot, window.new_lead, fill)
    assert seen["fields"] == ["name", "emails", "phones", "value"]
    assert "greta@" in seen["email_error"][0]
    assert window.book.count_leads() == 4


def test_error_clears_when_fixed_and_then_saves(qtbot, window):
    def fill(dialog: LeadDialog):
        qtbot.keyClicks(dialog.phones, "07O-123")
        dialog.save_button.click()
        assert dialog.problem_fields() == ["name", "phones"]
        qtbot.keyClicks(dialog.name, "Pia")
        dialog.phones.clear()
        qtbot.keyClicks(dialog.phones, "070-123")
        dialog.save_button.click()

    run_dialog(qtbot, window.new_lead, fill)
    assert window.book.leads(window.book.lead_ids(LeadQuery(text="pia")))[0].phones == ("070-123",)


def test_enter_opens_the_lead_and_edits_save(qtbot, window):
    window.show_view("leads")
    view = window.leads_view
    view.table.setFocus()
    view.select_ids([view.model.lead_id(1)], view.model.lead_id(1))

    def fill(dialog: LeadDialog):
        assert dialog.name.text() == "Bob Carter"
        dialog.company.selectAll()
        qtbot.keyClicks(dialog.company, "Carter Pools & Spas")
        dialog.save_button.click()

    run_dialog(qtbot, lambda: qtbot.keyClick(view.table, Qt.Key.Key_Return), fill)
    assert view.model.index(1, 1).data() == "Carter Pools & Spas"


def test_search_as_you_type_and_filters(qtbot, window):
    view = window.leads_view
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus()
    qtbot.keyClicks(view.search, "mu")
    view.search.insert("l")
    qtbot.waitUntil(lambda: shown_names(window) == ["Jürgen Müller"])
    assert view.count_label.text() == "1 of 4"
    view.search.clear()
    qtbot.waitUntil(lambda: len(shown_names(window)) == 4)
    view.stage_filter.set_value(Stage.NO)
    assert shown_names(window) == ["Bob Carter"]
    view.stage_filter.set_value(None)
    view.tag_filter.setCurrentIndex(view.tag_filter.findText("vip"))
    assert shown_names(window) == ["Anna Svensson"]


def test_clicking_a_header_sorts(qtbot, window):
    window.show_view("leads")
    view = window.leads_view
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(COLUMNS.index("value")) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(x, 5))
    first = view.model.index(0, 0).data()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(x, 5))
    assert {first, view.model.index(0, 0).data()} == {"Anna Svensson", "Jürgen Müller"}
    assert view.model.query.sort == "value"


def test_delete_key_then_undo_button_and_ctrl_z(qtbot, window):
    window.show_view("leads")
    view = window.leads_view
    view.table.setFocus()
    ids = [view.model.lead_id(0), view.model.lead_id(2)]
    view.select_ids(ids, ids[0])
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert shown_names(window) == ["Bob Carter", "王芳"]
    assert window.undo_message.isVisible()
    assert window.undo_message.label.text() == "Deleted 2 leads."
    qtbot.mouseClick(window.undo_message.button, Qt.MouseButton.LeftButton)
    assert shown_names(window) == ["Anna Svensson", "Bob Carter", "Jürgen Müller", "王芳"]
    assert not window.undo_message.isVisible()

    view.select_ids([ids[1]], ids[1])
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert window.book.count_leads() == 3
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.book.count_leads() == 4
    assert sorted(view.selected_ids()) == [ids[1]]


def test_lead_id_role_gives_the_id(window):
    window.show_view("leads")
    model = window.leads_view.model
    assert model.index(0, 3).data(LeadIdRole) == model.lead_id(0)


def test_ctrl_q_closes_the_window(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_active_leads_without_a_next_step_are_flagged(window):
    from datetime import date

    from leadbook.core.followups import Due, FollowUp

    names = shown_names(window)
    model = window.leads_view.model
    anna, bob = names.index("Anna Svensson"), names.index("Bob Carter")
    nxt = COLUMNS.index("next_step")
    assert model.index(anna, nxt).data() == "⚠ none"
    assert model.index(anna, nxt).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(bob, nxt).data() == ""  # a "no" needs no next step
    window.book.plan_followup(FollowUp(model.lead_id(anna), Due(date(2026, 12, 1))))
    assert model.index(anna, nxt).data() == "12/1/26"
    assert model.index(anna, nxt).data(Qt.ItemDataRole.ForegroundRole) is None


def test_the_hidden_list_reads_the_book_only_when_shown(qtbot, window, monkeypatch):
    """Today is the home page: the lead list is not sorted at start, nor after writes while
    hidden, and shows the book as it is now when its page opens."""
    reads = []
    lead_ids = window.book.lead_ids
    monkeypatch.setattr(window.book, "lead_ids", lambda *a, **k: reads.append(1) or lead_ids(*a, **k))
    from leadbook.core.model import Lead

    window.book.add_lead(Lead(name="Ada Hidden"))
    assert reads == []  # hidden: nothing read
    assert "Ada Hidden" in shown_names(window) and len(reads) == 1
    view = window.leads_view
    window.show_view("today")
    zed = window.book.add_lead(Lead(name="Zed Later")).id
    assert len(reads) == 1
    assert "Zed Later" in shown_names(window) and view.current_id() == zed and len(reads) == 2


def test_writes_while_hidden_select_what_came_back_and_delete_waits_for_the_page(qtbot, window):
    """Leads added while the list is hidden (an undo on Today, an import) come back selected when
    it shows; Edit ▸ Delete is off while another page is up, so it never deletes unseen leads."""
    from leadbook.core.model import Lead

    shown_names(window)
    view = window.leads_view
    assert view.delete_action.isEnabled()
    window.show_view("today")
    assert not view.delete_action.isEnabled()
    added = sorted(window.book.add_leads([Lead(name="Cleo Import"), Lead(name="Dan Import")]).added)
    window.show_view("leads")
    assert sorted(view.selected_ids()) == added and view.current_id() == added[0]
    assert view.delete_action.isEnabled()
    window.show_view("today")
    window.book.delete_leads([added[1]])
    window.show_view("leads")
    assert view.selected_ids() == [added[0]]  # the rest of the selection kept, the deleted one gone


def test_the_panel_follows_the_current_lead(qtbot, window):
    window.show_view("leads")
    view = window.leads_view
    view.table.setFocus()
    view.select_ids([view.model.lead_id(2)], view.model.lead_id(2))
    qtbot.keyClick(view.table, Qt.Key.Key_Up)
    assert window.lead_panel.lead_id() == view.model.lead_id(1)
    view.search.setText("zzz-nobody")
    view.apply_filters()
    assert window.lead_panel.lead_id() is None


# --- the list at a laptop's width, its marks, and the columns kept -------------------------------


def _laptop_window(qtbot, book):
    from leadbook.app import build_main_window

    main = build_main_window(book)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    wait_exposed(qtbot, main)
    main.show_view("leads")
    return main


def test_all_columns_fit_a_1366_pixel_window_and_amounts_show_whole(qtbot, filled_book):
    from leadbook.core.model import Lead

    filled_book.add_lead(Lead(name="Big Deal", value=1_250_000, currency="SEK"))
    main = _laptop_window(qtbot, filled_book)
    view = main.leads_view
    table, header = view.table, view.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() <= table.viewport().width())
    assert table.horizontalScrollBar().maximum() == 0  # no sideways scrolling
    metrics = table.fontMetrics()
    value_column = COLUMNS.index("value")
    widest = max(
        metrics.horizontalAdvance(view.model.index(row, value_column).data() or "")
        for row in range(view.model.rowCount())
    )
    assert widest == metrics.horizontalAdvance("1,250,000 SEK")
    assert table.columnWidth(value_column) >= widest + 8  # the text and the cell's margins
    for key in ("stage", "next_step", "last_touch"):  # these never give way: texts whole, titles on two lines
        column = COLUMNS.index(key)
        width = table.columnWidth(column)
        cells = [view.model.index(row, column).data() or "" for row in range(view.model.rowCount())]
        assert max(metrics.horizontalAdvance(text) for text in cells) + 8 <= width, key
        title = view.model.headerData(column, Qt.Orientation.Horizontal)
        assert all(metrics.horizontalAdvance(word) + 8 <= width for word in title.split()), key
        if metrics.horizontalAdvance(title) + 8 > width:
            assert header.height() >= 2 * header.fontMetrics().lineSpacing(), key
    main.close()


def test_an_overdue_next_step_is_red_with_a_sign_and_says_so(qtbot, window):
    from datetime import date

    from leadbook.core.followups import Due, FollowUp

    names = shown_names(window)
    model = window.leads_view.model
    anna = names.index("Anna Svensson")
    jurgen = names.index("Jürgen Müller")
    window.book.plan_followup(FollowUp(model.lead_id(anna), Due(date(2026, 11, 20))))  # last Friday
    window.book.plan_followup(FollowUp(model.lead_id(jurgen), Due(date(2026, 11, 23))))  # today: not overdue
    nxt = COLUMNS.index("next_step")
    cell = model.index(anna, nxt)
    assert cell.data() == "⚠ 11/20/26"  # a sign and the date: never colour alone
    assert cell.data(Qt.ItemDataRole.ForegroundRole).name() == "#b3261e"
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "Overdue: the next step was due 11/20/26"
    today = model.index(jurgen, nxt)
    assert today.data() == "11/23/26"
    assert today.data(Qt.ItemDataRole.ForegroundRole) is None


def test_do_not_contact_is_a_sign_with_words_not_a_red_name(qtbot, window):
    from leadbook.core.model import Lead

    names = shown_names(window)
    model = window.leads_view.model
    bob = names.index("Bob Carter")
    lead: Lead = window.book.lead(model.lead_id(bob))
    window.book.update_lead(lead.with_changes(do_not_contact=True))
    cell = model.index(bob, COLUMNS.index("name"))
    assert cell.data() == "Bob Carter"
    assert cell.data(Qt.ItemDataRole.ForegroundRole) is None  # no red name that reads as "overdue"
    icon = cell.data(Qt.ItemDataRole.DecorationRole)
    assert icon is not None and not icon.isNull()
    assert "Do not contact" in cell.data(Qt.ItemDataRole.ToolTipRole)
    anna = model.index(names.index("Anna Svensson"), COLUMNS.index("name"))
    assert anna.data(Qt.ItemDataRole.DecorationRole) is None


def test_column_widths_and_order_are_kept_for_the_next_window(qtbot, filled_book):
    main = _laptop_window(qtbot, filled_book)
    view = main.leads_view
    header = view.table.horizontalHeader()
    email, company = COLUMNS.index("email"), COLUMNS.index("company")
    header.moveSection(header.visualIndex(email), 1)  # E-mail right after Name, as a user drags it
    header.resizeSection(company, 222)
    main.close()  # closing keeps them (the save waits for a pause in dragging otherwise)

    again = _laptop_window(qtbot, filled_book)
    header = again.leads_view.table.horizontalHeader()
    on_screen = [COLUMNS[header.logicalIndex(visual)] for visual in range(header.count())]
    assert on_screen[:3] == ["name", "email", "company"]
    assert header.sectionSize(company) == 222
    again.leads_view.reset_columns()
    assert [header.logicalIndex(visual) for visual in range(header.count())] == list(range(len(COLUMNS)))
    assert header.sectionSize(company) != 222
    again.close()


def test_todays_no_next_step_line_opens_exactly_those_leads(qtbot, filled_book):
    from datetime import date

    from leadbook.core.followups import Due, FollowUp

    book = filled_book
    all_ids = book.lead_ids()
    anna = next(lead.id for lead in book.leads(all_ids) if lead.name == "Anna Svensson")
    book.plan_followup(FollowUp(anna, Due(date(2026, 12, 1))))
    main = _laptop_window(qtbot, book)
    main.show_view("today")
    link = main.today_view.no_next_step
    agenda = book.agenda(book.local_today())
    assert link.isVisible() and agenda.without_next_step == 2
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)

    view = main.leads_view
    assert main.stack.currentWidget() is main.leads_split
    expected = [
        lead.id
        for lead in book.leads(all_ids)
        if lead.stage.is_active and not any(f.state.value == "planned" for f in book.followups(lead.id))
    ]
    shown = [view.model.lead_id(row) for row in range(view.model.rowCount())]
    assert sorted(shown) == sorted(expected) and len(shown) == agenda.without_next_step
    assert shown == book.lead_ids(LeadQuery(without_next_step=True))
    assert view.filter_chip.isVisible() and view.filter_chip_label.text() == "Showing: no next step"
    assert view.count_label.text() == "2 of 4"
    qtbot.mouseClick(view.filter_chip_clear, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 4 and not view.filter_chip.isVisible()
    main.close()
