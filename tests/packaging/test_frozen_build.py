"""The double-click Leadbook: built here with PyInstaller from packaging/leadbook.spec (through
packaging/build.py, as a person would build it), then run as a user runs it — no display, no Python.

About a minute on this 2-core machine (the build is ~40 s); run alone with ``pytest -m packaging``,
leave out with ``-m "not packaging"``. Needs ``pip install ".[packaging]"`` (PyInstaller).
"""

from __future__ import annotations

import os
import plistlib
import shlex
import shutil
import subprocess
import sys
import types
from pathlib import Path

import pytest

import leadbook
import leadbook.platform.desktop_entry

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))
import bundle
from build import frozen_program
from make_icons import ICNS_TYPES, ICO_SIZES, make_icons

pytestmark = [pytest.mark.packaging, pytest.mark.timeout(900)]


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    """One build for the whole module; its work folder goes at once and the build after the tests (~400 MB)."""
    base = tmp_path_factory.mktemp("frozen")
    work = base / "work"
    result = subprocess.run([sys.executable, str(PACKAGING / "build.py"), "--dist", str(base / "dist"),
                             "--work", str(work)], capture_output=True, text=True, cwd=ROOT, timeout=800, check=False)  # fmt: skip
    shutil.rmtree(work, ignore_errors=True)
    assert result.returncode == 0, (result.stdout + result.stderr)[-4000:]
    yield base / "dist"
    shutil.rmtree(base, ignore_errors=True)


def run_frozen(dist: Path, *args: str, tmp: Path, **env: str) -> subprocess.CompletedProcess:
    """The built program in a session without a display, without Python on its path, its data in ``tmp``."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_", "VIRTUAL_ENV"))}
    clean.pop("DISPLAY", None)
    clean.pop("WAYLAND_DISPLAY", None)
    clean.update(LEADBOOK_HOME=str(tmp / "home"), TMPDIR=str(tmp), PATH="/usr/bin:/bin", **env)
    return subprocess.run([str(frozen_program(dist)), *args], env=clean, capture_output=True, text=True, check=False,
                          timeout=300, cwd=tmp)  # fmt: skip


def test_the_frozen_program_says_its_version(dist, tmp_path):
    result = run_frozen(dist, "--version", tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Leadbook {leadbook.__version__}"


def test_the_frozen_program_passes_its_self_check(dist, tmp_path):
    result = run_frozen(dist, "--self-check", tmp=tmp_path)
    assert result.returncode == 0, f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"Leadbook {leadbook.__version__} self-check (packaged app")
    assert not [line for line in lines[1:-1] if not line.startswith("ok ")], result.stdout
    if sys.platform.startswith("linux"):
        assert "(xcb loads)" in result.stdout, "real X11 windows need the xcb plugin and its libraries"
    pdf = Path(lines[-1].rsplit(" is at ", 1)[1])
    assert pdf.parent.parent == tmp_path, "the self-check writes into a new temporary folder"
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert shutil.which("pdftotext"), "install poppler-utils (.ci/run does)"
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Call sheet" in text
    assert (pdf.parent / "self-check.txt").read_text(encoding="utf-8").splitlines() == lines
    assert not list((tmp_path / "home").glob("*.db")), "the user's own book is never touched"


def test_the_build_carries_every_resource_and_the_qt_plugins(dist):
    internal = dist / "Leadbook" / "_internal"
    shipped = internal / "leadbook" / "resources"
    sources = [p for p in (ROOT / "resources").rglob("*") if p.is_file() and not p.match("*.py")
               and not p.match("*.ts") and "__pycache__" not in p.parts]  # fmt: skip
    assert sources, "resources/ has files"
    for path in sources:
        assert (shipped / path.relative_to(ROOT / "resources")).is_file(), f"{path.name} is not in the build"
    plugins = internal / "PySide6" / "Qt" / "plugins"
    if sys.platform.startswith("linux"):
        for plugin in (
            "platforms/libqoffscreen.so",
            "platforms/libqxcb.so",
            "platforms/libqwayland.so",
            "imageformats/libqsvg.so",
            "iconengines/libqsvgicon.so",
            "printsupport/libcupsprintersupport.so",
        ):
            assert (plugins / plugin).is_file(), plugin
        assert not list(plugins.glob("platformthemes/*gtk3*")), "the GTK 3 theme would meet the desktop's GTK"
        assert list((internal / "PySide6" / "Qt" / "translations").glob("qtbase_*.qm")), "Qt's own translations"


def test_the_frozen_program_installs_a_menu_entry_that_starts_itself(dist, tmp_path):
    data_home = tmp_path / "data"
    result = run_frozen(dist, "--install-desktop-entry", tmp=tmp_path, XDG_DATA_HOME=str(data_home))
    assert result.returncode == 0, result.stderr
    entry = data_home / "applications" / f"{bundle.APP_ID}.desktop"
    exec_line = next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))
    assert shlex.split(exec_line.removeprefix("Exec=")) == [str(frozen_program(dist))]
    assert (data_home / "icons" / "hicolor" / "256x256" / "apps" / f"{bundle.APP_ID}.png").is_file()


# --- what the spec is given (fast, no build) ---------------------------------------------------------


def pyinstaller_versioninfo() -> types.ModuleType:
    """PyInstaller's own version-resource module, less the two Windows-only imports (pefile, win32api)
    that only its .exe-patching functions use: its classes read and serialize the file anywhere."""
    from PyInstaller.utils import win32

    source = (Path(win32.__file__).parent / "versioninfo.py").read_text(encoding="utf-8")
    for line in ("import pefile\n", "from PyInstaller.compat import win32api\n"):
        assert line in source, f"PyInstaller's versioninfo.py changed: {line!r}"
        source = source.replace(line, "")
    module = types.ModuleType("versioninfo_anywhere")
    exec(compile(source, "versioninfo.py", "exec"), module.__dict__)
    return module


def test_the_windows_version_resource_reads_back(tmp_path):
    versioninfo = pyinstaller_versioninfo()
    path = tmp_path / "version.txt"
    path.write_text(bundle.windows_version_text("1.2.3rc1", "Leadbook.exe"), encoding="utf-8")
    info = versioninfo.load_version_info_from_text_file(str(path))
    assert len(info.toRaw()) > 500, "serializes to the binary VS_VERSIONINFO resource"
    assert info.ffi.fileVersionMS == (1 << 16) | 2 and info.ffi.fileVersionLS == 3 << 16
    strings = {s.name: s.val for s in info.kids[0].kids[0].kids}
    assert strings["ProductVersion"] == strings["FileVersion"] == "1.2.3rc1"
    assert strings["ProductName"] == "Leadbook" and strings["OriginalFilename"] == "Leadbook.exe"
    assert bundle.version() == leadbook.__version__


def test_the_macos_plist_has_the_bundle_version():
    plist = plistlib.loads(plistlib.dumps(bundle.info_plist("1.2.3")))
    assert plist["CFBundleShortVersionString"] == plist["CFBundleVersion"] == "1.2.3"
    assert plist["LSApplicationCategoryType"] == "public.app-category.business"
    assert bundle.APP_ID == leadbook.platform.desktop_entry.APP_ID == "app.leadbook.Leadbook"


def test_the_staged_package_carries_every_new_resource_file(tmp_path):
    staged = bundle.stage_package(tmp_path / "stage")
    (staged / "leadbook" / "resources" / "translations").mkdir(exist_ok=True)
    (staged / "leadbook" / "resources" / "translations" / "leadbook_xx.qm").write_bytes(b"new")
    (staged / "leadbook" / "resources" / "translations" / "leadbook_xx.ts").write_text("source")
    datas = {Path(src).name: dest for src, dest in bundle.package_data(staged)}
    assert datas["leadbook_xx.qm"] == str(Path("leadbook", "resources", "translations"))
    assert datas["leadbook.svg"] == str(Path("leadbook", "resources", "icons"))
    assert not [name for name in datas if name.endswith((".py", ".pyc", ".ts"))]


def test_the_icons_for_every_platform(qapp, tmp_path):
    from PySide6.QtGui import QImageReader

    made = make_icons(tmp_path)
    for kind, expected in (("ico", sorted(ICO_SIZES)), ("icns", [size for _, size in ICNS_TYPES])):
        reader = QImageReader(str(made[kind]))
        sizes = []
        for n in range(reader.imageCount()):
            reader.jumpToImage(n)
            image = reader.read()
            assert image.width() == image.height()
            sizes.append(image.width())
        assert sorted(sizes) == sorted(expected), kind
    assert (made["hicolor"] / "512x512" / "apps" / f"{bundle.APP_ID}.png").is_file()
