"""Writes from the GUI: a BookError (or a date outside the range Leadbook works with) becomes a clear
message and nothing changes. The habits every dialog shares are in ``dialog_habits.py``."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..book import BookError, is_damage
from ..core.followups import DayOutOfRange
from ..present import texts


def hand_on_damage(error: BaseException) -> bool:
    """SQLite's damage (or a check that found it, ``BookDamagedError``) goes to ``sys.excepthook``,
    which the app points at its damaged-book flow (``app.Session.report_unexpected``): a full
    check, then the book set aside and the newest good backup offered. True when it did; the
    caller then says nothing of its own ("Not saved" would hide what is wrong)."""
    if not is_damage(error):
        return False
    sys.excepthook(type(error), error, error.__traceback__)
    return True


def guarded(parent: QWidget, write: Callable[[], object]) -> bool:
    """Run ``write``; on a BookError tell the user what happened and return False (the message box's
    class is reached when needed: Today, which paints first, calls this only after a click). Damage
    SQLite met goes to the app's damaged-book flow instead (``hand_on_damage``)."""
    try:
        write()
    except BookError as error:
        if hand_on_damage(error):
            return False
        QtWidgets.QMessageBox.warning(
            parent, QCoreApplication.translate("Guarded", "Nothing was changed"), texts.book_error_text(error)
        )
        return False
    except DayOutOfRange as error:  # a day past the range's end, reached by paging or dragging
        QtWidgets.QMessageBox.warning(
            parent,
            QCoreApplication.translate("Guarded", "Nothing was changed"),
            texts.day_range_text(error.day.isoformat()),
        )
        return False
    return True
