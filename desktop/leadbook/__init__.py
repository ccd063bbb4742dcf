"""Leadbook: an offline lead book that makes a solo seller follow up."""

# The one place the version is written; pyproject.toml reads it from here.
__version__ = "0.1.0"

APP_NAME = "Leadbook"
# The reverse-DNS id of the app: its menu entry, icon and Wayland window class.
APP_ID = "app.leadbook.Leadbook"
