"""File → Import… when the backup made before every import cannot be written."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from leadbook.book import LeadBook
from leadbook.gui.files.import_dialog import import_contacts


def test_a_failed_pre_import_backup_is_named_as_such_and_nothing_is_imported(qtbot, book: LeadBook, tmp_path,
                                                                              monkeypatch):  # fmt: skip
    source = tmp_path / "contacts.csv"
    source.write_text("Name,E-mail\nNew Person,new@example.com\n", encoding="utf-8")
    in_the_way = tmp_path / "backups"
    in_the_way.write_text("a file where the backups folder should be")
    parent = QWidget()
    qtbot.addWidget(parent)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    result = import_contacts(parent, book, ask_path=lambda _parent: str(source),
                             before=lambda: book.back_up(in_the_way, before_import=True))  # fmt: skip
    assert result is None and book.count_leads() == 0
    assert len(warned) == 1 and warned[0].startswith("Could not make the backup before importing: ")
    assert str(in_the_way) in warned[0] and "Nothing was imported" in warned[0]
