"""Today, driven as a user would: keys, menus and the date picker on a real book with a fake clock."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from _widgets import wait_exposed
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu

from leadbook.book import LeadBook
from leadbook.core.followups import Due, FollowUp, Objective, Outcome, State
from leadbook.core.model import Channel, Lead, Source, Stage
from leadbook.gui.book_events import BookEvents
from leadbook.gui.navigation import COUNT_ROLE
from leadbook.gui.theme import colour
from leadbook.gui.today.view import DECIDE, FOLLOWUP, PickDateDialog, TodayView

DAY = date(2026, 11, 23)  # the fake clock's Monday


class Plan:
    """The book's cast: lead ids by first name, follow-up ids by what they are."""

    def __init__(self, book: LeadBook, clock) -> None:
        leads = [
            Lead(name="Anna Svensson", company="Åkerlund Trädgård AB", phones=("+46 70-123 45 67",),
                 stage=Stage.CONTACTED, rapport="<b>Packers</b> fan"),
            Lead(name="Ben Berg", company="Berg Bygg", stage=Stage.QUALIFIED),
            Lead(name="Cara Holm", company="Holm Consulting", phones=("+46 8 123 456",), stage=Stage.PROPOSAL),
            Lead(name="Dave Quiet", company="Quiet Corp", stage=Stage.CONTACTED),
            Lead(name="Ivan Idle", stage=Stage.CONTACTED),
        ]  # fmt: skip
        ids = sorted(book.add_leads(leads).added)
        self.lead = {lead.name.split()[0]: lead_id for lead, lead_id in zip(leads, ids)}
        plan = book.plan_followup
        self.anna_overdue = plan(
            FollowUp(self.lead["Anna"], Due(DAY - timedelta(days=1), time(14, 0)), Channel.CALL, Objective.MEETING)
        ).id
        self.ben_today = plan(FollowUp(self.lead["Ben"], Due(DAY, time(13, 0)), Channel.EMAIL, Objective.PROPOSAL)).id
        self.cara_today = plan(FollowUp(self.lead["Cara"], Due(DAY, time(10, 15)), Channel.CALL, Objective.REPLY)).id
        self.anna_today = plan(FollowUp(self.lead["Anna"], Due(DAY), Channel.SMS, Objective.REPLY)).id
        self.cara_tomorrow = plan(
            FollowUp(self.lead["Cara"], Due(DAY + timedelta(days=1), time(9, 0)), Channel.MEETING, Objective.SIGNATURE)
        ).id
        # Dave never answers: six tries in a row reach the stop rule (next steps lie beyond tomorrow).
        fu = plan(FollowUp(self.lead["Dave"], Due(DAY - timedelta(days=20)))).id
        for attempt in range(6):
            book.complete_followup(fu, Outcome.NO_ANSWER, next_step=FollowUp(0, Due(DAY + timedelta(days=9 + attempt))))
            fu = min(f.id for f in book.followups(self.lead["Dave"]) if f.state == State.PLANNED)
        # A web inquiry at 09:30 gets a first response due within the hour (10:30).
        self.lead["Wendy"] = book.add_lead(Lead(name="Wendy Web", company="Web AB", source=Source.WEB)).id
        self.wendy_first = book.followups(self.lead["Wendy"])[0].id
        clock.advance(minutes=18)  # 09:48: 42 minutes left


@pytest.fixture
def plan(book: LeadBook, clock) -> Plan:
    return Plan(book, clock)


@pytest.fixture
def view(qtbot, book: LeadBook, plan: Plan):
    today = TodayView(book)
    events = BookEvents(book)
    events.changed.connect(today.on_book_changed)  # what the main window does
    qtbot.addWidget(today)
    today.resize(1100, 700)
    today.show()
    wait_exposed(qtbot, today)
    today.activateWindow()
    today.tree.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is today.tree)
    yield today
    events.detach()


def section_names(view: TodayView) -> list[tuple[str, list[str]]]:
    return [(title, [cells[1] for _, _, cells in rows]) for title, rows in view.rows()]


def row_of(view: TodayView, kind: str, item_id: int) -> list[str]:
    for _, rows in view.rows():
        for row_kind, row_id, cells in rows:
            if (row_kind, row_id) == (kind, item_id):
                return cells
    raise AssertionError(f"{kind} {item_id} not shown")


def current(view: TodayView) -> tuple[str, int] | None:
    return view.current_key()


def centre_of(view: TodayView, kind: str, item_id: int):
    return view.tree.visualRect(view.model.find(kind, item_id)).center()


def press(qtbot, view: TodayView, key: Qt.Key) -> None:
    qtbot.keyClick(view.tree, key)


def choose_in_popup(qtbot, text: str, then=None) -> None:
    """Once the popup menu shows, choose the entry that starts with ``text`` by keyboard."""

    def drive() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu), menu
        action = next(a for a in menu.actions() if a.text().startswith(text))
        menu.setActiveAction(action)
        if then is not None:
            QTimer.singleShot(0, then)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, drive)


def test_sections_rows_and_header_in_order(view: TodayView, plan: Plan):
    assert section_names(view) == [
        ("Overdue  (1)", ["Anna Svensson"]),
        ("Today  (3)", ["Cara Holm", "Ben Berg", "Anna Svensson"]),
        ("First responses due  (1)", ["Wendy Web"]),
        ("Decide: the stop rule is reached  (1)", ["Dave Quiet"]),
        ("Tomorrow  (1)", ["Cara Holm"]),
    ]
    assert row_of(view, FOLLOWUP, plan.anna_overdue) == [
        "Yesterday 2:00\u202fPM", "Anna Svensson", "Åkerlund Trädgård AB", "+46 70-123 45 67", "Call",
        "Book a meeting", "#1", "—"]  # fmt: skip
    assert row_of(view, FOLLOWUP, plan.cara_today)[:2] == ["10:15\u202fAM", "Cara Holm"]
    assert row_of(view, FOLLOWUP, plan.anna_today)[0] == "all day"
    assert row_of(view, FOLLOWUP, plan.wendy_first)[0] == "in 42 min"
    dave = row_of(view, DECIDE, plan.lead["Dave"])
    assert dave[1] == "Dave Quiet" and dave[5] == "6 tries without an answer" and dave[7] == "11/23/26"
    assert view.title.text() == "Monday, November 23, 2026"
    assert view.summary.text() == "6 to do: 1 overdue, 3 today, 1 first response, and 1 to decide  ·  1 tomorrow"
    assert view.no_next_step.isVisible() and view.no_next_step.text() == "1 active lead has no next step"
    assert view.count() == 6
    assert current(view) == (FOLLOWUP, plan.anna_overdue)  # the first row is ready for a key


def test_attempt_number_and_last_touch_follow_the_history(book: LeadBook, view: TodayView, plan: Plan):
    book.complete_followup(plan.anna_overdue, Outcome.VOICEMAIL)
    assert row_of(view, FOLLOWUP, plan.anna_today)[6:] == ["#2", "11/23/26"]


def test_first_response_counts_down_and_turns_red_when_late(view: TodayView, plan: Plan, clock):
    clock.advance(minutes=40)
    view.refresh()
    assert row_of(view, FOLLOWUP, plan.wendy_first)[0] == "in 2 min"
    clock.advance(hours=2)
    view.refresh()
    assert row_of(view, FOLLOWUP, plan.wendy_first)[0] == "overdue by 1 h 58 min"
    view.select_followup(plan.wendy_first)
    late = view.current_index().data(Qt.ItemDataRole.ForegroundRole)
    assert late.color() == colour("overdue") and late.style() == Qt.BrushStyle.SolidPattern  # a brush that paints


def test_arrows_skip_section_headings(qtbot, view: TodayView, plan: Plan):
    assert current(view) == (FOLLOWUP, plan.anna_overdue)
    press(qtbot, view, Qt.Key.Key_Down)
    assert current(view) == (FOLLOWUP, plan.cara_today)
    press(qtbot, view, Qt.Key.Key_Up)
    press(qtbot, view, Qt.Key.Key_Up)
    assert current(view) == (FOLLOWUP, plan.anna_overdue)


def test_d_asks_to_log_the_selected_followup(qtbot, view: TodayView, plan: Plan):
    view.select_followup(plan.ben_today)
    with qtbot.waitSignal(view.log_requested) as blocker:
        press(qtbot, view, Qt.Key.Key_D)
    assert blocker.args == [plan.ben_today]


def test_enter_and_double_click_open_the_lead(qtbot, view: TodayView, plan: Plan):
    view.select_followup(plan.ben_today)
    with qtbot.waitSignal(view.open_lead) as blocker:
        press(qtbot, view, Qt.Key.Key_Return)
    assert blocker.args == [plan.lead["Ben"]]
    view.select_decide(plan.lead["Dave"])
    with qtbot.waitSignal(view.open_lead) as blocker:
        press(qtbot, view, Qt.Key.Key_Enter)
    assert blocker.args == [plan.lead["Dave"]]
    centre = centre_of(view, FOLLOWUP, plan.cara_today)
    with qtbot.waitSignal(view.open_lead) as blocker:  # a real double-click starts with a press
        qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert blocker.args == [plan.lead["Cara"]]


def test_r_plus_one_day_moves_it_and_keeps_the_time_and_the_selection(qtbot, book, view: TodayView, plan: Plan):
    view.select_followup(plan.cara_today)
    choose_in_popup(qtbot, "+1 day")
    press(qtbot, view, Qt.Key.Key_R)
    assert book.followup(plan.cara_today).due == Due(DAY + timedelta(days=1), time(10, 15))
    assert section_names(view)[4] == ("Tomorrow  (2)", ["Cara Holm", "Cara Holm"])
    assert current(view) == (FOLLOWUP, plan.cara_today)
    assert view.count() == 5


def test_r_moves_an_overdue_one_from_today_not_from_its_old_date(qtbot, book, view: TodayView, plan: Plan):
    view.select_followup(plan.anna_overdue)
    choose_in_popup(qtbot, "+1 week")
    press(qtbot, view, Qt.Key.Key_R)
    assert book.followup(plan.anna_overdue).due == Due(DAY + timedelta(days=7), time(14, 0))


def test_r_pick_a_date_uses_the_calendar(qtbot, book, view: TodayView, plan: Plan):
    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PickDateDialog), dialog
        assert dialog.chosen() == DAY  # starts on the follow-up's day
        dialog.set_chosen(DAY + timedelta(days=10))
        qtbot.keyClick(dialog.calendar, Qt.Key.Key_Return)

    view.select_followup(plan.anna_today)
    choose_in_popup(qtbot, "Pick a date", then=pick)
    press(qtbot, view, Qt.Key.Key_R)
    assert book.followup(plan.anna_today).due == Due(DAY + timedelta(days=10))


def test_c_cancels_and_undo_brings_it_back(qtbot, book, view: TodayView, plan: Plan):
    view.select_followup(plan.ben_today)
    said: list[str] = []
    view.undoable.connect(said.append)
    with qtbot.waitSignal(view.count_changed):
        press(qtbot, view, Qt.Key.Key_C)
    assert book.followup(plan.ben_today).state == State.CANCELLED
    assert section_names(view)[1] == ("Today  (2)", ["Cara Holm", "Anna Svensson"])
    assert view.count() == 5
    assert current(view) == (FOLLOWUP, plan.anna_today)  # the next row, ready for the next key
    assert said == ["Cancelled the follow-up with Ben Berg."]
    book.undo()
    assert book.followup(plan.ben_today).state == State.PLANNED
    assert section_names(view)[1] == ("Today  (3)", ["Cara Holm", "Ben Berg", "Anna Svensson"])
    assert view.count() == 6


def test_followup_keys_do_nothing_on_a_decision(qtbot, book, view: TodayView, plan: Plan):
    view.select_decide(plan.lead["Dave"])
    with qtbot.assertNotEmitted(view.log_requested):
        press(qtbot, view, Qt.Key.Key_D)
    press(qtbot, view, Qt.Key.Key_C)
    assert current(view) == (DECIDE, plan.lead["Dave"])
    assert [f.state for f in book.followups(plan.lead["Dave"])].count(State.PLANNED) == 1
    assert not view.log_action.isEnabled() and view.nurture_action.isEnabled()


@pytest.mark.parametrize(("key", "stage"), [(Qt.Key.Key_N, Stage.NURTURE), (Qt.Key.Key_O, Stage.NO)])
def test_decide_keys_set_the_stage(qtbot, book, view: TodayView, plan: Plan, key, stage):
    from leadbook.core.revisits import NoReason

    asked = []
    view.ask_why_no = lambda lead_id: asked.append(lead_id) or book.say_no(lead_id, NoReason.TIMING, "", None) or True
    dave = plan.lead["Dave"]
    view.select_decide(dave)
    press(qtbot, view, key)
    assert book.lead(dave).stage == stage
    assert "Decide" not in " ".join(title for title, _ in view.rows())
    assert view.count() == 5
    assert asked == ([dave] if stage == Stage.NO else [])
    book.undo()
    assert book.lead(dave).stage == Stage.CONTACTED
    assert current(view) is not None


def test_keep_going_starts_the_count_again(qtbot, book, view: TodayView, plan: Plan):
    dave = plan.lead["Dave"]
    view.select_decide(dave)
    with qtbot.waitSignal(view.undoable):
        press(qtbot, view, Qt.Key.Key_K)
    assert not book.is_decision_due(book.lead(dave))
    assert [name for title, names in section_names(view) if title.startswith("Decide") for name in names] == []


def test_context_menu_offers_the_same_actions(qtbot, book, view: TodayView, plan: Plan):
    dave = plan.lead["Dave"]
    seen: list[str] = []

    def drive() -> None:
        menu = QApplication.activePopupWidget()
        seen.extend(a.text() for a in menu.actions() if a.text())
        action = next(a for a in menu.actions() if a.text() == "Keep going")
        menu.setActiveAction(action)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, drive)
    view.tree.customContextMenuRequested.emit(centre_of(view, DECIDE, dave))
    assert seen == ["Open lead", "Move to nurture", "Mark no", "Keep going"]
    assert not book.is_decision_due(book.lead(dave))

    seen.clear()

    def drive_followup() -> None:
        menu = QApplication.activePopupWidget()
        seen.extend(a.text() for a in menu.actions() if a.text())
        menu.close()

    QTimer.singleShot(0, drive_followup)
    view.tree.customContextMenuRequested.emit(centre_of(view, FOLLOWUP, plan.ben_today))
    assert seen == ["Open lead", "Log…", "Reschedule", "Cancel follow-up"]


def test_selection_stays_on_the_same_followup_across_refreshes(book, view: TodayView, plan: Plan):
    view.select_followup(plan.ben_today)
    book.add_note(plan.lead["Ivan"], "Met at the fair")
    book.plan_followup(FollowUp(plan.lead["Ivan"], Due(DAY, time(8, 0))))  # a row above Ben appears
    assert current(view) == (FOLLOWUP, plan.ben_today)
    assert not view.no_next_step.isVisible()


def test_lead_text_in_tooltips_is_never_markup(view: TodayView, plan: Plan):
    view.select_followup(plan.anna_today)
    tip = view.current_index().siblingAtColumn(1).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;Packers&lt;/b&gt; fan" in tip


def test_an_empty_book_says_so(qtbot, tmp_path, clock):
    with LeadBook.open(tmp_path / "empty.leadbook", clock) as empty:
        today = TodayView(empty)
        qtbot.addWidget(today)
        assert today.rows() == [("Today  (0)", [("empty", 0, ["Nothing planned for today.", *[""] * 7])])]
        assert today.summary.text() == "Nothing due."
        assert today.count() == 0 and today.current_index() is None
        assert not today.log_action.isEnabled()


def test_a_long_section_lists_the_first_rows_and_counts_the_rest(qtbot, book, view: TodayView, plan: Plan, monkeypatch):
    import leadbook.gui.today.view as today_module

    monkeypatch.setattr(today_module, "MAX_ROWS_PER_SECTION", 1)
    view.refresh()
    texts = [cells[0] for _, rows in view.rows() for _, _, cells in rows]
    assert any(text.startswith("… and ") and "more" in text for text in texts)


def test_the_model_passes_the_qt_model_tester(qtmodeltester, view: TodayView, plan: Plan):
    qtmodeltester.check(view.model, force_py=True)


def test_a_hidden_today_waits_until_it_is_shown(qtbot, book, plan: Plan):
    today = TodayView(book)
    events = BookEvents(book)
    events.changed.connect(today.on_book_changed)
    qtbot.addWidget(today)
    assert today.refresh_count == 0  # built, not read
    assert today.count() == 6  # counted through the book's indexes
    book.plan_followup(FollowUp(plan.lead["Ivan"], Due(DAY, time(8, 0))))
    assert today.refresh_count == 0 and today.is_stale
    assert today.count() == 7
    today.show()
    wait_exposed(qtbot, today)
    assert today.refresh_count == 1 and not today.is_stale
    assert section_names(today)[1][1][0] == "Ivan Idle"
    book.add_note(plan.lead["Ivan"], "Visible now: refreshed at once")
    assert today.refresh_count == 2
    events.detach()


def test_start_up_reads_today_once_and_hidden_views_wait_until_shown(qtbot, window, monkeypatch):
    book, today = window.book, window.today_view
    assert today.refresh_count == 1  # not built, shown and ticked: once
    reads = {"nurture": 0, "revisits": 0}
    real_nurture, real_upcoming = book.nurture_list, book.upcoming_revisits

    def nurture_list():
        reads["nurture"] += 1
        return real_nurture()

    def upcoming(*args):
        reads["revisits"] += 1
        return real_upcoming(*args)

    monkeypatch.setattr(book, "nurture_list", nurture_list)
    monkeypatch.setattr(book, "upcoming_revisits", upcoming)
    window.show_view("leads")
    anna = book.lead_ids()[0]
    book.plan_followup(FollowUp(anna, Due(DAY, time(11, 0)), Channel.CALL, Objective.MEETING))
    book.add_note(anna, "Two writes while Today, Revisit and Nurture are hidden")
    assert today.refresh_count == 1 and today.is_stale
    assert reads == {"nurture": 0, "revisits": 0}
    assert window._nav_items["today"].data(COUNT_ROLE) == 1  # counted, not read
    window.show_view("today")
    assert today.refresh_count == 2
    assert section_names(today)[0] == ("Today  (1)", ["Anna Svensson"])
    window.show_view("nurture")
    assert reads == {"nurture": 1, "revisits": 0}
    book.add_note(anna, "Nurture is shown: it reads again")
    assert reads == {"nurture": 2, "revisits": 0} and today.refresh_count == 2
    window.show_view("revisits")
    assert reads["revisits"] == 1


def test_a_hidden_calendar_reads_again_only_when_shown(qtbot, window, monkeypatch):
    book = window.book
    loads = []
    real = book.load_between
    monkeypatch.setattr(book, "load_between", lambda *args: loads.append(args) or real(*args))
    anna = book.lead_ids()[0]
    book.plan_followup(FollowUp(anna, Due(DAY + timedelta(days=2), time(11, 0))))
    book.add_note(anna, "Another write")
    assert loads == []
    window.show_view("calendar")
    assert len(loads) == 1
    book.add_note(anna, "Shown: it follows every write")
    assert len(loads) == 2


def test_an_empty_book_shows_how_to_begin(qtbot, book: LeadBook, tmp_path, monkeypatch):
    """No leads yet: Today says what Leadbook does and offers the first lead and an import; the
    buttons do what File > New lead and File > Import do; with a lead, the agenda is back."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from leadbook.app import build_main_window
    from leadbook.gui.files import import_dialog
    from leadbook.gui.leads.dialog import LeadDialog

    window = build_main_window(book, backups=tmp_path / "backups")
    qtbot.addWidget(window)
    window.show()
    wait_exposed(qtbot, window)
    today = window.today_view
    assert today.body.currentWidget() is today.welcome and not today.actions_bar.isVisible()
    assert today.welcome.add_button.isVisible() and today.welcome.import_button.isVisible()

    def fill_and_save() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LeadDialog)
        dialog.name.setText("Anna Svensson")
        dialog.accept()

    QTimer.singleShot(0, fill_and_save)
    qtbot.mouseClick(today.welcome.add_button, Qt.MouseButton.LeftButton)
    assert book.count_leads() == 1
    window.show_view("today")
    assert today.body.currentWidget() is today.tree and today.actions_bar.isVisible()
    assert any("Anna Svensson" in " ".join(row) for row in (today.model.texts(r) for r in today.model.selectable))

    asked = []  # File > Import's own flow starts with a file dialog: stand in for it
    monkeypatch.setattr(import_dialog, "import_contacts", lambda *args, **kwargs: asked.append(args[1]))
    book.delete_leads(book.lead_ids())
    window.show_view("today")
    assert today.body.currentWidget() is today.welcome
    qtbot.mouseClick(today.welcome.import_button, Qt.MouseButton.LeftButton)
    assert asked == [book]


def test_the_demo_book_opens_in_a_second_leadbook(qtbot, book: LeadBook, tmp_path, monkeypatch):
    """Welcome ▸ "Look around a demo book first" (also Help ▸ Open a demo book) starts this very
    Leadbook again with --demo: a real process that paints a demo book and, here, quits, leaving
    the user's data folder as it was (tests/e2e/test_cli.py checks its exit code)."""
    import os
    import signal
    import sys
    from pathlib import Path

    from leadbook.app import build_main_window
    from leadbook.platform.desktop_entry import this_leadbook

    if not sys.platform.startswith("linux"):
        pytest.skip("waits for the detached process through /proc")
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("LEADBOOK_EXIT_AFTER_PAINT", "1")  # the child leaves after its first paint
    monkeypatch.setenv("LEADBOOK_HOME", str(home))
    window = build_main_window(book, backups=tmp_path / "backups")
    qtbot.addWidget(window)
    window.show()
    wait_exposed(qtbot, window)
    assert this_leadbook()[1:] == ["-m", "leadbook"]  # this Python, running the package
    qtbot.mouseClick(window.today_view.welcome.demo_button, Qt.MouseButton.LeftButton)
    pid = window.demo_pid
    assert "demo book" in window.statusBar().currentMessage()

    def gone() -> bool:
        try:
            return Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z"
        except OSError:
            return True

    try:
        qtbot.waitUntil(gone, timeout=60_000)
    finally:
        if not gone():
            os.kill(pid, signal.SIGKILL)
    assert list(home.iterdir()) == []  # no backup, no log, no book in the user's folder
    assert book.count_leads() == 0  # this book untouched
