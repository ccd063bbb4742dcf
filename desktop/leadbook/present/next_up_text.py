"""The words of Today's "do this next" card (``book.next_up`` chooses what it shows).

No widgets: the card lays these texts out; contact details stay plain values here and become
links in the widget. Strings go through ``QCoreApplication.translate("NextUp", ...)``.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale

from ..book.next_up import NextUp, Why
from ..core.frozen import FrozenRecord
from ..core.model import Channel
from ..core.sanitise import shown_text
from . import texts
from .agenda_text import Section, followup_cells, revisit_cells, section_title, short_date, streak_text, time_left


class NextUpWords(FrozenRecord):
    """What the card says: a kicker ("Do this next"), the headline (why and when), who, the goal
    and the cue to open with (rapport, or why they said no)."""

    kicker: str
    headline: str
    who: str
    goal: str = ""
    cue: str = ""


def kicker_text(next_up: NextUp | None) -> str:
    if next_up is None:
        return QCoreApplication.translate(
            "NextUp", "Nothing due and nothing planned. Take a breath, then plan the next step for a lead."
        )
    if next_up.why == Why.UPCOMING:
        return QCoreApplication.translate("NextUp", "Nothing due right now: well done. Next up:")
    return QCoreApplication.translate("NextUp", "Do this next")


def when_text(next_up: NextUp, now: datetime, zone: ZoneInfo, locale: QLocale | None = None) -> str:
    """Where it stands and when it is or was due, in the words of Today's rows: "Overdue ·
    Yesterday 2:00 PM", "First responses due · in 42 min", "Today · overdue by 30 min",
    "Today · 10:15 AM", "Tomorrow · 9:00 AM", "11/27/26 · all day"."""
    locale = locale or QLocale()
    today = now.astimezone(zone).date()
    row = next_up.followup
    if row is None:
        return ""
    fu = row.followup
    if fu.first_response:
        return _join(section_title(Section.FIRST_RESPONSES), time_left(next_up.due or now, now, locale)[0])
    if fu.due.day < today:
        section = Section.OVERDUE
    elif fu.due.day == today:
        section = Section.TODAY
        if next_up.why == Why.LATE:  # timed earlier today: how late, as a first response says it
            return _join(section_title(section), time_left(next_up.due or now, now, locale)[0])
    else:
        section = Section.TOMORROW
    when = followup_cells(row, section, today, now, zone, locale).when
    if section == Section.TOMORROW and fu.due.day != today + timedelta(days=1):
        return _join(short_date(fu.due.day, locale), when)  # a later day: its date
    return _join(section_title(section), when)


def next_up_words(
    next_up: NextUp | None,
    now: datetime,
    zone: ZoneInfo,
    locale: QLocale | None = None,
    *,
    streak: int = 0,
) -> NextUpWords:
    """The card's words for ``next_up`` (None: nothing due and nothing planned). ``streak`` is the
    tries without an answer of a lead to decide on (``Agenda.decide_facts``)."""
    locale = locale or QLocale()
    kicker = kicker_text(next_up)
    if next_up is None:
        return NextUpWords(kicker, "", "")
    if next_up.why == Why.DECIDE:
        lead = next_up.lead
        assert lead is not None
        headline = _join(section_title(Section.DECIDE), streak_text(streak, locale))
        return NextUpWords(kicker, headline, _who(lead.name, lead.company), "", _rapport(lead.rapport))
    if next_up.why == Why.REVISIT:
        revisit = next_up.revisit
        said = revisit_cells(revisit, locale).objective  # "Said no: timing"
        return NextUpWords(
            kicker, _join(section_title(Section.REVISITS), said), _who(revisit.lead_name, revisit.company)
        )
    row = next_up.followup
    assert row is not None
    fu = row.followup
    headline = when_text(next_up, now, zone, locale)
    if fu.channel != Channel.OTHER:  # "Call", "Meeting": how; "Other" says nothing
        headline = _join(headline, texts.channel_name(fu.channel))
    goal = texts.objective_name(fu.objective)
    if fu.objective_note.strip():
        goal = f"{goal}: {' '.join(shown_text(fu.objective_note).split())}"
    goal = QCoreApplication.translate("NextUp", "Goal: %1").replace("%1", goal)
    return NextUpWords(kicker, headline, _who(row.lead_name, row.company), goal, _rapport(row.rapport))


def _join(*parts: str) -> str:
    return " · ".join(part for part in parts if part)


def _rapport(rapport: str) -> str:
    """The cue to open with, in the words of Today's tooltip."""
    text = " ".join(shown_text(rapport).split())
    return QCoreApplication.translate("TodayView", "Rapport: %1").replace("%1", text) if text else ""


def _who(name: str, company: str) -> str:
    name, company = shown_text(name), shown_text(company)
    #: a lead's name, then its company
    return (
        QCoreApplication.translate("NextUp", "%1, %2").replace("%1", name).replace("%2", company) if company else name
    )
