"""The look: every text is readable in light and in dark (WCAG contrast from the theme's own
colours), no window sets a colour of its own any more, and a switch of scheme recolours what is
shown at once."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication

from leadbook.book import LeadBook
from leadbook.core.followups import Due, FollowUp
from leadbook.core.model import Channel, Lead, Stage
from leadbook.gui import theme
from leadbook.gui.leads.table_model import COLUMNS, LeadTableModel

GUI = Path(theme.__file__).parent

#: Each text colour and the backgrounds it is drawn on. Texts need 4.5:1 (WCAG 2.x AA); the
#: channels' marks and the badge of an over-full day are graphics beside words (3:1, WCAG 1.4.11).
TEXT_ON = {
    "text": ["base", "alt_base", "stage_base", "window"],
    "window_text": ["window", "nav_base", "midlight"],
    "button_text": ["button"],
    "muted": ["base", "alt_base", "window"],
    "highlight_text": ["highlight"],
    "tooltip_text": ["tooltip_base"],
    "nav_selected_text": ["nav_selected"],
    "badge_text": ["badge_base"],
    "badge_quiet_text": ["badge_quiet_base"],
    "link": ["base", "window"],
    "overdue": ["base", "alt_base", "window"],
    "due_today": ["base", "window"],
    "planned": ["base", "window"],
    "done": ["base", "window"],
    "do_not_contact": ["base", "window"],
    "revisit": ["base", "window"],
    "missing_step": ["base", "window"],
    "caution": ["base", "window"],
    "error": ["base", "window"],
    "notice_text": ["notice_base"],
    "warning_text": ["warning_base"],
    "rapport_text": ["rapport_base"],
    "chip_text": ["chip_base"],
}
GRAPHICS_ON = {f"channel_{channel.value}": ["base"] for channel in Channel}


def luminance(hex_colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    colour = QColor(hex_colour)
    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def contrast(one: str, other: str) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_formula_matches_wcag():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic just-too-light grey


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_text_colour_is_readable_on_its_backgrounds(dark: bool):
    table = theme.colour_table()
    low = []
    for wanted, pairs in ((4.5, TEXT_ON), (3.0, GRAPHICS_ON)):
        for text, backgrounds in pairs.items():
            for background in backgrounds:
                ratio = contrast(table[text][dark], table[background][dark])
                if ratio < wanted:
                    low.append(f"{text} on {background}: {ratio:.2f}")
    assert not low, low


def test_every_colour_of_the_stylesheet_is_checked_for_contrast():
    """A colour the stylesheet draws text in must be in TEXT_ON (so a new one cannot skip the check)."""
    qss = theme.stylesheet_template().template
    for name in re.findall(r"(?<![-\w])color: \$(\w+)", qss):
        assert name in TEXT_ON, name
    assert set(theme.colour_table()) >= set(TEXT_ON) | set(GRAPHICS_ON)


def test_every_role_has_a_text_colour_that_is_checked():
    for role, (colour_name, _bold, _italic) in theme.ROLE_LOOKS.items():
        assert colour_name in TEXT_ON, role
    assert theme.stylesheet(dark=False) != theme.stylesheet(dark=True)  # substitutes; no name unknown


def test_a_label_with_a_role_and_a_styled_box_recolour_on_a_switch(qtbot, light_then_back):
    from PySide6.QtWidgets import QFrame, QLabel

    shown = light_then_back
    label = QLabel("Overdue")
    qtbot.addWidget(label)
    theme.set_role(label, "overdue")
    box = QFrame()
    box.setObjectName("warning")
    qtbot.addWidget(box)
    theme.style(box)
    assert label.palette().color(QPalette.ColorRole.WindowText) == QColor(theme.colour_table()["overdue"][0])
    assert label.font().bold()
    assert theme.colour_table()["warning_base"][0] in box.styleSheet()
    shown.set_choice("dark")
    assert label.palette().color(QPalette.ColorRole.WindowText) == QColor(theme.colour_table()["overdue"][1])
    assert theme.colour_table()["warning_base"][1] in box.styleSheet()
    assert QApplication.instance().styleSheet() == ""  # never on the whole application (start-up cost)


# --- no window keeps a colour of its own ------------------------------------------------------------

HEX = re.compile(r"""["'][^"'\n]*#[0-9a-fA-F]{3,8}\b""")


def test_no_gui_module_sets_a_colour_of_its_own():
    """Colours live in resources/theme; a module names a role, an object name or a theme colour."""
    found = []
    for path in sorted(GUI.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            code = line.split("#  ", 1)[0]
            if HEX.search(code) or re.search(r'QColor\(\s*["\']', code) or "GlobalColor.white" in code:
                found.append(f"{path.relative_to(GUI)}:{number}: {line.strip()}")
            if ".setStyleSheet(" in code and path.name != "theme.py":
                found.append(f"{path.relative_to(GUI)}:{number}: {line.strip()}")
    assert not found, "\n".join(found)


def test_the_grep_finds_what_it_looks_for():
    """The check above fails on what it is meant to catch."""
    assert HEX.search('label.setStyleSheet("color: #b3261e;")')
    assert HEX.search("X = QColor('#fff')")
    assert not HEX.search("text = f'#{n}'")


# --- a live switch ---------------------------------------------------------------------------------


@pytest.fixture
def light_then_back(qapp):
    shown = theme.current()
    was = shown.choice
    shown.set_choice("light")
    yield shown
    shown.set_choice(was)


def test_switching_to_dark_recolours_an_overdue_row_and_the_window(qtbot, book: LeadBook, light_then_back):
    shown = light_then_back
    lead = book.add_lead(Lead(name="Ada Overdue", stage=Stage.CONTACTED))
    book.plan_followup(FollowUp(lead_id=lead.id, due=Due(book.local_today().replace(day=1)), channel=Channel.CALL))
    model = LeadTableModel(book)
    index = model.index(0, COLUMNS.index("next_step"))
    assert model.data(index).startswith("⚠")  # a sign says it, not the colour alone
    light = model.data(index, Qt.ItemDataRole.ForegroundRole)
    assert light == QColor(theme.colour_table()["overdue"][0])
    light_window = qapp_palette_window()

    with qtbot.waitSignal(shown.changed):
        shown.set_choice("dark")
    dark = model.data(index, Qt.ItemDataRole.ForegroundRole)
    assert dark == QColor(theme.colour_table()["overdue"][1]) and dark != light
    assert qapp_palette_window() != light_window
    assert qapp_palette_window() == QColor(theme.colour_table()["window"][1])


def qapp_palette_window() -> QColor:
    return QGuiApplication.palette().color(QPalette.ColorRole.Window)


def test_the_system_scheme_is_followed_only_when_chosen(qapp, light_then_back, monkeypatch):
    shown = light_then_back
    monkeypatch.setattr(shown, "_wants_dark", lambda: shown.choice in ("system", "dark"))  # a dark desktop
    shown._system_changed(Qt.ColorScheme.Dark)  # the desktop turned dark: the choice "light" stays
    assert not shown.dark
    shown.choice = "system"
    shown._system_changed(Qt.ColorScheme.Dark)  # now it follows
    assert shown.dark
    assert theme.colour("window") == QColor(theme.colour_table()["window"][1])


def test_icons_are_drawn_in_the_schemes_text_colour(qapp, light_then_back):
    shown = light_then_back

    def darkest_pixel(dark: bool) -> QColor:
        shown.set_choice("dark" if dark else "light")
        image = QImage(24, 24, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        theme.icon("check").paint(painter, image.rect())
        painter.end()
        opaque = [image.pixelColor(x, y) for x in range(24) for y in range(24) if image.pixelColor(x, y).alpha() == 255]
        assert opaque, "the icon drew nothing"
        return opaque[0]

    assert darkest_pixel(False) == QColor(theme.colour_table()["text"][0])
    assert darkest_pixel(True) == QColor(theme.colour_table()["text"][1])


def test_every_icon_named_is_shipped():
    from leadbook.gui import main_window, navigation
    from leadbook.gui.reminders import window

    names = set(main_window.ACTION_ICONS.values()) | set(navigation.PAGE_ICONS.values())
    names |= set(window.REMINDER_ICONS.values())
    for path in GUI.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        names |= set(re.findall(r'icon\(\s*"([a-z0-9-]+)"', source))
        names |= set(re.findall(r'\(self\.\w+_(?:action|button), "([a-z0-9-]+)"\)', source))
    folder = Path(str(theme.resource_path("icons", "lucide")))
    shipped = {path.stem for path in folder.glob("*.svg")}
    assert names - shipped == set()
    assert len(names) > 30  # the patterns above still find the icons named
    assert (folder / "LICENSE.txt").is_file()
