"""The demo lead book: about 300 invented leads for a first look, screenshots and manual testing.

Four cultures in roughly even shares (English (US/UK), Swedish, German, Chinese), so sorting,
search and layout meet real names, scripts, currencies and phone formats. People and companies
are invented by combining the first names, last names and company stems below. Phone numbers
use the ranges set aside for fiction where a country has one (US 555-01xx, UK 07700 900xxx and
0xx 496 0xxx, Swedish 070-174 06xx, German landlines); German and Chinese mobiles are random.

Everything comes from ``random.Random(seed)`` and the book's clock, so one seed and one date
always give the same book. The leads are consistent in themselves: the preferred channel is
one their contact data allows, customers have a postal address, rapport notes never name the
lead. The steps in ``LATER_STEPS`` write each lead's story (demo_history: the past touches and
the plan that fills Today with a solo seller's day; demo_revisits: the no's).
"""

from __future__ import annotations

import contextlib
import errno
import math
import os
import random
import re
import secrets
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple, TypeVar

from ..book import DiskFullError, LeadBook
from ..core.clock import Clock
from ..core.model import Channel, IntervalUnit, Lead, Source, Stage
from .history import add_history, possible_channels
from .revisits import add_revisits

T = TypeVar("T")


class Culture(NamedTuple):
    """One culture's raw material.

    Entries written "shown|ascii" (names, stems) carry the ASCII form e-mail addresses and
    domains need; the others are folded with ``fold``. Cities are "City|landline template"
    ('#' any digit, '%' 1-9; no template where no fictional range is known); ``mobiles``
    empty means the city's template serves for mobiles too. Trades are "company pattern|domain
    word" in the order of TRADES. Roles written "male|female" have a gendered word. ``mail``
    holds local parts: {g} given name, {f} family name, {i} initial.
    """

    country: str
    currency: str
    per_usd: float  # scales TRADE_VALUES into this currency
    fold: dict[int, str]
    tld: str
    cities: tuple[str, ...]
    mobiles: tuple[str, ...]
    women: tuple[str, ...]
    men: tuple[str, ...]
    surnames: tuple[str, ...]
    stems: tuple[str, ...]
    trades: tuple[str, ...]
    streets: tuple[str, ...]
    deciders: tuple[str, ...]
    others: tuple[str, ...]  # roles of people who do not decide
    notes: tuple[str, ...]  # discussion notes in the local language
    rapport: tuple[str, ...]
    best_times: tuple[str, ...]
    mail: tuple[str, ...]
    info: str  # the shared mailbox
    cjk: bool = False  # names written family name first, without a space


US = Culture(
    "United States", "USD", 1.0, {}, "com",
    cities=("Chicago|+1 (312) 555-01##", "Austin|+1 (512) 555-01##", "Denver|+1 (303) 555-01##",
            "Green Bay|+1 (920) 555-01##", "Raleigh|+1 (919) 555-01##", "Portland|+1 (503) 555-01##"),
    mobiles=(),
    women=("Emily", "Megan", "Rachel", "Lauren", "Dana", "Kristen", "Hannah", "Alicia"),
    men=("Ryan", "Kevin", "Marcus", "Tyler", "Derek", "Brandon", "Nathan", "Greg"),
    surnames=("Whitaker", "Delgado", "Hollis", "Brennan", "Caldwell", "Pruitt", "Okafor", "Lindquist", "Harrington",
              "Mercer", "Rasmussen", "Castillo"),
    stems=("Bluestem", "Ironleaf", "Maple Run", "Silverbrook", "Redtail", "Foxglove", "Copperline", "Harlow Creek"),
    trades=("{stem} Landscaping LLC|landscaping", "{stem} Pools & Spas|pools", "{stem} Advisory Group|advisory",
            "{stem} Custom Tailors|tailors", "{stem} Supply Co.|supply", "{stem} Print & Sign|print",
            "{stem} Facility Services Inc.|facilities", "{stem} Equipment Sales|equipment", "{stem} Café|cafe",
            "{stem} Family Dental|dental"),
    streets=("{n} Oak Street", "{n} Lakeview Drive", "{n} W Main Street", "{n} Prairie Avenue"),
    deciders=("Owner", "Founder", "President", "Purchasing manager", "Operations director"),
    others=("Office manager", "Project coordinator", "Executive assistant", "Buyer"),
    notes=("Wants a quote by Friday.", "Budget approved for next quarter.",
           "Comparing us with two others; reliability matters more than price to them."),
    rapport=("Packers fan; no calls on game days", "Coaches Little League on Saturdays",
             "Breakfast at the Blue Heron diner most mornings"),
    best_times=("Tue–Thu after 2 pm", "before 9 am"), mail=("{g}.{f}", "{g}", "{i}{f}"), info="info",
)  # fmt: skip

UK = Culture(
    "United Kingdom", "GBP", 0.79, {}, "co.uk",
    cities=("London|+44 20 7946 0###", "Leeds|+44 113 496 0###", "Manchester|+44 161 496 0###",
            "Bristol|+44 117 496 0###", "Edinburgh|+44 131 496 0###", "Sheffield|+44 114 496 0###"),
    mobiles=("+44 7700 900###",),
    women=("Charlotte", "Sophie", "Hayley", "Gemma", "Imogen", "Fiona", "Bethany", "Niamh"),
    men=("Oliver", "Callum", "Rhys", "Stuart", "Alistair", "Jamie", "Gareth", "Dominic"),
    surnames=("Ashworth", "Pemberton", "Fairclough", "Hargreaves", "Tolley", "Whitfield", "Bannister", "Cartwright",
              "Okonjo", "Doyle", "Kaur", "Fenwick"),
    stems=("Ashcombe", "Kingsfold", "Briarwood", "Hollowmere", "Larkspur", "Thistledown", "Millgate", "Wrenfield"),
    trades=("{stem} Landscapes Ltd|landscapes", "{stem} Pools & Leisure Ltd|pools", "{stem} Consulting Ltd|consulting",
            "{stem} Bespoke Tailoring|tailoring", "{stem} Trade Supplies Ltd|supplies", "{stem} Printers|printers",
            "{stem} Facilities Management Ltd|fm", "{stem} Plant & Machinery Ltd|plant", "The {stem} Café|cafe",
            "{stem} Dental Practice|dental"),
    streets=("{n} High Street", "{n} Mill Lane", "{n} Victoria Road", "{n} Church Street"),
    deciders=("Owner", "Managing Director", "Director", "Purchasing manager", "Head of operations"),
    others=("Office manager", "PA to the MD", "Project coordinator", "Buyer"),
    notes=("Wants a quote before the end of the month.", "Decision at the next partners' meeting.",
           "Happy with the trial order; open to an annual agreement."),
    rapport=("Supports Leeds United", "Plays five-a-side on Wednesdays", "Allotment at weekends; proud of the leeks"),
    best_times=("after 3 pm", "not Monday mornings"), mail=("{g}.{f}", "{g}", "{i}.{f}"), info="info",
)  # fmt: skip

SE = Culture(
    "Sweden", "SEK", 10.5, str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e"}), "se",
    cities=("Stockholm|+46 8-465 004 ##", "Göteborg|+46 31-390 06 ##", "Malmö|+46 40-628 04 ##", "Uppsala",
            "Västerås", "Umeå", "Örebro"),
    mobiles=("+46 70-174 06 %#",),
    women=("Åsa", "Ingrid", "Märta", "Karin", "Linnéa", "Elin", "Malin", "Johanna", "Frida", "Sigrid"),
    men=("Björn", "Göran", "Mats", "Per", "Olof", "Henrik", "Jonas", "Anders", "Fredrik", "Lennart"),
    surnames=("Åkesson", "Sjöberg", "Bäckström", "Lindgren", "Hägglund", "Näslund", "Ström", "Löfgren", "Wikström",
              "Östlund", "Berglund", "Nyström", "Holmqvist", "Dahlberg"),
    stems=("Björkliden", "Sjövik", "Granlund", "Ekbacken", "Lövhaga", "Stenåsen", "Tallmon", "Solbacka",
           "Kvarnbäcken", "Ängsbo"),
    trades=("{stem} Trädgård & Anläggning AB|tradgard", "{stem} Pool & Spa AB|pool",
            "{stem} Affärsutveckling AB|konsult", "{stem} Skrädderi & Herrekipering|skradderi",
            "{stem} Grossisten AB|grossist", "{stem} Tryckeri AB|tryck",
            "{stem} Fastighetsservice AB|fastighetsservice", "{stem} Maskin AB|maskin", "Café {stem}|cafe",
            "{stem} Tandvård|tandvard"),
    streets=("Storgatan {n}", "Kyrkogatan {n}", "Björkvägen {n}", "Industrigatan {n}"),
    deciders=("Ägare", "VD", "Inköpschef", "Verksamhetschef", "Delägare"),
    others=("Projektledare", "Kontorsansvarig", "Inköpare", "Receptionist"),
    notes=("Vill ha offert senast på fredag.", "Ring efter semestern, de bestämmer i augusti.",
           "Jämför med två andra leverantörer.", "Nöjd med provleveransen, vill prata ramavtal."),
    rapport=("Djurgården-supporter", "Håller på IFK Göteborg", "Åker Vasaloppet varje år",
             "Sommarstuga på Gotland i juli"),
    best_times=("förmiddagar", "efter lunch, inte fredagar"), mail=("{g}.{f}", "{g}"), info="info",
)  # fmt: skip

DE = Culture(
    "Germany", "EUR", 0.92, str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e"}), "de",
    cities=("Berlin|+49 30 23125 ###", "Frankfurt am Main|+49 69 90009 ###", "Hamburg|+49 40 66969 ###",
            "Köln|+49 221 4710 ###", "München|+49 89 99998 ###"),
    mobiles=("+49 151 ########", "+49 160 ########", "+49 172 ########"),
    women=("Sabine", "Katrin", "Jutta", "Anke", "Heike", "Mareike", "Birgit", "Svenja", "Ulrike", "Dörte"),
    men=("Jürgen", "Uwe", "Matthias", "Dirk", "Torsten", "Klaus", "Rüdiger", "Jörg", "Holger", "Sönke"),
    surnames=("Müller", "Schröder", "Weiß", "Groß", "Krüger", "Böhm", "Jäger", "Fuchs", "Hoffmann", "Köhler",
              "Seidel", "Lehmann", "Kühn", "Wendland"),
    stems=("Lindenhof", "Sonnenberg", "Eichwald", "Rosental", "Tannengrund", "Mühlbach", "Weißdorn", "Falkenhorst",
           "Kirschgarten"),
    trades=("{stem} Garten- und Landschaftsbau GmbH|galabau", "{stem} Pool & Wellness GmbH|pool",
            "{stem} Unternehmensberatung GmbH|beratung", "Maßschneiderei {stem}|massschneiderei",
            "{stem} Handelsgesellschaft mbH|handel", "Druckhaus {stem}|druck",
            "{stem} Gebäudeservice GmbH|gebaeudeservice", "{stem} Land- und Baumaschinen GmbH|maschinen",
            "Café {stem}|cafe", "Zahnarztpraxis am {stem}|zahnarzt"),
    streets=("Hauptstraße {n}", "Lindenallee {n}", "Am Markt {n}", "Industriestraße {n}"),
    deciders=("Geschäftsführer|Geschäftsführerin", "Inhaber|Inhaberin", "Einkaufsleiter|Einkaufsleiterin",
              "Betriebsleiter|Betriebsleiterin"),
    others=("Assistenz der Geschäftsführung", "Projektleiter|Projektleiterin",
            "Sachbearbeiter Einkauf|Sachbearbeiterin Einkauf", "Büroleitung"),
    notes=("Möchte bis Freitag ein Angebot.", "Entscheidung fällt nach der Gesellschafterversammlung.",
           "Vergleicht mit zwei anderen Anbietern.", "Muster gefallen, Rahmenvertrag im Gespräch."),
    rapport=("Werder-Fan, Dauerkarte seit Jahren", "Fiebert mit dem 1. FC Köln", "Kegelt donnerstags",
             "Schrebergarten, erntet stolz Tomaten"),
    best_times=("vormittags", "Di/Do ab 14 Uhr"), mail=("{g}.{f}", "{i}.{f}"), info="kontakt",
)  # fmt: skip

CN = Culture(
    "China", "CNY", 7.2, {}, "cn",
    cities=("杭州|+86 571 8### ####", "上海|+86 21 6### ####", "苏州|+86 512 6### ####", "深圳|+86 755 8### ####",
            "成都|+86 28 8### ####", "南京|+86 25 8### ####"),
    mobiles=("+86 138 #### ####", "+86 139 #### ####", "+86 186 #### ####", "+86 159 #### ####"),
    women=("芳|fang", "静|jing", "婷|ting", "丽娜|lina", "雪梅|xuemei", "晓燕|xiaoyan", "慧敏|huimin", "思雨|siyu"),
    men=("伟|wei", "志强|zhiqiang", "建华|jianhua", "浩然|haoran", "宇航|yuhang", "国栋|guodong", "子轩|zixuan", "文博|wenbo"),
    surnames=("王|wang", "李|li", "张|zhang", "刘|liu", "陈|chen", "杨|yang", "赵|zhao", "黄|huang", "周|zhou", "吴|wu",
              "徐|xu", "孙|sun", "林|lin", "何|he"),
    stems=("绿源|lvyuan", "青禾|qinghe", "明远|mingyuan", "恒达|hengda", "云帆|yunfan", "博雅|boya", "金穗|jinsui",
           "启航|qihang", "长青|changqing", "华岳|huayue"),
    trades=("{city}{stem}园林工程有限公司|garden", "{city}{stem}泳池设备有限公司|pool",
            "{city}{stem}企业管理咨询有限公司|consulting", "{city}{stem}服装定制有限公司|tailor",
            "{city}{stem}商贸有限公司|trading", "{city}{stem}印务有限公司|print", "{city}{stem}物业服务有限公司|property",
            "{city}{stem}机械设备有限公司|machinery", "{stem}咖啡|coffee", "{city}{stem}口腔门诊部|dental"),
    streets=("文三路{n}号", "星湖街{n}号", "建设路{n}号", "人民路{n}号", "解放路{n}号"),
    deciders=("总经理", "董事长", "创始人", "采购经理", "运营总监"),
    others=("行政助理", "项目主管", "采购专员", "办公室主任"),
    notes=("希望下周五前收到报价。", "在比较三家供应商，比较看重价格。", "老板春节后再做决定。", "对样品很满意，想谈年度合同。"),
    rapport=("喜欢打羽毛球，每周二晚上打球", "爱喝龙井茶", "周末常去钓鱼", "Reads WeChat messages, rarely e-mail"),
    best_times=("上午10点前", "下午2点以后"), mail=("{f}.{g}", "{f}{g}"), info="info", cjk=True,
)  # fmt: skip

# Shares, not probabilities: each list is dealt out exactly, then shuffled (see _quota).
CULTURE_SHARES: tuple[tuple[Culture, int], ...] = ((US, 1), (UK, 1), (SE, 2), (DE, 2), (CN, 2))
STAGE_SHARES = ((Stage.NEW, 22), (Stage.CONTACTED, 20), (Stage.QUALIFIED, 14), (Stage.PROPOSAL, 10),
                (Stage.NEGOTIATION, 6), (Stage.WON, 9), (Stage.NO, 11), (Stage.NURTURE, 8))  # fmt: skip
SOURCE_SHARES = ((Source.WEB, 24), (Source.REFERRAL, 18), (Source.COLD, 14), (Source.PHONE, 10),
                 (Source.EMAIL, 10), (Source.EVENT, 10), (Source.AD, 9), (Source.OTHER, 5))  # fmt: skip

# Deal sizes in US dollars (low, high), drawn log-uniformly: many small deals, a few big ones.
TRADE_VALUES = {"garden": (1_500, 35_000), "pool": (8_000, 70_000), "consult": (2_500, 45_000),
                "tailor": (600, 9_000), "wholesale": (3_000, 60_000), "print": (250, 7_000),
                "facility": (6_000, 150_000), "machinery": (25_000, 300_000), "cafe": (300, 8_000),
                "dental": (1_500, 40_000)}  # fmt: skip
TRADES = tuple(TRADE_VALUES)
RESIDENTIAL = ("garden", "pool", "tailor")  # trades where some leads are private households
NO_VALUE_CHANCE = {Stage.NEW: 0.6, Stage.CONTACTED: 0.4, Stage.NURTURE: 0.4}

TRADE_NOTES = {  # what the lead's business talked about, in English
    "garden": ("Needs a second ride-on mower before the season.", "Asked for topsoil and bark delivered in April."),
    "pool": ("Wants to stock heat pumps for summer; asked for trade prices.", "Needs a service partner up north."),
    "consult": ("Quoting is their pain; a half-day workshop discussed.", "Asked for references from similar firms."),
    "tailor": ("Wants cloth samples for the autumn range.", "Short of hands for alterations in wedding season."),
    "wholesale": ("Current supplier keeps missing delivery dates.", "Orders monthly; open to a trial pallet."),
    "print": ("Worried about paper prices; wants a fixed price for the year.", "Needs roll-ups for three trade fairs."),
    "facility": ("Cleaning contract for their 2,400 m² office ends in autumn.", "Wants one supplier for everything."),
    "machinery": ("Looking at a compact loader, old one as trade-in.", "Service agreement for six machines discussed."),
    "cafe": ("Opening a second café in spring; needs an espresso machine.", "Interested in weekly pastry deliveries."),
    "dental": ("New clinic opens in March; needs signage and cards.", "Asked about servicing the sterilisation room."),
}  # fmt: skip
PRIVATE_NOTES = {  # households, for the residential trades
    "garden": ("Homeowner; wants the back garden redone before summer, with a small pond.",),
    "pool": ("Private pool, liner is twelve years old; asked about a cover too.",),
    "tailor": ("Getting married in June; wants a made-to-measure suit, first fitting in March.",),
}
RAPPORT = ("Daughter {girl} plays handball", "Son {boy} just started school", "Has a dog called {pet}",
           "Cat {pet} walks across the keyboard during video calls", "Runs marathons; ask about the last one",
           "Keen sailor, hard to reach on summer weekends", "Vegetarian; remember for lunch meetings",
           "Collects vinyl records", "Plays golf on Friday afternoons")  # fmt: skip
PETS = ("Bella", "Otto", "Luna", "Sixten", "Milo", "Doudou", "Frieda", "Rex")
BEST_TIMES = ("Wed/Thu 13–16", "mornings", "after 15:00", "Mon–Fri before 10", "lunchtime", "not on Fridays")
CHANNELS = (Channel.CALL, Channel.CALL, Channel.EMAIL, Channel.EMAIL, Channel.MEETING, Channel.SMS, Channel.SOCIAL)
INTERVALS = ((3, IntervalUnit.DAYS), (1, IntervalUnit.WEEKS), (2, IntervalUnit.WEEKS), (1, IntervalUnit.MONTHS))
NURTURE_INTERVALS = ((1, IntervalUnit.MONTHS), (3, IntervalUnit.MONTHS), (6, IntervalUnit.MONTHS))
TAGS = ("vip", "spring-campaign", "referral-partner", "trade-fair-2026", "residential", "commercial")

DemoStep = Callable[[LeadBook, random.Random, list[Lead]], None]
# Steps run in order after the leads are saved; later features append theirs here.
LATER_STEPS: tuple[DemoStep, ...] = (add_history, add_revisits)


class Person(NamedTuple):
    name: str  # as shown
    given: str  # ASCII, for e-mail addresses
    family: str
    female: bool
    first: str = ""  # the given name as shown


def _quota(rng: random.Random, shares: Sequence[tuple[T, int]], count: int) -> list[T]:
    """Deal out exact shares, then shuffle: every stage and source appears in a real book's proportions."""
    total = sum(weight for _, weight in shares)
    counts = [weight * count // total for _, weight in shares]
    for i in range(count - sum(counts)):
        counts[i % len(counts)] += 1
    items = [item for (item, _), n in zip(shares, counts) for _ in range(n)]
    rng.shuffle(items)
    return items


def _digits(rng: random.Random, template: str) -> str:
    """Fill a number template: '#' is any digit, '%' one from 1 to 9 (to stay inside a fictional range)."""
    return "".join(
        str(rng.randint(0, 9)) if ch == "#" else str(rng.randint(1, 9)) if ch == "%" else ch for ch in template
    )


def _shown_and_ascii(entry: str, fold: dict[int, str]) -> tuple[str, str]:
    """A table entry as shown, and the ASCII form that e-mail addresses and domains need."""
    shown, _, ascii_form = entry.partition("|")
    return shown, ascii_form or re.sub(r"[^a-z0-9]+", "-", shown.lower().translate(fold)).strip("-")


def _person(rng: random.Random, c: Culture, used: set[str]) -> Person:
    """Someone new to the book; first and last names are drawn apart, so nobody real is meant."""
    for _ in range(50):
        female = rng.random() < 0.5
        given, given_ascii = _shown_and_ascii(rng.choice(c.women if female else c.men), c.fold)
        family, family_ascii = _shown_and_ascii(rng.choice(c.surnames), c.fold)
        name = family + given if c.cjk else f"{given} {family}"
        if name not in used:  # duplicates would make search results in the demo look broken
            break
    used.add(name)
    return Person(name, given_ascii, family_ascii, female, given)


def _role(entry: str, female: bool) -> str:
    """The role in the person's grammatical gender, where the language has one (German)."""
    male_word, _, female_word = entry.partition("|")
    return female_word if female and female_word else male_word


def _company(rng: random.Random, c: Culture, trade: str, city: str) -> tuple[str, str]:
    """A company name and its domain, from an invented stem and the trade's usual wording."""
    pattern, _, word = c.trades[TRADES.index(trade)].partition("|")
    stem, stem_ascii = _shown_and_ascii(rng.choice(c.stems), c.fold)
    return pattern.format(stem=stem, city=city), f"{stem_ascii}-{word}.{c.tld}"


def _mail(rng: random.Random, c: Culture, person: Person, domain: str) -> str:
    """An address in one of the culture's usual shapes, so the e-mail column looks lived in."""
    local = rng.choice(c.mail).format(g=person.given, f=person.family, i=person.given[0])
    return f"{local}@{domain}"


def _emails(rng: random.Random, c: Culture, person: Person, domain: str) -> tuple[str, ...]:
    """A work address, sometimes the shared mailbox too; households use reserved example domains."""
    if not domain:
        return (_mail(rng, c, person, rng.choice(("example.com", "example.net"))),) if rng.random() < 0.6 else ()
    emails = [_mail(rng, c, person, domain)]
    if rng.random() < 0.15:
        emails.append(f"{c.info}@{domain}")
    return tuple(emails)


def _phones(rng: random.Random, c: Culture, landline: str) -> tuple[str, ...]:
    """Usually one number, mobile or office; sometimes both, as sellers collect them over time."""
    mobile = _digits(rng, rng.choice(c.mobiles) if c.mobiles else landline)
    office = _digits(rng, landline) if landline else ""
    numbers = [n for n in ((mobile, office) if rng.random() < 0.6 else (office, mobile)) if n]
    return tuple(numbers[: 2 if rng.random() < 0.2 else 1])


def _value(rng: random.Random, c: Culture, trade: str, stage: Stage) -> float | None:
    """A deal size fitting the trade, in the lead's currency, rounded as a seller would guess it."""
    if rng.random() < NO_VALUE_CHANCE.get(stage, 0.1):
        return None  # early leads often have no estimate yet
    low, high = TRADE_VALUES[trade]
    amount = math.exp(rng.uniform(math.log(low), math.log(high))) * c.per_usd
    step = 10 ** max(0, int(math.log10(amount)) - 1)
    return float(round(amount / step) * step)


def _notes(rng: random.Random, c: Culture, trade: str, private: bool, stage: Stage) -> str:
    """What was discussed: a line in English and/or the lead's language, as sellers mix them."""
    if stage == Stage.NEW and rng.random() < 0.5:
        return ""
    lines: list[str] = []
    if rng.random() < 0.7:
        lines.append(rng.choice(PRIVATE_NOTES[trade] if private else TRADE_NOTES[trade]))
    if (not lines or rng.random() < 0.4) and stage not in (Stage.NO, Stage.NURTURE):  # no hopeful line on a pause
        lines.append(rng.choice(c.notes))
    if not lines:
        lines.append(rng.choice(PRIVATE_NOTES[trade] if private else TRADE_NOTES[trade]))
    return " ".join(lines)


def _rapport(rng: random.Random, c: Culture, person: Person) -> str:
    """Personal things to remember, so the next call can start with something other than business.
    A child is never named like the lead (a note about "Daughter Ingrid" on Ingrid's own lead
    reads as a mistake)."""
    if rng.random() < 0.45:
        return ""
    items = rng.sample(RAPPORT + c.rapport, k=1 if rng.random() < 0.7 else 2)
    girl, boy = (rng.choice([n for n in (e.partition("|")[0] for e in names) if n != person.first])
                 for names in (c.women, c.men))  # fmt: skip
    return "; ".join(item.format(girl=girl, boy=boy, pet=rng.choice(PETS)) for item in items)


def _tags(rng: random.Random, stage: Stage, source: Source, private: bool) -> tuple[str, ...]:
    """Tags that follow from the lead, so filtering by them in the demo shows something sensible."""
    wanted = [
        ("vip", rng.random() < (0.35 if stage in (Stage.NEGOTIATION, Stage.WON) else 0.06)),
        ("spring-campaign", source in (Source.WEB, Source.AD) and rng.random() < 0.4),
        ("referral-partner", source == Source.REFERRAL and rng.random() < 0.3),
        ("trade-fair-2026", source == Source.EVENT and rng.random() < 0.8),
        ("residential", private),
        ("commercial", not private and rng.random() < 0.5),
    ]
    return tuple(tag for tag, wanted_here in wanted if wanted_here)


def _lead(rng: random.Random, c: Culture, stage: Stage, source: Source, used: set[str]) -> Lead:
    """One lead with the mix of filled and empty fields a real book has, and only what fits
    together: the preferred channel is one the contact data allows, customers have an address
    (their cards go by post)."""
    person = _person(rng, c, used)
    trade = rng.choice(TRADES)
    private = trade in RESIDENTIAL and rng.random() < 0.35
    city, _, landline = rng.choice(c.cities).partition("|")
    company, domain = ("", "") if private else _company(rng, c, trade, city)
    decides = private or rng.random() >= 0.18
    boss_name = boss_contact = ""
    if not decides:
        boss = _person(rng, c, used)
        boss_name = boss.name
        boss_contact = _mail(rng, c, boss, domain) if rng.random() < 0.7 else _phones(rng, c, landline)[0]
    emails = _emails(rng, c, person, domain)
    phones = _phones(rng, c, landline)
    if emails and rng.random() < 0.08:
        phones = ()  # met at a fair or wrote in: only an e-mail so far
    if stage == Stage.NEW and domain and source in (Source.REFERRAL, Source.EVENT) and rng.random() < 0.2:
        emails, phones = (), ()  # a name and a company on a card or from a friend: the number is still to find
    value = _value(rng, c, trade, stage)
    interval: tuple[int | None, IntervalUnit | None] = (None, None)
    if rng.random() < (0.7 if stage == Stage.NURTURE else 0.2):
        interval = rng.choice(NURTURE_INTERVALS if stage == Stage.NURTURE else INTERVALS)
    address = rng.choice(c.streets).format(n=rng.randint(1, 120)) if private or rng.random() < 0.5 else ""
    if stage == Stage.WON and not address:
        address = rng.choice(c.streets).format(n=rng.randint(1, 120))
    website = rng.choice(("https://www.", "www.", "https://")) + domain if domain and rng.random() < 0.45 else ""
    if domain and not (emails or phones):
        website = "https://www." + domain  # where their number will be found
    draft = Lead(name=person.name, emails=emails, phones=phones, address=address)
    usable = [ch for ch in CHANNELS if ch in possible_channels(draft)]
    return Lead(
        name=person.name, company=company,
        role="" if private else _role(rng.choice(c.deciders if decides else c.others), person.female),
        is_decision_maker=decides, decision_maker_name=boss_name, decision_maker_contact=boss_contact,
        emails=emails, phones=phones,
        address=address,
        city=city, country=c.country,
        website=website,
        source=source, stage=stage, value=value, currency=c.currency if value is not None else "",
        preferred_channel=rng.choice(usable) if usable and rng.random() < 0.4 else None,
        interval_count=interval[0], interval_unit=interval[1],
        best_time=rng.choice(BEST_TIMES + c.best_times) if rng.random() < 0.3 else "",
        rapport=_rapport(rng, c, person),
        notes=_notes(rng, c, trade, private, stage),
        tags=_tags(rng, stage, source, private),
        do_not_contact=stage == Stage.NO and rng.random() < 0.2,
    )  # fmt: skip


def demo_leads(seed: int = 7, count: int = 300) -> list[Lead]:
    """``count`` invented leads, the same ones for the same seed (the global random is left alone)."""
    rng = random.Random(seed)
    cultures = _quota(rng, CULTURE_SHARES, count)
    stages = _quota(rng, STAGE_SHARES, count)
    sources = _quota(rng, SOURCE_SHARES, count)
    used: set[str] = set()
    return [_lead(rng, c, stage, source, used) for c, stage, source in zip(cultures, stages, sources)]


def write_demo_book(path: Path, clock: Clock | None = None, seed: int = 7) -> LeadBook:
    """Create a demo book at ``path`` and return it open.

    Refuses (FileExistsError) when ``path`` exists and is not empty, so a slip of the hand
    can never write demo data into someone's real book.
    """
    path = Path(path)
    if path.exists() and (path.is_dir() or path.stat().st_size > 0):
        raise FileExistsError(errno.EEXIST, "a demo book is never written over an existing file", str(path))
    # Written under a temporary name and renamed when whole: a failure (a full disk) leaves
    # no empty or half-written book behind.
    temp = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.part")
    try:
        book = LeadBook.open(temp, clock)
        try:
            leads = demo_leads(seed)
            if not LATER_STEPS:
                book.add_leads(leads)
            # The first step writes the leads, each when its story starts; later ones add to it.
            for step in LATER_STEPS:  # follow-ups, revisits, ... as later features add them
                step(book, random.Random(seed), leads)
        finally:
            book.close()
        wal = temp.with_name(temp.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:  # closing could not fold it into the book: no room
            raise DiskFullError(path, "the demo book could not be finished")
        if path.exists() and (path.is_dir() or path.stat().st_size > 0):  # made meanwhile by someone else
            raise FileExistsError(errno.EEXIST, "a demo book is never written over an existing file", str(path))
        os.replace(temp, path)
    except BaseException:
        for leftover in (temp, *(temp.with_name(temp.name + end) for end in ("-wal", "-shm", "-journal", ".running"))):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    return LeadBook.open(path, clock)
