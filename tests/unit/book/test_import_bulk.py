"""The bulk import path held to the row-by-row one: the same rows, tags and search results, and
an undo that puts the book back exactly (both ways of taking the full-text entries out)."""

from __future__ import annotations

import csv
import io
import random
import re
from pathlib import Path

import pytest
from _book_sql import connection, rows, schema, table_rows

from leadbook.book import LeadBook, LeadQuery
from leadbook.core.followups import Due, FollowUp
from leadbook.core.model import Channel, IntervalUnit, Lead, Source, Stage
from leadbook.interop.csv_export import HEADER
from leadbook.interop.importing import ImportCancelled, ItemKind, file_records, format_label, open_contacts_file
from leadbook.interop.records import merge_leads
from leadbook.store import leads as lead_store

FIRST = ["Anna", "Erik", "Åsa", "Jürgen", "Zoë", "Björn", "Mareike", "Seán", "O'Neil", "Ngozi"]
LAST = ["Svensson", "Müller", "Öberg", "Carter", "Weiß", "Ängström", "Lindqvist", "Dahl"]
CJK = ["王芳", "李伟", "张敏", "刘洋"]
STAGES = ["", "new", "Contacted", "kvalificerad", "quote", "Verhandlung", "won", "lost", "later"]
SOURCES = ["", "web", "E-mail", "telefon", "tips", "Messe", "cold call", "Golf club"]
TAGS = ["", "Customers", "VIP, vip", "Kund; Golf", "* myContacts ::: Partner", "已签约"]
NOTES = ["", "Met at the fair,\nwants a quote for the spring", "Packers fan; call after 2 pm", "Ruft zurück"]
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def contacts_csv(rows: int, start: int = 0, seed: int = 11) -> str:
    """Leadbook's own CSV columns (every field an import can fill), one distinct person a row."""
    rng = random.Random(seed)
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for n in range(start, start + rows):
        # The name follows n (not the seed): the same person in a file with other details has the same name.
        name = CJK[n % len(CJK)] if n % 13 == 0 else f"{FIRST[n % len(FIRST)]} {LAST[n * 7 % len(LAST)]}"
        phone = f"+46 70 {n // 10000:03d} {n % 10000:04d}"
        if n % 11 == 0:
            phone = f"0{phone[4:]}".translate(ARABIC_DIGITS)  # Unicode digits: searchable, never matched
        elif n % 7 == 0:
            phone += f"; 08-{n:06d}"
        writer.writerow([
            name, f"{rng.choice(LAST)} {rng.choice(['AB', 'GmbH', '有限公司'])} {n}", rng.choice(["", "Owner", "Einkauf"]),
            f"P{n}.Mail@Example{n % 7}.com" + (f", alt{n}@example.org" if n % 5 == 0 else ""), phone,
            rng.choice(["", "Storgatan 1"]), rng.choice(["", "Växjö", "杭州"]), rng.choice(["", "Sweden"]),
            rng.choice(["", "https://example.com"]), rng.choice(STAGES), rng.choice(SOURCES),
            rng.choice(["", "12 500", "1,200.50"]), rng.choice(["", "sek", "EUR"]), rng.choice(TAGS),
            rng.choice(["", "Karin Boss"]), rng.choice(["", "mornings"]), rng.choice(["", "Kids: 2"]),
            rng.choice(NOTES), "yes" if n % 17 == 0 else "", "",
        ])  # fmt: skip
    return out.getvalue()


def plan_file(book: LeadBook, path: Path):
    contacts = open_contacts_file(path)
    return book.plan_import(file_records(contacts), file_name=path.name, format=format_label(contacts),
                            fingerprint=contacts.source.fingerprint)  # fmt: skip


def rows_of(book: LeadBook, table: str) -> list[tuple]:
    return table_rows(book, table, "1, 2")


def book_tables(book: LeadBook) -> dict[str, list[tuple]]:
    """Every table's rows but the full-text index's own (compared by what searches find), the
    import history (which keeps the undone import, marked undone) and the count of changes (an
    import and its undo are two); the CJK grams index (FTS5, contentless) by its vocabulary."""
    names = [r[0] for r in rows(
        book,
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'leads_fts%' AND (name NOT LIKE 'leads_cjk%' OR name = 'leads_cjk_text') "
        "AND name NOT IN ('imports', 'import_items', 'book_changes')")]  # fmt: skip
    connection(book).execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.cjk_vocab USING fts5vocab(main, leads_cjk, instance)"
    )
    return {name: rows_of(book, name) for name in names} | {
        "leads_cjk": rows(book, "SELECT term, doc FROM temp.cjk_vocab ORDER BY 1, 2")
    }


def queries(book: LeadBook, count: int = 150) -> list[str]:
    """Search texts as a user types them: prefixes of words of names, companies, e-mails,
    phones (with and without spacing) and notes, in several scripts."""
    rng = random.Random(5)
    found: set[str] = {"a", "sv", "ann", "王", "杭州", "٠٧٠", "46 70", "Ängs", "weiss", "mueller", "fair quote"}
    leads = list(book.export_leads(do_not_contact=True))
    for lead in rng.sample(leads, min(count, len(leads))):
        text = " ".join([lead.name, lead.company, *lead.emails, *lead.phones, lead.notes])
        words = re.findall(r"\w+", text)
        word = rng.choice(words)
        found.update({word, word[:1], word[:2], word[:3], "".join(c for c in lead.phone if c.isdigit())})
    return sorted(q for q in found if q.strip())


def searches(book: LeadBook, texts: list[str]) -> dict[str, list[int]]:
    return {text: book.lead_ids(LeadQuery(text=text)) for text in texts}


def test_a_bulk_import_gives_the_rows_and_search_results_of_one_lead_at_a_time(tmp_path, clock):
    big = tmp_path / "big.csv"  # more than the book has: indexes dropped and built again
    big.write_text(contacts_csv(6000), encoding="utf-8")
    small = tmp_path / "small.csv"  # fewer than the book has: indexes kept, entries added to them
    small.write_text(contacts_csv(40, start=6000), encoding="utf-8")
    with LeadBook.open(tmp_path / "bulk.leadbook", clock) as bulk, \
            LeadBook.open(tmp_path / "rows.leadbook", clock) as rows:  # fmt: skip
        for path in (big, small):
            plan = plan_file(bulk, path)
            assert {item.kind for item in plan.items} == {ItemKind.NEW}
            result = bulk.import_leads(plan)
            rows.add_leads([item.lead for item in plan.items])  # insert_lead and the FTS trigger, lead by lead
            assert result.added == len(plan.items)
            assert rows_of(bulk, "leads") == rows_of(rows, "leads")
            assert rows_of(bulk, "lead_tags") == rows_of(rows, "lead_tags")
            assert schema(bulk) == schema(rows)
            texts = queries(rows)
            assert searches(bulk, texts) == searches(rows, texts)
            assert bulk.check(full=True) == []
        assert bulk.count_leads() == 6040 and any(searches(bulk, texts).values())


@pytest.mark.parametrize("added", [3000, 30], ids=["more-than-the-book", "fewer-than-the-book"])
def test_undo_of_an_import_puts_the_book_back_exactly(tmp_path, clock, added):
    with LeadBook.open(tmp_path / "b.leadbook", clock) as book:
        book.add_leads([Lead(name=f"Kept {n}", emails=(f"kept{n}@example.se",), phones=(f"+46 8 555 {n:04d}",),
                             tags=("Old",), notes="Mine") for n in range(200)], plan_first=True)  # fmt: skip
        anna = book.add_lead(Lead(name="Dahl, Erik", emails=("p1.mail@example1.com",), tags=("vip",)))
        book.plan_followup(FollowUp(anna.id, Due(clock.now().date())))
        clock.advance(minutes=5)
        before, shape, texts = book_tables(book), schema(book), [*queries(book), "kept", "p1", "anna", "old"]
        found_before = searches(book, texts)
        path = tmp_path / "contacts.csv"
        path.write_text(
            contacts_csv(added), encoding="utf-8"
        )  # row 1 is her e-mail and name (Erik Dahl): merged into her
        result = book.import_leads(plan_file(book, path))
        assert result.added == added - 1 and result.updated == 1
        assert book.lead(anna.id).company != ""
        clock.advance(minutes=5)
        change = book.undo_last_import()
        assert change.removed == result.added_ids
        assert book_tables(book) == before
        assert schema(book) == shape
        assert searches(book, texts) == found_before
        assert book.check(full=True) == []


def test_merges_in_bulk_give_the_rows_and_search_results_of_update_lead(tmp_path, clock):
    first, again = tmp_path / "first.csv", tmp_path / "again.csv"  # the same people (e-mails, phones), other details
    first.write_text(contacts_csv(6000), encoding="utf-8")
    again.write_text(contacts_csv(6000, seed=12), encoding="utf-8")
    with LeadBook.open(tmp_path / "bulk.leadbook", clock) as bulk, \
            LeadBook.open(tmp_path / "rows.leadbook", clock) as rows:  # fmt: skip
        rows.add_leads([item.lead for item in plan_file(rows, first).items])
        bulk.import_leads(plan_file(bulk, first))
        clock.advance(minutes=3)
        plan = plan_file(bulk, again)
        result = bulk.import_leads(plan)
        changed = 0
        for item in plan.items:  # each merge through update_lead and its trigger, lead by lead
            assert item.kind == ItemKind.DUPLICATE and item.match_id is not None
            before = rows.lead(item.match_id)
            after = merge_leads(before, item.lead)
            if after != before:
                rows.update_lead(after)
                changed += 1
        assert result.updated == changed > 3000  # more than the rest of the book: indexes rebuilt
        assert rows_of(bulk, "leads") == rows_of(rows, "leads")
        assert rows_of(bulk, "lead_tags") == rows_of(rows, "lead_tags")
        assert schema(bulk) == schema(rows)
        texts = queries(rows)
        assert searches(bulk, texts) == searches(rows, texts)
        assert bulk.check(full=True) == []


def test_undo_of_an_import_that_merged_into_most_of_the_book_puts_it_back_exactly(tmp_path, clock):
    first, again = tmp_path / "first.csv", tmp_path / "again.csv"
    first.write_text(contacts_csv(2500), encoding="utf-8")
    again.write_text(contacts_csv(2600, seed=12), encoding="utf-8")  # 2,500 merges, 100 new leads
    with LeadBook.open(tmp_path / "b.leadbook", clock) as book:
        book.import_leads(plan_file(book, first))
        lead = book.lead(7)
        book.plan_followup(FollowUp(lead.id, Due(clock.now().date())))
        clock.advance(minutes=5)
        before, shape, texts = book_tables(book), schema(book), queries(book)
        found_before = searches(book, texts)
        result = book.import_leads(plan_file(book, again))
        assert result.added == 100 and result.updated > 2000
        clock.advance(minutes=5)
        book.undo_last_import()
        assert book_tables(book) == before
        assert schema(book) == shape
        assert searches(book, texts) == found_before
        assert book.check(full=True) == []


def test_a_cancelled_bulk_import_leaves_schema_rows_and_index_as_they_were(book, tmp_path):
    path = tmp_path / "big.csv"
    path.write_text(contacts_csv(5500), encoding="utf-8")
    book.add_leads([Lead(name="Erik Holm", phones=("070-555 12 34",))])
    before, shape = book_tables(book), schema(book)
    ticks = []
    with pytest.raises(ImportCancelled):
        book.import_leads(plan_file(book, path), progress=lambda done, total: ticks.append(done),
                          cancelled=lambda: len(ticks) > 1)  # fmt: skip
    assert ticks[:2] == [0, 2000]  # progress in steps, and the cancel heard half-way
    assert book_tables(book) == before and schema(book) == shape and book.check(full=True) == []
    assert book.lead_ids(LeadQuery(text="holm")) == [1]


def plain_row_to_lead(row: dict, tags: tuple[str, ...]) -> Lead:
    """A Lead from a row by its own constructor, as store.leads did before its fast path."""
    scalar = ("name", "company", "role", "decision_maker_name", "decision_maker_contact", "address", "city",
              "country", "website", "value", "currency", "interval_count", "best_time", "rapport", "notes",
              "created_at", "updated_at")  # fmt: skip
    return Lead(
        id=row["id"], **{name: row[name] for name in scalar}, is_decision_maker=bool(row["is_decision_maker"]),
        emails=tuple(e for e in row["emails"].split("\n") if e), phones=tuple(p for p in row["phones"].split("\n") if p),
        source=Source(row["source"]), stage=Stage(row["stage"]),
        preferred_channel=Channel(row["preferred_channel"]) if row["preferred_channel"] else None,
        interval_unit=IntervalUnit(row["interval_unit"]) if row["interval_unit"] else None, tags=tags,
        do_not_contact=bool(row["do_not_contact"]),
    )  # fmt: skip


def test_leads_read_in_bulk_are_the_leads_their_constructor_makes(book):
    lead = Lead(name="Åsa Öberg", company="Öberg AB", role="VD", is_decision_maker=False,
                decision_maker_name="Karin", decision_maker_contact="karin@oberg.se",
                emails=("asa@oberg.se", "a@o.se"), phones=("+46 70 123 45 67", "08-12 34 56"), address="Gata 1",
                city="Växjö", country="Sweden", website="oberg.se", source=Source.REFERRAL, stage=Stage.NURTURE,
                value=12500.5, currency="SEK", preferred_channel=Channel.SMS, interval_count=3,
                interval_unit=IntervalUnit.WEEKS, best_time="mornings", rapport="Kids", notes="Golf",
                tags=("golf", "VIP"), do_not_contact=True)  # fmt: skip
    ids = sorted(book.add_leads([lead, Lead(name="Bare")]).added)
    cursor = connection(book).execute("SELECT * FROM leads ORDER BY id")
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, row)) for row in cursor.fetchall()]
    slow = [plain_row_to_lead(row, tags) for row, tags in zip(rows, [("golf", "VIP"), ()])]
    for fast in (
        book.leads(ids),
        [lead_store.row_to_lead(row, tags) for row, tags in zip(rows, [("golf", "VIP"), ()])],
    ):
        assert fast == slow
        assert [vars(a) for a in fast] == [vars(b) for b in slow]  # the same attributes, not only equal
        assert all(type(a) is Lead and hash(a) == hash(b) for a, b in zip(fast, slow))
    assert book.leads(ids)[0].with_changes(id=None, created_at="", updated_at="") == lead


def test_bulk_columns_are_the_row_insert_lead_writes(book):
    leads = [Lead(name="王芳", emails=("wang@x.cn",), phones=("+86 571 1234 5678", "٠٧٠ ١٢٣", "x"),
                  preferred_channel=Channel.CALL, interval_count=2, interval_unit=IntervalUnit.DAYS, value=3.5),
             Lead(name="Bo", source=Source.WEB, is_decision_maker=False, do_not_contact=True)]  # fmt: skip
    columns = lead_store.lead_columns(leads, 7, "now")
    rows = [dict(zip(columns, values)) for values in zip(*columns.values())]
    assert rows == [lead_store.lead_to_row(lead) | {"id": n, "created_at": "now", "updated_at": "now"}
                    for n, lead in enumerate(leads, 7)]  # fmt: skip
    defaults = lead_store.column_defaults(connection(book), "leads")
    assert defaults["stage"] == "new" and defaults["is_decision_maker"] == 1 and defaults["value"] is None
    assert "name" not in defaults and "created_at" not in defaults  # NOT NULL without a DEFAULT: always sent
