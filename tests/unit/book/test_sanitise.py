"""Control and bidi characters: taken out of what is stored, escaped in what is shown."""

from __future__ import annotations

import io
import sys
from datetime import date

import pytest

from leadbook.book import LeadBook
from leadbook.core.cadences import Cadence, CadenceStep
from leadbook.core.followups import Due, FollowUp, Objective, Outcome
from leadbook.core.model import Channel, Lead
from leadbook.core.revisits import NoReason
from leadbook.core.sanitise import clean_lead, clean_text, shown_text
from leadbook.present.terminal import STYLES, EscapingStream, escaped_output, terminal_text

ESC, BEL, RLO, LRI, PDI, NEL, CSI = "\x1b", "\x07", "\u202e", "\u2066", "\u2069", "\x85", "\x9b"
HOSTILE = (ESC, BEL, RLO, LRI, PDI, NEL, CSI, "\x00", "\x7f", "\u202a", "\u202c")


def hostile_in(text: str) -> list[str]:
    return [c for c in HOSTILE if c in text]


@pytest.mark.parametrize("bad", HOSTILE)
def test_clean_text_removes_each_control_and_bidi_character(bad):
    assert clean_text(f"An{bad}na") == "Anna"
    assert clean_text(f"An{bad}na", multiline=True) == "Anna"


def test_tab_and_newline_stay_in_texts_of_several_lines_and_become_a_space_in_one_line():
    assert clean_text("one\r\n\ttwo\rthree", multiline=True) == "one\n\ttwo\nthree"
    assert clean_text("Storgatan 1\r\nStockholm\tSE") == "Storgatan 1 Stockholm SE"


def test_marks_without_scope_are_kept():
    hebrew = "\u05e9\u05dc\u05d5\u05dd (\u200f03) \u200e"  # RLM/LRM settle where "(" and digits go
    assert clean_text(hebrew) == hebrew and clean_text("\u0627\u061c1") == "\u0627\u061c1"


def test_clean_text_returns_the_same_string_when_nothing_is_wrong():
    text = "Jürgen Müller, 王芳"
    assert clean_text(text) is text and clean_text(text, multiline=True) is text


def test_clean_lead_cleans_every_text_field_and_leaves_a_clean_lead_alone():
    lead = Lead(name=f"{RLO}Anna", company=f"Evil{ESC}[2J AB", role=f"Boss{BEL}", emails=(f"a{ESC}@x.se", ""),
                phones=(f"+46{CSI}70",), tags=(f"vip{RLO}",), notes=f"one{ESC}\n\ttwo", rapport=f"{LRI}golf{PDI}",
                address="Storgatan 1\nStockholm", best_time=f"mornings{NEL}")  # fmt: skip
    cleaned = clean_lead(lead)
    assert (cleaned.name, cleaned.company, cleaned.role) == ("Anna", "Evil[2J AB", "Boss")
    assert (cleaned.emails, cleaned.phones, cleaned.tags) == (("a@x.se",), ("+4670",), ("vip",))
    assert (cleaned.notes, cleaned.rapport) == ("one\n\ttwo", "golf")
    assert (cleaned.address, cleaned.best_time) == ("Storgatan 1 Stockholm", "mornings")
    fine = Lead(name="Anna", notes="a\nb")
    assert clean_lead(fine) is fine


def test_shown_text_makes_them_visible_and_cuts_long_texts():
    assert shown_text(f"{RLO}Anna{ESC}[2J{BEL}") == "\\u202eAnna\\x1b[2J\\x07"
    assert shown_text("a\nb\tc") == "a b c"
    assert shown_text(f"a\n{ESC}b", multiline=True) == "a\n\\x1bb"
    assert shown_text("x" * 100, limit=10) == "x" * 9 + "…"


def test_terminal_text_keeps_leadbooks_own_styles_only():
    text = f"{STYLES[0]}Today{STYLES[3]} {ESC}]0;pwned{BEL} {ESC}[2J {RLO}x\n"
    assert terminal_text(text) == f"{STYLES[0]}Today{STYLES[3]} \\x1b]0;pwned\\x07 \\x1b[2J \\u202ex\n"


def test_escaped_output_wraps_both_streams_for_the_block():
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        with escaped_output():
            assert isinstance(sys.stdout, EscapingStream)
            print(f"name {ESC}[2J")
            print(f"bad {RLO}cell", file=sys.stderr)
        assert sys.stdout is out and sys.stderr is err
    finally:
        sys.stdout, sys.stderr = saved
    assert out.getvalue() == "name \\x1b[2J\n" and err.getvalue() == "bad \\u202ecell\n"


# --- every write path of the book ------------------------------------------------------------


def test_leads_are_cleaned_when_added_and_when_edited(book: LeadBook):
    lead = book.add_lead(Lead(name=f"{RLO}Anna{BEL}", company=f"{ESC}[2JEvil", notes=f"hi{ESC}\nthere"))
    assert (lead.name, lead.company, lead.notes) == ("Anna", "[2JEvil", "hi\nthere")
    edited = book.update_lead(lead.with_changes(role=f"CEO{CSI}", rapport=f"golf{LRI}"))
    assert (edited.role, edited.rapport) == ("CEO", "golf")
    (added,) = book.leads(sorted(book.add_leads([Lead(name=f"Bo{NEL}")]).added))
    assert added.name == "Bo"


def test_notes_follow_ups_and_no_reasons_are_cleaned(book: LeadBook):
    lead_id = int(book.add_lead(Lead(name="Anna")).id or 0)
    book.add_note(lead_id, f"called{BEL}{ESC}[2J\n\tok")
    fu = book.plan_followup(FollowUp(lead_id, Due(date(2026, 11, 25)), Channel.CALL, Objective.REPLY,
                                     objective_note=f"{RLO}ask", message=f"Hi{ESC}]0;x{BEL}\nBye"))  # fmt: skip
    assert (fu.objective_note, fu.message) == ("ask", "Hi]0;x\nBye")
    book.complete_followup(int(fu.id or 0), Outcome.NO_ANSWER, note=f"busy{CSI}")
    assert book.followup(int(fu.id or 0)).result_note == "busy"
    book.say_no(lead_id, NoReason.TIMING, f"spring{RLO}", date(2027, 3, 1))
    (revisit,) = book.upcoming_revisits(date(2026, 11, 23), date(2027, 12, 31))
    assert revisit.note == "spring"
    texts = " ".join(f"{e.text} {e.data}" for e in book.timeline(lead_id))
    assert "called[2J\n\tok" in texts and not hostile_in(texts)


def test_cadence_names_and_scripts_are_cleaned(book: LeadBook):
    saved = book.save_cadence(Cadence(f"Mine{RLO}", (CadenceStep(0, Channel.EMAIL, Objective.REPLY, f"Hi{ESC}[2J"),)))
    assert saved.name == "Mine" and saved.steps[0].message == "Hi[2J"
