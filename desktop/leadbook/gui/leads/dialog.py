"""Add or edit one lead. Problems show under the field they concern; nothing is saved until all is valid."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...book import BookError, InvalidLead, LeadBook
from ...core.model import Channel, IntervalUnit, Lead, Source, Stage, split_list
from ...core.validation import FieldProblem, Problem, lead_problems, parse_amount
from ...present import texts
from ...present.formatting import local_datetime, short_date
from ..accessibility import fit_for_keyboard
from ..dialog_habits import AsksBeforeDiscarding, DiscardGuard, ErrorLine, enter_submits
from ..fit import FitScrollArea, fit_on_screen
from ..guarded import hand_on_damage
from ..theme import set_role, set_type

E = TypeVar("E")  # an enum, or any value compared by ==: the language codes
W = TypeVar("W", bound=QWidget)

COMMON_CURRENCIES = ("EUR", "SEK", "USD", "GBP", "CNY", "NOK", "DKK", "CHF")
# What typically stands in the wider fields, so each shows it whole (measured in the font shown).
TYPICAL_CONTENT = {
    "company": "Björkliden Tryckeri och Förlag AB",
    "emails": "anders.wikstrom@stenasen-grossister.se",
    "website": "https://www.bjorkliden-tryckeri.se",
}
# A placeholder longer than this (in average characters) may wrap the dialog wider than a laptop screen.
MAX_PLACEHOLDER_CHARS = 48


def fit_placeholder(edit: QLineEdit) -> None:
    """Make ``edit`` at least as wide as its placeholder in the language shown (German runs about a
    third longer than English), so the hint is never cut off; set the placeholder first."""
    metrics = edit.fontMetrics()
    margins = edit.textMargins()
    frame = 24  # the style's frame and inner padding on both sides, and room for the cursor
    needed = metrics.horizontalAdvance(edit.placeholderText()) + margins.left() + margins.right() + frame
    edit.setMinimumWidth(max(edit.minimumWidth(), min(needed, metrics.averageCharWidth() * MAX_PLACEHOLDER_CHARS)))


class EnumCombo(QComboBox, Generic[E]):
    """A combo box over enum members (and optionally "none"), read without Qt's item data."""

    def __init__(self, members: Sequence[E], name: Callable[[E], str], none_text: str = "") -> None:
        super().__init__()
        self._members: list[E | None] = ([None] if none_text else []) + list(members)
        if none_text:
            self.addItem(none_text)
        for member in members:
            self.addItem(name(member))

    def value(self) -> E | None:
        return self._members[self.currentIndex()] if self.currentIndex() >= 0 else None

    def set_value(self, member: E | None) -> None:
        if member in self._members:
            self.setCurrentIndex(self._members.index(member))


class LeadDialog(AsksBeforeDiscarding, QDialog):
    """``LeadDialog(book)`` adds a lead; ``LeadDialog(book, lead)`` edits one."""

    def __init__(self, book: LeadBook, lead: Lead | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self._original = lead
        self.saved_lead: Lead | None = None
        self.setWindowTitle(self.tr("Edit lead") if lead else self.tr("New lead"))
        self.setObjectName("LeadDialog")
        self._errors: dict[str, ErrorLine] = {}
        self._build()
        if lead:
            self._load(lead)
        self.name.setFocus()
        enter_submits(self)
        self.discard_guard = DiscardGuard(self)
        fit_for_keyboard(self)  # labels name their editors; Tab goes in reading order
        fit_on_screen(self)

    # --- layout -----------------------------------------------------------------------

    def _field(self, form: QFormLayout, label: str, widget: W, key: str = "") -> W:
        """Add a row whose error (if any) shows right under the field."""
        if not key:
            form.addRow(label, widget)
            return widget
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = ErrorLine()  # one line, its room kept: appearing and going, it never moves the fields below
        error.setObjectName(f"error_{key}")
        set_role(error, "error")
        error.hide()
        column.addWidget(error)
        self._errors[key] = error
        form.addRow(label, box)
        return widget

    def _build(self) -> None:
        contact = QGroupBox(self.tr("Contact"))
        cf = QFormLayout(contact)
        self.name = self._field(cf, self.tr("&Name *"), QLineEdit(), "name")
        self.company = self._field(cf, self.tr("&Company"), QLineEdit())
        self.role = self._field(cf, self.tr("&Role"), QLineEdit())
        self.decides = self._field(cf, "", QCheckBox(self.tr("This person makes the &decision")))
        self.dm_name = self._field(cf, self.tr("Decision-maker"), QLineEdit())
        self.dm_contact = self._field(cf, self.tr("Their contact"), QLineEdit())
        self.emails = self._field(cf, self.tr("&E-mails"), QLineEdit(), "emails")
        self.phones = self._field(cf, self.tr("&Phones"), QLineEdit(), "phones")
        self.address = self._field(cf, self.tr("Address"), QLineEdit())
        # City and country share a row, so that the dialog fits a laptop's 768 pixels.
        self.city, self.country = QLineEdit(), QLineEdit()
        place_row = QWidget()
        pr = QHBoxLayout(place_row)
        pr.setContentsMargins(0, 0, 0, 0)
        country_label = QLabel(self.tr("Country"))
        country_label.setBuddy(self.country)
        pr.addWidget(self.city, 3)
        pr.addWidget(country_label)
        pr.addWidget(self.country, 2)
        place_row.setFocusProxy(self.city)
        self._field(cf, self.tr("City"), place_row)
        self.website = self._field(cf, self.tr("Website"), QLineEdit(), "website")
        self.decides.setChecked(True)
        self.decides.toggled.connect(self._decides_toggled)
        self._decides_toggled(True)
        for key, edit in (("company", self.company), ("emails", self.emails), ("website", self.website)):
            frame = 24  # the style's frame and inner padding on both sides, and room for the cursor
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(TYPICAL_CONTENT[key]) + frame)
        self.emails.setPlaceholderText(self.tr("several: separate with commas"))
        self.phones.setPlaceholderText(self.tr("+46 70 123 45 67, …"))
        self.dm_name.setPlaceholderText(self.tr("who decides, if not this person"))

        sales = QGroupBox(self.tr("Sales"))
        sf = QFormLayout(sales)
        self.source = self._field(sf, self.tr("&Source"), EnumCombo(list(Source), texts.source_name))
        self.stage = self._field(sf, self.tr("S&tage"), EnumCombo(list(Stage), texts.stage_name))
        value_row = QWidget()
        vr = QHBoxLayout(value_row)
        vr.setContentsMargins(0, 0, 0, 0)
        self.value = QLineEdit()
        self.value.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.value.setPlaceholderText(self.tr("estimated"))
        self.currency = QComboBox()
        self.currency.setAccessibleName(self.tr("Currency"))
        self.currency.setEditable(True)
        self.currency.addItems(COMMON_CURRENCIES)
        self._set_currency(self._default_currency())
        self.currency.setMinimumContentsLength(3)
        self.currency.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        vr.addWidget(self.value, 1)
        vr.addWidget(self.currency)
        self._field(sf, self.tr("&Value"), value_row, "value")
        self.channel = self._field(
            sf, self.tr("Preferred c&hannel"), EnumCombo(list(Channel), texts.channel_name, self.tr("No preference"))
        )
        interval_row = QWidget()
        ir = QHBoxLayout(interval_row)
        ir.setContentsMargins(0, 0, 0, 0)
        self.interval_count = QSpinBox()
        self.interval_count.setRange(0, 999)
        self.interval_count.setSpecialValueText(self.tr("none"))
        self.interval_unit = EnumCombo(list(IntervalUnit), texts.interval_unit_name)
        self.interval_unit.setAccessibleName(self.tr("Unit of the interval"))
        self.interval_unit.set_value(IntervalUnit.WEEKS)
        ir.addWidget(self.interval_count)
        ir.addWidget(self.interval_unit, 1)
        self._field(sf, self.tr("Pre&ferred interval"), interval_row, "interval")
        self.best_time = self._field(sf, self.tr("&Best time to reach"), QLineEdit())
        self.best_time.setPlaceholderText(self.tr("e.g. Wed/Thu 13:00–16:00"))
        self.tags = self._field(sf, self.tr("T&ags"), QLineEdit())
        self.tags.setPlaceholderText(self.tr("comma-separated"))
        completer = QCompleter(self._book.tags(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)
        self.dnc = self._field(sf, "", QCheckBox(self.tr("D&o not contact")))
        for edit in (self.emails, self.phones, self.dm_name, self.value, self.best_time, self.tags):
            fit_placeholder(edit)

        notes = QGroupBox(self.tr("Notes"))
        nl = QGridLayout(notes)
        self.rapport = QPlainTextEdit()
        self.rapport.setPlaceholderText(self.tr("Personal things to remember: family, hobbies, their team…"))
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("What was said, what they need"))
        for widget in (self.rapport, self.notes):
            widget.setTabChangesFocus(True)
            widget.setMinimumHeight(70)
        for column, (text, editor) in enumerate(
            ((self.tr("Rapport notes"), self.rapport), (self.tr("Notes"), self.notes))
        ):
            label = QLabel(text)
            label.setBuddy(editor)  # the label names its editor for screen readers
            nl.addWidget(label, 0, column)
        nl.addWidget(self.rapport, 1, 0)
        nl.addWidget(self.notes, 1, 1)

        self.stamps = QLabel()
        set_role(self.stamps, "hint")
        set_type(self.stamps, "caption")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)

        body = QWidget()  # scrolls when the screen is small for it (a large scale), the buttons stay
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(contact, 0, 0)
        grid.addWidget(sales, 0, 1)
        grid.addWidget(notes, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.stamps, 1)
        bottom.addWidget(buttons)
        outer = QVBoxLayout(self)
        outer.addWidget(FitScrollArea(body), 1)
        outer.addLayout(bottom)

        for key, line in (("name", self.name), ("emails", self.emails), ("phones", self.phones),
                            ("value", self.value), ("website", self.website)):  # fmt: skip
            line.textEdited.connect(lambda _text, key=key: self._clear_error(key))
            line.editingFinished.connect(self._check_quietly)
        self.interval_count.valueChanged.connect(lambda _v: self._clear_error("interval"))

    def _set_currency(self, code: str) -> None:
        """Show ``code`` as the chosen item (added when uncommon), so the list opens on it."""
        found = self.currency.findText(code, Qt.MatchFlag.MatchFixedString)
        if found < 0:
            self.currency.addItem(code)
            found = self.currency.count() - 1
        self.currency.setCurrentIndex(found)

    @staticmethod
    def _default_currency() -> str:
        code = QLocale().currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
        return code or "EUR"

    def _decides_toggled(self, decides: bool) -> None:
        self.dm_name.setEnabled(not decides)
        self.dm_contact.setEnabled(not decides)

    # --- data in and out --------------------------------------------------------------

    def _load(self, lead: Lead) -> None:
        self.name.setText(lead.name)
        self.company.setText(lead.company)
        self.role.setText(lead.role)
        self.decides.setChecked(lead.is_decision_maker)
        self.dm_name.setText(lead.decision_maker_name)
        self.dm_contact.setText(lead.decision_maker_contact)
        self.emails.setText(", ".join(lead.emails))
        self.phones.setText(", ".join(lead.phones))
        self.address.setText(lead.address)
        self.city.setText(lead.city)
        self.country.setText(lead.country)
        self.website.setText(lead.website)
        self.source.set_value(lead.source)
        self.stage.set_value(lead.stage)
        if lead.value is not None:
            decimals = 0 if float(lead.value).is_integer() else 2
            self.value.setText(QLocale().toString(float(lead.value), "f", decimals))
        if lead.currency:
            self._set_currency(lead.currency)
        self.channel.set_value(lead.preferred_channel)
        self.interval_count.setValue(lead.interval_count or 0)
        if lead.interval_unit:
            self.interval_unit.set_value(lead.interval_unit)
        self.best_time.setText(lead.best_time)
        self.tags.setText(", ".join(lead.tags))
        self.dnc.setChecked(lead.do_not_contact)
        self.rapport.setPlainText(lead.rapport)
        self.notes.setPlainText(lead.notes)
        zone = self._book.clock.zone
        created, changed = local_datetime(lead.created_at, zone), local_datetime(lead.updated_at, zone)
        self.stamps.setText(self.tr("Created %1 · changed %2")
                            .replace("%1", short_date(created) if created else "")
                            .replace("%2", short_date(changed) if changed else ""))  # fmt: skip

    def _parse_value(self) -> float | None:
        text = self.value.text().strip()
        if not text:
            return None
        number, ok = QLocale().toDouble(text)
        return number if ok else parse_amount(text)

    def collect(self) -> tuple[Lead, list[FieldProblem]]:
        """The lead as typed, and what is wrong with it (empty when it may be saved)."""
        problems: list[FieldProblem] = []
        try:
            value = self._parse_value()
        except ValueError:
            value = None
            problems.append(FieldProblem("value", Problem.VALUE_NOT_A_NUMBER, self.value.text()))
        count = self.interval_count.value()
        base = self._original or Lead(name="")
        lead = base.with_changes(
            name=self.name.text().strip(),
            company=self.company.text().strip(),
            role=self.role.text().strip(),
            is_decision_maker=self.decides.isChecked(),
            decision_maker_name="" if self.decides.isChecked() else self.dm_name.text().strip(),
            decision_maker_contact="" if self.decides.isChecked() else self.dm_contact.text().strip(),
            emails=split_list(self.emails.text()),
            phones=split_list(self.phones.text()),
            address=self.address.text().strip(),
            city=self.city.text().strip(),
            country=self.country.text().strip(),
            website=self.website.text().strip(),
            source=self.source.value() or Source.OTHER,
            stage=self.stage.value() or Stage.NEW,
            value=value,
            currency=self.currency.currentText().strip().upper() if value is not None else "",
            preferred_channel=self.channel.value(),
            interval_count=count or None,
            interval_unit=self.interval_unit.value() if count else None,
            best_time=self.best_time.text().strip(),
            tags=split_list(self.tags.text()),
            do_not_contact=self.dnc.isChecked(),
            rapport=self.rapport.toPlainText().strip(),
            notes=self.notes.toPlainText().strip(),
        )
        problems.extend(lead_problems(lead))
        return lead, problems

    # --- errors -----------------------------------------------------------------------

    def _clear_error(self, key: str) -> None:
        if key in self._errors:
            self._errors[key].hide()

    def _show_problems(self, problems: Sequence[FieldProblem], *, only_filled: bool = False) -> None:
        for key, label in self._errors.items():
            mine = [p for p in problems if p.field == key or (key == "value" and p.field == "currency")]
            if only_filled and key == "name":
                mine = []
            label.setVisible(bool(mine))
            label.setText(texts.problem_text(mine[0]) if mine else "")

    def _check_quietly(self) -> None:
        """On leaving a field, point out what is wrong so far (but not the empty name yet)."""
        _lead, problems = self.collect()
        self._show_problems(problems, only_filled=True)

    def problem_fields(self) -> list[str]:
        """Which fields show an error right now (for tests and accessibility)."""
        return [key for key, label in self._errors.items() if not label.isHidden()]

    def accept(self) -> None:
        lead, problems = self.collect()
        self._show_problems(problems)
        if problems:
            focus = {"name": self.name, "emails": self.emails, "phones": self.phones, "value": self.value,
                     "currency": self.value, "website": self.website, "interval": self.interval_count}  # fmt: skip
            focus.get(problems[0].field, self.name).setFocus()
            return
        try:
            self.saved_lead = self._book.update_lead(lead) if lead.id is not None else self._book.add_lead(lead)
        except InvalidLead as invalid:
            self._show_problems(invalid.problems)
            return
        except BookError as error:
            if not hand_on_damage(error):
                QMessageBox.warning(self, self.tr("Not saved"), texts.book_error_text(error))
            return
        super().accept()
