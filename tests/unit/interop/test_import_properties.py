"""Property tests: random CSV and vCard input never crashes the importer and never half-imports."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

import pytest
from _book_sql import table_rows
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir

from leadbook.book import LeadBook
from leadbook.interop.importing import Action, ImportCancelled, file_records, open_contacts_file
from leadbook.interop.textfile import FileProblem

# Hypothesis keeps caches in ./.hypothesis; in the work tree pytest's collection would warn about that
# folder (norecursedirs replaces the default ignores) and warnings fail. Keep them in the test sandbox.
set_hypothesis_home_dir(Path(os.environ["XDG_CACHE_HOME"]) / "hypothesis")
SETTINGS = settings(
    max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

# Text that looks like contacts files: delimiters, quotes, line ends, e-mail and phone characters,
# accents, CJK, BOMs and control characters, in any order.
_ALPHABET = st.sampled_from(list(",;\t\"'\r\n =+-@:.()/\\ ") + list("aAzZ019@åÄö王芳€") + ["\ufeff", "\x00", "\x7f"])
_CELL = st.text(alphabet=_ALPHABET, max_size=12) | st.emails() | st.sampled_from(["+46 70 123 45 67", "070-12", ""])
_CSV = st.lists(st.lists(_CELL, min_size=1, max_size=6), min_size=1, max_size=12).map(
    lambda rows: "\r\n".join(",".join(row) for row in rows)
) | st.text(alphabet=_ALPHABET, max_size=300)
_PROPERTY = st.sampled_from(
    [
        "FN",
        "N",
        "ORG",
        "EMAIL",
        "TEL",
        "NOTE",
        "ADR",
        "PHOTO",
        "X-FOO",
        "TEL;CELL",
        "BEGIN",
        "END",
        "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=windows-1252",
        "CATEGORIES",
        "VERSION",
    ]
)
_VCARD = st.lists(st.tuples(_PROPERTY, st.text(alphabet=_ALPHABET, max_size=20)), max_size=10).map(
    lambda lines: "BEGIN:VCARD\r\nVERSION:3.0\r\n" + "".join(f"{k}:{v}\r\n" for k, v in lines) + "END:VCARD\r\n"
)
_ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"])


@pytest.fixture(scope="module")
def shared_book(
    tmp_path_factory,
):
    from datetime import datetime

    from leadbook.core.clock import FakeClock

    path = tmp_path_factory.mktemp("prop") / "p.leadbook"
    with LeadBook.open(path, FakeClock(datetime(2026, 11, 23, 9, 30), "Europe/Stockholm")) as book:
        yield book


def snapshot(book: LeadBook) -> list[tuple]:
    return table_rows(book, "leads", "id")


def import_bytes(book: LeadBook, data: bytes, suffix: str, action: Action) -> None:
    """Read, plan and import; a FileProblem is the only refusal allowed, and then nothing changed."""
    with tempfile.NamedTemporaryFile(suffix=suffix, delete=False) as handle:
        handle.write(data)
    path = Path(handle.name)
    before, count = snapshot(book), book.count_leads()
    try:
        try:
            contacts = open_contacts_file(path)
            found = file_records(contacts)
        except FileProblem:
            assert snapshot(book) == before
            return
        plan = book.plan_import(found, file_name=path.name)
        plan.set_all_duplicates(action)
        assert len(plan.items) == len(found)
        # All or nothing: cancelled at the first progress report, the book is as it was.
        with contextlib.suppress(ImportCancelled):
            book.import_leads(plan, cancelled=lambda: True)
        assert snapshot(book) == before
        result = book.import_leads(plan)
        assert book.count_leads() == count + result.added
        assert result.added + result.merged_rows + result.skipped + result.errors == len(plan.items)
        # And again: the same contacts add nothing.
        again = book.plan_import(found, file_name=path.name)
        assert book.import_leads(again).added == 0 or action == Action.ADD
    finally:
        path.unlink()


@SETTINGS
@given(text=_CSV, encoding=_ENCODINGS, action=st.sampled_from(list(Action)))
def test_random_csv_never_crashes_and_never_half_imports(shared_book, text, encoding, action):
    import_bytes(shared_book, text.encode(encoding, errors="replace"), ".csv", action)


@SETTINGS
@given(cards=st.lists(_VCARD, min_size=1, max_size=4), encoding=_ENCODINGS, action=st.sampled_from(list(Action)))
def test_random_vcards_never_crash_and_never_half_import(shared_book, cards, encoding, action):
    import_bytes(shared_book, "".join(cards).encode(encoding, errors="replace"), ".vcf", action)


@SETTINGS
@given(data=st.binary(max_size=400))
def test_random_bytes_never_crash(shared_book, data):
    import_bytes(shared_book, data, ".csv", Action.MERGE)


# --- export and import again -----------------------------------------------------------------------

_WORD = st.text(
    alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyzåäöüéßABCÅÖZ王芳李伟")), min_size=1, max_size=7
)
_PERSON = st.lists(_WORD, min_size=1, max_size=3).map(" ".join)
_EMAILS = st.sampled_from(["anna@akerlund.se", "info@acme.example", "someone@invalid", "bo@b.se", "Bo@B.se",
                           '"mia;work"@example.com', "王芳@例子.中国", "x.y+z@mail.example.co.uk"])  # fmt: skip
_PHONES = st.sampled_from(["+46 70-123 45 67", "070-123 45 67", "+1 (503) 555-0111", "+1-800-MYFAX",
                           "+1-418-656-9254 ext. 102", "08-555 123 45", "+86 138 0013 8000", "112"])  # fmt: skip
_TEXT = (
    st.text(alphabet=st.sampled_from(list('abc ÅÖ王,;:.-=+@\n"')), max_size=20)
    .map(str.strip)
    .filter(lambda t: not t.startswith(("'", "=", "+", "-", "@")))
)  # a leading apostrophe is what a spreadsheet export adds
_CONTACT = st.fixed_dictionaries({
    "name": _PERSON, "company": st.sampled_from(["", "Acme", "Åkerlund AB", "杭州绿源", "Acme, Inc."]),
    "role": st.sampled_from(["", "VD", "Owner"]),
    "emails": st.lists(_EMAILS, max_size=3, unique_by=str.casefold).map(tuple),
    "phones": st.lists(_PHONES, max_size=3, unique_by=lambda p: "".join(c for c in p if c.isalnum())).map(tuple),
    "address": st.sampled_from(["", "Storgatan 1", "12 Main St, Suite 4"]), "city": st.sampled_from(["", "Täby"]),
    "country": st.sampled_from(["", "Sweden", "中国"]),
    "website": st.sampled_from(["", "https://akerlund.se", "http://www.example.com/a?b=c"]),
    "notes": _TEXT, "tags": st.lists(st.sampled_from(["vip", "Spring", "王"]), max_size=2, unique=True).map(tuple),
})  # fmt: skip


def _person(contact: dict) -> str:
    from leadbook.interop.matching import person_key

    return person_key(contact["name"])


@settings(max_examples=40, deadline=None, database=None)
@given(contacts=st.lists(_CONTACT, min_size=1, max_size=8, unique_by=_person),
       kind=st.sampled_from(["spreadsheet", "address-book"]))  # fmt: skip
def test_any_book_exported_and_imported_into_an_empty_book_gives_the_same_leads(contacts, kind):
    """Different people (different names; e-mails and phones shared at random, as colleagues share them)
    come back one lead each, every field as it was."""
    import io
    from datetime import datetime

    from leadbook.core.clock import FakeClock
    from leadbook.core.model import Lead
    from leadbook.interop.csv_export import write_leads_csv

    contacts = [c for c in contacts if c["name"] != c["company"]]  # a name that is its company is no person's
    clock = FakeClock(datetime(2026, 11, 23, 9, 30), "Europe/Stockholm")
    fields = ("name", "company", "role", "emails", "phones", "address", "city", "country", "website", "notes", "tags")
    with tempfile.TemporaryDirectory() as folder:
        with LeadBook.open(Path(folder) / "a.leadbook", clock) as first:
            first.set_home_country("SE")
            first.add_leads([Lead(**c) for c in contacts])
            out = io.StringIO(newline="")
            write_leads_csv(first.export_leads(), out, kind)
            before = sorted(tuple(getattr(lead, f) for f in fields) for lead in first.export_leads())
        path = Path(folder) / "leads.csv"
        path.write_text(out.getvalue(), encoding="utf-8", newline="")
        with LeadBook.open(Path(folder) / "b.leadbook", clock) as second:
            second.set_home_country("SE")
            plan = second.plan_import(file_records(open_contacts_file(path)))
            result = second.import_leads(plan)
            after = sorted(tuple(getattr(lead, f) for f in fields) for lead in second.export_leads())
    assert result.added == len(contacts) and result.errors == 0
    assert after == before
