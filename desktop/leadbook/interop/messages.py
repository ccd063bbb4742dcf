"""Words for import problems and calendar entries, shared by the GUI and the CLI.

Like ``leadbook.present.texts`` (where these could move): ``QCoreApplication.translate`` with
literal strings, so translators find them, and it works without an application object.
Only QtCore is used; no widgets.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ..core.sanitise import shown_text
from ..present import texts
from ..present.i18n import TranslationContext
from .ical import CalendarItem
from .matching import MatchBy
from .records import RowProblem, RowProblemKind
from .textfile import MAX_VALUE_TEXT, FileProblem, FileProblemKind

QUOTED_CHARS = 60  # a cell quoted in a message is cut to this many characters


class Import(TranslationContext):
    """Translation context "Import" for module-level text: ``Import.tr(text)`` and, for plurals,
    ``Import.tr("%n thing(s)", "", n)`` are calls pyside6-lupdate extracts (a helper or a variable n
    passed to ``QCoreApplication.translate`` it does not see as a plural)."""


def _what(detail: str) -> str:
    return {
        "zip": Import.tr("a spreadsheet or another zip archive"),
        "office": Import.tr("an old Excel or Word file"),
        "pdf": Import.tr("a PDF"),
        "sqlite": Import.tr("a database"),
        "image": Import.tr("a picture"),
        "gzip": Import.tr("a compressed archive"),
        "calendar": Import.tr("a calendar (.ics)"),
        "html": Import.tr("a web page"),
        "json": Import.tr("a JSON file"),
        "csv": Import.tr("a CSV file"),
        "vcard": Import.tr("a vCard file"),
    }.get(detail, detail)


def file_problem_text(problem: FileProblem, file_name: str) -> str:
    """What is wrong with the file and what to do; always ends by saying nothing changed."""
    kind = problem.kind
    if kind == FileProblemKind.MISSING:
        text = Import.tr("%1 does not exist or is a folder. Choose a contacts file.")
    elif kind == FileProblemKind.UNREADABLE:
        text = Import.tr("%1 could not be read (%2). Check that the file is readable.").replace("%2", problem.detail)
    elif kind == FileProblemKind.EMPTY:
        text = Import.tr("%1 is empty.")
    elif kind == FileProblemKind.TOO_BIG:
        text = Import.tr("%1 is too big to be a contacts file. Split it into smaller files, or export fewer contacts.")
    elif kind == FileProblemKind.BINARY:
        text = Import.tr("%1 is not a text file. Leadbook imports CSV files and vCards (.vcf).")
    elif kind == FileProblemKind.TRUNCATED:
        text = Import.tr("%1 ends in the middle of a contact (from line %2): it was probably cut short while "
                   "copying or downloading. Export it again.").replace("%2", str(problem.line))  # fmt: skip
    elif kind == FileProblemKind.WRONG_FORMAT and problem.detail in ("csv", "vcard"):  # --format said otherwise
        text = Import.tr("%1 is %2, not the format that was asked for.").replace("%2", _what(problem.detail))
    elif kind == FileProblemKind.WRONG_FORMAT:
        text = Import.tr("%1 is %2, not a contacts file. Leadbook imports CSV files and vCards (.vcf); "
                   "a spreadsheet can be saved as CSV.").replace("%2", _what(problem.detail))  # fmt: skip
    elif kind == FileProblemKind.NO_CONTACTS:
        text = Import.tr("%1 has no contacts in it.")
    else:  # NO_NAME_COLUMN
        text = Import.tr("No column of %1 gives a name, a company or an e-mail address, so no row could become a lead. "
                   "Choose which column is what.")  # fmt: skip
    return text.replace("%1", file_name) + " " + Import.tr("Nothing was imported.")


def row_problem_text(problem: RowProblem) -> str:
    value = shown_text(problem.value, limit=QUOTED_CHARS)  # a file's cell, quoted: escaped and short
    return {
        RowProblemKind.NO_NAME: Import.tr("no name, company or e-mail address"),
        RowProblemKind.EMAIL_INVALID: Import.tr("“%1” is not an e-mail address").replace("%1", value),
        RowProblemKind.PHONE_INVALID: Import.tr("“%1” is not a phone number").replace("%1", value),
        RowProblemKind.WEBSITE_INVALID: Import.tr("“%1” is not a web address").replace("%1", value),
        RowProblemKind.VALUE_INVALID: Import.tr("the value “%1” is not a number").replace("%1", value),
        RowProblemKind.VALUE_NEGATIVE: Import.tr("the value is negative"),
        RowProblemKind.CURRENCY_INVALID: Import.tr("“%1” is not a three-letter currency code").replace("%1", value),
        RowProblemKind.STAGE_UNKNOWN: Import.tr("“%1” is not a stage Leadbook knows").replace("%1", value),
        RowProblemKind.TOO_MANY_CELLS: Import.tr("the row has more cells (%1) than the header").replace("%1", value),
        RowProblemKind.CARD_UNREADABLE: Import.tr("the card could not be read (%1)").replace("%1", value),
        RowProblemKind.VALUE_TOO_LARGE: Import.tr(
            "a value is larger than %1; no field of a lead holds that much, so the row is left out"
        ).replace("%1", MAX_VALUE_TEXT),
    }[problem.kind]


def replaced_text() -> str:
    """Said of a row (after "Line 7: ") in which an unreadable byte became U+FFFD."""
    return Import.tr("an unreadable character was replaced with �; check the row after the import")


def translate_kept_labels() -> None:
    """The words of the note lines that keep unusable values (records.KEPT_LABELS), in the user's
    language: called before a file is read."""
    from . import records  # noqa: PLC0415

    records.KEPT_LABELS.update({
        RowProblemKind.EMAIL_INVALID: Import.tr("Not imported as an e-mail: %1"),
        RowProblemKind.PHONE_INVALID: Import.tr("Not imported as a phone: %1"),
        RowProblemKind.WEBSITE_INVALID: Import.tr("Not imported as a web address: %1"),
        RowProblemKind.VALUE_INVALID: Import.tr("Not imported as a value: %1"),
        RowProblemKind.VALUE_NEGATIVE: Import.tr("Not imported as a value: %1"),
        RowProblemKind.CURRENCY_INVALID: Import.tr("Not imported as a currency: %1"),
        RowProblemKind.STAGE_UNKNOWN: Import.tr("Not imported as a stage: %1"),
    })  # fmt: skip


def kept_values_text(problems: tuple[RowProblem, ...]) -> str:
    """ "kept in the notes: “call me” is not a phone number"."""
    return Import.tr("kept in the notes: %1").replace("%1", row_problems_text(problems))


def row_problems_text(problems: tuple[RowProblem, ...]) -> str:
    #: Between the problems of one row: Chinese "；".
    return Import.tr("; ", "between the problems of one row").join(row_problem_text(p) for p in problems)


def match_by_text(by: MatchBy | None) -> str:
    """Why a contact was merged into a lead."""
    return {
        MatchBy.EMAIL: Import.tr("same e-mail"),
        MatchBy.PHONE: Import.tr("same phone and name"),
        MatchBy.NAME: Import.tr("same name and company"),
        None: "",
    }[by]


def possible_by_text(by: MatchBy | None) -> str:
    """Why a contact may be someone already known, but was not merged."""
    return {
        MatchBy.EMAIL: Import.tr("same e-mail, another name"),
        MatchBy.PHONE: Import.tr("same phone, another name"),
        MatchBy.NAME: Import.tr("same name and company, other e-mail or phone"),
        None: "",
    }[by]


def reasons_text(reasons: dict[tuple[str, MatchBy], int]) -> list[str]:
    """Lines that say how many rows were merged and flagged, and why (ImportPlan.reasons()):
    "Merged with leads already known: 2 same e-mail, 1 same phone and name"."""
    lines = []
    between = Import.tr(", ", "between the items of a list")
    merged = {by: n for (what, by), n in reasons.items() if what == "merged"}
    if merged:
        lines.append(
            Import.tr("Merged with leads already known: %1").replace(
                "%1", between.join(f"{n} {match_by_text(by)}" for by, n in merged.items())
            )
        )
    flagged = {by: n for (what, by), n in reasons.items() if what == "flagged"}
    if flagged:
        lines.append(
            Import.tr("Possible duplicates, added as their own leads for review: %1").replace(
                "%1", between.join(f"{n} {possible_by_text(by)}" for by, n in flagged.items())
            )
        )
    return lines


def calendar_summary(item: CalendarItem) -> str:
    """ "Call: Anna Svensson (Åkerlund Trädgård AB)"."""
    who = f"{item.lead_name} ({item.company})" if item.company and item.company != item.lead_name else item.lead_name
    return f"{texts.channel_name(item.followup.channel)}: {who}"


def revisit_summary(row: Any) -> str:
    """ "Revisit: Bob Carter (Carter Pools)" for a queued revisit (a RevisitRow)."""
    who = f"{row.lead_name} ({row.company})" if row.company and row.company != row.lead_name else row.lead_name
    return QCoreApplication.translate("Import", "Revisit: %1").replace("%1", who)


def revisit_description(row: Any) -> str:
    """Why they said no, who said it and the note, with the lead's phone and e-mail."""
    from ..core.revisits import NoReason  # noqa: PLC0415 - only a sync needs it
    from ..present.revisits_text import reason_name  # noqa: PLC0415 - as above

    reason = reason_name(row.reason) if isinstance(row.reason, NoReason) else str(row.reason)
    lines = [QCoreApplication.translate("Import", "They said no: %1").replace("%1", reason)]
    if row.contact_person:
        lines.append(QCoreApplication.translate("Import", "Said by %1").replace("%1", row.contact_person))
    if row.note:
        lines.append(row.note)
    return "\n".join(lines + _contact_lines(row.phone, row.email))


def _contact_lines(phone: str, email: str) -> list[str]:
    """The lead's phone and e-mail, each on its line, for a calendar item's description."""
    lines = []
    if phone:
        lines.append(QCoreApplication.translate("Import", "Phone: %1").replace("%1", phone))
    if email:
        lines.append(QCoreApplication.translate("Import", "E-mail: %1").replace("%1", email))
    return lines


def calendar_description(item: CalendarItem) -> str:
    fu = item.followup
    lines = [QCoreApplication.translate("Import", "Goal: %1").replace("%1", texts.objective_name(fu.objective))]
    if fu.objective_note:
        lines.append(fu.objective_note)
    lines += _contact_lines(item.phone, item.email)
    if item.rapport:
        lines.append(QCoreApplication.translate("Import", "Rapport: %1").replace("%1", item.rapport))
    if fu.message:
        lines += ["", fu.message]
    return "\n".join(lines)
