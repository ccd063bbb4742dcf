"""Opening a book (the app's start, every terminal verb) loads no file format and no Qt drawing: the
names the GUI takes from interop through the book are loaded when first asked for."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("leadbook.interop", "icalendar", "vobject", "phonenumbers", "PySide6.QtGui", "PySide6.QtPrintSupport")


def loaded_after(code: str) -> list[str]:
    probe = f"import sys\n{code}\nprint('\\n'.join(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60)
    return result.stdout.split()


def test_importing_the_book_loads_no_file_format():
    modules = loaded_after("import leadbook.book")
    assert [m for m in modules if m.startswith(HEAVY)] == []


def test_a_name_from_interop_is_loaded_when_asked_for():
    modules = loaded_after("from leadbook.book import write_vcards, Action")
    assert "leadbook.interop.vcard" in modules and "leadbook.interop.importing" in modules
    assert "leadbook.interop.callsheet_render" not in modules and "PySide6.QtPrintSupport" not in modules
