"""File → Import…: a contacts file becomes leads, after the seller has seen what will happen.

file → recognised format (read in a worker) → for a CSV from an unknown program, a column
mapping with a live preview (remembered for files with the same columns) → a preview of
new leads, duplicates (merge, skip or add as new, per row or for all) and rows with errors
(line and reason) → the import in a worker thread with a progress dialog and Cancel.
The import is one transaction: Cancel, or any error, leaves the book as it was.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...book import (
    NAMING_TARGETS,
    Action,
    BookError,
    Change,
    ContactsFile,
    CsvTable,
    FileFormat,
    FileProblem,
    ImportCancelled,
    ImportPlan,
    ImportResult,
    ItemKind,
    LeadBook,
    Mapping,
    Profile,
    Target,
    csv_import,
    messages,
    open_contacts_file,
    replaced_rows,
)
from ...core.clock import from_utc_iso
from ...present import texts
from ...present.formatting import short_datetime
from ...present.i18n import TranslationContext, spoken_list
from ..accessibility import tab_last
from ..book_task import BookTask
from ..guarded import guarded, hand_on_damage
from ..theme import set_role

log = logging.getLogger("leadbook")

PREVIEW_ROWS = 8
REPLACED_LISTED = 10  # rows named in the preview's note on replaced characters

TARGETS: list[Target] = list(Target)


def target_name(target: Target) -> str:
    return {
        Target.IGNORE: ImportDialog.tr("— leave out —"),
        Target.NAME: ImportDialog.tr("Name (full)"),
        Target.FIRST_NAME: ImportDialog.tr("First name"),
        Target.MIDDLE_NAME: ImportDialog.tr("Middle name"),
        Target.LAST_NAME: ImportDialog.tr("Last name"),
        Target.COMPANY: ImportDialog.tr("Company"),
        Target.ROLE: ImportDialog.tr("Role / job title"),
        Target.EMAIL: ImportDialog.tr("E-mail"),
        Target.PHONE: ImportDialog.tr("Phone"),
        Target.ADDRESS: ImportDialog.tr("Street address"),
        Target.POSTAL_CODE: ImportDialog.tr("Postal code"),
        Target.CITY: ImportDialog.tr("City"),
        Target.REGION: ImportDialog.tr("State / region"),
        Target.COUNTRY: ImportDialog.tr("Country"),
        Target.WEBSITE: ImportDialog.tr("Website"),
        Target.NOTES: ImportDialog.tr("Notes"),
        Target.TAGS: ImportDialog.tr("Tags"),
        Target.STAGE: ImportDialog.tr("Stage"),
        Target.SOURCE: ImportDialog.tr("Source"),
        Target.VALUE: ImportDialog.tr("Value"),
        Target.CURRENCY: ImportDialog.tr("Currency"),
        Target.RAPPORT: ImportDialog.tr("Rapport notes"),
        Target.BEST_TIME: ImportDialog.tr("Best time to reach"),
        Target.DECISION_MAKER: ImportDialog.tr("Decision-maker"),
        Target.DO_NOT_CONTACT: ImportDialog.tr("Do not contact"),
    }[target]


def format_text(contacts: ContactsFile) -> str:
    """ "Google Contacts (CSV, UTF-8, comma-separated)" and the like."""
    if contacts.format == FileFormat.VCARD:
        kind = ImportDialog.tr("vCard")
    else:
        kind = {
            Profile.GOOGLE: ImportDialog.tr("Google Contacts CSV"),
            Profile.OUTLOOK: ImportDialog.tr("Outlook CSV"),
            Profile.LINKEDIN: ImportDialog.tr("LinkedIn connections CSV"),
            Profile.LEADBOOK: ImportDialog.tr("Leadbook CSV"),
            Profile.THUNDERBIRD: ImportDialog.tr("Thunderbird CSV"),
            Profile.GENERIC: ImportDialog.tr("CSV"),
        }[contacts.profile or Profile.GENERIC]
    encoding = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16-le": "UTF-16", "utf-16-be": "UTF-16",
                "cp1252": "Windows-1252"}.get(contacts.source.encoding, contacts.source.encoding)  # fmt: skip
    if contacts.table is None:
        return f"{kind} ({encoding})"
    delimiter = {
        ",": ImportDialog.tr("comma-separated"),
        ";": ImportDialog.tr("semicolon-separated"),
        "\t": ImportDialog.tr("tab-separated"),
    }[contacts.table.delimiter]
    return f"{kind} ({encoding}, {delimiter})"


def make_plan(book: LeadBook, contacts: ContactsFile, mapping: Mapping | None) -> ImportPlan:
    """Records of the file sorted against the book (runs in the worker)."""
    return book.plan_file(contacts, mapping)


def remembered_mapping(book: LeadBook, table: CsvTable) -> Mapping | None:
    return book.remembered_mapping(table)


def result_text(result: ImportResult) -> str:
    """One line for the status bar after an import."""
    parts = [ImportDialog.tr("%n lead(s) added", "", result.added)]
    if result.updated:
        parts.append(ImportDialog.tr("%n updated", "", result.updated))
    if result.unchanged:
        parts.append(ImportDialog.tr("%n already there", "", result.unchanged))
    if result.merged_in_file:
        parts.append(ImportDialog.tr("%n merged with a row above", "", result.merged_in_file))
    if result.skipped:
        parts.append(ImportDialog.tr("%n skipped", "", result.skipped))
    if result.flagged:
        parts.append(ImportDialog.tr("possible duplicates to review: %1").replace("%1", str(result.flagged)))
    if result.errors:
        parts.append(ImportDialog.tr("%n row(s) with errors left out", "", result.errors))
    return ImportDialog.tr("Import: %1.").replace("%1", spoken_list(parts))


# --- the preview's lists ----------------------------------------------------------------------


class PlanModel(QAbstractTableModel):
    """One kind of plan item (new, duplicates or errors) as rows; the plan itself is the data."""

    def __init__(self, plan: ImportPlan, kind: ItemKind, parent: Any = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.kind = kind
        self.rows = plan.of_kind(kind)
        if kind == ItemKind.NEW:
            self._headers = [self.tr("Line"), self.tr("Name"), self.tr("Company"), self.tr("E-mail"), self.tr("Phone"),
                             self.tr("Possible duplicate")]  # fmt: skip
        elif kind == ItemKind.DUPLICATE:
            self._headers = [self.tr("Line"), self.tr("Name"), self.tr("Company"), self.tr("Matches lead"),
                             self.tr("Because"), self.tr("What happens")]  # fmt: skip
        else:
            self._headers = [self.tr("Line"), self.tr("Why it cannot be imported")]
        self._actions = {
            Action.MERGE: self.tr("Merge"),
            Action.SKIP: self.tr("Skip"),
            Action.ADD: self.tr("Add as new"),
        }
        self._nothing_new = self.tr("Merge (nothing new)")

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        item = self.plan.items[self.rows[index.row()]]
        column = index.column()
        if column == 0:
            return str(item.line)
        if self.kind == ItemKind.ERROR:
            return messages.row_problems_text(item.problems)
        lead = item.lead
        assert lead is not None
        if column == 1:
            return lead.name
        if column == 2:
            return lead.company
        if self.kind == ItemKind.NEW:
            if column == 5:  # shares an e-mail, a phone or its name with someone, but may be someone else
                return messages.possible_by_text(item.possible_by) if item.flagged else ""
            return lead.email if column == 3 else lead.phone
        if column == 3:
            if item.match_item is not None:
                return self.tr("line %1 of this file").replace("%1", str(self.plan.items[item.match_item].line))
            return item.match_name
        if column == 4:
            return messages.match_by_text(item.match_by)
        if item.action == Action.MERGE and not item.brings_news:
            return self._nothing_new
        return self._actions[item.action]

    def item_indices(self, rows: list[int]) -> list[int]:
        return [self.rows[r] for r in rows]

    def actions_changed(self) -> None:
        if self.rows:
            last = len(self._headers) - 1
            self.dataChanged.emit(self.index(0, last), self.index(len(self.rows) - 1, last))


class KeptModel(PlanModel):
    """Rows imported with a value kept in the lead's notes (it could not be what its column said)."""

    def __init__(self, plan: ImportPlan, parent: Any = None) -> None:
        super().__init__(plan, ItemKind.ERROR, parent)
        self.rows = plan.with_kept_values()
        self._headers = [self.tr("Line"), self.tr("Name"), self.tr("Kept in the lead's notes")]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        item = self.plan.items[self.rows[index.row()]]
        column = index.column()
        if column == 0:
            return str(item.line)
        if column == 1:
            return item.lead.name if item.lead is not None else ""
        return messages.row_problems_text(item.problems)


def _list_view(model: PlanModel) -> QTreeView:
    view = QTreeView()
    view.setRootIsDecorated(False)
    view.setUniformRowHeights(True)
    view.setAlternatingRowColors(True)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setModel(model)
    header = view.header()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    for column in range(1, model.columnCount() - 1):
        header.resizeSection(column, 170)
    return view


# --- the dialog -------------------------------------------------------------------------------


class ImportDialog(TranslationContext, QDialog):
    """``ImportDialog(book, path)`` reads ``path`` at once (in a worker) and leads through the steps."""

    imported = Signal(object)  # ImportResult

    READING, MAPPING, PREVIEW, PROBLEM = range(4)

    def __init__(self, book: LeadBook, path: Path | str, parent: QWidget | None = None, *,
                 format_hint: str = "auto") -> None:  # fmt: skip
        super().__init__(parent)
        self.book = book
        self.path = Path(path)
        self.format_hint = format_hint
        self.contacts: ContactsFile | None = None
        self.plan: ImportPlan | None = None
        self.import_result: ImportResult | None = None
        self.task: BookTask | None = None
        self.progress: QProgressDialog | None = None
        self._combos: list[QComboBox] = []
        self._models: dict[ItemKind, PlanModel] = {}
        self.setObjectName("ImportDialog")
        messages.translate_kept_labels()  # the notes that keep unusable values, in the user's language
        self.setWindowTitle(self.tr("Import contacts — %1").replace("%1", self.path.name))
        self.resize(860, 560)
        self._build()
        self._read()

    # --- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        self.stack = QStackedWidget()
        self.stack.addWidget(self._reading_page())
        self.stack.addWidget(self._mapping_page())
        self.stack.addWidget(self._preview_page())
        self.stack.addWidget(self._problem_page())
        self.back_button = QPushButton(self.tr("&Back"))
        self.next_button = QPushButton(self.tr("&Next"))
        self.import_button = QPushButton(self.tr("&Import"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.back_button.clicked.connect(self._back_to_mapping)
        self.next_button.clicked.connect(self._plan_with_mapping)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self._show_page(self.READING)

    def _reading_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addStretch(1)
        self.reading_label = QLabel(self.tr("Reading %1…").replace("%1", self.path.name))
        self.reading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        busy = QProgressBar()
        busy.setRange(0, 0)
        busy.setTextVisible(False)
        column.addWidget(self.reading_label)
        column.addWidget(busy)
        column.addStretch(1)
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.mapping_intro = QLabel()
        self.mapping_intro.setWordWrap(True)
        self.columns_tree = QTreeWidget()
        self.columns_tree.setObjectName("columnsTree")
        self.columns_tree.setAccessibleName(self.tr("Columns of the file and their Leadbook fields"))
        self.columns_tree.setHeaderLabels(
            [self.tr("Column in the file"), self.tr("First values"), self.tr("Leadbook field")]
        )
        self.columns_tree.setRootIsDecorated(False)
        self.columns_tree.header().resizeSection(0, 200)
        self.columns_tree.header().resizeSection(1, 330)
        self.mapping_warning = QLabel(self.tr("Choose a column for the name, the company or the e-mail address."))
        set_role(self.mapping_warning, "caution")
        self.mapping_preview = QTreeWidget()
        self.mapping_preview.setObjectName("mappingPreview")
        self.mapping_preview.setAccessibleName(self.tr("The first leads as they would be imported"))
        self.mapping_preview.setRootIsDecorated(False)
        self.mapping_preview.setUniformRowHeights(True)
        self.mapping_preview.setAlternatingRowColors(True)
        self.mapping_preview.setHeaderLabels([self.tr("Line"), self.tr("Name"), self.tr("Company"), self.tr("E-mail"),
                                              self.tr("Phone"), self.tr("Problem")])  # fmt: skip
        for section, width in ((0, 50), (1, 170), (2, 170), (3, 190), (4, 130)):
            self.mapping_preview.header().resizeSection(section, width)
        column.addWidget(self.mapping_intro)
        column.addWidget(self.columns_tree, 3)
        column.addWidget(self.mapping_warning)
        column.addWidget(QLabel(self.tr("The first rows as they would be imported:")))
        column.addWidget(self.mapping_preview, 2)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.format_label = QLabel()
        set_role(self.format_label, "hint")
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.before_label = QLabel()
        self.before_label.setWordWrap(True)
        set_role(self.before_label, "caution")
        self.replaced_label = QLabel()  # rows where an unreadable byte became U+FFFD
        self.replaced_label.setWordWrap(True)
        set_role(self.replaced_label, "caution")
        self.replaced_label.setTextFormat(Qt.TextFormat.PlainText)
        self.replaced_label.setVisible(False)
        self.tabs = QTabWidget()
        self.reasons_label = QLabel()  # how many are merged and flagged, and why
        self.reasons_label.setWordWrap(True)
        column.addWidget(self.summary_label)
        column.addWidget(self.reasons_label)
        column.addWidget(self.format_label)
        column.addWidget(self.before_label)
        column.addWidget(self.replaced_label)
        column.addWidget(self.tabs, 1)

        self.duplicates_page = QWidget()
        dup = QVBoxLayout(self.duplicates_page)
        dup.setContentsMargins(0, 0, 0, 0)
        self.duplicates_host = QVBoxLayout()
        dup.addLayout(self.duplicates_host, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Selected rows:")))
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.skip_button = QPushButton(self.tr("&Skip"))
        self.add_button = QPushButton(self.tr("&Add as new"))
        for button, action in ((self.merge_button, Action.MERGE), (self.skip_button, Action.SKIP),
                               (self.add_button, Action.ADD)):  # fmt: skip
            button.clicked.connect(lambda _=False, action=action: self.set_selected_action(action))
            row.addWidget(button)
        row.addSpacing(24)
        row.addWidget(QLabel(self.tr("All duplicates:")))
        self.all_combo = QComboBox()
        self._all_actions = [Action.MERGE, Action.SKIP, Action.ADD]
        self.all_combo.addItems([self.tr("Merge all"), self.tr("Skip all"), self.tr("Add all as new")])
        self.all_combo.activated.connect(lambda index: self.set_all_actions(self._all_actions[index]))
        row.addWidget(self.all_combo)
        row.addStretch(1)
        dup.addLayout(row)
        hint = QLabel(self.tr("Merging fills in what the lead lacks and adds new e-mails, phones, tags and notes; "
                              "it never overwrites what you wrote."))  # fmt: skip
        hint.setWordWrap(True)
        set_role(hint, "hint")
        dup.addWidget(hint)
        return page

    def _problem_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addStretch(1)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("problemLabel")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.problem_label)
        column.addStretch(2)
        return page

    def _show_page(self, page: int) -> None:
        self.stack.setCurrentIndex(page)
        self.back_button.setVisible(page == self.PREVIEW and self.contacts is not None and self.contacts.needs_mapping)
        self.next_button.setVisible(page == self.MAPPING)
        self.import_button.setVisible(page == self.PREVIEW)
        self.cancel_button.setText(self.tr("Close") if page == self.PROBLEM else self.tr("Cancel"))
        if page == self.MAPPING:
            self.next_button.setDefault(True)
        elif page == self.PREVIEW:
            self.import_button.setDefault(True)
            self.import_button.setFocus()
        elif page == self.PROBLEM:
            self.cancel_button.setDefault(True)
            self.cancel_button.setFocus()

    @property
    def page(self) -> int:
        return self.stack.currentIndex()

    # --- step 1: read the file ----------------------------------------------------------

    def _run(self, work: Callable[[LeadBook, Any, Any], Any], done: Callable[[Any], None]) -> None:
        task = BookTask.on(self.book, work, self)
        task.succeeded.connect(done)
        task.failed.connect(self._failed)
        self.task = task
        task.start()

    def _read(self) -> None:
        path, hint = self.path, self.format_hint

        def work(
            book: LeadBook, _progress: Any, _cancelled: Any
        ) -> tuple[ContactsFile, Mapping | None, ImportPlan | None]:
            contacts = open_contacts_file(path, hint)
            if contacts.needs_mapping:
                assert contacts.table is not None
                mapping = book.mapping_for(contacts.table)
                return contacts, mapping, None
            return contacts, None, make_plan(book, contacts, None)

        self._run(work, self._read_done)

    def _read_done(self, found: tuple[ContactsFile, Mapping | None, ImportPlan | None]) -> None:
        self.contacts, mapping, plan = found
        if plan is not None:
            self._show_plan(plan)
        else:
            assert mapping is not None
            self._show_mapping(mapping)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, FileProblem):
            text = messages.file_problem_text(error, self.path.name)
        elif hand_on_damage(error):  # reading the book for the plan met its damage: the damaged-book flow
            text = texts.book_error_text(error) if isinstance(error, BookError) else str(error)
        elif isinstance(error, BookError):
            text = texts.book_error_text(error)
        else:
            log.error("import of %s failed", self.path, exc_info=error)
            text = self.tr("Leadbook hit an unexpected problem reading %1. Nothing was imported.").replace(
                "%1", self.path.name)  # fmt: skip
        self.problem_label.setText(text)
        self._show_page(self.PROBLEM)

    # --- step 2: which column is what ---------------------------------------------------

    def _show_mapping(self, mapping: Mapping) -> None:
        assert self.contacts is not None and self.contacts.table is not None
        table = self.contacts.table
        self.mapping_intro.setText(
            self.tr("Leadbook does not know the program that wrote %1 (%2). Choose what each column holds; "
                    "Leadbook remembers your choice for files with the same columns.")
            .replace("%1", self.path.name).replace("%2", format_text(self.contacts))
        )  # fmt: skip
        self.columns_tree.clear()
        self._combos = []
        for column, header in enumerate(table.header):
            examples = [row.cells[column] for row in table.rows[:3] if column < len(row.cells) and row.cells[column]]
            item = QTreeWidgetItem([header, " · ".join(" ".join(e.split()) for e in examples)])
            self.columns_tree.addTopLevelItem(item)
            combo = QComboBox()
            combo.addItems([target_name(t) for t in TARGETS])
            combo.setCurrentIndex(TARGETS.index(mapping[column]))
            combo.currentIndexChanged.connect(lambda _index: self._update_mapping_preview())
            self.columns_tree.setItemWidget(item, 2, combo)
            self._combos.append(combo)
        self._update_mapping_preview()
        self._show_page(self.MAPPING)
        if self._combos:
            self._combos[0].setFocus()

    def mapping(self) -> Mapping:
        return tuple(TARGETS[combo.currentIndex()] for combo in self._combos)

    def set_mapping(self, mapping: Mapping) -> None:
        """Choose fields for the columns (as the user would with the combo boxes)."""
        for combo, target in zip(self._combos, mapping):
            combo.setCurrentIndex(TARGETS.index(target))

    def _update_mapping_preview(self) -> None:
        assert self.contacts is not None and self.contacts.table is not None
        table = self.contacts.table
        mapping = self.mapping()
        usable = bool(NAMING_TARGETS & set(mapping))
        self.mapping_warning.setVisible(not usable)
        self.next_button.setEnabled(usable)
        self.mapping_preview.clear()
        sample = CsvTable(table.header, table.header_line, table.rows[:PREVIEW_ROWS], table.delimiter, table.profile)
        for record in csv_import.records(sample, mapping):
            lead = record.lead
            cells = [str(record.line), lead.name if lead else "", lead.company if lead else "",
                     lead.email if lead else "", lead.phone if lead else "",
                     messages.row_problems_text(record.problems)]  # fmt: skip
            item = QTreeWidgetItem(cells)
            item.setSizeHint(0, QSize(0, self.fontMetrics().height() + 6))  # room for Å and Ö in the first row
            self.mapping_preview.addTopLevelItem(item)

    def _plan_with_mapping(self) -> None:
        assert self.contacts is not None and self.contacts.table is not None
        mapping = self.mapping()
        if not NAMING_TARGETS & set(mapping):
            return
        try:
            self.book.remember_mapping(self.contacts.table, mapping)
        except BookError as error:
            log.warning("could not remember the column mapping: %r", error)
        contacts = self.contacts
        self.reading_label.setText(self.tr("Looking for duplicates…"))
        self._show_page(self.READING)
        self._run(lambda book, _p, _c: make_plan(book, contacts, mapping), self._show_plan)

    def _back_to_mapping(self) -> None:
        self._show_page(self.MAPPING)

    # --- step 3: the preview -------------------------------------------------------------

    def _show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        assert self.contacts is not None
        new, dups, errors = (plan.count(k) for k in (ItemKind.NEW, ItemKind.DUPLICATE, ItemKind.ERROR))
        in_file = sum(1 for n in plan.of_kind(ItemKind.DUPLICATE) if plan.items[n].match_item is not None)
        if in_file:  # the same person twice in the file: the later row goes into the earlier one
            summary = (self.tr("%1: %2, %3, %4, %5.").replace("%4", self.tr("%n the same as a row above", "", in_file))
                       .replace("%5", self.tr("%n row(s) with errors", "", errors)))  # fmt: skip
        else:
            summary = self.tr("%1: %2, %3, %4.").replace("%4", self.tr("%n row(s) with errors", "", errors))
        self.summary_label.setText(
            summary.replace("%1", self.path.name).replace("%2", self.tr("%n new lead(s)", "", new))
            .replace("%3", self.tr("%n already in the book", "", dups - in_file))
        )  # fmt: skip
        replaced = replaced_rows(self.contacts)
        self.replaced_label.setText("\n".join(
            [self.tr("Line %1: %2").replace("%1", str(line)).replace("%2", messages.replaced_text())
             for line in replaced[:REPLACED_LISTED]]
            + ([self.tr("… and %n more row(s) like these", "", len(replaced) - REPLACED_LISTED)]
               if len(replaced) > REPLACED_LISTED else [])))  # fmt: skip
        self.replaced_label.setVisible(bool(replaced))
        reasons = messages.reasons_text(plan.reasons())
        if plan.count_flagged():
            reasons.append(self.tr("A possible duplicate is imported as its own lead and listed under Edit ▸ "
                                   "Review possible duplicates."))  # fmt: skip
        self.reasons_label.setText("\n".join(reasons))
        self.reasons_label.setVisible(bool(reasons))
        read_as = self.tr("Read as %1.").replace("%1", format_text(self.contacts))
        if plan.unused_columns:
            read_as += " " + self.tr("Columns not used: %1.").replace("%1", spoken_list(list(plan.unused_columns)))
        self.format_label.setText(read_as)
        self.format_label.setWordWrap(True)
        if plan.imported_before:
            when = short_datetime(from_utc_iso(plan.imported_before).astimezone(self.book.clock.zone))
            self.before_label.setText(self.tr("You imported this same file on %1. Importing it again adds only "
                                              "what changed.").replace("%1", when))  # fmt: skip
        self.before_label.setVisible(bool(plan.imported_before))
        self.tabs.clear()
        self._models = {kind: PlanModel(plan, kind, self) for kind in ItemKind}
        self.new_view = _list_view(self._models[ItemKind.NEW])
        self.new_view.setAccessibleName(self.tr("New leads"))
        self.duplicates_view = _list_view(self._models[ItemKind.DUPLICATE])
        self.duplicates_view.setAccessibleName(self.tr("Possible duplicates"))
        self.errors_view = _list_view(self._models[ItemKind.ERROR])
        self.errors_view.setAccessibleName(self.tr("Rows with problems"))
        while (taken := self.duplicates_host.takeAt(0)) is not None:
            old = taken.widget()
            if old is not None:
                old.deleteLater()
        self.duplicates_host.addWidget(self.duplicates_view)
        self.tabs.addTab(self.new_view, self.tr("New (%1)").replace("%1", str(new)))
        self.tabs.addTab(self.duplicates_page, self.tr("Duplicates (%1)").replace("%1", str(dups)))
        self.tabs.addTab(self.errors_view, self.tr("Errors (%1)").replace("%1", str(errors)))
        self.kept_view = _list_view(KeptModel(plan, self))
        self.kept_view.setAccessibleName(self.tr("Kept in notes"))
        kept = self.kept_view.model().rowCount()
        if kept:
            self.tabs.addTab(self.kept_view, self.tr("Kept in notes (%1)").replace("%1", str(kept)))
        self.tabs.setCurrentIndex(0 if new or not (dups or errors) else (1 if dups else 2))
        self._update_import_button()
        self._show_page(self.PREVIEW)
        # The lists are made after the buttons under them: Tab reaches the buttons last, as they show.
        tab_last(self, self.back_button, self.next_button, self.import_button, self.cancel_button)

    def set_selected_action(self, action: Action) -> None:
        model = self._models[ItemKind.DUPLICATE]
        rows = sorted({index.row() for index in self.duplicates_view.selectionModel().selectedRows()})
        assert self.plan is not None
        self.plan.set_action(model.item_indices(rows), action)
        model.actions_changed()
        self._update_import_button()

    def set_all_actions(self, action: Action) -> None:
        assert self.plan is not None
        self.plan.set_all_duplicates(action)
        self._models[ItemKind.DUPLICATE].actions_changed()
        self._update_import_button()

    def _update_import_button(self) -> None:
        self.import_button.setEnabled(self.plan is not None and self.plan.will_change_something())

    # --- step 4: import ------------------------------------------------------------------

    def start_import(self) -> None:
        if self.plan is None or (self.task is not None and self.task.isRunning()):
            return
        plan = self.plan
        self.progress = QProgressDialog(self.tr("Importing %1…").replace("%1", self.path.name), self.tr("Cancel"),
                                        0, max(1, len(plan.items)), self)  # fmt: skip
        self.progress.setWindowTitle(self.tr("Importing"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.import_button.setEnabled(False)
        task = BookTask.on(self.book, lambda book, progress, cancelled: book.import_leads(
            plan, progress, cancelled), self)  # fmt: skip
        task.progressed.connect(self._progressed)
        task.succeeded.connect(self._imported)
        task.failed.connect(self._import_failed)
        self.progress.canceled.connect(task.cancel)
        self.task = task
        task.start()

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(max(1, total))
            self.progress.setValue(min(done, max(1, total)))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _imported(self, result: ImportResult) -> None:
        self._close_progress()
        self.import_result = result
        self.book.imported_elsewhere(result)
        self.imported.emit(result)
        super().accept()

    def _import_failed(self, error: Exception) -> None:
        self._close_progress()
        self._update_import_button()
        if hand_on_damage(error):  # the import met the book's damage: nothing was imported
            return
        if isinstance(error, ImportCancelled):
            text = self.tr("The import was cancelled. Nothing was changed.")
        elif isinstance(error, BookError):
            text = texts.book_error_text(error) + " " + self.tr("Nothing was imported.")
        else:
            log.error("import of %s failed", self.path, exc_info=error)
            text = self.tr("Leadbook hit an unexpected problem while importing. Nothing was imported.")
        self.before_label.setText(text)
        self.before_label.setVisible(True)

    # --- closing -------------------------------------------------------------------------

    def accept(self) -> None:
        """Enter imports from the preview and goes on from the mapping; it never skips a step."""
        if self.page == self.MAPPING and self.next_button.isEnabled():
            self._plan_with_mapping()
        elif self.page == self.PREVIEW and self.import_button.isEnabled():
            self.start_import()
        elif self.page == self.PROBLEM:
            self.reject()

    def reject(self) -> None:
        if self.task is not None and self.task.isRunning():
            self.task.stop()  # an import rolls back; reading just stops being wanted
        self._close_progress()
        super().reject()

    def done(self, code: int) -> None:
        if self.task is not None and self.task.isRunning():
            self.task.stop()
        super().done(code)


# --- entry points for the main window ----------------------------------------------------------

AskOpenPath = Callable[[QWidget], str]


def _ask_open_path(parent: QWidget) -> str:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportDialog", "Import contacts"),
        "",
        QCoreApplication.translate("ImportDialog", "Contacts (*.csv *.vcf *.vcard *.txt *.tsv);;All files (*)"),
    )
    return path


def import_contacts(
    parent: QWidget,
    book: LeadBook,
    ask_path: AskOpenPath = _ask_open_path,
    before: Callable[[], object] | None = None,
) -> ImportResult | None:
    """File → Import…: ask for a file, then run the import dialog on it. ``before`` runs
    once a file is chosen (the app makes a verified backup there, so an import can always
    be taken back, even beyond "Undo last import")."""
    path = ask_path(parent)
    if not path:
        return None
    if before is not None and not guarded(parent, before):
        return None
    dialog = ImportDialog(book, path, parent)
    dialog.exec()
    return dialog.import_result


Ask = Callable[[QWidget, str, str], bool]


def _ask(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)  # fmt: skip
    return answer == QMessageBox.StandardButton.Yes


def undo_last_import(parent: QWidget, book: LeadBook, ask: Ask = _ask) -> Change | None:
    """File → Undo last import: say what will happen, ask, do it."""
    title = QCoreApplication.translate("ImportDialog", "Undo last import")
    batch = book.last_import()
    if batch is None:
        QMessageBox.information(
            parent, title, QCoreApplication.translate("ImportDialog", "There is no import to undo.")
        )
        return None
    when = short_datetime(from_utc_iso(batch.at).replace(tzinfo=UTC).astimezone(book.clock.zone))
    text = (
        QCoreApplication.translate("ImportDialog", "Undo the import of %1 on %2? This removes the %3 and puts %4 back as they were before.")
        .replace("%1", batch.file_name).replace("%2", when)
        .replace("%3", ImportDialog.tr("%n lead(s) it added", "", batch.added))
        .replace("%4", ImportDialog.tr("%n lead(s) it merged into", "", batch.merged))
    )  # fmt: skip
    if batch.edited_since:
        text += " " + ImportDialog.tr(
            "%n of them was/were changed since the import; that/those change(s) will be lost.", "", batch.edited_since
        )  # fmt: skip
    if not ask(parent, title, text):
        return None
    try:
        return book.undo_last_import()
    except BookError as error:
        if not hand_on_damage(error):
            QMessageBox.warning(parent, QCoreApplication.translate("ImportDialog", "Nothing was changed"),
                                texts.book_error_text(error))  # fmt: skip
        return None
