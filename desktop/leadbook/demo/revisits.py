"""The demo's no's: each lead's story up to the "no", the reason it gave and the note the
seller wrote, and its revisit. One or two are due to be asked again today, most come up
later, the few who asked never to be contacted again are do-not-contact.

What was said on the last touch and the reason stored with the "no" come from the same
words (``NO_NOTES``), so the lead panel never shows "said no: unresponsive" under "they
sent the signed quote".
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from ..book import LeadBook
from ..core.followups import Objective, Outcome
from ..core.model import Channel, Lead, Stage
from ..core.revisits import NoReason
from ..core.rules import is_working_day
from .history import (  # fmt: skip
    Touch,
    Writer,
    _pick_channel,
    _unanswered,
    dated,
    milestones,
    with_detours,
    working_days_back,
)

DUE_REVISITS = 2  # no's whose time to ask again has come, on any date
# What a decision-maker in a household says instead of a company's reasons.
COMPANY_REASONS = {NoReason.DECISION_MAKER: NoReason.TIMING, NoReason.BUDGET: NoReason.TIMING,
                   NoReason.OTHER: NoReason.NOT_INTERESTED}  # fmt: skip
DO_NOT_CONTACT_NOTE = "Asked us not to contact them again."
NO_NOTES: dict[NoReason, tuple[str, ...]] = {  # what the seller wrote when the lead said no, by reason
    NoReason.TIMING: ("Not now: busy with their move; call back in three months.",
                      "Not before they finish the big project they are on.",
                      "Too much on their plate this season; asked us to call back later."),
    NoReason.SUPPLIER: ("Signed with their old supplier for another year.",
                        "Went with a competitor; the contract runs for a year."),
    NoReason.BUDGET: ("No budget before the new quarter.", "The budget went to other things this year."),
    NoReason.DECISION_MAKER: ("The owner decides; I only reached the office.",
                              "Head office buys centrally; not their decision."),
    NoReason.NOT_INTERESTED: ("Not interested; happy as things are.", "Not interested; they do it themselves."),
    NoReason.UNRESPONSIVE: ("Still no answer after several tries; closing it for now.",
                            "No reply to calls or mails for weeks; closing it for now."),
    NoReason.OTHER: ("They are closing the shop at the end of the year.", "Moving the business abroad next year."),
}  # fmt: skip


def no_notes(reason: NoReason) -> tuple[str, ...]:
    """The notes that fit a "no" for ``reason`` (the last touch's and the one stored with the no)."""
    return NO_NOTES[reason] + ((DO_NOT_CONTACT_NOTE,) if reason == NoReason.NOT_INTERESTED else ())


def add_revisits(book: LeadBook, rng: random.Random, leads: list[Lead]) -> None:
    """Write the no's, each with its story, with the book's clock moved back meanwhile."""
    writer = Writer(book, rng)
    today = writer.today
    nos = [lead for lead in leads if lead.stage == Stage.NO]
    open_ones = [i for i, lead in enumerate(nos) if not lead.do_not_contact and lead.company]
    # one who reached only an assistant, one who said "not now", where the book has them
    pools = ([i for i in open_ones if not nos[i].is_decision_maker], [i for i in open_ones if nos[i].is_decision_maker])
    due = {rng.choice(pool) for pool in pools if pool}
    due |= set(rng.sample([i for i in open_ones if i not in due], max(0, DUE_REVISITS - len(due))))
    others = list(NoReason)
    with book.batch():
        for n, lead in enumerate(nos):
            if lead.do_not_contact:
                reason = NoReason.NOT_INTERESTED
                said_on = working_days_back(today, rng.randint(20, 150))
                revisit_on: date | None = None
            else:
                reason = fitting_reason(lead, NoReason.TIMING if n in due else others[n % len(others)])
                said_on, revisit_on = (_due_again if n in due else _comes_up)(book, reason, today, rng)
            note = DO_NOT_CONTACT_NOTE if revisit_on is None else rng.choice(NO_NOTES[reason])
            written = _story_of_a_no(writer, lead.with_changes(do_not_contact=False), reason, note, said_on)
            writer.after_last()
            book.say_no(written.id or 0, reason, note, revisit_on)
        writer.back_to_now()
    writer.back_to_now()
    book.forget_undo()


def fitting_reason(lead: Lead, wanted: NoReason) -> NoReason:
    """The reason this lead can have given: "not the decision-maker" exactly when the contact
    is not the one who decides; a household has no head office, quarter or shop to close."""
    if not lead.is_decision_maker:
        return NoReason.DECISION_MAKER
    if wanted == NoReason.DECISION_MAKER or not lead.company:
        return COMPANY_REASONS.get(wanted, wanted)
    return wanted


def _due_again(book: LeadBook, reason: NoReason, today: date, rng: random.Random) -> tuple[date, date]:
    """A "no" said so long ago that its revisit falls on one of the last working days (or today)."""
    latest = today if is_working_day(today) else working_days_back(today, 1)
    for back in range(rng.randint(0, 3), 60):
        revisit_on = working_days_back(latest, back)
        for days_back in range(1, 400):
            said_on = revisit_on - timedelta(days=days_back)
            if is_working_day(said_on) and book.default_revisit_on(reason, said_on) == revisit_on:
                return said_on, revisit_on
    raise RuntimeError("no date gives a revisit due now")  # pragma: no cover - the delays are days


def _comes_up(book: LeadBook, reason: NoReason, today: date, rng: random.Random) -> tuple[date, date]:
    """A recent "no" whose revisit is still to come."""
    for _ in range(20):
        said_on = working_days_back(today, rng.randint(2, 80))
        revisit_on = book.default_revisit_on(reason, said_on)
        if revisit_on > today:
            return said_on, revisit_on
    said_on = working_days_back(today, 1)
    return said_on, max(book.default_revisit_on(reason, said_on), today + timedelta(days=7))


def _story_of_a_no(writer: Writer, lead: Lead, reason: NoReason, note: str, said_on: date) -> Lead:
    """Touches up to the "no": a cold call turned down at once, a deal that went some way, or
    (unresponsive) tries that were never answered. The last touch says why."""
    rng = writer.rng
    if reason == NoReason.UNRESPONSIVE:
        steps = milestones(rng, lead, rng.choice((Stage.CONTACTED, Stage.QUALIFIED)))
        tries = [_unanswered(rng, lead, date.min) for _ in range(rng.randint(3, 5))]
        last = tries[-1]
        tries[-1] = Touch(last.day, last.channel, last.objective, last.outcome, note)
        touches = steps + tries
    elif rng.random() < 0.3:  # turned down on the first touch
        channel = _pick_channel(rng, lead)
        touches = [Touch(date.min, channel, Objective.MEETING, Outcome.SAID_NO, note)]
    else:
        steps = milestones(rng, lead, rng.choice((Stage.CONTACTED, Stage.QUALIFIED, Stage.PROPOSAL)))
        channel = _pick_channel(rng, lead, (Channel.CALL, Channel.EMAIL, Channel.MEETING))
        touches = with_detours(rng, lead, steps, rng.randint(0, 2))
        touches.append(Touch(date.min, channel, Objective.SIGNATURE if len(steps) > 2 else Objective.MEETING,
                             Outcome.SAID_NO, note))  # fmt: skip
    return writer.story(lead, dated(rng, touches, said_on), note_chance=0.2)
