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
from array import array
from bisect import bisect_left
from collections.abc import Callable, Hashable, Iterable, Sequence
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
    """A value of the index's dicts as a sequence: one ref is kept as itself, more than one in a
    list (a list per key would cost 70 bytes a contact three times over)."""
    if found is None:
        return ()
    return found if type(found) is list else (found,)


def _add_to(seen: Any, key: int, ref: Any) -> None:
    found = seen.get(key)
    if found is None:
        seen[key] = ref
    elif type(found) is list:
        if ref not in found:
            found.append(ref)
    elif found != ref:
        seen[key] = [found, ref]


_HASH_MASK = (1 << 30) - 1  # an int below 2**30 is Python's smallest (28 bytes; 36 for 64 bits)


def key_hash(key: str) -> int:  # written out where it is used in a loop: hash(key) & _HASH_MASK
    """A key as the index holds it: 30 bits of the string's own hash (computed once and cached
    by Python, randomised per process). Two keys may share one; the index then compares the
    contacts' real values (``DuplicateIndex._has``), so a shared hash never makes a match."""
    return hash(key) & _HASH_MASK


# (name, company, e-mails, phones) of a contact, as the index compares them
Contact = tuple[str, str, tuple[str, ...], tuple[str, ...]]


class DuplicateIndex:
    """Keys of known contacts; ``find`` answers whether a contact is one of them, or may be.

    The index holds no text of the contacts it knows: a key (an e-mail, a phone number's last
    digits, name plus company) is held as a small int (``key_hash``, or the digits themselves)
    mapped to the contacts that have it. When a contact's key is found, the contact's real
    values are read (``people_of``: the book's lead from the book, an earlier row of a file from
    its packed lead) and compared, so two keys sharing a hash never match. Contacts added
    without ``people_of`` (``add``, ``add_rows`` before it is set) are kept whole."""

    def __init__(self, home_region: str = "", people_of: Callable[[Hashable], Contact | None] | None = None) -> None:
        self.numbers = PhoneNumbers(home_region)
        # key_hash -> ref, or a list of refs when several share it (see _one_or_more)
        self._emails: dict[int, Any] = {}
        self._phones: dict[int, Any] = {}  # a number's last digits (_phone_tail) as an int -> refs
        self._names: dict[int, Any] = {}
        self._contacts: dict[Hashable, Contact] = {}  # contacts kept whole (no people_of for them)
        self._people: dict[
            Hashable, tuple[str, str, tuple[str, ...]]
        ] = {}  # who a contact is now, where merged rows changed it
        self._learned: dict[
            Hashable, list[tuple[str, str]]
        ] = {}  # keys merged rows gave a contact: ("e"|"p"|"n", value)
        self._folded: dict[Hashable, str] = {}  # ref -> person_key (or ""), worked out when first compared
        self._recent: dict[Hashable, Contact | None] = {}  # contacts read through people_of lately
        self._name_keys: dict[Hashable, tuple[frozenset[str], str]] = {}  # and their e-mail and name keys
        self._last_ref: Hashable = None  # the contact read last (asked for several times in a row)
        self._last: Contact | None = None
        # The keys add_rows gave with people_of set (a book's leads): e-mails, phones, names, each
        # key with its ref in one int ((key << _REF_BITS) | ref), sorted: 8 bytes a key, not ~64 in a dict.
        self._book: tuple[array[int], array[int], array[int]] = (array("q"), array("q"), array("q"))
        self.people_of = people_of
        # The lead find_keys last found the short way with every key of the contact (add_keys
        # would learn nothing from it), else None.
        self.found_exactly: Hashable = None

    def add(self, ref: Hashable, name: str, company: str, emails: Iterable[str], phones: Iterable[str]) -> None:
        """Remember a contact."""
        self.add_keys(ref, contact_keys(name, company, emails, phones))

    def add_rows(self, rows: Iterable[tuple[Hashable, str, str, str, str]]) -> None:
        """``add`` for many contacts given as (ref, name, company, e-mails, phones), the lists
        as the book stores them (one a line): the book's 100,000 leads in one call. With
        ``people_of`` set only their keys are held (``people_of`` reads them again when one is
        found); names are folded only when a contact is compared with them."""
        contacts = self._contacts
        keep = self.people_of is None
        seen: tuple[Any, Any, Any]
        add: Callable[[Any, int, Any], None]
        if keep:
            seen, add = (self._emails, self._phones, self._names), _add_to
        else:  # each key as one int of a sorted array: (key << _REF_BITS) | ref
            seen, add = self._book, _add_packed
        emails_seen, phones_seen, names_seen = seen
        for ref, name, company, emails, phones in rows:
            if not keep and not (type(ref) is int and 0 <= ref < _MAX_REF):
                self._contacts[ref] = (name, company, _lines(emails), _lines(phones))  # not for the arrays
                self.add_keys(ref, contact_keys(name, company, _lines(emails), _lines(phones)), keep_who=False)
                continue
            if emails:
                for email in emails.split("\n"):
                    key = email_key(email)
                    if key:
                        add(emails_seen, hash(key) & _HASH_MASK, ref)
            if phones:
                for phone in phones.split("\n"):
                    tail = _phone_tail(phone)
                    if tail:
                        add(phones_seen, int(tail), ref)
            key = name_key(name, company)
            if key:
                add(names_seen, hash(key) & _HASH_MASK, ref)
            if keep:
                contacts[ref] = (name, company, _lines(emails), _lines(phones))
        if not keep:
            self._book = tuple(array("q", sorted(keys)) for keys in self._book)  # type: ignore[assignment]

    def _refs(self, kind: int, seen: dict[int, Any], key: int) -> Any:
        """The refs holding ``key`` (a key_hash or a phone's tail) of one kind (0 e-mails, 1 phones, 2 names)."""
        found = seen.get(key)
        book = self._book[kind]
        at = bisect_left(book, key << _REF_BITS)
        end = len(book)
        if at == end or book[at] >> _REF_BITS != key:  # none of the book's leads has it
            return () if found is None else (found if type(found) is list else (found,))
        refs = [] if found is None else (list(found) if type(found) is list else [found])
        while at < end:
            packed = book[at]
            if packed >> _REF_BITS != key:
                break
            ref = packed & _REF_MASK
            if ref not in refs:
                refs.append(ref)
            at += 1
        return refs

    def _sole_lead(self, keys: Keys) -> int | None:
        """The lead of the book that is the contact with ``keys`` for sure, found the short way:
        it holds each of the keys that anyone holds, nobody else holds any, and its name, company
        and e-mails are the contact's own (then it holds all its e-mail keys). None otherwise
        (find_keys then searches the long way)."""
        emails, phones, names = self._emails, self._phones, self._names
        book_emails, book_phones, book_names = self._book
        mask = _HASH_MASK
        sole = -1
        for text in keys.emails:
            key = hash(text) & mask
            if emails.get(key) is not None:
                return None
            at = bisect_left(book_emails, key << _REF_BITS)  # _sole_ref, written out: 100,000 rows
            if at == len(book_emails) or book_emails[at] >> _REF_BITS != key:
                continue
            ref = (
                -2
                if at + 1 < len(book_emails) and book_emails[at + 1] >> _REF_BITS == key
                else book_emails[at] & _REF_MASK
            )
            if ref != -1:
                if ref == -2 or sole not in (-1, ref):
                    return None
                sole = ref
        for tail, _phone in keys.phones:
            key = int(tail)
            if phones.get(key) is not None:
                return None
            ref = _sole_ref(book_phones, key)
            if ref != -1:
                if ref == -2 or sole not in (-1, ref):
                    return None
                sole = ref
        if keys.name:
            key = hash(keys.name) & mask
            if names.get(key) is not None:
                return None
            ref = _sole_ref(book_names, key)
            if ref != -1:
                if ref == -2 or sole not in (-1, ref):
                    return None
                sole = ref
        if sole < 0 or sole in self._people or sole in self._contacts:
            return None
        contact = self.people_of(sole) if self.people_of is not None else self.contact(sole)  # (the one read it takes)
        who = keys.who
        if contact is None or contact[0] != who[0] or contact[1] != who[1] or contact[2] != who[2]:
            return None
        if all(phone in contact[3] for _tail, phone in keys.phones):
            self.found_exactly = sole
        return sole

    def contact(self, ref: Hashable) -> Contact | None:
        """(name, company, e-mails, phones) of a known contact as it was added (None: not known)."""
        if ref == self._last_ref:
            return self._last
        known = self._contacts.get(ref)
        if known is not None or self.people_of is None:
            return known
        recent = self._recent
        if ref in recent:
            return recent[ref]
        if len(recent) >= 256:
            recent.clear()
        known = recent[ref] = self.people_of(ref)
        self._last_ref, self._last = ref, known
        return known

    def who(self, ref: Hashable) -> tuple[str, str, tuple[str, ...]] | None:
        """(name, company, e-mails) of a known contact, None for one not known."""
        known = self._people.get(ref)
        if known is not None:
            return known
        contact = self.contact(ref)
        return None if contact is None else (contact[0], contact[1], contact[2])

    def _has(self, ref: Hashable, kind: str, value: str, *, as_typed: bool = False, who: Any = None) -> bool:
        """Does ``ref`` really have this key ("e": an e-mail key, "n": a name key, "p": a phone as
        typed)? What the hashes found is checked here against the contact's values. ``who``:
        (name, company, e-mails) of the contact the key is of; when ``ref`` has the very same
        ones (a file imported again) it has the same e-mail and name keys."""
        contact = self.contact(ref)
        if contact is not None:
            if (
                who is not None
                and kind != "p"
                and contact[0] == who[0]
                and contact[1] == who[1]
                and contact[2] == who[2]
            ):
                return True
            if kind == "p":
                if self._same_number(value, contact[3], as_typed=as_typed):
                    return True
            else:
                keys = self._name_keys.get(ref)
                if keys is None:  # its e-mail keys and name key, worked out once while it is compared
                    if len(self._name_keys) >= 256:
                        self._name_keys.clear()
                    name, company, emails, _phones = contact
                    keys = self._name_keys[ref] = (frozenset(map(email_key, emails)), name_key(name, company))
                if (value in keys[0]) if kind == "e" else (value == keys[1]):
                    return True
        learned = self._learned.get(ref)
        if not learned:
            return False
        if kind == "p":
            return self._same_number(value, [v for k, v in learned if k == "p"], as_typed=as_typed)
        return (kind, value) in learned

    def _same_number(self, phone: str, known: Sequence[str], *, as_typed: bool = False) -> bool:
        """Is ``phone`` one of the ``known`` numbers? ``as_typed``: the very same text is enough
        (a key is there already), without parsing it."""
        if as_typed and phone in known:
            return True
        tail = _phone_tail(phone)
        return any(_phone_tail(other) == tail and self.numbers.same(phone, other) for other in known)

    def add_keys(self, ref: Hashable, keys: Keys, *, keep_who: bool = True) -> None:
        """Remember a contact's keys. ``keep_who=False``: a new contact that ``people_of`` knows
        (an earlier row of the file), only its keys are held. Otherwise a contact not known yet is
        kept whole, and one known (a lead a row merges into) learns the keys it did not have."""
        emails, phones, name, who = keys
        if not keep_who:
            for key in emails:
                _add_to(self._emails, hash(key) & _HASH_MASK, ref)
            for tail, _phone in phones:
                _add_to(self._phones, int(tail), ref)
            if name:
                _add_to(self._names, hash(name) & _HASH_MASK, ref)
            return
        known = self.who(ref)
        if known is None:
            self._contacts[ref] = (who[0], who[1], tuple(who[2]), tuple(phone for _tail, phone in phones))
            self._recent.pop(ref, None)
            self._name_keys.pop(ref, None)
            self._last_ref = self._last = None
            self.add_keys(ref, keys, keep_who=False)
            return
        contact = self.contact(ref)
        if (contact is not None and contact[0] == who[0] and contact[1] == who[1] and contact[2] == who[2]
                and all(phone in contact[3] for _tail, phone in phones)):  # fmt: skip
            emails, phones, name = (), (), ""  # the very same contact (a file imported again): no key to learn
        for key in emails:
            if not self._has(ref, "e", key, who=who):
                self._learned.setdefault(ref, []).append(("e", key))
                _add_to(self._emails, hash(key) & _HASH_MASK, ref)
        for tail, phone in phones:
            if not self._has(ref, "p", phone, as_typed=True):
                self._learned.setdefault(ref, []).append(("p", phone))
                _add_to(self._phones, int(tail), ref)
        if name and not self._has(ref, "n", name, who=who):
            self._learned.setdefault(ref, []).append(("n", name))
            _add_to(self._names, hash(name) & _HASH_MASK, ref)
        if known[:2] == who[:2]:
            pass  # the same name and company (a file imported again): nothing to learn about the person
        elif not self.person(ref) and has_person_name(*who):
            # A contact without a name that is merged with a named one is that person from now on.
            self._people[ref] = (who[0], who[1], tuple(who[2]))
            self._folded.pop(ref, None)

    def person(self, ref: Hashable) -> str:
        known = self._folded.get(ref)
        if known is None:
            name, company, emails = self.who(ref) or ("", "", ())
            known = _person_of(name, company, emails)
            self._folded[ref] = known
        return known

    def find(self, name: str, company: str, emails: Iterable[str], phones: Iterable[str]) -> Match | None:
        return self.find_keys(contact_keys(name, company, emails, phones))

    def find_keys(self, keys: Keys) -> Match | None:
        """The contact this one is (``Match.ref``), or None when it is new; either way with the
        possible duplicates it has. None when it shares nothing with anyone."""
        found: dict[Hashable, MatchBy] = {}  # ref -> the strongest thing shared, in order of finding
        has, mask = self._has, _HASH_MASK
        emails, phones, names = self._emails, self._phones, self._names
        if self._book[0] or self._book[1] or self._book[2]:
            self.found_exactly = None
            if keys.emails:
                sole = self._sole_lead(keys)
                if sole is not None:  # what the search below finds for it, the usual row of a file imported again
                    return Match(sole, MatchBy.EMAIL)
            refs = self._refs
            e_refs = [refs(0, emails, hash(key) & mask) for key in keys.emails]
            p_refs = [refs(1, phones, int(tail)) for tail, _phone in keys.phones]
            n_refs = refs(2, names, hash(keys.name) & mask) if keys.name else ()
        else:  # no book's keys (a first import): the dicts alone, looked up here (100,000 rows)
            if not keys.name or names.get(hash(keys.name) & mask) is None:
                for key in keys.emails:
                    if emails.get(hash(key) & mask) is not None:
                        break
                else:
                    for tail, _phone in keys.phones:
                        if phones.get(int(tail)) is not None:
                            break
                    else:
                        return None  # shares no key with anyone: the usual new row
            e_refs = [_one_or_more(emails.get(hash(key) & mask)) for key in keys.emails]
            p_refs = [_one_or_more(phones.get(int(tail))) for tail, _phone in keys.phones]
            n_refs = _one_or_more(names.get(hash(keys.name) & mask)) if keys.name else ()
        who = keys.who
        for key, at in zip(keys.emails, e_refs):
            for ref in at:
                if ref not in found and has(ref, "e", key, who=who):
                    found[ref] = MatchBy.EMAIL
        for (_tail, phone), at in zip(keys.phones, p_refs):
            for ref in at:
                if ref not in found and has(ref, "p", phone):
                    found[ref] = MatchBy.PHONE
        by_name: Any = ()
        if keys.name:
            # a ref found already is not checked again: by_name's refs only decide where nothing else was found
            by_name = [ref for ref in n_refs if ref in found or has(ref, "n", keys.name, who=who)]
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


_REF_BITS = 33  # refs (lead ids) below 2**33 go into the sorted arrays; key_hash and tails fit in the other 30
_REF_MASK = _MAX_REF = 1 << _REF_BITS
_REF_MASK -= 1


def _sole_ref(book: Any, key: int) -> int:
    """The one ref holding ``key`` in a sorted array of packed keys (``_book``'s), -1 for none, -2 for more."""
    at = bisect_left(book, key << _REF_BITS)
    end = len(book)
    if at == end or book[at] >> _REF_BITS != key:
        return -1
    if at + 1 < end and book[at + 1] >> _REF_BITS == key:
        return -2
    return int(book[at] & _REF_MASK)


def _add_packed(keys: Any, key: int, ref: Any) -> None:
    keys.append((key << _REF_BITS) | ref)


def _lines(text: str) -> tuple[str, ...]:
    """A list as the book stores it (one a line) as a tuple."""
    return tuple([t for t in text.split("\n") if t]) if text else ()


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
