"""Words shown to people for the book's codes (stages, sources, problems, errors).

One place, so the GUI and the CLI say the same thing and translators find it all.
``QCoreApplication.translate`` works without an application object (it then
returns the English source text), so the CLI can use it too.
"""

from __future__ import annotations

import errno
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..core.deferred import deferred
from ..core.followups import Objective, Outcome, State
from ..core.model import Channel, IntervalUnit, Source, Stage
from ..store.errors import (
    BackupFailed,
    BookDamagedError,
    BookError,
    BookLockedError,
    BookReadOnlyError,
    ChangedElsewhereError,
    DiskFullError,
    EmptyFileError,
    ImportBackupFailed,
    NewerBookError,
    NotALeadBookError,
    NotSQLiteError,
)
from .i18n import TranslationContext

if TYPE_CHECKING:
    from ..core import validation
    from ..core.validation import FieldProblem
else:  # the checks of what a user typed load when a problem is first put into words
    validation = deferred("leadbook.core.validation")


def stage_name(stage: Stage) -> str:
    return {
        Stage.NEW: QCoreApplication.translate("Texts", "New"),
        Stage.CONTACTED: QCoreApplication.translate("Texts", "Contacted"),
        Stage.QUALIFIED: QCoreApplication.translate("Texts", "Qualified"),
        Stage.PROPOSAL: QCoreApplication.translate("Texts", "Proposal"),
        Stage.NEGOTIATION: QCoreApplication.translate("Texts", "Negotiation"),
        Stage.WON: QCoreApplication.translate("Texts", "Won"),
        Stage.NO: QCoreApplication.translate("Texts", "No"),
        Stage.NURTURE: QCoreApplication.translate("Texts", "Nurture"),
    }[stage]


def source_name(source: Source) -> str:
    return {
        Source.WEB: QCoreApplication.translate("Texts", "Web inquiry"),
        Source.EMAIL: QCoreApplication.translate("Texts", "E-mail"),
        Source.PHONE: QCoreApplication.translate("Texts", "Phone"),
        Source.REFERRAL: QCoreApplication.translate("Texts", "Referral"),
        Source.AD: QCoreApplication.translate("Texts", "Ad"),
        Source.EVENT: QCoreApplication.translate("Texts", "Event"),
        Source.COLD: QCoreApplication.translate("Texts", "Cold"),
        Source.OTHER: QCoreApplication.translate("Texts", "Other"),
    }[source]


def channel_name(channel: Channel) -> str:
    return {
        Channel.CALL: QCoreApplication.translate("Texts", "Call"),
        Channel.EMAIL: QCoreApplication.translate("Texts", "E-mail"),
        Channel.MEETING: QCoreApplication.translate("Texts", "Meeting"),
        Channel.SMS: QCoreApplication.translate("Texts", "SMS"),
        Channel.LETTER: QCoreApplication.translate("Texts", "Letter or card"),
        Channel.SOCIAL: QCoreApplication.translate("Texts", "Social"),
        Channel.OTHER: QCoreApplication.translate("Texts", "Other"),
    }[channel]


def objective_name(objective: Objective) -> str:
    return {
        Objective.REPLY: QCoreApplication.translate("Texts", "Get a reply"),
        Objective.MEETING: QCoreApplication.translate("Texts", "Book a meeting"),
        Objective.ANSWER: QCoreApplication.translate("Texts", "Answer their question"),
        Objective.PROPOSAL: QCoreApplication.translate("Texts", "Send a proposal"),
        Objective.SIGNATURE: QCoreApplication.translate("Texts", "Get a signature"),
        Objective.PAYMENT: QCoreApplication.translate("Texts", "Get paid"),
        Objective.OTHER: QCoreApplication.translate("Texts", "Other"),
    }[objective]


def outcome_name(outcome: Outcome) -> str:
    return {
        Outcome.REACHED: QCoreApplication.translate("Texts", "Reached"),
        Outcome.VOICEMAIL: QCoreApplication.translate("Texts", "Left voicemail"),
        Outcome.NO_ANSWER: QCoreApplication.translate("Texts", "No answer"),
        Outcome.REPLIED: QCoreApplication.translate("Texts", "Replied"),
        Outcome.MEETING_BOOKED: QCoreApplication.translate("Texts", "Meeting booked"),
        Outcome.GOAL_REACHED: QCoreApplication.translate("Texts", "Goal reached"),
        Outcome.SAID_NO: QCoreApplication.translate("Texts", "Said no"),
        Outcome.WON: QCoreApplication.translate("Texts", "Won"),
    }[outcome]


def state_name(state: State) -> str:
    return {
        State.PLANNED: QCoreApplication.translate("Texts", "Planned"),
        State.DONE: QCoreApplication.translate("Texts", "Done"),
        State.CANCELLED: QCoreApplication.translate("Texts", "Cancelled"),
    }[state]


def builtin_text(context: str, text: str) -> str:
    """Built-in content marked in ``core`` with ``QT_TRANSLATE_NOOP``, in the user's language."""
    return QCoreApplication.translate(context, text)


def interval_unit_name(unit: IntervalUnit) -> str:
    return {
        IntervalUnit.DAYS: QCoreApplication.translate("Texts", "days"),
        IntervalUnit.WEEKS: QCoreApplication.translate("Texts", "weeks"),
        IntervalUnit.MONTHS: QCoreApplication.translate("Texts", "months"),
    }[unit]


def problem_text(problem: FieldProblem) -> str:
    value = problem.value
    return {
        validation.Problem.NAME_MISSING: QCoreApplication.translate("Texts", "A lead needs a name."),
        validation.Problem.EMAIL_INVALID: QCoreApplication.translate(
            "Texts", "“%1” is not an e-mail address (name@example.com)."
        ).replace("%1", value),
        validation.Problem.PHONE_INVALID: QCoreApplication.translate(
            "Texts", "“%1” is not a phone number: use digits, spaces, + - ( )."
        ).replace("%1", value),
        validation.Problem.VALUE_NOT_A_NUMBER: QCoreApplication.translate(
            "Texts", "The value must be a number, like 12500 or 12 500,50."
        ),
        validation.Problem.VALUE_NEGATIVE: QCoreApplication.translate("Texts", "The value cannot be negative."),
        validation.Problem.CURRENCY_INVALID: QCoreApplication.translate(
            "Texts", "Use a three-letter currency code, like EUR, SEK or USD."
        ),
        validation.Problem.INTERVAL_INVALID: QCoreApplication.translate(
            "Texts", "Give the interval as a number from 1 to 999 and a unit."
        ),
        validation.Problem.WEBSITE_INVALID: QCoreApplication.translate(
            "Texts", "“%1” is not a web address (example.com)."
        ).replace("%1", value),
    }[problem.problem]


def book_error_text(error: BookError) -> str:
    """A message that says what happened to the book and what the user can do."""
    path = str(error.path)
    if isinstance(error, NewerBookError):
        text = QCoreApplication.translate(
            "Texts",
            "The lead book %1 was saved by a newer version of Leadbook. Install the newer version to open it; this one will not touch it.",
        )
    elif isinstance(error, EmptyFileError):
        text = QCoreApplication.translate(
            "Texts",
            "%1 is empty (0 bytes), so it is not a lead book. Leadbook leaves it as it is; choose a lead book file instead.",
        )
    elif isinstance(error, NotALeadBookError):
        text = QCoreApplication.translate(
            "Texts", "%1 is a database, but not a Leadbook lead book. Choose a lead book file instead."
        )
    elif isinstance(error, NotSQLiteError):
        text = QCoreApplication.translate(
            "Texts", "%1 is not a lead book (it is not an SQLite database). Choose another file."
        )
    elif isinstance(error, BookDamagedError):
        text = QCoreApplication.translate(
            "Texts",
            "SQLite found damage in the lead book %1, so nothing was saved. Leadbook sets it aside and offers the newest good backup.",
        )
    elif isinstance(error, BookLockedError):
        text = QCoreApplication.translate(
            "Texts",
            "The lead book %1 is busy: another Leadbook or another program is writing to it and did not finish in time. Wait until it is done (or close it) and try again.",
        )
    elif isinstance(error, BookReadOnlyError):
        text = QCoreApplication.translate(
            "Texts",
            "Leadbook cannot write to %1: the file or its folder is read-only for you, so nothing was changed. Check that the file and its folder are writable.",
        )
    elif isinstance(error, ImportBackupFailed):
        text = QCoreApplication.translate(
            "Texts", "Could not make the backup before importing: %1. Nothing was imported."
        )
        return text.replace("%1", error.detail)
    elif isinstance(error, BackupFailed):
        text = QCoreApplication.translate("Texts", "Could not back up %1: %2")
        return text.replace("%1", path).replace("%2", error.detail)
    elif isinstance(error, DiskFullError):
        text = QCoreApplication.translate(
            "Texts", "The disk holding %1 is full. Nothing was saved; free some space and try again."
        )
    elif isinstance(error, ChangedElsewhereError):
        text = QCoreApplication.translate(
            "Texts",
            "This follow-up was just logged, cancelled or moved elsewhere (another Leadbook has %1 open), so "
            "nothing was changed here. Look at it again, then try once more.",
        )
    else:
        text = QCoreApplication.translate("Texts", "The lead book %1 could not be opened: %2")
        return text.replace("%1", path).replace("%2", error.detail)
    return text.replace("%1", path)


def data_folder_error_text(folder: str, code: int, reason: str) -> str:
    """The data folder (LEADBOOK_HOME or the platform's) is a file, or cannot be made or written;
    ``code`` is the errno (the common ones in the user's words, others as the system says them)."""
    reason = {
        errno.EACCES: QCoreApplication.translate("Texts", "you are not allowed to write there"),
        errno.EPERM: QCoreApplication.translate("Texts", "you are not allowed to write there"),
        errno.ENOTDIR: QCoreApplication.translate("Texts", "it is a file, not a folder"),
        errno.EROFS: QCoreApplication.translate("Texts", "the disk is read-only"),
        errno.ENOSPC: QCoreApplication.translate("Texts", "the disk is full"),
    }.get(code, reason)
    return (
        QCoreApplication.translate(
            "Texts",
            "Leadbook cannot use the folder %1 for its data, backups and log: %2. "
            "Make it a folder you can write to, or set LEADBOOK_HOME to one.",
        )
        .replace("%1", folder)
        .replace("%2", reason)
    )


def day_range_text(day: str) -> str:
    """A date outside the range Leadbook works with (core.followups.EARLIEST_DAY to LATEST_DAY)."""
    from ..core.followups import EARLIEST_DAY, LATEST_DAY  # noqa: PLC0415

    return (
        QCoreApplication.translate("Texts", "%1 is outside the dates Leadbook works with, %2 to %3.")
        .replace("%1", day)
        .replace("%2", EARLIEST_DAY.isoformat())
        .replace("%3", LATEST_DAY.isoformat())
    )


class Undo(TranslationContext):
    """Translation context of the undo labels: ``Undo.tr(text, "", n)`` is a plural lupdate sees."""


def undo_text(op: str, count: int = 1) -> str:
    """The name the Edit menu shows for an undo step: ``count`` of the book's ``op``
    (``book.Op``, whose value is its English name) in the user's language. An op without a
    translated name is shown by its English name."""
    if op == "Delete leads":
        return Undo.tr("Delete lead") if count == 1 else Undo.tr("Delete %n lead(s)", "", count)
    names = {
        "Add lead": Undo.tr("Add lead"),
        "Add leads": Undo.tr("Add leads"),
        "Add note": Undo.tr("Add note"),
        "Apply cadence": Undo.tr("Apply cadence"),
        "Cancel follow-up": Undo.tr("Cancel follow-up"),
        "Change stage": Undo.tr("Change stage"),
        "Do not contact": Undo.tr("Do not contact"),
        "Edit follow-up": Undo.tr("Edit follow-up"),
        "Edit lead": Undo.tr("Edit lead"),
        "Even out": Undo.tr("Even out"),
        "Import": Undo.tr("Import"),
        "Keep going": Undo.tr("Keep going"),
        "Log follow-up": Undo.tr("Log follow-up"),
        "Merge leads": Undo.tr("Merge leads"),
        "Move follow-up": Undo.tr("Move follow-up"),
        "New contact person": Undo.tr("New contact person"),
        "Plan follow-up": Undo.tr("Plan follow-up"),
        "Plan nurture touches": Undo.tr("Plan nurture touches"),
        "Reopen lead": Undo.tr("Reopen lead"),
        "Said no": Undo.tr("Said no"),
        "Still not now": Undo.tr("Still not now"),
    }
    return names.get(str(getattr(op, "value", op)), str(getattr(op, "value", op)))
