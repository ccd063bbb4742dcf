"""vCard 2.1, 3.0 and 4.0 in, through vobject; the quirks of old phones smoothed over."""

from __future__ import annotations

from pathlib import Path

import pytest

from leadbook.interop.importing import FileFormat, file_records, open_contacts_file
from leadbook.interop.records import RowProblemKind
from leadbook.interop.textfile import FileProblem, FileProblemKind
from leadbook.interop.vcard import read_vcards, smooth_card

FIXTURES = Path(__file__).parents[1] / "fixtures" / "interop"


def records_of(name: str):
    contacts = open_contacts_file(FIXTURES / name)
    assert contacts.format == FileFormat.VCARD
    return file_records(contacts)


def test_vcard_21_quoted_printable_charsets_and_a_photo():
    karin, wang = records_of("vcard21_qp_photo.vcf")
    lead = karin.lead
    assert (karin.line, wang.line) == (1, 16)
    assert lead.name == "Karin Åkerlund"  # UTF-8 in quoted-printable
    assert lead.company == "Trädgårdsmästarna AB"  # ISO-8859-1 in quoted-printable
    # windows-1252, a comma (a plain character in 2.1) and a soft line break
    assert lead.notes == "Träffade på mässan, vill ha ett förslag till våren. Ring efter lunch."
    assert lead.phones == ("+46701112233", "08-765 000") and lead.emails == ("karin@tradgardsmastarna.se",)
    assert wang.lead.name == "王芳" and wang.lead.phones == ("+86 138 0013 8001",)


def test_vcard_30_many_contacts_in_one_file():
    lars, maria, nils = (r.lead for r in records_of("vcard30.vcf"))
    assert (lars.name, lars.company, lars.role) == ("Lars Persson", "Persson Pool & Spa AB", "Försäljningschef")
    assert lars.emails == ("lars@perssonpool.se", "lars.persson@example.se")
    assert (lars.address, lars.city, lars.country) == ("Badvägen 3, 211 45", "Malmö", "Sverige")
    assert lars.tags == ("pool", "spring campaign")
    assert lars.notes == "Wants a quote for two pools, call in March.\nPrefers e-mail."
    assert maria.company == "Schneider Gartenbau" and nils.phones == ("0701234000",)


def test_vcard_40_with_tel_uris_and_a_data_uri_photo():
    olivia, per = (r.lead for r in records_of("vcard40.vcf"))
    assert olivia.phones == ("+49-170-1234567",)  # "tel:" taken off
    assert olivia.role == "Geschäftsführerin" and olivia.tags == ("commercial",)
    assert per.emails == ("per@dahl.no",)


def test_one_unreadable_card_is_a_row_error_not_a_failed_file():
    text = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Good One\r\nthis line is not a property\r\nEND:VCARD\r\n"
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bad\r\nBEGIN:VEVENT\r\nEND:VCARD\r\n"
            "BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n")  # fmt: skip
    good, bad, empty = read_vcards(text)
    assert good.lead.name == "Good One"  # an unreadable line is skipped, the card kept
    assert bad.line == 6 and bad.problems[0].kind == RowProblemKind.CARD_UNREADABLE
    assert bad.problems[0].value == "VEVENT component wasn't closed"
    assert empty.line == 11 and empty.problems[0].kind == RowProblemKind.NO_NAME


def test_a_file_of_vcard_words_but_no_card():
    with pytest.raises(FileProblem) as caught:
        list(read_vcards("BEGIN:VCARDS\r\nhello\r\n"))
    assert caught.value.kind == FileProblemKind.NO_CONTACTS


def test_a_21_photo_block_without_folding_is_skipped_up_to_the_blank_line():
    lines = ["BEGIN:VCARD", "VERSION:2.1", "FN:Anna", "PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQ", "SkZJRgABAQ", "",
             "TEL:+46 70 1", "END:VCARD"]  # fmt: skip
    assert smooth_card(lines) == "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Anna\r\nTEL:+46 70 1\r\nEND:VCARD\r\n"
