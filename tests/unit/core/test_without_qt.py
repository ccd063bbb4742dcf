"""The rules in plain Python are tested without Qt: no QApplication is started for them.

Checked through the fixtures each test here has, which holds whether this folder runs alone or
in the whole suite (where GUI tests have long started the one QApplication of the session, so
``QCoreApplication.instance()`` says nothing about these tests). That core itself imports no Qt
is tests/unit/test_layers.py's job.
"""

import sys
from pathlib import Path

import pytest


def test_core_tests_ask_for_no_qt_application(request: pytest.FixtureRequest):
    assert "qapp" not in request.fixturenames
    assert "english_plurals" not in request.fixturenames
    assert "qtbot" not in request.fixturenames


def test_when_core_tests_run_alone_no_qt_application_exists(pytestconfig: pytest.Config):
    """Run on their own (``pytest tests/unit/core``), nothing has started a QApplication."""
    here = Path(__file__).parent
    alone = all(Path(str(arg).split("::")[0]).resolve().is_relative_to(here) for arg in pytestconfig.args)
    qtcore = sys.modules.get("PySide6.QtCore")
    started = qtcore is not None and qtcore.QCoreApplication.instance() is not None
    assert not (alone and started)
