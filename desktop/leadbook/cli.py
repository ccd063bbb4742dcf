"""The ``leadbook`` command: opens the app, or runs a verb from the terminal."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

from . import __version__, texts
from .paths import default_book_path
from .store.errors import BookError


def _parser() -> argparse.ArgumentParser:
    book_option = argparse.ArgumentParser(add_help=False)
    # SUPPRESS, so that a subcommand's own --db does not reset one given before it (main() fills in None).
    book_option.add_argument(
        "--db", metavar="FILE", type=Path, default=argparse.SUPPRESS, help="use this lead book instead of your own"
    )

    parser = argparse.ArgumentParser(
        prog="leadbook",
        description="Leadbook: an offline lead book that makes you follow up. "
        "Without a command it opens the app on your own lead book.",
        parents=[book_option],
    )
    parser.add_argument("--version", action="version", version=f"Leadbook {__version__}")
    parser.add_argument("--demo", action="store_true", help="open a freshly made demo book (never your own)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser("demo", help="write a demo lead book to FILE")
    demo.add_argument("file", type=Path, metavar="FILE")
    today = commands.add_parser(
        "today", parents=[book_option], help="print the agenda: overdue, today, first responses, decide, tomorrow"
    )
    today.add_argument("--date", type=_day, metavar="YYYY-MM-DD", help="another day than today (in your time zone)")
    commands.add_parser("backup", parents=[book_option], help="make a verified backup of the book now")
    commands.add_parser("check", parents=[book_option], help="run SQLite's full integrity check on the book")
    return parser


def _day(text: str) -> date:
    try:
        if len(text) != 10 or text[4] != "-" or text[7] != "-":
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write it as YYYY-MM-DD, like 2026-11-23") from None


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    args.db = getattr(args, "db", None)
    try:
        if args.command == "demo":
            return _write_demo(args.file)
        if args.command == "today":
            return _print_today(args.db, args.date)
        if args.command == "backup":
            return _backup(args.db)
        if args.command == "check":
            return _check(args.db)
        return _open_app(args)
    except BookError as error:
        print(f"leadbook: {texts.book_error_text(error)}", file=sys.stderr)
        return 2


def _write_demo(path: Path) -> int:
    from .demo import write_demo_book  # noqa: PLC0415 - keeps start-up light

    try:
        book = write_demo_book(path)
    except FileExistsError:
        print(f"leadbook: {path} already exists; choose a new file name", file=sys.stderr)
        return 1
    count = book.count_leads()
    book.close()
    print(f"Wrote a demo lead book with {count} leads to {path}")
    return 0


def _print_today(path: Path | None, day: date | None) -> int:
    from .agenda_text import load_agenda, render_agenda  # noqa: PLC0415 - keeps other verbs light
    from .book import LeadBook  # noqa: PLC0415

    # Another book must exist (a typo must not create an empty one); the own book is made on first use.
    with LeadBook.open(path or default_book_path(), create=path is None) as book:
        agenda = load_agenda(book, day or book.local_today())
        color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        sys.stdout.write(render_agenda(agenda, book, color=color))
    return 0


def _backup(path: Path | None) -> int:
    from .book import LeadBook  # noqa: PLC0415
    from .paths import backups_dir  # noqa: PLC0415
    from .store.backup import BackupFailed  # noqa: PLC0415

    with LeadBook.open(path or default_book_path(), create=path is None) as book:
        try:
            target = book.back_up(backups_dir())
        except BackupFailed as error:
            print(f"leadbook: the backup failed and does not count: {error.detail}", file=sys.stderr)
            return 1
        print(f"Backed up {book.count_leads()} leads to {target} (verified)")
    return 0


def _check(path: Path | None) -> int:
    from .store.backup import check_file  # noqa: PLC0415

    book_path = path or default_book_path()
    if not book_path.exists():
        print(f"leadbook: {book_path} does not exist", file=sys.stderr)
        return 2
    problems = check_file(book_path, full=True)
    if problems:
        print(f"{book_path}: DAMAGED", file=sys.stderr)
        for problem in problems[:20]:
            print(f"  {problem}", file=sys.stderr)
        print("Leadbook will set it aside and offer your newest good backup when it opens it.", file=sys.stderr)
        return 1
    print(f"{book_path}: ok (full integrity check passed)")
    return 0


def _open_app(args: argparse.Namespace) -> int:
    from .app import run_gui  # noqa: PLC0415 - the terminal verbs need no GUI

    if not args.demo:
        return run_gui(args.db or default_book_path())
    from .demo import write_demo_book  # noqa: PLC0415

    folder = Path(tempfile.mkdtemp(prefix="leadbook-demo-"))
    try:
        write_demo_book(folder / "demo.leadbook").close()
        return run_gui(folder / "demo.leadbook")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
