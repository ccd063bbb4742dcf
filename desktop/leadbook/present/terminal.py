"""What the ``leadbook`` command prints goes through here: text from a book or a file cannot
steer the terminal.

A name with ESC in it could clear the screen or retitle the window, BEL rings, and a
right-to-left override turns the rest of the line round. ``escaped_output`` wraps
``sys.stdout`` and ``sys.stderr`` for the whole of a command, so every verb and every
message is covered, also those added later: each such character is written as a visible
escape (``\\x1b``, ``\\u202e``, see ``core.sanitise.shown_text``). Newlines and tabs stay,
and so do the few styles Leadbook itself writes to a terminal (bold, red, dim, reset).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from ..core.sanitise import shown_text

# Leadbook's own styles (agenda_text), and only those, pass through as they are.
STYLES = ("\033[1m", "\033[31m", "\033[2m", "\033[0m")
_STYLE = re.compile("|".join(re.escape(style) for style in STYLES))
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_text(text: str) -> str:
    """``text`` as it may be written to a terminal: control and bidi characters escaped,
    newlines, tabs and Leadbook's own styles kept."""
    if not _UNSAFE.search(text):
        return text
    if "\033" not in text:
        return shown_text(text, multiline=True)
    parts, at = [], 0
    for style in _STYLE.finditer(text):
        parts += [shown_text(text[at : style.start()], multiline=True), style.group()]
        at = style.end()
    parts.append(shown_text(text[at:], multiline=True))
    return "".join(parts)


class EscapingStream:
    """A text stream that writes ``terminal_text`` of what it is given to ``stream``."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(terminal_text(text))
        return len(text)

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:  # flush, isatty, fileno, encoding, buffer...
        return getattr(self._stream, name)


@contextmanager
def escaped_output() -> Iterator[None]:
    """``sys.stdout`` and ``sys.stderr`` escape control and bidi characters while in the block."""
    saved = sys.stdout, sys.stderr
    if sys.stdout is not None and not isinstance(sys.stdout, EscapingStream):
        sys.stdout = EscapingStream(sys.stdout)
    if sys.stderr is not None and not isinstance(sys.stderr, EscapingStream):
        sys.stderr = EscapingStream(sys.stderr)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved
