"""The compact call sheet, the one people carry: at least 18 items on every page that is not
the last, on A4 and on Letter, in each shipped language (German runs long, Chinese sets taller
lines). The PDFs are read back page by page with poppler's ``pdftotext``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageLayout, QPageSize

from leadbook.book import LeadBook
from leadbook.core.clock import FakeClock
from leadbook.core.followups import Due, FollowUp, Objective, Outcome
from leadbook.core.model import Channel, Lead, Source, Stage
from leadbook.core.revisits import NoReason
from leadbook.interop.callsheet import SectionKind, SheetLayout, build_callsheet
from leadbook.interop.callsheet_render import MARGINS_MM, write_pdf
from leadbook.present import i18n

assert shutil.which("pdftotext"), "install poppler-utils: the call-sheet tests read PDFs with pdftotext"

DAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 30)
AT_LEAST_PER_PAGE = 18
LOCALES = {"en": "en_US", "de": "de_DE", "sv": "sv_SE", "zh_CN": "zh_CN"}
PAPERS = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
# Long words where each language has them: companies and rapport notes that must be cut, not wrap.
COMPANY = {
    "en": "Harlow Creek Landscaping and Garden Supply Company",
    "de": "Müller Maschinenbau und Anlagentechnik GmbH & Co. KG",
    "sv": "Åkerlunds Trädgårdsanläggningar och Markentreprenad AB",
    "zh_CN": "杭州绿源园林景观工程设计施工有限公司",
}
RAPPORT = {
    "en": "Packers fan; daughter plays handball on Saturdays; prefers calls after lunch",
    "de": "Fußballfan, Tochter spielt samstags Handball, lieber nachmittags anrufen",
    "sv": "Åker Vasaloppet varje år, dottern spelar handboll, ring helst efter lunch",
    "zh_CN": "喜欢喝龙井茶，女儿周六打手球，下午打电话最好",
}


def lead_number(name: str) -> str:
    return re.search(r"\d\d", name).group(0)


@pytest.fixture(params=list(LOCALES))
def language(request, qapp) -> Iterator[str]:
    assert i18n.install_translators(qapp, request.param) == request.param
    yield request.param
    i18n.install_translators(qapp, "en")


def forty_items(book: LeadBook, clock: FakeClock, language: str) -> None:
    """Forty items in all five sections on ``DAY``: 3 to decide, 4 revisits, 8 overdue, 20 today
    (timed and not) and 5 first responses; every lead "Lead NN" with a long company and rapport."""

    def lead(n: int, stage: Stage = Stage.CONTACTED, source: Source = Source.OTHER) -> Lead:
        return Lead(name=f"Lead {n:02d}", company=COMPANY[language], phones=(f"+46 70-{n:03d} 45 67",),
                    rapport=RAPPORT[language], stage=stage, source=source)  # fmt: skip

    clock.set(NOW - timedelta(days=70))
    ids = sorted(book.add_leads([lead(n) for n in range(7)]).added)
    for lead_id in ids[:3]:  # tried 70 days ago without an answer: the stop rule asks to decide
        fu = book.plan_followup(FollowUp(lead_id, Due(DAY - timedelta(days=70), time(10, 0))))
        book.complete_followup(fu.id, Outcome.NO_ANSWER, "Line busy")
    clock.set(NOW - timedelta(days=30))
    for n, lead_id in enumerate(ids[3:]):
        book.say_no(lead_id, NoReason.BUDGET, "Budget frozen until the next quarter", DAY - timedelta(days=n))
    clock.set(NOW)
    ids = sorted(book.add_leads([lead(n) for n in range(7, 35)]).added)
    with book.batch():
        for n, lead_id in enumerate(ids):
            if n < 8:
                due = Due(DAY - timedelta(days=1 + n % 3), time(9 + n, 0) if n % 2 else None)
            else:
                due = Due(DAY, time(8 + n // 3, (n % 3) * 20) if n % 4 else None)
            book.plan_followup(FollowUp(lead_id, due, Channel.CALL, Objective.MEETING))
    for n in range(35, 40):
        book.add_lead(lead(n, source=Source.WEB if n % 2 else Source.PHONE, stage=Stage.NEW))


def pages_of(path: Path) -> list[str]:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    count = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    return [subprocess.run(["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(path), "-"],
                           capture_output=True, text=True, check=True).stdout for n in range(1, count + 1)]  # fmt: skip


@pytest.mark.parametrize("paper", list(PAPERS))
def test_at_least_18_items_a_page_in_every_language(qapp, book: LeadBook, clock: FakeClock, tmp_path: Path,
                                                    language: str, paper: str):  # fmt: skip
    forty_items(book, clock, language)
    sheet = build_callsheet(book, DAY, locale=QLocale(LOCALES[language]))
    assert sheet.layout == SheetLayout.COMPACT  # the default
    assert [s.kind for s in sheet.sections] == list(SectionKind)  # every section, each with its title
    assert len(sheet.rows) == 40
    path = tmp_path / f"{language}-{paper}.pdf"
    page_layout = QPageLayout(QPageSize(PAPERS[paper]), QPageLayout.Orientation.Portrait, MARGINS_MM,
                              QPageLayout.Unit.Millimeter)  # fmt: skip
    pages = write_pdf(sheet, path, page_layout)
    texts = pages_of(path)
    assert len(texts) == pages
    per_page = [sorted(set(re.findall(r"Lead (\d\d)", text))) for text in texts]
    seen = [number for numbers in per_page for number in numbers]
    assert sorted(seen) == sorted(lead_number(row.name) for row in sheet.rows)  # every item once, none cut
    for number, numbers in enumerate(per_page[:-1], start=1):
        assert len(numbers) >= AT_LEAST_PER_PAGE, (language, paper, number, len(numbers))
    assert pages <= 2  # 40 items: two pages to carry


def test_the_detailed_layout_stays_an_option(qapp, book: LeadBook, clock: FakeClock, tmp_path: Path):
    forty_items(book, clock, "en")
    compact = write_pdf(build_callsheet(book, DAY), tmp_path / "compact.pdf")
    detailed = write_pdf(build_callsheet(book, DAY, layout=SheetLayout.DETAILED), tmp_path / "detailed.pdf")
    assert detailed > compact * 3
    assert "Best time" not in "".join(pages_of(tmp_path / "compact.pdf"))
    assert "Rapport" in "".join(pages_of(tmp_path / "detailed.pdf"))
