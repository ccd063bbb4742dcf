"""Helpers for the accessibility tests: which controls take the keyboard, the name a screen
reader says for each, and the order Tab visits them.

A control's name is what Qt's accessibility tree says (``QAccessible.queryAccessibleInterface``):
its accessible name, else the text it shows (a button, a check box), else the label that is its
buddy. Fields that show a value (a combo box, a spin box, a date) need an accessible name or a
buddy label: their shown value is not a name.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

# Controls whose shown text is a value, not a name: only an accessible name or a buddy label names them.
VALUE_FIELDS = (QComboBox, QAbstractSpinBox, QLineEdit, QTextEdit, QPlainTextEdit, QAbstractItemView)


def owner(widget: QWidget) -> QWidget:
    """The control a user meets: a spin box's or combo box's inner line edit is the box itself;
    the cells and buttons inside a month calendar are the calendar."""
    found = widget
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QCalendarWidget)):
            found = parent
        parent = parent.parentWidget()
    return found


def takes_tab(widget: QWidget, window: QWidget) -> bool:
    """A control Tab can reach now: shown, enabled, taking focus by Tab, no proxy in its place."""
    return (
        widget.isVisibleTo(window)
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
        and not (isinstance(widget, QLabel) and not widget.hasFocus() and not _has_links(widget))
    )


def _has_links(label: QLabel) -> bool:
    return bool(label.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByKeyboard)


def controls(window: QWidget) -> list[QWidget]:
    """The controls of ``window`` the keyboard can reach (their owners, each once)."""
    found: dict[int, QWidget] = {}
    for widget in window.findChildren(QWidget):
        if takes_tab(widget, window):
            control = owner(widget)
            found.setdefault(id(control), control)
    return list(found.values())


def buddy_text(widget: QWidget) -> str:
    window = widget.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return label.text()
    return ""


def accessible_name(widget: QWidget) -> str:
    """What a screen reader says the control is called ("" when nothing names it)."""
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    if buddy := buddy_text(widget):
        return buddy.replace("&", "").strip()
    if isinstance(widget, VALUE_FIELDS):
        return ""
    if isinstance(widget, QGroupBox):
        return widget.title().replace("&", "").strip()
    if isinstance(widget, (QAbstractButton, QLabel)) and widget.text().strip():
        iface = QAccessible.queryAccessibleInterface(widget)
        return (iface.text(QAccessible.Text.Name) if iface is not None else widget.text()).strip()
    if isinstance(widget, QTabBar):
        return "tabs" if widget.count() else ""
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def describe(widget: QWidget) -> str:
    text = getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__} {widget.objectName() or ''!s} {text!r}".replace("  ", " ")


def unnamed(window: QWidget) -> list[str]:
    QApplication.processEvents()
    return [describe(control) for control in controls(window) if not accessible_name(control)]


def tab_cycle(window: QWidget, start: QWidget, steps: int = 200) -> Iterator[QWidget | str]:
    """The controls Tab visits from ``start``, once round, as their owners; "trapped" when a
    Tab press leaves the focus where it was (a text field that takes Tab as a character, a
    table that moves from cell to cell)."""
    window.activateWindow()
    for _ in range(100):
        QApplication.processEvents()
        if window.isActiveWindow():
            break
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    first = QApplication.focusWidget()
    assert first is not None, "the window takes the keyboard"
    if first is None:
        return
    yield owner(first)
    for _ in range(steps):
        focused = QApplication.focusWidget()
        assert focused is not None
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        QApplication.processEvents()
        now = QApplication.focusWidget()
        stuck = 0
        # A date goes section by section, a label from link to link, before Tab leaves them.
        while now is focused and isinstance(focused, (QDateTimeEdit, QLabel)) and stuck < 8:
            QTest.keyClick(focused, Qt.Key.Key_Tab)
            QApplication.processEvents()
            now, stuck = QApplication.focusWidget(), stuck + 1
        if now is focused:
            yield "trapped"
            return
        if now is None or now is first or not (now is window or window.isAncestorOf(now)):
            return
        yield owner(now)


def place(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def goes_back(before: QRect, after: QRect) -> bool:
    """Tab moved against the reading order: up without moving to a column on the right, or left
    within one line. (Up and to the right is the next column; down and to the left the next line.)"""
    above = after.bottom() < before.top()
    same_line = after.top() <= before.bottom() and before.top() <= after.bottom()
    if above:
        return after.left() < before.right()
    if same_line:
        return after.right() <= before.left()
    return False


def _reached(control: QWidget, visited: list[QWidget]) -> bool:
    """Tab visits ``control``; of a group of radio buttons it visits the checked one only."""
    if any(control is seen for seen in visited):
        return True
    if isinstance(control, QAbstractButton) and control.autoExclusive():
        siblings = [w for w in visited if isinstance(w, QAbstractButton) and w.autoExclusive()
                    and w.parentWidget() is control.parentWidget()]  # fmt: skip
        return bool(siblings)
    return False


def visit_order(window: QWidget, start: QWidget | None = None) -> list[str]:
    """What Tab visits, described (for messages)."""
    return [c if isinstance(c, str) else describe(c) for c in tab_cycle(window, start or controls(window)[0])]


def order_problems(window: QWidget, start: QWidget | None = None) -> list[str]:
    """What is wrong with Tab in ``window``: controls it never reaches, and steps that go back
    against the reading order (top to bottom, left to right)."""
    QApplication.processEvents()
    reachable = controls(window)
    # Where each control is before Tab moves the focus: a page that scrolls (a small screen) scrolls
    # to the focused control, which would move the others.
    places = {id(c): place(c, window) for c in reachable}

    def where(control: QWidget) -> QRect:
        return places.get(id(control)) or place(control, window)

    visited: list[QWidget] = []
    problems = []
    first = start or min(reachable, key=lambda c: (where(c).top(), where(c).left()))
    for control in tab_cycle(window, first):
        if isinstance(control, str):
            problems.append(f"Tab stays in {describe(visited[-1])}")
        elif not visited or visited[-1] is not control:
            visited.append(control)
    problems += [f"never reached: {describe(c)}" for c in reachable if not _reached(c, visited)]
    # Tab goes round: one step back, from the last control to the first, closes the circle.
    backs = [f"back from {describe(before)} to {describe(after)}" for before, after in zip(visited, visited[1:] + visited[:1])
             if goes_back(where(before), where(after))]  # fmt: skip
    return problems + (backs if len(backs) > 1 else [])
