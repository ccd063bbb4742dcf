import pytest

from leadbook.app import build_main_window
from leadbook.book import LeadBook
from leadbook.core.model import Lead, Source, Stage

SAMPLE = [
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
    ),
    Lead(
        name="Jürgen Müller",
        company="Müller Maschinenbau GmbH",
        phones=("+49 151 2345678",),
        stage=Stage.PROPOSAL,
        source=Source.EVENT,
        value=125000,
        currency="EUR",
        tags=("commercial",),
    ),
    Lead(name="王芳", company="杭州绿源园林工程有限公司", stage=Stage.NEW, source=Source.REFERRAL),
    Lead(name="Bob Carter", company="Carter Pools", stage=Stage.NO, source=Source.COLD, notes="Packers fan"),
]


@pytest.fixture
def filled_book(book: LeadBook) -> LeadBook:
    book.add_leads(SAMPLE)
    return book


@pytest.fixture
def window(qtbot, filled_book: LeadBook):
    main = build_main_window(filled_book)
    qtbot.addWidget(main)
    with qtbot.waitExposed(main):
        main.show()
    yield main
    main.close()
