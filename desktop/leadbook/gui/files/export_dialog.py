"""File ▸ Export ▸ Leads as CSV (for a spreadsheet, for another address book), as vCard,
Follow-ups as iCalendar.

``ExportDialog`` is what the menu opens: what to export (the menu entry chose it already),
and, for leads, which ones, said in words ("Exports the 42 leads of the current filter");
Export… then asks for a file name. Each export writes the file whole or not at all and
returns what it wrote so the main window can say so in the status bar. ``export_leads`` and
``export_followups`` are the same exports without the dialog.

Lead exports are marketing exports: do-not-contact leads are always left out (issue #6). The
file dialog's title says how many, and so does the status-bar text after the export.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...book import (
    ADDRESS_BOOK,
    SPREADSHEET,
    BookError,
    LeadBook,
    LeadQuery,
    atomic_text,
    build_calendar,
    messages,
    write_atomically,
    write_leads_csv,
    write_vcards,
)
from ...present import texts
from ...present.i18n import TranslationContext
from ..accessibility import fit_for_keyboard
from ..guarded import hand_on_damage
from ..theme import set_role

# (parent, title, suggested path, filter) -> chosen path or "".
AskSavePath = Callable[[QWidget | None, str, str, str], str]
# (parent, shown, total) -> True: the leads shown; False: all; None: cancel.
AskScope = Callable[[QWidget | None, int, int], bool | None]

# What the export dialog offers, in its order: leads as CSV for a spreadsheet (cells that would run
# as formulas neutralised) or for another address book (its column names, phones as typed;
# interop.csv_export), as vCard; follow-ups as iCalendar.
KINDS = ("csv", "csv-address-book", "vcf", "ics")


class Exported(NamedTuple):
    """What an export wrote; ``left_out``: do-not-contact leads it did not write."""

    path: Path
    count: int  # type: ignore[assignment]  # a field, where tuple has a method of that name
    left_out: int = 0


class Export(TranslationContext):
    """Translation context "Export" for module-level text: ``Export.tr(text)`` and, for plurals,
    ``Export.tr("%n thing(s)", "", n)`` are calls pyside6-lupdate extracts (a helper or a variable n
    passed to ``QCoreApplication.translate`` it does not see as a plural)."""


def _ask_save_path(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path


def _ask_scope(parent: QWidget | None, shown: int, total: int) -> bool | None:
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
    return query is not None and bool(
        query.text.strip() or query.stage is not None or query.tag or query.without_next_step
        or query.lead_ids is not None
    )  # fmt: skip


def _failed(parent: QWidget | None, path: str, error: Exception) -> None:
    if hand_on_damage(error):  # reading the book met its damage
        return
    if isinstance(error, BookError):
        text = texts.book_error_text(error)
    else:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        text = Export.tr("%1 could not be written: %2. Nothing was written; choose another folder or file name.")
        text = text.replace("%1", path).replace("%2", reason)
    QMessageBox.warning(parent, Export.tr("Export failed"), text)


def export_leads(
    parent: QWidget | None,
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
    return write_leads(parent, book, kind, query, ask_path=ask_path)


def write_leads(
    parent: QWidget | None,
    book: LeadBook,
    kind: str,
    query: LeadQuery | None,
    *,
    ask_path: AskSavePath = _ask_save_path,
) -> Exported | None:
    """Ask for a file name and write the leads ``query`` finds (None: all) as "csv",
    "csv-address-book" or "vcf"."""
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
    """ "3 do-not-contact leads left out"."""
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


def export_followups(
    parent: QWidget | None, book: LeadBook, *, ask_path: AskSavePath = _ask_save_path
) -> tuple[Path, int] | None:
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
    what = Export.tr("%n follow-up(s)", "", count) if kind == "ics" else Export.tr("%n lead(s)", "", count)
    text = Export.tr("Exported %1 to %2.").replace("%1", what).replace("%2", str(path))
    if left_out:
        text += " " + Export.tr("%1 (never in a marketing export).").replace("%1", left_out_text(left_out))
    return text


def choice_text(kind: str) -> str:
    """The words of one export, as the dialog says them."""
    if kind == "csv":
        return Export.tr("Leads as CSV for a spreadsheet")
    if kind == "csv-address-book":
        return Export.tr("Leads as CSV for another address book")
    if kind == "vcf":
        return Export.tr("Leads as vCard")
    return Export.tr("Follow-ups as iCalendar")


def _explanation(kind: str) -> str:
    if kind == "csv-address-book":
        return Export.tr("Column names that Google Contacts, Outlook and Thunderbird know; phone numbers as typed.")
    if kind == "csv":
        return Export.tr("One lead a row, for Excel or LibreOffice; Leadbook imports it back without duplicates.")
    if kind == "vcf":
        return Export.tr("Contact cards for a phone or an address book.")
    return Export.tr("Every planned follow-up with its reminder, for the calendar of a phone or of Outlook.")


class ExportDialog(QDialog):
    """What to export and, for leads, which ones: the current filter's or all of them.

    ``shown`` is the lead list's query; ``kind`` (one of ``KINDS``) presets the choice (the menu
    entry that opened it). ``exported`` holds what was written, once it was.
    """

    def __init__(
        self,
        book: LeadBook,
        shown: LeadQuery | None = None,
        kind: str = "csv",
        parent: QWidget | None = None,
        *,
        ask_path: AskSavePath = _ask_save_path,
    ) -> None:
        super().__init__(parent)
        self._book = book
        self._ask_path = ask_path
        self.exported: Exported | None = None
        self.setObjectName("ExportDialog")
        self.setWindowTitle(self.tr("Export"))

        self.what = QComboBox()
        self.what.setObjectName("exportWhat")
        for choice in KINDS:
            self.what.addItem(choice_text(choice))
        self.what.setCurrentIndex(KINDS.index(kind))
        self.what.currentIndexChanged.connect(lambda _i: self._update())
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setObjectName("exportExplanation")

        self._query = shown if _filtered(shown) else None
        total = book.count_leads() - book.count_do_not_contact()
        self.filtered_count = (
            len(book.lead_ids(self._query)) - book.count_do_not_contact(self._query) if self._query else 0
        )
        self.all_count = total
        self.scope = QLabel()
        self.scope.setObjectName("exportScope")
        self.scope.setWordWrap(True)
        self.filtered_radio = QRadioButton(self.tr("The current &filter's leads"))
        self.all_radio = QRadioButton(self.tr("&All leads"))
        group = QButtonGroup(self)
        group.addButton(self.filtered_radio)
        group.addButton(self.all_radio)
        (self.filtered_radio if self._query is not None else self.all_radio).setChecked(True)
        for radio in (self.filtered_radio, self.all_radio):
            radio.toggled.connect(lambda _on: self._update())
        self.left_out = QLabel()
        self.left_out.setObjectName("exportLeftOut")
        self.left_out.setWordWrap(True)
        set_role(self.left_out, "hint")

        form = QFormLayout()
        what_label = QLabel(self.tr("E&xport:"))
        what_label.setBuddy(self.what)
        form.addRow(what_label, self.what)
        form.addRow("", self.explanation)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(self.scope)
        layout.addWidget(self.filtered_radio)
        layout.addWidget(self.all_radio)
        layout.addWidget(self.left_out)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())
        self._update()
        fit_for_keyboard(self)  # labels name their editors; Tab goes in reading order

    @property
    def kind(self) -> str:
        return KINDS[self.what.currentIndex()]

    @property
    def query(self) -> LeadQuery | None:
        """The leads to export: the current filter's, or None for all of them."""
        return self._query if self._query is not None and self.filtered_radio.isChecked() else None

    def _update(self) -> None:
        leads = self.kind != "ics"
        self.explanation.setText(_explanation(self.kind))
        filtered = self._query is not None
        self.filtered_radio.setVisible(leads and filtered)
        self.all_radio.setVisible(leads and filtered)
        if not leads:
            self.scope.setText(self.tr("Exports every planned follow-up; leads are not exported."))
        elif filtered and self.filtered_radio.isChecked():
            self.scope.setText(self.tr("Exports the %n lead(s) of the current filter.", "", self.filtered_count))
        elif filtered:
            self.scope.setText(self.tr("Exports all %n lead(s), not only the current filter's.", "", self.all_count))
        else:
            self.scope.setText(self.tr("Exports all %n lead(s).", "", self.all_count))
        left_out = self._book.count_do_not_contact(self.query) if leads else 0
        self.left_out.setVisible(bool(left_out))
        self.left_out.setText(self.tr("%1, as in every marketing export.").replace("%1", left_out_text(left_out)))

    def accept(self) -> None:
        """Ask for the file and write it; the dialog stays open when the user cancels that."""
        if self.kind == "ics":
            done = export_followups(self, self._book, ask_path=self._ask_path)
            self.exported = Exported(*done) if done else None
        else:
            self.exported = write_leads(self, self._book, self.kind, self.query, ask_path=self._ask_path)
        if self.exported is not None:
            super().accept()
