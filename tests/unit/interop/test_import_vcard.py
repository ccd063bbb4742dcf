"""vCard 2.1, 3.0 and 4.0 in, through vobject; the quirks of old phones smoothed over."""

from __future__ import annotations

from pathlib import Path

import pytest

from leadbook.interop.importing import FileFormat, file_records, open_contacts_file
from leadbook.interop.records import RowProblemKind
from leadbook.interop.textfile import FileProblem, FileProblemKind
from leadbook.interop.vcard import read_vcards, smooth_card

FIXTURES = Path(__file__).parents[2] / "fixtures" / "interop"


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


# --- files as other programs write them (written for these tests, in each program's style) ---------


def leads_of(name: str):
    found = records_of(name)
    assert all(r.lead is not None for r in found), [r.problems for r in found]
    return [r.lead for r in found]


def test_apple_contacts_30_escaped_colons_grouped_properties_and_a_company_card():
    karin, company = leads_of("apple_contacts_30.vcf")
    assert (karin.name, karin.company, karin.role) == ("Karin Lindqvist", "Lindqvist Pool & Spa AB", "VD")
    assert karin.website == "http://www.lindqvist-pool.example"  # "http\://" unescaped
    assert karin.phones == ("+46 70 555 12 34", "08-555 123 45")
    assert (karin.address, karin.city, karin.country) == ("Sjövägen 4, 183 30", "Täby", "Sverige")
    assert karin.notes == "Met at the garden fair, wants a quote for the spring\nCall after lunch"
    assert (company.name, company.emails, company.website) == (
        "Pool Supplies Nord AB",
        ("order@poolsupplies.example",),
        "https://poolsupplies.example/order",
    )


def test_google_30_keeps_every_good_field_and_puts_the_rest_in_the_notes():
    (erik_record, mia_record) = records_of("google_contacts_30.vcf")
    erik, mia = erik_record.lead, mia_record.lead
    assert erik.emails == ("erik.holm@example.com",) and erik.phones == ("+1-800-MYFAX",)  # a vanity number, as typed
    assert erik.website == "http://www.holm-landscaping.example" and erik.tags == ("Customers",)
    assert erik.notes == ("Packers fan; loves talking about the game\n\nNot imported as an e-mail: erik at the office"
                          "\n\nNot imported as a phone: ask for reception")  # fmt: skip
    assert [p.kind for p in erik_record.problems] == [RowProblemKind.EMAIL_INVALID, RowProblemKind.PHONE_INVALID]
    # An escaped ";" inside an address stays in it; a reserved domain is still an address.
    assert mia.emails == ('"mia;work"@example.com', "someone@invalid") and mia_record.problems == ()
    assert mia.website == "http://mia.example/about"


def test_lotus_notes_profile_source_name_and_x_properties_are_ignored():
    (mareike,) = leads_of("lotus_notes_profile.vcf")
    assert (mareike.name, mareike.company, mareike.role) == (
        "Mareike Schneider",
        "Schneider Bau GmbH",
        "Leiterin Einkauf",
    )
    assert mareike.emails == ("mareike.schneider@schneider-bau.example",) and mareike.phones == ("+49 89 1234 5678",)
    assert mareike.notes == ""


def test_rfc6350_40_tel_uris_with_extensions():
    (camille,) = leads_of("rfc6350_40.vcf")
    assert camille.phones == ("+1-418-656-9254 ext. 102", "+1-418-262-6501")
    assert (camille.company, camille.address, camille.city) == (
        "Piscines Laurier",
        "1200 boulevard Laurier, Bureau 210, G1V 2M2, QC",
        "Québec",
    )
    assert camille.website == "https://piscines-laurier.example"


def test_a_phone_export_with_a_photo_and_a_card_without_version_in_bare_quoted_printable():
    asa, ivan = leads_of("phone_export_photo.vcf")
    assert (asa.name, asa.phones, asa.emails) == ("Åsa Öberg", ("070-123 45 67", "+46 8 555 123 45"),
                                                  ("asa@obergs.example",))  # fmt: skip
    assert ivan.name == "Иван Шумилов"  # valid QP of valid UTF-8, though no ENCODING said so
    assert ivan.notes == "Code=20A7 stays as written"  # QP-looking, but not of UTF-8 beyond ASCII: as written


@pytest.mark.parametrize(("value", "phone"), [
    ("tel:+1-418-656-9254;ext=102", "+1-418-656-9254 ext. 102"), ("tel:+46701234567", "+46701234567"),
    ("tel:0701234567;phone-context=+46", "0701234567"), ("+46 70 123 45 67", "+46 70 123 45 67")])  # fmt: skip
def test_tel_uris(value, phone):
    from leadbook.interop.vcard import tel_text

    assert tel_text(value) == phone
