"""The daily call sheet as data: which follow-ups go on paper for a day, and what each row says.

No widgets and no drawing here (``callsheet_render`` draws it; the CLI writes it without a
display). The rows come from ``book.agenda(day)``: overdue, today's calls and meetings
(timed ones in time order, then the untimed), first responses due, and revisits due (the
no's to call back, seed 003: when and why they said no, who said it, and the questions to
ask). Every text a row shows
is decided here, already translated and formatted through ``QLocale``; the renderer only
places it. Texts from leads stay plain text: the renderer never interprets them as markup.

Sections are listed in ``SECTION_SOURCES``; a section's rows are the agenda's follow-ups
(``AgendaRow``) or, for revisits, its queued no's (``RevisitRow``), each made into a
``SheetRow`` by its own function.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, time
from enum import Enum
from typing import TYPE_CHECKING, Any, Protocol
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale

from ..core.clock import from_utc_iso
from ..core.followups import FollowUp, State
from ..core.frozen import FrozenRecord
from ..core.model import Channel, Lead
from ..core.sanitise import shown_text
from ..present import texts
from ..present.agenda_text import due_sentence, streak_text
from ..present.formatting import long_date, money, short_date, short_time
from ..present.i18n import TranslationContext
from ..present.revisits_text import question_text, reason_name

# The book imports interop, never the other way round at run time, not even through present (whose
# agenda and revisit words need no book): what the sheet prints comes in as arguments (the book, its
# agenda with its DueCounts); tests/unit/test_layers.py follows the imports to keep it so.
if TYPE_CHECKING:
    from ..book import Agenda, AgendaRow, DueCounts, LeadBook


class CallSheetText(TranslationContext):
    """Translation context "CallSheetText" for module-level text: ``CallSheetText.tr(text)`` and, for plurals,
    ``CallSheetText.tr("%n thing(s)", "", n)`` are calls pyside6-lupdate extracts (a helper or a variable n
    passed to ``QCoreApplication.translate`` it does not see as a plural)."""


# Channels that are written rather than spoken: the sheet can leave them out.
WRITTEN_CHANNELS = frozenset({Channel.EMAIL, Channel.LETTER})
NOTE_CHARS = 200  # a last-touch note or rapport longer than this is cut before layout (it is elided anyway)


class SectionKind(str, Enum):
    """The sheet's sections, in print order (the values are ``book.DueCounts``' section names)."""

    OVERDUE = "overdue"
    TODAY = "today"
    FIRST_RESPONSES = "first_responses"
    REVISITS = "revisits"
    DECIDE = "decide"


class SheetLayout(str, Enum):
    """How much each row says on paper: ``COMPACT`` (the default) is one row per item, about
    twenty a page, to carry; ``DETAILED`` gives each item a block with its role, best time and
    room for notes."""

    COMPACT = "compact"
    DETAILED = "detailed"


class SectionSource(FrozenRecord):
    """Where one section's rows come from: the agenda's rows for it, filtered for the day
    (follow-ups as AgendaRows; the revisit section's are RevisitRows)."""

    kind: SectionKind
    title: Callable[[], str]
    rows: Callable[[Agenda, date, date], Sequence[Any]]  # (agenda, sheet day, book's today)


def _timed_first(row: AgendaRow) -> tuple[bool, time, int]:
    fu = row.followup
    return (fu.due.at is None, fu.due.at or time.min, fu.id or 0)


def _overdue(agenda: Agenda, day: date, today: date) -> list[AgendaRow]:
    return sorted(agenda.overdue, key=lambda r: (r.followup.due.day, *_timed_first(r)))


def _today(agenda: Agenda, day: date, today: date) -> list[AgendaRow]:
    return sorted(agenda.today, key=_timed_first)


def _first_responses(agenda: Agenda, day: date, today: date) -> list[AgendaRow]:
    """First responses due by the end of the sheet's day; on today's sheet every waiting one
    (a new lead waits now, even when its target is tomorrow morning)."""
    rows = [r for r in agenda.first_responses if day == today or r.followup.due.day <= day]
    return sorted(rows, key=lambda r: (r.followup.due_at, r.followup.id or 0))


SECTION_SOURCES: tuple[SectionSource, ...] = (
    SectionSource(SectionKind.OVERDUE, lambda: QCoreApplication.translate("CallSheet", "Overdue"), _overdue),
    SectionSource(
        SectionKind.TODAY, lambda: QCoreApplication.translate("CallSheet", "Today's calls and meetings"), _today
    ),
    SectionSource(
        SectionKind.FIRST_RESPONSES,
        lambda: QCoreApplication.translate("CallSheet", "First responses due"),
        _first_responses,
    ),
    SectionSource(
        SectionKind.REVISITS,
        lambda: QCoreApplication.translate("CallSheet", "Revisits due"),
        lambda agenda, day, today: agenda.revisits,
    ),  # due by the sheet's day, oldest first
    SectionSource(
        SectionKind.DECIDE,
        lambda: QCoreApplication.translate("Agenda", "Decide: the stop rule is reached"),
        lambda agenda, day, today: agenda.decide,
    ),  # Leads: nurture, say no, or keep going (Today's title)
)


class SheetRow(FrozenRecord):
    """One follow-up on paper: every text already formatted; empty texts are simply not printed."""

    followup_id: int
    lead_id: int
    when: str  # "10:15 AM", "Any time", an overdue date, "by 11:30 AM"
    when_detail: str  # a second line under ``when`` (the time of an overdue follow-up), or ""
    late: bool
    name: str
    company: str
    phone: str
    contact: str  # under the phone: the e-mail of an e-mail, the address of a letter, another phone
    channel: Channel
    channel_text: str  # "Call · attempt 2"
    objective: str
    role: str  # "Purchasing manager · decides"
    last_touch: str  # "11/20/26 · No answer · Line busy, try after lunch"
    rapport: str
    best_time: str
    details: tuple[tuple[str, str], ...]  # (label, text) lines printed under the name, in order
    revisit_id: int = 0  # a revisit's row (``followup_id`` is 0 then)
    goal: str = ""  # the compact row's "Call · Book a meeting"
    cue: str = ""  # the compact row's one line to remember: rapport, then the last touch


class SheetSection(FrozenRecord):
    kind: SectionKind
    title: str
    rows: tuple[SheetRow, ...]
    note: str = ""  # one line under the title of a compact section (the revisits' questions to ask)


class CallSheet(FrozenRecord):
    """Everything printed on a day's call sheet, in print order, as plain texts."""

    day: date
    kicker: str  # "Call sheet"
    date_text: str  # "Monday, November 23, 2026"
    summary: str  # "7 to do: 1 overdue, 4 today, 2 first responses"
    left_out: str  # "2 e-mails and letters left out", or ""
    sections: tuple[SheetSection, ...]  # only the sections that have rows
    include_written: bool
    empty_title: str
    empty_text: str
    notes_label: str
    no_phone: str
    footer: str  # left of the page number on every page
    page_template: str  # "Page %1 of %2"
    continued_template: str  # "%1 (continued)"
    locale_name: str
    layout: SheetLayout = SheetLayout.COMPACT

    @property
    def rows(self) -> list[SheetRow]:
        return [row for section in self.sections for row in section.rows]

    @property
    def empty(self) -> bool:
        return not self.sections

    def page_text(self, page: int, pages: int) -> str:
        locale = QLocale(self.locale_name)
        return self.page_template.replace("%1", locale.toString(page)).replace("%2", locale.toString(pages))

    def continued(self, title: str) -> str:
        return self.continued_template.replace("%1", title)


# --- formatting -----------------------------------------------------------------------------


def one_line(text: str, limit: int = NOTE_CHARS) -> str:
    """A text for one printed line: its lines joined with " · ", runs of spaces made one,
    very long texts cut (the renderer elides what does not fit anyway); control and bidi
    characters a book written before may hold are shown as escapes (``shown_text``), so an
    override cannot turn the line round."""
    lines = (" ".join(line.split()) for line in shown_text(text, multiline=True).splitlines())
    return " · ".join(line for line in lines if line)[:limit]


def first_line(text: str) -> str:
    for line in shown_text(text, multiline=True).splitlines():
        if line.strip():
            return " ".join(line.split())[:NOTE_CHARS]
    return ""


def _when(row: AgendaRow, kind: SectionKind, day: date, zone: ZoneInfo, locale: QLocale) -> tuple[str, str, bool]:
    fu = row.followup
    at = short_time(fu.due.at, locale) if fu.due.at is not None else ""
    if kind == SectionKind.OVERDUE:
        return short_date(fu.due.day, locale), at, True
    if kind == SectionKind.FIRST_RESPONSES:
        due = from_utc_iso(fu.due_at).astimezone(zone) if fu.due_at else None
        if due is None:
            return QCoreApplication.translate("CallSheet", "Any time"), "", False
        by = short_time(due.time(), locale)
        if due.date() == day:
            return QCoreApplication.translate("CallSheet", "by %1").replace("%1", by), "", due.date() < day
        on = QCoreApplication.translate("CallSheet", "by %1").replace("%1", short_date(due.date(), locale))
        return on, by, due.date() < day
    return (at or QCoreApplication.translate("CallSheet", "Any time")), "", False


class _Role(Protocol):
    """What the role line reads: an agenda row's copy of the lead's fields, or the lead itself."""

    @property
    def role(self) -> str: ...

    @property
    def is_decision_maker(self) -> bool: ...


def _role(lead: Lead | None, row: _Role) -> str:
    role = one_line(row.role, 80)
    if row.is_decision_maker:
        if not role:
            return QCoreApplication.translate("CallSheet", "Decides")
        return QCoreApplication.translate("CallSheet", "%1 · decides").replace("%1", role)
    if role:
        text = QCoreApplication.translate("CallSheet", "%1 · does not decide").replace("%1", role)
    else:
        text = QCoreApplication.translate("CallSheet", "Does not decide")
    if lead is not None and lead.decision_maker_name.strip():
        who = one_line(lead.decision_maker_name, 60)
        contact = one_line(lead.decision_maker_contact, 60)
        if contact:
            who = QCoreApplication.translate("CallSheet", "%1 (%2)").replace("%1", who).replace("%2", contact)
        text = QCoreApplication.translate("CallSheet", "%1; decision-maker: %2").replace("%1", text).replace("%2", who)
    return text


def _address_text(*parts: str) -> str:
    """The filled parts of an address on one line, in the order the lead's fields hold them."""
    #: Between the parts of an address on one line (street, city, country): Chinese "，".
    separator = QCoreApplication.translate("CallSheet", ", ", "between the parts of an address")
    return separator.join(part for part in parts if part.strip())


def _contact(lead: Lead | None, channel: Channel) -> str:
    """The one other way to reach the lead that this touch needs, under the phone number."""
    if lead is None:
        return ""
    if channel == Channel.EMAIL:
        return shown_text(lead.email)
    if channel == Channel.LETTER:
        return one_line(_address_text(lead.address, lead.city, lead.country), 120)
    if channel == Channel.MEETING and lead.address.strip():
        return one_line(_address_text(lead.address, lead.city), 120)
    if len(lead.phones) > 1:
        return QCoreApplication.translate("CallSheet", "also %1").replace("%1", shown_text(lead.phones[1]))
    return ""


def last_done(followups: Sequence[FollowUp]) -> FollowUp | None:
    """The latest logged touch of a lead (by when it was logged)."""
    done = [fu for fu in followups if fu.state == State.DONE and fu.done_at]
    return max(done, key=lambda fu: (fu.done_at, fu.id or 0), default=None)


def last_touch_text(fu: FollowUp | None, zone: ZoneInfo, locale: QLocale) -> str:
    """ "11/20/26 · No answer · Line busy": when, how it went, and the first line of its note."""
    if fu is None:
        return QCoreApplication.translate("CallSheet", "No touch yet")
    parts = [short_date(from_utc_iso(fu.done_at).astimezone(zone).date(), locale)]
    if fu.outcome is not None:
        parts.append(texts.outcome_name(fu.outcome))
    note = first_line(fu.result_note)
    if note:
        parts.append(note)
    return " · ".join(parts)


def _cue(*parts: str, last_touch: str = "") -> str:
    """The compact row's line to remember: the rapport note (or what else matters), then the
    last touch, in Today's words ("last touch 11/19/26 · No answer")."""
    if last_touch:
        parts = (*parts, QCoreApplication.translate("Agenda", "last touch %1").replace("%1", last_touch))
    return " · ".join(part for part in parts if part)


def _goal(channel: str, objective: str) -> str:
    """ "Call · Book a meeting": how, and what for."""
    return QCoreApplication.translate("CallSheet", "%1 · %2", "channel · goal").replace("%1", channel).replace(
        "%2", objective)  # fmt: skip


def sheet_row(
    row: AgendaRow, kind: SectionKind, day: date, lead: Lead | None, last: FollowUp | None, zone: ZoneInfo,
    locale: QLocale,
) -> SheetRow:  # fmt: skip
    fu = row.followup
    when, when_detail, late = _when(row, kind, day, zone, locale)
    objective = texts.objective_name(fu.objective)
    if fu.objective_note.strip():
        note = one_line(fu.objective_note)
        objective = QCoreApplication.translate("CallSheet", "%1: %2").replace("%1", objective).replace("%2", note)
    channel_text = (
        QCoreApplication.translate("CallSheet", "%1 · attempt %2")
        .replace("%1", texts.channel_name(fu.channel))
        .replace("%2", locale.toString(row.attempt))
    )
    role = _role(lead, row)
    last_touch = last_touch_text(last, zone, locale)
    rapport = one_line(row.rapport)
    best_time = one_line(row.best_time, 80)
    details = [
        (QCoreApplication.translate("CallSheet", "Goal"), objective),
        (QCoreApplication.translate("CallSheet", "Role"), role),
        (QCoreApplication.translate("CallSheet", "Last touch"), last_touch),
        (QCoreApplication.translate("CallSheet", "Rapport"), rapport),
        (QCoreApplication.translate("CallSheet", "Best time"), best_time),
    ]
    return SheetRow(
        followup_id=int(fu.id or 0),
        lead_id=fu.lead_id,
        when=when,
        when_detail=when_detail,
        late=late,
        name=one_line(row.lead_name, 120),
        company=one_line(row.company, 120),
        phone=shown_text(row.phone).strip(),
        contact=_contact(lead, fu.channel),
        channel=fu.channel,
        channel_text=channel_text,
        objective=objective,
        role=role,
        last_touch=last_touch,
        rapport=rapport,
        best_time=best_time,
        details=tuple((label, text) for label, text in details if text),
        goal=_goal(texts.channel_name(fu.channel), objective),
        cue=_cue(rapport, last_touch=last_touch) if last is not None else _cue(rapport, last_touch),
    )


def _lead_id(row: Any) -> int:
    """The lead of an AgendaRow (its follow-up's), of a RevisitRow, or a Lead to decide on."""
    if hasattr(row, "followup"):
        return row.followup.lead_id
    return int(row.lead_id if hasattr(row, "lead_id") else row.id)


def _questions(book: LeadBook) -> tuple[str, ...]:
    return tuple(one_line(question_text(q), NOTE_CHARS) for q in book.revisit_questions())


def revisit_sheet_row(
    row: Any, day: date, lead: Lead | None, last: FollowUp | None, questions: Sequence[str], zone: ZoneInfo,
    locale: QLocale,
) -> SheetRow:  # fmt: skip
    """A revisit on paper (``row`` is a store.revisits.RevisitRow): call back a "no" and find out
    whether now is the time. It says when and why they said no and who said it (seed 003: check
    that the same person is still responsible), and lists the questions to ask."""
    late = row.revisit_on < day
    when = short_date(row.revisit_on, locale) if late else QCoreApplication.translate("CallSheet", "Any time")
    said_on = short_date(from_utc_iso(row.said_no_at).astimezone(zone).date(), locale)
    reason = reason_name(row.reason)
    said = " · ".join(part for part in (said_on, reason, one_line(row.note)) if part)
    last_touch = last_touch_text(last, zone, locale) if last is not None else ""
    rapport = one_line(lead.rapport) if lead is not None else ""
    best_time = one_line(lead.best_time, 80) if lead is not None else ""
    ask = QCoreApplication.translate("CallSheet", "Ask")
    details = [
        (QCoreApplication.translate("CallSheet", "Said no"), said),
        (QCoreApplication.translate("CallSheet", "Said by"), one_line(row.contact_person, 120)),
        *[(ask if n == 0 else "", question) for n, question in enumerate(questions)],
        (QCoreApplication.translate("CallSheet", "Last note"), one_line(row.last_notes[0]) if row.last_notes else ""),
        (QCoreApplication.translate("CallSheet", "Last touch"), last_touch),
        (QCoreApplication.translate("CallSheet", "Rapport"), rapport),
        (QCoreApplication.translate("CallSheet", "Best time"), best_time),
        (QCoreApplication.translate("CallSheet", "Value"), money(row.value, row.currency, locale)),
    ]
    return SheetRow(
        followup_id=0,
        lead_id=row.lead_id,
        when=when,
        when_detail="",
        late=late,
        name=one_line(row.lead_name, 120),
        company=one_line(row.company, 120),
        phone=shown_text(row.phone).strip(),
        contact=_contact(lead, Channel.CALL) or shown_text(row.email),
        channel=Channel.CALL,
        channel_text=QCoreApplication.translate("CallSheet", "Revisit · %1").replace("%1", reason),
        objective=QCoreApplication.translate("CallSheet", "Find out whether now is the time"),
        role=_role(lead, lead) if lead is not None else "",
        last_touch=last_touch,
        rapport=rapport,
        best_time=best_time,
        details=tuple((label, text) for label, text in details if text),
        revisit_id=row.id,
        goal=QCoreApplication.translate("CallSheet", "Revisit · %1").replace("%1", reason),
        cue=_cue(QCoreApplication.translate("Agenda", "Said no: %1").replace("%1", said), rapport),
    )


def decide_sheet_row(lead: Lead, facts: tuple[int, str] | None, zone: ZoneInfo, locale: QLocale) -> SheetRow:
    """A lead at the stop rule (seed 004): tried often without an answer; on paper, the seller
    decides whether to nurture it, take it as a no, or keep going."""
    attempts, last_utc = facts or (0, "")
    tries = streak_text(attempts, locale)
    last_touch = short_date(from_utc_iso(last_utc).astimezone(zone).date(), locale) if last_utc else ""
    rapport = one_line(lead.rapport)
    objective = QCoreApplication.translate("CallSheet", "Nurture, no, or keep going?")
    details = [
        (QCoreApplication.translate("CallSheet", "Goal"), objective),
        (QCoreApplication.translate("CallSheet", "Tries"), tries),
        (QCoreApplication.translate("CallSheet", "Last touch"), last_touch),
        (QCoreApplication.translate("CallSheet", "Rapport"), rapport),
        (QCoreApplication.translate("CallSheet", "Best time"), one_line(lead.best_time, 80)),
    ]
    return SheetRow(
        followup_id=0,
        lead_id=int(lead.id or 0),
        when="",
        when_detail="",
        late=False,
        name=one_line(lead.name, 120),
        company=one_line(lead.company, 120),
        phone=lead.phone.strip(),
        contact=_contact(lead, Channel.CALL) or lead.email,
        channel=Channel.CALL,
        channel_text=tries,
        objective=objective,
        role=_role(lead, lead),
        last_touch=last_touch,
        rapport=rapport,
        best_time=one_line(lead.best_time, 80),
        details=tuple((label, text) for label, text in details if text),
        goal=objective,
        cue=_cue(tries, last_touch=last_touch),
    )


def _summary(sections: Sequence[SheetSection], counts: DueCounts, locale: QLocale) -> str:
    """The same sentence as Today's (``agenda_text.due_sentence``), of the rows on the sheet:
    ``counts`` (the agenda's) with each section's number replaced by the sheet's."""
    on_sheet = {kind.value: 0 for kind in SectionKind} | {s.kind.value: len(s.rows) for s in sections}
    return due_sentence(replace(counts, **on_sheet), locale)


# --- the sheet ------------------------------------------------------------------------------


def build_callsheet(
    book: LeadBook,
    day: date | None = None,
    *,
    include_written: bool = True,
    locale: QLocale | None = None,
    layout: SheetLayout = SheetLayout.COMPACT,
) -> CallSheet:
    """The call sheet of ``day`` (default: the book's today). Without ``include_written``,
    e-mails and letters are left out (and counted in ``left_out``)."""
    locale = locale or QLocale()
    today = book.local_today()
    day = day or today
    zone = book.clock.zone
    agenda = book.agenda(day)
    chosen: list[tuple[SectionSource, list[Any]]] = []
    left_out = 0
    for source in SECTION_SOURCES:
        rows = list(source.rows(agenda, day, today))
        if not include_written and source.kind not in (SectionKind.REVISITS, SectionKind.DECIDE):  # calls
            kept = [r for r in rows if r.followup.channel not in WRITTEN_CHANNELS]
            left_out += len(rows) - len(kept)
            rows = kept
        chosen.append((source, rows))
    lead_ids = list(dict.fromkeys(_lead_id(r) for _, rows in chosen for r in rows))
    leads = {lead.id: lead for lead in book.leads(lead_ids)} if lead_ids else {}
    last = {lead_id: last_done(book.followups(lead_id)) for lead_id in lead_ids}
    questions = _questions(book) if any(rows for source, rows in chosen if source.kind == SectionKind.REVISITS) else ()

    def make(r: Any, kind: SectionKind) -> SheetRow:
        lead_id = _lead_id(r)
        if kind == SectionKind.REVISITS:
            return revisit_sheet_row(r, day, leads.get(lead_id), last[lead_id], questions, zone, locale)
        if kind == SectionKind.DECIDE:
            return decide_sheet_row(r, agenda.decide_facts.get(lead_id), zone, locale)
        return sheet_row(r, kind, day, leads.get(lead_id), last[lead_id], zone, locale)

    #: Before the questions a revisit asks, on one line under its section's title.
    ask = QCoreApplication.translate("CallSheet", "Ask: %1")
    sections = tuple(
        SheetSection(
            source.kind,
            source.title(),
            tuple(make(r, source.kind) for r in rows),
            ask.replace("%1", " · ".join(questions)) if source.kind == SectionKind.REVISITS and questions else "",
        )
        for source, rows in chosen
        if rows
    )
    date_text = long_date(day, locale)
    left_text = CallSheetText.tr("%n e-mail(s) or letter(s) left out", "", left_out) if left_out else ""  # fmt: skip
    if include_written:
        empty_text = QCoreApplication.translate(
            "CallSheet",
            "No calls, meetings, e-mails or first responses are due on this day. "
            "A good day to plan the next step of a lead that has none.",
        )
    else:
        empty_text = QCoreApplication.translate(
            "CallSheet", "No calls, meetings or first responses are due on this day."
        )
    return CallSheet(
        day=day,
        kicker=QCoreApplication.translate("CallSheet", "Call sheet"),
        date_text=date_text,
        summary=_summary(sections, agenda.due_counts, locale),
        left_out=left_text,
        sections=sections,
        include_written=include_written,
        empty_title=QCoreApplication.translate("CallSheet", "Nothing due — a clear day"),
        empty_text=empty_text,
        notes_label=QCoreApplication.translate("CallSheet", "Notes"),
        no_phone=QCoreApplication.translate("CallSheet", "No phone number"),
        footer=QCoreApplication.translate("CallSheet", "Call sheet · %1").replace("%1", date_text),
        page_template=QCoreApplication.translate("CallSheet", "Page %1 of %2"),
        continued_template=QCoreApplication.translate("CallSheet", "%1 (continued)"),
        locale_name=locale.name(),
        layout=layout,
    )
