"""The look: light and dark colours, one stylesheet, the type scale, the spacing unit, the icons.

The colours are ``resources/theme/colours.json`` (each name once, with a light and a dark value);
the stylesheet is ``resources/theme/leadbook.qss`` with ``$name`` for those colours. ``Theme``
puts the scheme shown into the application's palette and stylesheet, follows the desktop's colour
scheme (``QStyleHints.colorSchemeChanged``, a live switch) unless this machine's setting
``colour_scheme`` says "light" or "dark", and says ``changed`` after each switch.

Like the application's palette, the theme belongs to the QApplication: ``current()`` finds the
one installed on it (``app.py`` installs it; a test that builds a widget alone gets one made on
first use). Widgets name what a thing is (``set_role(label, "hint")``, an object name the
stylesheet knows, ``colour("overdue")`` at paint time), never a colour.

Icons are Lucide's (``resources/icons/lucide``, ISC licence beside them): an ``icon(name)`` draws
its SVG in the palette's colour when painted, so a switch of scheme recolours every icon shown.
"""

from __future__ import annotations

import json
import os
import re
import weakref
from functools import cache
from string import Template

from PySide6.QtCore import QByteArray, QObject, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from ..platform import machine
from ..resources import resource_path

SCHEME_SETTING = "colour_scheme"  # this machine's choice: "system" (or unset), "light", "dark"
SCHEMES = ("system", "light", "dark")
SCHEME_ENV = "LEADBOOK_COLOUR_SCHEME"  # one of SCHEMES: wins over the setting (screenshots, a demo book's own folder)
TOOLBAR_SETTING = "toolbar_style"  # "text" (text under icons, or unset) or "icons"

#: The spacing unit in pixels: margins and gaps are this, twice this or half of it.
SPACE = 8
HALF = SPACE // 2

#: The type scale, as a factor of the application's font and a weight.
TYPE_SCALE: dict[str, tuple[float, QFont.Weight]] = {
    "title": (1.5, QFont.Weight.Bold),
    "section": (1.15, QFont.Weight.DemiBold),
    "body": (1.0, QFont.Weight.Normal),
    "caption": (0.9, QFont.Weight.Normal),
}

#: Rows of the lists and tables: the font's height and this much room.
ROW_PADDING = 12


#: The palette's roles and the colour each takes.
_PALETTE = {
    QPalette.ColorRole.Window: "window",
    QPalette.ColorRole.WindowText: "window_text",
    QPalette.ColorRole.Base: "base",
    QPalette.ColorRole.AlternateBase: "alt_base",
    QPalette.ColorRole.Text: "text",
    QPalette.ColorRole.Button: "button",
    QPalette.ColorRole.ButtonText: "button_text",
    QPalette.ColorRole.Highlight: "highlight",
    QPalette.ColorRole.HighlightedText: "highlight_text",
    QPalette.ColorRole.PlaceholderText: "muted",
    QPalette.ColorRole.Mid: "mid",
    QPalette.ColorRole.Midlight: "midlight",
    QPalette.ColorRole.Light: "base",
    QPalette.ColorRole.Dark: "mid",
    QPalette.ColorRole.Link: "link",
    QPalette.ColorRole.ToolTipBase: "tooltip_base",
    QPalette.ColorRole.ToolTipText: "tooltip_text",
    QPalette.ColorRole.BrightText: "highlight_text",
}


@cache
def colour_table() -> dict[str, tuple[str, str]]:
    """Every colour by name: (light, dark), as ``#rrggbb``."""
    data = json.loads(resource_path("theme", "colours.json").read_text(encoding="utf-8"))
    return {name: (pair[0], pair[1]) for name, pair in data.items() if not name.startswith("_")}


@cache
def stylesheet_template() -> Template:
    return Template(resource_path("theme", "leadbook.qss").read_text(encoding="utf-8"))


def stylesheet(dark: bool, widget: QWidget | None = None) -> str:
    """The stylesheet with the colours of one scheme; for ``widget``, only its rules (those naming
    its object name, or its class without a name): each widget's sheet is parsed on its own."""
    values: dict[str, str] = {name: pair[int(dark)] for name, pair in colour_table().items()}
    values.update(space=f"{SPACE}px", half=f"{HALF}px")
    whole = stylesheet_template().substitute(values)
    if widget is None:
        return whole
    return "\n".join(rule for rule in _rules(whole) if _applies(rule, widget))


def _rules(sheet: str) -> list[str]:
    without_comments = re.sub(r"/\*.*?\*/", "", sheet, flags=re.DOTALL)
    return [rule.strip() + " }" for rule in without_comments.split("}") if "{" in rule]


def _applies(rule: str, widget: QWidget) -> bool:
    for selector in rule.split("{", 1)[0].split(","):
        first = selector.split()[0]
        if "#" in first:
            if first.split("#", 1)[1].split(":")[0] == widget.objectName():
                return True
        elif widget.inherits(first.split(":")[0]):
            return True
    return False


def palette(dark: bool) -> QPalette:
    result = QPalette()
    table = colour_table()
    for role, name in _PALETTE.items():
        result.setColor(role, QColor(table[name][int(dark)]))
    disabled = QColor(table["disabled_text"][int(dark)])
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return result


#: What each role of ``set_role`` looks like: its colour and whether it is bold or italic.
ROLE_LOOKS: dict[str, tuple[str, bool, bool]] = {
    "hint": ("muted", False, False),
    "caution": ("caution", False, False),
    "error": ("error", False, False),
    "quote": ("muted", False, True),
    "doNotContact": ("do_not_contact", True, False),
    "overdue": ("overdue", True, False),
    "planned": ("planned", True, False),
}
ROLES = tuple(ROLE_LOOKS)


class Theme(QObject):
    """The scheme shown, in the application's palette, the labels given a role and the widgets
    given the stylesheet; ``changed`` after a switch.

    The stylesheet is set on the few widgets that need one (``style(widget)``: the navigation, the
    toolbar, the coloured boxes), never on the application: an application stylesheet makes Qt
    restyle and draw every widget through its stylesheet engine, which cost 10–20 ms at start and
    on every page shown; a role is the label's palette."""

    changed = Signal()

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("leadbookTheme")
        self._app = app
        self._roles: weakref.WeakKeyDictionary[QWidget, str] = weakref.WeakKeyDictionary()
        self._styled: weakref.WeakSet[QWidget] = weakref.WeakSet()
        chosen = os.environ.get(SCHEME_ENV) or machine.setting(SCHEME_SETTING)
        self.choice = chosen if chosen in SCHEMES else "system"
        self.dark = self._wants_dark()
        app.styleHints().colorSchemeChanged.connect(self._system_changed)

    def _wants_dark(self) -> bool:
        if self.choice == "system":
            return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
        return self.choice == "dark"

    def apply(self) -> None:
        self._app.setPalette(palette(self.dark))
        for widget, role in list(self._roles.items()):
            if isValid(widget):
                self._colour_role(widget, role)
        for widget in list(self._styled):
            if isValid(widget):
                widget.setStyleSheet(stylesheet(self.dark, widget))

    def set_role(self, widget: QWidget, role: str) -> None:
        _colour_name, bold, italic = ROLE_LOOKS[role]
        font = widget.font()
        font.setBold(bold)
        font.setItalic(italic)
        widget.setFont(font)
        self._roles[widget] = role
        self._colour_role(widget, role)

    def _colour_role(self, widget: QWidget, role: str) -> None:
        shown = widget.palette()
        colour = self.colour(ROLE_LOOKS[role][0])
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            for part in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
                shown.setColor(group, part, colour)
        widget.setPalette(shown)

    def style(self, widget: QWidget) -> None:
        self._styled.add(widget)
        widget.setStyleSheet(stylesheet(self.dark, widget))

    def set_choice(self, choice: str) -> None:
        """System, light or dark, as Settings chose it (kept by the caller in this machine's settings)."""
        self.choice = choice if choice in SCHEMES else "system"
        self._switch(self._wants_dark())

    def _system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.choice == "system":
            self._switch(self._wants_dark())

    def _switch(self, dark: bool) -> None:
        if dark == self.dark:
            return
        self.dark = dark
        self.apply()
        self.changed.emit()

    def colour(self, name: str) -> QColor:
        return QColor(colour_table()[name][int(self.dark)])


def install(app: QApplication) -> Theme:
    """The theme on ``app`` (made and applied once)."""
    found = app.findChild(Theme, "leadbookTheme")
    if isinstance(found, Theme):
        return found
    theme = Theme(app)
    theme.apply()
    return theme


def current() -> Theme:
    app = QApplication.instance()
    assert isinstance(app, QApplication), "the theme needs a QApplication"
    return install(app)


def colour(name: str) -> QColor:
    """A colour of the scheme shown now (ask at paint time, so a switch shows at the next paint)."""
    return current().colour(name)


def solid_brush(name: str) -> QBrush:
    """A brush of the colour ``name`` of the scheme shown now. Built empty and then coloured:
    ``QBrush(QColor)`` makes PySide set up the Python enums of QGradient and QImage on the way to
    its overload (2.4 ms the first time, before Today's first paint)."""
    brush = QBrush()
    brush.setColor(colour(name))
    brush.setStyle(Qt.BrushStyle.SolidPattern)
    return brush


def set_role(widget: QWidget, role: str) -> None:
    """Say what a label is ("hint", "caution", "error", …, ``ROLES``): it takes that role's colour
    (and weight) in the scheme shown, now and after a switch."""
    current().set_role(widget, role)


def style(widget: QWidget) -> None:
    """Give ``widget`` (and what it holds) the stylesheet, in the scheme shown now and after a switch:
    for the navigation, the toolbar and the boxes named by object name (warning, notice, rapport, …)."""
    current().style(widget)


def set_type(widget: QWidget, level: str) -> None:
    """Put ``widget`` on the type scale: "title", "section", "body" or "caption"."""
    widget.setFont(scaled_font(widget.font(), level))


def scaled_font(base: QFont, level: str) -> QFont:
    factor, weight = TYPE_SCALE[level]
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(QApplication.font().pointSizeF() * factor)
    else:
        font.setPixelSize(round(QApplication.font().pixelSize() * factor))
    font.setWeight(weight)
    return font


def row_height(widget: QWidget) -> int:
    """The height of a comfortable row in a list or table of ``widget``'s font."""
    return widget.fontMetrics().height() + ROW_PADDING


# --- icons ---------------------------------------------------------------------------


@cache
def _svg(name: str) -> bytes:
    return resource_path("icons", "lucide", f"{name}.svg").read_bytes()


class _SvgIcon(QIconEngine):
    """One Lucide icon, drawn in the palette's colour for its mode when painted."""

    def __init__(self, name: str, colour_name: str | None = None) -> None:
        super().__init__()
        self.name = name
        self.colour_name = colour_name
        self._cache: dict[tuple[str, int, int], QPixmap] = {}

    def _colour(self, mode: QIcon.Mode) -> str:
        theme = current()
        if mode == QIcon.Mode.Disabled:
            return theme.colour("disabled_text").name()
        if mode == QIcon.Mode.Selected:
            return theme.colour("highlight_text").name()
        return theme.colour(self.colour_name or "text").name()

    def _render(self, size: QSize, mode: QIcon.Mode) -> QPixmap:
        from PySide6.QtSvg import QSvgRenderer  # noqa: PLC0415 - loaded with the first icon painted

        colour = self._colour(mode)
        key = (colour, size.width(), size.height())
        pixmap = self._cache.get(key)
        if pixmap is None:
            pixmap = QPixmap(size)
            pixmap.fill(Qt.GlobalColor.transparent)
            renderer = QSvgRenderer(QByteArray(_svg(self.name).replace(b"currentColor", colour.encode())))
            painter = QPainter(pixmap)
            renderer.render(painter)
            painter.end()
            self._cache[key] = pixmap
        return pixmap

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        side = max(1, round(min(rect.width(), rect.height()) * ratio))
        pixmap = self._render(QSize(side, side), mode)
        pixmap.setDevicePixelRatio(ratio)
        offset = QPoint((rect.width() - round(side / ratio)) // 2, (rect.height() - round(side / ratio)) // 2)
        painter.drawPixmap(rect.topLeft() + offset, pixmap)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        side = max(1, min(size.width(), size.height()))
        return QPixmap(self._render(QSize(side, side), mode))

    def clone(self) -> QIconEngine:
        return _SvgIcon(self.name, self.colour_name)

    def key(self) -> str:
        return "leadbook-lucide"


def icon(name: str, colour_name: str | None = None) -> QIcon:
    """Lucide's icon ``name`` (a file in resources/icons/lucide), in the text colour or ``colour_name``."""
    return QIcon(_SvgIcon(name, colour_name))
