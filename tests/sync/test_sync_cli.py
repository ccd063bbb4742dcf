"""``leadbook sync`` as a real process against a real Radicale: --setup keeps the account on this machine
and the password in the keyring (a file keyring here), never in the book; a machine without a keyring
is said so and the password then comes from LEADBOOK_SYNC_PASSWORD; a sync says what went each way."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import caldav
import pytest
from radicale_server import PASSWORD, USER

from leadbook.book import LeadBook
from leadbook.core.model import Lead, Source

pytestmark = pytest.mark.slow  # real processes and a real server


def _book(path: Path, clock) -> None:
    with LeadBook.open(path, clock) as book:
        for name in ("Anna Svensson", "Björn Lindqvist"):
            book.add_lead(Lead(name=name, source=Source.REFERRAL, phones=("+46 70 123 45 67",)))


def _leadbook(tmp_path: Path, *args: str, stdin: str = "", env: dict[str, str] | None = None):
    environment = {**os.environ, "LEADBOOK_HOME": str(tmp_path / "home"), **(env or {})}
    if "LEADBOOK_SYNC_PASSWORD" not in (env or {}):
        environment.pop("LEADBOOK_SYNC_PASSWORD", None)
    return subprocess.run([sys.executable, "-m", "leadbook", *args], input=stdin, capture_output=True, text=True,
                          env=environment, timeout=120)  # fmt: skip


def _calendar_events(radicale) -> list[str]:
    with caldav.DAVClient(url=radicale.url, username=USER, password=PASSWORD) as phone:
        (calendar,) = [c for c in phone.principal().calendars() if c.get_display_name() == "Leadbook"]
        return [str(e.icalendar_component["summary"]) for e in calendar.events()]


def test_setup_keeps_the_password_in_the_keyring_and_a_sync_says_what_went_each_way(
    tmp_path, radicale, file_keyring, clock
):
    book = tmp_path / "b.leadbook"
    _book(book, clock)
    setup = _leadbook(tmp_path, "sync", "--db", str(book), "--setup", radicale.url, "--user", USER, stdin=PASSWORD)
    assert setup.returncode == 0, setup.stderr
    assert "Calendar sync is on: Leadbook" in setup.stdout
    assert PASSWORD in file_keyring.read_text(encoding="utf-8")
    machine = (tmp_path / "home" / "this-machine.json").read_text(encoding="utf-8")
    assert radicale.url in machine and PASSWORD not in machine
    first = _leadbook(tmp_path, "sync", "--db", str(book))
    assert first.returncode == 0, first.stderr
    assert "To the calendar: 2 new, 0 changed, 0 removed" in first.stdout
    assert sorted(_calendar_events(radicale)) == ["Call: Anna Svensson", "Call: Björn Lindqvist"]
    assert PASSWORD.encode() not in book.read_bytes()
    off = _leadbook(tmp_path, "sync", "--db", str(book), "--off", "--remove-events")
    assert off.returncode == 0, off.stderr
    assert "Calendar sync is off; 2 event" in off.stdout  # "event(s)" until the English plural forms are made
    assert _calendar_events(radicale) == []
    assert json.loads(file_keyring.read_text(encoding="utf-8")) == {}
    again = _leadbook(tmp_path, "sync", "--db", str(book))
    assert again.returncode == 2 and "calendar sync is off for this book" in again.stderr


def test_without_a_keyring_it_says_so_and_the_password_comes_from_the_environment(
    tmp_path, radicale, no_keyring, clock
):
    book = tmp_path / "b.leadbook"
    _book(book, clock)
    setup = _leadbook(tmp_path, "sync", "--db", str(book), "--setup", radicale.url, "--user", USER, stdin=PASSWORD)
    assert setup.returncode == 0, setup.stderr
    assert "This computer has no keyring, so the password was not stored" in setup.stderr
    assert PASSWORD not in (tmp_path / "home" / "this-machine.json").read_text(encoding="utf-8")
    without = _leadbook(tmp_path, "sync", "--db", str(book))
    assert without.returncode == 2 and "LEADBOOK_SYNC_PASSWORD" in without.stderr
    synced = _leadbook(tmp_path, "sync", "--db", str(book), env={"LEADBOOK_SYNC_PASSWORD": PASSWORD})
    assert synced.returncode == 0, synced.stderr
    assert "2 new" in synced.stdout


def test_a_wrong_password_is_said_plainly(tmp_path, radicale, no_keyring, clock):
    book = tmp_path / "b.leadbook"
    _book(book, clock)
    refused = _leadbook(tmp_path, "sync", "--db", str(book), "--setup", radicale.url, "--user", USER, stdin="nope")
    assert refused.returncode == 1
    assert "the server refused the user name or password" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_a_server_that_is_not_there_is_said_plainly(tmp_path, radicale, no_keyring, clock):
    book = tmp_path / "b.leadbook"
    _book(book, clock)
    assert _leadbook(tmp_path, "sync", "--db", str(book), "--setup", radicale.url, "--user", USER,
                     stdin=PASSWORD).returncode == 0  # fmt: skip
    radicale.kill()
    down = _leadbook(tmp_path, "sync", "--db", str(book), env={"LEADBOOK_SYNC_PASSWORD": PASSWORD})
    assert down.returncode == 1
    assert "the server cannot be reached" in down.stderr and "Traceback" not in down.stderr
    assert "To the calendar" not in down.stdout, "a sync that never began does not report 0 sent each way"


def test_a_password_changed_on_the_server_stops_the_sync_and_says_only_that(tmp_path, radicale, file_keyring, clock):
    book = tmp_path / "b.leadbook"
    _book(book, clock)
    assert _leadbook(tmp_path, "sync", "--db", str(book), "--setup", radicale.url, "--user", USER,
                     stdin=PASSWORD).returncode == 0  # fmt: skip
    kept = json.loads(file_keyring.read_text(encoding="utf-8"))
    file_keyring.write_text(json.dumps({name: "changed-since" for name in kept}), encoding="utf-8")
    refused = _leadbook(tmp_path, "sync", "--db", str(book))
    assert refused.returncode == 1
    assert "the server refused the user name or password" in refused.stderr and "Traceback" not in refused.stderr
    assert f"from the command line: leadbook sync --setup {radicale.url} --user {USER}\n" in refused.stderr
    assert refused.stdout == ""
    assert _calendar_events(radicale) == [], "nothing was published with the wrong password"
