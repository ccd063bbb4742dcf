"""The reminder engine with a fake clock, and the tray and no-tray paths through an injected presenter."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication

from leadbook.app import build_main_window
from leadbook.book import LeadBook
from leadbook.core.clock import FakeClock
from leadbook.core.followups import Due, FollowUp
from leadbook.core.model import Lead, Source
from leadbook.core.reminders import Snooze
from leadbook.gui.reminders.engine import MARGIN_MS, MAX_SHOT_MS, ReminderEngine
from leadbook.gui.reminders.tray import NoTray, QtTray, TrayController, TrayPresenter, make_tray
from leadbook.gui.reminders.window import RemindersWindow
from leadbook.store.reminders import ReminderKind

MONDAY = date(2026, 11, 23)  # conftest: 09:30 in Stockholm = 08:30 UTC


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def add(book: LeadBook, name: str, day: date, at: time | None, minutes: int = 15) -> int:
    added = book.add_lead(Lead(name=name, source=Source.COLD))
    for fu in book.followups(added.id or 0):
        book.cancel_followup(fu.id or 0)
    return book.plan_followup(FollowUp(added.id or 0, Due(day, at), remind_minutes=minutes)).id or 0


class Heard:
    """Records every emission of the engine's signals."""

    def __init__(self, engine: ReminderEngine) -> None:
        self.due: list[list[int]] = []
        self.changed: list[list[int]] = []
        engine.due.connect(lambda rows: self.due.append([r.id for r in rows]))
        engine.changed.connect(lambda rows: self.changed.append([r.id for r in rows]))


@pytest.fixture
def engine(qtbot, book: LeadBook):
    made = ReminderEngine(book)
    yield made
    made.stop()


def test_catch_up_at_start_comes_as_one_signal(book, engine, clock: FakeClock):
    missed = [add(book, name, MONDAY - timedelta(days=n), time(10, 0)) for n, name in enumerate("ABC", start=1)]
    today = [add(book, name, MONDAY, at) for name, at in (("D", time(9, 0)), ("E", time(8, 0)))]
    heard = Heard(engine)
    engine.start()
    # One signal at start, with only today's: the backlog from earlier days is never "new".
    assert heard.due == [sorted(today, reverse=True)]
    assert heard.changed == [sorted(missed, reverse=True) + sorted(today, reverse=True)]
    assert engine.seen >= {(ReminderKind.FOLLOWUP, n) for n in missed + today}


def test_a_backlog_alone_still_shows_once_at_start(book, engine):
    missed = [add(book, name, MONDAY - timedelta(days=n), time(10, 0)) for n, name in enumerate("AB", start=1)]
    heard = Heard(engine)
    engine.start()
    assert heard.due == [[]]  # the catch-up shows the (folded) backlog once, with nothing new
    assert heard.changed == [sorted(missed, reverse=True)]
    engine.check()
    assert heard.due == [[]]


def test_one_single_shot_timer_aims_at_the_next_signal(book, engine, clock: FakeClock):
    add(book, "A", MONDAY, time(11, 0))  # reminds 10:45 local = 09:45 UTC
    soon = add(book, "B", MONDAY, time(10, 0))  # reminds 09:45 local = 08:45 UTC
    heard = Heard(engine)
    engine.start()
    assert heard.due == []
    assert engine.wake_at == utc(2026, 11, 23, 8, 45)
    assert engine.timer.isSingleShot() and engine.timer.isActive()
    assert engine.timer.interval() == 15 * 60_000 + MARGIN_MS
    clock.set(datetime(2026, 11, 23, 9, 45))
    engine.check()  # what the timer's timeout does
    assert heard.due == [[soon]]
    assert engine.wake_at == utc(2026, 11, 23, 9, 45)
    assert engine.timer.interval() == 60 * 60_000 + MARGIN_MS
    engine.check()
    assert heard.due == [[soon]]  # nothing new: nothing announced twice


def test_the_real_timer_fires_the_signal(qtbot, book, engine, clock: FakeClock):
    fu = add(book, "A", MONDAY, time(9, 45))  # reminds at 09:30:00 = now
    clock.set(datetime(2026, 11, 23, 9, 29, 59))
    engine.start()
    assert engine.timer.interval() == 1000 + MARGIN_MS
    clock.set(datetime(2026, 11, 23, 9, 30, 0))
    with qtbot.waitSignal(engine.due, timeout=5000) as fired:
        pass
    assert [r.id for r in fired.args[0]] == [fu]


def test_the_book_changing_re_arms_the_timer(qtbot, book, engine):
    add(book, "A", MONDAY, time(12, 0))
    engine.start()
    assert engine.wake_at == utc(2026, 11, 23, 10, 45)
    heard = Heard(engine)
    sooner = add(book, "B", MONDAY, time(10, 0))
    qtbot.waitUntil(lambda: engine.wake_at == utc(2026, 11, 23, 8, 45))
    book.dismiss_reminders([sooner])
    qtbot.waitUntil(lambda: engine.wake_at == utc(2026, 11, 23, 10, 45))
    overdue = add(book, "C", MONDAY, time(9, 0))
    qtbot.waitUntil(lambda: heard.due == [[overdue]])
    book.dismiss_reminders([overdue])
    qtbot.waitUntil(lambda: heard.changed[-1] == [])
    assert heard.due == [[overdue]]


def test_a_snoozed_reminder_is_announced_alone_when_the_snooze_ends_and_a_dismissed_one_never(
        book, engine, clock: FakeClock):  # fmt: skip
    first = add(book, "A", MONDAY, time(9, 0))
    second = add(book, "B", MONDAY, time(9, 10))
    heard = Heard(engine)
    engine.start()
    assert heard.due == [[first, second]]
    book.snooze_reminders([first], utc(2026, 11, 23, 8, 35))
    book.dismiss_reminders([second])
    engine.check()
    assert heard.changed[-1] == []
    assert engine.wake_at == utc(2026, 11, 23, 8, 35)
    clock.advance(minutes=5)
    engine.check()
    assert heard.changed[-1] == [first]  # due again: listed
    assert heard.due == [[first, second], [first]]  # and announced again, alone: what a snooze is for
    engine.check()
    clock.advance(days=30)
    engine.check()
    assert len(heard.due) == 2  # nothing more, however long
    assert engine.wake_at is None and not engine.timer.isActive()


def test_after_a_dismiss_only_a_new_due_item_is_announced(book, engine, clock: FakeClock):
    backlog = [add(book, f"Old {n}", MONDAY - timedelta(days=n), time(10, 0)) for n in range(1, 4)]
    shown = add(book, "Shown", MONDAY, time(9, 0))
    later = add(book, "Later", MONDAY, time(11, 0))  # reminds at 10:45
    heard = Heard(engine)
    engine.start()
    assert heard.due == [[shown]]
    book.dismiss_reminders([shown])
    engine.check()
    assert len(heard.due) == 1
    clock.set(datetime(2026, 11, 23, 10, 45))
    engine.check()
    assert heard.due == [[shown], [later]]  # the new one alone: never the backlog again
    assert len(heard.changed[-1]) == len(backlog) + 1


def test_a_calendar_move_that_makes_nothing_newly_due_announces_nothing(book, engine, clock: FakeClock):
    seen = add(book, "Seen", MONDAY, time(9, 0))
    old = add(book, "Old", MONDAY - timedelta(days=2), time(9, 0))
    heard = Heard(engine)
    engine.start()
    assert heard.due == [[seen]]
    book.move_followups([(seen, Due(MONDAY, time(9, 15)))])  # a new reminder time, already past
    book.move_followups([(old, Due(MONDAY - timedelta(days=1), time(9, 0)))])  # still an old one
    engine.check()
    assert sorted(heard.changed[-1]) == sorted([seen, old])
    assert heard.due == [[seen]]
    unseen = add(book, "Future", MONDAY + timedelta(days=3), time(9, 0))
    book.move_followups([(unseen, Due(MONDAY - timedelta(days=1), None))])  # dragged into the past
    engine.check()
    assert heard.due == [[seen]]  # overdue from an earlier day: the backlog, not news


def test_order_follows_the_signal_times(book, engine, clock: FakeClock):
    late = add(book, "Late", MONDAY + timedelta(days=1), time(10, 30))
    early = add(book, "Early", MONDAY + timedelta(days=1), time(10, 0))
    dated = add(book, "Dated", MONDAY + timedelta(days=1), None)
    clock.set(datetime(2026, 11, 24, 12, 0))
    heard = Heard(engine)
    engine.start()
    assert heard.due == [[dated, early, late]]  # the date-only one at the start of the working day


def test_after_sleep_the_coarse_check_catches_up(book, engine, clock: FakeClock):
    fu = add(book, "A", MONDAY, time(14, 0))
    heard = Heard(engine)
    engine.start()
    assert engine.timer.interval() == min(MAX_SHOT_MS, int(4.25 * 3600_000) + MARGIN_MS)
    clock.set(datetime(2026, 11, 23, 17, 0))  # the lid was closed; the monotonic timer slept too
    engine.coarse_check()
    assert heard.due == [[fu]]
    assert engine.coarse.isActive() and engine.coarse.interval() == 60_000


def test_a_clock_jump_back_re_aims_the_timer(book, engine, clock: FakeClock):
    add(book, "A", MONDAY, time(10, 0))
    engine.start()
    assert engine.timer.interval() == 15 * 60_000 + MARGIN_MS
    clock.set(datetime(2026, 11, 23, 8, 45))  # the wall clock was corrected backwards by an hour
    engine.coarse_check()
    assert engine.timer.interval() == 60 * 60_000 + MARGIN_MS
    assert engine.wake_at == utc(2026, 11, 23, 8, 45)


def test_date_only_followups_signal_at_the_start_of_the_working_day(book, engine, clock: FakeClock):
    book.save_settings(replace(book.settings(), day_start="08:30"))
    fu = add(book, "A", MONDAY + timedelta(days=1), None)
    heard = Heard(engine)
    engine.start()
    assert engine.wake_at == utc(2026, 11, 24, 7, 30)
    clock.set(datetime(2026, 11, 24, 8, 30))
    engine.check()
    assert heard.due == [[fu]]


@pytest.mark.parametrize(
    ("zone", "start", "day", "expected_wake", "elapsed"),
    [
        # Stockholm springs forward on 2027-03-28: 08:00 CEST - 15 min = 05:45 UTC. From 20:00 CET the
        # wall clock shows 11 h 45 min more, but only 10 h 45 min pass.
        (
            "Europe/Stockholm",
            datetime(2027, 3, 27, 20, 0),
            date(2027, 3, 28),
            utc(2027, 3, 28, 5, 45),
            timedelta(hours=10, minutes=45),
        ),
        # Chicago springs forward on 2027-03-14: 08:00 CDT - 15 min = 12:45 UTC; from 18:00 CST 12 h 45 min pass.
        (
            "America/Chicago",
            datetime(2027, 3, 13, 18, 0),
            date(2027, 3, 14),
            utc(2027, 3, 14, 12, 45),
            timedelta(hours=12, minutes=45),
        ),
    ],
)
def test_dst_change_nights(qtbot, tmp_path, zone, start, day, expected_wake, elapsed):
    clock = FakeClock(start, zone)
    with LeadBook.open(tmp_path / "dst.leadbook", clock) as book:
        fu = add(book, "A", day, time(8, 0))
        engine = ReminderEngine(book)
        heard = Heard(engine)
        engine.start()
        assert engine.wake_at == expected_wake
        assert engine.wake_at - clock.now() == elapsed
        assert engine.timer.interval() == min(MAX_SHOT_MS, int(elapsed.total_seconds() * 1000) + MARGIN_MS)
        clock.set(datetime(day.year, day.month, day.day, 7, 44))  # local wall clock, after the change
        engine.coarse_check()
        assert heard.due == []
        clock.set(datetime(day.year, day.month, day.day, 7, 45))
        engine.coarse_check()
        assert heard.due == [[fu]]
        engine.stop()


def test_pause_holds_signals_until_it_ends_then_shows_what_came_due(book, engine, clock: FakeClock):
    shown = add(book, "Shown", MONDAY, time(9, 0))
    heard = Heard(engine)
    engine.start()
    paused: list[bool] = []
    engine.paused_changed.connect(paused.append)
    engine.pause(timedelta(hours=1))
    assert engine.is_paused() and engine.wake_at == utc(2026, 11, 23, 9, 30)
    during = add(book, "During", MONDAY, time(10, 0))
    clock.set(datetime(2026, 11, 23, 10, 0))
    engine.check()
    assert heard.due == [[shown]]
    clock.set(datetime(2026, 11, 23, 10, 30))
    engine.check()
    assert paused == [True, False]
    assert heard.due == [[shown], [during]]
    engine.pause()
    engine.resume()
    assert heard.due == [[shown], [during]] and paused[-1] is False


def test_a_stopped_engine_hears_nothing(qtbot, book, engine):
    engine.start()
    engine.stop()
    heard = Heard(engine)
    add(book, "A", MONDAY, time(9, 0))
    qtbot.wait(20)
    assert heard.due == [] and not engine.timer.isActive() and not engine.coarse.isActive()


# --- the tray and the no-tray path ---------------------------------------------------------------


class FakeTray(TrayPresenter):
    def __init__(self, available: bool) -> None:
        super().__init__()
        self.available = available
        self.visible = False
        self.tooltip = ""
        self.messages: list[tuple[str, str]] = []
        self.paused_until: datetime | None = None
        self.pause_text = ""

    def show(self) -> None:
        self.visible = True

    def hide(self) -> None:
        self.visible = False

    def set_tooltip(self, text: str) -> None:
        self.tooltip = text

    def notify(self, title: str, message: str) -> None:
        self.messages.append((title, message))

    def set_paused(self, paused_until: datetime | None, text: str) -> None:
        self.paused_until, self.pause_text = paused_until, text


class Harness:
    """A real main window, engine and reminders window around the book, with a fake tray."""

    def __init__(self, qtbot, book: LeadBook, available: bool, confirm: bool = True) -> None:
        self.book = book
        self.tray = FakeTray(available)
        self.main = build_main_window(book)
        qtbot.addWidget(self.main)
        self.engine = ReminderEngine(book)
        self.reminders = RemindersWindow(book)
        qtbot.addWidget(self.reminders)
        self.asked: list[int] = []
        self.told: list[str] = []
        self.beeps = 0
        self.quits = 0
        self.confirm = confirm

        def confirm_quit(_parent, pending: int) -> bool:
            self.asked.append(pending)
            return self.confirm

        def beep() -> None:
            self.beeps += 1

        def quit_app() -> None:
            self.quits += 1

        self.controller = TrayController(
            book,
            self.main,
            self.engine,
            self.reminders,
            self.tray,
            confirm_quit=confirm_quit,
            tell=lambda _p, title, _text: self.told.append(title),
            sound=beep,
            quit_app=quit_app,
        )


@pytest.fixture
def harness_for(qtbot, book):
    made: list[Harness] = []

    def make(available: bool, confirm: bool = True) -> Harness:
        made.append(Harness(qtbot, book, available, confirm))
        return made[-1]

    yield make
    for harness in made:
        harness.controller.quitting = True
        harness.controller.stop()
    QApplication.instance().setQuitOnLastWindowClosed(True)


def user_closes(window) -> None:
    """The window manager's close button: the platform sends the window a close event, which
    reaches the widget as a spontaneous one (QWindow.close() would not: that is a program's close)."""
    QApplication.sendEvent(window.windowHandle(), QCloseEvent())


def test_offscreen_has_no_tray():
    assert isinstance(make_tray(QApplication.windowIcon()), NoTray)


def test_with_a_tray_a_due_reminder_shows_the_window_and_a_message(qtbot, book, harness_for, clock: FakeClock):
    for n in range(3):
        add(book, f"Old {n}", MONDAY - timedelta(days=1 + n), time(10, 0))
    missed = [add(book, name, MONDAY, time(9, 0)) for name in ("Anna", "Bob", "Cleo", "Dan")]
    h = harness_for(True)
    h.controller.start()
    assert h.tray.visible and h.main.isVisible()
    assert not QApplication.instance().quitOnLastWindowClosed()
    assert h.reminders.isVisible() and [row.id for row in h.reminders.rows()] == missed
    assert h.reminders.backlog_item.text(0) == "3 overdue from earlier days — Review…"
    assert h.tray.messages == [("4 reminders", "Anna, Bob, Cleo, …")]  # the catch-up: one message, not four
    assert h.tray.tooltip.startswith("Leadbook — ")
    assert h.beeps == 0
    later = add(book, "Eve", MONDAY, time(10, 0))
    book.save_settings(replace(book.settings(), reminder_sound=True))
    clock.set(datetime(2026, 11, 23, 9, 45))
    h.engine.check()
    assert h.tray.messages[-1][0] == "Reminder: Eve"
    assert h.tray.messages[-1][1].startswith("Call · Get a reply — due Mon 11/23/26")
    assert h.beeps == 1
    assert later in [row.id for row in h.reminders.rows()]


def test_at_start_the_reminders_are_read_once(qtbot, book, harness_for, monkeypatch, clock):
    """The catch-up at start fills the reminders window once, not once per signal: with a
    backlog of hundreds each reading costs tens of milliseconds before the first paint."""
    for n in range(5):
        add(book, f"Lead {n}", MONDAY, time(9, 0))
    reads = []
    due_reminders = book.due_reminders
    monkeypatch.setattr(book, "due_reminders", lambda *a, **k: reads.append(1) or due_reminders(*a, **k))
    h = harness_for(True)
    reads.clear()  # the engine's own check reads too; count what the window reads from here
    window_reads = []
    refresh = h.reminders.refresh
    monkeypatch.setattr(h.reminders, "refresh", lambda: window_reads.append(1) or refresh())
    h.controller.start()
    assert h.reminders.isVisible() and len(h.reminders.rows()) == 5
    assert len(window_reads) == 1
    h.engine.check()  # nothing new: the shown window need not read again, and does not
    assert len(window_reads) == 1
    later = add(book, "Eve", MONDAY, time(10, 0))
    clock.set(datetime(2026, 11, 23, 9, 45))
    h.engine.check()  # one came due while the window is open: one reading, not one per signal
    assert len(window_reads) == 2 and later in [row.id for row in h.reminders.rows()]


def test_a_new_reminder_comes_alone_and_handled_ones_never_pop_the_window_again(
        qtbot, book, harness_for, clock: FakeClock):  # fmt: skip
    """86 due at start: today's listed and one folded row; after Dismiss, Snooze and closing,
    only what is newly due raises the window, alone (the snoozed one when its snooze ends, then a
    new one); a calendar move that makes nothing newly due raises nothing."""
    for n in range(80):
        add(book, f"Old {n}", MONDAY - timedelta(days=1 + n % 20), time(10, 0))
    today = [add(book, f"Today {n}", MONDAY, time(9, n)) for n in range(6)]
    h = harness_for(True)
    h.controller.start()
    window = h.reminders
    assert window.isVisible() and not window.reviewing
    assert [row.id for row in window.rows()] == today
    assert window.backlog_item.text(0) == "80 overdue from earlier days — Review…"
    assert [window.tree.topLevelItem(n).text(0) for n in range(window.tree.topLevelItemCount())] == [
        "80 overdue from earlier days — Review…",
        "Today",
    ]
    assert window.heading.text() in ("6 new reminders", "6 new reminder(s)")  # English forms come with the .qm
    window.select(today[0])
    window.dismiss_button.click()
    window.select(today[1])
    window.set_snooze_choice(Snooze.MINUTES_5)
    window.snooze_button.click()
    window.close()  # the other four: seen
    assert not window.isVisible()
    clock.advance(minutes=10)  # the snooze ends: that one comes back alone
    h.engine.check()
    assert window.isVisible() and [row.id for row in window.rows()] == [today[1]]
    assert len(h.tray.messages) == 2
    window.select(today[1])
    window.dismiss_button.click()
    window.close()
    h.book.move_followups([(today[2], Due(MONDAY, time(9, 20)))])  # a drag to another past time today
    qtbot.waitUntil(lambda: h.engine.count == 84)
    h.engine.check()
    assert not window.isVisible() and len(h.tray.messages) == 2
    fresh = add(book, "Eve", MONDAY, time(10, 0))  # reminds at 09:45
    clock.set(datetime(2026, 11, 23, 9, 45))
    h.engine.check()
    assert window.isVisible() and not window.reviewing
    assert [row.id for row in window.rows()] == [fresh]  # the new one alone
    assert h.tray.messages[-1][0] == "Reminder: Eve"
    assert window.backlog_item.text(0) == "80 overdue from earlier days and 4 shown earlier today — Review…"
    window.tree.setCurrentItem(window.backlog_item)
    assert not window.open_button.isEnabled()
    qtbot.keyClick(window.tree, Qt.Key.Key_Return)  # Enter on the folded row lists everything
    assert window.reviewing and len(window.rows()) == 85
    assert [window.tree.topLevelItem(n).text(0) for n in range(window.tree.topLevelItemCount())] == ["Overdue", "Today"]
    window.close()
    h.tray.reminders_requested.emit()  # asked for: everything, grouped
    assert window.isVisible() and window.reviewing and len(window.rows()) == 85


def test_the_backlog_row_opens_with_a_click(qtbot, book, harness_for):
    add(book, "Old", MONDAY - timedelta(days=3), time(10, 0))
    h = harness_for(False)
    h.controller.start()
    window = h.reminders
    assert window.isVisible() and window.rows() == [] and window.heading.text() == "No new reminders"
    assert window.tree.topLevelItemCount() == 1
    rect = window.tree.visualItemRect(window.backlog_item)
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.reviewing and [row.lead_name for row in window.rows()] == ["Old"]
    assert window.heading.text() == "1 reminder"


def test_closing_the_main_window_keeps_leadbook_in_the_tray_and_says_so_once(qtbot, book, harness_for):
    add(book, "Anna", MONDAY, time(9, 0))
    h = harness_for(True)
    h.controller.start()
    user_closes(h.main)
    assert not h.main.isVisible()
    assert h.quits == 0 and h.told == ["Leadbook keeps running"]
    h.tray.today_requested.emit()
    assert h.main.isVisible() and h.main.stack.currentWidget() is h.main.today_view
    user_closes(h.main)
    assert h.told == ["Leadbook keeps running"]  # only the first time
    assert book.setting("told_tray_keeps_running") == "1"
    h.tray.open_requested.emit()
    assert h.main.isVisible()


def test_the_tray_menu_commands(qtbot, book, harness_for, clock: FakeClock):
    fu = add(book, "Anna", MONDAY, time(9, 0))
    h = harness_for(True)
    h.controller.start(background=True)
    assert not h.main.isVisible()  # started quietly in the tray
    assert h.reminders.isVisible()  # but what is due still shows
    h.reminders.close()
    h.tray.reminders_requested.emit()
    assert h.reminders.isVisible()
    h.tray.pause_requested.emit()
    assert h.engine.is_paused() and h.tray.paused_until == utc(2026, 11, 23, 9, 30)
    assert "paused until" in h.tray.pause_text and "paused until" in h.tray.tooltip
    h.tray.resume_requested.emit()
    assert not h.engine.is_paused() and h.tray.paused_until is None
    lead_id = book.followup(fu).lead_id
    h.reminders.select(fu)
    h.reminders.open_button.click()
    assert h.main.isVisible() and h.main.leads_view.current_id() == lead_id
    h.tray.quit_requested.emit()
    assert h.quits == 1 and not h.main.isVisible() and not h.reminders.isVisible() and not h.tray.visible


def test_file_quit_quits_when_closing_only_hides(qtbot, book, harness_for):
    h = harness_for(True)
    h.controller.start()
    h.main.quit_action.trigger()
    assert h.quits == 1 and not h.main.isVisible()


def test_without_a_tray_reminders_still_pop_up_and_no_message_is_tried(qtbot, book, harness_for):
    add(book, "Anna", MONDAY, time(9, 0))
    h = harness_for(False)
    h.controller.start(background=True)
    assert h.main.isVisible()  # nowhere else to live: --background shows the window anyway
    assert QApplication.instance().quitOnLastWindowClosed()
    assert h.reminders.isVisible()
    assert h.tray.messages == []


def test_without_a_tray_closing_warns_when_reminders_are_pending(qtbot, book, harness_for):
    add(book, "Anna", MONDAY, time(9, 0))
    add(book, "Bob", MONDAY, time(16, 0))  # still to come today
    add(book, "Cleo", MONDAY + timedelta(days=1), time(9, 0))  # tomorrow: not counted
    h = harness_for(False, confirm=False)
    h.controller.start()
    user_closes(h.main)
    assert h.asked == [2]
    assert h.main.isVisible() and h.quits == 0  # "Keep Leadbook open"
    h.main.quit_action.trigger()  # File ▸ Quit asks too
    assert h.asked == [2, 2] and h.main.isVisible() and h.quits == 0
    h.confirm = True
    user_closes(h.main)
    assert h.asked == [2, 2, 2] and h.quits == 1 and not h.main.isVisible() and not h.reminders.isVisible()


def test_an_application_quit_closes_without_asking(qtbot, book, harness_for):
    """Logging out (or anything that quits the application) closes windows itself: no question."""
    add(book, "Anna", MONDAY, time(9, 0))
    for available in (False, True):
        h = harness_for(available)
        h.controller.start()
        h.main.close()  # what QApplication.quit() does to every window: a close that is not the user's
        assert h.asked == [] and h.told == [] and not h.main.isVisible()
        if not available:
            assert not h.reminders.isVisible()


def test_without_a_tray_closing_quits_at_once_when_nothing_is_pending(qtbot, book, harness_for):
    add(book, "Cleo", MONDAY + timedelta(days=1), time(9, 0))
    h = harness_for(False)
    h.controller.start()
    user_closes(h.main)
    assert h.asked == [] and h.quits == 1 and h.told == []


def test_the_qt_tray_menu_speaks_through_signals(qtbot):
    tray = QtTray(QApplication.windowIcon())
    heard: list[str] = []
    for name in (
        "open_requested",
        "today_requested",
        "reminders_requested",
        "pause_requested",
        "resume_requested",
        "quit_requested",
    ):
        getattr(tray, name).connect(lambda name=name: heard.append(name))
    texts = [action.text() for action in tray.menu.actions() if not action.isSeparator()]
    assert texts == [
        "&Open Leadbook",
        "&Today",
        "&Reminders",
        "&Pause reminders for 1 hour",
        "Re&sume reminders",
        "&Quit",
    ]
    for action in (tray.open_action, tray.today_action, tray.reminders_action, tray.pause_action, tray.quit_action):
        action.trigger()
    assert heard == ["open_requested", "today_requested", "reminders_requested", "pause_requested", "quit_requested"]
    tray.set_paused(utc(2026, 11, 23, 9, 30), "Re&sume reminders (paused until 10:30)")
    assert not tray.pause_action.isVisible() and tray.resume_action.isVisible()
    tray.set_tooltip("Leadbook — 3 things to do today")
    assert tray.icon.toolTip() == "Leadbook — 3 things to do today"
    tray.menu.deleteLater()


def test_closing_a_demo_ends_it_without_asking(qtbot, book, harness_for, monkeypatch):
    """A demo book's reminders are made up: closing its window ends it, pending or not."""
    from leadbook.platform.paths import DEMO_ENV

    monkeypatch.setenv(DEMO_ENV, "1")
    add(book, "Anna", MONDAY, time(16, 0))  # still to come today
    h = harness_for(False, confirm=False)
    h.controller.start()
    user_closes(h.main)
    assert h.asked == [] and h.quits == 1
