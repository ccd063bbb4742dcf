"""Writing export files whole or not at all: a temporary file beside the target, then a rename.

A synced folder (Dropbox, OneDrive, Syncthing) or a phone reading the file never sees a
half-written file, and a failed export leaves the old file as it was.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


@contextlib.contextmanager
def atomic_text(path: Path | str, *, encoding: str = "utf-8", newline: str = "") -> Iterator[IO[str]]:
    """A text file to write; it replaces ``path`` only when the block ends without error."""
    with atomic_bytes(path) as raw:
        text = io.TextIOWrapper(raw, encoding=encoding, newline=newline)
        try:
            yield text
            text.flush()
        finally:
            text.detach()


@contextlib.contextmanager
def atomic_bytes(path: Path | str) -> Iterator[IO[bytes]]:
    path = Path(path)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
        os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def write_atomically(path: Path | str, data: bytes) -> None:
    with atomic_bytes(path) as out:
        out.write(data)
