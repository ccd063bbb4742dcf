import pytest
from _book_sql import store_db

from leadbook.book import InvalidLead, LeadBook, LeadQuery
from leadbook.core.clock import FakeClock
from leadbook.core.model import Channel, IntervalUnit, Lead, Source, Stage
from leadbook.core.validation import Problem


def _some_leads(book: LeadBook) -> dict[str, Lead]:
    leads = [
        Lead(
            name="Anna Svensson",
            company="Åkerlund Trädgård AB",
            emails=("anna@akerlund.se",),
            phones=("+46 70-123 45 67",),
            stage=Stage.QUALIFIED,
            source=Source.WEB,
            value=48000,
            currency="SEK",
            tags=("residential", "vip"),
            rapport="Supports Djurgården; daughter Elsa",
        ),
        Lead(
            name="Jürgen Müller",
            company="Müller Maschinenbau GmbH",
            emails=("j.mueller@mueller-mb.de",),
            phones=("+49 151 2345678",),
            stage=Stage.PROPOSAL,
            source=Source.EVENT,
            value=125000,
            currency="EUR",
            tags=("commercial",),
            notes="Needs a quote for two mowers",
        ),
        Lead(
            name="王芳",
            company="杭州绿源园林工程有限公司",
            emails=("wang.fang@lvyuan-garden.cn",),
            phones=("+86 138 0013 8000",),
            stage=Stage.NEW,
            source=Source.REFERRAL,
            value=300000,
            currency="CNY",
        ),
        Lead(
            name="Bob Carter",
            company="Carter Pools",
            emails=("bob@carterpools.com",),
            phones=("(555) 010-0199",),
            stage=Stage.NO,
            source=Source.COLD,
            notes="Green Bay Packers fan",
        ),
    ]
    for lead in leads:
        book.add_lead(lead)
    return {lead.name: lead for lead in book.leads(book.lead_ids())}


def test_added_lead_comes_back_whole_with_times_from_the_clock(book: LeadBook, clock: FakeClock):
    lead = Lead(
        name="  Anna Svensson ",
        company="Åkerlund",
        role="Owner",
        is_decision_maker=False,
        decision_maker_name="Per Svensson",
        decision_maker_contact="per@akerlund.se",
        emails=("anna@akerlund.se", "info@akerlund.se"),
        phones=("+46 70-123 45 67",),
        address="Storgatan 1",
        city="Uppsala",
        country="Sweden",
        website="akerlund.se",
        source=Source.REFERRAL,
        stage=Stage.CONTACTED,
        value=12500.5,
        currency="sek",
        preferred_channel=Channel.CALL,
        interval_count=2,
        interval_unit=IntervalUnit.WEEKS,
        best_time="Wed/Thu 13–16",
        rapport="Dog called Sixten",
        notes="Wants a pond",
        tags=("vip", "VIP", "spring"),
        do_not_contact=False,
    )
    saved = book.add_lead(lead)
    assert saved.id is not None
    assert saved.name == "Anna Svensson" and saved.currency == "SEK" and saved.tags == ("spring", "vip")
    assert saved.created_at == saved.updated_at == "2026-11-23T08:30:00Z"
    assert book.lead(saved.id) == saved
    expected = lead.with_changes(
        id=saved.id,
        name="Anna Svensson",
        currency="SEK",
        tags=("spring", "vip"),
        created_at=saved.created_at,
        updated_at=saved.updated_at,
    )
    assert saved == expected


def test_invalid_lead_saves_nothing(book: LeadBook):
    with pytest.raises(InvalidLead) as caught:
        book.add_lead(Lead(name="", emails=("nope",)))
    assert {p.problem for p in caught.value.problems} == {Problem.NAME_MISSING, Problem.EMAIL_INVALID}
    assert book.count_leads() == 0


def test_adding_many_is_all_or_nothing(book: LeadBook):
    with pytest.raises(InvalidLead):
        book.add_leads([Lead(name="Good"), Lead(name="Bad", phones=("call me",))])
    assert book.count_leads() == 0


def test_update_keeps_created_and_moves_updated(book: LeadBook, clock: FakeClock):
    lead = book.add_lead(Lead(name="Anna"))
    clock.advance(hours=2)
    changed = book.update_lead(lead.with_changes(company="Åkerlund", stage=Stage.PROPOSAL))
    assert changed.created_at == lead.created_at
    assert changed.updated_at == "2026-11-23T10:30:00Z"
    assert changed.stage == Stage.PROPOSAL


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("ann", {"Anna Svensson"}),
        ("akerl", {"Anna Svensson"}),
        ("müller", {"Jürgen Müller"}),
        ("mueller", {"Jürgen Müller"}),
        ("juergen", set()),
        ("4670123", {"Anna Svensson"}),
        ("555", {"Bob Carter"}),
        ("packers", {"Bob Carter"}),
        ("djurg", {"Anna Svensson"}),
        ("mowers", {"Jürgen Müller"}),
        ("王", {"王芳"}),
        ("绿源", {"王芳"}),
        ("anna vip", set()),
        ("anna elsa", {"Anna Svensson"}),
        ('"quote', {"Jürgen Müller"}),
        ("*", {"Anna Svensson", "Jürgen Müller", "王芳", "Bob Carter"}),
    ],
)
def test_search_matches_words_anywhere_in_the_searchable_fields(book: LeadBook, text, who):
    _some_leads(book)
    found = {lead.name for lead in book.leads(book.lead_ids(LeadQuery(text=text)))}
    assert found == who


def test_filters_by_stage_and_tag_combine_with_search(book: LeadBook):
    _some_leads(book)

    def names(query: LeadQuery) -> set[str]:
        return {lead.name for lead in book.leads(book.lead_ids(query))}

    assert names(LeadQuery(stage=Stage.NO)) == {"Bob Carter"}
    assert names(LeadQuery(tag="VIP")) == {"Anna Svensson"}
    assert names(LeadQuery(tag="commercial", text="mül")) == {"Jürgen Müller"}
    assert names(LeadQuery(tag="commercial", stage=Stage.NEW)) == set()
    assert book.tags() == ["commercial", "residential", "vip"]


@pytest.mark.parametrize(
    ("sort", "first", "last"),
    [
        ("name", "Anna Svensson", "王芳"),
        ("company", "Bob Carter", "王芳"),
        ("stage", "王芳", "Bob Carter"),
        ("value", "Anna Svensson", "Bob Carter"),
        ("email", "Anna Svensson", "王芳"),
        ("source", "Bob Carter", "Anna Svensson"),
    ],
)
def test_sort_by_column_both_ways(book: LeadBook, sort, first, last):
    _some_leads(book)
    ids = book.lead_ids(LeadQuery(sort=sort))
    names = [lead.name for lead in book.leads(ids)]
    assert (names[0], names[-1]) == (first, last)
    backwards = [lead.name for lead in book.leads(book.lead_ids(LeadQuery(sort=sort, descending=True)))]
    if sort == "value":  # leads without a value stay last either way
        assert backwards[-1] == "Bob Carter" and backwards[0] == "王芳"
    else:
        assert backwards == names[::-1]


def test_delete_and_undo_restore_exactly(book: LeadBook):
    leads = _some_leads(book)
    ids = [leads["Anna Svensson"].id, leads["王芳"].id]
    change = book.delete_leads(ids)
    assert change.removed == frozenset(ids)
    assert book.count_leads() == 2
    assert book.undo_label == "Delete 2 leads"
    undone = book.undo()
    assert undone is not None and undone.added == frozenset(ids)
    assert book.lead(ids[0]) == leads["Anna Svensson"]
    assert book.lead(ids[1]) == leads["王芳"]
    assert book.lead_ids(LeadQuery(text="djurg")) == [ids[0]]
    assert book.lead_ids(LeadQuery(tag="vip")) == [ids[0]]


def test_undo_walks_back_edits_and_adds_in_order(book: LeadBook):
    lead = book.add_lead(Lead(name="Anna"))
    book.update_lead(lead.with_changes(name="Anna S."))
    book.undo()
    assert book.lead(lead.id).name == "Anna"
    book.undo()
    assert book.count_leads() == 0
    assert book.undo() is None and book.undo_label == ""


def test_listeners_hear_each_write_once(book: LeadBook):
    heard = []
    stop = book.subscribe(heard.append)
    lead = book.add_lead(Lead(name="Anna"))
    book.update_lead(lead.with_changes(city="Uppsala"))
    book.delete_leads([lead.id])
    stop()
    book.undo()
    assert [c.label for c in heard] == ["Add lead", "Edit lead", "Delete lead"]
    assert heard[0].added == {lead.id} and heard[2].removed == {lead.id}


def test_settings_round_trip(book: LeadBook):
    assert book.setting("currency", "EUR") == "EUR"
    book.set_setting("currency", "SEK")
    book.set_setting("currency", "NOK")
    assert book.setting("currency") == "NOK"


def test_a_narrowing_search_filters_the_previous_result_and_gets_the_same_answer(book: LeadBook):
    _some_leads(book)
    from leadbook.store.leads import refines

    steps = ["a", "an", "ann", "anna", "anna s", "anna sv"]
    previous = (LeadQuery(text=steps[0]), book.lead_ids(LeadQuery(text=steps[0])))
    for text in steps[1:]:
        query = LeadQuery(text=text)
        assert refines(query, previous[0])
        narrowed = book.lead_ids(query, refining=previous)
        assert narrowed == book.lead_ids(query)
        previous = (query, narrowed)
    assert not refines(LeadQuery(text="anna", stage=Stage.NEW), LeadQuery(text="ann"))
    assert not refines(LeadQuery(text="bob"), LeadQuery(text="anna"))
    assert not refines(LeadQuery(text="anna"), LeadQuery(text=""))


def test_sqlite_utils_plugins_do_not_touch_the_book(tmp_path, clock):
    """A sqlite-utils plugin installed beside Leadbook must not change how the book's connection
    behaves: the book opens without running them."""
    from sqlite_utils import hookimpl
    from sqlite_utils.plugins import pm

    seen = []

    class Meddler:
        @staticmethod
        @hookimpl
        def prepare_connection(conn):
            seen.append(conn)

    pm.register(Meddler, name="meddler")
    try:
        with LeadBook.open(tmp_path / "book.leadbook", clock) as book:
            book.add_lead(Lead(name="Anna"))
    finally:
        pm.unregister(name="meddler")
    assert seen == []


def test_the_kept_sort_orders_stay_true_through_any_writes(book: LeadBook, clock, monkeypatch):
    """After each write the list's order is checked around the changed leads instead of sorted
    again; whatever the writes, it is exactly what a fresh sort gives, and a one-lead edit
    that keeps the order costs no new sort."""
    import random
    from dataclasses import replace
    from datetime import date

    from leadbook.core.followups import Due, FollowUp
    from leadbook.store import leads as lead_store

    rng = random.Random(20261123)
    words = ["Anna", "bob", "Cleo", "dan", "Eva", "Åsa", "Östen", "王芳", "Zed", ""]
    book.add_leads([Lead(name=f"{rng.choice(words)} {n}", company=rng.choice(words), value=rng.choice([None, 5, 50]))
                    for n in range(60)])  # fmt: skip
    sorts = [("name", False), ("company", True), ("value", False), ("next_step", True), ("last_touch", False)]

    def check() -> None:
        for sort, descending in sorts:
            query = LeadQuery(sort=sort, descending=descending)
            assert book.lead_ids(query) == lead_store.sorted_ids(store_db(book), sort, descending), (sort, descending)

    check()
    for step in range(80):
        ids = book.lead_ids()
        lead = book.lead(rng.choice(ids))
        action = rng.randrange(5)
        if action == 0:
            book.update_lead(replace(lead, name=f"{rng.choice(words)} {step}"))
        elif action == 1:
            book.update_lead(replace(lead, company=rng.choice(words), value=rng.choice([None, 1, 99])))
        elif action == 2:
            book.plan_followup(FollowUp(lead.id, Due(date(2026, 12, 1 + rng.randrange(28)))))
        elif action == 3 and len(ids) > 20:
            book.delete_leads([lead.id])
        else:
            book.add_note(lead.id, "a note")
        check()

    sorts_run = []
    real_sort = lead_store.sorted_ids
    monkeypatch.setattr(lead_store, "sorted_ids", lambda *a: sorts_run.append(a) or real_sort(*a))
    lead = book.lead(book.lead_ids()[0])
    book.add_note(lead.id, "no key changes")
    book.update_lead(replace(lead, notes="still first by name"))
    assert book.lead_ids() and sorts_run == []


def test_kept_orders_follow_writes_from_another_connection(book: LeadBook, clock):
    """`leadbook import` in a terminal while the app has the book open: the app's kept orders
    are read again, so the new leads show in the list."""
    book.add_leads([Lead(name="Bob"), Lead(name="Dan")])
    assert [book.lead(i).name for i in book.lead_ids()] == ["Bob", "Dan"]
    with LeadBook.open(book.path, clock) as other:
        other.add_leads([Lead(name="Cleo")])
    assert [book.lead(i).name for i in book.lead_ids()] == ["Bob", "Cleo", "Dan"]
    bob = book.lead_ids()[0]
    book.add_note(bob, "keeps the orders")  # a write of our own that keeps every order
    assert [book.lead(i).name for i in book.lead_ids()] == ["Bob", "Cleo", "Dan"]
