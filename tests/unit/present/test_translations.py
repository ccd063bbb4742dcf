"""The shipped translations: complete, with the code's every string, placeholders kept, .qm current.

The .ts files are checked after a fresh ``lupdate`` into a temporary copy, so a string added to
the code but not extracted counts as missing. ``tools/translations.py update`` / ``release``
fix what these tests find (resources/translations/README.md).
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
_spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "tools" / "translations.py")
assert _spec is not None and _spec.loader is not None
tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tool)

# Qt's %1 and %n; argparse's own words (context "Argparse") use %s, %r and %(name)s.
PLACEHOLDER = re.compile(r"%(?:L?n|\d|\(\w+\)[sr]|[sr])")


def _refreshed(language: str, tmp_path: Path) -> ET.Element:
    """The shipped .ts of ``language`` after lupdate has added what the code has and it lacks."""
    copy = tmp_path / tool.ts_path(language).name
    shutil.copyfile(tool.ts_path(language), copy)
    files = [str(path) for path in tool.source_files()]
    args = [tool.tool("lupdate"), "-silent", *files, "-ts", str(copy), "-no-obsolete", "-target-language", language]
    if language in tool.PLURAL_ONLY:
        args += ["-pluralonly", "-source-language", "en"]
    tool.subprocess.run(args, check=True, capture_output=True)
    return ET.parse(copy).getroot()


def _messages(root: ET.Element):
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def _unfinished(root: ET.Element) -> list[str]:
    found = []
    for context, message in _messages(root):
        translation = message.find("translation")
        forms = (
            [form.text for form in translation.iter("numerusform")]
            if message.get("numerus") == "yes"
            else [translation.text]
        )
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            found.append(f"{context}: {message.findtext('source')!r}")
    return found


@pytest.mark.parametrize("language", tool.LANGUAGES)
def test_every_string_is_translated(language: str, tmp_path: Path) -> None:
    unfinished = _unfinished(_refreshed(language, tmp_path))
    assert not unfinished, f"{len(unfinished)} unfinished in leadbook_{language}.ts, e.g. {unfinished[:5]}"


def test_english_has_every_plural_form(tmp_path: Path) -> None:
    """The sources say "%n lead(s)"; leadbook_en.ts gives English its "%n lead" and "%n leads"."""
    root = _refreshed("en", tmp_path)
    assert not _unfinished(root), _unfinished(root)
    assert all(message.get("numerus") == "yes" for _context, message in _messages(root))


@pytest.mark.parametrize("language", tool.all_languages())
def test_placeholders_are_kept(language: str) -> None:
    """A translation uses the same %1, %2, %(name)s (and %n in every plural form) as its source."""
    wrong = []
    for context, message in _messages(ET.parse(tool.ts_path(language)).getroot()):
        source = message.findtext("source")
        translation = message.find("translation")
        forms = [form.text for form in translation.iter("numerusform")] or [translation.text]
        for form in forms:
            if form and sorted(set(PLACEHOLDER.findall(form))) != sorted(set(PLACEHOLDER.findall(source))):
                wrong.append(f"{context}: {source!r} -> {form!r}")
    assert not wrong, wrong


@pytest.mark.parametrize("language", tool.all_languages())
def test_plurals_are_qt_numerus_forms(language: str) -> None:
    """Every "%n" string is a real plural entry (``tr("%n lead(s)", "", n)``), with as many forms as
    the language has (one for Chinese, two for English, German and Swedish)."""
    expected_forms = 1 if language == "zh_CN" else 2
    for context, message in _messages(ET.parse(tool.ts_path(language)).getroot()):
        source = message.findtext("source")
        if "%n" in source:
            assert message.get("numerus") == "yes", f"{context}: {source!r} is not a plural: use tr(text, '', n)"
            assert len(message.find("translation").findall("numerusform")) == expected_forms, source


def test_every_language_has_its_files() -> None:
    for language in tool.all_languages():
        assert tool.ts_path(language).is_file()
        assert tool.qm_path(language).is_file()
        assert ET.parse(tool.ts_path(language)).getroot().get("language") == language


def test_shipped_qm_files_are_up_to_date(tmp_path: Path) -> None:
    """The .qm in the repository are what lrelease makes of the .ts now (run ``tools/translations.py release``)."""
    stale = [
        made.name
        for made in tool.release(out_dir=tmp_path)
        if made.read_bytes() != tool.qm_path(made.name.removeprefix("leadbook_").removesuffix(".qm")).read_bytes()
    ]
    assert not stale, f"stale: {stale}; run tools/translations.py release"


def test_wheel_data_includes_the_qm_files() -> None:
    """pip install . ships them: leadbook.resources' package data takes translations/*.qm."""
    import tomllib

    data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    assert "translations/*.qm" in data["leadbook.resources"]
