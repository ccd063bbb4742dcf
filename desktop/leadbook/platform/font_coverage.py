"""Can this machine draw the text Leadbook shows and prints?

A fresh Linux desktop often has no CJK font: Chinese names then show and print as empty boxes and
nothing says why. This module finds the characters that no installed font covers and says what to
install, for the window (once per set of fonts), the call-sheet dialog, ``leadbook callsheet`` and
``leadbook --self-check``.

Qt draws a character with the first font that has it (its fallback list), so "covered" means: some
installed family has a glyph for it. Each character is looked up once per ``FontCoverage`` (a book
holds a few hundred distinct letters at most), never per paint. Needs a ``QGuiApplication``.
"""

from __future__ import annotations

import hashlib
import sys
import unicodedata
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QRawFont

# Categories with no glyph of their own: controls, formats, separators, combining marks (drawn on
# the letter before them), private use, unassigned.
_NO_GLYPH = {"Cc", "Cf", "Zs", "Zl", "Zp", "Mn", "Me", "Co", "Cn", "Cs"}

# Debian/Ubuntu packages that cover a kind of writing, checked in this order.
_CJK_PACKAGE = "fonts-noto-cjk"
_EMOJI_PACKAGE = "fonts-noto-color-emoji"
_OTHER_PACKAGE = "fonts-noto-core"


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return (
        0x2E80 <= code <= 0x9FFF  # radicals, kana, bopomofo, CJK symbols and unified ideographs
        or 0xA960 <= code <= 0xA97F  # Hangul Jamo extended
        or 0xAC00 <= code <= 0xD7FF  # Hangul syllables
        or 0xF900 <= code <= 0xFAFF  # compatibility ideographs
        or 0xFE30 <= code <= 0xFE4F  # compatibility forms
        or 0xFF00 <= code <= 0xFFEF  # full-width forms
        or 0x20000 <= code <= 0x3FFFF  # ideograph extensions
    )


def _is_emoji(char: str) -> bool:
    code = ord(char)
    return 0x1F000 <= code <= 0x1FAFF or 0x2600 <= code <= 0x27BF


def drawable_candidates(texts: Iterable[str]) -> list[str]:
    """The distinct characters of ``texts`` that need a glyph and are not plain ASCII, in first-seen order."""
    found: dict[str, None] = {}
    for text in texts:
        if text and not text.isascii():
            found.update(dict.fromkeys(text))
    return [char for char in found if not char.isascii() and unicodedata.category(char) not in _NO_GLYPH]


class FontCoverage:
    """Which characters the installed fonts cover, asked once per character.

    Rebuild it when the fonts change (``QGuiApplication.fontDatabaseChanged``).
    """

    def __init__(self) -> None:
        self._covered: dict[str, bool] = {}
        self._fonts: list[QRawFont] | None = None

    def _raw_fonts(self) -> list[QRawFont]:
        if self._fonts is None:
            fonts = []
            for family in QFontDatabase.families():
                raw = QRawFont.fromFont(QFont(family))
                if raw.isValid():
                    fonts.append(raw)
            self._fonts = fonts
        return self._fonts

    def covers(self, char: str) -> bool:
        known = self._covered.get(char)
        if known is None:
            known = any(font.supportsCharacter(ord(char)) for font in self._raw_fonts())
            self._covered[char] = known
        return known

    def missing(self, texts: Iterable[str]) -> str:
        """The characters of ``texts`` no installed font can draw, each once, as met ("" when all can)."""
        return "".join(char for char in drawable_candidates(texts) if not self.covers(char))


def fonts_fingerprint() -> str:
    """Changes when fonts are installed or removed: a warning given for one set of fonts is not
    repeated until this changes."""
    families = "\n".join(sorted(QFontDatabase.families()))
    return hashlib.sha256(families.encode("utf-8")).hexdigest()[:16]


def packages_for(missing: str) -> list[str]:
    """The Debian/Ubuntu font packages that cover ``missing``, most needed first."""
    packages = []
    if any(_is_cjk(char) for char in missing):
        packages.append(_CJK_PACKAGE)
    if any(_is_emoji(char) for char in missing):
        packages.append(_EMOJI_PACKAGE)
    if any(not _is_cjk(char) and not _is_emoji(char) for char in missing):
        packages.append(_OTHER_PACKAGE)
    return packages


def _sample(missing: str, at_most: int = 12) -> str:
    return missing if len(missing) <= at_most else missing[:at_most] + "…"


def install_advice(missing: str, platform: str | None = None) -> str:
    """What to install on this system so that ``missing`` can be drawn, as one translated sentence."""
    platform = platform or sys.platform
    if platform.startswith("win"):
        return QCoreApplication.translate(
            "Fonts",
            "Add the language's fonts in Windows: Settings ▸ Time & language ▸ Language & region, "
            "add the language (or Optional features ▸ its Supplemental Fonts).",
        )
    if platform == "darwin":
        return QCoreApplication.translate(
            "Fonts", "Add the language's fonts in macOS: open Font Book and download the fonts of that language."
        )
    return QCoreApplication.translate(
        "Fonts", "Install a font that has them, for example: sudo apt-get install %1"
    ).replace("%1", " ".join(packages_for(missing)))


def kinds_text(missing: str) -> str:
    """ "Chinese, Japanese or Korean letters and emoji": what kind of writing lacks a font, since the
    characters themselves show as boxes on a machine without one."""
    from ..present.i18n import spoken_list  # noqa: PLC0415 - with the notice, after the first paint

    kinds = []
    if any(_is_cjk(char) for char in missing):
        kinds.append(QCoreApplication.translate("Fonts", "Chinese, Japanese or Korean letters"))
    if any(_is_emoji(char) for char in missing):
        kinds.append(QCoreApplication.translate("Fonts", "emoji"))
    if any(not _is_cjk(char) and not _is_emoji(char) for char in missing):
        kinds.append(QCoreApplication.translate("Fonts", "other letters"))
    return spoken_list(kinds)


def warning_text(missing: str, platform: str | None = None) -> str:
    """The window's once-only notice; the terminal says the same."""
    text = (
        QCoreApplication.translate(
            "Fonts", "This computer has no font for the %1 in your lead book (%2): they show and print as empty boxes."
        )
        .replace("%1", kinds_text(missing))
        .replace("%2", _sample(missing))
    )
    return text + " " + install_advice(missing, platform)


def sheet_warning_text(missing: str, platform: str | None = None) -> str:
    """The call sheet's own wording: it is about to be printed."""
    text = (
        QCoreApplication.translate(
            "Fonts", "This computer has no font for the %1 on this call sheet (%2): they will print as empty boxes."
        )
        .replace("%1", kinds_text(missing))
        .replace("%2", _sample(missing))
    )
    return text + " " + install_advice(missing, platform)


def strings_in(value: object) -> list[str]:
    """Every text inside a frozen dataclass (and its tuples), such as a call sheet and its rows."""
    from dataclasses import fields, is_dataclass  # noqa: PLC0415 - only the call sheet asks

    if isinstance(value, str):
        return [value]
    if isinstance(value, (tuple, list)):
        return [text for item in value for text in strings_in(item)]
    if is_dataclass(value) and not isinstance(value, type):
        return [text for field in fields(value) for text in strings_in(getattr(value, field.name))]
    return []
