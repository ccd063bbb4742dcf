"""Reading a contacts file as text: size limit, binary and wrong-format checks, encoding detection.

Contacts files come from many programs: Google and LinkedIn write UTF-8, Excel writes
UTF-8 with a BOM, UTF-16 ("Unicode text") or the Windows code page (1252 in western
Europe), old phones write whatever they like. Detection is by bytes, never by the file
name, and every refusal is a ``FileProblem`` with a code the GUI and CLI put in words.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

# Big enough for several hundred thousand contacts with every Outlook column; a larger
# file is almost certainly not a contacts export, and reading it would only stall.
MAX_BYTES = 256 * 1024 * 1024


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


@dataclass(frozen=True)
class TextFile:
    """A file's text with how it was read."""

    path: Path
    text: str
    encoding: str  # "utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "cp1252"
    fingerprint: str  # sha256 of the bytes: tells "the same file again"
    size: int


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
    text, encoding = decode(data)
    return TextFile(path, text, encoding, hashlib.sha256(data).hexdigest(), len(data))


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was written in; raises FileProblem for binary or empty data."""
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
        return _checked_text(text.lstrip("\ufeff")), encoding
    if b"\x00" in data[:65536]:
        raise FileProblem(FileProblemKind.BINARY)
    if data.startswith(codecs.BOM_UTF8):
        try:
            return _checked_text(data[3:].decode("utf-8")), "utf-8-sig"
        except UnicodeDecodeError as error:
            if error.start >= len(data) - 3 - 4:  # cut in the middle of the last character
                raise FileProblem(FileProblemKind.TRUNCATED, "utf-8", _line_at(data, error.start + 3)) from error
            return _checked_text(data[3:].decode("utf-8", errors="replace")), "utf-8-sig"
    try:
        return _checked_text(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError as error:
        if error.start >= len(data) - 4 and _mostly_utf8(data[: error.start]):
            raise FileProblem(FileProblemKind.TRUNCATED, "utf-8", _line_at(data, error.start)) from error
    # Windows-1252 leaves five bytes undefined; they turn into U+FFFD rather than a refusal.
    return _checked_text(data.decode("cp1252", errors="replace")), "cp1252"


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


def sniff_kind(text: str) -> str:
    """What a decoded text is: "vcard", "calendar", "html", "json" or "csv" (anything else)."""
    head = text.lstrip("\ufeff \t\r\n")[:200].upper()
    if head.startswith("BEGIN:VCARD"):
        return "vcard"
    if head.startswith("BEGIN:VCALENDAR"):
        return "calendar"
    if head.startswith(("<!DOCTYPE HTML", "<HTML", "<?XML")):
        return "html"
    if head.startswith("{") or re.match(r"\[\s*[\[{\"]", head):
        return "json"
    return "csv"
