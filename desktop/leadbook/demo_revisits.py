"""The demo's no's: each gets its reason and revisit, some due now, some coming up, one or two
do-not-contact."""

from __future__ import annotations

import random
from datetime import timedelta

from .book import LeadBook
from .core.clock import Clock, FakeClock
from .core.model import Lead, Stage
from .core.revisits import NoReason

NO_NOTES = ("Signed with their old supplier for a year.", "No budget before the new quarter.",
            "The owner decides; I only spoke to the office.", "Busy with the move until spring.", "")  # fmt: skip


def add_revisits(book: LeadBook, rng: random.Random, leads: list[Lead]) -> None:
    """Write the no's as said weeks or months ago, with the book's clock moved back meanwhile."""
    real_clock: Clock = book.clock
    now = real_clock.now()
    today = book.local_today()
    ids = [lead_id for lead_id in book.lead_ids() if book.lead(lead_id).stage == Stage.NO]
    reasons = list(NoReason)
    with book.batch():
        for n, lead_id in enumerate(sorted(ids)):
            reason = reasons[n % len(reasons)]
            if n % 9 == 4:
                revisit_on = None  # never: do not contact
                days_ago = rng.randint(20, 200)
            elif n % 3 == 0:  # due (some a while ago)
                days_ago = rng.randint(95, 200)
                revisit_on = today - timedelta(days=rng.randint(0, 20))
            else:  # upcoming
                days_ago = rng.randint(5, 60)
                revisit_on = today + timedelta(days=rng.randint(3, 100))
            book.clock = FakeClock(now - timedelta(days=days_ago), real_clock.zone)
            book.say_no(lead_id, reason, rng.choice(NO_NOTES), revisit_on)
        book.clock = real_clock
    book.clock = real_clock
    book.forget_undo()
