"""Follow-ups as iCalendar (.ics), through the icalendar library.

Every planned follow-up becomes a VEVENT (see docs/interop.md for why not a VTODO):
- a timed one starts at its instant, written in UTC, so no VTIMEZONE is needed and
  every calendar shows it at the right local time;
- a date-only one is an all-day event (DTSTART;VALUE=DATE) marked free, so it does not
  block the day.
Each has a VALARM at the follow-up's own reminder time (minutes before a timed one, the
start of the working day for a date-only one) and a UID that stays the same for the
life of the follow-up, so importing a newer file updates events instead of adding them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, time, timedelta

import icalendar

from ..core.clock import from_utc_iso
from ..core.followups import FollowUp
from ..core.frozen import FrozenRecord
from ..core.model import Channel

PRODID = "-//Leadbook//Leadbook follow-ups//EN"


class CalendarItem(FrozenRecord):
    """A planned follow-up with what a calendar entry should say about its lead."""

    followup: FollowUp
    lead_name: str
    company: str = ""
    phone: str = ""
    email: str = ""
    rapport: str = ""


def followup_uid(followup_id: int, book_id: str) -> str:
    """Stable for the follow-up's whole life, and unique across books."""
    return f"followup-{followup_id}-{book_id}@leadbook"


def _duration(channel: Channel) -> timedelta:
    return timedelta(hours=1) if channel == Channel.MEETING else timedelta(minutes=15)


def _sequence(fu: FollowUp) -> int:
    """Grows with every change (minutes from creation to the last change), as RFC 5545 asks."""
    if not fu.created_at or not fu.updated_at:
        return 0
    return max(0, int((from_utc_iso(fu.updated_at) - from_utc_iso(fu.created_at)).total_seconds() // 60))


def build_calendar(
    items: Iterable[CalendarItem],
    *,
    book_id: str,
    day_start: time,
    summary: Callable[[CalendarItem], str],
    description: Callable[[CalendarItem], str],
    calendar_name: str = "Leadbook",
) -> bytes:
    """The .ics bytes for these follow-ups (UTF-8, CRLF, folded lines)."""
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", calendar_name)
    for item in items:
        cal.add_component(_event(item, book_id, day_start, summary(item), description(item)))
    return cal.to_ical()


def event_calendar(item: CalendarItem, *, book_id: str, day_start: time, summary: str, description: str) -> bytes:
    """One follow-up as a calendar object of its own, as a CalDAV server stores it: a VCALENDAR
    holding its VEVENT (no METHOD: that is for files sent to people), with the lead's phone as a
    ``tel:`` link a phone can dial."""
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    event = _event(item, book_id, day_start, summary, description)
    if item.phone:
        event.add("url", tel_link(item.phone))
    cal.add_component(event)
    return cal.to_ical()


def task_calendar(item: CalendarItem, *, book_id: str, day_start: time, summary: str, description: str) -> bytes:
    """One follow-up as a task (VTODO), for a seller whose phone shows tasks rather than events: due
    at the follow-up's time (or on its day), the same UID, texts, tel: link and alarm as the event."""
    event = _event(item, book_id, day_start, summary, description)
    task = icalendar.Todo()
    for name in ("uid", "dtstamp", "last-modified", "sequence", "summary", "description", "categories"):
        if name in event:
            task[name] = event[name]
    start = event.decoded("dtstart")
    task.add("dtstart", start)
    task.add("due", start)
    task.add("status", "NEEDS-ACTION")
    if item.phone:
        task.add("url", tel_link(item.phone))
    for alarm in event.walk("VALARM"):
        task.add_component(alarm)
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add_component(task)
    return cal.to_ical()


def revisit_uid(revisit_id: int, book_id: str) -> str:
    """A queued revisit (a "no" to ask again) in a calendar: stable while it stays queued."""
    return f"revisit-{revisit_id}-{book_id}@leadbook"


def revisit_calendar(
    uid: str, day: date, *, summary: str, description: str, phone: str, day_start: time, stamp: datetime
) -> bytes:
    """A revisit as a calendar object: an all-day event on its day, marked free, with an alarm at the
    start of the working day and the phone as a tel: link."""
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    event = icalendar.Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("summary", summary)
    if description:
        event.add("description", description)
    event.add("categories", ["Leadbook"])
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    if phone:
        event.add("url", tel_link(phone))
    alarm = icalendar.Alarm()
    alarm.add("uid", uid.replace("@", "-alarm@"))
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", timedelta(hours=day_start.hour, minutes=day_start.minute))
    event.add_component(alarm)
    cal.add_component(event)
    return cal.to_ical()


def tel_link(phone: str) -> str:
    """ "+46 70-123 45 67" as "tel:+46701234567" (RFC 3966 keeps only the digits and a leading +)."""
    digits = "".join(c for c in phone if c.isdigit())
    return "tel:" + ("+" if phone.strip().startswith("+") else "") + digits


def _event(item: CalendarItem, book_id: str, day_start: time, summary: str, description: str) -> icalendar.Event:
    fu = item.followup
    assert fu.id is not None
    event = icalendar.Event()
    event.add("uid", followup_uid(fu.id, book_id))
    stamp = from_utc_iso(fu.updated_at) if fu.updated_at else datetime(2000, 1, 1, tzinfo=UTC)
    event.add("dtstamp", stamp)
    event.add("last-modified", stamp)
    event.add("sequence", _sequence(fu))
    event.add("summary", summary)
    if description:
        event.add("description", description)
    event.add("status", "CONFIRMED")
    event.add("categories", ["Leadbook"])
    if fu.due.at is not None:
        start = from_utc_iso(fu.due_at)
        event.add("dtstart", start)
        event.add("dtend", start + _duration(fu.channel))
        trigger = -timedelta(minutes=fu.remind_minutes)
    else:
        event.add("dtstart", fu.due.day)
        event.add("dtend", fu.due.day + timedelta(days=1))
        event.add("transp", "TRANSPARENT")
        event.add("x-microsoft-cdo-busystatus", "FREE")
        trigger = timedelta(hours=day_start.hour, minutes=day_start.minute)
    if fu.remind:
        alarm = icalendar.Alarm()
        alarm.add("uid", followup_uid(fu.id, book_id).replace("@", "-alarm@"))
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)
        alarm.add("trigger", trigger)
        event.add_component(alarm)
    return event
