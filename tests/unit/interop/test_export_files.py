"""Leads out as CSV and vCard: safe in spreadsheets, readable by vobject, and importing them back adds nothing."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
import vobject

from leadbook.book import LeadBook, LeadQuery
from leadbook.core.model import Lead, Source, Stage
from leadbook.interop.csv_export import HEADER, neutralise, write_leads_csv
from leadbook.interop.files import atomic_text, write_atomically
from leadbook.interop.importing import file_records, format_label, open_contacts_file
from leadbook.interop.vcard import lead_to_vcard, write_vcards

LEADS = [
    Lead(name="Anna Svensson", company="Åkerlund Trädgård AB", role="Inköpschef", emails=("anna@akerlund.se",
         "anna.s@example.se"), phones=("+46 70-123 45 67",), address="Storgatan 1", city="Stockholm",
         country="Sweden", website="akerlund.se", stage=Stage.QUALIFIED, source=Source.WEB, value=48000.5,
         currency="SEK", tags=("residential", "vip"), notes="Line one\nline two, with; punctuation \\ and more",
         rapport="Packers fan", best_time="Wed 13-16"),
    Lead(name="=HYPERLINK(\"http://evil\",\"x\")", company="+SUM(A1)", notes="@cmd", role="-1+2"),
    Lead(name="王芳", company="杭州绿源园林工程有限公司", phones=("+86 138 0013 8000",), do_not_contact=True),
    Lead(name="Jürgen Müller", company="Müller GmbH", notes="x" * 300),
]  # fmt: skip


@pytest.fixture
def full_book(book: LeadBook) -> LeadBook:
    book.add_leads(LEADS)
    return book


def reimport(book: LeadBook, path: Path):
    contacts = open_contacts_file(path)
    plan = book.plan_import(file_records(contacts), file_name=path.name, format=format_label(contacts))
    return contacts, plan, book.import_leads(plan)


@pytest.mark.parametrize("cell", ["=1+1", "+46 70", "-2", "@SUM(A1)", "\tx", "\r=1"])
def test_cells_that_a_spreadsheet_would_run_are_neutralised(cell):
    assert neutralise(cell) == "'" + cell


def test_csv_has_a_bom_a_header_and_no_live_formulas(full_book, tmp_path):
    path = tmp_path / "leads.csv"
    with atomic_text(path) as out:
        assert write_leads_csv(full_book.export_leads(), out) == 3  # 王芳 is do-not-contact
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert tuple(rows[0]) == HEADER
    for row in rows[1:]:
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row), row
    evil = next(row for row in rows if "HYPERLINK" in row[0])
    assert evil[:3] == ['\'=HYPERLINK("http://evil","x")', "'+SUM(A1)", "'-1+2"]


@pytest.mark.parametrize("kind", ["csv", "vcf"])
def test_export_then_import_adds_nothing(full_book, tmp_path, kind):
    path = tmp_path / f"leads.{kind}"
    with atomic_text(path) as out:
        if kind == "csv":
            write_leads_csv(full_book.export_leads(), out)
        else:
            write_vcards(full_book.export_leads(), out)
    before = list(full_book.export_leads())
    _contacts, plan, result = reimport(full_book, path)
    assert not plan.will_change_something()
    assert (result.added, result.updated, result.unchanged, result.errors) == (0, 0, 3, 0)
    assert list(full_book.export_leads()) == before


def test_csv_round_trip_into_an_empty_book_keeps_every_field(full_book, tmp_path, clock):
    path = tmp_path / "leads.csv"
    with atomic_text(path) as out:
        write_leads_csv(full_book.export_leads(), out)
    with LeadBook.open(tmp_path / "other.leadbook", clock) as other:
        contacts, _plan, result = reimport(other, path)
        assert format_label(contacts) == "csv/leadbook" and result.added == 3
        strip = lambda lead: lead.with_changes(id=None, created_at="", updated_at="")  # noqa: E731
        assert sorted(map(strip, other.export_leads()), key=lambda lead: lead.name) == sorted(
            map(strip, full_book.export_leads()), key=lambda lead: lead.name
        )


def test_vcards_are_version_30_and_vobject_reads_them_back(full_book):
    text = "".join(lead_to_vcard(lead, f"lead-{lead.id}@test") for lead in full_book.export_leads())
    cards = list(vobject.readComponents(text))
    assert [c.version.value for c in cards] == ["3.0"] * 3
    anna = next(c for c in cards if c.fn.value == "Anna Svensson")
    assert anna.org.value == ["Åkerlund Trädgård AB"] and anna.n.value.family == "Svensson"
    assert anna.note.value == "Line one\nline two, with; punctuation \\ and more"
    assert [e.value for e in anna.contents["email"]] == ["anna@akerlund.se", "anna.s@example.se"]
    assert anna.categories.value == ["residential", "vip"]
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))  # folded, never inside a character


def test_the_filtered_list_exports_only_what_it_shows(full_book):
    assert [lead.name for lead in full_book.export_leads(LeadQuery(stage=Stage.QUALIFIED))] == ["Anna Svensson"]


def test_a_failed_write_leaves_the_old_file(tmp_path):
    path = tmp_path / "out.csv"
    path.write_text("old")
    with pytest.raises(RuntimeError), atomic_text(path) as out:
        out.write("new, half")
        raise RuntimeError("disk full")
    assert path.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["out.csv"]
    write_atomically(path, b"new")
    assert path.read_bytes() == b"new"


@pytest.mark.parametrize("kind", ["csv", "vcf"])
def test_do_not_contact_leads_are_never_in_a_marketing_export(full_book, tmp_path, kind):
    from leadbook.core.revisits import NoReason

    anna = next(lead for lead in full_book.export_leads() if lead.name == "Anna Svensson")
    full_book.say_no(anna.id, NoReason.NOT_INTERESTED, "Stop calling", None)  # "never": do not contact
    assert [lead.name for lead in full_book.export_leads()] == [
        "=HYPERLINK(\"http://evil\",\"x\")", "Jürgen Müller"]  # fmt: skip
    assert full_book.count_do_not_contact() == 2
    assert full_book.count_do_not_contact(LeadQuery(stage=Stage.NO)) == 1
    assert full_book.count_do_not_contact(LeadQuery(text="Jürgen")) == 0
    everyone = list(full_book.export_leads(do_not_contact=True))
    assert len(everyone) == 4
    path = tmp_path / f"leads.{kind}"
    with atomic_text(path) as out:  # the writers leave them out too, whoever hands them in
        written = (write_leads_csv if kind == "csv" else write_vcards)(everyone, out)
    assert written == 2
    text = path.read_text(encoding="utf-8-sig")
    assert "Anna Svensson" not in text and "王芳" not in text and "Jürgen Müller" in text
