"""Draws a ``CallSheet`` on paper with QPainter: the same code for PDF files and printers.

Two layouts (``CallSheet.layout``): the compact one, the default, gives each item one row of
two lines (tick box, time, name · company, phone, goal; under them a cue to remember and a
line to write on), about twenty to a page in every language; the detailed one gives each
item a block with its role, best time and ruled lines for notes.

QtGui only (no widgets), so ``leadbook callsheet`` can write a PDF without a display.
Rows are laid out by hand rather than through QTextDocument, because a row must never be
split across pages: every row block is measured first, the pages are planned (a section
title always stays with its first row), and only then is anything drawn, so each footer
can say "Page 2 of 5".

Texts from leads are drawn with ``QPainter.drawText`` as plain text: never as markup.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextOption,
)

from .callsheet import CallSheet, SheetLayout, SheetRow, SheetSection
from .files import write_atomically

__all__ = ["default_page_layout", "page_size_for", "pdf_bytes", "render_callsheet", "write_pdf"]

# Where Letter is the paper in the shops; the rest of the world uses A4.
_LETTER_COUNTRIES = frozenset({
    QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico, QLocale.Country.Philippines,
    QLocale.Country.Chile, QLocale.Country.Colombia, QLocale.Country.Venezuela, QLocale.Country.CostaRica,
    QLocale.Country.Guatemala, QLocale.Country.ElSalvador, QLocale.Country.Panama, QLocale.Country.PuertoRico,
    QLocale.Country.DominicanRepublic, QLocale.Country.Nicaragua, QLocale.Country.Honduras, QLocale.Country.Belize,
})  # fmt: skip
MARGINS_MM = QMarginsF(15, 13, 15, 12)  # left, top, right, bottom

INK = QColor("#1b1b1b")
MUTED = QColor("#5c5c5c")
LATE = QColor("#a31515")
RULE = QColor("#9a9a9a")
WRITING_LINE = QColor("#b9b9b9")
SEPARATOR = QColor("#d0d0d0")
CHANNEL = QColor("#333333")

# Lines a detail (goal, role, last touch, rapport, best time) may take before it is cut with "…".
DETAIL_LINES = 2
MIN_NOTE_LINES = 4
# The label column beside a row's details ("Goal", "Last touch"): as wide as its longest word needs.
LABEL_MIN_MM, LABEL_MAX_MM, LABEL_GAP_MM = 19.0, 30.0, 1.5
# The height of one compact row: two lines of text and room to write above the line.
COMPACT_ROW_MM = 10.2


def page_size_for(locale: QLocale | None = None) -> QPageSize:
    """Letter in the US, Canada and the other Letter countries; A4 everywhere else."""
    locale = locale or QLocale()
    letter = (
        locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
        or locale.territory() in _LETTER_COUNTRIES
    )
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)


def default_page_layout(locale: QLocale | None = None) -> QPageLayout:
    """Portrait, the locale's paper, margins that every office printer can reach."""
    return QPageLayout(page_size_for(locale), QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter)


# --- measuring ------------------------------------------------------------------------------


class _Style:
    """Fonts, metrics and sizes for one paint device (its resolution decides the pixels)."""

    def __init__(self, device: QPagedPaintDevice) -> None:
        self.device = device
        self.dpi = float(device.logicalDpiY())
        self.width = float(device.width())
        self.height = float(device.height())
        self.fonts: dict[str, QFont] = {}
        self.metrics: dict[str, QFontMetricsF] = {}
        for name, size, bold in (
            ("kicker", 9.0, True), ("title", 19.0, True), ("summary", 10.5, False), ("section", 13.0, True),
            ("continued", 9.5, True), ("name", 12.5, True), ("company", 10.0, False), ("when", 11.0, True),
            ("when_detail", 9.0, False), ("phone", 16.0, True), ("small", 8.5, False), ("label", 8.0, True),
            ("detail", 9.0, False), ("footer", 8.0, False), ("empty_title", 15.0, True), ("empty", 10.5, False),
            ("page_header", 9.5, True), ("when_fit", 9.0, True),
            # the compact layout
            ("c_title", 14.0, True), ("c_summary", 9.0, False), ("c_section", 10.5, True), ("c_note", 8.0, False),
            ("c_when", 9.5, True), ("c_when_fit", 7.5, True), ("c_when_detail", 7.5, False), ("c_name", 9.5, True),
            ("c_company", 9.0, False), ("c_phone", 10.0, True), ("c_goal", 8.0, False), ("c_cue", 8.0, False),
        ):  # fmt: skip
            font = QFont()
            font.setPointSizeF(size)
            font.setBold(bold)
            font.setFeature(QFont.Tag("liga"), 0)  # "fi" stays two letters: the PDF's text searches as typed
            self.fonts[name] = font
            self.metrics[name] = QFontMetricsF(font, device)
        # The columns of a row block.
        self.box = self.mm(4.2)
        self.time_x = self.mm(7)
        self.body_x = self.mm(31)
        self.notes_w = max(self.mm(52), min(self.mm(66), self.width * 0.37))
        self.notes_x = self.width - self.notes_w
        self.body_w = self.notes_x - self.mm(6) - self.body_x
        self.label_w = self.mm(LABEL_MIN_MM)
        self.note_pitch = self.mm(7)
        # The columns of a compact row: tick box, time, name and cue, then phone and goal over a
        # line to write on.
        self.c_row = self.mm(COMPACT_ROW_MM)
        self.c_time_x = self.mm(5.5)
        self.c_body_x = self.mm(27.5)
        self.c_write_x = self.width * 0.54

    def fit_labels(self, labels: Iterable[str]) -> None:
        """Widen the label column for the words this sheet uses ("Letzter Kontakt" needs more than
        "Goal"), up to a cap that leaves the values most of the row."""
        widest = max((self.metrics["label"].horizontalAdvance(label) for label in labels), default=0.0)
        self.label_w = min(max(self.mm(LABEL_MIN_MM), widest + self.mm(LABEL_GAP_MM)), self.mm(LABEL_MAX_MM))

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    def pt(self, value: float) -> float:
        return value * self.dpi / 72.0

    def line(self, name: str) -> float:
        return self.metrics[name].lineSpacing()

    def ascent(self, name: str) -> float:
        return self.metrics[name].ascent()

    def elided(self, name: str, text: str, width: float) -> str:
        return self.metrics[name].elidedText(text, Qt.TextElideMode.ElideRight, width)

    def wrapped(self, name: str, text: str, width: float, max_lines: int) -> list[str]:
        """``text`` broken into lines no wider than ``width``; past ``max_lines`` the last is elided."""
        if not text:
            return []
        metrics = self.metrics[name]
        if metrics.horizontalAdvance(text) <= width:
            return [text]
        layout = QTextLayout(text, self.fonts[name], self.device)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        spans: list[tuple[int, int]] = []
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            spans.append((line.textStart(), line.textLength()))
        layout.endLayout()
        units = text.encode("utf-16-le")  # Qt counts UTF-16 code units, Python code points

        def piece(start: int, end: int | None = None) -> str:
            return units[2 * start : None if end is None else 2 * end].decode("utf-16-le", "replace").strip()

        lines = [piece(start, start + length) for start, length in spans[:max_lines]]
        if len(spans) > max_lines:
            lines[-1] = metrics.elidedText(piece(spans[max_lines - 1][0]), Qt.TextElideMode.ElideRight, width)
        return lines


@dataclass
class _RowBlock:
    """A row measured and broken into lines, ready to draw at any height on a page."""

    row: SheetRow
    name: str
    company: str
    phone: str
    contact: str
    details: list[tuple[str, list[str]]]
    first_baseline: float
    second_baseline: float
    third_baseline: float
    details_top: float
    note_lines: int
    height: float


def _measure_row(style: _Style, row: SheetRow) -> _RowBlock:
    pad = style.mm(3)
    first = pad + max(style.ascent("phone"), style.ascent("name"))
    second = first + style.metrics["phone"].descent() + style.mm(0.6) + style.ascent("company")
    third = second + style.line("small")
    # The phone number takes what it needs of the width; the name gives way (it is elided).
    phone = style.elided("phone", row.phone, style.width - style.body_x - style.mm(40))
    phone_w = style.metrics["phone"].horizontalAdvance(phone)
    name_w = min(style.body_w, style.width - style.body_x - phone_w - style.mm(6))
    contact = style.elided("small", row.contact, style.notes_w)
    band_bottom = (third if contact else second) + style.metrics["small"].descent()
    details_top = band_bottom + style.mm(2.2)
    value_w = style.body_w - style.label_w
    details = [(label, style.wrapped("detail", text, value_w, DETAIL_LINES)) for label, text in row.details]
    details_h = sum(len(lines) for _, lines in details) * style.line("detail") + style.mm(0.8) * max(
        0, len(details) - 1)  # fmt: skip
    note_lines = max(MIN_NOTE_LINES, math.ceil(details_h / style.note_pitch))
    height = details_top + max(details_h, note_lines * style.note_pitch) + pad
    return _RowBlock(
        row=row,
        name=style.elided("name", row.name, name_w),
        company=style.elided("company", row.company, style.body_w),
        phone=phone,
        contact=contact,
        details=details,
        first_baseline=first,
        second_baseline=second,
        third_baseline=third,
        details_top=details_top,
        note_lines=note_lines,
        height=height,
    )


# --- planning the pages ---------------------------------------------------------------------


@dataclass
class _Placed:
    kind: str  # "section", "continued", "row", "empty"
    y: float
    section: SheetSection | None = None
    block: _RowBlock | None = None


@dataclass
class _Page:
    items: list[_Placed] = field(default_factory=list)

    @property
    def has_rows(self) -> bool:
        return any(item.kind == "row" for item in self.items)


def _first_header_height(style: _Style, sheet: CallSheet) -> float:
    return style.line("kicker") + style.line("title") + style.mm(1) + style.line("summary") + style.mm(3.5)


def _page_header_height(style: _Style) -> float:
    return style.line("page_header") + style.mm(3.5)


def _footer_height(style: _Style) -> float:
    return style.line("footer") + style.mm(3)


def _section_height(style: _Style) -> float:
    return style.mm(4) + style.line("section") + style.mm(1.5)


def _continued_height(style: _Style) -> float:
    return style.line("continued") + style.mm(1.5)


def _compact_header_height(style: _Style) -> float:
    return style.line("c_title") + style.line("c_summary") + style.mm(2.5)


NOTE_LINES = 2  # a compact section's note (the questions to ask) wraps onto this many lines at most


def _compact_section_height(style: _Style, section: SheetSection) -> float:
    lines = len(style.wrapped("c_note", section.note, style.width, NOTE_LINES))
    note = lines * style.line("c_note") + style.mm(0.4) if lines else 0.0
    return style.mm(2.2) + style.line("c_section") + style.mm(0.9) + note


def _compact_block(style: _Style, row: SheetRow) -> _RowBlock:
    """A compact row is always one height: texts that do not fit end in "…"."""
    return _RowBlock(row=row, name=row.name, company=row.company, phone=row.phone, contact=row.contact, details=[],
                     first_baseline=0.0, second_baseline=0.0, third_baseline=0.0, details_top=0.0, note_lines=0,
                     height=style.c_row)  # fmt: skip


def _plan(style: _Style, sheet: CallSheet) -> list[_Page]:
    """Rows onto pages: a row moves whole to the next page when it does not fit, and a
    section title never stays alone at the foot of a page."""
    compact = sheet.layout == SheetLayout.COMPACT
    bottom = style.height - _footer_height(style)
    pages = [_Page()]
    y = _compact_header_height(style) if compact else _first_header_height(style, sheet)
    if sheet.empty:
        pages[0].items.append(_Placed("empty", y))
        return pages
    for section in sheet.sections:
        section_height = _compact_section_height(style, section) if compact else _section_height(style)
        for index, row in enumerate(section.rows):
            block = _compact_block(style, row) if compact else _measure_row(style, row)
            needed = block.height + (section_height if index == 0 else 0)
            if y + needed > bottom and pages[-1].has_rows:
                pages.append(_Page())
                y = _page_header_height(style)
                if index > 0:
                    pages[-1].items.append(_Placed("continued", y, section))
                    y += _continued_height(style)
            if index == 0:
                pages[-1].items.append(_Placed("section", y, section))
                y += section_height
            pages[-1].items.append(_Placed("row", y, section, block))
            y += block.height
    return pages


# --- drawing --------------------------------------------------------------------------------


class _Painter:
    def __init__(self, painter: QPainter, style: _Style, sheet: CallSheet) -> None:
        self.p = painter
        self.s = style
        self.sheet = sheet

    def text(self, font: str, x: float, baseline: float, text: str, color: QColor = INK, *, right: bool = False
             ) -> None:  # fmt: skip
        if not text:
            return
        self.p.setFont(self.s.fonts[font])
        self.p.setPen(color)
        if right:
            x -= self.s.metrics[font].horizontalAdvance(text)
        self.p.drawText(QPointF(x, baseline), text)

    def rule(self, y: float, color: QColor, width_pt: float, x0: float = 0.0, x1: float | None = None) -> None:
        pen = QPen(color)
        pen.setWidthF(self.s.pt(width_pt))
        self.p.setPen(pen)
        self.p.drawLine(QPointF(x0, y), QPointF(self.s.width if x1 is None else x1, y))

    def first_header(self) -> None:
        s, sheet = self.s, self.sheet
        y = s.ascent("kicker")
        self.text("kicker", 0, y, sheet.kicker, MUTED)
        y += s.metrics["kicker"].descent() + s.ascent("title")
        self.text("title", 0, y, s.elided("title", sheet.date_text, s.width))
        y += s.metrics["title"].descent() + s.mm(1) + s.ascent("summary")
        summary = "" if sheet.empty else sheet.summary  # the empty sheet's box says it all
        self.text("summary", 0, y, summary)
        if sheet.left_out and not sheet.empty:
            x = s.metrics["summary"].horizontalAdvance(summary + "   ")
            self.text("summary", x, y, s.elided("summary", sheet.left_out, s.width - x), MUTED)
        y += s.metrics["summary"].descent() + s.mm(1.8)
        self.rule(y, INK, 1.4)

    def page_header(self) -> None:
        s = self.s
        y = s.ascent("page_header")
        self.text("page_header", 0, y, s.elided("page_header", self.sheet.date_text, s.width * 0.6))
        self.text("small", s.width, y, self.sheet.kicker, MUTED, right=True)
        self.rule(y + s.metrics["page_header"].descent() + s.mm(1.5), INK, 0.8)

    def footer(self, page: int, pages: int) -> None:
        s = self.s
        top = s.height - _footer_height(s) + s.mm(1.5)
        self.rule(top, RULE, 0.5)
        y = s.height - s.metrics["footer"].descent()
        label = self.sheet.page_text(page, pages)
        self.text("footer", s.width, y, label, MUTED, right=True)
        room = s.width - s.metrics["footer"].horizontalAdvance(label) - s.mm(8)
        self.text("footer", 0, y, s.elided("footer", self.sheet.footer, room), MUTED)

    def section(self, y: float, section: SheetSection) -> None:
        s = self.s
        baseline = y + s.mm(4) + s.ascent("section")
        self.text("section", 0, baseline, section.title)
        count = QLocale(self.sheet.locale_name).toString(len(section.rows))
        x = s.metrics["section"].horizontalAdvance(section.title + "  ")
        self.text("section", x, baseline, count, MUTED)
        self.rule(baseline + s.metrics["section"].descent() + s.mm(0.6), INK, 1.0)

    def continued(self, y: float, section: SheetSection) -> None:
        s = self.s
        self.text("continued", 0, y + s.ascent("continued"), self.sheet.continued(section.title), MUTED)

    def row(self, y: float, block: _RowBlock, last_on_page: bool) -> None:
        s, row = self.s, block.row
        first, second = y + block.first_baseline, y + block.second_baseline
        # The tick box, level with the name.
        pen = QPen(INK)
        pen.setWidthF(s.pt(0.9))
        self.p.setPen(pen)
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        cap = s.metrics["name"].capHeight()
        self.p.drawRect(QRectF(0, first - cap / 2 - s.box / 2, s.box, s.box))
        when_color = LATE if row.late else INK
        room = s.body_x - s.time_x - s.mm(1.5)
        font = "when" if s.metrics["when"].horizontalAdvance(row.when) <= room else "when_fit"
        self.text(font, s.time_x, first, s.elided(font, row.when, room), when_color)
        self.text("when_detail", s.time_x, second, s.elided("when_detail", row.when_detail, room), when_color)
        self.text("name", s.body_x, first, block.name)
        self.text("company", s.body_x, second, block.company, MUTED)
        if block.phone:
            self.text("phone", s.width, first, block.phone, right=True)
        else:
            self.text("small", s.width, first, self.sheet.no_phone, MUTED, right=True)
        self.text("small", s.width, second, s.elided("small", row.channel_text, s.notes_w), CHANNEL, right=True)
        self.text("small", s.width, y + block.third_baseline, block.contact, MUTED, right=True)
        # Details on the left, ruled lines for handwriting on the right.
        top = y + block.details_top
        baseline = top + s.ascent("detail")
        step = s.line("detail")
        for label, lines in block.details:
            self.text("label", s.body_x, baseline, s.elided("label", label, s.label_w - s.mm(LABEL_GAP_MM)), MUTED)
            for line in lines:
                self.text("detail", s.body_x + s.label_w, baseline, line)
                baseline += step
            baseline += s.mm(0.8)
        self.text("label", s.notes_x, top + s.ascent("label"), self.sheet.notes_label, MUTED)
        for index in range(1, block.note_lines + 1):
            self.rule(top + index * s.note_pitch, WRITING_LINE, 0.5, s.notes_x, s.width)
        if not last_on_page:
            self.rule(y + block.height, SEPARATOR, 0.6)

    # --- the compact layout -------------------------------------------------------------

    def compact_header(self) -> None:
        s, sheet = self.s, self.sheet
        y = s.ascent("c_title")
        kicker_w = s.metrics["small"].horizontalAdvance(sheet.kicker) + s.mm(4)
        self.text("c_title", 0, y, s.elided("c_title", sheet.date_text, s.width - kicker_w))
        self.text("small", s.width, y, sheet.kicker, MUTED, right=True)
        y += s.metrics["c_title"].descent() + s.ascent("c_summary")
        summary = "" if sheet.empty else sheet.summary
        self.text("c_summary", 0, y, s.elided("c_summary", summary, s.width))
        if sheet.left_out and not sheet.empty:
            x = s.metrics["c_summary"].horizontalAdvance(summary + "   ")
            self.text("c_summary", x, y, s.elided("c_summary", sheet.left_out, s.width - x), MUTED)
        y += s.metrics["c_summary"].descent() + s.mm(1.2)
        self.rule(y, INK, 1.2)

    def compact_section(self, y: float, section: SheetSection) -> None:
        s = self.s
        baseline = y + s.mm(2.2) + s.ascent("c_section")
        self.text("c_section", 0, baseline, section.title)
        count = QLocale(self.sheet.locale_name).toString(len(section.rows))
        x = s.metrics["c_section"].horizontalAdvance(section.title + "  ")
        self.text("c_section", x, baseline, count, MUTED)
        line_y = baseline + s.metrics["c_section"].descent() + s.mm(0.5)
        self.rule(line_y, INK, 0.8)
        baseline = line_y + s.mm(0.4) + s.ascent("c_note")
        for line in s.wrapped("c_note", section.note, s.width, NOTE_LINES):
            self.text("c_note", 0, baseline, line, MUTED)
            baseline += s.line("c_note")

    def compact_row(self, y: float, block: _RowBlock) -> None:
        s, row = self.s, block.row
        first = y + s.mm(1.2) + s.ascent("c_name")
        second = y + s.c_row - s.mm(1.9)
        pen = QPen(INK)
        pen.setWidthF(s.pt(0.8))
        self.p.setPen(pen)
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        box = s.mm(3.4)
        cap = s.metrics["c_name"].capHeight()
        self.p.drawRect(QRectF(0, first - cap / 2 - box / 2, box, box))
        # When.
        when_color = LATE if row.late else INK
        room = s.c_body_x - s.c_time_x - s.mm(1.2)
        font = "c_when" if s.metrics["c_when"].horizontalAdvance(row.when) <= room else "c_when_fit"
        self.text(font, s.c_time_x, first, s.elided(font, row.when, room), when_color)
        self.text("c_when_detail", s.c_time_x, second, s.elided("c_when_detail", row.when_detail, room), when_color)
        # Name · company, and under them the cue.
        body_w = s.c_write_x - s.mm(3) - s.c_body_x
        name = s.elided("c_name", row.name, body_w * (0.75 if row.company else 1.0))
        self.text("c_name", s.c_body_x, first, name)
        if row.company:
            x = s.c_body_x + s.metrics["c_name"].horizontalAdvance(name)
            company = s.elided("c_company", "  ·  " + row.company, s.c_body_x + body_w - x)
            self.text("c_company", x, first, company, MUTED)
        self.text("c_cue", s.c_body_x, second, s.elided("c_cue", row.cue, body_w), MUTED)
        # Phone (or how else to reach them) and the goal, over the line to write on.
        reach, reach_font = row.phone, "c_phone"
        if not reach:
            reach, reach_font = (row.contact, "c_goal") if row.contact else (self.sheet.no_phone, "c_goal")
        reach = s.elided(reach_font, reach, (s.width - s.c_write_x) * 0.55)
        self.text(reach_font, s.c_write_x, first, reach, INK if row.phone or row.contact else MUTED)
        goal_x = s.c_write_x + s.metrics[reach_font].horizontalAdvance(reach) + s.mm(3)
        self.text("c_goal", s.width, first, s.elided("c_goal", row.goal, s.width - goal_x), CHANNEL, right=True)
        self.rule(y + s.c_row - s.mm(0.9), WRITING_LINE, 0.5, s.c_write_x, s.width)
        self.rule(y + s.c_row - s.mm(0.9), SEPARATOR, 0.4, 0, s.c_write_x - s.mm(3))

    def empty(self, y: float) -> None:
        s = self.s
        box = QRectF(0, y + s.mm(8), s.width, s.mm(42))
        pen = QPen(RULE)
        pen.setWidthF(s.pt(0.8))
        self.p.setPen(pen)
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        self.p.drawRoundedRect(box, s.mm(3), s.mm(3))
        baseline = box.top() + s.mm(10) + s.ascent("empty_title")
        title = s.elided("empty_title", self.sheet.empty_title, box.width() - s.mm(16))
        x = box.center().x() - s.metrics["empty_title"].horizontalAdvance(title) / 2
        self.text("empty_title", x, baseline, title)
        baseline += s.metrics["empty_title"].descent() + s.mm(3) + s.ascent("empty")
        lines = [*s.wrapped("empty", self.sheet.empty_text, box.width() - s.mm(24), 3)]
        if self.sheet.left_out:
            lines.append(self.sheet.left_out)
        for line in lines:
            x = box.center().x() - s.metrics["empty"].horizontalAdvance(line) / 2
            self.text("empty", x, baseline, line, MUTED)
            baseline += s.line("empty")


def render_callsheet(sheet: CallSheet, device: QPagedPaintDevice) -> int:
    """Draw ``sheet`` on a PDF writer or a printer (its page layout as set); returns the page count."""
    style = _Style(device)
    style.fit_labels(label for row in sheet.rows for label, _ in row.details)
    pages = _plan(style, sheet)
    compact = sheet.layout == SheetLayout.COMPACT
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the call sheet could not be drawn on this device")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw = _Painter(painter, style, sheet)
        for number, page in enumerate(pages, start=1):
            if number > 1:
                device.newPage()
            if number == 1:
                draw.compact_header() if compact else draw.first_header()
            else:
                draw.page_header()
            rows = [item for item in page.items if item.kind == "row"]
            for item in page.items:
                if item.kind == "section" and item.section is not None:
                    draw.compact_section(item.y, item.section) if compact else draw.section(item.y, item.section)
                elif item.kind == "continued" and item.section is not None:
                    draw.continued(item.y, item.section)
                elif item.kind == "row" and item.block is not None and compact:
                    draw.compact_row(item.y, item.block)
                elif item.kind == "row" and item.block is not None:
                    draw.row(item.y, item.block, item is rows[-1])
                elif item.kind == "empty":
                    draw.empty(item.y)
            draw.footer(number, len(pages))
    finally:
        painter.end()
    return len(pages)


def _pdf_writer(sheet: CallSheet, target: QIODevice, layout: QPageLayout | None) -> QPdfWriter:
    writer = QPdfWriter(target)
    writer.setResolution(600)
    writer.setPageLayout(layout or default_page_layout(QLocale(sheet.locale_name)))
    writer.setTitle(sheet.footer)
    writer.setCreator("Leadbook")
    return writer


def pdf_bytes(sheet: CallSheet, layout: QPageLayout | None = None) -> tuple[bytes, int]:
    """The sheet as a PDF file's bytes (nothing touches the disk), and its page count."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _pdf_writer(sheet, buffer, layout)
    pages = render_callsheet(sheet, writer)
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data()), pages


def write_pdf(sheet: CallSheet, path: Path | str, layout: QPageLayout | None = None) -> int:
    """Write the sheet to ``path`` whole or not at all (a temporary file is renamed into place),
    owner-only like every file Leadbook writes (``interop.files``)."""
    content, pages = pdf_bytes(sheet, layout)
    write_atomically(path, content)
    return pages
