"""The import's fast paths give what the plain code they replaced gives, for any text.

Each ``plain_*`` below is the straightforward version (as first written); hypothesis feeds
both the same random text: phone numbers with any digits and extensions, names in any
script with any punctuation, cells with spaces, NULs, carriage returns and apostrophes.
"""

from __future__ import annotations

import dataclasses
import os
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from _book_sql import store_db
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir

from leadbook.core.model import Lead, normalise_tags
from leadbook.core.validation import is_valid_email, is_valid_phone, phone_digits
from leadbook.interop.csv_import import _mapped_columns, _row_fields, read_csv
from leadbook.interop.matching import DuplicateIndex, ascii_digits, email_key, name_key, phone_digits_key
from leadbook.interop.records import (
    Fields,
    Target,
    build_lead,
    merge_adds_nothing,
    merge_leads,
    merge_view,
    split_emails,
    split_phones,
    split_tags,
)
from leadbook.store.leads import _digits, merge_views

set_hypothesis_home_dir(Path(os.environ["XDG_CACHE_HOME"]) / "hypothesis")
SETTINGS = settings(max_examples=400, deadline=None, database=None)

_TEXT = st.text(alphabet=st.sampled_from(list("+0123456789 -().#xXeEtT:/'\"\t\r\n\x00,;@.") + list(
    "aZåÄöß王芳İK٣²𝟙１\u00a0\u2028\u0301ﬁ_") + ["\ud800"]), max_size=24)  # fmt: skip


_KEYPAD = {c: str(d) for d, letters in ((2, "abc"), (3, "def"), (4, "ghi"), (5, "jkl"), (6, "mno"), (7, "pqrs"),
                                         (8, "tuv"), (9, "wxyz")) for c in letters + letters.upper()}  # fmt: skip


def plain_phone_digits_key(phone: str) -> str:
    text = phone.strip()
    if text.lower().startswith("tel:"):
        text = text[4:]
    digits = "".join(_KEYPAD.get(c, c) for c in text if (c.isdigit() and c.isascii()) or c in _KEYPAD)
    return ("+" + digits if text.lstrip().startswith("+") else digits) if digits else ""


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def plain_name_key(name: str, company: str) -> str:
    plain = _plain(name) or " ".join(unicodedata.normalize("NFKC", name).casefold().split())
    return f"{plain}\x1f{_plain(company)}" if plain else ""


def strip_scheme(text: str, scheme: str) -> str:
    return text[len(scheme) :].strip() if text.lower().startswith(scheme) else text


def plain_unique(values: list[str], key: Callable[[str], str]) -> tuple[str, ...]:
    seen: set[str] = set()
    kept = []
    for value in values:
        if (key(value) or value) not in seen:
            seen.add(key(value) or value)
            kept.append(value)
    return tuple(kept)


def plain_clean_cell(text: str) -> str:
    text = text.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n").strip()
    return re.sub(r"^'(?=[=+\-@\t\r])", "", text)


@SETTINGS
@given(text=_TEXT)
def test_phone_and_digit_keys(text):
    assert phone_digits_key(text) == plain_phone_digits_key(text)
    assert ascii_digits(text) == "".join(c for c in text if c.isdigit() and c.isascii())
    assert _digits((text, "+46 70-1")) == " ".join(phone_digits(p) for p in (text, "+46 70-1"))


@SETTINGS
@given(name=_TEXT, company=_TEXT)
def test_name_and_email_keys(name, company):
    assert name_key(name, company) == plain_name_key(name, company)
    assert email_key(name) == (name.strip()[7:] if name.strip().lower().startswith("mailto:")
                               else name.strip()).strip().casefold()  # fmt: skip


@SETTINGS
@given(cells=st.lists(_TEXT, max_size=9))
def test_cells_become_the_fields_fields_add_makes(cells):
    header = ["Name", "E-mail", "Phone", "Labels", "Notes", "Company", "Notes 2", "Phone 2"]
    mapping = (Target.NAME, Target.EMAIL, Target.PHONE, Target.TAGS, Target.NOTES, Target.COMPANY, Target.NOTES,
               Target.PHONE)  # fmt: skip
    slow = Fields()
    for column, target in enumerate(mapping):
        if column < len(cells) and cells[column]:
            slow.add(target, cells[column], header[column])
    assert _row_fields(_mapped_columns(header, mapping), cells).values == slow.values
    plain = [(target.value, header[n], plain_clean_cell(cell)) for n, (target, cell) in enumerate(zip(mapping, cells))]
    assert [(t, label, text) for t, found in slow.values.items() for label, text in found] == sorted(
        [p for p in plain if p[2]], key=lambda p: list(slow.values).index(p[0]))  # fmt: skip


@SETTINGS
@given(cells=st.lists(_TEXT, min_size=4, max_size=4))
def test_built_leads_are_real_leads_with_the_plain_lists(cells):
    fields = Fields()
    for target, text in zip((Target.NAME, Target.EMAIL, Target.PHONE, Target.TAGS), cells):
        fields.add(target, text, "")
    lead, _problems = build_lead(fields)
    if lead is None:
        return
    assert set(vars(lead)) == {field.name for field in dataclasses.fields(Lead)} and lead == Lead(**vars(lead))
    emails = [strip_scheme(e, "mailto:") for _l, t in fields.values.get("email", ()) for e in split_emails(t)]
    assert lead.emails == tuple(e for e in plain_unique(emails, email_key) if is_valid_email(e))  # others: notes
    phones = [strip_scheme(p, "tel:") for _l, t in fields.values.get("phone", ()) for p in split_phones(t)]
    assert lead.phones == tuple(p for p in plain_unique(phones, phone_digits_key) if is_valid_phone(p))
    assert lead.tags == normalise_tags([t for _l, text in fields.values.get("tags", ()) for t in split_tags(text)])


def test_blank_rows_are_left_out_whatever_their_spacing():
    table = read_csv("Name,Email\r\nAnna,a@b.se\r\n , \t\r\n,\r\nBo,\r\n")
    assert [row.cells[0] for row in table.rows] == ["Anna", "Bo"]


_LEADS = st.builds(
    Lead,
    name=st.sampled_from(["Anna", "Bo"]),
    company=st.sampled_from(["", "AB", "ab"]),
    role=st.sampled_from(["", "VD"]),
    decision_maker_name=st.sampled_from(["", "Karin"]),
    emails=st.lists(st.sampled_from(["a@b.se", "A@b.se", "c@d.de"]), max_size=2, unique=True).map(tuple),
    phones=st.lists(st.sampled_from(["+46 70 123 45 67", "070-123 45 67", "08-55 55"]), max_size=2, unique=True).map(
        tuple
    ),
    notes=st.sampled_from(["", "Met", "met", "Met at Elmia", "Met  at\nElmia"]),
    rapport=st.sampled_from(["", "Golf"]),
    value=st.sampled_from([None, 0.0, 12.5]),
    currency=st.sampled_from(["", "SEK"]),
    tags=st.lists(st.sampled_from(["vip", "VIP", "golf"]), max_size=2, unique=True).map(tuple),
    do_not_contact=st.booleans(),
    best_time=st.sampled_from(["", "am"]),
)


@SETTINGS
@given(existing=_LEADS, incoming=_LEADS)
def test_a_merge_said_to_add_nothing_adds_nothing(existing, incoming):
    if merge_adds_nothing(merge_view(existing), existing.tags, incoming):
        assert merge_leads(existing, incoming) is existing
    assert merge_adds_nothing(merge_view(existing), existing.tags, existing)  # the same contact again


@SETTINGS
@given(leads=st.lists(_LEADS, max_size=6))
def test_the_book_s_rows_give_the_keys_one_contact_at_a_time_gives(leads):
    one_by_one, at_once = DuplicateIndex(), DuplicateIndex()
    for n, lead in enumerate(leads):
        one_by_one.add(n, lead.name, lead.company, lead.emails, lead.phones)
    at_once.add_rows((n, lead.name, lead.company, "\n".join(lead.emails), "\n".join(lead.phones))
                     for n, lead in enumerate(leads))  # fmt: skip
    assert (at_once._emails, at_once._phones, at_once._names) == (
        one_by_one._emails, one_by_one._phones, one_by_one._names)  # fmt: skip


def test_merge_views_read_from_the_book_are_the_leads_merge_views(book):
    leads = [Lead(name="Åsa", company="Öberg AB", emails=("a@o.se", "b@o.se"), phones=("070-1234567",), value=3.0,
                  notes="N", rapport="R", tags=("vip", "Golf"), do_not_contact=True, decision_maker_name="K"),
             Lead(name="Bo")]  # fmt: skip
    ids = sorted(book.add_leads(leads).added)
    views = merge_views(store_db(book), [*ids, 999])
    assert set(views) == set(ids)
    for lead in book.leads(ids):
        assert views[lead.id] == (lead.name, merge_view(lead), tuple(sorted(lead.tags, key=str.casefold)))
