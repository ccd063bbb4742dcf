"""Who is the same person: table-driven cases of e-mail, phone (parsed with phonenumbers) and name."""

from __future__ import annotations

import pytest

from leadbook.core.model import Lead
from leadbook.interop.matching import (
    DuplicateIndex,
    MatchBy,
    PhoneNumbers,
    contact_keys,
    email_key,
    name_key,
    names_compatible,
    person_key,
    region_from_locale,
)
from leadbook.interop.records import merge_leads

# (what the book knows, the incoming contact, home country, expected: "merge" / "flag" / "new", why)
# A contact is (name, company, e-mails, phones).
CASES = [
    pytest.param(
        [
            ("Anna Svensson", "Office AB", [], ["+1 555 3227 8543"]),
            ("Bob Carter", "Office AB", [], ["+1 555 3227 8543"]),
        ],
        ("Cara Lind", "Office AB", [], ["+1 555 3227 8543"]),
        "US",
        "flag",
        MatchBy.PHONE,
        id="shared office phone: a colleague is not merged",
    ),
    pytest.param(
        [
            ("Anna Svensson", "Office AB", [], ["+1 555 3227 8543"]),
            ("Bob Carter", "Office AB", [], ["+1 555 3227 8543"]),
        ],
        ("Bob Carter", "", [], ["+15553227 8543"]),
        "US",
        "merge",
        MatchBy.PHONE,
        id="shared office phone: the right colleague by name",
    ),
    pytest.param(
        [("Anna Svensson", "Acme", ["info@acme.example"], [])],
        ("Bob Carter", "Acme", ["INFO@acme.example"], []),
        "SE",
        "flag",
        MatchBy.EMAIL,
        id="shared info@ mailbox",
    ),
    pytest.param(
        [("Anna Svensson", "Acme", ["info@acme.example"], []), ("Bob Carter", "Acme", ["info@acme.example"], [])],
        ("Acme", "Acme", ["info@acme.example"], []),
        "SE",
        "flag",
        MatchBy.EMAIL,
        id="a mailbox without a name shared by two people is neither of them",
    ),
    pytest.param(
        [("Anna Svensson", "Acme", ["info@acme.example"], [])],
        ("info@acme.example", "", ["info@acme.example"], []),
        "SE",
        "merge",
        MatchBy.EMAIL,
        id="one side without a name",
    ),
    pytest.param(
        [("Anna Svensson", "Acme", ["anna@old.example"], ["+46 70 123 45 67"])],
        ("Svensson, Anna", "", ["anna@new.example"], ["070-123 45 67"]),
        "SE",
        "merge",
        MatchBy.PHONE,
        id="same person with a new e-mail",
    ),
    pytest.param(
        [("Anna Svensson", "Acme", ["anna@old.example"], [])],
        ("Anna Svensson", "Acme", ["anna@new.example"], []),
        "SE",
        "flag",
        MatchBy.NAME,
        id="same name and company, nothing else shared: for review",
    ),
    pytest.param(
        [("Anna Svensson", "Acme", ["anna@old.example"], [])],
        ("ANNA SVENSSON", "acme.", [], []),
        "SE",
        "merge",
        MatchBy.NAME,
        id="same name and company, nothing else to go on",
    ),
    pytest.param(
        [("Anna Svensson", "Acme", [], [])],
        ("Anna Svensson", "Other AB", [], []),
        "SE",
        "new",
        None,
        id="same name, other company",
    ),
    pytest.param(
        [("王小明", "", ["xm@example.cn"], [])],
        ("Wang Xiaoming", "", ["XM@example.cn"], []),
        "CN",
        "flag",
        MatchBy.EMAIL,
        id="Chinese name in characters and in pinyin: not decidable, flagged",
    ),
    pytest.param(
        [("王 小明", "", ["xm@example.cn"], [])],
        ("王小明", "", ["xm@example.cn"], []),
        "CN",
        "merge",
        MatchBy.EMAIL,
        id="Chinese name with and without a space",
    ),
    pytest.param(
        [("Xiaoming Wang", "", [], ["+86 138 0013 8000"])],
        ("WANG Xiaoming", "", [], ["138 0013 8000"]),
        "CN",
        "merge",
        MatchBy.PHONE,
        id="Western and Chinese order of a pinyin name, number with and without country code",
    ),
    pytest.param(
        [("Jürgen Müller", "", [], ["+49 151 2345678"])],
        ("Jurgen Muller", "", [], ["0151 2345678"]),
        "DE",
        "merge",
        MatchBy.PHONE,
        id="accents, national number in the home country",
    ),
    pytest.param(
        [("Jürgen Müller", "", [], ["+49 151 2345678"])],
        ("Jürgen Müller", "Other AB", [], ["0151 2345678"]),
        "SE",
        "new",
        None,
        id="a national number of another home country is another number",
    ),
    pytest.param(
        [("Anna Svensson", "", [], ["123456789"])],
        ("Anna Svensson", "Other AB", [], ["3456789"]),
        "US",
        "new",
        None,
        id="a short number never matches the end of a longer one",
    ),
    pytest.param(
        [("Anna Svensson", "", [], ["+46 8 555 123"])],
        ("Anna Svensson", "Other AB", [], ["+46 8 555 123"]),
        "SE",
        "new",
        None,
        id="fewer than 8 significant digits: not used",
    ),
    pytest.param(
        [("Anna Svensson", "", [], ["+1 503 555 0111 ext. 12"])],
        ("Anna Svensson", "Other AB", [], ["+1 503 555 0111 x13"]),
        "US",
        "new",
        None,
        id="other extension, other line",
    ),
    pytest.param(
        [("Anna Svensson", "", [], ["+1-800-MYFAXES"])],
        ("Anna Svensson", "", [], ["+1 800 693 2937"]),
        "US",
        "merge",
        MatchBy.PHONE,
        id="a vanity number is its keypad digits",
    ),
]


@pytest.mark.parametrize(("known", "incoming", "home", "expected", "why"), CASES)
def test_who_is_the_same_person(known, incoming, home, expected, why):
    index = DuplicateIndex(home)
    for ref, contact in enumerate(known, 1):
        index.add(ref, *contact)
    match = index.find(*incoming)
    if expected == "new":
        assert match is None or (match.ref is None and not match.possible)
    elif expected == "merge":
        assert match is not None and match.ref is not None and match.by == why
        if len(known) > 1:
            assert known[match.ref - 1][0] == incoming[0]  # the colleague with that name
    else:
        assert match is not None and match.ref is None and match.possible
        assert match.possible[0][1] == why


def test_the_book_rows_and_one_by_one_give_the_same_answers():
    rows = [(1, "Anna Svensson", "Acme", "info@acme.example\nanna@acme.example", "+46 70 123 45 67"),
            (2, "Bob Carter", "Acme", "info@acme.example", "")]  # fmt: skip
    at_once, one_by_one = DuplicateIndex("SE"), DuplicateIndex("SE")
    at_once.add_rows(rows)
    for ref, name, company, emails, phones in rows:
        one_by_one.add(ref, name, company, emails.split("\n") if emails else [], phones.split("\n") if phones else [])
    for contact in [("Bob Carter", "", ["info@acme.example"], []), ("Anna", "", [], ["070-1234567"]),
                    ("anna svensson", "", [], ["0701234567"])]:  # fmt: skip
        assert at_once.find(*contact) == one_by_one.find(*contact)


def test_phone_numbers_parse_once_into_e164():
    numbers = PhoneNumbers("se")
    assert numbers.key("070-123 45 67") == numbers.key("+46 70 123 45 67") == "+46701234567"
    assert numbers.key("tel:+1-418-656-9254;ext=102") == "+14186569254;ext=102"
    assert numbers.key("123") == "" and numbers.key("not a number") == ""
    assert PhoneNumbers("").key("070-123 45 67") == ""  # no home country: a national number tells nothing


def test_names_fold_case_accents_order_and_chinese_spacing():
    assert person_key("Svensson, Anna") == person_key("anna  SVENSSON") == person_key("Ánna Svénsson")
    assert person_key("王 小明") == person_key("王小明") != person_key("Wang Xiaoming")
    assert names_compatible("", person_key("Anna")) and not names_compatible(person_key("Anna"), person_key("Bo"))


def test_email_and_name_keys():
    assert email_key(" Anna@Akerlund.SE ") == email_key("mailto:anna@akerlund.se")
    assert name_key("Anna  Svensson", "Åkerlund Trädgård AB") == name_key("anna svensson", "ÅKERLUND TRÄDGÅRD AB.")
    assert name_key("Anna Svensson", "") != name_key("Anna Svensson", "Åkerlund")
    assert name_key("", "Åkerlund") == ""


def test_the_home_country_comes_from_the_locale_name():
    assert region_from_locale("sv_SE.UTF-8") == "SE" and region_from_locale("de-AT") == "AT"
    assert region_from_locale("zh_CN@pinyin") == "CN"
    assert region_from_locale("C.UTF-8") == region_from_locale("POSIX") == region_from_locale("en") == ""


def test_merging_fills_in_and_never_overwrites():
    mine = Lead(
        name="Anna Svensson", company="Åkerlund", emails=("anna@akerlund.se",), notes="Call on Fridays", tags=("vip",)
    )
    theirs = Lead(
        name="Anna S.",
        company="Other AB",
        role="Buyer",
        emails=("ANNA@akerlund.se", "anna@home.se"),
        phones=("+46 70 123 45 67",),
        notes="Met at Elmia",
        tags=("VIP", "spring"),
    )
    merged = merge_leads(mine, theirs)
    assert (merged.name, merged.company, merged.role) == ("Anna Svensson", "Åkerlund", "Buyer")
    assert merged.emails == ("anna@akerlund.se", "anna@home.se")
    assert merged.phones == ("+46 70 123 45 67",) and merged.tags == ("vip", "spring")
    assert merged.notes == "Call on Fridays\n\nMet at Elmia"
    assert merge_leads(merged, theirs) == merged  # the same contact again changes nothing


def test_the_fast_lead_maker_makes_the_same_lead():
    from leadbook.core.model import Source, Stage
    from leadbook.interop.records import new_lead

    values = dict(name="Anna", company="Åkerlund", emails=("a@b.se",), stage=Stage.WON, source=Source.WEB, value=1.5)
    fast, real = new_lead(**values), Lead(**values)
    assert fast == real and hash(fast) == hash(real) and repr(fast) == repr(real)
    assert fast.with_changes(name="Bo") == real.with_changes(name="Bo")


def test_keys_that_share_a_hash_are_told_apart_by_their_values(monkeypatch):
    from leadbook.interop import matching

    monkeypatch.setattr(matching, "_HASH_MASK", 0)  # every e-mail and name key hashes to 0
    index = DuplicateIndex("SE")
    index.add(1, "Anna Svensson", "Acme", ["anna@acme.example"], [])
    index.add(2, "Bob Carter", "Bolt", ["bob@bolt.example"], [])
    assert index.find("Bob Carter", "", ["bob@bolt.example"], []).ref == 2
    assert index.find("Cara Holm", "Acme", ["cara@acme.example"], []) is None
    assert index.find("Anna Svensson", "Acme", [], []).ref == 1  # by name and company
    assert index.find("Bob Carter", "Acme", [], []) is None


def test_a_book_s_leads_are_read_again_when_a_key_is_found_and_their_keys_held_in_arrays():
    rows = [(1, "Anna Svensson", "Acme", "info@acme.example\nanna@acme.example", "+46 70 123 45 67"),
            (2, "Bob Carter", "Acme", "info@acme.example", ""), (3, "Cara Holm", "Bolt", "", "")]  # fmt: skip
    asked = []

    def people_of(ref):
        asked.append(ref)
        _ref, name, company, emails, phones = rows[ref - 1]
        return name, company, tuple(emails.split("\n")) if emails else (), tuple(phones.split("\n")) if phones else ()

    kept, book = DuplicateIndex("SE"), DuplicateIndex("SE", people_of=people_of)
    kept.add_rows(rows)
    book.add_rows(rows)
    assert not book._emails and not book._names and not book._contacts and len(book._book[0]) == 3
    for contact in [("Bob Carter", "", ["info@acme.example"], []), ("Anna", "", [], ["070-1234567"]),
                    ("anna svensson", "", [], ["0701234567"]), ("Cara Holm", "Bolt", [], []),
                    ("Dan Berg", "", ["dan@acme.example"], ["070-7654321"])]:  # fmt: skip
        assert book.find(*contact) == kept.find(*contact)
    assert set(asked) == {1, 2, 3}
    # a row merged into a lead brings it a key the book does not have yet: found from then on
    book.add_keys(3, contact_keys("Cara Holm", "Bolt", ["cara@bolt.example"], []))
    assert book.find("Cara Holm", "", ["cara@bolt.example"], []).ref == 3


def test_a_contact_the_book_holds_exactly_is_found_as_the_long_search_finds_it():
    """The short way for a file imported again (a lead with the very row's name, company and
    e-mails, holding every key the row has that anyone holds) answers as the long search does:
    a second lead sharing one of the keys, a key a merge taught, or a name changed make it
    search the long way."""
    rows = [(1, "Anna Svensson", "Acme", "anna@acme.example", "070-123 45 67"),
            (2, "Bob Carter", "Bolt", "bob@bolt.example", "070-765 43 21"),
            (3, "Bob Carter", "Bolt", "robert@bolt.example", ""),
            (4, "Cara Holm", "Holm AB", "cara@holm.example", "070-765 43 21")]  # fmt: skip

    def people_of(ref):
        _ref, name, company, emails, phones = rows[ref - 1]
        return name, company, tuple(emails.split("\n")) if emails else (), tuple(phones.split("\n")) if phones else ()

    kept, book = DuplicateIndex("SE"), DuplicateIndex("SE", people_of=people_of)
    kept.add_rows(rows)
    book.add_rows(rows)
    contacts = [
        ("Anna Svensson", "Acme", ["anna@acme.example"], ["070-123 45 67"]),  # the short way
        ("Bob Carter", "Bolt", ["bob@bolt.example"], ["070-765 43 21"]),  # its phone is Cara's too
        ("Bob Carter", "Bolt", ["robert@bolt.example"], []),  # its name and company are Bob's too
        ("Anna Svensson", "Acme AB", ["anna@acme.example"], ["070-123 45 67"]),
    ]  # another company
    assert book._sole_lead(contact_keys(*contacts[0])) == 1 and book.found_exactly == 1
    # a phone the lead lacks (nobody has it): still Anna, but add_keys has that phone to learn
    assert book.find("Anna Svensson", "Acme", ["anna@acme.example"], ["070-111 22 33"]).ref == 1
    assert book.found_exactly is None
    for contact in contacts:
        assert book.find(*contact) == kept.find(*contact)
    assert book.find(*contacts[1]).possible == ((4, MatchBy.PHONE), (3, MatchBy.NAME))
    assert book._sole_lead(contact_keys(*contacts[1])) is None
    assert book._sole_lead(contact_keys(*contacts[2])) is None
    # a row of the file that shares Anna's e-mail: the long way, which finds both
    book.add_keys(~0, contact_keys("Anna S.", "", ["anna@acme.example"], []), keep_who=False)
    assert book._sole_lead(contact_keys(*contacts[0])) is None
