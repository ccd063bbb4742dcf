"""Property tests: random CSV and vCard input never crashes the importer and never half-imports."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir

from leadbook.book import LeadBook
from leadbook.interop.importing import Action, ImportCancelled, file_records, open_contacts_file
from leadbook.interop.textfile import FileProblem

# Hypothesis keeps caches in ./.hypothesis; in the work tree pytest's collection would warn about that
# folder (norecursedirs replaces the default ignores) and warnings fail. Keep them in the test sandbox.
set_hypothesis_home_dir(Path(os.environ["XDG_CACHE_HOME"]) / "hypothesis")
SETTINGS = settings(max_examples=150, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])

# Text that looks like contacts files: delimiters, quotes, line ends, e-mail and phone characters,
# accents, CJK, BOMs and control characters, in any order.
_ALPHABET = st.sampled_from(list(',;\t"\'\r\n =+-@:.()/\\ ') + list("aAzZ019@åÄö王芳€") + ["\ufeff", "\x00", "\x7f"])
_CELL = st.text(alphabet=_ALPHABET, max_size=12) | st.emails() | st.sampled_from(["+46 70 123 45 67", "070-12", ""])
_CSV = st.lists(st.lists(_CELL, min_size=1, max_size=6), min_size=1, max_size=12).map(
    lambda rows: "\r\n".join(",".join(row) for row in rows)
) | st.text(alphabet=_ALPHABET, max_size=300)
_PROPERTY = st.sampled_from(["FN", "N", "ORG", "EMAIL", "TEL", "NOTE", "ADR", "PHOTO", "X-FOO", "TEL;CELL", "BEGIN",
                             "END", "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=windows-1252", "CATEGORIES", "VERSION"])
_VCARD = st.lists(
    st.tuples(_PROPERTY, st.text(alphabet=_ALPHABET, max_size=20)), max_size=10
).map(lambda lines: "BEGIN:VCARD\r\nVERSION:3.0\r\n" + "".join(f"{k}:{v}\r\n" for k, v in lines) + "END:VCARD\r\n")
_ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"])


@pytest.fixture(scope="module")
def shared_book(tmp_path_factory, ):
    from datetime import datetime  # noqa: PLC0415

    from leadbook.core.clock import FakeClock  # noqa: PLC0415

    path = tmp_path_factory.mktemp("prop") / "p.leadbook"
    with LeadBook.open(path, FakeClock(datetime(2026, 11, 23, 9, 30), "Europe/Stockholm")) as book:
        yield book


def snapshot(book: LeadBook) -> list[tuple]:
    return [tuple(r) for r in book._db.conn.execute("SELECT * FROM leads ORDER BY id")]


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
        try:
            book.import_leads(plan, cancelled=lambda: True)
        except ImportCancelled:
            pass
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
