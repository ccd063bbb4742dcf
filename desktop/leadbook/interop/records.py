"""From the cells of one contact to a Lead: the fields a file can fill, row problems, merging.

CSV columns and vCard properties both end up as ``(Target, text)`` pairs in a
``Fields``; ``build_lead`` turns them into a Lead or says, with codes, what is wrong.
``merge_leads`` folds an incoming contact into a lead the book already has, without
ever overwriting what the seller wrote.
"""

from __future__ import annotations

import marshal
import re
from dataclasses import MISSING
from dataclasses import fields as dataclass_fields
from enum import Enum
from operator import attrgetter
from typing import NamedTuple

from ..core.frozen import FrozenRecord, made_now
from ..core.model import Channel, IntervalUnit, Lead, Source, Stage, normalise_tags
from ..core.sanitise import clean_text
from ..core.validation import (
    Problem,
    is_valid_email,
    is_valid_phone,
    lead_problems,
    parse_amount,
    valid_currency,
    valid_website,
)
from .matching import email_key, phone_digits_key


class Target(str, Enum):
    """What a column (or vCard property) fills in. The values are stored in remembered mappings."""

    IGNORE = ""
    NAME = "name"
    FIRST_NAME = "first_name"
    MIDDLE_NAME = "middle_name"
    LAST_NAME = "last_name"
    COMPANY = "company"
    ROLE = "role"
    EMAIL = "email"
    PHONE = "phone"
    ADDRESS = "address"
    POSTAL_CODE = "postal_code"
    CITY = "city"
    REGION = "region"
    COUNTRY = "country"
    WEBSITE = "website"
    NOTES = "notes"
    TAGS = "tags"
    STAGE = "stage"
    SOURCE = "source"
    VALUE = "value"
    CURRENCY = "currency"
    RAPPORT = "rapport"
    BEST_TIME = "best_time"
    DECISION_MAKER = "decision_maker"
    DO_NOT_CONTACT = "do_not_contact"


# Targets that collect every value given; the others take the first non-empty one.
MULTI_TARGETS = frozenset({Target.EMAIL, Target.PHONE, Target.TAGS, Target.NOTES, Target.RAPPORT})
# A mapping must fill at least one of these, or no row could get a name.
NAMING_TARGETS = frozenset({Target.NAME, Target.FIRST_NAME, Target.LAST_NAME, Target.COMPANY, Target.EMAIL})


class RowProblemKind(str, Enum):
    NO_NAME = "no_name"
    EMAIL_INVALID = "email_invalid"
    PHONE_INVALID = "phone_invalid"
    WEBSITE_INVALID = "website_invalid"
    VALUE_INVALID = "value_invalid"
    VALUE_NEGATIVE = "value_negative"
    CURRENCY_INVALID = "currency_invalid"
    STAGE_UNKNOWN = "stage_unknown"
    TOO_MANY_CELLS = "too_many_cells"
    CARD_UNREADABLE = "card_unreadable"
    VALUE_TOO_LARGE = "value_too_large"  # a cell or property over textfile.MAX_VALUE_CHARS


class RowProblem(FrozenRecord):
    kind: RowProblemKind
    value: str = ""


# A value that cannot be used as what its column says is kept in the lead's notes, one line each,
# and the rest of the contact is imported. Only no name at all, a broken row or card keep a contact out.
KEPT_KINDS = frozenset({
    RowProblemKind.EMAIL_INVALID, RowProblemKind.PHONE_INVALID, RowProblemKind.WEBSITE_INVALID,
    RowProblemKind.VALUE_INVALID, RowProblemKind.VALUE_NEGATIVE, RowProblemKind.CURRENCY_INVALID,
    RowProblemKind.STAGE_UNKNOWN,
})  # fmt: skip
# The words of those note lines; messages.translate_kept_labels() puts the user's language in.
KEPT_LABELS: dict[RowProblemKind, str] = {
    RowProblemKind.EMAIL_INVALID: "Not imported as an e-mail: %1",
    RowProblemKind.PHONE_INVALID: "Not imported as a phone: %1",
    RowProblemKind.WEBSITE_INVALID: "Not imported as a web address: %1",
    RowProblemKind.VALUE_INVALID: "Not imported as a value: %1",
    RowProblemKind.VALUE_NEGATIVE: "Not imported as a value: %1",
    RowProblemKind.CURRENCY_INVALID: "Not imported as a currency: %1",
    RowProblemKind.STAGE_UNKNOWN: "Not imported as a stage: %1",
}


def kept_note(problem: RowProblem) -> str:
    return KEPT_LABELS[problem.kind].replace("%1", problem.value)


class Record(NamedTuple):
    """One contact read from a file: a lead, or the problems that keep it out; with a lead,
    ``problems`` lists the values kept in its notes instead (KEPT_KINDS). ``line`` is 1-based.
    A tuple, not a frozen dataclass: made 100,000 times in a big import, at a third of the cost."""

    line: int
    lead: Lead | None
    problems: tuple[RowProblem, ...] = ()


# Leadbook's CSV export neutralises formulas with a leading apostrophe; reading undoes that.
_NEUTRALISED = re.compile(r"^'(?=[=+\-@\t\r])")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+")
_SPLIT_EMAILS = re.compile(r"\s*(?::::|[,;\n])\s*")
_SPLIT_PHONES = re.compile(r"\s*(?::::|[;\n])\s*")
_SPLIT_TAGS = re.compile(r"\s*(?::::|[,;\n])\s*")
_NOTES_HEADERS = frozenset({"notes", "note", "anteckningar", "anteckning", "notizen", "notiz", "备注", "comments"})
_TRUE = frozenset({"1", "yes", "y", "true", "x", "ja", "j", "wahr", "是", "✓", "✔"})
_SKIPPED_LABELS = frozenset({"mycontacts", "starred"})  # Google's system groups

_STAGES: dict[str, Stage] = {s.value: s for s in Stage} | {
    "lead": Stage.NEW, "open": Stage.NEW, "new lead": Stage.NEW, "ny": Stage.NEW, "neu": Stage.NEW,
    "kontaktad": Stage.CONTACTED, "kontaktiert": Stage.CONTACTED, "in contact": Stage.CONTACTED,
    "kvalificerad": Stage.QUALIFIED, "qualifiziert": Stage.QUALIFIED,
    "quote": Stage.PROPOSAL, "offer": Stage.PROPOSAL, "offert": Stage.PROPOSAL, "angebot": Stage.PROPOSAL,
    "förhandling": Stage.NEGOTIATION, "verhandlung": Stage.NEGOTIATION,
    "closed won": Stage.WON, "customer": Stage.WON, "vunnen": Stage.WON, "gewonnen": Stage.WON,
    "lost": Stage.NO, "closed lost": Stage.NO, "nej": Stage.NO, "förlorad": Stage.NO, "verloren": Stage.NO,
    "nein": Stage.NO, "later": Stage.NURTURE,
}  # fmt: skip
_SOURCES: dict[str, Source] = {s.value: s for s in Source} | {
    "website": Source.WEB, "web inquiry": Source.WEB, "webbplats": Source.WEB, "webseite": Source.WEB,
    "e-mail": Source.EMAIL, "mail": Source.EMAIL, "e-post": Source.EMAIL, "telephone": Source.PHONE,
    "telefon": Source.PHONE, "call": Source.PHONE, "recommendation": Source.REFERRAL, "tips": Source.REFERRAL,
    "empfehlung": Source.REFERRAL, "advert": Source.AD, "advertisement": Source.AD, "ads": Source.AD,
    "annons": Source.AD, "anzeige": Source.AD, "trade show": Source.EVENT, "fair": Source.EVENT,
    "mässa": Source.EVENT, "messe": Source.EVENT, "cold call": Source.COLD, "kall": Source.COLD,
}  # fmt: skip


def clean_cell(text: str) -> str:
    """A cell as the user meant it: trimmed, without NULs, other control or bidi characters
    (``core.sanitise``), or a formula-neutralising apostrophe."""
    text = clean_text(text, multiline=True).strip()
    return _NEUTRALISED.sub("", text) if text[:1] == "'" else text


def _plain_label(text: str) -> str:
    return " ".join(text.casefold().replace("_", " ").split())


class Fields:
    """The values one contact gives for each target, in the order they came.

    Keyed by the target's string value: hashing an Enum member is a Python-level call, and
    this runs for every cell of a 100,000-row file."""

    # Targets whose values are one item each, never split at "," or ";" (a vCard has one EMAIL or
    # TEL a line, and "a\\;b" is one value there); a CSV cell may hold several.
    whole: frozenset[str] = frozenset()

    def __init__(self) -> None:
        self.values: dict[str, list[tuple[str, str]]] = {}

    def add(self, target: Target | str, text: str, label: str = "") -> None:
        key = target.value if isinstance(target, Target) else target
        if not key:
            return
        text = clean_cell(text)
        if text:
            found = self.values.get(key)
            if found is None:
                self.values[key] = [(label, text)]
            else:
                found.append((label, text))

    def first(self, target: Target) -> str:
        found = self.values.get(target.value)
        return found[0][1] if found else ""

    def all(self, target: Target) -> list[str]:
        return [text for _label, text in self.values.get(target.value, ())]

    def labelled(self, target: Target) -> list[tuple[str, str]]:
        return list(self.values.get(target.value, ()))

    def __bool__(self) -> bool:
        return bool(self.values)


# The same, outside double quotes: '"mia;work"@example.com' is one address (RFC 5322 quoted local part).
_SPLIT_EMAILS_QUOTED = re.compile(r'\s*(?::::|[,;\n])\s*(?=(?:[^"]*"[^"]*")*[^"]*$)')


def split_emails(text: str) -> list[str]:
    return [e for e in (_SPLIT_EMAILS_QUOTED if '"' in text else _SPLIT_EMAILS).split(text) if e]


def split_phones(text: str) -> list[str]:
    return [p for p in _SPLIT_PHONES.split(text) if p]


def split_tags(text: str) -> list[str]:
    tags = []
    for tag in _SPLIT_TAGS.split(text):
        if tag.startswith("* "):  # Google: "* myContacts ::: * starred ::: Customers"
            tag = tag[2:]
            if tag.casefold() in _SKIPPED_LABELS:
                continue
        if tag:
            tags.append(tag)
    return tags


def _unique(values: list[str], key) -> tuple[str, ...]:
    if len(values) < 2:
        return tuple(values)
    seen: set[str] = set()
    kept = []
    for value in values:
        k = key(value) or value
        if k not in seen:
            seen.add(k)
            kept.append(value)
    return tuple(kept)


def _strip_scheme(text: str, scheme: str) -> str:
    return text[len(scheme) :].strip() if text.lower().startswith(scheme) else text


# Fields a lead has one of; a contact's further values for them go to its notes.
_ONE_VALUE_KEPT = ("company", "role", "address", "postal_code", "city", "region", "country", "website")
_NOTES_LABEL: dict[str, bool] = {}  # column label -> is it a plain "Notes" column (cached: labels repeat)


_LEAD_DEFAULTS = {f.name: f.default for f in dataclass_fields(Lead)}
# Filled without calling Lead (``object.__new__``): made first, so no other thread finds it half made.
_FAST_LEAD = (
    not hasattr(made_now(Lead), "__post_init__")
    and not hasattr(Lead, "__slots__")
    and all(f.default is not MISSING for f in dataclass_fields(Lead) if f.name != "name")
)


def new_lead(**values: object) -> Lead:
    """``Lead(**values)``, five times faster: a frozen dataclass sets each of its 27 fields
    through ``object.__setattr__``, which adds up over 100,000 rows. Falls back to the real
    constructor if Lead ever gains a __post_init__ or slots (a test compares the two)."""
    if not _FAST_LEAD:
        return Lead(**values)  # type: ignore[arg-type]
    state = dict(_LEAD_DEFAULTS)
    state.update(values)
    return _lead_from_state(state)


def _lead_from_state(state: dict[str, object]) -> Lead:
    """A Lead from a dict that names every one of its fields (build_lead's fast path)."""
    if not _FAST_LEAD:
        return Lead(**state)  # type: ignore[arg-type]
    lead = object.__new__(Lead)
    object.__setattr__(lead, "__dict__", state)
    return lead


_LEAD_NAMES = tuple(f.name for f in dataclass_fields(Lead))
_LEAD_VALUES = attrgetter(*_LEAD_NAMES)
# Fields holding an enum member: packed as its value (unpack_lead looks it up in the enum's own table).
_LEAD_ENUMS = tuple(_LEAD_NAMES.index(name) for name in ("source", "stage", "preferred_channel", "interval_unit"))


def pack_lead(lead: Lead) -> bytes:
    """A Lead as one bytes object (``marshal`` of its field values), for holding 100,000 of them
    while an import is planned: about the size of its text, where the Lead itself, a dict of 27
    fields and a string object per value, takes 1.5 to 2 KB. ``unpack_lead`` gives it back equal."""
    return marshal.dumps(lead_values(lead))  # type: ignore[arg-type]  # str, int, float, None and tuples of them


def lead_values(lead: Lead) -> tuple[object, ...]:
    """A Lead's field values in order, enum members as their values (what ``pack_lead`` packs,
    and what store.leads.insert_leads_bulk writes ``as_values``)."""
    values = list(_LEAD_VALUES(lead))
    for at in _LEAD_ENUMS:
        member = values[at]
        if member is not None:
            values[at] = member._value_
    return tuple(values)


def packed_values(packed: bytes) -> tuple[object, ...]:
    """``lead_values`` of a packed lead."""
    return marshal.loads(packed)


def unpack_lead(packed: bytes) -> Lead:
    state = dict(zip(_LEAD_NAMES, marshal.loads(packed)))
    state["source"] = _SOURCE_OF[state["source"]]
    state["stage"] = _STAGE_OF[state["stage"]]
    if state["preferred_channel"] is not None:
        state["preferred_channel"] = _CHANNEL_OF[state["preferred_channel"]]
    if state["interval_unit"] is not None:
        state["interval_unit"] = _UNIT_OF[state["interval_unit"]]
    return _lead_from_state(state)


_SOURCE_OF, _STAGE_OF = Source._value2member_map_, Stage._value2member_map_
_CHANNEL_OF, _UNIT_OF = Channel._value2member_map_, IntervalUnit._value2member_map_


def _emails(found: list[tuple[str, str]]) -> tuple[str, ...]:
    if len(found) == 1:  # the common case, without a regular expression: one address in one cell
        text = found[0][1]
        if "," not in text and ";" not in text and "\n" not in text and ":::" not in text:
            return (_strip_scheme(text, "mailto:") if text[:1] in "mM" else text,)
    return _unique([_strip_scheme(e, "mailto:") for _l, text in found for e in split_emails(text)], email_key)


def _phones(found: list[tuple[str, str]]) -> tuple[str, ...]:
    if len(found) == 1:
        text = found[0][1]
        if ";" not in text and "\n" not in text and ":::" not in text:
            return (_strip_scheme(text, "tel:") if text[:1] in "tT" else text,)
    return _unique([_strip_scheme(p, "tel:") for _l, text in found for p in split_phones(text)], phone_digits_key)


_TAGS_OF: dict[str, tuple[str, ...]] = {}  # a labels cell -> its tags (cached: a few label sets, many contacts)


def _tags(found: list[tuple[str, str]]) -> tuple[str, ...]:
    if len(found) == 1:
        text = found[0][1]
        tags = _TAGS_OF.get(text)
        if tags is None:
            if len(_TAGS_OF) >= 10_000:
                _TAGS_OF.clear()
            tags = _TAGS_OF[text] = normalise_tags(split_tags(text))
        return tags
    return normalise_tags([t for _l, text in found for t in split_tags(text)])


def _is_notes_label(label: str) -> bool:
    known = _NOTES_LABEL.get(label)
    if known is None:
        known = _NOTES_LABEL[label] = not label or _plain_label(label) in _NOTES_HEADERS
    return known


def build_lead(fields: Fields) -> tuple[Lead | None, list[RowProblem]]:
    """The lead these values describe and the values it keeps in its notes instead (an e-mail
    that is not an address, text in a phone column...), or None and the problems that keep it out.

    Written for speed as well as sense: it runs once per row, 100,000 times in a big import
    (hence the plain string keys, see ``Fields``)."""
    problems: list[RowProblem] = []
    values = fields.values
    one = {key: found[0][1] for key, found in values.items()}
    get = one.get
    found_emails = values.get("email")
    found_phones = values.get("phone")
    if fields.whole:
        emails = _unique([_strip_scheme(t, "mailto:") for _l, t in found_emails], email_key) if found_emails else ()
        phones = _unique([_strip_scheme(t, "tel:") for _l, t in found_phones], phone_digits_key) if found_phones else ()
    else:
        emails = _emails(found_emails) if found_emails else ()
        phones = _phones(found_phones) if found_phones else ()
    company = get("company", "")
    name = get("name", "")
    if not name:
        first, last = get("first_name", ""), get("last_name", "")
        if first and last and _CJK.fullmatch(first + last):  # 王 + 芳: family name first, no space
            name = last + first
        else:
            middle = get("middle_name", "")
            name = f"{first} {middle} {last}" if middle else (f"{first} {last}" if first and last else first or last)
    if "  " in name or "\n" in name or "\t" in name or name[:1] == " " or name[-1:] == " ":
        name = " ".join(name.split())
    kept: list[RowProblem] = []  # values that cannot be what their column says: kept in the notes
    if emails:
        bad = [e for e in emails if not is_valid_email(e)]
        if bad:
            emails = tuple(e for e in emails if e not in bad)
            kept.extend(RowProblem(RowProblemKind.EMAIL_INVALID, e) for e in bad)
    if phones:
        bad = [p for p in phones if not is_valid_phone(p)]
        if bad:
            phones = tuple(p for p in phones if p not in bad)
            kept.extend(RowProblem(RowProblemKind.PHONE_INVALID, p) for p in bad)
    name = name or company or (emails[0] if emails else "")
    if not name:
        problems.append(RowProblem(RowProblemKind.NO_NAME))

    notes = [text if _is_notes_label(label) else f"{label}: {text}" for label, text in values.get("notes", ())]
    for key in _ONE_VALUE_KEPT:  # a second address, city, web page...: kept in the notes with its column's name
        found = values.get(key)
        if found is not None and len(found) > 1:
            first = found[0][1]
            notes.extend(f"{label}: {text}" if label else text for label, text in found[1:] if text != first)
    stage = Stage.NEW
    if "stage" in one:
        found_stage = _STAGES.get(_plain_label(one["stage"]))
        if found_stage is None:
            kept.append(RowProblem(RowProblemKind.STAGE_UNKNOWN, one["stage"]))
        else:
            stage = found_stage
    source = Source.OTHER
    if "source" in one:
        found_source = _SOURCES.get(_plain_label(one["source"]))
        if found_source is None:  # kept as words: the seller's own source names are worth keeping
            notes.append(f"{values['source'][0][0] or 'Source'}: {one['source']}")
        else:
            source = found_source
    value = None
    if "value" in one:
        try:
            value = parse_amount(one["value"])
        except ValueError:
            kept.append(RowProblem(RowProblemKind.VALUE_INVALID, one["value"]))
        else:
            if value is not None and value < 0:
                kept.append(RowProblem(RowProblemKind.VALUE_NEGATIVE, one["value"]))
                value = None
    website = get("website", "")
    if website and not valid_website(website):
        kept.append(RowProblem(RowProblemKind.WEBSITE_INVALID, website))
        website = ""
    currency = get("currency", "").upper()
    if currency and not valid_currency(currency):
        kept.append(RowProblem(RowProblemKind.CURRENCY_INVALID, get("currency", "")))
        currency = ""
    if kept:
        notes.extend(kept_note(problem) for problem in kept)
    address = get("address", "")
    if "postal_code" in one or "region" in one:
        address = ", ".join(p for p in (address, get("postal_code"), get("region")) if p)
    tags = values.get("tags")
    rapport = values.get("rapport")
    lead = _lead_from_state(
        {  # every field of Lead, in its order (a test holds this to Lead's fields)
            "name": name or "?",
            "company": company,
            "role": get("role", ""),
            "is_decision_maker": "decision_maker" not in one,
            "decision_maker_name": get("decision_maker", ""),
            "decision_maker_contact": "",
            "emails": emails,
            "phones": phones,
            "address": address,
            "city": get("city", ""),
            "country": get("country", ""),
            "website": website,
            "source": source,
            "stage": stage,
            "value": value,
            "currency": currency,
            "preferred_channel": None,
            "interval_count": None,
            "interval_unit": None,
            "best_time": get("best_time", ""),
            "rapport": "\n\n".join(text for _l, text in rapport) if rapport else "",
            "notes": "\n\n".join(notes) if len(notes) != 1 else notes[0],
            "tags": _tags(tags) if tags else (),
            "do_not_contact": "do_not_contact" in one and _plain_label(one["do_not_contact"]) in _TRUE,
            "id": None,
            "created_at": "",
            "updated_at": "",
        }
    )
    for problem in lead_problems(lead):  # none left but a missing name, unless a rule above is laxer
        kind = _FIELD_PROBLEMS.get(problem.problem)
        if kind is not None:
            problems.append(RowProblem(kind, problem.value))
    return (None, problems) if problems else (lead, kept)


_FIELD_PROBLEMS = {
    Problem.EMAIL_INVALID: RowProblemKind.EMAIL_INVALID,
    Problem.PHONE_INVALID: RowProblemKind.PHONE_INVALID,
    Problem.WEBSITE_INVALID: RowProblemKind.WEBSITE_INVALID,
    Problem.VALUE_NEGATIVE: RowProblemKind.VALUE_NEGATIVE,
    Problem.CURRENCY_INVALID: RowProblemKind.CURRENCY_INVALID,
    Problem.VALUE_NOT_A_NUMBER: RowProblemKind.VALUE_INVALID,
}


def _contains(haystack: str, needle: str) -> bool:
    return " ".join(needle.split()).casefold() in " ".join(haystack.split()).casefold()


def merge_view(lead: Lead) -> tuple[object, ...]:
    """The fields merge_leads reads, in the order of store.leads.MERGE_VIEW_COLUMNS (which reads
    them from the book without making Leads)."""
    return (lead.company, lead.role, lead.address, lead.city, lead.country, lead.website, lead.best_time,
            lead.decision_maker_name, lead.emails, lead.phones, lead.notes, lead.rapport, lead.value,
            lead.do_not_contact)  # fmt: skip


def merge_adds_nothing(view: tuple[object, ...], tags: tuple[str, ...], incoming: Lead) -> bool:
    """Would merging ``incoming`` into a lead with this merge_view and these tags change nothing?
    True only when it surely would not: every field a merge reads is the same (merge_leads
    then returns the lead as it is). False cases are for merge_leads itself to answer."""
    return view == merge_view(incoming) and (not incoming.tags or set(incoming.tags) <= set(tags))


def merge_leads(existing: Lead, incoming: Lead) -> Lead:
    """``existing`` with what ``incoming`` adds: empty fields filled, new e-mails, phones and
    tags appended, new notes added below. Nothing the seller wrote is overwritten; the name,
    stage and source stay theirs. Merging the same contact twice changes nothing."""
    changes: dict[str, object] = {}
    for name in ("company", "role", "address", "city", "country", "website", "best_time"):
        if not getattr(existing, name):
            value = getattr(incoming, name)
            if value:
                changes[name] = value
    if not existing.decision_maker_name and incoming.decision_maker_name:
        changes.update(decision_maker_name=incoming.decision_maker_name, is_decision_maker=False)
    unseen = [e for e in incoming.emails if e not in existing.emails]  # the same spelling: known (and fast)
    if unseen:
        known_emails = {email_key(e) for e in existing.emails}
        new_emails = tuple(e for e in unseen if email_key(e) not in known_emails)
        if new_emails:
            changes["emails"] = existing.emails + new_emails
    unseen = [p for p in incoming.phones if p not in existing.phones]
    if unseen:
        known_phones = {phone_digits_key(p) or p for p in existing.phones}  # the same number, spelt otherwise
        new_phones = tuple(p for p in unseen if (phone_digits_key(p) or p) not in known_phones)
        if new_phones:
            changes["phones"] = existing.phones + new_phones
    if incoming.tags and not set(incoming.tags) <= set(existing.tags):
        tags = normalise_tags(existing.tags + incoming.tags)
        if tags != normalise_tags(existing.tags):
            changes["tags"] = tags
    for name in ("notes", "rapport"):
        old, new = getattr(existing, name), getattr(incoming, name)
        if new and new not in old and not _contains(old, new):  # "in": the same text again, found fast
            changes[name] = f"{old}\n\n{new}" if old else new
    if existing.value is None and incoming.value is not None:
        changes.update(value=incoming.value, currency=existing.currency or incoming.currency)
    if incoming.do_not_contact and not existing.do_not_contact:
        changes["do_not_contact"] = True
    if not changes:
        return existing
    if not _FAST_LEAD:
        return existing.with_changes(**changes)
    state = dict(existing.__dict__)  # dataclasses.replace without 27 calls of object.__setattr__
    state.update(changes)
    return _lead_from_state(state)
