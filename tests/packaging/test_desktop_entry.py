"""Leadbook in the Linux menu: the committed .desktop and AppStream files pass Debian's validators, and
``leadbook --install-desktop-entry`` registers this Leadbook for the user alone (XDG_DATA_HOME in a temp
folder, never the real home), with icons at every hicolor size, then removes it all again."""

from __future__ import annotations

import configparser
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

import leadbook
from leadbook.platform import desktop_entry
from leadbook.platform.desktop_entry import APP_ID, HICOLOR_SIZES

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
for tool, deb in (("desktop-file-validate", "desktop-file-utils"), ("appstreamcli", "appstream")):
    assert shutil.which(tool), f"install {deb}: the desktop entry tests validate with {tool}"


def validate_entry(path: Path) -> None:
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def read_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def run_leadbook(*args: str, data_home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, XDG_DATA_HOME=str(data_home))
    env.pop("QT_QPA_PLATFORM", None)  # the verb must draw its icons without a display all by itself
    env.pop("DISPLAY", None)
    return subprocess.run([sys.executable, "-m", "leadbook", *args], env=env, capture_output=True, text=True, check=False,
                          timeout=60)  # fmt: skip


def test_the_committed_entry_is_what_the_app_installs_and_it_validates():
    committed = LINUX / f"{APP_ID}.desktop"
    assert committed.read_text(encoding="utf-8") == desktop_entry.desktop_entry_text(["leadbook"])
    validate_entry(committed)


def test_the_appstream_metainfo_validates_and_names_the_entry():
    metainfo = LINUX / f"{APP_ID}.metainfo.xml"
    result = subprocess.run(["appstreamcli", "validate", "--no-net", "--pedantic", str(metainfo)],
                            capture_output=True, text=True, check=False)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    text = metainfo.read_text(encoding="utf-8")
    assert f"<id>{APP_ID}</id>" in text
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in text
    assert f'<release version="{leadbook.__version__}"' in text, "add a <release> for the new version"


def test_an_awkward_program_path_is_quoted_and_still_valid(tmp_path):
    program = '/home/ann/My Apps/Lead "book" $HOME 100%/leadbook'
    entry = tmp_path / f"{APP_ID}.desktop"
    entry.write_text(desktop_entry.desktop_entry_text([program]), encoding="utf-8")
    validate_entry(entry)
    exec_line = read_entry(entry)["Exec"]
    assert exec_line == '"/home/ann/My Apps/Lead \\\\"book\\\\" \\\\$HOME 100%%/leadbook"'


def test_data_home_follows_xdg_and_ignores_a_relative_one(tmp_path):
    assert desktop_entry.data_home({"XDG_DATA_HOME": str(tmp_path)}) == tmp_path
    assert desktop_entry.data_home({"XDG_DATA_HOME": "relative"}, home=tmp_path) == tmp_path / ".local" / "share"
    assert desktop_entry.data_home({}, home=tmp_path) == tmp_path / ".local" / "share"


def test_install_writes_the_icons_at_every_size_then_the_entry(qapp, tmp_path):
    written = desktop_entry.install(["/opt/Leadbook/leadbook"], base=tmp_path)
    assert written[-1] == tmp_path / "applications" / f"{APP_ID}.desktop"
    for size in HICOLOR_SIZES:
        image = QImage(str(tmp_path / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
        corner, middle = image.pixelColor(0, 0), image.pixelColor(size // 2, size // 2)
        assert corner.alpha() == 0 and middle.alpha() == 255, "a transparent corner, an opaque book"
    svg = tmp_path / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert svg.read_bytes() == desktop_entry.svg_path().read_bytes()
    assert sorted(written) == sorted([*desktop_entry.icon_paths(tmp_path), desktop_entry.entry_path(tmp_path)])
    assert not list(tmp_path.rglob("*.part"))


def test_the_command_installs_this_leadbook_and_uninstalls_it(tmp_path):
    data_home = tmp_path / "data home"
    result = run_leadbook("--install-desktop-entry", data_home=data_home)
    assert result.returncode == 0, result.stderr
    entry = data_home / "applications" / f"{APP_ID}.desktop"
    assert f"Added Leadbook to the applications menu: {entry}" in result.stdout
    validate_entry(entry)
    fields = read_entry(entry)
    assert fields["Icon"] == APP_ID and fields["Terminal"] == "false"
    command = shlex.split(fields["Exec"])  # our quoting is a subset of the shell's
    assert command == [sys.executable, "-m", "leadbook"]
    launched = subprocess.run([*command, "--version"], capture_output=True, text=True, timeout=60, check=False)
    assert launched.stdout.strip() == f"Leadbook {leadbook.__version__}", "Exec starts this Leadbook"
    assert all(path.is_file() for path in desktop_entry.icon_paths(data_home))

    again = run_leadbook("--install-desktop-entry", data_home=data_home)
    assert again.returncode == 0, "installing twice replaces the entry"

    removed = run_leadbook("--uninstall-desktop-entry", data_home=data_home)
    assert removed.returncode == 0, removed.stderr
    assert removed.stdout.strip() == f"Removed Leadbook from the applications menu ({len(HICOLOR_SIZES) + 2} files)"
    assert not [p for p in data_home.rglob("*") if p.is_file()]
    assert run_leadbook("--uninstall-desktop-entry", data_home=data_home).stdout.strip() == (
        "Leadbook was not in the applications menu"
    )


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_other_systems_are_told_the_entry_is_for_linux(monkeypatch, capsys, tmp_path, platform):
    from leadbook import cli

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setattr(sys, "platform", platform)
    assert cli.main(["--install-desktop-entry"]) == 2
    assert "for Linux menus" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())
