"""Build the double-click Leadbook for this platform into dist/ — one command on Linux, Windows and macOS.

    pip install ".[packaging]"
    python packaging/build.py [--check] [--archive]

Linux: dist/Leadbook/leadbook. Windows: dist/Leadbook/Leadbook.exe (and leadbook-cli.exe for the
terminal). macOS: dist/Leadbook.app. ``--check`` then runs the built program's ``--version`` and
``--self-check``; ``--archive`` packs the build for download (Linux .tar.gz, Windows and macOS .zip).
PyInstaller builds for the platform it runs on only: build each platform on that platform.
See docs/packaging.md.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import bundle  # noqa: E402


def frozen_program(dist: Path, console: bool = True) -> Path:
    """The built program to run: on Windows the console twin when ``console`` (the windowed one cannot print)."""
    if sys.platform == "win32":
        return dist / "Leadbook" / ("leadbook-cli.exe" if console else "Leadbook.exe")
    if sys.platform == "darwin":
        return dist / "Leadbook.app" / "Contents" / "MacOS" / "Leadbook"
    return dist / "Leadbook" / "leadbook"


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec from a clean work folder; the built folder (or .app)."""
    try:
        import PyInstaller  # noqa: F401, PLC0415
    except ImportError:
        sys.exit('build: PyInstaller is not installed here; run: pip install ".[packaging]"')
    shutil.rmtree(work, ignore_errors=True)
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work), str(HERE / "leadbook.spec")]  # fmt: skip
    subprocess.run(command, check=True, cwd=ROOT)
    return dist / ("Leadbook.app" if sys.platform == "darwin" else "Leadbook")


def check(dist: Path) -> None:
    """The built program says its version and passes its self-check (a demo book's call sheet, offscreen)."""
    program = frozen_program(dist)
    for args in (["--version"], ["--self-check"]):
        print(f"build: {program.name} {' '.join(args)}", flush=True)
        subprocess.run([str(program), *args], check=True, timeout=300)


def archive(dist: Path, built: Path) -> Path:
    """The build packed for download, named by version, system and machine."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    name = f"Leadbook-{bundle.version()}-{system}-{platform.machine().lower()}"
    if sys.platform == "darwin" and shutil.which("ditto"):
        target = dist / f"{name}.zip"  # ditto keeps the bundle's symlinks and extended attributes
        subprocess.run(["ditto", "-c", "-k", "--keepParent", str(built), str(target)], check=True)
        return target
    kind = "zip" if sys.platform in ("win32", "darwin") else "gztar"
    return Path(shutil.make_archive(str(dist / name), kind, root_dir=built.parent, base_dir=built.name))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the build goes (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's work folder (default: build/pyinstaller/)")  # fmt: skip
    parser.add_argument("--check", action="store_true", help="run the built program's --version and --self-check")
    parser.add_argument("--archive", action="store_true", help="pack the build into a .tar.gz or .zip in dist/")
    args = parser.parse_args(argv)
    started = time.monotonic()
    built = build(args.dist.resolve(), args.work.resolve())
    print(f"build: Leadbook {bundle.version()} built in {time.monotonic() - started:.0f} s: {built}", flush=True)
    if args.check:
        check(args.dist.resolve())
    if args.archive:
        print(f"build: archive {archive(args.dist.resolve(), built)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
