"""The import dialog through the real stack: a real book file, worker threads, real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QProgressDialog

from leadbook.core.model import Lead
from leadbook.gui.files.export_dialog import export_followups, export_leads
from leadbook.gui.files.ics_mirror import IcsMirror
from leadbook.gui.files.import_dialog import ImportDialog, PlanModel, import_contacts, result_text, undo_last_import
from leadbook.interop.importing import Action, ImportResult, ItemKind
from leadbook.interop.records import Target

FIXTURES = Path(__file__).parents[1] / "fixtures" / "interop"


def open_dialog(qtbot, book, name: str | Path) -> ImportDialog:
    dialog = ImportDialog(book, FIXTURES / name if isinstance(name, str) else name)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.page != dialog.READING, timeout=10_000)
    return dialog


def finish(qtbot, dialog: ImportDialog):
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as signal:
        qtbot.keyClick(dialog.import_button, Qt.Key.Key_Return)
    return signal.args[0]


def test_a_known_export_goes_straight_to_the_preview_and_imports(qtbot, book):
    heard = []
    book.subscribe(heard.append)
    dialog = open_dialog(qtbot, book, "google_contacts.csv")
    assert dialog.page == dialog.PREVIEW
    assert dialog.format_label.text() == (
        "Read as Google Contacts CSV (UTF-8, comma-separated). Columns not used: Name Prefix and Address 1 - Formatted."
    )
    assert dialog.summary_label.text() == "google_contacts.csv: 3 new leads, 0 already in the book, 0 rows with errors."
    assert [dialog.tabs.tabText(i) for i in range(3)] == ["New (3)", "Duplicates (0)", "Errors (0)"]
    result = finish(qtbot, dialog)
    assert result.added == 3 and dialog.import_result is result
    assert book.count_leads() == 3  # the main book sees what the worker wrote
    assert [c.label for c in heard] == ["Import"]
    assert result_text(result) == "Import: 3 leads added."


def test_the_result_lists_its_parts_as_the_language_joins_a_list(monkeypatch):
    from leadbook.present import i18n

    result = ImportResult(added=2, updated=1, skipped=1)
    assert result_text(result) == "Import: 2 leads added, 1 updated, and 1 skipped."
    monkeypatch.setattr(i18n, "_spoken", QLocale("zh_CN"))  # as install_translators sets it for Chinese
    assert result_text(result) == "Import: 2 leads added、1 updated和1 skipped."  # 、 and 和, not ", "


def test_an_unknown_csv_asks_which_column_is_what_and_remembers(qtbot, book):
    dialog = open_dialog(qtbot, book, "excel_semicolon_cp1252.csv")
    assert dialog.page == dialog.MAPPING and dialog.next_button.isVisible()
    assert "Windows-1252, semicolon-separated" in dialog.mapping_intro.text()
    assert dialog.mapping()[:4] == (Target.FIRST_NAME, Target.LAST_NAME, Target.COMPANY, Target.EMAIL)
    first = dialog.mapping_preview.topLevelItem(0)
    assert [first.text(c) for c in range(4)] == ["2", "Åsa Öberg", "Öbergs Måleri AB", "asa@obergs.se"]
    dialog.set_mapping((Target.IGNORE,) * 7)  # nothing names anyone: Next is off and says why
    assert not dialog.next_button.isEnabled() and dialog.mapping_warning.isVisibleTo(dialog)
    dialog.set_mapping((Target.FIRST_NAME, Target.LAST_NAME, Target.IGNORE, Target.EMAIL, Target.PHONE,
                        Target.CITY, Target.RAPPORT))  # fmt: skip
    assert dialog.mapping_preview.topLevelItem(0).text(2) == ""
    qtbot.keyClick(dialog.next_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.page == dialog.PREVIEW, timeout=10_000)
    assert dialog.back_button.isVisible()
    finish(qtbot, dialog)
    rapport = {lead.name: lead.rapport for lead in book.leads(book.lead_ids())}
    assert rapport["Åsa Öberg"] == "Vill ha offert; ring på förmiddagen"
    again = open_dialog(qtbot, book, "excel_semicolon_cp1252.csv")  # the same columns: the mapping is remembered
    assert again.mapping()[2] == Target.IGNORE and again.mapping()[6] == Target.RAPPORT


def test_duplicates_can_be_merged_skipped_or_added_per_row_and_for_all(qtbot, book):
    book.add_leads([Lead(name="Anna Svensson", emails=("anna@akerlund.se",)),
                    Lead(name="Müller, Jürgen", phones=("+49 151 2345678",))])  # fmt: skip
    dialog = open_dialog(qtbot, book, "google_contacts.csv")
    assert dialog.tabs.tabText(1) == "Duplicates (2)"
    assert dialog.reasons_label.text() == "Merged with leads already known: 1 same e-mail, 1 same phone and name"
    dialog.tabs.setCurrentIndex(1)
    model: PlanModel = dialog.duplicates_view.model()
    cells = [[model.index(r, c).data() for c in range(6)] for r in range(2)]
    assert cells == [
        ["2", "Anna Svensson", "Åkerlund Trädgård AB", "Anna Svensson", "same e-mail", "Merge"],
        ["5", "Jürgen Müller", "Müller Maschinenbau GmbH", "Müller, Jürgen", "same phone and name", "Merge"],
    ]
    dialog.duplicates_view.selectionModel().select(
        model.index(1, 0), dialog.duplicates_view.selectionModel().SelectionFlag.ClearAndSelect
        | dialog.duplicates_view.selectionModel().SelectionFlag.Rows)  # fmt: skip
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert model.index(1, 5).data() == "Skip" and model.index(0, 5).data() == "Merge"
    dialog.all_combo.setCurrentIndex(2)
    dialog.all_combo.activated.emit(2)
    assert [dialog.plan.items[i].action for i in dialog.plan.of_kind(ItemKind.DUPLICATE)] == [Action.ADD] * 2
    dialog.set_all_actions(Action.SKIP)
    result = finish(qtbot, dialog)
    assert (result.added, result.skipped) == (1, 2)


def test_a_shared_mailbox_with_another_name_is_imported_and_flagged(qtbot, book):
    [bob] = book.add_leads([Lead(name="Bob Carter", emails=("anna@akerlund.se",))]).added
    dialog = open_dialog(qtbot, book, "google_contacts.csv")
    assert dialog.tabs.tabText(0) == "New (3)" and dialog.tabs.tabText(1) == "Duplicates (0)"
    model = dialog.new_view.model()
    assert [model.index(r, 5).data() for r in range(3)] == ["same e-mail, another name", "", ""]
    assert dialog.reasons_label.text().startswith(
        "Possible duplicates, added as their own leads for review: 1 same e-mail, another name"
    )
    result = finish(qtbot, dialog)
    assert (result.added, result.flagged) == (3, 1)
    assert [(p.lead_a, p.reason) for p in book.possible_duplicates()] == [(bob, "email")]


def test_rows_with_errors_show_their_line_and_reason(qtbot, book):
    dialog = open_dialog(qtbot, book, "rows_with_errors.csv")
    qtbot.keyClick(dialog.next_button, Qt.Key.Key_Return)  # the guessed mapping is right
    qtbot.waitUntil(lambda: dialog.page == dialog.PREVIEW, timeout=10_000)
    model = dialog.errors_view.model()
    assert [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())] == [
        ("9", "no name, company or e-mail address")
    ]
    assert dialog.tabs.tabText(3) == "Kept in notes (3)"  # imported, the value that could not be used in the notes
    kept = dialog.kept_view.model()
    assert [[kept.index(r, c).data() for c in range(3)] for r in range(kept.rowCount())] == [
        ["4", "Broken Mail", "“not-an-email” is not an e-mail address"],
        ["6", "Weird Stage", "“maybe-later” is not a stage Leadbook knows"],
        ["7", "Bad Phone", "“call me” is not a phone number"],
    ]


@pytest.mark.parametrize(
    ("name", "words"),
    [("binary_junk.csv", "is not a text file"), ("empty.csv", "is empty"), ("truncated.csv", "from line 2"),
     ("truncated.vcf", "from line 5"), ("calendar.ics", "is a calendar (.ics), not a contacts file"),
     ("spreadsheet.xlsx", "spreadsheet")],
)  # fmt: skip
def test_bad_files_get_a_clear_message_and_change_nothing(qtbot, book, name, words):
    dialog = open_dialog(qtbot, book, name)
    assert dialog.page == dialog.PROBLEM
    assert words in dialog.problem_label.text() and dialog.problem_label.text().endswith("Nothing was imported.")
    assert dialog.cancel_button.text() == "Close" and not dialog.import_button.isVisible()
    assert book.count_leads() == 0 and book.last_import() is None


def test_the_same_file_again_says_so_and_adds_nothing(qtbot, book):
    finish(qtbot, open_dialog(qtbot, book, "vcard30.vcf"))
    dialog = open_dialog(qtbot, book, "vcard30.vcf")
    assert dialog.before_label.isVisibleTo(dialog) and "You imported this same file on" in dialog.before_label.text()
    assert not dialog.import_button.isEnabled()  # nothing would change
    assert book.count_leads() == 3


def test_cancel_during_the_import_changes_nothing(qtbot, book, tmp_path):
    rows = "\n".join(f"Person {n},Company {n},p{n}@example.com" for n in range(30_000))
    path = tmp_path / "many.csv"
    path.write_text("Name,Company,Email\n" + rows + "\n", encoding="utf-8")
    dialog = open_dialog(qtbot, book, path)
    qtbot.keyClick(dialog.next_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.page == dialog.PREVIEW, timeout=20_000)
    dialog.start_import()
    progress = dialog.progress
    assert isinstance(progress, QProgressDialog)
    progress.cancel()  # the Cancel button
    qtbot.waitUntil(lambda: not dialog.task.isRunning(), timeout=20_000)
    qtbot.waitUntil(lambda: dialog.progress is None, timeout=5_000)
    if dialog.import_result is None:  # cancelled in time (the usual case)
        assert "cancelled" in dialog.before_label.text() and book.count_leads() == 0
        assert dialog.import_button.isEnabled()
    else:  # the import was faster than the click: it is whole
        assert book.count_leads() == 30_000


def test_undo_last_import_asks_and_takes_it_back(qtbot, book):
    finish(qtbot, open_dialog(qtbot, book, "vcard40.vcf"))
    asked = []
    change = undo_last_import(None, book, ask=lambda _p, title, text: asked.append(text) or True)
    assert "Undo the import of vcard40.vcf on" in asked[0] and "removes the 2 leads it added" in asked[0]
    assert change.removed and book.count_leads() == 0


def test_file_menu_entry_points(qtbot, book, tmp_path):
    assert import_contacts(None, book, ask_path=lambda _p: "") is None  # the user cancelled the file dialog
    book.add_leads([Lead(name="Anna", company="Åkerlund", tags=("vip",)), Lead(name="Bob")])
    from leadbook.book import LeadQuery

    out = tmp_path / "shown.csv"
    written = export_leads(None, book, "csv", LeadQuery(tag="vip"), ask_path=lambda *_: str(out),
                           ask_scope=lambda _p, shown, total: True)  # fmt: skip
    assert written[:2] == (out, 1)
    written = export_leads(None, book, "vcf", LeadQuery(tag="vip"), ask_path=lambda *_: str(tmp_path / "all.vcf"),
                           ask_scope=lambda _p, shown, total: False)  # fmt: skip
    assert written[1] == 2
    assert export_followups(None, book, ask_path=lambda *_: str(tmp_path / "f.ics"))[1] == 0


def test_the_calendar_file_follows_every_change(qtbot, book, tmp_path):
    folder = tmp_path / "Dropbox"
    folder.mkdir()
    mirror = IcsMirror(book, delay_ms=10)
    with qtbot.waitSignal(mirror.written, timeout=10_000):
        mirror.set_folder(folder)
    ics = folder / "Leadbook follow-ups.ics"
    assert b"BEGIN:VCALENDAR" in ics.read_bytes() and b"BEGIN:VEVENT" not in ics.read_bytes()
    with qtbot.waitSignal(mirror.written, timeout=10_000):
        book.add_lead(Lead(name="Anna Svensson"))  # a new lead gets its first follow-up
    assert ics.read_bytes().count(b"BEGIN:VEVENT") == 1
    assert [p.name for p in folder.iterdir()] == ["Leadbook follow-ups.ics"]  # no temporary files left
    mirror.set_folder(None)
    assert mirror.folder is None
    mirror.detach()


def test_the_preview_names_the_columns_it_does_not_use(qtbot, book):
    dialog = open_dialog(qtbot, book, "thunderbird.csv")
    assert dialog.page == dialog.PREVIEW  # Thunderbird is recognised: no mapping step
    assert "Columns not used: Nickname and Custom 1." in dialog.format_label.text()
    assert dialog.tabs.tabText(0) == "New (2)"
