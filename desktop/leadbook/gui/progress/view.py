"""The Progress page: the seller's own follow-up beside the research (issue 21).

Six sections, each a sentence, a chart or strip where one helps, and a table of its numbers
(the text alternative); every bar, day and row with leads behind it emits ``show_leads(ids,
label)``, which the main window turns into the Leads list filtered to exactly those leads.
The figures come from ``LeadBook.progress(period)``; the words from ``present.progress_text``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolTip,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...book import ChangeKind, LeadBook
from ...core.progress import (
    AVERAGE_TOUCHES,
    FIVE_OR_MORE,
    NEVER_FOLLOWED_UP,
    REVISIT_GAIN,
    STOP_AFTER_ONE,
    WEB_HOUR,
    DayState,
    Decision,
    Period,
    Progress,
)
from ...present import progress_text as words
from ...present import texts
from ...present.formatting import short_date as day_text
from .. import theme
from ..book_events import BookEvents
from ..refresh_when_shown import RefreshWhenShown
from ..theme import HALF, SPACE
from .bar_chart import Bar, BarChart, Mark

KEY_ROLE = Qt.ItemDataRole.UserRole


#: Each kind of day in the strip: its share of the strip's height.
DAY_HEIGHTS = {"slipped": 1.0, "clean": 0.6, "empty": 0.25}


class DayStrip(QWidget):
    """The period's finished days in a row, oldest at the left, with a legend under them: a
    slipped day a full-height cell in the theme's "overdue" colour, a day whose follow-ups were
    all handled a shorter cell in the highlight colour, a day with nothing due a low faint one.
    Height tells them apart as well as colour. Colours are asked for at paint time, so a switch of
    light and dark shows at once; the counts are in the tooltip and the accessible description; a
    click on a slipped day emits ``day_clicked(date)``."""

    day_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Days of the period: slipped or not"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._days: list[DayState] = []

    def set_days(self, days: Sequence[DayState]) -> None:
        self._days = list(days)
        slipped = [d for d in self._days if d.slipped]
        self.setAccessibleDescription(
            self.tr("Slipped on: %1").replace("%1", ", ".join(day_text(d.day) for d in slipped) or "—")
        )
        self.setToolTip(self.accessibleDescription())
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        line = self.fontMetrics().height()
        return QSize(line * 16, line * 2 + self._legend_height())

    def _legend_height(self) -> int:
        return self.fontMetrics().height() + HALF

    def _strip_height(self) -> int:
        return max(4, self.height() - self._legend_height())

    def colours(self) -> dict[str, QColor]:
        """The colour of each kind of day in the scheme shown now."""
        palette = self.palette()
        return {
            "slipped": theme.colour("overdue"),
            "clean": palette.color(QPalette.ColorRole.Highlight),
            "empty": palette.color(QPalette.ColorRole.Mid),
        }

    def _cell(self, index: int, kind: str = "slipped") -> QRect:
        width = self.width() / max(1, len(self._days))
        full = self._strip_height() - 4
        height = max(2, round(full * DAY_HEIGHTS[kind]))
        left = round(index * width)
        return QRect(left, 2 + full - height, max(1, round((index + 1) * width) - left), height)

    def day_at(self, pos: QPoint) -> DayState | None:
        if not self._days:
            return None
        index = min(len(self._days) - 1, max(0, int(pos.x() / (self.width() / len(self._days)))))
        return self._days[index]

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        colours = self.colours()
        for index, state in enumerate(self._days):
            kind = "slipped" if state.slipped else "clean" if state.had_work else "empty"
            painter.fillRect(self._cell(index, kind), colours[kind])
        metrics = self.fontMetrics()
        x, top = 0, self._strip_height() + HALF
        box = metrics.ascent() - 2
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        for kind, text in (("clean", self.tr("nothing slipped")), ("slipped", self.tr("something slipped")),
                           ("empty", self.tr("nothing due"))):  # fmt: skip
            painter.fillRect(QRect(x, top + (metrics.height() - box) // 2, box, box), colours[kind])
            x += box + HALF
            painter.drawText(QRect(x, top, metrics.horizontalAdvance(text) + 2, metrics.height()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)  # fmt: skip
            x += metrics.horizontalAdvance(text) + SPACE * 2
        painter.end()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        state = self.day_at(event.position().toPoint())
        if state is not None and state.slipped and event.position().y() < self._strip_height():
            self.day_clicked.emit(state.day)
        super().mouseReleaseEvent(event)

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            state = self.day_at(event.pos())
            if state is not None and event.pos().y() < self._strip_height():
                text = (self.tr("%1: something slipped (click to list the leads)") if state.slipped
                        else self.tr("%1: nothing slipped") if state.had_work else self.tr("%1: nothing was due"))  # fmt: skip
                QToolTip.showText(event.globalPos(), text.replace("%1", day_text(state.day)), self)
                return True
        return super().event(event)


class Numbers(QTreeWidget):
    """A section's numbers as a table (the charts' text alternative): what, yours, the articles'.
    A row with leads behind it (a key for ``LeadBook.progress_leads``) opens them (click, Enter):
    ``chosen(key, label)``."""

    chosen = Signal(str, str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setHeaderLabels([self.tr("What"), self.tr("You"), self.tr("The articles")])
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.itemClicked.connect(self._open)
        self.itemActivated.connect(self._open)

    def set_rows(self, rows: Sequence[Row]) -> None:
        """(what, yours, the articles', the key of the leads behind it or "", the research's source)."""
        self.clear()
        for what, yours, theirs, key, source in rows:
            item = QTreeWidgetItem([what, yours, theirs])
            item.setData(0, KEY_ROLE, key)
            if key:
                item.setToolTip(0, self.tr("Click to list these leads"))
                item.setToolTip(1, self.tr("Click to list these leads"))
                font = item.font(1)
                font.setUnderline(True)
                item.setFont(1, font)
            if source:
                item.setToolTip(2, source)
            self.addTopLevelItem(item)
        rows_height = sum(self.sizeHintForRow(0) for _ in range(self.topLevelItemCount()))
        self.setFixedHeight(rows_height + self.header().sizeHint().height() + 2 * self.frameWidth() + 2)

    def row(self, what: str) -> QTreeWidgetItem:
        """The row whose first column says ``what`` (for tests and assistive checks)."""
        for index in range(self.topLevelItemCount()):
            item = self.topLevelItem(index)
            if item is not None and item.text(0).strip() == what:
                return item
        raise KeyError(what)

    def _open(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        key = item.data(0, KEY_ROLE)
        if key:
            self.chosen.emit(str(key), item.text(0).strip())


Row = tuple[str, str, str, str, str]


def _key(key: str, count: int) -> str:
    """A number's key for its leads, or none when there are no leads to list."""
    return key if count else ""


class ProgressView(RefreshWhenShown, QWidget):
    """``ProgressView(book, events=...)``; ``show_leads(ids, label)`` when a number is clicked."""

    shows = ChangeKind.LEADS | ChangeKind.FOLLOWUPS | ChangeKind.REVISITS | ChangeKind.SETTINGS

    show_leads = Signal(object, str)

    def __init__(self, book: LeadBook, parent: QWidget | None = None, *, events: BookEvents | None = None) -> None:
        super().__init__(parent)
        if events is not None:  # the view hears of every write itself and takes what it shows
            events.changed.connect(self.on_book_changed)
        self._book = book
        self.figures: Progress | None = None
        self._won_buckets: list[int] = []
        self.setObjectName("ProgressView")
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel(self.tr("Your follow-up, beside the research"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        top.addWidget(self.title)
        self.span_label = QLabel()
        top.addWidget(self.span_label, 1)
        period_label = QLabel(self.tr("&Period:"))
        self.periods = list(Period)
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("progressPeriod")
        self.period_combo.addItems([words.period_name(p) for p in self.periods])
        self.period_combo.setCurrentIndex(self.periods.index(Period.DAYS_365))
        self.period_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        period_label.setBuddy(self.period_combo)
        top.addWidget(period_label)
        top.addWidget(self.period_combo)
        outer.addLayout(top)

        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        self.sentences: dict[str, QLabel] = {}
        self.tables: dict[str, Numbers] = {}
        titles = {
            "persistence": self.tr("Persistence: touches before a decision"),
            "never": self.tr("Never followed up"),
            "first": self.tr("First response by source"),
            "won": self.tr("Won after how many touches"),
            "revisits": self.tr("Revisits of the no's"),
            "slipped": self.tr("Nothing slipped"),
        }
        self.persistence_chart = BarChart(self.tr("Leads decided, by touches before the decision"))
        self.won_chart = BarChart(self.tr("Leads won, by the touch they were won on"))
        self.day_strip = DayStrip()
        extra: dict[str, QWidget] = {"persistence": self.persistence_chart, "won": self.won_chart,
                                     "slipped": self.day_strip}  # fmt: skip
        self.persistence_chart.bar_clicked.connect(
            lambda k: self.open_leads(f"touches:{k}", self._decided_after(k))
        )  # fmt: skip
        self.won_chart.bar_clicked.connect(self._won_bar)
        self.day_strip.day_clicked.connect(
            lambda day: self.open_leads(f"slipped:{day.isoformat()}", self.tr("slipped on %1").replace("%1", day_text(day)))
        )  # fmt: skip
        self.boxes: dict[str, QGroupBox] = {}
        for index, (key, title) in enumerate(titles.items()):
            box = QGroupBox(title)
            box.setObjectName(f"progress_{key}")
            column = QVBoxLayout(box)
            sentence = QLabel()
            sentence.setWordWrap(True)
            sentence.setTextFormat(Qt.TextFormat.PlainText)
            sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            column.addWidget(sentence)
            if key in extra:
                column.addWidget(extra[key])
            table = Numbers(title)
            table.chosen.connect(self.open_leads)
            column.addWidget(table)
            column.addStretch(1)
            self.sentences[key], self.tables[key], self.boxes[key] = sentence, table, box
            grid.addWidget(box, index // 2, index % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Figures of the period"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

    def period(self) -> Period:
        return self.periods[max(0, self.period_combo.currentIndex())]

    def set_period(self, period: Period) -> None:
        self.period_combo.setCurrentIndex(self.periods.index(period))

    # --- reading and showing --------------------------------------------------------------------------

    def refresh(self) -> None:
        self._stale = False
        figures = self.figures = self._book.progress(self.period())
        self.span_label.setText(words.span_text(figures.span))
        self._show_persistence(figures)
        self._show_never(figures)
        self._show_first(figures)
        self._show_won(figures)
        self._show_revisits(figures)
        self._show_slipped(figures)

    @staticmethod
    def _n(count: int) -> str:
        return words.number(count, 0)

    def _share(self, part: int, whole: int) -> str:
        return f"{self._n(part)} ({words.percent(part / whole if whole else None)})"

    def _show_persistence(self, figures: Progress) -> None:
        p = figures.persistence
        self.sentences["persistence"].setText(f"{words.persistence_sentence(p)}\n{words.average_sentence(p)}".strip())
        bars = [Bar(words.bucket_name(k), n, self.tr("Touches before the decision: %1 — %n lead(s)", "", n)
                    .replace("%1", words.bucket_name(k))) for k, n in enumerate(p.buckets)]  # fmt: skip
        marks = []
        if p.let_go:
            marks.append(Mark(STOP_AFTER_ONE.value * p.let_go, words.research_mark(STOP_AFTER_ONE),
                              words.research_source(STOP_AFTER_ONE)))  # fmt: skip
        self.persistence_chart.set_bars(bars, marks)
        names = {Decision.WON: self.tr("Won"), Decision.NO: self.tr("Said no"), Decision.NURTURE: self.tr("Nurture"),
                 Decision.STOPPED: self.tr("Stopped: nothing planned, no touch for 30 days")}  # fmt: skip
        rows: list[Row] = [(self.tr("Leads decided"), self._n(p.decided), "", _key("decided", p.decided), "")]
        rows += [
            (f"  {names[d]}", self._n(n), "", _key(f"decided:{d.value}", n), "") for d, n in p.decisions.items() if n
        ]
        rows.append((self.tr("Stopped after one touch"), self._share(p.stopped_after_one, p.let_go),
                     words.percent(STOP_AFTER_ONE.value), _key("stopped_after_one", p.stopped_after_one), words.research_source(STOP_AFTER_ONE)))  # fmt: skip
        rows.append((self.tr("Five touches or more"), self._share(p.five_or_more, p.decided),
                     words.percent(FIVE_OR_MORE.value), _key("five_or_more", p.five_or_more), words.research_source(FIVE_OR_MORE)))  # fmt: skip
        rows.append((self.tr("Touches per decided lead, on average"), words.number(p.average),
                     words.number(AVERAGE_TOUCHES.value), "", words.research_source(AVERAGE_TOUCHES)))  # fmt: skip
        self.tables["persistence"].set_rows(rows)

    def _show_never(self, figures: Progress) -> None:
        n = figures.never_followed_up
        self.sentences["never"].setText(words.never_sentence(n))
        self.tables["never"].set_rows([
            (self.tr("Leads added"), self._n(n.created), "", _key("created", n.created), ""),
            (self.tr("Never touched"), self._share(n.untouched, n.created), words.percent(NEVER_FOLLOWED_UP.value),
             _key("untouched", n.untouched), words.research_source(NEVER_FOLLOWED_UP)),
        ])  # fmt: skip

    def _show_first(self, figures: Progress) -> None:
        f = figures.first_response
        self.sentences["first"].setText(
            self.tr("The median time from a lead's arrival to its first touch, per source, and the share "
                    "touched within the target set in Settings.") + "\n" + words.web_sentence(f)
        )  # fmt: skip
        rows: list[Row] = []
        for row in f.sources:
            yours = words.duration(row.median_hours)
            if row.target_hours is not None:
                yours = self.tr("%1 · %2 within %3").replace("%1", yours).replace("%2", words.percent(row.share_within)) \
                    .replace("%3", words.duration(row.target_hours))  # fmt: skip
            rows.append((texts.source_name(row.source), yours, "", _key(f"source:{row.source.value}", row.created), ""))
        rows.append((self.tr("Web inquiries answered within an hour"),
                     self._share(f.web_within_hour, f.web_within_hour + f.web_later), words.research_mark(WEB_HOUR),
                     _key("web_within_hour", f.web_within_hour), words.research_source(WEB_HOUR)))  # fmt: skip
        if f.web_later:
            rows.append(
                (self.tr("Web inquiries answered later, or not yet"), self._n(f.web_later), "", "web_later", "")
            )
        self.tables["first"].set_rows(rows)

    def _show_won(self, figures: Progress) -> None:
        w = figures.won_after
        self.sentences["won"].setText(words.won_sentence(w))
        shown = [k for k, n in enumerate(w.buckets) if k or n]  # a win with no touch logged is rare: shown when there
        bars = [Bar(words.bucket_name(k), w.buckets[k], self.tr("Won on touch %1 — %n lead(s)", "", w.buckets[k])
                    .replace("%1", words.bucket_name(k))) for k in shown]  # fmt: skip
        self._won_buckets = shown
        self.won_chart.set_bars(bars)
        self.tables["won"].set_rows([
            (self.tr("Won on touch %1").replace("%1", words.bucket_name(k)), self._n(w.buckets[k]), "",
             _key(f"won_on:{k}", w.buckets[k]), "") for k in shown
        ])  # fmt: skip

    def _show_revisits(self, figures: Progress) -> None:
        r = figures.revisits
        self.sentences["revisits"].setText(words.revisits_sentence(r))
        self.tables["revisits"].set_rows([
            (self.tr("No's called back"), self._n(r.revisited), "", _key("revisited", r.revisited), ""),
            (self.tr("Reopened"), self._n(r.reopened), "", _key("reopened", r.reopened), ""),
            (self.tr("Won after a revisit"), self._n(r.won), "", _key("won_after_revisit", r.won), ""),
            (self.tr("More sales from revisits"), words.percent(r.gain), words.research_mark_range(), "",
             words.research_source(REVISIT_GAIN)),
        ])  # fmt: skip

    def _show_slipped(self, figures: Progress) -> None:
        s = figures.nothing_slipped
        self.sentences["slipped"].setText(f"{words.slipped_sentence(s)}\n{words.without_next_step_sentence(s)}")
        self.day_strip.set_days(s.days)
        self.tables["slipped"].set_rows([
            (self.tr("Days with follow-ups due"), self._n(sum(1 for d in s.days if d.had_work)), "", "", ""),
            (self.tr("Days nothing slipped"), self._n(s.clean_days), "", "", ""),
            (self.tr("Days something slipped"), self._n(s.slipped_days), "", "", ""),
            (self.tr("Streak (days with work, nothing slipped)"), self._n(s.streak), "", "", ""),
            (self.tr("Active leads without a next step now"), self._n(s.without_next_step), "",
             _key("without_next_step", s.without_next_step), ""),
        ])  # fmt: skip

    # --- clicks -----------------------------------------------------------------------------------------

    def open_leads(self, key: str, label: str) -> None:
        """The leads behind the number ``key`` (read now), to the Leads list under ``label``."""
        self.show_leads.emit(self._book.progress_leads(self.period(), key), label)

    def _decided_after(self, bucket: int) -> str:
        """The chip's words for a bar of the persistence chart."""
        if bucket == 1:
            return self.tr("decided after one touch")
        return self.tr("decided after %1 touches").replace("%1", words.bucket_name(bucket))

    def _won_bar(self, index: int) -> None:
        bucket = self._won_buckets[index]
        self.open_leads(f"won_on:{bucket}", self.tr("won on touch %1").replace("%1", words.bucket_name(bucket)))
