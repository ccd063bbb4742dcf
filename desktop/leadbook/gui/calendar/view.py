"""The calendar: a month of day loads and a week of follow-ups at their times, with drag to
reschedule, even-out for overloaded days, and the keyboard (arrows, Page Up/Down, T, Enter).

A month cell lists its first follow-ups by time and name ("10:30 Anna Svensson"), then "+N more",
which opens the day in the week. A week chip shows the time and the name when they fit, the name
alone when only that fits, and a tooltip always says time, lead, company, channel and goal.
A drop on a day (or a time today) that has passed asks first (Cancel is the default): a
follow-up never becomes overdue without a word.

Both grids are painted by hand (cheap at any load: a month is one grouped query). Follow-ups are
dragged as mime data carrying their id; the book's undo (Ctrl+Z) takes a move back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time, timedelta

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QLocale,
    QMimeData,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QToolTip,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...book import AgendaRow, ChangeKind, LeadBook
from ...core.calendar import DayItem, DayLoad, Move, iso_week, month_grid, week_start
from ...core.followups import Due, clamp_day, to_instant
from ...core.model import Channel
from ...core.rules import is_working_day
from ...present import texts
from ...present.formatting import escaped, long_date, qdate, short_date, short_time
from ..book_events import BookEvents
from ..guarded import guarded
from ..refresh_when_shown import RefreshWhenShown
from ..theme import colour, icon, set_type

MIME = "application/x-leadbook-followup"
MONTH_ITEMS_PER_DAY = 8  # read per day for the month's cells; a cell shows what fits, then "+N more"
SLOT_MINUTES = 15


def channel_colour(channel: Channel) -> QColor:
    """A channel's mark (the theme's ``channel_<name>``, light or dark as shown)."""
    return colour(f"channel_{channel.value}")


def first_weekday(locale: QLocale | None = None) -> int:
    """The locale's first day of the week as ``date.weekday()`` counts (0 = Monday)."""
    return (locale or QLocale()).firstDayOfWeek().value - 1


def load_text(total: int, capacity: int) -> str:
    """A day's load against the capacity: "55 planned · capacity 15"."""
    return QApplication.translate("CalendarView", "%1 planned · capacity %2").replace(
        "%1", QLocale().toString(total)).replace("%2", QLocale().toString(capacity))  # fmt: skip


def item_text(at: time | None, name: str) -> str:
    """A follow-up in a month cell, as Outlook's month view lists it: "10:30 Anna Svensson"."""
    return f"{short_time(at)} {name}" if at is not None else name


def _followup_mime(followup_id: int) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME, QByteArray(str(followup_id).encode()))
    return mime


def _dropped_id(mime: QMimeData) -> int | None:
    if not mime.hasFormat(MIME):
        return None
    try:
        return int(bytes(mime.data(MIME).data()).decode())
    except ValueError:
        return None


class _DropTarget(QWidget):
    """A painted grid that takes follow-ups dropped on it: ``dropped(followup_id, date, time|None, keep_time)``."""

    dropped = Signal(int, object, object, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)

    def drop_at(self, point: QPoint) -> tuple[date, time | None, bool] | None:  # pragma: no cover - overridden
        raise NotImplementedError

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasFormat(MIME) and self.drop_at(event.position().toPoint()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        followup_id = _dropped_id(event.mimeData())
        target = self.drop_at(event.position().toPoint())
        if followup_id is None or target is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.dropped.emit(followup_id, target[0], target[1], target[2])


# --- month ------------------------------------------------------------------------------------


class MonthGrid(_DropTarget):
    """Six weeks of day cells: the first follow-ups by time and name, "+N more", the count,
    overdue and over-capacity marks, week numbers."""

    day_clicked = Signal(object)
    day_double_clicked = Signal(object)
    more_clicked = Signal(object)  # a day's "+N more"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthGrid")
        self.weeks: list[list[date]] = []
        self.month = date(2000, 1, 1)
        self.loads: dict[date, DayLoad] = {}
        self.selected = date(2000, 1, 1)
        self.today = date(2000, 1, 1)
        self.capacity = 15
        self.items: dict[date, list[DayItem]] = {}  # each day's first follow-ups (timed by time, then untimed)
        self.more_rects: dict[date, QRect] = {}  # where each "+N more" was painted
        self.setMinimumSize(560, 380)

    def set_month(self, month: date, weeks: list[list[date]], loads: dict[date, DayLoad], selected: date,
                  today: date, capacity: int, items: dict[date, list[DayItem]] | None = None) -> None:  # fmt: skip
        self.month, self.weeks, self.loads = month, weeks, loads
        self.selected, self.today, self.capacity = selected, today, capacity
        self.items = items or {}
        self.update()

    # geometry
    def _header_height(self) -> int:
        return self.fontMetrics().height() + 8

    def _week_column(self) -> int:
        return self.fontMetrics().horizontalAdvance("W52") + 12

    def cell_rect(self, day: date) -> QRect:
        for row, week in enumerate(self.weeks):
            if day in week:
                return self._rect(row, week.index(day))
        return QRect()

    def _rect(self, row: int, column: int) -> QRect:
        left, top = self._week_column(), self._header_height()
        width = (self.width() - left) / 7
        height = (self.height() - top) / 6
        return QRect(int(left + column * width), int(top + row * height), int(width), int(height))

    def day_at(self, point: QPoint) -> date | None:
        left, top = self._week_column(), self._header_height()
        if point.x() < left or point.y() < top or not self.weeks:
            return None
        column = int((point.x() - left) / ((self.width() - left) / 7))
        row = int((point.y() - top) / ((self.height() - top) / 6))
        if 0 <= row < 6 and 0 <= column < 7:
            return self.weeks[row][column]
        return None

    def drop_at(self, point: QPoint) -> tuple[date, time | None, bool] | None:
        day = self.day_at(point)
        return (day, None, True) if day is not None else None

    # painting
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        if not self.weeks:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        grid = palette.color(QPalette.ColorRole.Mid)
        painter.fillRect(self.rect(), base)
        locale = QLocale()
        header = self._header_height()
        painter.setPen(muted)
        for column, day in enumerate(self.weeks[0]):
            rect = self._rect(0, column)
            name = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            painter.drawText(QRect(rect.left(), 0, rect.width(), header), Qt.AlignmentFlag.AlignCenter, name)
        for row, week in enumerate(self.weeks):
            rect = self._rect(row, 0)
            thursday = next(d for d in week if d.weekday() == 3)
            painter.setPen(muted)
            painter.drawText(QRect(0, rect.top() + 4, self._week_column() - 4, rect.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, str(iso_week(thursday)))  # fmt: skip
            for column, day in enumerate(week):
                self._paint_cell(painter, self._rect(row, column), day, text, muted, grid)
        painter.end()

    def _paint_cell(self, painter: QPainter, rect: QRect, day: date, text: QColor, muted: QColor, grid: QColor) -> None:
        load = self.loads.get(day, DayLoad(day))
        in_month = day.month == self.month.month
        if not is_working_day(day):
            painter.fillRect(rect, self.palette().color(QPalette.ColorRole.AlternateBase))
        if load.over_capacity:
            tint = colour("over_capacity")
            tint.setAlpha(40)
            painter.fillRect(rect, tint)
        painter.setPen(grid)
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        if day == self.selected:
            painter.setPen(self.palette().color(QPalette.ColorRole.Highlight))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
            painter.drawRect(rect.adjusted(2, 2, -3, -3))
        metrics = self.fontMetrics()
        line = metrics.height()
        inner = rect.adjusted(6, 4, -6, -4)
        number = QRect(inner.left(), inner.top(), line + 8, line + 2)
        if day == self.today:
            painter.setBrush(self.palette().color(QPalette.ColorRole.Highlight))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(number, 4, 4)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(self.palette().color(QPalette.ColorRole.HighlightedText))
        else:
            painter.setPen(text if in_month else muted)
        bold = QFont(self.font())
        bold.setBold(day == self.today or load.total > 0)
        painter.setFont(bold)
        painter.drawText(number, Qt.AlignmentFlag.AlignCenter, str(day.day))
        painter.setFont(self.font())
        if load.total:
            badge = self.badge(load, inner.width() - number.width() - 4)
            painter.setPen(colour("overdue") if load.overdue else (colour("caution") if load.over_capacity else text))
            painter.drawText(QRect(inner.left(), inner.top(), inner.width(), line + 2),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, badge)  # fmt: skip
            if load.overdue:  # not the colour alone: a warning sign before the count
                side = line - 2
                left = inner.right() - self.fontMetrics().horizontalAdvance(badge) - side - 3
                if left > number.right() + 2:
                    icon("triangle-alert", "overdue").paint(painter, QRect(left, inner.top() + 2, side, side))
        y = inner.top() + line + 6
        room = max(0, (inner.bottom() - y) // line)
        lines, more = self.cell_lines(day, room)
        self.more_rects.pop(day, None)
        for color, label in lines:
            painter.setBrush(color)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(QRect(inner.left(), y + line // 4, line // 2, line // 2), 2, 2)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(colour("overdue") if load.overdue else (text if in_month else muted))
            elided = self.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, inner.width() - line)
            painter.drawText(QRect(inner.left() + line * 3 // 4, y, inner.width() - line, line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)  # fmt: skip
            y += line
        if more:
            label = QApplication.translate("CalendarView", "+%1 more").replace("%1", QLocale().toString(more))
            box = QRect(inner.left() + line * 3 // 4, y, self.fontMetrics().horizontalAdvance(label) + 4, line)
            link = QFont(self.font())
            link.setUnderline(True)
            painter.setFont(link)
            painter.setPen(self.palette().color(QPalette.ColorRole.Link))
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
            painter.setFont(self.font())
            self.more_rects[day] = box

    def cell_lines(self, day: date, room: int) -> tuple[list[tuple[QColor, str]], int]:
        """What a cell with ``room`` lines lists: its first follow-ups by time and name (in their
        channel's colour) and its revisits, and how many follow-ups "+N more" stands for (it takes
        the last line when not all fit)."""
        load = self.loads.get(day, DayLoad(day))
        items = self.items.get(day, [])
        revisits = self.revisit_lines(load)
        lines = [(channel_colour(item.channel), item_text(item.at, item.lead_name)) for item in items]
        if room <= 0:
            return [], 0
        if len(lines) >= load.total and len(lines) + len(revisits) <= room:
            return lines + revisits, 0
        room -= 1  # the last line says "+N more"
        keep = min(len(lines), max(0, room - len(revisits)))
        if keep == 0:  # follow-ups before revisits when only one line is left
            keep = min(len(lines), room)
        return lines[:keep] + revisits[: max(0, room - keep)], load.total - keep

    def cell_tooltip(self, day: date) -> str:
        load = self.loads.get(day, DayLoad(day))
        if not load.total and not load.revisits_due:
            return ""
        parts = [load_text(load.total, self.capacity)]
        if load.overdue:
            parts.append(QApplication.translate("CalendarView", "Overdue"))
        parts += [label for _color, label in self.revisit_lines(load)]
        return "\n".join(parts)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(event.pos())
            tip = self.cell_tooltip(day) if day is not None else ""
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def badge(self, load: DayLoad, room: int) -> str:
        """The count at a cell's top right: "17 planned · capacity 15" over capacity when it fits in
        ``room`` pixels, else the bare count (the colour still says "over", the tooltip says it in
        words), so it never runs into the day number."""
        if load.over_capacity:
            of_capacity = load_text(load.total, self.capacity)
            if self.fontMetrics().horizontalAdvance(of_capacity) <= room:
                return of_capacity
        return QLocale().toString(load.total)

    def revisit_lines(self, load: DayLoad) -> list[tuple[QColor, str]]:
        """Extension point for revisits (a later feature): lines a cell adds for revisits due.
        ``DayLoad.revisits_due`` is filled in by the book once revisits exist."""
        if load.revisits_due <= 0:
            return []
        return [(colour("revisit"), QApplication.translate("CalendarView", "Revisits  %1").replace(
            "%1", str(load.revisits_due)))]  # fmt: skip

    # mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        point = event.position().toPoint()
        day = self.day_at(point)
        if day is not None and event.button() == Qt.MouseButton.LeftButton:
            more = self.more_rects.get(day)
            if more is not None and more.contains(point):
                self.more_clicked.emit(day)
                return
            self.day_clicked.emit(day)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        day = self.day_at(event.position().toPoint())
        if day is not None:
            self.day_double_clicked.emit(day)


# --- week -------------------------------------------------------------------------------------


@dataclass
class _Placed:
    row: AgendaRow
    rect: QRect


class WeekGrid(_DropTarget):
    """Seven day columns; follow-ups at their times, untimed ones in a band at the top.
    The hours shown stretch from the working day (07–19) to the earliest and latest follow-up."""

    day_clicked = Signal(object)
    followup_clicked = Signal(int)
    followup_double_clicked = Signal(int)
    slot_double_clicked = Signal(object, object)  # date, time | None
    drag_started = Signal(int)

    MAX_BAND_ROWS = 4
    MAX_LANES = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekGrid")
        self.days: list[date] = []
        self.rows: list[AgendaRow] = []
        self.selected = date(2000, 1, 1)
        self.today = date(2000, 1, 1)
        self.selected_followup: int | None = None
        self.placed: list[_Placed] = []
        #: A QDate format: d = day, M = month number, MMM = short month name; put other Latin
        #: letters in single quotes. Chinese: "M月d日".
        self.day_format = self.tr("d MMM", "the date under each day of the week view")
        self.more: list[tuple[QRect, int]] = []  # "+n" boxes where more follow-ups overlap than fit
        self.first_hour, self.last_hour = 7, 19
        self._press: tuple[QPoint, int] | None = None
        self.exec_drag: Callable[[QDrag], object] = lambda drag: drag.exec(Qt.DropAction.MoveAction)
        self.setMinimumSize(560, 380)

    def set_week(self, days: list[date], rows: list[AgendaRow], selected: date, today: date) -> None:
        self.days, self.rows, self.selected, self.today = days, rows, selected, today
        timed = [r.followup.due.at for r in rows if r.followup.due.at is not None]
        self.first_hour = min([7] + [t.hour for t in timed])
        self.last_hour = max([19] + [t.hour + 1 for t in timed])
        self._layout()
        self.update()

    # geometry
    def _line(self) -> int:
        return self.fontMetrics().height() + 6

    def _header_height(self) -> int:
        return self.fontMetrics().height() * 2 + 10

    def _band_rows(self) -> int:
        most = max([0] + [sum(1 for r in self.rows if r.followup.due.day == d and r.followup.due.at is None)
                          for d in self.days])  # fmt: skip
        return max(1, min(most, self.MAX_BAND_ROWS))

    def _band_top(self) -> int:
        return self._header_height()

    def _hours_top(self) -> int:
        return self._band_top() + self._band_rows() * self._line() + 6

    def _time_column(self) -> int:
        return self.fontMetrics().horizontalAdvance(short_time(time(23, 0))) + 12

    def _column(self, index: int) -> QRect:
        left = self._time_column()
        width = (self.width() - left) / 7
        return QRect(int(left + index * width), 0, int(width), self.height())

    def _hour_height(self) -> float:
        return max(1.0, (self.height() - self._hours_top()) / max(1, self.last_hour - self.first_hour))

    def _y_of(self, at: time) -> int:
        return int(self._hours_top() + (at.hour - self.first_hour + at.minute / 60) * self._hour_height())

    def _layout(self) -> None:
        """Place each follow-up: untimed ones in the band, timed ones in lanes where they overlap."""
        self.placed = []
        self.more = []
        line = self._line()
        slot_height = max(line, int(self._hour_height() / 2))
        for index, day in enumerate(self.days):
            column = self._column(index).adjusted(2, 0, -3, 0)
            untimed = [r for r in self.rows if r.followup.due.day == day and r.followup.due.at is None]
            rows_shown = self._band_rows()
            for n, row in enumerate(untimed[:rows_shown] if len(untimed) <= rows_shown else untimed[: rows_shown - 1]):
                self.placed.append(_Placed(row, QRect(column.left(), self._band_top() + n * line, column.width(),
                                                      line - 2)))  # fmt: skip
            timed = [r for r in self.rows if r.followup.due.day == day and r.followup.due.at is not None]
            for cluster in self._clusters(timed, slot_height):
                lanes: list[int] = []  # bottom of the last box in each lane
                boxes: list[tuple[AgendaRow, int, int]] = []
                hidden: list[AgendaRow] = []
                for row in cluster:
                    top = self._y_of(row.followup.due.at or time(0))
                    lane = next((k for k, bottom in enumerate(lanes) if bottom <= top), len(lanes))
                    if lane >= self.MAX_LANES:
                        hidden.append(row)
                        continue
                    if lane == len(lanes):
                        lanes.append(0)
                    lanes[lane] = top + slot_height
                    boxes.append((row, top, lane))
                width = column.width() / max(1, len(lanes) + (1 if hidden else 0))
                for row, top, lane in boxes:
                    self.placed.append(_Placed(row, QRect(int(column.left() + lane * width), top, int(width) - 1,
                                                          slot_height - 2)))  # fmt: skip
                if hidden:
                    top = self._y_of(hidden[0].followup.due.at or time(0))
                    self.more.append((QRect(int(column.left() + len(lanes) * width), top, int(width) - 1,
                                            slot_height - 2), len(hidden)))  # fmt: skip

    def _clusters(self, timed: list[AgendaRow], slot_height: int) -> list[list[AgendaRow]]:
        """Follow-ups whose boxes overlap, directly or through others, share the column's width."""
        clusters: list[list[AgendaRow]] = []
        bottom = -1
        for row in timed:
            top = self._y_of(row.followup.due.at or time(0))
            if clusters and top < bottom:
                clusters[-1].append(row)
            else:
                clusters.append([row])
            bottom = max(bottom, top + slot_height)
        return clusters

    def hidden_untimed(self, day: date) -> int:
        untimed = sum(1 for r in self.rows if r.followup.due.day == day and r.followup.due.at is None)
        shown = sum(1 for p in self.placed if p.row.followup.due.day == day and p.row.followup.due.at is None)
        return untimed - shown

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._layout()
        super().resizeEvent(event)

    def followup_rect(self, followup_id: int) -> QRect:
        return next((p.rect for p in self.placed if p.row.followup.id == followup_id), QRect())

    def followup_at(self, point: QPoint) -> AgendaRow | None:
        for placed in reversed(self.placed):
            if placed.rect.contains(point):
                return placed.row
        return None

    def slot_at(self, point: QPoint) -> tuple[date, time | None] | None:
        """The day and time (to the quarter hour) under ``point``; time None in the untimed band."""
        if point.x() < self._time_column() or point.y() < self._band_top() or not self.days:
            return None
        index = min(6, int((point.x() - self._time_column()) / ((self.width() - self._time_column()) / 7)))
        day = self.days[index]
        if point.y() < self._hours_top():
            return day, None
        minutes = int((point.y() - self._hours_top()) / self._hour_height() * 60) + self.first_hour * 60
        minutes = max(0, min(23 * 60 + 45, minutes - minutes % SLOT_MINUTES))
        return day, time(minutes // 60, minutes % 60)

    def point_of(self, day: date, at: time | None) -> QPoint:
        """The middle of a slot (for tests and keyboard drops)."""
        column = self._column(self.days.index(day))
        y = self._band_top() + self._line() // 2 if at is None else self._y_of(at) + 2
        return QPoint(column.center().x(), y)

    def drop_at(self, point: QPoint) -> tuple[date, time | None, bool] | None:
        slot = self.slot_at(point)
        return (slot[0], slot[1], False) if slot is not None else None

    # painting
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        if not self.days:
            return
        painter = QPainter(self)
        palette = self.palette()
        text, muted = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.PlaceholderText)
        grid = palette.color(QPalette.ColorRole.Midlight)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        locale = QLocale()
        header = self._header_height()
        for index, day in enumerate(self.days):
            column = self._column(index)
            if not is_working_day(day):
                painter.fillRect(column, palette.color(QPalette.ColorRole.AlternateBase))
            if day == self.selected:
                tint = QColor(palette.color(QPalette.ColorRole.Highlight))
                tint.setAlpha(30)
                painter.fillRect(column, tint)
            painter.setPen(grid)
            painter.drawLine(column.topLeft(), column.bottomLeft())
            title = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            date_text = locale.toString(qdate(day), self.day_format)
            bold = QFont(self.font())
            bold.setBold(day == self.today)
            painter.setFont(bold)
            painter.setPen(palette.color(QPalette.ColorRole.Highlight) if day == self.today else text)
            half = self.fontMetrics().height() + 4
            painter.drawText(QRect(column.left(), 2, column.width(), half), Qt.AlignmentFlag.AlignCenter, title)
            painter.drawText(
                QRect(column.left(), 2 + half, column.width(), half), Qt.AlignmentFlag.AlignCenter, date_text
            )
            painter.setFont(self.font())
            hidden = self.hidden_untimed(day)
            if hidden:
                line = self._line()
                painter.setPen(muted)
                painter.drawText(QRect(column.left() + 4, self._band_top() + (self._band_rows() - 1) * line,
                                       column.width() - 8, line),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 QApplication.translate("CalendarView", "+%1 more").replace("%1", str(hidden)))  # fmt: skip
        painter.setPen(grid)
        painter.drawLine(0, header, self.width(), header)
        painter.drawLine(0, self._hours_top() - 3, self.width(), self._hours_top() - 3)
        for hour in range(self.first_hour, self.last_hour):
            y = self._y_of(time(hour, 0))
            painter.setPen(grid)
            painter.drawLine(self._time_column(), y, self.width(), y)
            painter.setPen(muted)
            painter.drawText(QRect(0, y, self._time_column() - 6, self.fontMetrics().height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, short_time(time(hour, 0)))  # fmt: skip
        for placed in self.placed:
            self._paint_item(painter, placed, text)
        painter.setPen(muted)
        for rect, count in self.more:
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter,
                             QApplication.translate("CalendarView", "+%1").replace("%1", str(count)))  # fmt: skip
        painter.end()

    def _paint_item(self, painter: QPainter, placed: _Placed, text: QColor) -> None:
        fu = placed.row.followup
        color = channel_colour(fu.channel)
        fill = QColor(color)
        fill.setAlpha(45)
        rect = placed.rect
        painter.fillRect(rect, fill)
        painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), color)
        if fu.id == self.selected_followup:
            painter.setPen(self.palette().color(QPalette.ColorRole.Highlight))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        overdue = fu.due.day < self.today
        painter.setPen(colour("overdue") if overdue else text)
        inner = rect.adjusted(7, 0, -3, 0)
        side = min(rect.height() - 4, self.fontMetrics().height())
        if overdue and inner.width() > 4 * side:  # not the colour alone: a warning sign at the chip's end
            icon("triangle-alert", "overdue").paint(painter, QRect(inner.right() - side, rect.top() + 2, side, side))
            inner.setRight(inner.right() - side - 2)
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self.chip_text(placed.row, inner.width()))  # fmt: skip

    def chip_text(self, row: AgendaRow, width: int) -> str:
        """A chip's words in ``width`` pixels: "10:30 Anna Svensson" when it fits, else the name
        alone (the chip's place on the grid gives the time), elided when even that is too long,
        the initials where an elided name would be only "…". The tooltip always has all of it."""
        metrics = self.fontMetrics()
        name = " ".join(row.lead_name.split())
        if row.followup.due.at is not None:
            both = f"{short_time(row.followup.due.at)} {name}"
            if metrics.horizontalAdvance(both) <= width:
                return both
        if metrics.horizontalAdvance(name) <= width:
            return name
        elided = metrics.elidedText(name, Qt.TextElideMode.ElideRight, width)
        if len(elided) > 2:  # at least a couple of letters before the "…"
            return elided
        initials = "".join(word[0] for word in name.split()[:2])  # "JW"; one character of a CJK name
        return initials if metrics.horizontalAdvance(initials) <= width else ""

    def chip_tooltip(self, row: AgendaRow) -> str:
        """Time, lead, company, channel and goal, readable however narrow the chip."""
        fu = row.followup
        when = short_time(fu.due.at) if fu.due.at is not None else QApplication.translate("CalendarView", "Any time")
        when = QLocale().toString(qdate(fu.due.day), self.day_format) + " " + when
        what = f"{texts.channel_name(fu.channel)} · {texts.objective_name(fu.objective)}"
        lines = [f"<b>{escaped(row.lead_name)}</b>"]
        if row.company:
            lines.append(escaped(row.company))
        lines += [escaped(when), escaped(what)]
        if fu.objective_note:
            lines.append(escaped(" ".join(fu.objective_note.split())))
        return "<br>".join(lines)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self.followup_at(event.pos())
            if row is not None:
                QToolTip.showText(event.globalPos(), self.chip_tooltip(row), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    # mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = event.position().toPoint()
        row = self.followup_at(point)
        slot = self.slot_at(point)
        if slot is not None:
            self.day_clicked.emit(slot[0])
        if row is not None and row.followup.id is not None:
            self._press = (point, row.followup.id)
            self.followup_clicked.emit(row.followup.id)
        else:
            self._press = None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        start, followup_id = self._press
        if (event.position().toPoint() - start).manhattanLength() < QApplication.startDragDistance():
            return
        self._press = None
        self.start_drag(followup_id)

    def start_drag(self, followup_id: int) -> None:
        drag = QDrag(self)
        drag.setMimeData(_followup_mime(followup_id))
        self.drag_started.emit(followup_id)
        self.exec_drag(drag)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        self._press = None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        point = event.position().toPoint()
        row = self.followup_at(point)
        if row is not None and row.followup.id is not None:
            self.followup_double_clicked.emit(row.followup.id)
            return
        slot = self.slot_at(point)
        if slot is not None:
            self.slot_double_clicked.emit(slot[0], slot[1])


# --- the day's list ---------------------------------------------------------------------------


class DayList(QListWidget):
    """The chosen day's follow-ups beside the grid; items drag out as follow-up ids."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dayList")
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt's name
        return [MIME]

    def mimeData(self, items) -> QMimeData:  # noqa: N802 - Qt's name
        return _followup_mime(int(items[0].data(Qt.ItemDataRole.UserRole)))

    def followup_id(self, row: int) -> int:
        return int(self.item(row).data(Qt.ItemDataRole.UserRole))


# --- even out ----------------------------------------------------------------------------------


class EvenOutDialog(QDialog):
    """Shows which follow-ups even-out would move where; Apply moves them (one undo step)."""

    def __init__(self, book: LeadBook, day: date, moves: list[Move], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EvenOutDialog")
        self.book, self.day, self.moves = book, day, moves
        self.applied = False
        locale = QLocale()
        self.setWindowTitle(self.tr("Even out %1").replace(
            "%1", long_date(day, locale)))  # fmt: skip
        capacity = book.settings().day_capacity
        intro = QLabel()
        intro.setWordWrap(True)
        if moves:
            intro.setText(self.tr("%1 planned, %2 fit a day. Move the least urgent (untimed, earliest stage, "
                                  "latest planned) to the next working days with room:")
                          .replace("%1", str(len(book.day_followups(day)))).replace("%2", str(capacity)))  # fmt: skip
        else:
            intro.setText(self.tr("There is no room on the following working days, or nothing to move."))
        names = {r.followup.id: r for r in book.day_followups(day)}
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Lead"), self.tr("Channel"), self.tr("Time"), self.tr("Moves to")])
        for move in moves:
            row = names.get(move.followup_id)
            item = QTreeWidgetItem([
                row.lead_name if row else "", texts.channel_name(row.followup.channel) if row else "",
                short_time(move.at) if move.at else "",
                short_date(move.to_day, locale) + "  "
                + locale.dayName(move.to_day.isoweekday(), QLocale.FormatType.ShortFormat),
            ])  # fmt: skip
            self.tree.addTopLevelItem(item)
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.addButton(self.tr("&Move %1").replace("%1", locale.toString(len(moves))),
                                              QDialogButtonBox.ButtonRole.AcceptRole)  # fmt: skip
        self.apply_button.setEnabled(bool(moves))
        self.apply_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(560, 380)

    def accept(self) -> None:
        moves = [(m.followup_id, Due(m.to_day, m.at)) for m in self.moves]
        if moves and guarded(self, lambda: self.book.move_followups(moves, "Even out")):
            self.applied = True
        super().accept()


# --- the view ---------------------------------------------------------------------------------


class CalendarView(RefreshWhenShown, QWidget):
    """Month and week calendar of planned follow-ups.

    Signals: ``open_followup(id)`` (double-click or Enter on a follow-up), ``open_lead(id)``,
    ``plan_at(date, time | None)`` (double-click on an empty slot of the week), ``undoable(text)``
    after a move (the main window shows its undo message). With ``own_undo`` the view has its
    own Ctrl+Z; inside the main window, whose Edit ▸ Undo has Ctrl+Z, pass ``own_undo=False``.
    """

    shows = ChangeKind.LEADS | ChangeKind.FOLLOWUPS | ChangeKind.REMINDERS | ChangeKind.SETTINGS

    open_followup = Signal(int)
    open_lead = Signal(int)
    plan_at = Signal(object, object)
    undoable = Signal(str)

    MONTH, WEEK = 0, 1

    def __init__(
        self, book: LeadBook, parent: QWidget | None = None, *, own_undo: bool = True, events: BookEvents | None = None
    ) -> None:
        super().__init__(parent)
        if events is not None:  # the view hears of every write itself and takes what it shows
            events.changed.connect(self.on_book_changed)
        self.setObjectName("CalendarView")
        self.book = book
        self.first_weekday = first_weekday()
        self.selected = book.local_today()
        self.mode = self.MONTH
        self.loads: dict[date, DayLoad] = {}
        #: A QDate format: MMMM = month name, M = month number, yyyy = year; put other Latin
        #: letters in single quotes. Chinese: "yyyy年M月".
        self.month_format = self.tr("MMMM yyyy", "the month view's title")
        self._own_undo = own_undo
        self._build()
        if own_undo:
            self.undo_action = QAction(self.tr("Undo"), self)
            self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
            self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.undo_action.triggered.connect(self.undo)
            self.addAction(self.undo_action)
        # Read when first shown (RefreshWhenShown): the Calendar page is not the one at start.

    def _build(self) -> None:
        self.prev_button = self._tool("‹", self.tr("Previous (Page Up)"), lambda: self.page(-1))
        self.next_button = self._tool("›", self.tr("Next (Page Down)"), lambda: self.page(1))
        self.today_button = QPushButton(self.tr("&Today"))
        self.today_button.setToolTip(self.tr("Go to today (T)"))
        self.today_button.clicked.connect(self.go_today)
        self.title = QLabel()
        self.title.setObjectName("calendarTitle")
        set_type(self.title, "section")
        self.month_button = self._tool(self.tr("&Month"), self.tr("Month view"), lambda: self.set_mode(self.MONTH))
        self.week_button = self._tool(self.tr("&Week"), self.tr("Week view"), lambda: self.set_mode(self.WEEK))
        for button in (self.month_button, self.week_button):
            button.setCheckable(True)
            button.setAutoExclusive(True)
        self.even_button = QPushButton(self.tr("E&ven out…"))
        self.even_button.setToolTip(self.tr("Move the least urgent follow-ups of an overloaded day to the "
                                            "next working days with room"))  # fmt: skip
        self.even_button.clicked.connect(self.even_out)
        bar = QHBoxLayout()
        bar.addWidget(self.prev_button)
        bar.addWidget(self.today_button)
        bar.addWidget(self.next_button)
        bar.addSpacing(12)
        bar.addWidget(self.title, 1)
        bar.addWidget(self.even_button)
        bar.addSpacing(12)
        bar.addWidget(self.month_button)
        bar.addWidget(self.week_button)

        self.month_grid = MonthGrid()
        self.week_grid = WeekGrid()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.month_grid)
        self.stack.addWidget(self.week_grid)
        self.day_title = QLabel()
        self.day_title.setObjectName("dayTitle")
        set_type(self.day_title, "section")
        self.day_title.setTextFormat(Qt.TextFormat.PlainText)
        self.day_summary = QLabel()
        self.day_summary.setWordWrap(True)
        self.day_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.day_list = DayList()
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        side_layout.addWidget(self.day_title)
        side_layout.addWidget(self.day_summary)
        side_layout.addWidget(self.day_list, 1)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.stack)
        self.split.addWidget(side)
        self.split.setStretchFactor(0, 4)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([1000, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.split, 1)

        self.month_grid.day_clicked.connect(self.select_day)
        self.month_grid.day_double_clicked.connect(self._month_double_clicked)
        self.month_grid.more_clicked.connect(self._month_double_clicked)
        self.week_grid.day_clicked.connect(self.select_day)
        self.week_grid.followup_clicked.connect(self._select_followup)
        self.week_grid.followup_double_clicked.connect(self.open_followup.emit)
        self.week_grid.slot_double_clicked.connect(self.plan_at.emit)
        for grid in (self.month_grid, self.week_grid):
            grid.dropped.connect(self.drop_followup)
        self.day_list.itemActivated.connect(
            lambda item: self.open_followup.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        )
        self.month_button.setChecked(True)
        # No focus proxy: Tab goes in reading order (the bar, the grid, the day's list); the keys
        # (T, Page Up/Down) reach keyPressEvent from any of them.
        self.prev_button.setAccessibleName(self.tr("Previous"))
        self.next_button.setAccessibleName(self.tr("Next"))
        self.month_grid.setAccessibleName(self.tr("Days of the month"))
        self.week_grid.setAccessibleName(self.tr("Days of the week"))
        self.day_list.setAccessibleName(self.tr("Follow-ups of the chosen day"))

    def _tool(self, text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.clicked.connect(slot)
        return button

    # --- state ------------------------------------------------------------------------

    def visible_days(self) -> list[date]:
        if self.mode == self.MONTH:
            return [d for week in month_grid(self.selected.year, self.selected.month, self.first_weekday) for d in week]
        start = week_start(self.selected, self.first_weekday)
        return [start + timedelta(days=n) for n in range(7)]

    def refresh(self) -> None:
        """Reload what is shown: one load query for the grid, the week's or day's follow-ups.
        After a write only while shown (``RefreshWhenShown``): a hidden month costs nothing."""
        self._stale = False
        today = self.book.local_today()
        locale = QLocale()
        capacity = self.book.settings().day_capacity
        if self.mode == self.MONTH:
            weeks = month_grid(self.selected.year, self.selected.month, self.first_weekday)
            self.loads = self.book.load_between(weeks[0][0], weeks[-1][-1])
            items = self.book.first_of_days(weeks[0][0], weeks[-1][-1], MONTH_ITEMS_PER_DAY)
            self.month_grid.set_month(self.selected.replace(day=1), weeks, self.loads, self.selected, today, capacity,
                                      items)  # fmt: skip
            self.title.setText(locale.toString(qdate(self.selected), self.month_format))
        else:
            days = self.visible_days()
            self.loads = self.book.load_between(days[0], days[-1])
            self.week_grid.set_week(days, self.book.followups_between(days[0], days[-1]), self.selected, today)
            day_format = self.week_grid.day_format  # the columns' format: one way of writing a date
            self.title.setText(self.tr("Week %1 · %2 – %3").replace("%1", locale.toString(iso_week(days[3])))
                               .replace("%2", locale.toString(qdate(days[0]), day_format))
                               .replace("%3", locale.toString(qdate(days[-1]), day_format)))  # fmt: skip
        self._fill_day_list()

    def _fill_day_list(self) -> None:
        day = self.selected
        locale = QLocale()
        current = self.current_followup()
        self.day_title.setText(long_date(day, locale))
        rows = self.book.day_followups(day)
        load = self.loads.get(day) or DayLoad(day)
        capacity = self.book.settings().day_capacity
        summary = self.tr("%n follow-up(s) planned", "", len(rows))
        if load.over_capacity:
            summary += " · " + self.tr("over the day's capacity of %1").replace("%1", QLocale().toString(capacity))
        if load.overdue:
            summary += " · " + self.tr("overdue")
        self.day_summary.setText(summary)
        self.day_list.clear()
        for row in rows:
            fu = row.followup
            when = short_time(fu.due.at) if fu.due.at else self.tr("Any time")
            text = f"{when}  ·  {texts.channel_name(fu.channel)}  ·  {row.lead_name}"
            if row.company:
                text += f" — {row.company}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, int(fu.id or 0))
            item.setToolTip(text)
            if fu.due.day < self.book.local_today():
                item.setForeground(colour("overdue"))
                item.setIcon(icon("triangle-alert", "overdue"))  # not the colour alone
            self.day_list.addItem(item)
        if self.day_list.count():
            ids = [self.day_list.followup_id(n) for n in range(self.day_list.count())]
            self.day_list.setCurrentRow(ids.index(current) if current in ids else 0)
        self.even_button.setEnabled(load.over_capacity and day >= self.book.local_today())

    def current_followup(self) -> int | None:
        item = self.day_list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def select_day(self, day: date) -> None:
        """Choose a day: its follow-ups list beside the grid; another month or week follows."""
        day = clamp_day(day)  # paging stops at the range Leadbook works with
        previous = self.selected
        self.selected = day
        same_page = (previous.year, previous.month) == (day.year, day.month) if self.mode == self.MONTH else (
            week_start(previous, self.first_weekday) == week_start(day, self.first_weekday))  # fmt: skip
        if same_page:
            self.month_grid.selected = self.week_grid.selected = day
            self.month_grid.update()
            self.week_grid.update()
            self._fill_day_list()
        else:
            self.refresh()

    def _select_followup(self, followup_id: int) -> None:
        self.week_grid.selected_followup = followup_id
        self.week_grid.update()
        for n in range(self.day_list.count()):
            if self.day_list.followup_id(n) == followup_id:
                self.day_list.setCurrentRow(n)

    def set_mode(self, mode: int) -> None:
        self.mode = mode
        self.stack.setCurrentIndex(mode)
        (self.month_button if mode == self.MONTH else self.week_button).setChecked(True)
        self.refresh()

    def _month_double_clicked(self, day: date) -> None:
        """A day's follow-ups open from its list; double-clicking the day itself shows its week."""
        self.selected = day
        self.set_mode(self.WEEK)

    def page(self, step: int) -> None:
        """Page Up / Page Down: the previous or next month (or week), keeping the day of the month."""
        if self.mode == self.WEEK:
            self.select_day(self.selected + timedelta(days=7 * step))
            return
        months = self.selected.month - 1 + step
        year, month = self.selected.year + months // 12, months % 12 + 1
        last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
        self.select_day(date(year, month, min(self.selected.day, last)))

    def go_today(self) -> None:
        self.select_day(self.book.local_today())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if self._own_undo and event.matches(QKeySequence.StandardKey.Undo):
            self.undo()  # reached when the shortcut map did not take it (an inactive window)
            return
        steps: dict[int, int] = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        if key in steps and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.select_day(self.selected + timedelta(days=steps[key]))
        elif key == Qt.Key.Key_PageUp:
            self.page(-1)
        elif key == Qt.Key.Key_PageDown:
            self.page(1)
        elif key == Qt.Key.Key_T and not event.modifiers():
            self.go_today()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            current = self.current_followup()
            if current is not None:
                self.open_followup.emit(current)
        else:
            super().keyPressEvent(event)

    # --- writes -----------------------------------------------------------------------

    def drop_followup(self, followup_id: int, day: date, at: time | None, keep_time: bool) -> bool:
        """A follow-up dropped on a day (keeps its time) or, in the week, on a time (or the untimed band).
        On a day that has passed the move waits for the answer to a question (asked once the drop
        is over, not inside the drag): it would be overdue at once."""
        try:
            fu = self.book.followup(followup_id)
        except KeyError:
            return False
        due = Due(day, fu.due.at if keep_time else at)
        if due == fu.due or fu.state.value != "planned":
            return False
        today = self.book.local_today()
        past_time = (day == today and due.at is not None
                     and to_instant(day, due.at, self.book.clock.zone) <= self.book.clock.now())  # fmt: skip
        if day < today or past_time:
            QTimer.singleShot(0, self, lambda: self._ask_then_move(followup_id, due))
            return False
        return self._move(followup_id, due)

    def _ask_then_move(self, followup_id: int, due: Due) -> None:
        if self.confirm_past(due):
            self._move(followup_id, due)

    def confirm_past(self, due: Due) -> bool:
        """Ask before a follow-up goes to a day (or a time today) that has passed; Cancel is the default."""
        when = long_date(due.day)
        if due.day < self.book.local_today():
            title, text = self.tr("Move to a past day?"), self.tr("Move to a past day? It will be overdue at once.")
        else:
            title = self.tr("Move to a time that has passed?")
            text = self.tr("Move to a time that has passed? It will be overdue at once.")
        if due.at is not None:
            when += " " + short_time(due.at)
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(when)
        move = box.addButton(self.tr("&Move"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is move

    def _move(self, followup_id: int, due: Due) -> bool:
        day = due.day
        if not guarded(self, lambda: self.book.move_followups([(followup_id, due)])):
            return False
        when = short_date(day)
        if due.at is not None:
            when += " " + short_time(due.at)
        self.undoable.emit(self.tr("Moved the follow-up to %1.").replace("%1", when))
        self.select_day(day)
        self._select_followup(followup_id)
        return True

    def even_out(self) -> None:
        dialog = self.even_out_dialog()
        if dialog.exec() and dialog.applied:
            self.undoable.emit(self.tr("Moved %n follow-up(s).", "", len(dialog.moves)))  # fmt: skip

    def even_out_dialog(self) -> EvenOutDialog:
        return EvenOutDialog(self.book, self.selected, self.book.even_out_proposal(self.selected), self)

    def undo(self) -> None:
        if self.book.undo_label:
            guarded(self, self.book.undo)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(1200, 760)
