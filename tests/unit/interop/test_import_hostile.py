"""Files that try too much: values over the size limit, one bad byte in a UTF-8 file, control and
bidi characters in cells, a header after many blank lines, odd vCard spelling, and the same person
twice in one file."""

from __future__ import annotations

from pathlib import Path

import pytest

from leadbook.book import LeadBook
from leadbook.interop import messages
from leadbook.interop.csv_import import read_csv
from leadbook.interop.importing import (
    FileFormat,
    ItemKind,
    file_records,
    format_label,
    open_contacts_file,
    replaced_rows,
)
from leadbook.interop.records import RowProblem, RowProblemKind
from leadbook.interop.textfile import MAX_VALUE_CHARS, decode, read_text_file, sniff_kind

ESC, BEL, RLO, CSI_CLEAR = "\x1b", "\x07", "\u202e", "\x1b[2J"
HOSTILE = (ESC, BEL, RLO, "\x9b", "\u2066", "\x00")


def write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def records_of(path: Path):
    return file_records(open_contacts_file(path))


def plan_of(book: LeadBook, path: Path):
    contacts = open_contacts_file(path)
    return book.plan_import(file_records(contacts), file_name=path.name, format=format_label(contacts),
                            fingerprint=contacts.source.fingerprint)  # fmt: skip


# --- item 5: a value over the limit is a bad row, the rest of the file is read --------------------


def test_a_vcard_property_over_the_limit_is_a_row_error_and_the_other_cards_come_in(tmp_path):
    big = "x" * (MAX_VALUE_CHARS + 10)
    folded = "\r\n ".join(big[i : i + 74] for i in range(0, len(big), 74))  # as exports fold it
    path = write(tmp_path, "big.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Big\r\nNOTE:" + big + "\r\nEND:VCARD\r\n"
                 "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo Small\r\nEND:VCARD\r\n"
                 "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cy Folded\r\nNOTE:" + folded + "\r\nEND:VCARD\r\n")  # fmt: skip
    found = records_of(path)
    assert [(r.line, r.lead.name if r.lead else None, r.problems) for r in found] == [
        (1, None, (RowProblem(RowProblemKind.VALUE_TOO_LARGE),)),
        (6, "Bo Small", ()),
        (10, None, (RowProblem(RowProblemKind.VALUE_TOO_LARGE),)),
    ]
    text = messages.row_problems_text(found[0].problems)
    assert text.startswith("a value is larger than 1 MB;")


def test_a_value_just_under_the_limit_is_kept(tmp_path):
    note = "y" * (MAX_VALUE_CHARS - 100)
    path = write(tmp_path, "ok.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna\r\nNOTE:" + note + "\r\nEND:VCARD\r\n")
    (record,) = records_of(path)
    assert record.lead is not None and record.lead.notes == note


def test_a_photo_over_the_limit_is_dropped_as_photos_are_not_refused(tmp_path):
    photo = "QUJD" * (MAX_VALUE_CHARS // 3)
    folded = "\r\n ".join(photo[i : i + 74] for i in range(0, len(photo), 74))
    path = write(tmp_path, "photo.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna\r\nPHOTO;ENCODING=b;TYPE=JPEG:"
                 + folded + "\r\nEND:VCARD\r\n")  # fmt: skip
    (record,) = records_of(path)
    assert record.lead is not None and record.lead.name == "Anna"


def test_a_quoted_printable_value_over_the_limit_is_counted_across_its_soft_breaks(tmp_path):
    lines = "=\r\n".join(["=41" * 25] * (MAX_VALUE_CHARS // 75 + 10))
    path = write(tmp_path, "qp.vcf", "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Anna\r\nNOTE;ENCODING=QUOTED-PRINTABLE:"
                 + lines + "\r\nEND:VCARD\r\n")  # fmt: skip
    (record,) = records_of(path)
    assert record.problems == (RowProblem(RowProblemKind.VALUE_TOO_LARGE),)


def test_a_csv_cell_over_the_limit_is_a_row_error_and_the_rows_after_it_are_read_right(tmp_path):
    big = "z" * (MAX_VALUE_CHARS + 1)
    path = write(tmp_path, "big.csv", f'Name,Notes\nAnna,"{big}\nstill the note"\nBo,short\n')
    found = records_of(path)
    assert [(r.line, r.lead.name if r.lead else None, r.problems) for r in found] == [
        (2, None, (RowProblem(RowProblemKind.VALUE_TOO_LARGE),)),
        (4, "Bo", ()),
    ]


# --- item 6: one bad byte is one replaced character, in its row --------------------------------


def test_one_bad_byte_in_a_utf8_file_is_replaced_in_its_cell_only_and_its_row_listed(tmp_path):
    data = "Name,Company\nJürgen Müller,Åkerlund\nZoë,Café\n".encode() + b"Anna,caf\xe9 bar\n" + "Åsa,Öl\n".encode()
    path = write(tmp_path, "one_bad_byte.csv", data)
    contacts = open_contacts_file(path)
    assert contacts.source.encoding == "utf-8"
    leads = [r.lead for r in file_records(contacts)]
    assert [(lead.name, lead.company) for lead in leads] == [
        ("Jürgen Müller", "Åkerlund"),
        ("Zoë", "Café"),
        ("Anna", "caf\ufffd bar"),
        ("Åsa", "Öl"),
    ]
    assert contacts.source.replaced_lines == (4,)
    assert replaced_rows(contacts) == [4]


def test_a_replaced_byte_in_a_cell_of_several_lines_names_the_row_it_starts_on(tmp_path):
    data = 'Name,Notes\nÅsa,"Öl"\nAnna,"first line\nsecond '.encode() + b"\xff" + ' line"\nBo,Ön för två\n'.encode()
    contacts = open_contacts_file(write(tmp_path, "multi.csv", data))
    assert contacts.source.replaced_lines == (4,) and replaced_rows(contacts) == [3]


def test_a_replaced_byte_in_a_vcard_names_the_card(tmp_path):
    data = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Åsa\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\n".encode() + \
        b"FN:J\xfcrgen\r\nNOTE:Gr\xc3\xbc\xc3\x9fe\r\nEND:VCARD\r\n"  # fmt: skip
    contacts = open_contacts_file(write(tmp_path, "bad.vcf", data))
    assert contacts.format == FileFormat.VCARD and contacts.source.encoding == "utf-8"
    assert [r.lead.name for r in file_records(contacts)] == ["Åsa", "J\ufffdrgen"]
    assert replaced_rows(contacts) == [5]


def test_a_windows_1252_file_is_still_read_as_windows_1252():
    text, encoding = decode("Name,Company\nJürgen Müller,Café Öl\nÅsa,Smörgås – “AB”\n".encode("cp1252"))
    assert encoding == "cp1252" and "Jürgen Müller" in text and "Smörgås – “AB”" in text


def test_a_valid_file_reports_no_replacements(tmp_path):
    source = read_text_file(write(tmp_path, "fine.csv", "Name\nJürgen\n"))
    assert (source.encoding, source.replaced_lines) == ("utf-8", ())


# --- item 7: control and bidi characters never reach the book ----------------------------------


def test_control_and_bidi_characters_are_taken_out_of_csv_cells(tmp_path):
    path = write(tmp_path, "hostile.csv", f"Name,Company,Notes\nAn{CSI_CLEAR}na{BEL},{RLO}Evil AB,"
                 f'"line one{ESC}]0;pwned{BEL}\n\tline two{chr(0x9b)}"\n')  # fmt: skip
    (record,) = records_of(path)
    lead = record.lead
    assert (lead.name, lead.company) == ("An[2Jna", "Evil AB")
    assert lead.notes == "line one]0;pwned\n\tline two"  # newline and tab stay in notes
    assert not any(c in str(vars(lead)) for c in HOSTILE)


def test_control_characters_are_taken_out_of_vcards_also_when_quoted_printable(tmp_path):
    path = write(tmp_path, "hostile.vcf", f"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Bo{ESC}[31m {RLO}Red\r\n"
                 "NOTE;ENCODING=QUOTED-PRINTABLE:ring=07 clear=1B[2J=E2=80=AE done\r\nEND:VCARD\r\n")  # fmt: skip
    (record,) = records_of(path)
    assert record.lead.name == "Bo[31m Red"
    assert record.lead.notes == "ring clear[2J done"


def test_messages_quote_cells_escaped_and_short():
    long_bad = f"{ESC}[2J{RLO}" + "x" * 500 + "@"
    text = messages.row_problem_text(RowProblem(RowProblemKind.EMAIL_INVALID, long_bad))
    assert ESC not in text and RLO not in text
    assert "\\x1b[2J\\u202e" in text and len(text) < 120 and "…" in text


# --- item 10: the small cases -------------------------------------------------------------------


def test_a_header_after_many_blank_lines_is_found(tmp_path):
    path = write(
        tmp_path, "late_header.csv", "\n" * 35 + "  \n\r\n" * 10 + "Name;E-mail;Phone\nAnna;a@example.com;+46 70 1\n"
    )
    contacts = open_contacts_file(path)
    assert contacts.table.delimiter == ";" and contacts.table.header == ("Name", "E-mail", "Phone")
    assert contacts.table.header_line == 56
    (record,) = file_records(contacts)
    assert (record.line, record.lead.name, record.lead.emails) == (57, "Anna", ("a@example.com",))


def test_blank_lines_between_rows_are_still_left_out():
    table = read_csv("Name,Phone\n\nAnna,1\n,\n\nBo,2\n")
    assert [row.line for row in table.rows] == [3, 6]


@pytest.mark.parametrize("begin", ["begin : vcard", "Begin:VCard", "BEGIN :VCARD", "\ufeff  begin\t:\tvcard"])
def test_vcards_in_any_case_and_spacing_are_vcards(tmp_path, begin):
    assert sniff_kind(f"{begin}\r\nFN:Anna\r\nEND:VCARD\r\n") == "vcard"
    path = write(tmp_path, "odd.vcf", f"{begin}\r\nVERSION:3.0\r\nFN:Anna\r\nend : vcard\r\n")
    contacts = open_contacts_file(path)
    assert contacts.format == FileFormat.VCARD
    assert [r.lead.name for r in file_records(contacts)] == ["Anna"]


def test_begin_vcards_is_not_a_vcard():
    assert sniff_kind("BEGIN:VCARDS\r\n") == "csv"
    assert sniff_kind("begin : vcalendar\r\n") == "calendar"


def test_rows_merged_within_one_file_are_counted(book, tmp_path):
    path = write(tmp_path, "twice.csv", "Name,E-mail\nAnna,anna@example.com\nBo,bo@example.com\n"
                 "ANNA,anna@example.com\nbo,bo@example.com\nAnna,ANNA@example.com\nCy,cy@example.com\n")  # fmt: skip
    plan = plan_of(book, path)
    assert plan.count(ItemKind.NEW) == 3 and plan.merged_in_file() == 3
    result = book.import_leads(plan)
    assert (result.added, result.merged_in_file, result.updated, result.unchanged) == (3, 3, 0, 0)
