"""Leadbook in the Linux menu without root: a Desktop Entry and hicolor icons in the user's data folder.

``leadbook --install-desktop-entry`` writes
``$XDG_DATA_HOME/applications/app.leadbook.Leadbook.desktop`` (default ``~/.local/share``) and the
icon at every standard hicolor size, rendered from the app's SVG with QtSvg, plus the SVG itself
under ``scalable``. Exec runs *this* Leadbook: the frozen program itself, or this Python with
``-m leadbook`` (so a virtual environment or a pipx install keeps working when moved to the menu).
Desktops watch ``applications/`` and pick the entry up at once; nothing needs root.

The same text, with ``Exec=leadbook``, is committed as ``packaging/linux/app.leadbook.Leadbook.desktop``
for distribution packages (a test keeps the two identical and validates them). The icon renderer here
also makes the packaged app's icons (``packaging/make_icons.py``), so there is one way to draw them.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from .. import APP_ID  # the .desktop file's name, the icon's name, the AppStream id, the macOS bundle id

HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)

# --- Desktop Entry quoting (the menu entry here, the autostart entry in autostart.py) ---

_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def exec_arg(arg: str) -> str:
    """One argument of a Desktop Entry Exec key: quoted when it has reserved characters,
    with ", `, $ and \\ escaped inside the quotes, and % doubled (field codes)."""
    arg = arg.replace("%", "%%")
    if arg and not _RESERVED & set(arg):
        return arg
    inner = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return f'"{inner}"'


def string_value(text: str) -> str:
    """A Desktop Entry string value: backslashes, and the control characters that would end the line, escaped."""
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def this_leadbook() -> list[str]:
    """The command that starts this Leadbook: the frozen program, or this Python running the package."""
    return [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "leadbook"]


def desktop_entry_text(command: Sequence[str]) -> str:
    """The menu entry. Exec is quoted as the Desktop Entry specification asks (spaces, quotes, %)."""
    exec_line = " ".join(exec_arg(arg) for arg in command)
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Version=1.4\n"
        "Name=Leadbook\n"
        "GenericName=Lead Book\n"
        "Comment=Keep your leads and follow up on time\n"
        f"Exec={string_value(exec_line)}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "Categories=Office;ContactManagement;\n"
        "Keywords=CRM;leads;sales;follow-up;reminder;prospects;\n"
        "StartupNotify=true\n"
        "StartupWMClass=Leadbook\n"
    )


def data_home(env: Mapping[str, str] | None = None, home: Path | None = None) -> Path:
    """``$XDG_DATA_HOME`` when it is an absolute path (the specification ignores relative ones), else ~/.local/share."""
    env = os.environ if env is None else env
    value = env.get("XDG_DATA_HOME", "").strip()
    return Path(value) if value and Path(value).is_absolute() else (home or Path.home()) / ".local" / "share"


def entry_path(base: Path) -> Path:
    return base / "applications" / f"{APP_ID}.desktop"


def icon_paths(base: Path) -> list[Path]:
    """Every icon file the entry installs: one PNG per hicolor size, then the SVG."""
    hicolor = base / "icons" / "hicolor"
    pngs = [hicolor / f"{n}x{n}" / "apps" / f"{APP_ID}.png" for n in HICOLOR_SIZES]
    return [*pngs, hicolor / "scalable" / "apps" / f"{APP_ID}.svg"]


def svg_path() -> Path:
    from ..resources import resource_path  # noqa: PLC0415

    return resource_path("icons", "leadbook.svg")


def render_png(size: int, svg: Path | None = None) -> bytes:
    """The app icon as a square PNG of ``size`` pixels, drawn from the SVG (needs a QGuiApplication)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: PLC0415 - Qt only when drawing
    from PySide6.QtGui import QImage, QPainter  # noqa: PLC0415
    from PySide6.QtSvg import QSvgRenderer  # noqa: PLC0415

    renderer = QSvgRenderer(str(svg or svg_path()))
    if not renderer.isValid():
        raise OSError(f"cannot read the icon {svg or svg_path()}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # the stub says bytes; the binding takes str
        raise OSError(f"cannot encode a {size}px PNG")
    buffer.close()
    return bytes(data.data())


def _write(path: Path, content: bytes) -> None:
    """Whole or not at all: a menu never sees a half-written entry or icon."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    partial.write_bytes(content)
    os.replace(partial, path)


def install(command: Sequence[str] | None = None, base: Path | None = None) -> list[Path]:
    """Write the icons, then the entry (last, so the menu never shows it without its icon); the paths written."""
    base = base or data_home()
    written: list[Path] = []
    icons = icon_paths(base)
    for size, path in zip(HICOLOR_SIZES, icons, strict=False):
        _write(path, render_png(size))
        written.append(path)
    _write(icons[-1], svg_path().read_bytes())
    written.append(icons[-1])
    entry = entry_path(base)
    _write(entry, desktop_entry_text(command or this_leadbook()).encode("utf-8"))
    written.append(entry)
    return written


def uninstall(base: Path | None = None) -> list[Path]:
    """Remove the entry, then its icons; the paths that were there (empty folders are left to the desktop)."""
    base = base or data_home()
    removed = []
    for path in [entry_path(base), *icon_paths(base)]:
        if path.is_file():
            path.unlink()
            removed.append(path)
    return removed
