"""The Leads view driven as a user would: keys, clicks, dialogs; the book is real."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from leadbook.book import LeadQuery
from leadbook.core.model import Stage
from leadbook.gui.lead_dialog import LeadDialog
from leadbook.gui.lead_table_model import LeadIdRole, LeadTableModel


def shown_names(window) -> list[str]:
    """The names in the lead list, as the user sees them on the Leads page."""
    window.show_view("leads")
    model = window.leads_view.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


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
    assert window._nav_items["leads"].text() == "Leads  (4)"


def test_model_passes_qt_model_tester(qtmodeltester, filled_book):
    model = LeadTableModel(filled_book)
    qtmodeltester.check(model, force_py=True)
    model.sort(6, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model, force_py=True)


def test_columns_show_formatted_values(window):
    model = window.leads_view.model
    row = shown_names(window).index("Anna Svensson")
    values = [model.index(row, c).data() for c in range(model.columnCount())]
    assert values[:7] == ["Anna Svensson", "Åkerlund Trädgård AB", "Qualified", "+46 70-123 45 67",
                          "anna@akerlund.se", "Web inquiry", "48,000 SEK"]
    assert model.headerData(6, Qt.Orientation.Horizontal) == "Value"


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
    assert (lead.company, lead.emails, lead.value, lead.stage) == ("Lindqvist Café", ("greta@lindqvist.se",), 7500.0,
                                                                   Stage.CONTACTED)
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
    view = window.leads_view
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(6) + 5
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
    assert model.index(anna, 8).data() == "⚠ none planned"
    assert model.index(anna, 8).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(bob, 8).data() == ""  # a "no" needs no next step
    window.book.plan_followup(FollowUp(model.lead_id(anna), Due(date(2026, 12, 1))))
    assert model.index(anna, 8).data() == "12/1/26"
    assert model.index(anna, 8).data(Qt.ItemDataRole.ForegroundRole) is None


def test_the_hidden_list_reads_the_book_only_when_shown(qtbot, window, monkeypatch):
    """Today is the home page: the lead list is not sorted at start, nor after writes while
    hidden, and shows the book as it is now when its page opens."""
    reads = []
    lead_ids = window.book.lead_ids
    monkeypatch.setattr(window.book, "lead_ids", lambda *a, **k: reads.append(1) or lead_ids(*a, **k))
    from leadbook.core.model import Lead  # noqa: PLC0415

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
    from leadbook.core.model import Lead  # noqa: PLC0415

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
