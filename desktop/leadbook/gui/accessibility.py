"""Names for screen readers and the keyboard, shared by the windows.

A form's label names its field for a screen reader (Qt's accessibility takes a label's *buddy*)
and Alt+its letter moves the focus there. ``QFormLayout.addRow(text, row)`` makes the row its
label's buddy; when the row is a container of several editors, ``label_fields`` points the label
at the editor the row starts with, so both work.

Tab follows the reading order. A ``QDialogButtonBox`` lays its buttons out in the desktop's
order (OK left or right of Cancel), which need not be the order they were made in:
``buttons_in_reading_order`` makes Tab go through them left to right.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QFormLayout, QLabel, QWidget


def first_field(widget: QWidget) -> QWidget | None:
    """The editor a row starts with: the widget itself, its focus proxy, or its first child that
    takes the keyboard."""
    while (proxy := widget.focusProxy()) is not None:
        widget = proxy
    if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
        return widget
    for child in widget.findChildren(QWidget):
        if child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.focusProxy() is None:
            return child
    return None


def label_fields(root: QWidget) -> None:
    """Make each form label of ``root`` the buddy of the editor its row starts with."""
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label = label_item.widget() if label_item is not None else None
            field = field_item.widget() if field_item is not None else None
            if isinstance(label, QLabel) and label.text() and field is not None:
                target = first_field(field)
                if target is not None and label.buddy() is not target:
                    label.setBuddy(target)


def buttons_in_reading_order(root: QWidget) -> None:
    """Tab through the buttons of each button box of ``root`` from left to right, as they show."""
    for box in root.findChildren(QDialogButtonBox):
        layout = box.layout()
        if layout is None:
            continue
        items = (layout.itemAt(n) for n in range(layout.count()))
        widgets = (item.widget() for item in items if item is not None)
        buttons = [widget for widget in widgets if isinstance(widget, QAbstractButton)]
        if box.orientation() == Qt.Orientation.Horizontal and box.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            buttons.reverse()
        for first, second in itertools.pairwise(buttons):
            QWidget.setTabOrder(first, second)


def fit_for_keyboard(root: QWidget) -> None:
    """``label_fields`` and ``buttons_in_reading_order`` for a dialog, once it is built."""
    label_fields(root)
    buttons_in_reading_order(root)


def tab_last(root: QWidget, *widgets: QWidget) -> None:
    """Put ``widgets``, in this order, at the end of ``root``'s Tab order: the buttons under
    pages whose controls are made later."""
    anchor: QWidget | None = root.previousInFocusChain()  # the last widget that takes Tab, not a part of one
    while anchor is not None and anchor is not root and not anchor.focusPolicy() & Qt.FocusPolicy.TabFocus:
        anchor = anchor.previousInFocusChain()
    if anchor is None:
        return
    for widget in widgets:
        if anchor is not widget:
            QWidget.setTabOrder(anchor, widget)
        anchor = widget
