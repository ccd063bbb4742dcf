"""The lead panel beside the list: details, next step, the timeline and its actions, on a real book."""

from __future__ import annotations

from datetime import date, time

import pytest
from _widgets import wait_exposed
from PySide6.QtCore import Qt

from leadbook.book import LeadBook
from leadbook.core.followups import Due, FollowUp, Objective, Outcome, State
from leadbook.core.model import Channel, Lead, Source, Stage
from leadbook.gui.book_events import BookEvents
from leadbook.gui.leads.panel import LeadPanel
from leadbook.gui.theme import colour


@pytest.fixture
def panel(qtbot, book: LeadBook):
    events = BookEvents(book)
    widget = LeadPanel(book)
    events.changed.connect(widget.on_book_changed)
    qtbot.addWidget(widget)
    widget.resize(460, 800)
    widget.show()
    wait_exposed(qtbot, widget)
    yield widget
    events.detach()


def add_anna(book: LeadBook) -> Lead:
    return book.add_lead(Lead(
        name="Anna Svensson", company="Åkerlund Trädgård AB", role="Head of facilities", is_decision_maker=False,
        decision_maker_name="Lars Åkerlund", decision_maker_contact="lars@akerlund.se", emails=("anna@akerlund.se",),
        phones=("+46 70-123 45 67",), source=Source.WEB, best_time="Wed/Thu 13:00–16:00",
        rapport="Packers fan; <b>daughter</b> Elsa",
    ))  # fmt: skip


def with_history(book: LeadBook, clock) -> tuple[Lead, dict[str, FollowUp]]:
    """A lead that has been answered, called, cancelled, noted, and has a call planned ahead."""
    lead = add_anna(book)
    first = book.followups(lead.id)[0]
    clock.advance(minutes=30)
    book.complete_followup(first.id, Outcome.REPLIED, "They want a site visit.")
    clock.advance(hours=1)
    dropped = book.plan_followup(FollowUp(lead.id, Due(date(2026, 11, 24)), Channel.SMS, Objective.REPLY))
    clock.advance(hours=1)
    book.cancel_followup(dropped.id)
    clock.advance(hours=1)
    book.add_note(lead.id, "Visited the garden: 400 m².")
    clock.advance(hours=1)
    ahead = book.plan_followup(
        FollowUp(
            lead.id, Due(date(2026, 11, 26), time(14, 0)), Channel.CALL, Objective.MEETING, message="Propose Friday"
        )
    )
    return lead, {"first": book.followup(first.id), "dropped": book.followup(dropped.id), "ahead": ahead}


def texts_of(panel: LeadPanel) -> list[str]:
    tree = panel.timeline
    return [tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())]


def double_click(qtbot, panel: LeadPanel, item) -> None:
    """A real double-click: QTest's mouseDClick alone sends no press, so click first."""
    tree = panel.timeline
    pos = tree.visualItemRect(item).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def item_for(panel: LeadPanel, followup_id: int):
    index = next(i for i, e in enumerate(panel.timeline_entries) if e.followup and e.followup.id == followup_id)
    return panel.timeline.topLevelItem(index)


def test_empty_state_until_a_lead_is_selected(panel, book):
    assert panel.stack.currentWidget() is panel.empty_label
    assert panel.empty_label.text() == "Select a lead to see its history"
    lead = add_anna(book)
    panel.show_lead(lead.id)
    assert panel.stack.currentIndex() == 1
    panel.show_lead(None)
    assert panel.stack.currentWidget() is panel.empty_label


def test_shows_the_lead_with_rapport_as_plain_text(panel, book):
    lead = add_anna(book)
    book.add_lead(Lead(name="Someone Else", company="Other AB"))
    panel.show_lead(lead.id)
    assert panel.lead_id() == lead.id
    assert panel.name_label.text() == "Anna Svensson"
    assert panel.company_label.text() == "Åkerlund Trädgård AB · Head of facilities"
    assert panel.decides_label.text() == "Decision-maker: Lars Åkerlund, lars@akerlund.se"
    assert panel.stage_label.text() == "New"
    assert panel.source_label.text() == "Source: Web inquiry"
    assert panel.best_time_label.text() == "Best time to reach: Wed/Thu 13:00–16:00"
    assert panel.rapport_label.text() == "Packers fan; <b>daughter</b> Elsa"
    assert panel.rapport_label.textFormat() == Qt.TextFormat.PlainText
    assert not panel.rapport_frame.isHidden()
    assert "+46 70-123 45 67" in panel.contact_label.text() and "anna@akerlund.se" in panel.contact_label.text()
    # The first response is planned automatically: the next step shows, no warning.
    assert panel.next_label.text().startswith("Next: ")
    assert panel.no_next_warning.isHidden()
    assert panel.last_touch_label.text() == "Last touch: none yet"


def test_timeline_newest_first_with_styles(panel, book, clock):
    lead, fus = with_history(book, clock)
    panel.show_lead(lead.id)
    assert texts_of(panel) == [
        "Planned: Call · Book a meeting",
        "Note: Visited the garden: 400 m².",
        "Cancelled: SMS · Get a reply",
        "Stage: New → Contacted",
        "E-mail · Answer their question: Replied (first response)\nThey want a site visit.",
        "Lead created",
    ]
    assert [e.kind for e in panel.timeline_entries] == ["followup", "note", "followup", "stage", "followup", "created"]
    planned = item_for(panel, fus["ahead"].id)
    assert planned.font(1).italic()
    assert planned.foreground(1).color() == colour("planned")
    assert planned.text(0).startswith("Thu ")
    cancelled = item_for(panel, fus["dropped"].id)
    assert cancelled.font(1).strikeOut()
    assert not item_for(panel, fus["first"].id).font(1).strikeOut()
    assert not item_for(panel, fus["first"].id).font(1).italic()
    assert panel.stage_label.text() == "Contacted"
    assert panel.last_touch_label.text().startswith("Last touch: 11/23/26 (today)")


def test_overdue_planned_follow_up_is_flagged(panel, book, clock):
    lead = add_anna(book)
    first = book.followups(lead.id)[0]
    clock.advance(days=3)
    panel.show_lead(lead.id)
    assert texts_of(panel)[0].startswith("Overdue: E-mail")
    assert panel.next_label.text().startswith("Overdue — Next: ")
    assert item_for(panel, first.id).font(1).italic()


def test_no_next_step_warning_when_everything_planned_is_cancelled(panel, book):
    lead = add_anna(book)
    panel.show_lead(lead.id)
    assert panel.no_next_warning.isHidden()
    for fu in book.followups(lead.id):
        book.cancel_followup(fu.id)
    assert not panel.no_next_warning.isHidden()
    assert "No next step planned" in panel.no_next_label.text()
    assert panel.next_label.isHidden()
    assert not panel.log_button.isEnabled()
    book.set_stage(lead.id, Stage.NO)  # a "no" needs no next step
    assert panel.no_next_warning.isHidden()


def test_add_note_inline_appears_in_the_timeline(qtbot, panel, book, clock):
    lead = add_anna(book)
    panel.show_lead(lead.id)
    assert panel.note_box.isHidden()
    qtbot.mouseClick(panel.note_button, Qt.MouseButton.LeftButton)
    assert not panel.note_box.isHidden()
    assert panel.note_edit.hasFocus()
    assert not panel.note_add_button.isEnabled()
    clock.advance(minutes=5)
    panel.note_edit.insertPlainText("Ringde Åsa: budget i mars")
    qtbot.keyClick(panel.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    # Newest first: the first response planned for later today stays on top.
    assert texts_of(panel)[:2] == [
        "Planned: E-mail · Answer their question (first response)",
        "Note: Ringde Åsa: budget i mars",
    ]
    assert panel.note_box.isHidden()
    assert panel.note_edit.toPlainText() == ""
    assert [e.text for e in book.timeline(lead.id) if e.kind == "note"] == ["Ringde Åsa: budget i mars"]


def test_note_editor_escape_cancels(qtbot, panel, book):
    lead = add_anna(book)
    panel.show_lead(lead.id)
    panel.note_button.click()
    qtbot.keyClicks(panel.note_edit, "half a thought")
    qtbot.keyClick(panel.note_edit, Qt.Key.Key_Escape)
    assert panel.note_box.isHidden()
    assert not [e for e in book.timeline(lead.id) if e.kind == "note"]


def test_apply_cadence_from_the_menu_plans_its_steps(panel, book):
    lead = add_anna(book)
    panel.show_lead(lead.id)
    names = [a.text() for a in panel.cadence_menu.actions()]
    assert names == ["After first meeting", "Post-sale", "New web inquiry"]
    cadence = next(c for c in book.cadences() if c.builtin == "after_first_meeting")
    panel.cadence_menu.actions()[0].trigger()
    planned = [f for f in book.followups(lead.id) if f.cadence_id == cadence.id]
    today = book.local_today()
    assert [(f.due.day - today).days for f in planned] == [0, 3, 7, 14, 30]
    assert all(f.state == State.PLANNED for f in planned)
    assert sum(t.startswith("Planned: ") and "After first meeting, step" in t for t in texts_of(panel)) == 5
    assert book.undo_label == "Apply cadence"


def test_a_new_user_cadence_joins_the_menu(panel, book):
    from leadbook.core.cadences import Cadence, CadenceStep

    book.save_cadence(Cadence("Trade fair", (CadenceStep(0, Channel.EMAIL, Objective.REPLY),)))
    assert [a.text() for a in panel.cadence_menu.actions()][-1] == "Trade fair"


def test_buttons_and_double_click_emit_ids(qtbot, panel, book, clock):
    lead, fus = with_history(book, clock)
    panel.show_lead(lead.id)
    with qtbot.waitSignal(panel.plan_requested) as plan:
        qtbot.mouseClick(panel.plan_button, Qt.MouseButton.LeftButton)
    assert plan.args == [lead.id]
    with qtbot.waitSignal(panel.log_requested) as log:
        qtbot.mouseClick(panel.log_button, Qt.MouseButton.LeftButton)
    assert log.args == [fus["ahead"].id]
    with qtbot.waitSignal(panel.edit_requested) as edit:
        qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert edit.args == [lead.id]

    planned = item_for(panel, fus["ahead"].id)
    with qtbot.waitSignal(panel.edit_followup_requested) as edit_fu:
        double_click(qtbot, panel, planned)
    assert edit_fu.args == [fus["ahead"].id]
    for past in (fus["first"], fus["dropped"]):
        with qtbot.assertNotEmitted(panel.edit_followup_requested):
            double_click(qtbot, panel, item_for(panel, past.id))
    panel.timeline.setCurrentItem(planned)
    with qtbot.waitSignal(panel.edit_followup_requested) as by_key:
        qtbot.keyClick(panel.timeline, Qt.Key.Key_Return)
    assert by_key.args == [fus["ahead"].id]


def test_attempts_in_a_row_and_time_to_decide(qtbot, panel, book, clock):
    lead = add_anna(book)
    panel.show_lead(lead.id)
    assert panel.attempts_label.isHidden()
    for n in range(book.settings().stop_attempts):
        clock.advance(days=3)
        fu = next(f for f in book.followups(lead.id) if f.state == State.PLANNED)
        book.complete_followup(
            fu.id, Outcome.NO_ANSWER, next_step=FollowUp(lead.id, Due(book.local_today()), Channel.CALL)
        )
        if n == 1:
            assert panel.attempts_label.text() == "2 attempts in a row without an answer"
            assert panel.decide_notice.isHidden()
    assert panel.attempts_label.text() == "6 attempts in a row without an answer"
    assert not panel.decide_notice.isHidden()
    assert panel.decide_label.text().startswith("Time to decide: 6 attempts without an answer.")
    clock.advance(minutes=1)
    qtbot.mouseClick(panel.keep_going_button, Qt.MouseButton.LeftButton)
    assert panel.decide_notice.isHidden()
    assert "Decided to keep going" in texts_of(panel)


def test_follows_changes_and_deletion(panel, book):
    lead = add_anna(book)
    other = book.add_lead(Lead(name="Bob Carter"))
    panel.show_lead(lead.id)
    book.update_lead(book.lead(lead.id).with_changes(stage=Stage.QUALIFIED))
    assert panel.stage_label.text() == "Qualified"
    assert "Stage: New → Qualified" in texts_of(panel)
    book.update_lead(book.lead(other.id).with_changes(company="Carter Pools"))
    assert panel.name_label.text() == "Anna Svensson"
    book.delete_leads([lead.id])
    assert panel.stack.currentWidget() is panel.empty_label
    book.undo()
    assert panel.stack.currentIndex() == 1


def test_switching_leads_drops_a_half_typed_note(panel, book):
    anna = add_anna(book)
    bob = book.add_lead(Lead(name="Bob Carter"))
    panel.show_lead(anna.id)
    panel.open_note_editor()
    panel.note_edit.insertPlainText("for Anna only")
    panel.show_lead(bob.id)
    assert panel.note_box.isHidden() and panel.note_edit.toPlainText() == ""
    assert panel.name_label.text() == "Bob Carter"
    assert panel.decides_label.text() == "Decides"


def test_a_long_history_shows_its_newest_page_and_older_on_request(qtbot, panel, book, clock):
    """Three unanswered calls, then 60 notes: the calls fall off the first page, yet the
    attempts in a row and the last touch still say what happened."""
    from leadbook.gui.leads.panel import TIMELINE_PAGE

    lead = add_anna(book)
    for _ in range(3):
        clock.advance(hours=2)
        fu = next(f for f in book.followups(lead.id) if f.state == State.PLANNED)
        book.complete_followup(fu.id, Outcome.NO_ANSWER, next_step=FollowUp(lead.id, Due(date(2026, 11, 30))))
    for n in range(60):
        clock.advance(minutes=1)
        book.add_note(lead.id, f"Note {n}")
    panel.show_lead(lead.id)
    total = book.timeline_length(lead.id)
    assert total == 1 + 4 + 1 + 60  # created, three calls and the planned one, new → contacted, the notes
    assert panel.timeline.topLevelItemCount() == TIMELINE_PAGE == 50
    assert texts_of(panel)[0] == "Planned: Call · Get a reply"  # what is ahead stays on top
    assert texts_of(panel)[1] == "Note: Note 59"
    assert not any(text.startswith("Call · ") for text in texts_of(panel))
    assert panel.attempts_label.text() == "3 attempts in a row without an answer"
    assert panel.last_touch_label.text().startswith("Last touch: 11/23/26 (today) · Call · No answer")
    assert not panel.older_button.isHidden()
    assert panel.older_button.text() == f"Show older entries ({total - 50} more)"

    panel.timeline.setCurrentItem(panel.timeline.topLevelItem(3))
    selected = panel.timeline_entries[3]
    qtbot.mouseClick(panel.older_button, Qt.MouseButton.LeftButton)
    assert panel.timeline.topLevelItemCount() == total
    assert texts_of(panel)[-1] == "Lead created"
    assert sum(": No answer" in text for text in texts_of(panel)) == 3
    assert panel.older_button.isHidden()
    assert panel.timeline_entries[panel.timeline.indexOfTopLevelItem(panel.timeline.currentItem())] == selected

    book.add_note(lead.id, "One more")  # a write keeps the pages already read
    assert panel.timeline.topLevelItemCount() == total + 1
    other = book.add_lead(Lead(name="Bob Carter"))
    panel.show_lead(other.id)
    panel.show_lead(lead.id)  # another lead starts again from the newest page
    assert panel.timeline.topLevelItemCount() == 50


def test_revisit_days_in_the_timeline_follow_the_locale(panel, book):
    """ "Ask again on 3/2/27", not the stored 2027-03-02 (German shows 02.03.27)."""
    from leadbook.core.revisits import NoReason

    lead = add_anna(book)
    book.say_no(lead.id, NoReason.BUDGET, revisit_on=date(2027, 3, 2))
    book.still_not_now(lead.id)
    panel.show_lead(lead.id)
    shown = "\n".join(texts_of(panel))
    assert "Ask again on 3/2/27" in shown, shown
    assert "ask again on " in shown and "2027-" not in shown


def test_the_history_never_shows_a_stored_code_as_a_tooltip(qtbot, panel, book: LeadBook, clock):
    """An entry of the phone (calendar sync), a "no" and a revisit say their words in the row; the
    codes they are stored with ("moved", "deleted", a reason's value) are never a tooltip."""
    lead, fus = with_history(book, clock)
    clock.advance(hours=1)
    book.move_from_phone(int(fus["ahead"].id or 0), Due(date(2026, 11, 27), time(9, 0)))
    panel.show_lead(lead.id)
    rows = [panel.timeline.topLevelItem(i) for i in range(panel.timeline.topLevelItemCount())]
    moved = next(item for item in rows if item.text(1).startswith("Moved on your phone"))
    assert moved.toolTip(1) in ("", moved.text(1))
    assert all(item.toolTip(1) not in ("moved", "deleted", "conflict", "overruled") for item in rows)
