"""The sync account of a book on this machine: server, user, calendar, and a self-signed certificate
the user trusted. It is this machine's (``platform/machine.py``, keyed by the book's path), never the
book's: a book someone sends must not make Leadbook talk to a server it names. The password is the
keyring's (``passwords.py``)."""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from pathlib import Path
from urllib.parse import urlsplit

from ..core.frozen import FrozenRecord
from ..platform import machine

ACCOUNT = "calendar_sync"


class Account(FrozenRecord):
    server: str  # what the user gave: a URL, a host name or an e-mail address
    user: str
    calendar_url: str  # the calendar found or made on the server
    calendar_name: str = "Leadbook"
    #: SHA-256 of a certificate the user confirmed for a server whose certificate no authority signed.
    fingerprint: str = ""
    #: The server's authentication scheme learned at setup ("basic", "digest"), sent at once next time.
    auth_type: str = ""
    #: "events" (the default) or "tasks": follow-ups as VTODOs, for a phone that lists tasks.
    items: str = "events"

    @property
    def as_tasks(self) -> bool:
        return self.items == "tasks"

    @property
    def origin(self) -> str:
        parts = urlsplit(self.calendar_url)
        return f"{parts.scheme}://{parts.netloc}"

    @property
    def keyring_user(self) -> str:
        """The name the password has in the keyring: this user on this server."""
        return f"{self.user} @ {self.origin}"


def load(book_path: Path | str) -> Account | None:
    """The account this machine syncs the book with, or None when sync is off."""
    text = machine.book_setting(book_path, ACCOUNT)
    if not text:
        return None
    try:
        data = json.loads(text)
        names = {f.name for f in fields(Account)}
        return Account(**{k: str(v) for k, v in data.items() if k in names})
    except (ValueError, TypeError):
        return None


def save(book_path: Path | str, account: Account) -> None:
    """Turn sync on for the book on this machine. OSError when the data folder cannot be written."""
    machine.set_book_setting(book_path, ACCOUNT, json.dumps(asdict(account), sort_keys=True))


def clear(book_path: Path | str) -> None:
    """Sync off for the book on this machine."""
    machine.set_book_setting(book_path, ACCOUNT, "")
