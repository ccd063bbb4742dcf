"""Duplicate keys: e-mail, phone by its digits (national or international), name plus company."""

from __future__ import annotations

from leadbook.core.model import Lead
from leadbook.interop.matching import DuplicateIndex, MatchBy, email_key, name_key, phone_key, phones_match
from leadbook.interop.records import merge_leads


def test_phone_keys_ignore_punctuation_and_prefixes():
    assert phone_key("+46 70-123 45 67") == phone_key("0046701234567") == "46701234567"
    assert phone_key("070-123 45 67") == "701234567"
    assert phone_key("tel:+1-555-201-3344 ext. 12") == "15552013344"
    assert phone_key("123") == ""  # too short to tell people apart


def test_national_and_international_forms_of_a_number_match():
    assert phones_match(phone_key("+46 8 123 456"), phone_key("08-123 456"))
    assert phones_match(phone_key("+46 70 123 45 67"), phone_key("070 123 45 67"))
    assert not phones_match(phone_key("+46 70 123 45 67"), phone_key("070 123 45 68"))
    assert not phones_match(phone_key("+46 70 123 45 67"), phone_key("123 45 67"))  # too much missing


def test_email_and_name_keys():
    assert email_key(" Anna@Akerlund.SE ") == email_key("mailto:anna@akerlund.se")
    assert name_key("Anna  Svensson", "Åkerlund Trädgård AB") == name_key("anna svensson", "ÅKERLUND TRÄDGÅRD AB.")
    assert name_key("Anna Svensson", "") != name_key("Anna Svensson", "Åkerlund")
    assert name_key("", "Åkerlund") == ""


def test_the_index_answers_email_first_then_phone_then_name():
    index = DuplicateIndex()
    index.add(1, "Anna Svensson", "Åkerlund", ["anna@akerlund.se"], ["+46 70 123 45 67"])
    index.add(2, "Bob Carter", "Carter Pools", [], ["+1 555 201 3344"])
    assert index.find("Someone", "", ["ANNA@akerlund.se"], []).ref == 1
    assert index.find("X", "", [], ["070-123 45 67"]) .by == MatchBy.PHONE
    assert index.find("bob carter", "carter pools", [], []) == index.find("Bob Carter", "Carter Pools", [], [])
    assert index.find("Bob Carter", "Other AB", [], []) is None


def test_merging_fills_in_and_never_overwrites():
    mine = Lead(name="Anna Svensson", company="Åkerlund", emails=("anna@akerlund.se",), notes="Call on Fridays",
                tags=("vip",))
    theirs = Lead(name="Anna S.", company="Other AB", role="Buyer", emails=("ANNA@akerlund.se", "anna@home.se"),
                  phones=("+46 70 123 45 67",), notes="Met at Elmia", tags=("VIP", "spring"))
    merged = merge_leads(mine, theirs)
    assert (merged.name, merged.company, merged.role) == ("Anna Svensson", "Åkerlund", "Buyer")
    assert merged.emails == ("anna@akerlund.se", "anna@home.se")
    assert merged.phones == ("+46 70 123 45 67",) and merged.tags == ("vip", "spring")
    assert merged.notes == "Call on Fridays\n\nMet at Elmia"
    assert merge_leads(merged, theirs) == merged  # the same contact again changes nothing


def test_the_fast_lead_maker_makes_the_same_lead():
    from leadbook.core.model import Source, Stage  # noqa: PLC0415
    from leadbook.interop.records import new_lead  # noqa: PLC0415

    values = dict(name="Anna", company="Åkerlund", emails=("a@b.se",), stage=Stage.WON, source=Source.WEB, value=1.5)
    fast, real = new_lead(**values), Lead(**values)
    assert fast == real and hash(fast) == hash(real) and repr(fast) == repr(real)
    assert fast.with_changes(name="Bo") == real.with_changes(name="Bo")
