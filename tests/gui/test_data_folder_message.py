"""The app, like the command line, says so when its data folder cannot be used (no traceback)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


def test_the_app_says_when_its_data_folder_cannot_be_used(qtbot, tmp_path, monkeypatch):
    from leadbook.app import run_gui
    from leadbook.platform.paths import DataFolderError

    home = tmp_path / "a file, not a folder"
    home.write_text("")
    monkeypatch.setenv("LEADBOOK_HOME", str(home))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    with pytest.raises(DataFolderError):  # the command line prints it too and exits with 2
        run_gui(tmp_path / "book.leadbook")
    assert len(shown) == 1 and str(home) in shown[0] and "LEADBOOK_HOME" in shown[0]
    assert not (tmp_path / "book.leadbook").exists()
