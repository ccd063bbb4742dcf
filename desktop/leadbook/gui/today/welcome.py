"""What Today shows while the lead book is empty: what Leadbook does, and the two ways to begin."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePanel(QWidget):
    """``add_lead``, ``import_contacts`` and ``open_demo`` ask the main window to do what File ▸ New
    lead, File ▸ Import and Help ▸ Open a demo book do; the panel itself never writes."""

    add_lead = Signal()
    import_contacts = Signal()
    open_demo = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        title = QLabel(self.tr("Your lead book is empty"))
        title.setObjectName("welcomeTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(self.tr(
            "Leadbook keeps your prospects on this computer and makes sure none is forgotten: every lead "
            "gets a dated next step, Today lists what is due, and a \u201cno\u201d comes back later to be asked "
            "again. Begin with one lead, or bring in the contacts you already have."
        ))  # fmt: skip
        text.setWordWrap(True)
        text.setObjectName("welcomeText")
        self.add_button = QPushButton(self.tr("&Add your first lead…"))
        self.add_button.setObjectName("welcomeAdd")
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add_lead)
        self.import_button = QPushButton(self.tr("&Import contacts…"))
        self.import_button.setObjectName("welcomeImport")
        self.import_button.setToolTip(self.tr("A CSV file (Google, Outlook, LinkedIn or any other) or vCards"))
        self.import_button.clicked.connect(self.import_contacts)
        self.demo_button = QPushButton(self.tr("&Look around a demo book first"))
        self.demo_button.setObjectName("welcomeDemo")
        self.demo_button.setFlat(True)  # a link beside the two buttons: the lesser way in
        self.demo_button.setCursor(Qt.CursorShape.PointingHandCursor)
        link = self.demo_button.palette()
        link.setColor(QPalette.ColorRole.ButtonText, link.color(QPalette.ColorRole.Link))
        self.demo_button.setPalette(link)
        underlined = self.demo_button.font()
        underlined.setUnderline(True)
        self.demo_button.setFont(underlined)
        self.demo_button.setToolTip(self.tr("Opens a made-up lead book in a second window; yours is not touched"))
        self.demo_button.clicked.connect(self.open_demo)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        text.setMaximumWidth(self.fontMetrics().averageCharWidth() * 72)  # a readable line
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 32, 24, 24)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setFocusProxy(self.add_button)
