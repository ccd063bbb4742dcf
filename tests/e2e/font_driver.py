"""Run by tests/e2e/test_fonts.py in a child process whose fontconfig may hide fonts: fontconfig is
read once per process, so each font set needs a process of its own.

    python font_driver.py dialog BOOK OUT_DIR   the call-sheet dialog: its warning, Cancel, then Save anyway
    python font_driver.py notice BOOK -          the window's once-only notice, twice (this machine's settings
                                                are in LEADBOOK_HOME)

Prints one JSON object on stdout.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from leadbook.book import LeadBook
from leadbook.core.clock import FakeClock

DAY = date(2026, 11, 23)
CLOCK = FakeClock(datetime(2026, 11, 23, 9, 30), "Europe/Stockholm")


def answer_question(button_text: str | None) -> list[str]:
    """When the next modal question appears, remember its text and press ``button_text`` (None: Cancel)."""
    seen: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, press)
            return
        seen.append(box.text())
        buttons = [b for b in box.buttons() if button_text is not None and b.text() == button_text]
        (buttons[0] if buttons else box.button(QMessageBox.StandardButton.Cancel)).click()

    QTimer.singleShot(0, press)
    return seen


def dialog(book_path: Path, out_dir: Path) -> dict:
    from leadbook.gui.callsheet.dialog import CallSheetDialog

    with LeadBook.open(book_path, CLOCK, create=False) as book:
        target = out_dir / "sheet.pdf"
        sheet = CallSheetDialog(book, day=DAY, ask_pdf_path=lambda parent, suggested: str(target))
        sheet.show()
        result = {"warning_shown": sheet.font_warning.isVisible(), "warning": sheet.font_warning.text()}
        seen = answer_question(None)
        result["cancelled_path"] = str(sheet.export_pdf())
        result["cancel_question"] = seen
        result["written_after_cancel"] = target.exists()
        seen = answer_question(sheet.tr("Save anyway"))
        result["saved_path"] = str(sheet.export_pdf())
        result["save_question"] = seen
        seen = answer_question(None)
        result["again_path"] = str(sheet.export_pdf())
        result["again_question"] = seen
        sheet.close()
    return result


def notice(book_path: Path, folder: Path) -> dict:
    from leadbook.gui.book_events import BookEvents
    from leadbook.gui.font_notice import FontNotice
    from leadbook.gui.main_window import MainWindow

    result: dict = {}
    with LeadBook.open(book_path, CLOCK, create=False) as book:
        window = MainWindow(book, BookEvents(book), backups=folder / "backups")
        window.show()
        for attempt in ("first", "second"):
            watcher = FontNotice(book, window)
            shown: list[str] = []
            watcher.shown.connect(shown.append)
            loop = QEventLoop()
            watcher.shown.connect(loop.quit)
            watcher.start(0)
            # The scan runs on a worker; wait for it to end (or the message), at most 20 s.
            QTimer.singleShot(0, lambda w=watcher, waiting=loop: _quit_when_idle(w, waiting))
            QTimer.singleShot(20_000, loop.quit)
            loop.exec()
            result[attempt] = shown
            result[attempt + "_box"] = watcher.box is not None and watcher.box.isVisible()
            if watcher.box is not None:
                watcher.box.close()
            watcher.stop()
        window.close()  # closing detaches it from the book
    return result


def _quit_when_idle(watcher, loop: QEventLoop) -> None:
    """The scan has started and ended (nothing to say), or the message was shown."""
    if watcher.box is not None or (watcher.scanned and watcher._task is None):
        loop.quit()
    else:
        QTimer.singleShot(20, lambda: _quit_when_idle(watcher, loop))


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    mode, book_arg, other = sys.argv[1:4]
    run = {"dialog": dialog, "notice": notice}[mode]
    print(json.dumps(run(Path(book_arg), Path(other)), ensure_ascii=False))
