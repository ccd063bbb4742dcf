"""The follow-up mirror in words: the Progress page's sentences and ``leadbook stats``.

The seller's own numbers and the research are said side by side, never mixed: each research
figure has its source (``research_source``, the page's tooltips and docs/progress.md). No widgets
here (the terminal verb needs no display); plurals are Qt numerus forms (``ProgressText.tr("%n …",
"", n)``), numbers and percentages through ``QLocale``.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale

from ..book import LeadBook
from ..core.clock import Clock
from ..core.progress import (
    AVERAGE_TOUCHES,
    FIVE_OR_MORE,
    MOST_TOUCHES_SHOWN,
    NEVER_FOLLOWED_UP,
    REVISIT_GAIN,
    STOP_AFTER_ONE,
    WEB_HOUR,
    WEB_HOUR_ODDS,
    FirstResponse,
    NeverFollowedUp,
    NothingSlipped,
    Period,
    Persistence,
    Progress,
    Research,
    RevisitResults,
    Span,
    WonAfter,
)
from . import texts
from .formatting import short_date as day_text
from .i18n import TranslationContext


class ProgressText(TranslationContext):
    """Translation context "ProgressText": ``ProgressText.tr(text)``, and for plurals
    ``ProgressText.tr("%n lead(s)", "", n)``, are calls pyside6-lupdate extracts."""


def _locale(locale: QLocale | None) -> QLocale:
    return locale or QLocale()


def percent(value: float | None, locale: QLocale | None = None) -> str:
    """30% (a share 0…1), whole percent; "—" when there is nothing to share."""
    if value is None:
        return "—"
    return ProgressText.tr("%1%", "a percentage").replace("%1", _locale(locale).toString(round(value * 100)))


def number(value: float | None, decimals: int = 1, locale: QLocale | None = None) -> str:
    return "—" if value is None else _locale(locale).toString(float(value), "f", decimals)


def duration(hours: float | None) -> str:
    """A time to answer, rounded to what matters: minutes under an hour, hours under two days."""
    if hours is None:
        return "—"
    if hours < 1:
        return ProgressText.tr("%n minute(s)", "", max(1, round(hours * 60)))
    if hours < 48:
        return ProgressText.tr("%n hour(s)", "", round(hours))
    return ProgressText.tr("%n day(s)", "", round(hours / 24))


def period_name(period: Period) -> str:
    return {
        Period.DAYS_30: ProgressText.tr("Last 30 days"),
        Period.DAYS_90: ProgressText.tr("Last 90 days"),
        Period.DAYS_365: ProgressText.tr("Last 365 days"),
        Period.ALL: ProgressText.tr("All time"),
    }[period]


def bucket_name(bucket: int) -> str:
    """A bar of the touch charts: "0" … "4", and "5+"."""
    if bucket >= MOST_TOUCHES_SHOWN:
        return ProgressText.tr("%1+", "five or more touches").replace("%1", str(MOST_TOUCHES_SHOWN))
    return str(bucket)


# --- the research, with its sources ----------------------------------------------------------


def research_source(figure: Research) -> str:
    """Where a research figure comes from, for its tooltip."""
    if figure.seed == "000":
        return ProgressText.tr("From the sales-advice article Leadbook is built on (seed 000): 80% of sales need five "
                               "or more follow-ups, and 44% of sellers give up after the first.")  # fmt: skip
    if figure.seed == "001":
        return ProgressText.tr("From the article Leadbook is built on (seed 001), citing a Harvard Business Review "
                               "study: 71% of leads are never followed up; the others get 1.3 follow-ups on "
                               "average.")  # fmt: skip
    if figure.seed == "003":
        return ProgressText.tr("From the article Leadbook is built on (seed 003): calling back the people who said "
                               "no brings 5–10% more sales.")  # fmt: skip
    return ProgressText.tr("Oldroyd, McElheran and Elkington, “The Short Life of Online Sales Leads”, Harvard "
                           "Business Review, March 2011: firms that tried to reach a web lead within an hour were "
                           "nearly seven times as likely to qualify it as those that waited even an hour longer.")  # fmt: skip


def research_mark(figure: Research, locale: QLocale | None = None) -> str:
    """The short label of a research mark on a chart or beside a number."""
    if figure is STOP_AFTER_ONE:
        return ProgressText.tr("Articles: %1 stop after one").replace("%1", percent(figure.value, locale))
    if figure is FIVE_OR_MORE:
        return ProgressText.tr("Articles: %1 of sales need 5+").replace("%1", percent(figure.value, locale))
    if figure is AVERAGE_TOUCHES:
        return ProgressText.tr("Articles: %1 on average").replace("%1", number(figure.value, 1, locale))
    if figure is NEVER_FOLLOWED_UP:
        return ProgressText.tr("Articles: %1 never followed up").replace("%1", percent(figure.value, locale))
    if figure is REVISIT_GAIN:
        return ProgressText.tr("Articles: %1–%2 more sales").replace("%1", number(figure.value * 100, 0, locale)) \
            .replace("%2", percent(figure.high, locale))  # fmt: skip
    return ProgressText.tr("HBR: %1×").replace("%1", str(WEB_HOUR_ODDS))


# --- the seller's own figures, one sentence each ----------------------------------------------------


def persistence_sentence(figure: Persistence, locale: QLocale | None = None) -> str:
    """ "You stopped after one touch on 12 of 40 leads (30%); the articles' sellers: 44%."."""
    if not figure.let_go:
        if figure.decided:
            return ProgressText.tr("You let no lead go in this period: every decision was a win.")
        return ProgressText.tr("No lead reached a decision in this period.")
    text = ProgressText.tr("You stopped after one touch on %1 of %n lead(s) (%2); the articles' sellers: %3.", "",
                           figure.let_go)  # fmt: skip
    return (text.replace("%1", _locale(locale).toString(figure.stopped_after_one))
            .replace("%2", percent(figure.stopped_after_one / figure.let_go, locale))
            .replace("%3", percent(STOP_AFTER_ONE.value, locale)))  # fmt: skip


def average_sentence(figure: Persistence, locale: QLocale | None = None) -> str:
    """The seller's average touches before a decision and the share with five or more."""
    if not figure.decided:
        return ""
    text = ProgressText.tr("%n lead(s) decided after %1 touches on average (the articles: %2); %3 had five or more "
                           "(the articles: %4 of sales need that many).", "", figure.decided)  # fmt: skip
    return (text.replace("%1", number(figure.average, 1, locale))
            .replace("%2", number(AVERAGE_TOUCHES.value, 1, locale))
            .replace("%3", percent(figure.five_or_more / figure.decided, locale))
            .replace("%4", percent(FIVE_OR_MORE.value, locale)))  # fmt: skip


def never_sentence(figure: NeverFollowedUp, locale: QLocale | None = None) -> str:
    if not figure.created:
        return ProgressText.tr("No lead was added in this period.")
    text = ProgressText.tr("%1 of the %n lead(s) added in this period never had a touch (%2); the articles: %3.", "",
                           figure.created)  # fmt: skip
    return (text.replace("%1", _locale(locale).toString(figure.untouched))
            .replace("%2", percent(figure.share, locale))
            .replace("%3", percent(NEVER_FOLLOWED_UP.value, locale)))  # fmt: skip


def source_line(row: object, locale: QLocale | None = None) -> str:
    """One source's first responses: median time and the share within its target."""
    source = row.source  # type: ignore[attr-defined]
    name = texts.source_name(source)
    if row.target_hours is None:  # type: ignore[attr-defined]
        text = ProgressText.tr("%1: first touch after %2 (median); no target set.")
        return text.replace("%1", name).replace("%2", duration(row.median_hours))  # type: ignore[attr-defined]
    text = ProgressText.tr("%1: first touch after %2 (median); %3 within the target of %4.")
    return (text.replace("%1", name).replace("%2", duration(row.median_hours))  # type: ignore[attr-defined]
            .replace("%3", percent(row.share_within, locale))  # type: ignore[attr-defined]
            .replace("%4", duration(row.target_hours)))  # type: ignore[attr-defined]  # fmt: skip


def web_sentence(figure: FirstResponse, locale: QLocale | None = None) -> str:
    counted = figure.web_within_hour + figure.web_later
    if not counted:
        return ProgressText.tr("No web inquiry to answer in this period.")
    text = ProgressText.tr("Web inquiries answered within an hour: %1 of %n (%2).", "", counted)
    return text.replace("%1", _locale(locale).toString(figure.web_within_hour)).replace(
        "%2", percent(figure.web_share, locale)
    )


def won_sentence(figure: WonAfter, locale: QLocale | None = None) -> str:
    if not figure.won:
        return ProgressText.tr("No lead was won in this period.")
    late = figure.buckets[MOST_TOUCHES_SHOWN]
    text = ProgressText.tr("%n lead(s) won; %1 of them on the fifth touch or later (%2).", "", figure.won)
    return text.replace("%1", _locale(locale).toString(late)).replace("%2", percent(late / figure.won, locale))


def revisits_sentence(figure: RevisitResults, locale: QLocale | None = None) -> str:
    if not figure.revisited and not figure.won:
        return ProgressText.tr("No “no” was called back in this period.")
    text = ProgressText.tr("%n “no”(s) called back: %1 reopened, %2 won since.", "", figure.revisited)
    text = text.replace("%1", _locale(locale).toString(figure.reopened))
    text = text.replace("%2", _locale(locale).toString(figure.won))
    if figure.gain is None:
        return text
    gain = ProgressText.tr("Wins from revisits: %1 more sales than your other wins alone (the articles: %2).")
    gain = gain.replace("%1", percent(figure.gain, locale)).replace("%2", research_mark_range(locale))
    # Chinese sets sentences one after another without a space.
    return ProgressText.tr("%1 %2", "two sentences, one after the other").replace("%1", text).replace("%2", gain)


def research_mark_range(locale: QLocale | None = None) -> str:
    """5–10%."""
    return (
        ProgressText.tr("%1–%2", "a range of percentages")
        .replace("%1", number(REVISIT_GAIN.value * 100, 0, locale))
        .replace("%2", percent(REVISIT_GAIN.high, locale))
    )


def slipped_sentence(figure: NothingSlipped, locale: QLocale | None = None) -> str:
    worked = sum(1 for d in figure.days if d.had_work)
    if not worked:
        return ProgressText.tr("No follow-up was due in this period.")
    text = ProgressText.tr("Nothing slipped on %1 of %n day(s) with follow-ups due; streak: %2.", "", worked)
    return text.replace("%1", _locale(locale).toString(figure.clean_days)).replace(
        "%2", ProgressText.tr("%n day(s)", "", figure.streak)
    )


def without_next_step_sentence(figure: NothingSlipped) -> str:
    if not figure.without_next_step:
        return ProgressText.tr("Every active lead has a next step.")
    return ProgressText.tr("%n active lead(s) without a next step now.", "", figure.without_next_step)


def span_text(span: Span, locale: QLocale | None = None) -> str:

    if span.first is None:
        return ProgressText.tr("Everything until %1").replace("%1", day_text(span.last, locale))
    return (
        ProgressText.tr("%1 to %2")
        .replace("%1", day_text(span.first, locale))
        .replace("%2", day_text(span.last, locale))
    )


# --- leadbook stats -------------------------------------------------------------------------------------


def render_stats(progress: Progress, locale: QLocale | None = None) -> str:
    """Every figure of the Progress page as plain text, with the research beside it."""
    persistence = progress.persistence
    lines = [ProgressText.tr("Your follow-up: %1").replace("%1", span_text(progress.span, locale)), ""]

    def section(title: str, body: list[str]) -> None:
        lines.append(title)
        lines.extend("  " + line for line in body if line)
        lines.append("")

    bars = "  ".join(f"{bucket_name(k)}: {_locale(locale).toString(n)}"
                     for k, n in enumerate(persistence.buckets))  # fmt: skip
    section(ProgressText.tr("Persistence (touches before a decision)"),
            [bars if persistence.decided else "", persistence_sentence(persistence, locale),
             average_sentence(persistence, locale)])  # fmt: skip
    section(ProgressText.tr("Never followed up"), [never_sentence(progress.never_followed_up, locale)])
    first = progress.first_response
    section(ProgressText.tr("First response by source"),
            [*(source_line(row, locale) for row in first.sources), web_sentence(first, locale)])  # fmt: skip
    won = progress.won_after
    won_bars = "  ".join(f"{bucket_name(k)}: {_locale(locale).toString(n)}"
                         for k, n in enumerate(won.buckets) if k)  # fmt: skip
    section(ProgressText.tr("Won after how many touches"), [won_bars if won.won else "", won_sentence(won, locale)])
    section(ProgressText.tr("Revisits"), [revisits_sentence(progress.revisits, locale)])
    slipped = progress.nothing_slipped
    section(ProgressText.tr("Nothing slipped"),
            [slipped_sentence(slipped, locale), without_next_step_sentence(slipped)])  # fmt: skip
    lines.append(ProgressText.tr("Sources of the research figures:"))
    for figure in (STOP_AFTER_ONE, NEVER_FOLLOWED_UP, REVISIT_GAIN, WEB_HOUR):
        lines.append("  - " + research_source(figure))
    return "\n".join(lines) + "\n"


def print_stats(path: Path | None, default_path: Path, since: date | None = None, clock: Clock | None = None) -> int:
    """``leadbook stats [--since DATE] [--db FILE]``: the last 365 days by default. Another book
    must exist; the own book is made on first use."""
    from .i18n import follow_book  # noqa: PLC0415

    with LeadBook.open(path or default_path, clock, create=path is None) as book:
        follow_book(book.settings().language)
        today = book.local_today()
        span = Span(since, today) if since is not None else Period.DAYS_365.span(today)
        sys.stdout.write(render_stats(book.progress(span)))
        sys.stdout.flush()
    return 0
