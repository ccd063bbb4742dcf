"""Today's "do this next" card: the one thing to do first, who it is with, how to reach them,
the goal and the cue to open with, and its actions.

The card only lays out: ``book.next_up.choose_next`` picks the thing, ``present.next_up_text``
words it, and ``TodayView`` runs the actions (the same ones its rows use). No colours of its own:
emphasis is by font, so the application's palette and stylesheet style it (object name ``nextCard``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal, SignalInstance
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...book.next_up import NextUp, Why
from ...core.model import Channel, Lead
from ...present import texts
from ...present.formatting import contact_link, contact_url
from ...present.next_up_text import NextUpWords


class NextCard(QFrame):
    """Signals: ``log``, ``reschedule``, ``open_lead``, ``show_in_list`` (the buttons). A phone
    number or an e-mail address (a link in the text, or the Call/E-mail button) opens in the
    desktop's program through ``open_url``."""

    log = Signal()
    reschedule = Signal()
    open_lead = Signal()
    show_in_list = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nextCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.next_up: NextUp | None = None
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl  # tests hand in their own
        self.contact_target: QUrl | None = None

        self.kicker = QLabel()
        self.kicker.setObjectName("nextKicker")
        self.kicker.setWordWrap(True)
        self.headline = QLabel()
        self.headline.setObjectName("nextHeadline")
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.headline.setFont(font)
        self.who = QLabel()
        self.who.setObjectName("nextWho")
        self.who.setWordWrap(True)
        bold = self.who.font()
        bold.setBold(True)
        self.who.setFont(bold)
        self.reach = QLabel()
        self.reach.setObjectName("nextReach")
        self.reach.setWordWrap(True)
        self.reach.setTextFormat(Qt.TextFormat.RichText)
        self.reach.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.reach.setAccessibleName(self.tr("Phone and e-mail"))
        self.reach.setAccessibleDescription(self.tr("Links: a phone number starts a call, an address a new e-mail"))
        self.reach.linkActivated.connect(lambda href: self.open_link(QUrl(href)))
        self.goal = QLabel()
        self.goal.setObjectName("nextGoal")
        self.goal.setWordWrap(True)
        self.cue = QLabel()
        self.cue.setObjectName("nextCue")
        self.cue.setWordWrap(True)
        italic = self.cue.font()
        italic.setItalic(True)
        self.cue.setFont(italic)
        for label in (self.kicker, self.headline, self.who, self.goal, self.cue):
            label.setTextFormat(Qt.TextFormat.PlainText)  # lead text is never markup
        self.kicker.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        self.log_button = self._button(
            QCoreApplication.translate("TodayView", "Log…"),
            QCoreApplication.translate("NextCard", "Log what happened with this follow-up"),
            self.log,
        )
        self.reschedule_button = self._button(
            QCoreApplication.translate("TodayView", "Reschedule…"),
            QCoreApplication.translate("NextCard", "Move this follow-up to another day, same time"),
            self.reschedule,
        )
        self.contact_button = self._button(texts.channel_name(Channel.CALL), "", None)
        self.contact_button.clicked.connect(self._contact)
        self.open_button = self._button(
            QCoreApplication.translate("TodayView", "Open lead"),
            QCoreApplication.translate("NextCard", "Open this lead"),
            self.open_lead,
        )
        self.show_button = self._button(
            self.tr("Show in the list"), self.tr("Select it in the list below, where its keys work"), self.show_in_list
        )

        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        for button in (
            self.log_button,
            self.reschedule_button,
            self.contact_button,
            self.open_button,
            self.show_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(3)
        # Pairs side by side, so the list below keeps its room at a large scale:
        # "Do this next  Overdue · …", "Niamh Okonjo  +44 … · n.okonjo@…", then the goal, then the cue.
        for first, second in ((self.kicker, self.headline), (self.who, self.reach)):
            line = QHBoxLayout()
            line.setSpacing(12)
            line.addWidget(first)
            line.addWidget(second, 1)
            layout.addLayout(line)
        layout.addWidget(self.goal)
        layout.addWidget(self.cue)
        layout.addSpacing(4)
        layout.addLayout(buttons)
        self.setAccessibleName(self.tr("Do this next"))

    def _button(self, text: str, tip: str, signal: SignalInstance | None) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        if tip:
            button.setToolTip(tip)
            button.setAccessibleDescription(tip)
        if signal is not None:
            button.clicked.connect(signal)
        return button

    def _contact(self) -> None:
        if self.contact_target is not None:
            self.open_link(self.contact_target)

    def open_link(self, url: QUrl) -> None:
        """Open a tel: or mailto: link in the desktop's program, or say that none is there."""
        if not self.open_url(url):
            QtWidgets.QMessageBox.information(
                self,
                self.tr("Nothing opened"),
                self.tr("No program on this computer opens %1 links.").replace("%1", url.scheme() + ":"),
            )

    def show_next(self, next_up: NextUp | None, words: NextUpWords, lead: Lead | None) -> None:
        """Lay out ``next_up`` in ``words``; ``lead`` gives the phones and e-mails to link."""
        self.next_up = next_up
        self.kicker.setText(words.kicker)
        for label, text in ((self.headline, words.headline), (self.who, words.who), (self.goal, words.goal),
                            (self.cue, words.cue)):  # fmt: skip
            label.setText(text)
            label.setVisible(bool(text))
        phones = list(lead.phones) if lead is not None else []
        emails = list(lead.emails) if lead is not None else []
        links = [contact_link("tel", phone) for phone in phones] + [contact_link("mailto", email) for email in emails]
        self.reach.setText(" · ".join(links))
        self.reach.setVisible(bool(links))
        followup = next_up.followup if next_up is not None else None
        is_followup = followup is not None and next_up is not None and next_up.why != Why.UPCOMING
        self.log_button.setVisible(is_followup)
        self.reschedule_button.setVisible(is_followup)
        self.open_button.setVisible(next_up is not None)
        self.show_button.setVisible(next_up is not None and next_up.why == Why.DECIDE)
        # Call or write, as the follow-up plans it; else whatever the lead can be reached by.
        wants_mail = followup is not None and followup.followup.channel == Channel.EMAIL
        self.contact_target = None
        if next_up is not None and next_up.why != Why.DECIDE:
            if emails and (wants_mail or not phones):
                self.contact_target = contact_url("mailto", emails[0])
                self.contact_button.setText(texts.channel_name(Channel.EMAIL))
                self.contact_button.setToolTip(self.tr("Write to %1").replace("%1", emails[0]))
            elif phones:
                self.contact_target = contact_url("tel", phones[0])
                self.contact_button.setText(texts.channel_name(Channel.CALL))
                self.contact_button.setToolTip(self.tr("Call %1").replace("%1", phones[0]))
            self.contact_button.setAccessibleDescription(self.contact_button.toolTip())
        self.contact_button.setVisible(self.contact_target is not None)
