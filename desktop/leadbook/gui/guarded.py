"""Writes from the GUI: a BookError (or a date outside the range Leadbook works with) becomes a
clear message and nothing changes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import texts
from ..core.followups import DayOutOfRange
from ..store.errors import BookError


def guarded(parent: QWidget, write: Callable[[], object]) -> bool:
    """Run ``write``; on a BookError tell the user what happened and return False."""
    try:
        write()
    except BookError as error:
        QMessageBox.warning(parent, QCoreApplication.translate("Guarded", "Nothing was changed"),
                            texts.book_error_text(error))
        return False
    except DayOutOfRange as error:  # a day past the range's end, reached by paging or dragging
        QMessageBox.warning(parent, QCoreApplication.translate("Guarded", "Nothing was changed"),
                            texts.day_range_text(error.day.isoformat()))
        return False
    return True
