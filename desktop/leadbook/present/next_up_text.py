"""The words of Today's "do this next" card (``book.next_up`` chooses what it shows).

No widgets: the card lays these texts out; contact details stay plain values here and become
links in the widget. Strings go through ``QCoreApplication.translate("NextUp", ...)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale

from ..book.next_up import NextUp, Why
from ..core.model import Channel
from ..core.sanitise import shown_text
from . import texts
from .agenda_text import duration_text, short_date, short_time, streak_text
from .revisits_text import reason_name


def _tr(text: str) -> str:
    return QCoreApplication.translate("NextUp", text)


@dataclass(frozen=True)
class NextUpWords:
    """What the card says: a kicker ("Do this next"), the headline (why and when), who, the goal
    and the cue to open with (rapport, or why they said no)."""

    kicker: str
    headline: str
    who: str
    goal: str = ""
    cue: str = ""


def kicker_text(next_up: NextUp | None) -> str:
    if next_up is None:
        return _tr("Nothing due and nothing planned. Take a breath, then plan the next step for a lead.")
    if next_up.why == Why.UPCOMING:
        return _tr("Nothing due right now: well done. Next up:")
    return _tr("Do this next")


def when_text(next_up: NextUp, now: datetime, zone: ZoneInfo, locale: QLocale | None = None) -> str:
    """Why it is next and when it is or was due: "Overdue since 20/11/2026", "First response:
    2 h 5 min left", "Today at 14:00", "Revisit: said no on 02/05/2026"."""
    locale = locale or QLocale()
    today = now.astimezone(zone).date()
    row = next_up.followup
    if row is not None:
        fu = row.followup
        at = short_time(fu.due.at, locale) if fu.due.at is not None else ""
        due = next_up.due or now
        if next_up.why == Why.LATE:
            if fu.first_response:
                late = int((now - due).total_seconds() // 60)
                return _tr("First response late by %1").replace("%1", duration_text(max(late, 1), locale))
            if fu.due.day == today:
                return _tr("Was due at %1").replace("%1", at)
            if fu.due.day == today - timedelta(days=1):
                return _tr("Overdue since yesterday")
            return _tr("Overdue since %1").replace("%1", short_date(fu.due.day, locale))
        if next_up.why == Why.FIRST_RESPONSE:
            left = int(-(-(due - now).total_seconds() // 60))
            return _tr("First response: %1 left").replace("%1", duration_text(max(left, 1), locale))
        if next_up.why == Why.TIMED:
            return _tr("Today at %1").replace("%1", at)
        if next_up.why == Why.TODAY:
            return _tr("Today, any time")
        day = _tr("Tomorrow") if fu.due.day == today + timedelta(days=1) else short_date(fu.due.day, locale)  # UPCOMING
        return (_tr("%1 at %2").replace("%1", day).replace("%2", at)) if at else day
    if next_up.why == Why.REVISIT:
        revisit = next_up.revisit
        return _tr("Revisit: they said no; the time to ask again has come (%1)").replace(
            "%1", reason_name(revisit.reason)
        )
    return ""  # a lead to decide on has no due moment (next_up_words says what it is)


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
        who = _who(lead.name, lead.company)
        headline = _tr("Decide: %1").replace("%1", streak_text(streak, locale))
        goal = _tr("Move them to nurture, mark a no, or keep going")
        return NextUpWords(kicker, headline, who, goal, shown_text(lead.rapport))
    headline = when_text(next_up, now, zone, locale)
    if next_up.why == Why.REVISIT:
        revisit = next_up.revisit
        cue = _tr("Their last words: %1").replace("%1", shown_text(revisit.note)) if revisit.note.strip() else ""
        return NextUpWords(kicker, headline, _who(revisit.lead_name, revisit.company), "", cue)
    row = next_up.followup
    assert row is not None
    fu = row.followup
    if fu.channel != Channel.OTHER:  # "Call", "Meeting": how; "Other" says nothing
        headline = _tr("%1 · %2").replace("%1", headline).replace("%2", texts.channel_name(fu.channel))
    goal = texts.objective_name(fu.objective)
    if fu.objective_note.strip():
        goal = f"{goal}: {' '.join(shown_text(fu.objective_note).split())}"
    goal = _tr("Goal: %1").replace("%1", goal)
    cue = _tr("Rapport: %1").replace("%1", shown_text(row.rapport)) if row.rapport.strip() else ""
    return NextUpWords(kicker, headline, _who(row.lead_name, row.company), goal, cue)


def _who(name: str, company: str) -> str:
    name, company = shown_text(name), shown_text(company)
    return _tr("%1, %2").replace("%1", name).replace("%2", company) if company else name
