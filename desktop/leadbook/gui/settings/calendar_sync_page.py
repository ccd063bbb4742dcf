"""Settings ▸ Calendar sync: the server, user, password and calendar; connect (the calendars are found
on a worker thread, "Leadbook" made when it is not there), sync now, turn off (leaving the server's
events or taking them off). A server whose certificate no authority signed is trusted only after the
user compared its fingerprint. What this page does happens at once, not on the dialog's OK."""

from __future__ import annotations

import contextlib
import logging
from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...book import LeadBook
from ...sync import account as accounts
from ...sync import passwords
from ...sync.engine import classify
from ...sync.words import fault_text
from ..book_task import BookTask
from ..calendar_sync import CalendarSync, NetworkTask
from ..guarded import hand_on_damage

log = logging.getLogger("leadbook")


class CalendarSyncPage(QWidget):
    def __init__(self, book: LeadBook, sync: CalendarSync, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarSyncPage")
        self._book = book
        self._sync = sync
        self._task: Any = None
        self._fingerprint = ""
        self._build()
        self._show_account()
        self._show_status(sync.last_status)
        sync.status.connect(self._show_status)

    def _build(self) -> None:
        intro = QLabel(
            self.tr("Keep your planned follow-ups in a calendar on your own server (Nextcloud, iCloud, Fastmail, "
                    "Radicale, …), so your phone reminds you, and bring back what you move, delete or mark done "
                    "there. Leadbook talks only to this server, and only while sync is on.")
        )  # fmt: skip
        intro.setWordWrap(True)
        self.state = QLabel()
        self.state.setObjectName("syncState")
        self.state.setWordWrap(True)
        self.server = QLineEdit()
        self.server.setObjectName("syncServer")
        self.server.setPlaceholderText(self.tr("https://cloud.example.com, or you@example.com"))
        self.user = QLineEdit()
        self.user.setObjectName("syncUser")
        self.password = QLineEdit()
        self.password.setObjectName("syncPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("an app password, where your provider has them"))
        self.calendar = QComboBox()
        self.calendar.setObjectName("syncCalendar")
        self.calendar.setEditable(True)
        self.calendar.addItem("Leadbook")
        form = QFormLayout()
        form.addRow(self.tr("Ser&ver:"), self.server)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow(self.tr("Ca&lendar:"), self.calendar)
        self.as_tasks = QCheckBox(self.tr("Put the follow-ups in as t&asks (to-dos) instead of events"))
        self.as_tasks.setObjectName("syncAsTasks")
        self.as_tasks.toggled.connect(self._items_chosen)
        form.addRow("", self.as_tasks)
        self.keyring_hint = QLabel(
            self.tr("The password is kept in your system's keyring, never in the book.")
            if passwords.keyring_available()
            else self.tr("This computer has no keyring: Leadbook asks for the password once per session and keeps "
                         "it only in memory.")
        )  # fmt: skip
        self.keyring_hint.setWordWrap(True)
        self.connect_button = QPushButton(self.tr("Co&nnect"))
        self.connect_button.setObjectName("syncConnect")
        self.connect_button.clicked.connect(self.connect_account)
        self.sync_button = QPushButton(self.tr("&Sync now"))
        self.sync_button.setObjectName("syncNow")
        self.sync_button.clicked.connect(self._sync.sync_now)
        self.off_button = QPushButton(self.tr("Turn &off…"))
        self.off_button.setObjectName("syncOff")
        self.off_button.clicked.connect(self.turn_off)
        buttons = QHBoxLayout()
        for button in (self.connect_button, self.sync_button, self.off_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("syncMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.state)
        layout.addLayout(form)
        layout.addWidget(self.keyring_hint)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def _show_account(self) -> None:
        account = self._sync.account
        if account is None:
            self.state.setText(self.tr("Calendar sync is off."))
        else:
            self.state.setText(
                self.tr("Syncing with the calendar “%1” at %2 as %3.")
                .replace("%1", account.calendar_name)
                .replace("%2", account.origin)
                .replace("%3", account.user)
            )
            self.server.setText(account.server)
            self.user.setText(account.user)
            self.calendar.setEditText(account.calendar_name)
            self.as_tasks.setChecked(account.as_tasks)
            self._fingerprint = account.fingerprint
        self.sync_button.setEnabled(account is not None)
        self.off_button.setEnabled(account is not None)

    def _items_chosen(self, as_tasks: bool) -> None:
        """Tasks or events, chosen while sync is on: at once (as all on this page), every item sent again."""
        account = self._sync.account
        if account is None or account.as_tasks == as_tasks:
            return  # chosen for the next Connect, or the page showing the account
        changed = replace(account, items="tasks" if as_tasks else "events")
        try:
            accounts.save(self._book.path, changed)
        except OSError as error:
            self.message.setText(
                self.tr("Leadbook could not keep the account on this computer: %1").replace(
                    "%1", error.strerror or str(error)
                )
            )
            self.as_tasks.setChecked(account.as_tasks)
            return
        self._sync.set_account(changed)
        text = (self.tr("Your follow-ups go to “%1” as tasks now.") if as_tasks
                else self.tr("Your follow-ups go to “%1” as events now."))  # fmt: skip
        self.message.setText(text.replace("%1", changed.calendar_name))

    def _show_status(self, text: str) -> None:
        if text:
            self.message.setText(text)

    def _busy(self, busy: bool) -> None:
        for widget in (self.connect_button, self.sync_button, self.off_button):
            widget.setEnabled(not busy)
        if not busy:
            self._show_account()

    # --- connect ----------------------------------------------------------------------------

    def connect_account(self) -> None:
        server, user, password = self.server.text().strip(), self.user.text().strip(), self.password.text()
        name = self.calendar.currentText().strip() or "Leadbook"
        items = "tasks" if self.as_tasks.isChecked() else "events"
        if not server or not user or not password:
            self.message.setText(self.tr("Give the server, your user name and the password."))
            return
        fingerprint = self._fingerprint

        def work() -> tuple[accounts.Account, list[str], bool]:
            from ...sync.connection import auth_type_of, calendar_for, discover  # noqa: PLC0415

            dav, principal, found = discover(server, user, password, fingerprint=fingerprint)
            chosen = calendar_for(principal, found, name)
            account = accounts.Account(server, user, chosen.url, chosen.name, fingerprint, auth_type_of(dav), items)
            dav.close()
            return account, sorted({c.name for c in found} | {chosen.name}), passwords.store_password(account, password)

        self.message.setText(self.tr("Looking for your calendars…"))
        self._busy(True)
        self._run(NetworkTask(work, self), lambda result: self._connected(result, password), self._not_connected)

    def _run(self, task: Any, done: Any, failed: Any) -> None:
        self._task = task
        task.succeeded.connect(done)
        task.failed.connect(failed)
        task.finished.connect(task.deleteLater)
        task.start()

    def _connected(self, result: tuple[accounts.Account, list[str], bool], password: str) -> None:
        account, names, stored = result
        self._task = None
        try:
            accounts.save(self._book.path, account)
        except OSError as error:
            self.message.setText(
                self.tr("Leadbook could not keep the account on this computer: %1").replace(
                    "%1", error.strerror or str(error)
                )
            )
            self._busy(False)
            return
        self.calendar.clear()
        self.calendar.addItems(names)
        self.calendar.setEditText(account.calendar_name)
        self.password.clear()
        self._sync.set_account(account, None if stored else password)
        self._busy(False)
        text = self.tr("Connected to “%1”. Your follow-ups are on their way.").replace("%1", account.calendar_name)
        if not stored:
            text += " " + self.tr("This computer has no keyring, so the password is kept only until Leadbook closes.")
        self.message.setText(text)

    def _not_connected(self, error: Exception) -> None:
        self._task = None
        from ...sync.connection import is_certificate_problem  # noqa: PLC0415

        if is_certificate_problem(error) and not self._fingerprint:
            self._check_certificate()
            return
        self._busy(False)
        failed = classify(error)
        if failed is None:
            log.error("connecting to the calendar server failed", exc_info=error)
            self.message.setText(self.tr("Leadbook could not connect; details are in the log."))
            return
        self.message.setText(fault_text(failed.fault))

    def _check_certificate(self) -> None:
        """The server's certificate is signed by no authority this computer knows: show its fingerprint."""
        from ...sync.connection import certificate_of  # noqa: PLC0415

        server = self.server.text().strip()
        self._run(NetworkTask(lambda: certificate_of(server), self), self._ask_trust, self._not_connected)

    def _ask_trust(self, found: tuple[str, str]) -> None:
        from ...sync.connection import trust_certificate  # noqa: PLC0415

        pem, fingerprint = found
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Trust this server?"),
            self.tr("The server's certificate is signed by no authority this computer knows. Trust it only if "
                    "its SHA-256 fingerprint is the one your server shows:\n\n%1").replace("%1", fingerprint),
            QMessageBox.StandardButton.Cancel,
            self,
        )  # fmt: skip
        trust = box.addButton(self.tr("&Trust it"), QMessageBox.ButtonRole.AcceptRole)
        box.setObjectName("trustCertificate")
        box.exec()
        if box.clickedButton() is not trust:
            self._busy(False)
            self.message.setText(self.tr("Not connected: the certificate was not trusted."))
            return
        self._fingerprint = trust_certificate(pem)
        self.connect_account()

    # --- turn off --------------------------------------------------------------------------------

    def turn_off(self) -> None:
        account = self._sync.account
        if account is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Turn calendar sync off"),
            self.tr("Leadbook stops syncing with “%1”. Leave its events in the calendar, or take them off?").replace(
                "%1", account.calendar_name
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("turnOffSync")
        leave = box.addButton(self.tr("&Leave them"), QMessageBox.ButtonRole.AcceptRole)
        remove = box.addButton(self.tr("&Take them off"), QMessageBox.ButtonRole.DestructiveRole)
        box.exec()
        if box.clickedButton() not in (leave, remove):
            return
        self.turn_off_now(remove=box.clickedButton() is remove)

    def turn_off_now(self, *, remove: bool) -> None:
        account = self._sync.account
        if account is None:
            return
        session = self._sync.session_password

        def work(book: LeadBook, _progress: object, _cancelled: object) -> int:
            from ...sync.connection import client  # noqa: PLC0415
            from ...sync.engine import Engine, turn_off  # noqa: PLC0415

            engine = None
            if remove:
                password = session or passwords.stored_password(account) or ""
                dav = client(account.calendar_url, account.user, password, fingerprint=account.fingerprint,
                             auth_type=account.auth_type)  # fmt: skip
                engine = Engine(book, dav, account.calendar_url)
            removed = turn_off(book, engine)
            passwords.forget_password(account)
            return removed

        self._busy(True)
        self.message.setText(self.tr("Turning calendar sync off…"))
        self._sync.pause()  # a sync meanwhile would take the removed events for deletions on the phone
        self._run(BookTask.on(self._book, work, self), self._turned_off, self._not_turned_off)

    def _turned_off(self, removed: int) -> None:
        self._task = None
        try:
            accounts.clear(self._book.path)
        except OSError as error:
            log.warning("could not forget the sync account on this machine: %r", error)
        self._sync.set_account(None)
        self._sync.resume()
        self._busy(False)
        self.message.setText(self.tr("Calendar sync is off; %n event(s) taken off the calendar.", "", removed)
                             if removed else self.tr("Calendar sync is off; the calendar's events stay."))  # fmt: skip

    def _not_turned_off(self, error: Exception) -> None:
        self._task = None
        self._sync.resume()
        self._busy(False)
        if hand_on_damage(error):  # the book is damaged: the damaged-book flow closes this dialog
            self.message.setText(self.tr("Calendar sync stays on; details are in the log."))
            return
        failed = classify(error)
        if failed is None:
            log.error("turning calendar sync off failed", exc_info=error)
            self.message.setText(self.tr("Calendar sync stays on; details are in the log."))
            return
        self.message.setText(fault_text(failed.fault))

    def wait(self) -> None:
        """Before the dialog goes: let a connect or turn-off under way finish."""
        if self._task is not None:
            with contextlib.suppress(RuntimeError):  # finished and deleted already
                self._task.wait()
            self._task = None
