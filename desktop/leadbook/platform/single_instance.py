"""One running Leadbook per book: a second ``leadbook`` raises the first and leaves.

Each book has a key, a hash of its resolved path (and the user), naming a QLockFile and a
QLocalServer in the user's runtime folder. The first process takes the lock and listens;
a later one finds the lock taken, connects, says "raise" and exits 0. A different book
has a different key, so it runs beside.

The primary may listen a moment after it takes the lock (``claim(listen=False)``, then
``listen()``: the app listens once its window has painted, so Qt's network module stays off the
start); a second process retries for ``CONNECT_WAIT_MS`` meanwhile.

After a crash the lock file stays behind. QLockFile sees that its process is gone and
takes it over (the stale time is 0: a lock is never "too old" while its process lives,
however long Leadbook runs). If the lock names a live process that does not answer (its
PID was reused by another program), ``removeStaleLockFile`` can still remove it, since no
one holds the file's native lock; a Leadbook that holds it but hangs is left alone and the
second process says so.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QCryptographicHash,
    QDeadlineTimer,
    QLockFile,
    QObject,
    QThread,
    QTimer,
    Signal,
)

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger("leadbook.instance")

TRACE_ENV = "LEADBOOK_TEST_INSTANCE"  # tests: print what happens, quit after being raised
# The first process takes the lock before it opens the book and listens after its window has painted
# (2 s at the latest once its event loop runs; a damaged book's questions run one too).
CONNECT_WAIT_MS = 8000
REPLY_WAIT_MS = 3000
MAX_SOCKET_PATH = 100  # sockaddr_un allows 104-108 bytes


class Claim(str, Enum):
    PRIMARY = "primary"  # this process runs the book
    RAISED = "raised"  # another process runs it and was asked to come to the front
    NO_ANSWER = "no_answer"  # another process holds the book and does not answer


def runtime_folder() -> Path:
    """The user's private runtime folder ($XDG_RUNTIME_DIR), else a private one in the temp folder."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and Path(runtime).is_dir():
        return Path(runtime)
    folder = Path(tempfile.gettempdir()) / f"leadbook-{_user()}"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def _user() -> str:
    if sys.platform != "win32":
        return str(os.getuid())
    import getpass  # noqa: PLC0415 - Windows only (elsewhere it brings termios into the start)

    return getpass.getuser()


def book_key(book_path: Path | str) -> str:
    """16 hex digits naming a book for this user; the same file by any path gives the same key."""
    resolved = os.path.normcase(str(Path(book_path).expanduser().resolve()))
    # SHA-256 as Qt computes it: hashlib would load OpenSSL's library before the window shows.
    digest = QCryptographicHash.hash(f"{_user()}\0{resolved}".encode(), QCryptographicHash.Algorithm.Sha256)
    return bytes(digest.toHex().data()).decode("ascii")[:16]


class SingleInstance(QObject):
    """Claims a book for this process. ``raise_requested`` when another ``leadbook`` asks."""

    raise_requested = Signal()

    def __init__(self, book_path: Path | str, folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        folder = folder or runtime_folder()
        key = book_key(book_path)
        self.lock_path = folder / f"leadbook-{key}.lock"
        socket_path = str(folder / f"leadbook-{key}.sock")
        if sys.platform == "win32" or len(socket_path.encode()) > MAX_SOCKET_PATH:
            self.server_name = f"leadbook-{_user()}-{key}"  # a named pipe, or a socket in the temp folder
        else:
            self.server_name = socket_path
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None
        self._primary = False
        self._trace = bool(os.environ.get(TRACE_ENV))

    # --- claiming ---------------------------------------------------------------------

    def claim(self, message: str = "raise", *, listen: bool = True) -> Claim:
        """Take the book, or hand ``message`` ("raise", or "ping" to stay quiet) to the process
        that has it. ``listen=False``: the primary calls ``listen()`` itself, soon."""
        lock = QLockFile(str(self.lock_path))
        lock.setStaleLockTime(0)
        if lock.tryLock(0):
            return self._become_primary(lock, listen)
        if lock.error() != QLockFile.LockError.LockFailedError:
            # The runtime folder is not writable: run without the guarantee rather than not at all.
            self._say(f"cannot lock {self.lock_path} ({lock.error().name}); running anyway")
            return self._become_primary(None, listen)
        if self._send(message):
            self._say("raised the running Leadbook")
            return Claim.RAISED
        # Nobody answers. A lock whose file nobody holds (its PID now someone else's) can go.
        if lock.removeStaleLockFile() and lock.tryLock(0):
            self._say("removed a stale lock")
            return self._become_primary(lock, listen)
        self._say("the running Leadbook does not answer")
        return Claim.NO_ANSWER

    def _become_primary(self, lock: QLockFile | None, listen: bool) -> Claim:
        self._lock = lock
        self._primary = True
        if listen:
            self.listen()
        self._say("primary")
        return Claim.PRIMARY

    def _send(self, message: str) -> bool:
        """Connect to the running process (retrying while it starts) and wait for "ok"."""
        from PySide6.QtNetwork import QLocalSocket  # noqa: PLC0415 - off the primary's start

        deadline = QDeadlineTimer(CONNECT_WAIT_MS)
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.server_name)
            if socket.waitForConnected(500):
                socket.write(f"{message}\n".encode())
                socket.waitForBytesWritten(1000)
                answered = socket.waitForReadyRead(REPLY_WAIT_MS) and bytes(socket.readAll().data()).startswith(b"ok")
                socket.disconnectFromServer()
                return answered
            socket.abort()
            if deadline.hasExpired():
                return False
            QThread.msleep(100)

    # --- serving ----------------------------------------------------------------------

    def listen(self) -> None:
        """Answer other ``leadbook`` processes (once; only the primary)."""
        if not self._primary or self._server is not None:
            return
        from PySide6.QtNetwork import QLocalServer  # noqa: PLC0415 - loaded after the first paint

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.server_name):
            QLocalServer.removeServer(self.server_name)  # a socket file left by a crash
            if not server.listen(self.server_name):
                self._say(f"cannot listen on {self.server_name}: {server.errorString()}")
                return
        server.newConnection.connect(self._accept)
        self._server = server
        self._say("listening")

    def _accept(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            QTimer.singleShot(REPLY_WAIT_MS, socket.abort)  # a peer that never speaks is let go
            if socket.canReadLine():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        message = bytes(socket.readLine().data()).strip().decode("ascii", "replace")
        socket.write(b"ok\n")
        socket.flush()
        socket.disconnectFromServer()
        if message == "raise":
            self._say("raise requested")
            self.raise_requested.emit()
            if self._trace:
                QTimer.singleShot(0, QCoreApplication.quit)

    def release(self) -> None:
        """Stop listening and unlock (at exit)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
        self._primary = False

    def _say(self, text: str) -> None:
        log.info("%s: %s", self.lock_path.name, text)
        self.trace(text)

    def trace(self, text: str) -> None:
        """For tests of real processes (``LEADBOOK_TEST_INSTANCE``): a line on stdout when ``text`` happens."""
        if self._trace:
            print(f"leadbook-instance: {text}", flush=True)


def raise_window(window: QObject) -> None:
    """Bring a main window to the front, as far as the window manager allows."""
    from PySide6.QtWidgets import QApplication, QWidget  # noqa: PLC0415 - this module needs only QtCore

    if not isinstance(window, QWidget):
        return
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)
