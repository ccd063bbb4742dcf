"""File → Export leads: do-not-contact leads are left out, and the export says how many."""

from __future__ import annotations

from pathlib import Path

import pytest

from leadbook.book import LeadBook, LeadQuery
from leadbook.core.model import Lead, Stage
from leadbook.gui.export_dialog import Exported, export_leads, exported_text


def says(text: str, english: str) -> bool:
    """``english`` is in ``text``; or, until leadbook_en.ts has this new plural, its source form
    ("lead(s)" for "lead" and "leads")."""
    source = english.replace("leads", "lead(s)").replace("lead ", "lead(s) ")
    return english in text or source in text


@pytest.fixture
def marketing_book(book: LeadBook) -> LeadBook:
    book.add_leads([
        Lead(name="Anna Svensson", tags=("vip",), emails=("anna@example.se",)),
        Lead(name="Bob Carter", tags=("vip",), do_not_contact=True, stage=Stage.NO),
        Lead(name="Cleo Marsh"),
        Lead(name="Dan Never", do_not_contact=True, stage=Stage.NO),
    ])  # fmt: skip
    return book


@pytest.mark.parametrize("kind", ["csv", "vcf"])
def test_the_export_leaves_out_do_not_contact_and_says_how_many(qtbot, marketing_book, tmp_path: Path, kind):
    asked: list[str] = []
    out = tmp_path / f"leads.{kind}"

    def ask_path(_parent, title: str, _suggested: str, _filters: str) -> str:
        asked.append(title)
        return str(out)

    done = export_leads(None, marketing_book, kind, ask_path=ask_path)
    assert done == Exported(out, 2, 2)
    assert says(asked[0], "2 do-not-contact leads left out")
    text = out.read_text(encoding="utf-8-sig")
    assert "Anna Svensson" in text and "Cleo Marsh" in text and "Bob Carter" not in text and "Dan Never" not in text
    said = exported_text(kind, *done)
    assert said.startswith(f"Exported 2 leads to {out}.")
    assert says(said, "2 do-not-contact leads left out (never in a marketing export).")


def test_a_filtered_export_counts_only_what_it_may_write(qtbot, marketing_book, tmp_path: Path):
    scopes: list[tuple[int, int]] = []
    asked: list[str] = []

    def ask_scope(_parent, shown: int, total: int) -> bool:
        scopes.append((shown, total))
        return True

    def ask_path(_parent, title: str, _suggested: str, _filters: str) -> str:
        asked.append(title)
        return str(tmp_path / "vip.csv")

    done = export_leads(None, marketing_book, "csv", LeadQuery(tag="vip"), ask_path=ask_path, ask_scope=ask_scope)
    assert scopes == [(1, 2)]  # Anna of the two VIPs; Anna and Cleo of all four
    assert done is not None and (done.count, done.left_out) == (1, 1)
    assert says(asked[0], "1 do-not-contact lead left out")


def test_nothing_left_out_says_nothing_about_it(qtbot, book: LeadBook, tmp_path: Path):
    book.add_leads([Lead(name="Anna Svensson")])
    asked: list[str] = []
    done = export_leads(None, book, "csv", ask_path=lambda _p, title, *_: asked.append(title) or str(tmp_path / "a.csv"))
    assert done == Exported(tmp_path / "a.csv", 1, 0)
    assert asked == ["Export leads as CSV"]
    assert "do-not-contact" not in exported_text("csv", *done)


def test_an_export_for_another_address_book_has_googles_columns_and_no_apostrophes(qtbot, book, tmp_path: Path):
    book.add_leads([Lead(name="Anna Svensson", phones=("+46 70-123 45 67",), emails=("anna@example.se",))])
    out = tmp_path / "contacts.csv"
    done = export_leads(None, book, "csv-address-book", ask_path=lambda *_args: str(out))
    assert done == Exported(out, 1, 0)
    header, row = out.read_text(encoding="utf-8-sig").splitlines()
    assert header.startswith("Name,First Name,Middle Name,Last Name,Organization Name,Organization Title")
    assert "+46 70-123 45 67" in row and "'" not in row
