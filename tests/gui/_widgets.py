"""Helpers the GUI tests share."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget


def shown(qtbot, widget: QWidget, before_close: Callable[[QWidget], object] | None = None) -> QWidget:
    """``widget`` on screen (offscreen here) and closed after the test, as a user would meet it."""
    qtbot.addWidget(widget, before_close_func=before_close)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
