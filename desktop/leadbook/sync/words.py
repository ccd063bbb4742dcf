"""What sync says, in the user's language (the app's status bar and Settings, and ``leadbook sync``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..present import texts
from ..present.i18n import TranslationContext
from .engine import Fault, Report

if TYPE_CHECKING:
    from ..core.followups import FollowUp


class Sync(TranslationContext):
    """Translation context "Sync" for calendar sync's words: ``Sync.tr(text)`` and, for plurals,
    ``Sync.tr("%n thing(s)", "", n)`` are calls pyside6-lupdate extracts."""


def fault_text(fault: Fault) -> str:
    """What is wrong and what to do, said once until it changes."""
    return {
        Fault.OFFLINE: Sync.tr("Calendar sync: the server cannot be reached. Leadbook tries again by itself."),
        Fault.TIMEOUT: Sync.tr("Calendar sync: the server did not answer in time. Leadbook tries again by itself."),
        Fault.PASSWORD: Sync.tr("Calendar sync: the server refused the user name or password. "
                            "Enter them again in Settings ▸ Calendar sync."),
        Fault.READ_ONLY: Sync.tr("Calendar sync: the calendar may not be written. Choose another calendar "
                             "in Settings ▸ Calendar sync."),
        Fault.FULL: Sync.tr("Calendar sync: the server has no room left. Make room there; Leadbook tries again."),
        Fault.SERVER: Sync.tr("Calendar sync: the server had a problem. Leadbook tries again by itself."),
        Fault.CERTIFICATE: Sync.tr("Calendar sync: the server's certificate is not trusted. "
                               "Check it in Settings ▸ Calendar sync."),
        Fault.GONE: Sync.tr("Calendar sync: the calendar is no longer on the server. "
                        "Choose one in Settings ▸ Calendar sync."),
        Fault.BOOK_BUSY: Sync.tr("Calendar sync: another Leadbook was writing to the book. Leadbook tries again by itself."),
    }[fault]  # fmt: skip


def report_lines(report: Report) -> list[str]:
    """What went each way: to the calendar, and back from the phone."""
    sent = [
        Sync.tr("%n new", "", report.published),
        Sync.tr("%n changed", "", report.updated),
        Sync.tr("%n removed", "", report.removed),
    ]
    back = [
        Sync.tr("%n moved", "", report.moved_here),
        Sync.tr("%n cancelled", "", report.cancelled_here),
        Sync.tr("%n done", "", report.done_on_phone),
        Sync.tr("%n changed on both sides", "", report.conflicts),
    ]
    lines = [
        Sync.tr("To the calendar: %1").replace("%1", ", ".join(sent)),
        Sync.tr("From the calendar: %1").replace("%1", ", ".join(back)),
    ]
    if report.held_back:
        lines.append(held_back_text(report))
    return lines


def held_back_text(report: Report) -> str:
    """Said when a listing lacked too many events to believe they were deleted one by one."""
    return Sync.tr(
        "The calendar lacks %n event(s) Leadbook put there, too many to be deletions on your phone: "
        "no follow-up was cancelled, and they are sent again. To empty the calendar, turn sync off.",
        "",
        report.held_back,
    )


def status_text(report: Report) -> str:
    """One line for the status bar after a sync that went through."""
    moved = report.published + report.updated + report.removed
    back = report.moved_here + report.cancelled_here + report.done_on_phone + report.conflicts
    if report.held_back:
        return held_back_text(report)
    if not moved and not back:
        return Sync.tr("Calendar in step")
    return (
        Sync.tr("Calendar synced: %1 sent, %2 back")
        .replace("%1", Sync.tr("%n item(s)", "", moved))
        .replace("%2", Sync.tr("%n item(s)", "", back))
    )


def done_on_phone_text(followup: FollowUp, lead_name: str) -> str:
    """ "Done on your phone: Call · Anna Svensson — how did it go?" """
    return (
        Sync.tr("Done on your phone: %1 · %2 — how did it go?")
        .replace("%1", texts.channel_name(followup.channel))
        .replace("%2", lead_name)
    )


def no_keyring_text() -> str:
    return Sync.tr(
        "This computer has no keyring, so the password was not stored. Leadbook asks for it once per session; "
        "leadbook sync reads it from LEADBOOK_SYNC_PASSWORD or its input."
    )
