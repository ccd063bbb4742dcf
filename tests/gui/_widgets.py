"""Helpers the GUI tests share."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget


def shown(qtbot, widget: QWidget, before_close: Callable[[QWidget], object] | None = None) -> QWidget:
    """``widget`` on screen (offscreen here) and closed after the test, as a user would meet it."""
    qtbot.addWidget(widget, before_close_func=before_close)
    widget.show()
    wait_exposed(qtbot, widget)
    return widget


def wait_exposed(qtbot, widget: QWidget) -> None:
    """Until the window holding ``widget``, already shown, is on screen. (pytest-qt's ``waitExposed``
    waits only as a ``with`` block around the show; called on its own it returns at once.)"""

    def exposed() -> bool:
        handle = widget.window().windowHandle()
        return handle is not None and handle.isExposed()

    qtbot.waitUntil(exposed)
