"""Today's "do this next" card on a real book with a fake clock: what it shows, its actions (the
ones the rows use), the kind words when nothing is due, and its keys."""

from __future__ import annotations

from datetime import time, timedelta

import test_today_view
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication
from test_today_view import DAY, Plan, choose_in_popup

from leadbook.book import LeadBook
from leadbook.book.next_up import Why
from leadbook.core.followups import Due, FollowUp, Objective, Outcome
from leadbook.core.model import Channel, Lead, Stage
from leadbook.gui.today.view import DECIDE, FOLLOWUP, TodayView

plan, view = test_today_view.plan, test_today_view.view  # the same cast and view as the list's tests


def card_texts(view: TodayView) -> list[str]:
    card = view.next_card
    return [label.text() for label in (card.kicker, card.headline, card.who, card.goal, card.cue)
            if label.isVisibleTo(view)]  # fmt: skip


def test_the_card_shows_the_oldest_overdue_with_its_lead_goal_and_cue(view: TodayView, plan: Plan):
    card = view.next_card
    assert card.isVisibleTo(view)
    assert view.next_up is not None and view.next_up.followup_id == plan.anna_overdue
    assert card_texts(view) == ["Do this next", "Overdue · Yesterday 2:00\u202fPM · Call", "Anna Svensson, Åkerlund Trädgård AB",
                                "Goal: Book a meeting", "Rapport: <b>Packers</b> fan"]  # fmt: skip
    assert 'href="tel:+46-70-123-45-67"' in card.reach.text()
    assert [b.text() for b in (card.log_button, card.reschedule_button, card.contact_button, card.open_button)
            if b.isVisibleTo(view)] == ["Log…", "Reschedule…", "Call", "Open lead"]  # fmt: skip
    assert not card.show_button.isVisibleTo(view)


def test_the_card_moves_on_as_things_are_done(book: LeadBook, view: TodayView, plan: Plan):
    book.complete_followup(plan.anna_overdue, Outcome.NO_ANSWER, next_step=FollowUp(0, Due(DAY + timedelta(days=3))))
    assert view.next_up is not None and view.next_up.why == Why.FIRST_RESPONSE  # Wendy: answer by 10:30
    assert card_texts(view)[1:3] == ["First responses due · in 42 min", "Wendy Web, Web AB"]
    book.cancel_followup(plan.wendy_first)
    assert view.next_up is not None and view.next_up.followup_id == plan.cara_today
    assert card_texts(view)[1] == "Today · 10:15\u202fAM · Call"


def test_the_cards_buttons_log_reschedule_call_and_open(qtbot, book: LeadBook, view: TodayView, plan: Plan):
    card = view.next_card
    opened: list[QUrl] = []
    card.open_url = lambda url: opened.append(url) or True
    with qtbot.waitSignal(view.log_requested) as blocker:
        card.log_button.click()
    assert blocker.args == [plan.anna_overdue]
    card.contact_button.click()
    card.reach.linkActivated.emit("tel:+46-70-123-45-67")  # the number in the text, clicked
    assert [url.toString() for url in opened] == ["tel:+46-70-123-45-67"] * 2
    with qtbot.waitSignal(view.open_lead) as blocker:
        card.open_button.click()
    assert blocker.args == [plan.lead["Anna"]]
    choose_in_popup(qtbot, "+1 day")
    card.reschedule_button.click()
    assert book.followup(plan.anna_overdue).due == Due(DAY + timedelta(days=1), time(14, 0))


def test_tab_reaches_the_cards_buttons_in_order(qtbot, view: TodayView, plan: Plan):
    card = view.next_card
    card.reach.setFocus()
    reached = []
    for _ in range(6):
        view.focusNextChild()
        reached.append(QApplication.focusWidget())
    assert reached[:4] == [card.log_button, card.reschedule_button, card.contact_button, card.open_button]
    with qtbot.waitSignal(view.log_requested) as blocker:
        card.log_button.setFocus()
        qtbot.keyClick(card.log_button, Qt.Key.Key_Space)
    assert blocker.args == [plan.anna_overdue]


def test_the_list_keys_still_act_on_the_selected_row(qtbot, view: TodayView, plan: Plan):
    view.select_followup(plan.ben_today)
    with qtbot.waitSignal(view.log_requested) as blocker:
        qtbot.keyClick(view.tree, "d")
    assert blocker.args == [plan.ben_today]


def test_an_e_mail_follow_up_offers_to_write(qtbot, book: LeadBook, clock):
    lead = book.add_lead(Lead(name="Eva", emails=("eva@example.se",), phones=("+46 8 1",), stage=Stage.CONTACTED)).id
    book.plan_followup(
        FollowUp(lead, Due(DAY, time(11, 0)), Channel.EMAIL, Objective.REPLY, objective_note="ask price")
    )
    today = TodayView(book)
    qtbot.addWidget(today)
    today.refresh()
    card = today.next_card
    assert card.contact_button.text() == "E-mail" and card.contact_target == QUrl("mailto:eva@example.se")
    assert card.goal.text() == "Goal: Get a reply: ask price"


def test_a_lead_to_decide_on_is_shown_in_the_list_for_its_keys(qtbot, book: LeadBook, view: TodayView, plan: Plan):
    for followup_id in (plan.anna_overdue, plan.ben_today, plan.cara_today, plan.anna_today, plan.wendy_first):
        book.cancel_followup(followup_id)
    assert view.next_up is not None and view.next_up.why == Why.DECIDE and view.next_up.lead_id == plan.lead["Dave"]
    assert card_texts(view)[1:3] == [
        "Decide: the stop rule is reached · 6 tries without an answer",
        "Dave Quiet, Quiet Corp",
    ]
    assert not view.next_card.log_button.isVisibleTo(view)
    view.next_card.show_button.click()
    assert view.current_key() == (DECIDE, plan.lead["Dave"])
    assert QApplication.focusWidget() is view.tree


def test_nothing_due_says_so_kindly_and_shows_what_comes_next(qtbot, book: LeadBook, clock):
    lead = book.add_lead(Lead(name="Nils Later", company="Later AB", stage=Stage.CONTACTED)).id
    for planned in book.followups(lead):  # the next step a new lead gets: not this test's
        book.cancel_followup(planned.id)
    book.plan_followup(FollowUp(lead, Due(DAY + timedelta(days=4), time(9, 0)), Channel.MEETING, Objective.SIGNATURE))
    today = TodayView(book)
    qtbot.addWidget(today)
    today.refresh()
    assert card_texts(today) == ["Nothing due right now: well done. Next up:", "11/27/26 · 9:00\u202fAM · Meeting",
                                 "Nils Later, Later AB", "Goal: Get a signature"]  # fmt: skip
    assert not today.next_card.log_button.isVisibleTo(today)
    assert today.next_card.open_button.isVisibleTo(today)
    book.cancel_followup(book.next_planned_after(DAY).followup.id)  # type: ignore[union-attr]
    today.refresh()
    assert today.next_up is None
    assert card_texts(today) == ["Nothing due and nothing planned. Take a breath, then plan the next step for a lead."]
    assert not today.next_card.open_button.isVisibleTo(today)


def test_the_card_reads_the_same_rows_as_the_list(view: TodayView, plan: Plan):
    """What the card names is a row the list shows."""
    assert view.model.find(FOLLOWUP, plan.anna_overdue).isValid()


def test_at_first_the_list_selects_the_cards_thing_so_its_keys_act_on_it(qtbot, book: LeadBook, plan: Plan, clock):
    book.cancel_followup(plan.anna_overdue)
    today = TodayView(book)
    qtbot.addWidget(today)
    today.refresh()
    assert (
        today.next_up is not None and today.next_up.followup_id == plan.wendy_first
    )  # a first response outranks a timed call
    assert today.current_key() == (FOLLOWUP, plan.wendy_first)
