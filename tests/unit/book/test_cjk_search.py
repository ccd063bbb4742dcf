"""Searching Chinese, Japanese and Korean words through the grams table (migration 0014): exactly
the leads a plain ``LIKE '%word%'`` scan of name, company, notes and rapport finds, in display
order, on the first screen and in full, and a table kept right by every kind of write."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from _book_sql import connection, execute, rows, value
from test_import_bulk import contacts_csv, plan_file

from leadbook.book import LeadBook, LeadQuery
from leadbook.core.model import Lead, Source, Stage
from leadbook.store import leads as lead_store
from leadbook.store.schema import CJK_CLASS

SURNAMES = "王李张刘陈杨"
GIVEN = ["芳", "娜", "伟", "敏", "静", "丽"]
CITIES = ["杭州", "上海", "北京", "深圳"]
TRADES = ["绿源园林", "科技", "贸易"]


def _leads(count: int) -> list[Lead]:
    """Chinese names or their pinyin, Chinese and Latin companies, notes with a common character
    (的) in most, words found only in notes or rapport, mixed scripts, kana, Hangul, wildcards."""
    leads = []
    for n in range(count):
        chinese = n % 3 != 0
        name = SURNAMES[n % 6] + GIVEN[n * 5 % 6] if chinese else f"Anna Wang {n}"
        company = CITIES[n % 4] + TRADES[n % 3] + "有限公司" if n % 4 else f"Nordic Bygg {n} AB"
        notes = "客户的预算" if n % 5 else "Called back; wants a quote"
        if n % 17 == 0:
            notes += " 展会认识"  # only in notes
        rapport = "喜欢高尔夫" if n % 23 == 0 else ""
        if n % 29 == 0:
            name = f"王Anna {n}"  # CJK and Latin in one word
        if n % 31 == 0:
            company = f"100%王_{n} さくら 삼성"
        leads.append(Lead(name=name, company=company, notes=notes, rapport=rapport, source=Source.COLD))
    return leads


QUERIES = [
    "王", "芳", "的", "有", "限", "展", "高", "さ", "삼",  # one character
    "王芳", "有限", "杭州", "展会", "客户", "さく", "삼성", "芳王",  # two
    "绿源园", "绿源园林", "有限公司", "杭州绿源园林有限公司", "展会认识", "喜欢高尔夫", "客户的预算",  # three and more
    "王Anna", "王anna", "王a", "王 anna", "anna 王", "杭州 科技", "王 上海 的", "上海 绿源园", "有 called",  # mixed, several words
    "100%王", "%王_", "王_", "_王", "王%",  # wildcards are plain characters
    "王芳芳", "龙", "王 wxyz",  # nothing
    "的 -", "王 %", "有 ,",  # a word of neither letters nor CJK characters does not narrow
]  # fmt: skip


def _like_ids(book: LeadBook, text: str) -> set[int]:
    """What the search means: every CJK word as a LIKE on the four columns (the scan this
    replaces), every other word as the FTS5 prefix query."""
    clause, params = lead_store._cjk_clause(text)
    found = {r[0] for r in rows(book, f"SELECT id FROM leads WHERE {clause}", params)}
    fts = lead_store._fts_query(text)
    if fts:
        found &= {r[0] for r in rows(book, "SELECT rowid FROM leads_fts WHERE leads_fts MATCH ?", [fts])}
    return found


_CJK_CHAR = re.compile(CJK_CLASS)


def _column_grams(text: str) -> set[str]:
    """One column's grams, the slow plain way: each CJK character, each two adjacent ones."""
    cjk = [bool(_CJK_CHAR.fullmatch(char)) for char in text]
    return {text[n] for n in range(len(text)) if cjk[n]} | {
        text[n : n + 2] for n in range(len(text) - 1) if cjk[n] and cjk[n + 1]
    }


def _grams_from_scratch(book: LeadBook) -> list[tuple[str, int]]:
    """The grams index as it must be: recomputed from every lead's columns."""
    return sorted(
        (gram, lead_id)
        for lead_id, *texts in rows(book, "SELECT id, name, company, notes, rapport FROM leads")
        for gram in set().union(*map(_column_grams, texts))
    )


def _grams(book: LeadBook) -> list[tuple[str, int]]:
    """What the grams index holds (FTS5's vocabulary table reads a contentless index)."""
    connection(book).execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.cjk_vocab USING fts5vocab(main, leads_cjk, instance)"
    )
    return sorted(rows(book, "SELECT term, doc FROM temp.cjk_vocab"))


def _texts_from_scratch(book: LeadBook) -> list[tuple[int, str]]:
    """The narrow table the longer words are checked on, as it must be: the searched columns, a
    line each, of every lead that has a CJK character in them."""
    return [
        (lead_id, "\n".join(texts))
        for lead_id, *texts in rows(book, "SELECT id, name, company, notes, rapport FROM leads ORDER BY id")
        if any(map(_CJK_CHAR.search, texts))
    ]


def _assert_searches_right(book: LeadBook, texts: list[str] = QUERIES) -> None:
    assert _grams(book) == _grams_from_scratch(book)
    execute(book, "INSERT INTO leads_cjk (leads_cjk) VALUES ('integrity-check')")
    assert rows(book, "SELECT lead_id, text FROM leads_cjk_text ORDER BY lead_id") == _texts_from_scratch(book)
    for text in texts:
        expected = _like_ids(book, text)
        everything = book.lead_ids(LeadQuery(text=text))
        assert set(everything) == expected, text
        assert everything == [i for i in book.lead_ids(LeadQuery()) if i in expected], text  # display order
        for sort, descending in (("name", False), ("company", True), ("value", False), ("created", True)):
            query = LeadQuery(text=text, sort=sort, descending=descending)
            everything = book.lead_ids(query)
            for limit in (1, 7, 40):
                assert book.first_lead_ids(query, limit) == (everything[:limit], len(everything)), (query, limit)


def test_cjk_searches_find_what_the_like_scan_finds(book: LeadBook):
    book.add_leads(_leads(400))
    assert book.count_leads() == 400
    assert len(_like_ids(book, "的")) * 4 >= 400  # a common character: the first screen's walk in display order
    assert 0 < len(_like_ids(book, "王")) * 4 < 400  # a rarer one: the matches read from the grams
    assert _like_ids(book, "展会认识") and _like_ids(book, "喜欢高尔夫")  # notes and rapport only
    assert _like_ids(book, "王Anna") != _like_ids(book, "王") and _like_ids(book, "100%王")
    assert not _like_ids(book, "芳王") and not _like_ids(book, "王芳芳")  # the grams alone would not tell
    _assert_searches_right(book)


def test_a_cjk_search_under_filters_or_chosen_leads(book: LeadBook):
    book.add_leads(_leads(120))
    chosen = frozenset(book.lead_ids(LeadQuery(text="杭州"))[:5])
    query = LeadQuery(text="有限", lead_ids=chosen)
    assert book.first_lead_ids(query, 40) is None  # the full search answers
    assert set(book.lead_ids(query)) == chosen & _like_ids(book, "有限")


def test_the_grams_stay_right_after_edits_deletes_undo_and_imports(book: LeadBook, tmp_path: Path):
    book.add_leads(_leads(150))
    ids = book.lead_ids(LeadQuery())
    lead = book.lead(ids[1])
    book.update_lead(lead.with_changes(name="赵敏", notes="新的备注 王芳"))  # Chinese to other Chinese
    book.update_lead(book.lead(ids[2]).with_changes(name="Erik Dahl", company="", notes=""))  # to Latin
    book.update_lead(book.lead(ids[0]).with_changes(rapport="爱喝茶"))  # Latin lead gains Chinese
    book.update_lead(book.lead(ids[3]).with_changes(stage=Stage.WON, city="杭州"))  # the searched text as it was
    _assert_searches_right(book, [*QUERIES, "赵敏", "备注", "爱喝茶"])
    book.delete_leads(ids[10:20])
    _assert_searches_right(book)
    book.undo()  # the deleted leads back
    _assert_searches_right(book)
    path = tmp_path / "contacts.csv"
    path.write_text(contacts_csv(300), encoding="utf-8")  # Chinese names, companies (有限公司), cities, tags
    result = book.import_leads(plan_file(book, path))
    assert result.added == 300
    _assert_searches_right(book, [*QUERIES, "李伟", "有限公司", "张"])
    book.undo_last_import()  # more leads go than stay: the set-based delete
    _assert_searches_right(book)


def test_a_write_behind_the_books_back_keeps_the_grams(book: LeadBook):
    """Another program writing SQL (the triggers are in the book, not in Leadbook's code)."""
    book.add_leads(_leads(20))
    execute(book, "UPDATE leads SET notes = '电话 王五' WHERE id = (SELECT min(id) FROM leads)")
    execute(book, "DELETE FROM leads WHERE id = (SELECT max(id) FROM leads)")
    execute(book, "INSERT INTO leads (name, created_at, updated_at) VALUES ('周杰', '2025-01-01', '2025-01-01')")
    # Characters next to CJK ones that the triggers' byte walk must not take for CJK: a variation
    # selector (4 bytes, F3 A0 84 80: its first three bytes read as U+3804), an emoji, extension B,
    # full-width Latin, the euro sign, accents; and a long note (the walk is linear).
    tricky = "葛\U000e0100城 😀王 \U00020000李 Ａ张 €刘 é陈 ｶ杨" + "长" * 3000 + "文"
    execute(book, "INSERT INTO leads (name, notes, created_at, updated_at) VALUES ('Tricky', ?, '2025', '2025')",
            [tricky])  # fmt: skip
    assert "葛" in {g for g, _ in _grams(book)} and not {"葛城", "葛\U000e0100"} & {g for g, _ in _grams(book)}
    _assert_searches_right(book, [*QUERIES, "电话", "王五", "周杰", "葛", "城", "长长长", "长文", "€刘", "Ａ张"])
    execute(book, "UPDATE leads SET notes = 'plain' WHERE name = 'Tricky'")
    _assert_searches_right(book, ["葛", "长长长", "王"])


def test_opening_an_older_book_fills_the_grams(tmp_path: Path, clock):
    path = tmp_path / "old.leadbook"
    with LeadBook.open(path, clock) as book:
        book.add_leads(_leads(50))
        expected = _grams(book)
        for statement in ("DROP TRIGGER leads_cjk_insert", "DROP TRIGGER leads_cjk_update",
                          "DROP TRIGGER leads_cjk_delete", "DROP TABLE leads_cjk", "DROP TABLE leads_cjk_text",
                          "DELETE FROM _sqlite_migrations WHERE name = '0014_cjk_grams'"):  # fmt: skip
            execute(book, statement)
        execute(book, f"PRAGMA user_version = {value(book, 'PRAGMA user_version') - 1}")
    with LeadBook.open(path, clock, create=False) as book:
        assert _grams(book) == expected == _grams_from_scratch(book)
        assert len(expected) > 100
        _assert_searches_right(book, ["王", "有限", "绿源园", "王 anna"])


def _plans(book: LeadBook, text: str, sort: str = "name") -> list[str]:
    """The query plan of every statement the first screen of ``text`` runs."""
    statements: list[str] = []
    conn = connection(book)
    conn.set_trace_callback(statements.append)
    try:
        first = book.first_lead_ids(LeadQuery(text=text, sort=sort), 40)
        assert first is not None and first[1] > 0  # past the counts: the matches were read
    finally:
        conn.set_trace_callback(None)
    searched = [s for s in statements if ("leads_cjk" in s or "LIKE" in s) and not s.startswith("--")]  # not FTS5's own
    return [
        " | ".join(row[3] for row in rows(book, f"EXPLAIN QUERY PLAN {statement}"))
        for statement in dict.fromkeys(searched)
    ]


@pytest.mark.parametrize("text", ["王", "有限", "绿源园", "王anna", "的", "王 上海", "有 called", "上海 绿源园"])
def test_the_first_screen_reads_the_grams_index_not_every_lead(book: LeadBook, text: str):
    book.add_leads(_leads(300))
    execute(book, "ANALYZE")  # as after a while in use: the plans must not depend on the statistics missing
    for plan in _plans(book, text):
        steps = plan.split(" | ")
        for step in steps:  # every table read by a key: the grams index by a MATCH, rows by their id
            assert not re.fullmatch(r"SCAN (leads|leads_cjk_text)( .*)?", step), plan
            assert not (step.startswith("SCAN leads_cjk VIRTUAL TABLE") and ":M" not in step), plan
        assert any("leads_cjk VIRTUAL TABLE INDEX 0:M" in step or "INTEGER PRIMARY KEY (rowid=?)" in step
                   for step in steps), plan  # fmt: skip
