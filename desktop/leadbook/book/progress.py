"""The follow-up mirror: the seller's own persistence over a period, one method per figure.

The counts come from ``store/progress.py`` (aggregates in SQL, through indexes), the rules and the
figures' value types from ``core.progress``; both load with the first figure asked for, not with the
book (``core/deferred.py``). A figure holds numbers only; the leads behind any of them are read when asked
for, by a key naming the number (``progress_leads(period, "touches:1")``), so the Leads list can
show exactly those leads (``LeadQuery(lead_ids=...)``).
"""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import TYPE_CHECKING

from ..core.clock import utc_iso
from ..core.deferred import deferred
from ..core.followups import to_instant
from ..core.model import Source
from ..store import followups as fu_store
from ..store.database import known_errors
from .session import Session

if TYPE_CHECKING:  # the figures' rules, counts and values load with the Progress page (or `leadbook stats`)
    from ..core import progress as progress_rules
    from ..core.progress import (
        FirstResponse,
        NeverFollowedUp,
        NothingSlipped,
        Period,
        Persistence,
        Progress,
        RevisitResults,
        Span,
        WonAfter,
    )
    from ..store import progress as progress_store

    DecisionCounts = list[progress_store.DecisionCount]
    CreatedCounts = list[progress_store.CreatedCount]
else:
    progress_rules = deferred("leadbook.core.progress")
    progress_store = deferred("leadbook.store.progress")


class ProgressMixin(Session):
    """The Progress page's figures; each takes a ``Period`` (ending today) or a ``Span`` of days."""

    def progress_span(self, period: Period | Span) -> Span:
        return period.span(self.local_today()) if isinstance(period, progress_rules.Period) else period

    def _bounds(self, period: Period | Span) -> tuple[str | None, str]:
        """The period as UTC instants: from its first day's midnight to its last day's end."""
        span = self.progress_span(period)
        zone = self.clock.zone
        since = utc_iso(to_instant(span.first, time(0, 0), zone)) if span.first else None
        return since, utc_iso(to_instant(span.last + timedelta(days=1), time(0, 0), zone))

    def _quiet_since(self) -> str:
        return utc_iso(self.clock.now() - timedelta(days=progress_rules.STOPPED_AFTER_DAYS))

    def _decision_counts(self, period: Period | Span) -> DecisionCounts:
        since, until = self._bounds(period)
        with known_errors(self.path):
            return progress_store.decision_counts(
                self._db, since, until, self._quiet_since(), progress_rules.MOST_TOUCHES_SHOWN
            )

    def persistence(self, period: Period | Span, *, _counts: DecisionCounts | None = None) -> Persistence:
        """Touches before each decision of the period: the chart's bars, the average, and the
        leads let go after one touch."""
        counts = self._decision_counts(period) if _counts is None else _counts
        buckets = [0] * (progress_rules.MOST_TOUCHES_SHOWN + 1)
        decisions = dict.fromkeys(progress_rules.Decision, 0)
        for row in counts:
            buckets[row.bucket] += row.leads
            decisions[progress_rules.Decision(row.decision)] += row.leads
        decided = sum(buckets)
        let_go = [row for row in counts if row.decision != progress_rules.Decision.WON.value]
        return progress_rules.Persistence(
            tuple(buckets),
            decisions,
            sum(row.touches for row in counts) / decided if decided else None,
            sum(row.leads for row in let_go),
            sum(row.leads for row in let_go if row.bucket == 1),
        )

    def won_after(self, period: Period | Span, *, _counts: DecisionCounts | None = None) -> WonAfter:
        """The leads won in the period, by the touch they were won on."""
        counts = self._decision_counts(period) if _counts is None else _counts
        buckets = [0] * (progress_rules.MOST_TOUCHES_SHOWN + 1)
        for row in counts:
            if row.decision == progress_rules.Decision.WON.value:
                buckets[row.bucket] += row.leads
        return progress_rules.WonAfter(tuple(buckets))

    def _created_counts(self, period: Period | Span) -> CreatedCounts:
        since, until = self._bounds(period)
        targets = self.settings().first_response_hours
        with known_errors(self.path):
            return progress_store.created_counts(
                self._db, since, until, self._now(), targets, [s.value for s in Source]
            )

    def never_followed_up(self, period: Period | Span, *, _counts: CreatedCounts | None = None) -> NeverFollowedUp:
        """Leads created in the period that have had no touch at all."""
        counts = self._created_counts(period) if _counts is None else _counts
        return progress_rules.NeverFollowedUp(sum(c.leads for c in counts), sum(c.untouched for c in counts))

    def first_response(self, period: Period | Span, *, _counts: CreatedCounts | None = None) -> FirstResponse:
        """Time from a lead's creation to its first touch, per source, against the targets in
        Settings; web inquiries against the one-hour mark as well."""
        counts = self._created_counts(period) if _counts is None else _counts
        targets = self.settings().first_response_hours
        rows = []
        for source in Source:
            found = next((c for c in counts if c.source == source.value), None)
            if found is None:
                continue
            target = targets.get(source.value)
            rows.append(progress_rules.SourceResponse(source, found.leads, found.median_hours,
                                       None if target is None else float(target), found.within, found.missed))  # fmt: skip
        web = [c for c in counts if c.source == Source.WEB.value]
        return progress_rules.FirstResponse(
            tuple(rows), sum(c.within_hour for c in web), sum(c.later_than_hour for c in web)
        )

    def revisit_results(self, period: Period | Span, *, _counts: DecisionCounts | None = None) -> RevisitResults:
        """No's called back in the period, those reopened, and the wins they brought."""
        since, until = self._bounds(period)
        counts = self._decision_counts(period) if _counts is None else _counts
        with known_errors(self.path):
            revisited, reopened = progress_store.revisit_counts(self._db, since, until)
        wins = [row for row in counts if row.decision == progress_rules.Decision.WON.value]
        won = sum(row.revisited for row in wins)
        return progress_rules.RevisitResults(revisited, reopened, won, sum(row.leads for row in wins) - won)

    def nothing_slipped(self, period: Period | Span) -> NothingSlipped:
        """Each finished day of the period: was anything due, and did something slip (not done,
        moved or cancelled by the day's end)? And how many active leads have nothing planned now."""
        span = self.progress_span(period)
        yesterday = self.local_today() - timedelta(days=1)
        with known_errors(self.path):
            days: list[date] = []
            if span.first is not None:
                days = span.days()
            elif first := progress_store.first_due_day(self._db):  # "all": from the first day anything was due
                days = span.days(date.fromisoformat(first))
            days = [d for d in days if d <= yesterday]
            ends = [(d.isoformat(), self._day_ends(d)) for d in days]
            states = progress_store.day_states(self._db, ends)
            without = fu_store.count_without_next_step(self._db)
        return progress_rules.NothingSlipped(
            tuple(progress_rules.DayState(date.fromisoformat(day), had, slipped) for day, had, slipped in states),
            without,
        )

    def _day_ends(self, day: date) -> str:
        return utc_iso(to_instant(day + timedelta(days=1), time(0, 0), self.clock.zone))

    def progress(self, period: Period | Span) -> Progress:
        """Every figure of the Progress page, each query run once."""
        counts = self._decision_counts(period)
        created = self._created_counts(period)
        return progress_rules.Progress(
            self.progress_span(period),
            self.persistence(period, _counts=counts),
            self.never_followed_up(period, _counts=created),
            self.first_response(period, _counts=created),
            self.won_after(period, _counts=counts),
            self.revisit_results(period, _counts=counts),
            self.nothing_slipped(period),
        )

    # --- the leads behind a number ----------------------------------------------------------------

    def progress_leads(self, period: Period | Span, key: str) -> list[int]:
        """The leads behind one number of the page, for the Leads list's filter. ``key`` names it:
        "decided", "decided:<decision>", "touches:<n>", "stopped_after_one", "five_or_more",
        "won_on:<n>", "won_after_revisit", "created", "untouched", "source:<source>",
        "missed:<source>", "web_within_hour", "web_later", "revisited", "reopened",
        "without_next_step", "slipped:<YYYY-MM-DD>". An unknown key is a KeyError."""
        kind, _, arg = key.partition(":")
        since, until = self._bounds(period)
        with known_errors(self.path):
            if kind in _DECIDED_KEYS:
                rows = progress_store.decided_leads(self._db, since, until, self._quiet_since())
                return [i for i, decision, touches, revisited in rows
                        if _decided_matches(kind, arg, decision, progress_rules.touch_bucket(touches), revisited)]  # fmt: skip
            if kind in _CREATED_KEYS:
                targets = self.settings().first_response_hours
                found = progress_store.created_leads(self._db, since, until, self._now(), targets)
                return [i for i, source, untouched, within, within_hour in found
                        if _created_matches(kind, arg, source, untouched, within, within_hour)]  # fmt: skip
            if kind in ("revisited", "reopened"):
                revisited = progress_store.revisited_leads(self._db, since, until)
                return list(dict.fromkeys(i for i, reopened in revisited if kind == "revisited" or reopened))
            if kind == "without_next_step":
                return progress_store.without_next_step_ids(self._db)
            if kind == "slipped":
                day = date.fromisoformat(arg)
                return progress_store.slipped_on(self._db, day.isoformat(), self._day_ends(day))
        raise KeyError(key)

    def slipped_leads(self, day: date) -> list[int]:
        """The leads whose follow-ups due on ``day`` slipped (for the strip's click)."""
        return self.progress_leads(progress_rules.Period.ALL, f"slipped:{day.isoformat()}")


_DECIDED_KEYS = ("decided", "touches", "stopped_after_one", "five_or_more", "won_on", "won_after_revisit")
_CREATED_KEYS = ("created", "untouched", "source", "missed", "web_within_hour", "web_later")


def _decided_matches(kind: str, arg: str, decision: str, bucket: int, revisited: bool) -> bool:
    won = decision == progress_rules.Decision.WON.value
    if kind == "decided":
        return not arg or decision == arg
    if kind in ("touches", "won_on"):
        return (won or kind == "touches") and arg.isdigit() and bucket == int(arg)
    if kind == "stopped_after_one":
        return not won and bucket == 1
    if kind == "five_or_more":
        return bucket == progress_rules.MOST_TOUCHES_SHOWN
    return won and revisited  # won_after_revisit


def _created_matches(kind: str, arg: str, source: str, untouched: bool, within: bool | None,
                     within_hour: bool | None) -> bool:  # fmt: skip
    return {
        "created": True,
        "untouched": untouched,
        "source": source == arg,
        "missed": source == arg and within is False,
        "web_within_hour": within_hour is True,
        "web_later": within_hour is False,
    }[kind]
