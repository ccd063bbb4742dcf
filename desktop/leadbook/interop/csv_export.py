"""Leads as CSV, in two kinds.

"For a spreadsheet" (``SPREADSHEET``): UTF-8 with a BOM (so Excel reads the accents and Chinese
right), comma-separated, one lead a row, every field. The column names are the contract with
``csv_import`` (profile LEADBOOK), so an exported file imports back onto the same leads and adds
nothing. Cells that a spreadsheet would run are neutralised (below).

"For another address book" (``ADDRESS_BOOK``): Google Contacts' column names (which Google,
Outlook.com, Thunderbird and Apple's importers map, and so does Leadbook's), the contact fields
only, values exactly as typed: no apostrophe before "+46 ...", which every program but Excel
would keep as part of the number. Several e-mails or phones share one cell, joined by " ::: "
as Google writes them.

Do-not-contact leads are never written (``contactable``): an export feeds mail merges and
address books, and "do not contact" is for good (seed 003). The book's export leaves them
out already; the writers make sure for any other caller.

Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return that
hides one) as a formula: a lead named "=HYPERLINK(...)" could run in the seller's
Excel. Such cells get a leading apostrophe, OWASP's advice; the importer removes it.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from typing import IO

from ..core.model import Lead

HEADER = (
    "Name", "Company", "Role", "E-mail", "Phone", "Address", "City", "Country", "Website", "Stage",
    "Source", "Value", "Currency", "Tags", "Decision-maker", "Best time to reach", "Rapport notes",
    "Notes", "Do not contact", "Created",
)  # fmt: skip

SPREADSHEET = "spreadsheet"
ADDRESS_BOOK = "address-book"
KINDS = (SPREADSHEET, ADDRESS_BOOK)

ADDRESS_BOOK_HEADER = (
    "Name", "First Name", "Middle Name", "Last Name", "Organization Name", "Organization Title",
    "E-mail 1 - Label", "E-mail 1 - Value", "Phone 1 - Label", "Phone 1 - Value", "Address 1 - Label",
    "Address 1 - Street", "Address 1 - City", "Address 1 - Country", "Website 1 - Label", "Website 1 - Value",
    "Notes", "Labels",
)  # fmt: skip

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """A cell a spreadsheet will show as text, never run as a formula."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def contactable(leads: Iterable[Lead]) -> Iterator[Lead]:
    """The leads a marketing export may hold: never a do-not-contact one."""
    return (lead for lead in leads if not lead.do_not_contact)


def _value(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def lead_row(lead: Lead) -> list[str]:
    cells = [
        lead.name, lead.company, lead.role, "; ".join(lead.emails), "; ".join(lead.phones), lead.address,
        lead.city, lead.country, lead.website, lead.stage.value, lead.source.value, _value(lead.value),
        lead.currency, ", ".join(lead.tags), lead.decision_maker_name, lead.best_time, lead.rapport, lead.notes,
        "yes" if lead.do_not_contact else "", lead.created_at,
    ]  # fmt: skip
    return [neutralise(cell) for cell in cells]


def address_book_row(lead: Lead) -> list[str]:
    """A lead in ADDRESS_BOOK_HEADER's columns, as typed. The full name is written too, so a
    reader that has a name column ("Wang Fang", "Svensson, Anna") needs no guess at its parts."""
    words = lead.name.split()
    first, last = (" ".join(words[:-1]), words[-1]) if len(words) > 1 else ("", lead.name)
    work = "Work"
    return [
        lead.name, first, "", last, lead.company, lead.role,
        work if lead.emails else "", " ::: ".join(lead.emails), work if lead.phones else "", " ::: ".join(lead.phones),
        work if lead.address or lead.city or lead.country else "", lead.address, lead.city, lead.country,
        work if lead.website else "", lead.website, lead.notes, " ::: ".join(lead.tags),
    ]  # fmt: skip


def write_leads_csv(leads: Iterable[Lead], out: IO[str], kind: str = SPREADSHEET) -> int:
    """Write a header and one row per lead (do-not-contact ones left out) to the text file
    ``out`` (opened with newline=""), for a spreadsheet or for another address book (``KINDS``);
    returns how many rows."""
    if kind not in KINDS:
        raise ValueError(kind)
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER if kind == SPREADSHEET else ADDRESS_BOOK_HEADER)
    row = lead_row if kind == SPREADSHEET else address_book_row
    count = 0
    for lead in contactable(leads):
        writer.writerow(row(lead))
        count += 1
    return count
