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


def guarded(parent: QWidget, write: Callable[[], object]) -> bool:
    """Run ``write``; on a BookError tell the user what happened and return False (the message box's
    class is reached when needed: Today, which paints first, calls this only after a click). Damage
    SQLite met goes to ``sys.excepthook``, which the app points at its damaged-book flow
    (``app.Session.report_unexpected``)."""
    try:
        write()
    except BookError as error:
        if is_damage(error):  # SQLite met damage: the app's damaged-book flow takes it from here
            sys.excepthook(type(error), error, error.__traceback__)
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
