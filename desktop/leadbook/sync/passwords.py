"""The sync password in the system keyring (Secret Service, Windows Credential Manager, macOS
Keychain), never in the book, a log or a backup. A machine without a keyring (a headless box, a
minimal desktop) is said so: the app then asks once per session and the CLI reads
``LEADBOOK_SYNC_PASSWORD`` or stdin. Nothing is ever written in plain text instead."""

from __future__ import annotations

import contextlib
import logging
import os
import sys

from .account import Account

log = logging.getLogger("leadbook")

SERVICE = "Leadbook calendar sync"
ENVIRONMENT = "LEADBOOK_SYNC_PASSWORD"


def keyring_available() -> bool:
    """A keyring that can hold a password (not keyring's 'fail' backend or an empty chain)."""
    import keyring  # noqa: PLC0415 - only sync needs it
    from keyring.backends import chainer, fail  # noqa: PLC0415

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return False
    return not (isinstance(backend, chainer.ChainerBackend) and not backend.backends)


def stored_password(account: Account) -> str | None:
    """The password in the keyring, or None (none stored, or no keyring)."""
    if not keyring_available():
        return None
    import keyring  # noqa: PLC0415
    from keyring.errors import KeyringError  # noqa: PLC0415

    try:
        return keyring.get_password(SERVICE, account.keyring_user)
    except KeyringError as error:  # a locked or broken keyring: like none
        log.warning("the keyring did not answer: %s", type(error).__name__)
        return None


def store_password(account: Account, password: str) -> bool:
    """Keep the password in the keyring; False when this machine has none (nothing is written)."""
    if not keyring_available():
        return False
    import keyring  # noqa: PLC0415
    from keyring.errors import KeyringError  # noqa: PLC0415

    try:
        keyring.set_password(SERVICE, account.keyring_user, password)
    except KeyringError as error:
        log.warning("the keyring refused the password: %s", type(error).__name__)
        return False
    return True


def forget_password(account: Account) -> None:
    if not keyring_available():
        return
    import keyring  # noqa: PLC0415
    from keyring.errors import KeyringError  # noqa: PLC0415

    with contextlib.suppress(KeyringError):  # none stored: nothing to forget
        keyring.delete_password(SERVICE, account.keyring_user)


def password_from_terminal() -> str | None:
    """For the CLI: ``LEADBOOK_SYNC_PASSWORD``, else a line of stdin (asked without echo at a terminal)."""
    if os.environ.get(ENVIRONMENT):
        return os.environ[ENVIRONMENT]
    if sys.stdin is None:
        return None
    if sys.stdin.isatty():
        import getpass  # noqa: PLC0415

        try:
            return getpass.getpass() or None
        except EOFError:
            return None
    line = sys.stdin.readline()
    return line.rstrip("\r\n") or None
