"""Test set-up shared by every test: no real display, no real user folders, a fixed clock.

The environment is set at import time, before Qt or Leadbook read it, so no
test can ever reach the user's own data folder or settings.
"""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path

_SANDBOX = Path(tempfile.mkdtemp(prefix="leadbook-tests-"))
for _name in ("home", "config", "data", "cache", "runtime", "leadbook-home"):
    (_SANDBOX / _name).mkdir(mode=0o700)
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["HOME"] = str(_SANDBOX / "home")
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "config")
os.environ["XDG_DATA_HOME"] = str(_SANDBOX / "data")
os.environ["XDG_CACHE_HOME"] = str(_SANDBOX / "cache")
os.environ["XDG_RUNTIME_DIR"] = str(_SANDBOX / "runtime")
os.environ["LEADBOOK_HOME"] = str(_SANDBOX / "leadbook-home")
os.environ["LANG"] = os.environ["LC_ALL"] = "en_US.UTF-8"  # Qt's QLocale follows these

import pytest

from leadbook.book import LeadBook
from leadbook.core.clock import FakeClock

# A Monday morning in Stockholm: the moment every test starts from unless it moves the clock.
TEST_NOW = datetime(2026, 11, 23, 9, 30)
TEST_ZONE = "Europe/Stockholm"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(TEST_NOW, TEST_ZONE)


@pytest.fixture
def book(tmp_path: Path, clock: FakeClock):
    with LeadBook.open(tmp_path / "test.leadbook", clock) as opened:
        yield opened


@pytest.fixture
def sandbox() -> Path:
    """The folder that stands in for the user's home and data folders in every test."""
    return _SANDBOX


#: Folders whose tests start no Qt application: the rules in plain Python (tests/unit/core) and the
#: checks of the package as a whole (tests/unit/*.py). Every other test gets a QApplication with
#: English installed (below); tests/unit/core/test_without_qt.py keeps this true.
WITHOUT_QT = frozenset({Path(__file__).parent / "unit", Path(__file__).parent / "unit" / "core"})


@pytest.fixture(scope="session")
def english_plurals(qapp) -> None:
    """Tests read English as users do: with leadbook_en.qm, whose real plural forms replace the
    sources' "%n lead(s)" (see resources/translations/README.md)."""
    from leadbook.present.i18n import install_translators

    install_translators(qapp, "en")


@pytest.fixture(autouse=True)
def _english_plurals(request: pytest.FixtureRequest) -> None:
    """The QApplication and English for every test outside WITHOUT_QT (asked for by name, so a
    test in those folders never has ``qapp`` among its fixtures)."""
    if request.path.parent not in WITHOUT_QT:
        request.getfixturevalue("english_plurals")
