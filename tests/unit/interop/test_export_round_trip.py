"""CSV exports that other programs (and Leadbook) read back: every person comes back as one lead with
the same fields, from a spreadsheet export and from an address-book export."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pytest

from leadbook.book import LeadBook
from leadbook.core.clock import FakeClock
from leadbook.core.model import Lead
from leadbook.demo.leads import write_demo_book
from leadbook.interop.csv_export import ADDRESS_BOOK, ADDRESS_BOOK_HEADER, KINDS, SPREADSHEET, write_leads_csv
from leadbook.interop.importing import file_records, format_label, open_contacts_file

# What each kind carries: an address book has no stage, source, value or rapport notes.
CONTACT_FIELDS = ("name", "company", "role", "emails", "phones", "address", "city", "country", "website", "notes",
                  "tags")  # fmt: skip
ALL_FIELDS = (*CONTACT_FIELDS, "stage", "source", "value", "currency", "rapport", "best_time", "decision_maker_name")
FIELDS = {SPREADSHEET: ALL_FIELDS, ADDRESS_BOOK: CONTACT_FIELDS}


def export_text(leads, kind: str) -> str:
    out = io.StringIO(newline="")
    write_leads_csv(leads, out, kind)
    return out.getvalue()


def reimport(text: str, path: Path, clock) -> list[Lead]:
    """``text`` written to ``path`` and imported into a new, empty book; its leads in order."""
    path.write_text(text, encoding="utf-8", newline="")
    contacts = open_contacts_file(path)
    with LeadBook.open(path.with_suffix(".leadbook"), clock) as book:
        plan = book.plan_import(file_records(contacts), file_name=path.name, format=format_label(contacts))
        result = book.import_leads(plan)
        assert result.errors == 0 and result.merged_rows == 0
        leads = list(book.export_leads(chunk=5000))
    path.with_suffix(".leadbook").unlink()
    return sorted(leads, key=lambda lead: min(lead.emails or ("",)) + lead.name)


def fields(lead: Lead, kind: str) -> tuple:
    return tuple(getattr(lead, name) for name in FIELDS[kind])


def test_the_address_book_kind_writes_googles_columns_and_values_as_typed():
    lead = Lead(
        name="Anna Svensson",
        company="=Åkerlund",
        emails=("anna@akerlund.se", "a@home.se"),
        phones=("+46 70-123 45 67", "+1-800-MYFAX"),
        tags=("vip", "spring"),
        notes="-5% if she signs",
    )
    text = export_text([lead], ADDRESS_BOOK)
    header, row = text.lstrip("\ufeff").splitlines()
    assert header == ",".join(ADDRESS_BOOK_HEADER)
    assert "+46 70-123 45 67 ::: +1-800-MYFAX" in row and "'" not in row  # no apostrophe: phones exactly as typed
    assert row.startswith("Anna Svensson,Anna,,Svensson,=Åkerlund,")
    spreadsheet = export_text([lead], SPREADSHEET)
    assert "'+46 70-123 45 67" in spreadsheet and "'=Åkerlund" in spreadsheet  # a spreadsheet never runs a cell


@pytest.mark.parametrize("kind", KINDS)
def test_the_demo_book_comes_back_whole_and_unmixed(tmp_path, kind):
    clock = FakeClock(datetime(2026, 11, 23, 9, 30), "Europe/Stockholm")
    with write_demo_book(tmp_path / "demo.leadbook", clock) as demo:
        exported = list(demo.export_leads(chunk=5000))  # do-not-contact leads stay out
        never = demo.count_do_not_contact()
        total = demo.count_leads()
    assert never and len(exported) == total - never
    back = reimport(export_text(exported, kind), tmp_path / f"demo-{kind}.csv", clock)
    assert len(back) == len(exported)  # every exported person, as one lead
    expected = sorted((fields(lead, kind) for lead in exported), key=repr)
    assert sorted((fields(lead, kind) for lead in back), key=repr) == expected  # no fields of two people mixed
