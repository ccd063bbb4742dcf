"""Writing files whole or not at all: a temporary file beside the target, then a rename.

A synced folder (Dropbox, OneDrive, Syncthing) or a phone reading the file never sees a
half-written file, and a failed export leaves the old file as it was.

Who may read it: a file Leadbook writes holds the seller's leads, so it is created
owner-only (0600) whatever the umask, and a file it replaces gets 0600 too. The one
exception is a file whose purpose is to be read by another program (the calendar file kept
in a folder the user chose, ``shared=True``): it is created as any program creates a file,
0666 less the umask, so a synced folder or a calendar app running as another user works as
the user set up. See docs/architecture.md, "Files Leadbook writes".
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO

PRIVATE_MODE = 0o600
SHARED_MODE = 0o666  # less the umask, applied by the OS when the file is created


@contextlib.contextmanager
def atomic_text(
    path: Path | str, *, encoding: str = "utf-8", newline: str = "", shared: bool = False
) -> Iterator[IO[str]]:
    """A text file to write; it replaces ``path`` only when the block ends without error."""
    with atomic_bytes(path, shared=shared) as raw:
        text = io.TextIOWrapper(raw, encoding=encoding, newline=newline)
        try:
            yield text
            text.flush()
        finally:
            text.detach()


def _create_beside(path: Path, mode: int) -> tuple[int, Path]:
    """A new, unique temporary file next to ``path``, created with ``mode`` (less the umask)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    while True:
        # os.urandom as secrets.token_hex does (secrets would bring OpenSSL's library into the start)
        temp = path.with_name(f".{path.name}.{os.getpid()}-{os.urandom(4).hex()}.part")
        try:
            return os.open(temp, flags, mode), temp
        except FileExistsError:
            continue


@contextlib.contextmanager
def atomic_bytes(path: Path | str, *, shared: bool = False) -> Iterator[IO[bytes]]:
    path = Path(path)
    fd, temp = _create_beside(path, SHARED_MODE if shared else PRIVATE_MODE)
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def write_atomically(path: Path | str, data: bytes, *, shared: bool = False) -> None:
    with atomic_bytes(path, shared=shared) as out:
        out.write(data)
