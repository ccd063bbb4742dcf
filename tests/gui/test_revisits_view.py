"""Saying no, the revisit queue and the nurture list through real widgets on a real book."""

from __future__ import annotations

import csv
from datetime import timedelta
from pathlib import Path

from leadbook.book import LeadBook
from leadbook.core.clock import FakeClock
from leadbook.core.model import Lead, Stage
from leadbook.core.revisits import NoReason
from leadbook.gui.revisits.nurture import NurtureView
from leadbook.gui.revisits.say_no_dialog import SayNoDialog
from leadbook.gui.revisits.view import RevisitsView


def _lead(book: LeadBook, name: str, stage: Stage = Stage.QUALIFIED) -> int:
    return int(book.add_lead(Lead(name=name, company="Firm", stage=stage, value=500, currency="EUR")).id or 0)


def test_say_no_dialog_defaults_per_reason_and_never(qtbot, book: LeadBook) -> None:
    lead_id = _lead(book, "Anna")
    dialog = SayNoDialog(book, lead_id)
    qtbot.addWidget(dialog)
    assert dialog.chosen_date() == book.default_revisit_on(NoReason.TIMING)
    dialog.reason.set_value(NoReason.BUDGET)
    assert dialog.chosen_date() == book.default_revisit_on(NoReason.BUDGET)
    dialog.note.setText("No money till Q1")
    dialog.accept()
    assert book.lead(lead_id).stage == Stage.NO
    (row,) = book.upcoming_revisits()
    assert row.reason == NoReason.BUDGET and row.note == "No money till Q1"

    other = _lead(book, "Bert")
    dialog = SayNoDialog(book, other)
    qtbot.addWidget(dialog)
    dialog.never.setChecked(True)
    assert not dialog.revisit_on.isEnabled() and dialog.chosen_date() is None
    dialog.accept()
    assert book.lead(other).do_not_contact


def test_revisit_view_flows(qtbot, book: LeadBook, clock: FakeClock) -> None:
    a, b, c, d = (_lead(book, n) for n in ("Alva", "Bo", "Cai", "Dag"))
    today = book.local_today()
    for lead_id, days in ((a, 1), (b, 2), (c, 3), (d, 4)):
        book.say_no(lead_id, NoReason.TIMING, "later", today + timedelta(days=days))
    clock.advance(days=10)
    view = RevisitsView(book)
    qtbot.addWidget(view)
    view.show()  # a hidden view reads the book when it is shown
    assert view.current_lead_id() == a  # oldest first
    assert "Is this still the person responsible for buying?" in view.context.toPlainText()
    assert "later" in view.context.toPlainText()
    assert view.reopen()
    assert book.lead(a).stage == Stage.QUALIFIED
    assert "1 revisit brought a lead back" in view.results.text()
    view.select_lead(b)
    assert view.still_not_now()
    assert b not in [r.lead_id for r in book.revisits()]
    view.select_lead(c)
    assert view.new_contact("Cecilia Nord")
    assert book.lead(c).name == "Cecilia Nord" and book.lead(c).stage == Stage.NEW
    view.select_lead(d)
    assert view.do_not_contact(confirmed=True)
    view.refresh()
    assert d not in [view.tree.topLevelItem(n).data(0, 256) for n in range(view.tree.topLevelItemCount())]
    assert book.revisits() == [] and [r.lead_id for r in book.upcoming_revisits()] == [b]


def test_nurture_view_lists_and_exports_without_do_not_contact(qtbot, book: LeadBook, tmp_path: Path) -> None:
    keep = _lead(book, "Nina", Stage.NURTURE)
    gone = _lead(book, "Olle", Stage.NURTURE)
    book.do_not_contact(gone)
    view = NurtureView(book)
    qtbot.addWidget(view)
    view.show()
    assert view.tree.topLevelItemCount() == 1 and view.tree.topLevelItem(0).text(0) == "Nina"
    assert view.export_csv(tmp_path / "n.csv") == 1
    rows = list(csv.reader((tmp_path / "n.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert [r[0] for r in rows[1:]] == ["Nina"]
    assert keep
