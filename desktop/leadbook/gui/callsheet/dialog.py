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

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSize, QStandardPaths, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...book import CallSheet, LeadBook, SheetLayout, build_callsheet, default_page_layout, render_callsheet, write_pdf
from ...platform.font_coverage import FontCoverage, sheet_warning_text, strings_in
from ...present.formatting import book_days
from ..accessibility import buttons_in_reading_order
from ..theme import set_role

# The dialog's preferred size; on a smaller screen (1366×768 with a panel) it takes what there is,
# so Print and Export PDF stay on screen.
PREFERRED = QSize(860, 880)
SCREEN_ROOM = QSize(60, 110)  # left for the window frame, title bar and a desktop panel


def fitted_size(available: QSize | None) -> QSize:
    """The dialog's size on a screen whose available area is ``available`` (None: unknown)."""
    if available is None or available.isEmpty():
        return QSize(PREFERRED.width(), 660)
    return QSize(
        max(560, min(PREFERRED.width(), available.width() - SCREEN_ROOM.width())),
        max(440, min(PREFERRED.height(), available.height() - SCREEN_ROOM.height())),
    )


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
        self._coverage = FontCoverage()
        self._boxes_accepted = False  # the user chose to print boxes anyway
        self.sheet: CallSheet = build_callsheet(book, day or book.local_today())
        self._build(self.sheet.day)
        screen = (parent.screen() if parent is not None else None) or self.screen()
        self.resize(fitted_size(screen.availableSize() if screen is not None else None))
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
        self.layout_choice = QComboBox()
        self.layout_choice.setObjectName("callSheetLayout")
        self.layout_choice.addItem(self.tr("Compact: one row each"), SheetLayout.COMPACT.value)
        self.layout_choice.addItem(self.tr("Detailed: room for notes"), SheetLayout.DETAILED.value)
        self.layout_choice.currentIndexChanged.connect(lambda _i: self.refresh())
        layout_label = QLabel(self.tr("&Layout:"))
        layout_label.setBuddy(self.layout_choice)

        top = QHBoxLayout()
        top.addWidget(date_label)
        top.addWidget(self.date_edit)
        top.addWidget(self.today_button)
        top.addSpacing(16)
        top.addWidget(layout_label)
        top.addWidget(self.layout_choice)
        top.addSpacing(16)
        top.addWidget(self.written_check)
        top.addStretch(1)

        self.preview = QPrintPreviewWidget(self.printer, self)
        self.preview.setObjectName("callSheetPreview")
        for view in self.preview.findChildren(QGraphicsView):  # the page itself takes the keyboard
            view.setAccessibleName(self.tr("Preview of the call sheet"))
        self.preview.setZoomMode(QPrintPreviewWidget.ZoomMode.FitToWidth)
        self.preview.paintRequested.connect(self._paint)

        self.font_warning = QLabel()
        self.font_warning.setObjectName("callSheetFontWarning")
        self.font_warning.setWordWrap(True)
        self.font_warning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.font_warning.hide()

        self.summary = QLabel()
        self.summary.setObjectName("callSheetSummary")
        set_role(self.summary, "hint")
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
        layout.addWidget(self.font_warning)
        layout.addWidget(self.preview, 1)
        layout.addLayout(bottom)
        self.setTabOrder(self.date_edit, self.today_button)
        self.setTabOrder(self.today_button, self.layout_choice)
        self.setTabOrder(self.layout_choice, self.written_check)
        # Then the page, then the buttons as they show (left to right).
        buttons_in_reading_order(self)
        page = self.preview.findChild(QGraphicsView)
        first_button = next(b for b in self.buttons.buttons() if b.previousInFocusChain() not in self.buttons.buttons())
        if page is not None:
            self.setTabOrder(self.written_check, page)
            self.setTabOrder(page, first_button)
        self.date_edit.setFocus()

    # --- state ------------------------------------------------------------------------

    @property
    def day(self) -> date:
        picked = self.date_edit.date()
        return date(picked.year(), picked.month(), picked.day())

    @property
    def include_written(self) -> bool:
        return self.written_check.isChecked()

    @property
    def layout_kind(self) -> SheetLayout:
        """Compact (the default) or detailed, as chosen."""
        return SheetLayout(self.layout_choice.itemData(self.layout_choice.currentIndex()))

    def set_day(self, day: date) -> None:
        self.date_edit.setDate(QDate(day.year, day.month, day.day))

    def show_today(self) -> None:
        self.set_day(self._book.local_today())

    def refresh(self) -> None:
        """Gather the sheet again for the chosen day and option, and redraw the preview."""
        self.sheet = build_callsheet(self._book, self.day, include_written=self.include_written,
                                     layout=self.layout_kind)  # fmt: skip
        self._redraw()

    def _redraw(self) -> None:
        self.preview.updatePreview()
        self._show_summary()
        self._show_font_warning()

    def missing_characters(self) -> str:
        """The sheet's characters that no installed font can print ("" when every one can)."""
        return self._coverage.missing(strings_in(self.sheet))

    def _show_font_warning(self) -> None:
        missing = self.missing_characters()
        self.font_warning.setText("⚠ " + sheet_warning_text(missing) if missing else "")
        self.font_warning.setVisible(bool(missing))

    def _boxes_ok(self, action: str) -> bool:
        """Before a sheet with undrawable characters goes out: the user says whether to go on (asked once)."""
        missing = self.missing_characters()
        if not missing or self._boxes_accepted:
            return True
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Some characters will print as boxes"),
                          sheet_warning_text(missing), QMessageBox.StandardButton.Cancel, self)  # fmt: skip
        box.setObjectName("callSheetFontQuestion")
        go_on = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        self._boxes_accepted = box.clickedButton() is go_on
        return self._boxes_accepted

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
        if not self._boxes_ok(self.tr("Print anyway")):
            return False
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
        if not self._boxes_ok(self.tr("Save anyway")):
            return None
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
