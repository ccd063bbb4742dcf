"""Leadbook: an offline lead book that makes a solo seller follow up."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("leadbook")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"

APP_NAME = "Leadbook"
