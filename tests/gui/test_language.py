"""Choosing the language: the setting, else the system's; Qt's own translations and QLocale follow."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from leadbook.app import build_main_window
from leadbook.book import LeadBook
from leadbook.gui.settings.dialog import SettingsDialog
from leadbook.present import i18n

ROOT = Path(__file__).resolve().parents[2]
GERMAN_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>MainWindow</name>
    <message><source>&amp;File</source><translation>&amp;Datei</translation></message>
    <message numerus="yes"><source>Deleted %n lead(s).</source>
        <translation><numerusform>%n Lead gelöscht.</numerusform><numerusform>%n Leads gelöscht.</numerusform></translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def speaking(qapp):
    """Installs a language for one test and puts English back afterwards."""
    yield lambda language, directory=None: i18n.install_translators(qapp, language, directory)
    i18n.install_translators(qapp, "en")


def _installed(app: QCoreApplication) -> list[str]:
    return [Path(t.filePath()).name for t in app.findChildren(QTranslator, i18n.TRANSLATOR_NAME)]


@pytest.mark.parametrize(
    ("ui_languages", "expected"),
    [
        (["de-AT", "de", "en-US"], "de"),
        (["fr-FR", "sv-SE"], "sv"),
        (["zh-Hans-CN", "zh-CN"], "zh_CN"),
        (["zh-TW", "zh-Hant-TW"], "en"),
        (["fr-FR", "it"], "en"),
        (["C"], "en"),
    ],
)
def test_the_system_language_when_leadbook_has_it(ui_languages: list[str], expected: str) -> None:
    assert i18n.choose_language("", ui_languages) == expected
    assert i18n.choose_language(None, ui_languages) == expected


def test_the_setting_wins_over_the_system() -> None:
    assert i18n.choose_language("sv", ["de-DE"]) == "sv"
    assert i18n.choose_language("zh_CN", ["en-US"]) == "zh_CN"
    assert i18n.choose_language("xx", ["de-DE"]) == "de"  # a setting from nowhere falls back to the system


@pytest.mark.parametrize("language", ["de", "sv", "zh_CN"])
def test_setting_loads_leadbooks_and_qts_translations_and_the_locale(qapp, speaking, language: str) -> None:
    assert speaking(language) == language
    assert _installed(qapp) == [f"leadbook_{language}.qm", f"qtbase_{language}.qm"]
    assert QLocale().name() == {"de": "de_DE", "sv": "sv_SE", "zh_CN": "zh_CN"}[language]
    # Qt's own buttons follow: "Cancel" in German is "Abbrechen", and so on.
    cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
    assert cancel == {"de": "Abbrechen", "sv": "Avbryt", "zh_CN": "取消"}[language]


def test_english_loads_only_its_plural_forms(qapp, speaking) -> None:
    assert speaking("en") == "en"
    assert _installed(qapp) == ["leadbook_en.qm"]
    assert QCoreApplication.translate("MainWindow", "Deleted %n lead(s).", None, 1) == "Deleted 1 lead."
    assert QCoreApplication.translate("MainWindow", "Deleted %n lead(s).", None, 3) == "Deleted 3 leads."


def test_installing_again_replaces_the_translators(qapp, speaking) -> None:
    speaking("de")
    speaking("sv")
    assert _installed(qapp) == ["leadbook_sv.qm", "qtbase_sv.qm"]


@pytest.mark.slow  # a real process
@pytest.mark.parametrize(
    ("lang", "expected", "locale"),
    [
        ("sv_SE.UTF-8", "sv", "sv_SE"),
        ("de_AT.UTF-8", "de", "de_AT"),
        ("zh_CN.UTF-8", "zh_CN", "zh_CN"),
        ("fr_FR.UTF-8", "en", "en_FR"),  # English words, French dates and A4
    ],
)
def test_the_system_locale_from_lang(tmp_path: Path, lang: str, expected: str, locale: str) -> None:
    """A fresh process reads LANG as a user's session sets it (Qt reads the locale once per process)."""
    script = textwrap.dedent("""
        from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
        from leadbook.present import i18n
        app = QCoreApplication([])
        chosen = i18n.install_translators(app, None)
        names = [t.filePath().rsplit("/", 1)[-1] for t in app.findChildren(QTranslator, i18n.TRANSLATOR_NAME)]
        print(chosen, QLocale().name(), *names)
    """)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANGUAGE"))}
    env["LANG"] = lang
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True).stdout
    chosen, name, *files = out.split()
    assert (chosen, name) == (expected, locale)
    assert files[0] == f"leadbook_{expected}.qm"


def test_a_german_main_window(qtbot, qapp, filled_book: LeadBook, tmp_path: Path, speaking) -> None:
    """Smoke: with a German .qm installed, the main window speaks German (here a tiny one built now)."""
    ts = tmp_path / "leadbook_de.ts"
    ts.write_text(GERMAN_TS, encoding="utf-8")
    subprocess.run([_lrelease(), "-silent", str(ts), "-qm", str(tmp_path / "leadbook_de.qm")], check=True)
    speaking("de", tmp_path)
    window = build_main_window(filled_book)
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert "&Datei" in menus
    assert QCoreApplication.translate("MainWindow", "Deleted %n lead(s).", None, 2) == "2 Leads gelöscht."


def test_language_setting_in_the_settings_dialog(qtbot, book: LeadBook) -> None:
    dialog = SettingsDialog(book)
    qtbot.addWidget(dialog)
    assert dialog.language.value() == ""  # follow the system
    dialog.language.set_value("sv")
    dialog.accept()
    assert book.settings().language == "sv"
    again = SettingsDialog(book)
    qtbot.addWidget(again)
    assert again.language.value() == "sv"
    assert again.language.currentText() == "Svenska"


def _lrelease() -> str:
    import importlib.util

    spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "tools" / "translations.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    return tool.tool("lrelease")
