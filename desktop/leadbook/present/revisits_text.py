"""The revisit queue in words: reason names shared by the GUI, and ``leadbook revisits``.

No widgets here (the terminal verb must not need a display). Strings go through
``QCoreApplication.translate("Revisits", ...)``, dates and numbers through ``QLocale``.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from ..core.clock import Clock, from_utc_iso
from ..core.revisits import NoReason
from ..core.sanitise import shown_text
from .formatting import money, short_date
from .i18n import TranslationContext

if TYPE_CHECKING:  # the words need no book: the call sheet (interop) uses them, and the book imports interop
    from ..book import LeadBook, RevisitRow


class RevisitsText(TranslationContext):
    """Translation context "RevisitsText" for module-level text: ``RevisitsText.tr(text)`` and, for plurals,
    ``RevisitsText.tr("%n thing(s)", "", n)`` are calls pyside6-lupdate extracts (a helper or a variable n
    passed to ``QCoreApplication.translate`` it does not see as a plural)."""


def reason_name(reason: NoReason) -> str:
    return {
        NoReason.TIMING: QCoreApplication.translate("Revisits", "Not now / timing"),
        NoReason.SUPPLIER: QCoreApplication.translate("Revisits", "Has a supplier"),
        NoReason.BUDGET: QCoreApplication.translate("Revisits", "Budget"),
        NoReason.DECISION_MAKER: QCoreApplication.translate("Revisits", "Did not reach the decision-maker"),
        NoReason.NOT_INTERESTED: QCoreApplication.translate("Revisits", "Not interested"),
        NoReason.UNRESPONSIVE: QCoreApplication.translate("Revisits", "Unresponsive"),
        NoReason.OTHER: QCoreApplication.translate("Revisits", "Other"),
    }[reason]


def question_text(question: str) -> str:
    """Seed 003's default questions are translated; the user's own are shown as written."""
    return {
        "Is this still the person responsible for buying?":
            QCoreApplication.translate("Revisits", "Is this still the person responsible for buying?"),
        "How are things going with what you chose instead?":
            QCoreApplication.translate("Revisits", "How are things going with what you chose instead?"),
        "What made you decide against it last time?":
            QCoreApplication.translate("Revisits", "What made you decide against it last time?"),
    }.get(question, question)  # fmt: skip


def said_no_line(row: RevisitRow, book: LeadBook, locale: QLocale | None = None) -> str:
    """ "Said no on 23/11/2026: Budget (Anna Svensson, Buyer)"."""
    said = from_utc_iso(row.said_no_at).astimezone(book.clock.zone).date()
    text = QCoreApplication.translate("Revisits", "Said no on %1: %2 (%3)")
    text = text.replace("%1", short_date(said, locale)).replace("%2", reason_name(row.reason))
    return text.replace("%3", row.contact_person)


def _clean(text: str) -> str:
    """One line, control and bidi characters escaped (lead text must not steer the terminal)."""
    return " ".join(shown_text(text).split())


def render_revisits(book: LeadBook, day: date | None = None, *, locale: QLocale | None = None,
                    upcoming_days: int = 90) -> str:  # fmt: skip
    """Due and upcoming revisits as plain text, oldest first, with context and own results."""
    from datetime import timedelta  # noqa: PLC0415

    day = day or book.local_today()
    due = book.revisits(day)
    upcoming = book.upcoming_revisits(day, day + timedelta(days=upcoming_days))
    lines: list[str] = []
    for title, rows in (
        (QCoreApplication.translate("Revisits", "Revisits due"), due),
        (QCoreApplication.translate("Revisits", "Upcoming revisits"), upcoming),
    ):
        lines.append(f"{title} ({len(rows)})")
        if not rows:
            lines.append("  " + QCoreApplication.translate("Revisits", "None."))
        for row in rows:
            head = " — ".join(p for p in (_clean(row.lead_name), _clean(row.company)) if p)
            lines.append(
                f"  {short_date(row.revisit_on, locale)}  {head}  {money(row.value, row.currency, locale)}".rstrip()
            )
            lines.append("      " + _clean(said_no_line(row, book, locale)))
            if row.note:
                lines.append("      " + _clean(row.note))
            if row.phone or row.email:
                lines.append("      " + "  ".join(_clean(p) for p in (row.phone, row.email) if p))
        lines.append("")
    reopened, won = book.revisit_stats()
    result = QCoreApplication.translate("Revisits", "Own results: %1 reopened, %2 of them won.")
    lines.append(result.replace("%1", RevisitsText.tr("%n revisit(s)", "", reopened))
                 .replace("%2", (locale or QLocale()).toString(won)))  # fmt: skip
    questions = book.revisit_questions()
    lines.append(QCoreApplication.translate("Revisits", "Ask:"))
    lines += [f"  - {_clean(question_text(q))}" for q in questions]
    return "\n".join(lines) + "\n"


def print_revisits(path: Path | None, default_path: Path, day: date | None = None, clock: Clock | None = None) -> int:
    """``leadbook revisits [--db FILE]``: another book must exist; the own book is made on first use."""
    from ..book import LeadBook  # noqa: PLC0415 - only this verb opens a book; the words above need none
    from .i18n import follow_book  # noqa: PLC0415

    with LeadBook.open(path or default_path, clock, create=path is None) as book:
        follow_book(book.settings().language)
        sys.stdout.write(render_revisits(book, day))
        sys.stdout.flush()
    return 0
