"""The daily call sheet: what goes on it, in which order, and how it lands on paper.

The PDFs are real files read back with poppler's ``pdftotext`` (page by page where it
matters), the dialog is the real widget around a real book. The clock stands on Monday
2026-11-23 09:30 in Stockholm; Qt's locale is en_US (Letter paper, 1:00 PM).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from _widgets import wait_exposed
from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter

from leadbook.book import LeadBook
from leadbook.core.clock import FakeClock
from leadbook.core.followups import Due, FollowUp, Objective, Outcome
from leadbook.core.model import Channel, Lead, Source, Stage
from leadbook.gui.callsheet.dialog import CallSheetDialog
from leadbook.interop.callsheet import SectionKind, SheetLayout, build_callsheet
from leadbook.interop.callsheet_render import page_size_for, pdf_bytes, write_pdf

# pdftotext (Debian's poppler-utils, installed by .ci/run) reads the PDFs back; without it
# these tests fail loudly rather than skip quietly.
assert shutil.which("pdftotext"), "install poppler-utils: the call-sheet tests read PDFs with pdftotext"

DAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 30)
SMITH = "<b>Smith & Co</b>"
# Print order: overdue, today's timed ones by time, today's untimed ones, first responses.
ORDER = ["Anna Svensson", "Emil Email", "Cara Holm", SMITH, "Emil Email", "Dora Letter", "Wendy Web", "Pete Phone"]
DETAILED = SheetLayout.DETAILED


def pdf_text(path: Path, page: int | None = None) -> str:
    """What a reader copies out of the PDF, laid out as printed; narrow spaces made plain."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    out = subprocess.run(["pdftotext", "-layout", *pages, str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout.replace("\u202f", " ").replace("\u00a0", " ")


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def positions(text: str, names: list[str]) -> list[int]:
    """Where each name occurs, in turn: a name listed twice must occur twice, in order."""
    found, start = [], 0
    for name in names:
        at = text.index(name, start)
        found.append(at)
        start = at + len(name)
    return found


@pytest.fixture
def sheet_book(book: LeadBook, clock: FakeClock) -> LeadBook:
    """Eight rows for Monday: one overdue, four timed and two untimed today (an e-mail and a
    letter among them), two first responses; a touch logged last Thursday; tomorrow's call."""
    leads = [
        Lead(name="Anna Svensson", company="Åkerlund Trädgård AB", role="Owner", phones=("+46 70-123 45 67",),
             rapport="Packers fan\nTwo kids in hockey", best_time="Wed/Thu after lunch", stage=Stage.CONTACTED),
        Lead(name=SMITH, company="<i>Acme</i> & Sons", role="Buyer", is_decision_maker=False,
             decision_maker_name="Erik Berg", phones=("+1 555 0100",), stage=Stage.QUALIFIED),
        Lead(name="Cara Holm", company="Holm Consulting", phones=("+46 8 123 456", "+46 70 999 88 77"),
             stage=Stage.PROPOSAL),
        Lead(name="Dora Letter", company="Post AB", address="Storgatan 1", city="Uppsala", stage=Stage.CONTACTED),
        Lead(name="Emil Email", company="Mail GmbH", emails=("emil@mail.de",), phones=("+49 30 1234567",),
             stage=Stage.CONTACTED),
    ]  # fmt: skip
    anna, smith, cara, dora, emil = sorted(book.add_leads(leads).added)
    clock.set(datetime(2026, 11, 19, 15, 5))
    touch = book.plan_followup(FollowUp(anna, Due(date(2026, 11, 19), time(15, 0)))).id
    book.complete_followup(touch, Outcome.NO_ANSWER, "Line busy\nTry her mobile next time",
                           next_step=FollowUp(0, Due(DAY - timedelta(days=1), time(14, 0)), Channel.CALL,
                                              Objective.MEETING))  # fmt: skip
    clock.set(NOW)
    book.plan_followup(FollowUp(smith, Due(DAY, time(13, 0)), Channel.CALL, Objective.PROPOSAL,
                                objective_note="the <quote> & terms"))  # fmt: skip
    book.plan_followup(FollowUp(emil, Due(DAY), Channel.EMAIL, Objective.REPLY))
    book.plan_followup(FollowUp(cara, Due(DAY, time(10, 15)), Channel.CALL, Objective.REPLY))
    book.plan_followup(FollowUp(dora, Due(DAY), Channel.LETTER, Objective.OTHER))
    book.plan_followup(FollowUp(emil, Due(DAY, time(8, 30)), Channel.MEETING, Objective.SIGNATURE))
    book.plan_followup(FollowUp(cara, Due(DAY + timedelta(days=1), time(9, 0))))  # tomorrow: not on the sheet
    book.add_lead(
        Lead(
            name="Wendy Web",
            company="Web AB",
            source=Source.WEB,
            phones=("+46 31 555 12",),
            emails=("wendy@web.example",),
        )
    )  # 10:30: a web inquiry is answered by e-mail
    book.add_lead(Lead(name="Pete Phone", company="Phone AB", source=Source.PHONE, phones=("+46 40 777 66",)))  # 13:30
    return book


def write(book: LeadBook, tmp_path: Path, name: str = "sheet.pdf", **options) -> Path:
    path = tmp_path / name
    write_pdf(build_callsheet(book, **options), path)
    return path


# --- what goes on the sheet -------------------------------------------------------------------


def test_sections_and_rows_in_print_order(qapp, sheet_book: LeadBook, tmp_path: Path):
    sheet = build_callsheet(sheet_book, DAY)
    assert [s.kind for s in sheet.sections] == [SectionKind.OVERDUE, SectionKind.TODAY, SectionKind.FIRST_RESPONSES]
    assert [r.name for r in sheet.rows] == ORDER
    assert [r.when.replace("\u202f", " ") for r in sheet.sections[1].rows] == [
        "8:30 AM", "10:15 AM", "1:00 PM", "Any time", "Any time"]  # fmt: skip
    assert sheet.summary == "8 to do: 1 overdue, 5 today, and 2 first responses"

    text = pdf_text(write(sheet_book, tmp_path))
    titles = positions(text, ["Overdue", "Today's calls and meetings", "First responses due"])
    rows = positions(text, ORDER)
    assert titles[0] < rows[0] < titles[1] < rows[1] and rows[5] < titles[2] < rows[6]
    assert rows == sorted(rows)
    assert "Call sheet" in text and "Monday, November 23, 2026" in text
    assert "8 to do: 1 overdue, 5 today, and 2 first responses" in text


def test_each_row_says_what_the_caller_needs(qapp, sheet_book: LeadBook, tmp_path: Path):
    anna = build_callsheet(sheet_book, DAY).rows[0]
    assert anna.when == "11/22/26" and anna.when_detail.replace("\u202f", " ") == "2:00 PM" and anna.late
    assert anna.phone == "+46 70-123 45 67"
    assert anna.channel_text == "Call · attempt 2"  # one unanswered try before this one
    assert dict(anna.details) == {
        "Goal": "Book a meeting",
        "Role": "Owner · decides",
        "Last touch": "11/19/26 · No answer · Line busy",  # only the first line of the note
        "Rapport": "Packers fan · Two kids in hockey",
        "Best time": "Wed/Thu after lunch",
    }
    smith = build_callsheet(sheet_book, DAY).rows[3]
    assert smith.role == "Buyer · does not decide; decision-maker: Erik Berg"
    text = pdf_text(write(sheet_book, tmp_path, layout=DETAILED))
    anna_line = next(line for line in text.splitlines() if "Anna Svensson" in line)
    assert "11/22/26" in anna_line and "+46 70-123 45 67" in anna_line  # time, name and phone on one line
    for words in ("Call · attempt 2", "Owner · decides", "11/19/26 · No answer · Line busy", "Wed/Thu after lunch",
                  "Buyer · does not decide", "Erik Berg", "also +46 70 999 88 77", "emil@mail.de",
                  "Storgatan 1, Uppsala", "by 10:30 AM", "by 1:30 PM", "Notes"):  # fmt: skip
        assert words in text, words
    assert "Try her mobile" not in text
    assert "Cara Holm" not in text.split("First responses due")[1]  # tomorrow's call stays off


def test_a_compact_row_says_it_on_one_row(qapp, sheet_book: LeadBook, tmp_path: Path):
    """The default: time, name · company, phone and goal on one line; the cue (rapport, then the
    last touch) under the name."""
    sheet = build_callsheet(sheet_book, DAY)
    assert sheet.layout == SheetLayout.COMPACT
    anna = sheet.rows[0]
    assert anna.goal == "Call · Book a meeting"
    assert anna.cue == "Packers fan · Two kids in hockey · last touch 11/19/26 · No answer · Line busy"
    lines = pdf_text(write(sheet_book, tmp_path)).splitlines()
    first = next(n for n, line in enumerate(lines) if "Anna Svensson" in line)
    for words in ("11/22/26", "Åkerlund Trädgård AB", "+46 70-123 45 67", "Call · Book a meeting"):
        assert words in lines[first], words
    assert "Packers fan" in lines[first + 1] and "2:00 PM" in lines[first + 1]
    assert "Role" not in "\n".join(lines) and "Notes" not in "\n".join(lines)  # the detailed layout's labels


def test_the_label_column_grows_for_long_words(qapp, sheet_book: LeadBook, tmp_path: Path):
    """German and Swedish labels ("Letzter Kontakt") print whole; a label past the cap is shortened
    rather than pushing the values off the row."""
    sheet = build_callsheet(sheet_book, DAY)
    relabel = {"Last touch": "Letzter Kontakt", "Best time": "Am besten erreichbar vormittags zwischen acht"}
    sections = tuple(replace(section, rows=tuple(
        replace(row, details=tuple((relabel.get(label, label), text) for label, text in row.details))
        for row in section.rows)) for section in sheet.sections)  # fmt: skip
    path = tmp_path / "long.pdf"
    write_pdf(replace(sheet, sections=sections, layout=DETAILED), path)
    text = pdf_text(path)
    anna = text[text.index("Anna Svensson") :]
    last_touch = next(line for line in anna.splitlines() if "Letzter Kontakt" in line)
    assert "11/19/26 · No answer · Line busy" in last_touch  # label and value on one line, both whole
    best_time = next(line for line in anna.splitlines() if "Wed/Thu after lunch" in line)
    assert "Am besten" in best_time and "zwischen acht" not in best_time  # capped and elided


@pytest.mark.parametrize("layout", list(SheetLayout))
def test_lead_texts_are_printed_as_typed(qapp, sheet_book: LeadBook, tmp_path: Path, layout):
    text = pdf_text(write(sheet_book, tmp_path, layout=layout))
    assert "<b>Smith & Co</b>" in text
    assert ("<i>Acme</i> & Sons" if layout == DETAILED else "<i>Acme</i>") in text  # a compact row cuts it short
    assert ("Send a proposal: the <quote> & terms" if layout == DETAILED else "Send a proposal: the <quote>") in text
    assert "&amp;" not in text and "&lt;" not in text


def test_emails_and_letters_can_be_left_out(qapp, sheet_book: LeadBook, tmp_path: Path):
    sheet = build_callsheet(sheet_book, DAY, include_written=False)
    assert [r.name for r in sheet.rows] == ["Anna Svensson", "Emil Email", "Cara Holm", SMITH, "Pete Phone"]
    assert {r.channel for r in sheet.rows}.isdisjoint({Channel.EMAIL, Channel.LETTER})
    assert sheet.left_out == "3 e-mails and letters left out"  # Emil's e-mail, Dora's letter, Wendy's answer
    text = pdf_text(write(sheet_book, tmp_path, include_written=False))
    assert "Dora Letter" not in text and "Wendy Web" not in text and "emil@mail.de" not in text
    assert "Emil Email" in text  # his meeting stays
    assert "3 e-mails and letters left out" in text


def test_an_empty_day_says_so_kindly(qapp, book: LeadBook, tmp_path: Path):
    sheet = build_callsheet(book, DAY)
    assert sheet.empty and sheet.summary == "Nothing due."
    path = write(book, tmp_path)
    assert pdf_pages(path) == 1
    text = " ".join(pdf_text(path).split())
    assert "Nothing due — a clear day" in text
    assert "No calls, meetings, e-mails or first responses are due on this day." in text
    assert "Page 1 of 1" in text


def test_an_empty_day_without_emails_mentions_what_was_left_out(qapp, book: LeadBook, tmp_path: Path):
    lead = book.add_leads([Lead(name="Only Mail", emails=("o@m.se",))])
    book.plan_followup(FollowUp(min(lead.added), Due(DAY), Channel.EMAIL))
    text = " ".join(pdf_text(write(book, tmp_path, include_written=False)).split())
    assert "Nothing due" in text and "1 e-mail or letter left out" in text and "Only Mail" not in text


def test_another_day(qapp, sheet_book: LeadBook):
    tuesday = build_callsheet(sheet_book, DAY + timedelta(days=1))
    assert tuesday.date_text == "Tuesday, November 24, 2026"
    by_kind = {s.kind: [r.name for r in s.rows] for s in tuesday.sections}
    # Sunday's call and Monday's five follow-ups, if they are not done by then.
    assert by_kind[SectionKind.OVERDUE] == ["Anna Svensson", "Emil Email", "Cara Holm", SMITH, "Emil Email",
                                            "Dora Letter"]  # fmt: skip
    assert by_kind[SectionKind.TODAY] == ["Cara Holm"]
    assert by_kind[SectionKind.FIRST_RESPONSES] == ["Wendy Web", "Pete Phone"]


def _revisits(book: LeadBook, clock: FakeClock) -> tuple[int, int]:
    """Two no's come back: Bob said no in August for budget (due last Wednesday), Greta said
    no for a supplier (due today); Hugo's no comes back next week, and Ida is do-not-contact."""
    from leadbook.core.revisits import NoReason

    added = sorted(book.add_leads([
        Lead(name="Bob Carter", company="Carter Pools", role="Owner", phones=("+1 555 0199",), value=12000,
             currency="USD", rapport="Packers fan", stage=Stage.QUALIFIED),
        Lead(name="Greta <Grön>", company="Grön & Co", role="Buyer", phones=("+46 8 555 12",),
             emails=("greta@gron.se",), stage=Stage.PROPOSAL),
        Lead(name="Hugo Later", stage=Stage.QUALIFIED),
        Lead(name="Ida Never", phones=("+46 8 1",), stage=Stage.QUALIFIED),
    ]).added)  # fmt: skip
    bob, greta, hugo, ida = added
    clock.set(datetime(2026, 8, 20, 11, 0))
    book.add_note(bob, "Call when the new budget is set")
    book.say_no(bob, NoReason.BUDGET, "Budget frozen until Q4", DAY - timedelta(days=5))
    book.say_no(greta, NoReason.SUPPLIER, "", DAY)
    book.say_no(hugo, NoReason.TIMING, "", DAY + timedelta(days=7))
    book.say_no(ida, NoReason.NOT_INTERESTED, "", None)
    clock.set(NOW)
    return bob, greta


def test_revisits_due_have_their_own_section_with_the_questions_to_ask(qapp, sheet_book: LeadBook,
                                                                      clock: FakeClock, tmp_path: Path):  # fmt: skip
    bob, _greta = _revisits(sheet_book, clock)
    sheet = build_callsheet(sheet_book, DAY)
    assert [s.kind for s in sheet.sections][-1] == SectionKind.REVISITS
    revisits = sheet.sections[-1]
    assert revisits.title == "Revisits due" and [r.name for r in revisits.rows] == ["Bob Carter", "Greta <Grön>"]
    row = revisits.rows[0]
    assert (row.lead_id, row.revisit_id, row.followup_id) == (bob, sheet_book.revisit_of(bob)["id"], 0)
    assert (row.when, row.late, row.phone, row.company) == ("11/18/26", True, "+1 555 0199", "Carter Pools")
    assert row.channel_text == "Revisit · Budget"
    details = row.details
    assert details[:5] == (
        ("Said no", "8/20/26 · Budget · Budget frozen until Q4"),
        ("Said by", "Bob Carter (Owner)"),
        ("Ask", "Is this still the person responsible for buying?"),
        ("", "How are things going with what you chose instead?"),
        ("", "What made you decide against it last time?"),
    )
    assert ("Last note", "Call when the new budget is set") in details and ("Rapport", "Packers fan") in details
    assert ("Value", "12,000 USD") in details
    assert revisits.rows[1].when == "Any time" and not revisits.rows[1].late
    assert sheet.summary.endswith((", and 2 revisits", ", and 2 revisit(s)"))  # (until leadbook_en.ts has it)

    compact = " ".join(pdf_text(write(sheet_book, tmp_path, "compact.pdf")).split())
    assert (
        "Ask: Is this still the person responsible for buying? · How are things going with what you chose "
        "instead? · What made you decide against it last time?"
    ) in compact  # once, under the title
    assert "Revisit · Budget" in compact and "Said no: 8/20/26 · Budget · Budget frozen until" in compact

    path = write(sheet_book, tmp_path, layout=DETAILED)
    text = pdf_text(path)
    titles = positions(text, ["Overdue", "Today's calls and meetings", "First responses due", "Revisits due"])
    names = positions(text, [*ORDER, "Bob Carter", "Greta <Grön>"])
    assert titles == sorted(titles) and names == sorted(names) and titles[3] < names[-2]
    section = " ".join(text[titles[3] :].split())  # wrapped lines joined
    for words in ("Bob Carter", "Carter Pools", "+1 555 0199", "Revisit · Budget", "Budget frozen until",
                  "Bob Carter (Owner)", "Is this still the person responsible for buying?",
                  "How are things going with what you chose instead?", "What made you decide against it last time?",
                  "Greta <Grön>", "Grön & Co", "+46 8 555 12", "Has a supplier"):  # fmt: skip
        assert words in section, words
    assert "Hugo Later" not in text and "Ida Never" not in text  # not due yet; do not contact


def test_revisits_stay_when_emails_are_left_out_and_use_the_own_questions(qapp, sheet_book: LeadBook,
                                                                         clock: FakeClock, tmp_path: Path):  # fmt: skip
    from dataclasses import replace

    _revisits(sheet_book, clock)
    sheet_book.save_settings(replace(sheet_book.settings(), revisit_questions=["Who decides now?"]))
    sheet = build_callsheet(sheet_book, DAY, include_written=False)
    assert [r.name for r in sheet.sections[-1].rows] == ["Bob Carter", "Greta <Grön>"]
    assert ("Ask", "Who decides now?") in sheet.sections[-1].rows[0].details
    assert sheet.left_out == "3 e-mails and letters left out"
    text = pdf_text(write(sheet_book, tmp_path, include_written=False))
    assert "Who decides now?" in text and "Is this still the person" not in text


def test_a_day_with_only_revisits_is_not_empty(qapp, book: LeadBook, clock: FakeClock, tmp_path: Path):
    _revisits(book, clock)
    sheet = build_callsheet(book, DAY)
    assert not sheet.empty and [s.kind for s in sheet.sections] == [SectionKind.REVISITS]
    assert sheet.summary.startswith("2 to do: 2 revisit")
    assert "Nothing due" not in pdf_text(write(book, tmp_path))


# --- pages ------------------------------------------------------------------------------------


@pytest.fixture
def busy_book(book: LeadBook) -> LeadBook:
    """Forty calls today, each with a long rapport note, and two first responses: many pages."""
    leads = [
        Lead(name=f"Lead {n:02d}", company=f"Company {n:02d}", role="Manager", phones=(f"+46 70 000 {n:02d} {n:02d}",),
             rapport=f"Rapport {n:02d}: " + "likes long walks by the sea and talks about football " * 3,
             best_time=f"Best {n:02d}", stage=Stage.CONTACTED)
        for n in range(40)
    ]  # fmt: skip
    ids = sorted(book.add_leads(leads).added)
    with book.batch():
        for n, lead_id in enumerate(ids):
            at = time(8 + n // 6, (n % 6) * 10) if n % 5 else None
            book.plan_followup(FollowUp(lead_id, Due(DAY, at), Channel.CALL, Objective.REPLY))
    book.add_lead(Lead(name="Pia First", source=Source.PHONE, phones=("+46 11 222 33",)))
    book.add_lead(Lead(name="Per First", source=Source.AD, phones=("+46 11 444 55",)))
    return book


def test_page_breaks_never_cut_a_row(qapp, busy_book: LeadBook, tmp_path: Path):
    sheet = build_callsheet(busy_book, DAY, layout=DETAILED)
    path = tmp_path / "busy.pdf"
    pages = write_pdf(sheet, path)
    assert pages == pdf_pages(path) > 3
    seen: list[str] = []
    for page in range(1, pages + 1):
        text = pdf_text(path, page)
        for row in sheet.rows:
            if row.name in text:
                seen.append(row.name)
                number = re.search(r"\d\d", row.name).group(0) if row.name.startswith("Lead") else ""
                assert row.phone in text, (page, row.name)
                if number:
                    assert f"Rapport {number}" in text and f"Best {number}" in text, (page, row.name)
        if "First responses due" in text:  # a section title never stands alone at the foot of a page
            assert "Pia First" in text.split("First responses due", 1)[1]
    assert seen == [row.name for row in sheet.rows]  # every row once, in order
    assert "Today's calls and meetings (continued)" in pdf_text(path, 2)


@pytest.mark.parametrize("layout", list(SheetLayout))
def test_footer_has_the_date_and_page_numbers(qapp, busy_book: LeadBook, tmp_path: Path, layout):
    path = tmp_path / "busy.pdf"
    pages = write_pdf(build_callsheet(busy_book, DAY, layout=layout), path)
    assert pages >= 2
    for page in range(1, pages + 1):
        last = [line for line in pdf_text(path, page).splitlines() if line.strip()][-1]
        assert re.fullmatch(rf"\s*Call sheet · Monday, November 23, 2026\s+Page {page} of {pages}\s*", last), last


def test_paper_follows_the_locale(qapp, book: LeadBook, tmp_path: Path):
    assert page_size_for(QLocale("en_US")).id() == QPageSize.PageSizeId.Letter
    assert page_size_for(QLocale("en_CA")).id() == QPageSize.PageSizeId.Letter  # metric, but Letter paper
    assert page_size_for(QLocale("fr_CA")).id() == QPageSize.PageSizeId.Letter
    assert page_size_for(QLocale("sv_SE")).id() == QPageSize.PageSizeId.A4
    assert page_size_for(QLocale("de_DE")).id() == QPageSize.PageSizeId.A4
    assert page_size_for(QLocale("zh_CN")).id() == QPageSize.PageSizeId.A4
    assert page_size_for(QLocale("en_GB")).id() == QPageSize.PageSizeId.A4
    letter = write(book, tmp_path)
    assert "612 x 792 pts (letter)" in subprocess.run(["pdfinfo", str(letter)], capture_output=True, text=True).stdout
    a4 = tmp_path / "a4.pdf"
    write_pdf(build_callsheet(book, DAY, locale=QLocale("sv_SE")), a4)
    assert "(A4)" in subprocess.run(["pdfinfo", str(a4)], capture_output=True, text=True).stdout
    assert "måndag 23 november 2026" in pdf_text(a4)


def test_pdf_bytes_touch_no_file(qapp, sheet_book: LeadBook, tmp_path: Path):
    before = sorted(tmp_path.iterdir())
    data, pages = pdf_bytes(build_callsheet(sheet_book, DAY))
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF") and pages >= 1
    assert sorted(tmp_path.iterdir()) == before


# --- the dialog -------------------------------------------------------------------------------


def open_dialog(qtbot, book: LeadBook, **kwargs) -> CallSheetDialog:
    dialog = CallSheetDialog(book, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_exposed(qtbot, dialog)
    return dialog


def test_dialog_previews_today_and_follows_the_options(qtbot, sheet_book: LeadBook):
    dialog = open_dialog(qtbot, sheet_book)
    assert dialog.day == DAY and dialog.include_written
    assert dialog.preview.pageCount() == dialog.pages >= 1
    assert dialog.summary.text().startswith("8 to do: 1 overdue, 5 today, and 2 first responses · ")
    dialog.written_check.click()
    assert [r.name for r in dialog.sheet.rows] == ["Anna Svensson", "Emil Email", "Cara Holm", SMITH, "Pete Phone"]
    assert "3 e-mails and letters left out" in dialog.summary.text()
    dialog.date_edit.setDate(QDate(2026, 11, 30))
    assert dialog.sheet.day == date(2026, 11, 30) and dialog.sheet.date_text == "Monday, November 30, 2026"
    dialog.today_button.click()
    assert dialog.day == DAY
    assert dialog.print_button.isDefault()


def test_dialog_exports_a_pdf(qtbot, sheet_book: LeadBook, tmp_path: Path):
    asked: list[str] = []
    target = tmp_path / "monday"

    def ask(parent, suggested: str) -> str:
        asked.append(suggested)
        return str(target)

    dialog = open_dialog(qtbot, sheet_book, ask_pdf_path=ask)
    saved = dialog.export_pdf()
    assert saved == tmp_path / "monday.pdf"
    assert asked[0].endswith("Call sheet 2026-11-23.pdf")
    assert positions(pdf_text(saved), ORDER)
    assert dialog.summary.text().startswith("Saved monday.pdf (")


def test_dialog_says_when_the_pdf_cannot_be_written(qtbot, sheet_book: LeadBook, tmp_path: Path, monkeypatch):
    warnings: list[str] = []
    monkeypatch.setattr("leadbook.gui.callsheet.dialog.QMessageBox.warning",
                        lambda parent, title, text: warnings.append(text))  # fmt: skip
    dialog = open_dialog(qtbot, sheet_book, ask_pdf_path=lambda parent, suggested: str(tmp_path / "no" / "x.pdf"))
    assert dialog.export_pdf() is None
    assert "could not write" in warnings[0] and "Choose another folder" in warnings[0]


def test_dialog_prints_to_the_chosen_printer(qtbot, sheet_book: LeadBook, tmp_path: Path):
    out = tmp_path / "printed.pdf"

    def choose(printer: QPrinter, parent) -> bool:  # what the user picks in the print dialog
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    dialog = open_dialog(qtbot, sheet_book, choose_printer=choose)
    with qtbot.waitSignal(dialog.accepted):
        dialog.print_button.click()
    assert positions(pdf_text(out), ORDER)
    assert "Page 1 of" in pdf_text(out)


def test_cancelling_the_printer_choice_keeps_the_preview_open(qtbot, sheet_book: LeadBook):
    dialog = open_dialog(qtbot, sheet_book, choose_printer=lambda printer, parent: False)
    assert dialog.print_sheet() is False
    assert dialog.isVisible()


def test_dialog_chooses_the_layout_and_starts_compact(qtbot, sheet_book: LeadBook, tmp_path: Path):
    dialog = open_dialog(qtbot, sheet_book, ask_pdf_path=lambda parent, suggested: str(tmp_path / "sheet.pdf"))
    assert dialog.layout_kind == SheetLayout.COMPACT == dialog.sheet.layout
    compact_pages = dialog.pages
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData("detailed"))
    assert dialog.sheet.layout == DETAILED and dialog.pages > compact_pages  # the preview redrew
    assert "Notes" in pdf_text(dialog.export_pdf())


def test_dialog_fits_a_1366_by_768_screen_with_its_buttons_in_view(qtbot, sheet_book: LeadBook):
    from PySide6.QtCore import QSize

    from leadbook.gui.callsheet.dialog import fitted_size

    available = QSize(1366, 768 - 32)  # a desktop panel takes its share
    size = fitted_size(available)
    assert size.height() <= 700 and size.width() <= 1366
    assert fitted_size(QSize(1920, 1200)).height() > 700  # a big screen gets a bigger preview
    dialog = open_dialog(qtbot, sheet_book)
    assert dialog.sizeHint().height() <= 700 and dialog.minimumSizeHint().height() <= 700
    dialog.resize(size)
    qtbot.waitUntil(lambda: dialog.height() == size.height())
    for button in (dialog.print_button, dialog.export_button):
        corner = button.mapTo(dialog, button.rect().bottomRight())
        assert button.isVisible() and dialog.rect().contains(corner), button.text()
