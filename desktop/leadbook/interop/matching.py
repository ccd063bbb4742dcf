"""Duplicate detection: is this incoming contact someone the book (or the file) already has?

A contact matches an existing lead on, in this order:
1. any e-mail address (case-insensitive),
2. any phone number, compared by its digits so that "+46 70-123 45 67", "0046701234567"
   and the national "070 123 45 67" are the same number,
3. name plus company (case, accents' composition, punctuation and spacing ignored;
   an empty company matches an empty company).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from enum import Enum

# Digits a phone number needs before it is used for matching: shorter ones are
# extensions or switchboard codes that many different people share.
MIN_PHONE_DIGITS = 6
# A national number matches an international one when the latter is the former
# preceded by a country code of 1 to 3 digits.
_MAX_COUNTRY_CODE = 3
_TAIL = 6


class MatchBy(str, Enum):
    EMAIL = "email"
    PHONE = "phone"
    NAME = "name"


def email_key(email: str) -> str:
    text = email.strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    return text.strip().casefold()


def phone_key(phone: str) -> str:
    """The number without punctuation, international prefix "00" or national trunk "0".

    "+46 70-123 45 67" -> "46701234567"; "0046 70 123 45 67" -> "46701234567";
    "070-123 45 67" -> "701234567". Returns "" when too short to tell people apart.
    """
    text = phone.strip()
    if text.lower().startswith("tel:"):
        text = text[4:]
    text = re.split(r"(?i)\s*(?:ext\.?|x|#)\s*\d+\s*$", text)[0]
    digits = "".join(c for c in text if c.isdigit() and c.isascii())
    if text.lstrip().startswith("+"):
        core = digits
    elif digits.startswith("00"):
        core = digits[2:]
    elif digits.startswith("0"):
        core = digits[1:]
    else:
        core = digits
    return core if len(core) >= MIN_PHONE_DIGITS else ""


def phones_match(a: str, b: str) -> bool:
    """Two phone keys are one number: equal, or one is the other behind a country code."""
    if a == b:
        return bool(a)
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return len(short) >= 7 and long.endswith(short) and len(long) - len(short) <= _MAX_COUNTRY_CODE


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def name_key(name: str, company: str) -> str:
    """Name plus company, as written by different programs: "Svensson, Anna" is not turned
    around (too risky), but case, punctuation and spacing do not matter."""
    plain = _plain(name) or " ".join(unicodedata.normalize("NFKC", name).casefold().split())  # "?!" is a name too
    return f"{plain}\x1f{_plain(company)}" if plain else ""


@dataclass(frozen=True)
class Match:
    ref: Hashable  # what the index was given: a lead id, or a row of the file
    by: MatchBy


@dataclass(frozen=True)
class Keys:
    """A contact's keys, worked out once (they are looked up, then remembered)."""

    emails: tuple[str, ...]
    phones: tuple[str, ...]
    name: str


def contact_keys(name: str, company: str, emails: Iterable[str], phones: Iterable[str]) -> Keys:
    return Keys(
        tuple(k for k in map(email_key, emails) if k),
        tuple(k for k in map(phone_key, phones) if k),
        name_key(name, company),
    )


class DuplicateIndex:
    """Keys of known contacts; ``find`` answers with the first one a contact matches."""

    def __init__(self) -> None:
        self._emails: dict[str, Hashable] = {}
        self._phones: dict[str, list[tuple[str, Hashable]]] = {}
        self._names: dict[str, Hashable] = {}

    def add(self, ref: Hashable, name: str, company: str, emails: Iterable[str], phones: Iterable[str]) -> None:
        """Remember a contact; the first one to claim a key keeps it."""
        self.add_keys(ref, contact_keys(name, company, emails, phones))

    def add_keys(self, ref: Hashable, keys: Keys) -> None:
        for key in keys.emails:
            self._emails.setdefault(key, ref)
        for key in keys.phones:
            bucket = self._phones.setdefault(key[-_TAIL:], [])
            if all(k != key for k, _ in bucket):
                bucket.append((key, ref))
        if keys.name:
            self._names.setdefault(keys.name, ref)

    def find(self, name: str, company: str, emails: Iterable[str], phones: Iterable[str]) -> Match | None:
        return self.find_keys(contact_keys(name, company, emails, phones))

    def find_keys(self, keys: Keys) -> Match | None:
        for key in keys.emails:
            ref = self._emails.get(key)
            if ref is not None:
                return Match(ref, MatchBy.EMAIL)
        for key in keys.phones:
            for known, ref in self._phones.get(key[-_TAIL:], ()):
                if phones_match(key, known):
                    return Match(ref, MatchBy.PHONE)
        ref = self._names.get(keys.name) if keys.name else None
        if ref is not None:
            return Match(ref, MatchBy.NAME)
        return None
