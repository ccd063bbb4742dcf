"""What keeps Today and the lead panel instant with a big book: the agenda read a section at a
time with counts, the cheap due count, and a lead's history read a page at a time. Each is
checked against the full read it stands in for."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from _book_sql import connection, store_db

from leadbook.book import LeadBook
from leadbook.core.followups import Due, FollowUp, Objective, Outcome, State
from leadbook.core.model import Channel, Lead, Source, Stage
from leadbook.core.revisits import NoReason

MONDAY = date(2026, 11, 23)
SECTIONS = ("overdue", "today", "first_responses", "decide", "tomorrow", "revisits")


def ids(rows: list) -> list[int]:
    return [getattr(r, "followup", r).id for r in rows]


@pytest.fixture
def busy(book: LeadBook, clock) -> LeadBook:
    """Several rows in every section, timed and untimed, with first responses on the same days."""
    with book.batch():
        leads = sorted(book.add_leads([Lead(name=f"L{n}", stage=Stage.CONTACTED) for n in range(12)]).added)
        for n, lead_id in enumerate(leads):
            for day in (MONDAY - timedelta(days=1 + n % 3), MONDAY, MONDAY + timedelta(days=1)):
                at = time(8 + n % 5, 15) if n % 2 else None
                book.plan_followup(FollowUp(lead_id, Due(day, at), Channel.CALL, Objective.REPLY))
        for n in range(4):
            book.add_lead(Lead(name=f"Web {n}", source=Source.WEB))  # first responses due today
    for lead_id in leads[:3]:  # three leads reach the stop rule
        for _ in range(6):
            fu = min((f for f in book.followups(lead_id) if f.state == State.PLANNED), key=lambda f: f.due_at)
            book.complete_followup(fu.id, Outcome.NO_ANSWER,
                                   next_step=FollowUp(lead_id, Due(MONDAY + timedelta(days=20))))  # fmt: skip
    for lead_id in leads[9:]:
        book.say_no(lead_id, NoReason.TIMING, "", MONDAY - timedelta(days=3))
    clock.advance(minutes=5)
    return book


@pytest.mark.parametrize("limit", [1, 2, 3, 5, 100])
def test_a_limited_agenda_lists_the_first_rows_and_counts_them_all(busy: LeadBook, limit: int):
    full = busy.agenda()
    limited = busy.agenda(limit=limit)
    assert all(full.total(name) for name in SECTIONS)  # every section has rows
    for name in SECTIONS:
        listed, everything = getattr(limited, name), getattr(full, name)
        assert ids(listed) == ids(everything)[:limit], name
        assert limited.total(name) == len(everything), name
    assert limited.due_count == full.due_count == busy.due_count()
    assert limited.without_next_step == full.without_next_step


def test_sections_do_not_overlap_and_first_responses_keep_their_own(busy: LeadBook):
    agenda = busy.agenda(limit=2)
    followups = [r.followup for name in ("overdue", "today", "tomorrow") for r in getattr(busy.agenda(), name)]
    assert not any(fu.first_response for fu in followups)
    assert len({fu.id for fu in followups}) == len(followups)
    assert all(r.followup.first_response for r in agenda.first_responses)


def test_decide_rows_come_with_their_attempts_and_last_touch(busy: LeadBook):
    agenda = busy.agenda(limit=2)
    assert len(agenda.decide) == 2 and agenda.total("decide") == 3
    for lead in agenda.decide:
        attempts, last = agenda.decide_facts[lead.id]
        assert attempts == busy.attempts_in_a_row(lead.id) == 6
        assert last == busy.last_touch(lead.id).done_at


def test_counts_agree_with_the_rows(busy: LeadBook):
    """The counts walk the day index; the rows read every follow-up: they agree, first responses apart."""
    every = busy.agenda()
    counts = busy.agenda(limit=1).counts
    for name in ("overdue", "today", "tomorrow", "first_responses"):
        assert len(getattr(every, name)) > 1 and counts[name] == len(getattr(every, name)), name
    assert busy.due_count() == sum(len(getattr(every, n)) for n in ("overdue", "today", "first_responses", "decide",
                                                                     "revisits"))  # fmt: skip


def test_the_day_sections_use_the_day_index(busy: LeadBook):
    """Overdue, today and tomorrow read an index of only the non-first-response follow-ups, so a
    flood of first responses (a big web import) costs them nothing."""
    from leadbook.store import followups as fu_store

    conn = connection(busy)  # the plan is what this test is about
    sql = f"SELECT id {fu_store._DAYS} AND due_date < ? ORDER BY due_date, due_time IS NULL, due_time, id"
    plan = " ".join(row[-1] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, ["2026-11-23"]))
    assert "USING INDEX followups_agenda_day" in plan, plan


def test_due_count_follows_writes(busy: LeadBook):
    before = busy.due_count()
    fu = busy.agenda().today[0].followup
    busy.cancel_followup(fu.id)
    assert busy.due_count() == before - 1 == busy.agenda(limit=1).due_count


@pytest.fixture
def history(book: LeadBook, clock) -> int:
    """A lead with notes, stage changes, done, cancelled and planned follow-ups, some at the same moment."""
    lead_id = book.add_lead(Lead(name="Long story", stage=Stage.NEW, source=Source.PHONE)).id
    for n in range(9):
        clock.advance(hours=20)
        fu = min((f for f in book.followups(lead_id) if f.state == State.PLANNED), key=lambda f: f.due_at)
        nxt = FollowUp(lead_id, Due(book.local_today() + timedelta(days=2)), Channel.EMAIL)
        book.complete_followup(fu.id, Outcome.NO_ANSWER if n % 3 else Outcome.REACHED, f"try {n}", nxt)
        book.add_note(lead_id, f"note {n}")  # same moment as the touch
        if n % 4 == 0:
            extra = book.plan_followup(FollowUp(lead_id, Due(book.local_today() + timedelta(days=9))))
            book.cancel_followup(extra.id)
    book.set_stage(lead_id, Stage.QUALIFIED)
    return lead_id


def test_the_newest_page_of_a_timeline_is_the_end_of_the_whole(book: LeadBook, history: int):
    whole = book.timeline(history)
    assert book.timeline_length(history) == len(whole) > 20
    # The order is the one the timeline always had: by time, the lead's creation first at a
    # tie, then follow-ups (by due time) before events, as a stable sort of them put it.
    from leadbook.book import TimelineEntry
    from leadbook.store.followups import lead_events

    before = [
        TimelineEntry(
            f.done_at if f.state == State.DONE else (f.updated_at if f.state == State.CANCELLED else f.due_at),
            "followup",
            f.result_note,
            f,
        )
        for f in book.followups(history)
    ]
    before += [TimelineEntry(e.at, e.kind, e.text, None, e.data) for e in lead_events(store_db(book), history)]
    before.append(TimelineEntry(book.lead(history).created_at, "created"))
    assert whole == sorted(before, key=lambda e: (e.at, e.kind != "created"))
    for newest in (1, 2, 5, 17, len(whole), len(whole) + 10):
        assert book.timeline(history, newest=newest) == whole[-newest:]


def test_next_step_and_last_touch_are_read_without_the_history(book: LeadBook, history: int):
    followups = book.followups(history)
    planned = sorted((f for f in followups if f.state == State.PLANNED), key=lambda f: (f.due_at, f.id))
    done = [f for f in followups if f.state == State.DONE]
    assert book.next_followup(history) == planned[0]
    assert book.last_touch(history) == max(done, key=lambda f: f.done_at)
    empty = book.add_leads([Lead(name="Nothing yet", stage=Stage.WON)])
    (lead_id,) = empty.added
    assert book.next_followup(lead_id) is None and book.last_touch(lead_id) is None
    assert [e.kind for e in book.timeline(lead_id, newest=5)] == ["created"]
    with pytest.raises(KeyError):
        book.timeline(999_999)
