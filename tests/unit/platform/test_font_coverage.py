"""Which letters need a font, what to install for them, and the book's distinct letters."""

from __future__ import annotations

from dataclasses import dataclass

from leadbook.core.model import Lead
from leadbook.platform.font_coverage import (
    FontCoverage,
    drawable_candidates,
    install_advice,
    packages_for,
    strings_in,
    warning_text,
)


def test_only_letters_outside_ascii_that_need_a_glyph_are_candidates():
    found = drawable_candidates(["Anna", "王小明", "Müller\u0301", "a\u200bb", "\x1b[2J", "王"])
    assert found == ["王", "小", "明", "ü"]  # first-seen order, each once; marks, spaces and controls left out


def test_packages_follow_the_kind_of_writing():
    assert packages_for("王") == ["fonts-noto-cjk"]
    assert packages_for("한") == ["fonts-noto-cjk"]
    assert packages_for("\U0001fae0") == ["fonts-noto-color-emoji"]
    assert packages_for("ש王") == ["fonts-noto-cjk", "fonts-noto-core"]


def test_advice_per_system():
    assert "sudo apt-get install fonts-noto-cjk" in install_advice("王", "linux")
    assert "Windows" in install_advice("王", "win32") and "apt-get" not in install_advice("王", "win32")
    assert "Font Book" in install_advice("王", "darwin")


def test_the_warning_names_the_writing_and_shortens_a_long_sample(qapp):
    text = warning_text("王小明北京贸易有限公司跟进电话", "linux")
    assert "Chinese, Japanese or Korean letters" in text
    assert "(王小明北京贸易有限公司跟…)" in text and "电话" not in text  # twelve, then an ellipsis


def test_latin_letters_are_covered_by_any_installed_font(qapp):
    assert FontCoverage().missing(["Jürgen Größe", "Åsa Öberg", "1,234.50 €"]) == ""


def test_strings_in_walks_nested_dataclasses():
    @dataclass(frozen=True)
    class Row:
        name: str
        lines: tuple[tuple[str, str], ...]
        count: int

    @dataclass(frozen=True)
    class Sheet:
        title: str
        rows: tuple[Row, ...]

    sheet = Sheet("Call sheet", (Row("王小明", (("Rapport", "Åsa"),), 3),))
    assert strings_in(sheet) == ["Call sheet", "王小明", "Rapport", "Åsa"]


def test_the_book_lists_the_distinct_letters_of_shown_text(book):
    plain, _chinese, swedish = sorted(book.add_leads([
        Lead(name="Anna Smith", company="ACME"),
        Lead(name="王小明", company="北京", notes="Likes tea"),
        Lead(name="Åsa", rapport="Spelar handboll, älskar kaffe"),
    ]).added)  # fmt: skip
    assert book.shown_characters() == set("王小明北京Åä")
    assert book.shown_characters([plain]) == set()
    assert book.shown_characters([swedish]) == set("Åä")
