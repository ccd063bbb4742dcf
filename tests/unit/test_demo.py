import random
import re
from collections import Counter
from datetime import datetime

import pytest

from leadbook.book import LeadBook, LeadQuery
from leadbook.core.clock import FakeClock
from leadbook.core.model import Lead, Source, Stage
from leadbook.core.validation import lead_problems
from leadbook.demo import TAGS, demo_leads, write_demo_book

CJK = re.compile(r"[\u4e00-\u9fff]")
CURRENCY_BY_COUNTRY = {"United States": "USD", "United Kingdom": "GBP", "Sweden": "SEK", "Germany": "EUR",
                       "China": "CNY"}  # fmt: skip
PHONE_PREFIX_BY_COUNTRY = {"United States": "+1 ", "United Kingdom": "+44 ", "Sweden": "+46 ", "Germany": "+49 ",
                           "China": "+86 "}  # fmt: skip


@pytest.fixture(scope="module")
def leads() -> list[Lead]:
    return demo_leads()


def _clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 23, 9, 30), "Europe/Stockholm")


def test_about_three_hundred_leads(leads):
    assert 280 <= len(leads) <= 320


def test_every_lead_is_valid(leads):
    problems = {lead.name: lead_problems(lead) for lead in leads if lead_problems(lead)}
    assert problems == {}


def test_every_stage_and_source_appears_with_more_early_leads_than_won(leads):
    stages = Counter(lead.stage for lead in leads)
    assert set(stages) == set(Stage)
    assert {lead.source for lead in leads} == set(Source)
    assert stages[Stage.NEW] > stages[Stage.WON] and stages[Stage.CONTACTED] > stages[Stage.WON]
    assert stages[Stage.NEW] + stages[Stage.CONTACTED] + stages[Stage.QUALIFIED] > len(leads) / 2


def test_four_cultures_in_roughly_even_shares(leads):
    countries = Counter(lead.country for lead in leads)
    english = countries["United States"] + countries["United Kingdom"]
    for share in (english, countries["Sweden"], countries["Germany"], countries["China"]):
        assert 0.18 * len(leads) <= share <= 0.32 * len(leads)
    names = [lead.name for lead in leads]
    assert any(CJK.search(name) for name in names)
    assert any(ch in name for name in names for ch in "åÅ")  # Swedish
    assert any(ch in name for name in names for ch in "üß")  # German
    assert any(CJK.search(lead.company) for lead in leads)


def test_currencies_phones_and_addresses_match_the_culture(leads):
    for lead in leads:
        if lead.value is not None:
            assert lead.currency == CURRENCY_BY_COUNTRY[lead.country] and lead.value > 0
        for phone in lead.phones:
            assert phone.startswith(PHONE_PREFIX_BY_COUNTRY[lead.country]), phone
        assert all(email.isascii() for email in lead.emails)
    assert any(lead.value is None for lead in leads)
    assert any("555-01" in phone for lead in leads for phone in lead.phones)


def test_the_finer_fields_are_filled_for_some_leads(leads):
    deputies = [lead for lead in leads if not lead.is_decision_maker]
    assert deputies and all(lead.decision_maker_name and lead.decision_maker_contact for lead in deputies)
    assert any(len(lead.emails) > 1 for lead in leads)
    assert any(len(lead.phones) > 1 for lead in leads)
    for field in ("website", "notes", "rapport", "best_time", "city", "address", "role"):
        filled = sum(bool(getattr(lead, field)) for lead in leads)
        assert 0 < filled, field
    assert any(lead.preferred_channel for lead in leads)
    assert any(lead.interval_count and lead.interval_unit for lead in leads)
    assert 0 < sum(lead.do_not_contact for lead in leads) < len(leads) / 10
    tags = {tag for lead in leads for tag in lead.tags}
    assert tags == set(TAGS)
    assert any("Geschäftsführer" in lead.role for lead in leads) and any("采购" in lead.role for lead in leads)


def test_names_do_not_repeat(leads):
    assert len({lead.name for lead in leads}) == len(leads)


def test_same_seed_same_leads_and_the_global_random_is_left_alone():
    random.seed(1)
    state = random.getstate()
    first = demo_leads(seed=3)
    assert random.getstate() == state
    random.seed(2)
    assert demo_leads(seed=3) == first
    assert demo_leads(seed=4) != first
    assert len(demo_leads(count=40)) == 40


def test_written_book_reopens_with_every_lead(tmp_path, leads):
    path = tmp_path / "demo.leadbook"
    book = write_demo_book(path, _clock())
    try:
        assert book.count_leads() == len(leads)
    finally:
        book.close()
    with LeadBook.open(path, _clock(), create=False) as again:
        assert again.count_leads() == len(leads)
        assert {lead.stage for lead in again.leads(again.lead_ids())} == set(Stage)


def test_refuses_an_existing_file_and_leaves_it_alone(tmp_path):
    path = tmp_path / "mine.leadbook"
    path.write_bytes(b"my real leads")
    with pytest.raises(FileExistsError):
        write_demo_book(path, _clock())
    assert path.read_bytes() == b"my real leads"


def test_an_empty_file_may_become_the_demo_book(tmp_path):
    path = tmp_path / "empty.leadbook"
    path.touch()
    with write_demo_book(path, _clock()) as book:
        assert book.count_leads() > 0


def test_the_demo_book_has_a_history_and_fills_every_section_of_today(tmp_path, clock):
    book = write_demo_book(tmp_path / "demo.leadbook", clock)
    try:
        agenda = book.agenda()
        assert agenda.overdue and agenda.today and agenda.first_responses and agenda.decide and agenda.tomorrow
        assert agenda.without_next_step > 0
        assert any(row.followup.due.at is not None for row in agenda.today)
        assert any(row.followup.due.at is None for row in agenda.today)
        assert book.undo_label == ""  # nothing in the demo is the user's to undo
        won = book.lead_ids(LeadQuery(stage=Stage.WON))
        kinds = {entry.kind for lead_id in won for entry in book.timeline(lead_id)}
        assert {"followup", "stage", "created"} <= kinds
        done = [f for lead_id in book.lead_ids() for f in book.followups(lead_id) if f.done_at]
        assert len(done) > 300 and all(f.done_at <= "2026-11-23T08:30:00Z" for f in done)
    finally:
        book.close()
