"""``leadbook import`` and ``leadbook export`` as a user runs them: real processes on real files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import icalendar
import pytest

from leadbook.book import LeadBook
from leadbook.core.model import Lead

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).parents[1] / "fixtures" / "interop"


def run(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, LEADBOOK_HOME=str(home), QT_QPA_PLATFORM="offscreen", TZ="Europe/Stockholm")
    return subprocess.run([sys.executable, "-m", "leadbook", *args], env=env, capture_output=True, text=True,
                          timeout=120)  # fmt: skip


@pytest.fixture
def db(tmp_path: Path, clock) -> Path:
    path = tmp_path / "cli.leadbook"
    with LeadBook.open(path, clock) as book:
        book.add_lead(Lead(name="Anna Svensson", emails=("anna@akerlund.se",)))
    return path


def count(path: Path) -> int:
    with LeadBook.open(path, create=False) as book:
        return book.count_leads()


def test_import_prints_a_summary_and_twice_adds_nothing(db, tmp_path):
    first = run("import", str(FIXTURES / "google_contacts.csv"), "--db", str(db), home=tmp_path)
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == ("Merged with leads already known: 1 same e-mail\n"
                                    "Imported google_contacts.csv: 2 added, 1 updated, 0 already there, 0 skipped, "
                                    "0 rows with errors")  # fmt: skip
    again = run("import", str(FIXTURES / "google_contacts.csv"), "--db", str(db), home=tmp_path)
    assert again.returncode == 0 and "0 added, 0 updated, 3 already there" in again.stdout
    assert count(db) == 3
    # A verified backup was made before each import, holding the book as it was then.
    assert len(list((tmp_path / "backups").glob("cli-*.leadbook"))) == 2


def test_dry_run_changes_nothing(db, tmp_path):
    before = db.read_bytes()
    done = run("import", str(FIXTURES / "vcard30.vcf"), "--dry-run", "--db", str(db), home=tmp_path)
    assert done.returncode == 0
    assert (
        done.stdout.strip()
        == "Dry run, nothing imported: vcard30.vcf: 3 new, 0 duplicates (0 with new details), 0 rows with errors"
    )
    assert count(db) == 1 and db.read_bytes() == before


def test_rows_with_errors_are_listed_with_their_lines(db, tmp_path):
    done = run("import", str(FIXTURES / "rows_with_errors.csv"), "--db", str(db), home=tmp_path)
    assert done.returncode == 0
    assert "rows_with_errors.csv:4: kept in the notes: “not-an-email” is not an e-mail address" in done.stderr
    assert "rows_with_errors.csv:9: no name, company or e-mail address" in done.stderr
    assert "Columns: Name → name, Company → company, Email → email, Phone → phone, Stage → stage" in done.stderr
    assert "6 added" in done.stdout and "1 row with errors" in done.stdout
    strict = run("import", str(FIXTURES / "rows_with_errors.csv"), "--strict", "--db", str(db), home=tmp_path)
    assert strict.returncode == 1 and "Nothing imported (--strict" in strict.stdout


@pytest.mark.parametrize("name", ["binary_junk.csv", "empty.csv", "truncated.csv", "truncated.vcf", "calendar.ics",
                                  "spreadsheet.xlsx", "nothing-here.csv"])  # fmt: skip
def test_bad_files_fail_with_a_message_and_change_nothing(db, tmp_path, name):
    before = count(db)
    done = run("import", str(FIXTURES / name), "--db", str(db), home=tmp_path)
    assert done.returncode == 1
    assert done.stderr.startswith("leadbook: ") and "Nothing was imported." in done.stderr
    assert count(db) == before


def test_format_and_duplicate_options(db, tmp_path):
    wrong = run("import", str(FIXTURES / "vcard30.vcf"), "--format", "csv", "--db", str(db), home=tmp_path)
    assert wrong.returncode == 1 and "vcard30.vcf is a vCard file, not the format that was asked for." in wrong.stderr
    added = run("import", str(FIXTURES / "google_contacts.csv"), "--duplicates", "add", "--db", str(db), home=tmp_path)
    assert "3 added" in added.stdout and count(db) == 4
    other = tmp_path / "other.leadbook"
    with LeadBook.open(other) as book:  # Bob shares Jürgen's mailbox: a possible duplicate, not Jürgen
        book.add_lead(Lead(name="Bob Carter", emails=("j.mueller@mueller-maschinenbau.de",)))
    flagged = run("import", str(FIXTURES / "google_contacts.csv"), "--db", str(other), home=tmp_path)
    assert "Possible duplicates, added as their own leads for review: 1 same e-mail, another name" in flagged.stdout, (
        flagged.stdout
    )
    assert flagged.stdout.strip().endswith("0 rows with errors, possible duplicates to review: 1")


def test_export_csv_vcf_and_ics_then_import_adds_nothing(db, tmp_path):
    run("import", str(FIXTURES / "vcard30.vcf"), "--db", str(db), home=tmp_path)
    for kind in ("csv", "vcf"):
        out = tmp_path / f"leads.{kind}"
        done = run("export", kind, "-o", str(out), "--db", str(db), home=tmp_path)
        assert done.returncode == 0 and done.stdout.strip() == f"Exported 4 leads to {out}"
        back = run("import", str(out), "--db", str(db), home=tmp_path)
        assert "0 added, 0 updated, 4 already there" in back.stdout, back.stdout + back.stderr
    ics = tmp_path / "followups.ics"
    done = run("export", "ics", "-o", str(ics), "--db", str(db), home=tmp_path)
    assert done.returncode == 0 and done.stdout.strip() == f"Exported 1 follow-up to {ics}"  # Anna's first one
    assert len(icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")) == 1
    only = run("export", "csv", "-o", str(tmp_path / "q.csv"), "--search", "persson", "--db", str(db), home=tmp_path)
    assert only.stdout.strip().startswith("Exported 1 lead ")


def test_export_failures_exit_non_zero(db, tmp_path):
    done = run("export", "csv", "-o", str(tmp_path / "no-such-folder" / "x.csv"), "--db", str(db), home=tmp_path)
    assert done.returncode == 1 and "nothing was written" in done.stderr
    missing = run(
        "export", "csv", "-o", str(tmp_path / "x.csv"), "--db", str(tmp_path / "typo.leadbook"), home=tmp_path
    )
    assert missing.returncode == 2
    stage = run("export", "csv", "-o", str(tmp_path / "x.csv"), "--stage", "maybe", "--db", str(db), home=tmp_path)
    assert stage.returncode == 1 and "is not a stage" in stage.stderr


def test_export_for_another_address_book_writes_phones_as_typed_and_imports_back(db, tmp_path):
    run("import", str(FIXTURES / "vcard30.vcf"), "--db", str(db), home=tmp_path)
    out = tmp_path / "contacts.csv"
    done = run("export", "csv", "--format", "address-book", "-o", str(out), "--db", str(db), home=tmp_path)
    assert done.returncode == 0 and done.stdout.strip() == f"Exported 4 leads to {out}"
    text = out.read_text(encoding="utf-8-sig")
    assert text.startswith("Name,First Name,Middle Name,Last Name,Organization Name") and ",'+" not in text
    fresh = tmp_path / "fresh.leadbook"
    LeadBook.open(fresh).close()  # an empty book
    back = run("import", str(out), "--db", str(fresh), home=tmp_path)
    assert "4 added, 0 updated" in back.stdout, back.stdout + back.stderr
    with LeadBook.open(db, create=False) as old, LeadBook.open(fresh, create=False) as new:
        assert sorted(lead.phones for lead in old.export_leads()) == sorted(lead.phones for lead in new.export_leads())


def test_the_home_country_reads_national_numbers_and_is_remembered(tmp_path):
    path = tmp_path / "home.leadbook"
    with LeadBook.open(path) as book:
        book.add_lead(Lead(name="Anna Svensson", phones=("+46 70 123 45 67",)))
    csv = tmp_path / "national.csv"
    csv.write_text("Name,Phone\r\nSvensson Anna,070-123 45 67\r\n", encoding="utf-8")
    done = run("import", str(csv), "--home-country", "se", "--dry-run", "--db", str(path), home=tmp_path)
    assert "1 duplicate" in done.stdout and "same phone and name" in done.stdout, done.stdout + done.stderr
    with LeadBook.open(path, create=False) as book:
        assert book.setting("home_country") == ""  # a dry run changes nothing
    done = run("import", str(csv), "--home-country", "se", "--db", str(path), home=tmp_path)
    assert "0 added, 1 updated" in done.stdout, done.stdout + done.stderr
    with LeadBook.open(path, create=False) as book:
        assert book.home_country() == "SE" and book.count_leads() == 1
    wrong = run("import", str(csv), "--home-country", "Sweden", "--db", str(path), home=tmp_path)
    assert wrong.returncode == 1 and "not a two-letter country code" in wrong.stderr
