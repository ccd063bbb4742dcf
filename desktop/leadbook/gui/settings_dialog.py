"""The book's rules of following up, in the user's hands: response targets, stop rule, spacing, defaults.

All of it lives in one ``Settings`` value that OK writes in one go (so planned reminders move
with the start of the working day at once); Restore defaults only fills the form.
"""

from __future__ import annotations

from dataclasses import replace

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
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from .. import texts
from ..autostart import Autostart, leadbook_command
from ..book import LeadBook
from ..core.model import Channel, Source
from ..core.rules import Settings
from ..paths import default_book_path
from ..store.errors import BookError
from .lead_dialog import EnumCombo

HINT_STYLE = "color: #5f5f5f;"
MAX_HOURS = 24 * 30


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
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

    def __init__(self, book: LeadBook, parent: QWidget | None = None, autostart: Autostart | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self._original = book.settings()
        self._autostart = autostart or Autostart()
        self.saved: Settings | None = None
        self.setObjectName("SettingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._build()
        self.load(self._original)

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
            _hint(self.tr("How soon a new lead must hear from you, by where it came from. Web inquiries want an "
                          "answer at once; e-mails within a day.")), 0, 0, 1, 6)
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
        sf.addRow(_hint(self.tr("Leadbook asks you to nurture the lead, mark it as a no, or keep going when either "
                                "of these is reached.")))
        sf.addRow(self.tr("After &unanswered attempts in a row"), self.stop_attempts)
        sf.addRow(self.tr("Or after &days without a reply"), self.stop_days)

        spacing = QGroupBox(self.tr("Spacing"))
        gf = QFormLayout(spacing)
        self.min_gap = self._spin("minGap", 0, 30, "", self.tr("no minimum"))
        gf.addRow(_hint(self.tr("Persistent, not a pest: after an unanswered attempt, wait this many working days "
                                "before the next one.")))
        gf.addRow(self.tr("&Minimum gap (working days)"), _row(self.min_gap))

        defaults = QGroupBox(self.tr("Reminders and defaults"))
        df = QFormLayout(defaults)
        self.reminder_minutes = self._spin("reminderMinutes", 0, 7 * 24 * 60, self.tr(" min before"),
                                           self.tr("at the time itself"))
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
        by = QLabel(self.tr("by"))
        df.addRow(self.tr("Default &next step"), _row(self.next_days, by, self.next_channel))
        self.sound = QCheckBox(self.tr("Play a &sound when a reminder comes due"))
        self.sound.setObjectName("reminderSound")
        df.addRow("", self.sound)
        self.start_at_login = QCheckBox(self.tr("Start Leadbook when I &log in (quietly, in the tray)"))
        self.start_at_login.setObjectName("startAtLogin")
        self.start_at_login.setToolTip(self._autostart.location)
        self.start_at_login.setChecked(self._autostart.is_enabled())  # the desktop's entry is the setting
        df.addRow("", self.start_at_login)

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
        layout = QVBoxLayout(self)
        layout.addLayout(grid_layout)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)
        # Qt caps a window's first size at 2/3 of the screen, which squeezes the wrapped hints on a
        # laptop screen; take the height the hints need, as far as the screen allows.
        width = max(self.minimumWidth(), self.sizeHint().width())
        screen = self.screen().availableGeometry().height() if self.screen() else 10_000
        self.resize(width, min(layout.totalHeightForWidth(width), screen - 60))
        self.first_response[Source.WEB].setFocus()

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

    def collect(self) -> Settings:
        """The settings as shown; fields this dialog does not show keep their stored value."""
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
        )

    def restore_defaults(self) -> None:
        self.load(Settings())

    def accept(self) -> None:
        settings = self.collect()
        try:
            self._book.save_settings(settings)
        except BookError as error:
            QMessageBox.warning(self, self.tr("Not saved"), texts.book_error_text(error))
            return
        self.saved = settings
        wanted = self.start_at_login.isChecked()
        if wanted != self._autostart.is_enabled():
            try:
                self._autostart.set_enabled(wanted, leadbook_command(self._book.path, default_book_path()))
            except OSError as error:
                QMessageBox.warning(self, self.tr("Start at login not changed"),
                                    self.tr("Leadbook could not change %1: %2")
                                    .replace("%1", self._autostart.location).replace("%2", error.strerror or str(error)))
        super().accept()
