"""The ``leadbook`` command: opens the app, or runs a verb from the terminal."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from . import __version__, texts
from .paths import default_book_path
from .store.errors import BookError


def _parser() -> argparse.ArgumentParser:
    book_option = argparse.ArgumentParser(add_help=False)
    book_option.add_argument("--db", metavar="FILE", type=Path, help="use this lead book instead of your own")

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
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "demo":
            return _write_demo(args.file)
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
