"""The lead book's vocabulary: stages, sources, channels and the lead itself.

Enum values are the stored keys; they never change once released, because
books on disk hold them. Display names live in the GUI (translatable).
"""

from __future__ import annotations

import re
from dataclasses import replace
from enum import Enum
from typing import Any

from .frozen import FrozenRecord


class Stage(str, Enum):
    NEW = "new"
    CONTACTED = "contacted"
    QUALIFIED = "qualified"
    PROPOSAL = "proposal"
    NEGOTIATION = "negotiation"
    WON = "won"
    NO = "no"
    NURTURE = "nurture"

    @property
    def is_active(self) -> bool:
        """Active leads must always have a next step planned."""
        return self not in (Stage.WON, Stage.NO)


class Source(str, Enum):
    WEB = "web"
    EMAIL = "email"
    PHONE = "phone"
    REFERRAL = "referral"
    AD = "ad"
    EVENT = "event"
    COLD = "cold"
    OTHER = "other"


class Channel(str, Enum):
    CALL = "call"
    EMAIL = "email"
    MEETING = "meeting"
    SMS = "sms"
    LETTER = "letter"
    SOCIAL = "social"
    OTHER = "other"


class IntervalUnit(str, Enum):
    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"


class Lead(FrozenRecord):
    """A prospect as the seller knows them.

    ``emails``, ``phones`` and ``tags`` are tuples so that a Lead is hashable
    and can be compared as a whole (undo restores exact snapshots).
    Timestamps are UTC ISO-8601 strings set by the book, never by callers.
    """

    name: str
    company: str = ""
    role: str = ""
    is_decision_maker: bool = True
    decision_maker_name: str = ""
    decision_maker_contact: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    address: str = ""
    city: str = ""
    country: str = ""
    website: str = ""
    source: Source = Source.OTHER
    stage: Stage = Stage.NEW
    value: float | None = None
    currency: str = ""
    preferred_channel: Channel | None = None
    interval_count: int | None = None
    interval_unit: IntervalUnit | None = None
    best_time: str = ""
    rapport: str = ""
    notes: str = ""
    tags: tuple[str, ...] = ()
    do_not_contact: bool = False
    id: int | None = None
    created_at: str = ""
    updated_at: str = ""

    @property
    def email(self) -> str:
        return self.emails[0] if self.emails else ""

    @property
    def phone(self) -> str:
        return self.phones[0] if self.phones else ""

    @property
    def first_name(self) -> str:
        """How a greeting addresses them: the first word of a Western name; a name written without
        spaces (as Chinese names are, family name first) is used whole."""
        words = self.name.split()
        return words[0] if len(words) > 1 else self.name.strip()

    def with_changes(self, **changes: Any) -> Lead:
        return replace(self, **changes)


def split_list(text: str) -> tuple[str, ...]:
    """Split what a user typed as several values ("a@x.se; b@y.de, c@z") into clean items.

    Chinese keyboards type the full-width comma, the enumeration comma and the full-width semicolon."""
    parts = re.split(r"[,;\n，、；]", text)
    return tuple(p.strip() for p in parts if p.strip())


def normalise_tags(tags: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Tags are case-insensitively unique and keep the first spelling the user gave."""
    seen: dict[str, str] = {}
    for tag in tags:
        clean = " ".join(tag.split())
        if clean and clean.casefold() not in seen:
            seen[clean.casefold()] = clean
    return tuple(seen.values())
