"""One count everywhere: Today's sentence, the navigation's badge, the call sheet's summary and
``leadbook today`` say the same number, made by one function (``agenda_text.due_sentence`` of
``book.DueCounts``), and the sentence names every section it counts, so its parts add up."""

from __future__ import annotations

import re
from pathlib import Path

from _widgets import wait_exposed

from leadbook.app import build_main_window
from leadbook.book import DueCounts
from leadbook.core.clock import FakeClock
from leadbook.demo.leads import write_demo_book
from leadbook.gui.navigation import COUNT_ROLE
from leadbook.interop.callsheet import SectionKind, build_callsheet
from leadbook.present.agenda_text import due_sentence, load_agenda, render_agenda

NAMED = re.compile(r"(\d+) (overdue|today|first responses?|revisits?|revisit\(s\)|to decide)")


def parts_of(sentence: str) -> tuple[int, dict[str, int]]:
    """ "12 to do: 3 overdue, 9 today" -> (12, {"overdue": 3, "today": 9})."""
    total, rest = sentence.split(" to do: ")
    singular = {"first responses": "first response", "revisits": "revisit", "revisit(s)": "revisit"}
    return int(total), {singular.get(word, word): int(n) for n, word in NAMED.findall(rest)}


def test_today_the_navigation_the_call_sheet_and_leadbook_today_agree(qtbot, tmp_path: Path, clock: FakeClock):
    book = write_demo_book(tmp_path / "demo.leadbook", clock)
    try:
        counts = book.due_counts()
        assert all(count > 0 for _, count in counts.parts())  # the demo day has work in every section
        sentence = due_sentence(counts)
        total, named = parts_of(sentence)
        assert total == counts.total == sum(named.values())  # the parts add up to the total
        assert named == {"overdue": counts.overdue, "today": counts.today, "first response": counts.first_responses,
                         "revisit": counts.revisits, "to decide": counts.decide}  # fmt: skip

        window = build_main_window(book)
        qtbot.addWidget(window)
        window.show()
        wait_exposed(qtbot, window)
        assert window.today_view.summary.text().startswith(sentence)  # (then "·  7 tomorrow")
        assert window.nav.item(0).data(COUNT_ROLE) == counts.total  # the badge beside "Today"

        sheet = build_callsheet(book)
        assert sheet.summary == sentence
        assert [s.kind for s in sheet.sections] == list(SectionKind)  # the sheet lists what it counts
        assert DueCounts(**{s.kind.value: len(s.rows) for s in sheet.sections}) == counts

        terminal = render_agenda(load_agenda(book, book.local_today()), book)  # what `leadbook today` prints
        assert terminal.splitlines()[1] == sentence
        window.close()
    finally:
        book.close()


def test_the_sentence_names_only_what_is_there_and_nothing_when_empty(qapp):
    assert due_sentence(DueCounts()) == "Nothing due."
    sentence = due_sentence(DueCounts(overdue=2, revisits=1))
    assert parts_of(sentence) == (3, {"overdue": 2, "revisit": 1})
    assert "today" not in sentence and "decide" not in sentence


def test_the_window_does_not_count_before_todays_first_read(qtbot, tmp_path: Path, clock: FakeClock, monkeypatch):
    """At start the badge takes its number from Today's first read: the book is not counted twice
    on the way to the first paint (at 100,000 leads each count is several ms)."""
    book = write_demo_book(tmp_path / "demo.leadbook", clock)
    try:
        expected = book.due_counts().total
        counted: list[object] = []
        real = type(book).due_counts
        monkeypatch.setattr(type(book), "due_counts", lambda self, *a, **k: counted.append(1) or real(self, *a, **k))
        window = build_main_window(book)
        qtbot.addWidget(window)
        assert window.nav.item(0).data(COUNT_ROLE) is None  # not yet: Today has not read the book
        window.show()
        qtbot.waitUntil(lambda: window.nav.item(0).data(COUNT_ROLE) == expected)
        assert counted == []  # the agenda's own counts made the number
        window.close()
    finally:
        book.close()
