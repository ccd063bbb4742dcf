"""Render the app icon for every platform from resources/icons/leadbook.svg.

    python packaging/make_icons.py OUT_DIR

writes, into OUT_DIR:
  png/leadbook-N.png                      N = 16 … 1024 (the sizes below)
  hicolor/NxN/apps/app.leadbook.Leadbook.png and hicolor/scalable/apps/app.leadbook.Leadbook.svg
  leadbook.ico                            Windows: 16 … 256, PNG-compressed entries (Vista and later)
  leadbook.icns                           macOS: 16 … 1024 (the @2x sizes too), PNG entries

The icons are made at build time, not committed: the SVG is the one source, and a copy in PNG,
ICO and ICNS could only go stale. Qt (QtSvg) draws them — it is already needed to build — and the
two container formats are written here in a few lines each, so no image library is needed.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "leadbook.svg"

ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# OSType of each PNG entry an .icns holds, by pixel size and scale (what iconutil writes).
ICNS_TYPES = (
    (b"icp4", 16), (b"ic11", 32),  # 16 pt, @1x and @2x
    (b"icp5", 32), (b"ic12", 64),  # 32 pt
    (b"ic07", 128), (b"ic13", 256),  # 128 pt
    (b"ic08", 256), (b"ic14", 512),  # 256 pt
    (b"ic09", 512), (b"ic10", 1024),  # 512 pt
)  # fmt: skip


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are the given PNGs (ICONDIR, then one ICONDIRENTRY per size, then the data)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file: 'icns', the total length, then (type, length, PNG) for each entry, big-endian."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(out: Path, svg: Path = SVG) -> dict[str, Path]:
    """Write every icon into ``out``; the main files by kind: ``ico``, ``icns``, ``png`` (512 px), ``hicolor``."""
    sys.path.insert(0, str(ROOT / "desktop"))  # the renderer lives in the app (it also installs menu icons)
    from leadbook.platform.desktop_entry import APP_ID, HICOLOR_SIZES, render_png  # noqa: PLC0415

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    sizes = sorted({*ICO_SIZES, *HICOLOR_SIZES, *(size for _, size in ICNS_TYPES)})
    pngs = {size: render_png(size, svg) for size in sizes}
    (out / "png").mkdir(parents=True, exist_ok=True)
    for size, data in pngs.items():
        (out / "png" / f"leadbook-{size}.png").write_bytes(data)
    hicolor = out / "hicolor"
    for size in HICOLOR_SIZES:
        folder = hicolor / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{APP_ID}.png").write_bytes(pngs[size])
    (hicolor / "scalable" / "apps").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, hicolor / "scalable" / "apps" / f"{APP_ID}.svg")
    (out / "leadbook.ico").write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    (out / "leadbook.icns").write_bytes(icns_bytes(pngs))
    return {"ico": out / "leadbook.ico", "icns": out / "leadbook.icns", "png": out / "png" / "leadbook-512.png",
            "hicolor": hicolor}  # fmt: skip


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    for kind, path in make_icons(Path(sys.argv[1]).resolve()).items():
        print(f"{kind}: {path}")
