"""Views that read the book only while someone can see them.

A hidden list costs nothing at start or per write: it only marks itself stale and reads
again when it is shown. Mixed in before ``QWidget``; the view supplies ``refresh()``, which
must clear ``_stale``.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent

from ..book import Change, ChangeKind


class RefreshWhenShown:
    _stale = True  # nothing read yet: the first show reads
    #: The kinds of change this view shows; a write that changed none of them is let pass.
    shows: ChangeKind = ~ChangeKind.NONE

    def refresh(self) -> None:
        raise NotImplementedError

    def on_book_changed(self, change: Change) -> None:
        """After a write of what it shows: a visible view reloads now, a hidden one when it is shown."""
        if not change.touches(self.shows):
            return
        if self.isVisible():  # type: ignore[attr-defined]
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)  # type: ignore[misc]
        if self._stale:
            self.refresh()
