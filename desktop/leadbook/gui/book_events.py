"""Turns the book's plain-Python change notices into one Qt signal every view listens to."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..book import LeadBook


class BookEvents(QObject):
    """Emits ``changed(Change)`` after every committed write to the book."""

    changed = Signal(object)

    def __init__(self, book: LeadBook, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self._unsubscribe = book.subscribe(self.changed.emit)

    def detach(self) -> None:
        self._unsubscribe()
