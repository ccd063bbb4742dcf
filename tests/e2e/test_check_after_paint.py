"""A cleanly closed book's start-up check reads the book only once Today has painted: read beside
the window's start, a big book's check slowed the window on a two-core machine. It still runs, in a
real ``leadbook`` process, on the turn after the paint (docs/architecture.md, "Safety")."""

from __future__ import annotations

from pathlib import Path

from _start_driver import seen_at_start

from leadbook.book import LeadBook
from leadbook.core.model import Lead

DRIVER = """
import json, sys, threading
import leadbook.cli  # first, as `leadbook` starts
import leadbook.app as app
import leadbook.store.safety as safety
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication
seen = {"painted": False}
read = safety.StartCheck._run

def reading(self):
    seen["read_after_paint"] = seen["painted"]
    read(self)

safety.StartCheck._run = reading

def when_checked():
    if "read_after_paint" in seen and not any(t.name == "leadbook-start-check" for t in threading.enumerate()):
        with open(sys.argv[1], "w") as out:
            json.dump(seen, out)
        QApplication.quit()
    else:
        QTimer.singleShot(20, when_checked)

class Noting(app._FirstPaint):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not seen["painted"]:
            seen["painted"] = True
            seen["checking_at_paint"] = [t.name for t in threading.enumerate() if "check" in t.name]
            QTimer.singleShot(0, when_checked)
        return super().eventFilter(watched, event)

app._FirstPaint = Noting
from leadbook.cli import main
sys.exit(main(["--db", sys.argv[2]]))
"""


def test_the_start_up_check_reads_the_book_after_todays_first_paint(tmp_path: Path, clock):
    book = tmp_path / "mine.leadbook"
    with LeadBook.open(book, clock) as opened:  # closed cleanly: the quick check at the next start
        opened.add_leads([Lead(name=f"Lead {n}") for n in range(50)])
    seen = seen_at_start(DRIVER, book, tmp_path)
    assert seen["checking_at_paint"] == []  # nothing reads the book beside the window's start
    assert seen["read_after_paint"] is True  # and the check did run, after the paint
    with LeadBook.open(book, clock) as again:  # closed cleanly after it: no .running marker left
        assert again.closed_cleanly_last_time and again.count_leads() == 50
