"""Settings ▸ Calendar sync without a server: the tab is there with unique accelerators, says sync is
off, and says what happens to the password on a machine without a keyring."""

from __future__ import annotations

import pytest
from _accelerators import assert_unique_in

from leadbook.gui.calendar_sync import CalendarSync
from leadbook.gui.settings.dialog import SettingsDialog


@pytest.fixture
def no_keyring():
    """A machine without a keyring (a headless box), whatever this one has."""
    import keyring.core
    from keyring.backends import fail

    before = keyring.core.get_keyring()
    keyring.core.set_keyring(fail.Keyring())
    yield
    keyring.core.set_keyring(before)


def test_the_calendar_sync_tab_says_sync_is_off_and_where_the_password_goes(qtbot, book, no_keyring):
    sync = CalendarSync(book)
    dialog = SettingsDialog(book, sync=sync)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.sync_page)
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Calendar s&ync"
    page = dialog.sync_page
    assert page.state.text() == "Calendar sync is off."
    assert not page.sync_button.isEnabled() and not page.off_button.isEnabled()
    assert page.keyring_hint.text().startswith("This computer has no keyring")
    assert "once per session" in page.keyring_hint.text()
    assert_unique_in(dialog)
    page.connect_button.click()
    assert page.message.text() == "Give the server, your user name and the password."
    sync.stop()


def test_without_sync_the_settings_dialog_has_its_two_tabs(qtbot, book):
    dialog = SettingsDialog(book)
    qtbot.addWidget(dialog)
    assert dialog.tabs.count() == 2 and dialog.sync_page is None


def test_the_lead_panel_says_what_the_phone_did(qtbot, book):
    from datetime import date, time

    from leadbook.core.followups import Due
    from leadbook.core.model import Lead, Source
    from leadbook.gui.leads.panel import LeadPanel

    lead = book.add_lead(Lead(name="Anna Svensson", source=Source.REFERRAL, phones=("+46 70 123 45 67",)))
    fu = book.followups(int(lead.id or 0))[0]
    book.move_from_phone(int(fu.id or 0), Due(date(2026, 11, 26), time(13, 0)))
    book.cancel_from_phone(int(fu.id or 0))
    panel = LeadPanel(book)
    qtbot.addWidget(panel)
    panel.show_lead(int(lead.id or 0))
    tree = panel.timeline
    texts = [tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())]
    assert any(t.startswith("Moved on your phone from ") and t.endswith("Thu 11/26/26 1:00\u202fPM") for t in texts), (
        texts
    )
    assert any(t.startswith("Deleted on your phone: the follow-up of ") for t in texts), texts


def test_changes_in_a_burst_go_out_as_one_sync_a_moment_after_the_last(qtbot, book, monkeypatch):
    from leadbook.core.model import Lead, Source
    from leadbook.sync import account as accounts

    accounts.save(book.path, accounts.Account("http://127.0.0.1:9/", "anna", "http://127.0.0.1:9/anna/leadbook/"))
    sync = CalendarSync(book, after_change_ms=200)
    runs = []
    monkeypatch.setattr(sync, "sync_now", lambda: runs.append(True))
    sync._soon.timeout.disconnect()
    sync._soon.timeout.connect(sync.sync_now)
    sync.start()
    qtbot.waitUntil(lambda: runs == [True])
    for name in ("Anna", "Björn", "Chen"):
        book.add_lead(Lead(name=name, source=Source.REFERRAL))
    assert sync._soon.isActive() and sync._soon.interval() == 200
    qtbot.waitUntil(lambda: len(runs) == 2)
    sync.stop()
    accounts.clear(book.path)
