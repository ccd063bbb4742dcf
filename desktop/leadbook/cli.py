"""The ``leadbook`` command: opens the app, or runs a verb from the terminal."""

from __future__ import annotations

import argparse
import functools
import gc
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from . import __version__, resume_collector
from .core.marks import QT_TRANSLATE_NOOP
from .platform import pyside_imports  # noqa: F401 - before PySide6 loads (present): it marks what PySide need not read
from .platform.paths import DEMO_ENV, DataFolderError, default_book_path
from .present import texts
from .present.i18n import TranslationContext, translate
from .store.errors import BookError, BookReadOnlyError


class Cli(TranslationContext):
    """Translation context of the terminal verbs' words: ``Cli.tr(text)`` and ``Cli.tr(text, "", n)``
    are calls lupdate extracts. They translate before any application object exists too, as
    ``--help`` is made before Leadbook knows which application to make."""

    @classmethod
    def tr(cls, source: str, /, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(cls.__name__, source, disambiguation, n)


# argparse's own words, keyed by its exact English text: it asks gettext, which has no catalogue
# for them, so Leadbook's translations stand in while its parser is built and used
# (``_argparse_translated``). A text a later Python changes simply stays English.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
)


@contextmanager
def _argparse_translated() -> Iterator[None]:
    english = argparse._  # type: ignore[attr-defined]
    argparse._ = functools.partial(translate, "Argparse")  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = english  # type: ignore[attr-defined]


def _app_options(argv: list[str]) -> argparse.Namespace | None:
    """The options of a command line that only opens the app (``--db FILE``, ``--demo``,
    ``--background``), read without building the whole parser (about a millisecond on the start-up
    path). ``None`` for anything else, which the whole parser reads and reports on; both give the
    same options."""
    options: dict[str, object] = {"command": None, "demo": False, "background": False, "self_check": False,
                                  "install_desktop_entry": False, "uninstall_desktop_entry": False}  # fmt: skip
    words = iter(argv)
    for word in words:
        if word in ("--demo", "--background"):
            options[word[2:]] = True
        elif word.startswith("--db="):
            options["db"] = Path(word.removeprefix("--db="))
        elif word == "--db" and not (value := next(words, "-")).startswith("-"):
            options["db"] = Path(value)
        else:
            return None
    return argparse.Namespace(**options)


def _parser() -> argparse.ArgumentParser:
    #: The name of a file the user gives, in capitals as command-line help writes placeholders.
    file_word = Cli.tr("FILE")
    other_day = Cli.tr("another day than today (in your time zone)")
    book_option = argparse.ArgumentParser(add_help=False)
    # SUPPRESS, so that a subcommand's own --db does not reset one given before it (main() fills in None).
    book_option.add_argument("--db", metavar=file_word, type=Path, default=argparse.SUPPRESS,
                             help=Cli.tr("use this lead book instead of your own"))  # fmt: skip

    parser = argparse.ArgumentParser(
        prog="leadbook",
        description=Cli.tr("Leadbook: an offline lead book that makes you follow up. "
                           "Without a command it opens the app on your own lead book."),
        parents=[book_option],
    )  # fmt: skip
    # Python 3.11 does not pass this help through gettext; give it explicitly.
    parser.add_argument("--version", action="version", version=f"Leadbook {__version__}",
                        help=translate("Argparse", "show program's version number and exit"))  # fmt: skip
    parser.add_argument("--demo", action="store_true", help=Cli.tr("open a freshly made demo book (never your own)"))
    parser.add_argument("--background", action="store_true",
                        help=Cli.tr("start quietly in the tray (how Leadbook starts at login)"))  # fmt: skip
    parser.add_argument("--self-check", action="store_true",
                        help=Cli.tr("check this Leadbook can run here: write a demo book's call sheet to a PDF, "
                                    "say where"))  # fmt: skip
    parser.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help=Cli.tr("Linux: add Leadbook to your applications menu (for you only, no root needed)"),
    )
    parser.add_argument(
        "--uninstall-desktop-entry",
        action="store_true",
        help=Cli.tr("Linux: remove Leadbook from your applications menu"),
    )
    #: The placeholder for the command word in "leadbook [options] COMMAND", in capitals.
    commands = parser.add_subparsers(dest="command", metavar=Cli.tr("COMMAND"))
    demo = commands.add_parser("demo", help=Cli.tr("write a demo lead book to %1").replace("%1", file_word))
    demo.add_argument("file", type=Path, metavar=file_word)
    today = commands.add_parser(
        "today",
        parents=[book_option],
        help=Cli.tr("print the agenda: overdue, today, first responses, decide, tomorrow"),
    )
    today.add_argument("--date", type=_day, metavar="YYYY-MM-DD", help=other_day)
    today.add_argument(
        "--limit",
        type=_positive,
        metavar="N",
        help=Cli.tr("list at most N rows per section and count the rest (default: every row)"),
    )
    callsheet = commands.add_parser(
        "callsheet", parents=[book_option], help=Cli.tr("write the printable call sheet of a day to a PDF file")
    )
    callsheet.add_argument("--date", type=_day, metavar="YYYY-MM-DD", help=other_day)
    callsheet.add_argument("--no-email", action="store_true", help=Cli.tr("leave out e-mails and letters"))
    # compact (the default): one row per item, about twenty a page; detailed: role, best time, room for notes.
    # The choices speak for themselves, in every language (a help text waits for its translations).
    callsheet.add_argument("--layout", choices=("compact", "detailed"), default="compact")
    callsheet.add_argument("-o", "--output", type=Path, metavar=file_word, required=True,
                           help=Cli.tr("the PDF file to write"))  # fmt: skip
    _add_interop_commands(commands, book_option, file_word)
    commands.add_parser("revisits", parents=[book_option], help=Cli.tr("print due and upcoming revisits of the no's"))
    stats = commands.add_parser("stats", parents=[book_option],
                                help=Cli.tr("print your follow-up figures beside the research (the Progress page)"))  # fmt: skip
    stats.add_argument("--since", type=_day, metavar="YYYY-MM-DD",
                       help=Cli.tr("count from this day (default: the last 365 days)"))  # fmt: skip
    commands.add_parser("backup", parents=[book_option], help=Cli.tr("make a verified backup of the book now"))
    commands.add_parser("check", parents=[book_option], help=Cli.tr("run SQLite's full integrity check on the book"))
    _add_sync_command(commands, book_option)
    return parser


def _add_sync_command(commands: argparse._SubParsersAction, book_option: argparse.ArgumentParser) -> None:
    """``leadbook sync``: its words here, its work in leadbook.sync.command."""
    sync = commands.add_parser("sync", parents=[book_option],
                               help=Cli.tr("sync the follow-ups with your calendar server once and say what went "
                                           "each way"))  # fmt: skip
    sync.add_argument("--setup", metavar="URL",
                      help=Cli.tr("turn sync on with this server (a URL, a host name or an e-mail address); the "
                                  "password is read from the input or LEADBOOK_SYNC_PASSWORD into the keyring"))  # fmt: skip
    sync.add_argument("--user", metavar=Cli.tr("NAME"), help=Cli.tr("your user name on the server"))
    sync.add_argument("--calendar", metavar=Cli.tr("NAME"), default="Leadbook",
                      help=Cli.tr("the calendar to use, made when there is none (default: Leadbook)"))  # fmt: skip
    sync.add_argument("--tasks", action="store_true",
                      help=Cli.tr("with --setup: put the follow-ups in as tasks (to-dos) instead of events"))  # fmt: skip
    sync.add_argument("--trust-certificate", metavar=Cli.tr("FINGERPRINT"),
                      help=Cli.tr("trust the server's self-signed certificate with this SHA-256 fingerprint"))  # fmt: skip
    sync.add_argument("--off", action="store_true", help=Cli.tr("turn sync off (the calendar's events stay)"))
    sync.add_argument("--remove-events", action="store_true",
                      help=Cli.tr("with --off: take Leadbook's events off the calendar first"))  # fmt: skip


def _day(text: str) -> date:
    try:
        if len(text) != 10 or text[4] != "-" or text[7] != "-":
            raise ValueError(text)
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            Cli.tr("%1 is not a date; write it as YYYY-MM-DD, like 2026-11-23").replace("%1", repr(text))
        ) from None
    from .core.followups import EARLIEST_DAY, LATEST_DAY  # noqa: PLC0415

    if not EARLIEST_DAY <= day <= LATEST_DAY:
        raise argparse.ArgumentTypeError(Cli.tr("%1 is outside the dates Leadbook works with, %2 to %3")
                                         .replace("%1", text).replace("%2", EARLIEST_DAY.isoformat())
                                         .replace("%3", LATEST_DAY.isoformat()))  # fmt: skip
    return day


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(Cli.tr("%1 is not a whole number of 1 or more").replace("%1", repr(text)))
    return value


def main(argv: list[str] | None = None) -> int:
    from .present.terminal import escaped_output  # noqa: PLC0415

    with escaped_output():  # no verb prints a control or bidi character from a book or a file as it is
        return _main(argv)


def _main(argv: list[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else argv
    args = _app_options(words)
    if args is None:
        with _argparse_translated():
            args = _parser().parse_args(words)
    resume_collector()  # off while Leadbook loaded (__main__.py); _open_app stops it again for the app
    args.db = getattr(args, "db", None)
    if args.command not in (None, "callsheet"):  # the app and the call sheet make their own application
        from .present.i18n import terminal_app  # noqa: PLC0415

        _app = terminal_app()
    try:
        if args.command == "demo":
            return _write_demo(args.file)
        if args.command == "today":
            return _print_today(args.db, args.date, args.limit)
        if args.command == "callsheet":
            return _write_callsheet(args.db, args.date, args.output, include_written=not args.no_email,
                                    layout=args.layout)  # fmt: skip
        if args.command == "import":
            return _import(args)
        if args.command == "export":
            return _export(args)
        if args.command == "revisits":
            from .present.revisits_text import print_revisits  # noqa: PLC0415 - keeps other verbs light

            return print_revisits(args.db, default_book_path())
        if args.command == "stats":
            from .present.progress_text import print_stats  # noqa: PLC0415 - keeps other verbs light

            return print_stats(args.db, default_book_path(), args.since)
        if args.command == "backup":
            return _backup(args.db)
        if args.command == "check":
            return _check(args.db)
        if args.command == "sync":
            from .sync.command import run as sync  # noqa: PLC0415 - only this verb loads the network

            return sync(args, args.db or default_book_path(), create=args.db is None)
        if args.self_check or args.install_desktop_entry or args.uninstall_desktop_entry:
            return _setup_verb(args)
        return _open_app(args)
    except BookError as error:
        print(f"leadbook: {texts.book_error_text(error)}", file=sys.stderr)
        return 2
    except DataFolderError as error:
        print(f"leadbook: {texts.data_folder_error_text(str(error.folder), error.code, error.reason)}", file=sys.stderr)
        return 2


def _write_demo(path: Path) -> int:
    from .demo.leads import write_demo_book  # noqa: PLC0415 - keeps start-up light

    try:
        book = write_demo_book(path)
    except FileExistsError:
        print(Cli.tr("leadbook: %1 already exists; choose a new file name").replace("%1", str(path)), file=sys.stderr)
        return 1
    except BookError as error:  # a full disk, a folder that cannot be written: nothing is left behind
        print(Cli.tr("leadbook: the demo book could not be written to %1 (%2); nothing was left behind")
              .replace("%1", str(path)).replace("%2", error.detail or type(error).__name__), file=sys.stderr)  # fmt: skip
        return 2
    count = book.count_leads()
    book.close()
    print(Cli.tr("Wrote a demo lead book with %n lead(s) to %1", "", count).replace("%1", str(path)))
    return 0


def _print_today(path: Path | None, day: date | None, limit: int | None = None) -> int:
    from .book import LeadBook  # noqa: PLC0415
    from .present.agenda_text import load_agenda, render_agenda  # noqa: PLC0415 - keeps other verbs light
    from .present.i18n import follow_book  # noqa: PLC0415

    # Another book must exist (a typo must not create an empty one); the own book is made on first use.
    with LeadBook.open(path or default_book_path(), create=path is None) as book:
        follow_book(book.settings().language)
        # Every row by default: a terminal scrolls and a pipe greps; --limit N for a glance.
        agenda = load_agenda(book, day or book.local_today(), limit)
        color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        sys.stdout.write(render_agenda(agenda, book, color=color))
    return 0


def _write_callsheet(path: Path | None, day: date | None, output: Path, *, include_written: bool,
                     layout: str = "compact") -> int:  # fmt: skip
    """The call sheet as a PDF, also on a server or in a cron job: without a display, Qt
    draws offscreen (QPdfWriter and text layout need a QGuiApplication, not a window)."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415 - only this verb draws

    from .book import LeadBook  # noqa: PLC0415
    from .interop.callsheet import SheetLayout, build_callsheet  # noqa: PLC0415
    from .interop.callsheet_render import write_pdf  # noqa: PLC0415
    from .present.i18n import install_translators  # noqa: PLC0415

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    with LeadBook.open(path or default_book_path(), create=path is None) as book:
        install_translators(_app, book.settings().language)
        sheet = build_callsheet(book, day, include_written=include_written, layout=SheetLayout(layout))
    from .platform.font_coverage import FontCoverage, sheet_warning_text, strings_in  # noqa: PLC0415

    if missing := FontCoverage().missing(strings_in(sheet)):
        print(f"leadbook: {sheet_warning_text(missing)}", file=sys.stderr)  # the sheet is written all the same
    try:
        pages = write_pdf(sheet, output)
    except OSError as error:
        print(
            Cli.tr("leadbook: cannot write %1: %2")
            .replace("%1", str(output))
            .replace("%2", error.strerror or str(error)),
            file=sys.stderr,
        )
        return 1
    rows = len(sheet.rows)
    print(Cli.tr("Wrote the call sheet for %1 (%2, %3) to %4").replace("%1", sheet.date_text)
          .replace("%2", Cli.tr("%n row(s)", "", rows)).replace("%3", Cli.tr("%n page(s)", "", pages))
          .replace("%4", str(output)))  # fmt: skip
    return 0


def _backup(path: Path | None) -> int:
    from .book import LeadBook  # noqa: PLC0415
    from .platform.paths import backups_dir  # noqa: PLC0415
    from .store.backup import BackupFailed  # noqa: PLC0415
    from .store.errors import BookDamagedError  # noqa: PLC0415

    with LeadBook.open(path or default_book_path(), create=path is None) as book:
        try:
            target = book.back_up(backups_dir())
        except BackupFailed as error:
            print(
                Cli.tr("leadbook: the backup failed and does not count: %1").replace("%1", error.detail),
                file=sys.stderr,
            )
            return 1
        except BookDamagedError as error:  # the copy failed its check, and so did the book
            print(
                Cli.tr(
                    "leadbook: SQLite found damage in %1 (%2), so no backup was made. Open it in Leadbook, "
                    "which sets it aside and offers the newest good backup."
                )
                .replace("%1", str(book.path))
                .replace("%2", error.detail),
                file=sys.stderr,
            )
            return 1
        print(Cli.tr("Backed up %n lead(s) to %1 (verified)", "", book.count_leads()).replace("%1", str(target)))
    return 0


def _check(path: Path | None) -> int:
    from .store.backup import check_file  # noqa: PLC0415
    from .store.database import is_writable, mend_kept_counts  # noqa: PLC0415

    book_path = path or default_book_path()
    if not book_path.exists():
        print(Cli.tr("leadbook: %1 does not exist").replace("%1", str(book_path)), file=sys.stderr)
        return 2
    try:
        problems = check_file(book_path, full=True)
    except BookError as error:  # it could not be read: that is not damage
        print(Cli.tr("leadbook: cannot check %1: %2").replace("%1", str(book_path)).replace("%2", error.detail),
              file=sys.stderr)  # fmt: skip
        return 2
    if problems:
        print(Cli.tr("%1: DAMAGED").replace("%1", str(book_path)), file=sys.stderr)
        for problem in problems[:20]:
            print(f"  {problem}", file=sys.stderr)
        print(Cli.tr("Leadbook will set it aside and offer your newest good backup when it opens it."), file=sys.stderr)
        return 1
    if not is_writable(book_path):
        print(Cli.tr("%1: ok (full integrity check passed); read-only: Leadbook opens it without changing it")
              .replace("%1", str(book_path)))  # fmt: skip
        return 0
    print(Cli.tr("%1: ok (full integrity check passed)").replace("%1", str(book_path)))
    try:
        mended = mend_kept_counts(book_path)
    except BookError as error:  # another program holds the write lock, say
        print(Cli.tr("leadbook: cannot check %1: %2").replace("%1", str(book_path)).replace("%2", error.detail),
              file=sys.stderr)  # fmt: skip
        return 2
    if mended:
        print(Cli.tr("The number of leads or of first responses that Leadbook keeps for speed was off; "
                     "it is set right now."))  # fmt: skip
    return 0


def _setup_verb(args: argparse.Namespace) -> int:
    """--self-check and the desktop entry: they draw icons and PDFs offscreen, never open a window."""
    if args.self_check:
        from .platform.self_check import run  # noqa: PLC0415

        return run()
    from .platform import desktop_entry  # noqa: PLC0415

    if sys.platform in ("win32", "darwin"):
        print(Cli.tr("leadbook: the desktop entry is for Linux menus; on Windows and macOS the packaged app "
                     "is added by dragging it to Applications or pinning it to Start"), file=sys.stderr)  # fmt: skip
        return 2
    if args.uninstall_desktop_entry:
        removed = desktop_entry.uninstall()
        print(Cli.tr("Removed Leadbook from the applications menu (%n file(s))", "", len(removed)) if removed
              else Cli.tr("Leadbook was not in the applications menu"))  # fmt: skip
        return 0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the icons are drawn, not shown
    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415

    from .present.i18n import install_translators  # noqa: PLC0415

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    install_translators(_app, None)  # what it prints, in the system's language
    try:
        written = desktop_entry.install()
    except OSError as error:
        print(Cli.tr("leadbook: cannot add the menu entry: %1").replace("%1", str(error)), file=sys.stderr)
        return 1
    print(Cli.tr("Added Leadbook to the applications menu: %1 (icons in %2)").replace("%1", str(written[-1]))
          .replace("%2", str(written[0].parents[2])))  # fmt: skip
    return 0


def _open_app(args: argparse.Namespace) -> int:
    # No cyclic garbage collection until Today has painted (app._settle_start turns it back on):
    # loading the app allocates much and frees little, and each collection would walk all of it.
    gc.disable()
    try:
        return _run_app(args)
    finally:
        gc.enable()


def _run_app(args: argparse.Namespace) -> int:
    if not args.demo:
        from .store.safety import StartCheck  # noqa: PLC0415

        path = args.db or default_book_path()
        # Whether the last run closed cleanly, read before the book opens; the check reads the
        # book from the turn after Today's first paint (``app.Session``).
        started = StartCheck(path, later=True)
        try:
            from .app import run_gui  # noqa: PLC0415 - the terminal verbs need no GUI

            return run_gui(path, background=args.background, started=started)
        finally:
            started.cancel()  # used or not, the thread is done before the process ends
    from .app import run_gui  # noqa: PLC0415
    from .demo.leads import write_demo_book  # noqa: PLC0415

    folder = Path(tempfile.mkdtemp(prefix="leadbook-demo-"))
    # Its backups and log go to the temporary folder too, and it gets no tray or login item:
    # closing the window ends the demo and leaves nothing behind.
    os.environ.update({"LEADBOOK_HOME": str(folder), DEMO_ENV: "1"})
    try:
        write_demo_book(folder / "demo.leadbook").close()
        return run_gui(folder / "demo.leadbook")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# --- import and export ---------------------------------------------------------------------


def _add_interop_commands(
    commands: argparse._SubParsersAction, book_option: argparse.ArgumentParser, file_word: str
) -> None:
    from .interop import FORMAT_CHOICES  # noqa: PLC0415 - a tuple; the readers load only for an import

    importer = commands.add_parser("import", parents=[book_option], help=Cli.tr(
        "import leads from a CSV file (Google, Outlook, LinkedIn, any) or vCards"))  # fmt: skip
    importer.add_argument("file", type=Path, metavar=file_word)
    importer.add_argument(
        "--format",
        choices=FORMAT_CHOICES,
        default="auto",
        help=Cli.tr("what %1 is (default: recognised from its content)").replace("%1", file_word),
    )
    importer.add_argument("--dry-run", action="store_true", help=Cli.tr("show what would happen; change nothing"))
    importer.add_argument(
        "--duplicates",
        choices=("merge", "skip", "add"),
        default="merge",
        help=Cli.tr("what to do with contacts the book already has (default: merge)"),
    )
    importer.add_argument("--strict", action="store_true", help=Cli.tr("import nothing if any row has an error"))
    # The country of phone numbers written without a country code, like SE (remembered in the book;
    # default: the locale's). No help text until translators have one (tests/e2e/test_cli_language.py).
    importer.add_argument("--home-country", default="", metavar="CC")
    exporter = commands.add_parser(
        "export", parents=[book_option], help=Cli.tr("export leads (csv, vcf) or follow-ups (ics)")
    )
    exporter.add_argument(
        "what",
        choices=("csv", "vcf", "ics"),
        metavar="{csv,vcf,ics}",
        help=Cli.tr("csv or vcf: leads; ics: planned follow-ups with reminders"),
    )
    exporter.add_argument(
        "-o", "--output", type=Path, metavar=file_word, required=True, help=Cli.tr("the file to write")
    )
    # csv for a spreadsheet (every field, formulas neutralised) or for another address book (Google's
    # columns, phones as typed). No help text until translators have one (tests/e2e/test_cli_language.py).
    exporter.add_argument("--format", choices=("spreadsheet", "address-book"), default="spreadsheet")
    exporter.add_argument("--search", default="", help=Cli.tr("only leads matching this search (csv, vcf)"))
    exporter.add_argument("--tag", default="", help=Cli.tr("only leads with this tag (csv, vcf)"))
    exporter.add_argument("--stage", default="", help=Cli.tr("only leads in this stage, like qualified (csv, vcf)"))


def _import(args: argparse.Namespace) -> int:
    """Same rules as the app: duplicates found, one transaction, recorded for "Undo last import"."""
    from .book import LeadBook  # noqa: PLC0415
    from .interop import messages  # noqa: PLC0415
    from .interop.importing import Action, ItemKind, open_contacts_file, replaced_rows  # noqa: PLC0415
    from .interop.textfile import FileProblem  # noqa: PLC0415

    name = args.file.name
    messages.translate_kept_labels()
    try:
        contacts = open_contacts_file(args.file, args.format)
    except FileProblem as problem:
        print(f"leadbook: {messages.file_problem_text(problem, str(args.file))}", file=sys.stderr)
        return 1
    with LeadBook.open(args.db or default_book_path(), create=args.db is None) as book:
        if book.read_only and not args.dry_run:
            raise BookReadOnlyError(book.path, "opened read-only")
        home = args.home_country.strip().upper() or None
        if home and (len(home) != 2 or not home.isalpha()):
            print(Cli.tr("leadbook: %1 is not a two-letter country code, like SE or US").replace(
                "%1", repr(args.home_country)), file=sys.stderr)  # fmt: skip
            return 1
        mapping = None
        if contacts.table is not None and contacts.needs_mapping:
            mapping = book.mapping_for(contacts.table)
            used = Cli.tr(", ", "between the items of a list").join(
                f"{h} → {t.value}" for h, t in zip(contacts.table.header, mapping) if t.value)  # fmt: skip
            print(Cli.tr("Columns: %1").replace("%1", used or Cli.tr("(none recognised)")), file=sys.stderr)
        try:
            plan = book.plan_file(contacts, mapping, home_country=home)
        except FileProblem as problem:
            print(f"leadbook: {messages.file_problem_text(problem, str(args.file))}", file=sys.stderr)
            return 1
        plan.set_all_duplicates(Action(args.duplicates))
        if plan.unused_columns:
            print(
                Cli.tr("Columns not used: %1").replace(
                    "%1", Cli.tr(", ", "between the items of a list").join(plan.unused_columns)
                ),
                file=sys.stderr,
            )
        errors = [plan.items[n] for n in plan.of_kind(ItemKind.ERROR)]
        for item in errors[:20]:
            print(f"{name}:{item.line}: {messages.row_problems_text(item.problems)}", file=sys.stderr)
        if len(errors) > 20:
            print(Cli.tr("... and %n more row(s) with errors", "", len(errors) - 20), file=sys.stderr)
        replaced = replaced_rows(contacts)
        del contacts  # the file's text (the plan holds what the import needs)
        for row in replaced[:20]:
            print(f"{name}:{row}: {messages.replaced_text()}", file=sys.stderr)
        if len(replaced) > 20:
            print(Cli.tr("... and %n more row(s) with replaced characters", "", len(replaced) - 20), file=sys.stderr)
        kept = plan.with_kept_values()
        for n in kept[:20]:  # imported, with a value that could not be used kept in the notes
            item = plan.items[n]
            print(f"{name}:{item.line}: {messages.kept_values_text(item.problems)}", file=sys.stderr)
        if len(kept) > 20:
            print(Cli.tr("... and %1 more rows with values kept in the notes").replace("%1", str(len(kept) - 20)),
                  file=sys.stderr)  # fmt: skip
        news = plan.count(ItemKind.NEW)
        duplicates = [n for n in plan.of_kind(ItemKind.DUPLICATE) if plan.items[n].match_item is None]
        in_file = len(plan.of_kind(ItemKind.DUPLICATE)) - len(duplicates)  # the same person twice in the file
        bringing = sum(1 for n in duplicates if plan.items[n].brings_news)
        if args.dry_run or (args.strict and errors):
            verb = (
                Cli.tr("Dry run, nothing imported")
                if args.dry_run
                else Cli.tr("Nothing imported (--strict, rows with errors)")
            )
            summary = (
                Cli.tr("%1: %2: %3 new, %4 (%5 with new details), %7, %6")
                if in_file
                else Cli.tr("%1: %2: %3 new, %4 (%5 with new details), %6")
            )
            print(summary.replace("%1", verb).replace("%2", name)
                  .replace("%3", str(news)).replace("%4", Cli.tr("%n duplicate(s)", "", len(duplicates)))
                  .replace("%5", str(bringing)).replace("%6", Cli.tr("%n row(s) with errors", "", len(errors)))
                  .replace("%7", Cli.tr("%n the same as a row above", "", in_file)))  # fmt: skip
            for line in messages.reasons_text(plan.reasons()):
                print(line)
            return 1 if args.strict and errors else 0
        from .platform.paths import backups_dir  # noqa: PLC0415

        book.back_up(backups_dir(), before_import=True)  # before every import, as the app does
        if home:  # kept only by an import that runs: a dry run or a refused one changes nothing
            book.set_home_country(home)
        result = book.import_leads(plan)
    for line in messages.reasons_text(plan.reasons()):  # how many were merged and flagged, and why
        print(line)
    summary = (
        Cli.tr("Imported %1: %2 added, %3 updated, %4 already there, %7, %5 skipped, %6")
        if result.merged_in_file
        else Cli.tr("Imported %1: %2 added, %3 updated, %4 already there, %5 skipped, %6")
    )
    print(summary.replace("%7", Cli.tr("%n merged with a row above", "", result.merged_in_file))
          .replace("%1", name).replace("%2", str(result.added)).replace("%3", str(result.updated))
          .replace("%4", str(result.unchanged)).replace("%5", str(result.skipped))
          .replace("%6", Cli.tr("%n row(s) with errors", "", result.errors))
          + (Cli.tr(", possible duplicates to review: %1").replace("%1", str(result.flagged)) if result.flagged else ""))  # fmt: skip
    return 0


def _export(args: argparse.Namespace) -> int:
    from .book import LeadBook  # noqa: PLC0415
    from .core.model import Stage  # noqa: PLC0415
    from .interop import messages  # noqa: PLC0415
    from .interop.csv_export import write_leads_csv  # noqa: PLC0415
    from .interop.files import atomic_text, write_atomically  # noqa: PLC0415
    from .interop.ical import build_calendar  # noqa: PLC0415
    from .interop.vcard import write_vcards  # noqa: PLC0415
    from .store.leads import LeadQuery  # noqa: PLC0415

    try:
        stage = Stage(args.stage) if args.stage else None
    except ValueError:
        print(Cli.tr("leadbook: %1 is not a stage; use one of %2").replace("%1", repr(args.stage))
              .replace("%2", ", ".join(s.value for s in Stage)), file=sys.stderr)  # fmt: skip
        return 1
    query = LeadQuery(text=args.search, stage=stage, tag=args.tag)
    with LeadBook.open(args.db or default_book_path(), create=args.db is None) as book:
        try:
            if args.what == "ics":
                items = book.calendar_items()
                write_atomically(args.output, build_calendar(
                    items, book_id=book.book_id(), day_start=book.settings().day_start_time,
                    summary=messages.calendar_summary, description=messages.calendar_description,
                ))  # fmt: skip
                print(Cli.tr("Exported %n follow-up(s) to %1", "", len(items)).replace("%1", str(args.output)))
                return 0
            if args.what == "csv":
                with atomic_text(args.output) as out:
                    count = write_leads_csv(book.export_leads(query), out, args.format)
            else:
                book_id = book.book_id()
                with atomic_text(args.output) as out:
                    count = write_vcards(
                        book.export_leads(query), out, lambda lead: f"lead-{lead.id}-{book_id}@leadbook"
                    )
        except OSError as error:
            print(Cli.tr("leadbook: cannot write %1: %2; nothing was written").replace("%1", str(args.output))
                  .replace("%2", error.strerror or str(error)), file=sys.stderr)  # fmt: skip
            return 1
    print(Cli.tr("Exported %n lead(s) to %1", "", count).replace("%1", str(args.output)))
    return 0
