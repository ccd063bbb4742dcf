"""File → Export leads as CSV / vCard, Export follow-ups as iCalendar.

Each asks for a file name (and, when the lead list is filtered, whether to export the
leads shown or all of them), writes the file whole or not at all, and returns what it
wrote so the main window can say so in the status bar.

Lead exports are marketing exports: do-not-contact leads are always left out (issue #6). The
file dialog's title says how many, and so does the status-bar text after the export.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from .. import texts
from ..book import LeadBook, LeadQuery
from ..interop import messages
from ..interop.csv_export import ADDRESS_BOOK, SPREADSHEET, write_leads_csv
from ..interop.files import atomic_text, write_atomically
from ..interop.ical import build_calendar
from ..interop.vcard import write_vcards
from ..store.errors import BookError

# (parent, title, suggested path, filter) -> chosen path or "".
AskSavePath = Callable[[QWidget, str, str, str], str]
# (parent, shown, total) -> True: the leads shown; False: all; None: cancel.
AskScope = Callable[[QWidget, int, int], bool | None]


class Exported(NamedTuple):
    """What an export wrote; ``left_out``: do-not-contact leads it did not write."""

    path: Path
    count: int
    left_out: int = 0


class Export(QObject):
    """Translation context "Export" for module-level text: ``Export.tr(text)`` and, for plurals,
    ``Export.tr("%n thing(s)", "", n)`` are calls pyside6-lupdate extracts (a helper or a variable n
    passed to ``QCoreApplication.translate`` it does not see as a plural)."""


def _ask_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path


def _ask_scope(parent: QWidget, shown: int, total: int) -> bool | None:
    box = QMessageBox(parent)
    box.setWindowTitle(Export.tr("Export leads"))
    box.setText(Export.tr("The lead list is filtered. Export only the leads it shows, or all of them?"))
    only = box.addButton(Export.tr("Only the %n lead(s) shown", "", shown),
                         QMessageBox.ButtonRole.AcceptRole)  # fmt: skip
    every = box.addButton(Export.tr("All %n lead(s)", "", total), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(only)
    box.exec()
    clicked = box.clickedButton()
    return True if clicked is only else (False if clicked is every else None)


def _suggested(name: str) -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(folder) / name) if folder else name


def _filtered(query: LeadQuery | None) -> bool:
    return query is not None and bool(query.text.strip() or query.stage is not None or query.tag)


def _failed(parent: QWidget, path: str, error: Exception) -> None:
    if isinstance(error, BookError):
        text = texts.book_error_text(error)
    else:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        text = Export.tr("%1 could not be written: %2. Nothing was written; choose another folder or file name.")
        text = text.replace("%1", path).replace("%2", reason)
    QMessageBox.warning(parent, Export.tr("Export failed"), text)


def export_leads(
    parent: QWidget,
    book: LeadBook,
    kind: str,
    shown: LeadQuery | None = None,
    *,
    ask_path: AskSavePath = _ask_save_path,
    ask_scope: AskScope = _ask_scope,
) -> Exported | None:
    """Export leads as "csv" (for a spreadsheet: every field, formulas neutralised),
    "csv-address-book" (for another address book: Google's columns, values as typed) or "vcf"
    (never a do-not-contact one); ``shown`` is the lead list's query (its filter)."""
    query = None
    if _filtered(shown):
        assert shown is not None
        count, total = len(book.lead_ids(shown)), book.count_leads()
        if count < total:
            choice = ask_scope(parent, count - book.count_do_not_contact(shown), total - book.count_do_not_contact())
            if choice is None:
                return None
            query = shown if choice else None
    left_out = book.count_do_not_contact(query)
    if kind == "csv":
        title, name, filters = Export.tr("Export leads as CSV"), "Leadbook leads.csv", Export.tr("CSV files (*.csv)")
    elif kind == "csv-address-book":
        title, name = Export.tr("Export leads as CSV for another address book"), "Leadbook contacts.csv"
        filters = Export.tr("CSV files (*.csv)")
    else:
        title, name = Export.tr("Export leads as vCard"), "Leadbook leads.vcf"
        filters = Export.tr("vCard files (*.vcf)")
    if left_out:
        title = Export.tr("%1 (%2)").replace("%1", title).replace("%2", left_out_text(left_out))
    path = ask_path(parent, title, _suggested(name), filters)
    if not path:
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        if kind in ("csv", "csv-address-book"):
            with atomic_text(path) as out:
                count = write_leads_csv(book.export_leads(query), out, SPREADSHEET if kind == "csv" else ADDRESS_BOOK)
        else:
            book_id = book.book_id()
            with atomic_text(path) as out:
                count = write_vcards(book.export_leads(query), out, lambda lead: f"lead-{lead.id}-{book_id}@leadbook")
    except (OSError, BookError) as error:
        QApplication.restoreOverrideCursor()
        _failed(parent, path, error)
        return None
    QApplication.restoreOverrideCursor()
    return Exported(Path(path), count, left_out)


def left_out_text(count: int) -> str:
    """"3 do-not-contact leads left out"."""
    return Export.tr("%n do-not-contact lead(s) left out", "", count)


def followups_ics(book: LeadBook) -> tuple[bytes, int]:
    """Every planned follow-up as .ics bytes, and how many there are."""
    items = book.calendar_items()
    data = build_calendar(
        items,
        book_id=book.book_id(),
        day_start=book.settings().day_start_time,
        summary=messages.calendar_summary,
        description=messages.calendar_description,
        calendar_name=Export.tr("Leadbook follow-ups"),
    )
    return data, len(items)


def export_followups(parent: QWidget, book: LeadBook, *, ask_path: AskSavePath = _ask_save_path) -> tuple[Path, int] | None:
    path = ask_path(parent, Export.tr("Export follow-ups as iCalendar"), _suggested("Leadbook follow-ups.ics"),
                    Export.tr("iCalendar files (*.ics)"))  # fmt: skip
    if not path:
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        data, count = followups_ics(book)
        write_atomically(path, data)
    except (OSError, BookError) as error:
        QApplication.restoreOverrideCursor()
        _failed(parent, path, error)
        return None
    QApplication.restoreOverrideCursor()
    return Path(path), count


def exported_text(kind: str, path: Path, count: int, left_out: int = 0) -> str:
    """For the status bar: "Exported 42 leads to …", and how many do-not-contact leads were
    left out (``exported_text(kind, *export_leads(...))`` passes it on)."""
    if kind == "ics":
        what = Export.tr("%n follow-up(s)", "", count)
    else:
        what = Export.tr("%n lead(s)", "", count)
    text = Export.tr("Exported %1 to %2.").replace("%1", what).replace("%2", str(path))
    if left_out:
        text += " " + Export.tr("%1 (never in a marketing export).").replace("%1", left_out_text(left_out))
    return text
