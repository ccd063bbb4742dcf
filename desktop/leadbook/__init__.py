"""Leadbook: an offline lead book that makes a solo seller follow up."""

import gc

# The one place the version is written; pyproject.toml reads it from here.
__version__ = "0.1.0"

APP_NAME = "Leadbook"
# The reverse-DNS id of the app: its menu entry, icon and Wayland window class.
APP_ID = "app.leadbook.Leadbook"


def resume_collector() -> None:
    """Turn Python's cyclic collector back on after a start turned it off (``__main__.main`` while
    Leadbook loads; ``cli`` again for the app, until Today has painted). What the start built is set
    aside for good (``gc.freeze``): it allocates much and frees little, and each collection would
    walk all of it. Nothing when the collector is on (a test calling ``cli.main`` in-process)."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()
