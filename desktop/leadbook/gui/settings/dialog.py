"""The book's rules of following up, in the user's hands: response targets, stop rule, spacing,
defaults (first tab); when to call back each kind of "no", what to ask then, and how many
follow-ups make a full calendar day (second tab).

All of it lives in one ``Settings`` value that OK writes in one go (so planned reminders move
with the start of the working day at once); Restore defaults only fills the form. Input that
cannot be saved shows an error right under its field, and nothing is written.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any, TypedDict

from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...book import BookError, LeadBook
from ...core.model import Channel, Source
from ...core.revisits import DEFAULT_DELAYS, DEFAULT_QUESTIONS, NEXT_QUARTER, NoReason, delays
from ...core.rules import Settings
from ...platform import machine
from ...platform.autostart import Autostart, leadbook_command
from ...platform.paths import default_book_path, showing_demo
from ...present import texts
from ...present.i18n import LANGUAGES, language_name
from ..accessibility import fit_for_keyboard
from ..fit import FitScrollArea
from ..guarded import hand_on_damage
from ..leads.dialog import EnumCombo
from ..theme import SCHEME_SETTING, SCHEMES, current, set_role

MAX_HOURS = 24 * 30
MAX_DELAY_DAYS = 3 * 365
MAX_CAPACITY = 500
# A revisit call asks a few short questions (seed 003 has three).
MAX_QUESTIONS = 10
MAX_QUESTION_CHARS = 200


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    set_role(label, "hint")
    return label


def _row(*widgets: QWidget) -> QWidget:
    """Several editors on one form row, packed to the left."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    box.setFocusProxy(widgets[0])
    return box


class SettingsDialog(QDialog):
    """Edits ``book.settings()``; after OK, ``saved`` holds what was written."""

    def __init__(self, book: LeadBook, parent: QWidget | None = None, autostart: Autostart | None = None,
                 *, sync: Any = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._book = book
        self._sync = sync  # gui.calendar_sync.CalendarSync: the Calendar sync page (the main window has one)
        self._original = book.settings()
        self._autostart = autostart or Autostart()
        self.saved: Settings | None = None
        self.setObjectName("SettingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._build()
        self.load(self._original)
        fit_for_keyboard(self)  # labels name their editors; Tab goes in reading order

    # --- layout -----------------------------------------------------------------------

    def _spin(self, name: str, low: int, high: int, suffix: str = "", special: str = "") -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(low, high)
        if suffix:
            spin.setSuffix(suffix)
        if special:
            spin.setSpecialValueText(special)
        return spin

    def _build(self) -> None:
        first = QGroupBox(self.tr("First response"))
        grid = QGridLayout(first)
        grid.addWidget(
            _hint(
                self.tr(
                    "How soon a new lead must hear from you, by where it came from. Web inquiries want an "
                    "answer at once; e-mails within a day."
                )
            ),
            0,
            0,
            1,
            6,
        )
        self.first_response: dict[Source, QSpinBox] = {}
        for index, source in enumerate(Source):
            spin = self._spin(f"firstResponse_{source.value}", 0, MAX_HOURS, self.tr(" h"), self.tr("no target"))
            spin.setToolTip(self.tr("Hours; “no target” plans the first follow-up for the next working day"))
            label = QLabel(texts.source_name(source))
            label.setBuddy(spin)
            self.first_response[source] = spin
            row, column = 1 + index // 2, (index % 2) * 3
            grid.addWidget(label, row, column)
            grid.addWidget(spin, row, column + 1)
            spin.setMinimumWidth(120)
        grid.setColumnMinimumWidth(2, 24)
        grid.setColumnStretch(5, 1)

        stop = QGroupBox(self.tr("When to stop and decide"))
        sf = QFormLayout(stop)
        self.stop_attempts = self._spin("stopAttempts", 1, 99)
        self.stop_days = self._spin("stopDays", 1, 3650)
        sf.addRow(
            _hint(
                self.tr(
                    "Leadbook asks you to nurture the lead, mark it as a no, or keep going when either "
                    "of these is reached."
                )
            )
        )
        sf.addRow(self.tr("After &unanswered attempts in a row"), self.stop_attempts)
        sf.addRow(self.tr("Or after &days without a reply"), self.stop_days)

        spacing = QGroupBox(self.tr("Spacing"))
        gf = QFormLayout(spacing)
        self.min_gap = self._spin("minGap", 0, 30, "", self.tr("no minimum"))
        gf.addRow(
            _hint(
                self.tr(
                    "Persistent, not a pest: after an unanswered attempt, wait this many working days "
                    "before the next one."
                )
            )
        )
        gf.addRow(self.tr("&Minimum gap (working days)"), _row(self.min_gap))

        defaults = QGroupBox(self.tr("Reminders and defaults"))
        df = QFormLayout(defaults)
        self.reminder_minutes = self._spin(
            "reminderMinutes", 0, 7 * 24 * 60, self.tr(" min before"), self.tr("at the time itself")
        )
        self.reminder_minutes.setSingleStep(5)
        df.addRow(self.tr("&Reminder for timed follow-ups"), _row(self.reminder_minutes))
        self.day_start = QTimeEdit()
        self.day_start.setObjectName("dayStart")
        self.day_start.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        day_hint = _hint(self.tr("reminders for follow-ups without a time"))
        day_hint.setWordWrap(False)
        df.addRow(self.tr("&Working day starts at"), _row(self.day_start, day_hint))
        self.next_days = self._spin("defaultNextDays", 1, 365, self.tr(" days later"))
        self.next_channel: EnumCombo[Channel] = EnumCombo(list(Channel), texts.channel_name)
        self.next_channel.setObjectName("defaultChannel")
        self.next_channel.setAccessibleName(self.tr("Channel of the next step"))
        by = QLabel(self.tr("by"))
        df.addRow(self.tr("Default &next step"), _row(self.next_days, by, self.next_channel))
        self.sound = QCheckBox(self.tr("Play a &sound when a reminder comes due"))
        self.sound.setObjectName("reminderSound")
        df.addRow("", self.sound)
        self.start_at_login = QCheckBox(self.tr("Start Leadbook when I log &in (quietly, in the tray)"))
        self.start_at_login.setObjectName("startAtLogin")
        self.start_at_login.setToolTip(self._autostart.location)
        self.start_at_login.setChecked(self._autostart.is_enabled())  # the desktop's entry is the setting
        if showing_demo():  # a temporary demo book must not become what starts at login
            self.start_at_login.setEnabled(False)
            self.start_at_login.setToolTip(self.tr("A demo book does not start at login"))
        df.addRow("", self.start_at_login)
        # "" follows the system; each language is named in itself, so it can be found from any other.
        self.language: EnumCombo[str] = EnumCombo(["", *LANGUAGES], language_name)
        self.language.setObjectName("language")
        language_hint = _hint(self.tr("applies from the next start"))
        language_hint.setWordWrap(False)
        df.addRow(self.tr("&Language"), _row(self.language, language_hint))
        # Light or dark is this computer's (the same book may be opened on another): platform.machine.
        scheme_names = {"system": self.tr("As the system"), "light": self.tr("Light"), "dark": self.tr("Dark")}
        self.colour_scheme: EnumCombo[str] = EnumCombo(list(SCHEMES), scheme_names.__getitem__)
        self.colour_scheme.setObjectName("colourScheme")
        self.colour_scheme.set_value(current().choice)
        scheme_hint = _hint(self.tr("on this computer"))
        scheme_hint.setWordWrap(False)
        df.addRow(self.tr("Lig&ht or dark"), _row(self.colour_scheme, scheme_hint))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self.restore_defaults)

        grid_layout = QGridLayout()
        grid_layout.addWidget(first, 0, 0, 1, 2)
        grid_layout.addWidget(stop, 1, 0)
        grid_layout.addWidget(spacing, 1, 1)
        grid_layout.addWidget(defaults, 2, 0, 1, 2)
        grid_layout.setColumnStretch(0, 1)
        grid_layout.setColumnStretch(1, 1)
        grid_layout.setRowStretch(3, 1)
        following = QWidget()
        following.setLayout(grid_layout)
        self.revisit_page = RevisitPage()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.tabs.addTab(following, self.tr("&Follow-ups"))
        self.tabs.addTab(self.revisit_page, self.tr("Revisits and &calendar"))
        self.sync_page = None
        if self._sync is not None:
            from .calendar_sync_page import CalendarSyncPage  # noqa: PLC0415 - only when the dialog opens

            self.sync_page = CalendarSyncPage(self._book, self._sync)
            self.tabs.addTab(self.sync_page, self.tr("Calendar s&ync"))
        layout = QVBoxLayout(self)
        layout.addWidget(FitScrollArea(self.tabs), 1)  # a small screen or a large scale: the pages scroll
        layout.addWidget(buttons)
        self.setMinimumWidth(640)
        # Qt caps a window's first size at 2/3 of the screen, which squeezes the wrapped hints on a
        # laptop screen; take the height the hints need, as far as the screen allows.
        width = max(self.minimumWidth(), self.sizeHint().width())
        screen = self.screen().availableGeometry().height() if self.screen() else 10_000
        margins = layout.contentsMargins()
        inner = width - margins.left() - margins.right()
        tabs_height = max(self.tabs.heightForWidth(inner), self.tabs.minimumSizeHint().height())
        needed = tabs_height + layout.spacing() + buttons.sizeHint().height() + margins.top() + margins.bottom()
        self.resize(width, min(needed, screen - 60))
        self.first_response[Source.WEB].setFocus()

    def done(self, result: int) -> None:
        if self.sync_page is not None:
            self.sync_page.wait()  # a connect or turn-off under way ends before its page goes
        super().done(result)

    # --- data in and out --------------------------------------------------------------

    def load(self, settings: Settings) -> None:
        """Fill the form from ``settings`` (nothing is written)."""
        for source, spin in self.first_response.items():
            hours = settings.first_response_hours.get(source.value)
            spin.setValue(0 if hours is None else max(1, round(float(hours))))
        self.stop_attempts.setValue(settings.stop_attempts)
        self.stop_days.setValue(settings.stop_days)
        self.min_gap.setValue(settings.min_gap_working_days)
        self.reminder_minutes.setValue(settings.reminder_minutes)
        at = settings.day_start_time
        self.day_start.setTime(QTime(at.hour, at.minute))
        self.next_days.setValue(settings.default_next_days)
        self.next_channel.set_value(Channel(settings.default_channel))
        self.sound.setChecked(settings.reminder_sound)
        self.language.set_value(settings.language if settings.language in LANGUAGES else "")
        self.revisit_page.load(settings)

    def collect(self) -> Settings:
        """The settings as shown; fields this dialog does not show keep their stored value.
        Call ``problems()`` first: input with a problem is not collected as typed."""
        hours: dict[str, float | None] = dict(self._original.first_response_hours)
        for source, spin in self.first_response.items():
            before = self._original.first_response_hours.get(source.value)
            shown = spin.value() or None
            unchanged = before is not None and shown is not None and max(1, round(float(before))) == shown
            hours[source.value] = before if unchanged else shown
        at = self.day_start.time()
        return replace(
            self._original,
            first_response_hours=hours,
            stop_attempts=self.stop_attempts.value(),
            stop_days=self.stop_days.value(),
            min_gap_working_days=self.min_gap.value(),
            reminder_minutes=self.reminder_minutes.value(),
            day_start=f"{at.hour():02d}:{at.minute():02d}",
            default_next_days=self.next_days.value(),
            default_channel=(self.next_channel.value() or Channel.CALL).value,
            reminder_sound=self.sound.isChecked(),
            language=self.language.value() or "",
            **self.revisit_page.collect(),
        )

    def restore_defaults(self) -> None:
        self.load(Settings())

    def problems(self) -> list[str]:
        """Show an error under each field whose input cannot be saved; which fields (keys) have one.
        (Spin boxes cannot hold a bad number: they take back their last good one.)"""
        return self.revisit_page.check()

    def accept(self) -> None:
        if self.problems():
            if self.revisit_page.errors():
                self.tabs.setCurrentWidget(self.revisit_page)
                self.revisit_page.focus_error()
            return
        settings = self.collect()
        try:
            self._book.save_settings(settings)
        except BookError as error:
            if not hand_on_damage(error):
                QMessageBox.warning(self, self.tr("Not saved"), texts.book_error_text(error))
            return
        self.saved = settings
        self._keep_colour_scheme(self.colour_scheme.value() or "system")
        wanted = self.start_at_login.isChecked()
        if wanted != self._autostart.is_enabled():
            try:
                self._autostart.set_enabled(wanted, leadbook_command(self._book.path, default_book_path()))
            except OSError as error:
                QMessageBox.warning(
                    self,
                    self.tr("Start at login not changed"),
                    self.tr("Leadbook could not change %1: %2")
                    .replace("%1", self._autostart.location)
                    .replace("%2", error.strerror or str(error)),
                )
        super().accept()

    def _keep_colour_scheme(self, choice: str) -> None:
        """Show the scheme chosen now and keep it in this machine's settings."""
        current().set_choice(choice)
        try:
            machine.set_setting(SCHEME_SETTING, choice)
        except OSError as error:
            logging.getLogger("leadbook").warning("cannot keep the colour scheme: %r", error)


class RevisitFields(TypedDict):
    """The Settings fields the revisit page sets."""

    no_delays: dict[str, int]
    revisit_questions: list[str]
    day_capacity: int


class RevisitPage(QWidget):
    """Seed 003 in the user's hands: the wait before calling back each kind of "no", the
    questions to ask on the call, and (seed 002's steady rhythm) how many follow-ups fill a
    calendar day. ``load``/``collect`` move Settings fields; ``check`` shows inline errors."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revisitPage")
        from ...present.revisits_text import reason_name  # noqa: PLC0415 - it imports the book

        revisit = QGroupBox(self.tr("Revisiting the no's"))
        grid = QGridLayout(revisit)
        grid.addWidget(
            _hint(
                self.tr(
                    "A “no” mostly means “not now”. Leadbook brings each one back after a "
                    "wait that depends on the reason the prospect gave."
                )
            ),
            0,
            0,
            1,
            6,
        )
        self.delays: dict[NoReason, QSpinBox] = {}
        for index, reason in enumerate(NoReason):
            spin = QSpinBox()
            spin.setObjectName(f"noDelay_{reason.value}")
            spin.setRange(0, MAX_DELAY_DAYS)
            spin.setSuffix(self.tr(" days"))
            spin.setSpecialValueText(self.tr("next quarter"))
            spin.setToolTip(
                self.tr(
                    "Days to wait; the lowest value, “next quarter”, waits until the first "
                    "day of the next quarter (when budgets are set)"
                )
            )
            spin.setMinimumWidth(130)
            label = QLabel(reason_name(reason))
            label.setBuddy(spin)
            self.delays[reason] = spin
            row, column = 1 + index // 2, (index % 2) * 3
            grid.addWidget(label, row, column)
            grid.addWidget(spin, row, column + 1)
        grid.setColumnMinimumWidth(2, 24)
        grid.setColumnStretch(5, 1)

        self.questions = QPlainTextEdit()
        self.questions.setObjectName("revisitQuestions")
        self.questions.setTabChangesFocus(True)
        self.questions.setMinimumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.questions.setMaximumHeight(self.fontMetrics().lineSpacing() * 8 + 12)
        self.questions.textChanged.connect(lambda: self._show_error(""))
        questions_label = QLabel(self.tr("&Questions to ask on a revisit, one a line:"))
        questions_label.setBuddy(self.questions)
        self.questions_error = QLabel()
        self.questions_error.setObjectName("error_questions")
        self.questions_error.setWordWrap(True)
        set_role(self.questions_error, "error")
        self.questions_error.hide()
        row = grid.rowCount()
        grid.addWidget(questions_label, row, 0, 1, 6)
        grid.addWidget(self.questions, row + 1, 0, 1, 6)
        grid.addWidget(self.questions_error, row + 2, 0, 1, 6)
        grid.addWidget(_hint(self.tr("Shown in the revisit queue, the reminders and on the call sheet. "
                                     "Leave it empty for the three questions Leadbook starts with.")),
                       row + 3, 0, 1, 6)  # fmt: skip

        calendar = QGroupBox(self.tr("Calendar"))
        cf = QFormLayout(calendar)
        self.day_capacity = QSpinBox()
        self.day_capacity.setObjectName("dayCapacity")
        self.day_capacity.setRange(0, MAX_CAPACITY)
        self.day_capacity.setSuffix(self.tr(" follow-ups"))
        self.day_capacity.setSpecialValueText(self.tr("no limit"))
        capacity_hint = _hint(self.tr("days with more are marked full; Even out fills days up to it"))
        capacity_hint.setWordWrap(False)
        cf.addRow(self.tr("Day ca&pacity"), _row(self.day_capacity, capacity_hint))

        layout = QVBoxLayout(self)
        layout.addWidget(revisit)
        layout.addWidget(calendar)
        layout.addStretch(1)

    @staticmethod
    def _default_questions() -> list[str]:
        from ...present.revisits_text import question_text  # noqa: PLC0415 - it imports the book

        return [question_text(q) for q in DEFAULT_QUESTIONS]

    def load(self, settings: Settings) -> None:
        for reason, days in delays(settings.no_delays).items():
            self.delays[NoReason(reason)].setValue(0 if days == NEXT_QUARTER else days)
        self.questions.setPlainText("\n".join(settings.revisit_questions or self._default_questions()))
        self.day_capacity.setValue(settings.day_capacity)
        self._show_error("")

    def _lines(self) -> list[str]:
        return [" ".join(line.split()) for line in self.questions.toPlainText().splitlines() if line.strip()]

    def collect(self) -> RevisitFields:
        """The Settings fields of this page: only delays that differ from the defaults are kept,
        and the default questions (in any language) are kept as "the defaults", not as text."""
        no_delays: dict[str, int] = {}
        for reason, spin in self.delays.items():
            days = spin.value() or NEXT_QUARTER
            if days != DEFAULT_DELAYS[reason.value]:
                no_delays[reason.value] = days
        lines = self._lines()
        questions = [] if lines in ([], self._default_questions(), list(DEFAULT_QUESTIONS)) else lines
        return {"no_delays": no_delays, "revisit_questions": questions, "day_capacity": self.day_capacity.value()}

    # --- errors -------------------------------------------------------------------------

    def check(self) -> list[str]:
        """Show the first problem of the questions under them; ["questions"] when there is one."""
        lines = self._lines()
        too_long = next((n for n, line in enumerate(lines, 1) if len(line) > MAX_QUESTION_CHARS), None)
        if too_long is not None:
            text = self.tr("Question %1 is %2 characters long; keep each to %3 at most, so it fits on the call sheet.")
            self._show_error(text.replace("%1", QLocale().toString(too_long))
                             .replace("%2", QLocale().toString(len(lines[too_long - 1])))
                             .replace("%3", QLocale().toString(MAX_QUESTION_CHARS)))  # fmt: skip
        elif len(lines) > MAX_QUESTIONS:
            self._show_error(self.tr("%1 questions are too many for one call; keep at most %2.")
                             .replace("%1", QLocale().toString(len(lines)))
                             .replace("%2", QLocale().toString(MAX_QUESTIONS)))  # fmt: skip
        else:
            self._show_error("")
        return self.errors()

    def errors(self) -> list[str]:
        """Which fields show an error right now (for tests and accessibility)."""
        return ["questions"] if not self.questions_error.isHidden() else []

    def focus_error(self) -> None:
        self.questions.setFocus()

    def _show_error(self, text: str) -> None:
        self.questions_error.setText(text)
        self.questions_error.setVisible(bool(text))
