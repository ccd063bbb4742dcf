"""Leadbook's resources (icons, stylesheet, translations), installed as ``leadbook.resources``."""

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """A file shipped with the app, wherever it is installed (or frozen): the files lie beside this module
    in every way Leadbook is installed (a wheel, an editable checkout, the frozen build), so its folder is
    enough, without ``importlib.resources`` (whose import and per-call readers cost the start-up a few ms)."""
    return _HERE.joinpath(*parts)
