"""The reminders window: every button changes the book as it should, from mouse and keyboard."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from _widgets import wait_exposed
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from leadbook.book import LeadBook
from leadbook.core.clock import FakeClock
from leadbook.core.followups import Due, FollowUp, Objective, Outcome, State
from leadbook.core.model import Channel, IntervalUnit, Lead, Source
from leadbook.core.reminders import Snooze
from leadbook.gui.followups.log_dialog import LogDialog
from leadbook.gui.reminders.window import RemindersWindow
from leadbook.gui.settings import dialog as settings_dialog

MONDAY = date(2026, 11, 23)  # conftest: 09:30 in Stockholm


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def add(
    book: LeadBook,
    name: str,
    day: date,
    at: time | None,
    channel: Channel = Channel.CALL,
    objective: Objective = Objective.REPLY,
    **lead_fields,
) -> int:
    """A lead with one planned follow-up (its automatic first follow-up cancelled)."""
    added = book.add_lead(Lead(name=name, source=Source.COLD, **lead_fields))
    for fu in book.followups(added.id or 0):
        book.cancel_followup(fu.id or 0)
    return book.plan_followup(FollowUp(added.id or 0, Due(day, at), channel, objective)).id or 0


@pytest.fixture
def due(book: LeadBook) -> dict[str, int]:
    """Four reminders due at 09:30 on Monday, and one that is not due yet."""
    return {
        "wang": add(book, "王芳", MONDAY - timedelta(days=3), None, company="杭州绿源园林工程有限公司"),
        "claire": add(
            book, "Claire <b>Dubois</b>", MONDAY - timedelta(days=2), time(14, 0), Channel.EMAIL, Objective.SIGNATURE
        ),
        "bob": add(book, "Bob Carter", MONDAY, None, Channel.SMS, Objective.ANSWER, company="Carter Pools"),
        "anna": add(
            book,
            "Anna Svensson",
            MONDAY,
            time(9, 40),
            Channel.CALL,
            Objective.MEETING,
            company="Åkerlund Trädgård AB",
            phones=("+46 70-123 45 67",),
            rapport="Packers fan",
        ),
        "later": add(book, "Jürgen Müller", MONDAY, time(16, 0)),
    }


@pytest.fixture
def reminders(qtbot, book: LeadBook, due) -> RemindersWindow:
    window = RemindersWindow(book)
    qtbot.addWidget(window)
    window.show()
    wait_exposed(qtbot, window)
    return window


def plain(text: str) -> str:
    """Qt's English times use a narrow no-break space before AM/PM."""
    return text.replace("\u202f", " ")


def shown(window: RemindersWindow) -> list[list[str]]:
    return [[plain(item.text(c)) for c in range(4)] for item in window.row_items()]


def headings(window: RemindersWindow) -> list[str]:
    tree = window.tree
    return [tree.topLevelItem(n).text(0) for n in range(tree.topLevelItemCount())]


def due_ids(book: LeadBook) -> list[int]:
    return [row.id for row in book.due_reminders()]


def test_lists_what_is_due_with_lead_followup_due_time_and_lateness(reminders, due):
    rows = shown(reminders)
    assert [row[0] for row in rows] == [
        "王芳 · 杭州绿源园林工程有限公司",
        "Claire <b>Dubois</b>",
        "Bob Carter · Carter Pools",
        "Anna Svensson · Åkerlund Trädgård AB",
    ]
    assert rows[1][1] == "E-mail · Get a signature"
    assert rows[0][3] == "Overdue by 3 days"
    assert rows[1][3] == "Overdue by 1 day"
    assert rows[2][3] == "Due today"
    assert rows[3][3] == "In 10 minutes"
    assert "9:40" in rows[3][2] and "11/23/26" in rows[3][2]
    assert reminders.heading.text() == "4 reminders"
    reminders.select(due["anna"])
    assert "Packers fan" in reminders.details.text() and "+46 70-123 45 67" in reminders.details.text()
    assert reminders.details.textFormat() == Qt.TextFormat.PlainText


def test_overdue_by_moves_on_with_the_clock(reminders, clock: FakeClock):
    clock.advance(minutes=75)
    reminders.refresh()
    assert shown(reminders)[3][3] == "Overdue by 1 hour"


def test_dismiss_the_selected_reminder_for_good(reminders, book, due):
    reminders.select(due["claire"])
    qtbot_click(reminders.dismiss_button)
    assert due_ids(book) == [due["wang"], due["bob"], due["anna"]]
    assert book.followup(due["claire"]).state == State.PLANNED
    assert [row[0] for row in shown(reminders)][1] == "Bob Carter · Carter Pools"
    assert reminders.current_id() == due["bob"]  # the next row takes its place


def test_delete_key_dismisses_and_several_rows_can_be_selected(qtbot, reminders, book, due):
    reminders.select(due["wang"])
    reminders.row_items()[1].setSelected(True)
    assert reminders.selected_ids() == [due["wang"], due["claire"]]
    with qtbot.waitActive(reminders):
        reminders.activateWindow()
    reminders.tree.setFocus()
    qtbot.keyClick(reminders.tree, Qt.Key.Key_Delete)
    assert due_ids(book) == [due["bob"], due["anna"]]


def test_dismiss_all_empties_the_list_and_closes_the_window(reminders, book):
    qtbot_click(reminders.dismiss_all_button)
    assert book.due_reminders() == []
    assert book.due_reminders(utc(2026, 11, 23, 23)) != []  # the 16:00 one still reminds
    assert not reminders.isVisible()


def test_snooze_the_selected_reminder_for_the_chosen_time(reminders, book, due, clock: FakeClock):
    assert reminders.snooze_choice() == Snooze.MINUTES_5
    assert [plain(reminders.snooze_combo.itemText(n)) for n in range(reminders.snooze_combo.count())] == [
        "5 minutes",
        "10 minutes",
        "15 minutes",
        "1 hour",
        "4 hours",
        "Tomorrow at 9:00 AM",
        "Next week (Monday at 9:00 AM)",
    ]
    reminders.select(due["anna"])
    reminders.set_snooze_choice(Snooze.HOUR_1)
    assert plain(reminders.snooze_hint.text()) == "until 11/23/26 10:30 AM"
    qtbot_click(reminders.snooze_button)
    assert due["anna"] not in due_ids(book)
    assert book.next_reminder_at() == utc(2026, 11, 23, 9, 30)
    clock.advance(hours=1)
    assert due["anna"] in due_ids(book)


def test_snooze_all_until_tomorrow_morning(reminders, book, due):
    reminders.set_snooze_choice(Snooze.TOMORROW)
    qtbot_click(reminders.snooze_all_button)
    assert book.due_reminders() == []
    assert not reminders.isVisible()
    rows = book.due_reminders(utc(2026, 11, 24, 8, 0))
    assert {row.id for row in rows} == set(due.values())
    assert {row.snoozed_until for row in rows if row.id != due["later"]} == {"2026-11-24T08:00:00Z"}


def test_snooze_next_week_lands_on_monday(reminders, book, due):
    reminders.select(due["bob"])
    reminders.set_snooze_choice(Snooze.NEXT_WEEK)
    qtbot_click(reminders.snooze_button)
    assert due["bob"] not in [row.id for row in book.due_reminders(utc(2026, 11, 30, 7, 59))]
    assert due["bob"] in [row.id for row in book.due_reminders(utc(2026, 11, 30, 8, 0))]


def test_open_item_asks_for_the_lead_from_button_and_enter(qtbot, reminders, book, due):
    reminders.select(due["anna"])
    lead_id = book.followup(due["anna"]).lead_id
    with qtbot.waitSignal(reminders.open_requested) as opened:
        qtbot_click(reminders.open_button)
    assert opened.args == [lead_id, due["anna"]]
    with qtbot.waitSignal(reminders.open_requested) as opened:
        qtbot.keyClick(reminders.tree, Qt.Key.Key_Return)
    assert opened.args == [lead_id, due["anna"]]
    assert due["anna"] in due_ids(book)  # opening changes nothing


def test_done_opens_the_log_dialog_and_logs_the_outcome(reminders, book, due):
    reminders.select(due["anna"])
    seen: list[LogDialog] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LogDialog), dialog
        seen.append(dialog)
        dialog.set_outcome(Outcome.MEETING_BOOKED)
        dialog.note.setText("Thursday on site")
        dialog.accept()

    QTimer.singleShot(0, drive)
    qtbot_click(reminders.done_button)
    assert seen
    done = book.followup(due["anna"])
    assert (done.state, done.outcome, done.result_note) == (State.DONE, Outcome.MEETING_BOOKED, "Thursday on site")
    assert due["anna"] not in due_ids(book)
    assert "Anna Svensson" not in [row[0].split(" · ")[0] for row in shown(reminders)]
    assert reminders.status.text() == "Logged: Anna Svensson."


def test_done_cancelled_changes_nothing(reminders, book, due):
    reminders.select(due["anna"])
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    qtbot_click(reminders.done_button)
    assert book.followup(due["anna"]).state == State.PLANNED
    assert due["anna"] in due_ids(book)


def test_no_answer_counts_an_attempt_and_plans_a_spaced_retry(reminders, book, due):
    fu = book.followup(due["bob"])
    # The prospect asked for a call every day; the spacing guard (2 working days) moves it on.
    book.update_lead(book.lead(fu.lead_id).with_changes(interval_count=1, interval_unit=IntervalUnit.DAYS))
    reminders.refresh()
    reminders.select(due["bob"])
    qtbot_click(reminders.no_answer_button)
    done = book.followup(due["bob"])
    assert (done.state, done.outcome) == (State.DONE, Outcome.NO_ANSWER)
    assert book.attempts_in_a_row(fu.lead_id) == 1
    (retry,) = [f for f in book.followups(fu.lead_id) if f.state == State.PLANNED]
    assert retry.due == Due(date(2026, 11, 25))  # Tuesday proposed, Wednesday after the guard
    assert retry.remind and retry.remind_minutes == book.settings().reminder_minutes
    assert due["bob"] not in due_ids(book)
    assert reminders.status.text().startswith("No answer from Bob Carter (1 attempt in a row). Next try: Wed 11/25/26")
    assert reminders.undo_button.isVisible()


def test_no_answer_keeps_a_next_step_already_planned(reminders, book, due):
    fu = book.followup(due["anna"])
    planned = book.plan_followup(FollowUp(fu.lead_id, Due(date(2026, 11, 26), time(13, 0))))
    reminders.refresh()
    reminders.select(due["anna"])
    qtbot_click(reminders.no_answer_button)
    assert [f.id for f in book.followups(fu.lead_id) if f.state == State.PLANNED] == [planned.id]
    assert "Already planned: Thu 11/26/26 1:00 PM" in plain(reminders.status.text())


def test_undo_after_no_answer_brings_the_reminder_back(reminders, book, due):
    reminders.select(due["anna"])
    qtbot_click(reminders.no_answer_button)
    assert due["anna"] not in due_ids(book)
    qtbot_click(reminders.undo_button)
    assert due["anna"] in due_ids(book)
    assert book.followup(due["anna"]).state == State.PLANNED
    assert reminders.undo_button.isHidden()


def test_buttons_wait_for_something_to_act_on(qtbot, book):
    window = RemindersWindow(book)
    qtbot.addWidget(window)
    window.show()  # a window reads the book when it is first shown
    assert window.heading.text() == "No reminders due"
    for button in (
        window.open_button,
        window.done_button,
        window.no_answer_button,
        window.dismiss_button,
        window.dismiss_all_button,
        window.snooze_button,
        window.snooze_all_button,
    ):
        assert not button.isEnabled(), button.objectName()


def test_escape_closes_the_window_and_the_reminders_stay(qtbot, reminders, book, due):
    with qtbot.waitActive(reminders):
        reminders.activateWindow()
    qtbot.keyClick(reminders.tree, Qt.Key.Key_Escape)
    assert not reminders.isVisible()
    assert len(due_ids(book)) == 4


def test_present_brings_the_window_back_with_fresh_rows(qtbot, reminders, book, due, clock: FakeClock):
    reminders.close()
    clock.set(datetime(2026, 11, 23, 15, 45))
    reminders.present()
    assert reminders.isVisible()
    assert [row[0] for row in shown(reminders)][-1] == "Jürgen Müller"


def test_a_hidden_window_reads_the_book_only_when_shown(qtbot, book, due, monkeypatch):
    """The engine says the due reminders changed while the window is closed: nothing is read
    until it is shown, then it lists the book as it is now; while it shows, it reads at once."""
    reads = []
    due_reminders = book.due_reminders
    monkeypatch.setattr(book, "due_reminders", lambda *a, **k: reads.append(1) or due_reminders(*a, **k))
    window = RemindersWindow(book)
    qtbot.addWidget(window)
    book.dismiss_reminders([due["bob"]])
    window.refresh_if_shown()
    assert reads == []  # built and told while hidden: nothing read
    window.show()
    wait_exposed(qtbot, window)
    assert len(reads) == 1 and "Bob Carter · Carter Pools" not in [row[0] for row in shown(window)]
    window.close()
    book.dismiss_reminders([due["anna"]])
    window.refresh_if_shown()
    assert len(reads) == 1
    window.show()
    wait_exposed(qtbot, window)
    assert len(reads) == 2 and len(shown(window)) == 2
    book.dismiss_reminders([due["claire"]])
    window.refresh_if_shown()
    assert len(reads) == 3 and len(shown(window)) == 1


def test_raised_for_new_reminders_the_window_lists_them_and_folds_the_rest(qtbot, reminders, book, due,
                                                                           clock: FakeClock):  # fmt: skip
    reminders.close()
    new = [row for row in book.due_reminders() if row.id in (due["bob"], due["anna"])]
    reminders.present(new)
    assert not reminders.reviewing
    assert [row[0] for row in shown(reminders)] == ["Bob Carter · Carter Pools", "Anna Svensson · Åkerlund Trädgård AB"]
    assert headings(reminders) == ["2 overdue from earlier days — Review…", "Today"]
    assert reminders.current_id() == due["bob"]
    qtbot_click(reminders.dismiss_all_button)  # all that is listed: not the folded backlog
    assert due_ids(book) == [due["wang"], due["claire"]]
    assert not reminders.isVisible()  # nothing new left: the window goes
    clock.set(datetime(2026, 11, 23, 15, 45))
    later = [row for row in book.due_reminders() if row.id == due["later"]]
    reminders.present(later)
    assert [row[0] for row in shown(reminders)] == ["Jürgen Müller"]
    assert headings(reminders)[0] == "2 overdue from earlier days — Review…"
    small = reminders.height()
    reminders.review()
    assert reminders.height() > small  # one new reminder: a small window; the whole list: more room
    assert headings(reminders) == ["Overdue", "Today"]
    assert [row[0] for row in shown(reminders)] == [
        "王芳 · 杭州绿源园林工程有限公司",
        "Claire <b>Dubois</b>",
        "Jürgen Müller",
    ]
    assert reminders.row_items()[2].font(0).bold()  # the new one stands out in the whole list
    reminders.close()
    reminders.present()  # asked for by the user: everything
    assert reminders.reviewing and len(reminders.rows()) == 3


def test_tab_order_runs_from_the_list_through_the_buttons(reminders):
    order = []
    widget = reminders.tree
    for _ in range(10):
        order.append(widget.objectName())
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or not widget.isVisibleTo(reminders):
            widget = widget.nextInFocusChain()
    assert order[:9] == [
        "remindersTree",
        "openItem",
        "done",
        "noAnswer",
        "dismissAll",
        "dismiss",
        "snoozeChoice",
        "snoozeAll",
        "snooze",
    ]


def test_window_picture(reminders, due, tmp_path):
    """A look at the window with several reminders (saved for a person to open)."""
    reminders.select(due["anna"])
    picture = reminders.grab()
    assert picture.width() >= 800
    assert picture.save(str(tmp_path / "reminders.png"))


def qtbot_click(button) -> None:
    assert button.isEnabled(), button.objectName()
    button.click()


def test_settings_sound_and_start_at_login(qtbot, book, tmp_path):
    from leadbook.platform.autostart import Autostart

    autostart = Autostart("linux", home=tmp_path, env={"XDG_CONFIG_HOME": str(tmp_path / "config")})
    dialog = settings_dialog.SettingsDialog(book, autostart=autostart)
    qtbot.addWidget(dialog)
    assert not dialog.sound.isChecked() and not dialog.start_at_login.isChecked()
    dialog.sound.setChecked(True)
    dialog.start_at_login.setChecked(True)
    dialog.accept()
    assert book.settings().reminder_sound
    entry = (tmp_path / "config" / "autostart" / "leadbook.desktop").read_text(encoding="utf-8")
    assert "--background" in entry and str(book.path) in entry  # not the own book: --db names it
    again = settings_dialog.SettingsDialog(book, autostart=autostart)
    qtbot.addWidget(again)
    assert again.sound.isChecked() and again.start_at_login.isChecked()
    again.start_at_login.setChecked(False)
    again.accept()
    assert not autostart.is_enabled()


def test_a_demo_book_cannot_become_what_starts_at_login(qtbot, book, tmp_path, monkeypatch):
    from leadbook.gui.settings.dialog import SettingsDialog
    from leadbook.platform.autostart import Autostart
    from leadbook.platform.paths import DEMO_ENV

    monkeypatch.setenv(DEMO_ENV, "1")
    autostart = Autostart("linux", home=tmp_path, env={"XDG_CONFIG_HOME": str(tmp_path / "config")})
    dialog = SettingsDialog(book, autostart=autostart)
    qtbot.addWidget(dialog)
    assert not dialog.start_at_login.isEnabled()
    dialog.accept()
    assert not autostart.is_enabled()
