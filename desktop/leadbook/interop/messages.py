"""Words for import problems and calendar entries, shared by the GUI and the CLI.

Like ``leadbook.texts`` (where these could move): ``QCoreApplication.translate`` with
literal strings, so translators find them, and it works without an application object.
Only QtCore is used; no widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .. import texts
from .ical import CalendarItem
from .matching import MatchBy
from .records import RowProblem, RowProblemKind
from .textfile import FileProblem, FileProblemKind


def _tr(text: str) -> str:
    return QCoreApplication.translate("Import", text)


def _what(detail: str) -> str:
    return {
        "zip": _tr("a spreadsheet or another zip archive"),
        "office": _tr("an old Excel or Word file"),
        "pdf": _tr("a PDF"),
        "sqlite": _tr("a database"),
        "image": _tr("a picture"),
        "gzip": _tr("a compressed archive"),
        "calendar": _tr("a calendar (.ics)"),
        "html": _tr("a web page"),
        "json": _tr("a JSON file"),
        "csv": _tr("a CSV file"),
        "vcard": _tr("a vCard file"),
    }.get(detail, detail)


def file_problem_text(problem: FileProblem, file_name: str) -> str:
    """What is wrong with the file and what to do; always ends by saying nothing changed."""
    kind = problem.kind
    if kind == FileProblemKind.MISSING:
        text = _tr("%1 does not exist or is a folder. Choose a contacts file.")
    elif kind == FileProblemKind.UNREADABLE:
        text = _tr("%1 could not be read (%2). Check that the file is readable.").replace("%2", problem.detail)
    elif kind == FileProblemKind.EMPTY:
        text = _tr("%1 is empty.")
    elif kind == FileProblemKind.TOO_BIG:
        text = _tr("%1 is too big to be a contacts file. Split it into smaller files, or export fewer contacts.")
    elif kind == FileProblemKind.BINARY:
        text = _tr("%1 is not a text file. Leadbook imports CSV files and vCards (.vcf).")
    elif kind == FileProblemKind.TRUNCATED:
        text = _tr("%1 ends in the middle of a contact (from line %2): it was probably cut short while "
                   "copying or downloading. Export it again.").replace("%2", str(problem.line))  # fmt: skip
    elif kind == FileProblemKind.WRONG_FORMAT and problem.detail in ("csv", "vcard"):  # --format said otherwise
        text = _tr("%1 is %2, not the format that was asked for.").replace("%2", _what(problem.detail))
    elif kind == FileProblemKind.WRONG_FORMAT:
        text = _tr("%1 is %2, not a contacts file. Leadbook imports CSV files and vCards (.vcf); "
                   "a spreadsheet can be saved as CSV.").replace("%2", _what(problem.detail))  # fmt: skip
    elif kind == FileProblemKind.NO_CONTACTS:
        text = _tr("%1 has no contacts in it.")
    else:  # NO_NAME_COLUMN
        text = _tr("No column of %1 gives a name, a company or an e-mail address, so no row could become a lead. "
                   "Choose which column is what.")  # fmt: skip
    return text.replace("%1", file_name) + " " + _tr("Nothing was imported.")


def row_problem_text(problem: RowProblem) -> str:
    value = problem.value
    return {
        RowProblemKind.NO_NAME: _tr("no name, company or e-mail address"),
        RowProblemKind.EMAIL_INVALID: _tr("“%1” is not an e-mail address").replace("%1", value),
        RowProblemKind.PHONE_INVALID: _tr("“%1” is not a phone number").replace("%1", value),
        RowProblemKind.WEBSITE_INVALID: _tr("“%1” is not a web address").replace("%1", value),
        RowProblemKind.VALUE_INVALID: _tr("the value “%1” is not a number").replace("%1", value),
        RowProblemKind.VALUE_NEGATIVE: _tr("the value is negative"),
        RowProblemKind.CURRENCY_INVALID: _tr("“%1” is not a three-letter currency code").replace("%1", value),
        RowProblemKind.STAGE_UNKNOWN: _tr("“%1” is not a stage Leadbook knows").replace("%1", value),
        RowProblemKind.TOO_MANY_CELLS: _tr("the row has more cells (%1) than the header").replace("%1", value),
        RowProblemKind.CARD_UNREADABLE: _tr("the card could not be read (%1)").replace("%1", value),
    }[problem.kind]


def row_problems_text(problems: tuple[RowProblem, ...]) -> str:
    return "; ".join(row_problem_text(p) for p in problems)


def match_by_text(by: MatchBy | None) -> str:
    return {
        MatchBy.EMAIL: _tr("same e-mail"),
        MatchBy.PHONE: _tr("same phone"),
        MatchBy.NAME: _tr("same name and company"),
        None: "",
    }[by]


def calendar_summary(item: CalendarItem) -> str:
    """"Call: Anna Svensson (Åkerlund Trädgård AB)"."""
    who = f"{item.lead_name} ({item.company})" if item.company and item.company != item.lead_name else item.lead_name
    return f"{texts.channel_name(item.followup.channel)}: {who}"


def calendar_description(item: CalendarItem) -> str:
    fu = item.followup
    lines = [QCoreApplication.translate("Import", "Goal: %1").replace("%1", texts.objective_name(fu.objective))]
    if fu.objective_note:
        lines.append(fu.objective_note)
    if item.phone:
        lines.append(QCoreApplication.translate("Import", "Phone: %1").replace("%1", item.phone))
    if item.email:
        lines.append(QCoreApplication.translate("Import", "E-mail: %1").replace("%1", item.email))
    if fu.message:
        lines += ["", fu.message]
    return "\n".join(lines)
