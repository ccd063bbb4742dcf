"""What Today shows while the lead book is empty: what Leadbook does, and the two ways to begin."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePanel(QWidget):
    """``add_lead`` and ``import_contacts`` ask the main window to do what File ▸ New lead and
    File ▸ Import do; the panel itself never writes."""

    add_lead = Signal()
    import_contacts = Signal()

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

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.import_button)
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
