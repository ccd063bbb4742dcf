"""Views that read the book only while someone can see them.

A hidden view costs nothing at start or per write: it only marks itself stale and reads
again when it is shown (or asked for what it holds: ``ensure_loaded``). Mixed in before
``QWidget``; the view supplies ``refresh()``, which must clear ``_stale``. Today, the lead
list, the reminders window, the calendar, Revisit and Nurture use it; a view may refine it:
``apply_change`` (the lead list updates a visible page in place), ``mark_stale`` (what a
hidden view notes of a write), ``needs_refresh`` (Today also reads again when it was last
read a while ago).
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
            self.apply_change(change)
        else:
            self.mark_stale(change)

    def refresh_if_shown(self) -> None:
        """What it shows changed (told by something other than a write: the reminders engine):
        a visible view reloads now, a hidden one when it is shown."""
        if self.isVisible():  # type: ignore[attr-defined]
            self.refresh()
        else:
            self.mark_stale()

    def apply_change(self, change: Change) -> None:
        """A write while the view is visible; by default it reads the book again."""
        self.refresh()

    def mark_stale(self, change: Change | None = None) -> None:
        """A write while the view is hidden: it reads the book when it is next shown."""
        self._stale = True

    def needs_refresh(self) -> bool:
        """Whether showing the view reads the book."""
        return self._stale

    def ensure_loaded(self) -> None:
        """Read the book now if the view is stale, shown or not (a caller looks something up in it)."""
        if self._stale:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)  # type: ignore[misc]
        if self.needs_refresh():
            self.refresh()
