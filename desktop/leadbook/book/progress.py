"""The follow-up mirror: the seller's own persistence over a period, one method per figure.

The counts come from ``store/progress.py`` (aggregates in SQL, through indexes), the rules from
``core.progress``. A figure holds numbers only; the leads behind any of them are read when asked
for, by a key naming the number (``progress_leads(period, "touches:1")``), so the Leads list can
show exactly those leads (``LeadQuery(lead_ids=...)``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

from ..core.clock import utc_iso
from ..core.followups import to_instant
from ..core.model import Source
from ..core.progress import MOST_TOUCHES_SHOWN, STOPPED_AFTER_DAYS, Decision, Period, Span, share, touch_bucket
from ..store import followups as fu_store
from ..store import progress as progress_store
from ..store.database import known_errors
from .session import Session


@dataclass(frozen=True)
class Persistence:
    """Leads decided in the period by how many touches they had until then ("touches:N",
    "decided:won", "stopped_after_one", "five_or_more")."""

    buckets: tuple[int, ...]  # index 0 … MOST_TOUCHES_SHOWN (the last: that many or more)
    decisions: dict[Decision, int]
    average: float | None  # touches per decided lead
    let_go: int  # decided, not won: no, nurture, stopped
    stopped_after_one: int  # let go after exactly one touch

    @property
    def decided(self) -> int:
        return sum(self.buckets)

    @property
    def five_or_more(self) -> int:
        return self.buckets[MOST_TOUCHES_SHOWN]


@dataclass(frozen=True)
class WonAfter:
    """Leads won in the period by the touch they were won on ("won_on:N")."""

    buckets: tuple[int, ...]

    @property
    def won(self) -> int:
        return sum(self.buckets)


@dataclass(frozen=True)
class NeverFollowedUp:
    created: int  # "created"
    untouched: int  # "untouched"

    @property
    def share(self) -> float | None:
        return share(self.untouched, self.created)


@dataclass(frozen=True)
class SourceResponse:
    """First responses to the leads of one source created in the period ("source:web", "missed:web")."""

    source: Source
    created: int
    median_hours: float | None  # over the leads touched so far
    target_hours: float | None  # Settings.first_response_hours
    within: int  # first touch within the target
    missed: int  # first touch later, or none and the target is past

    @property
    def share_within(self) -> float | None:
        return share(self.within, self.within + self.missed)


@dataclass(frozen=True)
class FirstResponse:
    sources: tuple[SourceResponse, ...]  # the sources with leads in the period, in Source order
    web_within_hour: int = 0  # "web_within_hour"
    web_later: int = 0  # "web_later"

    @property
    def web_share(self) -> float | None:
        return share(self.web_within_hour, self.web_within_hour + self.web_later)


@dataclass(frozen=True)
class RevisitResults:
    revisited: int  # no's called back in the period ("revisited")
    reopened: int  # of those, back in the pipeline ("reopened")
    won: int  # wins in the period of leads reopened from a "no" before ("won_after_revisit")
    other_wins: int  # the period's other wins

    @property
    def gain(self) -> float | None:
        """Wins from revisits against the other wins: "5–10% more sales" in the seed's terms."""
        return share(self.won, self.other_wins)


@dataclass(frozen=True)
class DayState:
    day: date
    had_work: bool
    slipped: bool  # "slipped:YYYY-MM-DD"


@dataclass(frozen=True)
class NothingSlipped:
    days: tuple[DayState, ...]  # every finished day of the period, oldest first
    without_next_step: int  # active leads with nothing planned, now ("without_next_step")

    @property
    def clean_days(self) -> int:
        return sum(1 for d in self.days if d.had_work and not d.slipped)

    @property
    def slipped_days(self) -> int:
        return sum(1 for d in self.days if d.slipped)

    @property
    def streak(self) -> int:
        """Days with something due and nothing slipped, in a row up to the last finished day
        (a day with nothing due neither breaks nor lengthens it)."""
        count = 0
        for state in reversed(self.days):
            if state.slipped:
                break
            count += state.had_work
        return count


@dataclass(frozen=True)
class Progress:
    """Every figure of the page for one period."""

    span: Span
    persistence: Persistence
    never_followed_up: NeverFollowedUp
    first_response: FirstResponse
    won_after: WonAfter
    revisits: RevisitResults
    nothing_slipped: NothingSlipped


DecisionCounts = list[progress_store.DecisionCount]
CreatedCounts = list[progress_store.CreatedCount]


class ProgressMixin(Session):
    """The Progress page's figures; each takes a ``Period`` (ending today) or a ``Span`` of days."""

    def progress_span(self, period: Period | Span) -> Span:
        return period.span(self.local_today()) if isinstance(period, Period) else period

    def _bounds(self, period: Period | Span) -> tuple[str | None, str]:
        """The period as UTC instants: from its first day's midnight to its last day's end."""
        span = self.progress_span(period)
        zone = self.clock.zone
        since = utc_iso(to_instant(span.first, time(0, 0), zone)) if span.first else None
        return since, utc_iso(to_instant(span.last + timedelta(days=1), time(0, 0), zone))

    def _quiet_since(self) -> str:
        return utc_iso(self.clock.now() - timedelta(days=STOPPED_AFTER_DAYS))

    def _decision_counts(self, period: Period | Span) -> DecisionCounts:
        since, until = self._bounds(period)
        with known_errors(self.path):
            return progress_store.decision_counts(self._db, since, until, self._quiet_since(), MOST_TOUCHES_SHOWN)

    def persistence(self, period: Period | Span, *, _counts: DecisionCounts | None = None) -> Persistence:
        """Touches before each decision of the period: the chart's bars, the average, and the
        leads let go after one touch."""
        counts = self._decision_counts(period) if _counts is None else _counts
        buckets = [0] * (MOST_TOUCHES_SHOWN + 1)
        decisions = dict.fromkeys(Decision, 0)
        for row in counts:
            buckets[row.bucket] += row.leads
            decisions[Decision(row.decision)] += row.leads
        decided = sum(buckets)
        let_go = [row for row in counts if row.decision != Decision.WON.value]
        return Persistence(
            tuple(buckets),
            decisions,
            sum(row.touches for row in counts) / decided if decided else None,
            sum(row.leads for row in let_go),
            sum(row.leads for row in let_go if row.bucket == 1),
        )

    def won_after(self, period: Period | Span, *, _counts: DecisionCounts | None = None) -> WonAfter:
        """The leads won in the period, by the touch they were won on."""
        counts = self._decision_counts(period) if _counts is None else _counts
        buckets = [0] * (MOST_TOUCHES_SHOWN + 1)
        for row in counts:
            if row.decision == Decision.WON.value:
                buckets[row.bucket] += row.leads
        return WonAfter(tuple(buckets))

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
        return NeverFollowedUp(sum(c.leads for c in counts), sum(c.untouched for c in counts))

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
            rows.append(SourceResponse(source, found.leads, found.median_hours,
                                       None if target is None else float(target), found.within, found.missed))  # fmt: skip
        web = [c for c in counts if c.source == Source.WEB.value]
        return FirstResponse(tuple(rows), sum(c.within_hour for c in web), sum(c.later_than_hour for c in web))

    def revisit_results(self, period: Period | Span, *, _counts: DecisionCounts | None = None) -> RevisitResults:
        """No's called back in the period, those reopened, and the wins they brought."""
        since, until = self._bounds(period)
        counts = self._decision_counts(period) if _counts is None else _counts
        with known_errors(self.path):
            revisited, reopened = progress_store.revisit_counts(self._db, since, until)
        wins = [row for row in counts if row.decision == Decision.WON.value]
        won = sum(row.revisited for row in wins)
        return RevisitResults(revisited, reopened, won, sum(row.leads for row in wins) - won)

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
        return NothingSlipped(
            tuple(DayState(date.fromisoformat(day), had, slipped) for day, had, slipped in states), without
        )

    def _day_ends(self, day: date) -> str:
        return utc_iso(to_instant(day + timedelta(days=1), time(0, 0), self.clock.zone))

    def progress(self, period: Period | Span) -> Progress:
        """Every figure of the Progress page, each query run once."""
        counts = self._decision_counts(period)
        created = self._created_counts(period)
        return Progress(
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
                        if _decided_matches(kind, arg, decision, touch_bucket(touches), revisited)]  # fmt: skip
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
        return self.progress_leads(Period.ALL, f"slipped:{day.isoformat()}")


_DECIDED_KEYS = ("decided", "touches", "stopped_after_one", "five_or_more", "won_on", "won_after_revisit")
_CREATED_KEYS = ("created", "untouched", "source", "missed", "web_within_hour", "web_later")


def _decided_matches(kind: str, arg: str, decision: str, bucket: int, revisited: bool) -> bool:
    won = decision == Decision.WON.value
    if kind == "decided":
        return not arg or decision == arg
    if kind in ("touches", "won_on"):
        return (won or kind == "touches") and arg.isdigit() and bucket == int(arg)
    if kind == "stopped_after_one":
        return not won and bucket == 1
    if kind == "five_or_more":
        return bucket == MOST_TOUCHES_SHOWN
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
