"""The autostart entry, written into a temporary home: XDG on Linux, a LaunchAgent on macOS, and
the Run key's value on Windows (through a fake registry: winreg exists only there)."""

from __future__ import annotations

import configparser
import json
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from leadbook.platform.autostart import (
    BACKGROUND_FLAG,
    LAUNCH_AGENT_LABEL,
    RUN_VALUE,
    Autostart,
    desktop_entry,
    leadbook_command,
    run_value,
)

AWKWARD = '/home/ann/My Books/Ann\'s "big" book $1 `x` 100% back\\slash.leadbook'


class FakeRunKey:
    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def set(self, name: str, value: str) -> None:
        self.values[name] = value

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


def read_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_command_starts_quietly_in_the_tray(tmp_path):
    own = tmp_path / "leadbook.db"
    assert leadbook_command() == [sys.executable, "-m", "leadbook", BACKGROUND_FLAG]
    assert leadbook_command(own, own) == [sys.executable, "-m", "leadbook", BACKGROUND_FLAG]
    other = tmp_path / "demo.leadbook"
    assert leadbook_command(other, own)[-2:] == ["--db", str(other.resolve())]


def test_linux_writes_and_removes_the_xdg_autostart_file(tmp_path):
    home = tmp_path / "home"
    config = tmp_path / "config"
    autostart = Autostart("linux", home=home, env={"XDG_CONFIG_HOME": str(config)})
    target = config / "autostart" / "leadbook.desktop"
    assert autostart.location == str(target)
    assert not autostart.is_enabled()
    autostart.enable(["/usr/bin/python3", "-m", "leadbook", BACKGROUND_FLAG])
    assert autostart.is_enabled()
    entry = read_entry(target)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Leadbook"
    assert entry["Exec"] == "/usr/bin/python3 -m leadbook --background"
    assert entry["X-GNOME-Autostart-enabled"] == "true"
    assert list(target.parent.iterdir()) == [target]  # no temporary file left behind
    autostart.set_enabled(False, [])
    assert not autostart.is_enabled() and not target.exists()
    autostart.disable()  # removing twice is fine


def test_linux_without_xdg_config_home_uses_dot_config(tmp_path):
    for env in ({}, {"XDG_CONFIG_HOME": ""}, {"XDG_CONFIG_HOME": "relative/is/ignored"}):
        autostart = Autostart("linux", home=tmp_path, env=env)
        autostart.enable(["leadbook"])
        assert (tmp_path / ".config" / "autostart" / "leadbook.desktop").is_file()
        autostart.disable()


def test_the_exec_line_quotes_awkward_paths():
    text = desktop_entry(["/opt/lead book/python", "--db", AWKWARD])
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert exec_line == (
        'Exec="/opt/lead book/python" --db '
        '"/home/ann/My Books/Ann\'s \\\\"big\\\\" book \\\\$1 \\\\`x\\\\` 100%% back\\\\\\\\slash.leadbook"'
    )


@pytest.mark.slow  # a real process
def test_glib_reads_back_the_exact_arguments(tmp_path):
    # gio comes with Debian's libglib2.0-bin, which .ci/run installs.
    assert shutil.which("gio"), "install libglib2.0-bin (GLib's gio launcher)"
    """The desktop's own parser (GLib, as GNOME's session uses) runs the entry: argv survives."""
    script = "import json, sys; print(json.dumps(sys.argv[1:]))"
    autostart = Autostart("linux", home=tmp_path, env={"XDG_CONFIG_HOME": str(tmp_path / "cfg")})
    autostart.enable([sys.executable, "-c", script, BACKGROUND_FLAG, "--db", AWKWARD, "tab\there=é"])
    # The started program inherits gio's output pipe, so run() returns once it has printed.
    ran = subprocess.run(["gio", "launch", autostart.location], capture_output=True, text=True, timeout=60, check=False)
    assert ran.returncode == 0, ran.stderr
    assert json.loads(ran.stdout) == [BACKGROUND_FLAG, "--db", AWKWARD, "tab\there=é"]


def test_macos_writes_a_launch_agent(tmp_path):
    autostart = Autostart("darwin", home=tmp_path)
    target = tmp_path / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"
    assert autostart.location == str(target)
    autostart.enable(["/Applications/Leadbook.app/Contents/MacOS/Leadbook", BACKGROUND_FLAG, "--db", AWKWARD])
    assert autostart.is_enabled()
    agent = plistlib.loads(target.read_bytes())
    assert agent == {
        "Label": LAUNCH_AGENT_LABEL,
        "ProgramArguments": ["/Applications/Leadbook.app/Contents/MacOS/Leadbook", BACKGROUND_FLAG, "--db", AWKWARD],
        "RunAtLoad": True,
        "ProcessType": "Interactive",
    }
    autostart.disable()
    assert not target.exists() and not autostart.is_enabled()


def test_windows_sets_and_deletes_the_run_value():
    key = FakeRunKey()
    autostart = Autostart("win32", run_key=key)
    assert autostart.location.endswith(r"\CurrentVersion\Run\Leadbook")
    assert not autostart.is_enabled()
    autostart.enable(
        [r"C:\Program Files\Leadbook\Leadbook.exe", BACKGROUND_FLAG, "--db", r"C:\Users\Ann\My Books\ann.leadbook"]
    )
    assert key.values == {
        RUN_VALUE: r'"C:\Program Files\Leadbook\Leadbook.exe" --background --db "C:\Users\Ann\My Books\ann.leadbook"'
    }
    assert autostart.is_enabled()
    autostart.disable()
    assert key.values == {} and not autostart.is_enabled()


def test_windows_quoting_follows_the_c_runtime_rules():
    assert run_value(["a b", 'say "hi"', "trail\\"]) == '"a b" "say \\"hi\\"" trail\\'
