"""Start-up stays light: the modules loaded before the window's first paint, counted in a real
process, against a budget. A count, not a timing: each module imported on the way costs its own
load (docs/architecture.md, "Start-up"). Today is the only page built before the first paint; the
rest waits. PySide's import hook reads no source of Leadbook's or the standard library's."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from _start_driver import seen_at_start

from leadbook.book import LeadBook
from leadbook.core.followups import Channel, Due, FollowUp, Objective
from leadbook.core.model import Lead, Source

pytestmark = pytest.mark.slow

#: Leadbook's own modules plus third-party ones loaded at the first paint of Today, leaving out
#: PySide6 and shiboken's own (a bare PySide6 window loads them too): 71 when this was set, 64 of
#: Leadbook's and 7 of platformdirs; 97 + 65 before start-up was made lighter (sqlite-utils with
#: click, dateutil and pluggy now loads on the first write that needs it, not to read Today).
#: Then 76: Today's "do this next" card (book.next_up, present.next_up_text, gui.today.next_card),
#: the refresh-when-shown mixin Today is built on and gui.fit (pages that scroll at 200 %).
#: Then 81: the book mixins of the Progress figures and of calendar sync (bases of LeadBook) with
#: their store and core modules; the sync layer itself loads after the first paint. Then 83: the
#: theme (colours, stylesheet, icons) and the navigation's badges, both painted on the first screen.
#: Then 85: book/session.py split in three (undo.py, preferences.py), each a base of LeadBook.
#: Then 78: the reminders', the calendar's, Progress's and sync's store and core modules load when
#: first used (core/deferred.py), and the dialogs' shared habits moved out of gui/guarded.py.
#: Then 79: platform/pyside_imports.py, which spares PySide reading every module's source.
#: Then 77: the cadences and the checks of typed input (core.cadences, core.validation) load when
#: first used; Today reads no cadence and checks nothing typed.
#: Then 78: core.frozen, the records' base, which makes each record at its first use instead of at
#: import (about half of the 27 records loaded are not used by the first paint: 5–8 ms).
#: Raise it only when the first screen needs the new module, and say why in the commit.
BUDGET = 78
#: Python enums PySide makes before Today's first paint (225 when this was set, 93 of them the Qt namespace;
#: a bare QMainWindow makes 37). Then 218: Today's overdue colour is a brush made empty and coloured
#: (theme.solid_brush), as QBrush(QColor) set up the enums of QGradient and QImage (2.4 ms).
ENUM_BUDGET = 222
#: Leadbook's records (core/frozen.py) made by Today's first paint of this test's book: 11 when this
#: was set, of 27 loaded (Today's rows and counts, its "do this next" card, the settings, the leads'
#: fields; the demo book's Today, with revisits, makes 13). A record is made at its first use, about
#: half a millisecond each; the others wait. Then 10: the lead list's query is no longer made as a
#: default argument at import (book.leads); making one now compiles only what depends on its fields.
RECORD_BUDGET = 11
QT_OWN = ("PySide6", "shiboken6", "shibokensupport", "signature_bootstrap")

#: Runs ``leadbook --db BOOK`` and writes ``sys.modules`` at the first paint of Today, with whether
#: Python's cyclic garbage collector was on then and a moment later (it is off for the start).
DRIVER = """
import enum, gc, json, linecache, sys
gc.disable()  # as the `leadbook` command does first (leadbook/__main__.py)
enums = [0]
made = enum.EnumType.__call__
def counting(cls, value, names=None, *args, **kwargs):
    if names is not None:  # the functional API, as PySide makes a Qt enum
        enums[0] += 1
    return made(cls, value, names, *args, **kwargs)
enum.EnumType.__call__ = counting
import leadbook.cli  # then, as `leadbook` starts
import leadbook.app as app
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
seen = {}

def later():
    seen["gc_after"] = gc.isenabled()
    with open(OUT, "w") as out:
        json.dump(seen, out)
    QApplication.quit()

class Noting(app._FirstPaint):
    def eventFilter(self, watched, event):
        from PySide6.QtCore import QEvent
        if event.type() == QEvent.Type.Paint and not seen:
            from leadbook.core.frozen import FrozenRecord
            records = {f"{c.__module__}.{c.__qualname__}": "__init__" in vars(c)
                       for m in list(sys.modules.values()) if getattr(m, "__name__", "").startswith("leadbook")
                       for c in vars(m).values()
                       if isinstance(c, type) and issubclass(c, FrozenRecord) and c is not FrozenRecord
                       and c.__module__ == m.__name__}
            seen.update(records=records, modules=sorted(sys.modules), gc_at_paint=gc.isenabled(), sources_read=sorted(linecache.cache),
                        enums=enums[0])
            QTimer.singleShot(200, later)
        return super().eventFilter(watched, event)

app._FirstPaint = Noting
from leadbook.cli import main
OUT = sys.argv[1]
sys.argv = ["leadbook", "--db", sys.argv[2]]
sys.exit(main())
"""


def _counted(names: list[str]) -> list[str]:
    stdlib = sys.stdlib_module_names
    return sorted(
        name for name in names
        if name.split(".")[0] not in stdlib and not name.startswith("_") and name.split(".")[0] not in QT_OWN
    )  # fmt: skip


def test_few_modules_load_before_the_first_paint(tmp_path: Path, clock):
    book = tmp_path / "mine.leadbook"
    with LeadBook.open(book, clock) as opened:
        ids = sorted(opened.add_leads([Lead(name=f"Lead {n}", source=Source.COLD) for n in range(20)]).lead_ids)
        today = date.today()  # the app's own: it reads the system clock
        for lead_id, day in zip(ids, (today, today - timedelta(days=3)), strict=False):
            opened.plan_followup(FollowUp(lead_id, Due(day), Channel.CALL, Objective.MEETING))
    seen = seen_at_start(DRIVER, book, tmp_path)
    loaded = _counted(seen["modules"])
    assert "leadbook.gui.today.view" in loaded  # it did count at Today's paint
    assert len(loaded) <= BUDGET, (
        f"{len(loaded)} of Leadbook's and third-party modules load before the first paint; the budget is "
        f"{BUDGET}. Import what the first screen does not need where it is used (inside the function or through "
        "core.deferred), give a new page to MainWindow.add_view as a factory, and start other work with "
        "MainWindow.after_first_paint; raise BUDGET only if Today's first screen needs the module. Loaded:\n  "
        + "\n  ".join(loaded)
    )
    for heavy in ("sqlite_utils", "click", "vobject", "icalendar", "phonenumbers", "leadbook.interop.importing",
                  "leadbook.gui.reminders.tray", "leadbook.store.reminders", "leadbook.store.calendar",
                  "leadbook.store.progress", "leadbook.store.sync_state", "leadbook.core.calendar",
                  "leadbook.gui.dialog_habits", "leadbook.core.cadences", "leadbook.core.validation",
                  "leadbook.gui.leads.view", "leadbook.gui.calendar.view"):  # fmt: skip
        assert heavy not in loaded, f"{heavy} loads before the first paint; it is not needed there"
    everything = seen["modules"]
    # html: its table of entities loads with it (~2 ms); rich text is escaped by present.formatting.escaped.
    for light in ("logging.handlers", "socket", "pickle", "calendar", "importlib.resources", "getpass",
                  "hashlib", "secrets", "PySide6.QtNetwork", "html"):  # fmt: skip
        assert light not in everything, f"{light} loads before the first paint"
    # PySide's import hook read no Leadbook module's source (platform/pyside_imports.py marks them);
    # what it reads is kept in linecache. Left: enum.py, which its bootstrap reads before any finder
    # runs, its own two __init__.py and a generated _sysconfigdata module.
    read = seen["sources_read"]
    assert not [path for path in read if "leadbook" in Path(path).parts], read
    assert len(read) <= 5, read
    # PySide makes a Qt class's Python enums when the class is first used: a Qt method handing back a
    # widget Qt made (a view's own viewport) set up every widget class of QtWidgets (~70 enums).
    assert seen["enums"] <= ENUM_BUDGET, f"{seen['enums']} Python enums made before the first paint"
    # Records wait for their first use: a timeline entry, a backup's details, a change are not made.
    made = sorted(name for name, is_made in seen["records"].items() if is_made)
    assert "leadbook.store.followups.AgendaRow" in made  # it did see Today's rows
    assert "leadbook.book.values.TimelineEntry" in seen["records"] and "leadbook.book.values.TimelineEntry" not in made
    assert len(made) <= RECORD_BUDGET, f"{len(made)} records made before the first paint: {made}"
    # The start runs without cyclic collections (each would walk everything loaded so far); they
    # resume once Today has painted.
    assert seen["gc_at_paint"] is False and seen["gc_after"] is True


def test_the_command_loads_leadbook_without_cyclic_collections():
    # Loading Leadbook and PySide6 (from `leadbook.cli` on) made 29 collections (about 3 ms) before the
    # command line was read.
    code = (
        "import gc, sys\n"
        "started = []\n"
        "gc.callbacks.append(lambda phase, info: started.append(phase == 'start' and 'leadbook.cli' in sys.modules))\n"
        "sys.argv = ['leadbook', '--version']\n"
        "from leadbook.__main__ import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sum(started), 'leadbook.cli' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.splitlines()[-1] == "0 True", out


def test_a_terminal_verb_runs_with_the_collector_on(tmp_path: Path, clock):
    # The collector is off while Leadbook loads; a verb gets it back, with what loading built frozen.
    book = tmp_path / "mine.leadbook"
    with LeadBook.open(book, clock) as opened:
        opened.add_leads([Lead(name="Ann Lee", source=Source.COLD)])
    code = (
        "import gc, sys\n"
        "from leadbook.__main__ import main\n"
        f"sys.argv = ['leadbook', 'today', '--db', {str(book)!r}]\n"
        "code = main()\n"
        "print(code, gc.isenabled(), gc.get_freeze_count() > 1000)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.splitlines()[-1] == "0 True True", out
