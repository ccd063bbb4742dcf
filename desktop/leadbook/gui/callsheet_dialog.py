"""File → Print call sheet (Ctrl+P): the day's call sheet in a print preview, then the printer or a PDF.

The preview is the printed page itself (``interop.callsheet_render`` draws both), so what
the user sees is what comes out of the printer. The date and the e-mail/letter option
redraw it at once. Print… asks for the printer (and its paper and copies) with Qt's own
print dialog; Export PDF… asks for a file name.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QStandardPaths
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..book import LeadBook
from ..interop.callsheet import CallSheet, build_callsheet
from ..interop.callsheet_render import default_page_layout, render_callsheet, write_pdf
from .formatting import book_days

HINT_STYLE = "color: #5f5f5f;"

# (dialog, suggested path) -> the chosen path, or "" when the user cancelled.
AskPath = Callable[[QWidget, str], str]
# (printer, dialog) -> True when the user chose a printer and pressed Print.
ChoosePrinter = Callable[[QPrinter, QWidget], bool]


def _ask_pdf_path(parent: QWidget, suggested: str) -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("CallSheetDialog", "Export call sheet as PDF"),
        suggested,
        QCoreApplication.translate("CallSheetDialog", "PDF files (*.pdf)"),
    )
    return path


def _choose_printer(printer: QPrinter, parent: QWidget) -> bool:
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("CallSheetDialog", "Print call sheet"))
    return dialog.exec() == QDialog.DialogCode.Accepted


class CallSheetDialog(QDialog):
    """The call sheet of a day (default: the book's today) in a preview, with Print… and Export PDF….

    ``ask_pdf_path`` and ``choose_printer`` stand in for the file and printer dialogs in tests.
    """

    def __init__(
        self,
        book: LeadBook,
        parent: QWidget | None = None,
        *,
        day: date | None = None,
        ask_pdf_path: AskPath = _ask_pdf_path,
        choose_printer: ChoosePrinter = _choose_printer,
    ) -> None:
        super().__init__(parent)
        self._book = book
        self._ask_pdf_path = ask_pdf_path
        self._choose_printer = choose_printer
        self.setObjectName("CallSheetDialog")
        self.setWindowTitle(self.tr("Print call sheet"))
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setPageLayout(default_page_layout())
        self.printer.setDocName(self.tr("Call sheet"))
        self.pages = 0
        self.sheet: CallSheet = build_callsheet(book, day or book.local_today())
        self._build(self.sheet.day)
        self.resize(860, 900)
        self._redraw()

    # --- layout -----------------------------------------------------------------------

    def _build(self, day: date) -> None:
        self.date_edit = QDateEdit(QDate(day.year, day.month, day.day))
        self.date_edit.setObjectName("callSheetDate")
        self.date_edit.setDateRange(*book_days())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.date_edit.dateChanged.connect(lambda _d: self.refresh())
        date_label = QLabel(self.tr("&Date:"))
        date_label.setBuddy(self.date_edit)
        self.today_button = QPushButton(self.tr("&Today"))
        self.today_button.setAutoDefault(False)
        self.today_button.clicked.connect(self.show_today)
        self.written_check = QCheckBox(self.tr("Include &e-mails and letters"))
        self.written_check.setObjectName("includeWritten")
        self.written_check.setChecked(True)
        self.written_check.toggled.connect(lambda _on: self.refresh())

        top = QHBoxLayout()
        top.addWidget(date_label)
        top.addWidget(self.date_edit)
        top.addWidget(self.today_button)
        top.addSpacing(16)
        top.addWidget(self.written_check)
        top.addStretch(1)

        self.preview = QPrintPreviewWidget(self.printer, self)
        self.preview.setObjectName("callSheetPreview")
        self.preview.setZoomMode(QPrintPreviewWidget.ZoomMode.FitToWidth)
        self.preview.paintRequested.connect(self._paint)

        self.summary = QLabel()
        self.summary.setObjectName("callSheetSummary")
        self.summary.setStyleSheet(HINT_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("E&xport PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button = self.buttons.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button.setDefault(True)
        self.export_button.clicked.connect(self.export_pdf)
        self.buttons.accepted.connect(self.print_sheet)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)
        layout.addLayout(bottom)
        self.setTabOrder(self.date_edit, self.today_button)
        self.setTabOrder(self.today_button, self.written_check)
        self.setTabOrder(self.written_check, self.print_button)
        self.date_edit.setFocus()

    # --- state ------------------------------------------------------------------------

    @property
    def day(self) -> date:
        picked = self.date_edit.date()
        return date(picked.year(), picked.month(), picked.day())

    @property
    def include_written(self) -> bool:
        return self.written_check.isChecked()

    def set_day(self, day: date) -> None:
        self.date_edit.setDate(QDate(day.year, day.month, day.day))

    def show_today(self) -> None:
        self.set_day(self._book.local_today())

    def refresh(self) -> None:
        """Gather the sheet again for the chosen day and option, and redraw the preview."""
        self.sheet = build_callsheet(self._book, self.day, include_written=self.include_written)
        self._redraw()

    def _redraw(self) -> None:
        self.preview.updatePreview()
        self._show_summary()

    def _paint(self, printer: QPrinter) -> None:
        self.pages = render_callsheet(self.sheet, printer)
        self._show_summary()

    def _show_summary(self) -> None:
        parts = [self.sheet.summary]
        if self.sheet.left_out:
            parts.append(self.sheet.left_out)
        if self.pages:
            parts.append(self.tr("%n page(s)", "", self.pages))
        self.summary.setText(" · ".join(parts))

    # --- commands ---------------------------------------------------------------------

    def print_sheet(self) -> bool:
        """Ask for the printer, then print; the dialog closes once the sheet is on its way."""
        if not self._choose_printer(self.printer, self):
            return False
        self.print_to(self.printer)
        self.accept()
        return True

    def print_to(self, printer: QPrinter) -> int:
        try:
            return render_callsheet(self.sheet, printer)
        except OSError:
            QMessageBox.warning(
                self,
                self.tr("Not printed"),
                self.tr("The printer could not be used. Check that it is on and try again."),
            )
            return 0

    def suggested_pdf_path(self) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = self.tr("Call sheet %1.pdf").replace("%1", self.day.isoformat())
        return str(Path(folder) / name) if folder else name

    def export_pdf(self) -> Path | None:
        """Ask for a file name and write the PDF there (the preview's paper and margins)."""
        chosen = self._ask_pdf_path(self, self.suggested_pdf_path())
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            pages = write_pdf(self.sheet, path, self.printer.pageLayout())
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("The PDF was not saved"),
                self.tr("Leadbook could not write %1: %2\nChoose another folder or file name.")
                .replace("%1", str(path))
                .replace("%2", error.strerror or str(error)),
            )
            return None
        self.summary.setText(
            self.tr("Saved %1 (%2).").replace("%1", path.name).replace(
                "%2", self.tr("%n page(s)", "", pages))
        )  # fmt: skip
        return path
