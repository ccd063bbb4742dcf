"""File → Export leads: do-not-contact leads are left out, and the export says how many."""

from __future__ import annotations

from pathlib import Path

import pytest
from _widgets import wait_exposed

from leadbook.book import LeadBook, LeadQuery
from leadbook.core.model import Lead, Stage
from leadbook.gui.files.export_dialog import ExportDialog, Exported, export_leads, exported_text


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


@pytest.mark.parametrize("chosen", ["progress", "without_next_step"])
def test_the_leads_a_chip_shows_are_a_filter_too(qtbot, marketing_book, tmp_path: Path, chosen):
    """The lead list under a chip (a number of the Progress page, Today's "no next step") shows some
    leads: the export asks whether to write only those, as for a search."""
    anna, _bob, cleo, _dan = marketing_book.lead_ids(LeadQuery())
    shown = LeadQuery(lead_ids=frozenset({anna})) if chosen == "progress" else LeadQuery(without_next_step=True)
    scopes: list[tuple[int, int]] = []

    def ask_scope(_parent, shown_count: int, total: int) -> bool:
        scopes.append((shown_count, total))
        return True

    out = tmp_path / "shown.csv"
    done = export_leads(None, marketing_book, "csv", shown, ask_path=lambda *_: str(out), ask_scope=ask_scope)
    expected = len([i for i in marketing_book.lead_ids(shown) if i in (anna, cleo)])
    assert scopes == [(expected, 2)]
    assert done is not None and done.count == expected


def test_nothing_left_out_says_nothing_about_it(qtbot, book: LeadBook, tmp_path: Path):
    book.add_leads([Lead(name="Anna Svensson")])
    asked: list[str] = []
    done = export_leads(
        None, book, "csv", ask_path=lambda _p, title, *_: asked.append(title) or str(tmp_path / "a.csv")
    )
    assert done == Exported(tmp_path / "a.csv", 1, 0)
    assert asked == ["Export leads as CSV"]
    assert "do-not-contact" not in exported_text("csv", *done)


# --- the export dialog (File ▸ Export ▸ …) ---------------------------------------------------


def export_dialog(qtbot, book: LeadBook, shown: LeadQuery | None, kind: str = "csv", answer: Path | None = None,
                  asked: list[str] | None = None) -> ExportDialog:  # fmt: skip
    def ask_path(_parent, title: str, _suggested: str, _filters: str) -> str:
        if asked is not None:
            asked.append(title)
        return str(answer) if answer else ""

    dialog = ExportDialog(book, shown, kind, ask_path=ask_path)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_exposed(qtbot, dialog)
    return dialog


def test_the_dialog_says_the_scope_of_the_current_filter(qtbot, marketing_book, tmp_path: Path):
    out = tmp_path / "vip.csv"
    dialog = export_dialog(qtbot, marketing_book, LeadQuery(tag="vip"), answer=out)
    assert dialog.kind == "csv" and dialog.what.currentText() == "Leads as CSV for a spreadsheet"
    assert dialog.filtered_radio.isChecked() and dialog.filtered_radio.isVisible()
    assert says(dialog.scope.text(), "Exports the 1 lead of the current filter.")
    assert says(dialog.left_out.text(), "1 do-not-contact lead left out") and dialog.left_out.isVisible()
    dialog.all_radio.click()
    assert says(dialog.scope.text(), "Exports all 2 leads, not only the current filter's.")
    dialog.filtered_radio.click()
    with qtbot.waitSignal(dialog.accepted):
        dialog.export_button.click()
    assert dialog.exported == Exported(out, 1, 1)
    text = out.read_text(encoding="utf-8-sig")
    assert "Anna Svensson" in text and "Cleo Marsh" not in text


def test_without_a_filter_the_dialog_exports_all_leads(qtbot, marketing_book, tmp_path: Path):
    dialog = export_dialog(qtbot, marketing_book, LeadQuery(), "vcf", answer=tmp_path / "all.vcf")
    assert not dialog.filtered_radio.isVisible() and not dialog.all_radio.isVisible()
    assert says(dialog.scope.text(), "Exports all 2 leads.")
    assert dialog.what.currentText() == "Leads as vCard"
    dialog.accept()
    assert dialog.exported == Exported(tmp_path / "all.vcf", 2, 2)
    assert (tmp_path / "all.vcf").read_text(encoding="utf-8").count("BEGIN:VCARD") == 2


def test_the_address_book_entry_presets_the_csv_kind(qtbot, marketing_book, tmp_path: Path):
    asked: list[str] = []
    dialog = export_dialog(qtbot, marketing_book, None, "csv-address-book", tmp_path / "contacts.csv", asked)
    assert dialog.kind == "csv-address-book"
    assert dialog.what.currentText() == "Leads as CSV for another address book"
    dialog.accept()
    assert asked[0].startswith("Export leads as CSV for another address book")
    assert dialog.exported is not None and dialog.exported.count == 2
    assert "Anna Svensson" in (tmp_path / "contacts.csv").read_text(encoding="utf-8-sig")


def test_follow_ups_as_icalendar_and_a_cancelled_file_choice(qtbot, marketing_book, tmp_path: Path):
    from leadbook.core.followups import Due, FollowUp

    anna = marketing_book.lead_ids(LeadQuery(text="Anna"))[0]
    marketing_book.plan_followup(FollowUp(anna, Due(marketing_book.local_today())))
    dialog = export_dialog(qtbot, marketing_book, LeadQuery(tag="vip"), "ics")
    assert not dialog.filtered_radio.isVisible() and not dialog.left_out.isVisible()
    assert dialog.scope.text() == "Exports every planned follow-up; leads are not exported."
    dialog.accept()  # the file dialog was cancelled: the export dialog stays
    assert dialog.isVisible() and dialog.exported is None
    dialog._ask_path = lambda *_: str(tmp_path / "plan.ics")
    dialog.accept()
    assert dialog.exported is not None and dialog.exported.count >= 1
    assert "BEGIN:VEVENT" in (tmp_path / "plan.ics").read_text(encoding="utf-8")
    assert not dialog.isVisible()


def test_an_export_for_another_address_book_has_googles_columns_and_no_apostrophes(qtbot, book, tmp_path: Path):
    book.add_leads([Lead(name="Anna Svensson", phones=("+46 70-123 45 67",), emails=("anna@example.se",))])
    out = tmp_path / "contacts.csv"
    done = export_leads(None, book, "csv-address-book", ask_path=lambda *_args: str(out))
    assert done == Exported(out, 1, 0)
    header, row = out.read_text(encoding="utf-8-sig").splitlines()
    assert header.startswith("Name,First Name,Middle Name,Last Name,Organization Name,Organization Title")
    assert "+46 70-123 45 67" in row and "'" not in row
