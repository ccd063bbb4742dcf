"""Duplicate detection: is this incoming contact someone the book (or the file) already has?

Two contacts are the same person only when the evidence says so (never on a guess):

1. the same **e-mail address** (case-folded, ``mailto:`` ignored) *and* a compatible name, or
2. the same full **phone number** *and* a compatible name. Numbers are parsed with
   ``phonenumbers`` (Google's libphonenumber) into E.164, the book's home country being the
   region of numbers written without a country code; a number needs at least
   ``MIN_SIGNIFICANT_DIGITS`` significant digits, and a short number never matches the end of a
   longer one. Different extensions are different numbers.
3. A contact with no usable e-mail or phone at all is the same as a lead with the same name
   and company (so a names-only file imported twice adds nothing).

Names are *compatible* when they are equal after folding case, accents and punctuation, or
equal as a set of words (given/family order: "Wang Xiaoming" = "Xiaoming Wang" = "Wang,
Xiaoming"), or when one side has no name (its "name" is its company or e-mail address).
"王小明" and "Wang Xiaoming" cannot be told apart without a pinyin dictionary, so they are not
compatible: such a pair is flagged, not merged.

A shared e-mail or phone with an incompatible name (an office switchboard, an info@
mailbox), or the same name and company with different contact data, is a **possible
duplicate**: the contact becomes its own lead and the pair is listed for review.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Callable, Hashable, Iterable
from enum import Enum
from typing import Any, NamedTuple

# A phone number is used for matching only with this many significant (national) digits:
# shorter ones are extensions, switchboard codes or cut-off numbers that different people share.
MIN_SIGNIFICANT_DIGITS = 8
# Numbers are first bucketed by the last digits of what was typed (cheap), and parsed with
# phonenumbers only when two contacts share a bucket: parsing costs ~16 µs a number.
_TAIL = 7
_MAX_CANDIDATES = 5  # possible duplicates recorded for one contact


class MatchBy(str, Enum):
    EMAIL = "email"  # the same e-mail address (and a compatible name)
    PHONE = "phone"  # the same phone number and a compatible name
    NAME = "name"  # the same name and company (nothing else to go on, or different contact data)


_EXTENSION = re.compile(r"(?i)\s*(?:;\s*ext\s*=|ext\.?|extension|x|#)\s*(\d+)\s*$")
# Every byte but 0-9: deleted from a string's UTF-8 bytes, it leaves the ASCII digits (a character
# beyond ASCII is made only of bytes >= 0x80), five times faster than re.sub("[^0-9]", "").
NOT_DIGIT_BYTES = bytes(b for b in range(256) if not 0x30 <= b <= 0x39)
_PUNCTUATION = re.compile(r"[^\w\s]")
# Letters on a phone's keypad (vanity numbers: +1-800-MYFAX).
_KEYPAD = str.maketrans({c: str(d) for d, letters in ((2, "ABC"), (3, "DEF"), (4, "GHI"), (5, "JKL"), (6, "MNO"),
                                                      (7, "PQRS"), (8, "TUV"), (9, "WXYZ"))
                         for c in letters + letters.lower()})  # fmt: skip


def email_key(email: str) -> str:
    text = email.strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    return text.strip().casefold()


def ascii_digits(text: str) -> str:
    """The characters 0-9 of ``text``, in order."""
    return text.encode("utf-8", "surrogatepass").translate(None, NOT_DIGIT_BYTES).decode("ascii")


_LETTER = re.compile(r"[A-Za-z]")


def phone_digits_key(phone: str) -> str:
    """What a phone number is made of, for telling two spellings of one value apart in a lead:
    the keypad digits with a leading "+" ("+46 70-123 45 67" = "+46701234567"), "" when it has
    no digit (then the text itself tells)."""
    text = phone.strip()
    if text[:4].lower() == "tel:":
        text = text[4:]
    if not text.isdigit() and (not text.isascii() or _LETTER.search(text)):
        text = text.translate(_KEYPAD)
    digits = ascii_digits(text)
    return ("+" + digits if text.lstrip()[:1] == "+" else digits) if digits else ""


def _phone_tail(phone: str) -> str:
    """The bucket of a typed number: its last digits before any extension, or "" when it has
    too few digits to be a full number."""
    text = phone
    if text[:4].lower() == "tel:":
        text = text[4:]
    if "x" in text or "X" in text or "#" in text or ";" in text:
        text = _EXTENSION.split(text)[0]
    if not text.isascii() or _LETTER.search(text):
        text = text.translate(_KEYPAD)
    digits = ascii_digits(text)
    return digits[-_TAIL:] if len(digits) >= MIN_SIGNIFICANT_DIGITS else ""


class PhoneNumbers:
    """Phone numbers parsed into E.164 (plus ``;ext=``) with the book's home country as the
    region of national numbers; each text is parsed once per import."""

    def __init__(self, region: str = "") -> None:
        self.region = (region or "").upper() or None
        self._known: dict[str, str] = {}

    def key(self, phone: str) -> str:
        """ "+46701234567" for "070-123 45 67" in Sweden; "" when it cannot be used."""
        known = self._known.get(phone)
        if known is None:
            known = self._known[phone] = self._parse(phone)
        return known

    def _parse(self, phone: str) -> str:
        import phonenumbers  # noqa: PLC0415 - loaded only when two contacts share a number's tail

        text = phone.strip()
        if text[:4].lower() == "tel:":
            text = text[4:]
        text = re.sub(r"(?i);\s*ext\s*=\s*", " ext. ", text)
        try:
            number = phonenumbers.parse(text, self.region)
        except phonenumbers.NumberParseException:
            return ""
        significant = phonenumbers.national_significant_number(number)
        if len(significant) < MIN_SIGNIFICANT_DIGITS or len(significant) > 15:
            return ""
        key = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        return f"{key};ext={number.extension}" if number.extension else key

    def same(self, a: str, b: str) -> bool:
        if a == b:
            return bool(self.key(a))
        key = self.key(a)
        return bool(key) and key == self.key(b)


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
    """Name plus company, as written by different programs: case, punctuation and spacing do
    not matter."""
    plain = _plain(name) or " ".join(unicodedata.normalize("NFKC", name).casefold().split())  # "?!" is a name too
    return f"{plain}\x1f{_plain(company)}" if plain else ""


_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_CJK_SPACE = re.compile(
    r"(?<=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff])\s+"
    r"(?=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff])"
)


def person_key(name: str) -> str:
    """A person's name folded for comparing: case, accents and punctuation gone, the words
    sorted (given/family order does not matter), no spaces between Chinese characters
    ("王 小明" = "王小明")."""
    if name.isascii():
        return " ".join(sorted(_plain(name).split()))
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", name).casefold())
    if not text.isascii():
        text = "".join(c for c in text if not unicodedata.combining(c))
        text = unicodedata.normalize("NFC", text)
    text = " ".join(_PUNCTUATION.sub(" ", text).split())
    if _CJK_CHAR.search(text):
        text = _CJK_SPACE.sub("", text)
    return " ".join(sorted(text.split()))


def has_person_name(name: str, company: str, emails: Iterable[str]) -> bool:
    """False when the "name" is only what a file gave instead of one: the company or an e-mail."""
    if not name.strip():
        return False
    if company and (name == company or _plain(name) == _plain(company)):
        return False
    if "@" not in name:  # not an e-mail address
        return True
    key = email_key(name)
    return not any(key == email_key(e) for e in emails)


def names_compatible(a: str, b: str) -> bool:
    """Person keys (``person_key``, "" for no name) that may be one person."""
    return not a or not b or a == b


class Match(NamedTuple):
    """The answer for one contact. Tuples rather than frozen dataclasses (here and below):
    100,000 of them in a big import.

    ``ref`` is what the contact is the same person as (None: a new lead), ``by`` why;
    ``possible`` lists (ref, why) of contacts it shares an e-mail, a phone or a name with
    but may not be: possible duplicates, for review."""

    ref: Hashable | None
    by: MatchBy | None
    possible: tuple[tuple[Hashable, MatchBy], ...] = ()


class Keys(NamedTuple):
    """A contact's keys, worked out once (they are looked up, then remembered)."""

    emails: tuple[str, ...]
    phones: tuple[tuple[str, str], ...]  # (tail, the number as typed)
    name: str  # name plus company
    who: tuple[str, str, tuple[str, ...]]  # (name, company, e-mails): folded into a person key when compared


def _person_of(name: str, company: str, emails: Iterable[str]) -> str:
    """person_key of the name, "" when the contact has no person name."""
    return person_key(name) if has_person_name(name, company, emails) else ""


def contact_keys(name: str, company: str, emails: Iterable[str], phones: Iterable[str]) -> Keys:
    emails = tuple(emails) if emails else ()
    phone_keys = []
    for phone in phones or ():
        tail = _phone_tail(phone)
        if tail:
            phone_keys.append((tail, phone))
    return Keys(
        tuple([k for k in map(email_key, emails) if k]) if emails else (),
        tuple(phone_keys),
        name_key(name, company),
        (name, company, emails),
    )


def _one_or_more(found: Any) -> Any:
    """A value of the index's dicts as a sequence: one ref (or phone entry) is kept as itself,
    more than one in a list (a list per key would cost 70 bytes a contact three times over)."""
    if found is None:
        return ()
    return found if type(found) is list else (found,)


def _add_to(seen: dict[str, Any], key: str, ref: Hashable) -> None:
    found = seen.get(key)
    if found is None:
        seen[key] = ref
    elif type(found) is list:
        if ref not in found:
            found.append(ref)
    elif found != ref:
        seen[key] = [found, ref]


class DuplicateIndex:
    """Keys of known contacts; ``find`` answers whether a contact is one of them, or may be.

    ``people_of``, when given, tells (name, company, e-mails) of a contact added with
    ``add_keys(..., keep_who=False)`` (a contact not known before), when it is needed (seldom: only a contact that shares a
    key with a later one): an import does not hold those three a second time for every row."""

    def __init__(self, home_region: str = "", people_of: Callable[[Hashable], Any] | None = None) -> None:
        self.numbers = PhoneNumbers(home_region)
        # key -> ref, or a list of refs when several share it (see _one_or_more)
        self._emails: dict[str, Any] = {}
        self._phones: dict[str, Any] = {}  # tail -> (the number as typed, ref), or a list of those
        self._names: dict[str, Any] = {}
        # ref -> (name, company, e-mails) as given; a book's lead's as one string (see who)
        self._people: dict[Hashable, tuple[str, str, Any]] = {}
        self._folded: dict[Hashable, str] = {}  # ref -> person_key (or ""), worked out when first compared
        self.people_of = people_of

    def add(self, ref: Hashable, name: str, company: str, emails: Iterable[str], phones: Iterable[str]) -> None:
        """Remember a contact."""
        self.add_keys(ref, contact_keys(name, company, emails, phones))

    def add_rows(self, rows: Iterable[tuple[Hashable, str, str, str, str]]) -> None:
        """``add`` for many contacts given as (ref, name, company, e-mails, phones), the lists
        as the book stores them (one a line): the book's 100,000 leads in one call. Names are
        folded only when a contact is compared with them."""
        emails_seen, names_seen, people = self._emails, self._names, self._people
        for ref, name, company, emails, phones in rows:
            if emails:
                for email in emails.split("\n"):
                    key = email_key(email)
                    if key:
                        _add_to(emails_seen, key, ref)
            if phones:
                for phone in phones.split("\n"):
                    tail = _phone_tail(phone)
                    if tail:
                        self._add_phone(tail, phone, ref)
            key = name_key(name, company)
            if key:
                _add_to(names_seen, key, ref)
            if type(name) is str and type(company) is str and type(emails) is str \
                    and "\x1f" not in name and "\x1f" not in company and "\x1f" not in emails:  # fmt: skip
                people[ref] = f"{name}\x1f{company}\x1f{emails}"  # type: ignore[assignment]  # one string, not four objects
            else:
                people[ref] = (name, company, emails)

    def _add_phone(self, tail: str, phone: str, ref: Hashable) -> None:
        bucket = self._phones.get(tail)
        if bucket is None:
            self._phones[tail] = (phone, ref)
            return
        if type(bucket) is not list:
            if bucket[0] == phone and bucket[1] == ref:
                return
            self._phones[tail] = [bucket, (phone, ref)]
            return
        for known, known_ref in bucket:
            if known == phone and known_ref == ref:
                return
        bucket.append((phone, ref))

    def who(self, ref: Hashable) -> tuple[str, str, Any] | None:
        """(name, company, e-mails) of a known contact, None for one not known."""
        known: Any = self._people.get(ref)
        if type(known) is str:  # as add_rows keeps a book's lead
            return tuple(known.split("\x1f"))  # type: ignore[return-value]
        if known is None and self.people_of is not None:
            known = self.people_of(ref)
        return known

    def add_keys(self, ref: Hashable, keys: Keys, *, keep_who: bool = True) -> None:
        emails, phones, name, who = keys
        for key in emails:
            _add_to(self._emails, key, ref)
        for tail, phone in phones:
            self._add_phone(tail, phone, ref)
        if name:
            _add_to(self._names, name, ref)
        if not keep_who:  # a new contact: people_of tells who it is
            return
        known = self.who(ref)
        if known is None:
            self._people[ref] = who
        elif known[:2] == who[:2]:
            pass  # the same name and company (a file imported again): nothing to learn about the person
        elif not self.person(ref) and has_person_name(*who):
            # A contact without a name that is merged with a named one is that person from now on.
            self._people[ref] = who
            self._folded.pop(ref, None)

    def person(self, ref: Hashable) -> str:
        known = self._folded.get(ref)
        if known is None:
            name, company, emails = self.who(ref) or ("", "", ())
            known = _person_of(name, company, emails.split("\n") if isinstance(emails, str) else emails)
            self._folded[ref] = known
        return known

    def find(self, name: str, company: str, emails: Iterable[str], phones: Iterable[str]) -> Match | None:
        return self.find_keys(contact_keys(name, company, emails, phones))

    def find_keys(self, keys: Keys) -> Match | None:
        """The contact this one is (``Match.ref``), or None when it is new; either way with the
        possible duplicates it has. None when it shares nothing with anyone."""
        found: dict[Hashable, MatchBy] = {}  # ref -> the strongest thing shared, in order of finding
        for key in keys.emails:
            for ref in _one_or_more(self._emails.get(key)):
                found.setdefault(ref, MatchBy.EMAIL)
        for tail, phone in keys.phones:
            for known, ref in _one_or_more(self._phones.get(tail)):
                if ref not in found and self.numbers.same(phone, known):
                    found[ref] = MatchBy.PHONE
        by_name = _one_or_more(self._names.get(keys.name)) if keys.name else ()
        for ref in by_name:
            found.setdefault(ref, MatchBy.NAME)
        if not found:
            return None
        if len(found) == 1:  # the common case (a file imported again): the very same name and company
            ref, by = next(iter(found.items()))
            known = self.who(ref)
            if by != MatchBy.NAME and known is not None and known[:2] == keys.who[:2]:
                return Match(ref, by)
        person = _person_of(*keys.who)
        for wanted in (MatchBy.EMAIL, MatchBy.PHONE):
            same = [ref for ref, by in found.items() if by == wanted and names_compatible(person, self.person(ref))]
            if not same:
                continue
            if person or len(same) == 1 or all(self.person(ref) == "" for ref in same):
                # A contact without a name that shares a mailbox with several people is none of them for sure.
                ref = same[0]
                return Match(ref, wanted, tuple((r, by) for r, by in found.items() if r != ref)[:_MAX_CANDIDATES])
            break
        if by_name and not keys.emails and not keys.phones:
            ref = by_name[0]  # nothing else to go on: the same name and company is the same contact
            return Match(ref, MatchBy.NAME, tuple((r, by) for r, by in found.items() if r != ref)[:_MAX_CANDIDATES])
        return Match(None, None, tuple(found.items())[:_MAX_CANDIDATES])


def region_from_locale(name: str | None = None) -> str:
    """The country of a locale name ("sv_SE.UTF-8" -> "SE", "de-AT" -> "AT"); without a name,
    of the user's locale (LC_ALL, LC_CTYPE, LANG). "" when it names none ("C", "POSIX", "en")."""
    if name is None:
        import locale  # noqa: PLC0415
        import os  # noqa: PLC0415

        candidates = [os.environ.get(v, "") for v in ("LC_ALL", "LC_CTYPE", "LANG")]
        with contextlib.suppress(ValueError):
            candidates.append(locale.getlocale()[0] or "")
        for candidate in candidates:
            region = region_from_locale(candidate)
            if region:
                return region
        return ""
    match = re.match(r"^[A-Za-z]{2,3}[_-]([A-Za-z]{2})(?:[.@]|$)", name.strip())
    return match.group(1).upper() if match else ""
