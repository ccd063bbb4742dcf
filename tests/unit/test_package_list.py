"""Every package of Leadbook is in pyproject.toml's list: one left out installs without it, and the
installed app (and CI, which tests the installed package) fails with an import error."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_folder_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    source = ROOT / "desktop"
    found = {".".join(init.parent.relative_to(source).parts) for init in (source / "leadbook").rglob("__init__.py")}
    assert found - listed == set(), "add these to [tool.setuptools] packages"
    assert listed - found == {"leadbook.resources"}  # mapped from resources/ by package-dir
