"""Where a user's data lives: the platform's data folder, moved by LEADBOOK_HOME, or --db."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from platformdirs import user_data_path

from .. import APP_NAME

BOOK_FILE_NAME = "leadbook.db"
# Set (with LEADBOOK_HOME pointing into its temporary folder) while Leadbook shows a demo book.
DEMO_ENV = "LEADBOOK_DEMO"


class DataFolderError(Exception):
    """The data folder (or its backups folder) cannot be made or written: a message, not a traceback."""

    def __init__(self, folder: Path, code: int, reason: str = "") -> None:
        super().__init__(f"{folder}: {reason or os.strerror(code)}")
        self.folder = folder
        self.code = code  # the errno: texts.data_folder_error_text words the common ones
        self.reason = reason or os.strerror(code)


def _usable_folder(folder: Path) -> Path:
    """``folder``, created owner-only if missing; DataFolderError when it is a file or cannot be written."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except FileExistsError:
        raise DataFolderError(folder, errno.ENOTDIR) from None
    except OSError as error:
        raise DataFolderError(folder, error.errno or 0, error.strerror or str(error)) from error
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DataFolderError(folder, errno.EACCES)
    return folder


def data_dir() -> Path:
    """The folder for the user's own book, its backups and the log (created owner-only)."""
    override = os.environ.get("LEADBOOK_HOME", "").strip()
    folder = Path(override).expanduser() if override else user_data_path(APP_NAME, appauthor=False)
    return _usable_folder(folder)


def default_book_path() -> Path:
    return data_dir() / BOOK_FILE_NAME


def log_path() -> Path:
    return data_dir() / "leadbook.log"


def backups_dir() -> Path:
    """Backups of every book the user opens, owner-only (checked, and created if missing, here:
    DataFolderError when it cannot be written)."""
    return _usable_folder(data_dir() / "backups")


def showing_demo() -> bool:
    """A demo book is open: nothing may reach the user's data folder, tray or login items."""
    return os.environ.get(DEMO_ENV) == "1"
