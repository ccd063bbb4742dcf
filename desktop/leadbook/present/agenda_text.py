"""The agenda in words: what each Today row says, shared by the Today view and ``leadbook today``.

No widgets here (the terminal verb must not need a display): cell texts, countdowns,
section titles and the plain-text rendering. Strings go through
``QCoreApplication.translate("Agenda", ...)``, dates and times through ``QLocale``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from enum import Enum
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale

from ..core.clock import from_utc_iso
from ..core.followups import Objective, State
from ..core.frozen import FrozenRecord
from ..core.model import Channel, Lead
from ..core.sanitise import shown_text
from ..store.revisits import RevisitRow
from . import texts
from .formatting import long_date, short_date, short_time
from .i18n import TranslationContext, spoken_list
from .revisits_text import reason_name

if TYPE_CHECKING:  # the words need no book: the call sheet (interop) uses them, and the book imports interop
    from ..book import Agenda, AgendaRow, DueCounts, LeadBook


class AgendaText(TranslationContext):
    """Translation context "AgendaText" for module-level text: ``AgendaText.tr(text)`` and, for plurals,
    ``AgendaText.tr("%n thing(s)", "", n)`` are calls pyside6-lupdate extracts (a helper or a variable n
    passed to ``QCoreApplication.translate`` it does not see as a plural)."""


class Section(str, Enum):
    """Today's sections, in the order they are shown."""

    OVERDUE = "overdue"
    TODAY = "today"
    FIRST_RESPONSES = "first_responses"
    REVISITS = "revisits"
    DECIDE = "decide"
    TOMORROW = "tomorrow"


SECTIONS: tuple[Section, ...] = tuple(Section)


def section_title(section: Section) -> str:
    return {
        Section.OVERDUE: QCoreApplication.translate("Agenda", "Overdue"),
        Section.TODAY: QCoreApplication.translate("Agenda", "Today"),
        Section.FIRST_RESPONSES: QCoreApplication.translate("Agenda", "First responses due"),
        Section.REVISITS: QCoreApplication.translate("Agenda", "Revisits due: they said no, ask again"),
        Section.DECIDE: QCoreApplication.translate("Agenda", "Decide: the stop rule is reached"),
        Section.TOMORROW: QCoreApplication.translate("Agenda", "Tomorrow"),
    }[section]


def column_titles() -> list[str]:
    return [
        QCoreApplication.translate("Agenda", "When"),
        QCoreApplication.translate("Agenda", "Lead"),
        QCoreApplication.translate("Agenda", "Company"),
        QCoreApplication.translate("Agenda", "Phone"),
        QCoreApplication.translate("Agenda", "Channel"),
        QCoreApplication.translate("Agenda", "Objective"),
        QCoreApplication.translate("Agenda", "Attempt"),
        QCoreApplication.translate("Agenda", "Last touch"),
    ]


# --- loading ------------------------------------------------------------------------------


def load_agenda(book: LeadBook, day: date | None = None, limit: int | None = None) -> Agenda:
    """``book.agenda(day)`` as Today shows it: with ``limit``, the first rows of each section
    and the count of all of them."""
    return book.agenda(day, limit=limit)


def rows_of(agenda: Agenda, section: Section) -> list[AgendaRow] | list[Lead] | list[RevisitRow]:
    rows: dict[Section, list[AgendaRow] | list[Lead] | list[RevisitRow]] = {
        Section.OVERDUE: agenda.overdue,
        Section.TODAY: agenda.today,
        Section.FIRST_RESPONSES: agenda.first_responses,
        Section.REVISITS: agenda.revisits,
        Section.DECIDE: agenda.decide,
        Section.TOMORROW: agenda.tomorrow,
    }
    return rows[section]


def total_of(agenda: Agenda, section: Section) -> int:
    """How many rows ``section`` has, whether or not the agenda lists them all."""
    return agenda.total(section.value)


# --- small texts --------------------------------------------------------------------------


def duration_text(minutes: int, locale: QLocale | None = None) -> str:
    """42 min, 2 h 5 min, 1 d 3 h: short enough for a column, exact enough to act on."""
    locale = locale or QLocale()
    if minutes < 60:
        return QCoreApplication.translate("Agenda", "%1 min").replace("%1", locale.toString(minutes))
    hours, mins = divmod(minutes, 60)
    if hours < 24:
        if mins == 0:
            return QCoreApplication.translate("Agenda", "%1 h").replace("%1", locale.toString(hours))
        return (
            QCoreApplication.translate("Agenda", "%1 h %2 min")
            .replace("%1", locale.toString(hours))
            .replace("%2", locale.toString(mins))
        )
    days, hours = divmod(hours, 24)
    if hours == 0:
        return QCoreApplication.translate("Agenda", "%1 d").replace("%1", locale.toString(days))
    return (
        QCoreApplication.translate("Agenda", "%1 d %2 h")
        .replace("%1", locale.toString(days))
        .replace("%2", locale.toString(hours))
    )


def time_left(due: datetime, now: datetime, locale: QLocale | None = None) -> tuple[str, bool]:
    """The countdown of a first response and whether it is late: ("in 42 min", False),
    ("2 h 5 min left", False), ("overdue by 1 h 10 min", True)."""
    seconds = (due - now).total_seconds()
    if seconds >= 0:
        minutes = int(-(-seconds // 60))  # a part-minute still left counts as a minute
        if minutes == 0:
            return QCoreApplication.translate("Agenda", "due now"), False
        if minutes < 60:
            return QCoreApplication.translate("Agenda", "in %1").replace("%1", duration_text(minutes, locale)), False
        return QCoreApplication.translate("Agenda", "%1 left").replace("%1", duration_text(minutes, locale)), False
    minutes = int(-seconds // 60)
    if minutes == 0:
        return QCoreApplication.translate("Agenda", "due now"), False
    return QCoreApplication.translate("Agenda", "overdue by %1").replace("%1", duration_text(minutes, locale)), True


def attempt_text(attempt: int, locale: QLocale | None = None) -> str:
    return QCoreApplication.translate("Agenda", "#%1").replace("%1", (locale or QLocale()).toString(attempt))


def last_touch_text(utc_text: str, zone: ZoneInfo, locale: QLocale | None = None) -> str:
    if not utc_text:
        return "—"
    return short_date(from_utc_iso(utc_text).astimezone(zone).date(), locale)


def streak_text(streak: int, locale: QLocale | None = None) -> str:
    return AgendaText.tr("%n try/tries without an answer", "", streak)


def without_next_step_text(count: int, locale: QLocale | None = None) -> str:
    return AgendaText.tr("%n active lead(s) has/have no next step", "", count)


def section_count_text(section: str, count: int) -> str:
    """ "25 overdue", "1 first response", "6 revisits": one named part of ``due_sentence``."""
    if section == "overdue":
        return AgendaText.tr("%n overdue", "", count)
    if section == "today":
        return AgendaText.tr("%n today", "", count)
    if section == "first_responses":
        return AgendaText.tr("%n first response(s)", "", count)
    if section == "revisits":
        return AgendaText.tr("%n revisit(s)", "", count)
    return AgendaText.tr("%n to decide", "", count)


def due_sentence(counts: DueCounts, locale: QLocale | None = None) -> str:
    """ "104 to do: 27 overdue, 51 today, 12 first responses, 6 revisits, and 8 to decide" or
    "Nothing due.": the one sentence Today, the call sheet and ``leadbook today`` say. Every
    section it counts is named, so the parts add up to the total (the list is joined as the app's
    language joins one, ``spoken_list``: "a、b和c" in Chinese); ``locale`` formats the numbers."""
    locale = locale or QLocale()
    if counts.total == 0:
        return QCoreApplication.translate("Agenda", "Nothing due.")
    parts = [section_count_text(section, count) for section, count in counts.parts() if count]
    return (
        QCoreApplication.translate("Agenda", "%1 to do: %2")
        .replace("%1", locale.toString(counts.total))
        .replace("%2", spoken_list(parts))
    )


def summary_text(agenda: Agenda, locale: QLocale | None = None) -> str:
    """The line under the date: ``due_sentence`` of the agenda's counts."""
    return due_sentence(agenda.due_counts, locale)


# --- rows ---------------------------------------------------------------------------------


class Cells(FrozenRecord):
    """What one agenda row says, column by column (see ``column_titles``)."""

    when: str
    lead: str
    company: str
    phone: str
    channel: str
    objective: str
    attempt: str
    last_touch: str
    late: bool = False
    tooltip: str = ""

    def columns(self) -> list[str]:
        return [self.when, self.lead, self.company, self.phone, self.channel, self.objective, self.attempt,
                self.last_touch]  # fmt: skip


class CellFormats:
    """The small texts many rows share (times, dates, channel and objective names, attempt
    numbers), each made once: Today formats hundreds of rows per refresh, and QLocale and
    translate calls were most of that work."""

    def __init__(self, zone: ZoneInfo, locale: QLocale | None = None) -> None:
        self.zone = zone
        self.locale = locale or QLocale()
        self._memo: dict[tuple[str, object], str] = {}

    def _get(self, kind: str, key: object, make: Callable[[], str]) -> str:
        text = self._memo.get((kind, key))
        if text is None:
            text = self._memo[(kind, key)] = make()
        return text

    def time(self, at: time) -> str:
        return self._get("time", at, lambda: short_time(at, self.locale))

    def date(self, day: date) -> str:
        return self._get("date", day, lambda: short_date(day, self.locale))

    def channel(self, channel: Channel) -> str:
        return self._get("channel", channel, lambda: texts.channel_name(channel))

    def objective(self, objective: Objective) -> str:
        return self._get("objective", objective, lambda: texts.objective_name(objective))

    def attempt(self, attempt: int) -> str:
        return self._get("attempt", attempt, lambda: attempt_text(attempt, self.locale))

    def last_touch(self, utc_text: str) -> str:
        if not utc_text:
            return "—"
        return self.date(from_utc_iso(utc_text).astimezone(self.zone).date())

    def yesterday(self) -> str:
        return self._get("word", "yesterday", lambda: QCoreApplication.translate("Agenda", "Yesterday"))

    def all_day(self) -> str:
        return self._get("word", "all day", lambda: QCoreApplication.translate("Agenda", "all day"))


def _due_instant(row: AgendaRow, zone: ZoneInfo) -> datetime:
    return from_utc_iso(row.followup.due_at) if row.followup.due_at else row.followup.due.instant(zone)


def followup_cells(
    row: AgendaRow,
    section: Section,
    day: date,
    now: datetime,
    zone: ZoneInfo,
    locale: QLocale | None = None,
    formats: CellFormats | None = None,
) -> Cells:
    """The texts of a follow-up row: the time for today and tomorrow, the date for overdue
    ones, the countdown for first responses. ``formats`` shares texts between rows."""
    formats = formats or CellFormats(zone, locale)
    locale = formats.locale
    fu = row.followup
    at = formats.time(fu.due.at) if fu.due.at is not None else ""
    late = False
    tooltip = ""
    if section == Section.FIRST_RESPONSES:
        when, late = time_left(_due_instant(row, zone), now, locale)
        local_due = _due_instant(row, zone).astimezone(zone)
        tooltip = QCoreApplication.translate("Agenda", "Answer by %1").replace(
            "%1", f"{short_date(local_due.date(), locale)} {short_time(local_due.time(), locale)}"
        )
    elif section == Section.OVERDUE:
        on = formats.yesterday() if fu.due.day == day - timedelta(days=1) else formats.date(fu.due.day)
        when = f"{on} {at}" if at else on
        late = True
    else:
        when = at or formats.all_day()
    objective = formats.objective(fu.objective)
    if fu.objective_note.strip():
        objective = f"{objective}: {' '.join(shown_text(fu.objective_note).split())}"
    return Cells(  # what the book holds is shown with its control and bidi characters escaped
        when=when,
        lead=shown_text(row.lead_name),
        company=shown_text(row.company),
        phone=shown_text(row.phone),
        channel=formats.channel(fu.channel),
        objective=objective,
        attempt=formats.attempt(row.attempt),
        last_touch=formats.last_touch(row.last_touch_at),
        late=late,
        tooltip=tooltip,
    )


def lead_last_touch(book: LeadBook, lead_id: int) -> str:
    """The UTC time of the lead's latest logged touch, or ""."""
    done = [fu.done_at for fu in book.followups(lead_id) if fu.state == State.DONE and fu.done_at]
    return max(done, default="")


def decide_cells(
    book: LeadBook, lead: Lead, locale: QLocale | None = None, facts: tuple[int, str] | None = None
) -> Cells:
    """A lead at the stop rule: who, how many tries without an answer, and when the last one was.
    ``facts`` (attempts in a row, last touch) come with the agenda; without them they are read."""
    locale = locale or QLocale()
    lead_id = int(lead.id or 0)
    attempts, last = facts if facts is not None else (book.attempts_in_a_row(lead_id), lead_last_touch(book, lead_id))
    return Cells(
        when="",
        lead=shown_text(lead.name),
        company=shown_text(lead.company),
        phone=shown_text(lead.phone),
        channel="",
        objective=streak_text(attempts, locale),
        attempt="",
        last_touch=last_touch_text(last, book.clock.zone, locale),
    )


def revisit_cells(row: RevisitRow, locale: QLocale | None = None) -> Cells:
    """A "no" whose time to ask again has come: since when, and why they said no."""
    locale = locale or QLocale()
    return Cells(
        when=short_date(row.revisit_on, locale),
        lead=shown_text(row.lead_name),
        company=shown_text(row.company),
        phone=shown_text(row.phone),
        channel="",
        objective=QCoreApplication.translate("Agenda", "Said no: %1").replace("%1", reason_name(row.reason)),
        attempt="",
        last_touch="",
    )


def section_cells(
    book: LeadBook, agenda: Agenda, section: Section, locale: QLocale | None = None, limit: int | None = None
) -> list[Cells]:
    """The rows of one section as texts (the first ``limit`` of them); "now" is the book's
    clock, never the wall clock."""
    locale = locale or QLocale()
    if section == Section.DECIDE:
        return [decide_cells(book, lead, locale, agenda.decide_facts.get(int(lead.id or 0)))
                for lead in agenda.decide[:limit]]  # fmt: skip
    if section == Section.REVISITS:
        return [revisit_cells(row, locale) for row in agenda.revisits[:limit]]
    now, zone = book.clock.now(), book.clock.zone
    formats = CellFormats(zone, locale)
    rows: list[AgendaRow] = rows_of(agenda, section)[:limit]  # type: ignore[assignment]
    return [followup_cells(row, section, agenda.day, now, zone, locale, formats) for row in rows]


# --- the terminal -------------------------------------------------------------------------

_BOLD, _RED, _DIM, _RESET = "\033[1m", "\033[31m", "\033[2m", "\033[0m"
_MAX_WIDTH = {1: 24, 2: 26, 5: 30}  # lead, company, objective: long values end in "…"


def display_width(text: str) -> int:
    """Terminal cells: Chinese characters take two, combining marks none."""
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def _clip(text: str, limit: int) -> str:
    if display_width(text) <= limit:
        return text
    out, width = "", 0
    for char in text:
        step = 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
        if width + step > limit - 1:
            break
        out, width = out + char, width + step
    return out + "…"


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def _table(rows: list[list[str]], indent: str = "  ") -> list[str]:
    """Rows aligned in columns; columns that are empty in every row are left out."""
    if not rows:
        return []
    count = len(rows[0])
    rows = [[_clip(cell, _MAX_WIDTH.get(i, 40)) for i, cell in enumerate(row)] for row in rows]
    keep = [i for i in range(count) if any(row[i] for row in rows)]
    widths = {i: max(display_width(row[i]) for row in rows) for i in keep}
    lines = []
    for row in rows:
        cells = [_pad(row[i], widths[i]) for i in keep]
        lines.append((indent + "  ".join(cells)).rstrip())
    return lines


def render_agenda(agenda: Agenda, book: LeadBook, *, color: bool = False, locale: QLocale | None = None) -> str:
    """The agenda as plain text for a terminal: title, counts, each non-empty section with
    aligned columns, and the "no next step" line. ``color`` adds ANSI bold/red (TTYs only)."""
    locale = locale or QLocale()

    def style(text: str, code: str) -> str:
        return f"{code}{text}{_RESET}" if color else text

    today = book.local_today()
    if agenda.day == today:
        title = QCoreApplication.translate("Agenda", "Today, %1").replace("%1", long_date(agenda.day, locale))
    else:
        title = QCoreApplication.translate("Agenda", "Agenda for %1").replace("%1", long_date(agenda.day, locale))
    lines = [style(title, _BOLD), summary_text(agenda, locale)]
    shown = [(section, cells) for section in SECTIONS if (cells := section_cells(book, agenda, section, locale))]
    # Follow-ups line up across sections; the leads to decide have columns of their own.
    followups = [c for section, cells in shown if section != Section.DECIDE for c in cells]
    aligned = iter(_table([[c.when, c.lead, c.company, c.phone, c.channel, c.objective, c.attempt] for c in followups]))
    decide = iter(_table([[c.lead, c.company, c.phone, c.objective,
                           QCoreApplication.translate("Agenda", "last touch %1").replace("%1", c.last_touch)]
                          for section, cells in shown if section == Section.DECIDE for c in cells]))  # fmt: skip
    for section, cells in shown:
        total = total_of(agenda, section)
        lines.append("")
        lines.append(style(f"{section_title(section)} ({locale.toString(total)})", _BOLD))
        for cell in cells:
            line = next(decide if section == Section.DECIDE else aligned)
            if section == Section.TOMORROW:
                line = style(line, _DIM)
            elif cell.late and color:
                line = line.replace(cell.when, style(cell.when, _RED), 1)
            lines.append(line)
        if total > len(cells):  # the agenda was read with a limit
            more = QCoreApplication.translate("Agenda", "… and %1 more (leadbook today without --limit lists them all)")
            lines.append("  " + style(more.replace("%1", locale.toString(total - len(cells))), _DIM))
    if agenda.without_next_step > 0:
        lines.append("")
        lines.append(without_next_step_text(agenda.without_next_step, locale))
    return "\n".join(lines) + "\n"
