"""The follow-up mirror: the seller's own persistence over a period, one method per figure.

The rows come from ``store/progress.py`` (indexed aggregates), the rules from ``core.progress``;
every figure keeps the ids of the leads behind each of its numbers, so the Progress page can
list exactly those leads (``LeadQuery(lead_ids=...)``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

from ..core.clock import from_utc_iso, utc_iso
from ..core.followups import to_instant
from ..core.model import Source
from ..core.progress import (
    MOST_TOUCHES_SHOWN,
    STOPPED_AFTER_DAYS,
    Decision,
    Period,
    Span,
    answered_within,
    median,
    share,
    touch_bucket,
)
from ..store import progress as progress_store
from ..store.database import known_errors
from .session import Session

Ids = tuple[int, ...]


@dataclass(frozen=True)
class Persistence:
    """Leads decided in the period by how many touches they had until then."""

    buckets: tuple[Ids, ...]  # index 0 … MOST_TOUCHES_SHOWN (the last: that many or more)
    decisions: dict[Decision, Ids]
    average: float | None  # touches per decided lead
    let_go: Ids  # decided, not won: no, nurture, stopped
    stopped_after_one: Ids  # let go after exactly one touch

    @property
    def decided(self) -> int:
        return sum(len(b) for b in self.buckets)

    @property
    def five_or_more(self) -> Ids:
        return self.buckets[MOST_TOUCHES_SHOWN]


@dataclass(frozen=True)
class WonAfter:
    """Leads won in the period by the touch they were won on."""

    buckets: tuple[Ids, ...]

    @property
    def won(self) -> int:
        return sum(len(b) for b in self.buckets)


@dataclass(frozen=True)
class NeverFollowedUp:
    created: Ids
    untouched: Ids

    @property
    def share(self) -> float | None:
        return share(len(self.untouched), len(self.created))


@dataclass(frozen=True)
class SourceResponse:
    """First responses to the leads of one source created in the period."""

    source: Source
    created: Ids
    median_hours: float | None  # over the leads touched so far
    target_hours: float | None  # Settings.first_response_hours
    within: Ids  # first touch within the target
    missed: Ids  # first touch later, or none and the target is past

    @property
    def share_within(self) -> float | None:
        return share(len(self.within), len(self.within) + len(self.missed))


@dataclass(frozen=True)
class FirstResponse:
    sources: tuple[SourceResponse, ...]  # the sources with leads in the period, in Source order
    web_within_hour: Ids = ()
    web_later: Ids = ()

    @property
    def web_share(self) -> float | None:
        return share(len(self.web_within_hour), len(self.web_within_hour) + len(self.web_later))


@dataclass(frozen=True)
class RevisitResults:
    revisited: Ids  # no's called back in the period
    reopened: Ids  # of those, back in the pipeline (reopened or a new contact person)
    won: Ids  # wins in the period of leads reopened from a "no" before
    other_wins: int  # the period's other wins

    @property
    def gain(self) -> float | None:
        """Wins from revisits against the other wins: "5–10% more sales" in the seed's terms."""
        return share(len(self.won), self.other_wins)


@dataclass(frozen=True)
class DayState:
    day: date
    had_work: bool
    slipped: bool


@dataclass(frozen=True)
class NothingSlipped:
    days: tuple[DayState, ...]  # every finished day of the period, oldest first
    without_next_step: Ids  # active leads with nothing planned, now

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


def _buckets(rows: list[tuple[int, int]]) -> tuple[Ids, ...]:
    """(lead id, touches) into the chart's bars."""
    bars: list[list[int]] = [[] for _ in range(MOST_TOUCHES_SHOWN + 1)]
    for lead_id, touches in rows:
        bars[touch_bucket(touches)].append(lead_id)
    return tuple(tuple(b) for b in bars)


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

    def _decided(
        self, period: Period | Span
    ) -> tuple[list[tuple[int, Decision, int]], list[progress_store.DecisionRow]]:
        """(lead id, decision, touches) for each lead decided in the period (the stopped ones
        included), and the rows of the stage decisions."""
        since, until = self._bounds(period)
        quiet_since = utc_iso(self.clock.now() - timedelta(days=STOPPED_AFTER_DAYS))
        with known_errors(self.path):
            rows = progress_store.decisions(self._db, since, until)
            stopped = progress_store.stopped_leads(self._db, since, until, quiet_since)
        decided = {r.lead_id: (r.lead_id, Decision(r.decision), r.touches) for r in rows}
        for lead_id, _last, touches in stopped:
            decided.setdefault(lead_id, (lead_id, Decision.STOPPED, touches))
        return list(decided.values()), rows

    def persistence(
        self, period: Period | Span, *, _decided: list[tuple[int, Decision, int]] | None = None
    ) -> Persistence:
        """Touches before each decision of the period: the chart's bars, the average, and the
        leads let go after one touch."""
        decided = self._decided(period)[0] if _decided is None else _decided
        by_decision = {d: tuple(i for i, k, _ in decided if k == d) for d in Decision}
        let_go = [(i, n) for i, k, n in decided if k != Decision.WON]
        average = sum(n for _, _, n in decided) / len(decided) if decided else None
        return Persistence(
            _buckets([(i, n) for i, _, n in decided]),
            by_decision,
            average,
            tuple(i for i, _ in let_go),
            tuple(i for i, n in let_go if n == 1),
        )

    def won_after(self, period: Period | Span, *, _decided: list[tuple[int, Decision, int]] | None = None) -> WonAfter:
        """The leads won in the period, by the touch they were won on."""
        decided = self._decided(period)[0] if _decided is None else _decided
        return WonAfter(_buckets([(i, n) for i, k, n in decided if k == Decision.WON]))

    def never_followed_up(self, period: Period | Span) -> NeverFollowedUp:
        """Leads created in the period that have had no touch at all."""
        since, until = self._bounds(period)
        with known_errors(self.path):
            rows = progress_store.created_leads(self._db, since, until)
        return NeverFollowedUp(
            tuple(r.lead_id for r in rows), tuple(r.lead_id for r in rows if r.first_touch_at is None)
        )

    def first_response(self, period: Period | Span) -> FirstResponse:
        """Time from a lead's creation to its first touch, per source, against the targets in
        Settings; web inquiries against the one-hour mark as well."""
        since, until = self._bounds(period)
        with known_errors(self.path):
            rows = progress_store.created_leads(self._db, since, until)
        return self._first_response(rows)

    def _first_response(self, rows: list[progress_store.CreatedRow]) -> FirstResponse:
        targets = self.settings().first_response_hours
        now = self.clock.now()
        per_source: dict[str, list[progress_store.CreatedRow]] = {}
        for row in rows:
            per_source.setdefault(row.source, []).append(row)
        results: list[SourceResponse] = []
        web_within: list[int] = []
        web_later: list[int] = []
        for source in Source:
            found = per_source.get(source.value, [])
            if not found:
                continue
            hours: list[float] = []
            within: list[int] = []
            missed: list[int] = []
            target = targets.get(source.value)
            for row in found:
                created = from_utc_iso(row.created_at)
                first = from_utc_iso(row.first_touch_at) if row.first_touch_at else None
                if first is not None:
                    hours.append(max(0.0, (first - created).total_seconds() / 3600))
                if target is not None:
                    verdict = answered_within(created, first, float(target), now)
                    if verdict is not None:
                        (within if verdict else missed).append(row.lead_id)
                if source == Source.WEB:
                    verdict = answered_within(created, first, 1.0, now)
                    if verdict is not None:
                        (web_within if verdict else web_later).append(row.lead_id)
            results.append(SourceResponse(source, tuple(r.lead_id for r in found), median(hours),
                                          None if target is None else float(target), tuple(within), tuple(missed)))  # fmt: skip
        return FirstResponse(tuple(results), tuple(web_within), tuple(web_later))

    def revisit_results(self, period: Period | Span, *,
                        _rows: list[progress_store.DecisionRow] | None = None) -> RevisitResults:  # fmt: skip
        """No's called back in the period, those reopened, and the wins they brought."""
        since, until = self._bounds(period)
        with known_errors(self.path):
            closed = progress_store.revisits_closed(self._db, since, until)
            rows = progress_store.decisions(self._db, since, until) if _rows is None else _rows
        wins = [r for r in rows if r.decision == Decision.WON.value]
        won = tuple(r.lead_id for r in wins if r.revisited)
        return RevisitResults(
            tuple(dict.fromkeys(r.lead_id for r in closed)),
            tuple(dict.fromkeys(r.lead_id for r in closed if r.state in ("reopened", "new_contact"))),
            won,
            len(wins) - len(won),
        )

    def nothing_slipped(self, period: Period | Span) -> NothingSlipped:
        """Each finished day of the period: was anything due, and did something slip (not done,
        moved or cancelled by the day's end)? And the active leads with nothing planned now."""
        span = self.progress_span(period)
        yesterday = self.local_today() - timedelta(days=1)
        with known_errors(self.path):
            days: list[date] = []
            if span.first is not None:
                days = span.days()
            elif first := progress_store.first_due_day(self._db):  # "all": from the first day anything was due
                days = span.days(date.fromisoformat(first))
            days = [d for d in days if d <= yesterday]
            zone = self.clock.zone
            ends = [(d.isoformat(), utc_iso(to_instant(d + timedelta(days=1), time(0, 0), zone))) for d in days]
            states = progress_store.day_states(self._db, ends)
            without = progress_store.without_next_step_ids(self._db)
        return NothingSlipped(
            tuple(DayState(date.fromisoformat(day), had, slipped) for day, had, slipped in states), tuple(without)
        )

    def slipped_leads(self, day: date) -> list[int]:
        """The leads whose follow-ups due on ``day`` slipped (for the strip's click)."""
        ends = utc_iso(to_instant(day + timedelta(days=1), time(0, 0), self.clock.zone))
        with known_errors(self.path):
            return progress_store.slipped_on(self._db, day.isoformat(), ends)

    def progress(self, period: Period | Span) -> Progress:
        """Every figure of the Progress page, each query run once."""
        since, until = self._bounds(period)
        decided, rows = self._decided(period)
        with known_errors(self.path):
            created = progress_store.created_leads(self._db, since, until)
        return Progress(
            self.progress_span(period),
            self.persistence(period, _decided=decided),
            NeverFollowedUp(
                tuple(r.lead_id for r in created), tuple(r.lead_id for r in created if r.first_touch_at is None)
            ),
            self._first_response(created),
            self.won_after(period, _decided=decided),
            self.revisit_results(period, _rows=rows),
            self.nothing_slipped(period),
        )
