"""Text that cannot steer a terminal or turn a line round: what is stored, and what is shown.

Two kinds of character are never kept in what a lead book stores:

- control characters: C0 (U+0000–U+001F) and DEL, and C1 (U+0080–U+009F). ESC starts the
  terminal sequences that clear a screen or set a window title, BEL rings, and none of them
  is ever part of a name or a note. Tab and newline are the exception in texts of several
  lines (notes, rapport notes, follow-up goals and scripts); in one-line fields they become
  a space. A carriage return is a newline.
- the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). One
  of them in a name reverses or reorders everything after it on the same line, the call
  sheet's other columns included ("Trojan Source").

The left-to-right and right-to-left marks (U+200E, U+200F) and the Arabic letter mark
(U+061C) are kept: they have no scope, so they cannot reorder a run of text, only settle
where a neutral character such as a bracket or a digit goes next to Arabic or Hebrew, which
is what people use them for.

``clean_text`` removes them (entry, import); ``shown_text`` makes them visible as escapes
(``\\x1b``, ``\\u202e``) for what is shown from a book written before, and for terminal output.
"""

from __future__ import annotations

import re

from .model import Lead

_BIDI = "\u202a-\u202e\u2066-\u2069"
# Unsafe in every text: controls other than tab, newline and carriage return, and bidi controls.
_UNSAFE = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_BIDI}]")
# In a one-line field tab, newline and carriage return are unsafe too (they become a space).
_UNSAFE_ONE_LINE = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}]")
_LINE_BREAKS = re.compile("[\t\n\r]+")

# The one-line and several-line text fields of a lead.
ONE_LINE_FIELDS = ("name", "company", "role", "decision_maker_name", "decision_maker_contact", "address", "city",
                   "country", "website", "currency", "best_time")  # fmt: skip
MULTI_LINE_FIELDS = ("rapport", "notes")
LIST_FIELDS = ("emails", "phones", "tags")


def has_unsafe(text: str) -> bool:
    """Does ``text`` hold a control or bidi character that ``clean_text(multiline=True)`` removes?"""
    return _UNSAFE.search(text) is not None


def remove_unsafe(text: str) -> str:
    """``text`` without control and bidi characters, tab and line breaks (CR too) kept: for a
    whole file's text before it is parsed."""
    return _UNSAFE.sub("", text) if _UNSAFE.search(text) else text


def clean_text(text: str, *, multiline: bool = False) -> str:
    """``text`` without control and bidi characters. With ``multiline`` tabs and newlines stay
    (a carriage return or CRLF becomes a newline); without it each run of them becomes a space."""
    if multiline:
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return _UNSAFE.sub("", text) if _UNSAFE.search(text) else text
    if not _UNSAFE_ONE_LINE.search(text):
        return text
    return _UNSAFE.sub("", _LINE_BREAKS.sub(" ", text))


def clean_lead(lead: Lead) -> Lead:
    """``lead`` with every text field cleaned; the same object when nothing needed it."""
    one_line = "".join([getattr(lead, name) for name in ONE_LINE_FIELDS] + [*lead.emails, *lead.phones, *lead.tags])
    several = lead.notes + lead.rapport
    if not _UNSAFE_ONE_LINE.search(one_line) and "\r" not in several and not _UNSAFE.search(several):
        return lead  # the usual case, in two searches (add_leads checks 100,000 leads at a time)
    changes: dict[str, object] = {}
    for name in ONE_LINE_FIELDS:
        value = getattr(lead, name)
        cleaned = clean_text(value)
        if cleaned != value:
            changes[name] = cleaned
    for name in MULTI_LINE_FIELDS:
        value = getattr(lead, name)
        cleaned = clean_text(value, multiline=True)
        if cleaned != value:
            changes[name] = cleaned
    for name in LIST_FIELDS:
        values = getattr(lead, name)
        cleaned_values = tuple(c for c in (clean_text(v) for v in values) if c.strip())
        if cleaned_values != values:
            changes[name] = cleaned_values
    return lead.with_changes(**changes) if changes else lead


_SHOWN_UNSAFE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")
_SHOWN_UNSAFE_ONE_LINE = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown_text(text: str, *, multiline: bool = False, limit: int = 0) -> str:
    """``text`` safe to show, in a terminal or on a page: every control and bidi character as a
    visible escape (ESC as ``\\x1b``, RIGHT-TO-LEFT OVERRIDE as ``\\u202e``). With ``multiline``
    newlines and tabs stay; without it they are spaces. ``limit`` > 0 cuts a longer text to
    that many characters, ending in "…" (for messages that quote a file's cells)."""
    if multiline:
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if _SHOWN_UNSAFE.search(text):
            text = _SHOWN_UNSAFE.sub(_escape, text)
    elif _SHOWN_UNSAFE_ONE_LINE.search(text):
        text = _SHOWN_UNSAFE.sub(_escape, _LINE_BREAKS.sub(" ", text))
    if limit and len(text) > limit:
        text = text[: limit - 1] + "…"
    return text
