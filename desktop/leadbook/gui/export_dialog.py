"""File → Export leads as CSV / vCard, Export follow-ups as iCalendar.

Each asks for a file name (and, when the lead list is filtered, whether to export the
leads shown or all of them), writes the file whole or not at all, and returns what it
wrote so the main window can say so in the status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from .. import texts
from ..book import LeadBook, LeadQuery
from ..interop import messages
from ..interop.csv_export import write_leads_csv
from ..interop.files import atomic_text, write_atomically
from ..interop.ical import build_calendar
from ..interop.vcard import write_vcards
from ..store.errors import BookError
from .formatting import counted

# (parent, title, suggested path, filter) -> chosen path or "".
AskSavePath = Callable[[QWidget, str, str, str], str]
# (parent, shown, total) -> True: the leads shown; False: all; None: cancel.
AskScope = Callable[[QWidget, int, int], bool | None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


def _ask_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path


def _ask_scope(parent: QWidget, shown: int, total: int) -> bool | None:
    box = QMessageBox(parent)
    box.setWindowTitle(_tr("Export leads"))
    box.setText(_tr("The lead list is filtered. Export only the leads it shows, or all of them?"))
    only = box.addButton(counted(shown, _tr("Only the %n lead shown"), _tr("Only the %n leads shown")),
                         QMessageBox.ButtonRole.AcceptRole)  # fmt: skip
    every = box.addButton(counted(total, _tr("All %n lead"), _tr("All %n leads")), QMessageBox.ButtonRole.AcceptRole)
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
        text = _tr("%1 could not be written: %2. Nothing was written; choose another folder or file name.")
        text = text.replace("%1", path).replace("%2", reason)
    QMessageBox.warning(parent, _tr("Export failed"), text)


def export_leads(
    parent: QWidget,
    book: LeadBook,
    kind: str,
    shown: LeadQuery | None = None,
    *,
    ask_path: AskSavePath = _ask_save_path,
    ask_scope: AskScope = _ask_scope,
) -> tuple[Path, int] | None:
    """Export leads as "csv" or "vcf"; ``shown`` is the lead list's query (its filter)."""
    query = None
    if _filtered(shown):
        assert shown is not None
        count, total = len(book.lead_ids(shown)), book.count_leads()
        if count < total:
            choice = ask_scope(parent, count, total)
            if choice is None:
                return None
            query = shown if choice else None
    if kind == "csv":
        title, name, filters = _tr("Export leads as CSV"), "Leadbook leads.csv", _tr("CSV files (*.csv)")
    else:
        title, name, filters = _tr("Export leads as vCard"), "Leadbook leads.vcf", _tr("vCard files (*.vcf)")
    path = ask_path(parent, title, _suggested(name), filters)
    if not path:
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        if kind == "csv":
            with atomic_text(path) as out:
                count = write_leads_csv(book.export_leads(query), out)
        else:
            book_id = book.book_id()
            with atomic_text(path) as out:
                count = write_vcards(book.export_leads(query), out, lambda lead: f"lead-{lead.id}-{book_id}@leadbook")
    except (OSError, BookError) as error:
        QApplication.restoreOverrideCursor()
        _failed(parent, path, error)
        return None
    QApplication.restoreOverrideCursor()
    return Path(path), count


def followups_ics(book: LeadBook) -> tuple[bytes, int]:
    """Every planned follow-up as .ics bytes, and how many there are."""
    items = book.calendar_items()
    data = build_calendar(
        items,
        book_id=book.book_id(),
        day_start=book.settings().day_start_time,
        summary=messages.calendar_summary,
        description=messages.calendar_description,
        calendar_name=_tr("Leadbook follow-ups"),
    )
    return data, len(items)


def export_followups(parent: QWidget, book: LeadBook, *, ask_path: AskSavePath = _ask_save_path) -> tuple[Path, int] | None:
    path = ask_path(parent, _tr("Export follow-ups as iCalendar"), _suggested("Leadbook follow-ups.ics"),
                    _tr("iCalendar files (*.ics)"))  # fmt: skip
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


def exported_text(kind: str, path: Path, count: int) -> str:
    """For the status bar: "Exported 42 leads to …"."""
    if kind == "ics":
        what = counted(count, _tr("%n follow-up"), _tr("%n follow-ups"))
    else:
        what = counted(count, _tr("%n lead"), _tr("%n leads"))
    return _tr("Exported %1 to %2.").replace("%1", what).replace("%2", str(path))
