"""``leadbook sync``: sync once and say what went each way; ``--setup`` stores an account (the
password from stdin or ``LEADBOOK_SYNC_PASSWORD`` into the keyring); ``--off`` turns sync off,
leaving the server's events or (``--remove-events``) taking them off."""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path

from . import account as accounts
from . import passwords
from .engine import Report, summary_counts
from .words import Sync, done_on_phone_text, fault_text, no_keyring_text, report_lines


def _err(text: str) -> None:
    print(f"leadbook: {text}", file=sys.stderr)


def run(args: argparse.Namespace, book_path: Path, create: bool) -> int:
    if args.setup:
        return _setup(args, book_path)
    if args.off:
        return _off(book_path, remove=args.remove_events)
    return _sync(book_path, create)


def _password(account: accounts.Account) -> str | None:
    return passwords.stored_password(account) or passwords.password_from_terminal()


def _setup(args: argparse.Namespace, book_path: Path) -> int:
    from .connection import (  # noqa: PLC0415
        auth_type_of,
        calendar_for,
        certificate_of,
        discover,
        is_certificate_problem,
        trust_certificate,
    )
    from .engine import classify  # noqa: PLC0415

    if not args.user:
        _err(Sync.tr("--setup needs --user NAME"))
        return 2
    password = passwords.password_from_terminal()
    if not password:
        _err(Sync.tr("no password given: write it to the input or set LEADBOOK_SYNC_PASSWORD"))
        return 2
    fingerprint = ""
    try:
        try:
            dav, principal, found = discover(args.setup, args.user, password)
        except Exception as error:
            if not is_certificate_problem(error):
                raise
            pem, shown = certificate_of(args.setup)
            if (args.trust_certificate or "").replace(":", "").upper() != shown.replace(":", ""):
                _err(
                    Sync.tr("the server's certificate is signed by no authority this computer knows. Its fingerprint "
                        "is %1. If it is the one your server shows, run this again with --trust-certificate %1")
                    .replace("%1", shown)
                )  # fmt: skip
                return 1
            fingerprint = trust_certificate(pem)
            dav, principal, found = discover(args.setup, args.user, password, fingerprint=fingerprint)
        chosen = calendar_for(principal, found, args.calendar)
    except Exception as error:
        failed = classify(error)
        if failed is None:
            raise
        _err(fault_text(failed.fault))
        return 1
    items = "tasks" if args.tasks else "events"
    account = accounts.Account(args.setup, args.user, chosen.url, chosen.name, fingerprint, auth_type_of(dav), items)
    try:
        accounts.save(book_path, account)
    except OSError as error:
        _err(Sync.tr("cannot keep the account: %1").replace("%1", error.strerror or str(error)))
        return 1
    if not passwords.store_password(account, password):
        print(no_keyring_text(), file=sys.stderr)
    print(Sync.tr("Calendar sync is on: %1 (%2)").replace("%1", chosen.name).replace("%2", chosen.url))
    return 0


def _off(book_path: Path, *, remove: bool) -> int:
    from ..book import LeadBook  # noqa: PLC0415
    from .connection import client  # noqa: PLC0415
    from .engine import Engine, SyncFailed, turn_off  # noqa: PLC0415

    account = accounts.load(book_path)
    with LeadBook.open(book_path, create=False) as book:
        engine = None
        if remove and account is not None:
            password = _password(account)
            if not password:
                _err(Sync.tr("no password: write it to the input or set LEADBOOK_SYNC_PASSWORD"))
                return 2
            dav = client(account.calendar_url, account.user, password, fingerprint=account.fingerprint,
                         auth_type=account.auth_type)  # fmt: skip
            engine = Engine(book, dav, account.calendar_url)
        try:
            removed = turn_off(book, engine)
        except SyncFailed as failed:
            _err(fault_text(failed.fault))
            return 1
    if account is not None:
        passwords.forget_password(account)
    accounts.clear(book_path)
    if remove:
        print(Sync.tr("Calendar sync is off; %n event(s) taken off the calendar.", "", removed))
    else:
        print(Sync.tr("Calendar sync is off; the calendar's events stay where they are."))
    return 0


def _sync(book_path: Path, create: bool) -> int:
    from ..book import LeadBook  # noqa: PLC0415
    from .connection import client  # noqa: PLC0415
    from .engine import Engine  # noqa: PLC0415

    account = accounts.load(book_path)
    if account is None:
        _err(Sync.tr("calendar sync is off for this book; turn it on with: leadbook sync --setup URL --user NAME"))
        return 2
    password = _password(account)
    if not password:
        _err(Sync.tr("no password: write it to the input or set LEADBOOK_SYNC_PASSWORD"))
        return 2
    with LeadBook.open(book_path, create=create) as book:
        dav = client(account.calendar_url, account.user, password, fingerprint=account.fingerprint,
                     auth_type=account.auth_type)  # fmt: skip
        report = Engine(book, dav, account.calendar_url, as_tasks=account.as_tasks).run()
        if report.fault is None or _anything_went(report):  # a sync stopped before it began says only why
            for line in report_lines(report):
                print(line)
        for fu in book.done_on_phone():
            print(done_on_phone_text(fu, book.lead(fu.lead_id).name))
    if report.fault is not None:
        _err(fault_text(report.fault))
        if not report.fault.retries:  # waits for the user: say how from here, too
            _err(Sync.tr("from the command line: %1").replace("%1", _setup_command(account)))
        return 1
    return 0


def _setup_command(account: accounts.Account) -> str:
    """The ``leadbook sync --setup`` that connects this account again (a new password, a trusted certificate)."""
    words = ["leadbook", "sync", "--setup", shlex.quote(account.server), "--user", shlex.quote(account.user)]
    if account.calendar_name != "Leadbook":
        words += ["--calendar", shlex.quote(account.calendar_name)]
    if account.as_tasks:
        words.append("--tasks")
    return " ".join(words)


def _anything_went(report: Report) -> bool:
    return any(count for _name, count in summary_counts(report))
