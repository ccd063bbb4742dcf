"""A machine without a font for the book's letters says so: the call-sheet dialog, ``leadbook callsheet``,
``--self-check`` and the main window's once-only notice, each in a real process whose fontconfig sees
only DejaVu (no CJK font). With the machine's own fonts (CI installs a CJK font) nothing is said.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, time
from pathlib import Path

import pytest

from leadbook.book import LeadBook
from leadbook.core.followups import Due, FollowUp, Objective
from leadbook.core.model import Channel, Lead, Stage

pytestmark = pytest.mark.slow

DAY = date(2026, 11, 23)
DRIVER = Path(__file__).with_name("font_driver.py")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
assert DEJAVU.is_dir(), "install fonts-dejavu-core (.ci/run does)"


@pytest.fixture
def latin_only_fonts(tmp_path: Path) -> dict[str, str]:
    """An environment whose fontconfig knows DejaVu alone, as on a fresh desktop without CJK fonts."""
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig><dir>{DEJAVU}</dir><cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    return {"FONTCONFIG_FILE": str(conf)}


def make_book(path: Path, clock, names: list[str]) -> Path:
    with LeadBook.open(path, clock) as book:
        ids = sorted(book.add_leads([Lead(name=name, company="贸易有限公司" if "王" in name else "Åkerlund AB",
                                          phones=("+46 70-123 45 67",), stage=Stage.CONTACTED) for name in names]).added)  # fmt: skip
        for lead_id in ids:
            book.plan_followup(FollowUp(lead_id, Due(DAY, time(10, 15)), Channel.CALL, Objective.MEETING))
    return path


@pytest.fixture
def chinese_book(tmp_path: Path, clock) -> Path:
    return make_book(tmp_path / "chinese.leadbook", clock, ["王小明", "Anna Svensson"])


@pytest.fixture
def latin_book(tmp_path: Path, clock) -> Path:
    return make_book(tmp_path / "latin.leadbook", clock, ["Jürgen Müller", "Åsa Öberg"])


def run(args: list[str], extra_env: dict[str, str], home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, LEADBOOK_HOME=str(home), TZ="Europe/Stockholm", QT_QPA_PLATFORM="offscreen", **extra_env)
    return subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True, timeout=90)


def leadbook(*args: str, env: dict[str, str], home: Path) -> subprocess.CompletedProcess:
    return run(["-m", "leadbook", *args], env, home)


def driver(*args: str, env: dict[str, str], home: Path) -> dict:
    result = run([str(DRIVER), *args], env, home)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


# --- leadbook callsheet ---------------------------------------------------------------------


def test_callsheet_warns_on_stderr_and_still_writes(tmp_path: Path, chinese_book: Path, latin_only_fonts):
    out = tmp_path / "sheet.pdf"
    result = leadbook("callsheet", "--db", str(chinese_book), "--date", DAY.isoformat(), "-o", str(out),
                      env=latin_only_fonts, home=tmp_path / "home")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    assert "will print as empty boxes" in result.stderr and "Chinese, Japanese or Korean letters" in result.stderr
    assert "fonts-noto-cjk" in result.stderr
    assert "王" in result.stderr and "Traceback" not in result.stderr


def test_callsheet_of_latin_letters_says_nothing(tmp_path: Path, latin_book: Path, latin_only_fonts):
    out = tmp_path / "sheet.pdf"
    result = leadbook("callsheet", "--db", str(latin_book), "--date", DAY.isoformat(), "-o", str(out),
                      env=latin_only_fonts, home=tmp_path / "home")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "empty boxes" not in result.stderr and "fonts-" not in result.stderr


def test_callsheet_with_a_cjk_font_says_nothing(tmp_path: Path, chinese_book: Path):
    out = tmp_path / "sheet.pdf"
    result = leadbook("callsheet", "--db", str(chinese_book), "--date", DAY.isoformat(), "-o", str(out),
                      env={}, home=tmp_path / "home")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "empty boxes" not in result.stderr and "fonts-" not in result.stderr


# --- --self-check -----------------------------------------------------------------------------


def test_self_check_names_the_languages_it_cannot_draw(tmp_path: Path, latin_only_fonts):
    result = leadbook("--self-check", env=latin_only_fonts, home=tmp_path / "home")
    assert result.returncode == 0, result.stdout + result.stderr  # a warning, not a failure
    line = next(line for line in result.stdout.splitlines() if "fonts:" in line)
    assert line.startswith("warn")
    assert "cannot draw 简体中文" in line and "fonts-noto-cjk" in line
    assert "English" in line.split("cannot draw")[0] and "Deutsch" in line and "Svenska" in line


def test_self_check_with_a_cjk_font_can_draw_every_language(tmp_path: Path):
    result = leadbook("--self-check", env={}, home=tmp_path / "home")
    line = next(line for line in result.stdout.splitlines() if "fonts:" in line)
    assert line.startswith("ok") and "简体中文" in line, line


# --- the call-sheet dialog --------------------------------------------------------------------


def test_the_dialog_warns_and_asks_before_saving(tmp_path: Path, chinese_book: Path, latin_only_fonts):
    found = driver("dialog", str(chinese_book), str(tmp_path), env=latin_only_fonts, home=tmp_path / "home")
    assert found["warning_shown"] and "empty boxes" in found["warning"] and "王" in found["warning"]
    assert found["cancel_question"] and "empty boxes" in found["cancel_question"][0]
    assert found["cancelled_path"] == "None" and not found["written_after_cancel"]
    assert found["save_question"] and found["saved_path"] == str(tmp_path / "sheet.pdf")  # asked again: "Save anyway"
    assert found["again_question"] == []  # once the user said "anyway", the dialog does not ask again
    assert found["again_path"] == str(tmp_path / "sheet.pdf")


def test_the_dialog_of_latin_letters_neither_warns_nor_asks(tmp_path: Path, latin_book: Path, latin_only_fonts):
    found = driver("dialog", str(latin_book), str(tmp_path), env=latin_only_fonts, home=tmp_path / "home")
    assert not found["warning_shown"] and found["warning"] == ""
    assert found["cancel_question"] == []
    assert found["cancelled_path"] == str(tmp_path / "sheet.pdf")  # nothing to ask: saved at once


# --- the main window's notice -------------------------------------------------------------------


def test_the_window_says_it_once_per_set_of_fonts(tmp_path: Path, chinese_book: Path, latin_only_fonts):
    home = tmp_path / "home"
    found = driver("notice", str(chinese_book), str(tmp_path), env=latin_only_fonts, home=home)
    assert len(found["first"]) == 1 and found["first_box"]
    assert "王" in found["first"][0] and "fonts-noto-cjk" in found["first"][0]
    assert found["second"] == [] and not found["second_box"]  # the same fonts: never again
    remembered = home / "this-machine.json"  # kept per machine (platform.machine), not in the book
    settings = json.loads(remembered.read_text(encoding="utf-8"))
    assert settings["fonts_warned_for"]
    remembered.write_text(json.dumps({**settings, "fonts_warned_for": "other fonts"}), encoding="utf-8")
    again = driver("notice", str(chinese_book), str(tmp_path), env=latin_only_fonts, home=home)
    assert len(again["first"]) == 1  # the fonts changed (another fingerprint) and still lack the letters


def test_the_window_of_latin_letters_says_nothing(tmp_path: Path, latin_book: Path, latin_only_fonts):
    found = driver("notice", str(latin_book), str(tmp_path), env=latin_only_fonts,
                   home=tmp_path / "home")  # fmt: skip
    assert found["first"] == [] and found["second"] == []
