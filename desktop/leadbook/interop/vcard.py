"""vCard in (2.1, 3.0 and 4.0, through vobject) and out (3.0).

Reading: the file is cut into cards by hand first, so each card keeps its line number
and one broken card is reported instead of failing the whole file. Before vobject sees a
card, two things old phones do are smoothed over: quoted-printable soft line breaks
(vobject reads the ``=XX`` escapes and the CHARSET itself) and photos, which are dropped
with their base64 lines, because a lead has no photo and a 2.1 photo block can trip
the parser.

Writing is done here rather than through vobject: it is the same small grammar (escape,
fold at 75 octets) and fifty times faster, which matters at 100,000 leads; tests read
every written card back with vobject. Do-not-contact leads are never written (a vCard export
fills phones and address books: marketing).
"""

from __future__ import annotations

import codecs
import logging
import quopri
import re
from collections.abc import Iterable, Iterator
from typing import Any

import vobject

from ..core.model import Lead
from .csv_export import contactable
from .records import Fields, Record, RowProblem, RowProblemKind, Target, build_lead
from .textfile import MAX_VALUE_CHARS, FileProblem, FileProblemKind

_BEGIN = re.compile(r"^\s*BEGIN\s*:\s*VCARD\s*$", re.IGNORECASE)
_END = re.compile(r"^\s*END\s*:\s*VCARD\s*$", re.IGNORECASE)
_PROPERTY = re.compile(r"^[A-Za-z0-9\-.]+[;:]")
_DROPPED = re.compile(r"^(?:[A-Za-z0-9\-]+\.)?(PHOTO|LOGO|SOUND|KEY)[;:]", re.IGNORECASE)
# Properties a lead has no use for, dropped before vobject sees them (with their folded lines): Lotus
# Notes writes "PROFILE:VCard" and SOURCE/NAME (RFC 2425 directory entries) that vobject may refuse, and
# programs' own X- extensions carry nothing a lead keeps.
_UNUSED = re.compile(r"^(?:[A-Za-z0-9\-]+\.)?(?:PROFILE|SOURCE|NAME|X-[A-Za-z0-9\-]*)[;:]", re.IGNORECASE)
_VERSION = re.compile(r"^\s*VERSION\s*:", re.IGNORECASE)
# "\:" is no escape in vCard 3.0/4.0, but Apple and Google write "URL:http\://..."; vobject keeps the
# backslash. An odd number of backslashes before the colon: an escaped colon.
_ESCAPED_COLON = re.compile(r"(?<!\\)((?:\\\\)*)\\:")
# A value that looks quoted-printable although no ENCODING says so ("N:=D0=A8=D1=83;..."): decoded
# only when it is valid QP of valid UTF-8 with a character beyond ASCII, else left as written.
_BARE_QP = re.compile(r"(?:[^=]|=[0-9A-Fa-f]{2})*=[0-9A-Fa-f]{2}(?:[^=]|=[0-9A-Fa-f]{2})*")
MAX_CARDS = 1_000_000
# vobject logs every line it skips as an error; a skipped line of a contact is not one of ours.
logging.getLogger("vobject.base").setLevel(logging.CRITICAL)


def split_lines(text: str | bytes, block: int = 1 << 20) -> Iterator[str]:
    """``text.splitlines()`` a block of about ``block`` characters at a time (cut after a line
    feed, so no line break is split), instead of a list of every line of the file at once.
    ``text`` may be UTF-8 bytes (as an import keeps a vCard file): then each line is decoded
    straight from them (``_utf8_lines``)."""
    if isinstance(text, bytes):
        yield from _utf8_lines(text)
        return
    at, end = 0, len(text)
    while at < end:
        cut = text.find("\n", at + block) + 1 if at + block < end else end
        if cut <= 0:
            cut = end
        yield from text[at:cut].splitlines()
        at = cut


_EOL = re.compile(rb"\r\n?|\n")
# What str.splitlines also takes for a line break (sanitising removes all but the last two).
_OTHER_BREAKS = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def _utf8_lines(data: bytes) -> Iterator[str]:
    """The lines ``data.decode("utf-8").splitlines()`` gives, each decoded from its place in
    ``data`` (no copy of a block or of a 10 MB line beside the line itself)."""
    view = memoryview(data)
    at, end = 0, len(data)
    while at < end:
        found = _EOL.search(data, at)
        stop, after = (found.start(), found.end()) if found is not None else (end, end)
        line = codecs.utf_8_decode(view[at:stop], "surrogatepass", True)[0]
        if _OTHER_BREAKS.search(line):
            yield from line.splitlines()
            if found is not None and _OTHER_BREAKS.fullmatch(line[-1]):
                yield ""  # the line break after one of those ends an empty line
        else:
            yield line
        at = after


def split_cards(text: str | bytes) -> Iterator[tuple[int, list[str]]]:
    """Each card's first line number and its lines (BEGIN and END included).

    Raises FileProblem(TRUNCATED) for a card without its END, and NO_CONTACTS when
    there is no card at all."""
    lines = split_lines(text)
    start: int | None = None
    card: list[str] = []
    found = 0
    for number, line in enumerate(lines, 1):
        if _BEGIN.match(line):
            if start is not None:
                raise FileProblem(FileProblemKind.TRUNCATED, "vcard", start)
            start, card = number, [line]
        elif start is not None:
            card.append(line)
            if _END.match(line):
                found += 1
                if found > MAX_CARDS:
                    raise FileProblem(FileProblemKind.TOO_BIG, f"{MAX_CARDS} cards")
                yield start, card
                start, card = None, []
    if start is not None:
        raise FileProblem(FileProblemKind.TRUNCATED, "vcard", start)
    if not found:
        raise FileProblem(FileProblemKind.NO_CONTACTS)


def smooth_card(lines: list[str]) -> str:
    """A card's text ready for vobject: QP soft breaks joined, photos and the like removed,
    and a 2.1 card's values decoded and escaped as 3.0 writes them (see ``_modernise``)."""
    out: list[str] = []
    dropping = False
    base64_block = False
    joining = False
    for line in lines:
        if joining:
            out[-1] = out[-1][:-1] + line
            joining = out[-1].endswith("=")
            continue
        if dropping:
            if line[:1] in (" ", "\t"):
                continue
            if base64_block and line.strip() and not _PROPERTY.match(line) and not _END.match(line):
                continue
            if base64_block and not line.strip():
                dropping = base64_block = False
                continue
            dropping = base64_block = False
        if _DROPPED.match(line):
            dropping = True
            head = line.split(":", 1)[0].upper()
            base64_block = "BASE64" in head or "ENCODING=B" in head
            continue
        if _UNUSED.match(line):
            dropping = True  # with its folded lines
            continue
        if not line.strip():
            continue
        if "\\:" in line:
            line = _ESCAPED_COLON.sub(r"\1:", line)
        out.append(line)
        head = line.split(":", 1)[0].upper()
        joining = "QUOTED-PRINTABLE" in head and line.endswith("=")
    versions = [line.split(":", 1)[1].strip() for line in out if _VERSION.match(line)]
    if not versions:  # some programs leave VERSION out: 2.1 if it looks like 2.1, else 3.0
        looks_21 = any("QUOTED-PRINTABLE" in line.split(":", 1)[0].upper() for line in out)
        versions = ["2.1" if looks_21 else "3.0"]
        out.insert(1, f"VERSION:{versions[0]}")
    out = [_modernise(line) for line in out] if versions[0] == "2.1" else [_bare_qp(line) for line in out]
    return "\r\n".join(out) + "\r\n"


_STRUCTURED = frozenset({"N", "ADR", "ORG"})
_QP_PARAM = re.compile(r";(?:ENCODING=)?QUOTED-PRINTABLE(?=;|$)", re.IGNORECASE)
_CHARSET_PARAM = re.compile(r";CHARSET=([^;:]*)(?=;|$)", re.IGNORECASE)


def _modernise(line: str) -> str:
    """One 2.1 property as 3.0 writes it.

    In 2.1 a comma or a backslash in a value is just a character, and quoted-printable
    text may hide line breaks; vobject reads values with 3.0's escapes, so a 2.1 note
    "Met at the fair, wants a quote" would lose everything after the comma. Here the
    value is decoded (quoted-printable in its CHARSET) and escaped the 3.0 way.
    """
    if line[:1] in (" ", "\t") or ":" not in line:
        return line
    head, value = line.split(":", 1)
    name = head.split(";", 1)[0].split(".")[-1].upper()
    if name in ("BEGIN", "END", "VERSION"):
        return line
    if not _QP_PARAM.search(head):
        decoded = _decode_bare_qp(value)
        if decoded is not None:
            value = decoded
    if _QP_PARAM.search(head):
        charset_match = _CHARSET_PARAM.search(head)
        charset = charset_match.group(1).strip('"') if charset_match else "utf-8"
        raw = quopri.decodestring(value.encode("utf-8"))
        try:
            value = raw.decode(charset)
        except (LookupError, UnicodeDecodeError):
            value = raw.decode("utf-8", errors="replace") if _is_utf8(raw) else raw.decode("cp1252", errors="replace")
        head = _QP_PARAM.sub("", head)
    head = _CHARSET_PARAM.sub("", head)
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    if name in _STRUCTURED:
        value = value.replace(",", "\\,").replace("\n", "\\n")
    else:
        value = value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
    return f"{head}:{value}"


def _decode_bare_qp(value: str) -> str | None:
    """A value written in quoted-printable without saying so, decoded; None when it is not
    valid QP of valid UTF-8 with a character beyond ASCII (then it is meant as written)."""
    if "=" not in value or not _BARE_QP.fullmatch(value):
        return None
    raw = quopri.decodestring(value.encode("utf-8"))
    if raw.isascii():
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _bare_qp(line: str) -> str:
    """One 3.0/4.0 property with a value in unannounced quoted-printable decoded and escaped."""
    if line[:1] in (" ", "\t") or ":" not in line or "=" not in line:
        return line
    head, value = line.split(":", 1)
    if _QP_PARAM.search(head) or "ENCODING" in head.upper():
        return line
    decoded = _decode_bare_qp(value)
    if decoded is None:
        return line
    name = head.split(";", 1)[0].split(".")[-1].upper()
    decoded = decoded.replace("\r\n", "\n").replace("\r", "\n")
    if name in _STRUCTURED:
        return f"{head}:" + decoded.replace(",", "\\,").replace("\n", "\\n")
    return f"{head}:" + decoded.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    if isinstance(value, (list, tuple)):
        return " ".join(_text(v) for v in value if v)
    return str(value or "")


def tel_text(value: str) -> str:
    """A TEL value as a phone: an RFC 3966 URI ("tel:+1-418-656-9254;ext=102", vCard 4.0's
    VALUE=uri) as "+1-418-656-9254 ext. 102"; anything else as written."""
    if value[:4].lower() != "tel:":
        return value
    number, *params = value[4:].split(";")
    extension = next((p.split("=", 1)[1] for p in params if p.lower().startswith("ext=")), "")
    return f"{number} ext. {extension}" if extension else number


_WHOLE = frozenset({Target.EMAIL.value, Target.PHONE.value})


def card_fields(card: Any) -> Fields:
    """The Fields a parsed vobject card gives."""
    fields = Fields()
    fields.whole = _WHOLE  # one EMAIL or TEL a line: never split at "," or ";"
    contents = card.contents
    for line in contents.get("fn", ()):
        fields.add(Target.NAME, _text(line.value))
    for line in contents.get("n", ()):
        value = line.value
        if hasattr(value, "given"):
            fields.add(Target.FIRST_NAME, _text(value.given))
            fields.add(Target.MIDDLE_NAME, _text(value.additional))
            fields.add(Target.LAST_NAME, _text(value.family))
    for line in contents.get("org", ()):
        value = line.value
        fields.add(Target.COMPANY, _text(value[0] if isinstance(value, list) and value else value))
    for key in ("title", "role"):
        for line in contents.get(key, ()):
            fields.add(Target.ROLE, _text(line.value))
    for line in contents.get("email", ()):
        fields.add(Target.EMAIL, _text(line.value))
    for line in contents.get("tel", ()):
        fields.add(Target.PHONE, tel_text(_text(line.value)))
    for line in contents.get("adr", ()):
        value = line.value
        if hasattr(value, "street"):
            # "Suite 210" (extended) and a PO box are part of the address too
            fields.add(Target.ADDRESS, ", ".join(t for t in (_text(value.street), _text(value.extended),
                                                             _text(value.box)) if t))  # fmt: skip
            fields.add(Target.POSTAL_CODE, _text(value.code))
            fields.add(Target.CITY, _text(value.city))
            fields.add(Target.REGION, _text(value.region))
            fields.add(Target.COUNTRY, _text(value.country))
    for line in contents.get("url", ()):
        fields.add(Target.WEBSITE, _text(line.value))
    for line in contents.get("note", ()):
        fields.add(Target.NOTES, _text(line.value))
    for line in contents.get("categories", ()):
        value = line.value
        names = [_text(v) for v in value] if isinstance(value, list) else [_text(value)]
        # Google's system groups are no tags of the seller's (as in its CSV: "* myContacts")
        fields.add(Target.TAGS, ",".join(n for n in names if n.casefold() not in ("mycontacts", "starred")))
    return fields


def too_large_property(lines: list[str]) -> int | None:
    """The line (0-based in the card) of the first property that, unfolded, is longer than
    ``MAX_VALUE_CHARS``; None when there is none. Photos and the like are dropped unread, so
    their size does not count."""
    size = start = 0
    continuing = dropped = qp = False
    for number, line in enumerate(lines):
        if continuing or line[:1] in (" ", "\t"):
            size += len(line)
        else:
            head = line[:256].split(":", 1)[0].upper()
            size, start, dropped = len(line), number, bool(_DROPPED.match(line))
            qp = "QUOTED-PRINTABLE" in head
        continuing = qp and line.endswith("=")
        if size > MAX_VALUE_CHARS and not dropped:
            return start
    return None


def read_vcards(text: str | bytes) -> Iterator[Record]:
    """Every card as a Record with the line its BEGIN is on; ``text`` may be UTF-8 bytes."""
    for line, lines in split_cards(text):
        if too_large_property(lines) is not None:  # refused before vobject, which needs ~15 bytes a character
            yield Record(line, None, (RowProblem(RowProblemKind.VALUE_TOO_LARGE),))
            continue
        try:
            # allowQP: vobject's other way of joining folded lines is a regular expression that
            # takes ~160 bytes per character of a long value (a 10 MB note: 1.6 GB)
            lines[0], lines[-1] = "BEGIN:VCARD", "END:VCARD"  # as split_cards found them: "begin : vcard" too
            card = vobject.readOne(smooth_card(lines), ignoreUnreadable=True, allowQP=True)
            fields = card_fields(card)
        except Exception as error:  # noqa: BLE001 - vobject raises many kinds for one bad card
            detail = re.sub(r"^At line \d+: ", "", " ".join(str(error).split()))[:120]  # vobject's own count
            yield Record(line, None, (RowProblem(RowProblemKind.CARD_UNREADABLE, detail),))
            continue
        lead, problems = build_lead(fields)
        yield Record(line, lead, tuple(problems))


# --- writing --------------------------------------------------------------------------------


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\").replace("\r\n", "\n").replace("\r", "\n")
        .replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    )  # fmt: skip


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space (RFC 6350 3.2),
    never inside a UTF-8 character."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line + "\r\n"
    parts: list[str] = []
    current: list[str] = []
    size, limit = 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append("".join(current))
            current, size, limit = [], 0, 74
        current.append(char)
        size += width
    parts.append("".join(current))
    return "\r\n ".join(parts) + "\r\n"


def _split_name(name: str) -> tuple[str, str]:
    """(family, given) for N: the last word is the family name; one word is all family."""
    words = name.split()
    if len(words) < 2:
        return name.strip(), ""
    return words[-1], " ".join(words[:-1])


def lead_to_vcard(lead: Lead, uid: str = "") -> str:
    family, given = _split_name(lead.name)
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{_escape(lead.name)}", f"N:{_escape(family)};{_escape(given)};;;"]
    if lead.company:
        lines.append(f"ORG:{_escape(lead.company)}")
    if lead.role:
        lines.append(f"TITLE:{_escape(lead.role)}")
    for n, email in enumerate(lead.emails):
        lines.append(f"EMAIL;TYPE=INTERNET{',PREF' if n == 0 and len(lead.emails) > 1 else ''}:{_escape(email)}")
    for phone in lead.phones:
        lines.append(f"TEL;TYPE=VOICE:{_escape(phone)}")
    if lead.address or lead.city or lead.country:
        lines.append(f"ADR;TYPE=WORK:;;{_escape(lead.address)};{_escape(lead.city)};;;{_escape(lead.country)}")
    if lead.website:
        lines.append(f"URL:{_escape(lead.website)}")
    if lead.tags:
        lines.append("CATEGORIES:" + ",".join(_escape(t) for t in lead.tags))
    if lead.notes:
        lines.append(f"NOTE:{_escape(lead.notes)}")
    if uid:
        lines.append(f"UID:{_escape(uid)}")
    if lead.updated_at:
        lines.append(f"REV:{lead.updated_at}")
    lines.append("END:VCARD")
    return "".join(_fold(line) for line in lines)


def write_vcards(leads: Iterable[Lead], out, uid_for=None) -> int:
    """Write the leads (do-not-contact ones left out) as vCard 3.0 to the text file ``out``;
    returns how many."""
    count = 0
    for lead in contactable(leads):
        out.write(lead_to_vcard(lead, uid_for(lead) if uid_for else ""))
        count += 1
    return count
