"""Cadences: named lists of follow-up steps that keep a consistent rhythm (seeds 000–002).

The built-in ones are defined here, in code, so that their wording can be
translated and improved with the app; the book stores only which one a
follow-up came from. Users' own cadences are stored in the book.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, replace
from datetime import date, timedelta

from .followups import Objective
from .frozen import FrozenRecord
from .marks import QT_TRANSLATE_NOOP
from .model import Channel


class CadenceStep(FrozenRecord):
    day: int
    channel: Channel
    objective: Objective
    message: str = ""


class Cadence(FrozenRecord):
    name: str
    steps: tuple[CadenceStep, ...]
    id: int | None = None
    builtin: str = ""

    def planned_days(self, start: date) -> list[date]:
        return [start + timedelta(days=step.day) for step in self.steps]


def translated(cadence: Cadence, translate: Callable[[str, str], str]) -> Cadence:
    """A built-in cadence in the user's language; users' own cadences are shown as they wrote them."""
    if not cadence.builtin:
        return cadence
    steps = tuple(
        replace(step, message=translate("Cadences", step.message) if step.message else "") for step in cadence.steps
    )
    return replace(cadence, name=translate("Cadences", cadence.name), steps=steps)


def steps_to_json(steps: tuple[CadenceStep, ...]) -> str:
    return json.dumps([{**asdict(s), "channel": s.channel.value, "objective": s.objective.value} for s in steps])


def steps_from_json(text: str) -> tuple[CadenceStep, ...]:
    return tuple(
        CadenceStep(int(s["day"]), Channel(s["channel"]), Objective(s["objective"]), s.get("message", ""))
        for s in json.loads(text or "[]")
    )


# Seed 000: after a first meeting, do not call; send a thank-you with four parts.
THANK_YOU_TEMPLATE = QT_TRANSLATE_NOOP(
    "Cadences",
    """Hi {first_name},

Thank you for your time today.

What I took away: [the key point you heard, in their words].

My next step: [what you will do, and by when].

Your next step: [what they said they would do, and why it moves things forward].

Have a good week!""",
)

AFTER_FIRST_MEETING = "after_first_meeting"
POST_SALE = "post_sale"
NEW_WEB_INQUIRY = "new_web_inquiry"

BUILTIN_CADENCES: dict[str, Cadence] = {
    AFTER_FIRST_MEETING: Cadence(
        QT_TRANSLATE_NOOP("Cadences", "After first meeting"),
        (
            CadenceStep(0, Channel.EMAIL, Objective.REPLY, THANK_YOU_TEMPLATE),
            CadenceStep(3, Channel.CALL, Objective.ANSWER, QT_TRANSLATE_NOOP("Cadences", "Call: answer what is still open from the meeting.")),
            CadenceStep(7, Channel.EMAIL, Objective.REPLY,
                        QT_TRANSLATE_NOOP("Cadences", "Send something of value: a short article, a figure or an idea for their situation.")),
            CadenceStep(14, Channel.CALL, Objective.MEETING, QT_TRANSLATE_NOOP("Cadences", "Call: propose the next meeting or a site visit.")),
            CadenceStep(30, Channel.CALL, Objective.REPLY, QT_TRANSLATE_NOOP("Cadences", "Check in: what has changed since we spoke?")),
        ),
        builtin=AFTER_FIRST_MEETING,
    ),
    # Seed 002: follow up after the sale too — cards on confirmation and after delivery.
    POST_SALE: Cadence(
        QT_TRANSLATE_NOOP("Cadences", "Post-sale"),
        (
            CadenceStep(0, Channel.LETTER, Objective.OTHER, QT_TRANSLATE_NOOP("Cadences", "Handwritten thank-you card for the order.")),
            CadenceStep(14, Channel.CALL, Objective.ANSWER, QT_TRANSLATE_NOOP("Cadences", "Call after delivery: is everything as they expected?")),
            CadenceStep(21, Channel.LETTER, Objective.OTHER, QT_TRANSLATE_NOOP("Cadences", "Handwritten thank-you card after delivery.")),
            CadenceStep(90, Channel.CALL, Objective.REPLY, QT_TRANSLATE_NOOP("Cadences", "Check in: how is it working out? Anyone else who could use it?")),
        ),
        builtin=POST_SALE,
    ),
    # Seed 001: web inquiries are answered at once, then followed up at a steady rhythm.
    NEW_WEB_INQUIRY: Cadence(
        QT_TRANSLATE_NOOP("Cadences", "New web inquiry"),
        (
            CadenceStep(0, Channel.EMAIL, Objective.ANSWER, QT_TRANSLATE_NOOP("Cadences", "Answer the question they asked; say when you will call.")),
            CadenceStep(1, Channel.CALL, Objective.MEETING, QT_TRANSLATE_NOOP("Cadences", "Call: understand the need, offer a meeting.")),
            CadenceStep(4, Channel.EMAIL, Objective.REPLY, QT_TRANSLATE_NOOP("Cadences", "Send an example or a reference that fits their need.")),
            CadenceStep(10, Channel.CALL, Objective.MEETING, QT_TRANSLATE_NOOP("Cadences", "Call: book the meeting.")),
            CadenceStep(21, Channel.EMAIL, Objective.REPLY, QT_TRANSLATE_NOOP("Cadences", "Check in with something new to offer.")),
        ),
        builtin=NEW_WEB_INQUIRY,
    ),
}  # fmt: skip
