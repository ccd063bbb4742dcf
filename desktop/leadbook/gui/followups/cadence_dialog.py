"""Manage cadences: named rhythms of follow-ups (seeds 000–002) that "Apply cadence" plans for a lead.

Built-in cadences come with the app and stay read-only (their wording is translated and improved
with releases); Duplicate makes an editable copy. A user's own cadence is edited here and written
with Save, in one go.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...book import BookError, LeadBook
from ...core.cadences import Cadence, CadenceStep
from ...core.followups import Objective
from ...core.model import Channel
from ...core.rules import phrases_to_avoid
from ...present import texts
from ..accessibility import fit_for_keyboard
from ..guarded import hand_on_damage
from ..leads.dialog import EnumCombo
from ..theme import colour, icon, set_role
from .phrases import mark_phrases_to_avoid

MAX_DAY = 3650


class CadenceDialog(QDialog):
    """Lists the book's cadences; edits the user's own. ``book.cadences()`` is the truth after Save."""

    def __init__(self, book: LeadBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self._rows: list[Cadence] = []  # what the list shows; an unsaved new one has id None
        self._steps: list[CadenceStep] = []
        self._dirty = False
        self._loading = False
        self._editing_row = -1
        self.setObjectName("CadenceDialog")
        self.setWindowTitle(self.tr("Cadences"))
        self._build()
        self._reload()
        self.cadence_list.setFocus()
        fit_for_keyboard(self)  # labels name their editors; Tab goes in reading order

    # --- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        self.cadence_list = QListWidget()
        self.cadence_list.setObjectName("cadenceList")
        self.cadence_list.setAccessibleName(self.tr("Cadences"))
        self.cadence_list.setMinimumWidth(200)
        self.cadence_list.currentRowChanged.connect(self._row_changed)
        self.new_button = QPushButton(self.tr("&New"))
        self.duplicate_button = QPushButton(self.tr("D&uplicate"))
        self.rename_button = QPushButton(self.tr("&Rename"))
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.new_button.clicked.connect(self.new_cadence)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.rename_button.clicked.connect(self.rename)
        self.delete_button.clicked.connect(self.delete)
        self.duplicate_button.setToolTip(self.tr("Make an editable copy of this cadence"))
        self.rename_button.setToolTip(self.tr("Type the new name, then Save"))
        list_buttons = QHBoxLayout()
        for button in (self.new_button, self.duplicate_button, self.rename_button, self.delete_button):
            button.setAutoDefault(False)
            list_buttons.addWidget(button)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Cadences")))
        left.addWidget(self.cadence_list, 1)
        left.addLayout(list_buttons)

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("cadenceName")
        self.name_edit.setPlaceholderText(self.tr("e.g. After a trade fair"))
        self.name_edit.textEdited.connect(self._name_edited)
        self.name_error = self._error_label("error_name")
        self.readonly_label = QLabel(
            self.tr("Built-in cadences come with Leadbook and cannot be changed. Duplicate one to make your own.")
        )
        self.readonly_label.setObjectName("readOnlyNote")
        self.readonly_label.setWordWrap(True)
        set_role(self.readonly_label, "hint")

        self.steps = QTreeWidget()
        self.steps.setObjectName("steps")
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setColumnCount(4)
        self.steps.setHeaderLabels([self.tr("Day"), self.tr("Channel"), self.tr("Objective"), self.tr("Message")])
        self.steps.setRootIsDecorated(False)
        self.steps.setAlternatingRowColors(True)
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.steps.header()
        header.setStretchLastSection(True)
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.steps.currentItemChanged.connect(lambda *_: self._step_selected())
        self.summary_label = QLabel()
        self.summary_label.setObjectName("stepsSummary")
        set_role(self.summary_label, "hint")
        self.add_step_button = QPushButton(self.tr("&Add step"))
        self.remove_step_button = QPushButton(self.tr("Rem&ove step"))
        self.up_button = QPushButton(self.tr("Move u&p"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.add_step_button.clicked.connect(self.add_step)
        self.remove_step_button.clicked.connect(self.remove_step)
        self.up_button.clicked.connect(lambda: self.move_step(-1))
        self.down_button.clicked.connect(lambda: self.move_step(1))
        step_buttons = QHBoxLayout()
        for button in (self.add_step_button, self.remove_step_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
            step_buttons.addWidget(button)
        step_buttons.addStretch(1)
        step_buttons.addWidget(self.summary_label)
        self.steps_error = self._error_label("error_steps")

        self.day_spin = QSpinBox()
        self.day_spin.setObjectName("stepDay")
        self.day_spin.setRange(0, MAX_DAY)
        self.day_spin.setSpecialValueText(self.tr("the day it starts"))
        #: The spin box shows the number where %1 stands; the words around it stay put while the
        #: number changes (Chinese: "第 %1 天").
        prefix, _number, suffix = self.tr("Day %1", "a cadence step's day (spin box)").partition("%1")
        self.day_spin.setPrefix(prefix)
        self.day_spin.setSuffix(suffix)
        self.day_spin.valueChanged.connect(self._step_edited)
        self.channel_combo: EnumCombo[Channel] = EnumCombo(list(Channel), texts.channel_name)
        self.channel_combo.setAccessibleName(self.tr("Channel of the step"))
        self.channel_combo.currentIndexChanged.connect(self._step_edited)
        self.objective_combo: EnumCombo[Objective] = EnumCombo(list(Objective), texts.objective_name)
        self.objective_combo.setAccessibleName(self.tr("Objective of the step"))
        self.objective_combo.currentIndexChanged.connect(self._step_edited)
        self.message_edit = QPlainTextEdit()
        self.message_edit.setObjectName("stepMessage")
        self.message_edit.setTabChangesFocus(True)
        self.message_edit.setMinimumHeight(90)
        self.message_edit.setPlaceholderText(
            self.tr("What to say or write at this step. Bring something of value: an idea, a figure, an answer.")
        )
        self.message_edit.textChanged.connect(self._step_edited)
        self.phrase_warning = QLabel()
        self.phrase_warning.setObjectName("phraseWarning")
        self.phrase_warning.setWordWrap(True)
        self.phrase_warning.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self.phrase_warning, "caution")
        self.phrase_warning.hide()
        step_row = QWidget()
        top_row = QHBoxLayout(step_row)
        top_row.setContentsMargins(0, 0, 0, 0)
        top_row.addWidget(self.day_spin)
        top_row.addWidget(self.channel_combo)
        top_row.addWidget(self.objective_combo, 1)
        step_row.setFocusProxy(self.day_spin)
        step_form = QFormLayout()
        step_form.addRow(self.tr("S&tep"), step_row)
        step_form.addRow(self.tr("M&essage"), self.message_edit)
        step_form.addRow("", self.phrase_warning)

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveCadence")
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_button.setToolTip(self.tr("Save this cadence (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Re&vert"))
        self.revert_button.setAutoDefault(False)
        self.revert_button.clicked.connect(self.revert)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.revert_button)
        save_row.addWidget(self.save_button)

        name_form = QFormLayout()
        name_form.addRow(self.tr("Na&me"), self.name_edit)
        name_form.addRow("", self.name_error)
        right = QVBoxLayout()
        right.addLayout(name_form)
        right.addWidget(self.readonly_label)
        right.addWidget(self.steps, 1)
        right.addLayout(step_buttons)
        right.addWidget(self.steps_error)
        right.addLayout(step_form)
        right.addLayout(save_row)

        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(close)
        self.resize(940, 600)

        self.setTabOrder(self.cadence_list, self.new_button)
        self.setTabOrder(self.new_button, self.duplicate_button)
        self.setTabOrder(self.duplicate_button, self.rename_button)
        self.setTabOrder(self.rename_button, self.delete_button)
        self.setTabOrder(self.delete_button, self.name_edit)
        self.setTabOrder(self.name_edit, self.steps)
        self.setTabOrder(self.steps, self.add_step_button)
        self.setTabOrder(self.add_step_button, self.remove_step_button)
        self.setTabOrder(self.remove_step_button, self.up_button)
        self.setTabOrder(self.up_button, self.down_button)
        self.setTabOrder(self.down_button, self.day_spin)
        self.setTabOrder(self.day_spin, self.channel_combo)
        self.setTabOrder(self.channel_combo, self.objective_combo)
        self.setTabOrder(self.objective_combo, self.message_edit)
        self.setTabOrder(self.message_edit, self.revert_button)
        self.setTabOrder(self.revert_button, self.save_button)

    @staticmethod
    def _error_label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        set_role(label, "error")
        label.hide()
        return label

    # --- the list ---------------------------------------------------------------------

    def current(self) -> Cadence | None:
        """The cadence being edited (during a selection change, still the one being left)."""
        row = self._editing_row
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def is_editable(self) -> bool:
        cadence = self.current()
        return cadence is not None and not cadence.builtin

    def select_cadence(self, cadence_id: int | None) -> None:
        """Show this cadence (the list re-read from the book); unsaved edits are not kept."""
        self._dirty = False
        self._reload(select_id=cadence_id)

    def _reload(self, select_id: int | None = None, draft: Cadence | None = None) -> None:
        """The list from the book (plus an unsaved new cadence, if any), then select one."""
        self._rows = self._book.cadences() + ([draft] if draft is not None else [])
        self._loading = True
        self.cadence_list.clear()
        for cadence in self._rows:
            if cadence.builtin:
                text = self.tr("%1 (built-in)").replace("%1", cadence.name)
            elif cadence.id is None:
                text = self.tr("%1 (not saved)").replace("%1", cadence.name or self.tr("New cadence"))
            else:
                text = cadence.name
            item = QListWidgetItem(text)
            if cadence.builtin:
                item.setToolTip(self.tr("Comes with Leadbook; read-only"))
                item.setForeground(colour("muted"))
            self.cadence_list.addItem(item)
        self._loading = False
        row = 0
        if draft is not None:
            row = len(self._rows) - 1
        elif select_id is not None:
            row = next((i for i, c in enumerate(self._rows) if c.id == select_id), 0)
        self._loading = True
        self.cadence_list.setCurrentRow(row)
        self._loading = False
        self._load(self._rows[row] if 0 <= row < len(self._rows) else None)

    def _row_changed(self, row: int) -> None:
        """Moving to another cadence: unsaved edits are saved, dropped, or the move is undone."""
        if self._loading:
            return
        target = self._rows[row] if 0 <= row < len(self._rows) else None
        if self._dirty and not self._confirm_leave():
            self._loading = True
            self.cadence_list.setCurrentRow(self._editing_row)
            self._loading = False
            return
        self._dirty = False
        self._reload(select_id=target.id if target else None)  # an unsaved new cadence left behind is dropped

    def _load(self, cadence: Cadence | None) -> None:
        self._editing_row = self.cadence_list.currentRow()
        self._loading = True
        editable = cadence is not None and not cadence.builtin
        self.name_edit.setText(cadence.name if cadence else "")
        self.name_edit.setReadOnly(not editable)
        self.name_edit.setEnabled(cadence is not None)
        self.readonly_label.setVisible(cadence is not None and bool(cadence.builtin))
        self._steps = list(cadence.steps) if cadence else []
        self.name_error.hide()
        self.steps_error.hide()
        self._loading = False
        self._fill_steps(0 if self._steps else -1)
        self.rename_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        self.duplicate_button.setEnabled(cadence is not None and cadence.id is not None)
        self.save_button.setEnabled(editable)
        for widget in (self.add_step_button, self.day_spin, self.channel_combo, self.objective_combo):
            widget.setEnabled(editable)
        self.message_edit.setReadOnly(not editable)
        self._set_dirty(cadence is not None and cadence.id is None)

    @property
    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        current = self.current()
        self.revert_button.setEnabled(dirty and current is not None and current.id is not None)

    # --- the steps --------------------------------------------------------------------

    def _step_texts(self, step: CadenceStep) -> list[str]:
        first_line = step.message.strip().splitlines()[0] if step.message.strip() else ""
        return [QLocale().toString(step.day), texts.channel_name(step.channel), texts.objective_name(step.objective),
                first_line]  # fmt: skip

    def _fill_steps(self, select: int) -> None:
        self._loading = True
        self.steps.clear()
        for step in self._steps:
            item = QTreeWidgetItem(self._step_texts(step))
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._mark_phrases(item, step)
            self.steps.addTopLevelItem(item)
        self._loading = False
        chosen = self.steps.topLevelItem(select) if 0 <= select < len(self._steps) else None
        if chosen is not None:
            self.steps.setCurrentItem(chosen)
        self._step_selected()
        self._update_summary()

    def _mark_phrases(self, item: QTreeWidgetItem, step: CadenceStep) -> None:
        if phrases_to_avoid(step.message):
            item.setForeground(3, colour("caution"))
            item.setIcon(3, icon("triangle-alert", "caution"))  # not the colour alone
            item.setToolTip(3, self.tr("This message has phrases to avoid"))
        else:
            item.setData(3, Qt.ItemDataRole.ForegroundRole, None)
            item.setIcon(3, QIcon())
            item.setToolTip(3, "")

    def current_step(self) -> int:
        item = self.steps.currentItem()
        return self.steps.indexOfTopLevelItem(item) if item is not None else -1

    def _step_selected(self) -> None:
        if self._loading:
            return
        index = self.current_step()
        has_step = 0 <= index < len(self._steps)
        editable = self.is_editable()
        self._loading = True
        if has_step:
            step = self._steps[index]
            self.day_spin.setValue(step.day)
            self.channel_combo.set_value(step.channel)
            self.objective_combo.set_value(step.objective)
            self.message_edit.setPlainText(step.message)
        else:
            self.day_spin.setValue(0)
            self.message_edit.setPlainText("")
        self._loading = False
        for widget in (self.day_spin, self.channel_combo, self.objective_combo):
            widget.setEnabled(editable and has_step)
        self.message_edit.setEnabled(has_step)
        self.remove_step_button.setEnabled(editable and has_step)
        self.up_button.setEnabled(editable and index > 0)
        self.down_button.setEnabled(editable and 0 <= index < len(self._steps) - 1)
        self._check_phrases()

    def _step_edited(self, *_args: object) -> None:
        index = self.current_step()
        if self._loading or not self.is_editable() or not 0 <= index < len(self._steps):
            self._check_phrases()
            return
        step = CadenceStep(
            self.day_spin.value(),
            self.channel_combo.value() or Channel.CALL,
            self.objective_combo.value() or Objective.REPLY,
            self.message_edit.toPlainText(),
        )
        self._steps[index] = step
        item = self.steps.topLevelItem(index)
        if item is not None:  # the list has a row for every step
            for column, text in enumerate(self._step_texts(step)):
                item.setText(column, text)
            self._mark_phrases(item, step)
        self._check_phrases()
        self._update_summary()
        self.steps_error.hide()
        self._set_dirty(True)

    def _name_edited(self, _text: str) -> None:
        self.name_error.hide()
        self._set_dirty(True)

    def _update_summary(self) -> None:
        if not self._steps:
            self.summary_label.setText(self.tr("no steps yet"))
            return
        steps = self.tr("%n step(s)", "", len(self._steps))
        last = max(step.day for step in self._steps)
        days = self.tr("%n day(s)", "", last)
        self.summary_label.setText(self.tr("%1 over %2").replace("%1", steps).replace("%2", days))

    def _check_phrases(self) -> None:
        mark_phrases_to_avoid(self.message_edit, self.phrase_warning)

    def add_step(self) -> None:
        """A new step after the selected one, a week later: a weekly touch is enough (seed 002)."""
        if not self.is_editable():
            return
        index = self.current_step()
        after = self._steps[index] if 0 <= index < len(self._steps) else (self._steps[-1] if self._steps else None)
        day = min(after.day + 7, MAX_DAY) if after else 0
        position = index + 1 if 0 <= index < len(self._steps) else len(self._steps)
        channel = Channel.EMAIL if after and after.channel == Channel.CALL else Channel.CALL
        self._steps.insert(position, CadenceStep(day, channel, Objective.REPLY))
        self._fill_steps(position)
        self.steps_error.hide()
        self._set_dirty(True)
        self.day_spin.setFocus()

    def remove_step(self) -> None:
        index = self.current_step()
        if not self.is_editable() or not 0 <= index < len(self._steps):
            return
        del self._steps[index]
        self._fill_steps(min(index, len(self._steps) - 1))
        self._set_dirty(True)

    def move_step(self, offset: int) -> None:
        index = self.current_step()
        target = index + offset
        if not self.is_editable() or not 0 <= index < len(self._steps) or not 0 <= target < len(self._steps):
            return
        self._steps[index], self._steps[target] = self._steps[target], self._steps[index]
        self._fill_steps(target)
        self._set_dirty(True)

    # --- validation and saving --------------------------------------------------------

    def collect(self) -> tuple[Cadence | None, dict[str, str]]:
        """The cadence as edited and what stops it from being saved ({"name"|"steps": message})."""
        current = self.current()
        if current is None or current.builtin:
            return None, {}
        problems: dict[str, str] = {}
        name = " ".join(self.name_edit.text().split())
        if not name:
            problems["name"] = self.tr("A cadence needs a name.")
        else:
            taken = {c.name.casefold() for c in self._rows if c.id != current.id and c.id is not None}
            if name.casefold() in taken:
                problems["name"] = self.tr("There is already a cadence called “%1”.").replace("%1", name)
        if not self._steps:
            problems["steps"] = self.tr("A cadence needs at least one step: use Add step.")
        elif any(step.day < 0 for step in self._steps):
            problems["steps"] = self.tr("Days count from the day the cadence starts: use 0 or more.")
        steps = tuple(replace(step, message=step.message.strip()) for step in self._steps)
        return Cadence(name, steps, current.id), problems

    def save(self) -> bool:
        """Write the cadence in one go; problems show beside the name or the steps."""
        cadence, problems = self.collect()
        if cadence is None:
            return False
        for key, label in (("name", self.name_error), ("steps", self.steps_error)):
            label.setText(problems.get(key, ""))
            label.setVisible(key in problems)
        if problems:
            (self.name_edit if "name" in problems else self.add_step_button).setFocus()
            return False
        try:
            saved = self._book.save_cadence(cadence)
        except BookError as error:
            if not hand_on_damage(error):
                QMessageBox.warning(self, self.tr("Not saved"), texts.book_error_text(error))
            return False
        self._dirty = False
        self._reload(select_id=saved.id)
        return True

    def revert(self) -> None:
        """Back to the saved version (an unsaved new cadence goes away)."""
        current = self.current()
        self._dirty = False
        self._reload(select_id=current.id if current is not None else None)

    def _confirm_leave(self) -> bool:
        """Unsaved changes: save them, drop them, or stay. True when it is fine to move on."""
        if not self._dirty:
            return True
        answer = self._ask(
            self.tr("Unsaved changes"),
            self.tr("Save the changes to this cadence?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self._dirty = False
            return True
        return False

    # --- list actions -----------------------------------------------------------------

    def _ask(
        self, title: str, text: str, buttons: QMessageBox.StandardButton, default: QMessageBox.StandardButton
    ) -> QMessageBox.StandardButton:
        """QMessageBox.question, with its answer as the enum (PySide6 may hand back a plain int)."""
        return QMessageBox.StandardButton(QMessageBox.question(self, title, text, buttons, default))

    def new_cadence(self) -> None:
        """An unsaved cadence with one step, named by the user before Save."""
        if not self._confirm_leave():
            return
        self._dirty = False
        self._reload(draft=Cadence("", (CadenceStep(0, Channel.CALL, Objective.REPLY),)))
        self.name_edit.setFocus()

    def duplicate(self) -> None:
        """An editable copy, saved at once so it is in the list (and in Apply cadence) right away."""
        source = self.current()
        if source is None or source.id is None or not self._confirm_leave():
            return
        base = self.tr("Copy of %1").replace("%1", source.name)
        taken = {c.name.casefold() for c in self._rows}
        name, number = base, 2
        while name.casefold() in taken:
            name = f"{base} ({QLocale().toString(number)})"
            number += 1
        try:
            copy = self._book.save_cadence(Cadence(name, source.steps))
        except BookError as error:
            if not hand_on_damage(error):
                QMessageBox.warning(self, self.tr("Not saved"), texts.book_error_text(error))
            return
        self._dirty = False
        self._reload(select_id=copy.id)
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def rename(self) -> None:
        """Renaming is editing the name: type it and press Enter (Save)."""
        if self.is_editable():
            self.name_edit.setFocus()
            self.name_edit.selectAll()

    def delete(self) -> None:
        current = self.current()
        if current is None or current.builtin:
            return
        if current.id is None:
            self._dirty = False
            self._reload()
            return
        answer = self._ask(
            self.tr("Delete cadence"),
            self.tr("Delete the cadence “%1”? Follow-ups it already planned stay in place.").replace(
                "%1", current.name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._book.delete_cadence(current.id)
        except BookError as error:
            if not hand_on_damage(error):
                QMessageBox.warning(self, self.tr("Not deleted"), texts.book_error_text(error))
            return
        self._dirty = False
        self._reload()

    def reject(self) -> None:
        """Esc and Close: ask first when there are unsaved changes."""
        if self._confirm_leave():
            super().reject()
