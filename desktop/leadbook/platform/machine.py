"""Settings that belong to this computer, not to a book: where this machine writes for a book,
and what this machine has been told (the fonts it lacks).

A book is a file people send each other. Anything in it that points outside it (the folder of
the calendar file, later sync accounts) would let a book someone sent write wherever it says.
So such settings live here, in ``this-machine.json`` in the data folder, keyed by the book's
absolute path, owner-only, written whole or not at all. A book whose own settings still name a
folder (an older Leadbook stored it there, or it came from someone else) is only *proposing*
it: the GUI asks the user before anything is written there (``gui/ics_mirror``).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from ..interop.files import write_atomically
from .paths import data_dir

log = logging.getLogger("leadbook")

FILE_NAME = "this-machine.json"
CALENDAR_FOLDER = "calendar_file_folder"
FONTS_WARNED_FOR = "fonts_warned_for"  # the set of fonts the missing-letters notice was shown for


def book_key(book_path: Path | str) -> str:
    """The same book whichever way its path was written (relative, through a link)."""
    return str(Path(book_path).expanduser().resolve())


def _file() -> Path:
    return data_dir() / FILE_NAME


def _read() -> dict[str, Any]:
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        log.warning("cannot read %s: %r; this machine's settings start afresh", _file(), error)
        return {}
    return data if isinstance(data, dict) else {}


def book_setting(book_path: Path | str, key: str) -> str | None:
    """This machine's value for a book, or None when this machine has never decided it."""
    books = _read().get("books")
    entry = books.get(book_key(book_path)) if isinstance(books, dict) else None
    value = entry.get(key) if isinstance(entry, dict) else None
    return value if isinstance(value, str) else None


def set_book_setting(book_path: Path | str, key: str, value: str) -> None:
    """Decide a value for a book on this machine ("" means decided: none). OSError when the data
    folder cannot be written."""
    data = _read()
    books = data.get("books")
    if not isinstance(books, dict):
        books = data["books"] = {}
    entry = books.setdefault(book_key(book_path), {})
    if not isinstance(entry, dict):
        entry = books[book_key(book_path)] = {}
    entry[key] = value
    _write(data)


def setting(key: str) -> str:
    """A value of this machine's own ("" when never set)."""
    value = _read().get(key)
    return value if isinstance(value, str) else ""


def set_setting(key: str, value: str) -> None:
    """Keep a value of this machine's own. OSError when the data folder cannot be written."""
    data = _read()
    data[key] = value
    _write(data)


def _write(data: dict[str, Any]) -> None:
    write_atomically(_file(), (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8"))
