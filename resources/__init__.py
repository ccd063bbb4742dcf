"""Leadbook's resources (icons, stylesheet, translations), installed as ``leadbook.resources``."""

from importlib.resources import files
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """A file shipped with the app, wherever it is installed (or frozen)."""
    return Path(str(files(__name__).joinpath(*parts)))
