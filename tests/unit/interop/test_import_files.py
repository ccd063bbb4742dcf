"""Reading contacts files: encodings, delimiters, known exports, and files that must be refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from leadbook.core.model import Source, Stage
from leadbook.interop import csv_import
from leadbook.interop.csv_import import Profile, guess_mapping, mapping_from_json, mapping_to_json, read_csv
from leadbook.interop.importing import FileFormat, file_records, open_contacts_file
from leadbook.interop.records import RowProblemKind, Target
from leadbook.interop.textfile import FileProblem, FileProblemKind, decode, read_text_file

FIXTURES = Path(__file__).parents[2] / "fixtures" / "interop"


def leads_of(name: str, **kwargs):
    contacts = open_contacts_file(FIXTURES / name, **kwargs)
    return contacts, [r.lead for r in file_records(contacts) if r.lead is not None]


def test_google_contacts_are_recognised_and_mapped():
    contacts, leads = leads_of("google_contacts.csv")
    assert contacts.profile == Profile.GOOGLE and not contacts.needs_mapping
    anna, jurgen, wang = leads
    assert anna.name == "Anna Svensson" and anna.company == "Åkerlund Trädgård AB" and anna.role == "Inköpschef"
    assert anna.phones == ("+46 70-123 45 67", "+46 8 123 456")  # Google's " ::: " between values
    assert anna.tags == ("Customers",)  # "* myContacts" is Google's own group, not a tag
    assert anna.notes == "Met at Elmia, wants a quote\nfor the spring"
    assert (anna.address, anna.city, anna.country, anna.website) == (
        "Storgatan 1, 111 22",
        "Stockholm",
        "Sweden",
        "https://akerlund.se",
    )
    assert jurgen.emails == ("j.mueller@mueller-maschinenbau.de", "juergen@example.de")
    assert wang.name == "王芳"  # family name first, no space, for Chinese names


def test_outlook_export_in_windows_1252():
    contacts, leads = leads_of("outlook_contacts.csv")
    assert contacts.profile == Profile.OUTLOOK and contacts.source.encoding == "cp1252"
    bob, cara = leads
    assert (bob.name, bob.company, bob.role) == ("Bob Carter", "Carter Pools", "Owner")
    assert bob.phones == ("+1 (555) 201-3344", "+1 555 201 9988")
    assert bob.notes == "Packers fan; call after 2 pm"
    assert cara.city == "Göteborg"


def test_linkedin_connections_start_after_the_notes_preamble():
    contacts, leads = leads_of("linkedin_connections.csv")
    assert contacts.profile == Profile.LINKEDIN
    assert contacts.table.header_line == 4
    dana, erik = leads
    assert (dana.name, dana.company, dana.role) == ("Dana Lindqvist", "Lindqvist Bygg AB", "VD")
    assert dana.website == "https://www.linkedin.com/in/danalindqvist"
    assert dana.notes == "Connected On: 12 Mar 2024"
    assert erik.company == "Nilsson & Söner, Fastigheter" and erik.emails == ("erik.nilsson@example.com",)


def test_semicolons_and_windows_1252_as_swedish_excel_writes_them():
    contacts, leads = leads_of("excel_semicolon_cp1252.csv")
    assert (contacts.table.delimiter, contacts.source.encoding) == (";", "cp1252")
    assert contacts.needs_mapping
    assert [lead.name for lead in leads] == ["Åsa Öberg", "Björn Ängström"]
    assert leads[0].notes == "Vill ha offert; ring på förmiddagen"
    assert leads[1].notes == "Kund sedan 2019 – €-priser"  # the en dash and euro sign of cp1252


def test_german_excel_columns_are_guessed():
    contacts, leads = leads_of("excel_semicolon_german.csv")
    assert guess_mapping(contacts.table.header) == (
        Target.FIRST_NAME,
        Target.LAST_NAME,
        Target.COMPANY,
        Target.EMAIL,
        Target.PHONE,
        Target.CITY,
        Target.NOTES,
    )
    assert leads[0].name == "Jürgen Weiß" and leads[0].city == "München"


def test_utf16_with_bom_and_tabs_as_excel_unicode_text():
    contacts, leads = leads_of("excel_unicode_utf16.txt")
    assert (contacts.source.encoding, contacts.table.delimiter) == ("utf-16-le", "\t")
    assert [(lead.name, lead.company) for lead in leads] == [
        ("王芳", "杭州绿源园林工程有限公司"),
        ("Zoë Ångström", "Ångström Café"),
    ]


def test_tab_separated_utf8_with_stage_and_value():
    contacts, leads = leads_of("tab_separated.tsv")
    assert contacts.table.delimiter == "\t"
    assert [(lead.stage, lead.value) for lead in leads] == [(Stage.QUALIFIED, 12500.0), (Stage.PROPOSAL, 48000.0)]


def test_utf8_bom_and_source_words_people_use():
    contacts, leads = leads_of("generic_utf8_bom.csv")
    assert contacts.source.encoding == "utf-8-sig" and contacts.table.header[0] == "Contact"
    assert leads[0].value == 9500.0 and leads[0].source == Source.EVENT  # "Trade show"


def test_an_unknown_source_is_kept_as_a_note():
    table = read_csv("Name,Lead source\nAnna,Neighbour's party\n")
    (record,) = csv_import.records(table, guess_mapping(table.header))
    assert record.lead.source == Source.OTHER and record.lead.notes == "Lead source: Neighbour's party"


def test_rows_with_errors_say_which_line_and_why():
    contacts = open_contacts_file(FIXTURES / "rows_with_errors.csv")
    found = {r.line: r for r in file_records(contacts)}
    assert sorted(found) == [2, 4, 5, 6, 7, 8, 9]  # line 3 is empty and is not a row
    assert found[4].problems[0].kind == RowProblemKind.EMAIL_INVALID and found[4].problems[0].value == "not-an-email"
    assert found[4].lead.name == "Broken Mail"  # imported, the value kept in the notes
    assert found[9].lead is None and found[9].problems[0].kind == RowProblemKind.NO_NAME
    assert found[5].lead.name == "No Name AB"  # a company alone names the lead
    assert found[6].problems[0].kind == RowProblemKind.STAGE_UNKNOWN
    assert found[7].problems[0].kind == RowProblemKind.PHONE_INVALID
    assert found[8].lead.stage == Stage.QUALIFIED


def test_line_numbers_count_lines_inside_quoted_cells():
    table = read_csv('Name,Notes\r\nA,"one\r\ntwo\r\nthree"\r\nB,x\r\n')
    assert [row.line for row in table.rows] == [2, 5]


@pytest.mark.parametrize(
    ("name", "kind", "detail"),
    [
        ("binary_junk.csv", FileProblemKind.BINARY, ""),
        ("empty.csv", FileProblemKind.EMPTY, ""),
        ("truncated.csv", FileProblemKind.TRUNCATED, "quote"),
        ("truncated.vcf", FileProblemKind.TRUNCATED, "vcard"),
        ("calendar.ics", FileProblemKind.WRONG_FORMAT, "calendar"),
        ("spreadsheet.xlsx", FileProblemKind.WRONG_FORMAT, "zip"),
        ("does-not-exist.csv", FileProblemKind.MISSING, ""),
    ],
)
def test_bad_files_are_refused_with_a_reason(name, kind, detail):
    with pytest.raises(FileProblem) as caught:
        file_records(open_contacts_file(FIXTURES / name))
    assert caught.value.kind == kind
    if detail:
        assert caught.value.detail == detail


def test_truncated_files_say_where_the_cut_contact_starts():
    with pytest.raises(FileProblem) as csv_cut:
        open_contacts_file(FIXTURES / "truncated.csv")
    assert csv_cut.value.line == 2
    with pytest.raises(FileProblem) as vcf_cut:
        file_records(open_contacts_file(FIXTURES / "truncated.vcf"))
    assert vcf_cut.value.line == 5


def test_a_huge_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.csv"
    path.write_bytes(b"Name\n" + b"x\n" * 5000)
    with pytest.raises(FileProblem) as caught:
        read_text_file(path, max_bytes=1000)
    assert caught.value.kind == FileProblemKind.TOO_BIG


def test_a_folder_is_not_a_file(tmp_path):
    with pytest.raises(FileProblem) as caught:
        open_contacts_file(tmp_path)
    assert caught.value.kind == FileProblemKind.MISSING


def test_utf8_cut_inside_a_character_is_truncated_not_mojibake():
    data = "Name\nZoë Ångström".encode()[:-2]  # ends inside "ö"
    with pytest.raises(FileProblem) as caught:
        decode(data)
    assert caught.value.kind == FileProblemKind.TRUNCATED


def test_utf16_without_bom_is_recognised():
    text, encoding = decode("Name,Company\nAnna,Åkerlund\n".encode("utf-16-le"))
    assert encoding == "utf-16-le" and text.startswith("Name,Company")


def test_format_hint_is_checked_against_the_content():
    with pytest.raises(FileProblem) as caught:
        open_contacts_file(FIXTURES / "google_contacts.csv", "vcard")
    assert caught.value.kind == FileProblemKind.WRONG_FORMAT
    assert open_contacts_file(FIXTURES / "vcard30.vcf", "auto").format == FileFormat.VCARD
    forced = open_contacts_file(FIXTURES / "tab_separated.tsv", "leadbook")
    assert forced.profile == Profile.LEADBOOK


def test_a_mapping_without_a_name_company_or_email_is_refused():
    contacts = open_contacts_file(FIXTURES / "tab_separated.tsv")
    with pytest.raises(FileProblem) as caught:
        file_records(contacts, (Target.IGNORE,) * len(contacts.table.header))
    assert caught.value.kind == FileProblemKind.NO_NAME_COLUMN


def test_mappings_are_remembered_by_header_signature():
    contacts = open_contacts_file(FIXTURES / "tab_separated.tsv")
    mapping = csv_import.mapping_for(contacts.table)
    assert mapping_from_json(mapping_to_json(mapping), len(mapping)) == mapping
    assert mapping_from_json(mapping_to_json(mapping), len(mapping) + 1) is None
    assert mapping_from_json("not json", 3) is None
    same_columns = read_csv("Full name\tOrganisation\tE-mail\tTelephone\tStatus\tValue\nX\tY\tz@z.se\t\t\t\n")
    assert same_columns.signature == contacts.table.signature


def test_formula_neutralising_apostrophes_are_removed_on_import():
    table = read_csv("Name,Phone\n'=Anna,'+46 70 123 45 67\n")
    (record,) = csv_import.records(table, (Target.NAME, Target.PHONE))
    assert record.lead.name == "=Anna" and record.lead.phones == ("+46 70 123 45 67",)
