"""Checks on what a user typed, shared by the lead dialog, the importers and the CLI.

Problems come back as codes, not sentences: the words are chosen (and
translated) by whoever shows them, see ``leadbook.present.texts``.
"""

from __future__ import annotations

import functools
import re
from enum import Enum

from .frozen import FrozenRecord
from .model import Lead


class Problem(str, Enum):
    NAME_MISSING = "name_missing"
    EMAIL_INVALID = "email_invalid"
    PHONE_INVALID = "phone_invalid"
    VALUE_NOT_A_NUMBER = "value_not_a_number"
    VALUE_NEGATIVE = "value_negative"
    CURRENCY_INVALID = "currency_invalid"
    INTERVAL_INVALID = "interval_invalid"
    WEBSITE_INVALID = "website_invalid"


class FieldProblem(FrozenRecord):
    field: str
    problem: Problem
    value: str = ""


# An RFC 5322 addr-spec (RFC 6532: non-ASCII letters too): a dot-atom or quoted local part, "@", and a
# dot-atom domain or a [domain literal]. Any such address is an e-mail, whatever its domain: "anna@intranet"
# and "someone@invalid" are addresses. One rule for the lead dialog and the importers, because a saved
# lead must stay savable: the book checks every field on each change, so an address an import accepted
# must be one the dialog accepts. The dialog still catches the slips people make when typing ("anna.se",
# "anna@", "anna @x.se", two "@").
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-\u0080-\U0010ffff]"
_DOT_ATOM = rf"{_ATEXT}+(?:\.{_ATEXT}+)*"
_EMAIL_PATTERN = rf'^(?:{_DOT_ATOM}|"(?:[^"\\\r\n]|\\.)*")@(?:{_DOT_ATOM}|\[[^\[\]\\\s]*\])$'


@functools.cache
def _email() -> re.Pattern[str]:
    """Compiled on first use: its letter class reaches to U+10FFFF, which takes Python ~40 ms to
    compile, and the app's start does not check an address."""
    return re.compile(_EMAIL_PATTERN)


# Digits with the punctuation people write in phone numbers, an optional leading +, capital keypad
# letters of a vanity number ("+1-800-MYFAX", kept as typed), and an optional extension ("ext 12",
# "x12", "#12").
_PHONE = re.compile(r"^\+?[\d(][\d\s().\-/]*(?:[A-Z][A-Z\d\s().\-/]*)?(\s*(?:[Ee][Xx][Tt]\.?|[xX]|#)\s*\d{1,6})?$")
_PHONE_PLAIN = re.compile(r"^\+?[\d\s().\-/]{3,}(\s*(ext\.?|x|#)\s*\d{1,6})?$", re.IGNORECASE)
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_WEBSITE = re.compile(r"^(https?://)?[^\s/]+\.[^\s/]+(/\S*)?$", re.IGNORECASE)


def is_valid_email(text: str) -> bool:
    return bool(_email().match(text))


def is_valid_phone(text: str) -> bool:
    if _PHONE_PLAIN.match(text):  # the usual case: digits and punctuation
        return sum(c.isdigit() for c in text) >= 3
    if not _PHONE.match(text):
        return False
    number = re.sub(r"(?:\s*(?:[Ee][Xx][Tt]\.?|[xX]|#)\s*\d{1,6})$", "", text)
    digits = sum(c.isdigit() for c in number)
    letters = sum(c.isalpha() for c in number)
    return digits >= 3 and (letters == 0 or (letters <= 10 and digits + letters >= 7))


def valid_website(text: str) -> bool:
    return bool(_WEBSITE.match(text))


def valid_currency(text: str) -> bool:
    return bool(_CURRENCY.match(text))


def phone_digits(text: str) -> str:
    """The digits of a phone number, for matching and searching regardless of spacing."""
    return "".join(c for c in text if c.isdigit())


def parse_amount(text: str) -> float | None:
    """Read an amount typed by hand in any common notation ("12 500", "12.500,50", "1,200.5").

    Returns None for an empty field; raises ValueError when it is not a number.
    """
    clean = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("'", "")
    if not clean:
        return None
    if "," in clean and "." in clean:
        decimal = "," if clean.rfind(",") > clean.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        clean = clean.replace(thousands, "").replace(decimal, ".")
    elif "," in clean:
        head, _, tail = clean.rpartition(",")
        # "12,500" is twelve thousand five hundred; "12,5" is twelve and a half.
        clean = (
            clean.replace(",", "")
            if len(tail) == 3 and head.replace(",", "").isdigit()
            else head.replace(",", "") + "." + tail
        )
    elif clean.count(".") > 1:
        clean = clean.replace(".", "")
    if not re.fullmatch(r"-?\d+(\.\d+)?", clean):
        raise ValueError(text)
    return float(clean)


def lead_problems(lead: Lead) -> list[FieldProblem]:
    """Everything wrong with a lead, field by field; empty when it may be saved."""
    problems: list[FieldProblem] = []
    if not lead.name.strip():
        problems.append(FieldProblem("name", Problem.NAME_MISSING))
    for email in lead.emails:
        if not is_valid_email(email):
            problems.append(FieldProblem("emails", Problem.EMAIL_INVALID, email))
            break
    for phone in lead.phones:
        if not is_valid_phone(phone):
            problems.append(FieldProblem("phones", Problem.PHONE_INVALID, phone))
            break
    if lead.value is not None and lead.value < 0:
        problems.append(FieldProblem("value", Problem.VALUE_NEGATIVE))
    if lead.currency and not _CURRENCY.match(lead.currency):
        problems.append(FieldProblem("currency", Problem.CURRENCY_INVALID, lead.currency))
    if (lead.interval_count is None) != (lead.interval_unit is None) or (
        lead.interval_count is not None and not 1 <= lead.interval_count <= 999
    ):
        problems.append(FieldProblem("interval", Problem.INTERVAL_INVALID))
    if lead.website and not _WEBSITE.match(lead.website):
        problems.append(FieldProblem("website", Problem.WEBSITE_INVALID, lead.website))
    return problems
