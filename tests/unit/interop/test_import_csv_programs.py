"""CSV files as other programs write them: Thunderbird, Apple Contacts exporters, Outlook, Google (old and
new columns), LinkedIn (old and new, with and without its notes preamble). Fixtures written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from leadbook.interop.csv_import import Profile, mapping_for, read_csv, unused_columns
from leadbook.interop.importing import file_records, open_contacts_file

FIXTURES = Path(__file__).parents[2] / "fixtures" / "interop"


def read(name: str):
    contacts = open_contacts_file(FIXTURES / name)
    found = file_records(contacts)
    assert all(r.lead is not None and r.problems == () for r in found), [r.problems for r in found]
    return contacts, [r.lead for r in found]


def test_thunderbird_rows_with_one_empty_cell_more_than_the_header():
    contacts, (karin, desk) = read("thunderbird.csv")
    assert contacts.profile == Profile.THUNDERBIRD and contacts.table.header[0] == "First Name"
    assert (karin.name, karin.company, karin.role) == ("Karin Lindqvist", "Lindqvist Pool & Spa AB", "VD")
    assert karin.emails == ("karin@lindqvist-pool.example", "karin.lindqvist@example.com")
    assert karin.phones == ("+46 8 555 123 45", "+46 70 555 12 34")
    assert (karin.address, karin.city, karin.country) == ("Sjövägen 4, 183 30", "Täby", "Sweden")
    assert karin.website == "http://www.lindqvist-pool.example"
    assert karin.notes == ("Fax Number: +46 8 555 123 46\n\nHome City: Danderyd\n\n"
                           "Met at the garden fair, wants a quote")  # fmt: skip
    assert (desk.name, desk.company, desk.emails) == ("Order desk", "Pool Supplies Nord AB",
                                                      ("order@poolsupplies.example",))  # fmt: skip
    assert unused_columns(contacts.table, mapping_for(contacts.table)) == ["Nickname", "Custom 1"]


def test_a_header_one_cell_shorter_than_its_rows_is_still_the_header():
    table = read_csv("Name,Email\r\nAnna,anna@a.se,\r\nBo,bo@b.se,\r\n")
    assert table.header == ("Name", "Email") and len(table.rows) == 2


def test_shorter_rows_and_longer_rows_with_empty_cells_are_read():
    table = read_csv("Name,Email,Phone\r\nAnna,anna@a.se\r\nBo,bo@b.se,070-123 45 67,,\r\nCy,c@c.se,,x\r\n")
    from leadbook.interop.csv_import import guess_mapping, records

    found = list(records(table, guess_mapping(table.header)))
    assert [r.lead.name if r.lead else r.problems[0].kind.value for r in found] == ["Anna", "Bo", "too_many_cells"]


def test_apple_contacts_style_columns_are_guessed():
    contacts, (mareike,) = read("apple_contacts.csv")
    assert contacts.needs_mapping  # an unknown program: the guess is shown for confirming
    assert mareike.emails == ("mareike.schneider@schneider-bau.example",)
    assert mareike.phones == ("+49 151 2345678", "+49 89 1234 5678")
    assert (mareike.address, mareike.city, mareike.country) == ("Leopoldstraße 12, 80802", "München", "Germany")
    assert (mareike.company, mareike.role, mareike.website) == (
        "Schneider Bau GmbH",
        "Leiterin Einkauf",
        "https://schneider-bau.example",
    )


def test_outlook_business_and_home_columns():
    table = read_csv("First Name,Last Name,E-mail Address,E-mail 2 Address,E-mail 3 Address,Business Phone,"
                     "Mobile Phone,Business Fax,Business Street,Business City,Home Street,Home City\r\n"
                     "Bob,Carter,bob@carterpools.com,bob@home.example,b.carter@example.org,+1 555 201 3344,"
                     "+1 555 201 9988,+1 555 201 3345,12 Pool Lane,Green Bay,3 Elm St,De Pere\r\n")  # fmt: skip
    assert table.profile == Profile.OUTLOOK
    from leadbook.interop.csv_import import records

    (record,) = records(table, mapping_for(table))
    bob = record.lead
    assert bob.emails == ("bob@carterpools.com", "bob@home.example", "b.carter@example.org")
    assert (bob.address, bob.city) == ("12 Pool Lane", "Green Bay")
    assert bob.notes == "Business Fax: +1 555 201 3345\n\nHome Street: 3 Elm St\n\nHome City: De Pere"


@pytest.mark.parametrize("name", ["google_contacts_old.csv", "google_contacts_new.csv"])
def test_google_old_and_new_columns(name):
    contacts, (lead,) = read(name)
    assert contacts.profile == Profile.GOOGLE
    assert lead.emails and lead.phones and lead.company and lead.role and lead.city and lead.website
    assert "myContacts" not in lead.tags


def test_google_unused_columns_leave_out_labels():
    contacts, _ = read("google_contacts_new.csv")
    assert unused_columns(contacts.table, mapping_for(contacts.table)) == ["Custom Field 1 - Value"]


@pytest.mark.parametrize("name", ["linkedin_connections.csv", "linkedin_connections_old.csv"])
def test_linkedin_old_and_new_with_and_without_the_notes_preamble(name):
    contacts, (dana, erik) = read(name)
    assert contacts.profile == Profile.LINKEDIN
    assert (erik.name, erik.company, erik.role, erik.emails) == (
        "Erik Nilsson",
        "Nilsson & Söner, Fastigheter",
        "Förvaltare",
        ("erik.nilsson@example.com",),
    )
    assert dana.notes.startswith("Connected On: ")
