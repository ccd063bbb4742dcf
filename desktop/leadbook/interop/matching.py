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
from enum import Enum
from typing import NamedTuple

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


_EXTENSION = re.compile(r"(?i)\s*(?:ext\.?|x|#)\s*\d+\s*$")
# Every byte but 0-9: deleted from a string's UTF-8 bytes, it leaves the ASCII digits (a character
# beyond ASCII is made only of bytes >= 0x80), five times faster than re.sub("[^0-9]", "").
NOT_DIGIT_BYTES = bytes(b for b in range(256) if not 0x30 <= b <= 0x39)
_PUNCTUATION = re.compile(r"[^\w\s]")


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
    if "x" in text or "X" in text or "#" in text:  # an extension can only be written with one of these
        text = _EXTENSION.split(text)[0]
    digits = ascii_digits(text)
    if text.lstrip().startswith("+"):
        core = digits
    elif digits.startswith("00"):
        core = digits[2:]
    elif digits.startswith("0"):
        core = digits[1:]
    else:
        core = digits
    return core if len(core) >= MIN_PHONE_DIGITS else ""


def ascii_digits(text: str) -> str:
    """The characters 0-9 of ``text``, in order."""
    return text.encode("utf-8", "surrogatepass").translate(None, NOT_DIGIT_BYTES).decode("ascii")


def phones_match(a: str, b: str) -> bool:
    """Two phone keys are one number: equal, or one is the other behind a country code."""
    if a == b:
        return bool(a)
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return len(short) >= 7 and long.endswith(short) and len(long) - len(short) <= _MAX_COUNTRY_CODE


# ASCII punctuation (what _PUNCTUATION finds in ASCII text) turned into spaces by bytes.translate.
_ASCII_PUNCTUATION = bytes(b for b in range(128) if _PUNCTUATION.match(chr(b)))
_PUNCTUATION_TO_SPACE = bytes.maketrans(_ASCII_PUNCTUATION, b" " * len(_ASCII_PUNCTUATION))


def _plain(text: str) -> str:
    """Casefolded (NFKC first), punctuation as spaces, spacing collapsed."""
    if text.isascii():  # NFKC leaves ASCII alone and casefold is lower there: the fast way
        return " ".join(text.lower().encode("ascii").translate(_PUNCTUATION_TO_SPACE).decode("ascii").split())
    text = unicodedata.normalize("NFKC", text).casefold()
    if text.isalnum():  # a single word of letters and digits (a Chinese name): nothing to take out
        return text
    return " ".join(_PUNCTUATION.sub(" ", text).split())


def name_key(name: str, company: str) -> str:
    """Name plus company, as written by different programs: "Svensson, Anna" is not turned
    around (too risky), but case, punctuation and spacing do not matter."""
    plain = _plain(name) or " ".join(unicodedata.normalize("NFKC", name).casefold().split())  # "?!" is a name too
    return f"{plain}\x1f{_plain(company)}" if plain else ""


class Match(NamedTuple):
    """Tuples rather than frozen dataclasses (here and below): 100,000 of them in a big import."""

    ref: Hashable  # what the index was given: a lead id, or a row of the file
    by: MatchBy


class Keys(NamedTuple):
    """A contact's keys, worked out once (they are looked up, then remembered)."""

    emails: tuple[str, ...]
    phones: tuple[str, ...]
    name: str


def contact_keys(name: str, company: str, emails: Iterable[str], phones: Iterable[str]) -> Keys:
    return Keys(
        tuple([k for k in map(email_key, emails) if k]) if emails else (),
        tuple([k for k in map(phone_key, phones) if k]) if phones else (),
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

    def add_rows(self, rows: Iterable[tuple[Hashable, str, str, str, str]]) -> None:
        """``add`` for many contacts given as (ref, name, company, e-mails, phones), the lists
        as the book stores them (one a line): the book's 100,000 leads in one call."""
        emails_seen, names_seen = self._emails, self._names
        for ref, name, company, emails, phones in rows:
            if emails:
                for email in emails.split("\n"):
                    key = email_key(email)
                    if key and key not in emails_seen:
                        emails_seen[key] = ref
            if phones:
                for phone in phones.split("\n"):
                    key = phone_key(phone)
                    if key:
                        self._add_phone(key, ref)
            key = name_key(name, company)
            if key and key not in names_seen:
                names_seen[key] = ref

    def _add_phone(self, key: str, ref: Hashable) -> None:
        tail = key[-_TAIL:]
        bucket = self._phones.get(tail)
        if bucket is None:
            self._phones[tail] = [(key, ref)]
            return
        for known, _ref in bucket:
            if known == key:
                return
        bucket.append((key, ref))

    def add_keys(self, ref: Hashable, keys: Keys) -> None:
        emails, phones, name = keys
        for key in emails:
            self._emails.setdefault(key, ref)
        for key in phones:
            self._add_phone(key, ref)
        if name:
            self._names.setdefault(name, ref)

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
