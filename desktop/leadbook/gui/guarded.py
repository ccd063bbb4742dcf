"""Writes from the GUI: a BookError becomes a clear message and nothing changes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import texts
from ..store.errors import BookError


def guarded(parent: QWidget, write: Callable[[], object]) -> bool:
    """Run ``write``; on a BookError tell the user what happened and return False."""
    try:
        write()
    except BookError as error:
        QMessageBox.warning(parent, QCoreApplication.translate("Guarded", "Nothing was changed"),
                            texts.book_error_text(error))
        return False
    return True
