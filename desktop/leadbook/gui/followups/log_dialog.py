"""Log a follow-up and plan the next one in one motion: pick the outcome, press Enter.

The next step is proposed the way the seeds ask: the prospect's own interval and channel
first (seed 004), then the cadence, then the default weekly rhythm (seed 002); the spacing
guard keeps unanswered attempts from coming too close (seed 003).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...book import BookError, Change, LeadBook
from ...core.followups import FollowUp, Outcome, State
from ...core.model import Channel, Stage
from ...core.rules import Proposal, ProposalSource, spacing_gap_ends
from ...present import texts
from ...present.formatting import day_text, due_text
from ..accessibility import fit_for_keyboard
from ..dialog_habits import AsksBeforeDiscarding, DiscardGuard, enter_submits
from ..guarded import hand_on_damage
from ..leads.dialog import EnumCombo
from ..theme import set_role, set_type
from .followup_dialog import DayCaution, DueEdit, ObjectiveEdit

ENDS_THE_PLAN = (Outcome.SAID_NO, Outcome.WON)


def with_mnemonics(names: list[str], taken: set[str]) -> list[str]:
    """Give each name an Alt+letter of its own (in any Latin-script language), skipping
    letters the rest of the dialog already uses, so outcomes are picked from the keyboard."""
    result = []
    for name in names:
        chosen = name.replace("&", "&&")
        for index, char in enumerate(name):
            key = char.casefold()
            if char.isalpha() and ord(char) < 0x250 and key not in taken:
                taken.add(key)
                chosen = name[:index].replace("&", "&&") + "&" + name[index:].replace("&", "&&")
                break
        result.append(chosen)
    return result


def one_line(text: str, limit: int = 140) -> str:
    """A script's first words on one line: enough to recognise it, not to crowd the dialog."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def mnemonics_in(widget: QWidget) -> set[str]:
    """The Alt+letters already used by the labels and buttons inside ``widget``."""
    used: set[str] = set()
    for child in widget.findChildren(QAbstractButton) + widget.findChildren(QLabel):
        for match in re.finditer(r"&(.)", child.text().replace("&&", "")):
            used.add(match.group(1).casefold())
    return used


class LogDialog(AsksBeforeDiscarding, QDialog):
    """Log what happened on follow-up ``followup_id`` and plan what comes next.

    Accept makes one call to ``book.complete_followup`` (one transaction, one undo step);
    ``change`` then holds what it changed.
    """

    def __init__(
        self,
        book: LeadBook,
        followup_id: int,
        parent: QWidget | None = None,
        outcome: Outcome | None = None,
        ask_why_no: Callable[[int], object] | None = None,
    ) -> None:
        """``ask_why_no(lead_id)`` runs after a "said no" is logged (the say-no dialog, seed 003)."""
        super().__init__(parent)
        self._ask_why_no = ask_why_no
        self._book = book
        self._followup = book.followup(followup_id)
        self._lead = book.lead(self._followup.lead_id)
        self._settings = book.settings()
        self._remaining = book.remaining_cadence_steps(self._lead.id or 0, excluding=followup_id)
        self._applied: Proposal | None = None
        self._keep_offered = False
        self.change: Change | None = None
        self.setObjectName("LogDialog")
        self.setWindowTitle(self.tr("Log follow-up — %1").replace("%1", self._lead.name))
        self._build()
        self.set_outcome(outcome or Outcome.REACHED)
        self._outcome_changed()
        self.outcome_buttons[self.outcome()].setFocus()
        enter_submits(self)
        self.discard_guard = DiscardGuard(self)
        fit_for_keyboard(self)  # labels name their editors; Tab goes in reading order
        self.setMinimumWidth(max(self.minimumWidth(), self.minimumSizeHint().width()))  # a large font: wider

    # --- layout -----------------------------------------------------------------------

    def _plain(self, text: str = "", role: str = "", name: str = "") -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        if role:
            set_role(label, role)
        if name:
            label.setObjectName(name)
        return label

    def _build(self) -> None:
        fu, lead = self._followup, self._lead
        header = self._plain(
            lead.name if not lead.company else f"{lead.name} · {lead.company}",
            name="leadName",
        )
        set_type(header, "section")
        what = f"{texts.channel_name(fu.channel)} · {texts.objective_name(fu.objective)}"
        if fu.objective_note:
            what += f": {fu.objective_note}"
        summary = self._plain(
            self.tr("%1 — due %2").replace("%1", what).replace("%2", due_text(fu.due)), name="followupSummary"
        )

        outcome_box = QGroupBox(self.tr("Outcome"))
        grid = QGridLayout(outcome_box)
        self.outcome_group = QButtonGroup(self)
        self.outcome_buttons: dict[Outcome, QRadioButton] = {}
        outcomes = list(Outcome)
        for index, outcome in enumerate(outcomes):
            button = QRadioButton()
            button.setObjectName(f"outcome_{outcome.value}")
            self.outcome_group.addButton(button, index)
            self.outcome_buttons[outcome] = button
            grid.addWidget(button, index % 4, index // 4)
        self.note = QLineEdit()
        self.note.setObjectName("resultNote")
        self.note.setPlaceholderText(self.tr("what was said, what you agreed"))
        note_form = QFormLayout()
        note_form.addRow(self.tr("Result &note"), self.note)
        grid.addLayout(note_form, 4, 0, 1, 2)

        self.consequence = self._plain(role="caution", name="consequence")
        self.post_sale = QCheckBox(self.tr("Start the &post-sale cadence (thank-you cards, call after delivery)"))
        self.post_sale.setChecked(True)
        self.keep_cadence = QCheckBox(self._keep_text())
        self.keep_cadence.setChecked(True)
        self.keep_cadence.toggled.connect(self._refresh_plan)

        next_box = QGroupBox(self.tr("Next step"))
        next_column = QVBoxLayout(next_box)
        self.plan_next = QCheckBox(self.tr("P&lan this next step"))
        self.plan_next.setChecked(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.due_edit = DueEdit(self._settings.day_start_time)
        self.channel: EnumCombo[Channel] = EnumCombo(list(Channel), texts.channel_name)
        self.objective = ObjectiveEdit()
        form.addRow(self.tr("&Date"), self.due_edit)
        form.addRow(self.tr("C&hannel"), self.channel)
        form.addRow(self.tr("&Objective"), self.objective)
        self.next_fields = QWidget()
        self.next_fields.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)
        self.proposal_note = self._plain(role="hint", name="proposalNote")
        self.already = self._plain(role="caution", name="alreadyPlanned")
        self.day_caution = DayCaution()
        self.day_caution.move_button.clicked.connect(self._move_to_caution_target)
        self.due_edit.changed.connect(self._check_day)
        next_column.addWidget(self.plan_next)
        next_column.addWidget(self.next_fields)
        next_column.addWidget(self.day_caution.in_reserved_room())
        next_column.addWidget(self.proposal_note)
        next_column.addWidget(self.already)
        self.plan_next.toggled.connect(self.next_fields.setEnabled)
        self.plan_next.toggled.connect(lambda _on: self._check_day())

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Log"))
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(summary)
        if fu.message:
            layout.addWidget(self._plain(one_line(fu.message), "quote", "followupMessage"))
        layout.addWidget(outcome_box)
        layout.addWidget(self.consequence)
        layout.addWidget(self.post_sale)
        layout.addWidget(self.keep_cadence)
        layout.addWidget(next_box)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

        names = with_mnemonics([texts.outcome_name(o) for o in outcomes], mnemonics_in(self))
        for outcome, name in zip(outcomes, names):
            self.outcome_buttons[outcome].setText(name)
        self.outcome_group.idToggled.connect(self._outcome_toggled)

    def _keep_text(self) -> str:
        count = len(self._remaining)
        if self._remaining and self._remaining[0].cadence_id is not None:
            try:
                cadence = self._book.cadence(self._remaining[0].cadence_id)
            except KeyError:
                pass
            else:
                name = cadence.name.replace("&", "&&")
                return self.tr("&Keep the %n remaining step(s) of the cadence “%1”", "", count).replace("%1", name)
        return self.tr("&Keep the %n remaining step(s) of the cadence", "", count)

    # --- state ------------------------------------------------------------------------

    def outcome(self) -> Outcome:
        index = self.outcome_group.checkedId()
        return list(Outcome)[index] if index >= 0 else Outcome.REACHED

    def set_outcome(self, outcome: Outcome) -> None:
        self.outcome_buttons[outcome].setChecked(True)

    def _keeps_cadence(self) -> bool:
        return self.keep_cadence.isChecked() or not self._keep_offered

    def _outcome_toggled(self, _id: int, on: bool) -> None:
        if on:
            self._outcome_changed()

    def _outcome_changed(self) -> None:
        outcome = self.outcome()
        self.post_sale.setVisible(outcome == Outcome.WON)
        self._keep_offered = outcome.answered and outcome not in ENDS_THE_PLAN and bool(self._remaining)
        self.keep_cadence.setVisible(self._keep_offered)
        if outcome == Outcome.SAID_NO:
            self.consequence.setText(
                self.tr("The lead will be marked “%1” and its planned follow-ups cancelled.").replace(
                    "%1", texts.stage_name(Stage.NO)
                )
            )
        elif outcome == Outcome.WON:
            self.consequence.setText(
                self.tr("The lead will be marked “%1” and its planned follow-ups cancelled.").replace(
                    "%1", texts.stage_name(Stage.WON)
                )
            )
        elif not outcome.answered:
            attempts = self._book.attempts_in_a_row(self._lead.id or 0) + 1
            self.consequence.setText(
                self.tr(
                    "%n unanswered attempt(s) in a row. Keep going: most deals take five or more follow-ups.",
                    "",
                    attempts,
                )
            )
        else:
            self.consequence.setText("")
        self.consequence.setVisible(bool(self.consequence.text()))
        self._refresh_plan()

    def _other_planned(self) -> list[FollowUp]:
        """Follow-ups of this lead that stay planned after logging (so no new one is needed)."""
        if self.outcome() in ENDS_THE_PLAN:
            return []
        stops_cadence = self.outcome().answered and not self._keeps_cadence()
        return [
            f
            for f in self._book.followups(self._lead.id or 0)
            if f.state == State.PLANNED
            and f.id != self._followup.id
            and not (stops_cadence and f.cadence_id is not None)
        ]

    def _refresh_plan(self) -> None:
        """Propose the next step again and decide whether to plan it; fields the user
        edited stay as they are unless the proposal itself changed."""
        outcome = self.outcome()
        proposal = self._book.propose_next(
            self._lead.id or 0, self._followup, outcome=outcome, keep_cadence=self._keeps_cadence()
        )
        moved_from = proposal.moved_from
        if proposal != self._applied:
            self.due_edit.set_due(proposal.due)
            self.channel.set_value(proposal.channel)
            self.objective.set_value(proposal.objective)
            self._applied = proposal
        source = {
            ProposalSource.PREFERENCE: self.tr("Proposed from the prospect's own preference (interval and channel)."),
            ProposalSource.CADENCE: self.tr("Proposed from the cadence: its next step."),
            ProposalSource.DEFAULT: self.tr(
                "Proposed from the default rhythm: %n day(s) later, on a working day.",
                "",
                self._settings.default_next_days,
            ),
        }[proposal.source]
        if moved_from is not None:
            source += " " + self.tr(
                "The spacing guard moved it from %1 to %2, to leave room after an unanswered attempt."
            ).replace("%1", day_text(moved_from)).replace("%2", day_text(proposal.due.day))
        self.proposal_note.setText(source)

        others = self._other_planned()
        if others:
            first = min(others, key=lambda f: (f.due_at, f.id or 0))
            self.already.setText(
                self.tr("Already planned: %1 %2")
                .replace("%1", due_text(first.due))
                .replace("%2", texts.channel_name(first.channel))
            )
        self.already.setVisible(bool(others))
        self.plan_next.setChecked(outcome not in ENDS_THE_PLAN and not others)
        self.next_fields.setEnabled(self.plan_next.isChecked())
        self._check_day()

    def _check_day(self) -> None:
        """Say so when the day chosen for the next step is too soon after this unanswered attempt
        (the spacing guard) or not a working day; a warning, not a block."""
        if not self.plan_next.isChecked():
            self.day_caution.target = None
            self.day_caution.hide()
            return
        last_attempt = None if self.outcome().answered else self._book.local_today()
        day = self.due_edit.day()
        self.day_caution.show_for(day, spacing_gap_ends(day, last_attempt, self._settings))
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to hold wrapped lines that came with a choice (the consequence, the day advice):
        a window's least height leaves them out, and they would squeeze the fields instead."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else 0
        if needed > self.height():
            self.resize(self.width(), needed)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._fit_height()

    def _move_to_caution_target(self) -> None:
        if self.day_caution.target is not None:
            self.due_edit.set_day(self.day_caution.target)

    def next_step(self) -> FollowUp | None:
        """The follow-up to plan, or None when "Plan this next step" is off."""
        if not self.plan_next.isChecked():
            return None
        return FollowUp(
            self._followup.lead_id,
            self.due_edit.due(),
            self.channel.value() or Channel.CALL,
            self.objective.objective(),
            self.objective.objective_note(),
            remind_minutes=self._settings.reminder_minutes,
        )

    def accept(self) -> None:
        if self.plan_next.isChecked() and not self.objective.check():
            return
        outcome = self.outcome()
        try:
            self.change = self._book.complete_followup(
                self._followup.id or 0,
                outcome,
                self.note.text(),
                self.next_step(),
                keep_cadence=self._keeps_cadence(),
                start_post_sale=outcome == Outcome.WON and self.post_sale.isChecked(),
            )
        except BookError as error:
            if not hand_on_damage(error):
                QMessageBox.warning(self, self.tr("Nothing was saved"), texts.book_error_text(error))
            return
        super().accept()
        if outcome == Outcome.SAID_NO and self._ask_why_no is not None:
            self._ask_why_no(self._followup.lead_id)
