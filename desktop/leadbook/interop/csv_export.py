"""Leads as CSV, safe to open in a spreadsheet.

UTF-8 with a BOM (so Excel reads the accents and Chinese right), comma-separated, one
lead a row. The column names are the contract with ``csv_import`` (profile LEADBOOK),
so an exported file imports back onto the same leads and adds nothing.

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


def write_leads_csv(leads: Iterable[Lead], out: IO[str]) -> int:
    """Write a header and one row per lead (do-not-contact ones left out) to the text file
    ``out`` (opened with newline=""); returns how many rows."""
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    count = 0
    for lead in contactable(leads):
        writer.writerow(lead_row(lead))
        count += 1
    return count
