"""``leadbook --self-check``: does this Leadbook have everything it needs to run here?

Made for the packaged app (did the build carry Qt's plugins, the icon, the translations and every
module?) and for users who ask "why does it not start?". It never touches the user's own book or
settings: it writes a demo book in a new temporary folder, draws that book's call sheet for today to
a PDF offscreen, and says where. Each check prints one line: ``ok``, ``warn`` (the app runs, but
something is missing, with what to do) or ``FAIL``; the exit status is 0 when nothing failed.

The report is also written next to the PDF (``self-check.txt``), because a windowed Windows program
has no console to print to.
"""

from __future__ import annotations

import contextlib
import os
import platform
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from .. import __version__

OK, WARN, FAIL = "ok", "warn", "FAIL"

# What Qt's xcb plugin needs from the system on Debian/Ubuntu; Qt's own message names only libxcb-cursor0.
XCB_PACKAGES = "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0"


class _Report:
    def __init__(self, out: TextIO | None) -> None:
        self.out = out
        self.lines: list[str] = []
        self.failed = False

    def line(self, text: str) -> None:
        self.lines.append(text)
        if self.out is not None:  # None in a windowed Windows program
            print(text, file=self.out, flush=True)

    def check(self, status: str, text: str) -> None:
        self.failed |= status == FAIL
        self.line(f"{status:<4}  {text}")

    def run(self, name: str, check: Callable[[], tuple[str, str]]) -> None:
        """One check; an exception is a failure with its last line, not a traceback for the user."""
        try:
            status, text = check()
        except Exception as error:  # noqa: BLE001 - every failure is reported, then the next check runs
            last = traceback.format_exception_only(type(error), error)[-1].strip()
            status, text = FAIL, f"{name}: {last}"
        self.check(status, text)


def _plugins_dir() -> Path:
    from PySide6.QtCore import QLibraryInfo  # noqa: PLC0415

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))


def _platform_plugins() -> tuple[str, str]:
    """Qt's platform plugins: offscreen draws this check; xcb (X11) or wayland show the real windows."""
    from PySide6.QtCore import QPluginLoader  # noqa: PLC0415

    folder = _plugins_dir() / "platforms"
    names = (
        sorted(p.stem.removeprefix("libq").removeprefix("q") for p in folder.glob("*q*.*")) if folder.is_dir() else []
    )
    where = f"in {folder}"
    if not names:
        return FAIL, f"Qt platform plugins: none found {where}"
    if sys.platform.startswith("linux"):
        if "xcb" not in names:
            return FAIL, f"Qt platform plugins: {', '.join(names)} {where}; xcb (X11 windows) is missing"
        xcb = next(folder.glob("*qxcb.*"))
        loader = QPluginLoader(str(xcb))
        if not loader.load():
            return WARN, (f"Qt platform plugins: {', '.join(names)}; xcb cannot load here ({loader.errorString()}). "
                          f"Windows on X11 need: sudo apt-get install {XCB_PACKAGES}")  # fmt: skip
        return OK, f"Qt platform plugins: {', '.join(names)} (xcb loads) {where}"
    wanted = {"win32": "windows", "darwin": "cocoa"}.get(sys.platform)
    if wanted and wanted not in names:
        return FAIL, f"Qt platform plugins: {', '.join(names)} {where}; {wanted} is missing"
    return OK, f"Qt platform plugins: {', '.join(names)} {where}"


def _icon() -> tuple[str, str]:
    """The window icon is an SVG: drawing it needs the icon file and Qt's svg image plugin."""
    from PySide6.QtGui import QImage  # noqa: PLC0415

    from .desktop_entry import svg_path  # noqa: PLC0415

    svg = svg_path()
    image = QImage(str(svg))
    if image.isNull():
        return FAIL, f"app icon: {svg} cannot be read (is the svg image plugin in {_plugins_dir() / 'imageformats'}?)"
    return OK, f"app icon: {svg.name} drawn at {image.width()}×{image.height()}"


def _translations() -> tuple[str, str]:
    """Every language the app offers has its own .qm and Qt's (qtbase_*: standard buttons and dialogs), and they load."""
    from PySide6.QtCore import QLibraryInfo, QTranslator  # noqa: PLC0415

    from ..present.i18n import LANGUAGES, translations_dir  # noqa: PLC0415

    folder = translations_dir()
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    own = sorted(folder.glob("leadbook_*.qm")) if folder.is_dir() else []
    wanted = [folder / f"leadbook_{code}.qm" for code in LANGUAGES]
    wanted += [qt_folder / f"qtbase_{code}.qm" for code in LANGUAGES]
    missing = [str(path) for path in wanted if not path.is_file()]
    if missing:
        return FAIL, f"translations: missing {', '.join(missing)}"
    broken = [path.name for path in [*own, *wanted] if not QTranslator().load(str(path))]
    if broken:
        return FAIL, f"translations: {', '.join(broken)} cannot be loaded"
    names = ", ".join(qm.stem.removeprefix("leadbook_") for qm in own) or "none shipped"
    return OK, f"translations: {names}, with Qt's own ({folder}; {qt_folder})"


def _modules() -> tuple[str, str]:
    """Every module the app and the CLI import is there (a frozen build can miss one)."""
    import importlib  # noqa: PLC0415

    names = ["leadbook.app", "leadbook.cli", "leadbook.interop.importing", "leadbook.interop.ical",
             "leadbook.interop.vcard", "leadbook.present.revisits_text", "leadbook.present.agenda_text", "leadbook.platform.desktop_entry",
             "leadbook.sync.command", "leadbook.sync.engine", "caldav", "keyring"]  # fmt: skip
    for name in names:
        importlib.import_module(name)
    return OK, f"modules: the window, tray, files, call sheet and calendar sync load ({len(names)} entry points)"


# A line in each shipped language's own letters: what its users' names and the translation need.
SCRIPT_SAMPLES = {
    "en": "Leadbook — “follow up” · 1,234.50 €",
    "de": "Jürgen Größe, Müller & Söhne",
    "sv": "Åsa Öberg, Ängelholms Kök",
    "zh_CN": "王小明 北京贸易有限公司 跟进电话",
}


def _scripts() -> tuple[str, str]:
    """The letters of every shipped language have a font here (else they show and print as boxes)."""
    from ..present.i18n import NATIVE_NAMES  # noqa: PLC0415
    from .font_coverage import FontCoverage, install_advice  # noqa: PLC0415

    coverage = FontCoverage()
    missing = {code: coverage.missing([text]) for code, text in SCRIPT_SAMPLES.items()}
    can = [NATIVE_NAMES[code] for code, chars in missing.items() if not chars]
    cannot = [NATIVE_NAMES[code] for code, chars in missing.items() if chars]
    if cannot:
        chars = "".join(sorted(set("".join(missing.values()))))
        return WARN, (f"fonts: can draw {', '.join(can) or 'none'}; cannot draw {', '.join(cannot)} "
                      f"(shown and printed as boxes). {install_advice(chars)}")  # fmt: skip
    return OK, f"fonts: can draw every shipped language ({', '.join(can)})"


def run(out: TextIO | None = None, folder: Path | None = None) -> int:
    """Run every check; 0 when nothing failed. The PDF and the report stay in ``folder`` (default: a new temp folder)."""
    if not (os.environ.get("QT_QPA_PLATFORM")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the check draws, but never shows a window
    from PySide6 import __version__ as pyside_version  # noqa: PLC0415
    from PySide6.QtCore import qVersion  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    report = _Report(sys.stdout if out is None else out)
    kind = "packaged app" if getattr(sys, "frozen", False) else f"Python {platform.python_version()}"
    report.line(f"Leadbook {__version__} self-check ({kind}, PySide6 {pyside_version}, Qt {qVersion()}, "
                f"{platform.system()} {platform.machine()})")  # fmt: skip
    _app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = folder or Path(tempfile.mkdtemp(prefix="leadbook-self-check-"))
    report.run("Qt platform plugins", _platform_plugins)
    report.run("app icon", _icon)
    report.run("translations", _translations)
    report.run("modules", _modules)
    report.run("fonts", _scripts)
    pdf = folder / "callsheet.pdf"
    report.run("call sheet", lambda: _callsheet(folder, pdf))
    if report.failed:
        report.line(f"Self-check FAILED. Details are above and in {folder / 'self-check.txt'}")
    else:
        report.line(f"Self-check passed. The demo book's call sheet for today is at {pdf}")
    with contextlib.suppress(OSError):  # the lines were printed; a full temp disk is reported by the call sheet check
        (folder / "self-check.txt").write_text("\n".join(report.lines) + "\n", encoding="utf-8")
    return 1 if report.failed else 0


def _callsheet(folder: Path, pdf: Path) -> tuple[str, str]:
    """A demo book written and read through the real stack, and its call sheet drawn to a PDF."""
    from ..demo.leads import write_demo_book  # noqa: PLC0415
    from ..interop.callsheet import build_callsheet  # noqa: PLC0415
    from ..interop.callsheet_render import write_pdf  # noqa: PLC0415

    book_path = folder / "demo.leadbook"
    book = write_demo_book(book_path)
    try:
        leads = book.count_leads()
        sheet = build_callsheet(book)
    finally:
        book.close()
    pages = write_pdf(sheet, pdf)
    if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF-"):
        return FAIL, f"call sheet: {pdf} was not written"
    for leftover in folder.glob("demo.leadbook*"):
        leftover.unlink(missing_ok=True)  # the demo book is big; the PDF shows it worked
    return OK, (f"call sheet: a demo book of {leads} leads opened; {len(sheet.rows)} rows on {pages} "
                f"page{'s' if pages != 1 else ''} written to {pdf}")  # fmt: skip
