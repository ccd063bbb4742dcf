"""Plan a follow-up for a lead, or edit a planned one.

A follow-up is a dated appointment (seed 002: "write it in your planner"), with a channel,
a small goal (seed 001), a script that adds value instead of "just checking in" (seed 000),
a reminder, and a guard against calling too often (seeds 002 and 003).
The small widgets here (DueEdit, ObjectiveEdit) are shared with the log dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime, QUrl, QUrlQuery, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...book import BookError, LeadBook
from ...core.followups import Due, FollowUp, Objective
from ...core.model import Channel
from ...core.rules import is_working_day, next_working_day
from ...present import texts
from ...present.formatting import book_days, day_text, qdate, short_time
from ..accessibility import fit_for_keyboard
from ..dialog_habits import AsksBeforeDiscarding, DiscardGuard, ErrorLine, enter_submits
from ..guarded import hand_on_damage
from ..leads.dialog import EnumCombo
from ..theme import set_role, set_type, style
from .phrases import mark_phrases_to_avoid

UrlOpener = Callable[[QUrl], bool]


# --- dates, times and URLs ------------------------------------------------------------------


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit_format(locale: QLocale | None = None) -> str:
    """The locale's short date, with a four-digit year so typed dates are never ambiguous."""
    fmt = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def mailto_url(address: str, body: str) -> QUrl:
    """A mailto: link whose body survives any character (&, +, %, #, line breaks, non-ASCII).

    QUrlQuery takes values as already percent-encoded text, so the body is encoded first;
    line breaks become CRLF as RFC 6068 asks.
    """
    url = QUrl()
    url.setScheme("mailto")
    url.setPath(address)
    if body:
        text = body.replace("\r\n", "\n").replace("\n", "\r\n")
        query = QUrlQuery()
        query.addQueryItem("body", bytes(QUrl.toPercentEncoding(text).data()).decode("ascii"))
        url.setQuery(query)
    return url


def tel_url(number: str) -> QUrl:
    """A tel: link; spaces become the visual separator RFC 3966 allows."""
    url = QUrl()
    url.setScheme("tel")
    url.setPath("-".join(number.split()))
    return url


# --- shared editors -------------------------------------------------------------------------


class DueEdit(QWidget):
    """A date, and optionally a time of day: unticked means "some time that day"."""

    changed = Signal()

    def __init__(self, default_time: time, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_edit_format())
        self.date.setObjectName("dueDate")
        self.date.setDateRange(*book_days())
        self.timed = QCheckBox(self.tr("at a set &time"))
        self.time = QTimeEdit()
        self.time.setAccessibleName(self.tr("Time"))
        self.time.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self.time.setTime(QTime(default_time.hour, default_time.minute))
        self.time.setEnabled(False)
        self.weekday = QLabel()
        set_role(self.weekday, "hint")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date)
        row.addWidget(self.weekday)
        row.addSpacing(12)
        row.addWidget(self.timed)
        row.addWidget(self.time)
        row.addStretch(1)
        self.setFocusProxy(self.date)
        self.timed.toggled.connect(self.time.setEnabled)
        self.timed.toggled.connect(lambda _on: self.changed.emit())
        self.date.dateChanged.connect(self._date_changed)
        self.time.timeChanged.connect(lambda _t: self.changed.emit())
        self._date_changed(self.date.date())

    def _date_changed(self, value: QDate) -> None:
        self.weekday.setText(QLocale().toString(value, "dddd"))
        self.changed.emit()

    def day(self) -> date:
        return from_qdate(self.date.date())

    def due(self) -> Due:
        at = self.time.time()
        return Due(self.day(), time(at.hour(), at.minute()) if self.timed.isChecked() else None)

    def set_day(self, day: date) -> None:
        self.date.setDate(qdate(day))

    def set_due(self, due: Due) -> None:
        self.set_day(due.day)
        if due.at is not None:
            self.time.setTime(QTime(due.at.hour, due.at.minute))
        self.timed.setChecked(due.at is not None)


class ObjectiveEdit(QWidget):
    """The small goal of a touch (seed 001); "Other" needs a few words of its own."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo: EnumCombo[Objective] = EnumCombo(list(Objective), texts.objective_name)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("what should this touch achieve?"))
        self.note.setObjectName("objectiveNote")
        self.note.setAccessibleName(self.tr("The objective in your words"))
        self.error = ErrorLine()
        self.error.setObjectName("error_objective")
        set_role(self.error, "error")
        self.error.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo)
        row.addWidget(self.note, 1)
        row.addStretch(0)  # keeps the combo at its natural width while the note is hidden
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.error)
        self.setFocusProxy(self.combo)
        self.combo.currentIndexChanged.connect(self._objective_changed)
        self.note.textEdited.connect(lambda _t: self.error.hide())
        self._objective_changed()

    def _objective_changed(self) -> None:
        self.note.setVisible(self.objective() == Objective.OTHER)
        self.error.hide()
        self.changed.emit()

    def objective(self) -> Objective:
        return self.combo.value() or Objective.REPLY

    def objective_note(self) -> str:
        return self.note.text().strip() if self.objective() == Objective.OTHER else ""

    def set_value(self, objective: Objective, note: str = "") -> None:
        self.combo.set_value(objective)
        self.note.setText(note)

    def check(self) -> bool:
        """Show why the goal cannot be saved yet; True when it can."""
        if self.objective() == Objective.OTHER and not self.objective_note():
            self.error.setText(self.tr("Say in a few words what this follow-up should achieve."))
            self.error.show()
            self.note.setFocus()
            return False
        self.error.hide()
        return True


class DayCaution(QFrame):
    """Advice on the day chosen for a follow-up, before it is saved (it never blocks): too soon
    after an unanswered attempt (the spacing guard, seeds 002 and 003), or not a working day.
    "Move to …" offers the first day that is neither. Its room is kept while it is hidden, so
    that it never moves the fields below it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        style(self)
        self.label = QLabel()
        self.label.setObjectName("spacingWarning")
        self.label.setWordWrap(True)
        self.move_button = QPushButton()
        self.move_button.setObjectName("moveButton")
        self.move_button.setAutoDefault(False)
        self._row = row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 8, 6)
        row.addWidget(self.label, 1)
        row.addWidget(self.move_button)
        self.target: date | None = None
        self.hide()

    def in_reserved_room(self) -> QWidget:
        """A holder that keeps this advice's room (two lines, or its button) while it is hidden:
        form layouts drop a hidden row however its size policy asks."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self)
        self._holder = holder
        self._reserved = self._height_for(self.label.fontMetrics().lineSpacing() * 2)
        holder.setMinimumHeight(self._reserved)
        return holder

    def _height_for(self, text_height: int) -> int:
        self.ensurePolished()  # the stylesheet's border counts in frameWidth() only once polished
        margins = self._row.contentsMargins()
        inner = max(text_height, self.move_button.sizeHint().height())
        return inner + margins.top() + margins.bottom() + 2 * self.frameWidth()

    def _grow_room(self) -> None:
        """Advice longer than the room kept (both reasons at once) makes the room, and so the
        dialog, taller instead of squeezing the fields below."""
        holder = getattr(self, "_holder", None)
        if holder is None:
            return
        width = self.label.width()
        if not self.label.isVisible():  # not laid out yet: the holder's width less the button's
            width = holder.width() - self.move_button.sizeHint().width() - 40
        needed = self._height_for(self.label.heightForWidth(max(width, 100)))
        holder.setMinimumHeight(max(self._reserved, needed))

    def show_for(self, day: date, gap_end: date | None) -> None:
        """Say what is wrong with planning on ``day`` (``gap_end``: where the spacing gap ends), if anything.
        The words belong to the plan dialog's context, where they were first said and translated."""
        weekend = not is_working_day(day)
        if gap_end is None and not weekend:
            self.target = None
            self.hide()
            return
        translate = QCoreApplication.translate
        said = []
        if gap_end is not None:
            said.append(
                translate(
                    "FollowUpDialog", "Too soon after an unanswered attempt: give them room. The gap ends on %1."
                ).replace("%1", day_text(gap_end))
            )
        if weekend:
            said.append(
                translate("FollowUpDialog", "%1 is not a working day: most people will not answer then.").replace(
                    "%1", QLocale().toString(qdate(day), "dddd")
                )
            )
        self.target = gap_end if gap_end is not None else next_working_day(day)
        self.label.setText(" ".join(said))
        self.move_button.setText(translate("FollowUpDialog", "Mo&ve to %1").replace("%1", day_text(self.target)))
        self.show()
        self._grow_room()


# --- the dialog -----------------------------------------------------------------------------


class FollowUpDialog(AsksBeforeDiscarding, QDialog):
    """``FollowUpDialog(book, lead_id=7)`` plans a follow-up; ``FollowUpDialog(book, followup)`` edits one.

    After Save, ``saved`` holds the follow-up as the book stored it.
    """

    def __init__(
        self,
        book: LeadBook,
        followup: FollowUp | None = None,
        lead_id: int | None = None,
        parent: QWidget | None = None,
        due: Due | None = None,
        open_url: UrlOpener = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        if followup is None and lead_id is None:
            raise ValueError("FollowUpDialog needs a follow-up or a lead id")
        self._book = book
        self._original = followup
        self._lead_id = followup.lead_id if followup is not None else int(lead_id or 0)
        self._lead = book.lead(self._lead_id)
        self._open_url = open_url
        self._settings = book.settings()
        self.saved: FollowUp | None = None
        self.setObjectName("FollowUpDialog")
        title = self.tr("Edit follow-up — %1") if followup is not None else self.tr("Plan follow-up — %1")
        self.setWindowTitle(title.replace("%1", self._lead.name))
        self._build()
        self._load(followup, due)
        self.due_edit.setFocus()
        enter_submits(self)
        self.discard_guard = DiscardGuard(self)
        fit_for_keyboard(self)  # labels name their editors; Tab goes in reading order
        self.setMinimumWidth(max(self.minimumWidth(), self.minimumSizeHint().width()))  # a large font: wider

    # --- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        lead = self._lead
        header = QLabel(lead.name if not lead.company else f"{lead.name} · {lead.company}")
        header.setObjectName("leadName")
        header.setTextFormat(Qt.TextFormat.PlainText)
        set_type(header, "section")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.due_edit = DueEdit(self._settings.day_start_time)
        form.addRow(self.tr("&Date"), self.due_edit)

        self.spacing_notice = DayCaution()
        self.spacing_label, self.move_button = self.spacing_notice.label, self.spacing_notice.move_button
        self.move_button.clicked.connect(self.move_to_gap_end)
        form.addRow("", self.spacing_notice.in_reserved_room())

        self.channel: EnumCombo[Channel] = EnumCombo(list(Channel), texts.channel_name)
        form.addRow(self.tr("C&hannel"), self.channel)
        self.objective = ObjectiveEdit()
        form.addRow(self.tr("&Objective"), self.objective)

        self.message = QPlainTextEdit()
        self.message.setObjectName("message")
        self.message.setTabChangesFocus(True)
        self.message.setMinimumHeight(90)
        self.message.setPlaceholderText(
            self.tr("What you will say or write. Bring something of value each time: an idea, a figure, an answer.")
        )
        self.phrase_warning = QLabel()
        self.phrase_warning.setObjectName("phraseWarning")
        self.phrase_warning.setWordWrap(True)
        self.phrase_warning.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self.phrase_warning, "caution")
        self.phrase_warning.hide()
        self.copy_button = QPushButton(self.tr("Cop&y"))
        self.email_button = QPushButton(self.tr("Open in &e-mail"))
        self.call_button = QPushButton(self.tr("C&all"))
        for button in (self.copy_button, self.email_button, self.call_button):
            button.setAutoDefault(False)
        self.copy_button.setToolTip(self.tr("Copy the message to the clipboard"))
        self.email_button.setEnabled(bool(lead.email))
        self.email_button.setToolTip(
            self.tr("Write to %1 with this message").replace("%1", lead.email)
            if lead.email
            else self.tr("This lead has no e-mail address")
        )
        self.call_button.setEnabled(bool(lead.phone))
        self.call_button.setToolTip(
            self.tr("Call %1").replace("%1", lead.phone) if lead.phone else self.tr("This lead has no phone number")
        )
        self.copy_button.clicked.connect(self.copy_message)
        self.email_button.clicked.connect(self.open_email)
        self.call_button.clicked.connect(self.call)
        actions = QHBoxLayout()
        actions.addWidget(self.copy_button)
        actions.addWidget(self.email_button)
        actions.addWidget(self.call_button)
        actions.addStretch(1)
        message_box = QWidget()
        mb = QVBoxLayout(message_box)
        mb.setContentsMargins(0, 0, 0, 0)
        mb.setSpacing(4)
        mb.addWidget(self.message)
        mb.addWidget(self.phrase_warning)
        mb.addLayout(actions)
        message_box.setFocusProxy(self.message)
        form.addRow(self.tr("&Message"), message_box)

        self.remind = QCheckBox(self.tr("&Remind me"))
        self.remind_minutes = QSpinBox()
        self.remind_minutes.setRange(0, 7 * 24 * 60)
        self.remind_minutes.setSingleStep(5)
        self.remind_minutes.setAccessibleName(self.tr("Minutes before"))
        self.remind_minutes.setSuffix(self.tr(" min before"))
        self.remind_minutes.setValue(self._settings.reminder_minutes)
        self.all_day_hint = QLabel(
            self.tr("at the start of the working day (%1)").replace("%1", short_time(self._settings.day_start_time))
        )
        self.all_day_hint.setObjectName("allDayHint")
        set_role(self.all_day_hint, "hint")
        reminder = QWidget()
        rr = QHBoxLayout(reminder)
        rr.setContentsMargins(0, 0, 0, 0)
        rr.addWidget(self.remind)
        rr.addWidget(self.remind_minutes)
        rr.addWidget(self.all_day_hint)
        rr.addStretch(1)
        reminder.setFocusProxy(self.remind)
        form.addRow(self.tr("Reminder"), reminder)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

        self.due_edit.changed.connect(self._due_changed)
        self.remind.toggled.connect(self._update_reminder)
        self.message.textChanged.connect(self._check_phrases)

    def _load(self, followup: FollowUp | None, due: Due | None) -> None:
        if followup is not None:
            self.due_edit.set_due(due or followup.due)
            self.channel.set_value(followup.channel)
            self.objective.set_value(followup.objective, followup.objective_note)
            self.message.setPlainText(followup.message)
            self.remind.setChecked(followup.remind)
            self.remind_minutes.setValue(followup.remind_minutes)
        else:
            proposal = self._book.propose_next(self._lead_id)
            self.due_edit.set_due(due or proposal.due)
            self.channel.set_value(proposal.channel)
            self.objective.set_value(proposal.objective)
            self.remind.setChecked(True)
        self._due_changed()
        self._check_phrases()

    # --- live feedback ----------------------------------------------------------------

    def _due_changed(self) -> None:
        self._update_reminder()
        day = self.due_edit.day()
        self.spacing_notice.show_for(day, self._book.spacing_gap_ends(self._lead_id, day))

    def _update_reminder(self) -> None:
        timed = self.due_edit.timed.isChecked()
        self.remind_minutes.setVisible(timed)
        self.remind_minutes.setEnabled(self.remind.isChecked())
        self.all_day_hint.setVisible(not timed)
        self.all_day_hint.setEnabled(self.remind.isChecked())

    def _check_phrases(self) -> None:
        mark_phrases_to_avoid(self.message, self.phrase_warning)

    # --- actions ----------------------------------------------------------------------

    def move_to_gap_end(self) -> None:
        if self.spacing_notice.target is not None:
            self.due_edit.set_day(self.spacing_notice.target)

    def copy_message(self) -> None:
        QGuiApplication.clipboard().setText(self.message.toPlainText())

    def open_email(self) -> None:
        if self._lead.email:
            self._open(mailto_url(self._lead.email, self.message.toPlainText()))

    def call(self) -> None:
        if self._lead.phone:
            self._open(tel_url(self._lead.phone))

    def _open(self, url: QUrl) -> None:
        if not self._open_url(url):
            QMessageBox.information(
                self,
                self.tr("Nothing opened"),
                self.tr("No program on this computer opens %1 links. Copy the message instead.").replace(
                    "%1", url.scheme() + ":"
                ),
            )

    def followup(self) -> FollowUp:
        """The follow-up as filled in (not yet checked or saved)."""
        base = self._original or FollowUp(self._lead_id, self.due_edit.due())
        return base.with_changes(
            due=self.due_edit.due(),
            channel=self.channel.value() or Channel.CALL,
            objective=self.objective.objective(),
            objective_note=self.objective.objective_note(),
            message=self.message.toPlainText().strip(),
            remind=self.remind.isChecked(),
            remind_minutes=self.remind_minutes.value(),
        )

    def accept(self) -> None:
        if not self.objective.check():
            return
        followup = self.followup()
        try:
            if followup.id is None:
                self.saved = self._book.plan_followup(followup)
            else:
                self.saved = self._book.update_followup(followup)
        except BookError as error:
            if not hand_on_damage(error):
                QMessageBox.warning(self, self.tr("Not saved"), texts.book_error_text(error))
            return
        super().accept()
