"""File → Restore from backup: pick one of the book's verified backups."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...book import LeadBook


class RestoreDialog(QDialog):
    """Lists backups with date, size and number of leads; ``chosen`` is the one to restore."""

    def __init__(self, book: LeadBook, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.chosen: Path | None = None
        self._backups = book.backups(folder)
        intro = QLabel(
            self.tr(
                "Choose a backup to put in place of the lead book. Your current book is backed up first, "
                "so this can be undone by restoring that backup."
            )
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Made"), self.tr("Size"), self.tr("Leads")])
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        locale = QLocale()
        for backup in self._backups:
            made = QDateTime.fromSecsSinceEpoch(int(backup.created.timestamp()))
            leads = self.tr("unreadable") if backup.lead_count is None else locale.toString(backup.lead_count)
            item = QTreeWidgetItem(
                [locale.toString(made, QLocale.FormatType.ShortFormat), locale.formattedDataSize(backup.size), leads]
            )
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight)
            self.list.addTopLevelItem(item)
        for column in range(3):
            self.list.resizeColumnToContents(column)
        self.list.itemDoubleClicked.connect(lambda *_: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        empty = QLabel(self.tr("There are no backups of this book yet. Use File → Back up now."))
        empty.setVisible(not self._backups)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(empty)
        layout.addWidget(buttons)
        self.restore_button.setEnabled(bool(self._backups))
        first = self.list.topLevelItem(0)
        if first is not None:  # there are backups
            self.list.setCurrentItem(first)
        self.resize(520, 360)

    def accept(self) -> None:
        current = self.list.currentItem()
        row = self.list.indexOfTopLevelItem(current) if current is not None else -1
        if row < 0:
            return
        self.chosen = self._backups[row].path
        super().accept()
