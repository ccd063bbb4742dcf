"""The navigation's look: an icon per page and its count as a badge at the right of the row."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QListWidget, QStyledItemDelegate, QStyleOptionViewItem

from .theme import HALF, SPACE, colour

COUNT_ROLE = Qt.ItemDataRole.UserRole + 1  # a page's count (int), shown as a badge; None: no badge
ALERT_ROLE = Qt.ItemDataRole.UserRole + 2  # True: the count wants doing (Today), in the accent colour
WIDEST_COUNT = "8888"  # the room kept for a badge

#: Each page's icon (Lucide names), by the key the main window gives the page.
PAGE_ICONS = {
    "today": "sun",
    "calendar": "calendar-days",
    "leads": "users",
    "revisits": "rotate-ccw",
    "nurture": "sprout",
    "progress": "chart-column",
}


class NavigationDelegate(QStyledItemDelegate):
    """Draws a page's row as the style does (icon and title), then its count in a rounded badge."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().paint(painter, option, index)
        count = index.data(COUNT_ROLE)
        if not isinstance(count, int):
            return
        text = QLocale().toString(count) if count < 10_000 else "9999+"
        metrics = option.fontMetrics
        width = max(metrics.horizontalAdvance(text) + SPACE + 2, metrics.height() + 2)
        height = metrics.height() + 2
        rect = QRect(option.rect.right() - width - HALF, option.rect.center().y() - height // 2 + 1, width, height)
        alert = bool(index.data(ALERT_ROLE)) and count > 0
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour("badge_base" if alert else "badge_quiet_base"))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(colour("badge_text" if alert else "badge_quiet_text"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


def fit_width(nav: QListWidget) -> int:
    """The width that shows every page's icon, title and (for a page with a count) badge in the
    navigation's font: the window stays as narrow as the widest row needs."""
    metrics = nav.fontMetrics()
    badge = SPACE + metrics.horizontalAdvance(WIDEST_COUNT) + SPACE + 2 + HALF  # gap, badge, margin
    widest = 0
    for row in range(nav.count()):
        item = nav.item(row)
        title = item.data(Qt.ItemDataRole.UserRole) or item.text()
        counted = item.data(COUNT_ROLE) is not None
        widest = max(widest, metrics.horizontalAdvance(str(title)) + (badge if counted else HALF))
    # list padding and frame, item padding, icon and its gap, the widest title with its badge
    return 2 * HALF + 2 + 2 * HALF + nav.iconSize().width() + SPACE + widest + 2
