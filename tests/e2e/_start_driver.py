"""A real ``leadbook`` start under a driver program that notes what it sees (modules, threads) and
writes it as JSON, for the start-up tests that look inside a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any


def seen_at_start(driver: str, book: Path, tmp_path: Path) -> dict[str, Any]:
    """Run ``driver`` (Python source given the output path and the book as ``sys.argv[1:]``) offscreen,
    with its own data folder, and return what it wrote."""
    out = tmp_path / "seen.json"
    env = dict(os.environ, LEADBOOK_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", driver, str(out), str(book)], env=env, capture_output=True,
                          text=True, timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return json.loads(out.read_text())
