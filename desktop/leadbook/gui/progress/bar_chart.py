"""One small bar chart drawn with QPainter: labelled bars, optional marks (the research), a
tooltip and an accessible description with every number, and a click per bar.

Colours come from the widget's palette, which the theme (gui/theme.py) sets for light and dark:
the highlight for bars, the text colour for labels and marks, the window's colour behind a mark's
words. It has no colour of its own and asks at paint time, so a switch shows at once. Drawn rather than taken
from a charting library: see docs/progress.md ("Charts") for the measurements behind that.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ...core.frozen import FrozenRecord


class Bar(FrozenRecord):
    label: str  # under the bar ("1", "5+")
    value: int
    tip: str  # what the bar counts, in a sentence (its tooltip)


class Mark(FrozenRecord):
    """A research figure drawn as a dashed line across the chart, at ``value`` bars' height."""

    value: float
    label: str
    tip: str


class BarChart(QWidget):
    """``set_bars(bars, marks)``; emits ``bar_clicked(index)`` on a click, Enter or Space on a bar
    (Left/Right choose one). The numbers are in the tooltip of each bar and in ``accessibleDescription``."""

    bar_clicked = Signal(int)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._bars: list[Bar] = []
        self._marks: list[Mark] = []
        self._current = 0
        self._hover = -1

    def set_bars(self, bars: list[Bar], marks: list[Mark] | None = None) -> None:
        self._bars = list(bars)
        self._marks = list(marks or [])
        self._current = min(self._current, max(0, len(self._bars) - 1))
        self.setAccessibleDescription("; ".join(f"{b.label}: {b.value}" for b in self._bars))
        self.setToolTip("\n".join(b.tip for b in self._bars) + "".join(f"\n{m.tip}" for m in self._marks))
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        line = self.fontMetrics().height()
        return QSize(line * 16, line * 9)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        line = self.fontMetrics().height()
        return QSize(line * 10, line * 9)

    # --- geometry -----------------------------------------------------------------------------

    def _plot(self) -> QRect:
        """The room for the bars: a line above for the numbers, one below for the labels."""
        line = self.fontMetrics().height()
        return self.rect().adjusted(4, line + 4, -4, -(line + 6))

    def _top(self) -> float:
        return max([1.0, *(b.value for b in self._bars), *(m.value for m in self._marks)])

    def bar_rect(self, index: int) -> QRectF:
        plot = self._plot()
        slot = plot.width() / max(1, len(self._bars))
        height = plot.height() * self._bars[index].value / self._top()
        return QRectF(plot.left() + slot * index + slot * 0.15, plot.bottom() - height, slot * 0.7, height)

    def _slot_at(self, pos: QPoint) -> int:
        plot = self._plot()
        if not self._bars or not plot.left() <= pos.x() <= plot.right():
            return -1
        return min(len(self._bars) - 1, int((pos.x() - plot.left()) / (plot.width() / len(self._bars))))

    # --- drawing --------------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        bar = palette.color(QPalette.ColorRole.Highlight)
        plot = self._plot()
        metrics = self.fontMetrics()
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        for index, item in enumerate(self._bars):
            rect = self.bar_rect(index)
            fill = QColor(bar)
            if index == self._hover:
                fill = fill.lighter(120)
            painter.fillRect(rect, fill)
            if self.hasFocus() and index == self._current:
                painter.setPen(QPen(text, 1, Qt.PenStyle.DotLine))
                painter.drawRect(rect.adjusted(-2, -2, 2, 2))
            painter.setPen(text)
            number_box = QRectF(
                rect.left() - 10, rect.top() - metrics.height() - 2, rect.width() + 20, metrics.height()
            )
            painter.drawText(number_box, Qt.AlignmentFlag.AlignCenter, str(item.value))
            label_box = QRectF(rect.left() - 10, plot.bottom() + 3, rect.width() + 20, metrics.height())
            painter.drawText(label_box, Qt.AlignmentFlag.AlignCenter, item.label)
        for mark in self._marks:
            y = round(plot.bottom() - plot.height() * mark.value / self._top())
            painter.setPen(QPen(text, 1, Qt.PenStyle.DashLine))
            painter.drawLine(plot.left(), y, plot.right(), y)
            # The mark's words on the window's colour, so a bar behind them never hides them
            # (light or dark); above the line, or below it when there is no room above.
            width = metrics.horizontalAdvance(mark.label) + 8
            top = y - metrics.height() - 2 if y - metrics.height() - 2 >= 0 else y + 2
            box = QRect(plot.left(), top, min(width, plot.width()), metrics.height())
            painter.fillRect(box, palette.color(QPalette.ColorRole.Window))
            painter.setPen(text)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), mark.label)
        painter.end()

    # --- input ----------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self._bars:
            index = self._slot_at(event.pos())  # type: ignore[attr-defined]
            if index >= 0:
                QToolTip.showText(event.globalPos(), self._bars[index].tip, self)  # type: ignore[attr-defined]
                return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        index = self._slot_at(event.position().toPoint())
        if index != self._hover:
            self._hover = index
            clickable = index >= 0 and self._bars[index].value > 0
            self.setCursor(Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor)
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        self._hover = -1
        self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        index = self._slot_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and index >= 0:
            self._current = index
            if self._bars[index].value:  # a bar of nothing has no leads to list
                self.bar_clicked.emit(index)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self._bars:
            step = -1 if key == Qt.Key.Key_Left else 1
            self._current = max(0, min(len(self._bars) - 1, self._current + step))
            self.update()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._bars:
            if self._bars[self._current].value:
                self.bar_clicked.emit(self._current)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        self.update()
        super().focusOutEvent(event)
