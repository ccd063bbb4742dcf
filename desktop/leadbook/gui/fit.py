"""Usable at any scale: at 200 % a 1366 x 768 screen is 683 x 384 pixels of layout, less than
some pages and dialogs need. Their content then scrolls instead of being cut off or pushing the
window past the screen's edge; at ordinary sizes nothing changes (no scroll bar shows)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QStackedWidget, QWidget


class FitScrollArea(QScrollArea):
    """A frameless scroll area that asks for its content's whole size, so a window opens as large
    as its content wants (up to the screen), and scrolls only when it is made smaller."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setWidget(content)
        self.setFocusPolicy(
            Qt.FocusPolicy.NoFocus
        )  # a frame, not a control: Tab goes to what it holds (and scrolls to it)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        content = self.widget()
        if content is None:
            return super().sizeHint()
        frame = 2 * self.frameWidth()
        return content.sizeHint().expandedTo(content.minimumSizeHint()) + QSize(frame, frame)


def fit_on_screen(window: QWidget) -> None:
    """Open ``window`` at the size it asks for, within the screen it is on."""
    hint = window.sizeHint().expandedTo(window.minimumSizeHint())
    screen = window.screen()
    if screen is not None:
        room = screen.availableGeometry().size()
        hint = hint.boundedTo(QSize(room.width() - 16, room.height() - 48))  # the frame and title bar
    window.resize(hint)


def only_current_page_sized(stack: QStackedWidget) -> None:
    """The stack is as small as the page it shows allows (not as its largest page): the hidden
    pages' sizes are ignored."""

    def follow(index: int) -> None:
        for n in range(stack.count()):
            policy = QSizePolicy.Policy.Preferred if n == index else QSizePolicy.Policy.Ignored
            if (page := stack.widget(n)) is not None:
                page.setSizePolicy(policy, policy)
        stack.updateGeometry()

    stack.currentChanged.connect(follow)
    follow(stack.currentIndex())
