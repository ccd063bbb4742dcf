"""Where a user's data lives: the platform's data folder, moved by LEADBOOK_HOME, or --db."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

from . import APP_NAME

BOOK_FILE_NAME = "leadbook.db"
# Set (with LEADBOOK_HOME pointing into its temporary folder) while Leadbook shows a demo book.
DEMO_ENV = "LEADBOOK_DEMO"


def data_dir() -> Path:
    """The folder for the user's own book, its backups and the log (created owner-only)."""
    override = os.environ.get("LEADBOOK_HOME", "").strip()
    folder = Path(override).expanduser() if override else user_data_path(APP_NAME, appauthor=False)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def default_book_path() -> Path:
    return data_dir() / BOOK_FILE_NAME


def log_path() -> Path:
    return data_dir() / "leadbook.log"


def backups_dir() -> Path:
    """Backups of every book the user opens, owner-only (created when the first is made)."""
    return data_dir() / "backups"


def showing_demo() -> bool:
    """A demo book is open: nothing may reach the user's data folder, tray or login items."""
    return os.environ.get(DEMO_ENV) == "1"
