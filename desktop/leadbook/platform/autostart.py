""" "Start Leadbook when I log in": the platform's own autostart entry, written or removed.

- Linux and other XDG desktops: ``$XDG_CONFIG_HOME/autostart/leadbook.desktop`` (default
  ``~/.config``), a Desktop Entry whose Exec line is quoted as the specification asks.
- Windows: the value "Leadbook" under ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``.
- macOS: a LaunchAgent, ``~/Library/LaunchAgents/org.leadbook.Leadbook.plist``, RunAtLoad.

The command starts Leadbook quietly in the tray (``--background``), on the book that was
open when the box was ticked unless that is the user's own default book. The entry *is*
the setting: nothing else remembers it, so it can never disagree with the desktop.
Windows is reached through a small registry seam, so the value written can be checked
anywhere; macOS and Linux are plain files.
"""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Protocol

from .. import APP_ID as MENU_ID
from .desktop_entry import exec_arg, string_value, this_leadbook

APP_ID = "leadbook"
LAUNCH_AGENT_LABEL = "org.leadbook.Leadbook"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "Leadbook"
BACKGROUND_FLAG = "--background"


def leadbook_command(book: Path | None = None, default_book: Path | None = None) -> list[str]:
    """The command line that starts this Leadbook in the tray (a virtual environment keeps working)."""
    command = [*this_leadbook(), BACKGROUND_FLAG]
    if book is not None and (default_book is None or Path(book).resolve() != Path(default_book).resolve()):
        command += ["--db", str(Path(book).resolve())]
    return command


# --- Linux: XDG autostart ---------------------------------------------------------------------


def desktop_entry(command: Sequence[str]) -> str:
    exec_line = " ".join(exec_arg(arg) for arg in command)
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Version=1.0\n"
        "Name=Leadbook\n"
        "Comment=Follow-up reminders from the tray\n"
        f"Exec={string_value(exec_line)}\n"
        f"Icon={MENU_ID}\n"
        "Terminal=false\n"
        "Categories=Office;\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def xdg_autostart_file(env: Mapping[str, str] | None = None, home: Path | None = None) -> Path:
    env = os.environ if env is None else env
    config = env.get("XDG_CONFIG_HOME", "").strip()
    base = Path(config) if config and Path(config).is_absolute() else (home or Path.home()) / ".config"
    return base / "autostart" / f"{APP_ID}.desktop"


# --- macOS: a LaunchAgent -----------------------------------------------------------------------


def launch_agent(command: Sequence[str]) -> bytes:
    return plistlib.dumps(
        {
            "Label": LAUNCH_AGENT_LABEL,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
    )


def launch_agent_file(home: Path | None = None) -> Path:
    return (home or Path.home()) / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"


# --- Windows: the Run key --------------------------------------------------------------------------


def run_value(command: Sequence[str]) -> str:
    """The Run key's command line, quoted the way Windows programs parse it."""
    return subprocess.list2cmdline(list(command))


class RunKey(Protocol):
    """The HKCU Run key; ``WinRegRunKey`` on Windows, a dict-like fake in tests."""

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...


class WinRegRunKey:
    """HKCU\\...\\Run through winreg (Windows only)."""

    def get(self, name: str) -> str | None:
        if sys.platform != "win32":
            raise OSError("the Run key is Windows only")
        import winreg  # noqa: PLC0415 - Windows only

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                return str(winreg.QueryValueEx(key, name)[0])
        except FileNotFoundError:
            return None

    def set(self, name: str, value: str) -> None:
        if sys.platform != "win32":
            raise OSError("the Run key is Windows only")
        import winreg  # noqa: PLC0415 - Windows only

        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            winreg.SetValueEx(key, name, 0, winreg.REG_SZ, value)

    def delete(self, name: str) -> None:
        if sys.platform != "win32":
            raise OSError("the Run key is Windows only")
        import winreg  # noqa: PLC0415 - Windows only

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, name)
        except FileNotFoundError:
            pass


# --- the one door ---------------------------------------------------------------------------------


class Autostart:
    """Read, write and remove the autostart entry of this platform (OSError when the disk or
    registry refuses: the caller tells the user)."""

    def __init__(
        self,
        platform: str | None = None,
        home: Path | None = None,
        env: Mapping[str, str] | None = None,
        run_key: RunKey | None = None,
    ) -> None:
        self.platform = platform or sys.platform
        self.home = home
        self.env = os.environ if env is None else env
        self._run_key = run_key

    @property
    def run_key(self) -> RunKey:
        if self._run_key is None:
            self._run_key = WinRegRunKey()
        return self._run_key

    @property
    def location(self) -> str:
        """Where the entry lives, for messages and tooltips."""
        if self.platform == "win32":
            return "HKEY_CURRENT_USER\\" + RUN_KEY + "\\" + RUN_VALUE
        return str(self._file())

    def _file(self) -> Path:
        if self.platform == "darwin":
            return launch_agent_file(self.home)
        return xdg_autostart_file(self.env, self.home)

    def is_enabled(self) -> bool:
        if self.platform == "win32":
            return self.run_key.get(RUN_VALUE) is not None
        return self._file().is_file()

    def enable(self, command: Sequence[str]) -> None:
        if self.platform == "win32":
            self.run_key.set(RUN_VALUE, run_value(command))
            return
        content = launch_agent(command) if self.platform == "darwin" else desktop_entry(command).encode("utf-8")
        target = self._file()
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".part")
        partial.write_bytes(content)
        os.replace(partial, target)  # never a half-written entry

    def disable(self) -> None:
        if self.platform == "win32":
            self.run_key.delete(RUN_VALUE)
            return
        self._file().unlink(missing_ok=True)

    def set_enabled(self, enabled: bool, command: Sequence[str]) -> None:
        if enabled:
            self.enable(command)
        else:
            self.disable()
