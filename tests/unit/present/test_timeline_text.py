"""The timeline's words, entry kind by entry kind, from the book's typed entries (English)."""

from __future__ import annotations

from datetime import date, time
from zoneinfo import ZoneInfo

import pytest

from leadbook.book import PhoneChange, SaidNo, TimelineEntry
from leadbook.core.followups import Due, FollowUp, Objective, Outcome, State
from leadbook.core.model import Channel
from leadbook.present.timeline_text import TimelineText

TODAY = date(2026, 11, 23)  # a Monday
ZONE = ZoneInfo("Europe/Stockholm")


def words(cadences: dict[int | None, str] | None = None) -> TimelineText:
    return TimelineText(TODAY, ZONE, cadences or {})


def plain(text: str) -> str:
    """Qt's English times use a narrow no-break space before AM/PM."""
    return text.replace("\u202f", " ")


def followup(**fields) -> TimelineEntry:
    fields = {"due": Due(date(2026, 11, 25), time(9, 40)), "objective": Objective.MEETING, **fields}
    fu = FollowUp(1, channel=Channel.CALL, **fields)
    return TimelineEntry("2026-11-20T08:30:00Z", "followup", fu.result_note, fu)


def event(kind: str, text: str = "", data: str = "", said_no: SaidNo | None = None) -> TimelineEntry:
    return TimelineEntry("2026-11-20T08:30:00Z", kind, text, None, data, said_no)


@pytest.mark.parametrize(
    ("entry", "said"),
    [
        (followup(), "Planned: Call · Book a meeting"),
        (followup(due=Due(date(2026, 11, 20))), "Overdue: Call · Book a meeting"),
        (followup(state=State.CANCELLED), "Cancelled: Call · Book a meeting"),
        (
            followup(state=State.DONE, outcome=Outcome.NO_ANSWER, result_note="Rang twice"),
            "Call · Book a meeting: No answer\nRang twice",
        ),
        (followup(state=State.DONE), "Call · Book a meeting: Done"),
        (followup(first_response=True), "Planned: Call · Book a meeting (first response)"),
        (followup(cadence_id=7, cadence_step=1), "Planned: Call · Book a meeting — Warm lead, step 2"),
        (followup(cadence_id=8, cadence_step=1), "Planned: Call · Book a meeting"),  # a cadence gone since
        (
            followup(objective=Objective.OTHER, objective_note="Ask about the roof"),
            "Planned: Call · Ask about the roof",
        ),
        (event("note", "Prefers mornings"), "Note: Prefers mornings"),
        (event("stage", "won", "proposal"), "Stage: Proposal → Won"),
        (event("stage", "won", "a stage of old"), "Stage: a stage of old → Won"),
        (event("keep_going"), "Decided to keep going"),
        (
            event(
                "said_no", "timing", said_no=SaidNo("Anna Svensson (Buyer)", "2027-03-01", False, "After the season")
            ),
            "Said no: Not now / timing\nSaid by Anna Svensson (Buyer)\nAsk again on 3/1/27\nAfter the season",
        ),
        (event("said_no", "budget", said_no=SaidNo(never=True)), "Said no: Budget\nNever: do not contact"),
        (event("said_no", "a reason of old", said_no=SaidNo()), "Said no: a reason of old"),
        (event("revisit", "reopened"), "Revisited: reopened"),
        (event("revisit", "requeued", "2027-01-04"), "Revisited: still not now; ask again on 1/4/27"),
        (event("revisit", "requeued", "not a day"), "Revisited: still not now; ask again on not a day"),
        (event("new_contact", "Bo Ek"), "New contact person: Bo Ek"),
        (event("do_not_contact"), "Do not contact (permanent)"),
        (event("created"), "Lead created"),
        (event("something_new", "from a later Leadbook"), "something_new: from a later Leadbook"),
    ],
)
def test_each_kind_of_entry_says_what_happened(entry: TimelineEntry, said: str) -> None:
    assert words({7: "Warm lead"}).what(entry) == said


def test_a_planned_follow_up_is_dated_by_when_it_is_due_the_rest_by_when_it_happened() -> None:
    assert plain(words().when(followup())) == "Wed 11/25/26 9:40 AM"
    assert plain(words().when(followup(due=Due(date(2026, 11, 25))))) == "Wed 11/25/26"
    assert plain(words().when(followup(state=State.DONE))) == "11/20/26 9:30 AM"  # 08:30 UTC in Stockholm
    assert plain(words().when(event("note", "x"))) == "11/20/26 9:30 AM"
    assert words().when(TimelineEntry("", "created")) == ""


def phone(text: str, change: PhoneChange) -> TimelineEntry:
    return TimelineEntry("2026-11-20T08:30:00Z", "phone", text, None, change.to_json(), None, change)


@pytest.mark.parametrize(
    ("entry", "said"),
    [
        (
            phone("moved", PhoneChange(1, moved_from="2026-11-25T09:40", moved_to="2026-11-26T13:00")),
            "Moved on your phone from Wed 11/25/26 9:40 AM to Thu 11/26/26 1:00 PM",
        ),
        (
            phone("deleted", PhoneChange(1, due="2026-11-25")),
            "Deleted on your phone: the follow-up of Wed 11/25/26 was cancelled",
        ),
        (
            phone("conflict", PhoneChange(1, moved_to="2026-11-26", set_aside="2026-11-25T09:40")),
            "Changed here and on your phone: your phone's Thu 11/26/26 was newer; Leadbook's Wed 11/25/26 9:40 AM "
            "was set aside",
        ),
        (
            phone("overruled", PhoneChange(1, phone="2026-11-26T13:00")),
            "Changed here and on your phone: Leadbook's change was newer; your phone's Thu 11/26/26 1:00 PM was set "
            "aside",
        ),
        (
            phone("deleted", PhoneChange(1, due="not a day")),
            "Deleted on your phone: the follow-up of not a day was cancelled",
        ),
    ],
)
def test_what_the_phone_did_is_dated_as_a_follow_up_is(entry: TimelineEntry, said: str) -> None:
    """Through calendar sync: the times in the user's own format, as every other date of the history."""
    assert plain(words().what(entry)) == said


def test_what_they_said_when_they_said_no_is_read_back_as_written() -> None:
    said = SaidNo("Anna Svensson (Buyer)", "2027-03-01", False, "After the season")
    assert said.to_json() == (
        '{"contact_person": "Anna Svensson (Buyer)", "revisit_on": "2027-03-01", "note": "After the season"}'
    )
    assert SaidNo.from_json(said.to_json()) == said
    never = SaidNo("Bo", "", True, "")
    assert never.to_json() == '{"contact_person": "Bo", "revisit_on": null, "note": ""}'
    assert SaidNo.from_json(never.to_json()) == never
    assert SaidNo.from_json('{"contact_person": "Bo"}') == SaidNo("Bo")  # no day recorded: neither
    for damaged in ("", "not json", "[1, 2]", "null"):
        assert SaidNo.from_json(damaged) == SaidNo()
