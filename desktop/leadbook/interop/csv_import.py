"""CSV contacts: the delimiter, the header row, known exports (Google, Outlook, LinkedIn,
Leadbook's own) and a guessed column mapping for anything else.

The encoding is found by ``textfile``; here the text becomes a ``CsvTable`` (header,
rows with their line numbers) and a ``Mapping`` (one ``Target`` per column) turns rows
into ``Record``s.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import field
from enum import Enum
from itertools import islice
from typing import NamedTuple, overload

from ..core.frozen import FrozenRecord
from .records import NAMING_TARGETS, Fields, Record, RowProblem, RowProblemKind, Target, build_lead, clean_cell
from .textfile import MAX_BYTES, MAX_VALUE_CHARS, FileProblem, FileProblemKind

DELIMITERS = (",", ";", "\t")
# Rows looked at to find the delimiter and the header (LinkedIn puts a preamble first).
_SNIFF_ROWS = 60
_HEADER_SEARCH = 20  # rows that are not blank: blank lines before the header are skipped, however many
MAX_ROWS = 1_000_000
# csv's own limit on a cell is the file's: a cell over MAX_VALUE_CHARS is read whole (so the
# rows after it are read right) and refused with its row, as other bad rows are.
_FIELD_LIMIT = MAX_BYTES
_BLANK_LINES = re.compile(r"(?:[ \t]*(?:\r\n|\r|\n))*")


class Profile(str, Enum):
    """Exports recognised by their header; GENERIC needs the user's column mapping."""

    GOOGLE = "google"
    OUTLOOK = "outlook"
    LINKEDIN = "linkedin"
    LEADBOOK = "leadbook"
    THUNDERBIRD = "thunderbird"
    GENERIC = "generic"


class CsvRow(NamedTuple):
    """A tuple, not a dataclass: a 100,000-row file makes 100,000 of them."""

    line: int  # where the row starts in the file, 1-based
    cells: list[str]


class CsvRows(Sequence[CsvRow]):
    """The data rows of a read CSV file, parsed again from its text each time they are gone
    through, instead of held as lists of cells (a cell as a Python string costs about 50 bytes
    more than its text, a row as a list 60 more: several times the file for short values).
    The text is kept as UTF-8, a byte a character for most contacts files. Indexing and
    slicing work (the preview takes the first rows), each by reading from the start."""

    __slots__ = ("_count", "_data", "_delimiter", "_skip", "_strict", "_too_large")

    def __init__(self, data: bytes, delimiter: str, strict: bool, skip: int, count: int,
                 too_large: frozenset[int]) -> None:  # fmt: skip
        self._data, self._delimiter, self._strict = data, delimiter, strict
        self._skip, self._count, self._too_large = skip, count, too_large  # skip: kept rows before the body

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[CsvRow]:
        rows = _kept_rows(self._data, self._delimiter, self._strict, self._too_large)
        return islice(rows, self._skip, self._skip + self._count)

    @overload
    def __getitem__(self, index: int) -> CsvRow: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[CsvRow, ...]: ...
    def __getitem__(self, index: int | slice) -> CsvRow | tuple[CsvRow, ...]:
        if isinstance(index, slice):
            start, stop, step = index.indices(self._count)
            return tuple(islice(self, start, max(start, stop), step)) if step > 0 else tuple(self)[index]
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(index)
        return next(islice(self, index, None))


class CsvTable(FrozenRecord):
    header: tuple[str, ...]
    header_line: int
    rows: Sequence[CsvRow]  # a CsvRows when read from a file
    delimiter: str
    profile: Profile
    too_large: frozenset[int] = field(default=frozenset())  # lines of rows with a value over the limit

    @property
    def signature(self) -> str:
        """Identifies "a file with these columns", to remember the user's mapping for it."""
        plain = "\x1f".join(_norm(h) for h in self.header)
        return hashlib.sha1(plain.encode("utf-8")).hexdigest()[:16]


Mapping = tuple[Target, ...]


def _norm(header: str) -> str:
    return " ".join(header.replace("\ufeff", "").strip().strip('"').casefold().replace("_", " ").split())


# --- known exports ----------------------------------------------------------------------

_GOOGLE_PATTERNS: tuple[tuple[str, Target], ...] = (
    (r"name", Target.NAME),
    (r"(first|given) name", Target.FIRST_NAME),
    (r"(middle|additional) name", Target.MIDDLE_NAME),
    (r"(last|family) name", Target.LAST_NAME),
    (r"organization( 1 -)? name", Target.COMPANY),
    (r"organization( 1 -)? title", Target.ROLE),
    (r"organization( 1 -)? department", Target.NOTES),
    (r"e-mail \d+ - value", Target.EMAIL),
    (r"phone \d+ - value", Target.PHONE),
    (r"address \d+ - street", Target.ADDRESS),
    (r"address \d+ - (extended address|po box)", Target.ADDRESS),
    (r"address \d+ - postal code", Target.POSTAL_CODE),
    (r"address \d+ - city", Target.CITY),
    (r"address \d+ - region", Target.REGION),
    (r"address \d+ - country", Target.COUNTRY),
    (r"website \d+ - value", Target.WEBSITE),
    (r"notes", Target.NOTES),
    (r"labels|group membership", Target.TAGS),
)

_OUTLOOK: dict[str, Target] = {
    "first name": Target.FIRST_NAME, "middle name": Target.MIDDLE_NAME, "last name": Target.LAST_NAME,
    "company": Target.COMPANY, "job title": Target.ROLE,
    "e-mail address": Target.EMAIL, "e-mail 2 address": Target.EMAIL, "e-mail 3 address": Target.EMAIL,
    "mobile phone": Target.PHONE, "business phone": Target.PHONE, "business phone 2": Target.PHONE,
    "primary phone": Target.PHONE, "home phone": Target.PHONE, "home phone 2": Target.PHONE,
    "company main phone": Target.PHONE, "other phone": Target.PHONE, "car phone": Target.PHONE,
    "assistant's phone": Target.PHONE, "callback": Target.PHONE, "radio phone": Target.PHONE,
    "isdn": Target.PHONE, "tty/tdd phone": Target.PHONE,
    # A fax or pager is no number to call: kept in the notes under its column's name.
    "business fax": Target.NOTES, "home fax": Target.NOTES, "other fax": Target.NOTES, "pager": Target.NOTES,
    "telex": Target.NOTES, "department": Target.NOTES,
    "business street": Target.ADDRESS, "business street 2": Target.ADDRESS, "business street 3": Target.ADDRESS,
    "business postal code": Target.POSTAL_CODE, "business city": Target.CITY,
    "business state": Target.REGION, "business country/region": Target.COUNTRY, "business address": Target.ADDRESS,
    "home street": Target.ADDRESS, "home street 2": Target.ADDRESS, "home street 3": Target.ADDRESS,
    "home postal code": Target.POSTAL_CODE, "home city": Target.CITY, "home address": Target.ADDRESS,
    "home state": Target.REGION, "home country/region": Target.COUNTRY,
    "other street": Target.ADDRESS, "other postal code": Target.POSTAL_CODE, "other city": Target.CITY,
    "other state": Target.REGION, "other country/region": Target.COUNTRY, "other address": Target.ADDRESS,
    "web page": Target.WEBSITE, "personal web page": Target.WEBSITE, "notes": Target.NOTES,
    "categories": Target.TAGS, "manager's name": Target.DECISION_MAKER,
}  # fmt: skip

# Thunderbird's address book export (its rows carry one empty cell more than its header).
_THUNDERBIRD: dict[str, Target] = {
    "first name": Target.FIRST_NAME, "last name": Target.LAST_NAME, "display name": Target.NAME,
    "primary email": Target.EMAIL, "secondary email": Target.EMAIL,
    "work phone": Target.PHONE, "home phone": Target.PHONE, "mobile number": Target.PHONE,
    "fax number": Target.NOTES, "pager number": Target.NOTES,
    "work address": Target.ADDRESS, "work address 2": Target.ADDRESS, "work city": Target.CITY,
    "work state": Target.REGION, "work zipcode": Target.POSTAL_CODE, "work country": Target.COUNTRY,
    # Its home columns come before the work ones; a lead's address is the work one, home stays in the notes.
    "home address": Target.NOTES, "home address 2": Target.NOTES, "home city": Target.NOTES,
    "home state": Target.NOTES, "home zipcode": Target.NOTES, "home country": Target.NOTES,
    "job title": Target.ROLE, "department": Target.NOTES, "organization": Target.COMPANY,
    "web page 1": Target.WEBSITE, "web page 2": Target.WEBSITE, "notes": Target.NOTES,
}  # fmt: skip

_LINKEDIN: dict[str, Target] = {
    "first name": Target.FIRST_NAME, "last name": Target.LAST_NAME, "url": Target.WEBSITE,
    "email address": Target.EMAIL, "company": Target.COMPANY, "position": Target.ROLE,
    "connected on": Target.NOTES,
}  # fmt: skip

# Leadbook's own export (csv_export.HEADER): the column names are the contract.
LEADBOOK_HEADER: dict[str, Target] = {
    "name": Target.NAME, "company": Target.COMPANY, "role": Target.ROLE, "e-mail": Target.EMAIL,
    "phone": Target.PHONE, "address": Target.ADDRESS, "city": Target.CITY, "country": Target.COUNTRY,
    "website": Target.WEBSITE, "stage": Target.STAGE, "source": Target.SOURCE, "value": Target.VALUE,
    "currency": Target.CURRENCY, "tags": Target.TAGS, "decision-maker": Target.DECISION_MAKER,
    "best time to reach": Target.BEST_TIME, "rapport notes": Target.RAPPORT, "notes": Target.NOTES,
    "do not contact": Target.DO_NOT_CONTACT,
}  # fmt: skip


def _google_target(header: str) -> Target:
    for pattern, target in _GOOGLE_PATTERNS:
        if re.fullmatch(pattern, header):
            return target
    return Target.IGNORE


def detect_profile(header: Sequence[str]) -> Profile:
    names = {_norm(h) for h in header}
    if {"first name", "last name", "email address", "connected on"} <= names:  # with or without URL (older)
        return Profile.LINKEDIN
    if {"display name", "primary email", "secondary email", "mobile number"} <= names:
        return Profile.THUNDERBIRD
    if {"e-mail 1 - value"} <= names and (names & {"first name", "given name", "name"}):
        return Profile.GOOGLE
    if {"first name", "last name", "e-mail address", "business phone", "mobile phone"} <= names:
        return Profile.OUTLOOK
    if {"name", "company", "e-mail", "phone", "stage", "source", "do not contact"} <= names:
        return Profile.LEADBOOK
    return Profile.GENERIC


def profile_mapping(profile: Profile, header: Sequence[str]) -> Mapping:
    """The columns of a known export, mapped."""
    if profile == Profile.GOOGLE:
        return tuple(_google_target(_norm(h)) for h in header)
    table = {Profile.OUTLOOK: _OUTLOOK, Profile.LINKEDIN: _LINKEDIN, Profile.LEADBOOK: LEADBOOK_HEADER,
             Profile.THUNDERBIRD: _THUNDERBIRD}.get(profile, {})  # fmt: skip
    return tuple(table.get(_norm(h), Target.IGNORE) for h in header)


# Column names people use, in English, Swedish, German and Chinese, for guessing a mapping.
_SYNONYMS: dict[Target, tuple[str, ...]] = {
    Target.NAME: ("name", "full name", "fullname", "contact", "contact name", "display name", "namn",
                  "fullständigt namn", "kontakt", "kontaktperson", "vollständiger name", "ansprechpartner",
                  "姓名", "名字", "联系人"),
    Target.FIRST_NAME: ("first name", "firstname", "given name", "förnamn", "vorname", "名"),
    Target.MIDDLE_NAME: ("middle name", "additional name", "mellannamn", "zweiter vorname"),
    Target.LAST_NAME: ("last name", "lastname", "surname", "family name", "efternamn", "nachname", "姓"),
    Target.COMPANY: ("company", "company name", "organization", "organisation", "organization name", "org",
                     "business", "account", "account name", "företag", "bolag", "firma", "firmenname",
                     "unternehmen", "公司", "单位", "公司名称"),
    Target.ROLE: ("title", "job title", "position", "role", "befattning", "titel", "roll", "jobtitel",
                  "funktion", "职位", "职务"),
    Target.EMAIL: ("email", "e-mail", "mail", "email address", "e-mail address", "e-mail 1", "e-post",
                   "epost", "e-postadress", "mejl", "e-mail-adresse", "e-mail-adresse 1", "邮箱", "电子邮件", "电子邮箱", "邮件"),
    Target.PHONE: ("phone", "telephone", "tel", "tel.", "mobile", "cell", "phone number", "mobile phone",
                   "business phone", "work phone", "home phone", "telefon", "telefonnummer", "telefonnr",
                   "mobil", "mobiltelefon", "mobilnummer", "handy",
                   "telefon geschäftlich", "telefon (geschäftlich)", "telefon privat", "telefon, arbete",
                   "telefon arbete", "telefon, hem", "telefon hem", "arbetstelefon", "电话", "手机", "联系电话", "电话号码"),
    Target.ADDRESS: ("address", "street", "street address", "adress", "gatuadress", "utdelningsadress",
                     "straße", "strasse", "anschrift", "adresse",
                     "straße geschäftlich", "gatuadress, arbete", "地址"),
    Target.POSTAL_CODE: ("zip", "zip code", "postal code", "postcode", "postnummer", "plz", "postleitzahl",
                         "postleitzahl geschäftlich", "postnummer, arbete", "邮编"),
    Target.CITY: ("city", "town", "ort", "stad", "postort", "stadt", "ort geschäftlich", "postort, arbete", "城市"),
    Target.REGION: ("state", "region", "province", "county", "län", "bundesland", "省"),
    Target.COUNTRY: ("country", "country/region", "land", "land/region", "land/region geschäftlich",
                     "land/region, arbete", "国家"),
    Target.WEBSITE: ("website", "web", "url", "homepage", "web page", "webbplats", "hemsida", "webseite",
                     "网站", "网址"),
    Target.NOTES: ("notes", "note", "comments", "comment", "description", "anteckningar", "anteckning",
                   "kommentar", "notizen", "notiz", "bemerkung", "备注", "说明"),
    Target.TAGS: ("tags", "tag", "labels", "categories", "category", "etiketter", "taggar", "kategorier",
                  "kategorie", "kategorien", "schlagworte", "标签"),
    Target.STAGE: ("stage", "status", "lead status", "deal stage", "fas", "steg", "phase", "阶段"),
    Target.SOURCE: ("source", "lead source", "källa", "quelle", "来源"),
    Target.VALUE: ("value", "deal value", "amount", "värde", "belopp", "wert", "betrag", "金额"),
    Target.CURRENCY: ("currency", "valuta", "währung", "货币"),
    Target.RAPPORT: ("rapport", "rapport notes", "personal notes"),
    Target.BEST_TIME: ("best time", "best time to reach", "bästa tid", "erreichbarkeit"),
    Target.DECISION_MAKER: ("decision maker", "decision-maker", "beslutsfattare", "entscheider"),
    Target.DO_NOT_CONTACT: ("do not contact", "do not call", "opt out", "kontakta ej", "nicht kontaktieren"),
}  # fmt: skip
_GUESS = {_norm(word): target for target, words in _SYNONYMS.items() for word in words}


# Column names made of a kind and a label, as Apple Contacts' CSV exporters and many others write them
# ("Email: Work", "Phone (Mobile)", "Address: Home: City", "Work Email 2"), when no whole name is known.
_GUESS_PARTS: tuple[tuple[re.Pattern[str], Target], ...] = tuple((re.compile(p), t) for p, t in (
    (r"\b(label|type)\b", Target.IGNORE),
    (r"\b(e-?mail|email address)\b", Target.EMAIL),
    (r"\b(fax|pager)\b", Target.NOTES),
    (r"\b(phone|mobile|cell|telephone|tel)\b", Target.PHONE),
    (r"\b(zip|zip ?code|postal code|postcode)\b", Target.POSTAL_CODE),
    (r"\bcity\b", Target.CITY),
    (r"\b(state|province|region)\b", Target.REGION),
    (r"\bcountry\b", Target.COUNTRY),
    (r"\b(street|address)\b", Target.ADDRESS),
    (r"\b(url|web ?page|website|homepage)\b", Target.WEBSITE),
    (r"\b(company|organi[sz]ation)\b", Target.COMPANY),
    (r"\bjob title\b", Target.ROLE),
))  # fmt: skip


def _guess_by_parts(name: str) -> Target:
    for pattern, target in _GUESS_PARTS:
        if pattern.search(name):
            return target
    return Target.IGNORE


def guess_mapping(header: Sequence[str]) -> Mapping:
    """A first mapping for an unknown CSV, from the column names; single fields are given once."""
    mapping: list[Target] = []
    used: set[Target] = set()
    for column in header:
        name = _norm(column)
        target = _GUESS.get(name) or _GUESS.get(re.sub(r"\s*\d+$", "", name)) or _guess_by_parts(name)
        if target in used and target not in (Target.EMAIL, Target.PHONE, Target.TAGS, Target.NOTES):
            target = Target.IGNORE
        used.add(target)
        mapping.append(target)
    return tuple(mapping)


def mapping_names_someone(mapping: Mapping) -> bool:
    """Does the mapping fill a name, a company or an e-mail? Otherwise no row could be a lead."""
    return bool(NAMING_TARGETS & set(mapping))


def mapping_to_json(mapping: Mapping) -> str:
    return json.dumps([t.value for t in mapping])


def mapping_from_json(text: str, columns: int) -> Mapping | None:
    """A remembered mapping, if it still fits a file with ``columns`` columns."""
    try:
        values = json.loads(text)
        mapping = tuple(Target(v) for v in values)
    except (ValueError, TypeError):
        return None
    return mapping if len(mapping) == columns else None


# --- reading -----------------------------------------------------------------------------


class _Cut(Exception):
    def __init__(self, line: int, error: csv.Error) -> None:
        super().__init__(str(error))
        self.line = line
        self.error = error


def _reader(lines: Iterable[str], delimiter: str, strict: bool) -> Iterator[CsvRow]:
    """Rows with the line each starts on; a csv.Error comes out as _Cut with that line. ``lines``
    end with their line breaks, split at CR, LF and CRLF (as a file opened with newline="")."""
    csv.field_size_limit(_FIELD_LIMIT)
    reader = csv.reader(lines, delimiter=delimiter, strict=strict)
    start = 1
    try:
        for row in reader:
            yield CsvRow(start, row)
            start = reader.line_num + 1
    except csv.Error as error:
        raise _Cut(start, error) from error


def _utf8_lines(data: bytes) -> Iterator[str]:
    """The lines of UTF-8 ``data`` decoded a block at a time (io.StringIO would hold the whole
    text at four bytes a character)."""
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="surrogatepass", newline="")


def _text_lines(text: str) -> Iterator[str]:
    return io.StringIO(text, newline="")


def sniff_delimiter(text: str) -> str:
    """The delimiter that gives the most rows with the same number of cells (and more than one)."""
    best, best_score = ",", (0, 0)
    blank = _BLANK_LINES.match(text)
    assert blank is not None  # it matches the empty string
    start = blank.end()
    sample = text[start : start + 200_000]
    for delimiter in DELIMITERS:
        counts: Counter[int] = Counter()
        try:
            n = 0
            for _line, row in _reader(_text_lines(sample), delimiter, strict=False):
                if not row:
                    continue
                n += 1
                if n > _SNIFF_ROWS:
                    break
                if len(row) > 1:
                    counts[len(row)] += 1
        except _Cut:
            continue
        if counts:
            width, rows = counts.most_common(1)[0]
            score = (rows, width)
            if score > best_score:
                best, best_score = delimiter, score
    return best


def read_csv(text: str, *, delimiter: str | None = None, max_rows: int = MAX_ROWS) -> CsvTable:
    """Parse a CSV text; raises FileProblem when it is cut off, has no rows, or is too long.
    The whole text is read once here (so a broken file is refused before anything else); the
    table keeps it as UTF-8 and reads its rows again when they are gone through (CsvRows)."""
    delimiter = delimiter or sniff_delimiter(text)
    data = text.encode("utf-8", errors="surrogatepass")
    strict = True
    too_large: set[int] = set()
    try:
        first, count = _scan(data, delimiter, True, max_rows, too_large)
    except _Cut as cut:
        if "unexpected end of data" in str(cut):
            raise FileProblem(FileProblemKind.TRUNCATED, "quote", cut.line) from cut
        if "field larger" in str(cut):
            raise FileProblem(FileProblemKind.TOO_BIG, "cell", cut.line) from cut
        try:  # a stray quote inside a cell: read leniently, as spreadsheets do
            too_large.clear()
            strict = False
            first, count = _scan(data, delimiter, False, max_rows, too_large)
        except _Cut as again:
            raise FileProblem(FileProblemKind.TRUNCATED, "quote", again.line) from again
    header_at = _find_header(first)
    if header_at is None:
        raise FileProblem(FileProblemKind.NO_CONTACTS)
    header_line, header = first[header_at]
    header = [h.replace("\ufeff", "").strip() for h in header]
    if count - header_at - 1 > max_rows:
        raise FileProblem(FileProblemKind.TOO_BIG, f"{max_rows} rows")
    frozen = frozenset(too_large)
    body = CsvRows(data, delimiter, strict, header_at + 1, count - header_at - 1, frozen)
    return CsvTable(tuple(header), header_line, body, delimiter, detect_profile(header), frozen)


def _scan(data: bytes, delimiter: str, strict: bool, max_rows: int,
          too_large: set[int]) -> tuple[list[CsvRow], int]:  # fmt: skip
    """The first rows that are not blank (where the header is looked for) and how many such rows
    there are in all; the lines of rows with a cell over ``MAX_VALUE_CHARS`` go to ``too_large``
    (those rows come without their cells). A csv.Error comes out as _Cut with its row's line."""
    csv.field_size_limit(_FIELD_LIMIT)
    reader = csv.reader(_utf8_lines(data), delimiter=delimiter, strict=strict)
    first: list[CsvRow] = []
    wanted, limit = max(_SNIFF_ROWS, _HEADER_SEARCH), max_rows + _HEADER_SEARCH
    count, start = 0, 1
    try:
        for cells in reader:
            if cells and (cells[0].strip() or "".join(cells).strip()):  # not blank
                count += 1
                if sum(map(len, cells)) > MAX_VALUE_CHARS and max(map(len, cells)) > MAX_VALUE_CHARS:
                    too_large.add(start)
                    cells = []
                if count <= wanted:
                    first.append(CsvRow(start, cells))
                elif count > limit:
                    raise FileProblem(FileProblemKind.TOO_BIG, f"{max_rows} rows")
            start = reader.line_num + 1
    except csv.Error as error:
        raise _Cut(start, error) from error
    return first, count


def _kept_rows(data: bytes, delimiter: str, strict: bool, too_large: frozenset[int]) -> Iterator[CsvRow]:
    """The rows ``_scan`` counted (those that are not blank), with the line each starts on; the
    rows of ``too_large`` without their cells."""
    csv.field_size_limit(_FIELD_LIMIT)
    reader = csv.reader(_utf8_lines(data), delimiter=delimiter, strict=strict)
    start = 1
    for cells in reader:
        if cells and (cells[0].strip() or "".join(cells).strip()):
            yield CsvRow(start, [] if too_large and start in too_large else cells)
        start = reader.line_num + 1


def _find_header(rows: Sequence[tuple[int, list[str]]]) -> int | None:
    """The header row: a known export's header within the first rows (LinkedIn writes notes
    before it), else the first row with as many non-empty cells as most rows have."""
    candidates = rows[:_HEADER_SEARCH]
    for index, (_line, cells) in enumerate(candidates):
        if detect_profile(cells) != Profile.GENERIC:
            return index
    widths = Counter(len(cells) for _line, cells in rows[:_SNIFF_ROWS] if len(cells) > 1)
    width = widths.most_common(1)[0][0] if widths else 1
    for index, (_line, cells) in enumerate(candidates):
        filled = [c for c in cells if c.strip()]
        # A header one cell shorter than the rows counts too (Thunderbird ends each row with an empty cell).
        wide = len(cells) >= width or (len(cells) == width - 1 > 0 and cells[-1].strip() != "")
        if (wide and len(filled) >= min(width, 2)) or (width == 1 and filled):
            return index
    return None


def unused_columns(table: CsvTable, mapping: Mapping, rows: int = 10_000) -> list[str]:
    """Columns with something in them (within the first ``rows``) that the mapping leaves out:
    the preview names them. A known export's label and type columns ("E-mail 1 - Label") are not
    counted: they describe a value, they are none."""
    left = [n for n, target in enumerate(mapping) if target == Target.IGNORE and n < len(table.header)
            and not re.search(r" - (label|type)$", _norm(table.header[n]))]  # fmt: skip
    found: list[int] = []
    for row in islice(table.rows, rows):
        if not left:
            break
        cells = row.cells
        for n in [n for n in left if n < len(cells) and cells[n].strip()]:
            found.append(n)
            left.remove(n)
    return [table.header[n] for n in sorted(found)]


def mapping_for(table: CsvTable) -> Mapping:
    """The known export's mapping, or a guess from the column names."""
    if table.profile != Profile.GENERIC:
        return profile_mapping(table.profile, table.header)
    return guess_mapping(table.header)


def row_fields(header: Sequence[str], mapping: Mapping, cells: Sequence[str]) -> Fields:
    return _row_fields(_mapped_columns(header, mapping), cells)


def _mapped_columns(header: Sequence[str], mapping: Mapping) -> list[tuple[int, str, str]]:
    return [(column, target.value, header[column] if column < len(header) else "")
            for column, target in enumerate(mapping) if target != Target.IGNORE]  # fmt: skip


def _row_fields(columns: list[tuple[int, str, str]], cells: Sequence[str]) -> Fields:
    """``Fields.add`` for each mapped cell, inlined: this runs for a million cells in a big file.
    A cell is cleaned (``clean_cell``) only when it needs it; most need nothing."""
    fields = Fields()
    values = fields.values
    width = len(cells)
    for column, target, label in columns:
        if column < width:
            text = cells[column]
            if not text:
                continue
            # str.strip gives back the very same string when there is nothing to strip
            if text.strip() is not text or text[0] == "'" or "\x00" in text or "\r" in text:
                text = clean_cell(text)
                if not text:
                    continue
            found = values.get(target)
            if found is None:
                values[target] = [(label, text)]
            else:
                found.append((label, text))
    return fields


def records(table: CsvTable, mapping: Mapping) -> Iterator[Record]:
    """Each data row as a Record (a lead, or its problems), with its line in the file."""
    width = len(table.header)
    columns = _mapped_columns(table.header, mapping)
    too_large = table.too_large
    for row in table.rows:
        if too_large and row.line in too_large:
            yield Record(row.line, None, (RowProblem(RowProblemKind.VALUE_TOO_LARGE),))
            continue
        if len(row.cells) > width and any(c.strip() for c in row.cells[width:]):
            yield Record(row.line, None, (RowProblem(RowProblemKind.TOO_MANY_CELLS, str(len(row.cells))),))
            continue
        lead, problems = build_lead(_row_fields(columns, row.cells))
        yield Record(row.line, lead, tuple(problems))
