"""Reading a contacts file as text: size limits, binary and wrong-format checks, encoding detection.

Contacts files come from many programs: Google and LinkedIn write UTF-8, Excel writes
UTF-8 with a BOM, UTF-16 ("Unicode text") or the Windows code page (1252 in western
Europe), old phones write whatever they like. Detection is by bytes, never by the file
name, and every refusal is a ``FileProblem`` with a code the GUI and CLI put in words.

A file that is UTF-8 but for a few bad bytes is read as UTF-8: each bad byte becomes
U+FFFD where it is, and ``TextFile.replaced_lines`` says on which lines, so the import can
name those rows. Control and bidi characters are taken out of the text once it is decoded
(``core.sanitise``); tab and line breaks stay, as the file's structure needs them.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from enum import Enum
from pathlib import Path

from ..core.frozen import FrozenRecord
from ..core.sanitise import remove_unsafe

# Big enough for several hundred thousand contacts with every Outlook column; a larger
# file is almost certainly not a contacts export, and reading it would only stall.
MAX_BYTES = 256 * 1024 * 1024
# The largest value (a vCard property, a CSV cell) an import takes, in characters: a lead's
# field is never this long, and a bigger one would only cost memory. A row with a larger
# value is left out with a line-numbered message, as other bad rows are.
MAX_VALUE_CHARS = 1024 * 1024
MAX_VALUE_TEXT = "1 MB"  # MAX_VALUE_CHARS as the messages say it


class FileProblemKind(str, Enum):
    MISSING = "missing"  # no such file, or a folder
    UNREADABLE = "unreadable"  # the OS refused (permissions, I/O error)
    EMPTY = "empty"
    TOO_BIG = "too_big"
    BINARY = "binary"
    TRUNCATED = "truncated"
    WRONG_FORMAT = "wrong_format"  # a calendar, a spreadsheet, a PDF...: detail says which
    NO_CONTACTS = "no_contacts"  # readable, but nothing that could be a contact
    NO_NAME_COLUMN = "no_name_column"  # a CSV whose columns give no name, company or e-mail


class FileProblem(Exception):
    """A file that cannot be imported at all; nothing was changed."""

    def __init__(self, kind: FileProblemKind, detail: str = "", line: int = 0) -> None:
        super().__init__(f"{kind.value}: {detail}" if detail else kind.value)
        self.kind = kind
        self.detail = detail
        self.line = line


class TextFile(FrozenRecord):
    """A file's text with how it was read."""

    path: Path
    text: str  # a CSV's is let go once its table is read (importing.open_contacts_file)
    encoding: str  # "utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "cp1252"
    fingerprint: str  # sha256 of the bytes: tells "the same file again"
    size: int
    replaced_lines: tuple[int, ...] = ()  # lines where an unreadable byte became U+FFFD


# Magic numbers of files people pick by mistake, and what to call them.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "zip"),  # .xlsx, .ods, .docx and plain zip archives
    (b"%PDF", "pdf"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "office"),  # old .xls / .doc
    (b"SQLite format 3\x00", "sqlite"),
    (b"\x89PNG", "image"),
    (b"\xff\xd8\xff", "image"),
    (b"GIF8", "image"),
    (b"\x1f\x8b", "gzip"),
)


def read_text_file(path: Path | str, *, max_bytes: int | None = None) -> TextFile:
    """Read and decode ``path``; raises FileProblem when it is not a text file we can use."""
    path = Path(path)
    limit = MAX_BYTES if max_bytes is None else max_bytes
    try:
        if not path.is_file():
            raise FileProblem(FileProblemKind.MISSING, str(path))
        size = path.stat().st_size
        if size > limit:
            raise FileProblem(FileProblemKind.TOO_BIG, str(size))
        data = path.read_bytes()
    except FileProblem:
        raise
    except OSError as error:
        raise FileProblem(FileProblemKind.UNREADABLE, error.strerror or str(error)) from error
    if len(data) > limit:  # grew while we looked
        raise FileProblem(FileProblemKind.TOO_BIG, str(len(data)))
    fingerprint = hashlib.sha256(data).hexdigest()
    text, encoding, replaced = _decode(data)
    del data  # the text is what is kept: the bytes need not live alongside it
    return TextFile(path, remove_unsafe(text), encoding, fingerprint, size, replaced)


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was written in; raises FileProblem for binary or empty data."""
    text, encoding, _replaced = _decode(data)
    return text, encoding


def _decode(data: bytes) -> tuple[str, str, tuple[int, ...]]:
    """``decode``, and the lines where an unreadable byte of a UTF-8 file became U+FFFD."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise FileProblem(FileProblemKind.EMPTY)
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise FileProblem(FileProblemKind.WRONG_FORMAT, what)
    encoding = _utf16_encoding(data)
    if encoding:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as error:
            raise FileProblem(FileProblemKind.TRUNCATED, "utf-16", _line_at(data, error.start, 2)) from error
        return _checked_text(text.lstrip("\ufeff")), encoding, ()
    if b"\x00" in data[:65536]:
        raise FileProblem(FileProblemKind.BINARY)
    if data.startswith(codecs.BOM_UTF8):
        try:
            return _checked_text(data[3:].decode("utf-8")), "utf-8-sig", ()
        except UnicodeDecodeError as error:
            if error.reason == "unexpected end of data":  # cut in the middle of the last character
                raise FileProblem(FileProblemKind.TRUNCATED, "utf-8", _line_at(data, error.start + 3)) from error
            text, _bad = _utf8_replacing(data[3:])
            return _checked_text(text), "utf-8-sig", _replaced_lines(text)
    try:
        return _checked_text(data.decode("utf-8")), "utf-8", ()
    except UnicodeDecodeError as error:
        # cut in the middle of the last character (a bad byte near the end is only a bad byte)
        if error.reason == "unexpected end of data" and _mostly_utf8(data[: error.start]):
            raise FileProblem(FileProblemKind.TRUNCATED, "utf-8", _line_at(data, error.start)) from error
    text, bad = _utf8_replacing(data)
    if _overwhelmingly_utf8(text, bad):
        return _checked_text(text), "utf-8", _replaced_lines(text)
    del text
    # Windows-1252 leaves five bytes undefined; they turn into U+FFFD rather than a refusal.
    return _checked_text(data.decode("cp1252", errors="replace")), "cp1252", ()


def _utf8_replacing(data: bytes) -> tuple[str, int]:
    """UTF-8 with each unreadable byte sequence as U+FFFD, and how many there are (a U+FFFD
    the file itself holds, valid UTF-8 for "replaced before", is not counted)."""
    text = data.decode("utf-8", errors="replace")
    return text, text.count("\ufffd") - data.count(b"\xef\xbf\xbd")


def _replaced_lines(text: str) -> tuple[int, ...]:
    """The lines (1-based) with a U+FFFD. One the file itself held is listed too: in the text
    the two cannot be told apart."""
    lines: list[int] = []
    line, at = 1, 0
    found = text.find("\ufffd")
    while found >= 0:
        line += text.count("\n", at, found)
        at = found
        if not lines or lines[-1] != line:
            lines.append(line)
        found = text.find("\ufffd", found + 1)
    return tuple(lines)


def _overwhelmingly_utf8(text: str, bad: int) -> bool:
    """Does UTF-8 read most of the file's non-ASCII characters? A Windows-1252 file seldom
    holds a valid UTF-8 sequence at all (an accented capital followed by a symbol such as
    "Ã©"), while its every accented letter is a bad byte; so when the valid multi-byte
    characters outnumber the bad bytes the file is UTF-8 with a few bytes damaged."""
    if bad <= 0:
        return True
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    return non_ascii - bad > bad


def _utf16_encoding(data: bytes) -> str:
    """UTF-16 by its BOM (as Excel writes it), or by the zero bytes of mostly-Latin text."""
    if data.startswith(codecs.BOM_UTF16_LE):
        return "utf-16-le"
    if data.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be"
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 2:
        return ""
    even_zero = sum(1 for i in range(0, pairs * 2, 2) if sample[i] == 0)
    odd_zero = sum(1 for i in range(1, pairs * 2, 2) if sample[i] == 0)
    if odd_zero > 0.4 * pairs and even_zero < 0.05 * pairs:
        return "utf-16-le"
    if even_zero > 0.4 * pairs and odd_zero < 0.05 * pairs:
        return "utf-16-be"
    return ""


def _mostly_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _checked_text(text: str) -> str:
    """Text with many control characters is a binary file that happened to decode."""
    sample = text[:65536]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\t\r\n\f\v")
    if controls > max(8, len(sample) // 100):
        raise FileProblem(FileProblemKind.BINARY)
    return text


def _line_at(data: bytes, offset: int, width: int = 1) -> int:
    newline = b"\n\x00" if width == 2 else b"\n"
    return data[:offset].count(newline) + 1


_BEGIN = re.compile(r"BEGIN[ \t]*:[ \t]*(VCARD|VCALENDAR)\b")


def sniff_kind(text: str) -> str:
    """What a decoded text is: "vcard", "calendar", "html", "json" or "csv" (anything else)."""
    head = text.lstrip("\ufeff \t\r\n")[:200].upper()
    begin = _BEGIN.match(head)  # "BEGIN:VCARD", and "begin : vcard" as some programs write it
    if begin and begin.group(1) == "VCARD":
        return "vcard"
    if begin and begin.group(1) == "VCALENDAR":
        return "calendar"
    if head.startswith(("<!DOCTYPE HTML", "<HTML", "<?XML")):
        return "html"
    if head.startswith("{") or re.match(r"\[\s*[\[{\"]", head):
        return "json"
    return "csv"
