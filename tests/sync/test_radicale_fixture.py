"""The test server itself: it answers, keeps users apart, and goes away when killed."""

from __future__ import annotations

import caldav
import pytest
from caldav.lib import error
from radicale_server import PASSWORD, USER

pytestmark = pytest.mark.slow  # a real server process per test


def test_the_phone_makes_a_calendar_and_an_event_on_the_test_server(radicale, phone) -> None:
    calendar = phone.principal().make_calendar(name="Phone")
    calendar.save_event(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:a@test\r\n"
        "DTSTAMP:20261123T090000Z\r\nDTSTART:20261124T090000Z\r\nSUMMARY:Hello\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    assert [str(e.icalendar_component["summary"]) for e in calendar.events()] == ["Hello"]


def test_a_wrong_password_is_refused(radicale) -> None:
    with (
        caldav.DAVClient(url=radicale.url, username=USER, password=PASSWORD + "x") as client,
        pytest.raises(error.AuthorizationError),
    ):
        client.principal()


def test_a_killed_server_no_longer_answers(radicale, phone) -> None:
    phone.principal()
    radicale.kill()
    with pytest.raises(Exception) as caught:
        phone.principal().calendars()
    assert "onnect" in type(caught.value).__name__ + str(caught.value)
