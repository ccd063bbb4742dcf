import pytest

from leadbook.core.model import IntervalUnit, Lead, normalise_tags, split_list
from leadbook.core.validation import Problem, is_valid_email, is_valid_phone, lead_problems, parse_amount, phone_digits


@pytest.mark.parametrize("text", ["anna@akerlund.se", "j.smith+crm@mail.example.co.uk", "wang.fang@lvyuan-garden.cn",
                                  "someone@invalid", "anna@x", "anna@x.s", '"anna svensson"@example.se',
                                  "o'neil@example.ie", "postmaster@[192.0.2.1]", "王芳@例子.中国"])  # fmt: skip
def test_good_emails(text):
    """Any RFC 5322 address, whatever its domain."""
    assert is_valid_email(text)


@pytest.mark.parametrize("text", ["anna", "anna@", "@x.se", "an na@x.se", "a@b@c.se", "anna.@x.se", "anna@x..se",
                                  "Anna <anna@x.se>", "anna@x.se,", "anna@"])  # fmt: skip
def test_bad_emails(text):
    assert not is_valid_email(text)


@pytest.mark.parametrize("text", ["+46 70-123 45 67", "(555) 010-0199", "030/1234567", "+49 151 2345678 ext 12", "112",
                                  "+1-800-MYFAX", "1-800-FLOWERS", "1-800-GO-FEDEX x12"])  # fmt: skip
def test_good_phones(text):
    assert is_valid_phone(text)


@pytest.mark.parametrize("text", ["call me", "070-ABC", "12", "+46 70 12 34 ab", "++46 70", "555 1234 ask for Bob",
                                  "CALL 555 1234", "1-800-flowers"])  # fmt: skip
def test_bad_phones(text):
    assert not is_valid_phone(text)


def test_phone_digits_ignore_punctuation():
    assert phone_digits("+46 (70) 123-45.67") == "46701234567"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("", None),
        ("12500", 12500.0),
        ("12 500", 12500.0),
        ("12,500", 12500.0),
        ("12,5", 12.5),
        ("12.500,50", 12500.5),
        ("1,200.50", 1200.5),
        ("1.200.000", 1200000.0),
        ("\u00a07 000 ", 7000.0),
    ],
)
def test_amounts_in_common_notations(text, value):
    assert parse_amount(text) == value


@pytest.mark.parametrize("text", ["twelve", "12k", "1,2,3x", "€"])
def test_amounts_that_are_not_numbers(text):
    with pytest.raises(ValueError):
        parse_amount(text)


def test_a_lead_without_name_is_refused():
    assert [p.problem for p in lead_problems(Lead(name="  "))] == [Problem.NAME_MISSING]


def test_each_bad_field_is_reported_once():
    lead = Lead(
        name="X",
        emails=("ok@x.se", "bad"),
        phones=("abc",),
        value=-1,
        currency="kronor",
        interval_count=3,
        website="not a site",
    )
    fields = [p.field for p in lead_problems(lead)]
    assert fields == ["emails", "phones", "value", "currency", "interval", "website"]


def test_interval_needs_both_count_and_unit():
    assert lead_problems(Lead(name="X", interval_count=2, interval_unit=IntervalUnit.WEEKS)) == []
    assert lead_problems(Lead(name="X", interval_unit=IntervalUnit.WEEKS))[0].problem == Problem.INTERVAL_INVALID


def test_lists_and_tags_are_cleaned():
    assert split_list(" a@x.se; b@y.de ,, c@z.com ") == ("a@x.se", "b@y.de", "c@z.com")
    assert split_list("客户，重要、北京；a@x.cn") == ("客户", "重要", "北京", "a@x.cn")
    assert normalise_tags(["VIP", "vip", " spring  campaign ", ""]) == ("VIP", "spring campaign")
