"""A search's first screen read without every match (search as you type at 100,000 leads): the
same first ids in the same order as the full search, and the right total."""

from __future__ import annotations

from leadbook.book import LeadBook, LeadQuery
from leadbook.core.model import Lead, Source, Stage


def _fill(book: LeadBook) -> None:
    leads = [Lead(name=f"Lead {n:03}", company="Alpha Bau" if n % 2 else "Nord Handel", source=Source.COLD)
             for n in range(300)]  # fmt: skip
    leads += [Lead(name=f"Zeta {n}", source=Source.COLD) for n in range(10)]
    book.add_leads(leads)


def test_the_first_screen_is_the_start_of_the_full_result(book: LeadBook):
    _fill(book)
    queries = [LeadQuery(text=t) for t in ("a", "l", "al", "nord h", "03")]
    queries += [
        LeadQuery(text="a", sort=s, descending=d)
        for s in ("company", "stage", "email", "created")
        for d in (False, True)
    ]
    for query in queries:
        everything = book.lead_ids(query)
        first = book.first_lead_ids(query, 40)
        assert first is not None, query
        assert first == (everything[:40], len(everything)), query


def test_few_matches_come_whole_and_filters_take_the_full_search(book: LeadBook):
    _fill(book)
    zeta = book.lead_ids(LeadQuery(text="zeta"))
    assert book.first_lead_ids(LeadQuery(text="zeta"), 40) == (zeta, 10)
    assert book.first_lead_ids(LeadQuery(text="zeta", descending=True), 4) == (zeta[::-1][:4], 10)  # SQLite's walk
    assert book.first_lead_ids(LeadQuery(text="a", stage=Stage.NEW), 40) is None
    assert book.first_lead_ids(LeadQuery(text="a", sort="value"), 40) is None  # empty values last: no index walk
    assert book.first_lead_ids(LeadQuery(), 40) is None  # no search: the kept order is the answer
    assert book.first_lead_ids(LeadQuery(text="qqq"), 40) == ([], 0)


def test_a_write_elsewhere_is_seen(book: LeadBook, tmp_path, clock):
    _fill(book)
    with LeadBook.open(book.path, clock, create=False) as other:
        other.add_leads([Lead(name="Aaron Alpha", source=Source.COLD)])
    first = book.first_lead_ids(LeadQuery(text="a"), 40)
    assert first is not None and first[0][0] == book.lead_ids(LeadQuery(text="a"))[0]
    assert first[1] == 151


def test_a_search_within_chosen_leads_stays_within_them(book: LeadBook):
    """The Progress page's chip (``lead_ids``): a search typed under it never shows another lead,
    neither on its first screen nor in its count."""
    _fill(book)
    alpha = book.lead_ids(LeadQuery(text="alpha"))[:3]
    chosen = frozenset([*alpha, *book.lead_ids(LeadQuery(text="zeta"))[:2]])
    query = LeadQuery(text="a", lead_ids=chosen)
    everything = book.lead_ids(query)
    assert sorted(everything) == sorted(alpha)
    first = book.first_lead_ids(query, 40)
    assert first is None  # the fast first screen declines under a chip; the full search above answers
