"""Errors a user can meet when opening or writing a book.

``BookError`` subclasses are *known* errors: the GUI and CLI turn them into
a clear message. Anything else is a bug and goes to the log file.
"""

from __future__ import annotations

from pathlib import Path


class BookError(Exception):
    """A problem with the book that the user can understand and act on."""

    def __init__(self, path: Path | str, detail: str = "") -> None:
        super().__init__(f"{path}: {detail}" if detail else str(path))
        self.path = Path(path)
        self.detail = detail


class NotSQLiteError(BookError):
    """The file is not an SQLite database at all."""


class NotALeadBookError(BookError):
    """An SQLite database, but some other program's."""


class EmptyFileError(NotALeadBookError):
    """An existing file of 0 bytes: not a lead book, and never silently made into one."""


class NewerBookError(BookError):
    """Written by a newer Leadbook; opening it could lose what that version stored."""

    def __init__(self, path: Path | str, found: int, supported: int) -> None:
        super().__init__(path, f"schema version {found}, this Leadbook reads up to {supported}")
        self.found = found
        self.supported = supported


class BookLockedError(BookError):
    """Another program holds a lock on the book."""


class BookReadOnlyError(BookError):
    """The book or its folder cannot be written."""


class DiskFullError(BookError):
    """The disk is full; the write was rolled back."""


class ChangedElsewhereError(BookError):
    """What the write was about changed since it was shown (another Leadbook on the same book
    logged, cancelled or moved it): nothing was written."""


class BookDamagedError(BookError):
    """SQLite's start-up check, still running when the book opened, found damage: nothing is
    written to the book (the app sets it aside and offers the newest good backup)."""


class BookUnreadableError(BookError):
    """The book could not be opened for another reason the OS reported."""


class BackupFailed(BookError):
    """The backup could not be written or did not pass its check; nothing counts as backed up."""


class ImportBackupFailed(BackupFailed):
    """The verified backup made before every import failed, so nothing was imported."""
