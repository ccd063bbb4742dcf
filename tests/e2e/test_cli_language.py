"""``leadbook --help`` and its error messages speak the system's language, argparse's own words too.

Real processes with LANG as a user's session sets it: the help is made before any Qt
application exists, so this is the only honest way to see it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow

LANGS = {"de": "de_DE.UTF-8", "sv": "sv_SE.UTF-8", "zh_CN": "zh_CN.UTF-8"}
# A few words each translation must show, argparse's "usage:"/"options" among them.
EXPECTED = {
    "de": [
        "Aufruf: leadbook",
        "Optionen:",
        "BEFEHL",
        "--db DATEI",
        "diese Hilfe zeigen und beenden",
        "Anrufliste",
        "Sicherung",
    ],
    "sv": [
        "användning: leadbook",
        "flaggor:",
        "KOMMANDO",
        "--db FIL",
        "visa den här hjälpen och avsluta",
        "ringlista",
        "säkerhetskopia",
    ],
    "zh_CN": ["用法：leadbook", "选项", "命令", "--db 文件", "显示此帮助并退出", "通话清单", "备份"],
}
PAGES = [["--help"], ["today", "--help"], ["callsheet", "--help"], ["import", "--help"], ["export", "--help"]]


def leadbook(*args: str, lang: str, home, **more_env: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANGUAGE"))}
    env.update(LANG=lang, LEADBOOK_HOME=str(home), QT_QPA_PLATFORM="offscreen", **more_env)
    return subprocess.run([sys.executable, "-m", "leadbook", *args], env=env, capture_output=True, text=True,
                          timeout=60)  # fmt: skip


def _english_phrases(text: str) -> set[str]:
    """The prose pieces of an English help page: runs of three or more lower-case words."""
    return {match.group(0) for match in re.finditer(r"[a-z']{3,}(?: [a-z',:;()]+){2,}", text)}


@pytest.mark.parametrize("language", LANGS)
def test_help_pages_are_translated(language: str, tmp_path) -> None:
    pages = []
    for args in PAGES:
        english = leadbook(*args, lang="en_US.UTF-8", home=tmp_path)
        translated = leadbook(*args, lang=LANGS[language], home=tmp_path)
        assert english.returncode == translated.returncode == 0, translated.stderr
        phrases = _english_phrases(english.stdout)
        assert len(phrases) >= 2, english.stdout  # the check below has something to look for
        left = [phrase for phrase in phrases if phrase in translated.stdout]
        assert not left, f"English left in `leadbook {' '.join(args)}` ({language}): {left}"
        pages.append(translated.stdout)
    everything = "\n".join(pages)
    for word in EXPECTED[language]:
        assert word in everything, word


@pytest.mark.parametrize("language", LANGS)
def test_argument_errors_are_translated(language: str, tmp_path) -> None:
    bad_date = leadbook("today", "--date", "2026-13-01", lang=LANGS[language], home=tmp_path)
    missing = leadbook("export", lang=LANGS[language], home=tmp_path)
    english = leadbook("today", "--date", "2026-13-01", lang="en_US.UTF-8", home=tmp_path)
    assert bad_date.returncode == missing.returncode == english.returncode == 2
    assert "is not a date" in english.stderr and "usage:" in english.stderr
    for result in (bad_date, missing):
        assert "usage:" not in result.stderr and "error:" not in result.stderr, result.stderr
        assert "is not a date" not in result.stderr and "arguments are required" not in result.stderr
    assert "'2026-13-01'" in bad_date.stderr and "-o/--output" in missing.stderr
    assert {"de": "Fehler", "sv": "fel", "zh_CN": "错误"}[language] in bad_date.stderr


def test_the_book_language_setting_does_not_reach_help(tmp_path) -> None:
    """--help is made before any book is opened: it follows the system, even when the user's own
    book says German, as documented; and asking for help writes nothing."""
    from leadbook.book import LeadBook
    from leadbook.core.rules import Settings

    with LeadBook.open(tmp_path / "leadbook.db") as book:
        book.save_settings(Settings(language="de"))
    before = (tmp_path / "leadbook.db").read_bytes()
    result = leadbook("--help", lang="en_US.UTF-8", home=tmp_path)
    assert "show this help message and exit" in result.stdout and "Aufruf" not in result.stdout
    assert (tmp_path / "leadbook.db").read_bytes() == before


@pytest.mark.parametrize("language", LANGS)
def test_the_menu_entry_messages_are_translated(language: str, tmp_path) -> None:
    """--install-desktop-entry draws icons (its own Qt application) and still speaks the language."""
    data = str(tmp_path / "data")  # the menu entry goes here, not into the real menu
    installed = leadbook("--install-desktop-entry", lang=LANGS[language], home=tmp_path, XDG_DATA_HOME=data)
    removed = leadbook("--uninstall-desktop-entry", lang=LANGS[language], home=tmp_path, XDG_DATA_HOME=data)
    assert installed.returncode == removed.returncode == 0, installed.stderr
    for result in (installed, removed):
        assert "applications menu" not in result.stdout, result.stdout


def test_dates_follow_the_language_when_the_system_formats_as_c(tmp_path) -> None:
    """A minimal system (LANG=C.UTF-8) where the user asks for German through LANGUAGE: the words
    and the dates and lists are German, not German words around an English date."""
    book = tmp_path / "demo.leadbook"
    assert leadbook("demo", str(book), lang="C.UTF-8", home=tmp_path).returncode == 0
    done = leadbook("today", "--db", str(book), "--date", "2026-12-04", lang="C.UTF-8", home=tmp_path,
                    LANGUAGE="de")  # fmt: skip
    assert done.returncode == 0, done.stderr
    first, second = done.stdout.splitlines()[:2]
    assert first.endswith(" Freitag, 4. Dezember 2026")  # "Heute, …" or "Agenda für …", by the day it runs
    assert " und " in second  # the list of counts joined as German joins it


def test_lists_in_sentences_follow_the_language_where_dates_follow_the_region(tmp_path) -> None:
    """US formats (LANG=en_US.UTF-8) with a German UI (LANGUAGE=de): dates may be American, but the
    sentence that lists the counts is German throughout ("… und 2 zu entscheiden", not "… and …")."""
    book = tmp_path / "demo.leadbook"
    assert leadbook("demo", str(book), lang="en_US.UTF-8", home=tmp_path).returncode == 0
    done = leadbook("today", "--db", str(book), "--date", "2026-12-04", lang="en_US.UTF-8", home=tmp_path,
                    LANGUAGE="de")  # fmt: skip
    assert done.returncode == 0, done.stderr
    second = done.stdout.splitlines()[1]
    assert "zu erledigen" in second and " und " in second and " and " not in second
