"""The follow-up mirror's rules: what counts as a touch, a decision and a first response, the
periods the Progress page looks back over, and the research figures the seller is set beside.

Plain Python (no Qt, no SQL): ``store/progress.py`` counts with these rules in SQL (so a period
of 100,000 leads comes back as a few rows; ``is_stopped`` and ``answered_within`` are the rules
its statements follow, and the tests hold the two to each other), ``book/progress.py`` turns the
counts into the figures, ``present/progress_text.py`` says them.

Definitions (docs/progress.md says them in full):

- A **touch** is a logged follow-up (state done), whatever its outcome: an unanswered call is
  still a try. Its time is when it was logged (``done_at``).
- A **decision** is a lead moved to won, no or nurture (a stage event), or a lead **stopped**:
  still in an active stage, nothing planned, and its last touch more than ``STOPPED_AFTER_DAYS``
  days ago. A lead decided more than once in a period counts once, with its latest decision.
  The touches before a decision are every touch of the lead up to and including that moment.
- A **first response** is the lead's first touch; its time is measured from the lead's creation.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import Enum
from typing import TYPE_CHECKING

from .frozen import FrozenRecord

if TYPE_CHECKING:
    from .model import Source

# A lead left in an active stage with nothing planned and no touch for this long has been let go.
STOPPED_AFTER_DAYS = 30
# The persistence chart's last bar holds this many touches and more (seed 000: "5+").
MOST_TOUCHES_SHOWN = 5


class Decision(str, Enum):
    WON = "won"
    NO = "no"
    NURTURE = "nurture"
    STOPPED = "stopped"


#: The stage events that are decisions (the others are the seller's work in progress).
DECISION_STAGES = (Decision.WON.value, Decision.NO.value, Decision.NURTURE.value)


class Period(str, Enum):
    """What the Progress page looks back over, ending today."""

    DAYS_30 = "30"
    DAYS_90 = "90"
    DAYS_365 = "365"
    ALL = "all"

    @property
    def days(self) -> int | None:
        return None if self == Period.ALL else int(self.value)

    def span(self, today: date) -> Span:
        days = self.days
        return Span(None if days is None else today - timedelta(days=days - 1), today)


class Span(FrozenRecord):
    """Local days ``first`` … ``last``, both included; ``first`` None: since the book began."""

    first: date | None
    last: date

    def days(self, earliest: date | None = None) -> list[date]:
        """Every day of the span (from ``earliest`` when the span has no start)."""
        start = self.first or earliest or self.last
        return [start + timedelta(days=k) for k in range((self.last - start).days + 1)]


def touch_bucket(touches: int) -> int:
    """The persistence chart's bar for a number of touches: 0, 1, 2, 3, 4, or 5 (five or more)."""
    return min(max(touches, 0), MOST_TOUCHES_SHOWN)


def is_stopped(stage_active: bool, has_next_step: bool, last_touch: datetime | None, now: datetime) -> bool:
    """A lead the seller let go without saying so (see the module's definitions)."""
    return (
        stage_active
        and not has_next_step
        and last_touch is not None
        and now - last_touch > timedelta(days=STOPPED_AFTER_DAYS)
    )


def answered_within(created: datetime, first_touch: datetime | None, hours: float, now: datetime) -> bool | None:
    """Was the lead's first touch within ``hours`` of its creation? None while it still can be
    (no touch yet and the target not yet past): such a lead is not counted either way."""
    deadline = created + timedelta(hours=hours)
    if first_touch is not None:
        return first_touch <= deadline
    return None if now <= deadline else False


def share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


class Research(FrozenRecord):
    """A figure from the articles Leadbook is built on, with where it comes from."""

    key: str
    value: float
    high: float | None = None  # the top of a range (5–10%)
    seed: str = ""


# Seed 000: 80% of sales need five or more follow-ups; 44% of sellers stop after the first.
FIVE_OR_MORE = Research("five_or_more", 0.80, seed="000")
STOP_AFTER_ONE = Research("stop_after_one", 0.44, seed="000")
# Seed 001 (citing Harvard Business Review): 71% of leads are never followed up; 1.3 on average.
NEVER_FOLLOWED_UP = Research("never_followed_up", 0.71, seed="001")
AVERAGE_TOUCHES = Research("average_touches", 1.3, seed="001")
# Seed 003: calling back the no's brings 5–10% more sales.
REVISIT_GAIN = Research("revisit_gain", 0.05, 0.10, seed="003")
# Oldroyd, McElheran, Elkington, HBR 2011: within an hour, nearly seven times as likely to qualify.
WEB_HOUR = Research("web_hour", 1.0, seed="hbr-2011")
WEB_HOUR_ODDS = 7


# --- the figures (book/progress.py computes them, present/progress_text.py says them) ---------------


class Persistence(FrozenRecord):
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


class WonAfter(FrozenRecord):
    """Leads won in the period by the touch they were won on ("won_on:N")."""

    buckets: tuple[int, ...]

    @property
    def won(self) -> int:
        return sum(self.buckets)


class NeverFollowedUp(FrozenRecord):
    created: int  # "created"
    untouched: int  # "untouched"

    @property
    def share(self) -> float | None:
        return share(self.untouched, self.created)


class SourceResponse(FrozenRecord):
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


class FirstResponse(FrozenRecord):
    sources: tuple[SourceResponse, ...]  # the sources with leads in the period, in Source order
    web_within_hour: int = 0  # "web_within_hour"
    web_later: int = 0  # "web_later"

    @property
    def web_share(self) -> float | None:
        return share(self.web_within_hour, self.web_within_hour + self.web_later)


class RevisitResults(FrozenRecord):
    revisited: int  # no's called back in the period ("revisited")
    reopened: int  # of those, back in the pipeline ("reopened")
    won: int  # wins in the period of leads reopened from a "no" before ("won_after_revisit")
    other_wins: int  # the period's other wins

    @property
    def gain(self) -> float | None:
        """Wins from revisits against the other wins: "5–10% more sales" in the seed's terms."""
        return share(self.won, self.other_wins)


class DayState(FrozenRecord):
    day: date
    had_work: bool
    slipped: bool  # "slipped:YYYY-MM-DD"


class NothingSlipped(FrozenRecord):
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


class Progress(FrozenRecord):
    """Every figure of the page for one period."""

    span: Span
    persistence: Persistence
    never_followed_up: NeverFollowedUp
    first_response: FirstResponse
    won_after: WonAfter
    revisits: RevisitResults
    nothing_slipped: NothingSlipped
