"""Views that read the book only while someone can see them.

A hidden list costs nothing at start or per write: it only marks itself stale and reads
again when it is shown. Mixed in before ``QWidget``; the view supplies ``refresh()``, which
must clear ``_stale``.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent

from ..book import Change


class RefreshWhenShown:
    _stale = True  # nothing read yet: the first show reads

    def refresh(self) -> None:
        raise NotImplementedError

    def on_book_changed(self, change: Change) -> None:
        """After every write: a visible view reloads now, a hidden one when it is shown."""
        if self.isVisible():  # type: ignore[attr-defined]
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)  # type: ignore[misc]
        if self._stale:
            self.refresh()
