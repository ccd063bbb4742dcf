#!/usr/bin/env python3
"""Keep the translations in step with the code: ``update`` extracts, ``release`` compiles.

    python tools/translations.py update    # every .py under desktop/leadbook -> resources/translations/*.ts
    python tools/translations.py release   # *.ts -> *.qm beside them (shipped in the wheel)

``update`` keeps what translators wrote and drops strings the code no longer has
(``-no-obsolete``). ``leadbook_en.ts`` holds only the plural forms (``-pluralonly``): the
source says "%n lead(s)", English needs "%n lead" and "%n leads".

The tools come with PySide6 (``pyside6-lupdate``/``pyside6-lrelease``); they are found in the
PySide6 package itself, so the script works from any venv that has PySide6 installed.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "desktop" / "leadbook"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "sv", "de")  # full translations
PLURAL_ONLY = ("en",)  # the source language: only the "%n thing(s)" forms


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"leadbook_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"leadbook_{language}.qm"


def all_languages() -> tuple[str, ...]:
    return LANGUAGES + PLURAL_ONLY


def tool(name: str) -> str:
    """The lupdate/lrelease binary shipped inside PySide6 (or pyside6-<name> on PATH)."""
    try:
        import PySide6  # noqa: PLC0415 - only the tools need it

        for candidate in (name, f"{name}.exe"):
            path = Path(PySide6.__file__).parent / candidate
            if path.is_file():
                return str(path)
    except ImportError:
        pass
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e '.[test]')")
    return found


def source_files() -> list[Path]:
    return sorted(SOURCES.rglob("*.py"))


def update(languages: tuple[str, ...] | None = None) -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    files = [str(path.relative_to(ROOT)) for path in source_files()]
    for language in languages or all_languages():
        args = [
            tool("lupdate"),
            *files,
            "-ts",
            str(ts_path(language).relative_to(ROOT)),
            "-no-obsolete",
            "-locations",
            "absolute",
            "-target-language",
            language,
        ]
        if language in PLURAL_ONLY:
            args += ["-pluralonly", "-source-language", "en"]
        subprocess.run(args, cwd=ROOT, check=True)
        if language == "en" and fill_english_plurals():
            subprocess.run(args, cwd=ROOT, check=True, capture_output=True)  # back to lupdate's own layout


def english_form(source: str, many: bool) -> str:
    """ "%n lead(s) has/have" -> "%n lead has" (one) or "%n leads have" (many)."""
    text = source.replace("(s)", "s" if many else "")
    return re.sub(r"\b(\w+)/(\w+)\b", lambda m: m.group(2 if many else 1), text)


def fill_english_plurals() -> int:
    """Write English's two forms of each new plural from the source's "(s)" and "a/b" convention,
    and say which, so the author can check them in leadbook_en.ts."""
    import xml.etree.ElementTree as ET  # noqa: PLC0415

    tree = ET.parse(ts_path("en"))
    filled = 0
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = translation.findall("numerusform")
            if translation.get("type") != "unfinished" and all(form.text for form in forms):
                continue
            source = message.findtext("source") or ""
            for index, form in enumerate(forms):
                form.text = english_form(source, many=index > 0)
            translation.attrib.pop("type", None)
            filled += 1
            print(f"en: {context.findtext('name')}: {source!r} -> {[form.text for form in forms]}")
    if filled:
        tree.write(ts_path("en"), encoding="utf-8", xml_declaration=True)
    return filled


def release(languages: tuple[str, ...] | None = None, out_dir: Path | None = None) -> list[Path]:
    """Compile each .ts to .qm (beside it, or into ``out_dir``); returns the .qm paths."""
    made = []
    for language in languages or all_languages():
        target = (out_dir / qm_path(language).name) if out_dir else qm_path(language)
        subprocess.run([tool("lrelease"), "-silent", str(ts_path(language)), "-qm", str(target)], check=True)
        made.append(target)
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["update", "release"])
    parser.add_argument("languages", nargs="*", help="default: " + " ".join(all_languages()))
    args = parser.parse_args(argv)
    languages = tuple(args.languages) or None
    if args.command == "update":
        update(languages)
    else:
        for path in release(languages):
            print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
